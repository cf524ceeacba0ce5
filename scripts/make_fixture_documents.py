"""Rebuild the Word and PDF fixtures in data/contracts/ from the collected agreement texts.

    python scripts/make_fixture_documents.py STAGING_DIR OUT_DIR

* grinnell-college-ugsdw-2016-2017.docx: the union's published text as a Word document: each
  `ARTICLE` heading in the Word style "Heading 1", each section a paragraph that starts with its
  number and bold run-in title as printed (**1.1 Exclusive representative.**), bullet lists in
  "List Bullet", the grievance steps with their bold run-in names.
* marion-county-oregon-mcea-seiu-503-2024-2026.pdf: the county's text as a Word document (cover,
  table of contents and body on their own pages; `ARTICLE` headings in "Heading 1"; sections as
  printed, "Section 5. Shift Differential." in bold; the `A.`/`1.`/`a.` clauses as real Word
  automatic numbering that restarts in every section; the running header "Marion County Employees
  Association Collective Bargaining Agreement / 2024-2026" and the footer "Page N of M" as Word
  header and footer fields), converted to PDF by LibreOffice:
  `soffice --headless --convert-to pdf`. The extraction's own running headers, footers and page
  lines are removed first (Word prints its own), and lines broken by the extraction are joined.

Only the layout is made here; every word is the collected text's.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

GRINNELL = "grinnell-college-ugsdw-2016-2017"
MARION = "marion-county-oregon-mcea-seiu-503-2024-2026"


def _runs(paragraph, text: str) -> None:
    """Markdown **bold** inside a line becomes bold runs."""
    for index, part in enumerate(re.split(r"\*\*", text)):
        if part:
            paragraph.add_run(part).bold = index % 2 == 1


def _blocks(text: str) -> list[list[str]]:
    return [[line for line in block.split("\n")] for block in re.split(r"\n\s*\n", text) if block.strip()]


def build_grinnell(source: Path, target: Path) -> None:
    document = docx.Document()
    document.core_properties.title = "Agreement between Grinnell College and the Union of Grinnell Student Dining Workers"
    for block in _blocks(source.read_text(encoding="utf-8")):
        first = block[0].strip()
        if first.startswith("## "):
            document.add_heading(first[3:].strip(), level=1)
            continue
        if first.startswith("- "):
            items: list[str] = []
            for line in block:
                if line.strip().startswith("- "):
                    items.append(line.strip()[2:])
                else:
                    items[-1] += " " + line.strip()
            for item in items:
                _runs(document.add_paragraph(style="List Bullet"), item)
            continue
        _runs(document.add_paragraph(), " ".join(line.strip() for line in block))
    document.save(str(target))


# -- Marion County: a Word document with real list numbering, then a PDF ---------------------------

_FURNITURE = {"Marion County Employees Association Collective Bargaining Agreement", "2024-2026"}
_LABEL = re.compile(r"^(?P<label>[A-Z]|\d{1,2}|[a-z])\.\s+(?P<text>\S.*)$")
_STARTS = re.compile(r"^(?:Section \d+\.|ARTICLE \d+|### ARTICLE|PREAMBLE$|Step \d|[A-Z]\.\s|\d{1,2}\.\s|[a-z]\.\s)")


class _Lists:
    """A list (A. / 1. / a.) per section, each its own Word numbering definition, so every section's
    clauses start again at A. as in the original."""

    def __init__(self, document):
        self.numbering = document.part.numbering_part.element
        self.next_id = 100
        self.current: str | None = None

    def restart(self) -> None:
        self.current = None

    def _define(self) -> str:
        number = str(self.next_id)
        self.next_id += 1
        abstract = OxmlElement("w:abstractNum")
        abstract.set(qn("w:abstractNumId"), number)
        kind = OxmlElement("w:multiLevelType")
        kind.set(qn("w:val"), "multilevel")
        abstract.append(kind)
        for level, (fmt, indent) in enumerate((("upperLetter", 720), ("decimal", 1080), ("lowerLetter", 1440))):
            lvl = OxmlElement("w:lvl")
            lvl.set(qn("w:ilvl"), str(level))
            for tag, value in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", f"%{level + 1}.")):
                node = OxmlElement(tag)
                node.set(qn("w:val"), value)
                lvl.append(node)
            ppr = OxmlElement("w:pPr")
            ind = OxmlElement("w:ind")
            ind.set(qn("w:left"), str(indent))
            ind.set(qn("w:hanging"), "360")
            ppr.append(ind)
            lvl.append(ppr)
            abstract.append(lvl)
        first_num = self.numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            self.numbering.append(abstract)
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), number)
        ref = OxmlElement("w:abstractNumId")
        ref.set(qn("w:val"), number)
        num.append(ref)
        self.numbering.append(num)
        return number

    def number(self, paragraph, level: int) -> None:
        if self.current is None:
            self.current = self._define()
        ppr = paragraph._p.get_or_add_pPr()
        numpr = OxmlElement("w:numPr")
        ilvl = OxmlElement("w:ilvl")
        ilvl.set(qn("w:val"), str(level))
        num_id = OxmlElement("w:numId")
        num_id.set(qn("w:val"), self.current)
        numpr.append(ilvl)
        numpr.append(num_id)
        ppr.append(numpr)


def _field(paragraph, instruction: str) -> None:
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, instruction), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            node = OxmlElement("w:fldChar")
            node.set(qn("w:fldCharType"), kind)
        elif text == instruction:
            node = OxmlElement("w:instrText")
            node.set(qn("xml:space"), "preserve")
            node.text = f" {instruction} "
        else:
            node = OxmlElement("w:t")
            node.text = text
        run._r.append(node)


def _marion_paragraphs(text: str) -> tuple[list[str], list[str], list[str]]:
    lines = [line for line in text.split("\n")
             if line.strip() not in _FURNITURE and not re.fullmatch(r"Page \d+ of \d+", line.strip())]
    text = "\n".join(lines)
    cover_end = text.index("TABLE OF CONTENTS")
    toc_end = text.index("PREAMBLE")
    cover = [line.strip() for line in text[:cover_end].split("\n") if line.strip()]
    toc = [line.strip() for line in text[cover_end:toc_end].split("\n") if line.strip()]
    paragraphs: list[str] = []
    for block in _blocks(text[toc_end:]):
        first = True
        for line in block:
            line = line.strip()
            if not line:
                continue
            if first or _STARTS.match(line) or paragraphs[-1].startswith("### "):
                paragraphs.append(line)
            else:
                paragraphs[-1] += " " + line
            first = False
    # A sentence the extraction broke across a page: join the two halves again.
    joined: list[str] = []
    for paragraph in paragraphs:
        if joined and paragraph[:1].islower() and not joined[-1].endswith((".", ":", ";")):
            joined[-1] += " " + paragraph
        else:
            joined.append(paragraph)
    return cover, toc, joined


def build_marion_docx(source: Path, target: Path) -> None:
    cover, toc, body = _marion_paragraphs(source.read_text(encoding="utf-8"))
    document = docx.Document()
    document.core_properties.title = "Marion County Employees Association Collective Bargaining Agreement 2024-2026"
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = "Marion County Employees Association Collective Bargaining Agreement"
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    second = section.header.add_paragraph("2024-2026")
    second.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("Page ")
    _field(footer, "PAGE")
    footer.add_run(" of ")
    _field(footer, "NUMPAGES")
    for line in cover:
        paragraph = document.add_paragraph(line)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    for line in toc:
        document.add_paragraph(line)
    document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    lists = _Lists(document)
    levels = {"U": 0, "N": 1, "L": 2}
    for paragraph_text in body:
        if paragraph_text.startswith("### ") or paragraph_text == "PREAMBLE":
            document.add_heading(paragraph_text.lstrip("# ").strip(), level=1)
            lists.restart()
            continue
        section_match = re.match(r"^(Section \d+\.)\s*(.*)$", paragraph_text)
        if section_match:
            lists.restart()
            paragraph = document.add_paragraph()
            title = re.match(r"^([A-Z][^.]{0,80}\.)\s+(.*)$", section_match.group(2))
            if title and len(title.group(1).split()) <= 9:
                paragraph.add_run(f"{section_match.group(1)} {title.group(1)}").bold = True
                paragraph.add_run(" " + title.group(2))
            else:
                paragraph.add_run(section_match.group(1)).bold = True
                if section_match.group(2):
                    paragraph.add_run(" " + section_match.group(2))
            continue
        label = _LABEL.match(paragraph_text)
        if label:
            value = label.group("label")
            style = "N" if value.isdigit() else "U" if value.isupper() else "L"
            paragraph = document.add_paragraph(label.group("text"))
            lists.number(paragraph, levels[style])
            continue
        document.add_paragraph(paragraph_text)
    document.save(str(target))


def main(staging: Path, out: Path) -> None:
    build_grinnell(staging / GRINNELL / f"{GRINNELL}.md", out / f"{GRINNELL}.docx")
    with tempfile.TemporaryDirectory() as scratch:
        word = Path(scratch) / f"{MARION}.docx"
        build_marion_docx(staging / MARION / f"{MARION}.md", word)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(word)], check=True,
                       capture_output=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
