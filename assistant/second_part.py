"""A calculator question that also asks something else ("what do I get paid for the call-back, and
can I bank it as comp time?"): the calculator answers its part (or asks for the figure it lacks), and
the clauses the answerer quotes for the whole message are added for the rest, so the second question is
not silently dropped, nor left waiting on the member's reply."""

from __future__ import annotations

import re

from assistant.render import quoted_lines
from assistant.schema import Answer

# A second question joined to the first: "…, and what's the window", "… and can I bank it".
SECOND_ASK = re.compile(
    r"\b(?:and|also|plus)\s+(?:what|what's|whats|how|when|which|who|where|why|is|are|do|does|did|can|could|"
    r"will|would|should|must|may)\b",
    re.IGNORECASE,
)


def with_second_part(tool_answer: Answer, text_answer: Answer) -> Answer:
    """The calculator's answer followed by the clauses a searched answer quotes that the calculator
    did not use. Only an `answered` outcome adds anything: a second question the contract does not
    settle is left to be asked on its own rather than padded with nearby language."""
    used = {(c.contract, c.section, c.clause) for c in tool_answer.citations}
    extra = [c for c in text_answer.citations if (c.contract, c.section, c.clause) not in used]
    if text_answer.outcome != "answered" or not extra:
        return tool_answer
    had = {(r.contract, r.section) for r in tool_answer.retrieved}
    lines = ["", "For the rest of your question, the contract says:"]
    for citation in extra:
        lines.extend(quoted_lines(citation))
    return tool_answer.model_copy(update={
        "answer": tool_answer.answer + "\n".join(lines),
        "citations": [*tool_answer.citations, *extra],
        "retrieved": tool_answer.retrieved + [r for r in text_answer.retrieved if (r.contract, r.section) not in had],
    })
