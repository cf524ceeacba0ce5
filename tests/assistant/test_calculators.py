"""Calculators, each case worked by hand from the contract text."""

from __future__ import annotations

from datetime import date, datetime

import pytest
import yaml

from assistant.calculators import deadlines, holidays, leave, pay
from assistant.calculators.rules import load_rules, validate
from assistant.errors import RulesError, ToolInputError


def test_step1_deadline_is_21_calendar_days(sample_rules):
    result = deadlines.grievance_deadline(sample_rules, date(2000, 3, 3))
    assert result.values["due"] == "2000-03-24"
    assert {c.label for c in result.citations} >= {"Art. 6 §6.7 A.1 (p. 26)", "Art. 6 §6.7 B (p. 26)"}
    assert all(c.quote for c in result.citations)


def test_leap_year_and_month_end(sample_rules):
    # 2000 is a leap year: February 8 + 21 days = February 29.
    assert deadlines.grievance_deadline(sample_rules, date(2000, 2, 8)).values["due"] == "2000-02-29"
    # 2001 is not: February 8 + 21 = March 1.
    assert deadlines.grievance_deadline(sample_rules, date(2001, 2, 8)).values["due"] == "2001-03-01"
    # Across a month end: January 20 + 14 (Step 1 response) = February 3.
    assert deadlines.grievance_deadline(sample_rules, date(2000, 1, 20), "step1-response").values["due"] == "2000-02-03"


def test_informal_decision_never_beyond_21_days_from_event(sample_rules):
    # Learned March 1; informal decision received March 15 → 14 days = March 29, but the cap is March 22.
    result = deadlines.grievance_deadline(sample_rules, date(2000, 3, 15), "step1-file-after-informal", event_date=date(2000, 3, 1))
    assert result.values["due"] == "2000-03-22"
    # Informal decision March 3 → March 17, inside the cap.
    early = deadlines.grievance_deadline(sample_rules, date(2000, 3, 3), "step1-file-after-informal", event_date=date(2000, 3, 1))
    assert early.values["due"] == "2000-03-17"


def test_deadline_on_a_holiday_is_reported_not_moved(sample_rules):
    # June 26, 2000 + 21 days... choose one landing on July 4, 2000 (a Tuesday holiday): June 13 + 21.
    result = deadlines.grievance_deadline(sample_rules, date(2000, 6, 13))
    assert result.values["due"] == "2000-07-04"
    assert "Independence Day" in result.values["lands_on"]
    # The note comes from the rules data with the clause it rests on (calendar days, 6.7 A.1), not from code.
    assert any("not moved" in note for note in result.notes)
    assert any(note.startswith("Any time limit can be extended") for note in result.notes)  # 6.3, from the rules file
    assert {"Art. 6 §6.7 A.1 (p. 26)", "Art. 6 §6.3 (p. 25)"} <= {c.label for c in result.citations}


def test_deadline_on_weekend_is_reported(sample_rules):
    result = deadlines.grievance_deadline(sample_rules, date(2000, 3, 4))  # + 21 = Saturday March 25
    assert result.values["due"] == "2000-03-25" and result.values["lands_on"] == "a Saturday"


def test_later_steps(sample_rules):
    assert deadlines.grievance_deadline(sample_rules, date(2000, 4, 3), "step2-appeal").values["due"] == "2000-04-24"
    assert deadlines.grievance_deadline(sample_rules, date(2000, 4, 3), "step4-appeal").values["due"] == "2000-05-03"
    assert deadlines.grievance_deadline(sample_rules, date(2000, 4, 3), "arbitration").values["due"] == "2000-05-03"
    with pytest.raises(ToolInputError, match="Unknown step"):
        deadlines.grievance_deadline(sample_rules, date(2000, 4, 3), "step9")


def test_health_and_safety_counts_hours(sample_rules):
    result = deadlines.grievance_deadline(sample_rules, datetime(2000, 3, 3, 16, 30), "hs-step2-appeal", "health-safety")
    assert result.values["due_at"] == "2000-03-04T16:30"


