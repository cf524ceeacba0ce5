"""The optional generative answerer, and the verifier that keeps it honest.

The model sees numbered clauses and must cite them with [n] markers. Every marker must exist,
and every quoted phrase must occur in a clause the sentence cites; a sentence that fails is
removed and the answer is flagged. Instructions hidden in documents or questions cannot add a
citation the verifier will accept, because citations are checked against the clause text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from typing import Any

from langchain_core.messages import HumanMessage, SystemMessage

from assistant.citations import best_quote, make_citation
from assistant.errors import DomainError
from assistant.extractive import abstain, gather, lexical, related
from assistant.llm import load_prompt
from assistant.outcome import OutcomeModel
from assistant.ranking import AnswerConfig
from assistant.retrieval import Hit, Query, retrieved_sections
from assistant.safety import looks_like_instructions
from assistant.schema import Answer, Citation
from assistant.scope import Scope
from assistant.snapshot import Snapshot
from assistant.text import occurs_in, tokens
from ingest.structure import Clause

MARKER = re.compile(r"\[(\d{1,3})\]")
QUOTE = re.compile(r"[\"“]([^\"”]{4,})[\"”]")
CONTEXT_CHUNKS = 6


@dataclass
class Source:
    marker: int
    hit: Hit


def format_context(snapshot: Snapshot, hits: list[Hit]) -> tuple[str, list[Source]]:
    """Numbered clauses for the prompt; chunks that try to give instructions are left out."""
    safe = [h for h in hits if not looks_like_instructions(h.chunk.text)]
    sources = [Source(i + 1, h) for i, h in enumerate(safe[:CONTEXT_CHUNKS])]
    blocks = []
    for source in sources:
        meta = source.hit.chunk.metadata
        contract = snapshot.contracts[str(meta["contract"])]
        binding = "" if contract.binding else " — guidance/news, not contract language"
        blocks.append(f"[{source.marker}] ({contract.name}, section {meta['section']} {meta['title']}{binding})\n{source.hit.chunk.text}")
    return "\n\n".join(blocks), sources


def _clauses_of(snapshot: Snapshot, hit: Hit) -> list[tuple[Any, Any, Clause]]:
    contract = snapshot.contracts[hit.chunk.contract]
    section = contract.section(hit.chunk.section)
    if section is None:
        return []
    paths = set(hit.chunk.clause_paths)
    return [(contract, section, c) for c in section.clauses if c.path in paths]


def verify(snapshot: Snapshot, text: str, sources: list[Source]) -> tuple[str, list[Citation], list[str]]:
    """Keep only sentences whose markers exist and whose quotes occur in the cited clauses."""
    by_marker = {s.marker: s for s in sources}
    kept: list[str] = []
    citations: list[Citation] = []
    flags: list[str] = []
    for sentence in re.split(r"(?<=[.!?])\s+(?=\S)", text.strip()):
        markers = [int(m) for m in MARKER.findall(sentence)]
        valid = [by_marker[m] for m in markers if m in by_marker]
        if markers and len(valid) < len(markers):
            flags.append("unverified-citation-removed")
            sentence = MARKER.sub(lambda m: m.group(0) if int(m.group(1)) in by_marker else "", sentence).strip()
            if not valid:
                continue
        clauses = [item for source in valid for item in _clauses_of(snapshot, source.hit)]
        quotes = QUOTE.findall(sentence)
        bad = [q for q in quotes if not any(occurs_in(q, c.text) for _, _, c in clauses)]
        if bad:
            flags.append("unverified-quote-removed")
            continue
        if not valid:
            if sentence.strip():
                flags.append("uncited-sentence")
                kept.append(sentence)
            continue
        kept.append(sentence)
        sentence_words = {t: 1.0 for t in tokens(sentence)}
        for contract, section, clause in _pick(clauses, quotes, sentence):
            quote = next((q for q in quotes if occurs_in(q, clause.text)), None)
            quote = quote or best_quote(clause.text, partial(lexical, weights=sentence_words))
            citation = make_citation(contract, section, clause, quote)
            if all((c.contract, c.section, c.clause) != (citation.contract, citation.section, citation.clause) for c in citations):
                citations.append(citation)
    return " ".join(kept), citations, sorted(set(flags))


def _pick(clauses: list[tuple[Any, Any, Clause]], quotes: list[str], sentence: str) -> list[tuple[Any, Any, Clause]]:
    """The clause each quote came from, or else the clause sharing the most words with the sentence."""
    quoted = [item for item in clauses if any(occurs_in(q, item[2].text) for q in quotes)]
    if quoted:
        return quoted
    words = set(tokens(sentence))
    scored = sorted(clauses, key=lambda item: -len(words & set(tokens(item[2].text))))
    return scored[:1]


def _tool_answer(snapshot: Snapshot, model: Any, messages: list[Any], scope: Scope | None) -> Answer | None:
    """Let the model call a calculator; the numbers come from the tool, never from the model."""
    from assistant.calculators.router import render_tool_answer
    from assistant.calculators.tools import langchain_tools, run_tool

    tools = langchain_tools(snapshot, scope)
    try:
        bound = model.bind_tools(tools)
    except (NotImplementedError, AttributeError):
        return None
    reply = bound.invoke(messages)
    calls = getattr(reply, "tool_calls", None) or []
    if not calls:
        return None
    call = calls[0]
    try:
        parsed, result = run_tool(snapshot, call["name"], dict(call.get("args") or {}), scope)
    except DomainError:
        return None  # a call the tools refuse (bad input, a document outside the scope, no contract named among several)
    return render_tool_answer(call["name"], parsed.model_dump(mode="json", exclude_none=True), result)


def generative_stream(model: Any, snapshot: Snapshot, query: Query, hits: list[Hit], outcome_model: OutcomeModel,
                      config: AnswerConfig, scope: Scope | None = None) -> Iterator[tuple[str, Any]]:
    """Yields ('token', text) while the model writes, then ('answer', verified Answer). The model
    writes only when the outcome model finds the evidence answers the question; otherwise the
    answer is the extractive `related` or `not_covered` one."""
    retrieved = retrieved_sections(hits)
    context, sources = format_context(snapshot, hits)
    messages: list[Any] = [
        SystemMessage(content=load_prompt("answer")),
        HumanMessage(content=f"Clauses:\n\n{context}\n\nQuestion: {query.text}"),
    ]
    tool_answer = _tool_answer(snapshot, model, messages, scope)
    if tool_answer is not None:
        tool_answer.retrieved = retrieved
        yield "answer", tool_answer
        return
    evidence = gather(snapshot, query, hits, config) if hits else None
    decision = outcome_model.decide(evidence.features, evidence.vectors) if evidence and evidence.picked else None
    if evidence is None or decision is None or decision.outcome == "not_covered":
        yield "answer", abstain(snapshot, hits, retrieved, config, decision)
        return
    if decision.outcome == "related":
        yield "answer", related(snapshot, query, evidence, retrieved, config, decision)
        return
    parts: list[str] = []
    for chunk in model.stream(messages):
        piece = str(getattr(chunk, "content", chunk))
        if piece:
            parts.append(piece)
            yield "token", piece
    text = "".join(parts).strip()
    if "NOT_IN_CONTRACT" in text:
        yield "answer", abstain(snapshot, hits, retrieved, config, decision)
        return
    answer_text, citations, flags = verify(snapshot, text, sources)
    if not citations:
        result = abstain(snapshot, hits, retrieved, config, decision)
        result.flags = sorted(set(flags) | {"no-verified-citation"})
        yield "answer", result
        return
    yield "answer", Answer(answer=answer_text, outcome="answered", citations=citations, retrieved=retrieved, flags=flags,
                           confidence=decision.probabilities)


def generative_answer(model: Any, snapshot: Snapshot, query: Query, hits: list[Hit], outcome_model: OutcomeModel,
                      config: AnswerConfig, scope: Scope | None = None) -> Answer:
    final: Answer | None = None
    for kind, value in generative_stream(model, snapshot, query, hits, outcome_model, config, scope):
        if kind == "answer":
            final = value
    assert final is not None
    return final
