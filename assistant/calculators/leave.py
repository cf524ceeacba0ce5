"""Leave accrual: monthly vacation and sick-leave hours by service and time base, the balance
after N months, a bonus at the end of the waiting period, the day vacation is first credited, and
when the vacation cap would be reached."""

from __future__ import annotations

import re
from datetime import date, timedelta
from fractions import Fraction
from typing import Any

from dateutil.relativedelta import relativedelta

from assistant.calculators.result import CalcResult, fmt_date, fmt_hours
from assistant.calculators.rules import Rules
from assistant.errors import ToolInputError

MAX_MONTHS = 600


def normalize_time_base(time_base: str) -> str:
    text = time_base.strip().lower().replace(" ", "")
    if text in ("", "full", "fulltime", "full-time", "1", "1/1"):
        return "full"
    if text in ("half", "halftime", "half-time"):
        return "1/2"
    try:
        value = Fraction(text)
    except (ValueError, ZeroDivisionError) as exc:
        raise ToolInputError(f"Time base {time_base!r} is not a fraction like '1/2' or '4/5', or 'full'.") from exc
    if value == 1:
        return "full"
    return f"{value.numerator}/{value.denominator}"


def _tier(rules: Rules, month: int) -> dict[str, Any] | None:
    tiers = [t for t in rules.get("leave", "vacation", "tiers") if t["from_month"] <= month]
    return tiers[-1] if tiers else None


def _chart_row(rules: Rules, time_base: str) -> dict[str, Any]:
    rows = rules.get("leave", "part_time_chart", "rows")
    if time_base not in rows:
        raise ToolInputError(f"Time base {time_base} is not in the contract's part-time chart; it lists: full, {', '.join(rows)}.")
    return rows[time_base]


def monthly_vacation(rules: Rules, month: int, time_base: str) -> float:
    tier = _tier(rules, month)
    if tier is None:
        return 0.0
    if time_base == "full":
        return float(tier["hours"])
    columns = rules.get("leave", "part_time_chart", "columns")
    return float(_chart_row(rules, time_base)["vacation"][columns.index(tier["group"])])


def monthly_sick(rules: Rules, time_base: str) -> float:
    if time_base == "full":
        return float(rules.get("leave", "sick", "monthly_hours"))
    return float(_chart_row(rules, time_base)["sick"])


def vacation_balance(rules: Rules, months: int, time_base: str) -> float:
    vacation = rules.get("leave", "vacation")
    if months < vacation["waiting_months"]:
        return 0.0
    balance = 0.0
    if time_base == "full" or not vacation.get("bonus_full_time_only", True):
        balance += vacation["bonus_hours"]
    for month in range(vacation["waiting_months"] + 1, months + 1):
        balance += monthly_vacation(rules, month, time_base)
    return round(balance, 2)


def carry_over(rules: Rules, balance_hours: float, over: bool = False) -> CalcResult:
    """Vacation hours that carry into the next year: the balance up to the contract's cap (with
    `over`, the answer is the hours above it: 'how many hours am I over the carry-over max?')."""
    vacation = rules.get("leave", "vacation")
    if "cap_hours" not in vacation:
        raise ToolInputError("This contract's rules give no cap on vacation carried over.")
    cap = float(vacation["cap_hours"])
    kept = min(balance_hours, cap)
    result = CalcResult(tool="leave_accrual", summary="")
    result.work.append(f"Balance {fmt_hours(balance_hours)}; the cap is {fmt_hours(cap)} → {fmt_hours(kept)} carry over"
                       + (f" ({fmt_hours(balance_hours - cap)} above the cap)" if balance_hours > cap else ""))
    result.cite(rules.cite(vacation["cap"]))
    if balance_hours > cap:
        rules.note(result, vacation.get("plan"))
    result.values = {"balance_hours": balance_hours, "cap_hours": cap, "carried_over": kept}
    result.summary = f"{fmt_hours(kept)} of your {fmt_hours(balance_hours)} carry over to the next year."
    result.set_primary("hours", kept, "vacation carried over")
    if over:
        excess = max(0.0, round(balance_hours - cap, 3))
        result.values["over_cap"] = excess
        result.summary = (f"You are {fmt_hours(excess)} over the {fmt_hours(cap)} carry-over cap: {fmt_hours(kept)} of your "
                          f"{fmt_hours(balance_hours)} carry over.")
        result.set_primary("hours", excess, "hours over the carry-over cap")
    return result


