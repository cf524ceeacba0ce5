"""Spelling tolerance: a misspelled content word ('greivance', 'overtme', 'sik leave') is corrected
to a word the documents use, so a question retrieves like its correctly spelled twin.

A word is left alone when the documents use it, when it is an English word (SymSpell's frequency
dictionary, shipped inside the symspellpy package) or a glossary phrase word ('wfh', 'boss'):
members' own words are not 'corrected' into contract words. An unknown word takes the closest
document word (SymSpell, Damerau-Levenshtein), ties broken by the words around it (a pair the
documents use, 'sick leave', beats a frequent single word, 'six'), then by frequency; failing
that, the closest common English word, which still helps the dense retriever and the glossary.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from symspellpy import SymSpell, Verbosity

from assistant.text import words
from ingest.ids import UNIT_KINDS
from ingest.yaml_files import load_yaml

ENGLISH = "frequency_dictionary_en_82_765.txt"
# English contractions typed without their apostrophe ('havent', 'im', 'theyre'): words, not typos.
_CONTRACTION = re.compile(r"(?:is|are|was|were|has|have|had|do|does|did|could|should|would|must|need|ca|wo|ai)nt|"
                          r"(?:i|you|we|they|who|would|should|could)(?:ve|re|ll|d)|im|"
                          r"(?:he|she|it|that|what|there|here|who|where|how|when)s|(?:he|she|it|that)ll")
MIN_LENGTH = 3  # shorter words are too ambiguous to correct
_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")


@dataclass(frozen=True)
class Correction:
    original: str
    corrected: str


@lru_cache(maxsize=1)
def _english_counts() -> dict[str, int]:
    counts: dict[str, int] = {}
    text = resources.files("symspellpy").joinpath(ENGLISH).read_text(encoding="utf-8")
    for line in text.splitlines():
        word, _, count = line.partition(" ")
        if count:
            counts[word] = int(count)
    return counts


@lru_cache(maxsize=1)
def informal_spellings() -> dict[str, str]:
    """assistant/informal_spellings.yaml: 'nite' → 'night', read before any edit-distance guess."""
    data = load_yaml(resources.files("assistant").joinpath("informal_spellings.yaml").read_text(encoding="utf-8"))
    return {str(k).lower(): str(v) for k, v in (data or {}).items()}


@lru_cache(maxsize=1)
def _english_speller() -> SymSpell:
    speller = SymSpell(max_dictionary_edit_distance=1)
    for word, count in _english_counts().items():
        speller.create_dictionary_entry(word, count)
    return speller


def _max_distance(word: str) -> int:
    return 1 if len(word) <= 5 else 2


class Speller:
    """Built once per index build from the documents' own words."""

    def __init__(self, texts: Iterable[str], known: Iterable[str] = ()):
        self.counts: Counter[str] = Counter()
        self.pairs: Counter[tuple[str, str]] = Counter()
        for text in texts:
            found = words(text)
            self.counts.update(found)
            self.pairs.update(zip(found, found[1:], strict=False))
        self.known = {w for phrase in known for w in words(phrase)}
        self._corpus = SymSpell(max_dictionary_edit_distance=2)
        for word, count in self.counts.items():
            if word.isalpha() and len(word) >= MIN_LENGTH:
                self._corpus.create_dictionary_entry(word, count)

    def is_known(self, word: str) -> bool:
        return (word in self.counts or word in self.known or word in _english_counts()
                or bool(_CONTRACTION.fullmatch(word)))

    def _best(self, word: str, before: str, after: str) -> str | None:
        found = self._corpus.lookup(word, Verbosity.CLOSEST, _max_distance(word))
        english = _english_speller().lookup(word, Verbosity.CLOSEST, 1)
        if found and not (english and english[0].distance < found[0].distance):
            return max(found, key=lambda s: (self.pairs[(before, s.term)] + self.pairs[(s.term, after)], s.count, s.term)).term
        # A common word one edit away beats a document word two away: 'suposed' is 'supposed', not 'exposed'.
        return max(english, key=lambda s: (s.count, s.term)).term if english else None

    def correct(self, text: str) -> tuple[str, list[Correction]]:
        """The text with unknown words replaced by their closest known ones, and what was replaced."""
        found = list(_WORD.finditer(text))
        letters = [ch for ch in text if ch.isalpha()]
        shouting = bool(letters) and sum(ch.isupper() for ch in letters) > 0.6 * len(letters)  # caps prove nothing
        lowered = [m.group(0).lower() for m in found]
        corrections: list[Correction] = []
        parts: list[str] = []
        last = 0
        for index, match in enumerate(found):
            # a possessive is corrected in its stem and keeps its "'s" ("docter's"); a contraction
            # ("didn't", "they're") is English as typed
            word, _, ending = lowered[index].partition("'")
            typed = match.group(0).partition("'")[0]
            informal = informal_spellings().get(word)
            if informal is None and word.endswith("s") and word[:-1] in informal_spellings():
                informal = informal_spellings()[word[:-1]] + "s"  # 'nites' as 'nite' is read: 'nights'
            if informal is None and (len(word) < MIN_LENGTH or ending not in ("", "s") or self.is_known(word)
                                     or _is_acronym(typed, shouting)):
                continue
            before = lowered[index - 1] if index else ""
            after = lowered[index + 1] if index + 1 < len(lowered) else ""
            best = informal or self._best(word, before, after)
            if best is None or best == word:
                continue
            corrections.append(Correction(typed, best))
            parts.append(text[last:match.start()])
            parts.append(best)
            last = match.start() + len(typed)
        parts.append(text[last:])
        return "".join(parts), corrections


# The short forms of document units ('loa 14', 'mous'), which no contract's text need spell out.
_UNIT_ABBREVIATIONS = frozenset(k.lower() for k in UNIT_KINDS if k.isupper()) | frozenset(
    f"{k.lower()}s" for k in UNIT_KINDS if k.isupper())


def _is_acronym(word: str, shouting: bool = False) -> bool:
    """'LOA', 'FMLA', 'PTO' typed in capitals in an otherwise ordinary message, or a unit's short
    form in any case: a member writes these on purpose, so they are never 'corrected' into a
    contract word ('LOA' → 'lou'). In a message typed all in capitals, capitals prove nothing."""
    return (word.isupper() and 2 <= len(word) <= 6 and not shouting) or word.lower() in _UNIT_ABBREVIATIONS
