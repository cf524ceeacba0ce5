"""Follow-ups: a conversation id keeps the last turns, so 'what about part-timers?' is read
together with the question before it."""

from __future__ import annotations

import re
import threading
import time
from collections import OrderedDict, deque
from dataclasses import dataclass
from typing import Any

from assistant.text import tokens

FOLLOW_UP = re.compile(
    r"^\s*(what about|how about|and\b|and what|what if|same for|does (?:that|this|it)|is (?:that|this|it)|"
    r"do (?:they|those)|what for|for\b|also\b|ok(?:ay)?[,]? (?:and|what)|then\b)",
    re.IGNORECASE,
)
PRONOUNS = re.compile(r"\b(it|that|this|they|them|those|these)\b", re.IGNORECASE)
MAX_CONVERSATIONS = 10_000
IDLE_SECONDS = 6 * 3600


@dataclass(frozen=True)
class Turn:
    question: str
    search_text: str
    contract: str | None
    pending: Any = None  # a calculator question waiting for one fact (calculators.router.Pending)


def is_follow_up(question: str) -> bool:
    if FOLLOW_UP.match(question):
        return True
    return len(tokens(question)) <= 3 and bool(PRONOUNS.search(question))


class Conversations:
    """In-memory, bounded, thread-safe; conversations idle for hours are forgotten."""

    def __init__(self, turns: int):
        self.turns = turns
        self._lock = threading.Lock()
        self._data: OrderedDict[str, tuple[float, deque[Turn]]] = OrderedDict()

    def context(self, conversation_id: str | None, question: str) -> tuple[str, str | None]:
        """(text to search with, contract carried over) for this question."""
        if not conversation_id or not self.turns:
            return question, None
        with self._lock:
            entry = self._data.get(conversation_id)
            if entry is None or time.monotonic() - entry[0] > IDLE_SECONDS or not entry[1]:
                return question, None
            last = entry[1][-1]
        if is_follow_up(question):
            return f"{last.search_text} {question}", last.contract
        return question, last.contract

    def pending(self, conversation_id: str | None) -> Any:
        """The calculator question the last turn asked a fact for, if any."""
        if not conversation_id or not self.turns:
            return None
        with self._lock:
            entry = self._data.get(conversation_id)
            if entry is None or time.monotonic() - entry[0] > IDLE_SECONDS or not entry[1]:
                return None
            return entry[1][-1].pending

    def remember(self, conversation_id: str | None, turn: Turn) -> None:
        if not conversation_id or not self.turns:
            return
        with self._lock:
            _, turns = self._data.pop(conversation_id, (0.0, deque(maxlen=self.turns)))
            turns.append(turn)
            self._data[conversation_id] = (time.monotonic(), turns)
            while len(self._data) > MAX_CONVERSATIONS:
                self._data.popitem(last=False)