def year_end_balance(rules: Rules, balance_hours: float, as_of_month: int, months_of_service: int,
                     time_base: str = "full", ask: str = "over_cap") -> CalcResult:
    """A balance stated today carried to December 31: the monthly credits still to come this year
    (one for each month after the one the balance is stated in) at the rate the service earns,
    against the carry-over cap — how much of it is over the cap, or what the balance will be."""
    vacation = rules.get("leave", "vacation")
    if "cap_hours" not in vacation:
        raise ToolInputError("This contract's rules give no cap on vacation carried over.")
    if not 1 <= as_of_month <= 12:
        raise ToolInputError("Give the month the balance is from (1 to 12).")
    cap = float(vacation["cap_hours"])
    result = CalcResult(tool="leave_accrual", summary="")
    credits = []
    for step in range(1, 13 - as_of_month):
        credits.append(monthly_vacation(rules, months_of_service + step, time_base))
    tier = _tier(rules, months_of_service + 1)
    if tier is not None:
        result.cite(rules.cite(tier))
    added = sum(credits)
    projected = balance_hours + added
    result.assumptions.append("I counted one monthly credit for each month after the one your balance is from, through "
                              "December, and no vacation used.")
    result.work.append(f"{len(credits)} monthly credit(s) still to come this year: {fmt_hours(added)}")
    result.work.append(f"{fmt_hours(balance_hours)} + {fmt_hours(added)} = {fmt_hours(projected)} on December 31")
    over = max(0.0, projected - cap)
    result.work.append(f"The cap is {fmt_hours(cap)}: {fmt_hours(over)} over it")
    result.cite(rules.cite(vacation["cap"]))
    if over > 0:
        rules.note(result, vacation.get("plan"))
    result.values = {"balance_hours": balance_hours, "credits": credits, "projected_hours": projected, "cap_hours": cap,
                     "over_cap_hours": over}
    if ask == "over_cap":
        result.summary = f"You will be {fmt_hours(over)} over the {fmt_hours(cap)} cap on December 31, if you use none."
        result.set_primary("hours", over, "hours over the cap")
    else:
        result.summary = f"You will have {fmt_hours(projected)} on December 31, if you use none."
        result.set_primary("hours", projected, "vacation balance on December 31")
    return result


def projected_balance(rules: Rules, balance_hours: float, as_of: date, through: date, months_credited: int,
                      time_base: str = "full", used_hours: float = 0.0) -> CalcResult:
    """A balance stated on `as_of` carried to `through`, less `used_hours` of vacation taken since: one monthly credit posts on the first of each month after
    `as_of` up to `through`, each at the rate of the service month it pays for (`months_credited` is the service
    credited by `through`, so a credit that crosses into a new tier earns the new rate); where the contract caps what
    carries into a new calendar year, the balance is cut to the cap before that year's first credit."""
    vacation = rules.get("leave", "vacation")
    count = (through.year - as_of.year) * 12 + through.month - as_of.month
    if count < 1:
        raise ToolInputError("The day asked about must be in a later month than the balance.")
    if count > MAX_MONTHS or months_credited - count < 0:
        raise ToolInputError("The service given is shorter than the months between the balance and the day asked about.")
    result = CalcResult(tool="leave_accrual", summary="")
    cap = float(vacation["cap_hours"]) if "cap_hours" in vacation else None
    projected = balance_hours
    work = [f"Balance on {fmt_date(as_of)}: {fmt_hours(balance_hours)}"]
    tiers_cited: list[int] = []
    for step in range(1, count + 1):
        posted = as_of.replace(day=1) + relativedelta(months=step)
        month = months_credited - count + step  # the service month this credit pays for
        if cap is not None and posted.month == 1 and projected > cap:
            work.append(f"December 31: only {fmt_hours(cap)} carry over ({fmt_hours(projected - cap)} lost)")
            projected = cap
            result.cite(rules.cite(vacation["cap"]))
        hours = monthly_vacation(rules, month, time_base)
        projected += hours
        tier = _tier(rules, month)
        if tier is not None and tier["from_month"] not in tiers_cited:
            tiers_cited.append(tier["from_month"])
            result.cite(rules.cite(tier))
        work.append(f"{fmt_date(posted)}: + {fmt_hours(hours)} for service month {month} → {fmt_hours(projected)}")
    if used_hours:
        projected -= used_hours
        work.append(f"Less {fmt_hours(used_hours)} of vacation taken → {fmt_hours(projected)}")
    result.work.extend(work)
    result.assumptions.append("I counted one monthly credit on the first of each month after your balance"
                              + (", and no other vacation used." if used_hours else ", and no vacation used."))
    result.values = {"balance_hours": balance_hours, "credits": count, "projected_hours": projected}
    result.summary = (f"You will have {fmt_hours(projected)} of vacation on {fmt_date(through)}, if you use "
                      f"{'no more' if used_hours else 'none'}.")
    result.set_primary("hours", projected, f"vacation balance on {fmt_date(through)}")
    return result


