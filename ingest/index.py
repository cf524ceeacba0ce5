"""The persistent index: Chroma vectors plus the parsed corpus, built aside and swapped in.

Layout under ``<data dir>/index``: ``builds/<name>/`` holds one complete build (``chroma/``
in embedded mode, ``corpus.json``, ``chunks.json``, ``manifest.json``, the sentence vectors of
``ingest.sentence_vectors``); ``CURRENT`` names the
build that answers. A new build starts as a copy of the current one, drops the chunks of
changed or removed documents, adds the new ones, and only then is ``CURRENT`` replaced
atomically, so a failure or a kill -9 part way leaves the previous index answering.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ingest import sentence_vectors
from ingest.chunking import Chunk, chunk_contract, embedding_text
from ingest.config import IndexConfig
from ingest.embeddings import get_embeddings
from ingest.errors import DomainError, IndexNotReady, IndexWriteError, describe
from ingest.loader import discover, file_sha256, load_documents
from ingest.locks import file_lock
from ingest.structure import Contract

MANIFEST_VERSION = 1
# Every chunk's vector (float32) in the order of chunks.json, read memory-mapped by the answering process.
CHUNK_VECTORS_FILE = "chunk_vectors.npy"
Progress = Callable[[int, int], None]


@dataclass
class IngestSummary:
    documents: int = 0
    sections: int = 0
    chunks: int = 0
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0
    build: str = ""

    @property
    def changed(self) -> bool:
        return bool(self.added or self.replaced or self.removed)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self) | {"changed": self.changed}


def index_root(config: IndexConfig) -> Path:
    return config.data_dir / "index"


def current_build_dir(config: IndexConfig) -> Path | None:
    pointer = index_root(config) / "CURRENT"
    try:
        name = pointer.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    return index_root(config) / "builds" / name if name else None


def collection_name(config: IndexConfig, build: Path) -> str:
    """Embedded builds each have their own directory; on a server, each build its own collection."""
    return f"{config.collection}-{build.name}" if config.chroma_url else config.collection


def chroma_client(config: IndexConfig, build: Path) -> Any:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if config.chroma_url:
        from urllib.parse import urlparse

        probe_chroma_server(config)
        url = urlparse(config.chroma_url)
        client = chromadb.HttpClient(
            host=url.hostname or "localhost",
            port=url.port or (443 if url.scheme == "https" else 8000),
            ssl=url.scheme == "https",
            settings=chroma_settings,
        )
        _set_timeouts(client, config)
        return client
    return chromadb.PersistentClient(path=str(build / "chroma"), settings=chroma_settings)


def probe_chroma_server(config: IndexConfig) -> None:
    """The server answers its heartbeat within the timeouts, or IndexNotReady. Chroma's client
    waits forever by default, so a server that accepts connections but never replies would hang
    every question (and the client's own start-up requests) without this."""
    import httpx

    timeout = httpx.Timeout(config.chroma_read_timeout, connect=config.chroma_connect_timeout)
    try:
        response = httpx.get(f"{str(config.chroma_url).rstrip('/')}/api/v2/heartbeat", timeout=timeout)
        response.raise_for_status()
    except httpx.HTTPError as exc:
        raise IndexNotReady(
            f"The Chroma server did not answer within {config.chroma_connect_timeout:g} s to connect and "
            f"{config.chroma_read_timeout:g} s to reply ({describe(exc)}); check that it is running."
        ) from exc


def _set_timeouts(client: Any, config: IndexConfig) -> None:
    import httpx

    session = getattr(getattr(client, "_server", None), "_session", None)
    if isinstance(session, httpx.Client):
        session.timeout = httpx.Timeout(config.chroma_read_timeout, connect=config.chroma_connect_timeout)


def open_store(config: IndexConfig, build: Path, embeddings: Any, create: bool = False) -> Any:
    from langchain_chroma import Chroma

    return Chroma(
        collection_name=collection_name(config, build),
        embedding_function=embeddings,
        client=chroma_client(config, build),
        collection_metadata={"hnsw:space": "cosine"},
        create_collection_if_not_exists=create,
    )


def read_manifest(build: Path) -> dict[str, Any]:
    try:
        manifest = json.loads((build / "manifest.json").read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise IndexNotReady(f"The index build {build.name} is incomplete (no manifest); run `contract-assistant ingest`.") from exc
    except (OSError, ValueError) as exc:
        raise IndexNotReady(f"The manifest of index build {build.name} is corrupt or unreadable ({describe(exc)}); "
                            "run `contract-assistant ingest`.") from exc
    if not isinstance(manifest, dict) or manifest.get("version") != MANIFEST_VERSION:
        raise IndexNotReady("The index was built by another version; run `contract-assistant ingest` to rebuild it.")
    return manifest


def ingest_lock(config: IndexConfig) -> AbstractContextManager[None]:
    """One ingest at a time per data dir; questions never wait on it."""
    return file_lock(index_root(config) / "ingest.lock")


def verify_build(config: IndexConfig, build: Path | None) -> dict[str, Any]:
    """The build's manifest, once its files and vector count check out; IndexNotReady says what is
    wrong. Reads only: an embedded build's database is opened read-only, never by Chroma's client
    (which rewrites its files on opening), so checking the live build cannot change it."""
    if build is None:
        raise IndexNotReady("No index has been built yet; run `contract-assistant ingest` (or `make run`).")
    if not build.exists():
        raise IndexNotReady(f"The index build {build.name} named in CURRENT is missing; run `contract-assistant ingest`.")
    manifest = read_manifest(build)
    if config.chroma_url:
        try:
            count = open_store(config, build, None)._collection.count()
        except IndexNotReady:
            raise
        except Exception as exc:
            raise IndexNotReady(f"The Chroma server cannot open index build {build.name} ({describe(exc)}); "
                                "check that it is running, or run `contract-assistant ingest`.") from exc
    else:
        count = embedded_count(config, build)
    if count != manifest.get("chunks"):
        raise IndexNotReady(
            f"The vector index holds {count} chunks but the manifest expects {manifest.get('chunks')}; "
            "run `contract-assistant ingest` to repair it."
        )
    return manifest


def embedded_count(config: IndexConfig, build: Path) -> int:
    """Vectors in an embedded build's collection, read from its SQLite file in read-only mode."""
    database = build / "chroma" / "chroma.sqlite3"
    if not database.is_file():
        raise IndexNotReady(f"The vector index files of build {build.name} are missing; run `contract-assistant ingest`.")
    try:
        with sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True) as db:
            row = db.execute(
                "SELECT COUNT(*) FROM embeddings e JOIN segments s ON e.segment_id = s.id "
                "JOIN collections c ON s.collection = c.id WHERE c.name = ? AND s.scope = 'METADATA'",
                (collection_name(config, build),),
            ).fetchone()
    except sqlite3.Error as exc:
        raise IndexNotReady(f"The vector index of build {build.name} cannot be read ({describe(exc)}); "
                            "run `contract-assistant ingest` to rebuild it.") from exc
    return int(row[0])


def _healthy_manifest(config: IndexConfig) -> tuple[dict[str, Any], list[dict[str, Any]]] | None:
    """The live build's manifest and parsed corpus, or None when there is no sound build."""
    try:
        manifest = verify_build(config, current_build_dir(config))
        corpus = json.loads((current_build_dir(config) / "corpus.json").read_text(encoding="utf-8"))  # type: ignore[operator]
    except (IndexNotReady, OSError, ValueError):
        return None
    return manifest, corpus if isinstance(corpus, list) else []


def build_index(
    config: IndexConfig, paths: list[Path] | None = None, progress: Progress | None = None
) -> IngestSummary:
    """Bring the index in line with the documents; unchanged documents are not touched."""
    started = time.perf_counter()
    paths = paths or [config.contracts_dir]
    summary = IngestSummary()
    _check_writable(config)
    with ingest_lock(config):
        healthy = _healthy_manifest(config)
        manifest, corpus = healthy if healthy else (None, [])
        if manifest and manifest.get("embedding_model") != config.embedding.key:
            manifest = None  # vectors from another model: every chunk is embedded again (the parses still serve)
        files, _ = discover(paths)
        if manifest and _same_files(manifest, files) and _has_vector_files(config):
            summary.unchanged = sorted(manifest["documents"])
            summary.documents = len(summary.unchanged)
            summary.sections, summary.chunks = manifest["sections"], manifest["chunks"]
            summary.build = Path(str(current_build_dir(config))).name
            summary.seconds = time.perf_counter() - started
            return summary
        # Documents whose file, sidecars and parser are unchanged are taken as parsed last time, so an
        # ingest costs the documents that changed, not the whole folder (whatever the embedding model).
        reuse = {str(doc.get("sha256")): doc for doc in corpus if isinstance(doc, dict)}
        loaded = load_documents(paths, config.max_file_bytes, reuse=reuse)
        summary.errors = loaded.errors
        _apply(config, manifest, loaded.contracts, summary, progress)
    summary.seconds = time.perf_counter() - started
    return summary


def _has_vector_files(config: IndexConfig) -> bool:
    """A build written before the sentence vectors or the chunk vectors file existed is rebuilt once (its
    chunk vectors are copied, not embedded again), so no process has to embed the sentences when it opens
    the index, nor pull every vector out of Chroma."""
    build = current_build_dir(config)
    return build is not None and all((build / name).exists() for name in (sentence_vectors.VECTORS_FILE, CHUNK_VECTORS_FILE))


def _same_files(manifest: dict[str, Any], files: list[Path]) -> bool:
    known = {doc["source"]: doc["sha256"] for doc in manifest["documents"].values()}
    try:
        current = {path.name: file_sha256(path) for path in files}
    except OSError:
        return False
    return current == known and not manifest.get("errors")


def _apply(
    config: IndexConfig,
    manifest: dict[str, Any] | None,
    contracts: list[Contract],
    summary: IngestSummary,
    progress: Progress | None,
) -> None:
    old_docs: dict[str, dict[str, Any]] = manifest["documents"] if manifest else {}
    new_docs = {c.id: c for c in contracts}
    for contract in contracts:
        old = old_docs.get(contract.id)
        if old is None:
            summary.added.append(contract.id)
        elif old["sha256"] != contract.sha256:
            summary.replaced.append(contract.id)
        else:
            summary.unchanged.append(contract.id)
    summary.removed = sorted(set(old_docs) - set(new_docs))
    summary.documents = len(contracts)
    summary.sections = sum(len(c.sections()) for c in contracts)
    all_chunks = {c.id: chunk_contract(c) for c in contracts}
    summary.chunks = sum(len(v) for v in all_chunks.values())
    old_build = current_build_dir(config) if manifest else None
    if manifest and not summary.changed and not summary.errors and not manifest.get("errors") and _has_vector_files(config):
        summary.build = old_build.name if old_build else ""
        return
    root = index_root(config)
    build = root / "builds" / f"b{time.strftime('%Y%m%d%H%M%S')}-{os.getpid()}-{time.perf_counter_ns() % 10**6}"
    try:
        _write_build(config, root, build, old_build, new_docs, all_chunks, contracts, summary, progress)
    except BaseException as exc:
        # Nothing half-written is left behind; CURRENT was not replaced, so the live build answers on.
        _discard(config, root, build)
        if isinstance(exc, DomainError) or not isinstance(exc, Exception):
            raise
        raise IndexWriteError(
            f"The new index could not be written ({describe(exc)}); nothing was changed and the previous index "
            "is still answering. Free space in the data dir (or fix its permissions) and run `contract-assistant "
            "ingest` again."
        ) from exc
    summary.build = build.name
    _prune(config, root, keep={build.name, old_build.name if old_build else ""})


def _check_writable(config: IndexConfig) -> None:
    """Fail with one clear line, before any work, when the data dir cannot be written."""
    root = index_root(config)
    try:
        root.mkdir(parents=True, exist_ok=True)
        probe = root / f".write-check-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise IndexWriteError(
            f"The data dir {config.data_dir} is not writable ({describe(exc)}); fix it or point "
            "CONTRACT_ASSISTANT_DATA_DIR elsewhere, then run `contract-assistant ingest` again."
        ) from exc


