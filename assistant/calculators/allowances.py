"""Allowances paid for a condition of the work rather than for when the hours fall: so much an hour while
doing it (a share of the basic hourly rate, or a flat sum an hour), or a fixed sum or so many hours' pay each
time it happens; or a share of a cost the member paid, up to a maximum (a uniform, a transit pass). Many
agreements list a dozen of them (work at height, dirty work, training others, a certificate the job requires, a
second language, a room move); members ask what one is worth for the hours, the times or the cost they name.
Each allowance's name, the words members use for it (or a `pattern` for one they describe rather than name), what
it pays and the clause it comes from are rules data (`pay.allowances`); the hours, the rate, the count and the
cost come from the question."""

from __future__ import annotations

from typing import Any

from assistant.calculators.result import CalcResult, fmt_hours, fmt_money
from assistant.calculators.rules import Rules
from assistant.errors import ToolInputError

# How an allowance is paid: exactly one of these keys in its rules entry.
PAID_AS = ("percent", "amount_per_hour", "amount", "hours_pay", "percent_of_cost")


def paid_as(spec: dict[str, Any]) -> str:
    """Which of PAID_AS the entry uses; a rules file with none, or two, is an error a steward can fix there."""
    found = [key for key in PAID_AS if key in spec]
    if len(found) != 1:
        raise ToolInputError(f"The rules for the {spec.get('name', 'allowance')} must give exactly one of "
                             f"{', '.join(PAID_AS)} (found {', '.join(found) or 'none'}).")
    return found[0]


def needs(spec: dict[str, Any]) -> tuple[bool, bool]:
    """(hours needed, hourly rate needed) to work this allowance out; a share of a cost needs the cost."""
    how = paid_as(spec)
    return how in ("percent", "amount_per_hour"), how in ("percent", "hours_pay")


def needs_cost(spec: dict[str, Any]) -> bool:
    return paid_as(spec) == "percent_of_cost"


def allowance(rules: Rules, name: str, hours: float | None = None, hourly_rate: float | None = None,
              times: int = 1, cost: float | None = None) -> CalcResult:
    """The allowance for `hours` worked under the condition (paid by the hour), or for `times` occasions
    (paid by the occasion), at the member's basic `hourly_rate` where the allowance is a share of it; or the
    share of a `cost` the member paid that is reimbursed, up to the rules' maximum for the period."""
    spec = rules.named("allowance", name, "pay", "allowances")
    how = paid_as(spec)
    if how == "percent_of_cost":
        return _share_of_cost(rules, spec, cost)
    by_hour, by_rate = needs(spec)
    if by_hour and (hours is None or not 0 < hours <= 744):
        raise ToolInputError(f"Give the hours worked under the {spec['name']} (more than 0).")
    if by_rate and (hourly_rate is None or not 0 < hourly_rate <= 10000):
        raise ToolInputError("Give your basic hourly rate (more than $0).")
    if not by_hour and not 1 <= times <= 1000:
        raise ToolInputError(f"Give how many times the {spec['name']} applies (at least once).")
    result = CalcResult(tool="allowance", summary="")
    result.cite(rules.cite(spec))
    label = str(spec["name"])
    if by_hour and "per_minutes" in spec:  # paid for each completed unit ('each completed one half (1/2) hour')
        assert hours is not None
        unit = int(spec["per_minutes"])
        counted = (round(hours * 60) // unit) * unit / 60
        if counted != hours:
            result.work.append(f"Paid for each completed {unit} minutes: {fmt_hours(hours)} counts as {fmt_hours(counted)}")
        hours = counted
        if not hours:
            raise ToolInputError(f"The {spec['name']} is paid for each completed {unit} minutes; less than that earns none.")
    if how == "percent":
        assert hours is not None and hourly_rate is not None
        percent = float(spec["percent"])
        per_hour = hourly_rate * percent / 100
        value = round(per_hour * hours + 1e-9, 2)
        exact = f"{per_hour:.4f}".rstrip("0")
        shown = f"${exact}" if len(exact.split(".")[1]) > 2 else fmt_money(per_hour)
        result.work.append(f"{percent:g}% of {fmt_money(hourly_rate)} = {shown} an hour × {fmt_hours(hours)} = {fmt_money(value)}")
    elif how == "amount_per_hour":
        assert hours is not None
        amount = float(spec["amount_per_hour"])
        value = round(amount * hours + 1e-9, 2)
        result.work.append(f"{fmt_money(amount)} an hour × {fmt_hours(hours)} = {fmt_money(value)}")
    elif how == "amount":
        amount = float(spec["amount"])
        value = round(amount * times + 1e-9, 2)
        result.work.append(f"{fmt_money(amount)} × {times} = {fmt_money(value)}" if times > 1 else f"{fmt_money(amount)} each time")
    else:
        assert hourly_rate is not None
        paid_hours = float(spec["hours_pay"])
        value = round(paid_hours * hourly_rate * times + 1e-9, 2)
        each = f"{fmt_hours(paid_hours)} × {fmt_money(hourly_rate)}"
        result.work.append(f"{each} × {times} = {fmt_money(value)}" if times > 1 else f"{each} = {fmt_money(value)}")
    result.values = {"name": label, "hours": hours, "hourly_rate": hourly_rate, "times": times, "value": value}
    result.summary = f"The {label} comes to {fmt_money(value)}."
    result.set_primary("money", value, label)
    return result


def _share_of_cost(rules: Rules, spec: dict[str, Any], cost: float | None) -> CalcResult:
    if cost is None or not 0 < cost <= 1_000_000:
        raise ToolInputError(f"Give what you paid for the {spec['name']} (more than $0).")
    result = CalcResult(tool="allowance", summary="")
    result.cite(rules.cite(spec))
    percent = float(spec["percent_of_cost"])
    share = round(cost * percent / 100 + 1e-9, 2)
    per = f" a {spec['per']}" if spec.get("per") else ""
    result.work.append(f"{percent:g}% of {fmt_money(cost)} = {fmt_money(share)}" if percent != 100 else f"The cost: {fmt_money(cost)}")
    value = share
    if "maximum" in spec and share > float(spec["maximum"]):
        value = float(spec["maximum"])
        result.work.append(f"Capped at the maximum of {fmt_money(value)}{per}")
    label = str(spec["name"])
    result.values = {"name": label, "cost": cost, "value": value}
    # A clause that sets only a ceiling ('an amount to be determined by the employer, but not to exceed' a sum) is said so.
    result.summary = (f"The {label} is at most {fmt_money(value)}{per}." if spec.get("at_most")
                      else f"The {label} comes to {fmt_money(value)}{per}.")
    result.set_primary("money", value, label)
    return result
