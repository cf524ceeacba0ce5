"""Dependencies as annotated aliases; tests swap them with app.dependency_overrides.

Everything comes from the app's :class:`~assistant.services.Services` (``app.state.services``),
built by the composition root, never from globals.
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict, deque
from typing import Annotated

from fastapi import Depends, Header, HTTPException, Request

from assistant.core import Assistant
from assistant.feedback import FeedbackStore
from assistant.services import Services
from assistant.settings import Settings


class RateLimiter:
    """A sliding one-minute window per API key."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._hits: dict[str, deque[float]] = defaultdict(deque)

    def allow(self, key: str, per_minute: int) -> bool:
        now = time.monotonic()
        with self._lock:
            window = self._hits[key]
            while window and now - window[0] > 60:
                window.popleft()
            if len(window) >= per_minute:
                return False
            window.append(now)
            return True


def get_services(request: Request) -> Services:
    services: Services = request.app.state.services
    return services


ServicesDep = Annotated[Services, Depends(get_services)]


def get_settings(services: ServicesDep) -> Settings:
    return services.settings


def get_assistant(services: ServicesDep) -> Assistant:
    return services.assistant


def get_feedback_store(services: ServicesDep) -> FeedbackStore:
    return services.feedback


def get_rate_limiter(request: Request) -> RateLimiter:
    limiter: RateLimiter = request.app.state.rate_limiter
    return limiter


def require_api_key(
    settings: Annotated[Settings, Depends(get_settings)],
    limiter: Annotated[RateLimiter, Depends(get_rate_limiter)],
    authorization: Annotated[str | None, Header()] = None,
) -> str | None:
    keys = settings.api_key_set
    if not keys:
        return None
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or token.strip() not in keys:
        raise HTTPException(status_code=401, detail="Send a valid API key: 'Authorization: Bearer <key>'.",
                            headers={"WWW-Authenticate": "Bearer"})
    if not limiter.allow(token.strip(), settings.rate_limit_per_minute):
        raise HTTPException(status_code=429, detail=f"Rate limit of {settings.rate_limit_per_minute} requests a minute reached; retry shortly.",
                            headers={"Retry-After": "60"})
    return token.strip()


AssistantDep = Annotated[Assistant, Depends(get_assistant)]
FeedbackDep = Annotated[FeedbackStore, Depends(get_feedback_store)]
ApiKey = Depends(require_api_key)
