"""Severance pay on lay-off, where a contract pays weeks of pay by completed years of continuous
employment: a first year worth more weeks the longer the service (`first_year_weeks` tiers), so many
weeks for each later completed year, and a partial year pro rata by its days — a shape many public
sector agreements share. A later lay-off pays the yearly weeks
only (`later_weeks_per_year`), where the rules give it; other ends of employment the contract pays
severance for (death, termination for incapacity, rejection on probation) are `endings`, each named by the words members use. Every number comes from the rules file, each
with its clause."""

from __future__ import annotations

from typing import Any

from assistant.calculators.result import CalcResult, fmt_money
from assistant.calculators.rules import Rules
from assistant.errors import ToolInputError


def severance(rules: Rules, years: int, days: int = 0, hourly_rate: float | None = None,
              first_lay_off: bool = True, ending: str = "", unpaid_leave_days: int = 0) -> CalcResult:
    """Weeks of severance pay for `years` completed years and `days` more of continuous employment,
    and the pay at the rules' weekly rate (`weekly_hours` × the hourly rate) when a rate is given.
    `ending`: another end of employment the rules pay for (`endings`: death, incapacity …), each
    with its weeks a year, whether a partial year counts, and its maximum. `unpaid_leave_days`: a leave
    without pay inside that employment, for a reason the rules deduct (`unpaid_leave`: longer than so many
    months), taken off it first."""
    spec = rules.get("pay", "severance")
    if not 0 <= years <= 60 or not 0 <= days < 366 or not 0 <= unpaid_leave_days <= years * 365 + days:
        raise ToolInputError("Give the completed years (0 to 60) and any days beyond them (0 to 365) of continuous "
                             "employment, and any unpaid leave inside it.")
    result = CalcResult(tool="severance", summary="")
    deduct = spec.get("unpaid_leave")
    if unpaid_leave_days and deduct:
        limit_days = float(deduct["more_than_months"]) * 365 / 12
        result.cite(rules.cite(deduct))
        if unpaid_leave_days > limit_days:
            left_years, left_days = divmod(years * 365 + days - unpaid_leave_days, 365)
            result.work.append(f"Leave without pay of {unpaid_leave_days} days (more than {deduct['more_than_months']:g} "
                               f"months) taken off: {years} years {days} days → {left_years} years {left_days} days")
            years, days = int(left_years), int(left_days)
        else:
            result.work.append(f"Leave without pay of {unpaid_leave_days} days is not more than "
                               f"{deduct['more_than_months']:g} months: not taken off")
    if ending:
        endings = spec.get("endings") or {}
        if ending not in endings:
            raise ToolInputError(f"The contract's rules give no severance for {ending}; they cover lay-off"
                                 f"{''.join(', ' + str(name) for name in endings)}.")
        return _at_weekly_rate(rules, spec, result, _ending_weeks(rules, endings[ending], result, years, days),
                               years, days, hourly_rate, {"ending": ending})
    result.cite(rules.cite(spec["rule"]))
    least = int(spec.get("minimum_years", 0))
    if years < least:
        result.summary = (f"Severance on lay-off needs at least {least} year{'s' if least != 1 else ''} of continuous "
                          f"employment; {years} completed year{'s' if years != 1 else ''} earns none.")
        result.values = {"weeks": 0.0}
        result.set_primary("money" if hourly_rate else "count", 0, "severance pay" if hourly_rate else "weeks of pay")
        return result
    if first_lay_off:
        per_year = float(spec.get("each_year_weeks", 1))
        tiers = sorted(spec["first_year_weeks"], key=lambda t: float(t["from_years"]))
        tier = [t for t in tiers if years >= float(t["from_years"])][-1]
        result.cite(rules.cite(tier))
        if "partial" in spec and (years > 1 or days):
            result.cite(rules.cite(spec["partial"]))  # the weeks for each later year and for a partial year
        first = float(tier["weeks"])
        later = max(0, years - 1) * per_year
        result.work.append(f"First year, with {years} completed years of continuous employment: {first:g} weeks' pay")
        result.work.append(f"{max(0, years - 1)} succeeding completed years × {per_year:g} = {later:g} weeks")
        weeks = first + later
    else:
        if "later_weeks_per_year" not in spec:
            raise ToolInputError("The contract's rules give severance on a first lay-off only.")
        per_year = float(spec["later_weeks_per_year"])
        result.cite(rules.cite(spec["later"]))
        weeks = years * per_year
        result.work.append(f"{years} completed years × {per_year:g} = {weeks:g} weeks")
    # kept exact for the money; shown to four decimals
    weeks = weeks + _partial_year(result, per_year, days, float(spec.get("days_in_year", 365)))
    return _at_weekly_rate(rules, spec, result, weeks, years, days, hourly_rate, {"first_lay_off": first_lay_off})


def _ending_weeks(rules: Rules, ending: dict[str, Any], result: CalcResult, years: int, days: int) -> float:
    """So many weeks a completed year, a partial year pro rata when the clause counts one, up to its maximum."""
    result.cite(rules.cite(ending["rule"]))
    rules.note(result, ending["rule"])
    least = ending.get("minimum_years")
    if least is not None and years < int(least):
        result.work.append(f"Fewer than {int(least)} completed years of continuous employment: none is paid")
        return 0.0
    per_year = float(ending.get("weeks_per_year", 1))
    weeks = years * per_year
    result.work.append(f"{years} completed years × {per_year:g} = {weeks:g} weeks")
    if ending.get("partial_year"):
        weeks += _partial_year(result, per_year, days, float(ending.get("days_in_year", 365)))
    most = ending.get("maximum_weeks")
    if most is not None and weeks > float(most):
        result.work.append(f"Capped at the maximum of {float(most):g} weeks")
        weeks = float(most)
    return round(weeks, 4)


def _partial_year(result: CalcResult, per_year: float, days: int, days_in_year: float) -> float:
    """A partial year's weeks, pro rata by its days at the yearly weeks (shown when there are days)."""
    partial = per_year * days / days_in_year
    if days:
        result.work.append(f"Partial year: {per_year:g} × {days} / {days_in_year:g} days = {partial:.4g} weeks")
    return partial


def _at_weekly_rate(rules: Rules, spec: dict[str, Any], result: CalcResult, weeks: float, years: int, days: int,
                    hourly_rate: float | None, extra: dict[str, Any]) -> CalcResult:
    exact, weeks = weeks, round(weeks, 4)
    result.values = {"weeks": weeks, "years": years, "days": days, **extra}
    if hourly_rate is None:
        result.summary = f"Severance is {weeks:g} weeks' pay."
        result.set_primary("count", weeks, "weeks of pay")
        return result
    weekly = round(hourly_rate * float(spec["weekly_hours"]), 2)
    result.cite(rules.cite(spec["weekly"]))
    amount = round(exact * weekly + 1e-9, 2)
    result.work.append(f"Weekly rate: {fmt_money(hourly_rate)} × {float(spec['weekly_hours']):g} hours = {fmt_money(weekly)}")
    result.work.append(f"{weeks:g} weeks × {fmt_money(weekly)} = {fmt_money(amount)}")
    result.values.update({"weekly_rate": weekly, "amount": amount})
    result.summary = f"Severance pay is {fmt_money(amount)} ({weeks:g} weeks at {fmt_money(weekly)} a week)."
    result.set_primary("money", amount, "severance pay")
    return result
