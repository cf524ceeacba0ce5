"""Building citations from clauses, so a quote and its label always come from the same clause."""

from __future__ import annotations

from collections.abc import Callable

from assistant.schema import Citation
from ingest.sentence_vectors import sentences
from ingest.structure import Clause, Contract, Section, citation_label

MAX_QUOTE_CHARS = 600


def make_citation(contract: Contract, section: Section, clause: Clause | None, quote: str | None = None) -> Citation:
    text = quote if quote is not None else (clause.text if clause else section.text)
    return Citation(
        contract=contract.id,
        document=contract.name,
        kind=contract.kind,
        section=section.id,
        clause=clause.path if clause else "",
        title=section.title,
        page=clause.page if clause and clause.page is not None else section.page_start,
        quote=text,
        label=citation_label(section, clause.path if clause else "", clause.page if clause else None),
    )


def _clip(text: str, limit: int) -> str:
    """At most `limit` characters, ending at a word boundary (a verbatim prefix of the text)."""
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0]


def best_quote(text: str, score_sentence: Callable[[str], float], limit: int = MAX_QUOTE_CHARS,
               sentence_weight: float = 0.0) -> str:
    """The whole clause when short; otherwise the best window of consecutive sentences, scored as a
    whole plus `sentence_weight` times the sum of its sentences' own scores (each sentence scored once)."""
    if len(text) <= limit:
        return text
    parts = sentences(text)
    if len(parts) == 1:
        return _clip(text, limit)
    own = [score_sentence(part) for part in parts] if sentence_weight else [0.0] * len(parts)
    best, best_score = parts[0], float("-inf")
    for start in range(len(parts)):
        window = _clip(parts[start], limit)  # one sentence longer than the limit is cut like a one-sentence clause
        spread = own[start]
        score = score_sentence(window) + sentence_weight * spread
        for end in range(start + 1, len(parts)):
            if len(window) + 1 + len(parts[end]) > limit:
                break
            window = text[text.index(parts[start]) : text.index(parts[end]) + len(parts[end])]
            spread += own[end]
            score = max(score, score_sentence(window) + sentence_weight * spread)
        if score > best_score:
            best, best_score = window, score
    return best
