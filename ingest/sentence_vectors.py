"""One vector per sentence of every clause, written with each index build.

Why: a chunk's vector blends several sentences, so a question that one sentence answers exactly
and a question that merely shares the clause's topic look alike to it. How close the question comes
to the *closest single sentence* of the clause the answerer would quote is the strongest signal the
outcome model has for "this clause answers it" (see ``assistant.outcome``); computing it per
question would triple the answer latency, so the sentences are embedded once, at ingest.

Files in a build: ``sentences.npy`` (float32, unit rows) and ``sentences.json`` (for each clause,
``[contract, section, clause path, first row, end row]``). A build written before this module
existed has neither; :func:`load` then embeds the sentences once when the snapshot is opened.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ingest.structure import Contract

VECTORS_FILE = "sentences.npy"
KEYS_FILE = "sentences.json"
_SPLIT = re.compile(r"(?<=[.;:])\s+(?=[A-Z(])")
_SPACE = re.compile(r"\s+")
ClauseKey = tuple[str, str, str]


def sentences(text: str) -> list[str]:
    """Sentence spans that are verbatim substrings of the text (tables stay whole)."""
    if text.lstrip().startswith("|") or "\n|" in text:
        return [text]
    return [p for p in _SPLIT.split(text) if p.strip()]


@dataclass
class SentenceVectors:
    """The sentence vectors of a build, found by clause."""

    matrix: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), dtype=np.float32))
    rows: dict[ClauseKey, tuple[int, int]] = field(default_factory=dict)

    def best(self, vector: np.ndarray, keys: Iterable[ClauseKey]) -> float:
        """The highest cosine between the (unit) question vector and any sentence of these clauses;
        0.0 when none of them has sentences."""
        spans = [self.rows[key] for key in keys if key in self.rows]
        if not spans or not len(self.matrix):
            return 0.0
        picked = np.concatenate([np.arange(a, b) for a, b in spans])
        return float(np.round(np.max(self.matrix[picked] @ vector), 6)) if len(picked) else 0.0

    def centroid(self, keys: Iterable[ClauseKey]) -> np.ndarray | None:
        """The unit mean of these clauses' sentence vectors: what the clause is about, as one
        vector, without embedding it again per question; None when none of them has sentences."""
        spans = [self.rows[key] for key in keys if key in self.rows]
        if not spans or not len(self.matrix):
            return None
        mean = np.concatenate([self.matrix[a:b] for a, b in spans]).mean(axis=0)
        norm = float(np.linalg.norm(mean))
        return (mean / norm).astype(np.float32) if norm else None


def _texts(contracts: Iterable[Contract]) -> tuple[list[str], dict[ClauseKey, tuple[int, int]]]:
    texts: list[str] = []
    rows: dict[ClauseKey, tuple[int, int]] = {}
    for contract in contracts:
        for section in contract.sections():
            for clause in section.clauses:
                if not clause.answerable:
                    continue
                parts = [_SPACE.sub(" ", s).strip() for s in sentences(clause.text)]
                parts = [p for p in parts if p]
                if parts:
                    rows[(contract.id, section.id, clause.path)] = (len(texts), len(texts) + len(parts))
                    texts += parts
    return texts, rows


def embed(contracts: Iterable[Contract], embeddings: Any, previous: SentenceVectors | None = None,
          previous_texts: list[str] | None = None, batch: int = 256) -> tuple[SentenceVectors, list[str]]:
    """Embed every clause's sentences; a sentence already embedded in the previous build (same
    text) takes its vector from there, so re-ingesting one changed contract costs that contract."""
    texts, rows = _texts(contracts)
    known: dict[str, np.ndarray] = {}
    if previous is not None and previous_texts is not None and len(previous_texts) == len(previous.matrix):
        known = {text: previous.matrix[i] for i, text in enumerate(previous_texts)}
    missing = sorted({t for t in texts if t not in known})
    for start in range(0, len(missing), batch):
        part = missing[start:start + batch]
        for text, row in zip(part, np.asarray(embeddings.embed_documents(part), dtype=np.float32), strict=True):
            known[text] = row
    width = next(iter(known.values())).shape[0] if known else 0
    matrix = np.stack([known[t] for t in texts]).astype(np.float32) if texts else np.zeros((0, width), np.float32)
    return SentenceVectors(matrix, rows), texts


def save(build: Path, vectors: SentenceVectors, texts: list[str]) -> None:
    np.save(build / VECTORS_FILE, vectors.matrix, allow_pickle=False)
    keys = [[*key, a, b] for key, (a, b) in vectors.rows.items()]
    (build / KEYS_FILE).write_text(json.dumps({"clauses": keys, "texts": texts}), encoding="utf-8")


def read(build: Path) -> tuple[SentenceVectors, list[str]] | None:
    """The build's sentence vectors (memory-mapped), or None when it has none or they are damaged."""
    try:
        data = json.loads((build / KEYS_FILE).read_text(encoding="utf-8"))
        matrix = np.load(build / VECTORS_FILE, mmap_mode="r", allow_pickle=False)
        rows = {(str(c), str(s), str(p)): (int(a), int(b)) for c, s, p, a, b in data["clauses"]}
        texts = [str(t) for t in data["texts"]]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if len(texts) != len(matrix) or any(b > len(matrix) or a >= b for a, b in rows.values()):
        return None
    return SentenceVectors(np.asarray(matrix), rows), texts


def load(build: Path, contracts: Iterable[Contract], embeddings: Any) -> SentenceVectors:
    """The build's sentence vectors; embedded now (and not written: a build is never changed after
    its swap) when the build predates them or they do not match its clauses."""
    contracts = list(contracts)
    found = read(build)
    if found is not None and set(found[0].rows) == _clause_keys(contracts):
        return found[0]  # its own rows index its own matrix; only which clauses it covers needs checking
    return embed(contracts, embeddings)[0]


def _clause_keys(contracts: Iterable[Contract]) -> set[ClauseKey]:
    """The clauses that have sentences (those `_texts` embeds), without splitting any text: a
    snapshot checks its build's file against them each time it loads."""
    return {(contract.id, section.id, clause.path) for contract in contracts for section in contract.sections()
            for clause in section.clauses if clause.answerable and clause.text.strip()}
