"""Reading calculator inputs out of plain English: dates, durations, hours, service, time base.

Only what the member actually wrote is extracted; anything missing is reported as missing so
the assistant can ask for it instead of guessing.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from fractions import Fraction

from assistant.errors import DateOutOfRange

EARLIEST = date(1900, 1, 1)
LATEST = date(2199, 12, 31)

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
         "fifty": 50, "sixty": 60, "half": 0.5}
NUMBER = r"(\d+(?:\.\d+)?|" + "|".join(sorted(WORDS, key=len, reverse=True)) + r")"
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))


def number(text: str) -> float:
    text = text.lower()
    return float(WORDS[text]) if text in WORDS else float(text)


def _year(value: str | None, today: date) -> int | None:
    if value is None:
        return None
    year = int(value)
    return year + (2000 if year < 50 else 1900) if year < 100 else year


def in_range(value: date) -> date:
    """The date, or DateOutOfRange with one line saying why: a deadline counted from the year
    9999 overflows, and no grievance starts in 1066."""
    day = value.date() if isinstance(value, datetime) else value
    if not EARLIEST <= day <= LATEST:
        raise DateOutOfRange(f"The date {day.isoformat()} is out of range: give a date between "
                             f"{EARLIEST.year} and {LATEST.year}.")
    return value


def _resolve(month: int, day: int, year: int | None, today: date) -> date | None:
    try:
        if year is not None:
            return in_range(date(year, month, day))
        candidate = date(today.year, month, day)
        # A date without a year is the most recent one: 'March 3' asked in February means last March.
        return candidate if candidate <= today else date(today.year - 1, month, day)
    except ValueError:
        return None  # not a date ('2/30'): ignored


def find_dates(text: str, today: date) -> list[date]:
    """Dates in the order written."""
    found: list[tuple[int, date]] = []
    lowered = text.lower()
    for m in re.finditer(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b", lowered):
        d = _resolve(int(m.group(2)), int(m.group(3)), int(m.group(1)), today)
        if d:
            found.append((m.start(), d))
    for m in re.finditer(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?(?![\d/])(?!\s*(?:time|timebase|time base))", lowered):
        d = _resolve(int(m.group(1)), int(m.group(2)), _year(m.group(3), today), today)
        if d:
            found.append((m.start(), d))
    for m in re.finditer(rf"\b({_MONTH_NAMES})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b", lowered):
        d = _resolve(MONTHS[m.group(1)], int(m.group(2)), _year(m.group(3), today), today)
        if d:
            found.append((m.start(), d))
    for m in re.finditer(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_NAMES})\.?(?:,?\s+(\d{{4}}))?\b", lowered):
        d = _resolve(MONTHS[m.group(2)], int(m.group(1)), _year(m.group(3), today), today)
        if d:
            found.append((m.start(), d))
    for m in re.finditer(rf"\b{NUMBER}\s+(day|week|month)s?\s+ago\b", lowered):
        amount = number(m.group(1))
        unit = m.group(2)
        days = amount * {"day": 1, "week": 7, "month": 30}[unit]
        if days > (today - EARLIEST).days:
            raise DateOutOfRange(f"{m.group(0)} is out of range: give a date between {EARLIEST.year} and {LATEST.year}.")
        found.append((m.start(), today - timedelta(days=int(days))))
    for word, delta in (("today", 0), ("yesterday", 1)):
        for m in re.finditer(rf"\b{word}\b", lowered):
            found.append((m.start(), today - timedelta(days=delta)))
    found.sort(key=lambda item: item[0])
    result: list[date] = []
    for _, d in found:
        if d not in result:
            result.append(d)
    return result


def find_year(text: str) -> int | None:
    match = re.search(r"\b(19\d\d|20\d\d|21\d\d)\b", text)
    return int(match.group(1)) if match else None


def find_time_base(text: str) -> str | None:
    lowered = text.lower()
    match = re.search(r"\b(\d{1,2})\s*/\s*(\d{1,2})(?:\s*|-)(?:time|time base|timebase)\b", lowered)
    if not match:
        match = re.search(r"\btime\s*base\s*(?:of|is|:)?\s*(\d{1,2})\s*/\s*(\d{1,2})\b", lowered)
    if match:
        value = Fraction(int(match.group(1)), int(match.group(2)))
        return "full" if value == 1 else f"{value.numerator}/{value.denominator}"
    if re.search(r"\bhalf[- ]?time\b", lowered):
        return "1/2"
    match = re.search(r"\b(\d{2})\s*(?:%|percent)\s*(?:time)?", lowered)
    if match and re.search(r"time|part", lowered):
        value = Fraction(int(match.group(1)), 100)
        return f"{value.numerator}/{value.denominator}"
    if re.search(r"\bfull[- ]?time\b", lowered):
        return "full"
    return None


def find_service_months(text: str) -> int | None:
    """'16 years', 'a year and 3 months', '18 months': the first length of service mentioned."""
    lowered = text.lower()
    pattern = rf"\b{NUMBER}\s+(?:and\s+a\s+half\s+)?(year|yr|month|mo)s?\b"
    matches = list(re.finditer(pattern, lowered))
    if not matches:
        return None
    total = 0.0
    previous_end = None
    for match in matches:
        if previous_end is not None and not re.fullmatch(r"\s*(?:,|and)?\s*", lowered[previous_end:match.start()]):
            break  # '2 years of service … after 2 years': the same length said twice, not a sum
        value = number(match.group(1)) + (0.5 if "and a half" in match.group(0) else 0.0)
        total += value * (12 if match.group(2) in ("year", "yr") else 1)
        previous_end = match.end()
    return int(round(total))


def find_minutes(text: str) -> int | None:
    """Total minutes from 'N hours and M minutes', 'N hours', 'M minutes', '1.5 hours'."""
    lowered = text.lower()
    hours = re.search(rf"\b{NUMBER}\s*(?:hours?|hrs?)\b", lowered)
    minutes = re.search(rf"\b{NUMBER}\s*(?:minutes?|mins?)\b", lowered)
    if not hours and not minutes:
        return None
    total = (number(hours.group(1)) * 60 if hours else 0) + (number(minutes.group(1)) if minutes else 0)
    return int(round(total))


def find_hours(text: str, *, near: str | None = None) -> float | None:
    lowered = text.lower()
    pattern = rf"\b{NUMBER}\s*(?:hours?|hrs?)\b" + (rf"[^.?!]*?{near}" if near else "")
    match = re.search(pattern, lowered)
    return number(match.group(1)) if match else None


def find_clock_times(text: str) -> list[str]:
    """'10 pm', '6:30 am', '22:00' → ['22:00', '06:30']."""
    times = []
    for m in re.finditer(r"\b(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s?m\b\.?|\b(\d{1,2}):(\d{2})\b|\b(midnight|noon)\b", text.lower()):
        if m.group(6):
            times.append("00:00" if m.group(6) == "midnight" else "12:00")
            continue
        if m.group(3):
            hour = int(m.group(1)) % 12 + (12 if m.group(3) == "p" else 0)
            minute = int(m.group(2) or 0)
        else:
            hour, minute = int(m.group(4)), int(m.group(5))
        if hour < 24 and minute < 60:
            times.append(f"{hour:02d}:{minute:02d}")
    return times
