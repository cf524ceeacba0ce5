"""A disability benefit paid as a percentage of pay up to a weekly maximum, after a waiting period of
consecutive calendar days, as state disability programs in many agreements are written. The percentage,
cap, waiting period and their clauses are rules data (`pay.disability_benefit`); the member's pay and the
day the disability began come from the question."""

from __future__ import annotations

from datetime import date, timedelta

from assistant.calculators.result import CalcResult, fmt_money
from assistant.calculators.rules import Rules
from assistant.errors import ToolInputError


def weekly_benefit(rules: Rules, weekly_pay: float) -> CalcResult:
    spec = rules.get("pay", "disability_benefit")
    if not 0 < weekly_pay <= 100_000:
        raise ToolInputError("Give your full pay a week (more than $0).")
    percent, cap = float(spec["percent"]), float(spec["weekly_max"])
    raw = round(weekly_pay * percent / 100 + 1e-9, 2)
    value = min(raw, cap)
    result = CalcResult(tool="disability_benefit", summary="")
    result.cite(rules.cite(spec))
    result.work.append(f"{percent:g}% of {fmt_money(weekly_pay)} = {fmt_money(raw)}" +
                       (f", more than the {fmt_money(cap)} weekly maximum: {fmt_money(cap)}" if raw > cap else ""))
    rules.note(result, spec.get("waiting"))  # when the payments start is part of what they are worth
    result.values = {"weekly_pay": weekly_pay, "percent": percent, "weekly_max": cap, "weekly_benefit": value}
    result.summary = f"Your {spec['name']} should be {fmt_money(value)} a week."
    result.set_primary("money", value, f"{spec['name']} a week")
    return result


def first_paid_day(rules: Rules, began: date) -> CalcResult:
    spec = rules.get("pay", "disability_benefit")
    waiting = spec["waiting"]
    days = int(waiting["days"])
    first = began + timedelta(days=days)
    result = CalcResult(tool="disability_benefit", summary="")
    result.cite(rules.cite(waiting))
    last = first - timedelta(days=1)
    result.work.append(f"Waiting period: {days} consecutive calendar days, {began:%B} {began.day} to {last:%B} {last.day}, {last.year}")
    rules.note(result, waiting.get("leave"))
    result.values = {"began": began.isoformat(), "first_paid_day": first.isoformat()}
    result.summary = f"{spec['name']} pays from {first:%A, %B} {first.day}, {first.year}, after the {days}-day waiting period."
    result.set_primary("date", first.isoformat(), f"first day {spec['name']} pays for")
    return result
