"""Overtime crediting and CTO, call-back credit, standby CTO and night shift differentials."""

from __future__ import annotations

import math
import re
from datetime import datetime, timedelta
from typing import Any

from assistant.calculators.calendar import WEEKDAYS
from assistant.calculators.result import CalcResult, fmt_hours, fmt_money
from assistant.calculators.rules import Rules, longest_alias
from assistant.errors import ToolInputError
from assistant.schema import Citation


def credited_minutes(rules: Rules, minutes: int) -> int:
    """Whole crediting units; a final fraction of at least the round-up minutes counts as a full unit.
    A contract that sets no crediting unit credits the minutes worked."""
    spec = rules.get("pay", "overtime")
    if "unit_minutes" not in spec:
        return minutes
    unit, round_up = spec["unit_minutes"], spec["round_up_from_minutes"]
    whole, rest = divmod(minutes, unit)
    return (whole + (1 if rest >= round_up else 0)) * unit


def overtime(rules: Rules, minutes_worked_week: int | None = None, overtime_minutes: int | None = None,
             holiday_hours: float = 0.0, hourly_rate: float | None = None, ask: str = "credited",
             cto_balance: float | None = None, day_hours: list[float] | None = None,
             occurrences: list[int] | None = None, paid_hours: float | None = None) -> CalcResult:
    """Overtime credited and CTO earned, from the week's time worked or the overtime minutes at one time.
    `paid_hours`: the overtime hours a check already paid at the overtime rate; the result is then what is still owed.
    A minimum, a crediting unit and compensating time off apply only where the contract's rules state them.
    `day_hours`: the hours of each day worked that week, when the question gives them; where the rules
    also count overtime by the day (`daily`), a day's hours past that threshold are overtime, and only
    the rest of the week counts toward the weekly threshold (no hour is counted twice). `occurrences`: the
    minutes of each separate stay ('tue 35 min, wed 1 hr 5 min'); where they are all the overtime, the minimum
    and the crediting unit apply to each stay on its own (a minimum 'at any one time', fractions not carried)."""
    spec = rules.get("pay", "overtime")
    cto = rules.get("pay", "cto") if rules.has("pay", "cto") else None
    rate = float(spec["rate"])
    result = CalcResult(tool="overtime", summary="")
    week_total: int | None = None  # the week's minutes counted, holiday hours included, where the week was told
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
        daily_minutes = 0
        if "daily" in spec and day_hours:
            limit = float(spec["daily"]["threshold_hours"])
            daily_minutes = round(sum(max(0.0, h - limit) for h in day_hours) * 60)
            if daily_minutes:
                result.work.append(f"Hours past {limit:g} in a workday: {daily_minutes} minutes of overtime")
                result.cite(rules.cite(spec["daily"]))
        weekly = max(0, total - daily_minutes - threshold)
        overtime_minutes = daily_minutes + weekly
        week_total = total
        if daily_minutes:
            result.work.append(f"Overtime in the week: {total} − {daily_minutes} already counted by the day − {threshold} minutes "
                               f"({spec['weekly_threshold_hours']} hours) = {weekly} minutes; {overtime_minutes} minutes in all")
        else:
            result.work.append(f"Overtime: {total} − {threshold} minutes ({spec['weekly_threshold_hours']} hours) = {overtime_minutes} minutes")
        result.cite(rules.cite(spec["rule"]))
        rules.note(result, spec.get("counts_as_worked"))
        if "daily" in spec and not day_hours:  # a week's total cannot show a long day: say what was assumed, from the clause
            result.assumptions.append(f"No single workday over {spec['daily']['threshold_hours']:g} hours: hours past that in a "
                                      f"day are overtime too, even in a week under {spec['weekly_threshold_hours']} hours.")
            result.cite(rules.cite(spec["daily"]))
    if overtime_minutes < 0:
        raise ToolInputError("Overtime minutes cannot be negative.")
    each = occurrences if occurrences and len(occurrences) > 1 and sum(occurrences) == overtime_minutes else None
    if each is not None and "unit_minutes" in spec:  # each stay credited on its own: fractions are not carried over
        credited = 0
        for stay in each:
            if "minimum_minutes" in spec and stay < spec["minimum_minutes"]:
                result.work.append(f"{stay} minutes at one time is under the {spec['minimum_minutes']}-minute minimum: nothing")
                result.cite(rules.cite(spec["minimum"]))
                continue
            own = credited_minutes(rules, stay)
            credited += own
            whole, rest = divmod(stay, spec["unit_minutes"])
            result.work.append(f"{stay} minutes = {whole} × {spec['unit_minutes']} minutes + {rest} minutes → {own} minutes "
                               "credited")
        result.work.append(f"Each time credited on its own: {credited} minutes in all")
        result.cite(rules.cite(spec["crediting"]))
    elif "minimum_minutes" in spec and overtime_minutes < spec["minimum_minutes"]:
        credited = 0
        result.work.append(f"{overtime_minutes} minutes is less than the {spec['minimum_minutes']}-minute minimum at any one time: nothing is credited")
        result.cite(rules.cite(spec["minimum"]))
    elif "unit_minutes" in spec:
        credited = credited_minutes(rules, overtime_minutes)
        whole, rest = divmod(overtime_minutes, spec["unit_minutes"])
        result.work.append(
            f"{overtime_minutes} minutes = {whole} × {spec['unit_minutes']} minutes + {rest} minutes; "
            f"{rest} minutes {'≥' if rest >= spec['round_up_from_minutes'] else '<'} {spec['round_up_from_minutes']}, "
            f"so {credited} minutes are credited"
        )
        result.cite(rules.cite(spec["crediting"]))
    else:
        credited = overtime_minutes
    credited_hours = credited / 60
    result.values = {"overtime_minutes": overtime_minutes, "credited_minutes": credited, "credited_hours": credited_hours}
    cto_hours = None
    if cto is not None:
        cto_hours = credited_hours * cto["rate"]
        result.values["cto_hours"] = cto_hours
        result.work.append(f"CTO at {cto['rate']:g} times: {credited_hours:g} × {cto['rate']:g} = {fmt_hours(cto_hours)}")
        result.cite(rules.cite(cto["rule"]))
        rules.note(result, cto.get("cash_or_cto"))
        rules.note(result, cto.get("over_cap"))
        if "cap" in cto:
            result.cite(rules.cite(cto["cap"]))
    elif ask in ("cto", "cash", "over_cap") or cto_balance is not None:
        raise ToolInputError("This contract's calculator rules say nothing about compensating time off; "
                             "ask about the overtime hours or pay instead.")
    if cto is not None and cto_hours is not None and cto_balance is not None:
        if "cap_hours" not in cto:
            raise ToolInputError("This contract's calculator rules state no CTO cap to count a balance against; "
                                 "ask about the overtime hours or pay instead.")
        room = max(0.0, float(cto["cap_hours"]) - cto_balance)
        banked = min(cto_hours, room)
        cash = round(cto_hours - banked, 3)
        result.values.update({"cto_balance": cto_balance, "cto_banked": banked, "cto_paid_in_cash": cash})
        # Only a contract that says so pays the hours over the cap in cash.
        over = "paid in cash" if "over_cap" in cto else "over the cap"
        result.work.append(f"CTO balance {fmt_hours(cto_balance)} + {fmt_hours(cto_hours)} against the {cto['cap_hours']}-hour "
                           f"cap: {fmt_hours(banked)} banked, {fmt_hours(cash)} {over}")
        if "over_cap" in cto:
            result.cite(rules.cite(cto["over_cap"]))
        elif "cap" in cto:
            result.cite(rules.cite(cto["cap"]))
    if hourly_rate is not None:
        pay = round(credited_hours * hourly_rate * rate, 2)
        if "pay_rule" in spec:
            result.cite(rules.cite(spec["pay_rule"]))
        result.values["overtime_pay"] = pay
        result.work.append(f"Paid in cash: {credited_hours:g} hours × ${hourly_rate:,.2f} × {rate:g} = ${pay:,.2f}")
    worth = f"worth {fmt_hours(cto_hours)} of CTO (or pay at {rate:g} times)" if cto_hours is not None else f"paid at {rate:g} times"
    said = f"{overtime_minutes} minutes of overtime" + (", each time on its own," if each is not None and "unit_minutes" in spec
                                                        else "")
    result.summary = f"{said} is credited as {fmt_hours(credited_hours)}, {worth}."
    if ask == "cash" and cto is not None and cto_hours is not None and cto_balance is not None and "over_cap" in cto:
        result.summary = (f"{fmt_hours(result.values['cto_paid_in_cash'])} would be paid in cash: the {fmt_hours(cto_hours)} of "
                          f"CTO earned takes your {fmt_hours(cto_balance)} balance past the {cto['cap_hours']}-hour cap.")
        result.set_primary("hours", result.values["cto_paid_in_cash"], "CTO hours paid in cash")
    elif ask == "over_cap" and cto is not None and cto_hours is not None and cto_balance is not None:
        result.summary = (f"{fmt_hours(result.values['cto_paid_in_cash'])} of the {fmt_hours(cto_hours)} of CTO earned would "
                          f"go over the {cto['cap_hours']}-hour cap on top of your balance of {fmt_hours(cto_balance)}.")
        result.set_primary("hours", result.values["cto_paid_in_cash"], "CTO hours over the cap")
    elif ask == "cto" and cto is not None and cto_hours is not None:
        result.summary = (f"You should get {fmt_hours(cto_hours)} of CTO: {overtime_minutes} minutes of overtime is "
                          f"credited as {fmt_hours(credited_hours)}, at {cto['rate']:g} times.")
        result.set_primary("hours", cto_hours, "CTO earned")
    elif ask == "pay" and hourly_rate is not None and paid_hours is not None:
        # 'my check shows 2.25 hrs of OT … did they shortchange me? by how much?': what is owed less what was paid
        already = round(paid_hours * hourly_rate * rate, 2)
        short = round(result.values["overtime_pay"] - already, 2)
        result.values.update({"paid_hours": paid_hours, "paid": already, "shortfall": short})
        result.work.append(f"Already paid: {paid_hours:g} hours × ${hourly_rate:,.2f} × {rate:g} = ${already:,.2f}; "
                           f"${result.values['overtime_pay']:,.2f} − ${already:,.2f} = ${short:,.2f}")
        result.summary = (f"{said} is credited as {fmt_hours(credited_hours)}, ${result.values['overtime_pay']:,.2f} at {rate:g} "
                          f"times ${hourly_rate:,.2f}; " + (f"you are owed ${short:,.2f} more." if short > 0 else
                                                           "what was paid covers it." if short == 0 else
                                                           f"you were paid ${-short:,.2f} more than this."))
        result.set_primary("money", short, "overtime pay still owed")
    elif ask == "pay" and hourly_rate is not None:
        result.summary = (f"{said} is credited as {fmt_hours(credited_hours)}: "
                          f"${result.values['overtime_pay']:,.2f} at {rate:g} times ${hourly_rate:,.2f} an hour.")
        result.set_primary("money", result.values["overtime_pay"], "overtime pay")
    elif ask == "gross" and hourly_rate is not None and week_total is not None:
        # the week's gross: the hours that are not overtime at the straight-time rate (holiday hours counted as worked
        # are paid so), and the overtime as credited at its rate
        straight = (week_total - overtime_minutes) / 60
        gross = round(straight * hourly_rate + result.values["overtime_pay"], 2)
        result.values["gross_pay"] = gross
        result.work.append(f"Straight time: {fmt_hours(straight)} × ${hourly_rate:,.2f} = ${straight * hourly_rate:,.2f}; "
                           f"with the overtime, ${gross:,.2f}")
        result.summary = (f"Your gross for the week should be ${gross:,.2f}: {fmt_hours(straight)} at ${hourly_rate:,.2f} and "
                          f"{fmt_hours(credited_hours)} of overtime at {rate:g} times.")
        result.set_primary("money", gross, "gross pay for the week")
    elif ask == "credited_minutes":
        result.summary = f"{said} is credited as {credited} minutes ({fmt_hours(credited_hours)})."
        result.set_primary("minutes", credited, "overtime credited")
    else:
        result.set_primary("hours", credited_hours, "overtime credited")
    if not result.citations:  # overtime at one time, with no unit or minimum to apply: the clause that makes it overtime
        result.cite(rules.cite(spec.get("pay_rule", spec["rule"])))
    return result


