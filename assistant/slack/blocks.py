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
from assistant.text import reflow
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
    return "\n".join(f">{line}" if line else ">" for line in reflow(text).split("\n"))


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


GRIEVANCE_CALLBACK = "grievance_draft"


def grievance_modal(channel: str | None, contract_name: str | None) -> dict[str, Any]:
    """The form `/contract grievance` opens: what happened, when, when the grievant learned of it, who."""
    source = f"Drafted under *{escape(contract_name)}*, this channel's contract." if contract_name else \
        "Drafted under the one contract loaded (set a channel's contract with `/contract use`)."
    return {
        "type": "modal", "callback_id": GRIEVANCE_CALLBACK,
        "title": {"type": "plain_text", "text": "Draft a grievance"},
        "submit": {"type": "plain_text", "text": "Draft"}, "close": {"type": "plain_text", "text": "Cancel"},
        "private_metadata": json.dumps({"channel": channel or ""}),
        "blocks": [
            {"type": "input", "block_id": "description", "label": {"type": "plain_text", "text": "What happened"},
             "element": {"type": "plain_text_input", "action_id": "value", "multiline": True, "max_length": 3000}},
            {"type": "input", "block_id": "incident", "optional": True,
             "label": {"type": "plain_text", "text": "Date it happened"},
             "element": {"type": "datepicker", "action_id": "value"}},
            {"type": "input", "block_id": "learned", "optional": True,
             "label": {"type": "plain_text", "text": "Date the grievant learned of it, if later"},
             "element": {"type": "datepicker", "action_id": "value"}},
            {"type": "input", "block_id": "grievant", "optional": True,
             "label": {"type": "plain_text", "text": "Grievant's name"},
             "element": {"type": "plain_text_input", "action_id": "value", "max_length": 200}},
            {"type": "context", "elements": [{"type": "mrkdwn", "text": source}]},
        ],
    }


def grievance_blocks(draft: Any) -> list[dict[str, Any]]:
    """A grievance draft as a message: the deadline first, then the violated clauses quoted, the
    remedy, the filing step and its clauses (text from documents and the steward escaped)."""
    blocks: list[dict[str, Any]] = [{"type": "header", "text": {"type": "plain_text",
                                                                  "text": cut(f"Grievance — {draft.document}", 150, "…")}}]
    filing = draft.filing
    if filing is not None:
        due = f"*{escape(filing.summary)}*" if filing.due else \
            f"*{escape(filing.label)}* — {escape(filing.rule)}. Needs {escape(', '.join(filing.needs))}."
        whom = f"\nFiled with: {escape(filing.to_whom)} ({escape(filing.to_whom_citation.label)})" \
            if filing.to_whom and filing.to_whom_citation else ""
        blocks.append(_mrkdwn(due + whom))
    blocks.append(_mrkdwn("*Facts (as given)*\n" + "\n".join(f"• {escape(f)}" for f in draft.facts)))
    blocks.append(_mrkdwn("*Articles and sections violated*" if draft.violated else
                          "*Articles and sections violated*\nNone found for what is described; name them yourself."))
    for violation in draft.violated:
        citation = violation.citation
        check = " _(closest language; check that it applies)_" if violation.strength == "related" else ""
        blocks.append(_mrkdwn(f"*{escape(citation.label)}* — {escape(citation.title)}{check}\n"
                              + _quote(cut(escape(citation.quote), SECTION_LIMIT - 300))))
    for notice in draft.amendments:
        blocks.append(_mrkdwn(f"*Amended:* {escape(notice.by_label)} ({escape(notice.by_document)}) {notice.relation} "
                              f"{escape(notice.label)}\n" + "\n".join(_quote(cut(escape(q.quote), 1200)) for q in notice.quotes)))
    remedies = []
    for remedy in draft.remedy:
        remedies.append(_quote(escape(remedy.text)) + f"\n— {escape(remedy.citation.label)}"
                        if remedy.contract_language and remedy.citation else
                        f"• {escape(remedy.text)} _(not contract language)_")
    blocks.append(_mrkdwn("*Remedy requested*\n" + "\n".join(remedies)))
    if filing is not None and filing.work:
        blocks.append(_mrkdwn("*How the deadline is worked out*\n" + "\n".join(f"• {escape(w)}" for w in filing.work
                                                                                 + filing.notes)))
        blocks.append(_context(filing.citations))
    notes = list(draft.notes) + ["The same draft as a Word document: the steward's web page, or "
                                 "`contract-assistant grievance draft --docx`."]
    blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": cut(escape(" ".join(notes)), 2000, "…")}]})
    return blocks[:MAX_BLOCKS]
