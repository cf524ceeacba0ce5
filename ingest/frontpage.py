"""Title, parties and term read from a document's own front page, for documents without a meta file.

A union office drops in contracts as they come; each names itself on its cover ("COLLECTIVE
BARGAINING AGREEMENT between X and Y, July 1, 2024 - June 30, 2026") or in its first sentence
("This AGREEMENT is effective as of October 1, 2016 by and between X and Y"). What is found here
only fills fields the meta file leaves out.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from dateutil import parser as date_parser

FRONT_CHARS = 6000
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|" \
         r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
DATE = rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}})"
_RANGE_RE = re.compile(
    rf"(?P<a>{DATE})[^.;]{{0,90}}?(?:\s|^)(?:-|–|—|to|through|thru|until|and ending(?: on)?)\s+(?:midnight\s+(?:on\s+)?)?"
    rf"(?P<b>{DATE})", re.IGNORECASE)
_END_RE = re.compile(rf"(?:expiry|expiration|expires?)(?:\s+date)?\s*:?\s*(?:on\s+)?(?P<b>{DATE})", re.IGNORECASE)
_TITLE_RE = re.compile(
    r"^(?:collective\s+(?:bargaining\s+)?agreement|memorandum\s+of\s+understanding|articles\s+of\s+agreement|"
    r"(?:master\s+|labou?r\s+)?agreement|contract)\b.{0,80}$", re.IGNORECASE)
_BETWEEN_RE = re.compile(
    rf"\bbetween\s+(?:the\s+)?(?P<a>[^¶]{{3,200}}?)\s+and\s+(?:the\s+)?(?P<b>[^¶(“\"']{{3,200}}?)"
    rf"\s*(?=¶|\(|“|\"|'|,\s*(?:hereinafter|its|and|effective|{_MONTH}|\d)|\.\s|\bGroup\b|\bEffective\b|$)",
    re.IGNORECASE,
)


def _iso(text: str) -> str | None:
    try:
        return date_parser.parse(text, default=datetime(2000, 1, 1)).date().isoformat()
    except (ValueError, OverflowError):
        return None


def _clean_party(text: str) -> str:
    text = re.sub(r"\s*\([^)]*\)", "", text)
    text = re.sub(r"\s+", " ", text.replace("#", " ").replace("*", "")).strip(" ,.;:")
    if text.isupper():
        small = ("OF", "AND", "THE", "FOR")
        text = " ".join(w.lower() if w in small else w if len(w) <= 3 and w.isalpha() else w.capitalize()
                        for w in text.split())
    return text


def read_front_page(text: str) -> dict[str, Any]:
    """{'title', 'parties', 'term_start', 'term_end'} as far as the front page tells them."""
    front = text[:FRONT_CHARS]
    blocks = [re.sub(r"\s+", " ", b.replace("#", " ").replace("*", "")).strip() for b in re.split(r"\n\s*\n", front)]
    blocks = [b for b in blocks if b and b != "<!-- image -->"]
    merged: list[str] = []
    for block in blocks:  # a name broken over two cover lines: '… Local 294 of' / 'the Oregon …'
        if merged and re.search(r"(?:\b(?:of|the|and|for|to)|,)$", merged[-1], re.IGNORECASE) \
                and not re.fullmatch(r"(?:.*\s)?(?:between|and)(?:\s+the)?", merged[-1], re.IGNORECASE):
            merged[-1] = f"{merged[-1]} {block}"
        else:
            merged.append(block)
    blocks = merged
    found: dict[str, Any] = {}
    # A cover that sets the parties on lines of their own: 'between' / X / 'and' / Y.
    for index, block in enumerate(blocks[:40]):
        if re.fullmatch(r"(?:.*\s)?between(?:\s+the)?", block, re.IGNORECASE) and index + 1 < len(blocks):
            joiner = next((j for j in range(index + 2, min(index + 8, len(blocks) - 1))
                           if re.fullmatch(r"and(?:\s+the)?", blocks[j], re.IGNORECASE)), None)
            if joiner is not None:
                parties = [_clean_party(re.sub(r"^the\s+", "", p, flags=re.IGNORECASE))
                           for p in (blocks[index + 1], blocks[joiner + 1])]
                if all(3 <= len(p) <= 160 for p in parties):
                    found["parties"] = parties
                    break
    if "parties" not in found:
        joined = " ¶ ".join(blocks)
        match = _BETWEEN_RE.search(joined)
        if match:
            parties = [_clean_party(match.group("a")), _clean_party(match.group("b"))]
            if all(3 <= len(p) <= 160 for p in parties):
                found["parties"] = parties
    heading = None
    for line in front.split("\n")[:80]:
        cleaned = line.replace("#", "").replace("*", "").strip()
        if _TITLE_RE.match(cleaned) and not re.search(r"\.{3,}|\s\d{1,3}$", cleaned):
            heading = cleaned.title() if cleaned.isupper() else cleaned
            break
    if found.get("parties"):
        head = heading if heading and "between" not in heading.lower() else "Agreement"
        found["title"] = f"{head} between {found['parties'][0]} and {found['parties'][1]}"[:200]
    elif heading:
        found["title"] = heading
    for where in (front, text):
        range_match = _RANGE_RE.search(where)
        if range_match:
            start, end = _iso(range_match.group("a")), _iso(range_match.group("b"))
            if start and end and start < end:
                found["term_start"], found["term_end"] = start, end
                break
    if "term_end" not in found:
        end_match = _END_RE.search(front)
        if end_match and _iso(end_match.group("b")):
            found["term_end"] = _iso(end_match.group("b"))
    return found
