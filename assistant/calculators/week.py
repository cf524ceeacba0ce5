"""A week told day by day: 'mon 12 hrs, tue 8, wed 8, thu 8', 'sick leave Monday (8 hrs), then 8 hrs each
Tue-Fri and 6 on Saturday', '4-10 schedule (Mon-Thu, 10 hrs a day) … 5 more hours on Saturday'.

Why: overtime counted by the day as well as by the week needs each day's hours, and a week's total
read from loose amounts ('12 hrs' taken as overtime at one time) gives a wrong number, which is worse
than none. The ledger is built only when every day named gets one reading; a day given two different
amounts, or a number that could be a date or a clock time, makes it None, and the caller falls back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.calculators.calendar import WEEKDAYS

_DAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?"
_RANGE = rf"(?P<a>{_DAY})\s*(?:-|–|to|through|thru|though)\s*(?P<b>{_DAY})"  # 'though': a typo only a day range explains
_DAYS = rf"(?:{_RANGE}|(?P<one>{_DAY}))"
_HOURS = r"(?P<n>\d{1,2}(?:\.\d+)?)"
_LEAVE = r"(?P<leave>sick leave|sick|vacation|holiday|jury duty|jury service|jury|comp time|cto)"
# 'mon 12 hrs', 'tue 8', 'Mon-Thu, 10 hrs a day' (not 'Mon Nov 16', 'Fri 8:30', 'sat 8am')
_DAY_FIRST = re.compile(rf"\b{_DAYS}\b\s*(?:,\s*|:\s*|=\s*|-\s*|\(\s*|\s+for\s+|\s+(?:i\s+)?(?:worked|did|put in)\s+)?{_HOURS}(?![\d:/]|\s*(?:am|pm|a\.m|p\.m|th|st|nd|rd)\b)"
                        r"\s*(?P<unit>hrs?|hours?|h)?\b", re.IGNORECASE)
# '9.5 hours each day Tuesday through Friday', '8 hrs sick leave Monday', '5 more hours on Saturday'
_HOURS_FIRST = re.compile(rf"(?<![\d$.:/]){_HOURS}\s*(?:more\s+|extra\s+|approved\s+)?(?:hrs?|hours?)(?:\s+days?)?\b\s*(?:of\s+)?(?:{_LEAVE}\s+(?:leave\s+)?)?"
                          rf"(?:(?:each|a|per)(?:\s+day)?\s+|straight\s+)?(?:on\s+|that\s+|last\s+)?(?:the\s+)?\b{_DAYS}\b", re.IGNORECASE)
# 'took friday off unpaid (LWOP)', 'friday off without pay'
_UNPAID = re.compile(rf"\b(?P<one>{_DAY})\s+off\b[^.;,]{{0,20}}\b(?:unpaid|lwop|without pay|no pay)\b", re.IGNORECASE)
# A schedule, not a week worked: 'normal schedule is 8 hours a day Monday to Friday', 'usually 10 hrs Mon-Thu'.
# ('worked my normal 8 hr days tue thru fri' is the week worked).
_SCHEDULE_BEFORE = re.compile(r"\b(?:schedule\w*|normally|regularly|usually)\b[^.;]{0,20}$", re.IGNORECASE)
_LEAVE_BEFORE = re.compile(rf"{_LEAVE}\s+(?:leave\s+)?(?:all\s+day\s+)?(?:on\s+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class Day:
    name: str  # 'monday' … 'sunday'
    hours: float
    leave: str | None  # 'sick leave', 'holiday' …: time off that a contract may count as time worked


def _weekday(token: str) -> int:
    return next(i for i, name in enumerate(WEEKDAYS) if name.startswith(token.lower()[:3]))


def _days(match: re.Match[str]) -> list[str]:
    if match.groupdict().get("one"):
        return [WEEKDAYS[_weekday(match.group("one"))]]
    first, last = _weekday(match.group("a")), _weekday(match.group("b"))
    return [WEEKDAYS[(first + i) % 7] for i in range((last - first) % 7 + 1)]


def ledger(text: str) -> list[Day] | None:
    """Each day of the week the text gives hours for, in weekday order; None unless at least two days
    are given and no day is given two different amounts."""
    found: dict[str, Day] = {}
    spans: list[tuple[int, int]] = []

    def add(days: list[str], hours: float, leave: str | None, span: tuple[int, int]) -> bool:
        if any(a < span[1] and span[0] < b for a, b in spans) or not 0 <= hours <= 24:
            return True  # already read as part of another mention
        spans.append(span)
        for name in days:
            day = Day(name, hours, leave)
            if found.get(name, day) != day:
                return False
            found[name] = day
        return True

    for match in _HOURS_FIRST.finditer(text):
        if _SCHEDULE_BEFORE.search(text[max(0, match.start() - 40):match.start()]):
            spans.append(match.span())  # 'normal schedule is 8 hours a day Monday to Friday': not the hours worked
            continue
        leave = match.group("leave") or (m.group("leave") if (m := _LEAVE_BEFORE.search(text[max(0, match.start() - 25):match.start()])) else None)
        if not add(_days(match), float(match.group("n")), leave.lower() if leave else None, match.span()):
            return None
    for match in _DAY_FIRST.finditer(text):
        if re.match(r"\s*(?:off|shift|night)\b", text[match.end():], re.IGNORECASE):
            continue
        leave_match = _LEAVE_BEFORE.search(text[max(0, match.start() - 25):match.start()])
        if not add(_days(match), float(match.group("n")), leave_match.group("leave").lower() if leave_match else None, match.span()):
            return None
    for match in _UNPAID.finditer(text):
        if not add(_days(match), 0.0, "unpaid", match.span()):
            return None
    if len(found) < 2:
        return None
    # A day named outside every reading ('Monday I was out sick') leaves the week unknown.
    if any(not any(a <= m.start() < b for a, b in spans) for m in re.finditer(rf"\b{_DAY}\b", text, re.IGNORECASE)):
        return None
    return [found[name] for name in WEEKDAYS if name in found]
