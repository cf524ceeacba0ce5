"""Overtime crediting and CTO, call-back credit, standby CTO and night shift differentials."""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from assistant.calculators.result import CalcResult, fmt_hours
from assistant.calculators.rules import Rules
from assistant.errors import ToolInputError


def credited_minutes(rules: Rules, minutes: int) -> int:
    """15-minute units; a final fraction of 7 minutes or more counts as a full unit (19.2 B.2)."""
    spec = rules.get("pay", "overtime")
    unit, round_up = spec["unit_minutes"], spec["round_up_from_minutes"]
    whole, rest = divmod(minutes, unit)
    return (whole + (1 if rest >= round_up else 0)) * unit


def overtime(rules: Rules, minutes_worked_week: int | None = None, overtime_minutes: int | None = None,
             holiday_hours: float = 0.0) -> CalcResult:
    """Overtime credited and CTO earned, from the week's time worked or the overtime minutes at one time."""
    spec = rules.get("pay", "overtime")
    cto = rules.get("pay", "cto")
    result = CalcResult(tool="overtime", summary="")
    if overtime_minutes is None:
        if minutes_worked_week is None:
            raise ToolInputError("Give the hours worked in the week, or the minutes of overtime worked at one time.")
        if minutes_worked_week < 0 or holiday_hours < 0:
            raise ToolInputError("Hours worked cannot be negative.")
        total = minutes_worked_week + round(holiday_hours * 60)
        if holiday_hours:
            result.work.append(f"Holiday hours count as time worked: {minutes_worked_week / 60:g} + {holiday_hours:g} = {total / 60:g} hours")
            result.cite(rules.cite(spec["holidays_count"]))
        threshold = spec["weekly_threshold_hours"] * 60
        overtime_minutes = max(0, total - threshold)
        result.work.append(f"Overtime: {total} − {threshold} minutes (40 hours) = {overtime_minutes} minutes")
        result.cite(rules.cite(spec["rule"]))
    if overtime_minutes < 0:
        raise ToolInputError("Overtime minutes cannot be negative.")
    if overtime_minutes < spec["minimum_minutes"]:
        credited = 0
        result.work.append(f"{overtime_minutes} minutes is less than the {spec['minimum_minutes']}-minute minimum at any one time: nothing is credited")
        result.cite(rules.cite(spec["minimum"]))
    else:
        credited = credited_minutes(rules, overtime_minutes)
        whole, rest = divmod(overtime_minutes, spec["unit_minutes"])
        result.work.append(
            f"{overtime_minutes} minutes = {whole} × {spec['unit_minutes']} minutes + {rest} minutes; "
            f"{rest} minutes {'≥' if rest >= spec['round_up_from_minutes'] else '<'} {spec['round_up_from_minutes']}, "
            f"so {credited} minutes are credited"
        )
        result.cite(rules.cite(spec["crediting"]))
    credited_hours = credited / 60
    cto_hours = credited_hours * cto["rate"]
    result.work.append(f"CTO at time and one-half: {credited_hours:g} × {cto['rate']:g} = {fmt_hours(cto_hours)}")
    result.cite(rules.cite(cto["rule"]))
    result.notes.append(f"Cash or CTO is the department's choice (19.2 C); CTO is capped at {cto['cap_hours']} hours, the excess paid in cash (19.2 H).")
    result.cite(rules.cite(cto["cap"]))
    result.values = {"overtime_minutes": overtime_minutes, "credited_minutes": credited,
                     "credited_hours": credited_hours, "cto_hours": cto_hours}
    result.summary = (
        f"{overtime_minutes} minutes of overtime is credited as {fmt_hours(credited_hours)}, "
        f"worth {fmt_hours(cto_hours)} of CTO (or pay at time and one-half)."
    )
    return result


def call_back(rules: Rules, hours_worked: float, notified_before_shift_end: bool = False,
              hours_after_shift_end: float | None = None, hours_until_next_shift: float | None = None,
              within_previous_call_window: bool = False) -> CalcResult:
    """Work time credited for a call back after a completed shift (19.9)."""
    spec = rules.get("pay", "call_back")
    if hours_worked < 0:
        raise ToolInputError("Hours worked cannot be negative.")
    result = CalcResult(tool="call_back", summary="")
    minimum = spec["minimum_hours"]
    credit = max(hours_worked, minimum)
    result.cite(rules.cite(spec["rule"]))
    if notified_before_shift_end and hours_after_shift_end is not None and hours_after_shift_end <= spec["notice_gap_hours"]:
        credit = hours_worked
        result.work.append(
            f"You were told before your shift ended and the work began {hours_after_shift_end:g} hours after it "
            f"(not more than {spec['notice_gap_hours']}): no call-back minimum; the hours worked count ({fmt_hours(credit)})"
        )
        result.cite(rules.cite(spec["notice"]))
    elif within_previous_call_window:
        credit = hours_worked
        result.work.append(f"Within {spec['repeat_window_hours']} hours of a previous call: no additional {minimum}-hour credit")
        result.cite(rules.cite(spec["repeat"]))
    elif hours_until_next_shift is not None and hours_until_next_shift <= spec["next_shift_window_hours"]:
        credit = hours_until_next_shift
        result.work.append(
            f"Called back within {spec['next_shift_window_hours']} hours of your next shift: credit only for the "
            f"{fmt_hours(hours_until_next_shift)} remaining before it"
        )
        result.cite(rules.cite(spec["next_shift"]))
    else:
        result.work.append(f"Minimum credit {fmt_hours(minimum)}; worked {fmt_hours(hours_worked)} → credited {fmt_hours(credit)}")
    result.values = {"hours_worked": hours_worked, "credited_hours": credit, "minimum_hours": minimum}
    result.summary = f"You are credited with {fmt_hours(credit)} of work time for the call back."
    return result


