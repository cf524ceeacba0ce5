"""The processes a deployment runs: the HTTP server (API, web page, and Slack's HTTP endpoint
when configured) and Slack Socket Mode. Assembles the front ends; holds no logic of its own."""

from __future__ import annotations

import copy
import logging
from typing import Any

from fastapi import FastAPI

from assistant.api.app import create_api
from assistant.services import Services, get_services
from assistant.settings import Settings
from assistant.slack.http import mount_slack
from assistant.slack.socket import run_socket_mode


def create_app(services: Services | None = None) -> FastAPI:
    services = services or get_services()
    app = create_api(services)
    settings = services.settings
    if settings.slack_bot_token or settings.slack_signing_secret:
        mount_slack(app, services)
    return app


class DropQueryStrings(logging.Filter):
    """Access-log lines without the query string: `/v1/search?q=…` carries a member's question,
    which is logged in full only when CONTRACT_ASSISTANT_LOG_FULL_TEXT is on."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str) and "?" in args[2]:
            record.args = (*args[:2], args[2].split("?", 1)[0], *args[3:])
        return True


def log_config(settings: Settings) -> dict[str, Any]:
    """uvicorn's logging configuration, with query strings dropped from the access log unless
    full-text logging is on."""
    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    if not settings.log_full_text:
        config.setdefault("filters", {})["drop_query_strings"] = {"()": DropQueryStrings}
        config["loggers"]["uvicorn.access"]["filters"] = ["drop_query_strings"]
    return config


def serve(host: str, port: int, services: Services | None = None) -> None:
    import uvicorn

    services = services or get_services()
    uvicorn.run(create_app(services), host=host, port=port, log_level="info", log_config=log_config(services.settings))


def slack_socket_mode(services: Services | None = None) -> None:
    run_socket_mode(services or get_services())
