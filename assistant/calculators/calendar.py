"""Counting time the way a contract says: calendar days, working (business) days that skip
weekends and the contract's holidays, hours, weeks and months.

Which days are skipped, and where the holidays come from, is data: a rules file's counting rules
and holiday list, or the counting rules and holiday article found in the contract's text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from dateutil.relativedelta import relativedelta

from assistant.errors import ToolInputError

WORKING_UNITS = frozenset({"working_days", "business_days"})
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")  # date.weekday() order
_WEEKEND = {"saturday": 5, "sunday": 6}
MAX_AMOUNT = {"hours": 24 * 3660, "calendar_days": 3660, "days": 3660, "working_days": 2600, "business_days": 2600,
              "weeks": 520, "months": 120, "years": 10}


@dataclass
class Counting:
    """Which days a working-day count skips; holidays by year (observed date → name)."""

    excludes: frozenset[str] = frozenset({"saturday", "sunday", "holidays"})
    holidays: Callable[[int], dict[date, str]] = field(default=lambda year: {})

    def skips(self, day: date) -> str | None:
        for weekend_day, weekday in _WEEKEND.items():
            if weekend_day in self.excludes and day.weekday() == weekday:
                return f"a {day:%A}"
        if "holidays" in self.excludes:
            holiday = self.holidays(day.year).get(day)
            if holiday:
                return f"a holiday ({holiday})"
        return None


def add(start: datetime, amount: int, unit: str, counting: Counting) -> tuple[datetime, list[tuple[date, str]]]:
    """The moment `amount` units after `start`, and the days a working-day count skipped."""
    if amount < 0 or amount > MAX_AMOUNT.get(unit, 0):
        raise ToolInputError(f"A time limit of {amount} {unit.replace('_', ' ')} is outside what can be counted.")
    try:
        if unit == "hours":
            return start + timedelta(hours=amount), []
        if unit in ("calendar_days", "days"):
            return start + timedelta(days=amount), []
        if unit == "weeks":
            return start + timedelta(weeks=amount), []
        if unit == "months":
            return start + relativedelta(months=amount), []
        if unit == "years":
            return start + relativedelta(years=amount), []
        if unit in WORKING_UNITS:
            return _working_days(start, amount, counting, 1)
    except OverflowError as exc:
        raise ToolInputError("That date is too far in the future to count to; check the year.") from exc
    raise ToolInputError(f"Time limits in {unit!r} are not supported; use calendar_days, working_days, hours, "
                         "weeks or months.")


def subtract(end: datetime, amount: int, unit: str, counting: Counting) -> tuple[datetime, list[tuple[date, str]]]:
    """The moment `amount` units before `end` ('ten (10) working days prior to …'), and the days a
    working-day count skipped."""
    if amount < 0 or amount > MAX_AMOUNT.get(unit, 0):
        raise ToolInputError(f"A time limit of {amount} {unit.replace('_', ' ')} is outside what can be counted.")
    try:
        if unit in ("calendar_days", "days"):
            return end - timedelta(days=amount), []
        if unit == "hours":
            return end - timedelta(hours=amount), []
        if unit == "weeks":
            return end - timedelta(weeks=amount), []
        if unit in WORKING_UNITS:
            return _working_days(end, amount, counting, -1)
    except OverflowError as exc:
        raise ToolInputError("That date is too far in the past to count back to; check the year.") from exc
    raise ToolInputError(f"A limit of {amount} {unit_words(unit)} before a date is not counted here; read the clause.")


def _working_days(start: datetime, amount: int, counting: Counting, step: int) -> tuple[datetime, list[tuple[date, str]]]:
    """`amount` days that count, one day at a time forward (step 1) or back (-1), and those skipped."""
    day, counted = start, 0
    skipped: list[tuple[date, str]] = []
    while counted < amount:
        day += timedelta(days=step)
        reason = counting.skips(day.date())
        if reason:
            skipped.append((day.date(), reason))
        else:
            counted += 1
    return day, skipped


def unit_words(unit: str, amount: int | None = None) -> str:
    words = {"calendar_days": "calendar days", "working_days": "working days", "business_days": "business days",
             "days": "days", "hours": "hours", "weeks": "weeks", "months": "months", "years": "years"}[unit]
    if amount == 1:
        words = words[:-1]
    return words