def cto_room(rules: Rules, balance: float) -> CalcResult:
    """How many more hours of overtime can be banked as CTO before the balance reaches the cap: the
    room left under the cap, divided by the CTO earned for an hour of overtime."""
    if not rules.has("pay", "cto", "cap_hours"):
        raise ToolInputError("This contract's calculator rules state no CTO cap; ask about the overtime hours or pay instead.")
    cto = rules.get("pay", "cto")
    cap, rate = float(cto["cap_hours"]), float(cto["rate"])
    if balance < 0:
        raise ToolInputError("A CTO balance cannot be negative.")
    room = max(0.0, cap - balance)
    hours = round(room / rate, 4)
    result = CalcResult(tool="overtime", summary=(
        f"You can work another {fmt_hours(hours)} of overtime taken as CTO before your balance reaches the "
        f"{cap:g}-hour cap ({fmt_hours(room)} of CTO at {rate:g} times)."))
    result.work.append(f"Room under the cap: {cap:g} − {balance:g} = {fmt_hours(room)} of CTO")
    result.work.append(f"Each overtime hour earns {rate:g} hours of CTO: {fmt_hours(room)} ÷ {rate:g} = {fmt_hours(hours)} of overtime")
    result.cite(rules.cite(cto["rule"]))
    result.cite(rules.cite(cto["cap"]))
    rules.note(result, cto.get("over_cap"))
    result.values = {"cto_balance": balance, "cap_hours": cap, "cto_room": room, "overtime_hours": hours}
    result.set_primary("hours", hours, "overtime hours before the CTO cap")
    return result


def _clock(value: str) -> int:
    hours, minutes = (int(part) for part in value.split(":"))
    return hours * 60 + minutes


def reporting_time(rules: Rules, notified: bool = False, days_waiting: int | None = None,
                   hourly_rate: float | None = None, weather: bool = False,
                   notice_hours: float | None = None, shift: str | None = None) -> CalcResult:
    """Hours paid for reporting to work when none is given (for bad weather, under the contract's
    weather clause where it has one), or, with `days_waiting`, for the working days kept waiting on
    hire or transfer before being put to work, from the contract's rules."""
    spec = rules.get("pay", "reporting")
    result = CalcResult(tool="call_back", summary="")
    if days_waiting is not None:
        waiting = spec.get("waiting")
        if not waiting:
            raise ToolInputError("This contract's rules give no waiting time.")
        first, first_hours, then_hours = int(waiting["first_days"]), float(waiting["first_hours"]), float(waiting["then_hours"])
        hours = min(days_waiting, first) * first_hours + max(0, days_waiting - first) * then_hours
        result.cite(rules.cite(waiting["rule"]))
        result.work.append(f"{days_waiting} working day(s) kept waiting: {fmt_hours(first_hours)} for each of the first "
                           f"{first}" + (f", then {fmt_hours(then_hours)} a day" if days_waiting > first else "")
                           + f" → {fmt_hours(hours)}")
        label, what = "waiting pay", "of waiting pay"
    elif notified and notice_hours is not None and "notice_hours" in spec \
            and notice_hours < float(spec["notice_hours"]):
        hours = float(spec["hours"])
        result.cite(rules.cite(spec["notice"]))
        result.cite(rules.cite(spec["rule"]))
        result.work.append(f"You were told {fmt_hours(notice_hours)} before the start; the contract needs "
                           f"{fmt_hours(float(spec['notice_hours']))}, so the notice was too late: "
                           f"{fmt_hours(hours)} of reporting time")
        label, what = "reporting time", "of reporting time"
    elif notified and "notice" in spec:
        hours = 0.0
        result.cite(rules.cite(spec["notice"]))
        result.work.append("You were told in time not to report: no reporting time.")
        label, what = "reporting time", "of reporting time"
    else:
        hours = float(spec["hours"])
        rule = spec["weather"] if weather and "weather" in spec else spec["rule"]
        result.cite(rules.cite(rule))
        result.work.append(f"Reported and {'sent home for the weather' if rule is spec.get('weather') else 'given no work'}: "
                           f"{fmt_hours(hours)} of reporting time")
        if "notice" in spec:
            result.assumptions.append("This assumes nobody told you in time not to come in.")
        label, what = "reporting time", "of reporting time"
    rules.note(result, spec.get("premium"))
    result.values = {"hours": hours, "hourly_rate": hourly_rate}
    if hourly_rate is not None and hours:
        per_hour = 0.0
        premium = rules.data.get("pay", {}).get("daily_overtime", {}).get("shift_premium")
        if shift is not None and premium and "premium" in spec:  # the contract says reporting time carries the premium
            per_hour = float(premium["per_hour"])
            result.cite(rules.cite(premium))
        pay = round(hours * (hourly_rate + per_hour), 2)
        if per_hour:
            result.work.append(f"{fmt_hours(hours)} × ({fmt_money(hourly_rate)} + the {shift} premium of {fmt_money(per_hour)}) "
                               f"= {fmt_money(pay)}")
        else:
            result.work.append(f"{fmt_hours(hours)} × {fmt_money(hourly_rate)} = {fmt_money(pay)} at your regular rate")
        result.values["pay"] = pay
        result.summary = f"You should be paid {fmt_hours(hours)} {what}: {fmt_money(pay)}."
        result.set_primary("money", pay, label)
        return result
    result.summary = f"You should be paid {fmt_hours(hours)} {what}."
    result.set_primary("hours", hours, label)
    return result


def credited_as_overtime(rules: Rules, result: CalcResult, hourly_rate: float) -> CalcResult:
    """Work time a call back or a day-off meeting credits, in a week whose straight-time hours were already worked: every
    credited hour is over the weekly threshold, so it is paid at the rules' overtime rate (`pay.overtime.rate`)."""
    if result.primary is None or result.primary.type != "hours":
        return result
    spec = rules.get("pay", "overtime")
    credited = float(result.primary.value)
    multiplier = float(spec["rate"])
    amount = round(credited * multiplier * hourly_rate, 2)
    result.cite(rules.cite(spec["rule"]))
    result.work.append(f"The week's {float(spec.get('weekly_threshold_hours', 40)):g} hours were already worked: "
                       f"{fmt_hours(credited)} × {multiplier:g} × ${hourly_rate:,.2f} = ${amount:,.2f}")
    result.values.update({"hourly_rate": hourly_rate, "pay": amount})
    result.summary = f"{fmt_hours(credited)} of credited work time, all overtime this week: ${amount:,.2f}."
    result.set_primary("money", amount, "call-back pay at the overtime rate")
    return result


def call_back(rules: Rules, hours_worked: float | None = None, notified_before_shift_end: bool = False,
              hours_after_shift_end: float | None = None, hours_until_next_shift: float | None = None,
              within_previous_call_window: bool = False, calls: list[dict[str, str]] | None = None,
              day_off: bool = False, next_shift_start: str | None = None,
              hourly_rate: float | None = None) -> CalcResult:
    """Work time credited for a call back after a completed shift, for one call or several (with
    clock times), or for a meeting, training or work scheduled on a day off. Where the contract pays
    a call back as the greater of overtime for the time worked or a minimum at straight time
    (`overtime_multiplier` in its rules), an hourly rate turns the credit into pay."""
    spec = rules.get("pay", "call_back")
    result = CalcResult(tool="call_back", summary="")
    minimum = float(spec["minimum_hours"])
    if day_off:
        minimum = float(spec.get("day_off_minimum_hours", minimum))
        worked = hours_worked if hours_worked is not None else 0.0
        credit = max(worked, minimum)
        result.cite(rules.cite(spec["day_off"]))
        if hours_worked is None:
            result.work.append(f"Scheduled on your day off: a minimum of {fmt_hours(minimum)} of work time")
            result.assumptions.append(f"If it lasted longer than {fmt_hours(minimum)}, you are credited with the time it took.")
        else:
            result.work.append(f"Scheduled on your day off: minimum {fmt_hours(minimum)}; it took {fmt_hours(worked)} → "
                               f"credited {fmt_hours(credit)}")
        rules.note(result, spec.get("outside_shift"))
        result.values = {"hours_worked": hours_worked, "credited_hours": credit, "minimum_hours": minimum, "day_off": True}
        result.summary = f"You should be credited with {fmt_hours(credit)} of work time."
        result.set_primary("hours", credit, "work time credited")
        return result
    result.cite(rules.cite(spec["rule"]))
    if calls:
        return _calls(rules, result, spec, calls, notified_before_shift_end, hours_after_shift_end, next_shift_start,
                      hourly_rate)
    if hours_worked is None or hours_worked < 0:
        raise ToolInputError("Give the hours worked on the call back (or the times you were called and finished).")
    credit = max(hours_worked, minimum)
    minimum_applies = False
    if _notice_cancels_minimum(spec, notified_before_shift_end, hours_after_shift_end):
        credit = hours_worked
        gap = (f" and the work began {hours_after_shift_end:g} hours after it (not more than {spec['notice_gap_hours']})"
               if "notice_gap_hours" in spec else "")
        result.work.append(f"You were told before your shift ended{gap}: no call-back minimum; the hours worked count "
                           f"({fmt_hours(credit)})")
        result.cite(rules.cite(spec["notice"]))
    elif within_previous_call_window and "repeat" in spec:
        credit = hours_worked
        result.work.append(f"Within {spec['repeat_window_hours']} hours of a previous call: no additional {fmt_hours(minimum)} credit")
        result.cite(rules.cite(spec["repeat"]))
    elif (hours_until_next_shift is not None and "next_shift_window_hours" in spec
          and hours_until_next_shift <= spec["next_shift_window_hours"]):
        credit = hours_until_next_shift
        result.work.append(
            f"Called back within {spec['next_shift_window_hours']} hours of your next shift: credit only for the "
            f"{fmt_hours(hours_until_next_shift)} remaining before it"
        )
        result.cite(rules.cite(spec["next_shift"]))
    else:
        minimum_applies = True
        result.work.append(f"Minimum credit {fmt_hours(minimum)}; worked {fmt_hours(hours_worked)} → credited {fmt_hours(credit)}")
    result.values = {"hours_worked": hours_worked, "credited_hours": credit, "minimum_hours": minimum}
    result.summary = f"You are credited with {fmt_hours(credit)} of work time for the call back."
    result.set_primary("hours", credit, "work time credited")
    if "overtime_multiplier" in spec:
        _greater_of_pay(rules, result, spec, [(hours_worked, minimum_applies)], hourly_rate)
    return result


