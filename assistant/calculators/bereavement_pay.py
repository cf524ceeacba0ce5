"""Bereavement pay where a contract pays it in money rather than leave: so many hours at the base rate
for each day of work lost to a funeral, up to a number of days, for the relatives it lists, once the
member's continuous service passes a threshold that may change on set dates. Every number and list is
in the rules file (`leave.bereavement_pay`); the relative, days lost, rate and service come from the
question."""

from __future__ import annotations

from datetime import date
from typing import Any

from assistant.calculators.result import CalcResult, pay_for_hours
from assistant.calculators.rules import Rules
from assistant.errors import ToolInputError


def threshold(rules: Rules, on: date) -> dict[str, Any]:
    """The service threshold in force on a day: the last one whose `from` date has come."""
    steps = sorted(rules.get("leave", "bereavement_pay", "service"), key=lambda s: str(s.get("from", "")))
    return [s for s in steps if not s.get("from") or date.fromisoformat(str(s["from"])) <= on][-1]


def bereavement_pay(rules: Rules, relation: str, days_lost: int, months_of_service: int, on: date,
                    hourly_rate: float | None = None) -> CalcResult:
    spec = rules.get("leave", "bereavement_pay")
    if not 0 < days_lost <= 31 or months_of_service < 0:
        raise ToolInputError("Give the days of work lost (1 or more) and the months of continuous service.")
    relatives = [str(r).lower() for r in spec["relatives"]]
    if relation.lower() not in relatives:
        raise ToolInputError(f"Bereavement pay covers only: {', '.join(spec['relatives'])}.")
    result = CalcResult(tool="leave_accrual", summary="")
    result.cite(rules.cite(spec["rule"]))
    step = threshold(rules, on)
    needed = int(step["more_than_months"])
    if step.get("from"):
        result.cite(rules.cite(step))
    result.values = {"relation": relation, "days_lost": days_lost, "months_of_service": months_of_service}
    if months_of_service <= needed:
        result.work.append(f"{months_of_service} months of continuous service is not more than the {needed} months required "
                           f"on {on:%B} {on.day}, {on.year}: no bereavement pay")
        result.summary = f"No bereavement pay: it needs more than {needed} months of continuous service with the employer."
        result.set_primary("money" if hourly_rate is not None else "hours", 0, "bereavement pay")
        return result
    days = min(days_lost, int(spec["max_days"]))
    hours = days * float(spec["hours_per_day"])
    result.work.append(f"{months_of_service} months of service, more than the {needed} required; {relation}: covered")
    result.work.append(f"{days} day{'s' if days != 1 else ''} lost" + (f" (at most {spec['max_days']})" if days < days_lost else "")
                       + f" × {float(spec['hours_per_day']):g} hours = {hours:g} hours at straight time")
    pay_for_hours(result, hours, hourly_rate, "bereavement pay", f"You are owed {hours:g} hours of bereavement pay at your "
                  "base rate.", "Your bereavement pay should be {amount}.")
    return result
