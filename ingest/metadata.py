"""A document's id, title, kind and parties: from a `<name>.meta.yaml` beside it, or front matter,
falling back to the file name. Ids become file and collection names, so they are validated."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from ingest.errors import DocumentError
from ingest.structure import DOCUMENT_KINDS

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
        loaded = yaml.safe_load(side.read_text(encoding="utf-8")) or {}
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
            loaded = yaml.safe_load(side.read_text(encoding="utf-8")) or {}
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
    meta.setdefault("term_start", str(term["start"]) if term.get("start") else None)
    meta.setdefault("term_end", str(term["end"]) if term.get("end") else None)
    return meta


def slugify(name: str) -> str:
    slug = re.sub(r"[^a-z0-9._-]+", "-", name.lower())
    slug = re.sub(r"\.{2,}", ".", slug).strip("-.")
    return slug[:100] or "document"