def separate_call_backs(rules: Rules, hours: list[float], hourly_rate: float | None = None) -> CalcResult:
    """Call backs on different days ('tues she worked 1 hr 15 min …, thurs 2.5 hrs'): each a call back of its own, with
    its own minimum (a repeat window counts within one stretch of hours, not across days); the credit, or where the
    contract pays the greater of overtime or a minimum, the pay, is their sum."""
    spec = rules.get("pay", "call_back")
    if len(hours) < 2 or any(not 0 < h <= 24 for h in hours):
        raise ToolInputError("Give each call back's hours worked (more than 0, at most 24), at least two of them.")
    result = CalcResult(tool="call_back", summary="")
    result.cite(rules.cite(spec["rule"]))
    minimum = float(spec["minimum_hours"])
    credits = [max(h, minimum) for h in hours]
    for number, (worked, credit) in enumerate(zip(hours, credits, strict=True), 1):
        result.work.append(f"Call back {number}: minimum credit {fmt_hours(minimum)}; worked {fmt_hours(worked)} → "
                           f"credited {fmt_hours(credit)}")
    total = round(sum(credits), 4)
    result.work.append(f"{len(hours)} call backs on different days: {' + '.join(fmt_hours(c) for c in credits)} = {fmt_hours(total)}")
    result.assumptions.append("Each call back was on its own day, after your shift, without notice before the shift ended.")
    result.values = {"hours_worked": hours, "credited_hours": total, "minimum_hours": minimum, "calls": len(hours)}
    result.summary = f"You are credited with {fmt_hours(total)} of work time for the {len(hours)} call backs."
    result.set_primary("hours", total, "work time credited")
    if "overtime_multiplier" in spec:
        _greater_of_pay(rules, result, spec, [(h, True) for h in hours], hourly_rate)
        if hourly_rate is not None:
            result.summary = f"You should be paid ${result.values['pay']:.2f} for the {len(hours)} call backs."
    return result


def call_backs_by_day(rules: Rules, days: list[tuple[str, list[dict[str, str]], str | None]],
                      hourly_rate: float | None = None) -> CalcResult:
    """Call backs on several days, each day's calls told by the clock ('mon came in 8pm-9pm, then got called again at
    10:30pm …; wed 7pm-8:30pm; fri … into his 8am shift'): each day is worked out as a night of calls on its own (its
    repeat window and the next shift's start apply within the day, not across days), and the credit, or the pay
    where the contract pays the greater of overtime or a minimum, is their sum. ``days``: (day, calls, next shift)."""
    if len(days) < 2:
        raise ToolInputError("Give the call backs of at least two days, each with its calls' start and end times.")
    result = CalcResult(tool="call_back", summary="")
    credited = 0.0
    paid: list[float] = []
    for day, calls, next_shift in days:
        one = call_back(rules, calls=calls, next_shift_start=next_shift, hourly_rate=hourly_rate)
        credited += float(one.values["credited_hours"])
        if "pay" in one.values:
            paid.append(float(one.values["pay"]))
        result.work.extend(f"{day.capitalize()}: {line}" for line in one.work)
        for citation in one.citations:
            result.cite(citation)
        result.notes.extend(n for n in one.notes if n not in result.notes)
        result.assumptions.extend(a for a in one.assumptions if a not in result.assumptions)
    credited = round(credited, 4)
    result.work.append(f"{len(days)} days of call backs: {fmt_hours(credited)} credited in all")
    result.values = {"credited_hours": credited, "days": len(days)}
    result.summary = f"You are credited with {fmt_hours(credited)} of work time for the call backs on {len(days)} days."
    result.set_primary("hours", credited, "work time credited")
    if hourly_rate is not None and len(paid) == len(days):
        total = round(sum(paid), 2)
        result.values["pay"] = total
        result.work.append(f"Pay: {' + '.join(fmt_money(v) for v in paid)} = {fmt_money(total)}")
        result.summary = f"You should be paid {fmt_money(total)} for the call backs on {len(days)} days."
        result.set_primary("money", total, "call-back pay")
    return result


def _notice_cancels_minimum(spec: dict[str, Any], notified: bool, hours_after_shift_end: float | None) -> bool:
    """Notice before the shift ended removes the minimum: at once where the clause says only that,
    or when the work also began within the clause's gap after the shift."""
    if not notified or "notice" not in spec:
        return False
    if "notice_gap_hours" not in spec:
        return True
    return hours_after_shift_end is not None and hours_after_shift_end <= spec["notice_gap_hours"]


def _greater_of_pay(rules: Rules, result: CalcResult, spec: dict[str, Any], calls: list[tuple[float, bool]],
                    rate: float | None) -> None:
    """Each call paid the greater of the overtime rate for the time worked and the minimum hours at
    straight time, or at the rate the rules give the minimum (`minimum_multiplier`, for a contract that
    pays 'a minimum of N hours' pay at the overtime rate'); a call the minimum does not apply to is
    paid its overtime only. Without a rate, the same in hours of pay at the straight-time rate — what such
    a contract pays a call back, where the work time credited is not."""
    multiplier, minimum = float(spec["overtime_multiplier"]), float(spec["minimum_hours"])
    floor_multiplier = float(spec.get("minimum_multiplier", 1))
    at = "at straight time" if floor_multiplier == 1 else f"× {floor_multiplier:g}"
    total = 0.0
    crediting = _overtime_crediting(rules)
    for worked, minimum_applies in calls:
        if crediting is not None:
            credited = _in_units(round(worked * 60), crediting) / 60
            if abs(credited - worked) > 1e-9:
                result.work.append(f"{fmt_hours(worked)} worked, paid as overtime in the contract's units: {fmt_hours(credited)}")
                result.cite(rules.cite(crediting["cite"]))
            worked = credited
        if rate is None and floor_multiplier == multiplier:
            # both at the overtime rate ('a minimum of N hours' pay at the overtime rate'): hours at that rate
            paid = max(worked, minimum) if minimum_applies else worked
            result.work.append(f"Hours at the overtime rate (× {multiplier:g}): the greater of the {worked:g} h worked "
                               f"and the {minimum:g}-hour minimum → {fmt_hours(paid)}" if minimum_applies else
                               f"Hours at the overtime rate (× {multiplier:g}): {fmt_hours(paid)}")
            total += paid
            continue
        # in dollars with a rate, else in hours of pay at straight time
        unit, places, per = (rate, 2, f" × ${rate:.2f}") if rate is not None else (1.0, 4, "")
        shown = (lambda v: f"${v:.2f}") if rate is not None else (lambda v: f"{fmt_hours(v)} of pay")
        overtime = round(worked * unit * multiplier, places)
        floor = round(minimum * unit * floor_multiplier, places) if minimum_applies else 0.0
        paid = max(overtime, floor)
        line = f"Overtime for the time worked: {worked:g} h{per} × {multiplier:g} = {shown(overtime)}"
        if floor:
            line += f"; the minimum: {minimum:g} h{per} {at} = {shown(floor)} → the greater, {shown(paid)}"
        result.work.append(line)
        total += paid
    result.cite(rules.cite(spec["overtime"]))
    if "greater" in spec:
        result.cite(rules.cite(spec["greater"]))
    if rate is None:
        total = round(total, 4)
        result.values.update({"pay_hours": total})
        where = "the overtime rate" if floor_multiplier == multiplier else "your straight-time rate"
        result.summary = f"The call back pays {fmt_hours(total)} at {where}."
        result.set_primary("hours", total, "hours at the overtime rate" if floor_multiplier == multiplier
                           else "hours of pay, straight-time")
        return
    total = round(total, 2)
    result.values.update({"hourly_rate": rate, "pay": total})
    result.summary = f"You should be paid ${total:.2f} for the call back."
    result.set_primary("money", total, "call-back pay")


def _calls(rules: Rules, result: CalcResult, spec: dict[str, Any], calls: list[dict[str, str]], notified: bool,
           hours_after_shift_end: float | None, next_shift_start: str | None, hourly_rate: float | None) -> CalcResult:
    """Several calls in one night: a call that begins within the repeat window of a credited call's
    beginning earns no new minimum; each credited call covers its minimum or the time to its last end."""
    minimum = float(spec["minimum_hours"])
    window = float(spec.get("repeat_window_hours", 0)) * 60  # no repeat rule: each call stands alone
    periods: list[tuple[int, int]] = []
    offset = 0
    for call in calls:  # in the order the story tells them
        start, end = _clock(call["start"]) + offset, _clock(call["end"]) + offset
        if periods and start < periods[-1][0]:  # past midnight: 'at 10:15 pm … then again, worked 1:20 to 2:05 am'
            start, end, offset = start + 24 * 60, end + 24 * 60, offset + 24 * 60
        if end <= start:
            end += 24 * 60
        periods.append((start, end))
    periods.sort()
    groups: list[list[tuple[int, int]]] = []
    for period in periods:
        if groups and period[0] - groups[-1][0][0] < window:
            groups[-1].append(period)
        else:
            groups.append([period])
    total = 0.0
    paid_calls: list[tuple[float, bool]] = []
    worked = sum(end - start for start, end in periods) / 60
    for group in groups:
        first = group[0][0]
        last_end = max(end for _, end in group)
        label = f"{_hhmm(first)}–{_hhmm(last_end)}"
        group_worked = sum(end - start for start, end in group) / 60
        minimum_applies = True
        if _notice_cancels_minimum(spec, notified, hours_after_shift_end):
            credit, minimum_applies = group_worked, False
            within = (f" and the work began within {spec['notice_gap_hours']} hours of it" if "notice_gap_hours" in spec
                      else "")
            result.work.append(f"Call at {label}: you were told before your shift ended{within}, so the hours worked "
                               f"count ({fmt_hours(credit)})")
            result.cite(rules.cite(spec["notice"]))
        else:
            credit = max(minimum, (last_end - first) / 60)
            result.work.append(f"Call at {_hhmm(first)}: minimum {fmt_hours(minimum)} (to {_hhmm(first + int(minimum * 60))}); "
                               f"work ended {_hhmm(last_end)} → {fmt_hours(credit)}")
        if next_shift_start is not None and "next_shift_window_hours" in spec:
            until = (_clock(next_shift_start) - first) % (24 * 60) / 60
            if until <= spec["next_shift_window_hours"]:
                credit = until
                result.work.append(f"Your next shift starts at {next_shift_start}, within {spec['next_shift_window_hours']} "
                                   f"hours: credit only for the {fmt_hours(until)} before it")
                result.cite(rules.cite(spec["next_shift"]))
        for later in group[1:]:
            result.work.append(f"Call at {_hhmm(later[0])} began within {spec['repeat_window_hours']:g} hours of the call at "
                               f"{_hhmm(first)}: no additional {fmt_hours(minimum)} credit")
            result.cite(rules.cite(spec["repeat"]))
        total += credit
        paid_calls.append((round(group_worked, 4), minimum_applies))
    result.values = {"hours_worked": round(worked, 2), "credited_hours": round(total, 2), "minimum_hours": minimum,
                     "calls": len(periods), "credited_calls": len(groups)}
    result.summary = (f"You should be credited with {fmt_hours(total)} of work time"
                      + (f" for {len(periods)} calls ({len(groups)} minimum{'s' if len(groups) != 1 else ''})."
                         if len(periods) > 1 else " for the call back."))
    result.set_primary("hours", total, "work time credited")
    if "overtime_multiplier" in spec:
        _greater_of_pay(rules, result, spec, paid_calls, hourly_rate)
    rules.note(result, spec.get("starts"))
    return result


