"""Bolt mounted on the FastAPI server at POST /slack/events (events, commands and buttons).

Before Bolt sees a request, a gate checks what Bolt would otherwise trip over: the signature
(with a timestamp that must be a plain integer), the body's encoding and shape, and replays —
a request Slack signed once is answered once, so a captured slash command re-sent within
Slack's five-minute window does not run again. Every refusal is a 4xx, never a 500.
"""

from __future__ import annotations

import json
import logging
import re
from typing import Any
from urllib.parse import parse_qsl

from fastapi import FastAPI, Request, Response
from slack_bolt.adapter.fastapi import SlackRequestHandler
from slack_sdk.signature import SignatureVerifier

from assistant.services import Services
from assistant.slack.app import build_bolt_app
from assistant.slack.service import Seen

log = logging.getLogger("contract_assistant.slack")
TIMESTAMP = re.compile(r"\d{1,12}")
# Fields Bolt reads with .get() or ["id"] while routing a request: the wrong type would crash it.
OBJECT_FIELDS = ("event", "enterprise", "container", "message", "view")
ID_FIELDS = ("team", "user", "channel")  # an id, or an object with one
TEXT_FIELDS = ("type", "event_id", "team_id", "api_app_id", "user_id", "channel_id", "command", "text", "response_url",
               "trigger_id", "enterprise_id")


class SlackRequestError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


def parse_slack_body(raw: bytes, content_type: str | None) -> dict[str, Any]:
    """The body as Bolt will read it (JSON, or a form with an optional JSON `payload`), refused
    with 400 unless it is an object whose routing fields have the types Slack sends."""
    try:
        body = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SlackRequestError(400, "The request body is not UTF-8.") from exc
    try:
        if not body:
            parsed: Any = {}
        elif content_type == "application/json" or body.startswith("{"):
            parsed = json.loads(body)
        elif "payload" in body:
            parsed = json.loads(dict(parse_qsl(body, keep_blank_values=True)).get("payload") or "{}")
        else:
            parsed = dict(parse_qsl(body, keep_blank_values=True))
    except ValueError as exc:
        raise SlackRequestError(400, "The request body is not valid JSON or form data.") from exc
    if not isinstance(parsed, dict):
        raise SlackRequestError(400, "The request body must be a JSON object.")
    for name in OBJECT_FIELDS:
        if parsed.get(name) is not None and not isinstance(parsed[name], dict):
            raise SlackRequestError(400, f"'{name}' must be an object.")
    for name in ID_FIELDS:
        if parsed.get(name) is not None and not isinstance(parsed[name], dict | str):
            raise SlackRequestError(400, f"'{name}' must be an id or an object.")
    for name in TEXT_FIELDS:
        if parsed.get(name) is not None and not isinstance(parsed[name], str):
            raise SlackRequestError(400, f"'{name}' must be text.")
    for name in ("authorizations", "actions"):
        value = parsed.get(name)
        if value is not None and not (isinstance(value, list) and all(isinstance(a, dict) for a in value)):
            raise SlackRequestError(400, f"'{name}' must be a list of objects.")
    return parsed


class SlackGate:
    """Signature, shape and replay checks in front of Bolt."""

    def __init__(self, signing_secret: str):
        self.verifier = SignatureVerifier(signing_secret)
        self.signatures = Seen(50_000)

    def check(self, raw: bytes, headers: Any) -> None:
        timestamp = headers.get("x-slack-request-timestamp") or ""
        signature = headers.get("x-slack-signature") or ""
        if not TIMESTAMP.fullmatch(timestamp) or not signature:
            raise SlackRequestError(401, "invalid request")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise SlackRequestError(400, "The request body is not UTF-8.") from exc
        if not self.verifier.is_valid(body=text, timestamp=timestamp, signature=signature):
            raise SlackRequestError(401, "invalid request")
        parse_slack_body(raw, headers.get("content-type"))
        # Slack's own retries carry a new timestamp, hence a new signature (and the same event_id,
        # which Bolt's middleware de-duplicates); an identical signature is a replay.
        if not self.signatures.add(signature):
            raise SlackRequestError(200, "")


def mount_slack(app: FastAPI, services: Services) -> None:
    bolt = build_bolt_app(services)
    handler = SlackRequestHandler(bolt)
    gate = SlackGate(services.settings.slack_signing_secret or "")

    @app.post("/slack/events", include_in_schema=False)
    async def slack_events(request: Request) -> Response:
        raw = await request.body()  # cached: Bolt's adapter reads the same bytes
        try:
            gate.check(raw, request.headers)
        except SlackRequestError as refused:
            if refused.status == 200:
                return Response(status_code=200)
            body = json.dumps({"error": str(refused)})
            return Response(status_code=refused.status, content=body, media_type="application/json")
        try:
            return await handler.handle(request)
        except Exception as exc:  # noqa: BLE001 - Bolt could not route a request we let through
            log.error("Slack request refused: %s: %s", type(exc).__name__, exc)
            return Response(status_code=400, content=json.dumps({"error": "malformed Slack request"}),
                            media_type="application/json")

    app.state.bolt = bolt
