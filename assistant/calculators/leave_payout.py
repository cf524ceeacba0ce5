"""Unused leave paid out when employment ends ('entitled to cash compensation at the hourly rate the employee
was receiving at the time of separation'): the hours on the books, up to the most that can be held, at the
member's rate — none before the service the contract requires. The leave, the rate it is paid at, the cap, the
service required and their clauses are rules data (`leave.payout`); the hours, the rate and the service come from
the question."""

from __future__ import annotations

from assistant.calculators.result import CalcResult, fmt_hours, fmt_money
from assistant.calculators.rules import Rules
from assistant.errors import ToolInputError


def payout(rules: Rules, hours: float, hourly_rate: float, months_of_service: int | None = None) -> CalcResult:
    """The cash for `hours` of unused leave at `hourly_rate` when employment ends."""
    spec = rules.get("leave", "payout")
    if not 0 < hours <= 10000:
        raise ToolInputError("Give the hours of leave on the books (more than 0).")
    if not 0 < hourly_rate <= 10000:
        raise ToolInputError("Give your hourly rate at separation (more than $0).")
    name = str(spec.get("name", "vacation"))
    result = CalcResult(tool="leave_accrual", summary="")
    result.cite(rules.cite(spec))
    least = spec.get("minimum_months")
    if least is not None and months_of_service is not None and months_of_service < int(least):
        result.work.append(f"{months_of_service} months of service is less than the {int(least)} required: nothing is paid")
        result.values = {"hours": hours, "value": 0.0}
        result.summary = f"No {name} is paid out before {int(least)} full months of service."
        result.set_primary("money", 0.0, f"{name} paid out")
        return result
    paid = hours
    cap = spec.get("cap")
    if cap is not None and hours > float(cap["hours"]):
        result.cite(rules.cite(cap))
        paid = float(cap["hours"])
        result.work.append(f"{fmt_hours(hours)} on the books, at most {fmt_hours(paid)} can be held")
    value = round(paid * hourly_rate + 1e-9, 2)
    result.work.append(f"{fmt_hours(paid)} × {fmt_money(hourly_rate)} = {fmt_money(value)}")
    if least is not None and months_of_service is None:
        result.assumptions.append(f"You have at least {int(least)} full months of service (none is paid before).")
    result.values = {"hours": paid, "hourly_rate": hourly_rate, "value": value}
    result.summary = f"Your unused {name} should be paid out as {fmt_money(value)}."
    result.set_primary("money", value, f"{name} paid out")
    return result
