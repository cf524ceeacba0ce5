"""The one core every front end calls: question (+ contract, conversation) → Answer."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Any

from assistant.amendments import with_amendments
from assistant.calculators.router import route, time_limit_answer
from assistant.conversation import Conversations, Turn
from assistant.errors import BadQuestion
from assistant.extractive import Evidence, extractive_answer, gather, missing_reference_answer
from assistant.outcome import OutcomeModel, load_outcome_model
from assistant.ranking import load_ranking
from assistant.retrieval import Hit, Query, direct_references, expand, search, unmatched_references
from assistant.safety import without_instructions
from assistant.schema import Answer
from assistant.scope import Scope, resolve_scope
from assistant.second_part import SECOND_ASK, with_second_part
from assistant.section_ranking import SectionRanker, load_section_ranker
from assistant.settings import Settings
from assistant.snapshot import Snapshot, SnapshotHolder
from assistant.spelling import Correction
from assistant.text import normalize_text, tokens
from assistant.versions import leading_date, version_notes

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


@dataclass
class Prepared:
    """A question made ready once, where answering is entered: cleaned, normalised, spelled."""

    text: str  # as the member wrote it (cleaned and normalised): what is remembered and logged
    search_text: str  # spelling-corrected, with a follow-up's previous question
    scope: Scope  # decided once, here; every layer below receives it
    snapshot: Snapshot
    corrections: list[Correction]
    today: date | None = None  # the day it is asked (None: the clock's)


class Assistant:
    """The one core every front end calls: ``answer()`` (and ``stream()``). Holds what answering
    needs: the index snapshot, conversations, the ranking configuration and outcome model, an
    optional chat model, and the clock that says what day it is for calculator questions ("two
    weeks ago", a date without a year, days left) — replaceable, and overridden per question by
    ``today`` so a question can be answered as if asked on a given day."""

    def __init__(self, settings: Settings, chat_model: Any | None = None, clock: Callable[[], date] | None = None):
        self.settings = settings
        self.snapshots = SnapshotHolder(settings)
        self.conversations = Conversations(settings.conversation_turns, settings.conversation_max_chars)
        self.ranking = load_ranking(settings.ranking_config)
        self._chat_model = chat_model
        self.clock: Callable[[], date] = clock or date.today

    @cached_property
    def outcome_model(self) -> OutcomeModel:
        return load_outcome_model(self.settings.outcome_model)

    @cached_property
    def section_ranker(self) -> SectionRanker:
        return load_section_ranker(self.settings.section_model)

    def retrieve(self, snapshot: Snapshot, query: Query, scope: Scope, mode: str = "hybrid", learned: bool = True,
                 k: int = 12) -> list[Hit]:
        """The chunks an answer weighs, their sections ordered by the learned section ranker (the
        plain retrieval modes the evaluation compares, and the ranker's own fitting, keep fusion's)."""
        hits = search(snapshot, query, scope, k=k, mode=mode, config=self.ranking.retrieval)
        return self.section_ranker.rank(snapshot, query, hits) if learned and mode == "hybrid" else hits

    @property
    def chat_model(self) -> Any | None:
        if self._chat_model is None and self.settings.llm:
            from assistant.llm import make_chat_model

            self._chat_model = make_chat_model(self.settings.llm, self.settings.llm_base_url)
        return self._chat_model

    def snapshot(self) -> Snapshot:
        return self.snapshots.get()

    def query(self, prepared: Prepared) -> Query:
        glossary = prepared.snapshot.glossary(prepared.scope.contracts)
        return expand(prepared.search_text, glossary, self.ranking.retrieval.expansion_weight)

    def stream(self, question: Any, contract: str | None = None, conversation_id: str | None = None, *,
               caller: str = "", as_of: date | None = None, today: date | None = None) -> Iterator[tuple[str, Any]]:
        """('token', text) events while a generative model writes, then ('answer', Answer).
        Without a generative model there is one event: the answer."""
        if self.chat_model is None:
            yield "answer", self.answer(question, contract, conversation_id, caller=caller, as_of=as_of, today=today)
            return
        from assistant.generative import generative_stream

        started = time.perf_counter()
        prepared = self._prepare(question, contract, conversation_id, caller, as_of, today)
        routed = self._route(prepared, conversation_id, today)
        if routed is not None:
            answer, pending = routed
            yield "answer", self._finish(answer, prepared, conversation_id, started, pending)
            return
        query = self.query(prepared)
        hits = self.retrieve(prepared.snapshot, query, prepared.scope)
        for kind, value in generative_stream(self.chat_model, prepared.snapshot, query, hits, self.outcome_model,
                                             self.ranking.answer, prepared.scope):
            if kind == "answer":
                value = self._finish(value, prepared, conversation_id, started)
            yield kind, value

    def _prepare(self, question: Any, contract: str | None, conversation_id: str | None, caller: str = "",
                 as_of: date | None = None, today: date | None = None, limit: int | None = None) -> Prepared:
        """The one place a request is made ready and its scope decided; every layer below receives it.
        The date whose terms apply is the one asked for, else the one the question begins with
        ("On March 1, 2021, …")."""
        text = normalize_text(clean_question(question, limit or self.settings.max_question_chars))
        if not text:
            raise BadQuestion("The question is empty; type what you want to know about the contract.")
        snapshot = self.snapshot()
        last = self.conversations.last(caller, conversation_id)
        as_of = as_of or leading_date(text)
        scope = resolve_scope(snapshot, contract, last.contracts if last else None, namespace=caller, as_of=as_of,
                              today=today)
        corrected, corrections = snapshot.speller.correct(without_instructions(text))
        return Prepared(text, self.conversations.search_text(last, corrected), scope, snapshot, corrections, today)

    def _versions_and_amendments(self, result: Answer, prepared: Prepared) -> Answer:
        """What a steward must know before quoting: an amending letter first, and whether the
        agreement quoted was in force on the date asked about (or today)."""
        snapshot, scope = prepared.snapshot, prepared.scope
        if result.outcome == "answered":
            result = with_amendments(snapshot, result)
        cited = [c.contract for c in result.citations + result.closest]
        day = scope.as_of or prepared.today or self.clock()
        notes = version_notes(snapshot.contracts, cited, day, scope.as_of, scope.asked_for)
        result.as_of = scope.as_of.isoformat() if scope.as_of else None
        for note in notes:
            if note not in result.notes:
                result.notes.append(note)
                result.answer = f"{result.answer}\n_{note}_"
        return result

    def _route(self, prepared: Prepared, conversation_id: str | None, today: date | None) -> tuple[Answer, Any] | None:
        """A calculator's answer (and the question it still waits on, if it asked for a fact), or None."""
        last = self.conversations.last(prepared.scope.namespace, conversation_id)
        return route(prepared.search_text, prepared.snapshot, prepared.scope, today or self.clock(),
                     last.pending if last else None)

    def _finish(self, result: Answer, prepared: Prepared, conversation_id: str | None, started: float,
                pending: Any = None) -> Answer:
        result = self._versions_and_amendments(result, prepared)
        result.conversation_id = conversation_id
        if prepared.corrections:  # say how a misspelling was read, so a wrong guess is visible
            read = ", ".join(f"“{c.original}” as “{c.corrected}”" for c in prepared.corrections)
            result.notes.append(f"Read {read}.")
            result.answer = f"{result.answer}\n_Read {read}._"
        self.conversations.remember(prepared.scope.namespace, conversation_id,
                                    Turn(prepared.text, prepared.search_text, prepared.scope.contracts, pending))
        self._log(prepared.text, result, time.perf_counter() - started)
        return result

    def answer(
        self,
        question: Any,
        contract: str | None = None,
        conversation_id: str | None = None,
        *,
        caller: str = "",
        mode: str = "full",
        today: date | None = None,
        as_of: date | None = None,
    ) -> Answer:
        """``contract``: a document id or ``ALL_DOCUMENTS`` (an explicit choice, which always wins),
        or None (the conversation's scope, else all documents). ``caller``: the namespace the
        conversation belongs to (front ends pass who is asking). ``today``: the day the question is
        asked (default: the clock's), for calculators that read 'March 3' or 'two weeks ago'; the
        evaluation replays questions on their own day. ``as_of``: the date whose contract terms apply
        (the version of an agreement in force then); default: the date the question begins with, if any."""
        started = time.perf_counter()
        prepared = self._prepare(question, contract, conversation_id, caller, as_of, today)
        if mode == "full":
            routed = self._route(prepared, conversation_id, today)
            if routed is not None:
                answer, pending = routed
                # A two-part message keeps its second part even when the calculator must first ask for a
                # figure ("is my language pay counted in the disability benefit, and what share of pay does it give?").
                if answer.tool is not None and SECOND_ASK.search(prepared.search_text):
                    answer = with_second_part(answer, self._answer(prepared, mode))
                return self._finish(answer, prepared, conversation_id, started, pending)
        result = self._answer(prepared, mode)
        return self._finish(result, prepared, conversation_id, started)

    def _answer(self, prepared: Prepared, mode: str) -> Answer:
        snapshot, scope = prepared.snapshot, prepared.scope
        # The plain configurations (compared by the evaluation harness) search with the question as asked.
        query = self.query(prepared) if mode == "full" else Query(prepared.text, tokens(prepared.text))
        retrieval_mode = "hybrid" if mode == "full" else mode
        hits = self.retrieve(snapshot, query, scope, retrieval_mode, learned=mode == "full")
        relevance = tuple(dict.fromkeys(h.chunk.contract for h in hits))
        direct = direct_references(prepared.search_text, snapshot, scope, relevance) if mode == "full" else []
        if mode == "full" and self.chat_model is not None:
            from assistant.generative import generative_answer

            return generative_answer(self.chat_model, snapshot, query, hits, self.outcome_model, self.ranking.answer,
                                     scope)
        result = extractive_answer(snapshot, query, hits, self.outcome_model, self.ranking.answer, direct)
        if mode == "full":  # a dated 'by when?' whose quoted clause states the time limit (named or found)
            counted = time_limit_answer(prepared.search_text, snapshot, result, prepared.today or self.clock(), scope)
            if counted is not None:
                result = counted
        if mode == "full" and not direct:
            missing = unmatched_references(prepared.search_text, snapshot, scope)
            if missing:
                names = [c.name for c in snapshot.contracts.values() if scope.allows(c.id)]
                result = missing_reference_answer(result, query, missing, names)
        return result

    def search(self, text: Any, contract: str | None = None, k: int = 10) -> tuple[Snapshot, list[Hit]]:
        """A steward's search: the same checks, spelling and vocabulary as a question, ranked chunks
        instead of an answer (the snapshot is returned so the caller cites from the same build)."""
        prepared = self._prepare(text, contract, None)
        hits = search(prepared.snapshot, self.query(prepared), prepared.scope, k=k, config=self.ranking.retrieval)
        return prepared.snapshot, hits

    def clauses_for(self, description: Any, contract: str | None = None, as_of: date | None = None,
                    today: date | None = None) -> tuple[Prepared, Query, Evidence | None]:
        """The clauses a steward's description of an incident points to, found and weighed as a
        question's are (spelling, the contract's vocabulary, retrieval, clause picking, the outcome
        model's features), without the calculators or look-ups a question may trigger."""
        prepared = self._prepare(description, contract, None, as_of=as_of, today=today,
                                 limit=self.settings.max_description_chars)
        query = self.query(prepared)
        hits = self.retrieve(prepared.snapshot, query, prepared.scope)
        return prepared, query, gather(prepared.snapshot, query, hits, self.ranking.answer) if hits else None

    def retrieval_for(self, question: str, contract: str | None = None,
                      learned: bool = True) -> tuple[Snapshot, Query, list[Hit]] | None:
        """What the extractive answerer would search with and find (None for calculator questions
        and direct look-ups, which it never sees). The section ranker is fitted on this with
        `learned=False` (learned/fit_sections.py)."""
        prepared = self._prepare(question, contract, None)
        if route(prepared.search_text, prepared.snapshot, prepared.scope, self.clock()) is not None:
            return None
        if direct_references(prepared.search_text, prepared.snapshot, prepared.scope):
            return None
        query = self.query(prepared)
        return prepared.snapshot, query, self.retrieve(prepared.snapshot, query, prepared.scope, learned=learned)

    def evidence(self, question: str, contract: str | None = None) -> Evidence | None:
        """What the extractive answerer would weigh for this question, before the outcome model
        decides. The outcome model is fitted on this (learned/fit_outcome.py)."""
        found = self.retrieval_for(question, contract)
        if found is None or not found[2]:
            return None
        snapshot, query, hits = found
        return gather(snapshot, query, hits, self.ranking.answer)

    def _log(self, question: str, result: Answer, seconds: float) -> None:
        sections = [f"{c.contract}:{c.section}" for c in result.citations]
        if self.settings.log_full_text:
            log.info("answered in %.0f ms q=%r a=%r cites=%s", seconds * 1000, question, result.answer, sections)
        else:
            log.info("answered in %.0f ms (%d chars) abstained=%s cites=%s", seconds * 1000, len(question),
                     result.abstained, sections)