def test_timeline(sample_rules):
    result = deadlines.grievance_timeline(sample_rules, date(2000, 2, 8))
    steps = {s["step"]: s["due"] for s in result.values["steps"]}
    assert steps["informal-response"] == "2000-02-15"
    assert steps["step1-file"] == "2000-02-29"
    assert steps["step1-response"] == "2000-03-14"
    assert steps["arbitration"] == "2000-09-04"  # Labor Day; reported, not moved
    assert result.values["steps"][-1]["lands_on"].startswith("a holiday (Labor Day")
    ooc = deadlines.grievance_timeline(sample_rules, date(2000, 1, 3), "out-of-class")
    assert ooc.values["steps"][0]["due"] == "2000-05-02"  # 120 calendar days


def test_full_time_vacation(sample_rules):
    first_year = leave.leave_accrual(sample_rules, 12)
    assert first_year.values["vacation_balance_hours"] == 84  # 42 bonus + 6 × 7
    assert first_year.values["sick_balance_hours"] == 96
    assert leave.leave_accrual(sample_rules, 5).values["vacation_balance_hours"] == 0
    assert leave.leave_accrual(sample_rules, 6).values["vacation_balance_hours"] == 42
    # Month 37 earns 10 hours: 42 + 30 × 7 + 10 = 262.
    assert leave.leave_accrual(sample_rules, 37).values["vacation_balance_hours"] == 262
    assert leave.leave_accrual(sample_rules, 37).values["monthly_vacation_hours"] == 10
    # 252 after 36 months, +10 a month: passes 400 after month 51 (402 hours).
    assert first_year.values["cap_reached_after_month"] == 51
    assert leave.leave_accrual(sample_rules, 16 * 12).values["monthly_vacation_hours"] == 13


def test_part_time_accrual_uses_the_7L_chart(sample_rules):
    result = leave.leave_accrual(sample_rules, 24, "4/5")
    assert result.values["monthly_vacation_hours"] == 5.6
    assert result.values["monthly_sick_hours"] == 6.4
    assert result.values["bonus_hours"] == 0
    assert result.values["vacation_balance_hours"] == pytest.approx(18 * 5.6)
    half = leave.leave_accrual(sample_rules, 40, "half")
    assert half.values["monthly_vacation_hours"] == 5.0 and half.values["time_base"] == "1/2"
    with pytest.raises(ToolInputError, match="not in the contract's part-time chart"):
        leave.leave_accrual(sample_rules, 12, "2/3")


@pytest.mark.parametrize(("minutes", "credited"), [(52, 60), (22, 30), (21, 15), (15, 15), (37, 45), (36, 30), (7, 0), (8, 0), (14, 0)])
def test_overtime_fifteen_minute_rule(sample_rules, minutes, credited):
    # Units of 15; a final 7 minutes earns a full unit (19.2 B.2); under 15 at one time earns nothing (B.1).
    assert pay.overtime(sample_rules, overtime_minutes=minutes).values["credited_minutes"] == credited


def test_overtime_from_the_week_with_a_holiday(sample_rules):
    result = pay.overtime(sample_rules, minutes_worked_week=35 * 60 + 22, holiday_hours=8)
    # 35:22 + 8 holiday hours = 43:22 → 202 minutes over 40 → 13 units + 7 → 210 minutes = 3.5 h; CTO 5.25 h.
    assert result.values["overtime_minutes"] == 202
    assert result.values["credited_hours"] == 3.5 and result.values["cto_hours"] == 5.25
    assert "Art. 7 I (p. 30)" in {c.label for c in result.citations}


def test_call_back(sample_rules):
    assert pay.call_back(sample_rules, 1.5).values["credited_hours"] == 4
    assert pay.call_back(sample_rules, 5).values["credited_hours"] == 5
    assert pay.call_back(sample_rules, 1, hours_until_next_shift=2.5).values["credited_hours"] == 2.5
    assert pay.call_back(sample_rules, 1, notified_before_shift_end=True, hours_after_shift_end=2).values["credited_hours"] == 1


def test_standby(sample_rules):
    assert pay.standby(sample_rules, 24).values["cto_hours"] == 6
    assert pay.standby(sample_rules, 20).values["cto_hours"] == 4
    assert pay.standby(sample_rules, 7.5).values["cto_hours"] == 0


