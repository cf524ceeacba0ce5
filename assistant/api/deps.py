"""Dependencies as annotated aliases; tests swap them with app.dependency_overrides.

They are async (they only look things up), so they run on the event loop instead of taking a
worker thread each.

Everything comes from the app's :class:`~assistant.services.Services` (``app.state.services``),
built by the composition root, never from globals.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

import anyio
from fastapi import Depends, Header, HTTPException, Request

from assistant.api.guards import client_key
from assistant.core import Assistant
from assistant.feedback import FeedbackStore
from assistant.services import Services
from assistant.settings import Settings


async def get_services(request: Request) -> Services:
    services: Services = request.app.state.services
    return services


ServicesDep = Annotated[Services, Depends(get_services)]


async def get_settings(services: ServicesDep) -> Settings:
    return services.settings


async def get_assistant(services: ServicesDep) -> Assistant:
    return services.assistant


async def get_feedback_store(services: ServicesDep) -> FeedbackStore:
    return services.feedback


async def require_api_key(
    settings: Annotated[Settings, Depends(get_settings)],
    authorization: Annotated[str | None, Header()] = None,
) -> str | None:
    """With API keys configured, every /v1 route needs one (rate limits are applied earlier,
    in ``guards.V1Guard``, before the body is read)."""
    keys = settings.api_key_set
    if not keys:
        return None
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or token.strip() not in keys:
        raise HTTPException(status_code=401, detail="Send a valid API key: 'Authorization: Bearer <key>'.",
                            headers={"WWW-Authenticate": "Bearer"})
    return token.strip()


async def get_caller(request: Request, settings: Annotated[Settings, Depends(get_settings)]) -> str:
    """Who is asking (an API key's hash, else the client address): the namespace of their
    conversations, so no caller can continue another's."""
    known = getattr(request.state, "client_key", None)
    return str(known) if known else client_key(request.scope, settings.api_key_set)


@dataclass
class Workers:
    """The threads questions are computed on. Answering is CPU-bound, so a few threads (about one
    per core) answer as fast as many, without starving the event loop that serves /healthz; a
    request admitted by the in-flight bound waits for one without holding a thread, for at most
    ``wait`` seconds."""

    limiter: anyio.CapacityLimiter
    wait: float


async def get_workers(request: Request) -> Workers:
    workers = getattr(request.app.state, "workers", None)
    if workers is None:  # made inside the event loop, as anyio requires
        settings: Settings = request.app.state.services.settings
        workers = request.app.state.workers = Workers(anyio.CapacityLimiter(settings.worker_threads),
                                                      settings.queue_seconds)
    return workers


AssistantDep = Annotated[Assistant, Depends(get_assistant)]
WorkersDep = Annotated[Workers, Depends(get_workers)]
CallerDep = Annotated[str, Depends(get_caller)]
FeedbackDep = Annotated[FeedbackStore, Depends(get_feedback_store)]
ApiKey = Depends(require_api_key)
