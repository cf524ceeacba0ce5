"""The calculators as named tools: JSON-validated inputs for the API, LangChain tools for a chat
model, and for the router each tool's own trigger (how it is recognised in a question and how its
inputs are read; see ``triggers``).

Each tool is a plain typed function over a contract's validated rules; this module chooses the
contract's rules (its rules file, or for deadlines the time limits found in its text), validates
input and wraps the functions. It never borrows another contract's rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationError, field_validator

from assistant.calculators import (
    acting,
    allowances,
    bereavement_pay,
    deadlines,
    differentials,
    disability,
    earned_time_off,
    holidays,
    late_pay,
    leave,
    leave_caps,
    leave_payout,
    limits,
    pay,
    severance,
    short_pay,
    travel,
    triggers,
    vacation_pay,
    wage,
)
from assistant.calculators.derived import derive
from assistant.calculators.question import Question, in_range
from assistant.calculators.result import CalcResult
from assistant.calculators.rules import Rules, load_rules, validate
from assistant.errors import DomainError, RulesError, ToolInputError, UnknownContract, UnknownTool
from assistant.scope import Scope
from assistant.snapshot import Snapshot
from ingest.structure import Contract


def _checked(value: Any) -> Any:
    """Pydantic reports a ValueError as invalid input (422), with the one-line reason."""
    if value is None:
        return None
    try:
        return in_range(value)
    except DomainError as exc:
        raise ValueError(str(exc)) from exc


class ContractInput(BaseModel):
    contract: str | None = Field(None, description="Contract id; needed when more than one contract is loaded.")


class DeadlineInput(ContractInput):
    start: date | datetime = Field(description="When this step's clock starts: the day you learned of the event (Step 1), or received the previous decision.")
    step: str = Field("step1-file", description="Step id from the contract's rules, e.g. step1-file, step2-appeal, arbitration.")
    track: str = Field("standard", description="Track id from the contract's rules, e.g. standard.")
    event_date: date | None = Field(None, description="The other date a cap or a 'whichever is earlier' rule counts from.")
    asked_on: date | None = Field(None, description="The day the question is asked, for 'how many days are left'.")
    ask: Literal["due", "days_left"] = "due"
    decision_from: date | None = Field(None, description="For a step that counts from the day the previous decision "
                                       "was due or received: when that decision's own clock started (the meeting, the filing).")
    decision_at_limit: bool = Field(False, description="For a step counted from the previous decision: that decision "
                                    "comes on the last day it may, and `start` is when its own clock started (the appeal's filing).")
    chain_from: str | None = Field(None, description="Step id whose clock starts at `start`, when the steps from it up to "
                                   "`step` each happen on their last allowed day ('if we wait till the last day to appeal "
                                   "and they take all their time').")

    @field_validator("start", "event_date", "asked_on", "decision_from")
    @classmethod
    def _dates_in_range(cls, value: Any) -> Any:
        return _checked(value)


class TimelineInput(ContractInput):
    start: date | datetime = Field(description="The day you learned of the event (or received the decision the track starts from).")
    track: str = Field("standard", description="Track id from the contract's rules, e.g. standard.")

    @field_validator("start")
    @classmethod
    def _date_in_range(cls, value: Any) -> Any:
        return _checked(value)


class FteStretch(BaseModel):
    periods: int = Field(ge=1, le=260, description="How many pay periods in a row at this FTE.")
    fte: float = Field(gt=0, le=1, description="The budgeted FTE over them (1.0 is full time).")


class TimeBaseStretch(BaseModel):
    months: int = Field(ge=1, le=120, description="How many months in a row on this time base.")
    time_base: str = Field(description="'full' or a fraction from the contract's part-time chart such as '3/4'.")


class LeaveInput(ContractInput):
    kind: Literal["accrual", "bereavement", "carry_over", "year_end", "projection", "first_credit", "vacation_year",
                  "pay_period", "vacation_pay", "bereavement_pay", "remaining", "payout"] = "accrual"
    payout_hours: float | None = Field(None, gt=0, le=10000, description="payout: hours of unused leave on the books.")
    past_anniversary: bool = Field(False, description="vacation_pay: the service is more than the whole months given (the "
                                   "anniversary that completed them has already passed).")
    capped: str | None = Field(None, description="remaining: the capped leave, as the contract's rules name it.")
    used_hours: list[float] = Field(default_factory=list, description="remaining: each use of the leave so far, in hours "
                                    "(accrual, projection: hours of the leave asked about already used, taken off its balance).")
    days_lost: int | None = Field(None, ge=1, le=31, description="bereavement_pay: days of work lost to the funeral.")
    hourly_rate: float | None = Field(None, gt=0, le=10000, description="bereavement_pay: the base hourly rate.")
    on: date | None = Field(None, description="bereavement_pay: the day the service threshold is read on (default today).")
    gross_wages: float | None = Field(None, gt=0, le=10_000_000, description="vacation_pay: the gross wages a vacation pay "
                                      "percentage applies to.")
    balance_hours: float | None = Field(None, ge=0, le=10000, description="Vacation hours at the year's end (carry_over), "
                                        "or now (year_end, projection).")
    as_of_month: int | None = Field(None, ge=1, le=12, description="The month the balance is from (year_end).")
    months_of_service: int | None = Field(None, ge=0, le=600, description="Completed months of service (accrual).")
    time_base: str = Field("full", description="'full' or a fraction from the contract's part-time chart such as '1/2'.")
    ask: Literal["vacation_balance", "vacation_monthly", "vacation_yearly", "sick_balance", "sick_monthly", "sick_yearly",
                 "cap_month", "days"] = "vacation_balance"
    months_ahead: int = Field(12, ge=1, le=600, description="For vacation_yearly / sick_yearly: how many months ahead "
                              "to add up ('over the next 6 months').")
    start_date: date | None = Field(None, description="The day service began (first_credit: when vacation is first "
                                    "credited; vacation_year: its month sets each anniversary).")
    vacation_year: int | None = Field(None, ge=1900, le=2200, description="vacation_year: the calendar year the "
                                      "vacation year begins in.")
    through: date | None = Field(None, description="vacation_year: the last month counted, for part of the year; "
                                 "projection: the day the balance is asked for.")
    from_month: date | None = Field(None, description="vacation_year: the first month counted (with through the same "
                                    "month: one month's credit).")
    as_of: date | None = Field(None, description="projection: the day the balance given is from.")
    months_not_earned: list[str] | None = Field(None, description="vacation_year: months (YYYY-MM) without the pay a month "
                                                "needs to earn credits (unpaid leave), left out.")
    one_time: bool = Field(False, description="vacation_year: count a one-time credit that falls in the year (where the "
                           "rules give one) in the total, not only as a note.")
    fte: float = Field(1.0, gt=0, le=1, description="pay_period: the budgeted FTE (1.0 is full time).")
    leave: Literal["vacation", "sick"] = Field("vacation", description="pay_period: which leave is earned.")
    periods: int | None = Field(None, ge=1, le=260, description="pay_period: over how many pay periods (none: one).")
    unpaid_periods: int = Field(0, ge=0, le=260, description="pay_period: of those, periods spent entirely without pay.")
    time_bases: list[TimeBaseStretch] | None = Field(None, description="accrual (vacation_yearly, sick_yearly): the months "
                                                     "ahead in stretches on different time bases, in order; their months "
                                                     "are the months counted.")
    fte_stretches: list[FteStretch] | None = Field(None, description="pay_period: stretches of pay periods at different "
                                                   "FTEs, in order ('5 at 1.0, then 5 at 0.5'), instead of periods and fte.")
    relation: str | None = Field(None, description="Who died (bereavement), e.g. 'brother', 'mother-in-law'.")
    travel_miles: float | None = Field(None, ge=0, le=25000, description="Miles one way to travel for the funeral.")


class DayWorked(BaseModel):
    day: str = Field(description="'monday' … 'sunday', or 'holiday'.")
    hours: float = Field(gt=0, le=24, description="Hours worked that day.")
    holiday: bool = Field(False, description="The day was a holiday, or the day a holiday was observed on.")


class OvertimeInput(ContractInput):
    hours_worked_week: float | None = Field(None, ge=0, le=168, description="Hours worked in the workweek (holidays excluded).")
    overtime_minutes: int | None = Field(None, ge=0, le=10080, description="Minutes of overtime worked at one time.")
    holiday_hours: float = Field(0, ge=0, le=80, description="Holiday hours in the week; they count as time worked.")
    hourly_rate: float | None = Field(None, ge=0, le=10000, description="Hourly rate, for overtime paid in cash.")
    cto_balance: float | None = Field(None, ge=0, le=10000, description="CTO hours already banked, for the CTO cap.")
    ask: Literal["credited", "credited_minutes", "cto", "pay", "gross", "cash", "over_cap", "meal_allowance", "cto_room"] = "credited"
    rest_day: bool = Field(False, description="meal_allowance: the overtime was on a day of rest or a holiday.")
    meal_spent: float | None = Field(None, gt=0, le=1000, description="meal_allowance: what the meal cost, where the "
                                     "contract reimburses the cost up to the allowance.")
    before_minutes: int = Field(0, ge=0, le=1440, description="meal_allowance: overtime worked before the shift began, "
                                "a stretch of its own.")
    regular_day_hours: float | None = Field(None, gt=0, le=24, description="meal_allowance: the hours of a regular "
                                            "workday, where a day off's allowance depends on them.")
    with_meal: bool = Field(False, description="Where overtime is paid by the day past the shift: add the overtime meal "
                            "allowance the same stretch earns (asked 'incl the meal money').")
    week_days: list[float] | None = Field(None, description="The hours of each day worked in the week, where given "
                                          "(for overtime counted by the day as well as the week).")
    paid_hours: float | None = Field(None, gt=0, le=168, description="Overtime hours a check already paid at the overtime "
                                     "rate (with ask 'pay': the result is what is still owed).")
    occurrences: list[int] | None = Field(None, description="Minutes of each separate stay past the shift, where the "
                                          "question lists them ('tue 35 min, wed 1 hr 5 min'): each credited on its own.")
    day: str | None = Field(None, description="Where overtime is paid by the day: the day worked ('monday' … "
                                              "'sunday', or 'holiday').")
    day_hours: float | None = Field(None, gt=0, le=24, description="Hours worked that day (daily overtime).")
    days_worked: list[DayWorked] | None = Field(None, description="Where overtime is paid by the day: several days of "
                                                "the week, each with its hours, paid day by day and added up.")
    past_shift_minutes: int | None = Field(None, gt=0, le=960, description="Where overtime is paid by the day: minutes "
                                           "worked past the end of the normal shift that day (meal breaks taken left out).")
    schedule: str | None = Field(None, description="The member's schedule as the contract names it, e.g. '4x10'.")
    shift: str | None = Field(None, description="Where the rules pay a flat premium an hour on some shifts: the shift "
                              "worked as they name it, e.g. 'second shift'.")
    reported: bool = Field(False, description="Where overtime is paid by the day: the member reported for overtime set "
                           "in advance on a day of rest or a holiday off (a minimum may apply, `rest_day_minimum`).")
    overtime_only: bool = Field(False, description="Where overtime is paid by the day: the pay for the day's overtime "
                                "hours alone is asked, not the whole day's.")
    comp_leave_balance: float | None = Field(None, ge=0, le=2000, description="Where overtime is paid by the day and "
                                             "taken as compensatory leave: the leave already credited this year.")
    meal_worked: bool = Field(False, description="Where overtime is paid by the day: the time past the shift is a regular "
                              "meal period the member was made to work through (pay.daily_overtime.meal_worked).")


class CallPeriod(BaseModel):
    start: str = Field(description="HH:MM, 24-hour: when the call-back work began.")
    end: str = Field(description="HH:MM, 24-hour: when it ended.")


class DayTrip(BaseModel):
    departure: datetime = Field(description="When that trip began.")
    return_at: datetime = Field(description="When that trip ended.")
    spent: dict[str, float] | None = Field(None, description="What each meal of that trip cost ('breakfast': 7.5).")


class CallDay(BaseModel):
    day: str = Field(description="The day the calls were on, as told ('monday').")
    calls: list[CallPeriod] = Field(min_length=1, description="That day's calls, each with its start and end.")
    next_shift_start: str | None = Field(None, description="HH:MM: that day's next shift, where the last call ran into it.")


class PhoneCall(BaseModel):
    at: str | None = Field(None, description="HH:MM, 24-hour: when the call came in or was made.")
    minutes: float = Field(gt=0, le=1440, description="How long the call lasted.")


class CallBackInput(ContractInput):
    phone_calls: list[PhoneCall] | None = Field(None, description="Work calls taken or made at home, outside working "
                                                "hours, each with its length (and time, if known).")
    hours_worked: float | None = Field(None, ge=0, le=24, description="Hours actually worked on the call back.")
    calls: list[CallPeriod] | None = Field(None, description="Each call's start and end, for several calls in one night.")
    separate_hours: list[float] | None = Field(None, description="Call backs on different days, each with the hours worked "
                                               "('tues 1 hr 15 min, thurs 2.5 hrs'): each its own call back, minimum and "
                                               "all; the credit or pay is their sum.")
    call_days: list[CallDay] | None = Field(None, description="Call backs on several days, each day's calls by the clock "
                                            "(and its next shift's start): each day worked out on its own, then summed.")
    notified_before_shift_end: bool = False
    hours_after_shift_end: float | None = Field(None, ge=0, le=24)
    hours_until_next_shift: float | None = Field(None, ge=0, le=24)
    next_shift_start: str | None = Field(None, description="HH:MM: when your next shift starts.")
    within_previous_call_window: bool = False
    day_off: bool = Field(False, description="A meeting, training or assignment scheduled on your day off.")
    hourly_rate: float | None = Field(None, gt=0, le=10000, description="Straight-time hourly rate, for the pay where "
                                      "the contract pays the greater of overtime or a minimum.")
    reporting: bool = Field(False, description="Reported for work and was given none (reporting time).")
    notice_hours: float | None = Field(None, ge=0, le=24, description="How many hours before the shift's start you were "
                                       "told not to report, where the contract sets the notice needed.")
    days_waiting: int | None = Field(None, ge=0, le=60, description="Working days kept waiting on hire or transfer "
                                     "before being put to work (waiting time).")
    weather: bool = Field(False, description="Sent home because of the weather (reporting time).")
    shift: str | None = Field(None, description="Reporting time: the shift reported for, as the rules name it, where they "
                              "pay a flat premium an hour on it (e.g. 'second shift').")
    past_weekly_threshold: bool = Field(False, description="The week's straight-time hours were already worked, so the work "
                                        "time credited is overtime, paid at the rules' overtime rate (with hourly_rate).")


class WageInput(ContractInput):
    ask: Literal["rate", "pay", "premium", "hours_needed"] = "rate"
    hours: float | None = Field(None, ge=0, le=2000, description="Hours worked in the pay period or premium period "
                                "(hours_needed: so far).")
    roles: list[str] = Field(default_factory=list, description="Roles paid an addition, as the rules name them.")
    nth: int | None = Field(None, ge=1, le=50, description="Which period of earning the premium this is (1 = first).")
    condition_counts: dict[str, float] = Field(default_factory=dict, description="Counts the premium's conditions need.")
    without_premium: bool = False
    role_hours: float | None = Field(None, ge=0, le=2000, description="pay: the hours of the period worked in the roles, "
                                     "where only those earn the roles' additions (the rest at the base).")
    meal_minutes: int = Field(0, ge=0, le=120, description="pay: an unpaid meal break taken inside the hours told, taken off "
                              "them where the rules' wage.unpaid_meal says the meal is unpaid.")


class SeveranceInput(ContractInput):
    years: int = Field(ge=0, le=60, description="Completed years of continuous employment.")
    days: int = Field(0, ge=0, le=365, description="Days of continuous employment beyond the completed years.")
    hourly_rate: float | None = Field(None, gt=0, le=10000, description="Hourly rate, for the weekly rate of pay.")
    first_lay_off: bool = Field(True, description="False for a second or later lay-off.")
    ending: str = Field("", max_length=40, description="Another end of employment the rules pay severance for "
                        "(a key of pay.severance.endings: 'death', 'incapacity'); empty for a lay-off.")
    unpaid_leave_days: int = Field(0, ge=0, le=21900, description="Days of leave without pay inside that employment, "
                                   "for a reason the rules deduct (pay.severance.unpaid_leave).")


class ActingPayInput(ContractInput):
    base_rate: float = Field(gt=0, le=10000, description="The member's own base hourly rate.")
    first_step: float = Field(gt=0, le=10000, description="The first step (hourly) of the higher classification's range.")


class LateFinalPayInput(ContractInput):
    ending: Literal["laid_off", "quit"] = Field(description="How the job ended: laid_off (or discharged) or quit.")
    days_late: int = Field(ge=0, le=366, description="Working days the final pay was late.")
    hourly_rate: float | None = Field(None, gt=0, le=10000, description="Straight-time hourly rate.")


class ShortPayInput(ContractInput):
    notice_received: date = Field(description="The day the employer received the written notice of the shortage.")
    adjusted_on: date = Field(description="The day the adjustment was paid.")

    @field_validator("notice_received", "adjusted_on")
    @classmethod
    def _date_in_range(cls, value: Any) -> Any:
        return _checked(value)


class DifferentialInput(ContractInput):
    name: str = Field(description="The differential, as the contract's rules name it.")
    time_base: str = Field("full", description="'full' or the member's time base as a fraction, e.g. '3/4'.")


class AllowanceInput(ContractInput):
    name: str = Field(description="The allowance, as the contract's rules name it.")
    hours: float | None = Field(None, gt=0, le=744, description="Hours worked under the condition (an allowance paid by the hour).")
    hourly_rate: float | None = Field(None, gt=0, le=10000, description="Basic hourly rate (an allowance that is a share of it).")
    times: int = Field(1, ge=1, le=1000, description="How many times it applies (an allowance paid by the occasion).")
    cost: float | None = Field(None, gt=0, le=1_000_000, description="What the member paid (an allowance that is a share of a cost).")


class DisabilityInput(ContractInput):
    ask: Literal["weekly", "first_day"] = "weekly"
    weekly_pay: float | None = Field(None, gt=0, le=100000, description="weekly: the member's full pay a week.")
    began: date | None = Field(None, description="first_day: the day the disability began.")


class StandbyInput(ContractInput):
    hours: float = Field(ge=0, le=744, description="Hours on standby (pay: hours of daily duty).")
    weeks: float = Field(0, ge=0, le=53, description="pay: whole weeks assigned to a weekly duty rotation.")
    pay: bool = Field(False, description="A duty the contract pays in money by the week or hour (a cell phone or pager "
                      "duty), not standby credited as CTO.")
    called_back_with_credit: bool = Field(False, description="Called back during the standby and given call-back credit.")
    called_back_hours: float | None = Field(None, gt=0, description="The hours of the one standby period (of several) "
                                            "the call back fell in; only that period loses its credit.")
    required: bool = Field(True, description="False when the member was never required to be available (not standby).")


class RestBreaksInput(ContractInput):
    shift_hours: list[float] = Field(description="Each shift's length in hours, e.g. [3.5, 3].")
    meal_shifts: list[int] = Field(default_factory=list, description="The shifts (1 = first) on which a meal break was "
                                   "taken, where the contract says a meal break replaces the rest break.")


class NightShiftInput(ContractInput):
    kind: Literal["differential", "day_pay", "premium", "premium_hours"] = Field(
        "differential", description="differential: which window a regular shift qualifies for; day_pay: a day's pay on "
        "a shift the contract pays a flat premium an hour for; premium: a premium that is a fraction of the hourly rate "
        "per hour or half-hour worked on a named shift; premium_hours: a flat premium an hour over the hours worked on "
        "a premium shift.")
    premium_hours: float | None = Field(None, gt=0, le=744, description="premium_hours: hours worked on the premium shift.")
    start: str | None = Field(None, description="Shift start, HH:MM 24-hour, e.g. 22:00 (differential).")
    end: str | None = Field(None, description="Shift end, HH:MM 24-hour, e.g. 06:30 (differential).")
    ask: Literal["rate", "per_shift"] = "rate"
    day: str | None = Field(None, description="day_pay: the day worked ('monday' … 'sunday', or 'holiday').")
    day_hours: float | None = Field(None, gt=0, le=24, description="day_pay: hours worked that day.")
    hourly_rate: float | None = Field(None, ge=0, le=10000, description="day_pay: the member's hourly rate.")
    schedule: str | None = Field(None, description="day_pay: the schedule as the contract names it, e.g. '5x8'.")
    shift: str | None = Field(None, description="day_pay: the premium shift as the rules name it, e.g. 'third shift'.")
    shifts: int | None = Field(None, ge=1, le=31, description="premium, differential: how many such shifts were worked.")
    meal_start: str | None = Field(None, description="differential: an unpaid meal period's start, HH:MM 24-hour.")
    meal_end: str | None = Field(None, description="differential: the unpaid meal period's end, HH:MM 24-hour.")
    meal_minutes: int = Field(0, ge=0, le=120, description="differential: an unpaid meal's length, when its times are "
                              "not given; not paid the differential.")
    waived: int | None = Field(None, ge=0, description="differential: the rules' waiver (`pay.night_shift.waived`, by "
                               "its place in the list) the member's schedule falls under.")
    group: int | None = Field(None, ge=0, description="differential: the rules' class of employee (`pay.night_shift."
                              "groups`, by its place in the list) the member belongs to, with its own minimum hours.")
    part_time_percent: float | None = Field(None, gt=0, le=100, description="differential: a part-time member's share of "
                                            "full time, in percent, where the rules pay part-timers from a minimum share.")
    days_worked: list[DayWorked] | None = Field(None, description="day_pay: several days of one week on the shift, each "
                                                "with its hours (each day's bands, the premium on every hour).")
    stint_days: int | None = Field(None, ge=1, le=7, description="premium: consecutive workdays on the shift this week, "
                                   "where the rules pay a shorter stint another way (`pay.shift_premium.short_stint`).")
    next_to_shift_week: bool = Field(False, description="premium: the stint is the first or last days of a week next to a "
                                                        "full week on that shift.")


class HolidayInYear(BaseModel):
    name: str = Field(description="The holiday as the contract's list names it, e.g. 'Christmas Day'.")
    year: int = Field(ge=1900, le=2199)


class HolidaysInput(ContractInput):
    kind: Literal["calendar", "work_pay", "part_time_off", "temporary_work"] = "calendar"
    fte: float | None = Field(None, gt=0, le=1, description="part_time_off: the budgeted FTE.")
    scheduled_hours: float | None = Field(None, gt=0, le=24, description="part_time_off: the hours a set schedule has "
                                          "on the holiday.")
    month_hours: float | None = Field(None, gt=0, le=744, description="part_time_off: hours worked the previous month.")
    month_days: int | None = Field(None, gt=0, le=31, description="part_time_off: days worked the previous month.")
    year: int | None = Field(None, ge=1900, le=2199, description="The year whose holidays to list (calendar).")
    asked: str | None = Field(None, description="A holiday's name, or 'saturday' / 'sunday' / 'weekend'.")
    hours_worked: float | None = Field(None, gt=0, le=24, description="Hours worked on the holiday (work_pay).")
    holiday: str | None = Field(None, description="Which holiday was worked (work_pay).")
    hourly_rate: float | None = Field(None, ge=0, le=10000, description="Straight-time hourly rate, for the pay in dollars (work_pay).")
    normal_day_hours: float | None = Field(None, gt=0, le=24, description="Hours of the member's normal scheduled "
                                           "workday, where the contract pays a holiday as a normal day (work_pay).")
    schedule: str | None = Field(None, description="The member's schedule, where the contract moves a holiday that "
                                                   "falls on its day off (calendar).")
    with_meal: bool = Field(False, description="work_pay: add the overtime meal allowance the day earns (where the rules "
                            "give one for holidays).")
    worked_only: bool = Field(False, description="Leave the holiday pay or credit out: the pay for the hours worked "
                                                 "alone (work_pay).")
    days: int = Field(1, ge=1, le=31, description="work_pay: how many holidays were worked, the same hours on each.")
    overnight: bool = Field(False, description="work_pay: the shift runs past midnight; where the rules say which of two "
                                               "such shifts the holiday premium is for, the answer says so and cites it.")
    days_off: list[str] | None = Field(None, description="The member's two days off in week order, e.g. "
                                       "['wednesday', 'thursday'], where the contract moves a holiday on them (calendar).")
    credit_of: list[HolidayInYear] | None = Field(None, description="calendar: holidays, each in its year, whose credit "
                                                  "for falling on a Saturday is added up.")


class TravelInput(ContractInput):
    kind: Literal["mileage", "meals", "meal_rate", "first_day", "initial_terminal", "subsistence", "drop_off",
                  "time_off", "travel_time"] = "mileage"
    travel_hours: float | None = Field(None, gt=0, le=24, description="travel_time: hours spent travelling on a day of rest.")
    worked_hours: float = Field(0, ge=0, le=24, description="travel_time: hours worked that day after travelling.")
    hourly_rate: float | None = Field(None, gt=0, le=1000, description="travel_time: the straight-time hourly rate, for pay.")
    nights: float | None = Field(None, ge=0, le=10000, description="time_off: nights away that count toward time off "
                                 "earned by travelling (travel status leave).")
    time_off: str | None = Field(None, description="time_off: which time off, where the rules count more than one.")
    home_miles: float | None = Field(None, gt=0, le=2000, description="drop_off: the terminal's distance from home.")
    office_miles: float | None = Field(None, gt=0, le=2000, description="drop_off: the terminal's distance from "
                                       "headquarters.")
    from_home: bool = Field(False, description="drop_off: the trip began early enough, or on a day off, for the rule's "
                            "exception (counted from home).")
    area: str | None = Field(None, description="subsistence: the town or area of the project, as the contract's table names it.")
    extra_day: bool = Field(False, description="subsistence: the member claims the day before starting or after finishing "
                            "and has proof of the accommodation (paid where the rules' `extra_day` says).")
    radius_km: float | None = Field(None, gt=0, le=5000, description="initial_terminal (and subsistence, where both are "
                                    "asked): the project's distance from the hall in radius kilometres.")
    ending: Literal["laid_off", "quit", "on_job"] = Field("laid_off", description="initial_terminal: how the job ended "
                                                          "(quit includes termination for cause), or on_job.")
    days_on_job: int | None = Field(None, ge=0, le=3660, description="initial_terminal: calendar days on the job.")
    client_transport: bool = Field(False, description="initial_terminal: the client provides transportation.")
    miles: float | None = Field(None, ge=0, le=100000, description="Distance driven on business, in the unit of the "
                                "vehicle's rate (miles, or kilometres where the contract pays per kilometre).")
    days: int | None = Field(None, ge=1, le=366, description="Days worked or reported for, where the rate is paid per day.")
    commute_miles: float | None = Field(None, ge=0, le=100000, description="The normal commute over the same legs, where "
                                        "the contract pays only the miles beyond it.")
    vehicle: str | None = Field(None, description="Vehicle, as the contract's rules name it (default: the first listed).")
    mileage_rate: float | None = Field(None, gt=0, le=10, description="mileage: the rate per mile (or kilometre) where the "
                                       "contract pays one set elsewhere (an IRS or government rate) and does not state it.")
    airfare: float | None = Field(None, gt=0, le=100000, description="mileage: the best airfare, where the member drove "
                                  "instead of flying and the contract caps the mileage at it.")
    departure: datetime | None = Field(None, description="When the trip began (meals; first_day: the departure of a "
                                       "trip of more than 24 hours, for its first day's meals).")
    return_at: datetime | None = Field(None, description="When the trip ended (meals).")
    day_trips: list[DayTrip] | None = Field(None, description="meals: several day trips, each with its own departure, "
                                            "return and what was spent; each trip's meals worked out on its own, then summed.")
    meal: str | None = Field(None, description="breakfast | lunch | dinner | incidentals (meal_rate).")
    other_costs: dict[str, float] | None = Field(None, description="meals: parking, tolls or fares paid on the trip, by "
                                                 "what they were ('parking': 4.0), added as spent where the rules' "
                                                 "`actual_costs` names them.")
    spent: dict[str, float] | None = Field(None, description="meals: what was actually spent, reimbursed up to each "
                                           "maximum: a one-day trip by meal ('breakfast': 8.5), a longer one by day and "
                                           "meal ('tue:lunch': 12.4), incidentals in all ('incidentals') or per 24 hours "
                                           "('incidentals:each').")

    @field_validator("departure", "return_at")
    @classmethod
    def _dates_in_range(cls, value: Any) -> Any:
        return _checked(value)


class TimeLimitInput(ContractInput):
    section: str = Field(description="The section whose time limit to count, e.g. 18.05.")
    clause: str = Field("", description="Its clause, e.g. B, when the section has several.")
    phrase: str | None = Field(None, description="The limit as written, when the clause states more than one.")
    start: date = Field(description="The day the limit counts from (or, for a limit 'prior to' a date, that date).")
    asked_on: date | None = Field(None, description="The day the question is asked, to say whether the date has passed.")
    from_action: bool = Field(False, description="For a limit that runs before something (a notice due so many days "
                              "before a layoff takes effect): `start` is the day the action was done (the notice "
                              "mailed), and the earliest day that something may be is asked.")

    @field_validator("start", "asked_on")
    @classmethod
    def _dates_in_range(cls, value: Any) -> Any:
        return _checked(value)


def _time(value: str) -> str:
    if not re.fullmatch(r"\d{1,2}:\d{2}", value or ""):
        raise ToolInputError(f"Time {value!r} must be HH:MM on a 24-hour clock, e.g. 22:00.")
    hours, minutes = (int(part) for part in value.split(":"))
    if hours > 24 or minutes > 59:
        raise ToolInputError(f"Time {value!r} is not a time of day; use HH:MM between 00:00 and 23:59.")
    return value


def _deadline(r: Rules, i: DeadlineInput) -> CalcResult:
    if i.chain_from is not None and i.chain_from != i.step:
        return deadlines.grievance_chain(r, i.start, i.chain_from, i.step, i.track, i.asked_on)
    return deadlines.grievance_deadline(r, i.start, i.step, i.track, i.event_date, i.asked_on, i.ask, i.decision_from,
                                        i.decision_at_limit)


def _time_limit(r: Rules, i: TimeLimitInput) -> CalcResult:
    return limits.time_limit(r, limits.find(r.contract, i.section, i.clause, i.phrase), i.start, i.asked_on, i.from_action)


def _leave(r: Rules, i: LeaveInput) -> CalcResult:
    if i.kind == "payout":
        if i.payout_hours is None or i.hourly_rate is None:
            raise ToolInputError("Give the hours on the books (payout_hours) and the hourly rate.")
        return leave_payout.payout(r, i.payout_hours, i.hourly_rate, i.months_of_service)
    if i.kind == "remaining":
        if not i.capped:
            raise ToolInputError("Say which capped leave (capped), as the contract's rules name it.")
        return leave_caps.remaining(r, i.capped, i.used_hours)
    if i.kind == "bereavement_pay":
        if i.months_of_service is None or not i.relation or i.days_lost is None:
            raise ToolInputError("Give who died, the days of work lost and the months of continuous service.")
        return bereavement_pay.bereavement_pay(r, i.relation, i.days_lost, i.months_of_service, i.on or date.today(),
                                               i.hourly_rate)
    if i.kind == "vacation_pay":
        if i.months_of_service is None:
            raise ToolInputError("Give the years (and months) of service (months_of_service).")
        return vacation_pay.vacation_pay(r, i.months_of_service, i.gross_wages, i.past_anniversary)
    if i.kind == "bereavement":
        if not i.relation:
            raise ToolInputError("Say who died (relation), e.g. 'brother'.")
        return leave.bereavement(r, i.relation, i.travel_miles, i.time_base, i.ask)
    if i.kind == "carry_over":
        if i.balance_hours is None:
            raise ToolInputError("Give the vacation hours you will have at the end of the year.")
        return leave.carry_over(r, i.balance_hours, over=i.ask == "cap_month")
    if i.kind == "year_end":
        if i.balance_hours is None or i.as_of_month is None or i.months_of_service is None:
            raise ToolInputError("Give the balance now, the month it is from and the months of service.")
        return leave.year_end_balance(r, i.balance_hours, i.as_of_month, i.months_of_service, i.time_base,
                                      "over_cap" if i.ask == "cap_month" else "vacation_balance")
    if i.kind == "projection":
        if i.balance_hours is None or i.as_of is None or i.through is None or i.months_of_service is None:
            raise ToolInputError("Give the balance now, the day it is from, the day asked about and the months of service.")
        return leave.projected_balance(r, i.balance_hours, i.as_of, i.through, i.months_of_service, i.time_base,
                                       sum(i.used_hours))
    if i.kind == "pay_period":
        if i.fte_stretches:
            return leave.pay_period_stretches(r, i.leave, i.months_of_service, [(x.periods, x.fte) for x in i.fte_stretches])
        if i.leave == "vacation" and i.periods is None and i.balance_hours is None:
            if i.months_of_service is None:
                raise ToolInputError("Give months_of_service.")
            return leave.pay_period_vacation(r, i.months_of_service, i.fte)
        return leave.pay_period_accrual(r, i.leave, i.months_of_service, i.fte, i.periods or 1, i.unpaid_periods,
                                        i.balance_hours, over=i.ask == "cap_month")
    if i.kind == "vacation_year":
        if i.start_date is None or i.vacation_year is None:
            raise ToolInputError("Give the month service began (start_date) and the vacation year (vacation_year).")
        return leave.vacation_year(r, i.start_date, i.vacation_year, i.through, i.one_time, i.months_not_earned,
                                   i.from_month)
    if i.kind == "first_credit":
        if i.start_date is None:
            raise ToolInputError("Give the day your service began (start_date).")
        return leave.first_credit(r, i.start_date, i.time_base)
    if i.months_of_service is None:
        raise ToolInputError("Give months_of_service.")
    if i.ask == "days":
        raise ToolInputError("ask 'days' is for bereavement leave.")
    return leave.leave_accrual(r, i.months_of_service, i.time_base, i.ask, i.months_ahead, sum(i.used_hours),
                               [(x.months, x.time_base) for x in i.time_bases] if i.time_bases else None)


def _overtime(r: Rules, i: OvertimeInput) -> CalcResult:
    if i.ask == "meal_allowance":
        if i.overtime_minutes is None:
            raise ToolInputError("Give the minutes of overtime worked.")
        return pay.overtime_meal(r, i.overtime_minutes, i.rest_day, i.meal_spent, i.before_minutes, i.regular_day_hours)
    if i.ask == "cto_room":
        if i.cto_balance is None:
            raise ToolInputError("Give the CTO hours already banked (cto_balance).")
        return pay.cto_room(r, i.cto_balance)
    if i.days_worked:
        return pay.daily_overtime_days(r, [(d.day, d.hours) for d in i.days_worked], i.schedule, i.hourly_rate,
                                       i.overtime_only, holiday=next((d.day for d in i.days_worked if d.holiday), None))
    if i.day is not None:
        if i.day_hours is None and i.past_shift_minutes is None:
            raise ToolInputError("Give the hours worked that day, or the minutes worked past the end of the shift.")
        day = pay.daily_overtime(r, i.day_hours, i.day, i.schedule, i.hourly_rate, i.shift,
                                 past_shift_minutes=i.past_shift_minutes, reported=i.reported,
                                 overtime_only=i.overtime_only, comp_leave_balance=i.comp_leave_balance,
                                 meal_worked=i.meal_worked)
        if i.with_meal and i.past_shift_minutes is not None and r.has("pay", "overtime_meal"):
            return pay.with_meal(r, day, i.past_shift_minutes)
        return day
    return pay.overtime(r, None if i.hours_worked_week is None else round(i.hours_worked_week * 60), i.overtime_minutes,
                        i.holiday_hours, i.hourly_rate, i.ask, i.cto_balance, i.week_days, i.occurrences, i.paid_hours)


def _night(r: Rules, i: NightShiftInput) -> CalcResult:
    if i.kind == "day_pay" and i.days_worked and i.shift is not None:
        return pay.daily_overtime_days(r, [(d.day, d.hours) for d in i.days_worked], i.schedule, i.hourly_rate,
                                       holiday=next((d.day for d in i.days_worked if d.holiday), None), shift=i.shift,
                                       tool="night_shift")
    if i.kind == "day_pay":
        if i.day is None or i.day_hours is None or i.shift is None:
            raise ToolInputError("Give the day worked, its hours and the shift (day_pay).")
        return pay.daily_overtime(r, i.day_hours, i.day, i.schedule, i.hourly_rate, i.shift, tool="night_shift")
    if i.kind == "premium_hours":
        if i.shift is None or i.premium_hours is None:
            raise ToolInputError("Give the shift and the hours worked on it (premium_hours).")
        return pay.flat_premium_hours(r, i.shift, i.premium_hours)
    if i.kind == "premium":
        if i.shift is None or i.hourly_rate is None:
            raise ToolInputError("Give the shift and your basic hourly rate (premium).")
        stint = r.get("pay", "shift_premium").get("short_stint")
        if stint and i.stint_days is not None and i.stint_days < int(stint["min_consecutive_days"]) and not i.next_to_shift_week:
            return pay.short_shift_stint(r, i.shift, i.hourly_rate, i.stint_days, i.day_hours)
        return pay.shift_premium(r, i.shift, i.hourly_rate, i.day_hours, i.shifts)
    if i.start is None or i.end is None:
        raise ToolInputError("Give the shift's start and end (HH:MM).")
    meal = (_time(i.meal_start), _time(i.meal_end)) if i.meal_start and i.meal_end else None
    return pay.night_shift(r, _time(i.start), _time(i.end), i.ask, meal, i.shifts, i.meal_minutes, i.waived,
                           i.group, i.part_time_percent)


def _call_back(r: Rules, i: CallBackInput) -> CalcResult:
    if i.phone_calls:
        return pay.phone_calls(r, [(_time(c.at) if c.at else None, c.minutes) for c in i.phone_calls])
    if i.reporting or i.days_waiting is not None:
        return pay.reporting_time(r, i.notified_before_shift_end, i.days_waiting, i.hourly_rate, i.weather, i.notice_hours,
                                  i.shift)
    if i.separate_hours:
        return pay.separate_call_backs(r, i.separate_hours, i.hourly_rate)
    if i.call_days:
        return pay.call_backs_by_day(r, [(d.day, [{"start": _time(c.start), "end": _time(c.end)} for c in d.calls],
                                          _time(d.next_shift_start) if d.next_shift_start else None) for d in i.call_days],
                                     i.hourly_rate)
    calls = [{"start": _time(c.start), "end": _time(c.end)} for c in i.calls] if i.calls else None
    result = pay.call_back(r, i.hours_worked, i.notified_before_shift_end, i.hours_after_shift_end, i.hours_until_next_shift,
                           i.within_previous_call_window, calls, i.day_off,
                           _time(i.next_shift_start) if i.next_shift_start else None, i.hourly_rate)
    if i.past_weekly_threshold:
        if i.hourly_rate is None:
            raise ToolInputError("Give the hourly rate, to pay the credited time as overtime.")
        return pay.credited_as_overtime(r, result, i.hourly_rate)
    return result


def _holidays(r: Rules, i: HolidaysInput) -> CalcResult:
    if i.kind == "part_time_off":
        if i.fte is None:
            raise ToolInputError("Give your budgeted FTE.")
        return holidays.part_time_holiday_pay(r, i.fte, i.scheduled_hours, i.month_hours, i.month_days, i.hourly_rate)
    if i.kind == "temporary_work":
        if i.hours_worked is None:
            raise ToolInputError("Give the hours worked on the holiday.")
        return holidays.temporary_holiday_work_pay(r, i.hours_worked, i.hourly_rate)
    if i.kind == "work_pay":
        if i.hours_worked is None:
            raise ToolInputError("Give the hours worked on the holiday.")
        worked = holidays.holiday_work_pay(r, i.hours_worked, i.holiday, i.hourly_rate, i.normal_day_hours, i.worked_only,
                                           i.days, i.overnight)
        if i.with_meal:
            if not r.has("pay", "overtime_meal", "rest_day") or i.days != 1:
                raise ToolInputError("The contract's rules give no meal allowance for one holiday's work to add.")
            return holidays.with_meal_allowance(r, worked, i.hours_worked)
        return worked
    if i.credit_of:
        return holidays.saturday_credit_total(r, [(h.name, h.year) for h in i.credit_of])
    if i.year is None:
        raise ToolInputError("Give the year.")
    if r.has("holidays", "list", "days"):
        result = holidays.holidays_for_year(r, i.year, i.asked)
    else:
        result = holidays.holidays_from_text(r.contract, i.year, i.asked)
    if i.schedule:
        return holidays.move_for_schedule(r, result, i.schedule)
    if i.days_off and r.has("holidays", "days_off"):
        return holidays.move_for_days_off(r, result, [d.lower() for d in i.days_off])
    return result


def _travel(r: Rules, i: TravelInput) -> CalcResult:
    if i.kind == "travel_time":
        if i.travel_hours is None:
            raise ToolInputError("Give the hours spent travelling.")
        return travel.travel_time(r, i.travel_hours, i.worked_hours, i.hourly_rate)
    if i.kind == "time_off":
        if i.nights is None:
            raise ToolInputError("Give the nights away from home that count.")
        return earned_time_off.earned_time_off(r, i.nights, i.time_off)
    if i.kind == "meals" and i.day_trips:
        eaten = travel.day_trips(r, [(t.departure, t.return_at, t.spent) for t in i.day_trips])
        return travel.with_mileage(r, eaten, i.miles, i.vehicle) if i.miles else eaten
    if i.kind == "meals":
        if i.departure is None or i.return_at is None:
            raise ToolInputError("Give the trip's departure and return date and time.")
        eaten = travel.meals(r, i.departure, i.return_at, i.spent)
        trip = travel.with_mileage(r, eaten, i.miles, i.vehicle) if i.miles else eaten
        return travel.with_costs(r, trip, i.other_costs) if i.other_costs else trip
    if i.kind == "meal_rate":
        return travel.meal_rate(r, (i.meal or "").lower())
    if i.kind == "subsistence":
        if i.days is None:
            raise ToolInputError("Give the days worked or reported for.")
        kept = travel.subsistence(r, i.days, i.area, i.extra_day)
        if i.radius_km is not None:  # 'subsistence plus initial and terminal travel'
            return travel.with_initial_terminal(r, kept, i.radius_km, i.ending, i.days_on_job, i.client_transport)
        return kept
    if i.kind == "drop_off":
        if i.home_miles is None or i.office_miles is None:
            raise ToolInputError("Give the terminal's distance from home and from headquarters.")
        return travel.drop_off(r, i.home_miles, i.office_miles, i.from_home)
    if i.kind == "initial_terminal":
        if i.radius_km is None:
            raise ToolInputError("Give the project's distance in radius kilometres.")
        return travel.initial_terminal(r, i.radius_km, i.ending, i.days_on_job, i.client_transport)
    if i.kind == "first_day":
        if i.departure is None:
            raise ToolInputError("Give the trip's departure date and time.")
        return travel.first_day_meals(r, i.departure)
    return travel.mileage(r, i.miles, i.vehicle, i.days, i.commute_miles, i.mileage_rate, i.airfare)


def _disability(r: Rules, i: DisabilityInput) -> CalcResult:
    if i.ask == "first_day":
        if i.began is None:
            raise ToolInputError("Give the day the disability began.")
        return disability.first_paid_day(r, i.began)
    if i.weekly_pay is None:
        raise ToolInputError("Give your full pay a week.")
    return disability.weekly_benefit(r, i.weekly_pay)


@dataclass(frozen=True)
class Tool:
    """A calculator: its input schema and function, and its own trigger for the router."""

    name: str
    description: str
    schema: type[ContractInput]
    run: Callable[[Rules, Any], CalcResult]
    score: Callable[[Question], float]
    extract: Callable[[Question, Rules], triggers.Extraction]
    text_rules: bool = False  # can run on rules drafted from the contract's text
    # The parts of a rules file it runs on (dotted keys, any one of them); a rules file with none of them
    # leaves the tool to the rules read from the text (text_rules).
    parts: tuple[str, ...] = ()


TOOLS: dict[str, Tool] = {
    t.name: t
    for t in (
        Tool("grievance_deadline", "Due date of one grievance step (file, appeal, response, arbitration), counted as the "
             "contract counts (calendar or working days, hours), with its caps, holidays and extension rules.",
             DeadlineInput, _deadline, triggers.deadline_score, triggers.deadline_extract, text_rules=True,
             parts=("grievance",)),
        Tool("grievance_timeline", "Every deadline of the grievance procedure from one start date.",
             TimelineInput, lambda r, i: deadlines.grievance_timeline(r, i.start, i.track),
             triggers.timeline_score, triggers.timeline_extract, text_rules=True, parts=("grievance",)),
        # Recognised by the answer, not the router: the clause the answerer quotes ties the question to the limit.
        Tool("time_limit", "The date any time limit stated in the contract's text falls on (an adjustment 'not later "
             "than ten (10) days … after receiving the notification', notice 'ten (10) working days prior to' a date), "
             "counted as the text counts it, from the clause that states it.",
             TimeLimitInput, _time_limit, lambda q: 0.0, lambda q, r: None, text_rules=True),
        Tool("leave_accrual", "Leave hours: vacation and sick-leave accrual by months of service and time base (balance, "
             "monthly rate, when the cap is passed), and bereavement leave for a death (with travel days).",
             LeaveInput, _leave, triggers.leave_score, triggers.leave_extract),
        Tool("overtime", "Overtime credited (crediting units and minimums) and CTO or pay earned.",
             OvertimeInput, _overtime,
             triggers.overtime_score, triggers.overtime_extract, text_rules=True,
             parts=("pay.overtime", "pay.daily_overtime", "pay.overtime_meal")),
        Tool("call_back", "Work time credited for a call back after a completed shift (one call or several, from hours "
             "or clock times), for a meeting or training scheduled on a day off, or for work phone calls taken at home.",
             CallBackInput, _call_back, triggers.call_back_score, triggers.call_back_extract),
        Tool("wage", "Hourly pay from the wage clauses: the base rate, additions for a role, and a premium earned per "
             "period by its conditions (rate, a period's pay, or the premium).", WageInput,
             lambda r, i: wage.wage(r, i.ask, i.hours, i.roles, i.nth, i.condition_counts, i.without_premium,
                                   i.role_hours, i.meal_minutes),
             triggers.wage_score, triggers.wage_extract),
        Tool("rest_breaks", "Paid rest-break minutes for shifts of given lengths, as the contract's break clause "
             "sets them by shift length.", RestBreaksInput, lambda r, i: pay.rest_breaks(r, i.shift_hours, i.meal_shifts),
             triggers.breaks_score, triggers.breaks_extract),
        Tool("severance", "Severance pay on lay-off (or another end of employment the contract pays it for, such as "
             "death) by completed years (and days) of continuous employment, where the contract pays weeks of pay by "
             "years of service.", SeveranceInput,
             lambda r, i: severance.severance(r, i.years, i.days, i.hourly_rate, i.first_lay_off, i.ending,
                                                 i.unpaid_leave_days),
             triggers.severance_score, triggers.severance_extract),
        Tool("acting_pay", "The hourly rate while acting in a higher classification: a percentage above the base rate "
             "or the first step of the higher range, whichever is greater, as the contract's acting clause says.",
             ActingPayInput, lambda r, i: acting.acting_pay(r, i.base_rate, i.first_step),
             triggers.acting_score, triggers.acting_extract),
        Tool("late_final_pay", "The penalty for final pay deposited late, where the contract sets one (hours of pay a "
             "day kept waiting, or a sum once it is so many working days late).", LateFinalPayInput,
             lambda r, i: late_pay.late_final_pay(r, i.ending, i.days_late, i.hourly_rate),
             triggers.late_pay_score, triggers.late_pay_extract),
        Tool("short_pay", "The penalty for a pay shortage corrected late, where the contract sets one: the day the "
             "adjustment was due after written notice, and so much a day kept waiting up to a cap.", ShortPayInput,
             lambda r, i: short_pay.short_pay_penalty(r, i.notice_received, i.adjusted_on),
             triggers.short_pay_score, triggers.short_pay_extract),
        Tool("differential", "A flat pay differential a month or a pay period (for a post, a place or a duty), "
             "prorated by time base where the contract says so.", DifferentialInput,
             lambda r, i: differentials.differential(r, i.name, i.time_base),
             triggers.differential_score, triggers.differential_extract),
        Tool("allowance", "An allowance for a condition of the work (height, dirty work, training others, a required "
             "certificate, a second language, a room move): a share of the basic rate or a sum for each hour under it, "
             "or a sum or hours of pay each time; or a share of a cost up to a maximum (a uniform, a transit pass).", AllowanceInput,
             lambda r, i: allowances.allowance(r, i.name, i.hours, i.hourly_rate, i.times, i.cost),
             triggers.allowance_score, triggers.allowance_extract),
        Tool("disability_benefit", "A disability benefit paid as a percentage of pay up to a weekly maximum, and the "
             "first day it pays for after its waiting period.", DisabilityInput, _disability,
             triggers.disability_score, triggers.disability_extract),
        Tool("standby", "CTO earned for hours on standby, or the pay for a duty paid by the week or hour (cell phone duty).",
             StandbyInput, lambda r, i: pay.duty_pay(r, i.weeks, i.hours) if i.pay else
             pay.standby(r, i.hours, i.called_back_with_credit, i.required, i.called_back_hours),
             triggers.standby_score, triggers.standby_extract),
        Tool("night_shift", "Night shift differential for a regular shift (rate per hour or per shift).", NightShiftInput,
             _night, triggers.night_score, triggers.night_extract),
        Tool("holidays", "The contract holidays of a year with their observed dates (from the rules, or the holiday "
             "article of the text), and the hours of pay for working on a holiday.", HolidaysInput, _holidays,
             triggers.holidays_score, triggers.holidays_extract, text_rules=True, parts=("holidays",)),
        Tool("travel", "Travel reimbursement where the contract states rates: mileage for the vehicle used, and meal and "
             "incidental maximums from a trip's departure and return times; time off earned by nights away (travel status "
             "leave); pay for a day of rest spent travelling.", TravelInput, _travel,
             triggers.travel_score, triggers.travel_extract),
    )
}

_TEXT_RULES: dict[tuple[str, str], Rules] = {}


def text_rules(contract: Contract) -> Rules:
    """Rules read from the contract's text: the deadlines drafted from its time limits and the
    overtime its overtime sentences state (`derived.derive`); its holiday article is read by the
    holidays tool itself."""
    key = (contract.id, contract.sha256)
    if key not in _TEXT_RULES:
        data = derive(contract) or {"contract": contract.id}
        validate(contract, data, f"rules read from the text of {contract.source or contract.id}")
        _TEXT_RULES[key] = Rules(contract=contract, data=data,
                                 path=f"(rules read from the text of {contract.source or contract.id})", source="text")
    return _TEXT_RULES[key]


def rules_for(snapshot: Snapshot, contract: str | None, tool: Tool | None = None, scope: Scope | None = None) -> Rules:
    """The rules of the contract asked about: its rules file, else (for deadline tools) the time
    limits found in its text. Never another contract's: with no contract named, only the one
    contract in scope."""
    if not contract:
        contract = only_contract(snapshot, scope)
        if contract is None:
            raise UnknownContract("Say which contract: more than one is loaded "
                                  f"({', '.join(sorted(c.id for c in binding_contracts(snapshot, scope)))}).")
    document = snapshot.contract(contract)
    rules = load_rules(document)
    # A rules file wins for what it covers; a part it leaves out is read from the text where a tool can.
    if rules is not None and (tool is None or not tool.parts or not tool.text_rules
                              or any(rules.has(*part.split(".")) for part in tool.parts)):
        return rules
    if tool is None or tool.text_rules:
        return text_rules(document)
    raise UnknownContract(f"{contract} has no calculator rules file ({contract}.rules.yaml beside it).")


def binding_contracts(snapshot: Snapshot, scope: Scope | None = None) -> list[Contract]:
    """The contracts (not side documents) a question may draw on."""
    return [c for c in snapshot.contracts.values() if c.kind == "contract" and (scope is None or scope.allows(c.id))]


def only_contract(snapshot: Snapshot, scope: Scope | None = None) -> str | None:
    if scope is not None and scope.contract:
        return scope.contract
    contracts = binding_contracts(snapshot, scope)
    return contracts[0].id if len(contracts) == 1 else None


def run_tool(snapshot: Snapshot, name: str, params: dict[str, Any],
             scope: Scope | None = None) -> tuple[ContractInput, CalcResult]:
    """``scope``: what the question may draw on; a contract named in ``params`` must lie inside it."""
    tool = TOOLS.get(name)
    if tool is None:
        raise UnknownTool(f"No calculator named {name!r}; available: {', '.join(TOOLS)}.")
    try:
        parsed = tool.schema.model_validate(params)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'input'}: {e['msg']}" for e in exc.errors())
        raise ToolInputError(f"Invalid input for {name}: {problems}.") from exc
    if parsed.contract and scope is not None and not scope.allows(parsed.contract):
        raise ToolInputError(f"{parsed.contract} is outside this question's documents ({', '.join(scope.contracts)}).")
    rules = rules_for(snapshot, parsed.contract, tool, scope)
    try:
        return parsed, tool.run(rules, parsed)
    except RulesError as exc:
        raise ToolInputError(f"{rules.contract.name} has no rules for this calculator: {exc}") from exc


def langchain_tools(snapshot: Snapshot, scope: Scope | None = None) -> list[Any]:
    """The same calculators as LangChain StructuredTools, for a chat model's tool calling."""
    from langchain_core.tools import StructuredTool

    def make(tool: Tool) -> Any:
        def call(**kwargs: Any) -> dict[str, Any]:
            _, result = run_tool(snapshot, tool.name, kwargs, scope)
            return result.model_dump(mode="json")

        return StructuredTool.from_function(func=call, name=tool.name, description=tool.description,
                                            args_schema=tool.schema)

    return [make(t) for t in TOOLS.values()]