def leave_accrual(rules: Rules, months_of_service: int, time_base: str = "full", ask: str = "vacation_balance",
                  months_ahead: int = 12, used_hours: float = 0.0, stretches: list[tuple[int, str]] | None = None) -> CalcResult:
    """Vacation and sick leave after `months_of_service` completed months, assuming none used unless `used_hours` of
    the leave a balance asks about were; for the yearly asks, what the next `months_ahead` months of service add ('over
    the next 6 months'), or the months of `stretches` (count, time base) in order where the time base changes among
    them ('full time in September, 3/4 time from October 1')."""
    if stretches and ask in ("vacation_yearly", "sick_yearly"):
        months_ahead = sum(count for count, _ in stretches)
        time_base = stretches[0][1]
    if not 0 <= months_of_service <= MAX_MONTHS:
        raise ToolInputError(f"Months of service must be between 0 and {MAX_MONTHS}; got {months_of_service}.")
    base = normalize_time_base(time_base)
    vacation = rules.get("leave", "vacation")
    result = CalcResult(tool="leave_accrual", summary="")
    months = months_of_service
    rate_now = monthly_vacation(rules, max(months, vacation["waiting_months"] + 1), base)
    sick_rate = monthly_sick(rules, base)
    balance = vacation_balance(rules, months, base)
    sick = round(sick_rate * months, 2)
    result.cite(rules.cite(vacation["waiting"]))
    if vacation.get("qualifying"):
        result.cite(rules.cite(vacation["qualifying"]))
    bonus = 0.0
    if months >= vacation["waiting_months"] and (base == "full" or not vacation.get("bonus_full_time_only", True)):
        bonus = vacation["bonus_hours"]
        result.cite(rules.cite(vacation["bonus"]))
        result.work.append(f"After {vacation['waiting_months']} months: one-time bonus of {fmt_hours(bonus)}")
    elif base != "full" and months >= vacation["waiting_months"]:
        result.work.append(f"No {fmt_hours(vacation['bonus_hours'])} bonus: it is for full-time employees; part-time "
                           "accrual follows the part-time chart.")
        result.cite(rules.cite(vacation["bonus"]))
    segments: list[list[Any]] = []  # [first month, last month, monthly hours]
    for month in range(vacation["waiting_months"] + 1, months + 1):
        rate = monthly_vacation(rules, month, base)
        if segments and segments[-1][2] == rate:
            segments[-1][1] = month
        else:
            segments.append([month, month, rate])
    for first, last, rate in segments:
        count = last - first + 1
        result.work.append(f"Months {first}–{last}: {count} × {fmt_hours(rate)} = {fmt_hours(rate * count)}")
        tier = _tier(rules, first)
        if tier:
            result.cite(rules.cite(tier))
    if base != "full":
        result.cite(rules.cite(vacation["part_time"]))
        result.cite(rules.cite(_chart_row(rules, base)))
        result.cite(rules.cite(rules.get("leave", "sick", "part_time")))
    result.work.append(f"Vacation balance after {months} months: {fmt_hours(balance)}" +
                       (" earned" if used_hours and ask == "vacation_balance" else " (no vacation used)"))
    result.work.append(f"Sick leave: {months} × {fmt_hours(sick_rate)} = {fmt_hours(sick)}")
    result.cite(rules.cite(rules.get("leave", "sick", "rule")))
    cap = vacation["cap_hours"]
    cap_month = next((m for m in range(months, MAX_MONTHS + 1) if vacation_balance(rules, m, base) > cap), None)
    result.cite(rules.cite(vacation["cap"]))
    if cap_month is not None:
        result.work.append(
            f"Vacation passes the {cap}-hour cap after month {cap_month} of service "
            f"({fmt_hours(vacation_balance(rules, cap_month, base))}) if none is used."
        )
        rules.note(result, vacation["cap"])
        rules.note(result, vacation.get("plan"))
    result.values = {
        "months_of_service": months,
        "time_base": base,
        "monthly_vacation_hours": rate_now,
        "monthly_sick_hours": sick_rate,
        "bonus_hours": bonus,
        "vacation_balance_hours": balance,
        "sick_balance_hours": sick,
        "cap_hours": cap,
        "cap_reached_after_month": cap_month,
    }
    result.summary = (
        f"After {months} months of service ({'full time' if base == 'full' else base + ' time'}): "
        f"{fmt_hours(balance)} of vacation and {fmt_hours(sick)} of sick leave, if none was used. "
        f"You now earn {fmt_hours(rate_now)} of vacation and {fmt_hours(sick_rate)} of sick leave a month."
    )
    if balance > cap:
        rules.note(result, vacation["cap"])
    if ask == "vacation_monthly":
        result.summary = (f"With {_service(months)} of service ({'full time' if base == 'full' else base + ' time'}) you "
                          f"earn {fmt_hours(rate_now)} of vacation a month.")
        result.set_primary("hours", rate_now, "vacation earned a month")
    elif ask == "sick_monthly":
        result.summary = f"You earn {fmt_hours(sick_rate)} of sick leave a month ({'full time' if base == 'full' else base + ' time'})."
        result.set_primary("hours", sick_rate, "sick leave earned a month")
    elif ask == "sick_balance" and used_hours:
        left = round(sick - used_hours, 2)
        result.work.append(f"Less {fmt_hours(used_hours)} of sick leave used: {fmt_hours(sick)} − {fmt_hours(used_hours)} = "
                           f"{fmt_hours(left)}")
        result.summary = (f"After {_service(months)} of service you should have {fmt_hours(left)} of sick leave: "
                          f"{fmt_hours(sick)} earned less the {fmt_hours(used_hours)} you used.")
        result.set_primary("hours", left, "sick leave balance")
    elif ask == "sick_balance":
        result.summary = (f"After {_service(months)} of service you will have earned {fmt_hours(sick)} of sick leave "
                          f"({months} × {fmt_hours(sick_rate)}), if none was used.")
        result.set_primary("hours", sick, "sick leave earned")
    elif ask in ("vacation_yearly", "sick_yearly") and stretches:
        what = "vacation" if ask == "vacation_yearly" else "sick leave"
        year, month = 0.0, months
        result.work.clear()  # the balance's history is not what is asked: the months' own credits are
        result.notes.clear()
        for count, told in stretches:
            each = normalize_time_base(told)
            part = sum(monthly_vacation(rules, m, each) for m in range(month + 1, month + count + 1)) if ask == "vacation_yearly" \
                else monthly_sick(rules, each) * count
            span = f"Month {month + 1}" if count == 1 else f"Months {month + 1}–{month + count}"
            result.work.append(f"{span} of service ({'full time' if each == 'full' else each + ' time'}): "
                               f"{fmt_hours(round(part, 3))} of {what}")
            if each != "full":
                result.cite(rules.cite(vacation["part_time"] if ask == "vacation_yearly" else rules.get("leave", "sick", "part_time")))
                result.cite(rules.cite(_chart_row(rules, each)))
            year, month = year + part, month + count
        year = round(year, 3)
        result.values["time_bases"] = [{"months": count, "time_base": normalize_time_base(told)} for count, told in stretches]
        result.summary = f"Over those {months_ahead} months you earn {fmt_hours(year)} of {what}."
        result.set_primary("hours", year, f"{what} earned in the months asked")
    elif ask in ("vacation_yearly", "sick_yearly"):
        ahead = range(months + 1, months + months_ahead + 1)
        if ask == "vacation_yearly":
            year = sum(monthly_vacation(rules, month, base) for month in ahead)
            what = "vacation"
        else:
            year = sick_rate * months_ahead
            what = "sick leave"
        year = round(year, 3)
        span = "year" if months_ahead == 12 else f"{months_ahead} months"
        result.work.append(f"The next {months_ahead} months of service (months {months + 1}–{months + months_ahead}): "
                           f"{fmt_hours(year)} of {what}")
        result.summary = (f"With {_service(months)} of service ({'full time' if base == 'full' else base + ' time'}) you "
                          f"earn {fmt_hours(year)} of {what} over the next {span}.")
        result.set_primary("hours", year, f"{what} earned in {'a year' if months_ahead == 12 else span}")
    elif ask == "cap_month":
        result.set_primary("count", cap_month if cap_month is not None else 0, "month the cap is passed")
    elif used_hours:
        left = round(balance - used_hours, 2)
        result.work.append(f"Less {fmt_hours(used_hours)} of vacation used: {fmt_hours(balance)} − {fmt_hours(used_hours)} = "
                           f"{fmt_hours(left)}")
        result.summary = (f"After {_service(months)} of service you should have {fmt_hours(left)} of vacation: "
                          f"{fmt_hours(balance)} earned less the {fmt_hours(used_hours)} you used.")
        result.values["vacation_used_hours"] = used_hours
        result.set_primary("hours", left, "vacation balance")
    else:
        result.set_primary("hours", balance, "vacation balance")
    return result