def _hhmm(minutes: int) -> str:
    minutes %= 24 * 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def duty_pay(rules: Rules, weeks: float = 0, hours: float = 0) -> CalcResult:
    """Pay for carrying a phone or pager on a duty the contract pays in money (`pay.duty_pay`): so much
    for each week of a weekly rotation (`per_week`) and so much an hour of daily duty (`per_hour`)."""
    spec = rules.get("pay", "duty_pay")
    if weeks < 0 or hours < 0 or not (weeks or hours):
        raise ToolInputError("Give the weeks of the weekly rotation, the hours of daily duty, or both.")
    result = CalcResult(tool="standby", summary="")
    result.cite(rules.cite(spec["rule"]))
    total = 0.0
    if weeks:
        if "per_week" not in spec:
            raise ToolInputError("The contract's rules give no weekly rate for this duty.")
        amount = weeks * float(spec["per_week"])
        total += amount
        result.work.append(f"{weeks:g} week{'s' if weeks != 1 else ''} of the weekly rotation × {fmt_money(float(spec['per_week']))}"
                           f" = {fmt_money(amount)}")
    if hours:
        if "per_hour" not in spec:
            raise ToolInputError("The contract's rules give no hourly rate for daily duty.")
        amount = hours * float(spec["per_hour"])
        total += amount
        result.work.append(f"{hours:g} hours of daily duty × {fmt_money(float(spec['per_hour']))} = {fmt_money(amount)}")
    total = round(total + 1e-9, 2)
    rules.note(result, spec.get("sole"))
    result.values = {"weeks": weeks, "hours": hours, "amount": total}
    result.summary = f"Carrying the duty earns {fmt_money(total)}."
    result.set_primary("money", total, "duty pay")
    return result


def standby(rules: Rules, hours: float, called_back_with_credit: bool = False, required: bool = True,
            called_back_hours: float | None = None) -> CalcResult:
    """CTO for standby: so many hours for every full block of hours on standby, as the rules say;
    none where the contract says a call back that earns call-back credit earns no standby credit,
    or (`required` false) where the member was never required to be available and the contract
    defines standby by that requirement. Where the call back fell in one of several standby periods
    (`called_back_hours`: that period's hours, e.g. one night of a week of nights), only that period
    loses its credit; the others earn theirs."""
    spec = rules.get("pay", "standby")
    if hours < 0 or (called_back_hours is not None and not 0 < called_back_hours < hours):
        raise ToolInputError("Standby hours cannot be negative, and the period with the call back must be part of them.")
    if called_back_with_credit and called_back_hours is not None and "not_with_call_back" in spec:
        result = standby(rules, hours - called_back_hours, required=required)
        result.work.insert(0, f"Called back during one standby period ({called_back_hours:g} hours) and given call-back "
                              f"credit: no standby credit for that period; the other {hours - called_back_hours:g} hours count")
        result.cite(rules.cite(spec["not_with_call_back"]))
        result.values["called_back_hours"] = called_back_hours
        return result
    if not required:
        if "definition" not in spec:
            raise ToolInputError("The contract's rules do not say what counts as standby; the clause answers this.")
        result = CalcResult(tool="standby", summary="")
        result.work.append("You were not required to be available: that time is not standby, so it earns no standby CTO")
        result.cite(rules.cite(spec["definition"]))
        result.values = {"standby_hours": 0, "blocks": 0, "cto_hours": 0}
        result.summary = f"You earn {fmt_hours(0)} of standby CTO: you were not required to be on standby."
        result.set_primary("hours", 0, "CTO earned")
        rules.note(result, spec["definition"])
        return result
    if called_back_with_credit and "not_with_call_back" in spec:
        result = CalcResult(tool="standby", summary="")
        result.work.append(f"Called back during the {hours:g} hours of standby and given call-back credit: no standby "
                           "credit for it")
        result.cite(rules.cite(spec["not_with_call_back"]))
        result.values = {"standby_hours": hours, "blocks": 0, "cto_hours": 0}
        result.summary = f"You earn {fmt_hours(0)} of standby CTO: you were called back and received call-back credit instead."
        result.set_primary("hours", 0, "CTO earned")
        return result
    blocks = math.floor(hours / spec["block_hours"] + 1e-9)
    cto = blocks * spec["cto_hours_per_block"]
    result = CalcResult(tool="standby", summary="")
    result.work.append(f"{hours:g} hours ÷ {spec['block_hours']} = {blocks} full block(s) × {spec['cto_hours_per_block']} hours CTO = {fmt_hours(cto)}")
    remainder = hours - blocks * spec["block_hours"]
    if remainder > 1e-9:
        result.notes.append(f"The remaining {remainder:g} hours do not make a full {spec['block_hours']}-hour block; the clause credits CTO per full block.")
    result.cite(rules.cite(spec["rule"]))
    rules.note(result, spec.get("not_with_call_back"))
    result.values = {"standby_hours": hours, "blocks": blocks, "cto_hours": cto}
    result.summary = f"{hours:g} hours of standby earns {fmt_hours(cto)} of CTO."
    result.set_primary("hours", cto, "CTO earned")
    return result


def _parse_clock(value: str) -> timedelta:
    try:
        hours, minutes = (int(part) for part in value.strip().split(":"))
    except ValueError as exc:
        raise ToolInputError(f"Time {value!r} must be HH:MM on a 24-hour clock, e.g. 22:00.") from exc
    if not (0 <= hours <= 23 and 0 <= minutes <= 59) and (hours, minutes) != (24, 0):
        raise ToolInputError(f"Time {value!r} is not a time of day; use HH:MM between 00:00 and 23:59.")
    return timedelta(hours=hours, minutes=minutes)


def phone_calls(rules: Rules, calls: list[tuple[str | None, float]]) -> CalcResult:
    """Time credited for work calls taken or made at home, outside working hours: each call's minutes
    (at least the rules' `minimum_minutes`, where set) times the rules' `multiplier`, plus
    `window_bonus_minutes` for a call inside the rules' `window` (e.g. 22:00–06:00). A call given
    without its time of day is counted outside the window, and the answer says so."""
    spec = rules.get("pay", "phone_calls")
    if not calls or any(not 0 < minutes <= 24 * 60 for _, minutes in calls):
        raise ToolInputError("Give each call's length in minutes (and, if you know it, the time it came in).")
    multiplier = float(spec.get("multiplier", 1))
    least = float(spec.get("minimum_minutes", 0))
    bonus = float(spec.get("window_bonus_minutes", 0))
    window = spec.get("window")
    result = CalcResult(tool="call_back", summary="")
    result.cite(rules.cite(spec["rule"]))
    total = 0.0
    untimed = False
    for index, (at, minutes) in enumerate(calls, 1):
        counted = max(minutes, least)
        credit = counted * multiplier
        parts = [f"{counted:g} minutes" + (f" (at least {least:g})" if counted > minutes else "")
                 + (f" × {multiplier:g} = {credit:g}" if multiplier != 1 else "")]
        if bonus and window:
            if at is None:
                untimed = True
            else:
                begin = datetime(2000, 1, 2) + _parse_clock(at)
                if _window_hours(begin, begin + timedelta(minutes=1), window) > 0:
                    credit += bonus
                    parts.append(f"+ {bonus:g} for a call between {window['start']} and {window['end']}")
                    result.cite(rules.cite(window))
        label = f"Call {index}" + (f" at {at}" if at else "")
        result.work.append(f"{label}: {' '.join(parts)} → {credit:g} minutes")
        total += credit
    total = round(total, 2)
    if untimed:
        result.assumptions.append(f"A call without its time of day was counted outside {window['start']}–{window['end']}; "
                                  f"a call in those hours earns {bonus:g} minutes more.")
    rules.note(result, spec.get("eligibility"))
    result.values = {"calls": len(calls), "minutes": total}
    result.summary = f"{'These calls earn' if len(calls) > 1 else 'This call earns'} {total:g} minutes ({total / 60:.2f} hours) of credited time."
    result.set_primary("minutes", total, "time credited for the calls")
    return result


def _clock_span(start: str, end: str) -> tuple[datetime, datetime]:
    """A time span on a reference day; one ending at or before its start runs past midnight."""
    begin = datetime(2000, 1, 2) + _parse_clock(start)
    finish = datetime(2000, 1, 2) + _parse_clock(end)
    if finish <= begin:
        finish += timedelta(days=1)
    return begin, finish


def _window_hours(begin: datetime, finish: datetime, window: dict[str, Any]) -> float:
    """Hours of a span inside a daily window ('18:00'–'06:00' runs past midnight), on every day it touches."""
    opens, closes = _clock_span(str(window["start"]), str(window["end"]))
    hours = 0.0
    for day in (timedelta(days=-1), timedelta(0), timedelta(days=1)):
        hours += max(0.0, (min(finish, closes + day) - max(begin, opens + day)).total_seconds() / 3600)
    return hours


