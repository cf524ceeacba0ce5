"""Parse a contract's text into articles, sections and clauses from its numbering.

Heading levels in a converted PDF do not follow the hierarchy, so structure comes only from
the numbering: ``ARTICLE 6``, ``6.7``, ``A.``, ``1.``, ``a.``, ``SIDE LETTER #5``. A section
number is accepted only where it belongs (its article, in ascending order), which keeps OCR
noise and the garbled table of contents from inventing sections.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.pages import PageMap, page_marker
from ingest.readers import SourceText
from ingest.structure import Article, Clause, Section

_DASH = r"\s*[-–—:]?\s*"
ARTICLE_RE = re.compile(rf"^ARTICLE\s+(\d{{1,2}}){_DASH}(.*)$")
SECTION_RE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.?\s+([A-Z0-9(\"'].{0,160})$")
SIDE_LETTERS_RE = re.compile(r"^SIDE\s+LETTERS?$", re.IGNORECASE)
SIDE_LETTER_RE = re.compile(rf"^SIDE\s+LETTER\s*(?:#|NO\.?)?\s*(\d+){_DASH}(.*)$", re.IGNORECASE)
BACK_MATTER_RE = re.compile(r"^(ATTACHMENTS?|APPENDICES)$", re.IGNORECASE)
BACK_SECTION_RE = re.compile(r"^(Salary Schedules?|Signature Page|Appendix\s+\S+.*)$", re.IGNORECASE)
TOC_RE = re.compile(r"^TABLE OF CONTENTS$", re.IGNORECASE)
TOC_ENTRY_TAIL = re.compile(r"(\.{3,}|\s)\s*\d{1,3}$")
LABEL_RE = re.compile(r"^\(?([A-Z]|[a-z]|\d{1,2})[.)]\s+(\S.*)$")
MAX_SECTION_GAP = 3


def clean_line(line: str) -> tuple[str, bool]:
    """Strip markdown decoration; returns (text, was_heading)."""
    text = line.strip()
    heading = text.startswith("#")
    text = text.lstrip("#").strip()
    while text[:2] in ("- ", "* ", "• "):
        text = text[2:].lstrip()
    if text.startswith("**") and "**" in text[2:]:
        heading = heading or text.endswith("**")
        text = text.replace("**", "").strip()
    text = text.replace("\\_", "_").replace("\\$", "$")
    return text, heading


def _style(label: str) -> str:
    if label.isdigit():
        return "N"
    return "U" if label.isupper() else "L"


def _successor(previous: str, label: str) -> bool:
    if previous.isdigit() and label.isdigit():
        return int(label) == int(previous) + 1
    if len(previous) == 1 and len(label) == 1 and previous.isalpha():
        return ord(label) == ord(previous) + 1
    return False


def _is_first(label: str) -> bool:
    return label in ("A", "a", "1")


@dataclass
class _State:
    articles: list[Article] = field(default_factory=list)
    section: Section | None = None
    labels: list[tuple[str, str]] = field(default_factory=list)  # (style, label) stack
    clause_lines: list[str] = field(default_factory=list)
    clause_path: str = ""
    clause_start: int = 0
    clause_end: int = 0
    last_section_minor: int = 0

    @property
    def article(self) -> Article | None:
        return self.articles[-1] if self.articles else None


class ContractParser:
    def __init__(self, source: SourceText):
        self.source = source
        self.lines = _lines_with_offsets(source.text)
        self.pages, self.marker_offsets = self._page_map()

    def _page_map(self) -> tuple[PageMap, set[int]]:
        markers: list[tuple[int, int]] = []
        last: int | None = None
        for offset, line in self.lines:
            value = page_marker(line, last)
            if value is not None:
                markers.append((offset, value))
                last = value
        marker_offsets = {o for o, _ in markers}
        if self.source.page_breaks:
            return PageMap(starts=self.source.page_breaks), marker_offsets
        return PageMap(ends=markers), marker_offsets

    def parse(self) -> list[Article]:
        state = _State()
        in_body = False
        in_toc = False
        for offset, raw in self.lines:
            if offset in self.marker_offsets or not raw.strip():
                continue
            text, heading = clean_line(raw)
            in_table = raw.lstrip().startswith("|")
            if TOC_RE.match(text):
                in_toc = True
                continue
            if not in_table and self._starts_article(text, heading, in_toc):
                in_body, in_toc = True, False
            if not in_body or in_toc:
                continue
            if not in_table and self._structure_line(state, text, heading, offset):
                continue
            self._content_line(state, raw, text, in_table, offset)
        self._close_clause(state)
        return [a for a in state.articles if a.sections]

    @staticmethod
    def _starts_article(text: str, heading: bool, in_toc: bool) -> bool:
        if in_toc and TOC_ENTRY_TAIL.search(text):
            return False
        return text.upper() == "PREAMBLE" or (heading or text.isupper()) and bool(ARTICLE_RE.match(text))

    def _structure_line(self, state: _State, text: str, heading: bool, offset: int) -> bool:
        """Open an article or section if this line is a heading of one; True if it was."""
        if text.upper() == "PREAMBLE":
            self._open_article(state, "Preamble", "Preamble")
            self._open_section(state, "Preamble", "Preamble", offset)
            return True
        match = ARTICLE_RE.match(text)
        if match and (heading or text.isupper()):
            self._open_article(state, match.group(1), _title_case(match.group(2)) or f"Article {match.group(1)}")
            return True
        match = SECTION_RE.match(text)
        article = state.article
        if match and article is not None and match.group(1) == article.number:
            minor = int(match.group(2))
            if state.last_section_minor < minor <= state.last_section_minor + MAX_SECTION_GAP:
                state.last_section_minor = minor
                self._open_section(state, f"{match.group(1)}.{minor}", match.group(3).strip(), offset)
                return True
        if SIDE_LETTERS_RE.match(text) and heading:
            self._open_article(state, "Side Letters", "Side Letters")
            return True
        match = SIDE_LETTER_RE.match(text)
        if match and (heading or text.isupper()):
            if article is None or article.number != "Side Letters":
                self._open_article(state, "Side Letters", "Side Letters")
            self._open_section(state, f"Side Letter {int(match.group(1))}", match.group(2).strip(), offset)
            return True
        if heading and BACK_MATTER_RE.match(text):
            self._open_article(state, _title_case(text), _title_case(text))
            return True
        if heading and BACK_SECTION_RE.match(text) and article is not None and not article.number.isdigit():
            title = _title_case(text) if text.isupper() else text
            self._open_section(state, title, title, offset)
            return True
        return False

    def _content_line(self, state: _State, raw: str, text: str, in_table: bool, offset: int) -> None:
        if state.section is None:
            article = state.article
            if article is None:
                return
            # An article's own text (Article 7 has no numbered sections): the section is the article.
            self._open_section(state, article.number, article.title, offset)
        match = None if in_table else LABEL_RE.match(text)
        if match and self._accept_label(state, match.group(1)):
            self._close_clause(state)
            state.clause_path = ".".join(label for _, label in state.labels)
            state.clause_start = offset
            text = match.group(2)
        line = raw.strip() if in_table else text
        state.clause_lines.append(line)
        state.clause_end = offset + len(raw)

    @staticmethod
    def _accept_label(state: _State, label: str) -> bool:
        style = _style(label)
        for depth, (existing_style, previous) in enumerate(state.labels):
            if existing_style == style:
                if _successor(previous, label) or _is_first(label):
                    state.labels[depth:] = [(style, label)]
                    return True
                return False
        if _is_first(label):
            state.labels.append((style, label))
            return True
        return False

    def _open_article(self, state: _State, number: str, title: str) -> None:
        self._close_clause(state)
        state.articles.append(Article(number=number, title=title))
        state.section = None
        state.labels = []
        state.last_section_minor = 0

    def _open_section(self, state: _State, section_id: str, title: str, offset: int) -> None:
        self._close_clause(state)
        article = state.article
        assert article is not None
        page = self.pages.page_at(offset)
        state.section = Section(id=section_id, article=article.number, title=title, page_start=page, page_end=page)
        article.sections.append(state.section)
        state.labels = []
        state.clause_path = ""
        state.clause_start = offset

    def _close_clause(self, state: _State) -> None:
        section = state.section
        text = "\n".join(state.clause_lines).strip()
        if section is not None and text:
            page = self.pages.page_at(state.clause_start)
            path = state.clause_path
            if path and section.clause(path) is not None:
                # A section that restarts its lettering (two lists under one side letter): 'A(2)'.
                count = 2
                while section.clause(f"{path}({count})") is not None:
                    count += 1
                path = f"{path}({count})"
            section.clauses.append(
                Clause(path=path, text=text, page=page, start=state.clause_start, end=state.clause_end)
            )
            end_page = self.pages.page_at(max(state.clause_end - 1, state.clause_start))
            if end_page is not None:
                section.page_end = max(section.page_end or end_page, end_page)
        state.clause_lines = []


def _title_case(text: str) -> str:
    """'STATE'S RIGHTS' → "State's Rights" (str.title() would give "State'S")."""
    small = {"and", "of", "the", "for", "to", "in", "on", "a", "an", "or"}
    words = text.strip().split()
    return " ".join(
        w.lower() if i and w.lower() in small else w[:1].upper() + w[1:].lower() for i, w in enumerate(words)
    )


def _lines_with_offsets(text: str) -> list[tuple[int, str]]:
    result, offset = [], 0
    for line in text.split("\n"):
        result.append((offset, line))
        offset += len(line) + 1
    return result


def parse_contract(source: SourceText) -> list[Article]:
    return ContractParser(source).parse()
