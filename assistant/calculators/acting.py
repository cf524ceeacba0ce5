"""Pay while acting in a higher classification, where a contract pays a percentage above the
member's own base rate or the first step of the higher classification's range, whichever is
greater — a rule many public-sector agreements share. The percentage and the clause come from the
rules file (`pay.acting`); the two rates come from the question."""

from __future__ import annotations

from assistant.calculators.result import CalcResult, fmt_money
from assistant.calculators.rules import Rules
from assistant.errors import ToolInputError


def acting_pay(rules: Rules, base_rate: float, first_step: float) -> CalcResult:
    """The hourly rate while acting: the base raised by the rules' percentage, or the higher range's
    first step, whichever is greater."""
    spec = rules.get("pay", "acting")
    if base_rate <= 0 or first_step <= 0:
        raise ToolInputError("Give your own base hourly rate and the first step of the higher classification's range.")
    percent = float(spec["percent"])
    raised = round(base_rate * (1 + percent / 100) + 1e-9, 2)
    result = CalcResult(tool="acting_pay", summary="")
    result.cite(rules.cite(spec["rule"]))
    result.work.append(f"{percent:g}% above your base rate: {fmt_money(base_rate)} × {1 + percent / 100:g} = "
                       f"{fmt_money(raised)}")
    result.work.append(f"First step of the higher classification's range: {fmt_money(first_step)}")
    rate = max(raised, first_step)
    which = "the raised base rate" if raised >= first_step else "the first step"
    result.work.append(f"The greater is {which}: {fmt_money(rate)} an hour")
    result.values = {"base_rate": base_rate, "raised": raised, "first_step": first_step, "rate": rate}
    result.summary = f"While acting you should be paid {fmt_money(rate)} an hour ({which})."
    result.set_primary("rate", rate, "hourly rate while acting")
    return result
