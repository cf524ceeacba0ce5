"""A document's numbering scheme, read from the document before it is parsed.

How are articles written (``ARTICLE 6``, ``Article XII:``, ``ARTICLE 10.00 -``, ``Article 15:
hours of work``)? Are sections dotted (``6.7``, zero-padded ``9.08``) or do they restart in each
article (``Section 3.``)? Where does the body begin, after the cover and the table of contents?
Which lines are running headers, footers and printed page numbers? The answers come from counting
what the document does, never from a list of known contracts; a ``.meta.yaml`` may override any
of them (``numbering:``) when a document is too odd to read.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from ingest.errors import DocumentError
from ingest.ids import int_to_roman, roman_to_int
from ingest.pages import PageMap, page_marker
from ingest.readers import SourceText
from ingest.structure import Numbering

ARTICLE_RE = re.compile(
    r"^(?P<word>ARTICLE|Article|ART\.|Art\.)\s+(?:(?P<num>\d{1,3})(?:\.0{1,3})?(?![.\d])|(?P<roman>[IVXLC]{1,7})\b)"
    r"\s*(?P<sep>[-–—:.]?)\s*(?P<title>.*)$"
)
RESTART_SECTION_RE = re.compile(
    r"^(?:Section|SECTION|Sec\.|SEC\.)\s+(?P<num>\d{1,3})(?:\s*[.:–—-]\s*(?P<title>.*)|\s*$)"
)
DOTTED_SECTION_RE = re.compile(r"^(?:Section\s+|Sec\.\s*|§\s*)?(\d{1,3})\.(\d{1,3})\b")
PREAMBLE_RE = re.compile(r"^(PREAMBLE|RECITALS|WITNESSETH|DEFINITIONS)\s*:?$", re.IGNORECASE)
TOC_RE = re.compile(r"^(?:TABLE\s+OF\s+CONTENTS|CONTENTS|INDEX)\s*:?$", re.IGNORECASE)
TOC_ENTRY_TAIL = re.compile(r"(\.{3,}|…+|\s)\s*\d{1,3}$")
TOC_CONTENT_CHARS = 40  # an article heading with less text than this before the next one is a contents entry


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
    elif text.startswith("**"):
        text = text[2:].strip()  # a change marker or a bold run left open: '**Article 19: grievance procedure'
    text = text.replace("\\_", "_").replace("\\$", "$").replace("&amp;", "&")
    return text, heading


def is_heading_like(raw: str, text: str) -> bool:
    """A markdown heading, a bold line, or a short line in capitals."""
    stripped = raw.strip()
    return stripped.startswith("#") or (stripped.startswith("**") and stripped.endswith("**")) or (
        text.isupper() and len(text) <= 120)


def lines_with_offsets(text: str) -> list[tuple[int, str]]:
    result, offset = [], 0
    for line in text.split("\n"):
        result.append((offset, line))
        offset += len(line) + 1
    return result


@dataclass
class Scheme:
    """What the first pass learned; the parser follows it."""

    sections: Literal["dotted", "restarting"] = "dotted"
    zero_padded: bool = False
    roman_articles: bool = False
    article_word: str = "Article"
    run_in_text: bool = False  # sections often start their text on the heading line ('1.01 The purpose …')
    article_re: re.Pattern[str] = ARTICLE_RE
    section_re: re.Pattern[str] | None = None
    article_lines: set[int] = field(default_factory=set)  # line indexes of real (not contents) article headings
    body_start: int = 0
    preamble_prose: bool = False  # untitled text before the first article is the preamble
    skip: set[int] = field(default_factory=set)  # page numbers, running headers and footers
    page_ends: list[tuple[int, int]] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)
    toc_lines: int = 0

    def article_number(self, match: re.Match[str]) -> int | None:
        if match.groupdict().get("num"):
            return int(match.group("num"))
        roman = match.groupdict().get("roman")
        return roman_to_int(roman) if roman else None

    def page_map(self, source: SourceText) -> PageMap:
        if source.page_breaks:
            return PageMap(starts=source.page_breaks)
        return PageMap(ends=self.page_ends)

    def label_for(self, section_id: str, article: str) -> str:
        """The citation head in the contract's own style, where it differs from 'Art. 6 §6.7'."""
        if not article.isdigit():
            return ""
        shown = int_to_roman(int(article)) if self.roman_articles else article
        if section_id == article:
            return f"Art. {shown}" if self.roman_articles else ""
        if self.sections == "restarting" and "." in section_id:
            return f"Art. {shown}, Sec. {section_id.split('.', 1)[1]}"
        if self.roman_articles:
            return f"Art. {shown} §{section_id}"
        return ""

    def numbering(self) -> Numbering:
        return Numbering(sections=self.sections, article_style="roman" if self.roman_articles else "arabic",
                         zero_padded=self.zero_padded, article_word=self.article_word)

    def describe(self) -> dict[str, Any]:
        return {
            "articles": f"{self.article_word} {'XII (roman)' if self.roman_articles else '12'}",
            "sections": {"dotted": "dotted (12.3)" + (", zero-padded (12.03)" if self.zero_padded else ""),
                         "restarting": "Section 3 restarting in each article (id 12.3)"}[self.sections],
            "body_starts_at_line": self.body_start + 1,
            "table_of_contents_lines": self.toc_lines,
            "running_headers_footers": self.furniture,
            "printed_page_numbers": len(self.page_ends),
        }


