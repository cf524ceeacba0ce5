"""Find documents, read and parse each one; a bad file is reported by name and the rest go on."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ingest.amendments import link_amendments
from ingest.contract_parser import parse_contract
from ingest.errors import DocumentError
from ingest.frontpage import read_front_page
from ingest.metadata import load_glossary, load_metadata, rules_path
from ingest.outline_parser import parse_numbered_items, parse_outline
from ingest.readers import SUPPORTED_SUFFIXES, SourceText, read_document
from ingest.scheme import detect_scheme
from ingest.structure import Contract
from ingest.time_limits import extract as extract_time_limits
from ingest.versions import link_versions
from ingest.xrefs import link_references

# Notes that travel with the corpus but are not documents to answer from.
# Bump when parsing or chunking changes, so existing indexes rebuild instead of serving stale structure.
PARSER_VERSION = "27"
SKIPPED_NAMES = frozenset({"sources.md", "readme.md", "license.md"})
SIDECAR_SUFFIXES = (".meta.yaml", ".rules.yaml", ".glossary.yaml")


@dataclass
class LoadResult:
    contracts: list[Contract] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def discover(paths: Iterable[Path]) -> tuple[list[Path], list[str]]:
    """Every document under the given files/folders (sidecars and source notes left out)."""
    found: list[Path] = []
    errors: list[str] = []
    for path in paths:
        if path.is_dir():
            candidates = sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
            for candidate in candidates:
                name = candidate.name.lower()
                if name in SKIPPED_NAMES or name.endswith(SIDECAR_SUFFIXES):
                    continue
                found.append(candidate)
        elif path.is_file():
            found.append(path)
        else:
            errors.append(f"{path}: no such file or folder.")
    return found, errors


def file_sha256(path: Path) -> str:
    """The document and its sidecars: a changed title or rules file re-ingests like changed text."""
    digest = hashlib.sha256(PARSER_VERSION.encode())
    digest.update(path.read_bytes())
    for sidecar in sorted(path.parent.glob(path.stem + ".*.yaml")):
        digest.update(sidecar.name.encode())
        digest.update(sidecar.read_bytes())
    return digest.hexdigest()


def load_document(path: Path, max_bytes: int, source: SourceText | None = None) -> Contract:
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        raise DocumentError(
            f"{path.name}: unsupported file type '{path.suffix or '(none)'}'; "
            f"use one of {', '.join(sorted(SUPPORTED_SUFFIXES))}."
        )
    source = source or read_document(path, max_bytes)
    meta = load_metadata(path, source.front_matter)
    structure = meta.pop("structure", None)
    items_after = meta.pop("items_after", None)
    overrides = meta.pop("numbering", None) or {}
    found = read_front_page(source.text) if meta["kind"] == "contract" else {}
    for key in ("title", "parties", "term_start", "term_end"):
        if meta.get(key) in (None, [], "") and found.get(key):
            meta[key] = found[key]
    meta.setdefault("title", path.stem.replace("-", " ").replace("_", " ").strip().title())
    title = str(meta["title"])
    numbering = None
    if structure == "numbered-items":
        articles = parse_numbered_items(source, items_after, title)
    elif meta["kind"] == "contract" and structure in (None, "numbered"):
        scheme = detect_scheme(source, overrides=overrides)
        articles = parse_contract(source, scheme)
        numbering = scheme.numbering()
        if not articles:
            articles = parse_outline(source, title)
    else:
        articles = parse_outline(source, title)
    if not articles:
        raise DocumentError(f"{path.name}: no text could be found to index.")
    fields = {k: v for k, v in meta.items() if k in Contract.model_fields}
    rules = rules_path(path, str(meta["id"]))
    contract = Contract(
        **fields,
        source=path.name,
        sha256=file_sha256(path),
        rules_file=str(rules.resolve()) if rules.exists() else None,
        glossary=load_glossary(path, str(meta["id"])),
        articles=articles,
    )
    # Time limits travel with the parsed contract, so deadlines work on a contract with no rules file.
    contract.time_limits, contract.time_rules = extract_time_limits(contract)
    if numbering is not None:
        contract.numbering = numbering
    link_references(contract)
    link_amendments([contract])  # its own letters; links across documents are made when all are loaded
    return contract


def _stands_alone(contract: Contract) -> bool:
    """Nothing in it was worked out from other documents (amendments it makes, versions it belongs
    to), so last time's parse is this time's."""
    return not (contract.amends or contract.declared_amendments or contract.agreement or contract.supersedes
                or contract.superseded_by)


def _reused(path: Path, reuse: Mapping[str, Any] | None) -> Contract | None:
    """The document as parsed by an earlier ingest, when its file, sidecars and the parser are
    unchanged (the sha256 covers all three) and it stands alone; else None, and it is parsed."""
    if not reuse:
        return None
    try:
        stored = reuse.get(file_sha256(path))
    except OSError:
        return None
    if stored is None or stored.get("source") != path.name:
        return None
    try:
        contract = Contract.model_validate(stored)
    except ValueError:
        return None
    if not _stands_alone(contract):
        return None
    rules = rules_path(path, contract.id)  # the folder may have moved since
    contract.rules_file = str(rules.resolve()) if rules.exists() else None
    contract.amended_by = []  # linked again below, with the documents loaded now
    return contract


def load_documents(paths: Iterable[Path], max_bytes: int, reuse: Mapping[str, Any] | None = None) -> LoadResult:
    """Every document under ``paths``, parsed; ``reuse`` maps a file's sha256 to its parsed form
    from an earlier ingest (a build's corpus), taken instead of parsing it again when still valid."""
    files, errors = discover(paths)
    result = LoadResult(errors=errors)
    seen: dict[str, str] = {}
    for path in files:
        try:
            contract = _reused(path, reuse) or load_document(path, max_bytes)
        except DocumentError as exc:
            result.errors.append(str(exc))
            continue
        if contract.id in seen:
            result.errors.append(f"{path.name}: document id {contract.id!r} is already used by {seen[contract.id]}.")
            continue
        seen[contract.id] = path.name
        result.contracts.append(contract)
    # What only the whole set can tell: a side agreement's amendments to another document, and
    # which documents are versions of one agreement.
    result.errors.extend(link_amendments(result.contracts))
    result.errors.extend(link_versions(result.contracts))
    return result