def _none_owed(result: CalcResult, citation: Citation, summary: str, why: str, tag: str) -> CalcResult:
    """A differential worked out, then shown as not owed (a waiver, a part-time share below the minimum): the
    figure it would have been stays in the working, the clause that takes it away is cited."""
    primary = result.primary
    if primary is not None and primary.type in ("money", "rate") and primary.value:
        result.work.append(f"{why}: {fmt_money(float(primary.value))} → {fmt_money(0)}")
    result.cite(citation)
    result.summary = summary
    result.set_primary(primary.type if primary is not None else "money", 0,
                       f"{primary.label if primary is not None else 'differential'} ({tag})")
    return result


def night_shift(rules: Rules, start: str, end: str, ask: str = "rate", meal: tuple[str, str] | None = None,
                shifts: int | None = None, meal_minutes: int = 0, waived: int | None = None,
                group: int | None = None, part_time_percent: float | None = None) -> CalcResult:
    """Which night shift differential a regular shift qualifies for, and what it adds per hour and per
    shift. Contracts pay it one of two ways, as their rules say (`basis`): the whole shift at a window's
    rate once enough of it falls in the window ('shift', the default), or each scheduled hour inside the
    window ('hours_in_window'), less an unpaid meal taken there; `shifts` multiplies a shift's amount.
    `waived`: the rules' waiver (`waived`, by its place in the list) the member's schedule falls under, such
    as a schedule the member asked for: the differential is computed, then shown waived. `group`: the rules'
    class of employee (`groups`, by its place in the list) the member belongs to, which qualifies with its own
    minimum hours in a window (a side letter's lower minimum for one classification). `part_time_percent`: a
    part-time member's share of full time, where the rules pay part-timers only from a minimum share (`part_time`)."""
    spec = rules.get("pay", "night_shift")
    part_time = spec.get("part_time")
    if part_time_percent is not None:
        if not 0 < part_time_percent <= 100:
            raise ToolInputError("Give the part-time share as a percent of full time (more than 0, at most 100).")
        if part_time:
            result = night_shift(rules, start, end, ask, meal, shifts, meal_minutes, waived, group)
            minimum = float(part_time["min_percent"])
            if part_time_percent < minimum:
                result.values["part_time_below_minimum"] = True
                return _none_owed(result, rules.cite(part_time), f"No shift differential: part-time employees qualify at "
                                  f"{minimum:g}% of full time or more, and you work {part_time_percent:g}%.",
                                  f"Part-time at {part_time_percent:g}%, under the {minimum:g}% the clause requires",
                                  "not owed")
            result.cite(rules.cite(part_time))
            result.work.insert(0, f"Part-time at {part_time_percent:g}% of full time: qualifies ({minimum:g}% or more)")
            return result
    if group is not None:
        groups = spec.get("groups") or []
        if not 0 <= group < len(groups):
            raise ToolInputError("The contract's rules list no such group for the night shift differential.")
        spec = {**spec, "minimum_hours": groups[group]["minimum_hours"]}
    if waived is not None:
        waivers = spec.get("waived") or []
        if not 0 <= waived < len(waivers):
            raise ToolInputError("The contract's rules list no such waiver of the differential.")
        result = night_shift(rules, start, end, ask, meal, shifts, meal_minutes, group=group)
        result.values["waived"] = True
        return _none_owed(result, rules.cite(waivers[waived]),
                          f"No shift differential: {waivers[waived].get('note') or 'the contract waives it for your schedule.'}",
                          "Waived for your schedule (the last clause quoted)", "waived")
    begin, finish = _clock_span(start, end)
    shift_hours = (finish - begin).total_seconds() / 3600
    if shift_hours > 16:
        raise ToolInputError("A shift longer than 16 hours is not a regular shift; check the start and end times.")
    if shifts is not None and not 0 < shifts <= 31:
        raise ToolInputError("Give the number of shifts worked (1 to 31).")
    if spec.get("basis", "shift") == "hours_in_window":
        return _night_hours_in_window(rules, spec, begin, finish, ask, meal, shifts, meal_minutes)
    result = CalcResult(tool="night_shift", summary="")
    if group is not None:
        result.cite(rules.cite(spec["groups"][group]))
        result.work.append(f"{str(spec['groups'][group].get('name', 'Your classification')).capitalize()}: qualifies with "
                           f"{float(spec['minimum_hours']):g} hours in a window")
    qualified = []
    for window in spec["windows"]:
        overlap = _window_hours(begin, finish, window)
        ok = overlap >= spec["minimum_hours"]
        result.work.append(f"{window['name']} ({window['start']}–{window['end']}): {overlap:g} hours of the shift fall in it → {'qualifies' if ok else 'does not qualify'} (needs {spec['minimum_hours']})")
        result.cite(rules.cite(window))
        if ok:
            qualified.append(window)
    best = max(qualified, key=lambda w: w["rate"]) if qualified else None
    rate = best["rate"] if best else 0.0
    if meal is not None and not meal_minutes:  # an unpaid meal told by its times: its length is not paid either
        meal_begin, meal_end = _clock_span(*meal)
        meal_minutes = round((meal_end - meal_begin).total_seconds() / 60)
    if meal_minutes and meal_minutes >= shift_hours * 60:
        raise ToolInputError(f"The unpaid meal ({meal_minutes} minutes) is as long as the shift itself; check the meal's times.")
    if meal_minutes:  # an unpaid meal is not paid, so not paid the differential either
        result.work.append(f"{shift_hours:g} hours less the {meal_minutes}-minute unpaid meal = {shift_hours - meal_minutes / 60:g} paid hours")
        shift_hours -= meal_minutes / 60
    result.values = {"shift_hours": shift_hours, "qualifies_for": [w["name"] for w in qualified],
                     "rate_per_hour": rate, "per_shift": round(rate * shift_hours, 2)}
    if best:
        result.work.append(f"${rate:.2f} × {shift_hours:g} hours = ${rate * shift_hours:.2f} per shift")
        result.summary = f"This shift qualifies for the {best['name']}: ${rate:.2f} an hour, ${rate * shift_hours:.2f} for a {shift_hours:g}-hour shift."
        if len(qualified) > 1:
            result.assumptions.append("The shift meets more than one window; the higher rate is shown.")
    else:
        result.summary = (f"This shift does not qualify for a night shift differential (fewer than {spec['minimum_hours']:g} "
                          "hours in any window).")
    if shifts is not None:
        total = round(rate * shift_hours * shifts, 2)
        result.work.append(f"{shifts} shifts × ${rate * shift_hours:.2f} = ${total:.2f}")
        result.values.update({"shifts": shifts, "total": total})
        result.set_primary("money", total, f"differential for {shifts} shifts")
        if best:  # the answer leads with the figure asked for: the shifts' total
            result.summary = (f"For {shifts} shifts the {best['name']} comes to ${total:,.2f} (${rate:.2f} an hour, "
                              f"${rate * shift_hours:.2f} a shift of {shift_hours:g} paid hours).")
    elif ask == "per_shift":
        result.set_primary("money", round(rate * shift_hours, 2), "differential per shift")
    else:
        result.set_primary("rate", rate, "differential per hour")
    rules.note(result, spec.get("eligibility"))
    return result


def _night_hours_in_window(rules: Rules, spec: dict[str, Any], begin: datetime, finish: datetime, ask: str,
                           meal: tuple[str, str] | None, shifts: int | None, meal_minutes: int = 0) -> CalcResult:
    """`meal_minutes`: an unpaid meal given by its length only, left out where the whole shift lies inside one window
    (wherever it is taken, it is inside); on a shift partly outside, where it falls is not known, and it is said so."""
    result = CalcResult(tool="night_shift", summary="")
    meal_span = None
    if meal is not None:
        meal_span = _clock_span(*meal)
        # A meal given without am/pm ('lunch 5:00–5:30' on a 2:30 pm shift) is in the shift's half of the day;
        # on a shift past midnight ('10p-6:30a', lunch at 2) it is on the shift's second day.
        fits = [shifted for later_by in (0, 12, 24, 36)
                  if begin <= (shifted := (meal_span[0] + timedelta(hours=later_by), meal_span[1] + timedelta(hours=later_by)))[0]
                  and shifted[1] <= finish]
        if not fits:
            raise ToolInputError("The meal period must fall within the shift; check its start and end times.")
        meal_span = fits[0]
    minimum = float(spec.get("minimum_hours", 0))
    per_shift = 0.0
    rates = []
    meal_left_out = False  # a meal given by its length, left out of a window the whole shift lies in
    for window in spec["windows"]:
        inside = _window_hours(begin, finish, window)
        eaten = _window_hours(*meal_span, window) if meal_span else 0.0
        if meal_span is None and meal_minutes and abs(inside - (finish - begin).total_seconds() / 3600) < 1e-9:
            eaten = meal_minutes / 60  # '9:30 p.m. to 6:00 a.m. with an unpaid 30-minute lunch': all of it in 6 p.m.–6 a.m.
            meal_left_out = True
        hours = max(0.0, inside - eaten)
        rate = float(window["rate"])
        meal_note = f" less {eaten:g} of unpaid meal" if eaten else ""
        if hours and hours >= minimum:
            per_shift += hours * rate
            rates.append(rate)
            result.work.append(f"{window['name']} ({window['start']}–{window['end']}): {inside:g} scheduled hours in it"
                               f"{meal_note} = {hours:g} × {fmt_money(rate)} = {fmt_money(hours * rate)}")
        else:
            why = "" if hours else " — none of the scheduled shift falls in it"
            result.work.append(f"{window['name']} ({window['start']}–{window['end']}): {hours:g} hours{meal_note}{why}"
                               f"{f' (needs {minimum:g})' if hours and hours < minimum else ''} → nothing")
        result.cite(rules.cite(window))
    exact = per_shift  # rounded once, at the total: eight shifts worth $2.375 each are $19.00, not 8 × $2.38
    per_shift = round(per_shift, 2)
    shift_hours = (finish - begin).total_seconds() / 3600
    result.values = {"shift_hours": shift_hours, "per_shift": per_shift, "rate_per_hour": max(rates, default=0.0)}
    if meal is None and per_shift and not meal_left_out:
        result.assumptions.append("No unpaid meal period was given; if you take one inside those hours, it is not paid "
                                  "the differential." if not meal_minutes else "Where in the shift the unpaid meal falls was not "
                                  "given; if it is inside those hours, it is not paid the differential.")
    result.summary = (f"Your regular shift earns {fmt_money(per_shift)} of shift differential a shift." if per_shift else
                      "None of your regularly scheduled shift falls in the differential's hours, so it earns none.")
    if shifts is not None:
        total = round(exact * shifts + 1e-9, 2)
        result.work.append(f"{shifts} shifts × {fmt_money(exact) if exact == per_shift else f'${exact:g}'} = {fmt_money(total)}")
        result.values.update({"shifts": shifts, "total": total})
        result.summary = f"For {shifts} regular shifts you earn {fmt_money(total)} of shift differential ({fmt_money(per_shift)} a shift)."
        result.set_primary("money", total, f"differential for {shifts} shifts")
    elif ask == "rate" and per_shift:
        result.set_primary("rate", max(rates), "differential per hour in its hours")
    else:
        result.set_primary("money", per_shift, "differential per shift")
    rules.note(result, spec.get("eligibility"))
    return result


