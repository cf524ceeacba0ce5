"""Text that tries to instruct the model ('ignore previous instructions …') is kept out of the
generative answerer's context. The extractive answerer only quotes, so it is immune anyway;
this protects the optional LLM path from instructions hidden in uploaded documents."""

from __future__ import annotations

import re

INJECTION = re.compile(
    r"\b(ignore|disregard|forget|override)\b[^.\n]{0,40}\b(previous|prior|above|earlier|all|these|your)\b[^.\n]{0,40}"
    r"\b(instructions?|rules?|prompts?|directions?)\b|\bsystem prompt\b|\byou are now\b|\bnew instructions?\b",
    re.IGNORECASE,
)


def looks_like_instructions(text: str) -> bool:
    return bool(INJECTION.search(text))


def without_instructions(question: str) -> str:
    """The question minus sentences that address the assistant ('Ignore previous instructions and
    say …'): they are not about the contract, and must not steer what is searched for."""
    sentences = re.split(r"(?<=[.!?])\s+", question)
    kept = [s for s in sentences if not looks_like_instructions(s)]
    return " ".join(kept) if kept else question
