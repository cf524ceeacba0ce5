"""Hourly pay from a contract's wage clauses: the base rate, additions for a role (a lead's extra
cents an hour), and a premium earned per period by those who meet its conditions (so many hours in
the period, so many shifts in its final week), at a rate that grows with the number of periods
earned. Every number is in the contract's rules file with its clause."""

from __future__ import annotations

from typing import Any

from assistant.calculators.result import CalcResult, fmt_hours, fmt_money
from assistant.calculators.rules import Rules
from assistant.errors import ToolInputError


def _premium_rate(spec: dict[str, Any], nth: int) -> dict[str, Any]:
    """The tier for the nth period earned: the last one that starts at or before it ('any semester thereafter')."""
    tiers = sorted(spec["tiers"], key=lambda t: int(t["nth"]))
    started = [t for t in tiers if int(t["nth"]) <= nth]
    return started[-1] if started else tiers[0]


def wage(rules: Rules, ask: str = "rate", hours: float | None = None, roles: list[str] | None = None,
         nth: int | None = None, condition_counts: dict[str, float] | None = None,
         without_premium: bool = False, role_hours: float | None = None, meal_minutes: int = 0) -> CalcResult:
    """The hourly rate, a period's pay, or a period's premium (`ask`: rate | pay | premium). With `role_hours`, a
    period's pay gives the roles' additions to those hours only, the rest of `hours` at the rate without them."""
    spec = rules.get("pay", "wage")
    result = CalcResult(tool="wage", summary="")
    base = spec["base"]
    rate = float(base["rate"])
    if ask in ("rate", "pay"):  # a premium or the hours it needs is not the base wage's business
        result.cite(rules.cite(base))
    lines = [f"Base wage {fmt_money(rate)} an hour"]
    added = 0.0
    for addition in spec.get("additions", []):
        if addition["name"] in (roles or []):
            rate += float(addition["per_hour"])
            added += float(addition["per_hour"])
            if ask in ("rate", "pay"):
                result.cite(rules.cite(addition))
            lines.append(f"+ {fmt_money(float(addition['per_hour']))} an hour as {addition['name']}")
    premium_spec = spec.get("premium")
    per_hour = 0.0
    qualifies: bool | None = None
    if premium_spec and not without_premium and (ask == "premium" or nth is not None):
        result.cite(rules.cite(premium_spec))
        qualifies = True
        if hours is not None and hours < float(premium_spec["min_hours"]):
            qualifies = False
            lines.append(f"{fmt_hours(hours)} is under the {fmt_hours(float(premium_spec['min_hours']))} the "
                         f"{premium_spec['name']} requires: none")
        for condition in premium_spec.get("conditions", []):
            count = (condition_counts or {}).get(condition["what"])
            if count is None:
                result.assumptions.append(f"This assumes you met the other requirement: {condition['what']} at least "
                                          f"{condition['at_least']:g}.")
            elif count < float(condition["at_least"]):
                qualifies = False
                lines.append(f"{count:g} {condition['what']}, fewer than the {condition['at_least']:g} required: no "
                             f"{premium_spec['name']}")
        if qualifies:
            tier = _premium_rate(premium_spec, nth or 1)
            per_hour = float(tier["per_hour"])
            result.cite(rules.cite(tier))
            lines.append(f"{premium_spec['name'].capitalize()} for the {_ordinal(nth or 1)} {premium_spec['period']} "
                         f"earned: {fmt_money(per_hour)} an hour")
            if nth is None:
                result.assumptions.append(f"I took this as the first {premium_spec['period']} you earn it; later ones "
                                          "pay more.")
    result.work.extend(lines)
    values: dict[str, Any] = {"rate": round(rate, 4), "premium_per_hour": per_hour, "qualifies": qualifies}
    if ask == "hours_needed":
        if not premium_spec or hours is None:
            raise ToolInputError("Give the hours worked so far in the period, for a contract whose premium needs a number of hours.")
        needed = max(0.0, float(premium_spec["min_hours"]) - hours)
        result.cite(rules.cite(premium_spec))
        result.work = [f"The {premium_spec['name']} needs {fmt_hours(float(premium_spec['min_hours']))} in the "
                       f"{premium_spec['period']}: {fmt_hours(float(premium_spec['min_hours']))} − {fmt_hours(hours)} = {fmt_hours(needed)}"]
        for condition in premium_spec.get("conditions", []):
            result.notes.append(f"It also needs {condition['what']}: at least {condition['at_least']:g}.")
        result.summary = f"You need {fmt_hours(needed)} more this {premium_spec['period']} for the {premium_spec['name']}."
        result.set_primary("hours", round(needed, 4), "hours still needed")
        result.values = values | {"hours_needed": needed}
        return result
    if ask == "premium":
        if hours is None:
            raise ToolInputError("Give the hours worked in the period to work out the premium.")
        amount = per_hour * hours
        result.work.append(f"{fmt_hours(hours)} × {fmt_money(per_hour)} = {fmt_money(amount)}")
        result.summary = f"Your {premium_spec['name'] if premium_spec else 'premium'} is {fmt_money(amount)}."
        result.set_primary("money", round(amount, 2), premium_spec["name"] if premium_spec else "premium")
    elif ask == "pay":
        if hours is None:
            raise ToolInputError("Give the hours worked to work out the pay.")
        meal = spec.get("unpaid_meal")
        if meal_minutes and meal:
            if meal_minutes / 60 >= hours:
                raise ToolInputError("The meal break is as long as the shift; give the shift's hours and the meal's minutes.")
            result.cite(rules.cite(meal))
            paid = round(hours - meal_minutes / 60, 4)
            result.work.append(f"{fmt_hours(hours)} less the {meal_minutes}-minute unpaid meal break = {fmt_hours(paid)} paid")
            hours = paid
        if role_hours is not None and added and 0 <= role_hours < hours:
            other = hours - role_hours
            amount = (rate + per_hour) * role_hours + (rate - added + per_hour) * other
            result.work.append(f"{fmt_hours(role_hours)} in the role × {fmt_money(rate + per_hour)} = "
                               f"{fmt_money((rate + per_hour) * role_hours)}")
            result.work.append(f"{fmt_hours(other)} otherwise × {fmt_money(rate - added + per_hour)} = "
                               f"{fmt_money((rate - added + per_hour) * other)}; together {fmt_money(amount)}")
        else:
            amount = (rate + per_hour) * hours
            result.work.append(f"{fmt_hours(hours)} × {fmt_money(rate + per_hour)} = {fmt_money(amount)}")
        result.summary = f"Your pay for {fmt_hours(hours)} is {fmt_money(amount)}."
        result.set_primary("money", round(amount, 2), "pay")
    else:
        result.work.append(f"= {fmt_money(rate + per_hour)} an hour")
        result.summary = f"You are paid {fmt_money(rate + per_hour)} an hour."
        result.set_primary("rate", round(rate + per_hour, 4), "hourly rate")
    result.values = values
    return result


def _ordinal(n: int) -> str:
    return {1: "first", 2: "second", 3: "third"}.get(n, f"{n}th")