def first_credit(rules: Rules, start: date, time_base: str = "full") -> CalcResult:
    """The day vacation is first credited: after the contract's waiting months of service, on the
    first day of the month that follows them (whole calendar months counted, the starting month
    only when service began on its first day), with the hours credited then."""
    base = normalize_time_base(time_base)
    vacation = rules.get("leave", "vacation")
    waiting = int(vacation["waiting_months"])
    result = CalcResult(tool="leave_accrual", summary="")
    result.cite(rules.cite(vacation["waiting"]))
    first_month = start.replace(day=1) + relativedelta(months=0 if start.day == 1 else 1)
    credited = first_month + relativedelta(months=waiting)
    if start.day != 1:
        result.assumptions.append("I counted whole calendar months of service from the first full month after your start.")
    result.work.append(f"{waiting} months of service from {fmt_date(first_month)}, completed {fmt_date(credited - timedelta(days=1))}")
    if base == "full" or not vacation.get("bonus_full_time_only", True):
        hours = float(vacation["bonus_hours"])
        result.cite(rules.cite(vacation["bonus"]))
        result.work.append(f"Then a one-time bonus of {fmt_hours(hours)}")
    else:
        hours = monthly_vacation(rules, waiting + 1, base)
        result.cite(rules.cite(vacation["part_time"]))
        result.cite(rules.cite(_chart_row(rules, base)))
        result.work.append(f"Then {fmt_hours(hours)} a month from the part-time chart")
    result.values = {"start": start.isoformat(), "first_credit": credited.isoformat(), "hours": hours}
    result.summary = f"Your first vacation credit comes on {fmt_date(credited)}: {fmt_hours(hours)}."
    result.set_primary("date", credited.isoformat(), "first vacation credit")
    return result


