"""The one core every front end calls: question (+ contract, conversation) → Answer."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterator
from typing import Any

from assistant.calculators.router import route
from assistant.conversation import Conversations, Turn
from assistant.errors import BadQuestion
from assistant.extractive import extractive_answer
from assistant.retrieval import Query, direct_references, expand, search
from assistant.schema import Answer
from assistant.scope import Scope, resolve_scope
from assistant.settings import Settings
from assistant.snapshot import Snapshot, SnapshotHolder
from assistant.text import tokens

log = logging.getLogger("contract_assistant")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def clean_question(question: Any, limit: int) -> str:
    """Refuse what cannot be a question, with a message that says how to fix it."""
    if isinstance(question, bytes):
        try:
            question = question.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise BadQuestion("The question is not valid UTF-8 text; send plain text.") from exc
    if not isinstance(question, str):
        raise BadQuestion("The question must be text.")
    # A lone surrogate (JSON allows "\ud800") is no character at all; it cannot be encoded for the tokenizer.
    text = _SURROGATE.sub("\ufffd", question).strip()
    if not text:
        raise BadQuestion("The question is empty; type what you want to know about the contract.")
    if len(text) > limit:
        raise BadQuestion(f"The question is {len(text):,} characters; the limit is {limit:,}. Please shorten it.")
    if len(_CONTROL.findall(text)) > max(2, len(text) // 50):
        raise BadQuestion("The question looks like binary data, not text; send plain text.")
    return _CONTROL.sub(" ", text)


class Assistant:
    """The one core every front end calls: ``answer()`` (and ``stream()``). Holds what answering
    needs: the index snapshot, conversations, an optional chat model."""

    def __init__(self, settings: Settings, chat_model: Any | None = None):
        self.settings = settings
        self.snapshots = SnapshotHolder(settings)
        self.conversations = Conversations(settings.conversation_turns, settings.conversation_max_chars)
        self._chat_model = chat_model

    @property
    def chat_model(self) -> Any | None:
        if self._chat_model is None and self.settings.llm:
            from assistant.llm import make_chat_model

            self._chat_model = make_chat_model(self.settings.llm, self.settings.llm_base_url)
        return self._chat_model

    def snapshot(self) -> Snapshot:
        return self.snapshots.get()

    def stream(self, question: Any, contract: str | None = None, conversation_id: str | None = None, *,
               caller: str = "") -> Iterator[tuple[str, Any]]:
        """('token', text) events while a generative model writes, then ('answer', Answer).
        Without a generative model there is one event: the answer."""
        if self.chat_model is None:
            yield "answer", self.answer(question, contract, conversation_id, caller=caller)
            return
        from assistant.generative import generative_stream

        started = time.perf_counter()
        text, snapshot, search_text, scope = self._prepare(question, contract, conversation_id, caller)
        routed = route(text, snapshot, scope)
        if routed is not None:
            yield "answer", self._finish(routed, text, search_text, scope, conversation_id, started)
            return
        query = expand(search_text)
        hits = search(snapshot, query, scope, k=12)
        for kind, value in generative_stream(self.chat_model, snapshot, query, hits, self.settings.abstain_threshold, scope):
            if kind == "answer":
                value = self._finish(value, text, search_text, scope, conversation_id, started)
            yield kind, value

    def _prepare(self, question: Any, contract: str | None, conversation_id: str | None,
                 caller: str) -> tuple[str, Snapshot, str, Scope]:
        """The one place a request's scope is decided; every layer below receives it."""
        text = clean_question(question, self.settings.max_question_chars)
        snapshot = self.snapshot()
        last = self.conversations.last(caller, conversation_id)
        scope = resolve_scope(snapshot, contract, last.contracts if last else None, namespace=caller)
        return text, snapshot, self.conversations.search_text(last, text), scope

    def _finish(self, result: Answer, text: str, search_text: str, scope: Scope,
                conversation_id: str | None, started: float) -> Answer:
        result.conversation_id = conversation_id
        self.conversations.remember(scope.namespace, conversation_id, Turn(text, search_text, scope.contracts))
        self._log(text, result, time.perf_counter() - started)
        return result

    def answer(
        self,
        question: Any,
        contract: str | None = None,
        conversation_id: str | None = None,
        *,
        caller: str = "",
        mode: str = "full",
    ) -> Answer:
        """``contract``: a document id or ``ALL_DOCUMENTS`` (an explicit choice, which always wins),
        or None (the conversation's scope, else all documents). ``caller``: the namespace the
        conversation belongs to (front ends pass who is asking)."""
        started = time.perf_counter()
        text, snapshot, search_text, scope = self._prepare(question, contract, conversation_id, caller)
        result = self._answer(snapshot, text, search_text, scope, mode)
        return self._finish(result, text, search_text, scope, conversation_id, started)

    def _answer(self, snapshot: Snapshot, text: str, search_text: str, scope: Scope, mode: str) -> Answer:
        if mode == "full":
            routed = route(text, snapshot, scope)
            if routed is not None:
                return routed
        direct = direct_references(text, snapshot, scope) if mode == "full" else []
        # The plain configurations (compared by the evaluation harness) search with the question as asked.
        query = expand(search_text) if mode == "full" else Query(search_text, tokens(search_text))
        retrieval_mode = "hybrid" if mode == "full" else mode
        hits = search(snapshot, query, scope, k=12, mode=retrieval_mode)
        if mode == "full" and self.chat_model is not None:
            from assistant.generative import generative_answer

            return generative_answer(self.chat_model, snapshot, query, hits, self.settings.abstain_threshold, scope)
        return extractive_answer(snapshot, query, hits, self.settings.abstain_threshold, direct)

    def _log(self, question: str, result: Answer, seconds: float) -> None:
        sections = [f"{c.contract}:{c.section}" for c in result.citations]
        if self.settings.log_full_text:
            log.info("answered in %.0f ms q=%r a=%r cites=%s", seconds * 1000, question, result.answer, sections)
        else:
            log.info("answered in %.0f ms (%d chars) abstained=%s cites=%s", seconds * 1000, len(question),
                     result.abstained, sections)

