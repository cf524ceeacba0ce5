"""A week told day by day: 'mon 12 hrs, tue 8, wed 8, thu 8', 'sick leave Monday (8 hrs), then 8 hrs each
Tue-Fri and 6 on Saturday', '4-10 schedule (Mon-Thu, 10 hrs a day) … 5 more hours on Saturday'.

Why: overtime counted by the day as well as by the week needs each day's hours, and a week's total
read from loose amounts ('12 hrs' taken as overtime at one time) gives a wrong number, which is worse
than none. The ledger is built only when every day named gets one reading; a day given two different
amounts, or a number that could be a date or a clock time, makes it None, and the caller falls back.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
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


# --- a week told in pieces ------------------------------------------------------------------------------------------
# 'I called in sick monday (used 8 hrs sick leave), then tues 8, wed 11 (approved), thurs 8, fri 8', 'had Monday (Labor
# Day) off as the holiday, … Wed-Fri were my normal 8s', 'worked my regular 8s Monday, Tuesday, Thursday and Friday',
# 'the other 3 days were normal 10s'. Read piece by piece (a piece runs to the next comma, 'then' or sentence end), each
# piece's days taking its one amount; used only where the ledger above cannot read the week whole.

_PIECE_END = re.compile(r"[.;!?](?:\s|$)|,|\s[—–-]{1,2}\s|\bthen\b|\bplus\b", re.IGNORECASE)
_DAY_WORD = re.compile(rf"\b(?:{_RANGE}|(?P<one>{_DAY}))\b", re.IGNORECASE)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# 'week of mon nov 2 - sun nov 8', 'Week of Nov 9': the days that date the story, not days worked
# ('week of <the holiday> (wed nov 11)': the week named by its holiday, dated in brackets)
_WEEK_DATED = re.compile(rf"\bweek\s+of\s+(?:{_DAY}\s+)?{_MONTH}\s+\d{{1,2}}\b(?:\s*[-–]\s*{_DAY}\s+{_MONTH}\s+\d{{1,2}}\b)?|"
                         rf"\bweek\s+of\s+(?:[a-z'’]+\s+){{1,3}}\(\s*(?:{_DAY}\.?,?\s+)?{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\s*\)",
                         re.IGNORECASE)
_ORDINAL_AFTER = re.compile(r"\s*(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b", re.IGNORECASE)
# Hours in a piece: '8 hrs', '11.5 hours', '8-hour shifts', 'my regular 8', 'normal 8s', 'normal tens'; not a break's
# length ('a half hr unpaid lunch') or a balance ('34 hours of comp in the bank').
# The days of a schedule told as a range between its length words: 'normal M-F 8s'.
_WORK_WEEK = r"(?:m|mon|monday)\s*[-–/]\s*(?:f|fri|friday|th|thu|thurs?|thursday)"
_PIECE_HOURS = re.compile(r"(?<![\d$.:/-])(?P<n>\d{1,2}(?:\.\d+)?)\s*-?\s*(?:hrs?|hours?|h)\b"
                          r"(?!\s*(?:of\s+)?(?:unpaid\s+|paid\s+)?(?:lunch|meal|break|rest\b|comp\b|cto\b|in (?:the|my) bank|banked|balance))|"
                          # ('normal M-F 8s': the days of the schedule may stand between)
                          rf"\b(?:normal|regular|usual)(?:ly)?\s+(?:{_WORK_WEEK}\s+)?"
                          r"(?P<m>\d{1,2}(?:\.\d+)?)s?\b(?![:\d]|\s*(?:am|pm)\b)|"
                          r"\b(?:normal|regular|usual)\s+(?P<w>eights|nines|tens|twelves)\b", re.IGNORECASE)
_WORDS = {"eights": 8.0, "nines": 9.0, "tens": 10.0, "twelves": 12.0}
_BARE_AFTER_DAY = re.compile(r"\s*[:=]?\s*(?P<n>\d{1,2}(?:\.\d+)?)(?![\d:/x-]|\s*(?:am|pm|a\.m|p\.m)\b|(?:st|nd|rd|th)\b|\s*(?:min|minutes?)\b)",
                             re.IGNORECASE)
# '… and then 6 on saturday'
_BARE_BEFORE_DAY = re.compile(rf"(?<![\d$.:/-])\b(?P<n>\d{{1,2}}(?:\.\d+)?)\s+on\s+(?={_DAY}\b)", re.IGNORECASE)
# '…, 9.5 Tuesday, 11 Thursday and 9.5 Friday': a list's hours, each before its day (at a piece's start or after 'and')
_BARE_LEADS_DAY = re.compile(rf"(?:^|\band\s+)\s*(?P<n>\d{{1,2}}(?:\.\d+)?)\s+(?=(?:on\s+)?{_DAY}\b)", re.IGNORECASE)
# 'worked 8 tue', 'tuesday I did 10'
_DID_BARE = re.compile(r"\b(?:worked|did|put in|pulled)\s+(?P<n>\d{1,2}(?:\.\d+)?)(?![\d:/x-]|\s*(?:am|pm|a\.m|p\.m|min)|(?:st|nd|rd|th)\b)",
                       re.IGNORECASE)
_PIECE_LEAVE = {"sick leave": r"\bsick\b", "vacation": r"\bvaca\w*|\bpto\b", "jury duty": r"\bjury\b",
                "bereavement": r"\bbereavement\b", "comp time": r"\b(?:comp|cto)\b\s+(?:time\s+)?(?:off|day)\b"}
# Someone else's account of the week ('payroll only paid me 1 hr of OT for wednesday'): checked, not the week.
# ('off for the holiday (paid)', 'a paid holiday': the day's kind, not someone's account of the pay)
_OTHERS = re.compile(r"\b(?:payroll|(?<!\()paid(?!\s*\)|\s+(?:holiday|day off|leave)\b)|pays|says?|said|saying|claims?|gave|"
                     r"is that right|told me)\b", re.IGNORECASE)
# The schedule, not the week worked: 'normally 8-hour days Mon-Fri', "I'm on 4-10s Mon-Thu", 'normal sched 8 hr days'.
_SCHEDULE = re.compile(r"\b(?:normally|usually|regularly|sched\w*|i'?m on|we'?re on|(?:put|moved)\s+(?:us|our \w+|me)\s+on)\b|"
                       # 'a member works Monday to Friday, 8-hour days' (not 'worked Monday'): the schedule, told in the present
                       r"\b(?:i|she|he|they|we|member|employee)\s+works\s+(?=(?:mon|tue|wed|thu|fri|sat|sun)\w*\s*(?:to|through|thru|-|–)\s*)|"
                       r"^\W*(?:i|we)\s+work\s+(?=(?:mon|tue|wed|thu|fri|sat|sun)\w*\s*(?:to|through|thru|-|–)\s*)|"
                       # 'normal M-F 8s'
                       rf"\b(?:normal|regular|usual)\s+{_WORK_WEEK}\s+\d{{1,2}}s\b|"
                       r"\bon\s+(?:(?:a|the|our)\s+)?(?:4\s*[-x/]\s*10s?|5\s*[-x]\s*8s?|four\s+tens)\b",
                       re.IGNORECASE)
# A label naming the week before a colon: 'Veterans Day week: ', 'thanksgiving wk - '.
_WEEK_LABEL = re.compile(r"^[^:;]*\b(?:week|wk)\s*[:–-]\s*", re.IGNORECASE)
_DID_WORK = re.compile(r"\b(?:worked|did|came in|come in|coming in|put in|stayed|kept|"
                       # 'Wed Nov 11 (<the holiday>) they had us in for 8 hrs'
                       r"(?:had|called|brought|ordered)\s+(?:us|me|him|her|them)\s+in|"
                       # 'Wednesday was <the holiday> and he got called in for 6 hours'
                       r"(?:got|was|were|been)\s+(?:called|brought|ordered)\s+in)\b", re.IGNORECASE)
# ('two other days': the count said before 'other')
_REST = re.compile(r"\b(?:the\s+)?(?:(?P<before>\d|two|three|four|five)\s+)?(?:other|rest of the|remaining)\s+"
                   r"(?:(?P<count>\d|two|three|four|five)\s+)?(?:days?|week(?:days?)?)\b|"
                   r"\bevery\s*(?:other\s+)?(?:week)?day\b", re.IGNORECASE)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}
_DAY_LENGTH = re.compile(r"(?<![\d$.:/])(?P<n>\d{1,2})\s*-?\s*(?:hour|hr)s?\s+(?:work\s*)?(?:days?|shifts?)\b|"
                         r"\b(?P<ten>4\s*[-x/]\s*10s?|four\s+tens?)\b|\b(?P<eight>5\s*[-x]\s*8s?)\b", re.IGNORECASE)
_LIST_ONLY = re.compile(rf"^\s*(?:(?:and|&|or)\s+)?(?:{_DAY}\s*(?:,|and|&|to|through|thru|-|–)?\s*)+$", re.IGNORECASE)


@dataclass(frozen=True)
class Week:
    days: list[Day]
    assumed: list[str]


def usual_day_hours(text: str) -> float | None:
    """The member's usual day as the story states it ('my regular shifts are 8 hrs', 'normally 8-hour days', 'on
    4-10s'); None where it states none or more than one."""
    regular = {float(m.group("n")) for m in re.finditer(
        r"\b(?:regular|normal|usual)\s+(?:work\s*)?(?:shifts?|days?|workdays?)\s+(?:are|is|of)\s+(?P<n>\d{1,2}(?:\.\d+)?)\s*(?:hrs?|hours?)\b",
        text, re.IGNORECASE)}
    stated = _day_length(text)
    found = regular | ({stated} if stated is not None else set())
    return found.pop() if len(found) == 1 else None