def vacation_year(rules: Rules, start: date, year: int, through: date | None = None, one_time: bool = False,
                  not_earned: list[str] | None = None, since: date | None = None) -> CalcResult:
    """Vacation credits over one vacation year, month by month: each month earns the rate that began
    with the month of the latest anniversary of service on or before it (`start`: the month service
    began; `year`: the calendar year the vacation year begins in; `through`: the last month counted,
    for part of the year; `since`: the first month counted, so one month's credit is `since` and `through` the same
    month, and months from `since` may run on past the vacation year's end)."""
    spec = rules.get("leave", "vacation_year")
    first = int(spec.get("start_month", 1))
    tiers = sorted(spec["tiers"], key=lambda t: int(t["anniversary"]))
    result = CalcResult(tool="leave_accrual", summary="")
    result.cite(rules.cite(spec["year"]))
    total = 0.0
    runs: list[list[Any]] = []  # [first month, last month, tier]
    opening = date(year, first, 1)
    label = f"{opening:%B %Y} to {opening + relativedelta(months=11):%B %Y}"
    # A span from `since` may run on into later vacation years ('January through June 2027' across an April year), up to
    # three years of months.
    last_month = opening + relativedelta(months=(35 if since is not None else 11))
    if through is not None and not opening <= date(through.year, through.month, 1) <= last_month:
        raise ToolInputError(f"The last month must fall in the vacation year {label}" +
                             (", or in the two after it." if since is not None else "."))
    if since is not None and not opening <= date(since.year, since.month, 1) <= date((through or since).year,
                                                                                     (through or since).month, 1):
        raise ToolInputError(f"The first month counted must fall in the vacation year {label}, before the last.")
    skipped = sorted(set(not_earned or []))
    for value in skipped:
        if not re.fullmatch(r"\d{4}-\d{2}", value) or not opening <= date(int(value[:4]), int(value[5:]), 1) <= last_month:
            raise ToolInputError(f"Month {value!r} must be YYYY-MM within the months counted ({label}).")
    for offset in range((last_month.year - opening.year) * 12 + last_month.month - opening.month + 1):
        month = opening + relativedelta(months=offset)
        if month < date(start.year, start.month, 1) or (since is not None and month < date(since.year, since.month, 1)):
            continue
        if through is not None and month > date(through.year, through.month, 1):
            break
        if f"{month:%Y-%m}" in skipped:
            runs.append([month, month, None])  # the run of a rate stops at the month left out
            continue
        tier = max((t for t in tiers if (start.year + int(t["anniversary"]), start.month) <= (month.year, month.month)),
                   key=lambda t: int(t["anniversary"]))
        total += float(tier["hours"])
        if runs and runs[-1][2] is tier:
            runs[-1][1] = month
        else:
            runs.append([month, month, tier])
    for begin, end, tier in runs:
        if tier is None:
            result.work.append(f"{begin:%B %Y}: not enough pay in the month to earn credits → 0 hours")
            continue
        count = (end.year - begin.year) * 12 + end.month - begin.month + 1
        months = f"{begin:%B %Y}" if begin == end else f"{begin:%B %Y}–{end:%B %Y}"
        result.work.append(f"{months}: {count} × {fmt_hours(float(tier['hours']))} = "
                           f"{fmt_hours(count * float(tier['hours']))}")
        result.cite(rules.cite(tier))
    # A one-time credit some months after an anniversary ('on the first day of the month following the anniversary of the
    # employee's first year of service'): always told where it falls in the months counted; in the total when asked.
    once = spec.get("one_time")
    if once is not None:
        credited = date(start.year + int(once["after_anniversary"]), start.month, 1) + relativedelta(months=1)
        last = date(through.year, through.month, 1) if through is not None else opening + relativedelta(months=11)
        if max(opening, date(since.year, since.month, 1) if since else opening) <= credited <= last + relativedelta(months=1, days=-1):
            result.cite(rules.cite(once))
            if one_time:
                total += float(once["hours"])
                result.work.append(f"One-time credit on {fmt_date(credited)}: {fmt_hours(float(once['hours']))}")
            else:
                result.notes.append(f"A one-time {fmt_hours(float(once['hours']))} is also credited on {fmt_date(credited)} "
                                    "(not in this total).")
    total = round(total, 2)
    result.values = {"start": start.isoformat(), "vacation_year": label, "hours": total}
    if skipped:
        result.values["months_not_earned"] = skipped
    result.summary = f"Over the {label} vacation year you earn {fmt_hours(total)} of vacation."
    if through is not None:
        result.values["through"] = through.isoformat()
        result.summary = f"From {since or opening:%B %Y} through {through:%B %Y} you earn {fmt_hours(total)} of vacation."
        if since is not None and (since.year, since.month) == (through.year, through.month):
            result.summary = f"In {through:%B %Y} you earn {fmt_hours(total)} of vacation."
    if since is not None:
        result.values["from"] = f"{since:%Y-%m}"
    result.set_primary("hours", total, "vacation earned in the vacation year" if since is None else "vacation earned in the months asked")
    rules.note(result, spec.get("earning"))
    return result


