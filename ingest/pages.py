"""Printed page numbers: which page each character offset of a document lies on.

In a PDF converted to markdown, a printed page number stands alone on its own line at the end
of its page (sometimes inside a broken table row). Numbers must rise steadily, so a stray '1'
in the text is not taken for a page. Pages whose number was lost are interpolated by position.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

_FOOTER_NOISE = re.compile(r"^(BU\s*\d+|\(\d\d-\d\d\))$", re.IGNORECASE)
MAX_PAGE_JUMP = 10
# 'Page 12 of 55', 'Page 12', '- 12 -', '— 12 —' on a line of their own.
_PRINTED_RE = re.compile(r"(?:(?:Page|PAGE|Pg\.?)\s*(\d{1,4})(?:\s+of\s+\d{1,4})?|[-–—]\s*(?=\d)(\d{1,4})\s*[-–—])")


def page_marker(line: str, last_page: int | None) -> int | None:
    """The page number this line prints, or None if it is not a page-number line."""
    stripped = line.strip()
    candidate: str | None = None
    printed = _PRINTED_RE.fullmatch(stripped)
    if re.fullmatch(r"\d{1,4}", stripped):
        candidate = stripped
    elif printed:
        candidate = printed.group(1) or printed.group(2)
    elif stripped.startswith("|") and stripped.endswith("|"):
        cells = [c.strip() for c in stripped.strip("|").split("|")]
        filled = [c for c in cells if c and not _FOOTER_NOISE.match(c)]
        if len(filled) == 1 and re.fullmatch(r"\d{1,4}", filled[0]):
            candidate = filled[0]
            if last_page is None or not (last_page < int(candidate) <= last_page + 3):
                return None
    if candidate is None:
        return None
    value = int(candidate)
    if last_page is None:
        return value if 0 < value < 1000 else None
    return value if last_page < value <= last_page + MAX_PAGE_JUMP else None


class PageMap:
    """Maps a character offset to a page number."""

    def __init__(self, ends: Sequence[tuple[int, int]] = (), starts: Sequence[tuple[int, int]] = ()):
        # ends: (offset of the marker line, page that ends there); starts: (offset, page beginning there)
        self._ends = list(ends)
        self._starts = list(starts)
        self._end_offsets = [o for o, _ in self._ends]
        self._start_offsets = [o for o, _ in self._starts]

    def page_at(self, offset: int) -> int | None:
        if self._starts:
            index = bisect.bisect_right(self._start_offsets, offset) - 1
            return self._starts[max(index, 0)][1]
        if not self._ends:
            return None
        index = bisect.bisect_left(self._end_offsets, offset)
        if index >= len(self._ends):
            return self._ends[-1][1] + 1 if offset > self._end_offsets[-1] else self._ends[-1][1]
        next_offset, next_page = self._ends[index]
        if index == 0:
            return next_page
        prev_offset, prev_page = self._ends[index - 1]
        missing = next_page - prev_page
        if missing <= 1:
            return next_page
        fraction = (offset - prev_offset) / max(next_offset - prev_offset, 1)
        return min(prev_page + 1 + int(fraction * missing), next_page)
