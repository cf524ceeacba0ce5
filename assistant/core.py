"""The one core every front end calls: question (+ contract, conversation) → Answer."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

from assistant.calculators.router import route
from assistant.conversation import Conversations, Turn
from assistant.errors import BadQuestion
from assistant.extractive import extractive_answer
from assistant.retrieval import Query, direct_references, expand, search
from assistant.schema import Answer
from assistant.settings import Settings
from assistant.snapshot import Snapshot, SnapshotHolder
from assistant.text import tokens

log = logging.getLogger("contract_assistant")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")


def clean_question(question: Any, limit: int) -> str:
    """Refuse what cannot be a question, with a message that says how to fix it."""
    if isinstance(question, bytes):
        try:
            question = question.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise BadQuestion("The question is not valid UTF-8 text; send plain text.") from exc
    if not isinstance(question, str):
        raise BadQuestion("The question must be text.")
    text = question.strip()
    if not text:
        raise BadQuestion("The question is empty; type what you want to know about the contract.")
    if len(text) > limit:
        raise BadQuestion(f"The question is {len(text):,} characters; the limit is {limit:,}. Please shorten it.")
    if len(_CONTROL.findall(text)) > max(2, len(text) // 50):
        raise BadQuestion("The question looks like binary data, not text; send plain text.")
    return _CONTROL.sub(" ", text)


class Assistant:
    """The one core every front end calls: ``answer()`` (and ``stream()``). Holds what answering
    needs: the index snapshot, conversations, an optional chat model, and the clock that says what
    "today" is for calculator questions ("two weeks ago", a date without a year, days left) —
    replaceable, and overridable per question with ``asked_on``, so a question can be answered as
    if asked on a given day."""

    def __init__(self, settings: Settings, chat_model: Any | None = None, clock: Callable[[], date] | None = None):
        self.settings = settings
        self.snapshots = SnapshotHolder(settings)
        self.conversations = Conversations(settings.conversation_turns)
        self._chat_model = chat_model
        self.clock: Callable[[], date] = clock or date.today

    @property
    def chat_model(self) -> Any | None:
        if self._chat_model is None and self.settings.llm:
            from assistant.llm import make_chat_model

            self._chat_model = make_chat_model(self.settings.llm, self.settings.llm_base_url)
        return self._chat_model

    def snapshot(self) -> Snapshot:
        return self.snapshots.get()

    def stream(self, question: Any, contract: str | None = None, conversation_id: str | None = None,
               *, asked_on: date | None = None) -> Iterator[tuple[str, Any]]:
        """('token', text) events while a generative model writes, then ('answer', Answer).
        Without a generative model there is one event: the answer."""
        if self.chat_model is None:
            yield "answer", self.answer(question, contract, conversation_id, asked_on=asked_on)
            return
        from assistant.generative import generative_stream

        started = time.perf_counter()
        text, snapshot, search_text, contract = self._prepare(question, contract, conversation_id)
        routed = route(text, snapshot, contract, asked_on or self.clock(), self.conversations.pending(conversation_id))
        if routed is not None:
            answer, pending = routed
            yield "answer", self._finish(answer, text, search_text, contract, conversation_id, started, pending)
            return
        query = expand(search_text)
        hits = search(snapshot, query, contract, k=12)
        for kind, value in generative_stream(self.chat_model, snapshot, query, hits, self.settings.abstain_threshold, contract):
            if kind == "answer":
                value = self._finish(value, text, search_text, contract, conversation_id, started)
            yield kind, value

    def _prepare(self, question: Any, contract: str | None, conversation_id: str | None) -> tuple[str, Snapshot, str, str | None]:
        text = clean_question(question, self.settings.max_question_chars)
        snapshot = self.snapshot()
        if contract:
            snapshot.contract(contract)
        search_text, carried = self.conversations.context(conversation_id, text)
        return text, snapshot, search_text, contract or carried

    def _finish(self, result: Answer, text: str, search_text: str, contract: str | None,
                conversation_id: str | None, started: float, pending: Any = None) -> Answer:
        result.conversation_id = conversation_id
        self.conversations.remember(conversation_id, Turn(text, search_text, contract, pending))
        self._log(text, result, time.perf_counter() - started)
        return result

    def answer(
        self,
        question: Any,
        contract: str | None = None,
        conversation_id: str | None = None,
        *,
        mode: str = "full",
        asked_on: date | None = None,
    ) -> Answer:
        """`asked_on`: the day the question is asked, for calculators (default: the Assistant's clock)."""
        started = time.perf_counter()
        text, snapshot, search_text, contract = self._prepare(question, contract, conversation_id)
        pending = None
        if mode == "full":
            routed = route(text, snapshot, contract, asked_on or self.clock(), self.conversations.pending(conversation_id))
            if routed is not None:
                result, pending = routed
                return self._finish(result, text, search_text, contract, conversation_id, started, pending)
        result = self._answer(snapshot, text, search_text, contract, mode)
        return self._finish(result, text, search_text, contract, conversation_id, started)

    def _answer(self, snapshot: Snapshot, text: str, search_text: str, contract: str | None, mode: str) -> Answer:
        direct = direct_references(text, snapshot, contract) if mode == "full" else []
        # The plain configurations (compared by the evaluation harness) search with the question as asked.
        query = expand(search_text) if mode == "full" else Query(search_text, tokens(search_text))
        retrieval_mode = "hybrid" if mode == "full" else mode
        hits = search(snapshot, query, contract, k=12, mode=retrieval_mode)
        if mode == "full" and self.chat_model is not None:
            from assistant.generative import generative_answer

            return generative_answer(self.chat_model, snapshot, query, hits, self.settings.abstain_threshold, contract)
        return extractive_answer(snapshot, query, hits, self.settings.abstain_threshold, direct)

    def _log(self, question: str, result: Answer, seconds: float) -> None:
        sections = [f"{c.contract}:{c.section}" for c in result.citations]
        if self.settings.log_full_text:
            log.info("answered in %.0f ms q=%r a=%r cites=%s", seconds * 1000, question, result.answer, sections)
        else:
            log.info("answered in %.0f ms (%d chars) abstained=%s cites=%s", seconds * 1000, len(question),
                     result.abstained, sections)

