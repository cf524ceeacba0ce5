"""Answer a question and post it where it was asked; the one place Slack calls the core."""

from __future__ import annotations

import logging
from typing import Any

from assistant.errors import BadQuestion, DomainError, UnknownContract
from assistant.slack.blocks import answer_blocks, escape, fallback_text
from assistant.slack.service import APOLOGY, SlackService


def caller_of(team: str | None, user: str | None) -> str:
    """Slack conversations belong to one workspace member: an HTTP caller cannot reach them."""
    return f"slack:{team or '-'}:{user or '-'}"


def answer_payload(service: SlackService, question: str, channel: str | None, conversation: str | None,
                   caller: str) -> dict[str, Any]:
    """Blocks and text for a question; domain errors become a short message, never an exception."""
    try:
        contract = service.contract_for(channel)
        result = service.assistant.answer(question, contract, conversation, caller=caller)
    except (BadQuestion, UnknownContract) as exc:
        return {"text": escape(str(exc))}
    except DomainError as exc:
        logging.getLogger("contract_assistant.slack").warning("could not answer: %s", exc)
        return {"text": APOLOGY}
    answer_id = service.store.remember(question, contract, result)
    return {"text": fallback_text(result), "blocks": answer_blocks(result, answer_id)}
