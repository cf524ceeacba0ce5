"""Contract holidays of a year with their observed dates (Sunday → Monday; November 11 on a
Saturday → Friday; other Saturday holidays → holiday credit instead of a day off)."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from assistant.calculators.result import CalcResult, fmt_date
from assistant.calculators.rules import Rules
from assistant.errors import ToolInputError


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    days = [d for d in calendar.Calendar().itermonthdates(year, month) if d.month == month and d.weekday() == weekday]
    return days[nth - 1] if nth > 0 else days[nth]


def holiday_dates(rules: Rules, year: int) -> list[dict]:
    """Each holiday's actual date, observed date (or None) and treatment."""
    entries = []
    for spec in rules.get("holidays", "list", "days"):
        if "day" in spec:
            actual = date(year, spec["month"], spec["day"])
        else:
            actual = _nth_weekday(year, spec["month"], spec["weekday"], spec["nth"])
        actual += timedelta(days=spec.get("offset_days", 0))
        observed: date | None = actual
        treatment = "day off"
        credit = 0
        if actual.weekday() == 6:
            observed, treatment = actual + timedelta(days=1), "observed the following Monday"
        elif actual.weekday() == 5:
            if spec.get("saturday_rule") == "friday":
                observed, treatment = actual - timedelta(days=1), "observed the preceding Friday"
            else:
                credit = rules.get("holidays", "saturday_credit_hours")
                observed, treatment = None, f"falls on a Saturday: {credit} hours of holiday credit, no day off"
        entries.append({"name": spec["name"], "date": actual, "observed": observed, "treatment": treatment,
                        "credit_hours": credit})
    return entries


def observed_days(rules: Rules, year: int) -> dict[date, str]:
    return {e["observed"]: e["name"] for e in holiday_dates(rules, year) if e["observed"] is not None}


def holidays_for_year(rules: Rules, year: int) -> CalcResult:
    if not 1900 <= year <= 2200:
        raise ToolInputError(f"Year {year} is out of range; give a year such as {date.today().year}.")
    result = CalcResult(tool="holidays", summary="")
    entries = holiday_dates(rules, year)
    result.cite(rules.cite(rules.get("holidays", "list")))
    lines = []
    for entry in entries:
        line = f"{entry['name']}: {fmt_date(entry['date'])}"
        if entry["observed"] != entry["date"]:
            line += f" — {entry['treatment']}"
            if entry["observed"] is not None:
                line += f" ({fmt_date(entry['observed'])})"
        lines.append(line)
        if entry["date"].weekday() == 6:
            result.cite(rules.cite(rules.get("holidays", "sunday")))
        elif entry["date"].weekday() == 5:
            key = "saturday_friday" if entry["observed"] is not None else "saturday_credit"
            result.cite(rules.cite(rules.get("holidays", key)))
    result.work = lines
    result.values = {
        "year": year,
        "holidays": [
            {"name": e["name"], "date": e["date"].isoformat(),
             "observed": e["observed"].isoformat() if e["observed"] else None,
             "credit_hours": e["credit_hours"]}
            for e in entries
        ],
    }
    saturday = [e for e in entries if e["observed"] is None]
    result.summary = f"{len(entries)} contract holidays in {year}" + (
        f"; {len(saturday)} fall on a Saturday and earn holiday credit instead of a day off." if saturday else "."
    )
    result.notes.append("Plus any official State holidays declared by the Governor, and the personal holiday (7 C).")
    result.cite(rules.cite(rules.get("holidays", "personal_holiday", "rule")))
    return result
