"""What the ingest layer needs to know, passed in by its caller (it reads no environment).

The application's settings class builds these (``Settings.index_config()``); tests and
benchmarks may build them directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class EmbeddingConfig:
    model_name: str = "all-MiniLM-L6-v2"
    # A zip or folder of a local sentence-transformers model; None = the file shipped on PyPI.
    model_path: Path | None = None
    backend: str = "onnx"  # "onnx" | "onnx-int8" | "sentence-transformers"
    cache_dir: Path | None = None  # None = $XDG_CACHE_HOME or ~/.cache, /contract-assistant
    max_tokens: int = 96

    @property
    def key(self) -> str:
        """Names the vectors an index holds: a different model or truncation means a rebuild."""
        # onnx and sentence-transformers give the same vectors (to 1e-6); the 8-bit model does not.
        return f"{self.model_path or self.model_name}@{self.max_tokens}" + ("+int8" if self.backend == "onnx-int8" else "")


@dataclass(frozen=True)
class IndexConfig:
    data_dir: Path = Path("var")
    contracts_dir: Path = Path("data/contracts")
    chroma_url: str | None = None
    collection: str = "contract-assistant"
    max_file_bytes: int = 50 * 1024 * 1024
    # A Chroma server that accepts connections but never replies must not hang a question.
    chroma_connect_timeout: float = 3.0
    chroma_read_timeout: float = 10.0
    embedding: EmbeddingConfig = field(default_factory=EmbeddingConfig)
