"""Every domain error of the project in one place, each with a message a steward can act on.

The ingest layer's errors (and the root, ``DomainError``) are defined in ``ingest.errors`` and
re-exported here; front ends import errors from this module only, and translate them: HTTP
status codes in the API, a short reply in Slack, a clean exit message in the CLI.
"""

from __future__ import annotations

from ingest.errors import (
    DocumentError,
    DomainError,
    EmbeddingModelError,
    IndexNotReady,
    IndexWriteError,
    describe,
    without_paths,
)

__all__ = [
    "BadQuestion", "ConfigError", "DateOutOfRange", "DocumentError", "DomainError", "EmbeddingModelError", "IndexNotReady", "IndexWriteError",
    "FeedbackUnavailable", "RulesError", "ToolInputError", "UnknownAnswer", "UnknownContract", "UnknownSection", "UnknownTool",
    "describe", "without_paths",
]


class BadQuestion(DomainError):
    http_status = 422


class DateOutOfRange(BadQuestion):
    """A date the calculators cannot mean (the year 9999, '99999999 weeks ago')."""


class UnknownContract(DomainError):
    http_status = 404


class UnknownSection(DomainError):
    http_status = 404


class UnknownAnswer(DomainError):
    """Feedback for an answer id this deployment never gave."""

    http_status = 404


class FeedbackUnavailable(DomainError):
    """Ratings cannot be stored (full disk, damaged database); answering is not affected."""

    http_status = 503


class RulesError(DomainError):
    """A rules file is invalid, e.g. a quote that does not occur in its section."""

    http_status = 500


class ToolInputError(DomainError):
    http_status = 422


class UnknownTool(DomainError):
    http_status = 404


class ConfigError(DomainError):
    """A setting is missing or inconsistent (an LLM spec, Slack tokens); the message names it."""

    http_status = 500
