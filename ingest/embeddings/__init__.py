"""MiniLM sentence embeddings from the file shipped on PyPI, never from a hub.

A straight line: ``model_files`` (finding the shipped zip, the locked atomic cache) ←
``backends`` (ONNX Runtime and sentence-transformers) ← ``export`` (the ONNX export, checked
against sentence-transformers) ← ``factory`` (the configured embeddings).
"""

from ingest.embeddings.backends import MiniLMEmbeddings
from ingest.embeddings.factory import get_embeddings, prepare_model

__all__ = ["MiniLMEmbeddings", "get_embeddings", "prepare_model"]
