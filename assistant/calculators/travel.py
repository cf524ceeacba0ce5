"""Travel: mileage reimbursement at the contract's rate for the vehicle used, and the meal and
incidental maximums a trip earns from its departure and return times — only where the contract
states the rates (a contract that pays "the IRS rate" has no number to compute with)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any

from assistant.calculators.result import CalcResult, fmt_money, pay_for_hours
from assistant.calculators.rules import Rules
from assistant.citations import make_citation
from assistant.errors import ToolInputError
from ingest.structure import Clause, Section


def _vehicle(rules: Rules, vehicle: str | None) -> dict[str, Any]:
    options = list(rules.get("travel", "mileage"))
    if not options:
        raise ToolInputError("The contract's rules list no mileage rate.")
    if vehicle:
        wanted = vehicle.lower()
        for option in options:
            if wanted == str(option["vehicle"]).lower() or wanted in [str(a).lower() for a in option.get("aliases", [])]:
                return dict(option)
        raise ToolInputError(f"No mileage rate for {vehicle!r}; the contract lists: "
                             f"{', '.join(str(o['vehicle']) for o in options)}.")
    return dict(options[0])


def mileage(rules: Rules, miles: float | None = None, vehicle: str | None = None, days: int | None = None,
            commute_miles: float | None = None, rate_told: float | None = None, airfare: float | None = None) -> CalcResult:
    """Mileage reimbursement: distance × the contract's rate for the vehicle (or just the rate). The
    distance is in the rate's own unit (`per`: mile, kilometre). Where the rules pay a one-way
    distance both ways (`round_trip`) for each day worked (`per_day`), the distance is doubled and
    multiplied by the `days`. A contract that pays a rate set elsewhere (a government mileage rate
    it names without stating: the rules' `rate_from`, no figure) needs the member's `rate_told`, said to be theirs. `airfare`: the
    best airfare, where the member drove instead of flying and the rules cap the mileage at it (`airfare_cap`)."""
    option = _vehicle(rules, vehicle)
    result = CalcResult(tool="travel", summary="")
    result.cite(rules.cite(option))
    per = option.get("per", "mile")
    if "rate" in option:
        rate = float(option["rate"])
    elif rate_told is None:
        raise ToolInputError(f"The contract pays {option.get('rate_from', 'a rate it does not state')}; give that rate "
                             f"per {per}.")
    elif not 0 < rate_told <= 10:
        raise ToolInputError(f"Give the rate per {per} in dollars (for example 0.70).")
    else:
        rate = rate_told
    rate_text = fmt_money(rate) if round(rate, 2) == rate else f"${rate:.3f}"  # an IRS rate of 72.5 cents
    if "rate" not in option:
        result.assumptions.append(f"The contract pays {option.get('rate_from', 'a rate set elsewhere')}; I used the "
                                  f"{rate_text} per {per} you gave — check it is the rate in effect on the day you travelled.")
    if miles is not None and option.get("per_day"):
        if days is None:
            raise ToolInputError("Give the number of days worked or reported for.")
        if not 0 < days <= 366:
            raise ToolInputError("Give the days as a number between 1 and 366.")
        if miles < 0 or miles > 10_000:
            raise ToolInputError(f"Give the one-way distance in {per}s, between 0 and 10,000.")
        legs = 2 if option.get("round_trip") else 1
        daily = round(miles * legs * rate + 1e-9, 2)
        amount = round(daily * days + 1e-9, 2)
        result.work.append(f"{miles:g} {per}s" + (" × 2 (there and back)" if legs == 2 else "") +
                           f" × {fmt_money(rate)} = {fmt_money(daily)} a day")
        result.work.append(f"{days} day{'s' if days != 1 else ''} × {fmt_money(daily)} = {fmt_money(amount)}")
        result.values = {"vehicle": option["vehicle"], "rate": rate, "distance": miles, "days": days, "per_day": daily,
                         "amount": amount}
        result.summary = f"{option['vehicle'].capitalize()} for {days} day{'s' if days != 1 else ''}: {fmt_money(amount)}."
        result.set_primary("money", amount, f"{option['vehicle']} allowance")
        return result
    if miles is None:
        result.summary = f"The mileage rate for a {option['vehicle']} is {fmt_money(rate)} per {per}" + (
            " at most." if option.get("up_to") else ".")
        result.values = {"vehicle": option["vehicle"], "rate": rate}
        result.set_primary("rate", rate, f"per {per}")
        return result
    if miles < 0 or miles > 100_000:
        raise ToolInputError("Give the miles driven as a number between 0 and 100,000.")
    note = rules.data.get("travel", {}).get("mileage_note") or {}
    if commute_miles is not None and note.get("beyond_commute"):
        # Sent to another work location: only the miles beyond the normal commute count (the rules' note says where).
        driven, miles = miles, max(0.0, round(miles - commute_miles, 2))
        result.work.append(f"{driven:g} {per}s driven − {commute_miles:g} {per}s of your normal commute = {miles:g} {per}s")
    amount = round(miles * rate + 1e-9, 2)
    result.work.append(f"{miles:g} {per}s × {rate_text} = {fmt_money(amount)}")
    result.values = {"vehicle": option["vehicle"], "rate": rate, "miles": miles, "amount": amount}
    result.summary = f"{miles:g} {per}s in a {option['vehicle']} is reimbursed {fmt_money(amount)}" + (
        " at most." if option.get("up_to") else ".")
    if airfare is not None:
        cap = option.get("airfare_cap")
        if not cap:
            raise ToolInputError("The contract's rules set no airfare limit on mileage.")
        if not 0 < airfare <= 100_000:
            raise ToolInputError("Give the airfare in dollars (more than $0).")
        result.cite(rules.cite(cap))
        if airfare < amount:
            result.work.append(f"Driven instead of flying: no more than the best airfare, {fmt_money(airfare)} → "
                               f"{fmt_money(airfare)}")
            amount = airfare
            result.summary = f"Driving instead of flying is reimbursed up to the best airfare: {fmt_money(amount)}."
        else:
            result.work.append(f"Driven instead of flying: {fmt_money(amount)} is within the best airfare, {fmt_money(airfare)}")
        result.values.update({"airfare": airfare, "amount": amount})
    result.set_primary("money", amount, "mileage reimbursement")
    rules.note(result, rules.data.get("travel", {}).get("mileage_note"))
    return result


def _hm(value: str) -> int:
    hours, minutes = (int(part) for part in value.split(":"))
    return hours * 60 + minutes


def meals(rules: Rules, departure: datetime, arrival: datetime, spent: dict[str, float] | None = None) -> CalcResult:
    """The meal and incidental maximums a trip earns, from when it began and ended. What was actually spent
    (`spent`) is reimbursed up to each maximum: on a one-day trip by meal ('lunch'); on a longer one by the day
    it was spent ('tue:lunch'), with incidentals spent in all ('incidentals') or in each 24 hours ('incidentals:each')."""
    if spent and any(not 0 <= amount <= 10000 for amount in spent.values()):
        raise ToolInputError("Give what each meal cost, between $0 and $10,000.")
    spec = rules.get("travel", "meals")
    rates = spec["rates"]
    if arrival <= departure:
        raise ToolInputError("The trip must end after it begins; check the dates and times.")
    if arrival - departure > timedelta(days=366):
        raise ToolInputError("A trip of more than a year is long-term travel; ask your steward.")
    result = CalcResult(tool="travel", summary="")
    claims: list[tuple[str, str, float]] = []  # (day, item, amount)
    start_minutes = departure.hour * 60 + departure.minute
    end_minutes = arrival.hour * 60 + arrival.minute
    hours = (arrival - departure).total_seconds() / 3600
    if hours < 24:
        short = spec["short_trip"]
        for meal, times in short.items():
            if meal == "rule" or meal not in rates:
                continue
            if start_minutes <= _hm(times["begins_by"]) and end_minutes >= _hm(times["ends_after"]) and \
                    departure.date() == arrival.date():
                most = float(rates[meal]["max"])
                paid = min(most, float(spent[meal])) if spent and meal in spent else most
                claims.append((f"{departure:%a %b} {departure.day}", meal, paid))
                if spent and meal in spent:
                    result.work.append(f"{meal.capitalize()}: spent {fmt_money(float(spent[meal]))}, at most "
                                       f"{fmt_money(most)} → {fmt_money(paid)}")
        for meal, amount in sorted((spent or {}).items()):
            if meal not in {item for _, item, _ in claims}:
                result.work.append(f"{meal.capitalize()}: spent {fmt_money(float(amount))}, but this trip's times do not "
                                   "earn it → nothing")
        result.cite(rules.cite(short["rule"]))
        rules.note(result, short["rule"])
    else:
        long_trip = spec["long_trip"]
        days = (arrival.date() - departure.date()).days
        receipts = {key: float(amount) for key, amount in (spent or {}).items() if ":" in key}
        unreceipted: list[str] = []
        for offset in range(days + 1):
            when = departure.date() + timedelta(days=offset)
            label = f"{when:%a %b} {when.day}"
            for meal in ("breakfast", "lunch", "dinner"):
                if meal not in rates:
                    continue
                if offset == 0:
                    ok = start_minutes <= _hm(long_trip["first_day"][meal]["begins_by"])
                elif offset == days:
                    ok = end_minutes >= _hm(long_trip["last_day"][meal]["ends_after"])
                else:
                    ok = True
                if not ok:
                    continue
                most = float(rates[meal]["max"])
                receipt = receipts.get(f"{when:%a}".lower() + f":{meal}")
                if receipts and receipt is None:
                    unreceipted.append(f"{label} {meal}")
                claims.append((label, meal, most if receipt is None else min(most, receipt)))
        full_days = int(hours // 24)
        if "incidentals" in rates and full_days:
            most = float(rates["incidentals"]["max"])
            each = (spent or {}).get("incidentals:each")
            total_spent = (spent or {}).get("incidentals")
            if total_spent is not None and receipts:
                claims.append((f"{full_days} × 24 hours", "incidentals", min(most * full_days, float(total_spent))))
            else:
                for index in range(full_days):
                    claims.append((f"24 hours #{index + 1}", "incidentals",
                                   most if each is None or not receipts else min(most, float(each))))
        if receipts:
            result.work.append("What you spent on each meal, up to its maximum:")
            if unreceipted:
                result.assumptions.append(f"No amount was given for {', '.join(unreceipted)}: shown at its maximum.")
        result.cite(rules.cite(long_trip["first_day_rule"]))
        result.cite(rules.cite(long_trip["last_day_rule"]))
    for meal in dict.fromkeys(item for _, item, _ in claims):  # in the order claimed: a set's order varies by process
        result.cite(rules.cite(rates[meal]))
    total = round(sum(amount for *_, amount in claims), 2)
    by_day: dict[str, list[str]] = {}
    for day, item, amount in claims:
        by_day.setdefault(day, []).append(f"{item} {fmt_money(amount)}")
    for day, items in by_day.items():
        result.work.append(f"{day}: {', '.join(items)}")
    by_receipt = any(":" in key for key in spent or {})  # what was spent, day by day, on a trip of several days
    result.work.append(f"Total{'' if spent and (hours < 24 or by_receipt) else ', at most'}: {fmt_money(total)}")
    if spent and hours >= 24 and not by_receipt:
        result.assumptions.append("What you spent is reimbursed up to each meal's maximum; the amounts shown are the "
                                  "maximums, since a trip of several days has several of each meal.")
    rules.note(result, spec.get("actual"))
    rules.note(result, spec.get("minimum_distance"))
    result.values = {"departure": departure.isoformat(timespec="minutes"), "return": arrival.isoformat(timespec="minutes"),
                     "hours": round(hours, 2), "claims": [{"day": d, "item": i, "max": a} for d, i, a in claims],
                     "total": total}
    result.summary = f"For a trip from {departure:%a %b} {departure.day} {departure:%H:%M} to {arrival:%a %b} {arrival.day} " \
                     f"{arrival:%H:%M} you can claim up to {fmt_money(total)} for meals and incidentals."
    if spent and hours < 24:
        result.summary = (f"For a trip from {departure:%a %b} {departure.day} {departure:%H:%M} to {arrival:%H:%M} you can "
                          f"claim {fmt_money(total)} for meals: what you spent, up to each meal's maximum.")
        result.set_primary("money", total, "meals reimbursed")
        return result
    if by_receipt:
        result.summary = (f"For a trip from {departure:%a %b} {departure.day} {departure:%H:%M} to {arrival:%a %b} "
                          f"{arrival.day} {arrival:%H:%M} you can claim {fmt_money(total)} for meals and incidentals: "
                          "what you spent, up to each one's maximum.")
        result.set_primary("money", total, "meals and incidentals reimbursed")
        return result
    result.set_primary("money", total, "meals and incidentals, at most")
    return result


def first_day_meals(rules: Rules, departure: datetime) -> CalcResult:
    """The first day's meal maximums of a trip of more than 24 hours, from the departure time alone
    (the return is not needed for that day); incidentals come with each full 24 hours, so none on
    the first day."""
    spec = rules.get("travel", "meals")
    long_trip = spec.get("long_trip")
    if not long_trip:
        raise ToolInputError("The contract's rules give no first-day meal times for a trip of more than 24 hours.")
    rates = spec["rates"]
    result = CalcResult(tool="travel", summary="")
    result.cite(rules.cite(long_trip["first_day_rule"]))
    start = departure.hour * 60 + departure.minute
    claims = [(meal, float(rates[meal]["max"])) for meal in ("breakfast", "lunch", "dinner")
              if meal in rates and meal in long_trip["first_day"] and start <= _hm(long_trip["first_day"][meal]["begins_by"])]
    for meal in ("breakfast", "lunch", "dinner"):
        if meal in long_trip["first_day"]:
            limit = long_trip["first_day"][meal]["begins_by"]
            verdict = "yes" if any(m == meal for m, _ in claims) else "no"
            result.work.append(f"{meal.capitalize()}: trip begins at or before {limit}? {verdict}")
    for meal, _ in claims:
        result.cite(rules.cite(rates[meal]))
    total = round(sum(amount for _, amount in claims), 2)
    result.work.append(f"First day, at most: {' + '.join(f'{m} {fmt_money(a)}' for m, a in claims) or 'nothing'} = "
                       f"{fmt_money(total)}")
    if "incidentals" in rates:
        result.work.append("Incidentals come with each full 24 hours of travel, so none on the first day")
        result.cite(rules.cite(rates["incidentals"]))
    rules.note(result, spec.get("actual"))
    result.values = {"departure": departure.isoformat(timespec="minutes"), "claims": [{"item": m, "max": a} for m, a in claims],
                     "total": total}
    result.summary = (f"Leaving at {departure:%H:%M} on a trip of more than 24 hours, you can claim up to {fmt_money(total)} "
                      "for meals on the first day.")
    result.set_primary("money", total, "first day's meals, at most")
    return result


def meal_rate(rules: Rules, meal: str) -> CalcResult:
    """The maximum for one meal (or incidentals)."""
    rates = rules.get("travel", "meals", "rates")
    if meal not in rates:
        raise ToolInputError(f"No rate for {meal!r}; the contract lists: {', '.join(rates)}.")
    result = CalcResult(tool="travel", summary="")
    amount = float(rates[meal]["max"])
    result.cite(rules.cite(rates[meal]))
    result.summary = f"You can be reimbursed up to {fmt_money(amount)} for {meal}."
    result.values = {"meal": meal, "max": amount}
    result.set_primary("money", amount, f"{meal} maximum")
    rules.note(result, rules.data.get("travel", {}).get("meals", {}).get("actual"))
    return result


def day_trips(rules: Rules, trips: list[tuple[datetime, datetime, dict[str, float] | None]]) -> CalcResult:
    """Several day trips told each with its times and meals ('Tuesday she left at 5:40 am and got home 7:20 pm: spent
    $7.50 breakfast …; Wednesday …'): each trip's meals worked out on its own (which meals its times earn, each paid up
    to its maximum), then added."""
    if len(trips) < 2:
        raise ToolInputError("Give at least two trips, each with its departure and return.")
    result = CalcResult(tool="travel", summary="")
    amounts: list[float] = []
    for departure, arrival, spent in trips:
        one = meals(rules, departure, arrival, spent)
        if one.primary is None or one.primary.type != "money":
            raise ToolInputError("Give what each trip's meals cost, or ask for one trip's meal allowance at a time.")
        amounts.append(float(one.primary.value))
        label = f"{departure:%a %b} {departure.day}"
        result.work.extend(line if line.startswith(label) else f"{label}: {line}" for line in one.work)
        for citation in one.citations:
            result.cite(citation)
        result.notes.extend(n for n in one.notes if n not in result.notes)
        result.assumptions.extend(a for a in one.assumptions if a not in result.assumptions)
    total = round(sum(amounts) + 1e-9, 2)
    result.work.append(f"{len(trips)} trips' meals: {' + '.join(fmt_money(a) for a in amounts)} = {fmt_money(total)}")
    result.values = {"trips": len(trips), "meals": total}
    result.summary = f"Meals for the {len(trips)} trips come to {fmt_money(total)}."
    result.set_primary("money", total, "meals")
    return result


def with_mileage(rules: Rules, eaten: CalcResult, miles: float, vehicle: str | None = None) -> CalcResult:
    """Meals and mileage for one trip, added, when both are asked ('the most I can get for meals plus mileage')."""
    return _added(eaten, mileage(rules, miles, vehicle), "meals", "mileage", "mileage")


def with_initial_terminal(rules: Rules, kept: CalcResult, radius_km: float, ending: str = "laid_off",
                          days_on_job: int | None = None, client_transport: bool = False) -> CalcResult:
    """Subsistence and initial and terminal travel for one job, added, when both are asked ('the subsistence plus
    initial and terminal travel')."""
    return _added(kept, initial_terminal(rules, radius_km, ending, days_on_job, client_transport), "subsistence",
                  "initial and terminal travel", "initial_terminal", with_notes=True)


def _added(kept: CalcResult, other: CalcResult, first: str, second: str, key: str, with_notes: bool = False) -> CalcResult:
    """Two sums of money asked together, added into the first result: the other's work, citations (and notes) kept."""
    if kept.primary is None or kept.primary.type != "money" or other.primary is None or other.primary.type != "money":
        raise ToolInputError(f"{first.capitalize()} and {second} can be added only when both are sums of money.")
    total = round(float(kept.primary.value) + float(other.primary.value) + 1e-9, 2)
    kept.work.extend(other.work)
    kept.work.append(f"{first.capitalize()} {fmt_money(float(kept.primary.value))} + {second} "
                     f"{fmt_money(float(other.primary.value))} = {fmt_money(total)}")
    for citation in other.citations:
        kept.cite(citation)
    if with_notes:
        kept.notes.extend(note for note in other.notes if note not in kept.notes)
    kept.values.update({key: other.primary.value, "total": total})
    kept.summary = f"{first.capitalize()} and {second} together: {fmt_money(total)}."
    kept.set_primary("money", total, f"{first} and {second}")
    return kept


def with_costs(rules: Rules, trip: CalcResult, costs: dict[str, float]) -> CalcResult:
    """A trip's parking, tolls and fares added at what they cost, where the contract counts them as
    transportation expenses (`travel.actual_costs`): 'plus $4 at a parking meter'."""
    spec = rules.get("travel", "actual_costs")
    if trip.primary is None or trip.primary.type != "money":
        raise ToolInputError("Parking, tolls and fares can be added only to a sum of money.")
    if any(not 0 <= amount <= 10_000 for amount in costs.values()):
        raise ToolInputError("Give each parking, toll or fare cost as an amount between $0 and $10,000.")
    spent = round(sum(costs.values()) + 1e-9, 2)
    total = round(float(trip.primary.value) + spent + 1e-9, 2)
    for what, amount in costs.items():
        trip.work.append(f"{what.capitalize()}: {fmt_money(amount)}, as spent")
    trip.work.append(f"{fmt_money(float(trip.primary.value))} + {fmt_money(spent)} = {fmt_money(total)}")
    trip.cite(rules.cite(spec))
    trip.values.update({"other_costs": spent, "total": total})
    trip.summary = f"The trip's reimbursement comes to {fmt_money(total)}."
    trip.set_primary("money", total, "trip reimbursement")
    return trip


def drop_off(rules: Rules, home_miles: float, office_miles: float, from_home: bool = False) -> CalcResult:
    """Driven to or from a common carrier's terminal and the car not parked there (`travel.drop_off`): twice the
    distance from the terminal to headquarters or home, whichever is less — or from home where the trip began
    early enough or on a day off (`from_home`, the rule's exception) — at the private car's mileage rate."""
    spec = rules.get("travel", "drop_off")
    if not (0 < home_miles <= 2000 and 0 < office_miles <= 2000):
        raise ToolInputError("Give the terminal's distance from home and from headquarters (more than 0).")
    options = rules.get("travel", "mileage")
    option = next((o for o in options if o.get("vehicle") == spec.get("vehicle")), options[0])  # the rules' own car rate
    rate = float(option["rate"])
    result = CalcResult(tool="travel", summary="")
    result.cite(rules.cite(spec))
    if from_home:
        one_way = home_miles
        result.cite(rules.cite(spec["exception"]))
        result.work.append(f"Travel began early enough (or on a day off): counted from home, {home_miles:g} miles")
    else:
        one_way = min(home_miles, office_miles)
        result.work.append(f"The less of home ({home_miles:g} miles) and headquarters ({office_miles:g} miles): "
                           f"{one_way:g} miles")
    miles = 2 * one_way
    amount = round(miles * rate + 1e-9, 2)
    result.cite(rules.cite(option))
    result.work.append(f"Twice that, {miles:g} miles × ${rate:g} a mile = {fmt_money(amount)}")
    result.values = {"miles": miles, "rate": rate, "amount": amount, "from_home": from_home}
    result.summary = f"You can claim {miles:g} miles for the drop-off: {fmt_money(amount)}."
    result.set_primary("money", amount, "mileage reimbursement")
    return result


def initial_terminal(rules: Rules, radius_km: float, ending: str = "laid_off", days_on_job: int | None = None,
                     client_transport: bool = False) -> CalcResult:
    """Initial and terminal travel on a project away from the hall: a flat amount each way by the
    project's radius distance (`travel.initial_terminal.bands`). Which of the two is owed depends on how
    the job ended, as the rules quote: at lay-off both; after a quit (or a termination for cause) only
    an initial amount already earned by the days on the job; while still on the job, the initial one
    once those days are served. None is owed where the client provides the transportation."""
    spec = rules.get("travel", "initial_terminal")
    if not 0 < radius_km <= 5000:
        raise ToolInputError("Give the project's distance in radius kilometres (more than 0).")
    if ending not in ("laid_off", "quit", "on_job"):
        raise ToolInputError("Say whether the job ended by lay-off, by quitting (or termination for cause), or is still on.")
    result = CalcResult(tool="travel", summary="")
    if client_transport:
        rules.note(result, spec["client_transport"])
        result.summary = "No initial or terminal travel is owed when the client provides the transportation."
        result.values = {"radius_km": radius_km, "amount": 0.0}
        result.set_primary("money", 0.0, "initial and terminal travel")
        return result
    band = next((b for b in spec["bands"] if float(b["over_km"]) < radius_km <= float(b["up_to_km"])), None)
    if band is None:
        beyond = spec.get("beyond")
        if beyond and radius_km > float(beyond["over_km"]):
            rules.note(result, beyond)
            raise ToolInputError(f"Beyond {float(beyond['over_km']):g} radius km the amounts are agreed case by case "
                                 f"(at most {fmt_money(float(beyond['maximum']))} each way); ask your union.")
        raise ToolInputError(f"No initial or terminal travel is paid for a project {radius_km:g} radius km out: the table "
                             f"starts past {min(float(b['over_km']) for b in spec['bands']):g} km.")
    each = float(band["each_way"])
    result.cite(rules.cite(band))
    result.work.append(f"{radius_km:g} radius km is in the {float(band['over_km']):g}–{float(band['up_to_km']):g} km band: "
                       f"{fmt_money(each)} each way")
    threshold = int(spec["initial_after_days"])
    earned_initial = ending == "laid_off" or (days_on_job is not None and days_on_job >= threshold)
    legs: list[str] = []
    if earned_initial:
        legs.append("initial")
    if ending == "laid_off":
        legs.append("terminal")
    result.cite(rules.cite(spec["timing"]))
    if ending == "quit":
        rules.note(result, spec["quit"])
    if ending != "laid_off" and days_on_job is None:
        raise ToolInputError(f"Give the days on the job: initial travel is paid after {threshold} calendar days.")
    why = {"laid_off": "at lay-off both are paid",
           "quit": f"after a quit only an initial amount already earned ({threshold} calendar days on the job) is owed",
           "on_job": f"initial travel is paid after {threshold} calendar days on the job; terminal travel at lay-off"}[ending]
    amount = round(each * len(legs), 2)
    days_said = f" ({days_on_job} days on the job)" if days_on_job is not None and ending != "laid_off" else ""
    result.work.append(f"{why}{days_said}: {' and '.join(legs) if legs else 'nothing'} = {fmt_money(amount)}")
    result.values = {"radius_km": radius_km, "each_way": each, "legs": legs, "amount": amount}
    result.summary = (f"You are owed {fmt_money(amount)} of initial and terminal travel" +
                      (f" ({' and '.join(legs)}, {fmt_money(each)} each)." if legs else "."))
    result.set_primary("money", amount, "initial and terminal travel")
    return result


def area_rates(rules: Rules) -> list[tuple[list[str], float, str]]:
    """The rows of the clause's rate table (`travel.subsistence.table`): each row's place names (a row
    may name two, 'Hardisty/Wainwright'), its amount, and the row as the contract writes it (the quote).
    Read from the text, so the table is never copied into data."""
    _, clause = _table(rules)
    rows = []
    for line in clause.text.splitlines():
        if not line.lstrip().startswith("|") or set(line.replace("|", "").strip()) <= set("-: "):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        amounts = [float(c.replace(",", "")) for c in cells if re.fullmatch(r"\d{1,5}(?:\.\d{2})?", c.replace(",", ""))]
        name = re.sub(r"[.\s$]+$", "", cells[0]).strip()
        if name and amounts:
            rows.append(([n.strip() for n in name.split("/") if n.strip()], amounts[-1], line.strip()))
    return rows


def subsistence(rules: Rules, days: int, area: str | None = None, extra_day: bool = False) -> CalcResult:
    """Subsistence for the days worked or reported for: the area's rate from the contract's table, or
    the general daily rate for a place the table does not list; `extra_day`: the day before starting or after
    finishing, where the rules pay one (`extra_day`, with its conditions quoted) and the member has the proof."""
    spec = rules.get("travel", "subsistence")
    if not 0 < days <= 366:
        raise ToolInputError("Give the days worked or reported for (1 to 366).")
    result = CalcResult(tool="travel", summary="")
    rate, where = float(spec["default"]["rate"]), "the general rate"
    row = None
    if area:
        row = next(((names, amount, text) for names, amount, text in area_rates(rules)
                    if any(n.lower() == area.lower() for n in names)), None)
    if row is not None:
        rate, where = row[1], f"the rate for {area}"
        result.cite(make_citation(rules.contract, *_table(rules), row[2]))
    else:
        result.cite(rules.cite(spec["default"]))
        if area:
            result.assumptions.append(f"{area} is not in the contract's list of areas, so the general rate applies.")
    rules.note(result, spec.get("days"))
    amount = round(rate * days, 2)
    result.work.append(f"{days} day{'s' if days != 1 else ''} worked or reported for × {fmt_money(rate)} ({where}) = "
                       f"{fmt_money(amount)}")
    extra = spec.get("extra_day") if extra_day else None
    if extra:
        added = int(extra.get("days", 1))
        amount = round(amount + rate * added, 2)
        result.work.append(f"+ {added} day{'s' if added != 1 else ''} before starting or after finishing, with proof of "
                           f"the accommodation: {fmt_money(rate * added)} → {fmt_money(amount)}")
        result.cite(rules.cite(extra))
        rules.note(result, extra)
        days += added
    rules.note(result, spec.get("seven_day"))
    result.values = {"days": days, "rate": rate, "area": area, "amount": amount}
    result.summary = f"Subsistence for {days} day{'s' if days != 1 else ''}: {fmt_money(amount)} at {fmt_money(rate)} a day."
    result.set_primary("money", amount, "subsistence")
    return result


def _table(rules: Rules) -> tuple[Section, Clause]:
    """The section and clause that hold the subsistence table the rules name."""
    spec = rules.get("travel", "subsistence", "table")
    section = rules.contract.section(str(spec["section"]))
    clause = section.clause(str(spec.get("clause", ""))) if section is not None else None
    if section is None or clause is None:
        raise ToolInputError("The subsistence table named in the rules is not in this contract's text.")
    return section, clause


def travel_time(rules: Rules, travel_hours: float, worked_hours: float = 0.0, hourly_rate: float | None = None) -> CalcResult:
    """Pay for time spent travelling on the employer's business on a day of rest: the hours travelled at the day's
    overtime rate, the total for travel capped at so many hours' straight-time pay, and any work that day at the
    overtime rate (rules: `travel.travel_time`; the day-of-rest rate from `pay.daily_overtime`)."""
    spec = rules.get("travel", "travel_time")
    if not 0 < travel_hours <= 24 or not 0 <= worked_hours <= 24:
        raise ToolInputError("Give the hours travelled (more than 0, at most 24) and any hours worked that day.")
    overtime = rules.get("pay", "daily_overtime")
    bands = overtime["schedules"][str(overtime["default_schedule"])]["days"]["rest_day"]
    multiplier = float(bands[0]["multiplier"])
    cap = float(spec["max_straight_hours"])
    result = CalcResult(tool="travel", summary="")
    result.cite(rules.cite(spec["worked"] if worked_hours else spec["no_work"]))
    result.cite(rules.cite(overtime["rest_days"]))
    travel_pay = round(travel_hours * multiplier, 4)
    line = f"Travel: {travel_hours:g} hours × {multiplier:g} = {travel_pay:g} hours of pay"
    if travel_pay > cap:
        line += f", capped at {cap:g} hours' straight-time pay"
        travel_pay = cap
        result.cite(rules.cite(spec["worked_cap"] if worked_hours else spec["no_work_cap"]))
    result.work.append(line)
    work_pay, remaining = 0.0, worked_hours
    for band in bands:  # work that day, by the day of rest's overtime bands
        span = remaining if band.get("hours") is None else min(remaining, float(band["hours"]))
        if span <= 0:
            break
        work_pay += span * float(band["multiplier"])
        remaining -= span
    if worked_hours:
        result.work.append(f"Work: {worked_hours:g} hours at the day-of-rest overtime rate = {work_pay:g} hours of pay")
    total = round(travel_pay + work_pay, 4)
    result.values = {"travel_hours": travel_hours, "worked_hours": worked_hours, "travel_pay_hours": travel_pay,
                     "work_pay_hours": work_pay, "pay_hours": total}
    told = f"Travelling {travel_hours:g} hours on your day of rest" + (f" and working {worked_hours:g}" if worked_hours else "")
    pay_for_hours(result, total, hourly_rate, "pay for the day", f"{told} pays {total:g} hours at your straight-time rate.",
                  f"{told} pays {{amount}} ({total:g} hours of pay).")
    return result