def _overtime_crediting(rules: Rules) -> dict[str, Any] | None:
    """The units overtime is credited in, wherever the rules state them (a contract that pays by the day
    keeps them with its day bands, one that pays by the week with its weekly rule): a call back paid at the
    overtime rate for the time worked is overtime worked, so it is credited in the same units."""
    if rules.has("pay", "daily_overtime", "crediting"):
        spec = rules.get("pay", "daily_overtime", "crediting")
        return {"unit_minutes": int(spec["unit_minutes"]), "round_up_from_minutes": int(spec["round_up_from_minutes"]),
                "cite": spec}
    if rules.has("pay", "overtime", "unit_minutes") and rules.has("pay", "overtime", "crediting"):
        spec = rules.get("pay", "overtime")
        return {"unit_minutes": int(spec["unit_minutes"]), "round_up_from_minutes": int(spec["round_up_from_minutes"]),
                "cite": spec["crediting"]}
    return None


def _in_units(minutes: int, crediting: dict[str, Any]) -> int:
    whole, rest = divmod(minutes, int(crediting["unit_minutes"]))
    return (whole + (1 if rest >= int(crediting["round_up_from_minutes"]) else 0)) * int(crediting["unit_minutes"])


def _credited_day_minutes(spec: dict[str, Any], minutes: int) -> int:
    """Overtime minutes in whole crediting units, where the rules state them (`crediting`): a final
    part of a unit counts only from its round-up minutes ('each completed six (6) minute period')."""
    crediting = spec.get("crediting")
    return _in_units(minutes, crediting) if crediting else minutes


def _straight_hours(bands: list[dict[str, Any]]) -> float:
    """The day's leading straight-time hours (none on a rest day paid at overtime from the first hour)."""
    total = 0.0
    for band in bands:
        if float(band["multiplier"]) != 1 or band.get("hours") is None:
            break
        total += float(band["hours"])
    return total


def daily_overtime_days(rules: Rules, days: list[tuple[str, float]], schedule: str | None = None,
                        hourly_rate: float | None = None, overtime_only: bool = False,
                        holiday: str | None = None, shift: str | None = None, tool: str = "overtime") -> CalcResult:
    """Several days of one week where the contract pays overtime by the day ('11 hours on Tuesday and 6 on
    Saturday'): each day at its own bands, as `daily_overtime` pays it, added up. `overtime_only`: only
    the pay above straight time is asked ('the extra hours, not counting my regular 40'). `holiday`: the day among
    them that was a holiday (or kept as one on the member's schedule), paid as the schedule pays a holiday. `shift`: the
    days were on a shift the rules pay a flat premium an hour for, added once for every hour (never multiplied)."""
    if len(days) < 2 or len({d for d, _ in days}) != len(days):
        raise ToolInputError("Give two or more different days, each with the hours worked that day.")
    result = CalcResult(tool=tool, summary="")
    pay_hours = 0.0
    if holiday is not None and holiday not in {d for d, _ in days}:
        raise ToolInputError(f"The holiday ({holiday}) is not one of the days worked.")
    for day, hours in days:
        one = daily_overtime(rules, hours, "holiday" if day == holiday else day, schedule)
        part = float(one.values["overtime_pay_hours" if overtime_only else "straight_time_hours"])
        pay_hours += part
        if day == holiday:
            _cite_holiday_move(rules, one.values["schedule"], day, result)
        result.work.append(f"{day.capitalize()}{' (the holiday)' if day == holiday else ''}, {hours:g} hours: " + "; ".join(one.work)
                           + (f" → {fmt_hours(part)} of overtime pay" if overtime_only else ""))
        for citation in one.citations:
            result.cite(citation)
    pay_hours = round(pay_hours, 3)
    named = " and ".join(d.capitalize() for d, _ in days)
    what = f"The overtime on {named}" if overtime_only else f"{named} together"
    verb = ("is", "pays") if overtime_only else ("are", "pay")
    result.values = {"days": [{"day": d, "hours": h} for d, h in days], "pay_hours": pay_hours}
    result.summary = f"{what} {verb[0]} worth {fmt_hours(pay_hours)} of pay at the straight-time rate."
    result.set_primary("hours", pay_hours, "hours of pay, straight-time")
    if hourly_rate is not None:
        amount = round(pay_hours * hourly_rate, 2)
        result.work.append(f"{fmt_hours(pay_hours)} of pay × ${hourly_rate:,.2f} an hour = ${amount:,.2f}")
        result.values["pay"] = amount
        result.summary = f"{what} {verb[1]} ${amount:,.2f} ({fmt_hours(pay_hours)} of pay at the straight-time rate)."
        result.set_primary("money", amount, "overtime pay" if overtime_only else "pay for the days")
    if shift is not None:
        worked = sum(hours for _, hours in days)
        with_premium = _add_flat_premium(rules, result, shift, worked, not overtime_only and pay_hours > worked, hourly_rate,
                                         always_say_not_compounded=True)
        if with_premium is not None:
            result.summary = f"{what} on the {shift} {verb[1]} ${with_premium:,.2f} with the shift premium."
            result.set_primary("money", with_premium, "pay for the days with the shift premium")
    return result


def _add_flat_premium(rules: Rules, result: CalcResult, shift: str, hours: float, overtime_paid: bool,
                      hourly_rate: float | None, always_say_not_compounded: bool = False) -> float | None:
    """A flat premium an hour on a shift (`pay.daily_overtime.shift_premium`), added once for every hour worked, cited
    with its overtime rule where some hours were paid at an overtime rate; the pay with it, where a rate is known."""
    premium_spec = rules.get("pay", "daily_overtime").get("shift_premium")
    if not premium_spec or shift not in premium_spec.get("shifts", {}):
        raise ToolInputError(f"The contract's rules set no premium for {shift!r}.")
    premium = round(hours * float(premium_spec["per_hour"]), 2)
    result.cite(rules.cite(premium_spec))
    if overtime_paid and premium_spec.get("overtime"):
        result.cite(rules.cite(premium_spec["overtime"]))
    said = " (not compounded by the overtime rate)" if overtime_paid or always_say_not_compounded else ""
    result.work.append(f"{shift.capitalize()} premium: {hours:g} hours × ${float(premium_spec['per_hour']):,.2f} = "
                       f"${premium:,.2f}{said}")
    result.values["shift_premium"] = premium
    if hourly_rate is None:
        return None
    amount = round(float(result.values["pay"]) + premium, 2)
    result.values["pay"] = amount
    return amount


def _cite_holiday_move(rules: Rules, schedule: str, day: str, result: CalcResult) -> None:
    """Cite the observance rule that keeps a holiday on `day` for this schedule, where one moves a holiday there."""
    from assistant.calculators.holidays import observed_weekday, schedule_move

    spec = schedule_move(rules, schedule)
    if spec is not None and any(observed_weekday(spec, w) == day for w in spec.get("moves", {})):
        result.cite(rules.cite(spec))