def _discard(config: IndexConfig, root: Path, build: Path) -> None:
    if config.chroma_url:
        try:
            chroma_client(config, build).delete_collection(collection_name(config, build))
        except Exception:  # noqa: BLE001 - a collection never created, or a server gone: nothing to undo
            pass
    shutil.rmtree(build, ignore_errors=True)
    for leftover in (root / "CURRENT.tmp",):
        leftover.unlink(missing_ok=True)


def _write_build(
    config: IndexConfig,
    root: Path,
    build: Path,
    old_build: Path | None,
    new_docs: dict[str, Contract],
    all_chunks: dict[str, list[Chunk]],
    contracts: list[Contract],
    summary: IngestSummary,
    progress: Progress | None,
) -> None:
    """Everything that writes the new build, ending with the atomic swap of CURRENT."""
    build.mkdir(parents=True)
    embeddings = get_embeddings(config.embedding)
    if old_build is not None and not config.chroma_url:
        shutil.copytree(old_build / "chroma", build / "chroma")
    store = open_store(config, build, embeddings, create=True)
    if old_build is not None and config.chroma_url:
        _copy_collection(config, old_build, store)
    stale = set(summary.replaced) | set(summary.removed)
    if old_build is None:
        fresh = list(new_docs)
    else:
        fresh = summary.added + summary.replaced
        for contract_id in stale:
            store._collection.delete(where={"contract": contract_id})
    to_add = [chunk for cid in fresh for chunk in all_chunks[cid]]
    _add_chunks(store, to_add, progress)
    count = store._collection.count()
    if count != summary.chunks:
        raise IndexNotReady(f"Index build {build.name} holds {count} chunks, expected {summary.chunks}; not swapped in.")
    order = [k.id for v in all_chunks.values() for k in v]
    np.save(build / CHUNK_VECTORS_FILE, _chunk_vectors(order, {c.id for c in to_add}, old_build, store),
            allow_pickle=False)
    previous = sentence_vectors.read(old_build) if old_build is not None else None
    sentences, texts = sentence_vectors.embed(contracts, embeddings, *(previous or (None, None)))
    sentence_vectors.save(build, sentences, texts)
    _write_json(build / "corpus.json", [c.model_dump() for c in contracts])
    _write_json(build / "chunks.json", [{"id": k.id, "text": k.text, "metadata": k.metadata} for v in all_chunks.values() for k in v])
    _write_json(
        build / "manifest.json",
        {
            "version": MANIFEST_VERSION,
            "created": time.time(),
            "embedding_model": config.embedding.key,
            "documents": {c.id: {"source": c.source, "sha256": c.sha256, "kind": c.kind} for c in contracts},
            "sections": summary.sections,
            "chunks": summary.chunks,
            "errors": summary.errors,
        },
    )
    _swap(root, build)


