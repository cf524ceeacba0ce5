"""Section and unit ids: what an id looks like, and what people (and contracts) write for one.

One grammar serves three readers: a steward typing a look-up (`show CONTRACT "Art 44 Sec 3"`),
a member's question ("what does 8.2 say", "side letter #5"), and a clause that points elsewhere
("the cap of Section 8.1 J.", "subsection C. above", "Article 6, Section 6.12"). Each finds
`Target`s here; resolving a target against a parsed contract (which section, which clause) is the
structure's job (`Contract.find`), so this module knows nothing about any particular contract.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

Mode = Literal["text", "question", "lookup"]

_ROMAN_RE = re.compile(r"^(?=[MDCLXVI])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def roman_to_int(text: str) -> int | None:
    """'XLIV' → 44; None when the text is not a well-formed roman numeral."""
    upper = text.upper()
    if not upper or not _ROMAN_RE.match(upper):
        return None
    total = 0
    for index, char in enumerate(upper):
        value = _ROMAN_VALUES[char]
        following = _ROMAN_VALUES[upper[index + 1]] if index + 1 < len(upper) else 0
        total += -value if value < following else value
    return total


def int_to_roman(number: int) -> str:
    """44 → 'XLIV', to print an article the way a roman-numbered contract does."""
    result = []
    for value, numeral in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while number >= value:
            result.append(numeral)
            number -= value
    return "".join(result)


# Top-level units besides articles, by the canonical kind their id starts with. The family lets a
# look-up for "LOA 3" find a contract's "LOU 3" when that contract has letters of one kind only.
UNIT_KINDS: dict[str, tuple[str, str]] = {
    "Side Letter": (r"side[\s-]+letters?", "letter"),
    "LOA": (r"letters?\s+of\s+agreement|loas?", "letter"),
    "LOU": (r"letters?\s+of\s+understanding|lous?", "letter"),
    "LOI": (r"letters?\s+of\s+intent|lois?", "letter"),
    "MOU": (r"memorand(?:um|a)\s+of\s+understanding|mous?", "memorandum"),
    "MOA": (r"memorand(?:um|a)\s+of\s+agreement|moas?", "memorandum"),
    "Appendix": (r"appendix|appendices", "appendix"),
    "Exhibit": (r"exhibits?", "exhibit"),
    "Schedule": (r"schedules?", "schedule"),
    "Attachment": (r"attachments?", "attachment"),
    "Addendum": (r"addend(?:um|a)", "addendum"),
    "Annex": (r"annex(?:es)?", "annex"),
    "Letter": (r"letters?", "letter"),
}
UNIT_FAMILY = {kind: family for kind, (_, family) in UNIT_KINDS.items()}
# Words after which a lower-case single letter is still a label ("appendix c"), unlike "schedule a meeting".
_LOWERCASE_LABEL_UNITS = frozenset({"Appendix", "Exhibit", "Attachment", "Annex"})


def unit_kind(words: str) -> str | None:
    """'Letter of Agreement' → 'LOA', 'SIDE LETTER' → 'Side Letter'; None if not a unit word."""
    cleaned = " ".join(words.split())
    for kind, (pattern, _) in UNIT_KINDS.items():
        if re.fullmatch(pattern, cleaned, re.IGNORECASE):
            return kind
    return None


def unit_id(kind: str, number: str) -> str:
    """The stable id of a top-level unit: 'LOA 14', 'Appendix C', 'Side Letter 5'."""
    return f"{kind} {number.upper() if len(number) <= 3 else number}"


def _number_key(part: str) -> str:
    return str(int(part)) if part.isdigit() else part


def id_key(section_id: str) -> str:
    """A comparison key: '9.08' and '9.8', 'Side Letter #5' and 'side letter 5', '10.00' and '10' match."""
    text = section_id.replace("#", " ").replace("§", " ").replace("\u00a0", " ")
    text = re.sub(r"[\"“”‘’]", "", text)
    text = re.sub(r"\bno\.\s*", "", text, flags=re.IGNORECASE)
    text = " ".join(text.lower().split()).rstrip(".")
    words = []
    for word in text.split(" "):
        if re.fullmatch(r"\d+(?:\.\d+)+", word):
            parts = [_number_key(p) for p in word.split(".")]
            while len(parts) > 1 and parts[-1] == "0":
                parts.pop()
            word = ".".join(parts)
        elif word.isdigit():
            word = _number_key(word)
        words.append(word)
    return " ".join(words)


@dataclass(frozen=True)
class Target:
    """What a look-up or a reference names, before it is resolved against a contract.

    kind: 'section' (a numbered section, maybe inside a named article), 'article', 'unit' (a
    letter, memorandum, appendix ...), 'item' (a numbered item of a side agreement), 'subsection'
    (a clause label, in this section or a named one), 'relative' ('this Article', 'this Section').
    """

    kind: Literal["section", "article", "unit", "item", "subsection", "relative"]
    article: str = ""  # arabic: 'Article XLIV' → '44'
    section: str = ""  # as written: '3', '12.3', '9.08'
    unit: str = ""  # canonical unit kind: 'LOA', 'Appendix'
    number: str = ""  # the unit's or item's number or letter: '14', 'C', '17-1'
    clause: str = ""  # clause path as the contract labels it: 'J', 'B.1', 'a.i'
    relative: str = ""  # 'article' | 'section' | 'clause' for 'this ...'
    direction: str = ""  # 'above' | 'below' for 'subsection C. above'
    in_this_article: bool = False  # 'Section 3 of this Article'

    @property
    def unit_id(self) -> str:
        return unit_id(self.unit, self.number) if self.unit else ""


@dataclass(frozen=True)
class Found:
    """One reference in a text: its span, what it names, and whether it points outside the contract."""

    start: int
    end: int
    text: str
    target: Target
    external: str = ""  # why it names something outside the contract ('Government Code'), or ''


# ---------------------------------------------------------------------------------------------
# The grammar
# ---------------------------------------------------------------------------------------------

_UNIT_WORDS = "|".join(f"(?:{pattern})" for pattern, _ in UNIT_KINDS.values())
_KEYWORD_RE = re.compile(
    r"(?P<this>\b(?:this|the\s+same|said)\s+(?P<rel>article|sub-?section|section|sub-?paragraph|paragraph|clause)\b)"
    r"|(?P<sub>\b(?:sub-?sections?|sub-?paragraphs?|paragraphs?|sub-?clauses?|clauses?|subdivisions?)\b)"
    r"|(?P<art>\b(?:articles?|arts?\b\.?))"
    r"|(?P<sec>\b(?:sections?|secs?\b\.?)|§§?)"
    rf"|(?P<unit>\b(?:{_UNIT_WORDS})\b)"
    r"|(?P<item>\bitems?\b)",
    re.IGNORECASE,
)
_NUM = r"\d{1,5}(?:\.\d{1,4}){0,3}"
_SEC_NUM_RE = re.compile(rf"\s*(?:No\.?\s*)?(?P<n>{_NUM})(?![\d])")
_ART_NUM_RE = re.compile(r"\s*(?:No\.?\s*)?(?:(?P<n>\d{1,3})(?:\.0{1,3})?(?![\d.]\d)|(?P<r>[IVXLCDMivxlcdm]{1,8})\b)")
_PAREN_LABELS_RE = re.compile(r"\s?((?:\((?:[A-Za-z]{1,4}|\d{1,2})\))+)")
_UPPER_LABEL_RE = re.compile(r"\s+(?P<l>[A-Z](?:\.\d{1,2}(?:\.[a-z])?)?)(?P<dot>\.?)(?=[\s,;:)\]]|$)")
_LOWER_PAREN_LABEL_RE = re.compile(r"\s+(?P<l>[a-z]{1,4}|\d{1,2})\)")
_SUB_LABEL_RE = re.compile(
    r"\s*(?:\((?P<p>[A-Za-z]{1,4}|\d{1,2})\)(?P<more>(?:\((?:[A-Za-z]{1,4}|\d{1,2})\))*)"
    r"|(?P<l>[A-Z]|[a-z]|[ivx]{1,5}|\d{1,2})(?P<dot>[.)]?)(?=[\s,;:)\]]|$))"
)
_UNIT_NUM_RE = re.compile(
    r"\s*(?:#|No\.?|number)?\s*(?:\((?P<pn>\d{1,3}(?:-\d{1,3})?)\)|(?P<n>\d{1,3}(?:-\d{1,3})?)(?![\d.]\d)"
    r"|[\"“”'‘’]?(?P<l>[A-Za-z]{1,2}(?:-\d{1,2})?|[IVXLC]{1,6})[\"“”'‘’]?(?![A-Za-z]))",
    re.IGNORECASE,
)
_LIST_SEP_RE = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|through|thru|to)\s+|\s*[-–]\s*|\s*&\s*)")
# 'Section 6.7, 30 calendar days': a number followed by a measure is not the next section of a list.
_MEASURE_RE = re.compile(r"\s*(?:calendar|working|business|work|days?|hours?|weeks?|months?|years?|minutes?|percent|%|"
                         r"employees?|dollars?)\b", re.IGNORECASE)
_OF_ARTICLE_RE = re.compile(r"\s*,?\s+(?:of|in)\s+(?:articles?|art\.?)\s*", re.IGNORECASE)
_OF_THIS_RE = re.compile(r"\s*,?\s+(?:of|in)\s+(?:this|the\s+same)\s+(?P<what>article|section)\b", re.IGNORECASE)
_OF_SECTION_RE = re.compile(r"\s*,?\s+(?:of|in)\s+(?:sections?|sec\.?|§)\s*", re.IGNORECASE)
_ARTICLE_DOT_SECTION_RE = re.compile(r"\s*\d{1,3}\.(?!0+(?!\d))\d{1,4}(?![\d])")
_THEN_SECTION_RE = re.compile(r"\s*(?:,\s*|\s)(?:sections?|sec\.?|§)\s*", re.IGNORECASE)
_SUBSECTION_WORD_RE = re.compile(
    r"\s*,?\s*(?:sub-?sections?|sub-?paragraphs?|paragraphs?|clauses?)\s+", re.IGNORECASE
)
_DIRECTION_RE = re.compile(r"\s+(?P<d>above|below|hereof|herein|hereafter|hereinafter|preceding|following)\b",
                           re.IGNORECASE)
# A bare '8.2' is a section in a look-up ('what does 8.2 say'), not in '2.5 hours' or '$8.25'.
_BARE_NUMBER_RE = re.compile(
    r"(?<![\d.$])(?P<n>\d{1,2}\.\d{1,2})(?!\d|\.\d|%|\s*(?:hours?|%|percent))(?:\s*(?P<l>[A-Z](?:\.\d{1,2})?)\b)?"
)
# A steward's question that begins with the id it is about: "10.01 b - when can either side …",
# "6.7 A: who decides …". Only at the very start and followed by a separator, so a number inside a
# sentence ("I worked 8.5 hours") is never read as a section.
_LEADING_ID_RE = re.compile(
    r"\s*(?:§\s*)?(?P<n>\d{1,2}\.\d{1,2})(?:\s*(?P<label>\(?(?P<l>[A-Za-z](?:\.\d{1,2})?)\)?))?"
    r"\s*(?:[-\u2013\u2014:,]\s|[-\u2013\u2014:,]?$)"
)
_LOOKUP_WORDS = re.compile(r"\b(say|says|said|show|read|text|cover|covers|about|in|under|per|section|clause)\b",
                           re.IGNORECASE)

# Outside the contract: statutes, regulations and codes ("Government Code Section 19815.4",
# "Section 3517 of the Government Code", "Article VII of the Constitution").
_LAW = (r"(?:Code|Act|Regulations?|regulations?|Regs?\.?|Rules|Constitution|Statutes?|Law|U\.?\s?S\.?\s?C\.?|"
        r"C\.?\s?F\.?\s?R\.?|ORS|RCW|ILCS|Ordinance|Charter)")
_LAW_BEFORE_RE = re.compile(rf"\b{_LAW}\s*,?\s*$")
_LAW_AFTER_RE = re.compile(
    rf"^\.?\s*(?:,\s*|\s(?:of|under|in)\s+|,\s*(?:of|under|in)\s+)(?:the\s+)?"
    rf"(?:(?:[A-Z0-9][\w.&'’-]*|of|the|and|for|on)\s+){{0,8}}?{_LAW}\b"
)


def _clause_suffix(text: str, pos: int, mode: Mode) -> tuple[str, int]:
    """A clause label right after a section number: '8.1 J.', '9.1 B.1', '15.02(a)(i)', '10.01 a)'."""
    match = _PAREN_LABELS_RE.match(text, pos)
    if match:
        labels = re.findall(r"\(([^)]+)\)", match.group(1))
        return ".".join(labels), match.end()
    match = _UPPER_LABEL_RE.match(text, pos)
    if match:
        label = match.group("l")
        rest = text[match.end():match.end() + 12]
        # 'Section 8.2 A new employee ...': a capital letter and then ordinary words is a sentence.
        continues = re.match(r"\s+(?!above\b|below\b|of\b|in\b|and\b|or\b|herein\b|hereof\b|shall\b|apply\b|applies\b)"
                             r"[a-z]", rest)
        # Only 'A' and 'I' are also English words; 'Section 8.1 J must' names clause J.
        if not (label in ("A", "I") and continues and not match.group("dot")):
            return label, match.end()
    match = _LOWER_PAREN_LABEL_RE.match(text, pos)
    if match:
        return match.group("l"), match.end()
    if mode == "lookup":
        match = re.compile(r"\s*[.\s]\s*(?P<l>[A-Za-z](?:\.\d{1,2}(?:\.[a-z])?)?)\.?$").match(text, pos)
        if match:
            return match.group("l"), match.end()
    return "", pos


def _article_number(match: re.Match[str], mode: Mode) -> str | None:
    if match.group("n"):
        return str(int(match.group("n")))
    roman = match.group("r")
    if mode != "lookup" and roman != roman.upper():
        return None
    value = roman_to_int(roman)
    if value is None or (mode == "question" and len(roman) == 1 and roman not in ("I", "V", "X")):
        return None
    return str(value) if value else None


def _external(text: str, start: int, end: int) -> str:
    """Why the reference at text[start:end] names a statute or code rather than this contract, or ''."""
    before = text[max(0, start - 60):start]
    if _LAW_BEFORE_RE.search(before):
        return "a statute or code, not this contract"
    if _LAW_AFTER_RE.match(text[end:end + 120]):
        return "a statute or code, not this contract"
    return ""


class _Scanner:
    def __init__(self, text: str, mode: Mode):
        self.text = text
        self.mode = mode
        self.found: list[Found] = []

    def add(self, start: int, end: int, target: Target) -> None:
        self.found.append(Found(start, end, self.text[start:end], target))

    # -- sections ------------------------------------------------------------------------------
    def section_list(self, start: int, pos: int, article: str = "") -> int:
        """'Section 8.1 J', 'Sections 8.8 and 8.2', 'Section 3 of Article 12', 'Section 2 of this Article'."""
        first = True
        item_start = start
        group: list[tuple[int, int, Target]] = []
        while True:
            match = _SEC_NUM_RE.match(self.text, pos)
            if not match:
                break
            number = match.group("n").rstrip(".")
            end = match.end("n")
            clause, end = _clause_suffix(self.text, end, self.mode)
            if not clause:
                sub = _SUBSECTION_WORD_RE.match(self.text, end)
                label = _SUB_LABEL_RE.match(self.text, sub.end()) if sub else None
                if sub and label:
                    clause = self._label_path(label)
                    end = label.end()
            group.append((item_start if first else match.start("n"), end, Target("section", article=article,
                                                                                  section=number, clause=clause)))
            first = False
            separator = _LIST_SEP_RE.match(self.text, end)
            following = _SEC_NUM_RE.match(self.text, separator.end()) if separator else None
            if not separator or not following or _MEASURE_RE.match(self.text, following.end()) or (
                    following.group("n").count(".") != number.count(".")
                    and following.group("n").split(".")[0] != number.split(".")[0]):
                pos = end
                break
            pos = separator.end()
        if not group:
            return start
        end = group[-1][1]
        qualifier = _OF_ARTICLE_RE.match(self.text, end)
        this = _OF_THIS_RE.match(self.text, end)
        if qualifier:
            number = _ART_NUM_RE.match(self.text, qualifier.end())
            art = _article_number(number, self.mode) if number else None
            if number and art:
                group = [(s, e, replace(t, article=art)) for s, e, t in group]
                group[-1] = (group[-1][0], number.end(), group[-1][2])
        elif this and this.group("what").lower() == "article":
            group = [(s, e, replace(t, in_this_article=True)) for s, e, t in group]
            group[-1] = (group[-1][0], this.end(), group[-1][2])
        direction = _DIRECTION_RE.match(self.text, group[-1][1])
        if direction and direction.group("d").lower() in ("above", "below"):
            group[-1] = (group[-1][0], direction.end(), group[-1][2])
        for s, e, target in group:
            self.add(s, e, target)
        return group[-1][1]

    # -- articles ------------------------------------------------------------------------------
    def article_list(self, start: int, pos: int) -> int:
        """'Article 12', 'Articles 6 and 7', 'Article XII, Section 3'. A dotted number after the word
        ('Article 9.04') is how members of contracts numbered by article-dot-section name a section, not
        an article ('Article 9.00' is still the article); read so in questions and look-ups only, since
        following such references in contract text measured worse (README, tried and not adopted)."""
        if self.mode != "text" and _ARTICLE_DOT_SECTION_RE.match(self.text, pos):
            return self.section_list(start, pos)
        first = True
        item_start = start
        end = start
        while True:
            match = _ART_NUM_RE.match(self.text, pos)
            number = _article_number(match, self.mode) if match else None
            if not match or not number:
                break
            end = match.end()
            then = _THEN_SECTION_RE.match(self.text, end)
            if then and _SEC_NUM_RE.match(self.text, then.end()):
                return self.section_list(item_start if first else match.start(), then.end(), article=number)
            self.add(item_start if first else match.start(), end, Target("article", article=number))
            first = False
            separator = _LIST_SEP_RE.match(self.text, end)
            if not separator:
                break
            following = _ART_NUM_RE.match(self.text, separator.end())
            if not following or not _article_number(following, self.mode):
                break
            pos = separator.end()
        return end

    # -- subsections, paragraphs ---------------------------------------------------------------
    @staticmethod
    def _label_path(match: re.Match[str]) -> str:
        if match.group("p"):
            more = re.findall(r"\(([^)]+)\)", match.group("more") or "")
            return ".".join([match.group("p"), *more])
        return match.group("l")

    def subsection_list(self, start: int, pos: int) -> int:
        dotted = _SEC_NUM_RE.match(self.text, pos)
        if dotted and "." in dotted.group("n").rstrip("."):
            # 'clause 15.14', 'paragraph 15.02(a)': numbered like sections, so sections.
            return self.section_list(start, pos)
        labels: list[tuple[int, int, str]] = []
        first = True
        while True:
            match = _SUB_LABEL_RE.match(self.text, pos)
            if not match:
                break
            label = self._label_path(match)
            if not match.group("p") and not match.group("dot") and label.isalpha() and label.islower():
                # A bare lower-case letter reads as a word ('paragraph a' is rare, 'paragraph is' common).
                break
            labels.append((start if first else match.start(), match.end(), label))
            first = False
            separator = _LIST_SEP_RE.match(self.text, match.end())
            if not separator or not _SUB_LABEL_RE.match(self.text, separator.end()):
                break
            pos = separator.end()
        if not labels:
            return start
        end = labels[-1][1]
        section = ""
        of_section = _OF_SECTION_RE.match(self.text, end)
        if of_section:
            number = _SEC_NUM_RE.match(self.text, of_section.end())
            if number:
                section = number.group("n").rstrip(".")
                end = number.end("n")
        this = _OF_THIS_RE.match(self.text, end)
        if not section and this:
            end = this.end()
        direction = _DIRECTION_RE.match(self.text, end)
        way = ""
        if direction:
            word = direction.group("d").lower()
            way = "above" if word in ("above", "preceding") else "below" if word in ("below", "following", "hereafter",
                                                                                      "hereinafter") else ""
            end = direction.end()
        for index, (s, e, label) in enumerate(labels):
            last = index == len(labels) - 1
            self.add(s, end if last else e, Target("subsection", section=section, clause=label, direction=way))
        return end

    # -- units ---------------------------------------------------------------------------------
    def unit_list(self, start: int, pos: int, word: str) -> int:
        kind = unit_kind(word)
        if kind is None:
            return start
        first = True
        end = start
        while True:
            match = _UNIT_NUM_RE.match(self.text, pos)
            if not match:
                break
            number = match.group("pn") or match.group("n") or match.group("l")
            if match.group("l"):
                letters = match.group("l")
                if letters != letters.upper():
                    if self.mode == "text" or (self.mode == "question" and kind not in _LOWERCASE_LABEL_UNITS):
                        break
                if kind == "Letter" and not letters[:1].isdigit():
                    break  # 'Letter A' is not how letters are numbered; 'letter of ...' never is
                number = letters.upper()
            if match.group("n") and _MEASURE_RE.match(self.text, match.end()):
                break  # 'a letter 2 weeks ago'
            if kind == "Letter" and self.mode == "question" and not (
                    word[:1].isupper() or re.match(r"\s*(?:#|No\b)", self.text[pos:], re.IGNORECASE)):
                break  # a bare 'letter 3' in a question is rarely a contract's Letter #3
            end = match.end()
            self.add(start if first else match.start(), end, Target("unit", unit=kind, number=number))
            first = False
            separator = _LIST_SEP_RE.match(self.text, end)
            if not separator or not _UNIT_NUM_RE.match(self.text, separator.end()):
                break
            pos = separator.end()
        return end

    def item(self, start: int, pos: int) -> int:
        match = re.compile(r"\s*#?\s*(\d{1,2})\b").match(self.text, pos)
        if not match:
            return start
        self.add(start, match.end(), Target("item", number=str(int(match.group(1)))))
        return match.end()

    # -- everything ----------------------------------------------------------------------------
    def scan(self) -> list[Found]:
        last_end = 0
        for match in _KEYWORD_RE.finditer(self.text):
            start = match.start()
            if start < last_end:
                continue
            if self.mode == "text" and (match.group("item") or (match.group("unit") and not match.group(0)[0].isupper())):
                continue  # in contract text a unit is named with a capital: 'Appendix B', not 'the schedule 4'
            end = start
            if match.group("this"):
                rel = match.group("rel").lower().replace("-", "")
                after = _SUB_LABEL_RE.match(self.text, match.end())
                if rel != "article" and rel != "section" and after and (after.group("p") or after.group("dot")):
                    end = self.subsection_list(start, match.end("rel"))  # 'this paragraph 6.'
                else:
                    kind = "article" if rel == "article" else "section" if rel == "section" else "clause"
                    end = match.end()
                    self.add(start, end, Target("relative", relative=kind))
            elif match.group("sub"):
                end = self.subsection_list(start, match.end())
            elif match.group("art"):
                end = self.article_list(start, match.end())
            elif match.group("sec"):
                end = self.section_list(start, match.end())
            elif match.group("unit"):
                end = self.unit_list(start, match.end(), match.group("unit"))
            elif match.group("item"):
                end = self.item(start, match.end())
            last_end = max(last_end, end)
        leading = _LEADING_ID_RE.match(self.text) if self.mode == "question" else None
        if leading and not any(f.start <= leading.start("n") < f.end for f in self.found):
            self.add(leading.start("n"), leading.end("label") if leading.group("l") else leading.end("n"),
                     Target("section", section=leading.group("n"), clause=leading.group("l") or ""))
        if self.mode == "lookup" or (self.mode == "question" and _LOOKUP_WORDS.search(self.text)):
            taken = [(f.start, f.end) for f in self.found]
            for match in _BARE_NUMBER_RE.finditer(self.text):
                if any(s <= match.start() < e for s, e in taken):
                    continue
                clause = match.group("l") or "" if self.mode == "lookup" else ""
                end = match.end() if clause else match.end("n")
                self.add(match.start(), end, Target("section", section=match.group("n"), clause=clause))
        self.found.sort(key=lambda f: f.start)
        return self._mark_external()

    def _mark_external(self) -> list[Found]:
        result: list[Found] = []
        previous: Found | None = None
        for found in self.found:
            reason = ""
            target = found.target
            if target.kind in ("section", "article", "subsection"):
                reason = _external(self.text, found.start, found.end)
                head = (target.section or target.article).split(".")[0]
                if not reason and head.isdigit() and int(head) >= 1000:
                    reason = "numbered like a statute, not like this contract"
                if (not reason and previous is not None and previous.external
                        and previous.target.kind == target.kind
                        and re.fullmatch(r"[\s,]*(?:and|or|through|to)?[\s\w]{0,20}?",
                                         self.text[previous.end:found.start])):
                    reason = previous.external  # 'Code Section 125 and related Sections 105(b), 129'
            if reason:
                found = replace(found, external=reason)
            result.append(found)
            previous = found
        if self.mode == "text":
            # A list inherits the law it ends with: 'Sections 19869 through 19885 of the Government Code'.
            for index in range(len(result) - 1, 0, -1):
                later, earlier = result[index], result[index - 1]
                gap = self.text[earlier.end:later.start]
                if later.external and not earlier.external and earlier.target.kind == later.target.kind \
                        and re.fullmatch(r"\s*(?:,\s*)?(?:and|or|through|to)?\s*", gap):
                    result[index - 1] = replace(earlier, external=later.external)
        return result


def find_references(text: str, mode: Mode = "text") -> list[Found]:
    """Every reference to a section, article, clause or unit in the text, in order.

    mode 'text' reads a clause (only keyword references count; lower-case letters are words);
    'question' reads a member's question (a bare '8.2' counts when the question asks what a
    section says); 'lookup' reads what a steward typed as an id.
    """
    return _Scanner(text, mode).scan()


def parse_id(text: str) -> Target | None:
    """What a typed id names: '44.3', 'Art 44 Sec 3', 'Article XLIV Section 3', 'LOA 14', 'Appendix C'."""
    cleaned = " ".join(text.replace("\u00a0", " ").split())
    if not cleaned:
        return None
    match = re.fullmatch(r"(\d{1,3}(?:\.\d{1,4}){1,3})(?:[.\s]\s*([A-Za-z](?:\.\d{1,2}(?:\.[a-z])?)?))?\.?", cleaned)
    if match:
        return Target("section", section=match.group(1), clause=match.group(2) or "")
    found = [f for f in find_references(cleaned, "lookup") if not f.external]
    if found:
        return found[0].target
    match = re.fullmatch(r"(?:No\.?\s*)?(\d{1,4})\.?", cleaned, re.IGNORECASE)
    if match:
        return Target("section", section=str(int(match.group(1))))
    value = roman_to_int(cleaned.rstrip("."))
    if value:
        return Target("article", article=str(value))
    return None
