"""Errors of the ingest layer, and the root every domain error of the project derives from.

Each carries ``http_status``: not HTTP itself, but what kind of failure it is (the caller's
input, something missing, the service not ready), which every front end translates its own
way — a status code in the API, a short reply in Slack, one line and an exit code in the CLI.
"""

from __future__ import annotations


class DomainError(Exception):
    """Base of every error a steward or operator can act on; the message says what to do."""

    http_status = 500


class DocumentError(DomainError):
    """A document could not be ingested; the message names the file and what to do."""

    http_status = 422


class IndexNotReady(DomainError):
    """The index is missing, corrupt, or its Chroma server cannot be reached."""

    http_status = 503


class EmbeddingModelError(IndexNotReady):
    """The embedding model is missing, unreadable, or its ONNX export could not be made or checked."""
