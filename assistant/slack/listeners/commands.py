"""/contract QUESTION | section 6.7 | use CONTRACT_ID | help."""

from __future__ import annotations

from typing import Any

from slack_bolt import App

from assistant.errors import DomainError
from assistant.slack.blocks import section_blocks
from assistant.slack.listeners.answering import answer_payload, caller_of
from assistant.slack.service import APOLOGY, HELP, SlackService


def register(app: App, service: SlackService) -> None:
    @app.command("/contract")
    def contract_command(ack: Any, command: dict[str, Any], respond: Any, logger: Any) -> None:
        ack()  # within Slack's 3 seconds; the answer follows through response_url
        text = (command.get("text") or "").strip()
        channel = command.get("channel_id")
        word, _, rest = text.partition(" ")
        try:
            if not text or word.lower() == "help":
                respond(response_type="ephemeral", text=HELP)
            elif word.lower() == "section" and rest.strip():
                snapshot = service.assistant.snapshot()
                contract_id = service.contract_for(channel) or _default_contract(snapshot)
                section = snapshot.section(contract_id, rest.strip())
                respond(response_type="ephemeral", text=f"{section.id} {section.title}",
                        blocks=section_blocks(snapshot.contract(contract_id), section))
            elif word.lower() == "use" and rest.strip() and channel:
                contract = service.assistant.snapshot().contract(rest.strip())
                service.set_contract(channel, contract.id)
                respond(response_type="in_channel", text=f"This channel now gets answers from *{contract.name}* (`{contract.id}`).")
            else:
                caller = caller_of(command.get("team_id"), command.get("user_id"))
                respond(response_type="ephemeral", **answer_payload(service, text, channel, f"cmd:{channel}", caller))
        except DomainError as exc:
            respond(response_type="ephemeral", text=str(exc))
        except Exception:
            logger.exception("/contract failed")
            respond(response_type="ephemeral", text=APOLOGY)


def _default_contract(snapshot: Any) -> str:
    binding = sorted((c for c in snapshot.contracts.values() if c.kind == "contract"), key=lambda c: c.id)
    return (binding or sorted(snapshot.contracts.values(), key=lambda c: c.id))[0].id