def _day_length(text: str) -> float | None:
    """The member's usual day ('normally 8-hour days', 'on 4-10s'), where the story says one and only one."""
    found = set()
    for m in _DAY_LENGTH.finditer(text):
        found.add(float(m.group("n")) if m.group("n") else 10.0 if m.group("ten") else 8.0)
    for m in _PIECE_HOURS.finditer(text):
        if m.group("m") or m.group("w"):
            found.add(float(m.group("m")) if m.group("m") else _WORDS[m.group("w").lower()])
    return found.pop() if len(found) == 1 else None


def _piece_hours(piece: str, day_spans: list[re.Match[str]]) -> list[tuple[int, float]]:
    read = list(_PIECE_HOURS.finditer(piece))
    found = [(m.start(), float(m.group("n") or m.group("m")) if (m.group("n") or m.group("m")) else _WORDS[m.group("w").lower()])
             for m in read]
    taken = [start for start, _ in found]
    for d in day_spans:  # 'tues 8', 'fri: 9'
        bare = _BARE_AFTER_DAY.match(piece, d.end())
        if bare and not any(abs(bare.start("n") - t) < 3 for t in taken):
            found.append((bare.start("n"), float(bare.group("n"))))
    for m in _DID_BARE.finditer(piece):
        if not any(abs(m.start("n") - t) < 3 for t, _ in found):
            found.append((m.start("n"), float(m.group("n"))))
    for m in [*_BARE_BEFORE_DAY.finditer(piece), *_BARE_LEADS_DAY.finditer(piece)]:  # not 'my regular 8 on Friday', read above
        if not any(abs(m.start("n") - t) < 3 for t, _ in found) and not any(r.start() <= m.start("n") < r.end() for r in read):
            found.append((m.start("n"), float(m.group("n"))))
    return sorted(found)


