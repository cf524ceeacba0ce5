"""Errors of the ingest layer, and the root every domain error of the project derives from.

Each carries ``http_status``: not HTTP itself, but what kind of failure it is (the caller's
input, something missing, the service not ready), which every front end translates its own
way — a status code in the API, a short reply in Slack, one line and an exit code in the CLI.
"""

from __future__ import annotations

import re


class DomainError(Exception):
    """Base of every error a steward or operator can act on; the message says what to do."""

    http_status = 500


class DocumentError(DomainError):
    """A document could not be ingested; the message names the file and what to do."""

    http_status = 422


class IndexNotReady(DomainError):
    """The index is missing, corrupt, or its Chroma server cannot be reached."""

    http_status = 503


class IndexWriteError(DomainError):
    """A new index build could not be written (a full disk, an unwritable data dir); nothing was
    swapped in and the previous build still answers."""

    http_status = 503


class EmbeddingModelError(IndexNotReady):
    """The embedding model is missing, unreadable, or its ONNX export could not be made or checked."""


def describe(exc: BaseException) -> str:
    """What went wrong, for a message shown to users and in /readyz: the error's kind and its
    first line, without the filesystem paths an OSError carries."""
    if isinstance(exc, OSError):
        if exc.strerror:
            return f"{type(exc).__name__}: {exc.strerror}"
        # shutil.Error and friends: the first "[Errno N] reason", without the paths around it.
        found = re.search(r"\[Errno \d+\] ([^:'\"]+)", str(exc))
        return f"{type(exc).__name__}: {found.group(1).strip() if found else 'operating system error'}"
    text = str(exc).splitlines()[0][:200] if str(exc) else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


_PATH = re.compile(r"(?<![\w:/.~-])(?:/[\w.@+~-]+){2,}/?")


def without_paths(text: str) -> str:
    """A message fit for clients and health checks: absolute filesystem paths replaced by '…'."""
    return _PATH.sub("…", text)
