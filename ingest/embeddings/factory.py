"""Embeddings for an index: the configured model and backend, prepared once per machine."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from ingest.config import EmbeddingConfig
from ingest.embeddings.backends import MiniLMEmbeddings, OnnxEmbeddings, SentenceTransformerEmbeddings
from ingest.embeddings.export import EXPORT_VERSION, export_onnx
from ingest.embeddings.model_files import cached, default_cache_dir, fingerprint, model_directory

log = logging.getLogger(__name__)


def onnx_model(directory: Path, cache_dir: Path) -> Path:
    """The model's ONNX export, made (about 13 s on 2 cores, once per machine and model) if missing."""
    name = f"onnx-{fingerprint(directory)}-v{EXPORT_VERSION}"
    if not (cache_dir / name / ".complete").exists():
        log.warning("Preparing the embedding model once: exporting %s to ONNX and checking it.", directory)
    return cached(cache_dir, name, lambda scratch: export_onnx(directory, scratch / "model.onnx")) / "model.onnx"


def onnx_int8_model(directory: Path, cache_dir: Path) -> Path:
    """The ONNX export with its weights quantised to 8 bits (ONNX Runtime's dynamic quantisation):
    made once per machine and model from the plain export."""
    source = onnx_model(directory, cache_dir)
    name = f"onnx-int8-{fingerprint(directory)}-v{EXPORT_VERSION}"

    def quantise(scratch: Path) -> dict[str, Any]:
        from onnxruntime.quantization import QuantType, quantize_dynamic

        logging.getLogger("root").setLevel(logging.ERROR)  # its advice to pre-process first does not apply here
        quantize_dynamic(str(source), str(scratch / "model.onnx"), weight_type=QuantType.QInt8)
        return {"from": str(source), "weights": "int8"}

    return cached(cache_dir, name, quantise) / "model.onnx"


def get_embeddings(config: EmbeddingConfig) -> MiniLMEmbeddings:
    cache_dir = default_cache_dir(config.cache_dir)
    directory = model_directory(config.model_path, cache_dir)
    if config.backend == "sentence-transformers":
        return SentenceTransformerEmbeddings(directory, config.max_tokens)
    if config.backend == "onnx-int8":
        return OnnxEmbeddings(directory, onnx_int8_model(directory, cache_dir), config.max_tokens)
    return OnnxEmbeddings(directory, onnx_model(directory, cache_dir), config.max_tokens)


def prepare_model(config: EmbeddingConfig) -> dict[str, Any]:
    """Unpacks the model and (for the onnx backend) exports it now, so no later ingest or
    cold start pays for it; `make install` runs this once per machine."""
    embeddings = get_embeddings(config)
    report: dict[str, Any] = {"backend": embeddings.backend, "model": str(embeddings.directory)}
    if isinstance(embeddings, OnnxEmbeddings):
        marker = embeddings.onnx_file.parent / ".complete"
        report |= {"onnx": str(embeddings.onnx_file)} | json.loads(marker.read_text(encoding="utf-8"))
    return report
