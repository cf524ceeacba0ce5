"""One markdown rendering of an Answer's parts, for the CLI and the API's `answer` text (Slack and
the web page render the same parts their own way)."""

from __future__ import annotations

from assistant.schema import Answer, Citation


def _quoted(citation: Citation) -> list[str]:
    lines = [f"> {line}" if line else ">" for line in citation.quote.split("\n")]
    return ["", *lines, f"— {citation.label}, {citation.document}"]


def render_markdown(answer: Answer) -> str:
    lines = [answer.lead] if answer.lead else []
    for citation in answer.citations:
        lines.extend(_quoted(citation))
    if answer.closest:
        lines.extend(["", "Closest language in the contract (it does not settle the question):"])
        for citation in answer.closest:
            lines.extend(_quoted(citation))
    if answer.see_also:
        if answer.closest:
            lines.append("")
        lines.append("See also: " + "; ".join(f"{c.label} {c.title} ({c.document})" for c in answer.see_also))
    lines.extend(f"_{note}_" for note in answer.notes)
    return "\n".join(lines)
