"""Versions of one agreement, ingested side by side (2023-2026 and its 2026-2029 successor).

Which documents are versions of one agreement: those whose `.meta.yaml` give the same
`agreement:` key or name each other in `supersedes:`; otherwise two contracts whose front pages
name the same parties and the same title once years are left out (a successor usually repeats
its predecessor's cover). Within an agreement, versions are ordered by `supersedes:` and then by
their term; each learns which versions it supersedes and which supersede it. Which version was
in force on a date is decided when a question is asked (``assistant.versions``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date

from ingest.structure import Contract

_YEARS = re.compile(r"\b(?:19|20)\d{2}\s*(?:[-–/]\s*(?:(?:19|20)?\d{2}))?\b")


def _words(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold().replace("’", "'")
    return " ".join(re.findall(r"[a-z0-9']+", folded))


def inferred_key(contract: Contract) -> str:
    """What two versions of one agreement share on their covers: the parties and the title without
    its years ('' when the front page names no parties, so nothing is grouped on a guess)."""
    if contract.kind != "contract" or len(contract.parties) < 2:
        return ""
    parties = sorted(_words(p) for p in contract.parties)
    title = _words(_YEARS.sub(" ", contract.title))
    return "|".join([*parties, title])


def _order_key(contract: Contract) -> tuple[str, str, str]:
    return (contract.term_start or contract.term_end or "9999", contract.term_end or "9999", contract.id)


def link_versions(contracts: Iterable[Contract]) -> list[str]:
    """Group versions and order them (in place); returns a message for each `supersedes:` that
    names a document not loaded, or a circle of supersedes."""
    documents = {c.id: c for c in contracts}
    errors: list[str] = []
    parent = {cid: cid for cid in documents}

    def root(cid: str) -> str:
        while parent[cid] != cid:
            parent[cid] = parent[parent[cid]]
            cid = parent[cid]
        return cid

    def join(a: str, b: str) -> None:
        parent[root(a)] = root(b)

    by_key: dict[str, str] = {}
    for contract in documents.values():
        contract.superseded_by = []
        key = f"meta:{contract.agreement}" if contract.agreement else inferred_key(contract)
        if key:
            if key in by_key:
                join(contract.id, by_key[key])
            else:
                by_key[key] = contract.id
    for contract in documents.values():
        for earlier in contract.supersedes:
            if earlier not in documents:
                errors.append(f"{contract.source or contract.id}: supersedes {earlier!r}, which is not loaded.")
            elif earlier != contract.id:
                join(contract.id, earlier)
    groups: dict[str, list[Contract]] = {}
    for contract in documents.values():
        groups.setdefault(root(contract.id), []).append(contract)
    for members in groups.values():
        if len(members) < 2:
            continue
        ordered = _ordered(members, errors)
        name = next((c.agreement for c in ordered if c.agreement), ordered[0].id)
        for index, contract in enumerate(ordered):
            contract.agreement = name
            declared = [e for e in contract.supersedes if e in documents]
            contract.supersedes = declared or ([ordered[index - 1].id] if index else [])
        for contract in ordered:
            for earlier in contract.supersedes:
                documents[earlier].superseded_by.append(contract.id)
        _distinct_names(ordered)
    return errors


def _distinct_names(ordered: list[Contract]) -> None:
    """Versions that print the same title are told apart where they are cited: each gets its
    stated end ('… (through June 30, 2026)') unless its meta gives a short title."""
    names = [c.name for c in ordered]
    for contract in ordered:
        if contract.short_title or names.count(contract.name) < 2:
            continue
        if contract.term_end:
            end = date.fromisoformat(contract.term_end)
            contract.short_title = f"{contract.title} (through {end:%B} {end.day}, {end.year})"
        else:
            contract.short_title = f"{contract.title} ({contract.id})"


def _ordered(members: list[Contract], errors: list[str]) -> list[Contract]:
    """Earliest first: a version after every version it supersedes, otherwise by term."""
    remaining = sorted(members, key=_order_key)
    ids = {c.id for c in members}
    placed: list[Contract] = []
    while remaining:
        ready = next((c for c in remaining if all(e in {p.id for p in placed} for e in c.supersedes if e in ids)), None)
        if ready is None:
            errors.append("supersedes forms a circle among " + ", ".join(c.id for c in remaining)
                          + "; they are ordered by their terms instead.")
            placed.extend(remaining)
            break
        placed.append(ready)
        remaining.remove(ready)
    return placed