def _article_candidates(scheme: Scheme, lines: list[tuple[int, str]], cleaned: list[tuple[str, bool]]) -> list[int]:
    found = []
    for index, (_, raw) in enumerate(lines):
        text, heading = cleaned[index]
        if not text or raw.lstrip().startswith("|"):
            continue
        match = scheme.article_re.match(text)
        if not match or scheme.article_number(match) is None:
            continue
        title = (match.groupdict().get("title") or "").strip()
        sep = match.groupdict().get("sep") or ""
        if heading or is_heading_like(raw, text) or (sep and len(text) <= 140 and not title.endswith(",")) or (
                not title and len(text) <= 20):
            found.append(index)
    return found


def _furniture(lines: list[tuple[int, str]], cleaned: list[tuple[str, bool]], markers: set[int]) -> set[int]:
    """Running headers and footers: short lines that repeat, next to printed page numbers."""
    if len(markers) < 3:
        return set()
    shapes: dict[str, list[int]] = {}
    for index, (_, raw) in enumerate(lines):
        text, _ = cleaned[index]
        if not text or len(text) > 120 or raw.lstrip().startswith("|") or index in markers:
            continue
        if ARTICLE_RE.match(text) or DOTTED_SECTION_RE.match(text) or RESTART_SECTION_RE.match(text):
            continue
        shapes.setdefault(re.sub(r"\d+", "#", text.lower()), []).append(index)
    skip: set[int] = set()
    for indexes in shapes.values():
        if len(indexes) < 4:
            continue
        near = sum(1 for i in indexes if any(abs(i - m) <= 4 for m in markers))
        if near * 2 >= len(indexes) and near >= 3:
            skip.update(indexes)
    return skip