def _pieces(text: str) -> list[str]:
    pieces, start = [], 0
    for m in _PIECE_END.finditer(text):
        pieces.append(text[start:m.start()])
        start = m.end()
    return [*pieces, text[start:]]


# 'for 5 hrs 22 min': a day's time in hours and minutes, read as decimal hours (a lone count of minutes stays a stay's).
_HOURS_AND_MINUTES = re.compile(r"(?<![\d$.:/-])(?P<h>\d{1,2})\s*(?:hrs?|hours?|h)\s*,?\s*(?:and\s+)?(?P<m>\d{1,2})\s*(?:minutes?|mins?|m)\b",
                                re.IGNORECASE)
# Words that make a day's 'worked' about extra time, not the day itself ('worked late Tuesday').
_OVERTIME_WORDS = re.compile(r"\b(?:late|early|extra|over|overtime|ot|past|after|stayed|kept)\b", re.IGNORECASE)


def _as_decimal_hours(m: re.Match[str]) -> str:
    return f"{int(m.group('h')) + int(m.group('m')) / 60:.4f} hrs"


def _usual_hours(length: float | None, found: dict[str, Day]) -> float | None:
    """The member's usual day: as the story states it, else the hours most of the days worked share ('Tuesday 8,
    Thursday 8' and a holiday off between them)."""
    if length is not None:
        return length
    worked = Counter(day.hours for day in found.values() if day.leave is None)
    common = worked.most_common(2)
    return common[0][0] if common and common[0][1] >= 2 and (len(common) == 1 or common[1][1] < common[0][1]) else None