def daily_overtime(rules: Rules, hours: float | None, day: str, schedule: str | None = None,
                   hourly_rate: float | None = None, shift: str | None = None, tool: str = "overtime",
                   past_shift_minutes: int | None = None, reported: bool = False,
                   overtime_only: bool = False, comp_leave_balance: float | None = None,
                   meal_worked: bool = False) -> CalcResult:
    """Pay for one day's hours where the contract pays overtime by the day: each band of the day's
    hours at its multiplier, as the member's schedule sets them for that day of the week (straight
    time, then time and one-half, then double time; a rest day or holiday at its own rate). On a
    `shift` the rules pay a flat premium for (`shift_premium`), the premium is added for every hour,
    once, never multiplied by an overtime rate. `reported`: the member reported for overtime set in
    advance on a day of rest or a holiday off, which the rules may pay at least a minimum for
    (`rest_day_minimum`: the greater of the overtime and so many hours' pay). `overtime_only`: the question
    asks what the overtime hours alone pay ('what do the 4 hrs of OT pay me?'), not the whole day.
    `comp_leave_balance`: the compensatory leave already credited this year, where the member takes the overtime as
    leave and the rules cap it (`comp_leave`: so many hours' straight-time pay a year): what can still be banked.
    `meal_worked`: the time past the shift is a regular meal period the member was made to work through, which the
    rules pay at the overtime rate (`meal_worked`)."""
    spec = rules.get("pay", "daily_overtime")
    if past_shift_minutes is None and (hours is None or not 0 < hours <= 24):
        raise ToolInputError("Give the hours worked that day (more than 0, at most 24).")
    if past_shift_minutes is not None and not 0 < past_shift_minutes <= 16 * 60:
        raise ToolInputError("Give the time worked past the end of the shift (more than 0, at most 16 hours).")
    name = schedule or str(spec["default_schedule"])
    schedules = spec["schedules"]
    if name not in schedules:
        raise ToolInputError(f"Schedule {name!r} is not one of this contract's: {', '.join(schedules)}.")
    plan = schedules[name]
    day = day.lower()
    group = "weekday" if day in (*WEEKDAYS[:5], "weekday") else "rest_day"
    bands = plan["days"].get(day) or plan["days"].get(group)
    if bands is None:
        raise ToolInputError(f"The {name} schedule sets no pay for {day}.")
    result = CalcResult(tool=tool, summary="")
    straight = _straight_hours(bands)
    # Only the overtime part of the day is counted in the contract's crediting units.
    if past_shift_minutes is not None:
        overtime_minutes = past_shift_minutes
    else:
        assert hours is not None
        overtime_minutes = max(0, round(hours * 60) - round(straight * 60))
    credited = _credited_day_minutes(spec, overtime_minutes)
    if "crediting" in spec and credited != overtime_minutes:
        result.work.append(f"{overtime_minutes} minutes of overtime, counted in the contract's units: {credited} minutes")
        result.cite(rules.cite(spec["crediting"]))
    hours = straight + credited / 60 if past_shift_minutes is not None else (hours or 0.0) - (overtime_minutes - credited) / 60
    hours = round(hours, 4)
    remaining, total, overtime_pay_hours = hours, 0.0, 0.0
    for band in bands:
        span = remaining if band.get("hours") is None else min(remaining, float(band["hours"]))
        if span <= 0:
            break
        multiplier = float(band["multiplier"])
        total += span * multiplier
        if multiplier != 1:
            overtime_pay_hours += span * multiplier
        kind = "straight time" if multiplier == 1 else f"{multiplier:g} times the rate"  # '1.5 hours at 2 times the rate'
        if past_shift_minutes is None or multiplier != 1:  # past the shift, only the overtime is worked out
            result.work.append(f"{span:g} hours at {kind} = {fmt_hours(span * multiplier)} of pay")
        if "section" in band:
            result.cite(rules.cite(band))
        remaining -= span
    result.cite(rules.cite(plan))
    if day not in plan["days"] or day in (*WEEKDAYS, "weekday", "rest_day"):  # a day the schedule pays its own way cites only it
        result.cite(rules.cite(spec["rest_days"] if group == "rest_day" else spec["rule"]))
    result.values = {"hours_worked": hours, "day": day, "schedule": name, "straight_time_hours": round(total, 3),
                     "overtime_hours": round(credited / 60, 4), "overtime_pay_hours": round(overtime_pay_hours, 3)}
    when = {"holiday": "a holiday", "weekday": "a weekday", "rest_day": "a day of rest",
            "earned_day_off": "an earned day off"}.get(day, day.capitalize())
    if meal_worked and spec.get("meal_worked"):
        result.cite(rules.cite(spec["meal_worked"]))
        result.work.insert(0, "The meal period worked through is paid at the overtime rate, as time past the day's "
                              "straight time")
    if past_shift_minutes is not None:
        # Time past the end of the normal shift: the overtime alone, as the day's bands pay it.
        ot_hours = round(credited / 60, 4)
        result.summary = (f"{past_shift_minutes} minutes past the end of the shift on {when} ({name} schedule) is "
                          f"{fmt_hours(ot_hours)} of overtime, worth {fmt_hours(overtime_pay_hours)} of straight-time pay.")
        result.set_primary("hours", ot_hours, "overtime hours")
        result.values["overtime_straight_time_hours"] = round(overtime_pay_hours, 3)
        if hourly_rate is not None:
            amount = round(overtime_pay_hours * hourly_rate, 2)
            result.values["overtime_pay"] = amount
            result.work.append(f"Overtime: {fmt_hours(overtime_pay_hours)} × ${hourly_rate:,.2f} an hour = ${amount:,.2f}")
            result.summary = (f"{fmt_hours(ot_hours)} of overtime past the end of the shift on {when} pays ${amount:,.2f} "
                              f"({name} schedule).")
            if meal_worked:
                result.summary = (f"The {fmt_hours(ot_hours)} of meal period worked through on {when} pays ${amount:,.2f} "
                                  "at the overtime rate.")
            result.set_primary("money", amount, "overtime pay")
        return result
    minimum = spec.get("rest_day_minimum")
    if reported and minimum and group == "rest_day":
        floor = float(minimum["hours"]) * float(minimum.get("multiplier", 1))
        result.cite(rules.cite(minimum))
        if "greater" in minimum:
            result.cite(rules.cite(minimum["greater"]))
        choice = "the minimum" if floor > total else "the overtime"
        result.work.append(f"Reported for overtime set in advance on {when}: the greater of the overtime "
                           f"({fmt_hours(total)} of pay) and {fmt_hours(floor)} of pay → {choice}")
        result.values["bands_total"] = round(total, 3)
        total = max(total, floor)
        result.values["straight_time_hours"] = round(total, 3)
    result.summary = (f"{hours:g} hours on {when} ({name} schedule) is worth {fmt_hours(total)} of pay at the "
                      "straight-time rate.")
    result.set_primary("hours", round(total, 3), "hours of pay, straight-time")
    comp = spec.get("comp_leave")
    if comp_leave_balance is not None and comp:
        cap = float(comp["cap_hours"])
        room = max(0.0, cap - comp_leave_balance)
        banked = round(min(overtime_pay_hours, room), 3)
        result.cite(rules.cite(comp))
        result.work.append(f"Compensatory leave: at most {fmt_hours(cap)} a year; {fmt_hours(comp_leave_balance)} already "
                           f"credited leaves {fmt_hours(room)} → {fmt_hours(banked)} banked"
                           + (f", the other {fmt_hours(round(overtime_pay_hours - banked, 3))} of pay in cash"
                              if overtime_pay_hours > banked else ""))
        result.values.update({"comp_leave_banked": banked})
        result.summary = (f"You can bank {fmt_hours(banked)} of compensatory leave for it"
                          + (f"; the rest ({fmt_hours(round(overtime_pay_hours - banked, 3))} of pay) is paid in cash."
                             if overtime_pay_hours > banked else "."))
        result.set_primary("hours", banked, "compensatory leave banked")
        return result
    if overtime_only and hourly_rate is not None and shift is None and overtime_pay_hours and total == result.values.get(
            "bands_total", total):
        amount = round(overtime_pay_hours * hourly_rate, 2)
        result.values["overtime_pay"] = amount
        result.work.append(f"The overtime alone: {fmt_hours(overtime_pay_hours)} of pay × ${hourly_rate:,.2f} an hour = "
                           f"${amount:,.2f}")
        result.summary = (f"The overtime in {hours:g} hours on {when} ({name} schedule) pays ${amount:,.2f} "
                          f"({fmt_hours(overtime_pay_hours)} of pay at the straight-time rate).")
        result.set_primary("money", amount, "overtime pay")
        return result
    if hourly_rate is not None:
        amount = round(total * hourly_rate, 2)
        result.values["pay"] = amount
        result.work.append(f"{fmt_hours(total)} × ${hourly_rate:,.2f} an hour = ${amount:,.2f}")
        lines = [w for w in result.work[:-1] if not w.startswith("Reported for overtime")]
        floor_used = reported and minimum and group == "rest_day" and total > result.values.get("bands_total", total)
        result.summary = f"{hours:g} hours on {when} ({name} schedule) pays ${amount:,.2f}: {', '.join(lines)}" + (
            f", raised to the minimum of {fmt_hours(total)} of pay for reporting for overtime set in advance." if floor_used else ".")
        result.set_primary("money", amount, "pay for the day")
    if shift is not None:
        with_premium = _add_flat_premium(rules, result, shift, hours, total > hours, hourly_rate)
        if with_premium is not None:
            result.summary = (f"{hours:g} hours on {when} on the {shift} ({name} schedule) pays ${with_premium:,.2f} with "
                              f"the shift premium.")
            result.set_primary("money", with_premium, "pay for the day with the shift premium")
    return result


def flat_premium_hours(rules: Rules, shift: str, hours: float) -> CalcResult:
    """A flat premium an hour (`pay.daily_overtime.shift_premium`) over the hours worked on a premium
    shift, overtime hours included where the rules quote that it continues on them, added once an
    hour and never multiplied by the overtime rate."""
    spec = rules.get("pay", "daily_overtime", "shift_premium")
    if shift not in spec.get("shifts", {}):
        raise ToolInputError(f"No shift premium for {shift!r}; the contract pays it on: {', '.join(spec.get('shifts', {}))}.")
    per_hour = float(spec["per_hour"])
    amount = round(per_hour * hours + 1e-9, 2)
    result = CalcResult(tool="night_shift", summary="")
    result.cite(rules.cite(spec))
    result.work.append(f"{hours:g} hours on the {shift} × {fmt_money(per_hour)} = {fmt_money(amount)}")
    if spec.get("overtime"):
        result.cite(rules.cite(spec["overtime"]))
        rules.note(result, spec["overtime"])  # the rules' own words on premium and overtime
    result.values = {"shift": shift, "hours": hours, "per_hour": per_hour, "amount": amount}
    result.summary = f"{hours:g} hours on the {shift} earn {fmt_money(amount)} of shift premium."
    result.set_primary("money", amount, "shift premium")
    return result


def shift_named(rules: Rules, text: str) -> str | None:
    """The shift a flat premium is paid for, as the rules name it, from the member's words ('on nights',
    'afternoon (2nd) shift'); None where the rules pay none or the words name none."""
    spec = rules.data.get("pay", {}).get("daily_overtime", {}).get("shift_premium")
    if not spec:
        return None
    plain = re.sub(r"\s*\([^()]{0,20}\)", "", text)  # 'third (night) shift' is the third shift
    for name, aliases in spec.get("shifts", {}).items():
        if any(re.search(rf"\b{re.escape(str(alias))}\b", words, re.IGNORECASE) for alias in [name, *aliases] for words in (text, plain)):
            return str(name)
    return None


def premium_shift(rules: Rules, text: str) -> dict[str, Any] | None:
    """The shift a fractional premium is paid for, as the rules name it, from the member's words (the
    longest name or alias found wins: 'first (night) shift' over 'first shift')."""
    spec = rules.data.get("pay", {}).get("shift_premium")
    if not spec:
        return None
    shifts: list[dict[str, Any]] = spec.get("shifts", [])
    # another's shift is not the member's: 'my buddy on evenings says …'
    own = re.sub(r"\b(?:buddy|friend|co-?worker|guy|gal|pal|mate|partner|somebody|someone|people|folks|crew)\s+"
                 r"(?:who(?:'s| is| works)\s+)?on\s+(?:the\s+)?\w+(?:\s+shift)?", " ", text, flags=re.IGNORECASE)
    options = [([shift["name"], *shift.get("aliases", [])], shift) for shift in shifts]
    # 'third (evening) shift' is the third shift too, where the rules name it so
    return longest_alias(own, options) or longest_alias(re.sub(r"\s*\([^()]{0,20}\)", "", own), options)


def short_shift_stint(rules: Rules, shift: str, hourly_rate: float, days: int, hours: float | None = None) -> CalcResult:
    """A few days on a premium shift, fewer in a row than the premium needs (`pay.shift_premium.short_stint`: so many
    consecutive workdays, unless they are the first or last days next to a full week on the shift): each hour is paid at
    the stint's multiplier instead, and no premium — the pay for those shifts, not a premium on top."""
    spec = rules.get("pay", "shift_premium")
    stint = spec["short_stint"]
    shifts = {str(s["name"]): s for s in spec["shifts"]}
    if shift not in shifts:
        raise ToolInputError(f"No shift premium for {shift!r}; the contract's rules list: {', '.join(shifts)}.")
    if not 0 < hourly_rate <= 10000:
        raise ToolInputError("Give your basic hourly rate (more than $0).")
    worked = float(hours if hours is not None else shifts[shift]["hours_worked"])
    if not 0 < worked <= 24:
        raise ToolInputError("Give the hours worked on each shift (more than 0, at most 24).")
    multiplier = float(stint["multiplier"])
    total = round(worked * days * multiplier * hourly_rate, 2)
    result = CalcResult(tool="night_shift", summary="")
    result.cite(rules.cite(stint["condition"]))
    result.cite(rules.cite(stint))
    if hours is None and shifts[shift].get("schedule"):
        result.cite(rules.cite(shifts[shift]["schedule"]))
    result.work.append(f"{days} day{'s' if days != 1 else ''} on the {shift}, fewer than the {stint['min_consecutive_days']} "
                       f"consecutive workdays the premium needs: each hour at {multiplier:g} times the rate, no premium")
    result.work.append(f"{days} × {fmt_hours(worked)} = {fmt_hours(worked * days)} × {multiplier:g} × {fmt_money(hourly_rate)} = "
                       f"{fmt_money(total)}")
    rules.note(result, stint.get("adjacent"))
    result.values = {"shift": shift, "hourly_rate": hourly_rate, "hours_worked": worked, "days": days, "pay": total}
    result.summary = (f"Those {days} shift{'s' if days != 1 else ''} pay {fmt_money(total)}: {multiplier:g} times your rate for "
                      f"every hour, and no shift premium.")
    result.set_primary("money", total, "pay for the shifts")
    return result


