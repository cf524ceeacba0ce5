"""The loaded index: parsed contracts, chunks, BM25 and the Chroma store of one build.

Loaded once per process and reloaded when ``CURRENT`` points at a new build, so an ingest
that finishes is picked up by a running server without a restart, and one that fails is not.
"""

from __future__ import annotations

import json
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import numpy as np

from assistant.bm25 import BM25
from assistant.errors import IndexNotReady, UnknownContract, UnknownSection, describe
from assistant.glossary import Glossary, generic_glossary, glossary_for
from assistant.query_adapter import QueryAdapter, load_query_adapter
from assistant.settings import Settings
from assistant.spelling import Speller
from ingest import sentence_vectors
from ingest.embeddings import MiniLMEmbeddings, get_embeddings
from ingest.index import chunk_vectors_file, current_build_dir, open_store, verify_build
from ingest.sentence_vectors import SentenceVectors
from ingest.structure import Contract, Section


@dataclass(frozen=True)
class ChunkRecord:
    index: int
    id: str
    text: str
    metadata: dict[str, Any]

    @property
    def contract(self) -> str:
        return str(self.metadata["contract"])

    @property
    def section(self) -> str:
        return str(self.metadata["section"])

    @property
    def clause_paths(self) -> list[str]:
        return str(self.metadata.get("clauses", "")).split("|")


@dataclass
class Snapshot:
    build: str
    contracts: dict[str, Contract]
    chunks: list[ChunkRecord]
    bm25: BM25
    store: Any
    embeddings: MiniLMEmbeddings
    by_id: dict[str, ChunkRecord] = field(default_factory=dict)
    _glossaries: dict[tuple[str, ...], Glossary] = field(default_factory=dict, repr=False)
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)  # contract → its chunks' (first, end)
    vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), dtype=np.float32), repr=False)
    sentences: SentenceVectors = field(default_factory=SentenceVectors, repr=False)
    query_adapter: QueryAdapter | None = field(default=None, repr=False)
    _query_vectors: OrderedDict[str, np.ndarray] = field(default_factory=OrderedDict, repr=False)

    def use_query_adapter(self, adapter: QueryAdapter | None) -> None:
        """Search with another adapter (or none): the fitting scripts give each dev question one fitted
        without it, so what they measure is what an unseen question gets."""
        self.query_adapter = adapter
        self._query_vectors.clear()

    def query_vector(self, text: str) -> np.ndarray:
        """The question's embedding, kept for the last few questions: retrieval and the outcome
        features both need it, and embedding is most of an answer's time."""
        found = self._query_vectors.get(text)
        if found is None:
            found = np.asarray(self.embeddings.embed_query(text), dtype=np.float32)
            if self.query_adapter is not None:
                found = self.query_adapter(found)
            self._query_vectors[text] = found
            while len(self._query_vectors) > 64:
                self._query_vectors.popitem(last=False)
        return found

    def contract(self, contract_id: str) -> Contract:
        contract = self.contracts.get(contract_id)
        if contract is None:
            known = ", ".join(sorted(self.contracts)) or "none"
            raise UnknownContract(f"No contract with id {contract_id!r}; known ids: {known}.")
        return contract

    @cached_property
    def speller(self) -> Speller:
        """Built on first use from this build's own words (and every glossary phrase)."""
        phrases = [*generic_glossary(), *(p for c in self.contracts.values() for p in c.glossary)]
        return Speller([c.text for c in self.chunks], phrases)

    def glossary(self, contracts: tuple[str, ...] = ()) -> Glossary:
        """The generic vocabulary plus the own terms of the contracts in scope (of all: none named)."""
        if contracts not in self._glossaries:
            chosen = [self.contract(c) for c in contracts] if contracts else list(self.contracts.values())
            self._glossaries[contracts] = glossary_for(chosen)
        return self._glossaries[contracts]

    def section(self, contract_id: str, section_id: str) -> Section:
        section = self.contract(contract_id).section(section_id)
        if section is None:
            raise UnknownSection(
                f"{contract_id} has no section {section_id!r}; list them with "
                f"`contract-assistant sections {contract_id}`."
            )
        return section


def bm25_text(chunk: dict[str, Any]) -> str:
    """Chunk text with its section title once more, so titles weigh more than body words."""
    return f"{chunk['text']}\n{chunk['metadata']['title']}"


CHUNK_FIELDS = ("contract", "section", "title", "page_start", "clause")


def _chunk_record(index: int, raw: dict[str, Any]) -> ChunkRecord:
    """A chunk as stored, refused (KeyError/TypeError) unless it has what every reader uses."""
    metadata = dict(raw["metadata"])
    missing = [name for name in CHUNK_FIELDS if name not in metadata]
    if missing:
        raise KeyError(f"chunk {index} has no {', '.join(missing)}")
    return ChunkRecord(index, str(raw["id"]), str(raw["text"]), metadata)


