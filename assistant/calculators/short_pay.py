"""A penalty for a pay shortage corrected late, where a contract sets one: the adjustment is due within so many
working days (weekends and the contract's holidays skipped) after the employer receives written notice of the
shortage; past that day, so much a day the member is kept waiting, counted from the day the notice was received, up
to a cap. Every number comes from the rules file (`pay.short_pay`) with its clause; the two dates from the question."""

from __future__ import annotations

from datetime import date, datetime

from assistant.calculators import calendar
from assistant.calculators.deadlines import counting
from assistant.calculators.result import CalcResult, fmt_date, fmt_money
from assistant.calculators.rules import Rules
from assistant.errors import ToolInputError


def short_pay_penalty(rules: Rules, notice_received: date, adjusted_on: date) -> CalcResult:
    """The day the adjustment was due, and the penalty owed when it came later: `per_day` for each calendar day from
    `notice_received` to `adjusted_on` (the clause counts the days kept waiting from the notice), at most `max`."""
    spec = rules.get("pay", "short_pay")
    if adjusted_on < notice_received:
        raise ToolInputError("The adjustment date is before the day the notice was received; check the two dates.")
    if (adjusted_on - notice_received).days > 3660:
        raise ToolInputError("The two dates are more than ten years apart; check them.")
    due, skipped = calendar.add(datetime(notice_received.year, notice_received.month, notice_received.day),
                                int(spec["working_days"]), "working_days", counting(rules))
    result = CalcResult(tool="short_pay", summary="")
    result.cite(rules.cite(spec["rule"]))
    result.work.append(f"Notice received {fmt_date(notice_received)}; {spec['working_days']} working days after it "
                       f"(skipping {len(skipped)} weekend and holiday days) → due by {fmt_date(due.date())}")
    holidays = [f"{fmt_date(day)}, {why}" for day, why in skipped if why.startswith("a holiday")]
    if holidays:
        result.work.append("Holidays skipped: " + "; ".join(holidays))
    result.values = {"due": due.date().isoformat(), "adjusted_on": adjusted_on.isoformat()}
    if adjusted_on <= due.date():
        result.work.append(f"Adjusted on {fmt_date(adjusted_on)}: on time, no penalty")
        result.values["penalty"] = 0.0
        result.summary = f"The adjustment on {fmt_date(adjusted_on)} was on time (due by {fmt_date(due.date())}): no penalty."
        result.set_primary("money", 0.0, "short pay penalty")
        return result
    days = (adjusted_on - notice_received).days
    per_day, cap = float(spec["per_day"]), float(spec["max"])
    owed = min(days * per_day, cap)
    result.cite(rules.cite(spec["penalty"]))
    result.work.append(f"Adjusted on {fmt_date(adjusted_on)}, after the due date: {days} days kept waiting from the notice × "
                       f"{fmt_money(per_day)} = {fmt_money(days * per_day)}" + (f", capped at {fmt_money(cap)}" if owed < days * per_day else ""))
    result.values["penalty"] = owed
    result.values["days_waiting"] = days
    result.summary = f"The adjustment was due by {fmt_date(due.date())}; it was not made by then, so the penalty is {fmt_money(owed)}."
    result.set_primary("money", owed, "short pay penalty")
    return result
