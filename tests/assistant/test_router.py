"""Plain-English calculator questions: inputs read from the words, missing ones asked for."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.calculators.parsing import (
    find_clock_times,
    find_dates,
    find_minutes,
    find_service_months,
    find_time_base,
)
from assistant.calculators.router import detect

TODAY = date(2000, 6, 15)


def test_dates():
    assert find_dates("I found out on March 3", TODAY) == [date(2000, 3, 3)]
    assert find_dates("on 3/3/2000", TODAY) == [date(2000, 3, 3)]
    assert find_dates("two weeks ago", TODAY) == [date(2000, 6, 1)]
    assert find_dates("December 1", TODAY) == [date(1999, 12, 1)]  # the most recent December 1
    assert find_dates("on 2000-02-29", TODAY) == [date(2000, 2, 29)]
    assert find_dates("I'm 4/5 time", TODAY) == []


def test_durations_and_bases():
    assert find_minutes("52 minutes") == 52
    assert find_minutes("43 hours and 22 minutes") == 43 * 60 + 22
    assert find_service_months("16 years") == 192
    assert find_service_months("a year and 3 months") == 15
    assert find_service_months("eighteen months") == 18
    assert find_time_base("I work 4/5 time") == "4/5"
    assert find_time_base("half-time") == "1/2"
    assert find_clock_times("10 pm to 6:30 am") == ["22:00", "06:30"]


@pytest.mark.parametrize(
    ("question", "tool", "params"),
    [
        ("I found out on March 3 that I was passed over, when is my last day to file?", "grievance_deadline",
         {"start": "2000-03-03", "step": "step1-file", "track": "standard"}),
        ("how much vacation will I have after a year?", "leave_accrual", {"months_of_service": 12, "time_base": "full"}),
        ("I'm 4/5 time with 16 years in, how much vacation do I earn?", "leave_accrual", {"months_of_service": 192, "time_base": "4/5"}),
        ("I worked 52 minutes of overtime, how much CTO do I get?", "overtime", {"overtime_minutes": 52}),
        ("I was on call for 16 hours, how much comp time do I get?", "standby", {"hours": 16.0}),
        ("my shift is 10 pm to 6:30 am, how much night shift differential do I get?", "night_shift", {"start": "22:00", "end": "06:30"}),
        ("which holidays fall on a weekend in 2000?", "holidays", {"year": 2000}),
    ],
)
def test_detects_calculator_questions(question, tool, params):
    assert detect(question, TODAY) == (tool, params)


def test_missing_inputs_are_asked_for():
    tool, needs, message = detect("When is my last day to file a grievance?", TODAY)
    assert tool == "grievance_deadline" and needs == ["event date"] and "which date did you learn" in message.lower()
    tool, needs, _ = detect("How much vacation will I have?", TODAY)
    assert tool == "leave_accrual" and needs == ["months of service"]


def test_lookups_are_not_calculations():
    assert detect("how long do I have to file a grievance?", TODAY) is None
    assert detect("my boss called me back in after my shift, how many hours do I get paid?", TODAY) is None
    assert detect("what does 8.2 say", TODAY) is None