def standby(rules: Rules, hours: float) -> CalcResult:
    """CTO for standby: two hours for every full eight hours on standby (19.10 C)."""
    spec = rules.get("pay", "standby")
    if hours < 0:
        raise ToolInputError("Standby hours cannot be negative.")
    blocks = math.floor(hours / spec["block_hours"] + 1e-9)
    cto = blocks * spec["cto_hours_per_block"]
    result = CalcResult(tool="standby", summary="")
    result.work.append(f"{hours:g} hours ÷ {spec['block_hours']} = {blocks} full block(s) × {spec['cto_hours_per_block']} hours CTO = {fmt_hours(cto)}")
    remainder = hours - blocks * spec["block_hours"]
    if remainder > 1e-9:
        result.notes.append(f"The remaining {remainder:g} hours do not make a full {spec['block_hours']}-hour block; the clause credits CTO per full block.")
    result.notes.append("No standby credit is earned for time you are called back and receive call-back credit (19.10 D).")
    result.cite(rules.cite(spec["rule"]))
    result.cite(rules.cite(spec["not_with_call_back"]))
    result.values = {"standby_hours": hours, "blocks": blocks, "cto_hours": cto}
    result.summary = f"{hours:g} hours of standby earns {fmt_hours(cto)} of CTO."
    return result


def _parse_clock(value: str) -> timedelta:
    try:
        hours, minutes = (int(part) for part in value.strip().split(":"))
    except ValueError as exc:
        raise ToolInputError(f"Time {value!r} must be HH:MM on a 24-hour clock, e.g. 22:00.") from exc
    if not (0 <= hours <= 23 and 0 <= minutes <= 59) and (hours, minutes) != (24, 0):
        raise ToolInputError(f"Time {value!r} is not a time of day; use HH:MM between 00:00 and 23:59.")
    return timedelta(hours=hours, minutes=minutes)


def night_shift(rules: Rules, start: str, end: str) -> CalcResult:
    """Which night shift differential a regular shift qualifies for, and what it adds per hour and per shift."""
    spec = rules.get("pay", "night_shift")
    begin = datetime(2000, 1, 1) + _parse_clock(start)
    finish = datetime(2000, 1, 1) + _parse_clock(end)
    if finish <= begin:
        finish += timedelta(days=1)
    shift_hours = (finish - begin).total_seconds() / 3600
    if shift_hours > 16:
        raise ToolInputError("A shift longer than 16 hours is not a regular shift; check the start and end times.")
    result = CalcResult(tool="night_shift", summary="")
    qualified = []
    for window in spec["windows"]:
        overlap = 0.0
        for day in (0, 1):
            w_start = datetime(2000, 1, 1 + day) + _parse_clock(window["start"])
            w_end = datetime(2000, 1, 1 + day) + _parse_clock(window["end"])
            overlap += max(0.0, (min(finish, w_end) - max(begin, w_start)).total_seconds() / 3600)
        ok = overlap >= spec["minimum_hours"]
        result.work.append(f"{window['name']} ({window['start']}–{window['end']}): {overlap:g} hours of the shift fall in it → {'qualifies' if ok else 'does not qualify'} (needs {spec['minimum_hours']})")
        result.cite(rules.cite(window))
        if ok:
            qualified.append(window)
    best = max(qualified, key=lambda w: w["rate"]) if qualified else None
    rate = best["rate"] if best else 0.0
    result.values = {"shift_hours": shift_hours, "qualifies_for": [w["name"] for w in qualified],
                     "rate_per_hour": rate, "per_shift": round(rate * shift_hours, 2)}
    if best:
        result.work.append(f"${rate:.2f} × {shift_hours:g} hours = ${rate * shift_hours:.2f} per shift")
        result.summary = f"This shift qualifies for the {best['name']}: ${rate:.2f} an hour, ${rate * shift_hours:.2f} for a {shift_hours:g}-hour shift."
        if len(qualified) > 1:
            result.notes.append("The shift meets both windows; the contract does not say both are paid, so the higher rate is shown.")
    else:
        result.summary = "This shift does not qualify for a night shift differential (fewer than 4 hours in either window)."
    result.notes.append("The differential is for employees who regularly work shifts (11.5 A).")
    return result