def detect_scheme(source: SourceText, lines: list[tuple[int, str]] | None = None,
                  overrides: Mapping[str, Any] | None = None) -> Scheme:
    """Read the numbering scheme, body start and page furniture of a document."""
    lines = lines if lines is not None else lines_with_offsets(source.text)
    cleaned = [clean_line(raw) for _, raw in lines]
    scheme = Scheme()
    _apply_overrides(scheme, overrides or {})

    # Printed page numbers, then the running headers and footers printed beside them.
    last: int | None = None
    markers: dict[int, int] = {}
    for index, (_, raw) in enumerate(lines):
        value = page_marker(raw, last)
        if value is not None:
            markers[index] = value
            last = value
    if len(markers) < 3 or min(markers.values()) > 100:
        markers = {}  # a stray number ('Group 611') is not a page sequence
    furniture = _furniture(lines, cleaned, set(markers))
    scheme.skip = set(markers) | furniture
    scheme.page_ends = [(lines[i][0], v) for i, v in sorted(markers.items())]
    scheme.furniture = sorted({cleaned[i][0] for i in furniture})[:6]

    # Articles: a heading with almost no text before the next one is a contents entry.
    candidates = [i for i in _article_candidates(scheme, lines, cleaned) if i not in scheme.skip]
    toc_heading = next((i for i, (t, _) in enumerate(cleaned) if TOC_RE.match(t)), None)
    real: list[int] = []
    for position, index in enumerate(candidates):
        following = candidates[position + 1] if position + 1 < len(candidates) else len(lines)
        content = sum(len(cleaned[i][0]) for i in range(index + 1, following)
                   if i not in scheme.skip and cleaned[i][0] and not lines[i][1].lstrip().startswith("|")
                   and not TOC_ENTRY_TAIL.search(cleaned[i][0]) and not re.search(r"\.{5,}|…{2,}", cleaned[i][0]))
        if TOC_ENTRY_TAIL.search(cleaned[index][0]) and re.search(r"(\.{3,}|…)", cleaned[index][0]):
            continue
        if content < TOC_CONTENT_CHARS and position + 1 < len(candidates):
            continue
        real.append(index)
    # The body's articles start low: a contents entry that looked like a heading (the last one,
    # followed by the appendix list) is dropped when a lower-numbered article follows it.
    numbers = {i: scheme.article_number(scheme.article_re.match(cleaned[i][0])) or 0 for i in real}  # type: ignore[arg-type]
    while len(real) > 1 and numbers[real[0]] > min(numbers[i] for i in real[1:]):
        real.pop(0)
    scheme.article_lines = set(real)
    first_article = min(real) if real else len(lines)
    toc_entries = [i for i in candidates if i < first_article and i not in real]
    last_toc = max([*toc_entries, toc_heading if toc_heading is not None and toc_heading < first_article else -1])
    if last_toc >= 0:
        scheme.toc_lines = sum(1 for i in range(max(toc_heading or 0, 0), last_toc + 1) if cleaned[i][0])
    preamble = next((i for i in range(last_toc + 1, first_article)
                     if PREAMBLE_RE.match(cleaned[i][0]) and (cleaned[i][1] or cleaned[i][0].isupper())), None)
    scheme.body_start = preamble if preamble is not None else first_article
    if preamble is None and last_toc < 0 and first_article < len(lines):
        before = " ".join(cleaned[i][0] for i in range(first_article) if i not in scheme.skip)
        if len(before.split()) >= 12 and "." in before and len(before) <= 4000:
            scheme.preamble_prose = True
            scheme.body_start = next(i for i in range(first_article + 1) if cleaned[i][0] or i == first_article)
    if real:
        first = ARTICLE_RE.match(cleaned[real[0]][0]) or scheme.article_re.match(cleaned[real[0]][0])
        if first is not None:
            scheme.roman_articles = bool(first.groupdict().get("roman"))
            word = first.groupdict().get("word") or "Article"
            scheme.article_word = "Article" if word.rstrip(".").lower() in ("article", "art") else word

    # Sections: dotted inside their article, or 'Section 3.' restarting in each article.
    if "sections" not in (overrides or {}):
        body = [cleaned[i][0] for i in range(scheme.body_start, len(lines)) if i not in scheme.skip]
        restarting = sum(1 for t in body if RESTART_SECTION_RE.match(t) and not DOTTED_SECTION_RE.match(t))
        dotted = [m for m in (DOTTED_SECTION_RE.match(t) for t in body) if m]
        if restarting > len(dotted) and restarting >= 3:
            scheme.sections = "restarting"
        minors = [m.group(2) for m in dotted]
        scheme.zero_padded = bool(minors) and sum(1 for m in minors if len(m) == 2 and m.startswith("0")) * 3 >= len(
            [m for m in minors if int(m) < 10]) > 0
    body = [cleaned[i][0] for i in range(scheme.body_start, len(lines)) if i not in scheme.skip]
    starts = [t for t in body if (RESTART_SECTION_RE if scheme.sections == "restarting" else DOTTED_SECTION_RE).match(t)]
    long_starts = sum(1 for t in starts if len(t.split()) >= 9)
    scheme.run_in_text = bool(starts) and long_starts * 4 >= len(starts)
    return scheme


def _apply_overrides(scheme: Scheme, overrides: Mapping[str, Any]) -> None:
    """`numbering:` in a .meta.yaml: sections (dotted | restarting), article / section patterns (regex)."""
    if not overrides:
        return
    if not isinstance(overrides, Mapping):
        raise DocumentError("numbering: must be a mapping (sections, article, section).")
    unknown = set(overrides) - {"sections", "article", "section", "zero_padded"}
    if unknown:
        raise DocumentError(f"numbering: unknown keys {', '.join(sorted(unknown))}; use sections, article, section.")
    sections = overrides.get("sections")
    if sections is not None:
        if sections not in ("dotted", "restarting"):
            raise DocumentError(f"numbering.sections must be 'dotted' or 'restarting', not {sections!r}.")
        scheme.sections = sections
    if "zero_padded" in overrides:
        scheme.zero_padded = bool(overrides["zero_padded"])
    for key, groups in (("article", ("num", "roman")), ("section", ())):
        pattern = overrides.get(key)
        if pattern is None:
            continue
        try:
            compiled = re.compile(str(pattern))
        except re.error as exc:
            raise DocumentError(f"numbering.{key} is not a valid regular expression ({exc}).") from exc
        if key == "article":
            if not set(groups) & set(compiled.groupindex):
                raise DocumentError("numbering.article needs a named group (?P<num>…) or (?P<roman>…), and may "
                                    "have (?P<title>…).")
            scheme.article_re = compiled
        else:
            need = {"num"} if scheme.sections == "restarting" else set()
            if need - set(compiled.groupindex) or (not need and compiled.groups < 2):
                raise DocumentError("numbering.section needs (?P<num>…) for restarting sections, or groups "
                                    "(article)(section)(title) for dotted ones.")
            scheme.section_re = compiled
