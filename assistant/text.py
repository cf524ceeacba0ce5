"""Tokenising and matching shared by BM25, clause picking and citation verification."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

STOPWORDS = frozenset(
    ["a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "get", "got", "gets", "im", "ive", "dont", "does", "also", "may", "shall", "us", "let", "many", "much"]
)
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


_STEMMER = snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def stem(token: str) -> str:
    """Snowball (Porter 2): 'informally' and 'informal', 'accrued' and 'accrue' meet."""
    return str(_STEMMER.stemWord(token))


# Characters that change how text looks to a tokenizer but not to a reader: zero-width spaces and
# joiners, the word joiner, the byte-order mark, soft hyphens.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                         "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
                         "\u2013": "-", "\u2014": "-", "\u2212": "-"})


# A vulgar fraction, after any whole number: NFKC would write '2½' as '21⁄2' (twenty-one halves).
_FRACTION = re.compile(r"(?:(\d+)[ \u00a0]?)?([\u00bc-\u00be\u2150-\u215e])")


def _decimal_fraction(match: re.Match[str]) -> str:
    value = int(match.group(1) or 0) + unicodedata.numeric(match.group(2))
    return f"{round(value, 3):g}"


def normalize_text(text: str) -> str:
    """What a member typed, as the index reads it: fractions as decimals ('2½ hrs' is 2.5 hours), NFKC
    (non-breaking and other odd spaces become spaces, full-width letters plain), invisible characters dropped,
    curly quotes and dashes plain, runs of spaces single. Line breaks are kept."""
    text = _FRACTION.sub(_decimal_fraction, text)
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE).translate(_QUOTES)
    return "\n".join(" ".join(line.split()) for line in text.split("\n")).strip()


def words(text: str) -> list[str]:
    """Lowercase words as written (unstemmed, stopwords kept): what spelling correction works on."""
    return [w.split("'")[0] for w in _TOKEN.findall(text.lower().replace("’", "'"))]


def tokens(text: str) -> list[str]:
    return list(_tokens(text))


def token_set(text: str) -> frozenset[str]:
    """The distinct tokens of a text; clause texts are scored against many questions, so kept."""
    return _token_set(text)


@lru_cache(maxsize=32768)
def _tokens(text: str) -> tuple[str, ...]:
    text = text.lower().replace("’", "'")
    return tuple(stem(t.split("'")[0]) for t in _TOKEN.findall(text) if t.split("'")[0] not in STOPWORDS)


@lru_cache(maxsize=32768)
def _token_set(text: str) -> frozenset[str]:
    return frozenset(_tokens(text))


def normalize_for_match(text: str) -> str:
    """Whitespace, quotes and dashes folded, so a quote matches the clause it came from."""
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = text.replace("–", "-").replace("—", "-")
    return " ".join(text.split()).lower()


def occurs_in(quote: str, text: str) -> bool:
    needle = normalize_for_match(quote).strip(" .…")
    return bool(needle) and needle in normalize_for_match(text)


# A line that opens a new item rather than continuing the one before: a table row, or a label
# ('(a)', '2.', 'iv)') after a line that ended a sentence or a lead-in, or a bullet.
_TABLE_ROW = re.compile(r"^\s*\|")
_ITEM_LABEL = re.compile(r"^\s*(?:\(?\d{1,3}[.)]|\(?[a-zA-Z]{1,4}\)|[a-zA-Z]\.)\s")
_SPACE_RUN = re.compile(r"(?<=\S)[ \t]{2,}(?=\S)")
_BULLET = re.compile(r"^\s*[-*\u2022]\s")
_ENDS_ITEM = re.compile(r"[.:;!?]\s*$")


def reflow(text: str) -> str:
    """Joins the hard line wraps a PDF or a fixed-width text leaves inside a paragraph, so a
    quote reads as the sentences it is (and a reader's search for a phrase finds it); blank
    lines, table rows and items that begin after a finished sentence keep their own lines, and
    runs of spaces between words become one. Only whitespace changes: the words are the clause's
    own."""
    out: list[str] = []
    for line in text.split("\n"):
        previous = out[-1] if out else ""
        joins = (previous.strip() and line.strip() and not _TABLE_ROW.match(previous)
                 and not _TABLE_ROW.match(line) and not _BULLET.match(line)
                 and not (_ENDS_ITEM.search(previous) and _ITEM_LABEL.match(line)))
        if joins:
            out[-1] = f"{previous.rstrip()} {line.strip()}"
        else:
            out.append(line)
    # Justified PDF text leaves runs of spaces between words ('When  a  tool  crib'); a table keeps its alignment.
    return "\n".join(line if _TABLE_ROW.match(line) else _SPACE_RUN.sub(" ", line) for line in out)
