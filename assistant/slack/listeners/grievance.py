"""`/contract grievance` opens a form; its submission is drafted by the core and sent to the steward."""

from __future__ import annotations

import json
import logging
from datetime import date
from typing import Any

from slack_bolt import App

from assistant.errors import DomainError
from assistant.grievance.draft import draft_grievance
from assistant.grievance.models import DraftRequest
from assistant.slack.blocks import GRIEVANCE_CALLBACK, cut, escape, grievance_blocks, grievance_modal
from assistant.slack.service import APOLOGY, SlackService

log = logging.getLogger("contract_assistant.slack")


def open_form(service: SlackService, client: Any, trigger_id: str, channel: str | None) -> None:
    contract = service.contract_for(channel)
    snapshot = service.assistant.snapshot()
    name = snapshot.contracts[contract].name if contract in snapshot.contracts else None
    client.views_open(trigger_id=trigger_id, view=grievance_modal(channel, name))


def _value(values: dict[str, Any], block: str) -> Any:
    element = (values.get(block) or {}).get("value") or {}
    return element.get("selected_date") or element.get("value")


def register(app: App, service: SlackService) -> None:
    @app.view(GRIEVANCE_CALLBACK)
    def submitted(ack: Any, body: dict[str, Any], view: dict[str, Any], client: Any) -> None:
        values = (view.get("state") or {}).get("values") or {}
        description = str(_value(values, "description") or "").strip()
        incident, learned = _value(values, "incident"), _value(values, "learned")
        errors: dict[str, str] = {}
        if not description:
            errors["description"] = "Describe what happened."
        if incident and learned and learned < incident:
            errors["learned"] = "The grievant cannot have learned of it before it happened."
        if errors:
            ack(response_action="errors", errors=errors)
            return
        ack()  # the form closes; the draft follows as a direct message
        user = (body.get("user") or {}).get("id")
        try:
            channel = json.loads(view.get("private_metadata") or "{}").get("channel") or None
        except ValueError:
            channel = None
        try:
            request = DraftRequest(description=description, contract=service.contract_for(channel),
                                   incident_date=date.fromisoformat(incident) if incident else None,
                                   learned_date=date.fromisoformat(learned) if learned else None,
                                   grievant=_value(values, "grievant") or None)
            draft = draft_grievance(service.assistant, request)
            client.chat_postMessage(channel=user, text=cut(escape(draft.markdown), 3000, "…"),
                                    blocks=grievance_blocks(draft))
        except (DomainError, ValueError) as exc:
            client.chat_postMessage(channel=user, text=escape(f"Couldn't draft that grievance: {exc}"))
        except Exception as exc:  # noqa: BLE001 - the steward gets an apology; the log gets one line
            log.error("grievance draft failed: %s: %s", type(exc).__name__, exc)
            client.chat_postMessage(channel=user, text=APOLOGY)
