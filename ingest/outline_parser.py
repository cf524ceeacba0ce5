"""Parse documents that are not numbered contracts: bulletins, guidance, side agreements.

A side agreement's numbered items become sections 1…n (cited by item number); guidance and
news split at their headings or title lines, each paragraph a clause. Labelled by kind so an
answer never presents them as binding contract language.
"""

from __future__ import annotations

import re

from ingest.contract_parser import clean_line
from ingest.pages import PageMap
from ingest.readers import SourceText
from ingest.structure import Article, Clause, Section

ITEM_RE = re.compile(r"^\s*(?:[-*•]\s*)?(\d{1,2})[.)]\s+(\S.*)$")


def _paragraphs(text: str, start: int = 0) -> list[tuple[int, str, bool]]:
    """(offset, cleaned text, was_heading) for each blank-line separated paragraph."""
    result = []
    for match in re.finditer(r"(?:[^\n]+\n?)+", text[start:]):
        raw = match.group(0).strip()
        if not raw:
            continue
        lines = [clean_line(line) for line in raw.split("\n")]
        body = " ".join(t for t, _ in lines if t)
        heading = len(lines) == 1 and lines[0][1]
        if body:
            result.append((start + match.start(), body, heading))
    return result


def _short_title(text: str, limit: int = 70) -> str:
    sentence = re.split(r"(?<=[.;:])\s", text, maxsplit=1)[0].rstrip(".;:")
    if len(sentence) <= limit:
        return sentence
    return sentence[:limit].rsplit(" ", 1)[0] + "…"


def _page_map(source: SourceText) -> PageMap:
    return PageMap(starts=source.page_breaks) if source.page_breaks else PageMap()


def parse_numbered_items(source: SourceText, items_after: str | None, title: str) -> list[Article]:
    """A side agreement: numbered items after a marker line are sections '1'…'n'."""
    pages = _page_map(source)
    start = source.text.find(items_after) if items_after else -1
    intro_end = max(start, 0)
    sections: list[Section] = []
    intro = [
        Clause(path=f"¶{i}", text=body, page=pages.page_at(offset), start=offset, end=offset + len(body))
        for i, (offset, body, _) in enumerate(_paragraphs(source.text[:intro_end]), 1)
    ]
    if intro:
        sections.append(Section(id="Summary", article="", title=title, clauses=intro))
    expected = 1
    for offset, body, _ in _paragraphs(source.text, max(start, 0)):
        match = ITEM_RE.match(body)
        if match and int(match.group(1)) == expected:
            text = match.group(2).strip()
            clause = Clause(path="", text=text, page=pages.page_at(offset), start=offset, end=offset + len(body))
            sections.append(Section(id=str(expected), article="", title=_short_title(text), clauses=[clause]))
            expected += 1
    for section in sections:
        section.page_start = section.page_end = section.clauses[0].page
    return [Article(number="", title=title, sections=sections)] if sections else []


def _lines(text: str) -> list[tuple[int, str, bool]]:
    """(offset, cleaned text, was_heading) per non-empty line: converted pages put a paragraph on each line."""
    result, offset = [], 0
    for raw in text.split("\n"):
        body, heading = clean_line(raw)
        if body and not re.fullmatch(r"[-*_=>< ]+", body):
            result.append((offset, body, heading))
        offset += len(raw) + 1
    return result


def _is_title_line(body: str, heading: bool, next_body: str | None, headings_only: bool) -> bool:
    if heading or headings_only:
        return heading
    if len(body) > 80 or body.startswith("|") or body.endswith((",", ";", ":")) or ITEM_RE.match(body) or body[:1] in "•*(":
        return False
    return next_body is not None and len(next_body) > len(body)


def parse_outline(source: SourceText, title: str) -> list[Article]:
    """Guidance and news: a section per heading or title line, a clause per paragraph."""
    pages = _page_map(source)
    sections: list[Section] = []
    current: Section | None = None
    lines = _lines(source.text)
    headings_only = any(heading for _, _, heading in lines)
    for index, (offset, body, heading) in enumerate(lines):
        following = lines[index + 1][1] if index + 1 < len(lines) else None
        if _is_title_line(body, heading, following, headings_only):
            if current is not None and not current.clauses:
                current.title = f"{current.title} — {body}"  # consecutive title lines read as one title
                continue
            current = Section(id=str(len(sections) + 1), article="", title=body, page_start=pages.page_at(offset))
            sections.append(current)
            continue
        if current is None:
            current = Section(id="1", article="", title=title, page_start=pages.page_at(offset))
            sections.append(current)
        page = pages.page_at(offset)
        current.clauses.append(
            Clause(path=f"¶{len(current.clauses) + 1}", text=body, page=page, start=offset, end=offset + len(body))
        )
        current.page_end = page
    kept = [s for s in sections if s.clauses]
    for number, section in enumerate(kept, 1):
        section.id = str(number)
    return [Article(number="", title=title, sections=kept)] if kept else []
