"""A document's id, title, kind and parties: from a `<name>.meta.yaml` beside it, or front matter,
falling back to the file name. Ids become file and collection names, so they are validated."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from ingest.errors import DocumentError
from ingest.structure import DOCUMENT_KINDS, DeclaredAmendment
from ingest.yaml_files import load_yaml

ID_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,99}$")


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.stem + ".meta.yaml")


def rules_path(path: Path, contract_id: str) -> Path:
    return path.with_name(contract_id + ".rules.yaml")


def load_glossary(path: Path, contract_id: str) -> dict[str, list[str]]:
    """``<id>.glossary.yaml`` beside the document: members' words → this contract's own terms
    ('comp time: [CTO]'), added to the generic labour vocabulary when a question is in its scope."""
    side = path.with_name(contract_id + ".glossary.yaml")
    if not side.exists():
        return {}
    try:
        loaded = load_yaml(side.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise DocumentError(f"{side.name}: not valid YAML ({exc}); fix it or delete it.") from exc
    if not isinstance(loaded, dict) or not all(
        isinstance(terms, list) and all(isinstance(t, str | int | float) for t in terms) for terms in loaded.values()
    ):
        raise DocumentError(f"{side.name}: must map each phrase to a list of terms, e.g. 'comp time: [CTO]'.")
    return {str(phrase).lower(): [str(t) for t in terms] for phrase, terms in loaded.items()}


def load_metadata(path: Path, front_matter: dict[str, Any]) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    side = sidecar_path(path)
    if side.exists():
        try:
            loaded = load_yaml(side.read_text(encoding="utf-8")) or {}
        except (yaml.YAMLError, UnicodeDecodeError) as exc:
            raise DocumentError(f"{side.name}: not valid YAML ({exc}); fix it or delete it.") from exc
        if not isinstance(loaded, dict):
            raise DocumentError(f"{side.name}: must be a mapping of fields (id, title, kind, ...).")
        meta.update(loaded)
    for key, value in front_matter.items():
        meta.setdefault(key, value)
    meta.setdefault("id", slugify(path.stem))
    meta.setdefault("kind", "contract")  # the title, when not given, is read from the document (loader)
    meta["id"] = str(meta["id"])
    if not ID_RE.match(meta["id"]) or ".." in meta["id"]:
        raise DocumentError(
            f"{path.name}: document id {meta['id']!r} is not allowed; use lowercase letters, digits, '.', '-', '_'."
        )
    if meta["kind"] not in DOCUMENT_KINDS:
        raise DocumentError(f"{path.name}: kind {meta['kind']!r} is not one of {', '.join(DOCUMENT_KINDS)}.")
    term = meta.pop("term", None) or {}
    if not isinstance(term, dict):
        raise DocumentError(f"{path.name}: 'term' must be a mapping, e.g. {{start: 2023-07-01, end: 2026-06-30}}.")
    meta.setdefault("term_start", _iso_date(path, "term.start", term.get("start") or meta.pop("effective", None)))
    meta.setdefault("term_end", _iso_date(path, "term.end", term.get("end") or meta.pop("expires", None)))
    _versions_and_amendments(path, meta)
    return meta


def _iso_date(path: Path, name: str, value: Any) -> str | None:
    """A date the meta file gives, as YYYY-MM-DD (YAML reads an unquoted 2026-06-30 as a date)."""
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError as exc:
        raise DocumentError(f"{path.name}: {name} {value!r} is not a date; write it as YYYY-MM-DD.") from exc


def _ids(path: Path, name: str, value: Any) -> list[str]:
    values = [value] if isinstance(value, str) else value
    if not isinstance(values, list) or not all(isinstance(v, str) and ID_RE.match(v) for v in values):
        raise DocumentError(f"{path.name}: '{name}' must be a document id or a list of them (lowercase letters, "
                            "digits, '.', '-', '_').")
    return list(values)


def _versions_and_amendments(path: Path, meta: dict[str, Any]) -> None:
    """`agreement:`, `supersedes:` (versions of one agreement), `amends:` (the contract a side
    agreement amends) and `amendments:` (links a steward lists by hand), checked for shape here
    and against the other documents once all are loaded."""
    if meta.get("agreement") is not None:
        meta["agreement"] = _ids(path, "agreement", str(meta["agreement"]))[0]
    if meta.get("supersedes") is not None:
        meta["supersedes"] = _ids(path, "supersedes", meta["supersedes"])
    if meta.get("amends") is not None:
        meta["amends"] = _ids(path, "amends", meta["amends"])[0]
    declared = meta.pop("amendments", None)
    if declared is None:
        return
    if not isinstance(declared, list):
        raise DocumentError(f"{path.name}: 'amendments' must be a list of {{by, target, relation}} entries.")
    entries = []
    for number, entry in enumerate(declared, 1):
        if not isinstance(entry, dict) or not entry.get("target"):
            raise DocumentError(f"{path.name}: amendments entry {number} needs 'target' (the section it changes).")
        fields = {k: str(v) for k, v in entry.items() if k in ("by", "clause", "target", "contract", "relation")}
        unknown = sorted(set(entry) - set(fields))
        if unknown:
            raise DocumentError(f"{path.name}: amendments entry {number} has unknown keys {', '.join(unknown)}; "
                                "use by, clause, target, contract, relation.")
        try:
            entries.append(DeclaredAmendment(**fields))
        except ValidationError as exc:
            raise DocumentError(f"{path.name}: amendments entry {number}: relation must be one of replaces, amends, "
                                "overrides, interprets or none.") from exc
    meta["declared_amendments"] = entries


def slugify(name: str) -> str:
    slug = re.sub(r"[^a-z0-9._-]+", "-", name.lower())
    slug = re.sub(r"\.{2,}", ".", slug).strip("-.")
    return slug[:100] or "document"
