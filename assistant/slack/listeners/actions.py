"""Buttons: show the full clause (ephemeral) and record helpful / not helpful."""

from __future__ import annotations

import json
import re
from typing import Any

from slack_bolt import App

from assistant.errors import DomainError
from assistant.slack.blocks import escape, section_blocks
from assistant.slack.listeners.answering import caller_of
from assistant.slack.service import SlackService


def register(app: App, service: SlackService) -> None:
    @app.action(re.compile(r"^full_clause_\d+$"))
    def full_clause(ack: Any, action: dict[str, Any], respond: Any) -> None:
        ack()
        try:
            target = json.loads(action["value"])
            snapshot = service.assistant.snapshot()
            section = snapshot.section(target["contract"], target["section"])
            respond(response_type="ephemeral", replace_original=False, text=escape(f"{section.id} {section.title}"),
                    blocks=section_blocks(snapshot.contract(target["contract"]), section, target.get("clause", "")))
        except (DomainError, ValueError, KeyError, TypeError) as exc:
            respond(response_type="ephemeral", replace_original=False, text=escape(f"Couldn't open that clause: {exc}"))

    @app.action(re.compile(r"^feedback_(helpful|not_helpful)$"))
    def feedback(ack: Any, action: dict[str, Any], body: dict[str, Any], respond: Any) -> None:
        ack()
        helpful = action["action_id"] == "feedback_helpful"
        try:
            user, team = _id(body.get("user")), _id(body.get("team"))
            rater = caller_of(team, user)
            service.store.add(str(action.get("value") or ""), helpful, source="slack", user_id=user, rater=rater)
            message = "Thanks — your feedback helps the union improve these answers."
        except DomainError as exc:
            message = escape(str(exc))
        respond(response_type="ephemeral", replace_original=False, text=message)


def _id(value: Any) -> str | None:
    """Slack sends users and teams as objects with an id (or, in places, as the bare id)."""
    if isinstance(value, dict):
        found = value.get("id")
        return found if isinstance(found, str) else None
    return value if isinstance(value, str) else None