def test_night_shift(sample_rules):
    late = pay.night_shift(sample_rules, "22:00", "06:30")
    assert late.values["rate_per_hour"] == 0.5 and late.values["per_shift"] == 4.25
    swing = pay.night_shift(sample_rules, "16:00", "00:30")
    assert swing.values["rate_per_hour"] == 0.4  # 6 p.m.–midnight: 6 hours
    day = pay.night_shift(sample_rules, "08:00", "17:00")
    assert day.values["rate_per_hour"] == 0
    with pytest.raises(ToolInputError):
        pay.night_shift(sample_rules, "25:99", "06:00")


def test_holidays_observed(sample_rules):
    year2000 = {h["name"]: h for h in holidays.holidays_for_year(sample_rules, 2000).values["holidays"]}
    assert year2000["Veterans Day"]["observed"] == "2000-11-10"  # Saturday → Friday (7 F)
    assert year2000["New Year's Day"]["observed"] is None and year2000["New Year's Day"]["credit_hours"] == 8  # 7 G
    assert year2000["Thanksgiving Day"]["date"] == "2000-11-23"
    year2006 = {h["name"]: h for h in holidays.holidays_for_year(sample_rules, 2006).values["holidays"]}
    assert year2006["Christmas Day"]["observed"] == "2006-12-25"
    assert year2006["New Year's Day"]["observed"] == "2006-01-02"  # Sunday → Monday (7 H)


def test_rules_file_with_a_wrong_quote_is_refused(sample_contract, tmp_path):
    data = yaml.safe_load(open(sample_contract.rules_file))
    data["pay"]["standby"]["rule"]["quote"] = "for every eight (8) hours on standby, an employee shall receive four (4) hours"
    with pytest.raises(RulesError, match=r"pay\.standby\.rule.*19\.10 C"):
        validate(sample_contract, data, "x.rules.yaml")
    data = yaml.safe_load(open(sample_contract.rules_file))
    data["leave"]["sick"]["rule"]["section"] = "99.9"
    with pytest.raises(RulesError, match="99.9"):
        validate(sample_contract, data, "x.rules.yaml")


def test_rules_loaded_from_file_are_validated(sample_contract, tmp_path):
    bad = tmp_path / "bad.rules.yaml"
    text = open(sample_contract.rules_file).read().replace("forty-two (42) hours", "fifty (50) hours")
    bad.write_text(text)
    with pytest.raises(RulesError, match="bonus"):
        load_rules(sample_contract.model_copy(update={"rules_file": str(bad), "sha256": "other"}))


def test_a_rules_file_naming_a_part_twice_is_refused_not_half_read(sample_contract, tmp_path):
    """Two `pay:` blocks: YAML alone keeps the second and drops the first's rules without a word; a
    steward who added a block at the end must hear that the two need merging."""
    twice = tmp_path / "twice.rules.yaml"
    twice.write_text(open(sample_contract.rules_file).read() + "\npay:\n  extra: {}\n")
    with pytest.raises(RulesError, match=r"'pay' is written twice.*merge"):
        load_rules(sample_contract.model_copy(update={"rules_file": str(twice), "sha256": "twice"}))


def test_calls_in_one_night_share_one_minimum(sample_rules):
    # 19.9 B: the 9:30 pm call begins within 4 hours of the 7 pm call, so it earns no second minimum.
    calls = [{"start": "19:00", "end": "20:00"}, {"start": "21:30", "end": "22:30"}]
    result = pay.call_back(sample_rules, calls=calls)
    assert result.primary is not None and result.primary.value == 4
    assert "Art. 19 §19.9 B (p. 105)" in {c.label for c in result.citations}
    # A call after the window earns its own minimum; one running past its window is credited to its end.
    apart = pay.call_back(sample_rules, calls=[{"start": "18:00", "end": "19:00"}, {"start": "23:00", "end": "04:30"}])
    assert apart.values["credited_hours"] == 4 + 5.5
    # Within 4 hours of the next shift: only the hours before it (19.9 C).
    early = pay.call_back(sample_rules, calls=[{"start": "05:00", "end": "08:00"}], next_shift_start="08:00")
    assert early.values["credited_hours"] == 3


