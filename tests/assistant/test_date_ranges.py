"""Dates the calculators cannot mean are refused with one line, not an OverflowError."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from assistant.calculators.question import EARLIEST, LATEST, in_range, read
from assistant.errors import DateOutOfRange

TODAY = date(2000, 6, 15)


@pytest.mark.parametrize("text", ["on December 30, 9999", "on 12/30/9999", "on 9999-12-30", "on 3 March 1066",
                                  "99999999 weeks ago", "99999999999999999999 days ago", "40000 months ago"])
def test_out_of_range_dates_are_refused(text):
    question = read(f"I found out {text}.", TODAY)
    assert question.dates == [] and len(question.problems) == 1
    message = question.problems[0]
    assert "out of range: give a date between 1900 and 2199" in message and "\n" not in message


@pytest.mark.parametrize(("text", "expected"), [
    ("on 2199-12-31", [date(2199, 12, 31)]), ("on 1/1/1900", [date(1900, 1, 1)]), ("two weeks ago", [date(2000, 6, 1)]),
    ("on 2/30/2000", []),  # not a date: ignored
    ("36500 days ago", [TODAY.fromordinal(TODAY.toordinal() - 36500)]),
])
def test_dates_in_range_still_parse(text, expected):
    question = read(f"I found out {text}.", TODAY)
    assert [d.value for d in question.dates] == expected and not question.problems


def test_in_range_accepts_datetimes_and_bounds():
    assert in_range(EARLIEST) == EARLIEST and in_range(LATEST) == LATEST
    assert in_range(datetime(2000, 1, 1, 9, 30)) == datetime(2000, 1, 1, 9, 30)
    with pytest.raises(DateOutOfRange):
        in_range(datetime(9999, 12, 31, 23, 59))


def test_a_calculator_question_with_such_a_date_is_refused_in_one_line(sample_contract):
    from assistant.calculators.router import route
    from assistant.snapshot import Snapshot

    snapshot = Snapshot(build="t", contracts={sample_contract.id: sample_contract}, chunks=[], bm25=None,  # type: ignore[arg-type]
                        store=None, embeddings=None)  # type: ignore[arg-type]
    with pytest.raises(DateOutOfRange, match="out of range: give a date between 1900 and 2199"):
        route("I found out on December 30, 9999. When is my last day to file a grievance?", snapshot, None, TODAY)
    # The same date in a question no calculator takes is the answerer's business, not an error.
    assert route("What happened on December 30, 9999?", snapshot, None, TODAY) is None
