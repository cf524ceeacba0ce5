"""Leave capped at so many hours a year ('shall not exceed forty (40) hours in a fiscal year'): what is left
after the hours a member says they used. The cap, its period, the words members use for the leave and the
clause are rules data (`leave.caps`); the hours used come from the question."""

from __future__ import annotations

from assistant.calculators.result import CalcResult, fmt_hours
from assistant.calculators.rules import Rules
from assistant.errors import ToolInputError


def remaining(rules: Rules, name: str, used: list[float]) -> CalcResult:
    """The hours of a capped leave left in its period after the uses listed (each in hours); none below zero,
    and said so when the uses already pass the cap."""
    spec = rules.named("capped leave", name, "leave", "caps")
    if not used or any(not 0 < hours <= 10000 for hours in used):
        raise ToolInputError(f"Give the hours of {spec['name']} used so far (each more than 0).")
    cap = float(spec["hours"])
    per = str(spec.get("per", "year"))
    total = sum(used)
    left = max(0.0, cap - total)
    result = CalcResult(tool="leave_accrual", summary="")
    result.cite(rules.cite(spec))
    uses = " + ".join(f"{hours:g}" for hours in used)
    result.work.append(f"Used: {uses} = {fmt_hours(total)}" if len(used) > 1 else f"Used: {fmt_hours(total)}")
    result.work.append(f"{fmt_hours(cap)} a {per} − {fmt_hours(total)} = {fmt_hours(cap - total)}"
                       + (" (none left)" if total > cap else ""))
    result.values = {"name": spec["name"], "cap": cap, "used": total, "value": left}
    result.summary = (f"You have {fmt_hours(left)} of {spec['name']} left this {per}." if left else
                      f"You have no {spec['name']} left this {per}: the {fmt_hours(cap)} cap is used up.")
    result.set_primary("hours", round(left, 4), f"{spec['name']} left")
    return result
