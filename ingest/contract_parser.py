"""Parse a contract's text into articles, sections, clauses and side units from its own numbering.

Nothing here assumes one contract's style. A first pass reads the document's scheme (ingest.scheme):
how articles are written (``ARTICLE 6``, ``Article XII:``, ``ARTICLE 10.00 -``), whether sections
are dotted (``6.7``, ``9.08``, ``## 10.01``) or restart in each article (``Section 3.`` → id
``12.3``), where the body begins after the cover and table of contents, and which lines are
running headers and footers. The second pass (here) builds the structure, accepting a section
number only where it belongs (its article, in ascending order), so OCR noise, cross-references
at the start of a wrapped line and the table of contents never invent sections. Letters of
agreement/understanding, MOUs, side letters, appendices, exhibits and schedules become top-level
units with their own ids (``LOA 14``, ``Appendix C``); signature blocks are kept but marked so
they are never quoted as answers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.ids import UNIT_KINDS, roman_to_int, unit_id, unit_kind
from ingest.pages import PageMap
from ingest.readers import SourceText
from ingest.scheme import (
    ARTICLE_RE,
    PREAMBLE_RE,
    RESTART_SECTION_RE,
    Scheme,
    clean_line,
    detect_scheme,
    is_heading_like,
    lines_with_offsets,
)
from ingest.structure import Article, Clause, Numbering, Section

SECTION_RE = re.compile(r"^(?:Section\s+|Sec\.\s*|§\s*)?(\d{1,3})\.(\d{1,3})\.?(?:\s+(\S.*))?$")
SIDE_LETTERS_RE = re.compile(r"^SIDE\s+LETTERS?$", re.IGNORECASE)
BACK_MATTER_RE = re.compile(r"^(ATTACHMENTS?|APPENDICES)$", re.IGNORECASE)
BACK_SECTION_RE = re.compile(r"^(Salary Schedules?|Signature Page)$", re.IGNORECASE)
_UNIT_WORDS = "|".join(f"(?:{pattern})" for pattern, _ in UNIT_KINDS.values())
UNIT_RE = re.compile(
    rf"^(?P<kind>{_UNIT_WORDS})\s*(?:#|No\.?\s*|Number\s+)?\s*"
    r"(?P<num>\(\d{1,3}(?:-\d{1,3})?\)|\d{1,3}(?:-\d{1,3})?|[\"“”'‘’]?[A-Z]{1,2}(?:-\d{1,2})?[\"“”'‘’]?)?"
    r"(?![\w])\s*(?P<sep>[-–—:.]*)\s*(?P<title>.*)$",
    re.IGNORECASE,
)
UNIT_SUBSECTION_RE = re.compile(r"^(?:Article|Section|Sec\.)\s+(\d{1,3}(?:\.\d{1,4}){1,3})\b\s*[-–—:.]?\s*(.*)$")
LABEL_RE = re.compile(
    r"^(?:\d{1,2}\.\s+(?=\())?"  # a converter's own list number before the real label: '2. (i)'
    r"\(?(?P<label>[A-Z]|[a-z]|\d{1,2}|[ivxlc]{1,6}|[IVXLC]{1,6})(?:[.)]|(?<=\(\w)\)|(?<=\(\w\w)\)|(?<=\(\w\w\w)\))"
    r"(?:(?:\s+|(?<=\))(?=[A-Z]))(?P<text>\S.*))?$"  # '(iii)The parties …': a lost space after a bracketed label
)
SIGNATURE_RE = re.compile(
    r"^(?:signature on file|\(?signed\)?|/s/|_{4,}|in witness whereof|signed (?:this|at|on)\b|dated (?:this|the|at|on)\b"
    # 'For the Union:' signs; 'For long-term employees only, the following vacation pay will apply:' opens a list
    r"|all of which is agreed|for (?:the )?(?![^:]*\b(?:following|shall|will|apply|applies|must|may)\b)[A-Z][\w .,'’&-]{0,100}:$)",
    re.IGNORECASE,
)
_TITLE_SMALL_WORDS = frozenset({"and", "of", "the", "for", "to", "in", "on", "a", "an", "or", "with", "by", "at", "from"})
MAX_SECTION_GAP = 3
ROMAN_LOWER = re.compile(r"^(?=[ivxlc])m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$")
CONTAINERS = {
    "Side Letter": "Side Letters", "LOA": "Letters of Agreement", "LOU": "Letters of Understanding",
    "LOI": "Letters of Intent", "Letter": "Letters", "MOU": "Memoranda of Understanding",
    "MOA": "Memoranda of Agreement", "Appendix": "Appendices", "Exhibit": "Exhibits", "Schedule": "Schedules",
    "Attachment": "Attachments", "Addendum": "Addenda", "Annex": "Annexes",
}


def _style(label: str, labels: list[tuple[str, str]]) -> str:
    """N (1, 2), U (A, B), L (a, b), R (i, ii) or RU (I, II). 'i' is a letter right after 'h'."""
    if label.isdigit():
        return "N"
    lower = label.lower()
    if ROMAN_LOWER.match(lower):
        letter_style = "U" if label.isupper() else "L"
        follows_letter = any(s == letter_style and _successor(p, label) for s, p in labels)
        if len(label) > 1 or (not follows_letter and (label in ("i", "I") or any(s in ("R", "RU") for s, _ in labels))):
            return "RU" if label.isupper() else "R"
    return "U" if label.isupper() else "L"


def _successor(previous: str, label: str) -> bool:
    if previous.isdigit() and label.isdigit():
        return int(label) == int(previous) + 1
    if len(previous) == 1 and len(label) == 1 and previous.isalpha() and label.isalpha():
        return ord(label) == ord(previous) + 1
    return False


def _roman_successor(previous: str, label: str) -> bool:
    before, after = roman_to_int(previous), roman_to_int(label)
    return before is not None and after is not None and after == before + 1


def _is_first(label: str, style: str) -> bool:
    return label in ("A", "a", "1") or (style in ("R", "RU") and label.lower() == "i")


@dataclass
class _State:
    articles: list[Article] = field(default_factory=list)
    section: Section | None = None
    labels: list[tuple[str, str]] = field(default_factory=list)  # (style, label) stack
    clause_lines: list[str] = field(default_factory=list)
    clause_path: str = ""
    clause_role: str = ""
    clause_start: int = 0
    clause_end: int = 0
    last_section_minor: int = 0
    last_article: int = 0
    unit: Section | None = None  # the letter/appendix whose own numbered parts follow
    scope: str = ""  # a numberless unit (an addendum) that later duplicate unit ids are named within
    title_pending: bool = False  # a unit opened without a title takes it from the next short line
    unit_lines: int = 0
    article_title_open: bool = False  # the article heading just read may go on on the next line
    paragraphs: int = 0

    @property
    def article(self) -> Article | None:
        return self.articles[-1] if self.articles else None


class ContractParser:
    def __init__(self, source: SourceText, scheme: Scheme | None = None):
        self.source = source
        self.lines = lines_with_offsets(source.text)
        self.scheme = scheme or detect_scheme(source, self.lines)
        self.pages = self.scheme.page_map(source)
        self.ids: set[str] = set()

    def parse(self) -> list[Article]:
        state = _State()
        scheme = self.scheme
        for index, (offset, raw) in enumerate(self.lines):
            if index < scheme.body_start or index in scheme.skip or not raw.strip():
                continue
            text, heading = clean_line(raw)
            if not text:
                continue
            in_table = raw.lstrip().startswith("|")
            if not in_table and self._structure_line(state, raw, text, heading, offset, index):
                if state.section is not None:
                    state.article_title_open = False
                continue
            if state.section is not None and state.title_pending and not state.section.clauses:
                self._unit_title_line(state, text, heading, in_table)
            if state.article_title_open and not in_table and self._article_title_line(state, text):
                continue
            self._content_line(state, raw, text, in_table, offset)
        self._close_clause(state)
        for article in state.articles:
            for section in article.sections:
                if not section.title:
                    prose = [c.text for c in section.clauses if c.answerable and not c.text.lstrip().startswith("|")]
                    section.title = _short_title(prose[0]) if prose else section.id
        return [a for a in state.articles if a.sections]

    # -- structure -----------------------------------------------------------------------------
    def _structure_line(self, state: _State, raw: str, text: str, heading: bool, offset: int, index: int) -> bool:
        """Open an article, section or unit if this line is a heading of one; True if it was."""
        scheme = self.scheme
        heading_like = heading or is_heading_like(raw, text)
        if PREAMBLE_RE.match(text) and (heading_like or text.isupper()) and not state.articles:
            title = _title_case(text.rstrip(":"))
            self._open_article(state, title, title)
            self._open_section(state, title, title, offset)
            return True
        match = scheme.article_re.match(text)
        if match and index in scheme.article_lines:
            number = scheme.article_number(match)
            if number is not None and state.last_article < number <= state.last_article + 10 + 10 * (not state.articles):
                title = (match.group("title") or "").strip().strip("*").strip()
                self._open_article(state, str(number), _display_title(title) or f"Article {number}")
                state.last_article = number
                state.article_title_open = True
                state.unit = None
                return True
        article = state.article
        if article is not None and article.number.isdigit() and state.unit is None:
            if self._section_line(state, raw, text, heading_like, offset, index):
                return True
        if SIDE_LETTERS_RE.match(text) and heading:
            self._open_article(state, "Side Letters", "Side Letters")
            return True
        if self._unit_line(state, text, heading, heading_like, offset, index):
            return True
        if state.unit is not None and heading_like:
            match = UNIT_SUBSECTION_RE.match(text)
            if match:
                section_id = f"{state.unit.id} {match.group(1)}"
                if section_id not in self.ids:
                    self._open_section(state, section_id, match.group(2).strip(), offset, keep_unit=True)
                    state.title_pending = not match.group(2).strip()
                    return True
        if heading and BACK_MATTER_RE.match(text):
            self._open_article(state, _title_case(text), _title_case(text))
            return True
        if heading and BACK_SECTION_RE.match(text) and article is not None and not article.number.isdigit():
            title = _title_case(text) if text.isupper() else text
            self._open_section(state, title, title, offset)
            return True
        return False

    def _section_line(self, state: _State, raw: str, text: str, heading: bool, offset: int, index: int) -> bool:
        article = state.article
        assert article is not None
        scheme = self.scheme
        if scheme.sections == "restarting":
            match = scheme.section_re.match(text) if scheme.section_re is not None else RESTART_SECTION_RE.match(text)
            if not match:
                return False
            minor = int(match.group("num"))
            rest = (match.groupdict().get("title") or "").strip()
            section_id = f"{article.number}.{minor}"
        else:
            match = scheme.section_re.match(text) if scheme.section_re is not None else SECTION_RE.match(text)
            if not match:
                return False
            groups = match.groups()
            major, minor_text, rest = groups[0], groups[1], (groups[2] or "").strip()
            if int(major) != int(article.number):
                return False
            minor = int(minor_text)
            section_id = f"{int(major)}.{minor_text}" if scheme.zero_padded else f"{int(major)}.{minor}"
        if not state.last_section_minor < minor <= state.last_section_minor + MAX_SECTION_GAP:
            return False
        title, body = self._split_title(raw, rest, heading, index)
        state.last_section_minor = minor
        self._open_section(state, section_id, title, offset)
        if body:
            self._start_clause(state, offset)
            self._content_text(state, body, offset, len(raw))
        return True

    def _split_title(self, raw: str, rest: str, heading: bool, index: int) -> tuple[str, str]:
        """A section heading's title and any text run in after it: '**1.1 Exclusive representative.**  The
        company …', 'Section 5. Shift Differential. All full-time …', '15.10 Overtime compensation'."""
        if not rest:
            return "", ""
        bold = re.match(r"^\s*(?:#+\s*)?\*\*(.+?)\*\*\s*(.*)$", raw)
        if bold and bold.group(2).strip():
            inner = re.sub(r"^(?:Section\s+|Sec\.\s*|§\s*)?\d{1,3}(?:\.\d{1,3})?\.?\s*", "", bold.group(1).strip())
            if inner and rest.startswith(inner.replace("**", "")):
                return inner.rstrip(" .:"), rest[len(inner):].strip()
        run_in = re.match(r"^([A-Z][^.!?:;]{0,80}?)\.\s+(\S.*)$", rest)
        if run_in and _title_like(run_in.group(1)):
            return run_in.group(1), run_in.group(2)
        if heading or rest.isupper() or not self.scheme.run_in_text:
            return rest, ""
        # Sections usually start their text on the heading line: only a short, title-like line is a title.
        following = self._next_text(index)
        words = rest.rstrip(".").split()
        ends_open = rest.endswith((",", ";", ":")) or bool(words and words[-1].lower() in _TITLE_SMALL_WORDS)
        continues = following is not None and following[:1].islower()
        if rest.endswith("."):
            short = len(rest) <= 80 and _title_like(rest.rstrip("."))
        else:
            short = len(rest) <= 60
        if short and not ends_open and not continues:
            return rest.rstrip("."), ""
        return "", rest

    def _next_text(self, index: int) -> str | None:
        for number in range(index + 1, min(index + 6, len(self.lines))):
            raw = self.lines[number][1]
            if raw.strip() and number not in self.scheme.skip:
                text, _ = clean_line(raw)
                if text:
                    return text
        return None

    def _unit_line(self, state: _State, text: str, heading: bool, heading_like: bool, offset: int, index: int) -> bool:
        match = UNIT_RE.match(text)
        if not match:
            return False
        kind = unit_kind(match.group("kind"))
        if kind is None:
            return False
        number = (match.group("num") or "").strip("()\"“”'‘’")
        title = match.group("title").strip().strip("*").strip()
        if title[:1].islower() or (title and not match.group("sep") and not text.isupper() and not heading):
            return False
        if kind == "Letter" and not number:
            return False
        if not (heading_like or text.isupper() or (number and (not title or match.group("sep")))):
            return False
        if not number:
            # 'LETTER OF UNDERSTANDING' under 'LETTER #5' is its title; after a unit's text, a new unit.
            current = state.section
            has_text = current is not None and sum(len(c.text) for c in current.clauses) + sum(
                len(line) for line in state.clause_lines) >= 200
            if state.unit is None or not has_text or kind not in ("Addendum", "Appendix", "Exhibit", "Schedule"):
                return False
            section_id = kind
        else:
            section_id = unit_id(kind, number)
        if section_id in self.ids:
            section_id = f"{state.scope} {section_id}".strip() if state.scope else section_id
            count = 2
            base = section_id
            while section_id in self.ids:
                section_id = f"{base} ({count})"
                count += 1
        container = "Side Letters" if kind == "Side Letter" else CONTAINERS.get(kind, "Appendices")
        article = state.article
        if article is None or article.number != container:
            self._open_article(state, container, container)
        self._open_section(state, section_id, _display_title(title), offset)
        state.unit = state.section
        state.title_pending = not title
        if not number:
            state.scope = section_id
        return True

    def _unit_title_line(self, state: _State, text: str, heading: bool, in_table: bool) -> bool:
        """Name a unit opened without a title from its next lines ('Re: Referral for Case Managed Aftercare',
        'Memorandum of Agreement on Supporting Employee Wellness'). The lines stay in the text too."""
        section = state.section
        assert section is not None
        state.unit_lines += 1
        if in_table or state.unit_lines > 25:
            state.title_pending = False
            return False
        subject = re.match(r"^(?:re|subject)\s*:\s*(\S.*)$", text, re.IGNORECASE)
        if subject:
            section.title = _display_title(subject.group(1).rstrip("."))
            state.title_pending = False
            return False
        unit = UNIT_RE.match(text)
        generic = bool(unit and not unit.group("num")) or bool(re.search(r"\bbetween\b|^and\b|^by\b", text, re.IGNORECASE))
        if not section.title and state.unit_lines <= 8 and not generic and len(text) <= 120 and not LABEL_RE.match(text) \
                and not SIGNATURE_RE.match(text) and (text.isupper() or _title_like(text)):
            section.title = _display_title(text.rstrip("."))
        return False

    def _article_title_line(self, state: _State, text: str) -> bool:
        """A title that wraps onto the next line, or that follows a bare 'ARTICLE 7' on a line of its own."""
        article = state.article
        state.article_title_open = False
        if article is None or article.sections or len(text) > 80 or text.endswith(".") or LABEL_RE.match(text):
            return False
        bare = article.title == f"Article {article.number}"
        if bare and (text.isupper() or _title_like(text)):
            article.title = _display_title(text)
            state.article_title_open = True
            return True
        if text[:1].islower() or (text.isupper() and article.title.isupper()):
            article.title = f"{article.title} {_display_title(text) if text.isupper() else text}"
            state.article_title_open = True
            return True
        return False

    def _open_article(self, state: _State, number: str, title: str) -> None:
        self._close_clause(state)
        state.article_title_open = False
        state.articles.append(Article(number=number, title=title))
        state.section = None
        state.labels = []
        state.last_section_minor = 0
        state.title_pending = False

    def _open_section(self, state: _State, section_id: str, title: str, offset: int, keep_unit: bool = False) -> None:
        self._close_clause(state)
        article = state.article
        assert article is not None
        page = self.pages.page_at(offset)
        state.section = Section(id=section_id, article=article.number, title=title, page_start=page, page_end=page,
                                label=self.scheme.label_for(section_id, article.number))
        article.sections.append(state.section)
        self.ids.add(section_id)
        state.labels = []
        state.clause_path = ""
        state.clause_role = ""
        state.clause_start = offset
        state.title_pending = False
        state.unit_lines = 0
        state.paragraphs = 0
        if not keep_unit:
            state.unit = None

    # -- content -------------------------------------------------------------------------------
    def _content_line(self, state: _State, raw: str, text: str, in_table: bool, offset: int) -> None:
        if state.section is None:
            article = state.article
            if article is None:
                if not self.scheme.preamble_prose:
                    return
                self._open_article(state, "Preamble", "Preamble")
                self._open_section(state, "Preamble", "Preamble", offset)
                return self._content_line(state, raw, text, in_table, offset)
            # An article's own text (one without numbered sections, or before its first): the section is the article.
            self._open_section(state, article.number, article.title, offset, keep_unit=True)
        if not in_table and SIGNATURE_RE.match(text):
            if state.clause_role != "signatures":
                self._close_clause(state)
                state.clause_role = "signatures"
                state.clause_path = self._paragraph_path(state, "¶signatures")
                state.clause_start = offset
            state.clause_lines.append(text)
            state.clause_end = offset + len(raw)
            return
        if state.clause_role == "signatures" and (in_table or len(text) > 100 or LABEL_RE.match(text)):
            self._close_clause(state)
            state.clause_role = ""
            state.clause_path = self._paragraph_path(state, "¶")
            state.clause_start = offset
        match = None if in_table or state.clause_role else LABEL_RE.match(text)
        if match and self._accept_label(state, match.group("label")):
            self._close_clause(state)
            state.clause_path = ".".join(label for _, label in state.labels)
            state.clause_start = offset
            text = match.group("text") or ""
            if not text:
                state.clause_end = offset + len(raw)
                return
        line = raw.strip() if in_table else text
        state.clause_lines.append(line)
        state.clause_end = offset + len(raw)

    def _paragraph_path(self, state: _State, prefix: str) -> str:
        state.paragraphs += 1
        return f"{prefix}{state.paragraphs}" if prefix == "¶" else prefix if state.paragraphs == 1 else \
            f"{prefix}({state.paragraphs})"

    def _start_clause(self, state: _State, offset: int) -> None:
        state.clause_path = ""
        state.clause_start = offset

    def _content_text(self, state: _State, body: str, offset: int, length: int) -> None:
        match = LABEL_RE.match(body)
        if match and self._accept_label(state, match.group("label")):
            state.clause_path = ".".join(label for _, label in state.labels)
            body = match.group("text") or ""
        if body:
            state.clause_lines.append(body)
        state.clause_end = offset + length

    @staticmethod
    def _accept_label(state: _State, label: str) -> bool:
        if state.labels and state.labels[-1][0] == "L" and len(state.labels[-1][1]) == 1 and state.labels[-1][1] < "z":
            # OCR's misreadings of the next letter of a lettered list: '1.' or 'I.' for l after 'k.', '0.' for o after 'n.',
            # 'S.' for s after 'r.' ('k. … 1. "holiday pay" … m. …')
            expected = chr(ord(state.labels[-1][1]) + 1)
            if label in {"l": ("1", "I"), "o": ("0",)}.get(expected, ()) or label == expected.upper():
                label = expected
        style = _style(label, state.labels)
        for depth, (existing_style, previous) in enumerate(state.labels):
            if existing_style == style:
                follows = _roman_successor(previous, label) if style in ("R", "RU") else _successor(previous, label)
                if follows or _is_first(label, style):
                    state.labels[depth:] = [(style, label)]
                    return True
                return False
        if _is_first(label, style):
            state.labels.append((style, label))
            return True
        return False

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
                Clause(path=path, text=text, page=page, start=state.clause_start, end=state.clause_end,
                       role=state.clause_role)
            )
            end_page = self.pages.page_at(max(state.clause_end - 1, state.clause_start))
            if end_page is not None:
                section.page_end = max(section.page_end or end_page, end_page)
        state.clause_lines = []
        if state.clause_role:
            state.clause_role = ""
            state.clause_path = self._paragraph_path(state, "¶")


