"""Read a document file into text, keeping page information where the format has it.

Markdown and plain text carry printed page numbers as lines of their own (found later by the
parser); PDF and DOCX give page breaks explicitly. Every failure is a DocumentError naming the
file and what to do about it, so one bad file never stops the others from ingesting.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from ingest.errors import DocumentError

TEXT_SUFFIXES = frozenset({".md", ".markdown", ".txt"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | {".pdf", ".docx"}


@dataclass
class SourceText:
    text: str
    # (character offset, page number) where a new page begins; None = find printed page numbers.
    page_breaks: list[tuple[int, int]] | None = None
    front_matter: dict = field(default_factory=dict)


def read_document(path: Path, max_bytes: int) -> SourceText:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise DocumentError(
            f"{path.name}: unsupported file type '{suffix or '(none)'}'; use one of "
            f"{', '.join(sorted(SUPPORTED_SUFFIXES))}."
        )
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise DocumentError(f"{path.name}: cannot be read ({exc.strerror}).") from exc
    if size == 0:
        raise DocumentError(f"{path.name}: the file is empty (0 bytes).")
    if size > max_bytes:
        raise DocumentError(
            f"{path.name}: {size / 2**20:.1f} MiB is over the {max_bytes / 2**20:.1f} MiB limit "
            "(setting CONTRACT_ASSISTANT_MAX_FILE_BYTES)."
        )
    if suffix == ".pdf":
        return _read_pdf(path)
    if suffix == ".docx":
        return _read_docx(path)
    return _read_text(path)


def _read_text(path: Path) -> SourceText:
    raw = path.read_bytes()
    if b"\x00" in raw[:65536]:
        raise DocumentError(f"{path.name}: looks like a binary file, not text; export it as PDF, DOCX or text.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    front: dict = {}
    match = re.match(r"^---\n(.*?)\n---\n", text, re.DOTALL)
    if match:
        import yaml

        try:
            loaded = yaml.safe_load(match.group(1))
        except yaml.YAMLError as exc:
            raise DocumentError(f"{path.name}: its front matter is not valid YAML ({exc}).") from exc
        if isinstance(loaded, dict):
            front = loaded
            text = " " * match.end() + text[match.end():]  # keep offsets stable
    return SourceText(text=text, front_matter=front)


def _read_pdf(path: Path) -> SourceText:
    """Read a PDF's layout, not just its text: per line the font size and weight and the position on
    the page. Running headers and footers (lines in the top or bottom margin that repeat from page to
    page) are dropped, the printed page number they carry ('Page 12 of 55', '- 12 -') labels the page,
    larger or all-bold short lines are marked as headings, and a vertical gap starts a paragraph."""
    import pdfplumber

    try:
        with pdfplumber.open(str(path)) as pdf:
            pages = [_pdf_lines(page) for page in pdf.pages]
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many kinds of error on a damaged file
        raise DocumentError(f"{path.name}: the PDF is damaged or truncated and cannot be read ({exc}).") from exc
    if not any(line.text.strip() for _, lines in pages for line in lines):
        raise DocumentError(
            f"{path.name}: the PDF has no text layer (a scanned image); run OCR on it first, then ingest again."
        )
    return _layout_text(pages)


@dataclass
class _PdfLine:
    text: str
    top: float
    bottom: float
    size: float
    bold: bool


def _pdf_lines(page: object) -> tuple[float, list[_PdfLine]]:
    lines = []
    for raw in page.extract_text_lines(return_chars=True, strip=True):  # type: ignore[attr-defined]
        chars = [c for c in raw["chars"] if c["text"].strip()]
        if not chars or not raw["text"].strip():
            continue
        sizes = sorted(round(c["size"], 1) for c in chars)
        bold = sum(1 for c in chars if re.search(r"bold|black|heavy", c["fontname"], re.IGNORECASE)) / len(chars)
        lines.append(_PdfLine(raw["text"], raw["top"], raw["bottom"], sizes[len(sizes) // 2], bold >= 0.8))
    return page.height, lines  # type: ignore[attr-defined]


_PRINTED_PAGE = re.compile(r"^(?:page\s*(\d{1,4})(?:\s*(?:of|/)\s*\d{1,4})?|[-–—]?\s*(\d{1,4})\s*[-–—]?)$", re.IGNORECASE)
_MARGIN = 0.09  # the top and bottom 9% of a page hold running headers and footers


def _layout_text(pages: list[tuple[float, list[_PdfLine]]]) -> SourceText:
    from collections import Counter

    def shape(text: str) -> str:
        return re.sub(r"\d+", "#", text.lower()).strip()

    in_margin: Counter[str] = Counter()
    for height, lines in pages:
        for line in lines:
            if line.top < height * _MARGIN or line.bottom > height * (1 - _MARGIN):
                in_margin[shape(line.text)] += 1
    repeated = {s for s, n in in_margin.items() if n >= max(3, len(pages) // 3)}
    sizes: Counter[float] = Counter()
    for _, lines in pages:
        for line in lines:
            sizes[line.size] += len(line.text)
    body = sizes.most_common(1)[0][0] if sizes else 0.0
    parts: list[str] = []
    breaks: list[tuple[int, int]] = []
    offset = 0
    for index, (height, lines) in enumerate(pages):
        printed: int | None = None
        kept: list[_PdfLine] = []
        for line in lines:
            margin = line.top < height * _MARGIN or line.bottom > height * (1 - _MARGIN)
            number = _PRINTED_PAGE.match(line.text.strip())
            if margin and number:
                printed = int(number.group(1) or number.group(2))
                continue
            if margin and shape(line.text) in repeated:
                continue
            kept.append(line)
        breaks.append((offset, printed if printed is not None else index + 1))
        previous: _PdfLine | None = None
        for line in kept:
            text = line.text.strip()
            if previous is not None and line.top - previous.bottom > 0.6 * (previous.bottom - previous.top):
                parts.append("\n")
                offset += 1
            heading = body and (line.size >= body * 1.15 or (line.bold and len(text) <= 120))
            chunk = ("## " + text if heading else text) + "\n"
            parts.append(chunk)
            offset += len(chunk)
            previous = line
        parts.append("\n")
        offset += 1
    return SourceText(text="".join(parts), page_breaks=breaks)


_NUMBER_FORMATS = {
    "decimal": lambda n: str(n),
    "upperLetter": lambda n: chr(ord("A") + (n - 1) % 26),
    "lowerLetter": lambda n: chr(ord("a") + (n - 1) % 26),
    "upperRoman": lambda n: _roman(n),
    "lowerRoman": lambda n: _roman(n).lower(),
    "decimalZero": lambda n: f"{n:02d}",
}


def _roman(number: int) -> str:
    from ingest.ids import int_to_roman

    return int_to_roman(number)


class _DocxNumbering:
    """Word's automatic list numbers ('A.', '(1)', '12.3'), which python-docx does not render."""

    def __init__(self, document: object):
        self.levels: dict[str, dict[int, tuple[int, str, str]]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        try:
            root = document.part.numbering_part.element  # type: ignore[attr-defined]
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract: dict[str, dict[int, tuple[int, str, str]]] = {}
        for node in root.findall(qn("w:abstractNum")):
            levels = {}
            for level in node.findall(qn("w:lvl")):
                start = level.find(qn("w:start"))
                fmt = level.find(qn("w:numFmt"))
                text = level.find(qn("w:lvlText"))
                levels[int(level.get(qn("w:ilvl")))] = (
                    int(start.get(qn("w:val"))) if start is not None else 1,
                    fmt.get(qn("w:val")) if fmt is not None else "decimal",
                    text.get(qn("w:val")) if text is not None else "%1.",
                )
            abstract[node.get(qn("w:abstractNumId"))] = levels
        for node in root.findall(qn("w:num")):
            ref = node.find(qn("w:abstractNumId"))
            if ref is not None:
                self.levels[node.get(qn("w:numId"))] = abstract.get(ref.get(qn("w:val")), {})

    def label(self, paragraph: object) -> str:
        num_id, level = _num_pr(paragraph)
        if num_id is None or num_id not in self.levels or level not in self.levels[num_id]:
            return ""
        counters = self.counters.setdefault(num_id, {})
        start, fmt, text = self.levels[num_id][level]
        counters[level] = counters.get(level, start - 1) + 1
        for deeper in [k for k in counters if k > level]:
            del counters[deeper]
        if fmt == "bullet" or fmt == "none":
            return ""

        def render(match: re.Match[str]) -> str:
            at = int(match.group(1)) - 1
            at_start, at_fmt, _ = self.levels[num_id].get(at, (1, "decimal", ""))
            value = counters.get(at, at_start)
            return _NUMBER_FORMATS.get(at_fmt, _NUMBER_FORMATS["decimal"])(value)

        return re.sub(r"%(\d)", render, text)


def _num_pr(paragraph: object) -> tuple[str | None, int]:
    """The paragraph's list (numId, level), from its own properties or its style's."""
    p = paragraph._p  # type: ignore[attr-defined]
    candidates = [p.pPr]
    style = paragraph.style  # type: ignore[attr-defined]
    while style is not None:
        candidates.append(style.element.pPr)
        style = style.base_style
    for ppr in candidates:
        if ppr is None:
            continue
        num = ppr.find(qn("w:numPr"))
        if num is None:
            continue
        num_id = num.find(qn("w:numId"))
        level = num.find(qn("w:ilvl"))
        if num_id is not None:
            return num_id.get(qn("w:val")), int(level.get(qn("w:val"))) if level is not None else 0
    return None, 0


def qn(tag: str) -> str:
    from docx.oxml.ns import qn as docx_qn

    return str(docx_qn(tag))


def _read_docx(path: Path) -> SourceText:
    """Paragraphs and tables in document order; 'Heading N' styles become markdown headings and
    Word's automatic list numbers are written out, so the parser sees 'A.' and '12.3' as printed."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise DocumentError(f"{path.name}: not a readable Word (.docx) file ({exc}).") from exc
    numbering = _DocxNumbering(document)
    parts: list[str] = []
    breaks: list[tuple[int, int]] = [(0, 1)]
    offset, page = 0, 1
    for element in document.element.body.iterchildren():
        if element.tag == qn("w:tbl"):
            for row in Table(element, document).rows:
                chunk = "| " + " | ".join(cell.text.strip() for cell in row.cells) + " |\n"
                parts.append(chunk)
                offset += len(chunk)
            parts.append("\n")
            offset += 1
            continue
        if element.tag != qn("w:p"):
            continue
        paragraph = Paragraph(element, document)
        xml = element.xml
        if 'w:type="page"' in xml or "lastRenderedPageBreak" in xml:
            page += 1
            breaks.append((offset, page))
        label = numbering.label(paragraph)
        text = paragraph.text.strip()
        if not text:
            continue
        if label:
            text = f"{label} {text}"
        style = (paragraph.style.name or "").lower() if paragraph.style is not None else ""
        level = re.match(r"heading\s*(\d)", style)
        if level or style == "title":
            text = "#" * (int(level.group(1)) if level else 1) + " " + text
        chunk = text + "\n\n"
        parts.append(chunk)
        offset += len(chunk)
    text = "".join(parts)
    if not text.strip():
        raise DocumentError(f"{path.name}: the Word file contains no text.")
    # Without page breaks saved by Word, page numbers are unknown rather than all 'p. 1'.
    return SourceText(text=text, page_breaks=breaks if len(breaks) > 1 else [])