# A stay past the day told by the clock: 'ordered her to stay late and she worked 4:30 to 7:22 pm'.
_STAY_RANGE = re.compile(r"\b(?P<stay>(?:stay|stayed|staying|kept|keep)\b[^.;!?]{0,40}?)"
                         r"(?<![\d:])(?P<h1>\d{1,2})(?::(?P<m1>\d{2}))?\s*(?P<p1>am|pm)?\s*(?:to|-|–|till|until|til)\s*"
                         r"(?P<h2>\d{1,2})(?::(?P<m2>\d{2}))?\s*(?P<p2>am|pm)\b", re.IGNORECASE)


def _stay_as_hours(m: re.Match[str]) -> str:
    """The stay's length in hours, in place of its clock times; the first time takes the second's am/pm unless that puts
    it after the second."""
    def minutes(hour: str, minute: str | None, half: str) -> int:
        return (int(hour) % 12 + (12 if half.lower() == "pm" else 0)) * 60 + int(minute or 0)
    end = minutes(m.group("h2"), m.group("m2"), m.group("p2"))
    start = minutes(m.group("h1"), m.group("m1"), m.group("p1") or m.group("p2"))
    if m.group("p1") is None and start > end:
        start -= 12 * 60
    length = (end - start) % (24 * 60)
    if not 0 < length < 12 * 60 or int(m.group("h1")) > 12 or int(m.group("h2")) > 12:
        return m.group(0)
    return f"{m.group('stay')}{round(length / 60, 4):g} hrs"


def _put(found: dict[str, Day], day: Day) -> bool:
    """Record a day's reading; False where the story gives that day two different ones."""
    if found.get(day.name, day) != day:
        return False
    found[day.name] = day
    return True


