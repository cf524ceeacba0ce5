"""Time off earned by counting something the member does, in blocks: so many hours of time off after so many
nights away from home in a year, then more for each further block of nights, to a maximum. The blocks, caps
and what does not count are rules data (`travel.time_off`, each with its clause and verbatim quote); the
count comes from the question.

Why a tool of its own: members add the nights up themselves and ask what they have earned, and the
arithmetic of a first block, further blocks and two different caps is where a hand count goes wrong."""

from __future__ import annotations

from typing import Any

from assistant.calculators.result import CalcResult, fmt_hours
from assistant.calculators.rules import Rules
from assistant.errors import ToolInputError


def entry(rules: Rules, name: str | None) -> dict[str, Any]:
    """The rules entry asked about: the one named, or the only one."""
    entries = list(rules.get("travel", "time_off"))
    if name is not None:
        found = [e for e in entries if str(e["name"]).lower() == name.lower()]
        if not found:
            raise ToolInputError(f"{name!r} is not time off this contract's rules count: "
                                 f"{', '.join(str(e['name']) for e in entries)}.")
        return found[0]
    if len(entries) != 1:
        raise ToolInputError(f"Say which: {', '.join(str(e['name']) for e in entries)}.")
    return entries[0]


def earned_time_off(rules: Rules, count: float, name: str | None = None) -> CalcResult:
    spec = entry(rules, name)
    unit = str(spec["unit"])
    if not 0 <= count <= 10_000:
        raise ToolInputError(f"Give how many {unit} (0 or more).")
    first, more = spec["first"], spec["each_more"]
    result = CalcResult(tool="travel", summary="")
    result.cite(rules.cite(spec))
    counted = count
    if "max_count" in spec and count > float(spec["max_count"]):
        counted = float(spec["max_count"])
        result.work.append(f"{count:g} {unit}, counted up to the maximum of {counted:g}")  # the maximum is in spec's quote
    hours = 0.0
    if counted >= float(first["count"]):
        blocks = int((counted - float(first["count"])) // float(more["count"]))
        hours = float(first["hours"]) + blocks * float(more["hours"])
        result.work.append(f"First {float(first['count']):g} {unit}: {fmt_hours(float(first['hours']))}")
        if blocks:
            result.work.append(f"Each further {float(more['count']):g} {unit}: {blocks} × {fmt_hours(float(more['hours']))} = "
                               f"{fmt_hours(blocks * float(more['hours']))}")
    else:
        result.work.append(f"{counted:g} {unit}: fewer than the {float(first['count']):g} that earn the first "
                           f"{fmt_hours(float(first['hours']))}")
    cap = spec.get("max_hours")
    if cap is not None and hours > float(cap["hours"]):
        hours = float(cap["hours"])
        result.work.append(f"Capped at {fmt_hours(hours)} a {spec.get('period', 'year')}")
        result.cite(rules.cite(cap))
    rules.note(result, spec.get("excluded"))
    result.values = {"count": count, "counted": counted, "hours": hours}
    period = f" this {spec['period']}" if spec.get("period") else ""
    result.summary = f"{count:g} {unit}{period} earn {fmt_hours(hours)} of {spec['name']}."
    result.set_primary("hours", hours, str(spec["name"]))
    return result