def test_day_off_meeting_minimum(sample_rules):
    assert pay.call_back(sample_rules, 1.5, day_off=True).values["credited_hours"] == 4  # 19.9 D
    assert pay.call_back(sample_rules, 6, day_off=True).values["credited_hours"] == 6


def test_bereavement_with_travel_and_part_time(sample_rules):
    assert leave.bereavement(sample_rules, "brother", 450).values["total_hours"] == 40  # 24 + 2 days × 8 (8.3 A, C)
    assert leave.bereavement(sample_rules, "brother", 400).values["total_hours"] == 24  # not *over* 400 miles
    assert leave.bereavement(sample_rules, "father", None, "1/2").values["total_hours"] == 12  # pro rata (8.3 E)
    assert leave.bereavement(sample_rules, "mother-in-law").values["total_hours"] == 24  # 8.3 B
    with pytest.raises(ToolInputError, match="does not list"):
        leave.bereavement(sample_rules, "cousin")


def test_travel_mileage_and_meals(sample_rules):
    from assistant.calculators import travel

    assert travel.mileage(sample_rules, 146).values["amount"] == 45.26  # 12.1 F.1.a: $.31 a mile
    assert travel.mileage(sample_rules, 100, "private aircraft").values["amount"] == 50  # F.3
    trip = travel.meals(sample_rules, datetime(2000, 3, 6, 5, 30), datetime(2000, 3, 8, 20, 0))
    assert trip.values["total"] == 114  # 3 × (6 + 10 + 18) + 2 full days of incidentals × 6
    short = travel.meals(sample_rules, datetime(2000, 3, 6, 5, 0), datetime(2000, 3, 6, 19, 30))
    assert short.values["total"] == 24  # breakfast and dinner; no lunch on a trip under 24 hours (A.2.c)
    assert any("No lunch" in note for note in short.notes)


def test_working_days_skip_weekends_and_contract_holidays(sample_rules):
    from assistant.calculators.calendar import Counting, add

    counting = Counting(frozenset({"saturday", "sunday", "holidays"}), lambda year: holidays.observed_days(sample_rules, year))
    # 5 working days after Friday June 30, 2000: skip the weekend and Tuesday July 4 → Monday July 10.
    due, skipped = add(datetime(2000, 6, 30), 5, "working_days", counting)
    assert due.date() == date(2000, 7, 10)
    assert [reason for _, reason in skipped].count("a Saturday") == 2 and any("Independence" in r for _, r in skipped)
    assert add(datetime(2000, 1, 31), 1, "months", counting)[0].date() == date(2000, 2, 29)
    with pytest.raises(ToolInputError):
        add(datetime(2000, 1, 1), 10**7, "calendar_days", counting)


def test_whichever_is_earlier_from_the_rules(sample_contract):
    from assistant.calculators.rules import Rules

    data = {"grievance": {"tracks": {"standard": {"title": "t", "steps": [{
        "id": "notify", "label": "Notify", "level": 1, "action": "file", "from": "knowledge", "from_other": "event",
        "whichever": "earlier", "after": "the incident or knowledge of it", "amount": 14, "unit": "calendar_days",
        "section": "6.7", "clause": "A.1", "quote": "Twenty-one (21) calendar days"}]}}}}
    rules = Rules(contract=sample_contract, data=data, path="test")
    result = deadlines.grievance_deadline(rules, date(2025, 3, 10), "notify", event_date=date(2025, 3, 3))
    assert result.values["due"] == "2025-03-17"


def test_no_sample_clause_ids_in_calculator_code():
    # Section numbers live in rules files next to the contract, never in Python.
    import re
    from pathlib import Path

    code = Path(deadlines.__file__).parent
    for path in code.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"\((?:6\.3|8\.1 [IJ]|19\.\d+ [A-Z]|11\.5 A|7 [A-Z])\)", text), path.name
        assert "7 L chart" not in text and "June 1" not in text, path.name


def _hours_in_window_rules(sample_contract):
    from assistant.calculators.rules import Rules

    data = {"pay": {"night_shift": {"basis": "hours_in_window", "windows": [
        {"name": "evening differential", "start": "18:00", "end": "06:00", "rate": 1.25, "section": "6.7", "clause": "A.1",
         "quote": "Twenty-one (21) calendar days"}]}}}
    return Rules(contract=sample_contract, data=data, path="test")


