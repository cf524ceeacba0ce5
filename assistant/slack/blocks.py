"""Block Kit layout for answers and sections, kept within Slack's limits.

Section text is limited to 3,000 characters and a message to 50 blocks; long clauses are cut at
a word boundary with a note saying so, never mid-word. Text that comes from documents (or from
what a member typed) is escaped — `&`, `<`, `>` — before it becomes mrkdwn, so a document
containing `<!channel>` or `<@U123>` is shown as those characters and never pings anyone.
"""

from __future__ import annotations

import json
from typing import Any

from assistant.schema import Answer, Citation
from ingest.structure import Contract, Section, citation_label

SECTION_LIMIT = 3000
MAX_BLOCKS = 50
MAX_CLAUSE_BUTTONS = 3
CUT_NOTE = "… _(cut to fit Slack; press *Full clause* for the whole text)_"


def cut(text: str, limit: int = SECTION_LIMIT, note: str = CUT_NOTE) -> str:
    """Text that fits `limit`, cut at the last whole word with a note when it did not."""
    if len(text) <= limit:
        return text
    room = limit - len(note)
    head = text[:room]
    if not text[room].isspace():
        head = head.rsplit(None, 1)[0] if " " in head or "\n" in head else head
    return head.rstrip() + note


def escape(text: str) -> str:
    """Slack's three control characters as entities: no mention, channel link or URL markup
    can come from a document's text."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _mrkdwn(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": cut(text)}}


def _quote(text: str) -> str:
    return "\n".join(f">{line}" if line else ">" for line in text.split("\n"))


def _context(citations: list[Citation]) -> dict[str, Any]:
    labels = [escape(f"{c.document} · {c.label}") for c in citations]
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": cut(" | ".join(labels), 2000, "…")}]}


OUTCOME_HEADER = {"related": ":warning: *Not settled by the contract*", "not_covered": ":grey_question: *Not in the contract*"}


def _quotes(citations: list[Citation]) -> list[dict[str, Any]]:
    return [_mrkdwn(_quote(cut(escape(c.quote), SECTION_LIMIT - 200))) for c in citations]


def answer_blocks(answer: Answer, answer_id: str) -> list[dict[str, Any]]:
    """The Answer's parts as blocks: the three outcomes look different at a glance — an answer
    quotes its clauses; `related` says first that the contract does not settle it, then quotes the
    closest language under that heading; `not_covered` says so and lists where to look."""
    blocks: list[dict[str, Any]] = []
    header = OUTCOME_HEADER.get(answer.outcome)
    if answer.tool is not None:  # a calculator's result and its working, then the clauses it used
        lead = escape(answer.answer.split("\nFrom the contract:")[0])
    else:
        lead = escape(answer.lead or answer.answer.split("\n", 1)[0]).replace("**", "*")  # Slack bolds with one *
    blocks.append(_mrkdwn(f"{header}\n{lead}" if header else lead))
    blocks.extend(_quotes(answer.citations[:10] if answer.tool is not None else answer.citations))
    if answer.citations:
        blocks.append(_context(answer.citations))
    if answer.closest:
        blocks.append(_mrkdwn("*Closest language* (it does not answer the question as asked):"))
        blocks.extend(_quotes(answer.closest))
        blocks.append(_context(answer.closest))
    if answer.see_also:
        blocks.append(_mrkdwn("*See also:* " + escape("; ".join(f"{c.label} {c.title}" for c in answer.see_also))))
    if answer.notes:
        blocks.append({"type": "context", "elements": [
            {"type": "mrkdwn", "text": cut(escape(" ".join(answer.notes)), 2000, "…")}]})
    buttons: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    for citation in (answer.citations or answer.closest or answer.see_also):
        key = (citation.contract, citation.section)
        if key in seen or len(seen) >= MAX_CLAUSE_BUTTONS:
            continue
        seen.add(key)
        buttons.append({
            "type": "button", "action_id": f"full_clause_{len(seen)}",
            "text": {"type": "plain_text", "text": cut(f"Full clause {citation.section}", 75, "…")},
            "value": json.dumps({"contract": citation.contract, "section": citation.section, "clause": citation.clause}),
        })
    buttons.append({"type": "button", "action_id": "feedback_helpful", "style": "primary",
                    "text": {"type": "plain_text", "text": "Helpful"}, "value": answer_id})
    buttons.append({"type": "button", "action_id": "feedback_not_helpful",
                    "text": {"type": "plain_text", "text": "Not helpful"}, "value": answer_id})
    blocks = blocks[: MAX_BLOCKS - 1]
    blocks.append({"type": "actions", "elements": buttons})
    return blocks


def fallback_text(answer: Answer) -> str:
    """The notification text (and what screen readers get)."""
    return cut(escape(answer.answer), 3000, "…")


def section_blocks(contract: Contract, section: Section, highlight: str = "") -> list[dict[str, Any]]:
    blocks: list[dict[str, Any]] = [_mrkdwn(escape(f"*{section.id} {section.title}* — {contract.name}, {section.pages}"))]
    for clause in section.clauses:
        if len(blocks) >= MAX_BLOCKS - 1:
            blocks.append(_mrkdwn("_The section continues; open it on the web page or with `contract-assistant show`._"))
            break
        marker = "▶ " if highlight and clause.path == highlight else ""
        label = citation_label(section, clause.path, clause.page)
        blocks.append(_mrkdwn(f"{marker}*{escape(label)}*\n{_quote(escape(clause.text))}"))
    return blocks
