"""Flat pay differentials (so many dollars a month or a pay period for a post, a place or a duty) that
part-time employees receive in proportion to their time base, as many agreements write them. Each
differential, its amount, what it is paid per and the clause that prorates it are rules data
(`pay.differentials`); the time base comes from the question."""

from __future__ import annotations

from fractions import Fraction

from assistant.calculators.result import CalcResult, fmt_money
from assistant.calculators.rules import Rules
from assistant.errors import ToolInputError


def differential(rules: Rules, name: str, time_base: str = "full") -> CalcResult:
    """The differential for one period at the member's time base ('full', or a fraction such as '3/4')."""
    spec = rules.named("differential", name, "pay", "differentials")
    amount = float(spec["amount"])
    result = CalcResult(tool="differential", summary="")
    result.cite(rules.cite(spec))
    per = str(spec.get("per", "month"))
    try:
        share = Fraction(1) if time_base == "full" else Fraction(time_base)
    except (ValueError, ZeroDivisionError) as exc:
        raise ToolInputError(f"Give the time base as 'full' or a fraction such as '3/4' (not {time_base!r}).") from exc
    if not 0 < share <= 1:
        raise ToolInputError("A time base is more than 0 and at most full time.")
    value = round(amount * float(share) + 1e-9, 2)
    if share < 1:
        if "prorate" not in spec:
            raise ToolInputError(f"The rules do not say how the {spec['name']} is paid below full time.")
        result.cite(rules.cite(spec["prorate"]))
        result.work.append(f"{fmt_money(amount)} a {per} × {share.numerator}/{share.denominator} time base = {fmt_money(value)}")
    else:
        result.work.append(f"{fmt_money(amount)} a {per} at full time")
    result.values = {"name": spec["name"], "amount": amount, "time_base": time_base, "value": value, "per": per}
    result.summary = f"Your {spec['name']} should be {fmt_money(value)} a {per}."
    result.set_primary("money", value, f"{spec['name']} a {per}")
    return result
