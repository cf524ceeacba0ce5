"""The processes a deployment runs: the HTTP server (API, web page, and Slack's HTTP endpoint
when configured) and Slack Socket Mode. Assembles the front ends; holds no logic of its own."""

from __future__ import annotations

from fastapi import FastAPI

from assistant.api.app import create_api
from assistant.services import Services, get_services
from assistant.slack.http import mount_slack
from assistant.slack.socket import run_socket_mode


def create_app(services: Services | None = None) -> FastAPI:
    services = services or get_services()
    app = create_api(services)
    settings = services.settings
    if settings.slack_bot_token or settings.slack_signing_secret:
        mount_slack(app, services)
    return app


def serve(host: str, port: int, services: Services | None = None) -> None:
    import uvicorn

    uvicorn.run(create_app(services), host=host, port=port, log_level="info")


def slack_socket_mode(services: Services | None = None) -> None:
    run_socket_mode(services or get_services())