def test_a_differential_paid_for_each_scheduled_hour_inside_its_window(sample_contract):
    """'$1.25 per hour for all regularly scheduled time between 6 p.m. and 6 a.m.': only the hours in the
    window earn it, an unpaid meal taken there does not, and a window running past midnight counts both sides."""
    rules = _hours_in_window_rules(sample_contract)
    evening = pay.night_shift(rules, "15:00", "23:00", "per_shift")  # 18:00–23:00: 5 hours
    assert evening.primary is not None and evening.primary.value == 6.25
    with_meal = pay.night_shift(rules, "15:00", "23:00", "per_shift", meal=("19:00", "20:00"))
    assert with_meal.primary is not None and with_meal.primary.value == 5.0  # 4 hours
    early_meal = pay.night_shift(rules, "15:00", "23:00", "per_shift", meal=("17:00", "17:30"))
    assert early_meal.primary is not None and early_meal.primary.value == 6.25  # the meal falls before the window
    texted = pay.night_shift(rules, "14:30", "23:00", "per_shift", meal=("07:00", "08:00"))  # '7:00–8:00' = p.m.
    assert texted.primary is not None and texted.primary.value == 5.0
    overnight = pay.night_shift(rules, "22:00", "08:00", "per_shift")  # 22:00–06:00: 8 hours
    assert overnight.primary is not None and overnight.primary.value == 10.0
    day = pay.night_shift(rules, "08:00", "16:30", "per_shift")
    assert day.primary is not None and day.primary.value == 0 and "none" in day.summary.lower()
    week = pay.night_shift(rules, "15:00", "23:00", meal=("20:00", "21:00"), shifts=5)  # 4 h × $1.25 × 5
    assert week.primary is not None and week.primary.value == 25.0 and week.values["shifts"] == 5
    per_hour = pay.night_shift(rules, "15:00", "23:00", "rate")
    assert per_hour.primary is not None and per_hour.primary.value == 1.25
    with pytest.raises(ToolInputError, match="meal"):
        pay.night_shift(rules, "15:00", "23:00", meal=("01:00", "02:00"))
    with pytest.raises(ToolInputError, match="shifts"):
        pay.night_shift(rules, "15:00", "23:00", shifts=40)


def test_leave_over_pay_periods_in_proportion_without_unpaid_periods_and_held_at_the_maximum(sample_contract):
    from assistant.calculators.rules import Rules

    quote = {"section": "6.7", "clause": "A.1", "quote": "Twenty-one (21) calendar days"}
    data = {"leave": {
        "pay_period_sick": {"hours": 4.0, **quote, "part_time": {"minimum_fte": 0.5, **quote}, "unpaid_period": quote},
        "pay_period_vacation": {"tiers": [{"from_year": 0, "hours": 4.0, **quote}, {"from_year": 5, "hours": 6.0, **quote}],
                                "part_time": {"minimum_fte": 0.5, **quote}, "maximum": {"hours": 200, **quote}}}}
    rules = Rules(contract=sample_contract, data=data, path="test")
    sick = leave.pay_period_accrual(rules, "sick", None, fte=0.75, periods=8, unpaid_periods=2)
    assert sick.primary is not None and sick.primary.value == 18  # 6 earning periods × 4 × 0.75
    assert "were spent entirely without pay" in " ".join(sick.work)
    assert leave.pay_period_accrual(rules, "sick", None, fte=0.4, periods=8).primary.value == 0  # below 0.5 FTE
    near_cap = leave.pay_period_accrual(rules, "vacation", 72, periods=3, balance=190)  # 6 years: 6 h a period
    assert near_cap.primary is not None and near_cap.primary.value == 200 and "maximum" in near_cap.work[-1]
    under = leave.pay_period_accrual(rules, "vacation", 24, periods=3, balance=100)
    assert under.primary is not None and under.primary.value == 112
    with pytest.raises(ToolInputError, match="months of service"):
        leave.pay_period_accrual(rules, "vacation", None, periods=3)
    with pytest.raises(ToolInputError, match="pay periods"):
        leave.pay_period_accrual(rules, "sick", None, periods=3, unpaid_periods=4)


