"""The two embedding backends; they compute the same vectors (to within 1e-6, see ``export``).

- ``onnx`` (default) runs the sentence-transformers model, exported once to ONNX and checked
  against it, under ONNX Runtime. It is ready in under half a second, where importing torch and
  sentence-transformers takes about 7 s on 2 cores: a third of a full ingest and most of a cold
  start.
- ``sentence-transformers`` runs the model itself with torch.

Because the vectors are the same, an index built with one backend answers queries embedded by
the other; switching backends does not rebuild the index.
"""

from __future__ import annotations

import os
import threading
from abc import abstractmethod
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from langchain_core.embeddings import Embeddings

from ingest.errors import EmbeddingModelError

BATCH_SIZE = 16  # measured on 2 cores: 16 is about 10% faster than 32 for ONNX Runtime
# One encoder at a time per process: each backend already uses every core for one batch.
_encode_lock = threading.Lock()


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


def load_sentence_transformer(directory: Path) -> Any:
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
def _onnx_session(path: str) -> Any:
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
