"""What the Slack listeners share: the core, the feedback store, channel → contract, dedup."""

from __future__ import annotations

import threading
from collections import OrderedDict

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
    "• `/contract use CONTRACT_ID` — set this channel's contract\n"
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