def story(text: str, is_holiday: Callable[[str], bool]) -> Week | None:
    """The week's days from a story told in pieces; None where any piece cannot be read one way (two amounts
    for a day, an amount with no day, minutes, clock times, a day named with nothing said of it)."""
    text = _STAY_RANGE.sub(_stay_as_hours, _HOURS_AND_MINUTES.sub(_as_decimal_hours, _WEEK_DATED.sub(" ", text)))
    if re.search(r"\b\d{1,2}:\d{2}\b|\b\d{1,2}\s*(?:am|pm)\b|\bmin(?:ute)?s?\b|\b9/80\b", text, re.IGNORECASE):
        return None  # clock times and minutes are other readings' (stays, a day by the clock)
    length = _day_length(text)
    schedule: list[str] = []
    found: dict[str, Day] = {}
    off: dict[str, str] = {}  # days off whose hours the story leaves to the usual day
    usual_days: list[str] = []  # days worked whose hours the story leaves to the usual day
    rest: tuple[float, str | None, int | None] | None = None
    holiday_unplaced = after_schedule = False
    previous: tuple[float, str | None] | None = None
    for piece in _pieces(text):
        aside = re.match(r"([^()]*)\)", piece)
        if aside and (_SCHEDULE.search(aside.group(1)) or _DAY_LENGTH.search(aside.group(1))) \
                and not _DID_WORK.search(aside.group(1)) and _DAY_WORD.search(piece, aside.end()):
            # '(OT eligible, M-F 8 hr days) called in sick monday …': the schedule in brackets, then the week's first day
            schedule = schedule or [name for m in _DAY_WORD.finditer(aside.group(1)) for name in _days(m)]
            piece = piece[aside.end():]
        days_m = [m for m in _DAY_WORD.finditer(piece) if not _ORDINAL_AFTER.match(piece, m.end())
                  or re.search(r"\b(?:had|have|came|come|coming|worked|hours?|hrs?)\b", piece, re.IGNORECASE)]
        days = [name for m in days_m for name in _days(m)]
        if _OTHERS.search(piece):
            continue  # someone else's account ('payroll only paid me 1 hr for wednesday'), not the week
        if re.search(r"\bwork\s*-?\s*weeks?\s+(?:runs|run|goes|go|is|are)\b", piece, re.IGNORECASE) and not _DID_WORK.search(piece):
            continue  # 'our workweek runs Sunday to Saturday': how the week is counted, not days worked
        if (_SCHEDULE.search(piece) or _DAY_LENGTH.search(piece)) and not _DID_WORK.search(piece) or (
                after_schedule and days and _LIST_ONLY.match(piece)) or (
                # '(Monday to Friday, 8 hours a day)': the schedule's day length, told in the next piece
                after_schedule and not days and re.search(r"\b(?:a|per|each)\s+day\b", piece, re.IGNORECASE)):
            schedule = schedule or days  # 'put our unit on 4-10s, Monday to Thursday', '8 hr days mon-fri'
            after_schedule = True
            continue
        after_schedule = False
        placed = _piece_hours(piece, days_m)
        amounts = [value for _, value in placed]
        if len(placed) == 1 and days_m and days_m[0].start() < placed[0][0] < days_m[-1].start():
            return None  # 'fri and 6 hrs saturday': the hours belong to one of the days, not both
        leave = next((kind for kind, pattern in _PIECE_LEAVE.items() if re.search(pattern, piece, re.IGNORECASE)), None)
        # ('Veterans Day week: mon 8': the holiday names the week, before its colon; the day told after it is worked)
        if is_holiday(_WEEK_LABEL.sub("", piece)) and not _DID_WORK.search(piece):
            leave = "holiday"
        if leave is not None and amounts and _DID_WORK.search(piece) or any(not 0 < value <= 24 for value in amounts):
            return None  # 'fri worked 4 and went home sick for the other 4', 'my full 40 hours Monday through Friday'
        rest_m = _REST.search(piece)
        if not days and rest_m:  # 'the other 3 days were normal 10s', 'worked my normal 8 hours every day'
            if len(amounts) != 1 or rest is not None:
                return None
            count = rest_m.group("count") or rest_m.group("before")
            rest = (amounts[0], leave, (int(count) if count.isdigit() else _COUNTS[count.lower()]) if count else None)
            continue
        if not days:
            if amounts:
                return None  # hours with no day
            if leave == "holiday" and re.search(r"\boff\b", piece, re.IGNORECASE):
                holiday_unplaced = True  # 'had Thanksgiving off as the holiday': the one workday the story leaves
            continue
        if _LIST_ONLY.match(piece) and previous is not None:
            hours, kind = previous  # '… my regular 8s Monday, Tuesday, Thursday and Friday'
        elif len(amounts) == 1 and len(days) == 1 and leave is None and days[0] in found and found[days[0]].leave is None \
                and re.search(r"\b(?:stay\w*|kept|held)\b[^.;!?]{0,30}\blate\b|\b(?:stay\w*|kept|held)\s+(?:\w+\s+)?(?:over|past|after)\b",
                              piece, re.IGNORECASE):
            # 'worked 8 hrs mon … thu … thursday she stayed late 2.5 hrs': the stay added to the day told before
            found[days[0]] = Day(days[0], round(found[days[0]].hours + amounts[0], 4), None)
            continue
        elif len(amounts) == 1:
            hours, kind = amounts[0], leave
            if len(days) > 1 and hours > 16 and hours / len(days) <= 16:
                hours = round(hours / len(days), 4)  # 'worked mon-wed (24 hrs)': the range's total, not 24 hours a day
        elif len(amounts) == len(days_m) > 1 and all(m.group("one") for m in days_m) and (all(
                d.start() < at < (days_m[i + 1].start() if i + 1 < len(days_m) else len(piece))
                for i, (d, (at, _)) in enumerate(zip(days_m, placed, strict=True))) or all(
                (days_m[i - 1].end() if i else -1) < at < d.start() for i, (d, (at, _)) in enumerate(zip(days_m, placed, strict=True)))):
            # each day with its own hours, told after it ('fri 8 and sat 8') or before it ('10 hours on Tuesday and 6 hours
            # on Saturday')
            for d, (_, value) in zip(days_m, placed, strict=True):
                if not _put(found, Day(_days(d)[0], value, leave)):
                    return None
            previous = (amounts[-1], leave)
            continue
        elif not amounts and leave is not None:
            off.update({name: leave for name in days})  # 'had Monday (Labor Day) off as the holiday'
            continue
        elif not amounts and all(name in found for name in days):
            continue  # a day named again ('approved in advance on wednesday')
        elif not amounts and leave is None and _DID_WORK.search(piece) and not _OVERTIME_WORDS.search(piece):
            usual_days.extend(days)  # 'worked Mon and Tue': the usual day, told elsewhere
            continue
        else:
            return None
        if not all(_put(found, Day(name, hours, kind)) for name in days):
            return None
        previous = (hours, kind)
    usual = schedule or list(WEEKDAYS[:5])
    if rest is not None:
        left = [name for name in usual if name not in found and name not in off]
        if not left or (rest[2] is not None and rest[2] != len(left)):
            return None
        found.update({name: Day(name, rest[0], rest[1]) for name in left})
    assumed: list[str] = []
    if holiday_unplaced and "holiday" not in off.values():  # ('(Wednesday, November 11) she had the holiday off': placed)
        left = [name for name in usual if name not in found and name not in off]
        if len(left) != 1:
            return None
        off[left[0]] = "holiday"
    if usual_days:
        hours_usual = _usual_hours(length, found)
        if hours_usual is None or length is None or any(name in found or name in off for name in usual_days):
            return None
        found.update({name: Day(name, hours_usual, None) for name in usual_days})
        named = ", ".join(name.capitalize() for name in usual_days)
        assumed.append(f"I took {named} as {hours_usual:g} hours each, your usual day.")
    if off:
        hours_off = _usual_hours(length, found)
        if hours_off is None or any(name in found for name in off):
            return None
        for name, kind in off.items():
            found[name] = Day(name, hours_off, kind)
            assumed.append(f"I took the {kind} ({name.capitalize()}) as {hours_off:g} hours, your usual day.")
    if len(found) < 2:
        return None
    return Week([found[name] for name in WEEKDAYS if name in found], assumed)
