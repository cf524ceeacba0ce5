"""Domain errors, each with a message a steward can act on. Front ends translate them:
HTTP status codes in the API, a short reply in Slack, a clean exit message in the CLI."""

from __future__ import annotations


class AssistantError(Exception):
    """Base class; ``http_status`` is what the API answers with."""

    http_status = 500


class BadQuestion(AssistantError):
    http_status = 422


class UnknownContract(AssistantError):
    http_status = 404


class UnknownSection(AssistantError):
    http_status = 404


class IndexNotReady(AssistantError):
    """The index is missing, corrupt, or its Chroma server cannot be reached."""

    http_status = 503


class EmbeddingModelError(IndexNotReady):
    """The embedding model is missing, unreadable, or its ONNX export could not be made or checked."""


class DocumentError(AssistantError):
    """A document could not be ingested; the message names the file and what to do."""

    http_status = 422


class RulesError(AssistantError):
    """A rules file is invalid, e.g. a quote that does not occur in its section."""

    http_status = 500


class ToolInputError(AssistantError):
    http_status = 422


class UnknownTool(AssistantError):
    http_status = 404
