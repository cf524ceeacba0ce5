"""Vacation pay as a percentage of gross wages, the percentage set by years of service: how many trades
and construction agreements pay vacation (a share of the wages earned, not days banked). The bands,
who they cover and the wages they apply to come from the rules file (`leave.vacation_pay`); the years
of service and the gross wages come from the question."""

from __future__ import annotations

from typing import Any

from assistant.calculators.result import CalcResult, fmt_money
from assistant.calculators.rules import Rules
from assistant.errors import ToolInputError


def band_for(rules: Rules, months_of_service: int, past_anniversary: bool = False) -> dict[str, Any]:
    """The band whose service range holds these months: more than `over_years`, up to `up_to_years`. `past_anniversary`:
    the service is somewhat more than the whole months (seven years and some days is 'more than seven years')."""
    years = months_of_service / 12 + (1 / 365 if past_anniversary else 0)
    for band in rules.get("leave", "vacation_pay", "bands"):
        above = float(band.get("over_years", 0))
        if (years > above or not above) and (band.get("up_to_years") is None or years <= float(band["up_to_years"])):
            return dict(band)
    raise ToolInputError("No vacation pay band of this contract covers that length of service.")


def vacation_pay(rules: Rules, months_of_service: int, gross_wages: float | None = None,
                 past_anniversary: bool = False) -> CalcResult:
    """The band's percentage, and with the gross wages the amount it pays."""
    spec = rules.get("leave", "vacation_pay")
    if months_of_service < 0:
        raise ToolInputError("Give the years (and months) of service.")
    band = band_for(rules, months_of_service, past_anniversary)
    percent = float(band["percent"])
    years, months = divmod(months_of_service, 12)
    service = f"{'more than ' if past_anniversary else ''}{years} year{'s' if years != 1 else ''}" + (
        f" {months} month{'s' if months != 1 else ''}" if months else "")
    result = CalcResult(tool="leave_accrual", summary="")
    rules.note(result, spec.get("eligibility"))
    result.cite(rules.cite(band))
    result.work.append(f"{service} of service: {percent:g}% vacation pay")
    result.values = {"months_of_service": months_of_service, "percent": percent}
    rules.note(result, spec.get("service_break"))
    if gross_wages is None:
        result.summary = f"With {service} of service your vacation pay is {percent:g}% of gross wages."
        result.set_primary("rate", percent, "vacation pay percentage")
        return result
    if gross_wages <= 0:
        raise ToolInputError("Give the gross wages the vacation pay is figured on.")
    rules.note(result, spec.get("basis"))
    amount = round(gross_wages * percent / 100 + 1e-9, 2)
    result.work.append(f"{percent:g}% × {fmt_money(gross_wages)} gross wages = {fmt_money(amount)}")
    result.values |= {"gross_wages": gross_wages, "vacation_pay": amount}
    result.summary = f"Your vacation pay should be {fmt_money(amount)}: {percent:g}% of {fmt_money(gross_wages)} for {service} of service."
    result.set_primary("money", amount, "vacation pay")
    return result
