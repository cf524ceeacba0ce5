"""A penalty for final pay deposited late, where a contract sets one: so many hours' pay at straight time
for each day the member is kept waiting, up to a cap (after a lay-off or discharge), or a single sum once
the pay is more than so many working days late (after a quit). The hours, caps and clauses come from the
rules file (`pay.late_final_pay`); the days late and the rate from the question."""

from __future__ import annotations

from assistant.calculators.result import CalcResult, pay_for_hours
from assistant.calculators.rules import Rules
from assistant.errors import ToolInputError


def late_final_pay(rules: Rules, ending: str, days_late: int, hourly_rate: float | None = None) -> CalcResult:
    """`ending`: 'laid_off' (lay-off or discharge) or 'quit'; `days_late`: working days kept waiting
    past the day the pay was due."""
    spec = rules.get("pay", "late_final_pay")
    if ending not in spec:
        raise ToolInputError("Say whether you were laid off (or discharged) or quit.")
    if not 0 <= days_late <= 366:
        raise ToolInputError("Give the working days the pay was late (0 to 366).")
    rule = spec[ending]
    result = CalcResult(tool="late_final_pay", summary="")
    result.cite(rules.cite(rule))
    if "hours_per_day" in rule:
        hours = days_late * float(rule["hours_per_day"])
        capped = min(hours, float(rule["max_hours"])) if "max_hours" in rule else hours
        result.work.append(f"{days_late} day{'s' if days_late != 1 else ''} kept waiting × {float(rule['hours_per_day']):g} hours = "
                           f"{hours:g} hours" + (f", capped at {capped:g}" if capped < hours else ""))
    else:
        after = int(rule["after_working_days"])
        capped = float(rule["hours"]) if days_late > after else 0.0
        result.work.append(f"{days_late} working day{'s' if days_late != 1 else ''} late, "
                           f"{'more' if capped else 'not more'} than {after}: {capped:g} hours")
    result.values = {"ending": ending, "days_late": days_late}
    pay_for_hours(result, capped, hourly_rate, "late pay penalty", f"You are owed {capped:g} hours' pay at straight time.",
                  "You are owed {amount} for the late pay" + f" ({capped:g} hours at straight time).")
    return result
