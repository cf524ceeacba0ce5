"""Members' words → the contract's words: the generic labour vocabulary shipped with the package
(``glossary.yaml``) plus each contract's own entries (``<id>.glossary.yaml`` beside it, read at
ingest), the latter only for questions in that contract's scope."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

from ingest.structure import Contract
from ingest.yaml_files import load_yaml


@lru_cache(maxsize=1)
def generic_glossary() -> dict[str, tuple[str, ...]]:
    text = resources.files("assistant").joinpath("glossary.yaml").read_text(encoding="utf-8")
    return {str(k).lower(): tuple(str(v) for v in vs) for k, vs in (load_yaml(text) or {}).items()}


class Glossary:
    def __init__(self, entries: dict[str, tuple[str, ...]]):
        self.entries = entries
        self._patterns = [(re.compile(rf"(?<![a-z0-9]){re.escape(p)}(?![a-z0-9])"), p) for p in sorted(entries)]

    @property
    def phrases(self) -> list[str]:
        return list(self.entries)

    def matches(self, text: str) -> list[str]:
        """The phrases that occur in the (lowercased) text, in a stable order."""
        lowered = text.lower()
        return [phrase for pattern, phrase in self._patterns if pattern.search(lowered)]

    def terms(self, phrase: str) -> tuple[str, ...]:
        return self.entries[phrase]


def glossary_for(contracts: Iterable[Contract]) -> Glossary:
    """The generic entries, with the given contracts' own terms added to a phrase's list."""
    merged: dict[str, list[str]] = {k: list(v) for k, v in generic_glossary().items()}
    for contract in sorted(contracts, key=lambda c: c.id):
        for phrase, terms in contract.glossary.items():
            bucket = merged.setdefault(phrase, [])
            bucket.extend(t for t in terms if t not in bucket)
    return Glossary({k: tuple(v) for k, v in merged.items()})
