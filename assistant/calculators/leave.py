"""Leave accrual: monthly vacation and sick-leave hours by service and time base, the balance
after N months, the six-month bonus, and when the vacation cap would be reached."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from assistant.calculators.result import CalcResult, fmt_hours
from assistant.calculators.rules import Rules
from assistant.errors import ToolInputError

MAX_MONTHS = 600


def normalize_time_base(time_base: str) -> str:
    text = time_base.strip().lower().replace(" ", "")
    if text in ("", "full", "fulltime", "full-time", "1", "1/1"):
        return "full"
    if text in ("half", "halftime", "half-time"):
        return "1/2"
    try:
        value = Fraction(text)
    except (ValueError, ZeroDivisionError) as exc:
        raise ToolInputError(f"Time base {time_base!r} is not a fraction like '1/2' or '4/5', or 'full'.") from exc
    if value == 1:
        return "full"
    return f"{value.numerator}/{value.denominator}"


def _tier(rules: Rules, month: int) -> dict[str, Any] | None:
    tiers = [t for t in rules.get("leave", "vacation", "tiers") if t["from_month"] <= month]
    return tiers[-1] if tiers else None


def _chart_row(rules: Rules, time_base: str) -> dict[str, Any]:
    rows = rules.get("leave", "part_time_chart", "rows")
    if time_base not in rows:
        raise ToolInputError(f"Time base {time_base} is not in the 7 L chart; it lists: full, {', '.join(rows)}.")
    return rows[time_base]


def monthly_vacation(rules: Rules, month: int, time_base: str) -> float:
    tier = _tier(rules, month)
    if tier is None:
        return 0.0
    if time_base == "full":
        return float(tier["hours"])
    columns = rules.get("leave", "part_time_chart", "columns")
    return float(_chart_row(rules, time_base)["vacation"][columns.index(tier["group"])])


def monthly_sick(rules: Rules, time_base: str) -> float:
    if time_base == "full":
        return float(rules.get("leave", "sick", "monthly_hours"))
    return float(_chart_row(rules, time_base)["sick"])


def vacation_balance(rules: Rules, months: int, time_base: str) -> float:
    vacation = rules.get("leave", "vacation")
    if months < vacation["waiting_months"]:
        return 0.0
    balance = 0.0
    if time_base == "full" or not vacation.get("bonus_full_time_only", True):
        balance += vacation["bonus_hours"]
    for month in range(vacation["waiting_months"] + 1, months + 1):
        balance += monthly_vacation(rules, month, time_base)
    return round(balance, 2)


def leave_accrual(rules: Rules, months_of_service: int, time_base: str = "full") -> CalcResult:
    """Vacation and sick leave after `months_of_service` completed months, assuming none used."""
    if not 0 <= months_of_service <= MAX_MONTHS:
        raise ToolInputError(f"Months of service must be between 0 and {MAX_MONTHS}; got {months_of_service}.")
    base = normalize_time_base(time_base)
    vacation = rules.get("leave", "vacation")
    result = CalcResult(tool="leave_accrual", summary="")
    months = months_of_service
    rate_now = monthly_vacation(rules, max(months, vacation["waiting_months"] + 1), base)
    sick_rate = monthly_sick(rules, base)
    balance = vacation_balance(rules, months, base)
    sick = round(sick_rate * months, 2)
    result.cite(rules.cite(vacation["waiting"]))
    bonus = 0.0
    if months >= vacation["waiting_months"] and (base == "full" or not vacation.get("bonus_full_time_only", True)):
        bonus = vacation["bonus_hours"]
        result.cite(rules.cite(vacation["bonus"]))
        result.work.append(f"After {vacation['waiting_months']} months: one-time bonus of {fmt_hours(bonus)}")
    elif base != "full":
        result.work.append("The 42-hour six-month bonus is for full-time employees; part-time accrual follows the 7 L chart.")
    segments: list[list[Any]] = []  # [first month, last month, monthly hours]
    for month in range(vacation["waiting_months"] + 1, months + 1):
        rate = monthly_vacation(rules, month, base)
        if segments and segments[-1][2] == rate:
            segments[-1][1] = month
        else:
            segments.append([month, month, rate])
    for first, last, rate in segments:
        count = last - first + 1
        result.work.append(f"Months {first}–{last}: {count} × {fmt_hours(rate)} = {fmt_hours(rate * count)}")
        tier = _tier(rules, first)
        if tier:
            result.cite(rules.cite(tier))
    if base != "full":
        result.cite(rules.cite(vacation["part_time"]))
        result.cite(rules.cite(_chart_row(rules, base)))
        result.cite(rules.cite(rules.get("leave", "sick", "part_time")))
    result.work.append(f"Vacation balance after {months} months: {fmt_hours(balance)} (no vacation used)")
    result.work.append(f"Sick leave: {months} × {fmt_hours(sick_rate)} = {fmt_hours(sick)}")
    result.cite(rules.cite(rules.get("leave", "sick", "rule")))
    cap = vacation["cap_hours"]
    cap_month = next((m for m in range(months, MAX_MONTHS + 1) if vacation_balance(rules, m, base) > cap), None)
    result.cite(rules.cite(vacation["cap"]))
    if cap_month is not None:
        result.work.append(
            f"Vacation passes the {cap}-hour cap after month {cap_month} of service "
            f"({fmt_hours(vacation_balance(rules, cap_month, base))}) if none is used."
        )
        result.notes.append(
            f"Only {cap} hours carry over to the next calendar year; if your balance could pass {cap} by "
            "December 31, a plan to use vacation is due to your supervisor by June 1 (8.1 I)."
        )
        result.cite(rules.cite(vacation["plan"]))
    result.values = {
        "months_of_service": months,
        "time_base": base,
        "monthly_vacation_hours": rate_now,
        "monthly_sick_hours": sick_rate,
        "bonus_hours": bonus,
        "vacation_balance_hours": balance,
        "sick_balance_hours": sick,
        "cap_hours": cap,
        "cap_reached_after_month": cap_month,
    }
    result.summary = (
        f"After {months} months of service ({'full time' if base == 'full' else base + ' time'}): "
        f"{fmt_hours(balance)} of vacation and {fmt_hours(sick)} of sick leave, if none was used. "
        f"You now earn {fmt_hours(rate_now)} of vacation and {fmt_hours(sick_rate)} of sick leave a month."
    )
    if balance > cap:
        result.summary += f" Only {cap} hours of vacation carry over at the end of a calendar year (8.1 J)."
    return result
