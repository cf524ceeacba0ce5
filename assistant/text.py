"""Tokenising and matching shared by BM25, clause picking and citation verification."""

from __future__ import annotations

import re
import unicodedata

STOPWORDS = frozenset(
    ["a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "get", "got", "gets", "im", "ive", "dont", "does", "also", "may", "shall", "us", "let", "many", "much"]
)
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def stem(token: str) -> str:
    """A light suffix stripper: enough to match 'grievances' with 'grievance', 'accrued' with 'accrue'."""
    for suffix, replacement in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", "e"), ("s", "")):
        if token.endswith(suffix) and len(token) - len(suffix) >= 3:
            token = token[: -len(suffix)] + replacement
            break
    if token.endswith("e") and len(token) > 4:
        token = token[:-1]
    return token


def tokens(text: str) -> list[str]:
    text = text.lower().replace("’", "'")
    return [stem(t.split("'")[0]) for t in _TOKEN.findall(text) if t.split("'")[0] not in STOPWORDS]


def normalize_for_match(text: str) -> str:
    """Whitespace, quotes and dashes folded, so a quote matches the clause it came from."""
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = text.replace("–", "-").replace("—", "-")
    return " ".join(text.split()).lower()


def occurs_in(quote: str, text: str) -> bool:
    needle = normalize_for_match(quote).strip(" .…")
    return bool(needle) and needle in normalize_for_match(text)
