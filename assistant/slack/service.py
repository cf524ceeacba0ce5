"""What the Slack listeners share: the core, the feedback store, channel → contract, dedup."""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from typing import Any

from assistant.core import Assistant
from assistant.feedback import FeedbackStore
from assistant.services import Services

APOLOGY = "Sorry — I couldn't answer that just now. Please try again in a minute, or ask your steward."
HELP = (
    "*Contract Assistant* answers from your contract, quoting it with article, section and page.\n"
    "• Mention me in a channel: `@Contract Assistant how long do I have to file a grievance?`\n"
    "• Or send me a direct message. Reply in my thread to ask a follow-up.\n"
    "• `/contract QUESTION` — ask privately\n"
    "• `/contract section 6.7` — show a section\n"
    "• `/contract use CONTRACT_ID` — set this channel's contract (workspace admins and stewards)\n"
    "• `/contract help` — this message\n"
    "I'm not a lawyer: for anything that matters, talk to your steward."
)


class Seen:
    """A bounded set of ids (events, threads) for de-duplication."""

    def __init__(self, size: int = 10_000):
        self._lock = threading.Lock()
        self._items: OrderedDict[str, None] = OrderedDict()
        self.size = size

    def add(self, key: str) -> bool:
        """True the first time a key is added."""
        with self._lock:
            if key in self._items:
                return False
            self._items[key] = None
            while len(self._items) > self.size:
                self._items.popitem(last=False)
            return True

    def __contains__(self, key: str) -> bool:
        with self._lock:
            return key in self._items


class SlackService:
    """The services Slack's listeners use, plus Slack's own de-duplication state."""

    def __init__(self, services: Services):
        self.services = services
        self.settings = services.settings
        self.events = Seen()
        self.threads = Seen()

    @property
    def assistant(self) -> Assistant:
        """Built on first use, so the index is loaded by the first question, not at start-up."""
        return self.services.assistant

    @property
    def store(self) -> FeedbackStore:
        return self.services.feedback

    def contract_for(self, channel: str | None) -> str | None:
        return self.services.channels.get(channel)

    def set_contract(self, channel: str, contract: str) -> None:
        self.services.channels.set(channel, contract)

    def may_change_channel(self, client: Any, team: str | None, user: str | None) -> bool:
        """Workspace admins and owners, and the stewards the settings name, may change which
        contract a channel answers from; other members may not."""
        if not user:
            return False
        stewards = self.settings.steward_ids
        if user in stewards or (team and f"{team}:{user}" in stewards):
            return True
        try:
            info = client.users_info(user=user).get("user") or {}
        except Exception as exc:  # noqa: BLE001 - unknown means no: the change is refused, not crashed
            logging.getLogger("contract_assistant.slack").warning(
                "could not check whether %s is a workspace admin (%s: %s); add users:read to the app's scopes "
                "or list stewards in CONTRACT_ASSISTANT_SLACK_STEWARDS", user, type(exc).__name__, exc)
            return False
        return bool(info.get("is_admin") or info.get("is_owner") or info.get("is_primary_owner"))
