"""Dependencies as annotated aliases; tests swap them with app.dependency_overrides.

Everything comes from the app's :class:`~assistant.services.Services` (``app.state.services``),
built by the composition root, never from globals.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Header, HTTPException, Request

from assistant.api.guards import client_key
from assistant.core import Assistant
from assistant.feedback import FeedbackStore
from assistant.services import Services
from assistant.settings import Settings


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


def require_api_key(
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


def get_caller(request: Request, settings: Annotated[Settings, Depends(get_settings)]) -> str:
    """Who is asking (an API key's hash, else the client address): the namespace of their
    conversations, so no caller can continue another's."""
    known = getattr(request.state, "client_key", None)
    return str(known) if known else client_key(request.scope, settings.api_key_set)


AssistantDep = Annotated[Assistant, Depends(get_assistant)]
CallerDep = Annotated[str, Depends(get_caller)]
FeedbackDep = Annotated[FeedbackStore, Depends(get_feedback_store)]
ApiKey = Depends(require_api_key)
