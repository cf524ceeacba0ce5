"""Export the sentence-transformers model to ONNX once, and accept it only if it agrees.

The graph traced is the SentenceTransformer itself (transformer, then whatever pooling and
normalisation its folder declares), so ONNX Runtime runs the same network, not a re-creation.
The export is then checked end to end, tokenizer included: ONNX Runtime's vectors must match
sentence-transformers' on probe texts (a question, a clause, text far past truncation, all in one
padded batch) at two truncation lengths. A model that cannot be traced or does not match is
refused with a message that names the fallback backend.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import numpy as np

from ingest.embeddings.backends import OnnxEmbeddings, load_sentence_transformer
from ingest.errors import EmbeddingModelError

EXPORT_VERSION = "1"
OPSET = 17
TOLERANCE = 1e-4
PROBES = [
    "How long do I have to file a grievance?",
    "  6.7 Formal Grievance - Step 1\nA. Time limits: within 21 calendar days of the event.  ",
    "overtime " * 400,
    "",
    "Employees shall accrue 7 hours of personal leave each month, to a maximum of 400 hours.",
]


def export_onnx(model_dir: Path, destination: Path) -> dict[str, Any]:
    """Writes ``destination`` and returns what the check measured (kept in the cache's marker)."""
    import torch

    model = load_sentence_transformer(model_dir).eval()
    tokenize = getattr(model, "preprocess", None) or model.tokenize  # `tokenize` before sentence-transformers 6
    features = tokenize(PROBES[:2])
    names = [name for name in ("input_ids", "attention_mask", "token_type_ids") if name in features]

    class SentenceGraph(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, *tensors: torch.Tensor) -> torch.Tensor:
            return self.model(dict(zip(names, tensors, strict=True)))["sentence_embedding"]

    axes = {name: {0: "batch", 1: "tokens"} for name in names} | {"sentence_embedding": {0: "batch"}}
    try:
        with torch.no_grad(), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            torch.onnx.export(
                SentenceGraph(), tuple(features[n] for n in names), str(destination), input_names=names,
                output_names=["sentence_embedding"], dynamic_axes=axes, opset_version=OPSET, dynamo=False,
            )
    except Exception as exc:  # the exporter raises many unrelated types
        raise EmbeddingModelError(
            f"Could not export {model_dir} to ONNX ({exc}); set CONTRACT_ASSISTANT_EMBEDDING_BACKEND=sentence-transformers."
        ) from exc
    return {"max_difference": check_export(model, model_dir, destination), "opset": OPSET}


def check_export(model: Any, model_dir: Path, onnx_file: Path) -> float:
    """Largest element-wise difference between the two backends over the probes."""
    worst = 0.0
    for tokens in (32, 256):
        model.max_seq_length = tokens
        expected = model.encode(PROBES, normalize_embeddings=True, show_progress_bar=False)
        actual = OnnxEmbeddings(model_dir, onnx_file, tokens).encode(PROBES)
        if expected.shape != actual.shape:
            raise EmbeddingModelError(f"The ONNX export of {model_dir} gives vectors of shape {actual.shape}, not {expected.shape}.")
        worst = max(worst, float(np.abs(expected - actual).max()))
    if worst > TOLERANCE:
        raise EmbeddingModelError(
            f"The ONNX export of {model_dir} differs from sentence-transformers by {worst:.2g} (allowed {TOLERANCE}); "
            "set CONTRACT_ASSISTANT_EMBEDDING_BACKEND=sentence-transformers."
        )
    return worst
