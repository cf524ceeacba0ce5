"""The FastAPI application: health, the /v1 API and the web page (Slack is mounted by ``assistant.server``)."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi_offline import FastAPIOffline
from starlette.exceptions import HTTPException as StarletteHTTPException

from assistant.api.guards import BodyLimit, LastResort, V1Guard
from assistant.api.routes import router
from assistant.errors import DomainError, IndexNotReady, without_paths
from assistant.services import Services

log = logging.getLogger("contract_assistant.api")
WEB = resources.files("assistant").joinpath("web")
STATIC = {"app.js": "text/javascript", "style.css": "text/css"}


def _error(status: int, kind: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(status_code=status, content={"error": {"type": kind, "message": message}}, headers=headers)


def create_api(services: Services) -> FastAPI:
    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        # Answer records still queued are written before the process exits, so their feedback works later.
        services.feedback.flush(timeout=5)

    # Swagger UI and ReDoc from the files shipped in the fastapi-offline package: /docs works offline.
    app = FastAPIOffline(
        lifespan=lifespan,
        title="Contract Assistant",
        version="0.1.0",
        description="Answers questions about collective bargaining agreements, quoting the contract with "
        "citations to article, section, clause and page. Every `/v1` route needs `Authorization: Bearer <key>` "
        "when CONTRACT_ASSISTANT_API_KEYS is set.",
    )

    @app.exception_handler(DomainError)
    async def assistant_error(_: Request, exc: DomainError) -> JSONResponse:
        if exc.http_status >= 500 and not isinstance(exc, IndexNotReady):
            log.error("request failed: %s: %s", type(exc).__name__, exc)
        return _error(exc.http_status, type(exc).__name__, without_paths(str(exc)))

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_: Request, exc: RequestValidationError) -> JSONResponse:
        problems = []
        for error in exc.errors():
            where = ".".join(str(p) for p in error.get("loc", []) if p != "body") or "body"
            problems.append(f"{where}: {error.get('msg')}")
        return _error(422, "InvalidRequest", "; ".join(problems) or "The request body is not valid JSON.")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return _error(exc.status_code, "HTTPError", str(exc.detail), getattr(exc, "headers", None))

    @app.get("/healthz", tags=["health"], summary="The process is up")
    async def healthz() -> dict[str, str]:
        # async: answered on the event loop, never behind questions waiting for a worker thread.
        return {"status": "ok"}

    @app.get("/readyz", tags=["health"], summary="Ready to answer: index, documents, vector store (and feedback)",
             responses={503: {"description": "Not ready, with the reason and each component's state"}})
    def readyz() -> Any:
        ready, report = services.readiness()
        if not ready:
            return JSONResponse(status_code=503, content={"status": "not ready", **report})
        return {"status": "ready", **report}

    app.include_router(router)

    @app.get("/", include_in_schema=False)
    def index() -> HTMLResponse:
        return HTMLResponse(WEB.joinpath("index.html").read_text(encoding="utf-8"))

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> Any:
        if name not in STATIC:
            return _error(404, "NotFound", f"No static file {name!r}.")
        return FileResponse(str(WEB.joinpath(name)), media_type=STATIC[name])
    app.state.services = services
    settings = services.settings
    # Added innermost first: errors → body size → /v1 rate and in-flight limits → the routes.
    app.add_middleware(V1Guard, per_minute=settings.rate_limit_per_minute, max_in_flight=settings.max_in_flight,
                       api_keys=settings.api_key_set)
    app.add_middleware(BodyLimit, limit=settings.max_request_bytes)
    app.add_middleware(LastResort)
    return app
