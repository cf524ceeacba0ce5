"""One markdown rendering of an Answer's parts, for the CLI and the API's `answer` text (Slack and
the web page render the same parts their own way)."""

from __future__ import annotations

from assistant.schema import Answer, Citation
from assistant.text import reflow


def quoted_lines(citation: Citation) -> list[str]:
    """A quote as markdown block lines (reflowed for reading) and its citation line."""
    lines = [f"> {line}" if line else ">" for line in reflow(citation.quote).split("\n")]
    return ["", *lines, f"— {citation.label}, {citation.document}"]


VERBS = {"replaces": "replaces", "amends": "amends", "overrides": "applies notwithstanding",
         "interprets": "interprets"}


def amendment_statement(answer: Answer) -> str:
    """The sentence an amended answer starts with: what changes which cited clause, and that the
    amending words control where they differ."""
    parts = [f"{n.by_label.split(' (p.')[0]} ({n.by_document}) {VERBS.get(n.relation, n.relation)} {n.label}"
             for n in answer.amendments]
    if all(n.relation == "interprets" for n in answer.amendments):
        tail = "read it with the clause"
    elif len(answer.amendments) == 1:
        tail = "its words come first and control where they differ"
    else:
        tail = "their words come first, in order of precedence, and control where they differ"
    return f"**Amended:** {'; '.join(parts)} — {tail}."


def render_amendments(answer: Answer) -> list[str]:
    if not answer.amendments:
        return []
    lines = [amendment_statement(answer)]
    for notice in answer.amendments:
        for citation in notice.quotes:
            lines.extend(quoted_lines(citation))
    return lines


def render_markdown(answer: Answer) -> str:
    lines = render_amendments(answer)
    amending = {(q.contract, q.section, q.clause) for n in answer.amendments for q in n.quotes}
    if lines and answer.lead:
        lines.append("")
    lines.extend([answer.lead] if answer.lead else [])
    for citation in answer.citations:
        if (citation.contract, citation.section, citation.clause) not in amending:
            lines.extend(quoted_lines(citation))
    if answer.closest:
        lines.extend(["", "Closest language in the contract (it does not settle the question):"])
        for citation in answer.closest:
            lines.extend(quoted_lines(citation))
    if answer.see_also:
        if answer.closest:
            lines.append("")
        lines.append("See also: " + "; ".join(f"{c.label} {c.title} ({c.document})" for c in answer.see_also))
    lines.extend(f"_{note}_" for note in answer.notes)
    return "\n".join(lines)
