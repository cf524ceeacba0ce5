"""Dates the calculators cannot mean are refused with one line, not an OverflowError."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from assistant.calculators.parsing import EARLIEST, LATEST, find_dates, in_range
from assistant.errors import BadQuestion, DateOutOfRange

TODAY = date(2000, 6, 15)


@pytest.mark.parametrize("text", ["on December 30, 9999", "on 12/30/9999", "on 9999-12-30", "on 3 March 1066",
                                  "99999999 weeks ago", "99999999999999999999 days ago", "40000 months ago"])
def test_out_of_range_dates_are_refused(text):
    with pytest.raises(DateOutOfRange, match="out of range: give a date between 1900 and 2199") as caught:
        find_dates(f"I found out {text}.", TODAY)
    assert isinstance(caught.value, BadQuestion) and "\n" not in str(caught.value)


@pytest.mark.parametrize(("text", "expected"), [
    ("on 2199-12-31", [date(2199, 12, 31)]), ("on 1/1/1900", [date(1900, 1, 1)]), ("two weeks ago", [date(2000, 6, 1)]),
    ("on 2/30/2000", []),  # not a date: ignored as before
    ("36500 days ago", [TODAY.fromordinal(TODAY.toordinal() - 36500)]),
])
def test_dates_in_range_still_parse(text, expected):
    assert find_dates(f"I found out {text}.", TODAY) == expected


def test_in_range_accepts_datetimes_and_bounds():
    assert in_range(EARLIEST) == EARLIEST and in_range(LATEST) == LATEST
    assert in_range(datetime(2000, 1, 1, 9, 30)) == datetime(2000, 1, 1, 9, 30)
    with pytest.raises(DateOutOfRange):
        in_range(datetime(9999, 12, 31, 23, 59))
