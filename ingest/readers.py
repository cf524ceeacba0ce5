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
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        labels = list(reader.page_labels)
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, OSError, TypeError, AttributeError) as exc:
        raise DocumentError(f"{path.name}: the PDF is damaged or truncated and cannot be read ({exc}).") from exc
    if not "".join(pages).strip():
        raise DocumentError(
            f"{path.name}: the PDF has no text layer (a scanned image); run OCR on it first, then ingest again."
        )
    parts: list[str] = []
    breaks: list[tuple[int, int]] = []
    offset = 0
    for index, page_text in enumerate(pages):
        label = labels[index] if index < len(labels) else str(index + 1)
        breaks.append((offset, int(label) if label.isdigit() else index + 1))
        chunk = page_text.strip("\n") + "\n\n"
        parts.append(chunk)
        offset += len(chunk)
    return SourceText(text="".join(parts), page_breaks=breaks)


def _read_docx(path: Path) -> SourceText:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise DocumentError(f"{path.name}: not a readable Word (.docx) file ({exc}).") from exc
    parts: list[str] = []
    breaks: list[tuple[int, int]] = [(0, 1)]
    offset, page = 0, 1
    for paragraph in document.paragraphs:
        xml = paragraph._p.xml
        if 'w:type="page"' in xml or "lastRenderedPageBreak" in xml:
            page += 1
            breaks.append((offset, page))
        text = paragraph.text.strip()
        if not text:
            continue
        style = (paragraph.style.name or "").lower() if paragraph.style is not None else ""
        if style.startswith("heading"):
            text = "# " + text
        chunk = text + "\n\n"
        parts.append(chunk)
        offset += len(chunk)
    for table in document.tables:
        for row in table.rows:
            chunk = "| " + " | ".join(cell.text.strip() for cell in row.cells) + " |\n"
            parts.append(chunk)
            offset += len(chunk)
    text = "".join(parts)
    if not text.strip():
        raise DocumentError(f"{path.name}: the Word file contains no text.")
    return SourceText(text=text, page_breaks=breaks)