def load_snapshot(settings: Settings, embeddings: MiniLMEmbeddings | None = None) -> Snapshot:
    config = settings.index_config()
    build = current_build_dir(config)
    verify_build(config, build)
    assert build is not None
    try:
        corpus = json.loads((build / "corpus.json").read_text(encoding="utf-8"))
        raw_chunks = json.loads((build / "chunks.json").read_text(encoding="utf-8"))
        parsed = [Contract.model_validate(c) for c in corpus]
        contracts = {c.id: c for c in parsed}
        chunks = [_chunk_record(i, c) for i, c in enumerate(raw_chunks)]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise IndexNotReady(f"Index build {build.name} is damaged ({describe(exc)}); run `contract-assistant ingest`.") from exc
    strays = sorted({c.contract for c in chunks} - set(contracts))
    if strays:
        raise IndexNotReady(f"Index build {build.name} is damaged (chunks of unknown documents: {', '.join(strays)}); "
                            "run `contract-assistant ingest`.")
    embeddings = embeddings or get_embeddings(config.embedding)
    store = open_store(config, build, embeddings)
    vectors = chunk_vectors_file(build, len(chunks))  # written in corpus order at ingest, memory-mapped
    if vectors is None:  # a build from before the vectors file: read them out of the store
        vectors = load_vectors(store, chunks, build.name)
    adapter = None
    if settings.query_adapter_enabled and vectors.size:
        adapter = load_query_adapter(settings.query_adapter, str(config.embedding.model_path or config.embedding.model_name),
                                     int(vectors.shape[1]))
    return Snapshot(
        build=build.name,
        contracts=contracts,
        chunks=chunks,
        bm25=BM25([bm25_text({"text": c.text, "metadata": c.metadata}) for c in chunks]),
        store=store,
        embeddings=embeddings,
        by_id={c.id: c for c in chunks},
        spans=chunk_spans(chunks),
        vectors=vectors,
        sentences=sentence_vectors.load(build, parsed, embeddings),
        query_adapter=adapter,
    )


VECTOR_BATCH = 5000


def load_vectors(store: Any, chunks: list[ChunkRecord], build: str) -> np.ndarray:
    """Every chunk's stored embedding, one row per chunk in corpus order. Dense search is then an
    exact dot product in memory: the same ranking in every process (an approximate index can return
    a different candidate list near its cut-off from one opening to the next), and a question scoped
    to one contract touches only that contract's rows however many contracts the index holds."""
    position = {c.id: c.index for c in chunks}
    vectors: np.ndarray | None = None
    filled = 0
    try:
        collection = store._collection
        total = collection.count()
        for offset in range(0, total, VECTOR_BATCH):
            batch = collection.get(include=["embeddings"], limit=VECTOR_BATCH, offset=offset)
            rows = np.asarray(batch["embeddings"], dtype=np.float32)
            if vectors is None:
                vectors = np.zeros((len(chunks), rows.shape[1]), dtype=np.float32)
            for chunk_id, row in zip(batch["ids"], rows, strict=True):
                if chunk_id in position:
                    vectors[position[chunk_id]] = row
                    filled += 1
    except Exception as exc:  # chromadb raises many types; any of them means the vectors cannot be read
        raise IndexNotReady(f"The vectors of index build {build} cannot be read ({describe(exc)}); "
                            "run `contract-assistant ingest`, or check the Chroma server.") from exc
    if not chunks:
        return np.zeros((0, 0), dtype=np.float32)
    if vectors is None or filled != len(chunks):
        raise IndexNotReady(f"Index build {build} has vectors for {filled} of {len(chunks)} chunks; "
                            "run `contract-assistant ingest` to repair it.")
    return vectors


def chunk_spans(chunks: list[ChunkRecord]) -> dict[str, tuple[int, int]]:
    """Where each contract's chunks lie in the list (the index writes them contract by contract);
    a contract whose chunks are not together gets no span and is filtered chunk by chunk."""
    spans: dict[str, tuple[int, int]] = {}
    broken: set[str] = set()
    for chunk in chunks:
        first, end = spans.get(chunk.contract, (chunk.index, chunk.index))
        if chunk.contract in spans and end != chunk.index:
            broken.add(chunk.contract)
        spans[chunk.contract] = (first, chunk.index + 1)
    return {c: s for c, s in spans.items() if c not in broken}


class SnapshotHolder:
    """Hands out the current snapshot; checks for a newer build at most once a second."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._lock = threading.Lock()
        self._snapshot: Snapshot | None = None
        self._checked = 0.0
        self._embeddings: MiniLMEmbeddings | None = None

    def get(self) -> Snapshot:
        now = time.monotonic()
        snapshot = self._snapshot
        if snapshot is not None and now - self._checked < 1.0:
            return snapshot
        with self._lock:
            build = current_build_dir(self.settings.index_config())
            self._checked = now
            if self._snapshot is not None and build is not None and build.name == self._snapshot.build:
                if build.exists():
                    return self._snapshot
            if self._embeddings is None:
                self._embeddings = get_embeddings(self.settings.index_config().embedding)
            self._snapshot = None
            self._snapshot = load_snapshot(self.settings, self._embeddings)
            return self._snapshot

    def reason_not_ready(self) -> str | None:
        try:
            self.get()
        except IndexNotReady as exc:
            return str(exc)
        return None

