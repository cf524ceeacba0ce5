"""Follow-ups: a conversation id keeps the last turns, so 'what about part-timers?' is read
together with the question before it.

Conversations belong to their caller: each is stored under the caller's namespace (an API
key's hash or client address, a Slack team and user), so no caller can read or continue
another's by guessing or reusing its id. What a follow-up carries is bounded in turns and in
characters, so a long conversation costs no more per answer than a short one.
"""

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
    contracts: tuple[str, ...]  # the scope the turn was answered in; empty: all documents
    pending: Any = None  # a calculator question waiting for one fact (calculators.router.Pending)


def is_follow_up(question: str) -> bool:
    if FOLLOW_UP.match(question):
        return True
    return len(tokens(question)) <= 3 and bool(PRONOUNS.search(question))


def tail(text: str, limit: int) -> str:
    """The last ``limit`` characters of ``text``, starting at a whole word."""
    if len(text) <= limit:
        return text
    cut = text[-limit:]
    return cut.split(None, 1)[1] if " " in cut.strip() else ""


class Conversations:
    """In-memory, bounded, thread-safe; conversations idle for hours are forgotten."""

    def __init__(self, turns: int, max_chars: int = 1000):
        self.turns = turns
        self.max_chars = max_chars
        self._lock = threading.Lock()
        self._data: OrderedDict[tuple[str, str], tuple[float, deque[Turn]]] = OrderedDict()

    def last(self, namespace: str, conversation_id: str | None) -> Turn | None:
        """The caller's previous turn in this conversation, if any (never another caller's)."""
        if not conversation_id or not self.turns:
            return None
        with self._lock:
            entry = self._data.get((namespace, conversation_id))
            if entry is None or time.monotonic() - entry[0] > IDLE_SECONDS or not entry[1]:
                return None
            return entry[1][-1]

    def search_text(self, last: Turn | None, question: str) -> str:
        """A follow-up is searched together with what came before it, at most ``max_chars`` of it."""
        if last is None or not is_follow_up(question) or not self.max_chars:
            return question
        earlier = tail(last.search_text, self.max_chars)
        return f"{earlier} {question}" if earlier else question

    def remember(self, namespace: str, conversation_id: str | None, turn: Turn) -> None:
        if not conversation_id or not self.turns:
            return
        key = (namespace, conversation_id)
        with self._lock:
            _, turns = self._data.pop(key, (0.0, deque(maxlen=self.turns)))
            turns.append(turn)
            self._data[key] = (time.monotonic(), turns)
            while len(self._data) > MAX_CONVERSATIONS:
                self._data.popitem(last=False)