def test_a_balance_carried_to_a_later_credit_earns_each_months_rate_and_meets_the_year_end_cap(sample_contract):
    """8.1 A: each monthly credit is at the rate of the service month it pays for (7 hours to month 36, 10 after);
    8.1 J: only 400 hours carry into a new calendar year, so the balance is cut before January's credit."""
    rules = load_rules(sample_contract)
    crossing = leave.projected_balance(rules, 0, date(2026, 12, 2), date(2027, 3, 1), months_credited=38)
    assert crossing.primary is not None and crossing.primary.value == 27  # months 36, 37, 38: 7 + 10 + 10
    capped = leave.projected_balance(rules, 395, date(2026, 11, 15), date(2027, 2, 1), months_credited=40)
    assert capped.primary is not None and capped.primary.value == 420  # 405 on Dec 1, cut to 400, + 10 + 10
    assert any("only 400 hours carry over" in line for line in capped.work)
    with pytest.raises(ToolInputError):
        leave.projected_balance(rules, 10, date(2027, 3, 1), date(2027, 3, 20), months_credited=40)


def test_a_shortage_adjusted_after_its_working_days_owes_a_day_rate_up_to_the_cap(sample_contract):
    """The due date skips weekends and the contract's own holidays (the sample's November 11 holiday); the
    penalty counts calendar days from the notice and stops at the cap; dates in the wrong order are refused."""
    from assistant.calculators import short_pay
    from assistant.calculators.rules import Rules

    quote = {"section": "6.7", "clause": "A.1", "quote": "Twenty-one (21) calendar days"}
    rules = Rules(contract=sample_contract, data={"pay": {"short_pay": {"working_days": 10, "per_day": 50, "max": 400,
                                                                         "rule": quote, "penalty": quote}}}, path="test")
    on_time = short_pay.short_pay_penalty(rules, date(2026, 11, 2), date(2026, 11, 17))
    assert on_time.primary is not None and on_time.primary.value == 0 and on_time.values["due"] == "2026-11-17"
    assert any("November 11, 2026, a holiday" in line for line in on_time.work), on_time.work
    late = short_pay.short_pay_penalty(rules, date(2026, 11, 2), date(2026, 11, 18))
    assert late.primary is not None and late.primary.value == 400  # 16 days × $50 = $800, capped at $400
    with pytest.raises(ToolInputError):
        short_pay.short_pay_penalty(rules, date(2026, 11, 18), date(2026, 11, 2))


def test_a_mileage_rate_set_outside_the_contract_is_the_members_and_an_airfare_caps_a_drive(sample_contract):
    """A rules entry with `rate_from` and no figure refuses to guess a rate, uses one the member gives (and says it is
    theirs), and, with `airfare_cap`, pays no more than the airfare for a drive taken instead of a flight."""
    from assistant.calculators import travel
    from assistant.calculators.rules import Rules

    quote = {"section": "6.7", "clause": "A.1", "quote": "Twenty-one (21) calendar days"}
    option = {"vehicle": "private vehicle", "per": "mile", "rate_from": "the IRS business rate", **quote,
              "airfare_cap": dict(quote)}
    rules = Rules(contract=sample_contract, data={"travel": {"mileage": [option]}}, path="test")
    with pytest.raises(ToolInputError, match="the IRS business rate"):
        travel.mileage(rules, 100)
    told = travel.mileage(rules, 100, rate_told=0.725)
    assert told.primary is not None and told.primary.value == 72.5
    assert any("$0.725 per mile you gave" in line for line in told.assumptions), told.assumptions
    capped = travel.mileage(rules, 400, rate_told=0.70, airfare=240)
    assert capped.primary is not None and capped.primary.value == 240  # 400 × $0.70 = $280, over the $240 airfare
    within = travel.mileage(rules, 200, rate_told=0.70, airfare=240)
    assert within.primary is not None and within.primary.value == 140
    with pytest.raises(ToolInputError):
        travel.mileage(rules, 100, rate_told=25.0)  # a rate per mile, not an hourly wage
