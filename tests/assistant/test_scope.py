"""Scope resolved once per question and handed to every layer; conversations bound to their caller
and bounded in size."""

from __future__ import annotations

import time

import pytest

from assistant import core
from assistant.api.schemas import AskRequest
from assistant.conversation import Conversations, Turn
from assistant.errors import ToolInputError, UnknownContract
from assistant.scope import ALL_DOCUMENTS, Scope, resolve_scope

SAMPLE = "csea-unit4-1999-2001"
UPE = "upe-dha-sdr-phase2-agreements"
GRIEVANCE = "How long do I have to file a grievance?"


def test_resolve_scope_explicit_wins_and_all_documents_is_a_choice(shared_assistant):
    snapshot = shared_assistant.snapshot()
    assert resolve_scope(snapshot, SAMPLE, (UPE,), "a") == Scope((SAMPLE,), "a")
    assert resolve_scope(snapshot, ALL_DOCUMENTS, (UPE,), "a") == Scope((), "a")
    assert resolve_scope(snapshot, None, (UPE,), "a") == Scope((UPE,), "a")
    assert resolve_scope(snapshot, None, None, "a").everything
    assert resolve_scope(snapshot, None, ("since-removed",)).everything  # a carried id no longer indexed
    with pytest.raises(UnknownContract, match="known ids"):
        resolve_scope(snapshot, "nope")
    assert Scope((SAMPLE, UPE)).chroma_filter() == {"contract": {"$in": [SAMPLE, UPE]}}
    assert Scope().chroma_filter() is None and Scope((UPE,)).contract == UPE


def test_an_explicit_scope_overrides_the_conversation(shared_assistant):
    scoped = shared_assistant.answer(GRIEVANCE, UPE, "conv", caller="u")
    assert all(c.contract == UPE for c in scoped.citations + scoped.see_also)
    # Unstated: the conversation keeps its document.
    kept = shared_assistant.answer(GRIEVANCE, None, "conv", caller="u")
    assert all(c.contract == UPE for c in kept.citations + kept.see_also)
    # "All documents" chosen explicitly: the old scope no longer applies.
    everything = shared_assistant.answer(GRIEVANCE, ALL_DOCUMENTS, "conv", caller="u")
    assert everything.citations[0].contract == SAMPLE and everything.citations[0].section == "6.7"
    assert shared_assistant.conversations.last("u", "conv").contracts == ()


def test_every_layer_receives_the_one_resolved_scope(shared_assistant, monkeypatch):
    seen: list[tuple[str, Scope]] = []

    def spy(name, function):
        def wrapper(*args, **kwargs):
            scope = args[2] if len(args) > 2 else kwargs.get("scope")
            seen.append((name, scope))
            return function(*args, **kwargs)
        return wrapper

    monkeypatch.setattr(core, "route", spy("route", core.route))
    monkeypatch.setattr(core, "search", spy("search", core.search))
    monkeypatch.setattr(core, "direct_references", spy("direct", core.direct_references))
    shared_assistant.answer("what does 8.2 say", SAMPLE, caller="someone")
    assert [name for name, _ in seen] == ["route", "direct", "search"]
    assert {scope for _, scope in seen} == {Scope((SAMPLE,), "someone")}


def test_tools_stay_inside_the_scope(shared_assistant):
    from assistant.calculators.tools import run_tool

    snapshot = shared_assistant.snapshot()
    with pytest.raises(ToolInputError, match="outside this question's documents"):
        run_tool(snapshot, "holidays", {"year": 2000, "contract": SAMPLE}, Scope((UPE,)))
    _, result = run_tool(snapshot, "holidays", {"year": 2000}, Scope((SAMPLE,)))
    assert result.citations and all(c.contract == SAMPLE for c in result.citations)


def test_conversations_belong_to_their_caller(shared_assistant):
    shared_assistant.answer("How much sick leave do full-time employees earn each month?", UPE, "shared-id", caller="alice")
    # Bob uses the same conversation id: he neither sees Alice's context nor inherits her scope.
    conversations = shared_assistant.conversations
    assert conversations.last("bob", "shared-id") is None
    bob = shared_assistant.answer(GRIEVANCE, None, "shared-id", caller="bob")
    assert bob.citations[0].contract == SAMPLE
    assert conversations.last("alice", "shared-id").contracts == (UPE,)
    assert conversations.last("bob", "shared-id").contracts == ()


def test_context_is_bounded_in_turns_and_characters():
    conversations = Conversations(turns=4, max_chars=300)
    question = "and what about the part-time employees on the night shift in the regional office?"
    search_text = "How much sick leave do full-time employees earn each month?"
    conversations.remember("u", "c", Turn("q", search_text, ()))
    timings = []
    for _ in range(400):
        started = time.perf_counter()
        last = conversations.last("u", "c")
        search_text = conversations.search_text(last, question)
        conversations.remember("u", "c", Turn(question, search_text, ()))
        timings.append(time.perf_counter() - started)
        assert len(search_text) <= 300 + 1 + len(question)
    assert len(conversations._data[("u", "c")][1]) == 4
    assert search_text.endswith(question) and not search_text.startswith(" ")
    # A question that is not a follow-up starts afresh.
    assert conversations.search_text(conversations.last("u", "c"), "How long do I have to file a grievance?") == GRIEVANCE
    assert Conversations(turns=4, max_chars=0).search_text(Turn("a", "b", ()), question) == question


def test_the_api_sends_all_documents_explicitly():
    assert AskRequest.model_validate({"question": "q", "contract": None}).requested_scope() == ALL_DOCUMENTS
    assert AskRequest.model_validate({"question": "q"}).requested_scope() is None
    assert AskRequest.model_validate({"question": "q", "contract": UPE}).requested_scope() == UPE
