"""Weekly overtime rules read from a contract's own overtime clauses, for a contract whose rules file
says nothing about overtime (or that has no rules file).

The overtime calculator needs a weekly threshold and a rate; where the text states them it also
uses a daily threshold, the time off that counts as hours worked and compensatory time. Each is
taken only from a sentence that says it about overtime, cited with that sentence verbatim. The
reading is deliberately narrow: two sentences that disagree (forty hours here, thirty-seven and a
half there; time and one-half beside double time) mean the contract has tiers or groups this
calculator does not model, so nothing is read and the member gets the clauses quoted instead of a
number that may be wrong.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ingest.structure import Contract
from ingest.time_limits import words_to_number

_NUMBER_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
                r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty)")
_WORDS = rf"{_NUMBER_WORD}(?:[\s-]+{_NUMBER_WORD})*(?:\s+and\s+(?:one[\s-]+half|a\s+half))?"
_AMOUNT = (rf"(?:(?P<words>{_WORDS})\s*\((?P<paren>\d{{1,3}}(?:\.\d+)?)\)|(?P<digits>\d{{1,3}}(?:\.\d+)?)|"
           rf"(?P<bare>{_WORDS}))")
_MORE_THAN = r"(?:in\s+excess\s+of|over|more\s+than|beyond|exceeding|after)"
WEEKLY = re.compile(rf"\b{_MORE_THAN}\s+{_AMOUNT}[\s-]*hours?\s+(?:worked\s+)?(?:in\s+(?:a|any|one|the|each)|per|each|a)\s+"
                    r"(?:regular\s+|calendar\s+|payroll\s+|standard\s+)?(?:work\s*)?week\b", re.I)
DAILY = re.compile(rf"\b{_MORE_THAN}\s+{_AMOUNT}[\s-]*hours?\s+(?:worked\s+)?(?:in\s+(?:a|any|one|the|each)|per|each|a)\s+"
                   r"(?:regular\s+|calendar\s+|single\s+|one\s+)?(?:work\s*)?day\b", re.I)
_RATES = (
    (re.compile(r"\btime\s+and\s+(?:one[\s-]*half|a\s+half|one-half)\b|\bone\s+and\s+one[\s-]*half\s+times\b|"
                r"\b1\s*-?\s*1/2\b|\b1\s*½|\b1\.5\s*(?:times|x)\b", re.I), 1.5),
    (re.compile(r"\bdouble(?:\s+\(2\))?\s+time\b|\btwo\s+\(2\)\s+times\b|\btwice\s+the\b|\b2\s*x\b", re.I), 2.0),
    (re.compile(r"\btriple(?:\s+\(3\))?\s+time\b|\bthree\s+\(3\)\s+times\b", re.I), 3.0),
)
_OVERTIME = re.compile(r"\bover[\s-]?time\b", re.I)
# A threshold in a sentence about meals, breaks or premiums is that allowance's condition, not overtime's.
_OTHER_SUBJECT = re.compile(r"\b(?:meals?|lunch|breaks?|rest\s+periods?|allowances?|premiums?|differentials?|"
                            r"travel|standby|call[\s-]?back|holidays?)\b", re.I)
_DEFINES = re.compile(r"\b(?:considered|regarded|defined|deemed|means|shall\s+mean|is\s+earned|are\s+earned|"
                      r"(?:be|is|are)\s+(?:paid|compensated))\b", re.I)
_COUNTS = re.compile(r"\b(?:considered|regarded|counted|deemed|treated|included)\s+as\s+(?:hours|time)\s+worked\b", re.I)
_NEGATION = re.compile(r"\b(?:not|never|no|neither|nor)\b", re.I)
_LEAVE_WORDS = re.compile(r"\b(?:sick|vacation|holidays?|jury|annual|bereavement|personal|compensatory|leave)\b", re.I)
_COMP = re.compile(r"\b(?:compensatory\s+time|comp\s+time|compensating\s+time|cto)\b", re.I)
_CAPS = (re.compile(rf"{_AMOUNT}[\s-]*hours?[\s-]+(?:accrual\s+)?(?:cap|maximum|limit)\b", re.I),
         re.compile(rf"\b(?:up\s+to|maximum\s+of|cap\s+of|not\s+(?:to\s+)?exceed|no\s+more\s+than|"
                    rf"(?:carry|accrue|accumulate|bank|hold)\s+more\s+than)\s+{_AMOUNT}[\s-]*hours?\b", re.I))
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\"“])")


@dataclass(frozen=True)
class _Sentence:
    section: str
    clause: str
    text: str
    article: str
    heading: str  # the article's and section's titles: 'Overtime' there puts a sentence about pay under it
    next_text: str  # the clause after, for a lead-in ending in a colon
    next_clause: str  # that clause's path, which a quote from it cites


def _amount(match: re.Match[str]) -> float | None:
    for name in ("paren", "digits"):
        if match.group(name):
            return float(match.group(name))
    words = (match.group("words") or match.group("bare") or "").lower()
    half = re.search(r"\s+and\s+(?:one[\s-]+half|a\s+half)$", words)
    whole = words_to_number(words[:half.start()] if half else words)
    return None if whole is None else whole + (0.5 if half else 0.0)


def _sentences(contract: Contract) -> Iterator[_Sentence]:
    for article in contract.articles:
        for section in article.sections:
            clauses = [c for c in section.clauses if not c.role]
            for index, clause in enumerate(clauses):
                after = clauses[index + 1] if index + 1 < len(clauses) else None
                following = " ".join(after.text.split()) if after is not None else ""
                for text in _SENTENCE_END.split(" ".join(clause.text.split())):
                    if text:
                        yield _Sentence(section.id, clause.path, text, article.number, f"{article.title} {section.title}", following,
                                        after.path if after is not None else "")


def _ref(s: _Sentence, quote: str | None = None, clause: str | None = None) -> dict[str, Any]:
    ref: dict[str, Any] = {"section": s.section, "quote": quote or s.text}
    path = s.clause if clause is None else clause
    if path and not path.startswith("¶"):
        ref["clause"] = path
    return ref


def _one(values: list[tuple[float, _Sentence]]) -> tuple[float, _Sentence] | None:
    """The single value every sentence agrees on; None when none states one or they disagree."""
    if not values or len({v for v, _ in values}) != 1:
        return None
    return values[0]


def _about_overtime(s: _Sentence) -> bool:
    return bool(_OVERTIME.search(s.text) or _OVERTIME.search(s.heading)) and not _OTHER_SUBJECT.search(s.text)


def _rates(text: str) -> set[float]:
    return {rate for pattern, rate in _RATES if pattern.search(text)}


def _counted(sentences: list[_Sentence]) -> tuple[dict[str, Any], bool] | None:
    """The time off the contract counts as hours worked for overtime, quoted where the list is
    (a lead-in ending in a colon lists it in the next clause), and whether holidays are among it."""
    found: list[tuple[dict[str, Any], str]] = []
    for s in sentences:
        match = _COUNTS.search(s.text)
        if not match or _NEGATION.search(s.text[:match.start()]) or not _OVERTIME.search(s.text + " " + s.heading):
            continue
        listed = s.text
        ref = _ref(s)
        if s.text.rstrip().endswith(":") and s.next_text:
            listed = _SENTENCE_END.split(s.next_text)[0]
            ref = _ref(s, listed, s.next_clause)  # the list is the next clause: cite that clause, where the quote is
        if not _LEAVE_WORDS.search(listed):
            continue
        ref["note"] = (f"Counted as hours worked for overtime: “{listed}”" if listed != s.text
                       else f"Time counted as worked for overtime: “{s.text}”")
        found.append((ref, listed))
    if len(found) != 1:
        return None
    ref, listed = found[0]
    return ref, bool(re.search(r"\bholidays?\b", listed, re.I))


def derive_overtime(contract: Contract) -> dict[str, Any] | None:
    """The `pay` part of a rules file (`overtime`, and `cto` where a sentence about overtime offers
    compensatory time at the overtime rate) read from the contract's overtime sentences; None when the
    text does not state one weekly threshold and one rate."""
    sentences = list(_sentences(contract))
    about = [s for s in sentences if _about_overtime(s)]
    weekly = [(v, s) for s in about if _DEFINES.search(s.text) or _rates(s.text)
              for m in WEEKLY.finditer(s.text) if (v := _amount(m)) is not None]
    daily = [(v, s) for s in about if _DEFINES.search(s.text) or _rates(s.text)
             for m in DAILY.finditer(s.text) if (v := _amount(m)) is not None]
    rated = [(r, s) for s in about for r in _rates(s.text)]
    week, rate = _one(weekly), _one(rated)
    if week is None or rate is None or (daily and _one(daily) is None):
        return None
    hours, week_sentence = week
    # The rate is cited from the threshold's own article where it says it there (another article's rate
    # sentence may be about a special case paid at the same rate).
    multiplier, rate_sentence = next(((r, s) for r, s in rated if s.article == week_sentence.article), rate)
    spec: dict[str, Any] = {"weekly_threshold_hours": int(hours) if hours.is_integer() else hours, "rate": multiplier,
                            "rule": _ref(week_sentence)}
    if rate_sentence is not week_sentence:
        spec["pay_rule"] = _ref(rate_sentence)
    day = _one(daily)
    if day is not None:
        spec["daily"] = {"threshold_hours": int(day[0]) if day[0].is_integer() else day[0], **_ref(day[1])}
    counted = _counted(sentences)
    if counted is not None:
        ref, holidays = counted
        spec["counts_as_worked"] = ref
        if holidays:
            spec["holidays_count"] = {k: v for k, v in ref.items() if k != "note"}
    pay: dict[str, Any] = {"overtime": spec}
    # Compensatory time where a sentence about overtime offers it at the overtime rate.
    comp = next((s for r, s in sorted(rated, key=lambda rs: rs[1].article != week_sentence.article)
                 if r == multiplier and _COMP.search(s.text)), None)
    if comp is not None:
        cto: dict[str, Any] = {"rate": multiplier, "rule": _ref(comp)}
        caps = [(v, s) for s in sentences if _COMP.search(s.text) for pattern in _CAPS for m in pattern.finditer(s.text)
                if (v := _amount(m)) is not None]
        cap = _one(caps)
        if cap is not None:
            cto["cap_hours"] = int(cap[0]) if cap[0].is_integer() else cap[0]
            cto["cap"] = _ref(cap[1])
        pay["cto"] = cto
    return pay
