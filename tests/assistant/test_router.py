"""Plain-English calculator questions: facts read with their roles, the tool that owns the question,
missing facts asked for in one line, and follow-ups that fill them in."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.calculators.question import read
from assistant.calculators.router import detect, route
from assistant.errors import DateOutOfRange
from assistant.scope import Scope
from assistant.snapshot import Snapshot
from tests.conftest import SAMPLE_ID
from tests.helpers import ALPHA, BETA

TODAY = date(2000, 6, 15)


def roles(text: str, today: date = TODAY) -> list[tuple[str, str]]:
    return [(d.value.isoformat(), d.role) for d in read(text, today).dates]


def test_dates_with_roles():
    assert roles("my OT was shorted on my jan 5 2000 check but i didnt see the stub till feb 22 2000") == [
        ("2000-01-05", "event"), ("2000-02-22", "learned")]
    assert roles("The shift assignment was posted March 10, 2000. I first saw it March 27, 2000.") == [
        ("2000-03-10", "event"), ("2000-03-27", "learned")]
    q = read("I received the step 1 decision on March 1, 2000", TODAY)
    assert (q.dates[0].role, q.dates[0].level) == ("received", 1)
    q = read("Our Step 2 appeal was received by the manager on April 10, 2000", TODAY)
    assert (q.dates[0].role, q.dates[0].level) == ("filed", 2)
    assert roles("On 2/8/2000 I learned about it") == [("2000-02-08", "learned")]
    assert roles("two weeks ago") == [("2000-06-01", "unknown")]
    assert roles("a month ago") == [("2000-05-15", "unknown")]  # a calendar month, not 30 days
    assert roles("I'm 4/5 time") == []
    # taking a grievance to the supervisor in person is its filing
    assert roles("Heard about the schedule change May 2, 2000 and brought it up with my lead on May 4, 2000") == [
        ("2000-05-02", "learned"), ("2000-05-04", "filed")]
    assert roles("we presented the grievance to the warden on 4/12/2000") == [("2000-04-12", "filed")]


def test_missing_years_are_resolved_and_said():
    q = read("I found out on December 1", TODAY)
    assert q.dates[0].value == date(1999, 12, 1)  # the most recent December 1 before the day asked
    assert "December 1, 1999" in q.assumptions[0]
    # A date without a year takes its year from the story: the event came before it was learned of.
    q = read("It happened Dec 20 and I found out on January 5, 2001", TODAY)
    assert [d.value for d in q.dates] == [date(2000, 12, 20), date(2001, 1, 5)]
    q = read("I found out on Jan 5, 2001; it happened on Dec 20", TODAY)
    assert [d.value for d in q.dates] == [date(2001, 1, 5), date(2000, 12, 20)]


def test_a_weekday_or_a_day_ahead_fixes_the_year_of_a_date_written_without_one():
    asked = date(2026, 12, 1)
    # January 7 is a Thursday in 2027, a Wednesday in 2026: the weekday written with it says which.
    assert read("the meeting is Thursday, January 7. when is the notice due?", asked).dates[0].value == date(2027, 1, 7)
    assert read("we met on Wed Jan 7 and nothing since", asked).dates[0].value == date(2026, 1, 7)
    # A day the story places ahead ('is scheduled for', 'will be') is the next one, not the last.
    assert read("The hearing is scheduled for February 10. When is our list due?", asked).dates[0].value == date(2027, 2, 10)
    assert read("I was suspended on February 10. When is my deadline?", asked).dates[0].value == date(2026, 2, 10)


def test_unreadable_dates_are_problems_not_crashes():
    assert read("I found out on March 3, 9999", TODAY).problems
    assert read("It happened 99999999 weeks ago", TODAY).problems
    assert read("on 13/45/2000", TODAY).dates == []


def test_clock_times_amounts_and_negation():
    q = read("My regular shift is 8 to 5. I was NOT on standby but they called me at 9:30 pm and I worked from 10:00 "
             "to 11:00 pm", TODAY)
    assert [c.hhmm for c in q.clocks] == ["08:00", "17:00", "21:30", "22:00", "23:00"]
    assert q.denies(r"standby") and not q.affirms(r"standby")
    assert [(a.value, a.unit) for a in read("I worked 2 hours and 22 minutes extra", TODAY).amounts] == [(142, "minutes")]
    assert [(a.value, a.unit) for a in read("it lasted an hour and a half", TODAY).amounts] == [(1.5, "hours")]
    assert [(a.value, a.unit) for a in read("I make $20 an hour", TODAY).amounts] == [(20, "dollars")]
    assert [(a.value, a.unit) for a in read("drove 146 miles", TODAY).amounts] == [(146, "miles")]


@pytest.mark.parametrize(("question", "tool"), [
    ("I found out on March 3 that I was passed over, when is my last day to file?", "grievance_deadline"),
    ("how much vacation will I have after a year?", "leave_accrual"),
    ("I worked 52 minutes of overtime, how much CTO do I get?", "overtime"),
    ("I was on call for 16 hours, how much comp time do I get?", "standby"),
    ("my shift is 10 pm to 6:30 am, how much night shift differential do I get?", "night_shift"),
    ("which holidays fall on a weekend in 2000?", "holidays"),
    ("I was not on standby; they called me back at 8 pm and I worked till 9 pm. How many hours do I get?", "call_back"),
    ("drove my own car 146 miles on state biz. how much mileage do i get back", "travel"),
    ("Give me the timeline of all deadlines if I learned of the problem on 2/8/2000", "grievance_timeline"),
])
def test_each_tool_recognises_its_own_questions(question, tool):
    found = detect(read(question, TODAY))
    assert found is not None and found.name == tool


def test_lookups_are_not_calculations():
    for question in ("how long do I have to file a grievance?", "what does 8.2 say",
                     "my boss called me back in after my shift, how many hours do I get paid?"):
        tool = detect(read(question, TODAY))
        assert tool is None or tool.name == "call_back"


@pytest.fixture(scope="module")
def sample_snapshot(sample_contract):
    return Snapshot(build="t", contracts={SAMPLE_ID: sample_contract}, chunks=[], bm25=None, store=None,  # type: ignore[arg-type]
                    embeddings=None)  # type: ignore[arg-type]


def test_lookup_questions_route_to_the_answerer(sample_snapshot):
    assert route("how long do I have to file a grievance?", sample_snapshot, None, TODAY) is None
    assert route("my boss called me back in after my shift, how many hours do I get paid?", sample_snapshot, None,
                 TODAY) is None
    # A rule asked about, its hours only the threshold it names, or when overtime is paid: the clause answers.
    for rule in ("Is it overtime if I work more than 12 hours in one day?", "do i get OT when i go past 40 hrs a week",
                 "When does overtime get paid out?"):
        assert route(rule, sample_snapshot, None, TODAY) is None, rule
    answer, _ = route("I worked 46 hours this week, how much overtime is that?", sample_snapshot, None, TODAY)  # type: ignore[misc]
    assert answer.tool.name == "overtime"


def test_asking_whether_the_contract_sets_a_timeline_is_a_lookup_not_a_timeline_of_my_deadlines(sample_snapshot):
    for question in ("Is there a set timeline for scheduling the arbitration hearing once the union requests arbitration?",
                     "once my grievance goes to arbitration is there any timeline for the decision?"):
        assert route(question, sample_snapshot, None, TODAY) is None, question
    answer, _ = route("Give me the timeline of all deadlines if I learned of the problem on March 3, 2000",  # type: ignore[misc]
                      sample_snapshot, None, TODAY)
    assert answer.tool.name == "grievance_timeline" and not answer.needs


def test_a_missing_fact_is_asked_in_one_line_and_the_reply_fills_it_in(sample_snapshot):
    routed = route("When is my last day to file a grievance?", sample_snapshot, None, TODAY)
    assert routed is not None
    asking, pending = routed
    assert asking.needs == ["event date"] and "\n" not in asking.answer and pending is not None
    assert asking.tool is not None and asking.tool.output["primary"]["type"] == "needs"
    routed = route("I found out on March 3, 2000", sample_snapshot, None, TODAY, pending)
    assert routed is not None
    answer, still = routed
    assert still is None and answer.tool is not None
    assert answer.tool.output["primary"]["value"] == "2000-03-24"
    # Service asked for, then given.
    asking, pending = route("How much vacation will I have built up?", sample_snapshot, None, TODAY)  # type: ignore[misc]
    assert asking.needs == ["months of service"]
    answer, _ = route("about 18 months", sample_snapshot, None, TODAY, pending)  # type: ignore[misc]
    assert answer.tool.output["primary"]["value"] == 126
    # A new question instead of the fact: the pending one is dropped.
    assert route("what does section 8.2 say about sick leave accrual for new employees?", sample_snapshot, None,
                 TODAY, pending) is None


def test_out_of_range_dates_get_one_line():
    snapshot_question = "I found out on March 3, 9999. When is the last day to file a grievance?"
    q = read(snapshot_question, TODAY)
    assert q.problems and "9999" in q.problems[0]


def test_unread_date_is_refused_in_one_line_not_crashed(sample_snapshot):
    with pytest.raises(DateOutOfRange) as refused:
        route("It happened 99999999 weeks ago. When is my deadline to file a grievance?", sample_snapshot, None, TODAY)
    assert "\n" not in str(refused.value) and "between 1900 and 2199" in str(refused.value)


def test_which_contract_is_asked_instead_of_borrowing_rules(sample_contract, tmp_path):
    from ingest.loader import load_document

    (tmp_path / "alpha.md").write_text(ALPHA)
    (tmp_path / "beta.md").write_text(BETA)
    alpha, beta = load_document(tmp_path / "alpha.md", 10**6), load_document(tmp_path / "beta.md", 10**6)
    snapshot = Snapshot(build="t", contracts={SAMPLE_ID: sample_contract, alpha.id: alpha, beta.id: beta}, chunks=[],
                        bm25=None, store=None, embeddings=None)  # type: ignore[arg-type]
    asking, pending = route("I found out on March 3, 2000. When is the last day to file a grievance?", snapshot, None,
                            TODAY)  # type: ignore[misc]
    assert asking.needs == ["contract"] and asking.answer.startswith("Which contract") and "\n" not in asking.answer
    # The reply names it; the question is answered from that contract's own rules.
    answer, _ = route("alpha", snapshot, None, TODAY, pending)  # type: ignore[misc]
    assert answer.tool.output["primary"]["value"] == "2000-03-13"  # alpha: ten calendar days of the event
    assert all(c.contract == "alpha" for c in answer.citations)
    sample, _ = route("the Unit 4 one", snapshot, None, TODAY, pending)  # type: ignore[misc]
    assert sample.tool.output["primary"]["value"] == "2000-03-24"
    # A look-up is not a calculation under any contract's rules: it is answered, not asked about.
    assert route("How much sick leave do full-time employees earn each month?", snapshot, None, TODAY) is None
    # A contract with neither rules nor grievance time limits gets no borrowed numbers.
    assert route("I found out on March 3, 2000. When is the last day to file a grievance?", snapshot, Scope(("beta",)),
                 TODAY) is None


@pytest.mark.parametrize("text", ["i make $28/hr.", "I make $28 / hr", "paid $28 an hour", "my rate is $28", "$28 per hour",
                                  "my hourly is $28"])
def test_an_hourly_rate_is_read_however_it_is_written(text):
    from assistant.calculators.triggers import _hourly_rate

    assert _hourly_rate(read(f"I worked 8 hours on the holiday. {text} What do I get?", date(2025, 7, 10))) == 28.0


def test_a_dollar_amount_that_is_not_a_rate_is_not_taken_for_one():
    from assistant.calculators.triggers import _hourly_rate

    assert _hourly_rate(read("My cheque was $28 short. What do I get?", date(2025, 7, 10))) is None


def test_a_day_named_from_a_public_holiday_is_a_date_in_the_contracts_calendar():
    from assistant.calculators.holidays import public_holiday_date

    def us(name: str, year: int):
        return public_holiday_date(name, year)  # no contract: the vocabulary's first country (US)

    # Memorial Day 2026 is Monday May 25: the Monday after it is June 1; the occurrence nearest the day asked is taken.
    q = read("They posted the new rotation the Monday after Memorial Day and I saw it that day.", date(2026, 7, 1), us)
    assert [d.value for d in q.dates] == [date(2026, 6, 1)] and "June 1, 2026" in q.assumptions[0]
    assert [d.value for d in read("the day before Christmas Eve", date(2027, 1, 10), us).dates] == [date(2026, 12, 23)]
    # without a calendar nothing is guessed
    assert read("the Monday after Memorial Day", date(2026, 7, 1)).dates == []