def pay_period_vacation(rules: Rules, months_of_service: int, fte: float = 1.0) -> CalcResult:
    """Vacation earned each pay period: the hours for the member's years of service at full time, in
    proportion to their FTE where the contract accrues part-time leave that way (and not below the
    FTE it sets)."""
    spec = rules.get("leave", "pay_period_vacation")
    if not 0 <= months_of_service <= MAX_MONTHS:
        raise ToolInputError(f"Months of service must be between 0 and {MAX_MONTHS}; got {months_of_service}.")
    if not 0 < fte <= 1:
        raise ToolInputError("Give the FTE as a fraction of full time, above 0 and at most 1.0.")
    tier = max((t for t in spec["tiers"] if months_of_service >= int(t["from_year"]) * 12),
               key=lambda t: int(t["from_year"]))
    result = CalcResult(tool="leave_accrual", summary="")
    result.cite(rules.cite(tier))
    full = float(tier["hours"])
    result.work.append(f"{_service(months_of_service)} of service: {fmt_hours(full)} a pay period at full time")
    hours = round(_in_proportion(rules, result, spec, full, fte, "vacation"), 3)
    result.values = {"months_of_service": months_of_service, "fte": fte, "full_time_hours": full, "hours": hours}
    result.summary = f"You earn {fmt_hours(hours)} of vacation each pay period ({fte:g} FTE, {_service(months_of_service)} of service)."
    result.set_primary("hours", hours, "vacation earned each pay period")
    return result