def shift_premium(rules: Rules, shift: str, hourly_rate: float, hours: float | None = None,
                  count: int | None = None) -> CalcResult:
    """A shift premium paid as a fraction of the basic hourly rate for each hour or half-hour worked
    on the shift: the premium for one shift (its scheduled hours less the unpaid meal, from the rules,
    unless `hours` says otherwise), and for `count` such shifts when the member says how many."""
    shifts = {str(s["name"]): s for s in rules.get("pay", "shift_premium", "shifts")}
    if shift not in shifts:
        raise ToolInputError(f"No shift premium for {shift!r}; the contract's rules list: {', '.join(shifts)}.")
    if not 0 < hourly_rate <= 10000:
        raise ToolInputError("Give your basic hourly rate (more than $0).")
    spec = shifts[shift]
    worked = float(hours if hours is not None else spec["hours_worked"])
    if not 0 < worked <= 24:
        raise ToolInputError("Give the hours worked on the shift (more than 0, at most 24).")
    numerator, denominator = (int(x) for x in spec["fraction"])
    unit = int(spec.get("per_minutes", 60))
    units = worked * 60 / unit
    exact = hourly_rate * numerator / denominator  # rounded once, at the end: 16 units of a third of $10.01 are $53.39, not 16 × $3.34
    each = round(exact, 2)
    total = round(exact * units + 1e-9, 2)
    result = CalcResult(tool="night_shift", summary="")
    result.cite(rules.cite(spec))
    if hours is None and spec.get("schedule"):
        result.cite(rules.cite(spec["schedule"]))
        result.work.append(f"The {shift} is {worked:g} hours worked (its schedule less the unpaid meal)")
    per = "hour" if unit == 60 else "half-hour" if unit == 30 else f"{unit} minutes"
    result.work.append(f"{numerator}/{denominator} × {fmt_money(hourly_rate)} = {fmt_money(each)} per {per}")
    result.work.append(f"{units:g} {per}s × {fmt_money(each)} = {fmt_money(total)}")
    result.values = {"shift": shift, "hourly_rate": hourly_rate, "hours_worked": worked, "per_unit": each,
                     "per_shift": total}
    result.summary = f"On the {shift} you earn a shift premium of {fmt_money(total)} a shift ({fmt_money(each)} per {per})."
    result.set_primary("money", total, "shift premium per shift")
    if count is not None:
        if not 0 < count <= 31:
            raise ToolInputError("Give the number of shifts worked (1 to 31).")
        overall = round(exact * units * count + 1e-9, 2)
        result.work.append(f"{count} shifts × {fmt_money(total)} = {fmt_money(overall)}")
        result.values.update({"shifts": count, "total": overall})
        result.summary = (f"For {count} shifts on the {shift} you earn a shift premium of {fmt_money(overall)} "
                          f"({fmt_money(total)} a shift, {fmt_money(each)} per {per}).")
        result.set_primary("money", overall, f"shift premium for {count} shifts")
    return result


def rest_breaks(rules: Rules, shift_hours: list[float], meal_shifts: list[int] | None = None) -> CalcResult:
    """Paid rest-break minutes for each shift, by its length as the rules' tiers set them (a break 'in
    shifts longer than three hours': a shift of exactly three hours earns none). `meal_shifts`: the
    shifts (1 = first) on which a meal break was taken, which earn no rest break where the rules quote
    that (`not_with_meal`)."""
    tiers = sorted(rules.get("pay", "rest_breaks", "tiers"), key=lambda t: float(t["longer_than_hours"]))
    if not shift_hours or any(not 0 < h <= 24 for h in shift_hours):
        raise ToolInputError("Give each shift's length (more than 0, at most 24 hours).")
    exclusive = rules.data["pay"]["rest_breaks"].get("not_with_meal")
    if meal_shifts and (exclusive is None or any(not 1 <= i <= len(shift_hours) for i in meal_shifts)):
        raise ToolInputError("meal_shifts must name shifts given, on a contract whose rules say a meal break replaces the rest break.")
    result = CalcResult(tool="rest_breaks", summary="")
    total = 0
    for index, hours in enumerate(shift_hours, 1):
        label = f"Shift {index}: " if len(shift_hours) > 1 else ""
        if meal_shifts and index in meal_shifts:  # checked above: the rules quote `not_with_meal`
            result.work.append(f"{label}{hours:g} hours with a meal break taken → no paid rest break")
            result.cite(rules.cite(exclusive))
            continue
        earned = [t for t in tiers if hours > float(t["longer_than_hours"])]
        minutes = int(earned[-1]["minutes"]) if earned else 0
        total += minutes
        shortest = float(tiers[0]["longer_than_hours"])
        why = f"longer than {float(earned[-1]['longer_than_hours']):g} hours" if earned else f"not longer than {shortest:g} hours"
        result.work.append(f"{label}{hours:g} hours, {why} → {minutes} minutes")
        for tier in earned[-1:] or tiers[:1]:
            result.cite(rules.cite(tier))
    result.values = {"shift_hours": shift_hours, "minutes": total}
    shifts = "these shifts" if len(shift_hours) > 1 else "this shift"
    result.summary = f"For {shifts} you get {total} minutes of paid rest break."
    result.set_primary("minutes", total, "paid rest break")
    return result


def overtime_meal(rules: Rules, overtime_minutes: int, rest_day: bool = False, spent: float | None = None,
                  before_minutes: int = 0, regular_day_hours: float | None = None) -> CalcResult:
    """A meal allowance for overtime (`pay.overtime_meal`): one after the first block of overtime that
    starts soon after the normal quitting time, then one for each further block (where the rules give
    `further`; else a single allowance for a long enough stretch before or after the shift, each counted
    on its own as the clause's 'consecutive hours' asks); on a day of rest or a holiday, none for the first
    hours (`free_hours`), or none unless the day runs so many hours past a regular workday
    (`beyond_day_hours`). Where the rules reimburse the meal's cost up to the amount (`up_to`), the cost
    told is paid up to it."""
    spec = rules.get("pay", "overtime_meal")
    if not 0 <= overtime_minutes <= 24 * 60 or not 0 <= before_minutes <= 24 * 60 or overtime_minutes + before_minutes == 0:
        raise ToolInputError("Give the overtime worked (more than 0, at most 24 hours).")
    amount = float(spec["amount"])
    hours = overtime_minutes / 60
    result = CalcResult(tool="overtime", summary="")
    result.cite(rules.cite(spec))
    if rest_day and "beyond_day_hours" in spec["rest_day"]:
        if regular_day_hours is None:
            raise ToolInputError("Give how many hours your regular workday is: the allowance on a day off depends on it.")
        needed = regular_day_hours + float(spec["rest_day"]["beyond_day_hours"])
        meals = 1 if hours >= needed else 0
        result.cite(rules.cite(spec["rest_day"]))
        result.work.append(f"{hours:g} hours on a day off: the allowance needs {needed:g} ({regular_day_hours:g} of a regular "
                           f"workday + {float(spec['rest_day']['beyond_day_hours']):g}): {'met' if meals else 'not met'}")
    elif rest_day:
        free, each = float(spec["rest_day"]["free_hours"]), float(spec["rest_day"]["each_hours"])
        meals = int(max(0.0, hours - free) // each)
        result.cite(rules.cite(spec["rest_day"]))
        result.work.append(f"{hours:g} hours on a day of rest or holiday: none for the first {free:g}, then one for each full "
                           f"{each:g} hours after: {meals}")
    elif "further" not in spec:
        first = float(spec["first"]["hours"])
        longest = max(hours, before_minutes / 60)
        meals = 1 if longest >= first else 0
        result.cite(rules.cite(spec["first"]))
        told = [f"{before_minutes / 60:g} hours before the shift"] if before_minutes else []
        told += [f"{hours:g} hours after it"] if overtime_minutes else []
        result.work.append(f"{' and '.join(told)}{', each counted on its own' if len(told) > 1 else ''}: {first:g} consecutive "
                           f"hours {'reached' if meals else 'not reached'}")
    else:
        first, each = float(spec["first"]["hours"]), float(spec["further"]["each_hours"])
        meals = 0 if hours < first else 1 + int((hours - first) // each)
        result.cite(rules.cite(spec["first"]))
        if meals > 1:
            result.cite(rules.cite(spec["further"]))
        if not meals:
            counted = f"fewer than the {first:g} the first allowance needs"
        else:
            counted = f"one after {first:g} hours" + (f", then {meals - 1} for each full {each:g} hours after" if meals > 1 else "")
        result.work.append(f"{hours:g} hours of overtime: {counted}")
    each_meal = amount
    if spec.get("up_to") and spent is not None and meals:
        each_meal = min(spent, amount)
        result.work.append(f"The meal cost {fmt_money(spent)}; reimbursed up to {fmt_money(amount)}: {fmt_money(each_meal)}")
    total = round(meals * each_meal, 2)
    result.work.append(f"{meals} × {fmt_money(each_meal)} = {fmt_money(total)}")
    result.values = {"overtime_hours": round(hours, 4), "meals": meals, "amount": total}
    result.summary = f"Your overtime meal allowance should be {fmt_money(total)} ({meals} × {fmt_money(each_meal)})."
    if spec.get("up_to") and spent is None and meals:
        result.summary = f"Your overtime meal allowance is up to {fmt_money(total)}: the meal's cost, to at most {fmt_money(amount)}."
    result.set_primary("money", total, "overtime meal allowance")
    return result


def with_meal(rules: Rules, paid: CalcResult, overtime_minutes: int) -> CalcResult:
    """Overtime pay and the overtime meal allowance it earns, added, when both are asked ('how much for the OT incl
    the meal money?'): the allowance as `overtime_meal` counts it from the same stretch of overtime."""
    if paid.primary is None or paid.primary.type != "money":
        raise ToolInputError("The meal allowance can be added only to overtime paid as money: give your hourly rate.")
    meal = overtime_meal(rules, overtime_minutes)
    allowance = float(meal.values["amount"])
    total = round(float(paid.primary.value) + allowance + 1e-9, 2)
    paid.work.extend(meal.work)
    paid.work.append(f"Overtime {fmt_money(float(paid.primary.value))} + meal allowance {fmt_money(allowance)} = {fmt_money(total)}")
    for citation in meal.citations:
        paid.cite(citation)
    paid.values.update({"meal_allowance": allowance, "total": total})
    paid.summary = f"{paid.summary.rstrip('.')}; with the meal allowance of {fmt_money(allowance)}: {fmt_money(total)}."
    paid.set_primary("money", total, "overtime pay and meal allowance")
    return paid