def _add_chunks(store: Any, chunks: list[Chunk], progress: Progress | None, batch: int = 256) -> None:
    """Embed (see chunking.embedding_text) and add in batches; the stored document is the full chunk."""
    for start in range(0, len(chunks), batch):
        part = chunks[start : start + batch]
        vectors = store.embeddings.embed_documents([embedding_text(c) for c in part])
        store._collection.add(ids=[c.id for c in part], embeddings=vectors, documents=[c.text for c in part],
                              metadatas=[c.metadata for c in part])
        if progress:
            progress(min(start + batch, len(chunks)), len(chunks))


def _chunk_vectors(order: list[str], added: set[str], old_build: Path | None, store: Any, batch: int = 1000) -> np.ndarray:
    """Every chunk's vector in corpus order: the previous build's file for the chunks of unchanged documents,
    the store's copy for the rest (`added`, embedded for this build, whose ids an old chunk may share), read
    back rather than taken from the embedder: the store normalises what it is given, so its copy differs
    in the last bits, and dense search has always used the store's. The answering process reads this
    file memory-mapped instead of pulling every vector out of Chroma, whose read caches grew its memory
    by about as much again as the vectors themselves."""
    known: dict[str, np.ndarray] = {}
    if old_build is not None:
        previous = read_chunk_vectors(old_build)
        if previous is not None:
            ids, matrix = previous
            wanted = set(order) - added
            known.update({chunk_id: np.asarray(matrix[row]) for row, chunk_id in enumerate(ids) if chunk_id in wanted})
    missing = [chunk_id for chunk_id in order if chunk_id not in known]
    for start in range(0, len(missing), batch):
        got = store._collection.get(ids=missing[start:start + batch], include=["embeddings"])
        for chunk_id, row in zip(got["ids"], np.asarray(got["embeddings"], dtype=np.float32), strict=True):
            known[chunk_id] = row
    if not order:
        return np.zeros((0, 0), dtype=np.float32)
    lost = [chunk_id for chunk_id in order if chunk_id not in known]
    if lost:
        raise IndexNotReady(f"The vectors of {len(lost)} chunks could not be found (first: {lost[0]}); delete the "
                            "index folder (CONTRACT_ASSISTANT_DATA_DIR/index) and run `contract-assistant ingest` again.")
    return np.stack([known[chunk_id] for chunk_id in order]).astype(np.float32)