def pay_period_accrual(rules: Rules, leave: str, months_of_service: int | None, fte: float = 1.0, periods: int = 1,
                       unpaid_periods: int = 0, balance: float | None = None, over: bool = False) -> CalcResult:
    """Leave earned over a number of pay periods: each period's hours (by years of service for
    vacation, flat for sick leave as the rules set them) in proportion to the FTE, none for a period
    spent entirely without pay where the contract says so, and — given today's balance — what the
    balance comes to, held at the contract's maximum."""
    name = {"vacation": "pay_period_vacation", "sick": "pay_period_sick"}.get(leave)
    if name is None:
        raise ToolInputError("leave must be 'vacation' or 'sick'.")
    if not 1 <= periods <= 260 or not 0 <= unpaid_periods <= periods:
        raise ToolInputError("Give 1 to 260 pay periods, of which at most all were spent without pay.")
    spec = rules.get("leave", name)
    if "tiers" in spec:
        if months_of_service is None:
            raise ToolInputError("Give your months of service: vacation is earned by years of service.")
        each = pay_period_vacation(rules, months_of_service, fte)
        result, per_period = each, float(each.values["hours"])
    else:
        result = CalcResult(tool="leave_accrual", summary="")
        result.cite(rules.cite(spec))
        result.work.append(f"{fmt_hours(float(spec['hours']))} a pay period at full time")
        per_period = _in_proportion(rules, result, spec, float(spec["hours"]), fte, f"{leave} leave")
    earning = periods - unpaid_periods
    if unpaid_periods:
        unpaid = spec.get("unpaid_period")
        if not unpaid:
            raise ToolInputError(f"The contract's rules do not say whether {leave} leave accrues in a pay period without pay.")
        result.cite(rules.cite(unpaid))
        spent = "was spent entirely without pay and earns" if unpaid_periods == 1 else "were spent entirely without pay and earn"
        result.work.append(f"{unpaid_periods} of the {periods} pay periods {spent} nothing")
    earned = round(per_period * earning, 4)
    result.work.append(f"{earning} pay period{'s' if earning != 1 else ''} × {fmt_hours(per_period)} = {fmt_hours(earned)}")
    result.values.update({"leave": leave, "periods": periods, "unpaid_periods": unpaid_periods, "earned": earned})
    result.summary = f"Over {periods} pay period{'s' if periods != 1 else ''} you earn {fmt_hours(earned)} of {leave} leave."
    result.set_primary("hours", earned, f"{leave} leave earned over {periods} pay periods")
    if balance is not None:
        total = balance + earned
        cap = spec.get("maximum")
        if cap and total > float(cap["hours"]):
            result.cite(rules.cite(cap))
            result.work.append(f"{fmt_hours(balance)} + {fmt_hours(earned)} = {fmt_hours(total)}, held at the "
                               f"{fmt_hours(float(cap['hours']))} maximum")
            total = float(cap["hours"])
        else:
            result.work.append(f"{fmt_hours(balance)} + {fmt_hours(earned)} = {fmt_hours(total)}")
        total = round(total, 4)
        lost = round(max(0.0, balance + earned - total), 4)
        result.values.update({"balance": total, "over_cap": lost})
        result.summary = f"After {periods} pay period{'s' if periods != 1 else ''} your {leave} balance will be {fmt_hours(total)}."
        result.set_primary("hours", total, f"{leave} balance after {periods} pay periods")
        if over:  # 'how many hours will I lose to the cap?': what the maximum holds back
            result.summary = (f"Over {periods} pay period{'s' if periods != 1 else ''} you would lose {fmt_hours(lost)} to the "
                              f"maximum; your {leave} balance would be {fmt_hours(total)}.")
            result.set_primary("hours", lost, f"{leave} hours over the maximum")
    return result


def pay_period_stretches(rules: Rules, leave: str, months_of_service: int | None,
                         stretches: list[tuple[int, float]]) -> CalcResult:
    """Leave earned over stretches of pay periods at different FTEs ('5 pay periods at 1.0 FTE, then 5 more at 0.5'):
    each stretch worked out as `pay_period_accrual` would, in order, and added up. Service is taken as it is for every
    stretch, since a few pay periods rarely cross a tier."""
    if not 2 <= len(stretches) <= 12:
        raise ToolInputError("Give two to twelve stretches of pay periods, each with its FTE.")
    result = CalcResult(tool="leave_accrual", summary="")
    total, periods = 0.0, 0
    for count, fte in stretches:
        part = pay_period_accrual(rules, leave, months_of_service, fte, count)
        for citation in part.citations:
            result.cite(citation)
        result.notes.extend(n for n in part.notes if n not in result.notes)
        earned = float(part.values["earned"])
        result.work.append(f"{count} pay period{'s' if count != 1 else ''} at {fte:g} FTE: " + "; ".join(part.work))
        total += earned
        periods += count
    total = round(total, 4)
    result.work.append(f"In all: {fmt_hours(total)}")
    result.values.update({"leave": leave, "periods": periods, "earned": total,
                          "stretches": [{"periods": c, "fte": f} for c, f in stretches]})
    result.summary = f"Over those {periods} pay periods you earn {fmt_hours(total)} of {leave} leave."
    result.set_primary("hours", total, f"{leave} leave earned over {periods} pay periods")
    return result


