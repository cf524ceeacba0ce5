"""A grievance draft as Markdown and as a Word document (python-docx), the same parts in the same
order: header (grievant, contract, dates, with whom and by when), the facts as given, the
articles and sections violated (quoted, cited), the remedy, the filing step and its working."""

from __future__ import annotations

import io
from datetime import date

from docx import Document
from docx.shared import Pt

from assistant.grievance.models import GrievanceDraft
from assistant.schema import Citation

NOT_CONTRACT = "not contract language: a general request; the contract has no make-whole clause the draft could quote"
FOOTER = ("Drafted by Contract Assistant from the steward's description. The facts are as given; every quotation is "
          "word for word from the clause cited. Check each before filing.")
BLANK = "________________"


def _long(day: str | None) -> str:
    if not day:
        return BLANK
    value = date.fromisoformat(day)
    return f"{value:%A, %B} {value.day}, {value.year}"


def _cite(citation: Citation) -> str:
    return f"{citation.label}, {citation.document}"


def _header(draft: GrievanceDraft) -> list[tuple[str, str]]:
    filing = draft.filing
    rows = [("Grievant", draft.grievant or BLANK), ("Contract", draft.document),
            ("Date of the incident", _long(draft.incident_date)),
            ("Date the grievant learned of it", _long(draft.learned_date) if draft.learned_date else
             ("not given (the deadline is counted from the incident)" if draft.incident_date else BLANK))]
    if filing is not None:
        rows.append(("Filed with", f"{filing.to_whom} — {filing.to_whom_citation.label}" if filing.to_whom
                     and filing.to_whom_citation else "(the contract's filing rule does not say; see the procedure)"))
        rows.append(("Last day to file", _long(filing.due) if filing.due else f"needs {', '.join(filing.needs)}"))
    return rows


def _quote_lines(text: str) -> list[str]:
    return [f"> {line}" if line else ">" for line in text.split("\n")]


def to_markdown(draft: GrievanceDraft) -> str:
    lines = [f"# Grievance — {draft.document}", ""]
    lines.extend(f"**{name}:** {value}  " for name, value in _header(draft))
    lines.extend(["", "## Facts (as given)", ""])
    lines.extend(f"- {fact}" for fact in draft.facts)
    lines.extend(["", "## Articles and sections violated", ""])
    if not draft.violated:
        lines.append("_None found in the contract for what is described; name them yourself._")
    for number, violation in enumerate(draft.violated, 1):
        citation = violation.citation
        check = " _(closest language; check that it applies)_" if violation.strength == "related" else ""
        lines.extend([f"{number}. **{citation.label}** — {citation.title}{check}", ""])
        lines.extend(_quote_lines(citation.quote))
        lines.extend([f"— {_cite(citation)}", ""])
    for notice in draft.amendments:
        lines.append(f"**Amended:** {notice.by_label.split(' (p.')[0]} ({notice.by_document}) {notice.relation} "
                     f"{notice.label}; its words control where they differ:")
        for quote in notice.quotes:
            lines.extend(["", *_quote_lines(quote.quote), f"— {_cite(quote)}"])
        lines.append("")
    lines.extend(["## Remedy requested", ""])
    for remedy in draft.remedy:
        if remedy.contract_language and remedy.citation:
            lines.extend(["As the contract provides:", "", *_quote_lines(remedy.text), f"— {_cite(remedy.citation)}", ""])
        else:
            lines.extend([f"- {remedy.text} _({NOT_CONTRACT})_", ""])
    lines.extend(["## Filing", ""])
    filing = draft.filing
    if filing is None:
        lines.append("_No deadline rules are known for this contract: read its grievance procedure._")
    else:
        lines.append(f"**{filing.summary}**")
        lines.append("")
        lines.extend(f"- {line}" for line in filing.work)
        lines.extend(f"- _{note}_" for note in filing.notes)
        lines.append("")
        for citation in filing.citations + ([filing.to_whom_citation] if filing.to_whom_citation else []):
            lines.extend([*_quote_lines(citation.quote), f"— {_cite(citation)}", ""])
    if draft.notes:
        lines.extend(["## Notes", ""])
        lines.extend(f"- {note}" for note in draft.notes)
        lines.append("")
    lines.append(f"_{FOOTER}_")
    return "\n".join(lines).rstrip() + "\n"


def to_docx(draft: GrievanceDraft) -> bytes:
    """The draft as a .docx a steward can edit and print."""
    document = Document()
    document.core_properties.title = f"Grievance — {draft.document}"
    document.add_heading(f"Grievance — {draft.document}", level=1)
    table = document.add_table(rows=0, cols=2)
    for name, value in _header(draft):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = name, value
    document.add_heading("Facts (as given)", level=2)
    for fact in draft.facts:
        document.add_paragraph(fact, style="List Bullet")
    document.add_heading("Articles and sections violated", level=2)
    if not draft.violated:
        document.add_paragraph("None found in the contract for what is described; name them yourself.")
    for violation in draft.violated:
        citation = violation.citation
        heading = document.add_paragraph(style="List Number")
        heading.add_run(citation.label).bold = True
        heading.add_run(f" — {citation.title}")
        if violation.strength == "related":
            heading.add_run(" (closest language; check that it applies)").italic = True
        _quote(document, citation)
    for notice in draft.amendments:
        paragraph = document.add_paragraph()
        paragraph.add_run("Amended: ").bold = True
        paragraph.add_run(f"{notice.by_label.split(' (p.')[0]} ({notice.by_document}) {notice.relation} {notice.label}; "
                          "its words control where they differ:")
        for quote in notice.quotes:
            _quote(document, quote)
    document.add_heading("Remedy requested", level=2)
    for remedy in draft.remedy:
        if remedy.contract_language and remedy.citation:
            document.add_paragraph("As the contract provides:")
            _quote(document, remedy.citation)
        else:
            paragraph = document.add_paragraph(remedy.text + " ", style="List Bullet")
            paragraph.add_run(f"({NOT_CONTRACT})").italic = True
    document.add_heading("Filing", level=2)
    filing = draft.filing
    if filing is None:
        document.add_paragraph("No deadline rules are known for this contract: read its grievance procedure.")
    else:
        document.add_paragraph().add_run(filing.summary).bold = True
        for line in filing.work:
            document.add_paragraph(line, style="List Bullet")
        for note in filing.notes:
            document.add_paragraph(style="List Bullet").add_run(note).italic = True
        for citation in filing.citations + ([filing.to_whom_citation] if filing.to_whom_citation else []):
            _quote(document, citation)
    if draft.notes:
        document.add_heading("Notes", level=2)
        for note in draft.notes:
            document.add_paragraph(note, style="List Bullet")
    footer = document.add_paragraph()
    run = footer.add_run(FOOTER)
    run.italic = True
    run.font.size = Pt(9)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _quote(document: object, citation: Citation) -> None:
    paragraph = document.add_paragraph(citation.quote, style="Quote")  # type: ignore[attr-defined]
    paragraph.add_run(f"\n— {_cite(citation)}").italic = True
