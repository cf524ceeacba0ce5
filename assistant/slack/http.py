"""Bolt mounted on the FastAPI server at POST /slack/events (events, commands and buttons)."""

from __future__ import annotations

from fastapi import FastAPI, Request, Response
from slack_bolt.adapter.fastapi import SlackRequestHandler

from assistant.services import Services
from assistant.slack.app import build_bolt_app


def mount_slack(app: FastAPI, services: Services) -> None:
    bolt = build_bolt_app(services)
    handler = SlackRequestHandler(bolt)

    @app.post("/slack/events", include_in_schema=False)
    async def slack_events(request: Request) -> Response:
        return await handler.handle(request)

    app.state.bolt = bolt