def _in_proportion(rules: Rules, result: CalcResult, spec: dict[str, Any], full: float, fte: float, leave: str) -> float:
    """A part-time employee's share of the full-time hours where the rules accrue leave in proportion
    to the FTE, and none below the FTE they set; the full hours at 1.0 FTE."""
    if fte >= 1:
        return full
    part = spec.get("part_time")
    if not part:
        raise ToolInputError(f"The contract's rules do not say how part-time employees accrue {leave}.")
    result.cite(rules.cite(part))
    if fte < float(part.get("minimum_fte", 0)):
        result.cite(rules.cite(spec.get("eligibility", part)))
        result.work.append(f"{fte:g} FTE is below the {float(part['minimum_fte']):g} FTE that earns {leave}")
        return 0.0
    result.work.append(f"{fmt_hours(full)} × {fte:g} FTE = {fmt_hours(full * fte)}")
    return full * fte


def _service(months: int) -> str:
    years, rest = divmod(months, 12)
    if years and rest:
        return f"{years} year{'s' if years != 1 else ''} and {rest} month{'s' if rest != 1 else ''}"
    if years:
        return f"{years} year{'s' if years != 1 else ''}"
    return f"{months} month{'s' if months != 1 else ''}"


def bereavement(rules: Rules, relation: str, travel_miles: float | None = None, time_base: str = "full",
                ask: str = "hours") -> CalcResult:
    """Paid bereavement leave for one death: the hours for that relative, extra travel days when
    the trip is long enough, pro rata for part-time employees, as the rules say."""
    spec = rules.get("leave", "bereavement")
    base = normalize_time_base(time_base)
    result = CalcResult(tool="leave_accrual", summary="")
    wanted = relation.lower().strip()
    in_laws = spec.get("in_laws") or {}
    if wanted in [str(r).lower() for r in in_laws.get("relatives", [])] or "in-law" in wanted or "in law" in wanted:
        hours = float(in_laws["hours"])
        result.work.append(f"Death of your {relation}: up to {fmt_hours(hours)}")
        rules.note(result, in_laws)
    elif wanted in [str(r).lower() for r in spec.get("relatives", [])]:
        hours = float(spec["hours"])
        result.work.append(f"Death of your {relation}: up to {fmt_hours(hours)} of paid bereavement leave")
        result.cite(rules.cite(spec["rule"]))
        if spec.get("who"):
            result.cite(rules.cite(spec["who"]))
    else:
        raise ToolInputError(f"The contract's bereavement leave does not list “{relation}”; other leave credits may be used "
                             "for other relatives.")
    travel = spec.get("travel")
    extra = 0.0
    if travel and travel_miles is not None:
        if travel_miles > float(travel["over_miles"]):
            extra = float(travel["extra_days"]) * float(travel["hours_per_day"])
            result.work.append(f"Travel over {travel['over_miles']:g} miles one way: {travel['extra_days']:g} more days × "
                               f"{fmt_hours(float(travel['hours_per_day']))} = {fmt_hours(extra)}")
            rules.note(result, travel)
            if travel.get("day_hours"):
                result.cite(rules.cite(travel["day_hours"]))
        else:
            result.work.append(f"Travel of {travel_miles:g} miles is not over {travel['over_miles']:g} miles one way: "
                               "no extra days")
            result.cite(rules.cite(travel))
    total = hours + extra
    if base != "full":
        fraction = float(Fraction(base))
        total = round(total * fraction, 2)
        result.work.append(f"Pro rata for a {base} time base: × {fraction:g} = {fmt_hours(total)}")
        rules.note(result, spec.get("part_time"))
    result.values = {"relation": relation, "hours": hours, "travel_hours": extra, "total_hours": total, "time_base": base}
    result.summary = f"You can get up to {fmt_hours(total)} of paid time off for the death of your {relation}."
    day_hours = spec.get("hours_per_day")
    if ask == "days" and day_hours:
        days = round(total / float(day_hours), 2)
        result.values["total_days"] = days
        result.summary = (f"You can get up to {days:g} day{'s' if days != 1 else ''} ({fmt_hours(total)}) of paid time off "
                          f"for the death of your {relation}.")
        result.set_primary("days", days, "bereavement leave")
        result.cite(rules.cite(spec["day_hours"]))
    else:
        result.set_primary("hours", total, "bereavement leave")
    return result
