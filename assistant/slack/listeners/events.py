"""Mentions in channels, direct messages, and replies in the bot's threads."""

from __future__ import annotations

import re
from typing import Any

from slack_bolt import App, BoltResponse

from assistant.slack.listeners.answering import answer_payload, caller_of
from assistant.slack.service import APOLOGY, SlackService

MENTION = re.compile(r"<@[A-Z0-9]+>")
IGNORED_SUBTYPES = frozenset({"bot_message", "message_changed", "message_deleted", "channel_join", "channel_leave"})


def _ignored(event: dict[str, Any]) -> bool:
    subtype = event.get("subtype")
    return bool(event.get("bot_id") or (isinstance(subtype, str) and subtype in IGNORED_SUBTYPES))


def _reply(service: SlackService, event: dict[str, Any], client: Any, logger: Any, thread_ts: str | None,
           team: str | None) -> None:
    question = MENTION.sub("", str(event.get("text") or "")).strip()
    channel = event.get("channel")
    if not isinstance(channel, str) or not channel:
        return  # nowhere to answer
    conversation = f"{channel}:{thread_ts or channel}"
    try:
        payload = answer_payload(service, question, channel, conversation, caller_of(team, event.get("user")))
    except Exception as exc:  # noqa: BLE001 - the member gets an apology; the log gets one line
        logger.error("failed to answer a Slack question: %s: %s", type(exc).__name__, exc)
        payload = {"text": APOLOGY}
    client.chat_postMessage(channel=channel, thread_ts=thread_ts, **payload)
    if thread_ts:
        service.threads.add(f"{channel}:{thread_ts}")


def register(app: App, service: SlackService) -> None:
    @app.middleware
    def drop_retries(body: dict[str, Any], next: Any) -> Any:
        """Slack re-sends an event it thinks timed out (X-Slack-Retry-Num); answer each event once."""
        event_id = body.get("event_id") if isinstance(body, dict) else None
        if isinstance(event_id, str) and event_id and not service.events.add(event_id):
            return BoltResponse(status=200, body="")
        return next()

    @app.event("app_mention")
    def on_mention(event: dict[str, Any], client: Any, logger: Any, context: Any) -> None:
        if _ignored(event):
            return
        _reply(service, event, client, logger, event.get("thread_ts") or event.get("ts"), context.team_id)

    @app.event("message")
    def on_message(event: dict[str, Any], client: Any, logger: Any, context: Any) -> None:
        if _ignored(event):
            return
        text = str(event.get("text") or "")
        if context.bot_user_id and f"<@{context.bot_user_id}>" in text:
            return  # the app_mention listener answers it
        if event.get("channel_type") == "im":
            _reply(service, event, client, logger, event.get("thread_ts"), context.team_id)
        elif event.get("thread_ts") and f"{event.get('channel')}:{event['thread_ts']}" in service.threads:
            _reply(service, event, client, logger, event["thread_ts"], context.team_id)
