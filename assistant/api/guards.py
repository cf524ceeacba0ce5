"""Limits applied before a request reaches a route: body size, per-client rate, requests in flight,
and the last resort for unexpected errors.

They are plain ASGI middlewares, so they act before FastAPI reads or parses a body and before
authentication: a 200 MB body is refused from its Content-Length without being read, a flood
from one client is refused before it costs an answer, and load beyond what the server can
answer promptly is shed with 503 instead of queueing until every client times out. Health
checks are not /v1 routes, so they are served outside the queue.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import threading
import time
import traceback
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from limits import RateLimitItemPerMinute
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

log = logging.getLogger("contract_assistant.api")
GUARDED_PREFIX = "/v1/"


async def send_error(send: Send, status: int, kind: str, message: str, headers: dict[str, str] | None = None) -> None:
    """The API's JSON error body, sent without FastAPI (these run before it)."""
    body = json.dumps({"error": {"type": kind, "message": message}}).encode()
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    raw += [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


def header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers") or []:
        if key.lower() == name:
            return bytes(value).decode("latin-1")
    return None


class BodyTooLarge(Exception):
    pass


class BodyLimit:
    """413 for a body over ``limit`` bytes, judged from Content-Length before reading anything,
    and counted while streaming when there is none (chunked uploads) — never more than the
    limit is held in memory."""

    def __init__(self, app: ASGIApp, limit: int):
        self.app = app
        self.limit = limit

    def _message(self) -> str:
        return (f"The request body is larger than the limit of {self.limit:,} bytes "
                "(CONTRACT_ASSISTANT_MAX_REQUEST_BYTES); send a shorter request.")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = header(scope, b"content-length")
        if declared is not None:
            try:
                size = int(declared)
            except ValueError:
                await send_error(send, 400, "InvalidRequest", "The Content-Length header is not a number.")
                return
            if size > self.limit:
                await send_error(send, 413, "RequestTooLarge", self._message(), {"Connection": "close"})
                return
            # The server never delivers more than Content-Length bytes, so the limit holds.
            await self.app(scope, receive, send)
            return
        # No length declared: read (at most the limit) before the app sees any of it.
        chunks: list[bytes] = []
        total = 0
        more = True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                break  # the client went away
            chunk = message.get("body", b"")
            total += len(chunk)
            if total > self.limit:
                await send_error(send, 413, "RequestTooLarge", self._message(), {"Connection": "close"})
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


def client_key(scope: Scope, api_keys: frozenset[str]) -> str:
    """Who is asking, for limits and conversations: a valid API key (hashed, never the key
    itself), else the client's address (as the server saw it, after trusted proxy headers)."""
    authorization = header(scope, b"authorization") or ""
    scheme, _, token = authorization.partition(" ")
    token = token.strip()
    if api_keys and scheme.lower() == "bearer" and token in api_keys:
        return "key:" + hashlib.sha256(token.encode()).hexdigest()[:16]
    client = scope.get("client")
    return "addr:" + (str(client[0]) if client else "unknown")


class V1Guard:
    """For /v1 routes: a per-client rate limit (429 with Retry-After), then a bound on requests
    in flight (503 with Retry-After). Slack has its own path: its requests are signed and Slack
    retries them, so they are not limited by address."""

    def __init__(self, app: ASGIApp, per_minute: int, max_in_flight: int, api_keys: frozenset[str]):
        self.app = app
        self.item = RateLimitItemPerMinute(per_minute)
        self.limiter = MovingWindowRateLimiter(MemoryStorage())
        self.max_in_flight = max_in_flight
        self.api_keys = api_keys
        self.in_flight = 0
        self._lock = threading.Lock()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not str(scope.get("path", "")).startswith(GUARDED_PREFIX):
            await self.app(scope, receive, send)
            return
        key = client_key(scope, self.api_keys)
        scope.setdefault("state", {})["client_key"] = key
        if not self.limiter.hit(self.item, key):
            reset = self.limiter.get_window_stats(self.item, key).reset_time
            wait = max(1, math.ceil(reset - time.time()))
            await send_error(send, 429, "RateLimited",
                             f"Rate limit of {self.item.amount} requests a minute reached; retry in {wait} s.",
                             {"Retry-After": str(wait)})
            return
        with self._lock:
            admitted = self.in_flight < self.max_in_flight
            if admitted:
                self.in_flight += 1
        if not admitted:
            await send_error(send, 503, "Busy", "The server is answering as many questions as it can; retry in a second.",
                             {"Retry-After": "1"})
            return
        try:
            await self.app(scope, receive, send)
        finally:
            with self._lock:
                self.in_flight -= 1


class LastResort:
    """Any unexpected error becomes one JSON 500 and one log line (type, message, where it was
    raised); the traceback goes to the debug log. Starlette's own handler would log it twice."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking)
        except Exception as exc:  # noqa: BLE001 - the last resort: every error ends here, once
            frame = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
            where = f" at {frame.filename.rsplit('/', 1)[-1]}:{frame.lineno}" if frame else ""
            log.error("%s %s failed: %s: %s%s", scope.get("method"), scope.get("path"), type(exc).__name__,
                      str(exc).splitlines()[0][:300] if str(exc) else "", where)
            log.debug("traceback", exc_info=exc)
            if not started:
                await send_error(send, 500, "InternalError",
                                 "Something went wrong on our side; the error was logged. Try again.")