def _title_like(text: str) -> bool:
    """'Shift Differential', 'Call Back Pay (Overtime Eligible Employees Only)', 'Exclusive representative'."""
    words = [w for w in re.split(r"\s+", text.strip()) if w]
    if not words or len(words) > 10 or not words[0][:1].isupper():
        return False
    if words[-1].lower() in _TITLE_SMALL_WORDS:
        return False
    content = [w for w in words if w.lower() not in _TITLE_SMALL_WORDS]
    capitals = sum(1 for w in content if w[:1].isupper() or w[:1] in "(\"“")
    return len(words) <= 3 or capitals * 2 >= len(content)


def _display_title(text: str) -> str:
    text = text.strip().strip("*").strip().rstrip(":").strip()
    return _title_case(text) if text.isupper() else text


def _title_case(text: str) -> str:
    """'STATE'S RIGHTS' → "State's Rights" (str.title() would give "State'S")."""
    small = {"and", "of", "the", "for", "to", "in", "on", "a", "an", "or"}
    words = text.strip().split()
    return " ".join(
        w.lower() if i and w.lower() in small else w[:1].upper() + w[1:].lower() for i, w in enumerate(words)
    )


def _short_title(text: str, limit: int = 70) -> str:
    """A section printed without a title is listed by its opening words."""
    first = " ".join(text.strip().split("\n", 1)[0].split())
    sentence = re.split(r"(?<=[.;:])\s", first, maxsplit=1)[0].rstrip(".;:")
    if len(sentence) <= limit:
        return sentence
    return sentence[:limit].rsplit(" ", 1)[0] + "…"


def parse_contract(source: SourceText, scheme: Scheme | None = None) -> list[Article]:
    return ContractParser(source, scheme).parse()


def numbering_of(scheme: Scheme) -> Numbering:
    return scheme.numbering()


__all__ = ["ARTICLE_RE", "ContractParser", "PageMap", "clean_line", "parse_contract", "numbering_of"]