def chunk_vectors_file(build: Path, count: int) -> np.ndarray | None:
    """A build's chunk vectors, memory-mapped (the pages a question touches are read in, and they are the
    file's, not a copy), when the file is there and holds `count` float32 rows; None otherwise (a build from
    before the file, or a damaged one: then the store's copy is read instead)."""
    try:
        matrix = np.load(build / CHUNK_VECTORS_FILE, mmap_mode="r", allow_pickle=False)
    except (OSError, ValueError):
        return None
    if matrix.ndim != 2 or len(matrix) != count or matrix.dtype != np.float32 or not count:
        return None
    return np.asarray(matrix)


def read_chunk_vectors(build: Path) -> tuple[list[str], np.ndarray] | None:
    """(chunk ids in corpus order, their vectors memory-mapped) of a build, or None when it has no
    vectors file (built before there was one) or the file does not match its chunks."""
    try:
        ids = [str(c["id"]) for c in json.loads((build / "chunks.json").read_text(encoding="utf-8"))]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    matrix = chunk_vectors_file(build, len(ids))
    return None if matrix is None else (ids, matrix)


def _copy_collection(config: IndexConfig, old_build: Path, store: Any) -> None:
    old = chroma_client(config, old_build).get_collection(collection_name(config, old_build))
    data = old.get(include=["embeddings", "documents", "metadatas"])
    if data["ids"]:
        store._collection.add(
            ids=data["ids"], embeddings=data["embeddings"], documents=data["documents"], metadatas=data["metadatas"]
        )


def _write_json(path: Path, data: Any) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


def _swap(root: Path, build: Path) -> None:
    tmp = root / "CURRENT.tmp"
    with open(tmp, "w", encoding="utf-8") as handle:
        handle.write(build.name)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, root / "CURRENT")


def _prune(config: IndexConfig, root: Path, keep: set[str]) -> None:
    """Drop builds other than the current and the previous one (and their server collections)."""
    for build in (root / "builds").iterdir():
        if build.name in keep:
            continue
        if config.chroma_url:
            try:
                chroma_client(config, build).delete_collection(collection_name(config, build))
            except Exception:  # noqa: BLE001 - a collection that is already gone is fine
                pass
        shutil.rmtree(build, ignore_errors=True)
