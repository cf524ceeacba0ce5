"""/contract QUESTION | section 6.7 | use CONTRACT_ID | help."""

from __future__ import annotations

from typing import Any

from slack_bolt import App

from assistant.errors import DomainError
from assistant.slack.blocks import escape, section_blocks
from assistant.slack.listeners.answering import answer_payload, caller_of
from assistant.slack.service import APOLOGY, HELP, SlackService


def register(app: App, service: SlackService) -> None:
    @app.command("/contract")
    def contract_command(ack: Any, command: dict[str, Any], respond: Any, logger: Any, client: Any) -> None:
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
                respond(response_type="ephemeral", text=escape(f"{section.id} {section.title}"),
                        blocks=section_blocks(snapshot.contract(contract_id), section))
            elif word.lower() == "use" and rest.strip() and channel:
                user, team = command.get("user_id"), command.get("team_id")
                if not service.may_change_channel(client, team, user):
                    respond(response_type="ephemeral", text=(
                        "Only workspace admins and the union's stewards can change which contract this channel "
                        "answers from. Ask one of them, or use `/contract QUESTION` as it is."))
                    return
                snapshot = service.assistant.snapshot()
                contract = snapshot.contract(rest.strip())
                previous = service.contract_for(channel)
                service.set_contract(channel, contract.id)
                before = snapshot.contracts[previous].name if previous in snapshot.contracts else "all documents"
                # Announced to the whole channel, naming who changed it.
                respond(response_type="in_channel", text=(
                    f"<@{user}> set this channel to answer from *{escape(contract.name)}* (`{escape(contract.id)}`); "
                    f"before, it answered from {escape(before)}."))
            else:
                caller = caller_of(command.get("team_id"), command.get("user_id"))
                respond(response_type="ephemeral", **answer_payload(service, text, channel, f"cmd:{channel}", caller))
        except DomainError as exc:
            respond(response_type="ephemeral", text=escape(str(exc)))
        except Exception as exc:  # noqa: BLE001 - the member gets an apology; the log gets one line
            logger.error("/contract failed: %s: %s", type(exc).__name__, exc)
            respond(response_type="ephemeral", text=APOLOGY)


def _default_contract(snapshot: Any) -> str:
    binding = sorted((c for c in snapshot.contracts.values() if c.kind == "contract"), key=lambda c: c.id)
    return (binding or sorted(snapshot.contracts.values(), key=lambda c: c.id))[0].id
