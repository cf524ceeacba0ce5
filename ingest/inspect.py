"""`contract-assistant inspect FILE`: what the parser makes of a document, before it is indexed.

A steward adding a contract sees the numbering scheme that was detected, how many articles,
sections and side units were found (first and last of each), what looks wrong (numbering gaps,
duplicate ids, empty or very long units, text before the first article, references that lead
nowhere) and a suggested `.meta.yaml`, so an odd contract is fixed with a data file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from ingest.ids import id_key
from ingest.loader import load_document
from ingest.metadata import load_metadata
from ingest.readers import read_document
from ingest.scheme import detect_scheme, lines_with_offsets

LONG_UNIT_CHARS = 20_000


def _first_last(ids: list[str]) -> dict[str, Any]:
    return {"count": len(ids), "first": ids[0] if ids else None, "last": ids[-1] if ids else None}


def inspect_document(path: Path, max_bytes: int) -> dict[str, Any]:
    """The report `inspect` prints; raises DocumentError like ingest would."""
    source = read_document(path, max_bytes)
    contract = load_document(path, max_bytes, source)
    meta = load_metadata(path, source.front_matter)
    scheme = detect_scheme(source, lines_with_offsets(source.text), meta.get("numbering") or {})
    numbered = [a for a in contract.articles if a.number.isdigit()]
    sections = [s for a in numbered for s in a.sections]
    units: dict[str, list[str]] = {}
    for article in contract.articles:
        if not article.number.isdigit():
            units.setdefault(article.title, []).extend(s.id for s in article.sections)
    warnings: list[str] = []
    numbers = [int(a.number) for a in numbered]
    missing = sorted(set(range(numbers[0], numbers[-1] + 1)) - set(numbers)) if numbers else []
    if missing:
        warnings.append(f"article numbers missing: {', '.join(map(str, missing))}")
    for article in numbered:
        minors = [int(s.id.split(".")[1]) for s in article.sections if "." in s.id and s.id.split(".")[1].isdigit()]
        gaps = sorted(set(range(1, max(minors) + 1)) - set(minors)) if minors else []
        if gaps:
            warnings.append(f"Article {article.number}: sections {', '.join(f'{article.number}.{g}' for g in gaps)} not found")
    keys: dict[str, str] = {}
    for section in contract.sections():
        key = id_key(section.id)
        if key in keys:
            warnings.append(f"duplicate id {section.id!r} (also {keys[key]!r})")
        keys[key] = section.id
        text = sum(len(c.text) for c in section.clauses if c.answerable)
        if not text:
            warnings.append(f"{section.id}: no text")
        elif text > LONG_UNIT_CHARS:
            warnings.append(f"{section.id}: very long ({text:,} characters); a heading inside it may have been missed")
    if scheme.preamble_prose:
        warnings.append("text before the first article was kept as the Preamble")
    if not numbered:
        warnings.append("no numbered articles found; set numbering.article in the meta file")
    unresolved = [(s.id, r.text, r.reason) for s in contract.sections() for c in s.clauses for r in c.refs
                  if r.status == "unresolved"]
    for section_id, written, reason in unresolved[:10]:
        warnings.append(f"{section_id}: reference {written!r} unresolved ({reason})")
    if len(unresolved) > 10:
        warnings.append(f"… and {len(unresolved) - 10} more unresolved references")
    suggested: dict[str, Any] = {"id": contract.id, "title": contract.title, "kind": contract.kind}
    if contract.parties:
        suggested["parties"] = contract.parties
    if contract.term_start or contract.term_end:
        suggested["term"] = {"start": contract.term_start, "end": contract.term_end}
    suggested["numbering"] = {"sections": scheme.sections}
    described = scheme.describe()
    if source.page_breaks:
        described["printed_page_numbers"] = f"{len(source.page_breaks)} pages, numbered as printed"
    return {
        "file": path.name,
        "id": contract.id,
        "title": contract.title,
        "scheme": described,
        "levels": {
            "articles": _first_last([a.number for a in numbered]),
            "sections": _first_last([s.id for s in sections]),
            "clauses": sum(len(s.clauses) for s in contract.sections()),
            **{title: _first_last(ids) for title, ids in units.items()},
        },
        "references": {status: sum(1 for s in contract.sections() for c in s.clauses for r in c.refs
                                   if r.status == status) for status in ("resolved", "unresolved", "external")},
        "warnings": warnings,
        "suggested_meta": yaml.safe_dump(suggested, sort_keys=False, allow_unicode=True),
    }


def format_report(report: dict[str, Any]) -> str:
    lines = [f"{report['file']}: {report['title']} (id {report['id']})", "", "Scheme:"]
    lines += [f"  {key.replace('_', ' ')}: {value}" for key, value in report["scheme"].items()]
    lines += ["", "Found:"]
    for level, value in report["levels"].items():
        if isinstance(value, dict):
            lines.append(f"  {level}: {value['count']}" + (f" ({value['first']} … {value['last']})" if value["count"] else ""))
        else:
            lines.append(f"  {level}: {value}")
    refs = report["references"]
    lines.append(f"  references: {refs['resolved']} resolved, {refs['unresolved']} unresolved, "
                 f"{refs['external']} to statutes")
    lines += ["", "Warnings:" if report["warnings"] else "Warnings: none"]
    lines += [f"  - {w}" for w in report["warnings"]]
    lines += ["", f"Suggested {Path(report['file']).stem}.meta.yaml:", report["suggested_meta"].rstrip()]
    return "\n".join(lines)
