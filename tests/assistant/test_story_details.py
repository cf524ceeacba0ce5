"""Details of a member's story that change the number: someone else's reckoning of a deadline, the day
a period of service began, days listed by weekday, a time written '0500', 'in the morning', what the
timesheet shows against what was worked, a trip's parking, a credit the member sets aside. Each
question was written for these tests and worked by hand from the clauses it cites.
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant.calculators.question import read
from tests.assistant.test_calculator_questions import ask
from tests.assistant.test_fixture_deadlines import _ingested, answer, snapshot


@pytest.fixture(scope="module")
def sample_snapshot(sample_contract):
    from assistant.snapshot import Snapshot
    from tests.conftest import SAMPLE_ID

    return Snapshot(build="test", contracts={SAMPLE_ID: sample_contract}, chunks=[], bm25=None, store=None,  # type: ignore[arg-type]
                    embeddings=None)  # type: ignore[arg-type]


def primary(snapshot, question: str, today: date = date(2000, 6, 15)):
    result, _ = ask(snapshot, question, today=today)
    assert result.tool is not None, result.answer
    return result.tool.output["primary"], result


def test_a_date_someone_else_reckoned_is_not_a_fact_of_the_story(sample_snapshot):
    # 6.8 A: 21 calendar days after receipt of the step 1 decision: May 2 + 21 = May 23, 2000. The steward's
    # 'so may 19' is their sum from the letter's date, not the day the decision came.
    value, result = primary(sample_snapshot, "got my step 1 decision on may 2. my steward says its 21 days from the date "
                                             "on the letter so may 19 but im not sure. last day to appeal to step 2?")
    assert value["value"] == "2000-05-23", result.answer
    assert read("HR is saying its untimely bc 10 working days from oct 29 was nov 12", date(2026, 12, 2)).dates[-1].text \
        == "oct 29"


def test_a_service_start_does_not_set_the_year_of_the_storys_other_dates():
    # Boilermakers 18.06: eight hours at the base rate for each day of work lost, up to three, for a parent-in-law,
    # after 30 months' continuous employment from January 1, 2026. Sept 8 is the last one (2026), not the one
    # before the service began; Thursday the 10th and Friday the 11th are two days lost: 2 × 8 × $45 = $720.
    boilermakers = _ingested("boilermakers-local-146-bca-alberta-maintenance-2025-2028")
    result = answer(boilermakers, "my mother in law died sept 8. i missed thurs sept 10 and fri 11 for the funeral. "
                                  "been with my contractor since feb 1 2024, base $45.00. what's my bereavement pay?",
                    date(2026, 12, 2), tool="leave_accrual")
    assert result.tool.output["primary"]["value"] == 720.0, result.answer
    assert "September 8, 2026" in result.answer


def test_a_part_of_the_day_written_after_a_time_sets_its_half():
    # Beside '4pm', a bare '4:50' would be read as the afternoon; 'in the morning' says otherwise.
    assert [c.minutes for c in read("my shift ends 4pm. then at 4:50 in the morning my sup called", date(2026, 12, 2)).clocks] \
        == [16 * 60, 4 * 60 + 50]
    assert [c.minutes for c in read("he phoned at 9:15 in the evening", date(2026, 12, 2)).clocks] == [21 * 60 + 15]


def test_days_listed_by_weekday_after_a_date_are_days_of_its_month():
    q = read("i missed mon nov 16, tues 17 and wed 18 for the funeral", date(2026, 12, 2))
    assert [d.value for d in q.dates] == [date(2026, 11, 16), date(2026, 11, 17), date(2026, 11, 18)]
    assert len(read("worked mon nov 16 for 10 hrs", date(2026, 12, 2)).dates) == 1


@pytest.mark.parametrize(("question", "hours"), [
    # 19.9 C and E: called within four hours of the next shift, credit only for the time before it, counted from
    # reporting: 05:00 to 07:00 is 2 hours (not from the 04:15 call).
    ("phone rang at 0415 about the server room, I was at my desk 0500, my shift starts at 0700. how many hours of call "
     "back credit do I get?", 2),
    # '3:40 in the morning' is a.m.; the call is said before the one who made it; the member stayed on into the
    # shift: 04:30 to 07:00.
    ("my shift is 7am to 3:30pm. worked it monday and went home. then at 3:40 in the morning tues my lead called bc a "
     "pipe burst in the file room, i got there and badged in at 4:30am, mopped up and then stayed and worked my regular "
     "shift. how much call back credit do i get?", 2.5),
])
def test_call_back_credit_counts_from_arrival_to_the_next_shift(sample_snapshot, question, hours):
    value, result = primary(sample_snapshot, question)
    assert result.tool.name == "call_back" and value["value"] == hours, result.answer


def test_standby_hours_are_the_time_on_standby_not_the_credit_the_timesheet_shows(sample_snapshot):
    # 19.10 C: two hours of CTO for every eight on standby: Saturday 7 a.m. to Monday 7 a.m. is 48 hours → 12 hours.
    value, result = primary(sample_snapshot, "I was on standby from 7:00 a.m. Saturday until 7:00 a.m. Monday and never got "
                                             "called. payroll gave me 6 hours of CTO. how much CTO should I get?")
    assert result.tool.name == "standby" and value["value"] == 12, result.answer


def test_a_trips_total_adds_meals_mileage_and_parking(sample_snapshot):
    # 12.1 A.2.c: left by 6 a.m. → breakfast ($5.50 spent, up to $6); back after 7 p.m. → dinner ($20 spent, up to
    # $18); no lunch under 24 hours. F.1.a: 160 miles × $0.31 = $49.60. F: parking as spent, $6. Total $79.10.
    value, result = primary(sample_snapshot, "drove my own car to a training 80 miles away, left at 5:30am and got back at "
                                             "8:15pm, 160 miles round trip. breakfast $5.50, dinner $20, and $6 for parking "
                                             "at the training center. what's my total reimbursement?")
    assert result.tool.name == "travel" and value["value"] == 79.1, result.answer
    assert {c.clause for c in result.citations} >= {"F", "F.1.a"}


def test_the_holiday_credit_the_member_sets_aside_is_left_out(sample_snapshot):
    # 7 J: time and one-half for the hours worked on the holiday, plus the holiday credit the member says they know
    # about: 6 × 1.5 × $22 = $198.
    value, result = primary(sample_snapshot, "I'm permanent full time, had my 40 hrs that week and worked 6 hrs on labor "
                                             "day at $22.00/hr. what do i get for the hours themselves? i know i get "
                                             "holiday credit on top.")
    assert result.tool.name == "holidays" and value["value"] == 198.0, result.answer


@pytest.mark.parametrize(("question", "value"), [
    # 4.3: 25, 50, then 75 cents an hour by the semesters the requirements are met. Met in two earlier semesters →
    # the third: 130 × $0.75 = $97.50.
    ("I met the experience premium requirements in fall 2024 and spring 2025 already. This semester I worked 130 hours "
     "with three shifts in finals week. How much experience premium?", 97.5),
    # 'Spring 2025 was the first semester I …': a past one; this fall is the second: 115 × $0.50 = $57.50.
    ("Spring 2025 was the first semester I met the experience premium requirements. This fall I worked 115 hours, with two "
     "shifts in the final week. What's my experience premium?", 57.5),
    # 'This fall was the first time': this one is the first: 115 × $0.25 = $28.75.
    ("This fall was the first time I met the experience premium requirements, 115 hours and two shifts in the final "
     "week. How much experience premium do I get?", 28.75),
])
def test_the_premiums_semester_is_counted_from_the_ones_the_story_names(question, value):
    grinnell = _ingested("grinnell-college-ugsdw-2016-2017")
    result = answer(grinnell, question, date(2026, 12, 2), tool="wage")
    assert result.tool.output["primary"]["value"] == value, result.answer


def test_someone_emailed_is_learning_of_it_but_emailing_someone_is_not():
    q = read("HR emailed her fri nov 6. she emailed her supervisor the request on nov 9", date(2026, 12, 2))
    assert [d.role for d in q.dates] == ["learned", "filed"]


def test_a_bare_number_answers_the_one_fact_asked_for(sample_snapshot):
    from assistant.calculators.router import route
    from assistant.scope import Scope
    from tests.conftest import SAMPLE_ID

    first = route("i work nights 10pm to 6:30am. how much night differential should be on my october paycheck?",
                  sample_snapshot, Scope((SAMPLE_ID,)), date(2000, 11, 15))
    assert first is not None and first[0].needs == ["shifts worked"] and first[1] is not None
    reply = route("12", sample_snapshot, Scope((SAMPLE_ID,)), date(2000, 11, 15), first[1])
    assert reply is not None and reply[0].tool is not None
    assert reply[0].tool.output["primary"]["label"] == "differential for 12 shifts", reply[0].answer


def test_a_question_word_ends_what_a_negation_covers():
    q = read("if they pay cash not cto how much overtime do i get?", date(2026, 12, 2))
    assert not q.denies(r"\bovertime\b") and q.denies(r"\bcto\b")


def test_overtime_past_a_normal_week_written_as_its_total(sample_snapshot):
    # 19.2 B.2: credited in 15-minute units, a full unit for 7 minutes: 1 h 52 min = 7 units + 7 min → 8 units = 2 h;
    # 'my normal 40 hrs mon-fri' is the week's total, not 40 hours a day: 2 × 1.5 × $20 = $60.
    value, result = primary(sample_snapshot, "worked my normal 40 hrs mon-fri and on wed i was ordered to stay, it came to "
                                             "1 hr 52 min extra. rate $20.00/hr, they pay cash not cto. how much overtime "
                                             "pay do i get?")
    assert result.tool.name == "overtime" and value["value"] == 60.0, result.answer


def test_times_written_with_a_lone_p():
    # Marion County 11.9 and 13.5: from reaching the shop (10:20 p.m.) to 11:00 p.m. is under the three-hour
    # minimum at time and one-half: 3 × $30 × 1.5 = $135.
    assert [c.minutes for c in read("left home 9:50p, got to the shop 10:20p", date(2026, 12, 2)).clocks] == [21 * 60 + 50,
                                                                                                             22 * 60 + 20]
    marion = _ingested("marion-county-oregon-mcea-seiu-503-2024-2026")
    result = answer(marion, "called back last night, left home 9:50p, got to the shop 10:20p and was done 11:00p. $30.00/hr, "
                            "OT eligible. what's my call back pay?", date(2026, 12, 2), tool="call_back")
    assert result.tool.output["primary"]["value"] == 135.0, result.answer


def test_money_asked_without_a_rate_gives_the_hours_of_pay_and_asks_for_the_rate():
    # Marion County 11.9: three hours' pay at the overtime rate at least; 9:30 to 10:40 p.m. is under it. Without a
    # rate the answer is 3 hours at the overtime rate, and one line asks for the rate; '$28.00' then makes it
    # 3 × $28 × 1.5 = $126.
    from assistant.calculators.router import route
    from assistant.scope import Scope
    from tests.assistant.test_fixture_deadlines import snapshot

    marion = _ingested("marion-county-oregon-mcea-seiu-503-2024-2026")
    scope = Scope((marion.id,))
    routed = route("called back after i went home, got to the shop 9:30 pm, done 10:40 pm. im OT eligible. what should that "
                   "pay me?", snapshot(marion), scope, date(2026, 12, 2))
    assert routed is not None and routed[1] is not None
    first, pending = routed
    assert first.tool is not None and first.tool.output["primary"]["value"] == 3 and first.needs == ["hourly rate"]
    assert first.answer.rstrip().endswith("What is your hourly rate? I'll work it out in dollars.")
    done = route("$28.00", snapshot(marion), scope, date(2026, 12, 2), pending)
    assert done is not None and done[0].tool is not None and done[0].tool.output["primary"]["value"] == 126.0


def test_no_rate_is_asked_where_the_contract_credits_time_not_pay(sample_snapshot):
    # 19.9 A: a call back is credited as work time (a four-hour minimum), whatever the rate.
    routed = ask(sample_snapshot, "went home after my shift, they called me back at 7pm and i worked til 8pm. how much should "
                                  "that pay me?")
    assert routed[0].tool is not None and routed[0].tool.output["primary"]["value"] == 4 and not routed[0].needs


def test_overtime_credited_then_paid_once_the_rate_is_given():
    # Marion County 13.2 and 13.5: time and one-half past 40 hours in the week: 5 × 9 = 45 → 5 hours; asked in
    # money without a rate, the hours come with a line asking for it; '20' gives 5 × 1.5 × $20 = $150.
    from assistant.calculators.router import route
    from assistant.scope import Scope
    from tests.assistant.test_fixture_deadlines import snapshot

    marion = _ingested("marion-county-oregon-mcea-seiu-503-2024-2026")
    scope = Scope((marion.id,))
    first, pending = route("worked 9 hours each day monday through friday last week, all approved, im overtime eligible and "
                           "want it paid not comp time. how much overtime pay?", snapshot(marion), scope, date(2026, 12, 2))
    assert first.tool is not None and first.tool.output["primary"]["value"] == 5 and first.needs == ["hourly rate"]
    done = route("20", snapshot(marion), scope, date(2026, 12, 2), pending)
    assert done is not None and done[0].tool is not None and done[0].tool.output["primary"]["value"] == 150.0


def test_an_informal_no_a_reckoning_and_figured_out(sample_snapshot):
    # 6.7 A.2: 14 days after the informal decision (Fri Nov 20 → Dec 4), but 6.7 B: never past 21 days after
    # learning of it (Tue Nov 10 → Dec 1). The steward's 'so thats the 4th' is a reckoning, not a date of the story.
    value, result = primary(sample_snapshot, "tuesday the 10th i figured out my shift differential was missing. raised it "
                                             "informally with my boss and she finally told me no on friday the 20th. my "
                                             "steward says 14 days from her answer so thats the 4th?? last day to file the "
                                             "formal grievance?", today=date(2026, 11, 25))
    assert value["value"] == "2026-12-01", result.answer


def test_a_figure_corrected_in_the_message_is_replaced():
    q = read("i missed 2 days - no wait, 3 days of work", date(2026, 12, 2))
    assert [(a.value, a.unit) for a in q.amounts] == [(3.0, "days")]
    assert len(read("worked 8 hours and 2 hours OT", date(2026, 12, 2)).amounts) == 2
    assert read("no amounts here", date(2026, 12, 2)).amounts == []


def test_a_day_trip_told_in_24_hour_times_with_costs_before_the_meals(sample_snapshot):
    # 12.1 A.2.c: left by 6 a.m. (05:30) → breakfast; back after 7 p.m. (20:15) → dinner; F.1.a 180 × $0.31 = $55.80;
    # $5 + $17 + $55.80 = $77.80.
    value, result = primary(sample_snapshot, "drove my own car to a hearing 90 mi away, left home 0530, got back 2015. $5 "
                                             "breakfast, $17 dinner. 180 miles round trip. total for meals + mileage?")
    assert result.tool.name == "travel" and value["value"] == 77.8, result.answer


def test_meal_costs_without_the_trips_times_ask_for_them(sample_snapshot):
    value, result = primary(sample_snapshot, "drove to a training yesterday, 150 miles each way, same day. breakfast $6.50, "
                                             "dinner $15. what's the total i can claim for mileage plus meals?")
    assert value["type"] == "needs" and result.needs == ["trip departure and return times"], result.answer


def test_standby_hours_are_not_the_weeks_hours_asked_about(sample_snapshot):
    # 19.10 C: Friday 5 p.m. to Monday 7 a.m. is 62 hours → 7 full blocks of 8 → 14 hours of CTO.
    value, result = primary(sample_snapshot, "I was on standby from Friday at 5:00 p.m. until Monday at 7:00 a.m. and never "
                                             "got called. How many hours of CTO? And does it count toward my 40 hours?")
    assert result.tool.name == "standby" and value["value"] == 14, result.answer


def test_overtime_minutes_asked_in_money_without_a_rate_ask_for_it():
    # Marion County 13.5: time and one-half; a week's overtime in minutes, asked in money with no rate.
    from assistant.calculators.router import route
    from assistant.scope import Scope
    from tests.assistant.test_fixture_deadlines import snapshot

    marion = _ingested("marion-county-oregon-mcea-seiu-503-2024-2026")
    result, pending = route("worked my 40 this week plus my manager had me stay 50 minutes extra on friday, approved. im OT "
                            "eligible, paid not comp. how much overtime pay?", snapshot(marion), Scope((marion.id,)),
                            date(2026, 12, 2))
    assert result.tool is not None and result.needs == ["hourly rate"] and pending is not None, result.answer


def test_a_call_back_that_runs_into_the_regular_start(sample_snapshot):
    # 19.9 C and E: called within four hours of the shift; credit from arriving (5:40) to the 8:00 start: 2.333 hours.
    value, result = primary(sample_snapshot, "member works 8a-4:30p. sup calls her at 5:05a thurs, she gets to the office at "
                                             "5:40a and works right into her regular 8:00a start. call back credit?")
    assert result.tool.name == "call_back" and value["value"] == 2.3333, result.answer


def test_subsistence_extra_day_for_the_night_before():
    # Boilermakers 16.01 b: Peace River at its daily rate for each day worked or reported for, and one more day with a
    # receipt for the night before starting (a project more than 200 road km from the hall).
    boilermakers = _ingested("boilermakers-local-146-bca-alberta-maintenance-2025-2028")
    base = answer(boilermakers, "on a job at peace river, live in edmonton, 480 road km from the edmonton hall. worked 6 days "
                                "this stint. how much subsistence?", date(2026, 12, 2), tool="travel")
    extra = answer(boilermakers, "on a job at peace river, live in edmonton, 480 road km from the edmonton hall. worked 6 days "
                                 "this stint, and drove up the night before and have the motel receipt. how much subsistence?",
                   date(2026, 12, 2), tool="travel")
    assert extra.tool.output["primary"]["value"] == base.tool.output["primary"]["value"] * 7 / 6, extra.answer



BOILERMAKERS = "boilermakers-local-146-bca-alberta-maintenance-2025-2028"
GRINNELL = "grinnell-college-ugsdw-2016-2017"
MARION = "marion-county-oregon-mcea-seiu-503-2024-2026"
TBS = "tbs-canada-ship-repair-east-fgdtlc-2018-2022"

# One figure each on a fixture contract, asked on 2026-12-02, worked by hand from the clauses named.
FIXTURE_CASES = [
    # Marion County 21.2 Step 1: 30 working days from learning of it (HR's email Monday Nov 2, 2026), skipping Veterans'
    # Day and Thanksgiving (6.1); the day after Thanksgiving, 'not given off', is a working day and no event:
    # Nov 3–6 (4), 9–10 (6), 12–13 (8), 16–20 (13), 23–25 and 27 (17), Nov 30–Dec 4 (22), Dec 7–11 (27), 14–16 (30).
    pytest.param(MARION, "they gave the posting to someone else on oct 26 and never told me, HR emailed me mon nov 2. when's my "
                         "last day to put in the written step 1 request? btw we did not get the day after thanksgiving off this "
                         "year", "grievance_deadline", "2026-12-16", id="a day not given off"),
    # Boilermakers 12.03: $4.50 an hour on every hour of the third shift; 13.01 b: overtime hours keep it, not
    # multiplied: 9 hours → $40.50. 'third (night) shift' names the third shift.
    pytest.param(BOILERMAKERS, "I'm on the third (night) shift, 5x8. Monday night I worked 9 hours, 8 regular plus 1 of OT. How "
                               "much shift premium is owed for that night?", "night_shift", 40.5, id="one night's premium"),
    # The same on a week: four 10-hour shifts plus 3 hours of overtime = 43 hours → $193.50.
    pytest.param(BOILERMAKERS, "I was on night shift all week: four 10-hour shifts, plus 3 hours of overtime on Friday. How much "
                               "shift premium for the week?", "night_shift", 193.5, id="shifts of a stated length"),
    # Boilermakers 13.01 a.i (5x8 weekday): 8 straight, up to 2 at time and one-half, then double: 10.5 hours →
    # 2 × 1.5 × $40 + 0.5 × 2 × $40 = $160 for the hours past 8.
    pytest.param(BOILERMAKERS, "regular 5x8 days. thursday I put in 10.5 hours, no meal break counted. rate is $40.00 an hour. "
                               "what do I get for the hours past my 8?", "overtime", 160.0, id="the hours past 8"),
    # Boilermakers 16.01 a: $0.69 a road kilometre from the free zone's edge, there and back, each day worked:
    # 30 × 2 × $0.69 = $41.40 × 4 days (mon, tues, wed, thurs) = $165.60.
    pytest.param(BOILERMAKERS, "daily travel: site is 70 km out of city hall, we drive ourselves, 30 km road distance from the "
                               "edge of the free zone to site. worked mon tues wed and thurs. what do i get for travel this week?",
                 "travel", 165.6, id="weekdays written short"),
    # Marion County 11.8 D: $250 a week of weekly cell phone duty, $2.03 an hour of daily duty: 250 + 12 × 2.03 = 274.36.
    pytest.param(MARION, "I had the after-hours cell phone duty the whole week of Nov 2, and on Nov 12 I also covered daily cell "
                         "phone duty for 12 after-hours hours. Total cell phone duty pay?", "standby", 274.36,
                 id="weekly and daily duty"),
    # 11.8 D again: 6 p.m. to 7 a.m. is 13 hours × 2 nights = 26 hours → $52.78.
    pytest.param(MARION, "covered daily cell phone duty 2 nights this week, 6pm to 7am each night, no call outs. what's my cell "
                         "phone duty pay?", "standby", 52.78, id="daily duty over a count of nights"),
    # Marion County 11.10: time and one-half for each call, plus 15 minutes for one between 10 p.m. and 6 a.m.:
    # 9:15 pm 8 min → 12; 11:40 pm 6 min → 9 + 15 = 24. Total 36; the '30 min comp' and 'the 14 min' are not calls.
    pytest.param(MARION, "took 2 work calls at home last night: 9:15pm for 8 min and 11:40pm for 6 min. sup gave me 30 min comp "
                         "time (time and a half on the 14 min). how much comp time am i owed, in minutes?", "call_back", 36,
                 id="calls, not the credit given"),
    # Grinnell 7.2 Step One: raise the concern with the supervisor within five days after knowledge (days it does not
    # define: calendar days): Wednesday Nov 25 + 5 = Monday Nov 30, 2026.
    pytest.param(GRINNELL, "found out wednesday the 25th that my shift was given away. my rep and i want to raise it with my "
                           "supervisor. what's the last possible day we can do that?", "grievance_deadline", "2026-11-30",
                 id="what the sentence before says"),
    # Grinnell 4.3: met in two earlier semesters ('my first two semesters') → the third, 75 cents; last spring's one
    # final-week shift is not this fall's two: 120 × $0.75 = $90.
    pytest.param(GRINNELL, "I met the experience premium requirements in my first two semesters. Last spring I only worked one "
                           "shift in finals week so I missed it. This fall I worked 120 hours and two shifts in the final week. "
                           "How much experience premium for this fall?", "wage", 90.0, id="this semester's count"),
]




# --- third session of 2026-12-02: calculator round 27 -------------------------------------------------------------

def test_a_yes_or_no_question_after_a_figure_asked_leans_on_it():
    # The figure is asked first; the question after it only compares. One that states a figure of its own checks it.
    q = read("full time, 50 months in. how many hrs of vacation do i earn a month? is that more than new hires get?",
             date(2026, 12, 2))
    assert "a month" in q.asked()
    assert read("what's the last day to file? isnt it 14 days from his answer?", date(2026, 12, 2)).asked() \
        == "isnt it 14 days from his answer?"


def test_the_day_they_ask_is_not_a_day_of_the_story():
    q = read("my step 1 answer came wed the 18th. do i still have time to appeal? today's the 2nd", date(2026, 12, 2))
    assert [d.text for d in q.dates] == ["the 18th"]


ROUND_27_SAMPLE = [
    # 19.10 C: two hours of CTO for each 8 hours of standby. Tuesday through Friday nights, 6 p.m. to 6 a.m. each:
    # 12 × 4 = 48 hours → 12 hours of CTO ('what do I actually get' asks).
    ("i was on standby tues thru fri nights 6p to 6a, never got called in. what do i actually get for it?", "standby", 12),
    # 12.1 A.2.c and A.1: a trip of less than 24 hours from 5:30 a.m. to 8 p.m. earns breakfast (spent $5, under the
    # $6 maximum) and dinner ($15, under $18), no lunch; 12.1 F.1.a: 80 miles each way = 160 × $0.31 = $49.60.
    # Total $69.60.
    ("drove my own car to a county office 80 miles each way from home and my office, left at 5:30 am and got back "
     "at 8 pm. breakfast was $5, lunch $9, dinner $15. what can i claim in total with the mileage?", "travel", 69.6),
    # 8.1 A: 37 months to 10 years of service earns 10 hours a month, full time; the comparison asked after it
    # does not turn the question into one about the balance.
    ("full time, 50 months of state service. how many hrs of vacation do i earn a month? is that more than new "
     "hires get?", "leave_accrual", 10),
    # 19.2 B.2: each stay is credited on its own in 15-minute units, a full unit from 7 minutes: Monday 50 min →
    # 45; Wednesday 66 min → 60. 1.75 hours × 1.5 × $20 = $52.50 (summed, 116 minutes would be 2 hours: $60).
    ("did my normal 40 this week, plus my lead had me stay late mon 50 min and wed 1 hr 6 min. i get $20 an hour. "
     "how much OT pay?", "overtime", 52.5),
]


def test_worth_on_my_paycheck_asks_money_and_so_the_rate():
    # Marion County 11.9: a call back is paid at least three hours at the overtime rate; in money that needs the rate.
    result = answer(_ingested(MARION), "got called back in at 1 am, got there 1:30 and was done by 2:15. how much is that "
                                       "worth on my paycheck?", date(2026, 12, 2), tool="call_back")
    assert result.tool.output["primary"]["value"] == 3 and result.needs == ["hourly rate"], result.answer


def test_a_premium_period_named_as_a_past_season():
    # Grinnell 4.3: the first semester qualified was spring 2026, so this fall is the second: 50 cents an hour on
    # 115 hours (at least 110, and two or more final-week shifts) = $57.50.
    result = answer(_ingested(GRINNELL), "The first semester I got the experience premium was spring 2026. This fall I "
                                         "worked 115 hours and 3 shifts in finals week. How much experience premium "
                                         "for fall?", date(2026, 12, 2), tool="wage")
    assert result.tool.output["primary"]["value"] == 57.5, result.answer


def test_the_members_own_sum_and_plan_are_not_facts_of_the_story():
    q = read("she gave me her answer on the 12th. i get 14 days from her answer to go formal right? so like the 26th?",
             date(2026, 12, 2))
    assert [d.text for d in q.dates] == ["on the 12th"]
    q = read("got the decision nov 9 so I am planning to hand it in on monday nov 30. ok?", date(2026, 12, 2))
    assert [d.text for d in q.dates] == ["nov 9"]


ROUND_27_CHECKS = [
    # 6.7 A.1: 21 calendar days from learning of it (Tuesday Nov 10 → Dec 1); A.2: 14 days from the informal answer
    # (Nov 24 → Dec 8); B: never beyond the 21 days of A.1 → Tuesday, December 1, 2026. 'to go formal' is the
    # filing, not the answer it counts from; 'so like the 8th' is the member's own sum.
    ("found out tues the 10th they changed my days off. did the informal step and my sup answered on the 24th. i have "
     "14 days from her answer to go formal right? so like the 8th?", "grievance_deadline", "2026-12-01"),
    # 19.2 B and B.2: a week's 40 hours said without the unit, then Saturday 8:00 to 10:40 (2 h 40 min = 2.75 hours
    # credited: 10 min ≥ 7) at 1.5 × $22: $90.75. 'clocked in … and out at' is the time worked.
    ("did my regular 40 mon-fri, then got ordered in saturday. clocked in 8:00am and out at 10:40am. paid cash, my rate "
     "is $22/hr. how much OT for saturday?", "overtime", 90.75),
]


OVERTIME_BY_THE_DAY = [
    # Boilermakers 13.01 a (5x8, a weekday): 8 hours straight time, the next 2 at time and one-half, then double:
    # 11 hours → 8 × $40 + 2 × 1.5 × $40 + 1 × 2 × $40 = $520. Meal allowances set aside are not what is asked.
    pytest.param(BOILERMAKERS, "I work the regular 5x8 day shift. On Wednesday I worked 11 hours, not counting my lunch "
                               "break. My rate is $40 an hour. Meal allowances aside, what's my pay for Wednesday?",
                 "overtime", 520.0, id="meal allowances set aside"),
    # Treasury Board ship repair 15.10 a and 15.14: after the shift (0730-1600) and the unpaid break, 1645 to 1900 is
    # 135 minutes, 22 completed six-minute periods = 2.2 hours at double time: 2.2 × 2 × $30 = $132.
    pytest.param(TBS, "my shift is 0730-1600. stayed thurs for a rush job, took the unpaid 45 min break, then worked 1645 "
                      "to 1900. rate $30. what's the OT pay? not counting the meal allowance", "overtime", 132.0,
                 id="a stretch worked after the shift"),
]


def test_a_bare_time_after_one_said_in_the_morning_is_in_the_morning(sample_snapshot):
    # '4:15' after '3:30 this morning' is 4:15 a.m. (not p.m. after yesterday's '4pm'); 'calls' said after its time.
    q = read("left work at 4pm yesterday. at 3:30 this morning my supervisor calls, i got to the plant at 4:15", date(2026, 12, 2))
    assert [c.minutes for c in q.clocks] == [16 * 60, 3 * 60 + 30, 4 * 60 + 15]
    # 19.9 C and E: called within four hours of the next shift, credited from arriving (04:15) to the shift (06:00).
    value, result = primary(sample_snapshot, "left work at 4pm yesterday. at 3:30 this morning my supervisor calls, i got to "
                                             "the plant at 4:15, my regular shift starts at 6:00am and i stayed on. how many "
                                             "hours of call back credit do i get?", today=date(2026, 12, 2))
    assert value["value"] == 1.75, result.answer


# --- calculator round 28 ----------------------------------------------------------------------------------------

def test_a_notice_found_on_return_is_when_it_was_learned():
    q = read("the memo is dated nov 2 but it only got put in my inbox when i got back mon 11/9", date(2026, 12, 2))
    assert [(d.text, d.role) for d in q.dates][-1] == ("11/9", "learned")


ROUND_28_SAMPLE = [
    # 6.7 E: the first level responds within 14 calendar days of receiving the formal grievance: Nov 6 + 14 = Nov 20.
    # The step whose response is named (1), not the one it leads to (2).
    ("we filed the formal step 1 on friday nov 6 and never got an answer. on what date did the step 1 response become "
     "due, so we can take it to step 2?", "grievance_deadline", "2026-11-20"),
    # 19.9 C and E: called in within four hours of the shift, credited from badging in (05:00) to its start (07:00).
    ("no heads up before i left yesterday, then called in early today. badged in at 5:00am and my normal shift is 7-3:30 "
     "so i just stayed. how many hrs of call back credit?", "call_back", 2),
    # The same with the rule quoted back: 'a 4 hr minimum' is no time worked.
    ("called in early with no notice, badged in at 5:00am, my normal shift is 7-3:30 so i stayed and worked my day. how "
     "many hrs of call back credit? i thought it was always a 4 hr minimum", "call_back", 2),
    # 7 J: required to work the holiday in a 40-hour week: 8 × 1.5 × $20 = $240, plus 8 hours' cash $160 = $400.
    ("worked my regular 8-hour days mon-fri that week including thursday, thanksgiving day, because i was required to. "
     "rate is $20. the department pays cash. what's the total i should receive for working that holiday, counting the "
     "premium plus the holiday compensation?", "holidays", 400),
    # 8.3 B and E: 24 hours pro rata for a half-time employee: 12; the travel days (8.3 C) come from sick leave, which
    # the member sets aside.
    ("my grandmother died, im half time. the funeral is 520 miles away one way. how many hours of bereavement leave "
     "do i get, not counting anything taken from sick leave?", "leave_accrual", 12),
]


ROUND_28_FIXTURES = [
    # Marion County 11.8 D: $250 for the week of weekly duty ('my full rotation week').
    pytest.param(MARION, "I carried the after-hours cell phone for my full rotation week starting Monday, Nov 16, and never "
                         "got called out. What's my cell phone duty pay?", "standby", 250.0, id="a rotation week"),
    # Boilermakers 18.06: 8 hours at base for each day lost (two, 'two scheduled work days'): 2 × 8 × $40 = $640.
    pytest.param(BOILERMAKERS, "My father-in-law died and I missed two scheduled work days for the funeral. 32 months with "
                               "my contractor on shutdown work, base wage $40.00. How much bereavement pay?",
                 "leave_accrual", 640.0, id="two scheduled work days"),
    # Grinnell 4.3: qualified twice before ('in spring 2025 and again in fall 2025'), so this fall is the third:
    # 112 × $0.75 = $84.
    pytest.param(GRINNELL, "I met the experience premium requirements in spring 2025 and again in fall 2025. This fall I "
                           "worked 112 hours and two shifts in finals week. What will my experience premium be?",
                 "wage", 84.0, id="again in a later season"),
    # Treasury Board 15.10 a, 15.14, 15.19: told to skip the break, overtime runs from the shift's end: 1630 to 1800 is
    # 90 minutes, 15 completed six-minute periods, 1.5 hours at double time: 1.5 × 2 × $30 = $90.
    pytest.param(TBS, "im on days (0800-1630). sup told me to skip the break and keep going, so i worked straight thru from "
                      "1630 til 1800. rate is $30. whats my overtime come to", "overtime", 90.0, id="on days, straight through"),
]


# Calculator round 29.
ROUND_29_SAMPLE = [
    # 19.10 C: two hours of CTO for each full 8 hours of standby: three nights of 12 hours (1800 to 0600 'each one') =
    # 36 hours, four full blocks → 8 hours. Standby nights are not shifts worked (no night differential).
    ("i was on standby tues, wed and thurs nights, each one from 1800 to 0600, never got called in. my sup says 6 hrs "
     "CTO. what should it be?", "standby", 8),
    # 19.2 B and B.2: 80 minutes past the shift after a full week: 75 + 5 (under 7, not credited) = 1.25 hours at 1.5 ×
    # $20 = $37.50. What payroll says it rounds to is not time worked.
    ("had my 40 hrs in already and my sup ordered me to stay 1 hr 20 min past my shift. rate is $20/hr, paid cash. "
     "payroll says they round it to 1 hr. how much OT pay?", "overtime", 37.5),
    # 12.1 F.1.a and b: sent for 4 days to an office 30 miles each way instead of the usual 10 each way: only the miles
    # beyond the normal commute: (60 − 20) × 4 = 160 miles × $0.31 = $49.60.
    ("i normally drive 10 mi each way to my office. for 4 days they sent me to another office 30 mi each way from my "
     "house, in my own car. how much mileage do i get?", "travel", 49.6),
]


def test_standby_without_its_hours_asks_for_them(sample_snapshot):
    # 'stay within 30 minutes of the office' is no time on standby.
    result, _ = ask(sample_snapshot, "was on standby all weekend, had to stay within an hour of the office, never got "
                                     "called. how much CTO do i get?", today=date(2026, 12, 2))
    assert result.tool is not None and result.needs == ["hours on standby"], result.answer


ROUND_29_FIXTURES = [
    # Marion County 11.8 D: $250 for the whole week of weekly duty (not the 'three weeks ago' it was) plus two single
    # nights of daily duty, 6 p.m. to 6 a.m. both times: 24 × $2.03 = $48.72 → $298.72.
    pytest.param(MARION, "three weeks ago i had the after-hours cell phone the whole week, and this week i covered two "
                         "single nights, 6pm to 6am both times. what's my cell phone pay all together?", "standby", 298.72,
                 id="a week and two nights of phone duty"),
    # Marion County 11.10: time and one-half for each call, plus 15 minutes for one between 10 p.m. and 6 a.m.:
    # 8 pm 20 min → 30; 11:30 pm 10 min → 15 + 15 = 30. Total 60 minutes.
    pytest.param(MARION, "not on the phone rotation but my sup keeps calling me at home. monday i had a 20 min call at "
                         "8pm and a 10 min call at 11:30pm. how much comp time total, in minutes?", "call_back", 60,
                 id="calls at home"),
    # Treasury Board 15.13 and 15.10 a: prescheduled overtime on a day of rest pays the greater of the overtime (1 hour
    # at double time = 2 hours' pay) and 4 hours' pay: 4 × $30 = $120. The stub's 'hrs pay at $30.00' gives the rate.
    pytest.param(TBS, "had prescheduled OT on my day of rest saturday (i'm days M-F), only worked 0800-0900. stub shows 2 "
                      "hrs pay at $30.00. what should it be?", "overtime", 120.0, id="the rate from the stub"),
]


def test_worth_on_the_next_cheque_asks_for_the_rate():
    result = answer(_ingested(MARION), "got called back in at 11pm, was there 11:30 and done by 12:15. what's that worth "
                                       "on my next cheque?", date(2026, 12, 2), tool="call_back")
    assert result.needs == ["hourly rate"], result.answer


# Round 30 (calculator questions written blind, then these in other words): figures listed with one unit, hours
# told day by day, days counted before 'each', a week of shifts, a time typed '930pm', someone's 'has til', the
# response due asked before arbitration, earlier periods counted, and several days of daily overtime.
def test_figures_listed_before_their_unit_share_it():
    q = read("this week i did shifts of 4, 5.5 and 6 hrs, then 2 hours of training", date(2026, 12, 2))
    listed = [a for a in q.amounts if a.group is not None]
    assert [a.value for a in listed] == [4.0, 5.5, 6.0] and len({a.group for a in listed}) == 1
    assert [a.group for a in q.amounts if a.value == 2.0] == [None]
    for text in ("back in 2019, 3 days after the layoff", "under section 6.7, 21 days", "at step 2, 10 days later"):
        assert all(a.group is None for a in read(text, date(2026, 12, 2)).amounts), text


def test_a_time_typed_without_its_colon():
    q = read("regularly scheduled 1030am to 7pm, and one night 1245 am", date(2026, 12, 2))
    assert [c.hhmm for c in q.clocks] == ["10:30", "19:00", "00:45"]
    assert read("the memo is in room 214 am i right to file?", date(2026, 12, 2)).clocks == []  # a number, then 'am i'


def test_a_short_tail_after_the_question_sharpens_it():
    q = read("worked my whole shift on the holiday. what does that come out to? like total $", date(2026, 12, 2))
    assert "$" in q.asked()


ROUND_30_SAMPLE = [
    # 6.10 B: DPA answers within 30 calendar days after receipt: Nov 9 + 30 = Dec 9, 2026. The rep's 'has til dec 14'
    # is his reckoning, not a day of the story; the response due is asked before the arbitration.
    ("we filed step 4 with DPA and their office received it monday nov 9. the labor relations rep is telling us DPA has "
     "til dec 14 to answer. whats the real due date for DPA's response, and after that how long to go to arbitration?",
     "grievance_deadline", "2026-12-09"),
]


def test_staying_late_without_saying_how_long_asks_for_it(sample_snapshot):
    result, _ = ask(sample_snapshot, "I work Monday through Friday 7 to 4. Twice last week my manager had me stay late "
                                     "to finish the payroll run. How much overtime am I owed?", today=date(2026, 12, 2))
    assert result.tool is not None and result.needs == ["minutes of overtime"], result.answer


def test_holiday_pay_asked_in_dollars_after_the_question_asks_for_the_rate():
    result = answer(_ingested(MARION), "had to work my 8 hr shift on christmas day and got no other day off that week. "
                                       "how much should i get for that day? in dollars", date(2026, 12, 2), tool="holidays")
    assert result.needs == ["hourly rate"], result.answer


ROUND_30_FIXTURES = [
    # Marion County 11.8 D: daily cell phone duty at $2.03 an hour: 10 hours Friday + 14 hours Sunday = 24 × $2.03.
    pytest.param(MARION, "I had daily cell phone duty 10 hours on Friday and 14 hours on Sunday. what's my cell phone "
                         "pay?", "standby", 48.72, id="phone duty hours day by day"),
    # Marion County 11.8 D: three days of daily duty at 12 hours each: 36 × $2.03 = $73.08.
    pytest.param(MARION, "covered 3 days of daily phone duty for a coworker last month, 12 hrs each of those days. how "
                         "much phone pay is that?", "standby", 73.08, id="days counted before each"),
    # Grinnell 4.1: $9.25 an hour base, no leader addition: 2.5 + 3 + 3.5 + 4 = 13 hours → $120.25.
    pytest.param(GRINNELL, "im regular dish crew, not a leader. shifts this week were 2.5, 3, 3.5 and 4 hours. whats my "
                           "pay for the week before any premium?", "wage", 120.25, id="a week of shifts listed"),
    # Grinnell 4.3: the fourth qualifying semester is 'any thereafter', $0.75 an hour: 120 × $0.75 = $90.
    pytest.param(GRINNELL, "I qualified for the experience premium in three previous semesters. This semester I worked "
                           "120 hours including 3 shifts in finals week. How much is my premium?", "wage", 90.0,
                 id="earlier semesters counted"),
    # Treasury Board 24.01 b: first (night) shift premium 1/7 of the basic rate per half-hour: $28.00 / 7 = $4.00; 2345
    # to 0815 less the half-hour meal = 16 half-hours = $64 a shift; Monday to Friday, the entire week: 5 × $64 = $320.
    pytest.param(TBS, "I'm on the first (night) shift the entire week, Monday to Friday, 2345-0815 scheduled, basic rate "
                      "$28.00. How much shift premium for the week?", "night_shift", 320.0, id="a week of night shifts"),
    # Marion County 11.5: $1.25 an hour for regularly scheduled time between 6 p.m. and 6 a.m.: 10:30 a.m. to 7 p.m. has
    # 1 hour of it: 10 shifts × $1.25 = $12.50.
    pytest.param(MARION, "im regularly scheduled 1030am-7pm. how much shift differential do i get for 10 of those "
                         "shifts?", "night_shift", 12.5, id="a time typed without its colon"),
    # Boilermakers 13.01 a.i (5x8): Wednesday 11 hours = 8 straight, 2 at 1.5 (3 hours' pay), 1 at double (2); Sunday,
    # a day of rest, 5 hours at double (10). The overtime alone: 15 hours' pay × $40 = $600.
    pytest.param(BOILERMAKERS, "on the 5x8 schedule at $40.00/hr. last week i did 11 hours on Wednesday and 5 hours on "
                               "Sunday, everything else normal. what's the overtime pay alone, not counting my regular "
                               "hours?", "overtime", 600.0, id="several days of daily overtime"),
]


def test_the_city_a_distance_is_measured_from_is_not_the_projects_area():
    # Boilermakers 16.01 b: the rate depends on the project's area; 'from edmonton city hall' is where the distance
    # is measured from, so the area is asked for; 'those 8 days' are the same days again.
    result = answer(_ingested(BOILERMAKERS), "on a subsistence job about 300 km from edmonton city hall, not in camp. "
                                             "worked 8 days so far, how much subsistence for those 8 days?",
                    date(2026, 12, 2), tool="travel")
    assert result.needs == ["project area"], result.answer
    assert result.tool is not None and result.tool.input.get("days") == 8, result.tool


# Round 31 (written blind; worked on once round 32 was written), in other words: a holiday named as members say it
# beside another one, a receipt date the story says is not known, our appeal logged in by their office, a week said
# twice, weekdays missed, months of leave asked as a run of months or 'over those' months, a week of shifts by days.
ROUND_31_SAMPLE = [
    # 7 G: a holiday other than November 11 that falls on a Saturday gives full-time employees 8 hours of holiday
    # credit; July 4, 2026 was a Saturday. 'Like Veterans Day' (7 F, the Friday before) is the member's comparison.
    ("Fourth of July was on a Saturday this year. Somebody in my unit says it works like Veterans Day and we should "
     "have had the Friday off. What did full-time staff actually get for the fourth of july, in hours?", "holidays", 8),
    # 6.9 B: management answers Step 3 within 21 calendar days after receipt of the appeal: received (stamped in by
    # their office) Thursday Nov 12 + 21 = Thursday Dec 3, 2026 (not the Monday it was mailed).
    ("We sent our step 3 appeal by certified mail on Monday Nov 9, and the department's office stamped it received "
     "Thursday Nov 12. When is management's step 3 response due?", "grievance_deadline", "2026-12-03"),
    # 6.7 A.1, A.2 and B: 21 days from learning of it (Nov 16 + 21 = Dec 7), 14 from the informal decision (Nov 25 +
    # 14 = Dec 9), never past the 21: Dec 7. 'Out-of-class pay' names the out-of-class track, but the informal
    # decision is a step only the usual track has.
    ("My out-of-class pay was missing from my check and I didn't notice until Monday Nov 16. I went to my supervisor "
     "informally and got the informal decision on Wednesday Nov 25. When is my formal Step 1 grievance due?",
     "grievance_deadline", "2026-12-07"),
    # 19.9 D: a meeting or training scheduled on an authorized day off credits at least 4 hours of work time; the days
    # off named first, the class put on one of them: 1.5 hours worked → 4.
    ("My days off are Sunday and Monday. My manager put me in a required safety class on Monday from 1:00 to 2:30 pm. "
     "How many hours of work time should I be credited?", "call_back", 4),
    # 8.1 A: months 7–36 earn 7 hours a month full time; with 30 months done at the end of December, January to April
    # are months 31–34: 4 × 7 = 28 hours.
    ("I'll have 30 months of full-time state service at the end of this month. How many vacation hours will I earn "
     "for January through April?", "leave_accrual", 28),
    # 11.5 A.1: 3 p.m. to 11:30 p.m. has 5.5 hours between 6 p.m. and midnight (lunch at 5 is before it), so the shift
    # earns $0.40 an hour on its 8 paid hours: $3.20 a shift; a 4-day week is 4 × $3.20 = $12.80.
    ("my regular shift is 3pm to 1130pm with an unpaid half hour lunch at 5. how much night shift differential should "
     "i get for a normal 4 day, 32 hr week?", "night_shift", 12.8),
]


def test_a_receipt_date_the_story_does_not_know_is_asked_for(sample_snapshot):
    result, _ = ask(sample_snapshot, "my step 2 denial is dated Nov 12 but it sat in my mailbox and I'm not sure what "
                                     "day I got it. when do I have to appeal to step 3?", today=date(2026, 12, 2))
    assert result.tool is not None and result.needs == ["date the decision was received"], result.answer


ROUND_31_FIXTURES = [
    # Marion County 11.8 D: $250 for a week of weekly duty; 'the full rotation week' in brackets is the same week.
    pytest.param(MARION, "I had the county cell phone for one week (the full rotation week) and nothing else this "
                         "month. how much phone duty pay?", "standby", 250.0, id="a week said twice"),
    # Boilermakers 18.06: 8 hours' pay a day lost, up to 3, for a grandparent, with 30 months' service from January
    # 1, 2026 (since January 2022: well over): Monday to Wednesday, 3 × 8 × $45.00 = $1,080.
    # Treasury Board 15.10 a and 15.14: double time for each completed six minutes after the shift; the stretch runs
    # from when work started again (1600) to the finish (1818), 138 minutes = 23 periods = 2.3 hours × 2 × $30 = $138.
    pytest.param(TBS, "i'm on days, shift 0700-1530, $30.00/hr. after my shift i took the usual unpaid break, started back "
                      "at 1600 and finished at 1818. how much OT pay?", "overtime", 138.0, id="work started again"),
    # Grinnell 4.3: the second qualifying semester pays $0.50 an hour (semesters need not be in a row): one earlier,
    # named before what was earned in it ('sophomore spring I got …'); 115 × $0.50 = $57.50.
    pytest.param(GRINNELL, "sophomore spring I got the experience premium. last fall I only had 80 hours so I didn't. this "
                           "spring I worked 115 hours and 3 finals week shifts. what's my premium?", "wage", 57.5,
                 id="a semester named before what was earned in it"),
    # Boilermakers 13.01 a.ii (4x10 Monday to Thursday): Friday 12 hours = 10 at 1.5 (15 hours' pay) + 2 at double (4);
    # Sunday 6 hours at double (12): 31 hours' pay × $40 = $1,240, asked as the two days' pay (no word for overtime).
    pytest.param(BOILERMAKERS, "on the 4x10 mon-thurs at $40.00/hr, did my four tens. then i worked 12 hrs friday and came "
                               "in sunday for 6 hrs. what should friday and sunday pay me?", "overtime", 1240.0,
                 id="two days' pay asked without the word overtime"),
    # Treasury Board 10.01–10.02: April to October 2026 at 13.34 hours (7 × 13.34 = 93.38), then from the month of the
    # 15th anniversary (November) 14.67 (5 × 14.67 = 73.35): 166.73 hours; the anniversary and the year as full dates.
    pytest.param(TBS, "my 15th anniversary of service is on nov 20 2026. in the vacation year apr 1 2026 to mar 31 2027, "
                      "how many vacation hours do i earn? always 80+ hrs pay a month", "leave_accrual", 166.73,
                 id="an anniversary and a vacation year as full dates"),
    pytest.param(BOILERMAKERS, "my grandmother passed away and I'll miss Monday, Tuesday and Wednesday of work for the "
                               "funeral. base rate $45.00, been with this contractor since January 2022. how much "
                               "bereavement pay?", "leave_accrual", 1080.0, id="weekdays missed"),
]


def test_a_part_timer_is_asked_their_share_and_the_reply_settles_the_differential():
    """Marion County 11.5: part-time employees get the $1.25 differential only at fifty percent of full time or more
    (rules data, `night_shift.part_time`, quoted): a part-timer who does not say their share is asked for it, and
    the reply fills it in; under the share the differential is worked out, then shown as not owed."""
    from assistant.calculators.router import route
    from assistant.scope import Scope
    from tests.assistant.test_fixture_deadlines import snapshot

    contract = _ingested(MARION)
    snap, scope, today = snapshot(contract), Scope((contract.id,)), date(2026, 12, 2)
    question = "i'm a part timer on overnights, sat and sun 10pm-6am. how much shift diff should i get per shift?"
    first = route(question, snap, scope, today)
    assert first is not None and first[0].needs == ["part-time percent"] and first[1] is not None, first
    assert "fifty percent (50%) or more" in first[0].answer
    enough = route("60%", snap, scope, today, first[1])
    assert enough is not None and enough[0].tool is not None
    assert enough[0].tool.output["primary"]["value"] == 10.0, enough[0].answer  # 8 hours in 6 p.m.–6 a.m. × $1.25
    short = route("40%", snap, scope, today, first[1])
    assert short is not None and short[0].tool is not None and short[0].tool.output["primary"]["value"] == 0, short[0].answer
    assert "fifty percent (50%) or more" in short[0].answer


def test_a_call_back_on_a_flexible_schedule_asks_when_the_next_shift_began(sample_snapshot):
    """19.9 C cuts call-back credit to the hours before the next shift when it begins within four hours; a member
    whose start times move around is asked when it began, and the reply finishes it: arrival 2:00 a.m., next shift
    5:00 a.m. → 3 hours of credit."""
    from assistant.calculators.router import route
    from assistant.scope import Scope
    from tests.conftest import SAMPLE_ID

    scope, today = Scope((SAMPLE_ID,)), date(2026, 12, 2)
    first = route("they called me in at 1:30am last night, got there at 2 and worked till 3:30. i'm on a flex schedule "
                  "so my start times vary. how many hours of call back credit?", sample_snapshot, scope, today)
    assert first is not None and first[0].needs == ["next shift start"] and first[1] is not None, first
    reply = route("my next shift started at 5am", sample_snapshot, scope, today, first[1])
    assert reply is not None and reply[0].tool is not None
    assert reply[0].tool.output["primary"]["value"] == 3, reply[0].answer


def test_a_call_back_in_the_small_hours_asks_when_the_next_shift_began(sample_snapshot):
    """19.9 C: a call back that starts in the small hours may fall within four hours of the next shift, which the story
    does not give; asked, a bare time in reply finishes it (arrival 3:10 a.m., next shift 6:30 a.m. → 3.333 hours)."""
    from assistant.calculators.router import route
    from assistant.scope import Scope
    from tests.conftest import SAMPLE_ID

    scope, today = Scope((SAMPLE_ID,)), date(2026, 12, 3)
    first = route("got called back last night, my shift ended 4:30pm and nobody warned me. got to the yard at 3:10am and "
                  "worked till 5:00am. how many hrs of call back credit?", sample_snapshot, scope, today)
    assert first is not None and first[0].needs == ["next shift start"] and first[1] is not None, first
    reply = route("6:30am", sample_snapshot, scope, today, first[1])
    assert reply is not None and reply[0].tool is not None
    assert reply[0].tool.output["primary"]["value"] == pytest.approx(3.333, abs=0.001), reply[0].answer


def test_a_correction_with_words_of_its_own_replaces_the_figure():
    q = read("Wednesday I worked 12 hrs -- wait no, just checked my timesheet, it was 11.5 hours", date(2026, 12, 2))
    assert [(a.value, a.unit) for a in q.amounts] == [(11.5, "hours")]
    q = read("worked 12 hrs on wednesday and then 3 hours on thursday", date(2026, 12, 2))
    assert [a.value for a in q.amounts] == [12.0, 3.0]  # no correction: both stand
    q = read("I found out Monday the 16th - wait no, sorry, it was Tuesday the 17th. when do I file?", date(2026, 12, 2))
    assert [(d.value.day, d.role) for d in q.dates] == [(17, "learned")]  # the day corrected, its role kept
    q = read("got the denial last friday - wait no, the letter is dated thurs the 26th but she received it friday",
             date(2026, 12, 2))
    assert len(q.dates) == 2  # a day added, not one corrected


# Round 32 (written blind, held out until round 33 was written, then worked on), in other words.
ROUND_32_SAMPLE = [
    # 6.7 A.1: 21 calendar days after learning of it; the day corrected in the message is not the one counted from,
    # and the corrected one is still the day it was learned: Nov 13 + 21 = Dec 4, 2026.
    ("I found out on Thursday Nov 12 -- sorry, scratch that, it was Friday Nov 13. I haven't talked to my supervisor "
     "yet. When's the last day to file the formal grievance?", "grievance_deadline", "2026-12-04"),
    # 19.9 A and B: a call within four hours of the beginning of the one before earns no new minimum, past midnight
    # too: 10:30–11:45 pm and 1:30–2:10 am are one minimum of 4 hours (1.92 hours worked).
    ("got called back at 10pm, got there 10:30 and worked till 11:45pm. then they called again at 1am and I worked 1:30 "
     "to 2:10am. next shift is 8am. how many hours of call back credit total?", "call_back", 4),
    # 19.2 B and B.2: each stay credited in 15-minute units, a full unit from 7 minutes: 65 min → 60, 100 min → 105;
    # 165 minutes = 2.75 hours × 1.5 × $22.00 = $90.75. The stays told by day are not the days' lengths.
    ("ot q - i'm full time 7-3:30 m-f, no leave this wk. stayed late wed 1hr 5min and fri 1hr 40min, both times my sup "
     "asked. rate 22.00/hr. how much OT cash if paid in cash not cto??", "overtime", 90.75),
]


ROUND_32_FIXTURES = [
    # Marion County 11.5: $1.25 for each scheduled hour between 6 p.m. and 6 a.m.; 7 p.m. to 3:30 a.m. lies wholly inside,
    # so the unpaid half hour is inside too, wherever it is taken: 8 hours × $1.25 = $10 a night, 4 nights = $40.
    pytest.param(MARION, "full time, scheduled 7 p.m. to 3:30 a.m. with an unpaid 30 min meal, 4 nights a week. how much "
                         "shift differential for the week?", "night_shift", 40.0, id="a meal by its length, inside the window"),
]

ROUND_33_SAMPLE = [
    # 'what should my vacation balance be on march 1st?' asked in December: the coming March 1 (2027), not the last one;
    # August 2026 through February 2027 credited: 42 + 7 = 49.
    pytest.param("hired august 3 this year, full time, haven't used any vacation. what should my vacation balance be on march "
                 "1st?", "leave_accrual", 49, id="a balance asked on a coming day"),
    # 8.1 A: 'just completed my 20th month': 20 months, 42 + 14 × 7 = 140 hours.
    pytest.param("just completed my 20th month with the state, full time, no vacation used. how many vacation hours should I "
                 "have?", "leave_accrual", 140, id="service as an ordinal month"),
    # Months 41–44 at 10 hours ('monthly pay periods' are months, not a monthly rate asked): 40.
    pytest.param("full time, just finished my 40th month of state service. how much vacation will I earn over my next 4 "
                 "qualifying monthly pay periods?", "leave_accrual", 40, id="the next qualifying monthly pay periods"),
    # 8.1 A: February through November 2026 credited, 42 + 4 × 7 = 70 hours, less the two 8-hour days used: 54.
    pytest.param("started with the state on February 1 this year, full time every month. I took two 8-hour vacation days in "
                 "October. How many vacation hours should I have now?", "leave_accrual", 54, id="vacation used comes off"),
    # 8.2: 8 hours a month, March through November 2026 (not to June 5, the day the leave was used): 72 − 12 = 60.
    pytest.param("started march 2 2026 full time. used 12 hrs of sick leave on june 5. how much sick leave do i have now?",
                 "leave_accrual", 60, id="sick leave used, counted to today"),
    # 8.1 A: 42 hours after six months, 7 a month to 36, then 10: June 2023 through November 2026 credited (the December 1
    # credit is in, and 'dec 1' is last Tuesday, not a December counted from 'today'): 42 + 30 × 7 + 6 × 10 = 312.
    pytest.param("started with the state june 1 2023, full time every month, never used vacation. how many vacation hours do "
                 "I have as of today? the dec 1 credit is in.", "leave_accrual", 312, id="today is no anchor for a year"),
    # 19.2 B.2: 9:00 to 12:38 is 218 minutes, 14 units of 15 and 8 more (7 or more earn a unit): 3.75 hours × 1.5 × $20;
    # 'they only credited 3.5 hrs' is their figure, not the time worked.
    pytest.param("worked my full 40 mon-fri, then got ordered in saturday 9:00 to 12:38. $20/hr, paid in cash. they only "
                 "credited 3.5 hrs. what should the OT pay be?", "overtime", 112.5, id="their credited hours are not worked"),
    # 12.8 B: on a day off the allowance needs two hours past a regular workday (8 + 2 = 10; 11 worked); 12.8 A: up to
    # $8, the $7.25 the meal cost.
    pytest.param("my regular days are 8 hrs. came in on my day off (sunday) and worked 11 hours. dinner cost me $7.25. OT meal "
                 "allowance?", "overtime", 7.25, id="a day off's meal allowance, the meal's cost"),
    # 12.8 A: two consecutive hours before the shift (4:45 to 7:00 is 2.25), the $11 breakfast paid to $8.
    pytest.param("regular shift 7:00 to 3:30, they had me in at 4:45 a.m. for inventory, then my normal day. breakfast was $11. "
                 "how much OT meal allowance?", "overtime", 8.0, id="overtime before the shift, the allowance's cap"),
    # 45 minutes before and 1.5 hours after: neither is two consecutive hours.
    pytest.param("shift is 8-5. came in 45 min early and stayed 1 hr 30 min after my shift. dinner $9. how much overtime meal "
                 "money?", "overtime", 0.0, id="before and after the shift counted apart"),
]


ROUND_33_FIXTURES = [
    # Marion County 13.1 A (sick leave and holidays count as hours worked), 13.2 (over 40 a week or 10 a workday), 13.5
    # (time and one-half): Tue 8 sick + Wed 8 + Thu 12 + Fri 8 + Sat 8 = 44; 2 past 10 on Thursday, 44 − 2 − 40 = 2
    # more: 4 hours × $29.00 × 1.5 = $174.00 (payroll's own count of Thursday is not a day of the week).
    pytest.param(MARION, "steward q: member is full time, OT eligible, $29.00/hr. Out sick on Tuesday (took 8 hrs sick leave), "
                         "then wed 8, thu 12 (approved), fri 8 and sat 8 with the manager's ok. payroll only counted 1 hr for "
                         "thursday. what OT pay is she owed?", "overtime", 174.0, id="a week in pieces, sick day counted"),
    # 4-10s Monday to Thursday: Monday the holiday off (10, the usual day), Tue 12, the other two tens, Sat 4 = 46;
    # 2 past 10 on Tuesday, 46 − 2 − 40 = 4 more: 6 hours.
    pytest.param(MARION, "We're on 4-10s, Monday to Thursday. Monday was Memorial Day so I was off, tuesday I worked 12 hrs, "
                         "the other 2 days were normal tens, and I came in saturday for 4 hours. OT eligible. how many hours "
                         "of overtime is that?", "overtime", 6, id="the other days of a 4-10 week, a holiday off"),
    # The holiday off named, not its day: the one workday the story leaves (Thursday), 8 hours: 8 × 4 + 8 + 6 = 46 → 6.
    pytest.param(MARION, "full time 8 hr days. Worked 8 hrs Mon, Tue and Wed, had Thanksgiving off for the holiday, friday 8, "
                         "and saturday 6 (approved). how many OT hours?", "overtime", 6, id="a holiday off without its weekday"),
    # 13.5 comp time at 1.5 capped at 40 hours: 46 − 40 = 6 overtime → 9 hours of comp; 36 + 9 = 45: 5 over the cap.
    pytest.param(MARION, "OT eligible, 8 hr days mon-fri. tuesday was Veterans Day (off). mon 8, wed 8, thu 8, fri 8, then 6 "
                         "hrs saturday with approval. taking comp time, already have 36 hours of comp banked. how many hours "
                         "of the comp go over the cap?", "overtime", 5, id="comp earned in a week past the cap"),
    # Boilermakers Addendum 1.300 a.2 (rules data): an EDO on the ten-hour day, 2.5 hours at double time, 5 at time and
    # one-half, the rest double: 9 hours = 5 + 7.5 + 3 = 15.5 hours of pay × $50.00 = $775.00.
    pytest.param(BOILERMAKERS, "we're on the 10-hour compressed work week and the super called me in on an EDO, I ended up "
                               "working 9 hours. cww rate $50.00, what's that day pay?", "overtime", 775.0,
                 id="an earned day off on a compressed week"),
    # Grinnell 4.3: the first qualifying semester told with its hours in brackets, this fall's 126 the ones asked about
    # (the 118 is not 'this fall' for the words after its bracket): the second semester, 50 cents × 126 = $63.00.
    # 4.1: $9.25 an hour for shifts told as a list of lengths, 1.5 + 2.25 + 3 = 6.75 hours = $62.44.
    pytest.param(GRINNELL, "not a leader, no premium yet. shifts this week: 1 h 30 min, 2 h 15 min and 3 h. what's my gross "
                           "pay?", "wage", 62.44, id="a week's shifts as a list of lengths"),
    pytest.param(GRINNELL, "last spring was my first time hitting the experience bonus (did 118 hrs), and this fall I worked "
                           "126 hours and 2 finals week shifts. how much is my fall experience bonus?", "wage", 63.0,
                 id="this semester's hours beside an earlier one's"),
    # 4.3 on all hours worked: 90 as Student Leader + 25 regular = 115; the second semester: 115 × 0.50 = $57.50.
    pytest.param(GRINNELL, "my 2nd time qualifying for the experience premium. worked 90 hrs as student leader plus 25 hrs on "
                           "regular shifts, and 2 finals week shifts. how much premium total?", "wage", 57.5,
                 id="the premium on hours told by role"),
    # A premium paid, checked ('was that right?'): the second semester, 116 × $0.50 = $58.00.
    pytest.param(GRINNELL, "the experience bonus on my stub came to $29.00 for 116 hours this spring, my second semester "
                           "qualifying (2 finals shifts). was that right?", "wage", 58.0, id="a premium paid, checked"),
    # 'fall semester was my 2nd time …' with no later semester told is the semester asked about: 120 × $0.50 = $60.00.
    pytest.param(GRINNELL, "fall semester was my 2nd time meeting the experience premium requirements (2 finals week shifts). I "
                           "put in 120 hrs that semester. the premium came to $30. what should it have been?", "wage", 60.0,
                 id="the nth semester is the one asked"),
    # Two semesters' hours; the one asked named with its year: Spring 2026, after one earlier qualifying: 122 × $0.50.
    pytest.param(GRINNELL, "qualified for the experience premium in Spring 2025. Fall 2025 I only had 100 hours. In Spring 2026 "
                           "I worked 122 hours and worked 2 shifts in the final week. What experience premium should I get for "
                           "Spring 2026?", "wage", 61.0, id="the semester asked by its name and year"),
    # 13.01 a.iii (the 4x10 Tuesday-to-Friday table, named with hyphens, over the 4x10 that '4x10' alone names): Monday
    # at time and one-half to 10 hours, double after: 10 × 1.5 + 1 × 2 = 17 hours of pay × $48.00 = $816.00.
    pytest.param(BOILERMAKERS, "We work the 4x10 Tuesday-to-Friday rotation. Got called out Monday and was working 11 hours. "
                               "Rate $48.00. What's that Monday pay?", "overtime", 816.0, id="the schedule named longest"),
    # 13.01 a.ii: Friday on 4x10 Monday to Thursday, 'doing 12 hours': 10 × 1.5 + 2 × 2 = 19 × $50 = $950.00.
    pytest.param(BOILERMAKERS, "4x10s mon-thurs, full 40 in. boss had me come in friday and I ended up doing 12 hours. $50/hr, "
                               "what does friday pay?", "overtime", 950.0, id="a day's hours after 'doing'"),
    # 'rate on my paystub is $50.00' is the rate; 'the OT part' asks the overtime alone: 5x8, Thursday 11 hours: 2 × 1.5
    # + 1 × 2 = 5 hours of pay × $50 = $250.00.
    pytest.param(BOILERMAKERS, "5x8 crew. thursday i put in 11 hrs. rate on my paystub is $50.00. what should the OT part be "
                               "for the 3 hrs past my 8?", "overtime", 250.0, id="the rate on a paystub, the OT part"),
    # Ship Repair 10.01 (April–March), 10.02 c: 13.34 hours a month from the month of the 8th anniversary (August 2025):
    # every month of the current year (April 2026 – March 2027, today being December 2026) at 13.34 = 160.08.
    pytest.param(TBS, "I was hired at the dockyard on August 3, 2017, full pay every month. How many vacation hours will I "
                      "earn in this vacation year?", "leave_accrual", 160.08, id="a service date written in full, this year"),
    # 10.02 b then c: the 8th anniversary in November 2026; April–October at 10 hours = 70.
    pytest.param(TBS, "started in the public service on November 20, 2018; full months of pay. how many vacation hrs have I "
                      "earned so far this vacation year, through the end of October?", "leave_accrual", 70,
                 id="this vacation year through the end of a month"),
    # 10.02 a then b, and 10.13's one-time 24 hours on February 1, 2027 (the month after the first anniversary):
    # April–December 9 × 6.67 = 60.03, January–March 3 × 10 = 30, + 24 = 114.03.
    pytest.param(TBS, "I became an employee on January 9, 2026 and get 80+ hours pay each month. total vacation credited this "
                      "vacation year including the one-time credit?", "leave_accrual", 114.03,
                 id="a one-time credit asked with the year"),
    # The service date is the day said after 'joined', not the vacation year's 'apr 2026' after it: the 8th anniversary in
    # October 2026, April–September 6 × 10 + October–March 6 × 13.34 = 140.04.
    pytest.param(TBS, "I joined the dockyard October 2, 2018 and have been paid full months since. What's my total vacation for "
                      "the apr 2026 - mar 2027 vacation year?", "leave_accrual", 140.04, id="the vacation year is not the start"),
    # Ship Repair 17.07 a (rules data): 8 hours after 40 nights away in a fiscal year, 8 more for each further 20 nights:
    # 88 nights → 8 + 2 × 8 = 24 hours (the last 8 nights are not a full 20).
    pytest.param(TBS, "Steward question: member's been on travel status away from his permanent residence 88 nights since "
                      "April 1 (all assigned ship work). How many hours of travel status leave?", "travel", 24,
                 id="travel status leave, nights past the maximum"),
    # 17.07 a / b: 'to a maximum of eighty (80) nights' bounds the further nights after the first forty (120 in all, (b)'s
    # forty hours): 105 nights → 8 + 3 × 8 = 32 hours (it had stopped at 80 nights, 24 hours).
    pytest.param(TBS, "been away from home on govt business 105 nights since april 1, none of it courses. how many hrs of travel "
                      "status leave do i get?", "travel", 32, id="travel status leave past eighty nights"),
    # 17.07's last paragraph: a seminar the member chose does not count; '9 of those' comes out of the 64: 55 → 8 hours.
    pytest.param(TBS, "away from home 64 nights this fiscal year on the employer's business, but 9 of those nights were a "
                      "seminar I chose to go to. how much travel status leave do I have coming?", "travel", 8,
                 id="nights at a chosen seminar left out of the total"),
    # A course the employer required counts, and 'including 6 nights' is part of the 45, not more: 45 → 8 hours.
    pytest.param(TBS, "I've been away from home 45 nights on travel status, including 6 nights at a course the employer "
                      "required me to attend. how much travel status leave have I earned?", "travel", 8,
                 id="a required course counts, once"),
    # Marion County 6.4 (rules data): a part-timer at 0.5 FTE or more, no set schedule, not working the holiday: the month
    # before it (April, for Memorial Day), 90 hours ÷ 15 days = 6 hours.
    pytest.param(MARION, "part-time 0.7 FTE, no set schedule. I'm not working Memorial Day. In April I worked 90 hours over 15 "
                         "days. How many hours of holiday pay?", "holidays", 6, id="a part-timer's holiday, no set schedule"),
    # 6.4, a set schedule: the hours it has that day, 6.5 × $25.00 = $162.50.
    pytest.param(MARION, "0.8 FTE part-timer, set schedule of 6.5 hours a day mon-fri, not scheduled on labor day since we're "
                         "closed. $25/hr. how much holiday pay?", "holidays", 162.5, id="a part-timer's holiday, set schedule"),
    # 6.4: under 0.5 FTE, none.
    pytest.param(MARION, "0.4 FTE part time, no set schedule, not working christmas. in november i worked 40 hrs over 8 days. "
                         "how many hours of holiday pay?", "holidays", 0, id="a part-timer under the FTE"),
    # 6.6: a temporary employee, time and one-half for the hours worked and nothing else: 9 × 1.5 × $20 = $270.00
    # ('9 hrs' of a decimal-free story; '7.5 hours on Labor Day' is read too).
    pytest.param(MARION, "temp employee here, worked 9 hrs on Independence Day at $20.00/hr. how much for that day?", "holidays",
                 270.0, id="a temporary employee's holiday"),
    pytest.param(MARION, "I'm a temporary employee. I worked 6.5 hours on Labor Day at $20.00 an hour. How much should I get?",
                 "holidays", 195.0, id="hours with a decimal worked on a holiday"),
    # Ship Repair 17.03 a (rules data): a day of rest spent travelling, no work: the hours at the day-of-rest overtime rate
    # (15.10 a, double time), at most 15 hours' straight-time pay: 7 × 2 = 14 hours × $30.00 = $420.00.
    pytest.param(TBS, "Employer flew me out on Sunday, my day of rest: 7 hours door to door, no work that day. $30.00 an hour. "
                      "What's Sunday worth?", "travel", 420.0, id="a day of rest spent travelling"),
    # 17.03 c: travel and work on a day of rest: 4.5 × 2 = 9 + 5 × 2 = 10 → 19 hours × $31.00 = $589.00.
    pytest.param(TBS, "Saturday (rest day) I spent 4.5 hours on the road to the site and then worked 5 hours. rate $31. what "
                      "should saturday pay?", "travel", 589.0, id="travel and work on a day of rest"),
    # 10 hours × 2 = 20, capped at 15 hours' straight-time pay.
    pytest.param(TBS, "travelled sunday (day off) for the employer, 10 hours, did no work. how many hours of pay do I get?",
                 "travel", 15, id="travel pay capped"),
    # Ship Repair 15.19 (the unpaid 45 minutes after the shift), 15.14 (completed six-minute periods), 15.10 a (double
    # time), 15.18 a.i ($12 after three hours begun within the hour after quitting time): 1700–2030 = 35 periods = 3.5
    # hours × 2 × $32.50 = $227.50, + $12.00 = $239.50.
    pytest.param(TBS, "on days (0745-1615). boss kept me for overtime thursday: 45 min unpaid break after the shift, then 1700 "
                      "to 2030. $32.50/hr. what's the OT worth plus the meal allowance?", "overtime", 239.5,
                 id="overtime with its meal allowance"),
    # 'swiped out at 1930' ends the stretch after the break: 150 minutes = 2.5 hours × 2 × $30 = $150.00.
    pytest.param(TBS, "day shift 0745-1615, took the 45 minute break after, started back at 1700 and swiped out at 1930. rate $30. "
                      "how much overtime pay?", "overtime", 150.0, id="swiped out"),
]


def test_a_contract_without_travel_time_rules_gives_no_travel_figure():
    # Why: pay for a day spent travelling is what a contract's rules say; Marion's say nothing of it.
    from assistant.calculators.router import route
    from assistant.scope import Scope
    from tests.assistant.test_fixture_deadlines import snapshot

    contract = _ingested(MARION)
    routed = route("travelled for the county on my day off, 6 hours on the road, no work that day. $30/hr, what do I get?",
                   snapshot(contract), Scope((contract.id,)), date(2026, 12, 2))
    assert routed is None or routed[0].tool is None or routed[0].tool.name != "travel"


def test_a_compressed_weeks_other_days_are_left_to_its_clauses():
    # Why: the rules pay only a compressed schedule's earned days off; a long Tuesday on it is not a 5x8 day.
    from assistant.calculators.router import route
    from assistant.scope import Scope
    from tests.assistant.test_fixture_deadlines import snapshot

    contract = _ingested(BOILERMAKERS)
    routed = route("on a 12 hr compressed schedule i worked 14 hrs on tuesday, rate 46. what do i get?", snapshot(contract),
                   Scope((contract.id,)), date(2026, 12, 2))
    assert routed is None or routed[0].tool is None or routed[0].tool.name != "overtime"


ROUND_34_SAMPLE = [
    # 19.2 B: 5:00 to 6:22 pm is 82 minutes, past a 40-hour week; B.2 credits 5 quarter hours and the 7 minutes left as
    # a sixth: 1.5 hours × $20.40 × 1.5 = $45.90 (a coworker's '7 minutes' is their reckoning, not more time worked;
    # 'twenty forty an hour' is the rate, not an hour).
    pytest.param("Tuesday my manager had me keep going from 5:00 to 6:22 pm after I'd already worked 40 hours that week. I'm "
                 "paid twenty forty an hour. My coworker thinks anything under a full quarter hour is dropped, so I'd lose 7 "
                 "minutes. If it's paid in cash what's the overtime?", "overtime", 45.9, id="a rate said in words"),
    # 6.7 A.1: learned on Monday, November 16, 2026 (the weekday belongs to that date, not 'the most recent Monday'):
    # + 21 calendar days = December 7, 2026.
    pytest.param("The write-up is dated Nov 2 but my supervisor only handed it to me on Monday the 16th of November. When is "
                 "the last day to file a formal grievance?", "grievance_deadline", "2026-12-07",
                 id="a weekday written before its date"),
    # 6.7 A.2: 14 days after the informal answer of November 24 is December 8, but B caps it at 21 days after learning
    # of it on November 10: December 1 (the coworker's '14 days from the 24th' counts from a day already told).
    pytest.param("found out tues nov 10 I was passed over. did the informal, got the answer back on the 24th. my coworker "
                 "told me I've got 14 days from the 24th. when's the last day to file formal?", "grievance_deadline",
                 "2026-12-01", id="someone's count from a day told before"),
]

ROUND_34_FIXTURES = [
    # Boilermakers 13.01 a: a Saturday is double time: 7.5 × 2 × $44.00 = $660.00.
    pytest.param(BOILERMAKERS, "worked sat 7.5 hrs on the turnaround, my rate is 44.00/hr. what do I get?", "overtime", 660.0,
                 id="the day between the verb and its hours"),
    # 13.01 a.ii (4x10 Monday to Thursday): Friday 6 × 1.5 × $50 = $450; Sunday 4 × 2 × $50 = $400: $850.00 ('sunday for 4'
    # takes the hours said for Friday).
    pytest.param(BOILERMAKERS, "4x10 mon-thu crew. came in friday for 6 hrs and sunday for 4. rate 50.00/hr. what should fri "
                               "and sun come to?", "overtime", 850.0, id="a second day's hours with the unit unsaid"),
    # 13.01 a.ii: Friday 9 × 1.5 × $46.50 = $627.75 (the schedule's 'Monday' is not the day worked).
    pytest.param(BOILERMAKERS, "On the 4x10 Monday to Thursday schedule I worked Friday 9 hours, base rate is forty-six fifty. "
                               "What's Friday worth?", "overtime", 627.75, id="the day worked after the schedule's days"),
    # 13.01 a.ii: 8 × 1.5 × $40.00 = $480.00 ('rate on my stub is 40.00' without a dollar sign).
    pytest.param(BOILERMAKERS, "we're 4x10 mon-thu. Friday I came in for 8 hours to finish the job, rate on my stub is 40.00. "
                               "what's friday worth?", "overtime", 480.0, id="came in for, and a rate on the stub"),
]


ROUND_35_SAMPLE = [
    # 19.9 E: call-back time counts from reporting (5:40), not the phone call (5:05); C: within four hours of the 8:00
    # shift, only the time before it: 2 h 20 min.
    pytest.param("sup rang me at 5:05am, I badged in at the yard at 5:40am and kept going into my 8:00 shift. my shift "
                 "ended at 4:30 the day before and nobody warned me. how many hours of call back credit?", "call_back",
                 2.3333, id="the call's start is when the member reported"),
    # 19.10 C: Saturday 8:00 a.m. to Monday 8:00 a.m. is 48 hours: 6 blocks of 8 → 12 hours of CTO (being fit to come
    # back in is what standby asks, not a call back; the supervisor's 'one hour for every eight' is their figure).
    pytest.param("I was put on standby (had to stay fit to come back in) from Saturday, November 14 at 8:00 a.m. until "
                 "Monday, November 16 at 8:00 a.m. My supervisor says it's one hour of CTO for every eight hours, so 6 "
                 "hours. How many hours of CTO should I get?", "standby", 12, id="a standby period between two dated times"),
    # 19.10 C: November 20, 4:00 p.m. to November 23, 8:00 a.m. (64 hours) and November 27, 5:00 p.m. to November 28,
    # 9:00 a.m. (16 hours): 80 hours, 10 blocks of 8 → 20 hours of CTO (dates with their times, no weekday named).
    pytest.param("I had standby from Nov 20 at 4:00 p.m. until Nov 23 at 8:00 a.m. and from Nov 27 at 5:00 p.m. until Nov 28 "
                 "at 9:00 a.m., never called in. How many hours of CTO?", "standby", 20, id="two dated standby periods"),
    # 7 J: 8 × 1.5 = 12 hours of pay plus 8 hours of holiday credit paid in cash: 20 × $19.00 = $380.00.
    pytest.param("full-time permanent, did my 40 that week, and they asked me to come in on Thanksgiving for 8 hours. $19.00 an "
                 "hour, holiday part paid in cash. what's the total?", "holidays", 380.0,
                 id="asked to come in on the holiday"),
    # 19.2 B: each stay counted on its own: 20 min → 15 (5 left, under 7), 5 min → none (under 15 at one time), 50 min →
    # 45: 1 hour × 1.5 × $20.00 (the week's '8 hours a day' is the schedule, not time worked).
    pytest.param("She works a regular 40-hour week, 8 hours a day, and is paid cash overtime at $20.00/hour. Last week she "
                 "stayed late 20 minutes on Monday, 5 minutes on Wednesday and 50 minutes on Friday. What should her "
                 "overtime pay be?", "overtime", 30.0, id="the day of each stay told after it"),
    # 6.7 A.1, A.2, B: 14 days after the informal answer (Nov 20) is Dec 4, capped at 21 days after learning (Nov 9):
    # November 30.
    pytest.param("found out mon nov 9 about the bad evaluation. informal talk with my sup, his answer came back nov 20. "
                 "my steward said 14 days from that so dec 4 for the formal step 1 — right?", "grievance_deadline",
                 "2026-11-30", id="for the formal step 1 is the filing"),
]

ROUND_35_FIXTURES = [
    # TBS 15.14 and 15.10 a: 17:15 to 19:40 is 145 minutes, 24 whole 6-minute periods = 2.4 h at double time × $30.00.
    pytest.param(TBS, "day shift, normally off at 1630. last night got kept for OT, took the unpaid break then worked 1715 to "
                      "1940. basic rate $30.00. how much OT pay?", "overtime", 144.0,
                 id="the shift told by its end, then a range worked"),
    # TBS 18.02: 25 + 18 + 20 = 63 nights → the first 40 earn a day (7.5 h), one more block of 20 → 15 hours (the
    # coworker's 'every 20 nights' is not a stay away).
    pytest.param(TBS, "Since April 1 I've been away on required travel three times: 25 nights, 18 nights and 20 nights. A "
                      "coworker says every 20 nights is worth something. How much travel status leave have I earned?",
                 "travel", 16, id="someone's figure of nights is not a stay"),
    # Marion 11.12: daily cell phone duty for four weeknights, 5:00 p.m. to 8:00 a.m. each = 60 hours × $2.03.
    pytest.param(MARION, "I carried daily cell phone duty for four weeknights, 5:00 p.m. to 8:00 a.m. each night, and got no "
                         "calls. What does the duty pay?", "standby", 121.8, id="weeknights counted"),
    # Marion 11.10: 10 minutes × 1.5 = 15, plus 15 for the 11:30 pm call: 6 × 1.5 = 9 + 15 = 24: 39 minutes (the lead's
    # '15 min' is their rule, not a third call).
    pytest.param(MARION, "overtime eligible. two work calls last night: 8:10 pm (10 min) and 11:30 pm (6 min). my lead says "
                         "each call gets the extra 15 min. how many minutes of comp do I get?", "call_back", 39,
                 id="the lead's figure is not a call"),
    # Boilermakers 13.01 a and b, 12.03: Saturday 9 h at double time × $50 = $900, plus the third-shift premium 9 × $4.50.
    pytest.param(BOILERMAKERS, "I'm on nights (3rd shift). Worked a 9-hour shift on Saturday, rate $50.00. What's my total for "
                               "Saturday?", "night_shift", 940.5, id="a shift's hours told with its day"),
    # Boilermakers 15.02 a, 15.04: 2 hours of reporting time × ($48.00 + $4.50 second-shift premium).
    pytest.param(BOILERMAKERS, "on 2nd shift, base $48.00. reported yesterday but it was too windy to work, sent home after "
                               "half an hour. what am i owed?", "call_back", 105.0, id="a base told without 'rate'"),
    # Boilermakers 16.01 a: 40 road km from the zone's edge, worked Tuesday to Thursday and reported Friday (rained out):
    # 4 days × 80 km × $0.69 (the employer's '3 days' is what it paid).
    pytest.param(BOILERMAKERS, "Job is 70 radius km out, no transportation provided; 40 km from the edge of the free zone to "
                               "the gate. We worked Tuesday to Thursday and on Friday reported but got rained out. The "
                               "employer paid daily travel for 3 days. What should daily travel be for the week?", "travel",
                 220.8, id="what the employer paid is not the days"),
    # Boilermakers 15.01: told to report Tuesday, put to work Friday: 3 working days kept waiting, 2 + 2 + 8 = 12 h × $45.
    pytest.param(BOILERMAKERS, "They told me to report Tuesday but didn't put me to work until Friday. Local job. My rate is "
                               "$45.00. What waiting pay do I get?", "call_back", 540.0, id="waiting pay with the rate"),
    # Boilermakers 14.04 and 14.03: on 4x10 Tuesday to Friday, Labour Day on Monday September 7 is observed Tuesday the
    # 8th; hours worked that day are holiday hours at double time: 9 × 2 × $50.00.
    pytest.param(BOILERMAKERS, "We're on 4x10 Tuesday to Friday. Labour Day this year was Monday Sept 7, our day off, and the "
                               "super had me down for 9 hrs on the 8th at $50.00. What should I get for that day?", "holidays",
                 900.0, id="hours on the day a holiday is moved to"),
    # Grinnell 4.3: earned it in fall 2024 and spring 2025, so spring 2026 is the third: 120 × $0.75.
    pytest.param(GRINNELL, "spring 2026 I worked 120 hrs and 2 shifts in finals week. I hit the experience premium in fall 2024 "
                           "and spring 2025 too. How much is my experience premium for spring?", "wage", 90.0,
                 id="earlier semesters the premium was hit"),
]


ROUND_36_SAMPLE = [
    # 19.10 C: Sunday 7:00 a.m. to Monday 11:00 p.m. is 40 hours: 5 blocks of 8 → 10 hours of CTO ('11 at night' is a
    # clock time whose half of the day is said after it).
    pytest.param("on standby from sunday 7am thru monday 11 at night, never got called. how much cto is that", "standby", 10,
                 id="an hour told 'at night'"),
    # 7 J: 8 × 1.5 = 12 hours of pay plus the 8 hours of holiday credit paid in cash: 20 × $20.00.
    pytest.param("worked christmas day, 8 hrs. perm full time, full week. rate is 20.00 and they're paying the holiday credit "
                 "in cash. total $ for christmas?", "holidays", 400.0, id="'total $' asks the day's pay"),
    # 8.1 A: service from March 2023; credits on January 1, February 1 and March 1, 2027 pay for service months 46–48 at
    # 10 hours each: 40 + 30 = 70 hours.
    pytest.param("started full-time state service at the start of March 2023, every month qualifies. vacation balance is 40 "
                 "hours right now, the December 1 credit already in. what will my balance be after the March 1, 2027 "
                 "credit?", "leave_accrual", 70, id="a balance carried to a later credit"),
    # 8.3 A and E: a grandparent, 24 hours for a full-timer; pro rata for three-quarter time: 18 hours.
    pytest.param("my grandfather died last week. I'm a permanent three-quarter-time employee. how many hours of bereavement "
                 "leave do I get?", "leave_accrual", 18, id="a time base written in words"),
    # 11.5 A.1: 3:00–11:30 p.m. has 5.5 hours in 6 p.m.–midnight, so it qualifies: 15 shifts × 8 paid hours × $0.40.
    pytest.param("Steward here. A tech works 3:00 p.m. to 11:30 p.m. with an unpaid lunch from 7:00 to 7:30. She worked 15 of "
                 "these 8-hour shifts in October. How much night shift differential is she owed?", "night_shift", 48.0,
                 id="shifts counted with their length"),
]

ROUND_36_FIXTURES = [
    # TBS 15.14, 15.10 a: kept after 16:15 until 19:00 is 165 minutes, 27 whole 6-minute periods = 2.7 h × 2 × $30.00.
    pytest.param(TBS, "day shift, got told to stay past 1615, no break, worked thru til 1900. basic rate 30.00. how much OT "
                      "pay?", "overtime", 162.0, id="the shift's end told as 'stay past'"),
    # TBS 24.01 b: three night shifts in a row, 2345–0815 less the 30-minute meal = 16 half-hours each, × $35.00 / 7.
    pytest.param(TBS, "on nights, 3 in a row, 2345-0815. basic 35.00. what's the night shift premium?", "night_shift", 240.0,
                 id="shifts in a row and a 'basic' rate without a dollar sign"),
    # TBS 17.07 a: 45 nights → the first 40 earn 8 hours (the member's '8 for every 20 nights' is a belief, not nights).
    pytest.param(TBS, "away on employer-required travel 45 nights this fiscal year. i figured it was 8 hrs for every 20 nights. "
                      "how much travel status leave do i actually get?", "travel", 8, id="a believed rate's nights"),
    # Marion 11.9, 13.5: from reaching the plant (8:40 p.m.) to 11:50 p.m. is 3 h 10 min, over the 3-hour minimum:
    # 3.1667 × 1.5 × $30.00 (not to midnight).
    pytest.param(MARION, "called back last night, got to the plant 8:40pm, done at ten to midnight. $30.00/hr. what's the call "
                         "back pay?", "call_back", 142.5, id="ten to midnight"),
    # Marion 11.9, 13.5: pay begins at the shop (9:25 p.m.), not on leaving the house: 9:25 p.m. to 1:10 a.m. = 3.75 h × $45.
    pytest.param(MARION, "phone rang 8:50pm, left the house at 9:00, got to the shop at 9:25 and finished at 1:10am. $30.00/hr. "
                         "what's my call back pay?", "call_back", 168.75, id="leaving the house is not the end of work"),
    # Marion 11.8 D: Tuesday and Thursday nights 6:00 p.m. to 7:00 a.m. (13 h each) plus Sunday 9:00 a.m. to Monday 9:00
    # a.m. (24 h): 50 hours × $2.03.
    pytest.param(MARION, "daily cell phone duty last week: Tuesday and Thursday nights from 6:00 p.m. to 7:00 a.m., plus Sunday "
                         "9:00 a.m. to Monday 9:00 a.m. what does the duty pay?", "standby", 101.5,
                 id="days listed before one range"),
    # Marion 11.8 D: the weeks of three dates listed, each a week of the rotation: 3 × $250.
    pytest.param(MARION, "had the phone the weeks of nov 2, nov 16 and nov 23. what's the cell pay total", "standby", 750.0,
                 id="the weeks of dates listed"),
    # Boilermakers 14.02, 14.03: Canada Day worked, 10 hours at double time × $50.00.
    pytest.param(BOILERMAKERS, "4x10 crew. worked canada day, 10 hrs. base $50.00. what do those 10 hrs pay?", "holidays",
                 1000.0, id="what do the hours pay"),
    # Boilermakers 13.01 a (5x8 Thursday): 8 × $50 + 2 × $75 + 1 × $100 (the allowances left aside).
    pytest.param(BOILERMAKERS, "5x8 mon-fri. worked 11 hours last thursday. rate $50.00. what should the day pay, before any "
                               "meal or vacation/holiday allowances?", "overtime", 650.0, id="before any allowances"),
    # Boilermakers 12.03, 13.01 b: 5 third shifts of 8 plus 3 hours of overtime, all at $4.50.
    pytest.param(BOILERMAKERS, "3rd shift, 5x8. worked all 5 nights plus 3 hrs OT thursday. what should the shift premium be "
                               "for the week?", "night_shift", 193.5, id="all the schedule's nights worked"),
    # Boilermakers 13.01 a, 12.03: Monday 8 + 1 hour: 8 × $50 + 1 × $75, plus 9 × $4.50 second-shift premium.
    pytest.param(BOILERMAKERS, "2nd shift, 5x8, rate $50.00. Monday she worked her 8 plus 1 hr OT. what should her gross for "
                               "monday be (wages + shift premium)?", "overtime", 515.5, id="her 8 plus an hour"),
    # Boilermakers 18.05: notice received Tuesday November 3; ten days without weekends and Remembrance Day (Nov 11)
    # end Wednesday November 18, so the Friday November 13 deposit was on time: no penalty.
    pytest.param(BOILERMAKERS, "my cheque was shorted 9 hrs. emailed payroll a written notice, they got it Tues Nov 3. the fix "
                               "was deposited Fri Nov 13. do they owe me anything?", "short_pay", 0,
                 id="a shortage adjusted in time"),
    # Boilermakers 18.05: notice Monday October 5, due Tuesday October 20 (Thanksgiving, October 12, skipped); paid the
    # 21st: 16 days kept waiting × $100, capped at $700.
    pytest.param(BOILERMAKERS, "pay came up short 6 hours. the super got my written notice on Monday Oct 5 and the adjustment "
                               "finally showed up Wednesday Oct 21. what penalty is owed?", "short_pay", 700,
                 id="a shortage adjusted late"),
    # Grinnell 4.1, 4.2: the Student Leader's $0.75 for the 5 hours in the role only: 5 × $10.00 + 7 × $9.25.
    pytest.param(GRINNELL, "I'm a designated student leader. this week 5 hrs as student leader and 7 hrs on the grill. how "
                           "much is my pay for the week?", "wage", 114.75, id="hours in the role and out of it"),
    # Grinnell 6.1, 6.2: Tuesday 4 h → 10 minutes; Thursday 3.5 h with the meal break taken → none; Sunday 2 h → none.
    pytest.param(GRINNELL, "worked Tuesday 4 hours, Thursday 3.5 hours (took my unpaid meal break that day) and Sunday about 2 "
                           "hours. how many minutes of paid rest break total?", "rest_breaks", 10, id="breaks by the day"),
    # Grinnell 4.3: spring 2024 and spring 2025 earned it (fall 2024 not), so this fall is the third: 115 × $0.75.
    pytest.param(GRINNELL, "first qualifying semester was spring 24, fall 24 i was not working, qualified again spring 25. this "
                           "fall i did 115 hrs and 2 shifts finals week. how much experience premium for this fall?", "wage", 86.25,
                 id="the first qualifying semester named"),
    # Grinnell 4.3: the 25-cent and then the 50-cent premium earned, so this semester is the third: 130 × $0.75.
    pytest.param(GRINNELL, "my first year I got the 25-cent experience premium, then got it again at 50 cents. this semester 130 "
                           "hours and 2 shifts in finals week. how much is my experience premium?", "wage", 97.5, id="the highest tier told"),
]


ROUND_37_SAMPLE = [
    # 12.1 F: 4 days at the field office, 30 miles each way less the 10-mile commute each way: 40 × 4 = 160 × $0.31.
    pytest.param("For part of this month (4 days) I'm reporting to a field office. my normal commute is 10 miles each way, "
                 "the field office is 30 miles each way. authorized to drive my own car. how much mileage can I claim?",
                 "travel", 49.6, id="days told in brackets"),
    # 8.1 A: service from September 2023; the November 1 and December 1 credits pay for service months 38 and 39, 10
    # hours each; the 8 hours taken in November come off: 100 + 20 − 8.
    pytest.param("started full-time Sept 1 2023. after the Oct 1 2026 credit my vacation balance was 100 hrs. took 8 hrs "
                 "vacation in november. what will my balance be after the Dec 1 2026 credit?", "leave_accrual", 112,
                 id="a balance carried forward less vacation taken"),
]

ROUND_38_SAMPLE = [
    # 19.9 E, C: compensable time begins on arrival (3:45 a.m.), within 4 hours of the 7:00 start: 3.25 hours to it.
    pytest.param("they called me at home and I was on site and working at 3:45am, my regular shift starts at 7:00am. how "
                 "many hours of call back credit?", "call_back", 3.25, id="on site and working at"),
    # 11.5 A.2: 11:00 p.m. to 7:30 a.m. less a half-hour meal is 8 paid hours; 5 hours 12–6 a.m. qualify for $.50;
    # 160 hours are 20 such shifts: 20 × 8 × $0.50. ('midnight' later in the story is no end of the meal.)
    pytest.param("my shift is 11:00 p.m. to 7:30 a.m. with a half-hour meal at 3:00 a.m. I come in before midnight. in "
                 "October I worked 160 hours on that shift. how much night shift differential?", "night_shift", 80.0,
                 id="a month's hours as shifts"),
]

ROUND_38_FIXTURES = [
    # Boilermakers 13.01 a.i: a weekday on 5x8, 10.5 hours: 8 × $50 + 2 × $75 + 0.5 × $100.
    pytest.param(BOILERMAKERS, "on 5x8, weekday. did 10.5 hrs yesterday, meal break not counted. rate $50.00. what should "
                               "those hours pay?", "overtime", 600.0, id="a weekday told, not named"),
    # Boilermakers 12.03: $4.50 on every hour of the third shift, overtime too: 9 hours a night × 4 nights.
    pytest.param(BOILERMAKERS, "3rd shift, 5x8 schedule. last week I worked 9 hours each night Monday to Thursday. how much "
                               "shift premium for the week?", "night_shift", 162.0, id="hours each night over a range"),
    # TBS 24.01 b: 1/7 of $35.00 per half-hour on the 2345–0815 night shift less the half-hour meal (16 half-hours),
    # Sunday night to Thursday morning: four nights × $80.00.
    pytest.param(TBS, "was on nights this week, sun night to thu morning, 2345-0815 with half hr unpaid lunch. basic rate 35.00. "
                      "how much shift premium total?", "night_shift", 320.0, id="nights spanned"),
    # TBS 10.02 c, d: service from October 2008; the vacation year that ended March 31, 2024 is April 2023 – March 2024:
    # April–September at 13.34, then 14.67 from the 15th anniversary (October 2023): 6 × 13.34 + 6 × 14.67.
    pytest.param(TBS, "I joined the public service October 6, 2008, no breaks and at least 80 hours' pay every month. How many "
                      "vacation hours did I earn in the vacation year that ended March 31, 2024?", "leave_accrual", 168.06,
                 id="the vacation year that ended"),
    # TBS 10.02 d, e: the 17th anniversary 'this past July' is July 2026; April 2026 – March 2027: 3 × 14.67 + 9 × 15.34.
    pytest.param(TBS, "my 17th anniversery of service was this past july. how many vacation hrs will i get over this entire "
                      "vacation year? full pay every month", "leave_accrual", 182.07, id="an anniversary month said as past"),
    # Grinnell 4.3: the first premium in spring 2025, so fall 2025 is the second qualifying semester: 115 × $0.50.
    pytest.param(GRINNELL, "I got the experience premium for the first time in spring 2025. This fall (2025) I worked 115 hours "
                           "and 2 finals week shifts. How much premium should I get for fall?", "wage", 57.5,
                 id="the first time in a season, then another"),
    # Boilermakers Addendum 6.000: hired June 2013, a 6-week layoff (42 days, under 90) keeps the service: 162 months
    # less the 1 month away is over 12 years → 10% of $3,000.00.
    pytest.param(BOILERMAKERS, "long term maintenance, hired on June 2013, had a 6 week layoff in 2020 then came back. gross "
                               "this week $3,000.00. what should my vacation pay be?", "leave_accrual", 300.0,
                 id="a start month and a short break"),
    # Boilermakers 13.01 a.ii: on the 4x10 Monday-to-Thursday schedule, 10 hours each Monday–Wednesday at straight time,
    # Friday's 6 hours at time and a half: 30 × $50 + 6 × $75.
    pytest.param(BOILERMAKERS, "we're on the 4x10 Monday-to-Thursday schedule. this week I worked 10 hours each on Monday, "
                               "Tuesday and Wednesday, then 6 hours on Friday. rate $50.00. what's my pay for the week?",
                 "overtime", 1950.0, id="hours each on listed days"),
    # TBS 11.05: 8 hours' holiday pay, 8 at double time: 24 × $30.00 once the hours are told (the ask is tested below).
    pytest.param(TBS, "they called me in on Canada Day and I worked 8 hours. I'm on days at $30.00/hr. what's my pay for "
                      "the holiday?", "holidays", 720.0, id="a holiday worked with its hours"),
    # TBS 17.03 a: 8 hours' travel on a day of rest at double time is 16 hours, capped at 15 hours' straight time × $30
    # ('0700 to 1500 - 8 hours': a clock time, then the length, not a range of hours).
    pytest.param(TBS, "Sent to a course in Halifax, I travelled on Saturday (my day of rest), 0700 to 1500 - 8 hours of travel, "
                      "no work that day. Rate $30.00. What am I owed for the Saturday?", "travel", 450.0,
                 id="a clock time then a length"),
    # TBS 18.01 c: called after going home with no notice, 1.5 hours worked: the greater of 1.5 × 2 × $30 and 4 × $30.
    pytest.param(TBS, "done at 1615 and went home. they phoned me at 2200, I was back at the yard at 2245 and worked till "
                      "0015. rate $30.00. what am I owed?", "call_back", 120.0, id="back at the yard"),
    # TBS 15.19, 15.14, 15.10 a: the 45-minute meal after the shift (1615–1700) left out; 1700–1830 is 90 minutes,
    # 15 six-minute periods = 1.5 hours at double time × $30.
    pytest.param(TBS, "day shift 0745–1615, rate $30.00/hour. asked to stay on yesterday; took the unpaid 45 minute meal "
                      "break after my shift (1615–1700), then worked 1700 to 1830. how much overtime pay?", "overtime", 90.0,
                 id="the meal break told as its own range"),
    # Marion 6.5: a graveyard shift of 10 p.m.–6:30 a.m. less a 30-minute lunch is the normal 8-hour day; the shift
    # beginning on Christmas at 1.5 plus a normal day's holiday pay: (8 × 1.5 + 8) × $30, the differential set aside.
    pytest.param(MARION, "I work graveyard, 10pm-6:30am with a 30 min unpaid lunch, $30.00/hr. I have to work the shift that "
                         "starts on Christmas, Fri 12/25, at 10pm. what's the total for that shift (ignore shift diff)?", "holidays", 600.0,
                 id="the normal day from the shift's hours"),
]

ROUND_39_SAMPLE = [
    # 7 J: 40 hours in the holiday's week, 6 hours worked on July 4 at time and a half; the State gives the 8 hours as
    # credit, so the cash asked for is the hours she worked: 6 × 1.5 × $20.00.
    pytest.param("A permanent full-time employee worked 40 hrs in the week of July 4 and was required to work 6 hours on July "
                 "4. Rate $20.00. The State gives her holiday credit instead of cash. How much cash for the 6 hours she "
                 "worked?", "holidays", 180.0, id="cash for the hours she worked"),
]

ROUND_39_FIXTURES = [
    # TBS 24.01 b: 2345–0815 less the 0345–0415 meal is 16 half-hours at 1/7 of $28.00 ($4.00): 4 shifts × $64.00.
    pytest.param(TBS, "worked four full night shifts last week, 2345-0815 with the unpaid meal 0345-0415, basic rate $28.00. "
                      "shift premium for the week?", "night_shift", 256.0, id="full night shifts counted"),
    # Marion 6.5: '8-hour days' is the schedule, the 4 hours 8am–12pm the holiday's: 4 × 1.5 × $25 + 8 × $25.
    pytest.param(MARION, "I work Monday through Friday, 8-hour days, $25.00/hr. Required to come in on Veterans Day from 8am "
                         "to 12pm, so 4 hours. Total pay for Veterans Day, holiday pay included?", "holidays", 350.0,
                 id="a day's length is not the hours worked"),
    # Marion 6.5: 'my full shift' on an '8-hours-a-day schedule' is 8 hours: 8 × 1.5 × $26 + 8 × $26.
    pytest.param(MARION, "full-time, Monday to Friday, 8-hours-a-day schedule, $26.00 an hour. I have to work my full shift on "
                         "New Year's Day. What will I be paid for that day?", "holidays", 520.0, id="my full shift on the holiday"),
    # Boilermakers 13.01 a.i, 12.03: Tuesday's 11 hours on the second shift, premium included: 8 × $50 + 2 × $75 +
    # 1 × $100 + 11 × $4.50.
    pytest.param(BOILERMAKERS, "second shift on 5x8, base $50.00. Tuesday I worked 11 hours. what should I be paid for "
                               "Tuesday, shift premium included?", "night_shift", 699.5, id="shift premium included"),
    # Boilermakers 13.01 a.i, 12.03: 'Thurs night they kept us 9 hrs' on the third shift: 8 × $50 + 1 × $75 + 9 × $4.50.
    pytest.param(BOILERMAKERS, "3rd shift, 5x8, base $50.00. Thurs night they kept us 9 hrs. what's thursday's pay all in?",
                 "overtime", 515.5, id="kept us, the day's short name"),
    # TBS 15.19, 15.14, 15.10 a: the break skipped, 1615 to 1745 is 90 minutes, 15 six-minute periods, double time.
    pytest.param(TBS, "day shift 0745-1615, rate $30.00. Wed we were told to skip the 45 min break and keep going, knocked "
                      "off at 1745. OT pay?", "overtime", 90.0, id="knocked off, the break skipped"),
    # Marion 11.8 D: daily cell phone duty Saturday 8am to Monday 8am, 48 hours × $2.03.
    pytest.param(MARION, "Covering the after-hours cell phone this weekend, Sat 8am till Mon 8am. how much for carrying it?",
                 "standby", 97.44, id="covering the cell phone"),
    # Boilermakers 18.06: four days missed, at most three paid: 3 × 8 × $50.00.
    pytest.param(BOILERMAKERS, "my grandfather died and I missed Tuesday through Friday for the funeral. 4 years with this "
                               "contractor, base $50.00. bereavement pay?", "leave_accrual", 1200.0,
                 id="days missed as a range"),
    # Marion 21.2, 21.1 B: 10 working days after Monday, January 4, 2027, Martin Luther King Jr. Day (January 18) not
    # one of them: January 19 ('for the Union to file' does not pick the limit whose sentence names the Union).
    pytest.param(MARION, "a member got a 5 day suspension effective Monday, January 4, 2027. last day for the Union to file "
                         "step 2?", "grievance_deadline", "2027-01-19", id="who files is not which limit"),
    # TBS 15.19, 15.14, 15.10 a, 15.18 a.i: 1700–2000 after the 45-minute meal is 3 hours at double time, and the
    # $12 meal allowance on top ('meal allowance included' said after it): 3 × 2 × $30 + $12.
    pytest.param(TBS, "on days 0745-1615, rate $30.00. told to stay. took the 45 min unpaid meal break right after my shift, then "
                      "worked 1700 to 2000. what do I get for the OT, meal allowance included?", "overtime", 192.0,
                 id="meal allowance included, said after"),
    # TBS 10.02 b, c: 'can you work it out?' asks what the sentence before it names; April–September at 10 hours, then
    # 13.34 from the 8th anniversary in October: 6 × 10 + 6 × 13.34.
    pytest.param(TBS, "a member wants to know how many vacation hours she'll earn in this vacation year (april 2026 to march "
                      "2027). her 8th anniversary of service is in october 2026, full pay every month. can you work it out?",
                 "leave_accrual", 140.04, id="a request that names no figure"),
]

ROUND_40_SAMPLE = [
    # 19.10 C, D: Tuesday to Friday nights, 14 hours each ('each' far after the range), Thursday's night called back
    # with call-back credit: 42 hours count, 5 full eight-hour blocks × 2 hours of CTO.
    pytest.param("on standby tues thru fri nights, 6pm to 8am every night (14 hrs each). thursday night they called me back "
                 "and I got the call back credit. how much CTO for the standby?", "standby", 10, id="one night of a run called back"),
    # 19.9 C, E: on site at 4:30am, working on into the shift 'which starts at 8:00am': only the 3.5 hours before it.
    pytest.param("they called me back around 3am, I got on site at 4:30am and kept working into my regular shift which starts "
                 "at 8:00am. how many hours of call back credit?", "call_back", 3.5, id="into the shift which starts"),
]

ROUND_40_FIXTURES = [
    # Marion 11.10: each call's minutes with the time told in its own clause, after the minutes: 15 × 1.5 at 8:30 p.m.;
    # 20 × 1.5 + 15 at 1:10 a.m.
    pytest.param(MARION, "Off duty last night I took two work calls: a 15-minute call from my supervisor at 8:30 p.m., and a "
                         "20-minute call from the jail at 1:10 a.m. how much comp time?", "call_back", 67.5,
                 id="each call's time in its own clause"),
    # Marion 11.10: 'had me on the phone 2 times': 10 × 1.5 at 9:40pm; 8 × 1.5 + 15 at 12:30am.
    pytest.param(MARION, "my boss had me on the phone 2 times last night, a call at 9:40pm that lasted 10 min and one at 12:30am "
                         "for 8 min. comp time?", "call_back", 42, id="on the phone two times"),
    # Marion 11.8 D: 'was on the county cell phone' for daily duty, 24 hours × $2.03; the call out is not what is asked,
    # and the steward's '$250 for the whole week' is his figure, not a week carried.
    pytest.param(MARION, "I was on the county cell phone for daily duty on Sunday, all 24 hours. they called me out for 3 hrs. "
                         "my steward says I get the $250 for the whole week? what's the phone pay?", "standby", 48.72,
                 id="was on the cell phone, the steward's figure"),
    # Boilermakers 16.01 a: 'on the fourth day I reported but got rained out' is a day reported for; the project's
    # radius distance is not the road distance: 40 × 2 × $0.69 × 4.
    pytest.param(BOILERMAKERS, "Plant is 80 radius km from City Hall, no company transport, 40 km by road each way from the free "
                               "zone edge. I worked three days and on the fourth day I reported but got rained out. what daily "
                               "travel do I get?", "travel", 220.8, id="the fourth day reported for"),
    # Marion 6.1, 6.3: 'MLK Day … next month' (asked in December): January 18, 2027 is the first of Monday and Tuesday
    # off, so the day before.
    pytest.param(MARION, "my days off are Mon and Tue. MLK Day is next month, what date is my holiday?", "holidays", "2027-01-17",
                 id="MLK next month on the first day off"),
    # TBS 11.05: 'scheduled to work New Year's Day … what do I make': 8 hours' holiday pay, 8 × 2, 1 × 3 at $30.
    pytest.param(TBS, "basic rate 30.00. I'm scheduled to work New Year's Day, a 9 hr day. what do I make for it?", "holidays",
                 810.0, id="scheduled to work the holiday"),
    # TBS 17.03 a: 'one of my days of rest', 'I won't be doing any work': 6 hours × 2 at $30.
    pytest.param(TBS, "Saturday is one of my days of rest and I'm being sent to a job in another port; the travel takes 6 hours "
                      "and I won't be doing any work. basic rate $30.00. what's my pay for Saturday?", "travel", 360.0,
                 id="days of rest, won't be doing any work"),
    # Grinnell 4.1, 4.2: the leader's 75 cents on the 10 leader hours only, 'as a regular worker' for the rest.
    pytest.param(GRINNELL, "I'm a student lead. this period: 10 hrs as student leader and 5 hrs in the deli as a regular worker. "
                           "what is my gross pay?", "wage", 146.25, id="role hours beside a regular worker's"),
    # Boilermakers Appendix B: 'our earned Friday off' on the 9/80 (not a date): 12 × 1.5 + 1 × 2 at $50.
    pytest.param(BOILERMAKERS, "9/80 schedule, week 2, I came in on our earned Friday off and did 13 hrs. base $50.00. pay for "
                               "friday?", "overtime", 1000.0, id="the 9/80's earned Friday off"),
    # Boilermakers 12.03, 13.01 b: '4 x 10s Monday to Thursday' is the week's shifts, plus 3 extra hours: 43 × $4.50.
    pytest.param(BOILERMAKERS, "nights (3rd shift) 4 x 10s Monday to Thursday this week plus 3 hours of extra on Tuesday. how "
                               "much shift premium for the week?", "night_shift", 193.5, id="shifts told by a day range"),
    # Boilermakers 13.01 a: the same 10 hours on two holidays ('and again on'): 2 × 10 × 2 at $48.
    pytest.param(BOILERMAKERS, "we're on 4x10s mon-thu. Christmas is a Friday and Boxing Day a Saturday so they move onto our "
                               "days. they asked me to work 10 hrs on Thursday Dec 24 and again on Monday Dec 28. base $48.00. "
                               "what's the pay for the 2 holidays?", "holidays", 1920.0, id="two holidays, the same hours"),
]

ROUND_41_FIXTURES = [
    # Boilermakers 13.01 a.i: 'what do the overtime hours … pay, not counting my 8 straight-time hours': 2 × 1.5 × $50 +
    # 1 × 2 × $50, the overtime alone.
    pytest.param(BOILERMAKERS, "5x8 crew, $50.00/hr. Thursday I put in 11 hours. what do the overtime hours for thursday pay, "
                               "not counting my 8 straight-time hours?", "overtime", 250.0, id="the overtime hours alone"),
    # TBS 11.05: '9 hours in total' on the holiday: 8 hours' holiday pay, 8 × 2, 1 × 3 at $31.
    pytest.param(TBS, "Canada Day was a regular workday for me and I had to work it - 9 hours in total. basic rate $31.00. what's "
                      "my total pay for the day, holiday pay included?", "holidays", 837.0, id="hours in total on the holiday"),
    # TBS 11.05: 'pay group 2, step 3' is a step of the pay scale, not of a grievance: 8 + 8 × 2 hours at $30.
    pytest.param(TBS, "Worked Canada Day, 8 hours. I'm pay group 2, step 3, at $30.00 an hour. What should my pay for the day be?",
                 "holidays", 720.0, id="a pay step is no grievance step"),
    # Boilermakers Addendum 6.000: 3 years reached on October 5, the week ending November 22 is more than 3 years: 7%.
    pytest.param(BOILERMAKERS, "long term maintenance, reached 3 years with the contractor on Oct 5, no breaks. gross on the "
                               "cheque for the week ending Nov 22 was $2,000.00. what should the vacation pay be?", "leave_accrual",
                 140.0, id="an anniversary already passed"),
    # Marion 11.8 D: 2 weeknights of 13 hours; the 3 hours worked when called in are not the duty's: 26 × $2.03.
    pytest.param(MARION, "took daily cell phone duty 2 weeknites, 6pm to 7am each nite. got called in one night and worked 3 hrs "
                         "(on my OT card). what's the duty pay?", "standby", 52.78, id="the duty's nights, not the work"),
    # Boilermakers 16.01 a: 'what does my daily travel come to': Monday to Thursday and Friday reported, 60 × 2 × $0.69 × 5.
    pytest.param(BOILERMAKERS, "job is 100 radius km out, I drive my own truck, the edge of the free zone to the plant gate is "
                               "60 road km. I worked mon-thu and reported friday but got rained out. what does my daily travel "
                               "come to?", "travel", 414.0, id="what the travel comes to"),
    # TBS 15.10 a, 15.14: the break skipped, 'punched out at 1815': 120 minutes at double time, $30.
    pytest.param(TBS, "my shift is 0745-1615, rate $30.00. Thursday they kept us on, skipped the 45 min break, I punched out at "
                      "1815. OT pay?", "overtime", 120.0, id="punched out"),
    # TBS 10.02 b, c: the anniversary's own date, not the vacation year's April: April–October at 10, November–March at 13.34.
    pytest.param(TBS, "my 8th anniversary of service was nov 3, 2026. i'm paid full months. how many vacation hours in total for "
                      "this vacation year (apr 2026 - mar 2027)?", "leave_accrual", 136.7, id="the anniversary's own date"),
    # Marion 21.2 Step 2 and Step 3: 'the Step 2 meeting … happened on November 9' (a day the story says something
    # happened on) starts the decision's 10 working days (due November 24, Veterans Day not counted), earlier than its
    # arrival on December 2; 20 working days after November 24, Thanksgiving not counted: December 23.
    pytest.param(MARION, "The Step 2 meeting with our department head happened on Monday, November 9, 2026, and her written "
                         "decision only reached us on Wednesday, December 2. What's the last day to appeal to arbitration?",
                 "grievance_deadline", "2026-12-23", id="due or received: the meeting told"),
    # Marion 21.2: 'going to take it to arbitration … get our appeal in' is the arbitration request, not another
    # appeal's 10 days: due November 25 (10 working days after the November 10 meeting), then 20 working days.
    pytest.param(MARION, "step 2 meeting was Nov 10. the written step 2 answer came back denied on Dec 1 and the union is going to "
                         "take it to arbitration. when do we have to get our appeal in by?", "grievance_deadline", "2026-12-24",
                 id="the appeal that takes it to arbitration"),
    # Boilermakers 16.01 a: the road distance written after its unit ('Road kilometres … to the gate: 47'), the radius
    # from City Hall set aside: 47 × 2 × $0.69 × 4 days.
    pytest.param(BOILERMAKERS, "site near Whitecourt, 160 radius km from City Hall, no company transport. Road kilometres from "
                               "the free zone edge to the gate: 47. Worked Tuesday to Friday. daily travel owed?", "travel",
                 259.44, id="the road distance after its unit"),
    # Boilermakers 16.01 a: 'worked 3 days and on thursday we showed up and got sent home' is four days: 35 × 2 × $0.69 × 4.
    pytest.param(BOILERMAKERS, "no bus to the job, 35 road km from the edge of the free zone. worked 3 days and on thursday we "
                               "showed up and got sent home. what's my daily travel for the week?", "travel", 193.2,
                 id="on thursday we showed up, sent home"),
    # Marion 11.9: 'pulled into the shop at 8:45pm' starts the pay (not the 8:00 call); 'hourly and OT eligible at
    # $30.00' is the rate: 3.5 hours × 1.5 × $30, over the 3-hour minimum.
    pytest.param(MARION, "they called me back at 8:00pm after my shift. I pulled into the shop at 8:45pm and finished at 12:15am. "
                         "hourly and OT eligible at $30.00. what's my call back pay?", "call_back", 157.5,
                 id="pulled into the shop, hourly at a rate"),
    # TBS 18.01 c, 15.10 a: 'my normal 8 hr day shift' is the shift, not the call's length: 2.5 hours at double time
    # beats 4 hours' straight time.
    pytest.param(TBS, "called back at 1900 after I'd finished my normal 8 hr day shift and gone home, nobody warned me. worked 2 "
                      "hrs 30 min. basic rate $30.00. call-back pay?", "call_back", 150.0, id="the shift's length is not the call's"),
    # Marion 6.5: 'twenty-five bucks an hour' is the rate: 8 × 1.5 + 8 hours at $25.
    pytest.param(MARION, "full time, 8 hour days mon-fri. had to work Memorial Day, my whole 8-hour shift. I make twenty-five bucks "
                         "an hour. what's my total pay for the day?", "holidays", 500.0, id="a rate in words and bucks"),
    # Grinnell 4.3: a semester's hours from 'three 3-hour shifts a week, all 14 regular weeks', plus '2 three-hour
    # shifts in finals week' (also the condition's count): 132 hours at the first semester's $0.25.
    pytest.param(GRINNELL, "I work three 3-hour shifts a week, all 14 regular weeks this fall, and 2 three-hour shifts in finals "
                           "week. First semester I've qualified for the experience premium. How much premium will I get?", "wage",
                 33.0, id="shifts a week times the weeks"),
    # Grinnell 4.3: 'Mondays and Wednesdays 5:00-8:00 pm plus Saturdays 10:00-2:00, for 12 regular weeks' is 10 hours a
    # week, 120 hours, plus two 4-hour finals shifts: 128 at the second semester's $0.50.
    pytest.param(GRINNELL, "My schedule was Mondays and Wednesdays 5:00-8:00 pm plus Saturdays 10:00-2:00, for 12 regular weeks, "
                           "and two 4-hour shifts in finals week. This is my second time qualifying for the experience premium. "
                           "How much premium?", "wage", 64.0, id="weekdays' ranges times the weeks"),
    # Boilermakers 12.03, 13.01 b, a week of nights (premium on every hour, overtime included, never multiplied):
    # '8 hours a night' after 'Monday to Friday' is five nights, plus 3 extra: 43 × $4.50.
    pytest.param(BOILERMAKERS, "3rd shift Monday to Friday, 8 hours a night, and Tuesday night I stayed 3 extra hours. what's my "
                               "total shift premium for the week?", "night_shift", 193.5, id="hours a night after the range"),
    # 'did my 5 nights' on a 5x8, plus 1 extra hour: 41 × $4.50.
    pytest.param(BOILERMAKERS, "on nights this shutdown, 5x8. last week I did my 5 nights plus 1 extra hour on Monday. how much "
                               "shift premium for the week?", "night_shift", 184.5, id="did my 5 nights"),
    # 'held 1 hour of OT every night Monday to Friday, so 9 hours a night': the night's hours added up, five nights:
    # 45 × $4.50.
    pytest.param(BOILERMAKERS, "on 3rd shift all last week on a 5x8; we got held 1 hour of OT every night Monday to Friday, so 9 "
                               "hours a night. how much shift premium for the week?", "night_shift", 202.5,
                 id="overtime every night, so N a night"),
    # 'how much … on this weeks cheque?' asks the week: 5x8 Monday to Friday plus 1 extra hour, 41 × $4.50.
    pytest.param(BOILERMAKERS, "nights, 5x8 mon-fri this week, tues night they kept me 1 extra hr. how much shift premium should "
                               "be on this weeks cheque?", "night_shift", 184.5, id="this weeks cheque"),
    # '44 hrs on night shift total': the week's hours told, 44 × $4.50.
    pytest.param(BOILERMAKERS, "3rd shift this shutdown, with the OT it came to 44 hrs on night shift total this week. how much "
                               "shift premium should i get?", "night_shift", 198.0, id="hours on the shift, total"),
]

ROUND_37_FIXTURES = [
    # Grinnell 4.3: the 25-cent and then the 50-cent premium told apart in one sentence: this is the third, 120 × $0.75.
    pytest.param(GRINNELL, "I earned the 25 cent experience premium spring 2025 and then the 50 cent one fall 2025. this spring "
                           "2026 I have 120 hrs and 2 finals week shifts. how much experience premium?", "wage", 90.0,
                 id="two tiers told apart"),
    # TBS 11.05, 2.01: 8 hours at double time, 1 at triple, plus 8 hours' holiday pay: 27 × $30.00.
    pytest.param(TBS, "basic rate $30.00. they want me in for 9 hours on New Year's Day. what will I be paid for the day?",
                 "holidays", 810.0, id="wanted in on the holiday"),
    # Boilermakers 16.01 a: 50 road km each way × $0.69 × 5 days worked or reported ('transportation allowance' asks the
    # travel, not the rained-out day's reporting pay).
    pytest.param(BOILERMAKERS, "I drive myself to a daily travel job, 50 road km from the edge of the free zone to the site. "
                               "worked 4 days this week, plus one day i reported but got rained out. what's my transportation "
                               "allowance?", "travel", 345.0,
                 id="a transportation allowance"),
    # Boilermakers 13.01 a, 12.03: Thursday's 9 hours (started 11:00 p.m.): 8 × $50 + 1 × $75 + 9 × $4.50.
    pytest.param(BOILERMAKERS, "3rd shift 5x8. Thursday night I started at 11:00 p.m. and worked 9 hours. rate $50.00. what "
                               "should I be paid for that shift?", "overtime", 515.5, id="the day told before 'p.m.'"),
    # Boilermakers 15.01: waited Tuesday and Wednesday, put to work Thursday: 2 + 2 hours.
    pytest.param(BOILERMAKERS, "dispatch told me to report tuesday. they had me wait tue and wed, and i got put to work thursday. "
                               "how many hours of waiting pay?", "call_back", 4, id="put to work on a day"),
    # Marion 7.1, 7.3, 7.5: 0.5 × 4.924 × 2 = 4.924 hours; 247 + 4.924 is 1.924 over the 250-hour maximum.
    pytest.param(MARION, "0.5 FTE, 7 years of continuous service, vacation balance 247 hours. over the next 2 pay periods how "
                         "many hours of vacation will I lose to the cap?", "leave_accrual", 1.924, id="hours lost to the cap"),
    # Grinnell 6.1, 6.2: Tuesday 3 hours → none; Thursday 4.5 → 10; Saturday with the meal break taken → none.
    pytest.param(GRINNELL, "paid rest brake minutes this week? tue 4-7pm, thu 10am-2:30pm, sat 9am-1pm but on sat i took the "
                           "unpaid meal break", "rest_breaks", 10, id="the meal's day is the nearest named"),
    # Grinnell 6.1: Wednesday 3 h 30 min and Friday 4 h → 10 each; no meal break taken.
    pytest.param(GRINNELL, "worked mon 2 hrs, wed 3 hrs 30 min, fri 4 hrs. I don't take a meal break. how many minutes of paid "
                           "rest break this week?", "rest_breaks", 20, id="a day's length in hours and minutes"),
    # Grinnell 4.1, 4.2: three 3-hour shifts in the role at $10.00, a 5-hour shift at $9.25.
    pytest.param(GRINNELL, "designated student leader here. worked three 3-hour shifts as student leader and a 5-hour shift on "
                           "the line. what's my pay for the week?", "wage", 136.25, id="shifts counted in the role"),
]


def test_calls_at_night_without_their_times_ask_for_them_and_the_reply_settles_them():
    # Why: Marion 11.10 adds 15 minutes for a call between 10:00 p.m. and 6:00 a.m.; calls 'late last night' may fall on
    # either side, so counting them outside the window under-credits. The times in the reply are taken in order.
    from assistant.calculators.router import route
    from assistant.scope import Scope
    from tests.assistant.test_fixture_deadlines import snapshot

    contract = _ingested(MARION)
    snap, scope, today = snapshot(contract), Scope((contract.id,)), date(2026, 12, 3)
    first = route("ot eligible. took 2 work calls late last night, 10 min and 6 min. how much comp time?", snap, scope, today)
    assert first is not None and first[0].needs == ["call times"] and first[1] is not None, first
    replied = route("9:30pm and 11:15pm", snap, scope, today, first[1])
    assert replied is not None and replied[0].tool is not None
    assert replied[0].tool.output["primary"]["value"] == 39, replied[0].answer  # 10 × 1.5 + 6 × 1.5 + 15


def test_a_minimum_that_notice_takes_away_asks_whether_notice_was_given():
    # Why: TBS 18.01 c.ii pays the four-hour minimum only to a member not told before the last period of work ended;
    # a story that does not say is asked, and 'no' or 'yes' settles it.
    from assistant.calculators.router import route
    from assistant.scope import Scope
    from tests.assistant.test_fixture_deadlines import snapshot

    contract = _ingested(TBS)
    snap, scope, today = snapshot(contract), Scope((contract.id,)), date(2026, 12, 3)
    question = ("Got called back in at 7 p.m. after I'd clocked out at 3:45 and gone home, did 1 hour on a pump. Basic rate $30.00. "
                "Is it the four-hour minimum?")
    first = route(question, snap, scope, today)
    assert first is not None and first[0].needs == ["notice"] and first[1] is not None, first
    not_told = route("no", snap, scope, today, first[1])
    assert not_told is not None and not_told[0].tool.output["primary"]["value"] == 120.0, not_told[0].answer  # 4 × $30
    told = route("yes", snap, scope, today, first[1])
    assert told is not None and told[0].tool.output["primary"]["value"] == 60.0, told[0].answer  # 1 × 2 × $30


def test_a_shortage_without_the_adjustments_day_asks_for_it_unless_it_has_not_come():
    # Why: Boilermakers 18.05's penalty runs from the notice to the adjustment; without the adjustment's day there is
    # nothing to count, unless the member says it has not come (then to today, said as an assumption).
    contract = _ingested(BOILERMAKERS)
    asked = answer(contract, "my paycheque was short 10 hours and I gave written notice, they got it Nov 2. what penalty do "
                             "they owe?", date(2026, 12, 3), tool="short_pay")
    assert asked.needs == ["adjustment date"], asked.answer
    waiting = answer(contract, "my paycheque was short 10 hours and they got my written notice Nov 2. still no adjustment. "
                               "what penalty do they owe?", date(2026, 12, 3), tool="short_pay")
    assert waiting.tool.output["primary"]["value"] == 700 and "not come yet" in waiting.answer, waiting.answer


def test_a_weeks_pay_without_its_hours_asks_for_them():
    # Why: Grinnell 4.1–4.2 give the rate; 'how much do I make this week' needs the week's hours, not the rate.
    asked = answer(_ingested(GRINNELL), "I'm a student leader, worked 3 shifts this week. how much do I make this week?",
                   date(2026, 12, 3), tool="wage")
    assert asked.needs == ["hours worked"], asked.answer


def test_a_premium_that_grows_each_period_asks_which_period_this_is():
    # Why: Grinnell 4.3 pays 25, 50 or 75 cents by how many semesters the member has earned it; assuming the first
    # under-pays anyone past it. A story that rules the premium out (too few hours) needs no such question.
    contract = _ingested(GRINNELL)
    asked = answer(contract, "I worked 130 hours this spring and 2 shifts in finals week. How much should my experience "
                             "premium be?", date(2026, 12, 2), tool="wage")
    assert asked.needs == ["earlier semesters earned"], asked.answer
    told = answer(contract, "I worked 130 hours this spring and 2 shifts in finals week, and earned it in 1 earlier "
                            "semester. How much should my experience premium be?", date(2026, 12, 2), tool="wage")
    assert told.tool.output["primary"]["value"] == 65.0  # the second: 130 × $0.50
    short = answer(contract, "I worked 90 hours this spring and 2 shifts in finals week. How much should my experience "
                             "premium be?", date(2026, 12, 2), tool="wage")
    assert short.tool.output["primary"]["value"] == 0


def test_a_day_that_is_a_day_off_on_another_schedule_asks_for_the_schedule():
    # Why: Boilermakers 13.01 pays Friday as a regular day on 5x8, at time and a half on 4x10 Monday to Thursday: with no
    # schedule named, a figure is a guess. Tuesday, the same on both, is not asked about, nor a Friday of a week told.
    contract = _ingested(BOILERMAKERS)
    asked = answer(contract, "Worked Friday, 9 hours, at $50.00/hr. How much do I get for Friday?", date(2026, 12, 2), tool="overtime")
    assert asked.needs == ["schedule"] and "4x10 Monday to Thursday" in asked.answer, asked.answer
    told = answer(contract, "On 4x10 Monday to Thursday I worked Friday, 9 hours, at $50.00/hr. How much do I get for Friday?",
                  date(2026, 12, 2), tool="overtime")
    assert told.tool.output["primary"]["value"] == 675.0  # 9 × 1.5 × $50
    tuesday = answer(contract, "Worked Tuesday, 9 hours, at $50.00/hr. How much do I get for Tuesday?", date(2026, 12, 2), tool="overtime")
    assert tuesday.tool.output["primary"]["value"] == 475.0  # 8 × $50 + 1 × 1.5 × $50 on the default 5x8


def test_a_holiday_worked_by_a_part_timer_is_not_paid_as_a_full_timers(sample_snapshot):
    # Why: 7 J's 8 hours of holiday credit are a permanent full-timer's; a half-timer's is pro-rated (7 K, L), which the
    # rules do not model: the clauses answer rather than a full-timer's figure.
    from assistant.calculators.router import route

    question = "I'm permanent half time. They needed me on Thanksgiving and I worked 4 hrs at $15.00. What do I get for that day?"
    routed = route(question, sample_snapshot, None, date(2026, 12, 2))
    assert routed is None or routed[0].tool is None or routed[0].tool.name != "holidays", routed
    full_time = route(question.replace("permanent half time", "permanent full time, 40 hours that week"), sample_snapshot,
                      None, date(2026, 12, 2))
    assert full_time is not None and full_time[0].tool.output["primary"]["value"] == 210.0  # (4 × 1.5 + 8) × $15


ROUND_42_SAMPLE = [
    # 19.10 C: two hours of CTO for every eight of standby. Days listed with spaces and the range's start said of ('from
    # 5pm when i left til 9am'): three nights of 16 hours.
    pytest.param("put on standby last week tue wed and thu nights, from 5pm when i left til 9am the next morning. never called "
                 "in. how much cto?", "standby", 12, id="days listed with spaces"),
    # 'a 24-hour facility' is a place, not 24 hours of standby: Monday to Wednesday nights, 16 hours each.
    pytest.param("I work at a 24-hour facility and was on standby Monday through Wednesday nights, 4 p.m. to 8 a.m. each "
                 "night. How much CTO?", "standby", 12, id="a place's hours are not standby"),
    # 'worked her regular 40 hours' is time worked and 'over 40 hours' a bound: four nights of 16 hours.
    pytest.param("on standby mon thru thu nights, 5 pm to 9 am each night. she also worked her regular 40 hours and asks if "
                 "standby gets her over 40 hours. how much CTO for the standby?", "standby", 16, id="hours worked beside standby"),
    # A period corrected: Saturday 6 a.m. to Monday 6 a.m., 48 hours.
    pytest.param("standby this weekend - fri 6pm to mon 6am. no wait, scratch that, it was sat 6am to mon 6am. never paged. how "
                 "much cto?", "standby", 12, id="a standby period corrected"),
    # 'ask about a file' is a document, not filing a grievance: Saturday 8 a.m. to Sunday 8 a.m., 24 hours.
    pytest.param("steward here. the weekend of Nov 14 she was on standby saturday 8am to sunday 8am; her supervisor phoned once "
                 "to ask about a file but she never had to go in. how much CTO does she get?", "standby", 6,
                 id="a file is no filing"),
    # 6.7 A.2 and B: fourteen days after the informal decision, never past 21 days after learning of it. A date reckoned
    # in the sentence before 'that right?' is checked; 11/9 + 21 = 11/30 comes before 11/23 + 14.
    pytest.param("found out mon 11/9 that my shift bid went to someone junior. talked to my sup informally, got her "
                 "answer back mon 11/23. i figure 14 days from her answer, so 12/7. that right?",
                 "grievance_deadline", "2026-11-30", id="a reckoning checked by that right"),
    # The step the sentence before names ('… to file the formal step 1. can you confirm that's the last day?'): Nov 9 + 21.
    pytest.param("steward here. member found out mon nov 9 that mgmt skipped her on the OT list. we did the informal w/ her "
                 "sup on the 10th and the sup didn't get back to us til fri the 20th. I've been telling her we have 14 days "
                 "from the 20th so dec 4 to file the formal step 1. can you confirm that's the last day?",
                 "grievance_deadline", "2026-11-30", id="the step named before the asking sentence"),
    # '14 days from the sup's answer = dec 9??' is the member's own sum, not a date of the story: Nov 12 + 21.
    pytest.param("member found out thurs nov 12 her leave request was denied. she talked to her sup informally the "
                 "16th, sup gave her answer in writing wed the 25th. now she wants to file formal step 1. i was "
                 "figuring 14 days from the sup's answer = dec 9?? whats the actual last day",
                 "grievance_deadline", "2026-12-03", id="an own sum with an equals sign"),
    # 'opened her pay stub on Friday, November 13' is the day she learned of it; 'so until December 7' her own sum.
    pytest.param("A member opened her pay stub on Friday, November 13 and saw she'd been docked. She raised it "
                 "informally and got the answer (no) on Monday the 23rd. She thinks she has 14 days from the answer, "
                 "so until December 7. What is the last day to file the formal Step 1 grievance?",
                 "grievance_deadline", "2026-12-04", id="the day a pay stub was opened"),
    # 'only found it in my file monday the 9th': the day learned, not the write-up's date: Nov 9 + 21.
    pytest.param("the write-up is dated nov 2 but i only found it in my file monday the 9th. talked to her informally, "
                 "she answered on the 23rd. what's the last day to file the formal grievance?",
                 "grievance_deadline", "2026-11-30", id="found it in my file"),
    # 11.5 A.2: a meal told '12:30-1:00am' is half an hour, not twelve and a half (a negative figure was shown): 9 p.m. to
    # 5:30 a.m. has 5.5 hours after midnight, $0.50 on 8 paid hours, 20 shifts.
    pytest.param("my regular shift is 9:00pm to 5:30am with my meal 12:30-1:00am. 20 shifts a month. how much night diff "
                 "should i see per month?", "night_shift", 80, id="a meal's times across noon and midnight"),
]

ROUND_42_FIXTURES = [
    # Marion 21.2 / 20.4: a grievance over a suspension counts ten working days from its effective date, even where the
    # message calls it 'the formal written grievance' (words of Step 1's request): Oct 6 … Oct 19.
    pytest.param(MARION, "A member got a two-day suspension that took effect Monday, October 5, 2026. We're skipping straight to "
                         "Step 2 with the department head. What's the last day to file the formal written grievance?", "grievance_deadline",
                 "2026-10-19", id="a suspension's own limit over the first step's"),
    # Boilermakers 18.06: 'missed two scheduled 10-hour days': two days lost, paid 8 hours each at the base rate.
    pytest.param(BOILERMAKERS, "my grandmother died and I missed two scheduled 10-hour days for the funeral. 40 months with "
                               "this contractor, base rate $50.00. what bereavement pay do I get?", "leave_accrual", 800.0,
                 id="days lost of a told length"),
    # Marion 11.8 D: 'three full rotation weeks' are weeks at $250, the daily duty '12 hours each' of the two days counted
    # before it: 750 + 24 × 2.03.
    pytest.param(MARION, "I carried the county cell phone for three full rotation weeks this fall and covered two separate "
                         "days of daily phone duty, 12 hours each. what's my cell phone duty pay?", "standby", 798.72,
                 id="rotation weeks and daily duty"),
    # Marion 11.8 D: 'the $250 week rate' is a rate, not 250 weeks; Saturday 9am to Sunday 9am is 24 hours of daily duty.
    pytest.param(MARION, "took the after-hours phone saturday 9am to sunday 9am, daily duty. my lead figured the $250 week rate "
                         "split by 7. what should I get?", "standby", 48.72, id="a weekly rate named is no count of weeks"),
    # Marion 11.9: pay runs from reaching the work location ('rolled into the <town> yard'), to the work's end told before
    # 'back at the yard': 22:50 to 00:05, under the 3-hour minimum at time and one-half: 3 × 1.5 × $30.
    pytest.param(MARION, "phone rang at 2210, left home 2220, rolled into the Salem yard at 2250, finished and back at the yard "
                         "at 0005. overtime eligible, $30.00 an hour. call back pay?", "call_back", 135.0,
                 id="arrival at a named yard and the end told before 'back at'"),
    # Marion 11.9: 'been off since 4:30pm', told after the call, is when the member's shift ended, not the call's end: one
    # call back, 22:40 to 23:50, the 3-hour minimum at time and one-half.
    pytest.param(MARION, "got called back at 10:05pm last night, id been off since 4:30pm. got to the shop 10:40pm, done "
                         "11:50pm. OT eligible, $32.00/hr. how much for the call back?", "call_back", 144.0,
                 id="off since is the shift's end"),
    # TBS 24.01 b: 'working nights' is the first (night) shift; 'my buddy on evenings' is another's shift: 1/7 of $28 for
    # each of 16 half-hours, four nights.
    pytest.param(TBS, "working nights (2345-0815) Monday to Thursday this week, basic $28.00. my buddy on evenings says it's 1/7 "
                      "an hour. shift premium for the 4 nights?", "night_shift", 256.0, id="nights, not a buddy's evenings"),
    # TBS 24.01 a: '3rd (evening) shift' names the third shift through its parenthesis: 1/7 of $35 an hour, 8 hours, 4 shifts.
    pytest.param(TBS, "on 3rd (evening) shift 1545-0015 Tuesday to Friday, regularly scheduled. basic rate $35.00. what's my "
                      "shift premium for those 4 shifts?", "night_shift", 160.0, id="a shift named around its parenthesis"),
    # Boilermakers 12.03 / 13.01 b: $4.50 on every hour of the premium shift, overtime included, never multiplied.
    # '9 hrs every day mon thru thu': 36 hours.
    pytest.param(BOILERMAKERS, "on nights (3rd shift) this week, 5x8 schedule, but we put in 9 hrs every day mon thru thu. how "
                               "much shift premium for the week?", "night_shift", 162.0, id="hours every day of a range"),
    # 'her 8-hour afternoon shift Tuesday plus 3 hours of overtime after it': 11 hours.
    pytest.param(BOILERMAKERS, "She worked her 8-hour afternoon shift Tuesday plus 3 hours of overtime after it. Base $48.00. "
                               "How much shift premium for that shift?", "night_shift", 49.5, id="one shift and its overtime"),
    # 'all last week … on my stub': the week's 41 hours, though the asking part names no week.
    pytest.param(BOILERMAKERS, "was on 2nd shift all last week, mon-fri 8 hrs a shift, plus they kept me 1 extra hr thursday. "
                               "how much shift premium should be on my stub?", "night_shift", 184.5, id="all last week on my stub"),
    # 'whats the right shift premium $ for friday?': the premium's figure asked without 'how much'.
    pytest.param(BOILERMAKERS, "on afternoons (2nd shift), 5x8. friday they held us 3 hrs over so 11 hrs total. whats the right "
                               "shift premium $ for friday?", "night_shift", 49.5, id="the premium's dollars asked"),
    # Boilermakers 13.01 a.i (5x8), a week told day by day with bare numbers and 'then 5 on saturday': Mon 9 = 9.5 h of
    # pay, Wed 11 = 13, Sat 5 × 2 = 10, the rest 8 each: 56.5 × $50. Subsistence set aside is not a subsistence question.
    pytest.param(BOILERMAKERS, "on 5x8s, rate $50.00. last week: mon 9, tue 8, wed 11, thu 8, fri 8 and then 5 on saturday. not "
                               "counting subsistence, what should the hours portion of my cheque be?", "overtime", 2825.0,
                 id="a week told day by day"),
    # 'wed i worked 11 hrs, rest of the week normal 8s, then came in sun for 4 hrs … overtime $': the overtime alone,
    # Wed 2 × 1.5 + 1 × 2, Sun 4 × 2: 13 hours of pay at $40.
    pytest.param(BOILERMAKERS, "5x8 crew, $40.00/hr. wed i worked 11 hrs, rest of the week normal 8s, then came in sun for 4 hrs. "
                               "how much overtime $ for the wed extra + the sun?", "overtime", 520.0, id="the rest of the week told"),
    # '10 hours on Thursday and 5 hours on Saturday, plus my regular 8 hours every other weekday': Thu 2 × 1.5, Sat 5 × 2.
    pytest.param(BOILERMAKERS, "standard 5x8, Monday to Friday. Last week I worked 10 hours on Thursday and 5 hours on Saturday, "
                               "plus my regular 8 hours every other weekday. Rate $45.00. How much for the overtime hours alone?",
                 "overtime", 585.0, id="every other weekday"),
    # Grinnell 6.1 / 6.2: 'I'm not taking a meal break' keeps the rest break; 11:00-2:00 is not longer than three hours,
    # 4:00-8:00 p.m. is: ten minutes.
    pytest.param(GRINNELL, "Thursday I work Pantry 11:00 to 2:00 and Catering 4:00 to 8:00 p.m., and I'm not taking a meal "
                           "break. How many minutes of paid rest break do I get?", "rest_breaks", 10, id="a meal break not taken"),
    # Boilermakers 13.01 a.i: 'yesterday (tue) … 10 hrs worked': the day its sentence names; 'the 2 hrs past my 8' is the
    # part asked about, not a second day: 2 × 1.5 × $50.
    pytest.param(BOILERMAKERS, "on 5x8s, yesterday (tue) i was on the tools from 6am, 10 hrs worked not counting lunch. rate "
                               "$50.00. what do the 2 hrs past my 8 pay? (not counting the straight time)", "overtime", 150.0,
                 id="the hours past my 8"),
    # TBS 17.07 a, c: nights at a conference the member chose are left out of the total that 'includes' them: 58 nights,
    # eight hours.
    pytest.param(TBS, "since april 1 I've been away from home 68 nights on employer travel, and that includes 10 nights at a "
                      "conference I chose to go to myself. how many hours of travel status leave so far?", "travel", 8,
                 id="nights a total includes"),
    # Boilermakers 15.01: waiting Tuesday to Thursday, two hours each of the first two days, eight the third; 'leave
    # subsistence out of it' sets travel money aside rather than asking it.
    pytest.param(BOILERMAKERS, "Told to report Tuesday, November 24 to a shutdown, sat in the trailer every day, and the "
                               "contractor didn't put me to work until Friday, November 27. Normal 5x8. How many hours of waiting "
                               "pay am I owed (leave subsistence out of it)?", "call_back", 12, id="subsistence set aside"),
    # Marion 11.8 D: '24 hours on a Sunday' is a day's daily duty like '14 hours on a Monday': 250 + 38 × 2.03.
    pytest.param(MARION, "I carried the county phone for one full rotation week and covered daily duty twice: 14 hours on a "
                         "Monday (5 p.m. to 7 a.m.) and 24 hours on a Sunday. What's my total cell phone duty pay?", "standby",
                 327.14, id="hours on a day"),
    # TBS 15.10 a / 15.14: 'stayed on 2 hrs 18 min overtime' after 'my normal 8': 23 completed six-minute periods, double time.
    pytest.param(TBS, "day shift, rate $30.00. worked my normal 8 on thursday then stayed on 2 hrs 18 min overtime. what does "
                      "the OT come to?", "overtime", 138.0, id="stayed on a length of overtime"),
    # TBS 11.05: 'What should her total compensation for the day be, including holiday pay?': 8 × $30 holiday pay, 8 × 2, 1 × 3.
    pytest.param(TBS, "She worked 9 hours on Canada Day (Wednesday, July 1, 2026), a regular workday. Her straight-time rate is "
                      "$30.00. What should her total compensation for the day be, including holiday pay?", "holidays", 810.0,
                 id="total compensation for the holiday"),
    # TBS 15.10 a: 'finished her shift at 1615 … then worked overtime from 1700 to 1830' (the break between unpaid); the
    # meal allowance asked after 'and does she also get' is a second question: 1.5 × 2 × $30.
    pytest.param(TBS, "Day-shift member finished her shift at 1615, took the 45-minute unpaid break, then worked overtime from "
                      "1700 to 1830. Basic rate $30.00. What is her overtime pay, and does she also get the meal allowance?",
                 "overtime", 90.0, id="the overtime pay asked before the meal"),
    # TBS 19.16 a / 19.20 / 19.21: 'present the grievance at the second level' after the first level's reply is the
    # 10-day appeal, counted from delivery and skipping weekends and Remembrance Day: Nov 23.
    pytest.param(TBS, "The first-level reply came by mail, postmarked Tuesday, November 3, 2026, and delivered to the address on "
                      "the grievance form on Friday, November 6, 2026. What is the last day to present the grievance at the "
                      "second level?", "grievance_deadline", "2026-11-23", id="presenting at the next level"),
]

ROUND_43_SAMPLE = [
    # 19.9 C and E: the call runs from badging in to the regular shift's start, told with its end ('7:00-3:30'), which
    # ends nothing: 4:30 to 7:00, within four hours of the shift, so only those hours.
    pytest.param("paged at 4:10 this morning, nobody warned me yesterday. badged in at 4:30 and kept working right into my "
                 "regular 7:00-3:30 shift. how many hours of call back credit?", "call_back", 2.5,
                 id="a call into a shift told as a range"),
    # 19.2 B: the asking sentence is the member's ('how much OT pay?'), not the figure someone else offers after it
    # ('my lead says … its 1.5 hrs??'): 97 minutes credited as 105, paid 1.75 × 1.5 × $20.
    pytest.param("stayed late thursday after a full 40 hr week, 1 hr 37 min extra. rate $20.00/hr, paid cash. how much OT "
                 "pay? my lead says they only count full 15 minute blocks so its 1.5 hrs??", "overtime", 52.5, id="a figure offered after the question"),
    # 8.1 A: the credits of a calendar year asked about, not the balance since hire: service months 34–45 credited in
    # 2025 (3 × 7 + 9 × 10).
    pytest.param("started full time with the state on March 1, 2022 and every month since has been a full qualifying pay "
                 "period. how many vacation hours were credited to me during 2025?", "leave_accrual", 111,
                 id="the credits of a calendar year"),
    # 19.10 C: 'what does he actually get for it?' asks a figure: Saturday 8 a.m. to Monday 8 a.m., 48 hours, 12 of CTO.
    pytest.param("He was on standby from Saturday at 8:00 a.m. until Monday at 8:00 a.m. and was never called in. What does "
                 "he actually get for it?", "standby", 12, id="what does he actually get"),
]

ROUND_43_FIXTURES = [
    # Marion 11.9: 'last night at 10:20' puts the bare times after it in the evening, so 'wrapped up at 12:50' is after
    # midnight: 23:05 to 00:50, under the 3-hour minimum: 3 × 1.5 × $30.
    pytest.param(MARION, "got called out last night at 10:20, reached the shop at 11:05 and wrapped up at 12:50. $30.00/hr. "
                         "call back pay?", "call_back", 135.0, id="an evening time leads the bare times after it"),
    # Marion 11.5: 'unpaid lunch 7-730', its end texted without a colon, inside 6 p.m.–11:30 p.m.: 5 hours × $1.25 × 8.
    pytest.param(MARION, "evening shift 3pm to 1130pm w/ unpaid lunch 7-730. worked 8 shifts this period. how much shift "
                         "diff?", "night_shift", 50.0, id="a meal's end texted without its colon"),
    # Grinnell 6.1: a list of shift lengths, each a shift; 4 and 3.25 hours are longer than three.
    pytest.param(GRINNELL, "worked shifts of 2.5 hours, 4 hours, 3.25 hours and 3 hours this week, no meals. how many minutes "
                           "of paid rest break total?", "rest_breaks", 20, id="a list of shift lengths"),
    # Grinnell 4.1 and 6.2: the unpaid meal break taken comes off the shift's hours: 5.5 × $9.25.
    pytest.param(GRINNELL, "regular dish line worker, 6 hr shift, had a lab so I took the 30 min meal break. how much do i "
                           "get paid for the shift?", "wage", 50.88, id="a shift's pay less the unpaid meal"),
    # Marion 13.1 A: 'Veterans Day week:' names the week, so Monday's 8 hours are worked, and 'off for the holiday
    # (paid)' is the holiday, not someone's account of the pay: 40 worked + 8 holiday − 40 = 8 hours × 1.5 × $30.
    pytest.param(MARION, "$30.00/hr, OT eligible, normal M-F 8s. Veterans Day week: mon 8, tue 8, wed off for the holiday "
                         "(paid), thu 10, fri 9, and the dept approved 5 hrs saturday. what should the OT pay be?", "overtime", 360.0,
                 id="a week named by its holiday"),
]

ROUND_44_FIXTURES = [
    # Grinnell 6.1: 'Wed a 4 hour shift' is Wednesday's length, so the days are 2.5, 4 and 3.5 hours: two breaks.
    pytest.param(GRINNELL, "Mon 2.5 hours, Wed a 4 hour shift, Fri 3.5 hours, no meal breaks. how many minutes of paid rest "
                           "break should I get in total?", "rest_breaks", 20, id="a day's shift told with an article"),
    # Grinnell 4.3: the premium named in the asking sentence is what is asked ('what experience premium should show up on
    # their next paycheck?'), not the semester's pay; which semester of it this is decides its rate and is not told, so it
    # is asked.
    pytest.param(GRINNELL, "steward for dining: a member worked 125 hours this semester and 2 shifts in finals week. what "
                           "experience premium should show up on their next paycheck?", "wage", ["earlier semesters earned"],
                 id="the premium named is asked"),
    # Grinnell 4.3: 'how much extra am i getting on payroll?' asks the premium, its words the rules' own: 120 × $0.25.
    pytest.param(GRINNELL, "this semester i got 120 hours and worked 2 shifts during finals week, first time i've hit the "
                           "experience thing. how much extra am i getting on payroll?", "wage", 30.0, id="how much extra"),
    # Boilermakers 16.01 a: 'sent home for rain on the 4th after reporting' is a day reported for: 4 × 2 × 20 km × $0.69.
    pytest.param(BOILERMAKERS, "no crew bus, I drive myself; the site is 20 road km past the edge of the 45 km free zone. "
                               "worked 3 days and got sent home for rain on the 4th after reporting. what's my daily travel "
                               "for the week?", "travel", 110.4, id="sent home after reporting"),
    # TBS 24.01 b: 'basic hourly is 35.00' is the rate (no dollar sign): 16 half-hours of the night shift × $35 / 7.
    pytest.param(TBS, "im on first shift (nights, 2345 to 0815) all week, basic hourly is 35.00. whats the shift premium for "
                      "one night?", "night_shift", 80.0, id="a basic hourly rate without its dollar sign"),
    # Marion 21.2 Step 1: 'HR emailed me Tuesday' is the day learned (the most recent Tuesday, December 1): 30 working days,
    # Christmas and New Year's Day skipped.
    pytest.param(MARION, "HR emailed me Tuesday saying my out-of-class pay request is denied. First I heard of it. How long "
                         "do I have to get my written step 1 request in?", "grievance_deadline", "2027-01-14",
                 id="a weekday told after the news"),
    # TBS 15.10 a / 15.13 b: pre-scheduled overtime on a day of rest that 'only took an hour and a half' (not the 2 hours
    # 'they paid him'): double time is 3 hours of pay, under the 4-hour minimum: 4 × $30.
    pytest.param(TBS, "One of our day-shift guys (Mon-Fri) was prescheduled for OT last Saturday and the job only took an "
                      "hour and a half. His basic rate is $30.00 and they paid him 2 hours. What should he have got?", "overtime",
                 120.0, id="a rest day's job that only took an hour and a half"),
    # TBS 11.05: 'what should I see on my cheque for that day?' asks money, so the rate not given is asked for.
    pytest.param(TBS, "I worked 8 hours on Canada Day (a Wednesday, a normal workday for me). What should I see on my cheque "
                      "for that day?", "holidays", ["hourly rate"], id="what should I see on my cheque"),
]


ROUND_45_SAMPLE = [
    # 7 I and 19.2 B: 'Monday was the holiday (off)' is eight hours counted as worked, so Saturday's 3 h 10 min is all past 40:
    # 190 minutes, twelve 15-minute credits and 10 minutes more (at least 7), so 3.25 hours × 1.5 × $20.
    pytest.param("Veterans week, I'm full time on M-F 8s. Monday was the holiday (off), then I worked Tue-Fri 8 hrs each and "
                 "got ordered in Saturday for 3 hrs 10 min. I make $20.00 an hour and they're paying cash. What's my OT pay?",
                 "overtime", 97.5, id="a weekday said to be the holiday off"),
    # 7 G: a holiday on a Saturday is eight hours of credit, worked or not; an overtime assignment that day does not make
    # the credit an overtime question.
    pytest.param("July 4th this year was a Saturday and I was there on an overtime assignment all day. How many hours of "
                 "holiday credit do I get for the 4th?", "holidays", 8, id="holiday credit on a worked Saturday"),
    # 11.5 A: the differential turns on the hours of the new shift, which are not told, so they are asked.
    pytest.param("They're moving me to a new regular shift in the records unit after New Year's. How much night shift "
                 "differential will that pay per hour?", "night_shift", ["shift start and end times"],
                 id="a new shift's differential asks its hours"),
]


ROUND_45_FIXTURES = [
    # Boilermakers 13.01 a: 'the OT on the extra 4 hrs' of a 12-hour 5x8 day is the overtime alone: 2 × 1.5 × $50 + 2 × 2 × $50.
    pytest.param(BOILERMAKERS, "On the 5x8 shutdown I did 12 hrs Thursday, rate is $50.00. What does the OT on the extra 4 hrs "
                               "work out to?", "overtime", 350.0, id="the OT on the extra hours"),
    # Boilermakers 12.03 / 13.01 b: '9 hours each of the 4 nights' is 36 hours on the premium: 36 × $4.50.
    pytest.param(BOILERMAKERS, "Third shift this week on a 5x8 shutdown. I put in 9 hours each of the 4 nights I worked, so an "
                               "hour of OT a night. How much shift premium for the week?", "night_shift", 162.0,
                 id="hours each of the counted nights"),
    # Boilermakers 14.04 / 13.01 a: Good Friday moved to the Thursday on a 4x10 Monday-to-Thursday schedule: Thursday is the
    # holiday (double time), Friday the schedule's time and one-half: (20 + 15) × $50.
    pytest.param(BOILERMAKERS, "We're on the 4x10 mon-thurs schedule and Good Friday got moved to the thursday. I worked the "
                               "thursday 10 hrs and the friday 10 hrs at $50.00. What should I get for those 2 days?", "overtime",
                 1750.0, id="a holiday moved to a day worked"),
    # Boilermakers 14.04: Good Friday 2027 (a Friday) is kept on the Thursday of a Monday-to-Thursday crew, unsaid: Thursday
    # double time, Friday time and one-half: (16 + 12) × $40.
    pytest.param(BOILERMAKERS, "Crew is on 4x10s Monday to Thursday. Good Friday in 2027 is March 26, 2027 and they want us in "
                               "on both Thursday the 25th and Friday the 26th, 8 hours each day. Base rate $40.00. What should "
                               "each guy get for those two days?", "overtime", 1120.0, id="a holiday kept on the schedule's day"),
    # Boilermakers 15.02 a / 15.04: reporting time on a premium shift includes the premium, so without the rate it is asked.
    pytest.param(BOILERMAKERS, "Night shift crew showed up tonight, got rained out before starting and sent home after the 2 hrs. "
                               "What does each guy get for reporting time?", "call_back", ["hourly rate"],
                 id="reporting time on a premium shift asks the rate"),
    # Boilermakers 16.01 b: days told by name, worked (Tue-Thu) and reported for (Friday, rained out): 4 × $185.
    pytest.param(BOILERMAKERS, "I live in Edmonton, dispatched to a job in Lethbridge on subsistence. This week I worked Tue-Thu "
                               "and Friday I showed up but we got rained out. How much subsistence for the week?", "travel", 740.0,
                 id="subsistence days told by name"),
    # Marion 21.2 Step 2: counted from the written request for the Step 1 meeting, so the meeting's own date is not used.
    pytest.param(MARION, "Steward here. Member found out Nov 2 she was skipped for overtime. We had the Step 1 meeting with her "
                         "supervisor on Nov 16, no luck. When's the deadline for the union to file at Step 2?",
                 "grievance_deadline", ["date it was filed"], id="a meeting held is not its request"),
    # TBS 19.16 a: a reply that 'got to the address on the grievance form' Tuesday Dec 1 is received then (not filed): ten
    # working days → December 15.
    pytest.param(TBS, "The first level reply came by mail, postmarked Friday Nov 27, and got to the address on the grievance "
                      "form Tuesday Dec 1. We want to go to the next level. What's our deadline?", "grievance_deadline",
                 "2026-12-15", id="a reply delivered to the address"),
    # TBS 15.14 / 15.10 a: 'stayed on and did 1 hr 40 min OT' is 100 minutes past the shift: 16 six-minute periods, 1.6 h × 2 × $30.
    pytest.param(TBS, "after my unpaid break i stayed on and did 1 hr 40 min OT on a wednesday. rate is 30.00. how much for "
                      "the OT?", "overtime", 96.0, id="overtime told after staying on"),
    # Grinnell 4.3: 'earned the experience premium in her first fall' is one earlier semester: this fall is the second, 130 × $0.50.
    pytest.param(GRINNELL, "A worker earned the experience premium in her first fall, missed it in the spring, and qualified again "
                           "this fall with 130 hours and two shifts in finals week. What experience premium is she owed?",
                 "wage", 65.0, id="an earlier semester told with her"),
    # Grinnell 4.1 / 4.3: the third qualifying semester's total with the premium: 120 × ($9.25 + $0.75).
    pytest.param(GRINNELL, "this is the 3rd semester I've qualified for the experience premium. worked 120 hrs this semester. "
                           "whats my total for the semester incl the premium?", "wage", 1200.0, id="a semester's total asked"),
    # Grinnell 4.1 / 4.2: leader hours and 'regular deli' hours told apart: 4 × $10.00 + 6 × $9.25.
    pytest.param(GRINNELL, "im a student leader on dish but also do deli shifts. this week 4 hrs as student leader and 6 hrs "
                           "regular deli. how much before tax?", "wage", 95.5, id="regular hours beside the role's"),
    # Grinnell 4.1 / 4.2: 'worked 5 shifts of 3 hrs' as the leader is 15 hours at $10.00; 'gross' asks the pay.
    pytest.param(GRINNELL, "im the Student Dishroom Leader. worked 5 shifts of 3 hrs this pay period. what should my gross be?",
                 "wage", 150.0, id="shifts of a length"),
    # Grinnell 4.3: the first qualifying semester's premium without its hours: they are asked.
    pytest.param(GRINNELL, "first semester qualifying for experience pay for me, I did 2 shifts during finals week. how much am I "
                           "gonna get?", "wage", ["hours worked this semester"], id="experience pay without its hours"),
    # Grinnell 7.2: a Step One deadline for a worker's story without the day learned asks for it.
    pytest.param(GRINNELL, "a worker says her supervisor took her off the weekend schedule for talking about the union. What's "
                           "the deadline to raise it at Step One?", "grievance_deadline", ["event date"],
                 id="a step named in a worker's story"),
]


ROUND_46_SAMPLE = [
    # 6.7 A / B: 'was handed a discipline notice' is the day learned, so the informal answer's 14 days stop at 21 after it:
    # November 9 + 21.
    pytest.param("Member was handed a discipline notice on Monday Nov 9. She talked informally with her supervisor Nov 10 and "
                 "got his answer Nov 23. What's the last day to file the formal Step 1?", "grievance_deadline", "2026-11-30",
                 id="handed a notice is learned"),
]


ROUND_46_FIXTURES = [
    # Boilermakers 10.01 a.i: 'that notice' is the written notice of the difference told before it: fourteen calendar days
    # from the earlier of the incident (November 19) and the day learned.
    pytest.param(BOILERMAKERS, "Noticed on Tuesday Nov 24 that my stub was short the reporting time from Thursday Nov 19. The "
                               "union rep says we have to give the contractor written notice of the difference first. What's the "
                               "last day that notice can go in?", "grievance_deadline", "2026-12-03", id="that notice"),
    # Grinnell 4.3: 'only qualified twice before' makes this the third: 115 × $0.75, whatever ordinal names the first.
    pytest.param(GRINNELL, "I've only qualified twice before, my very first semester and last spring. This semester I'm at 115 "
                           "hours and I worked 2 finals week shifts. How much is the experience bonus?", "wage", 86.25,
                 id="qualified twice before"),
    # Grinnell 4.1-4.3: 'One of our Student Leaders' holds the role: 120 × $10.00 + 120 × $0.50 (her second semester).
    pytest.param(GRINNELL, "One of our Student Leaders worked 120 hours this semester, two shifts in the last week, and it's the "
                           "second semester she's qualified for the experience premium. What is her total pay for the semester: "
                           "base plus leader pay plus the premium?", "wage", 1260.0, id="a role named in the plural"),
    # Grinnell 6.1 / 6.2: the meal break taken on Tuesday rules out that shift's rest break, the day told after the length;
    # Thursday's 3 hours are not more than 3: only Saturday's 10 minutes.
    pytest.param(GRINNELL, "I worked a 4-hour shift Tuesday, a 3-hour shift Thursday and a 3.5-hour shift Saturday. On Tuesday I "
                           "took the unpaid meal break. How many minutes of paid rest break should I get this week?",
                 "rest_breaks", 10, id="a meal break on a day told after its shift"),
    # Boilermakers 13.01 a.i: a week told after the first day's hours, asked for its overtime alone: 5 hours at 1.5 and 2
    # at 2 times $50.
    pytest.param(BOILERMAKERS, "5x8 job, last week I worked Mon 9 hrs, Tue 12, Wed 8, Thu 10, Fri 8. Base $50.00. What should the "
                               "overtime come to for the week?", "overtime", 575.0, id="a week after its first day's hours"),
    # Boilermakers 12.03: 'did 10, 11, 10 and 10' on nights is 41 hours on the premium: 41 × $4.50.
    pytest.param(BOILERMAKERS, "on 4x10 nights. did 10, 11, 10 and 10 last week. whats the shift premium for the week",
                 "night_shift", 184.5, id="nights' hours as bare numbers"),
    # TBS 19.16 a: a reply's postmark is the day it was sent, not received: the day it arrived is asked.
    pytest.param(TBS, "Second level reply came in the mail, postmarked Nov 20. The grievor wants to go to the next level. What's "
                      "the deadline?", "grievance_deadline", ["date the decision was received"], id="a postmark is not receipt"),
]


ROUND_47_SAMPLE = [
    # 19.9 A / C: 'finished my regular shift at 4' is 4 pm and the bare times after it that evening's; called back after the
    # shift without notice, 8:30 to 9:45 pm, with the next shift at 8 the next morning: the 4-hour minimum.
    pytest.param("Finished my regular shift at 4 and went home. Around 8 my supervisor called about a flood, I got there at 8:30 "
                 "and was done by 9:45. My next shift isn't till 8 the next morning. How many hours do I get credited?",
                 "call_back", 4, id="an evening call back after a shift's end"),
]


ROUND_47_FIXTURES = [
    # Boilermakers 13.01 a.i: 'sunday I came in for 4 hrs' is Sunday's hours beside Tuesday's 11; the overtime alone: 2 × 1.5 ×
    # $50 + 1 × 2 × $50 + 4 × 2 × $50.
    pytest.param(BOILERMAKERS, "5x8 crew, base rate $50.00/hr. Last week tuesday I did 11 hrs and then sunday I came in for 4 hrs. "
                               "How much should the overtime hours come to? (just the OT hours, not my regular 8s)", "overtime",
                 650.0, id="a day's hours after 'I came in for'"),
    # Boilermakers 12.03: 'three 10-hour nights' on the third shift: 30 × $4.50.
    pytest.param(BOILERMAKERS, "I'm on 3rd shift on a turnaround, three 10-hour nights this week. What's my shift premium for the "
                               "week?", "night_shift", 135.0, id="nights of a length"),
    # Boilermakers 12.03: '8 hours a night except Wednesday when they kept him for 11': 4 × 8 + 11 = 43 hours × $4.50.
    pytest.param(BOILERMAKERS, "Member on 3rd shift (nights) this week worked Monday to Friday, 8 hours a night except Wednesday "
                               "when they kept him for 11. How much shift premium for the week?", "night_shift", 193.5,
                 id="a night's hours excepted"),
    # Boilermakers 13.01 a / 14.02: a week of days told with and without their unit, Remembrance Day (Wednesday, November 11,
    # 2026) worked at double time: (9.5 + 8 + 16 + 8 + 8) × $50.
    pytest.param(BOILERMAKERS, "5x8 crew, base $50.00. Week of Nov 9 I did Mon 9 hrs, Tue 8, Wed was Remembrance Day and we worked "
                               "8, Thu 8, Fri 8. What should my gross be for those hours?", "overtime", 2475.0,
                 id="a week with a holiday worked"),
    # Grinnell 4.3: 'my 1st experience bonus last fall' makes this the second: 112 × $0.50.
    pytest.param(GRINNELL, "got my 1st experience bonus last fall. this semester i worked 112 hrs and did 2 shifts the last week. "
                           "what will the bonus be this time", "wage", 56.0, id="a first bonus last term"),
    # Grinnell 6.1 / 6.2: 'Mon 3.5 hrs, Tue 3.25, Wed 4 hrs …, Thu 2.5': each day with a number; Wednesday's meal break rules
    # its rest break out, Thursday's 2.5 hours are not more than 3: Monday's and Tuesday's, 20 minutes.
    pytest.param(GRINNELL, "Her week: Mon 3.5 hrs, Tue 3.25, Wed 4 hrs but she took the unpaid meal break, Thu 2.5. How many "
                           "minutes of paid rest break was she entitled to?", "rest_breaks", 20, id="days with and without their unit"),
    # Marion 6.5: 'What's my pay going to be' asks money, so the rate not given is asked.
    pytest.param(MARION, "I'm working 9 hours on Thanksgiving Day this year, my normal day is 8 hours. What's my pay going to be "
                         "for Thanksgiving?", "holidays", ["hourly rate"], id="what's my pay going to be"),
    # Marion 13.1 / 13.2: the holiday off counts as 8 hours worked: 9 + 10 + 8 + 8 + 9 = 44, 4 hours × 1.5 × $30, the rate
    # told and 'how much' asked.
    pytest.param(MARION, "veterans day week - i normally do 8 hr days M-F. mon 9hrs, tues 10, wed was off for the holiday, thur "
                         "8, fri 9. my rate is 30.00. do i get any OT and how much?", "overtime", 180.0,
                 id="how much with the rate told"),
    # TBS 17.07: travel status leave without the nights away: they are asked.
    pytest.param(TBS, "I've been sleeping away from home on the Employer's business a lot since April. How many hours of travel "
                      "status leave have I got this fiscal year?", "travel", ["nights away"], id="travel status leave asks the nights"),
    # TBS 19.15 / 19.20: 'the decision was made on Oct 21' is not its receipt and 'wasn't told about it until Oct 26' is the
    # day notified: 25 working days, Remembrance Day skipped → December 1.
    pytest.param(TBS, "Her request was turned down - the decision was made on Oct 21 but she wasn't told about it until Monday "
                      "Oct 26. What's the last day she can present the grievance at the first level?", "grievance_deadline",
                 "2026-12-01", id="made then, told later"),
    # TBS 19.16 a: 'lvl 2 … final level' is a grievance's; 'hw long do we have'; the postmark is not receipt: asked.
    pytest.param(TBS, "lvl 2 reply came by mail, postmarked Nov 20. hw long do we have to take it to the final level?",
                 "grievance_deadline", ["date the decision was received"], id="a level told in short"),
]


ROUND_48_SAMPLE = [
    # 7 G: two holidays, each on a Saturday in its own year, earn eight hours of credit each: 16.
    pytest.param("Christmas 2027 and New Year's Day 2028 both land on a Saturday. How many hours of holiday credit does a "
                 "full-timer get for those two?", "holidays", 16, id="credit for two Saturday holidays"),
]


ROUND_48_FIXTURES = [
    # Boilermakers 13.01 a.ii: 'friday for 8 hrs (not a make-up day) and saturday for 6': Saturday's hours, the unit said
    # once with an aside between: 8 × 1.5 × $50 + 6 × 2 × $50.
    pytest.param(BOILERMAKERS, "we're on 4x10s mon-thu. did my four 10s, then the boss brought us in friday for 8 hrs (not a "
                               "weather make-up day) and saturday for 6. base rate is $50.00. what do friday and saturday pay "
                               "altogether?", "overtime", 1200.0, id="a second day's hours after an aside"),
    # TBS 15.14 / 15.10 a: 'how much overtime pay is that? and do i get the $12 meal allowance for it?' asks the pay first:
    # 1700 to 1930 is 150 minutes, 2.5 hours at double time × $30.
    pytest.param(TBS, "on tuesday i worked my normal day shift (0745-1615) then they asked me to stay on, i took the 45 min unpaid "
                      "break and then worked from 1700 til 1930. my rate is $30.00/hr. how much overtime pay is that? and do i "
                      "get the $12 meal allowance for it?", "overtime", 150.0, id="the pay asked before the meal"),
    # Marion 13.1 / 13.2: 'works Monday to Friday, 8-hour days' is the schedule and 'our workweek runs Sunday to Saturday'
    # how the week is counted; '8 hours Monday, 9 Tuesday, 10 Thursday and 9 Friday' with the holiday (Wednesday) off as 8:
    # 44 hours, 4 over 40 × 1.5 × $30.
    pytest.param(MARION, "A member works Monday to Friday, 8-hour days, and our workweek runs Sunday to Saturday. In the week of "
                         "Veterans Day (Wednesday, November 11) she had the holiday off. She worked 8 hours Monday, 9 Tuesday, 10 "
                         "Thursday and 9 Friday. Her rate is $30.00. How much overtime pay should she get?", "overtime", 180.0,
                 id="a week's hours before their days"),
    # Boilermakers 10.01 a.i: 'Is that the deadline?' after the written notice told: fourteen calendar days from the
    # earlier of the incident (November 19) and the day learned.
    pytest.param(BOILERMAKERS, "The contractor sent us home without reporting pay on Thursday, November 19. We only heard about "
                               "it Monday the 23rd. I'm putting the Local's written notice in and was figuring 14 days from "
                               "when we found out, so December 7. Is that the deadline?", "grievance_deadline", "2026-12-03",
                 id="is that the deadline"),
]


ROUND_49_SAMPLE = [
    # 6.7 A / B: 'no way of knowing until the list was posted Nov 5' is the day learned (not 'got handed out … Oct 30'):
    # the informal answer's 14 days stop at 21 after it, November 26.
    pytest.param("Member's overtime got handed out of seniority on Oct 30, but she had no way of knowing until the list was "
                 "posted Nov 5. She took it to her supervisor informally and got his answer back Nov 20. What was the last day "
                 "to file the formal Step 1 grievance?", "grievance_deadline", "2026-11-26", id="no way of knowing until"),
    # 11.5 A: nights without the shift's hours asks them (the 20 shifts kept for the reply).
    pytest.param("im on nights at the hospital, worked 20 shifts last month. how much night shift differential should i get for "
                 "the month?", "night_shift", ["shift start and end times"], id="im on nights"),
    # 19.9 A / 19.2 B: the week's 40 hours already worked, the call back's 4 credited hours are all overtime, paid in cash:
    # 4 × 1.5 × $20.
    pytest.param("It was Friday and I'd already put in my full 40 for the week (my shift is 8:00 to 4:30). Nobody said anything "
                 "before I left, then around 8 pm my supervisor called me back in. I got to the office at 8:30 and was done at "
                 "9:15. I make $20.00 an hour and they're paying overtime in cash. What should I get for the call back?",
                 "call_back", 120.0, id="a call back after the week's 40"),
    # 19.9 D / 19.2 B: training on a day off credits 4 hours, all overtime after a full week: 4 × 1.5 × $18.
    pytest.param("I'd already worked my full 40 hours last week. Then they scheduled a mandatory training on Saturday, my day "
                 "off, 9:00 to 11:00 am. I make $18.00 an hour, paid in cash. What should I get for that Saturday?",
                 "call_back", 108.0, id="a day-off training after the week's 40"),
    # Taken as CTO, the credited hours are the answer, not money.
    pytest.param("I'd already worked my full 40 hours last week. Then they scheduled a mandatory training on Saturday, my day "
                 "off, 9:00 to 11:00 am. I make $18.00 an hour and I'm taking it as CTO. What do I get for that Saturday?",
                 "call_back", 4, id="a day-off training taken as CTO"),
]


ROUND_49_FIXTURES = [
    # Marion 13.1 / 13.2: the schedule's '8 hours a day' is not more time; 'worked Monday, Tuesday, Thursday and Friday, 8
    # hours each', the holiday off (Wednesday) as 8 and '5 approved hours on Saturday': 45 hours, 5 × 1.5 × $30.
    pytest.param(MARION, "Member is full time, normally Monday to Friday, 8 hours a day. The week of Nov 9 she worked Monday, "
                         "Tuesday, Thursday and Friday, 8 hours each, had Wednesday (Veterans' Day) off as the holiday, and then "
                         "worked 5 approved hours on Saturday. Her rate is $30.00. How much overtime pay is she owed for that week?",
                 "overtime", 225.0, id="the schedule's day beside the days worked"),
    # Marion 11.10: calls that 'came in' on a personal phone are calls taken at home: 6 × 1.5 and 12 × 1.5 + 15 (after 10 pm).
    pytest.param(MARION, "Two work calls came in on my personal phone Tuesday night. One at 8:10pm lasted 6 minutes. The other came "
                         "in at 10:30pm and lasted 12 minutes. I'm overtime eligible. How many minutes of comp time do I get for "
                         "the two calls?", "call_back", 42, id="calls that came in"),
    # Marion 11.5: '4 swing shifts, 2:00 pm to 10:30 pm with my unpaid lunch from 5:30 to 6:00': the lunch in the shift's
    # half of the day, 4.5 hours after 6 pm a shift: 4 × 4.5 × $1.25.
    pytest.param(MARION, "This pay period I had 4 swing shifts, 2:00 pm to 10:30 pm with my unpaid lunch from 5:30 to 6:00. How "
                         "much shift differential should I see?", "night_shift", 22.5, id="swing shifts with a lunch"),
    # Grinnell 4.3: 'got it fall 2024 and spring 2025 … abroad fall 2025': spring 2026 is the third, 120 × $0.75.
    pytest.param(GRINNELL, "Question about the experience bonus. I got it fall 2024 and spring 2025, then I was abroad for fall "
                           "2025. Spring 2026 I did 120 hours, plus 2 shifts in finals week. What should I have gotten for spring "
                           "2026?", "wage", 90.0, id="what should I have gotten"),
    # Grinnell 4.1 / 4.2: '3 hours Tuesday, 3.5 hours Thursday and 2 on Sunday' as the leader: 8.5 × $10.00.
    pytest.param(GRINNELL, "I'm a student leader. This week 3 hours Tuesday, 3.5 hours Thursday and 2 on Sunday. What should my "
                           "gross pay be for the week, not counting any experience premium?", "wage", 85.0,
                 id="days' hours added up"),
]


ROUND_50_SAMPLE = [
    # 19.9 C / E: ordered in early, the work running into the regular shift: credit only for the time before it
    # (8:00 − 5:15), from the arrival at the job site.
    pytest.param("They ordered me in early today: got to the yard at 5:15 a.m. and kept working into my regular shift, which "
                 "starts at 8:00 a.m. Nobody told me before I left yesterday. How many hours of call-back credit do I get?",
                 "call_back", 2.75, id="ordered in early"),
    # 19.9 C / E: 'worked straight through and then did her normal shift from 7:00' ends the call at the shift's start:
    # 4:30 to 7:00.
    pytest.param("Member works 7:00 a.m. to 3:30 p.m. Tuesday morning the manager phoned her at 3:50 a.m. (no notice the day "
                 "before). She got to the site at 4:30 a.m., worked straight through and then did her normal shift from 7:00. "
                 "How many hours of call back credit does she get?", "call_back", 2.5, id="then did her normal shift from"),
    # 7 I / 19.2 B.2: the holiday off counts as 8 hours; 'my regular 8 hrs Mon, Tue, Thu and Fri' is four days; Saturday's
    # 2 h 50 min is all overtime: 170 minutes = 11 × 15 + 5 (under 7, dropped) → 2.75 h × 1.5 × $20.
    pytest.param("Week of Nov 9: I had Veterans Day (Wed) off as the holiday, worked my regular 8 hrs Mon, Tue, Thu and Fri, then "
                 "got ordered in Saturday and worked 2 hrs 50 min. My hourly rate is $20.00, paid in cash. What should the OT "
                 "come to?", "overtime", 82.5, id="days listed after their hours, the holiday off"),
    # The same week told by its schedule ('normally M-F 8 hrs') and days named without hours: 4 h 10 min on Saturday →
    # 250 minutes = 16 × 15 + 10 (7 or more: a full 15) → 4.25 h × 1.5 × $22; 'cash instead of CTO' is pay.
    pytest.param("Full-time, normally M-F 8 hrs. Week of Nov 9: worked Mon and Tue, had Wed Nov 11 off for the holiday, worked Thu "
                 "and Fri, then got ordered in Saturday for 4 hrs 10 min. Hourly rate $22.00. If they pay cash instead of CTO, "
                 "what's my overtime pay for the week?", "overtime", 140.25, id="days worked at the schedule's length"),
]


ROUND_50_FIXTURES = [
    # TBS 18.01 c: 'straight time is 28.40' is the rate: 4 hours' pay beats 1 h 5 min at double time.
    pytest.param(TBS, "got called back in last thurs nite after id gone home, nobody told me before i left. worked 1 hr 5 min on "
                      "a compressor. straight time is 28.40. what do i get?", "call_back", 113.6, id="straight time is"),
    # Marion 21.2: the step 2 answer landed late; arbitration runs 20 working days from the day it was due (10 working
    # days after the meeting Thursday Oct 15: Oct 29), not from the filing and not from the answer: November 30.
    pytest.param(MARION, "We filed step 2 with the department head Oct 6 and she met with us and the grievant on Thursday Oct 15. "
                         "Her written answer didn't land until Nov 9, a denial. If we want to take it to arbitration, what's our "
                         "cutoff date?", "grievance_deadline", "2026-11-30", id="arbitration after a late step 2 answer"),
    # Marion 11.9: 'Friday night' makes 10:40 and 11:20 evening times: 11:20 pm to 12:50 am, under the 3-hour minimum:
    # 3 × 1.5 × $31.
    pytest.param(MARION, "Got called back in Friday night - phone rang at 10:40, I got to the plant at 11:20 and was done at 12:50 "
                         "am. I'm overtime eligible at $31.00/hr. What should that call back pay?", "call_back", 139.5,
                 id="a weekday's night"),
    # Marion 6.5: a graveyard shift around a holiday: the premium for the shift that begins on it, 8 hours × 1.5 plus the
    # holiday compensation of a normal day (8): 20 × $30.
    pytest.param(MARION, "im on graveyard 11p-7:30a w/ 30 min unpaid lunch, 8 hr shifts. worked the christmas eve shift into "
                         "christmas morning and the christmas night shift into the 26th. $30.00/hr. which one gets the holiday pay "
                         "and what's it all in with the holiday comp?", "holidays", 600.0, id="a graveyard shift on a holiday"),
    # TBS 19.16 / 19.21: the reply delivered (not postmarked) starts the ten days to the next level: Oct 23 → Nov 6.
    pytest.param(TBS, "Presented a level 1 grievance Mon Oct 5. Mgmt's reply letter is postmarked Oct 20 but it didn't show up at "
                      "her house till Fri Oct 23. Last day to put it in at level 2?", "grievance_deadline", "2026-11-06",
                 id="a reply that did not show up till"),
    # Grinnell 7.3: 'If we want arbitration, when's the written request due?' asks arbitration's request: 3 days from the
    # Step Two response received (Nov 5), not the day it is dated.
    pytest.param(GRINNELL, "Member raised it with his supervisor Oct 26, Step One answer Oct 28, we put it in writing to the "
                           "Director Oct 29. The Director's Step Two response is dated Mon Nov 2 but it only hit his campus mailbox "
                           "Thursday Nov 5. If we want arbitration, when's the written request due?", "grievance_deadline",
                 "2026-11-08",
                 id="the request arbitration needs"),
    # Grinnell 4.3: the first qualifying season told before 'first time' in its sentence: this fall is the second, 120 ×
    # $0.50.
    pytest.param(GRINNELL, "I qualified for the experience premium in spring 2016 (my first time). This fall 2016 I worked 120 hours "
                           "and 2 shifts in finals week. What will my experience bonus be for fall?", "wage", 60.0,
                 id="the first season told before its ordinal"),
    # Grinnell 4.3: 'for the first time in Spring 2025 … This Spring 2026': the same season of a later year is a later
    # semester (the second): 118 × $0.50.
    pytest.param(GRINNELL, "One of our members met the experience premium requirements for the first time in Spring 2025. In Fall "
                           "2025 she fell short. This Spring 2026 she will finish at 118 hours with two shifts in finals week. How "
                           "much experience premium should she get?", "wage", 59.0, id="the same season a year later"),
    # Grinnell 4.3: 'qualified … the spring before that (first time)': this fall is the second, 120 × $0.50.
    pytest.param(GRINNELL, "I worked 120 hours in dining this fall and did 2 shifts during finals week. I also qualified for the "
                           "experience premium the spring before that (first time). How much should my experience premium for fall "
                           "be?", "wage", 60.0, id="the season before that"),
    # Grinnell 4.1 / 4.2: 'what should my paycheck be' asks the pay: 10 hours × ($9.25 + $0.75).
    pytest.param(GRINNELL, "I'm a Student Leader. This week I did 2 shifts of 5 hrs each. what should my paycheck be before taxes? "
                           "(no experience bonus)", "wage", 100.0, id="what should my paycheck be"),
    # Boilermakers 13.01 a / 14.03: 'they had us in for 6 hrs' on the holiday is work on it: Monday's ninth hour at 1.5 and
    # the holiday's 6 at 2: 13.5 × $50.
    pytest.param(BOILERMAKERS, "Working 5x8s M-F. Remembrance Day week: Mon 9 hrs, Tue 8 hrs, Wed Nov 11 (Remembrance Day) they had "
                               "us in for 6 hrs, Thu 8, Fri 8. My rate is $50.00. How much OT pay am I owed on top of straight "
                               "time?", "overtime", 675.0, id="they had us in on the holiday"),
]


ROUND_51_SAMPLE = [
    # 8.1 A / B: a holiday named only to date the leave used ('the week of thanksgiving') is no holiday question: six
    # qualifying months April-September earn the 42-hour credit on October 1, then 7 hours on November 1 and December 1,
    # less the 8 used: 48.
    pytest.param("new hire in my unit started full time on wed apr 1 2026, no breaks, she's had 11+ working days in every monthly "
                 "pay period since. she used 8 hrs vacation the week of thanksgiving. what should her vacation balance be as "
                 "of today?", "leave_accrual", 48, id="a holiday that only dates the leave"),
    # 19.9 A: told before the shift ended to come back 'that night at 8:00'; 'got there at 7:45' is evening too (a little
    # before the time told), 3 h 45 min after the 4:00 end: more than 3 hours, so the 4-hour minimum.
    pytest.param("My regular shift is 7:30 to 4:00. Around 3:30 on Monday my supervisor told me I'd need to come back that night "
                 "at 8:00 for a server cutover. I got there at 7:45, started right away, and was done by 9:00 PM. How many hours "
                 "of work time should I be credited with?", "call_back", 4, id="a little before the time told"),
    # 8.1 C / 7 L: a half-time member's balance 'after the next 6 months': 20.5 + 6 × 5.00 (the chart's 1/2 row, the 10-hour
    # group for about 5 years of service).
    pytest.param("Im half time (1/2 time base) and ive got about 5 yrs of state service. I have 20.5 hrs of vacation on the "
                 "books right now. If i dont use any, how much will i have after the next 6 months?", "leave_accrual", 50.5,
                 id="a balance after the next months"),
    # 19.10 C: 'sat 8am thru sun 8am' (24 hours) and 'thurs night 4pm to midnight' (8, a period within its own day, not
    # to the next weekday told): 32 hours, 4 blocks of 8 × 2 hours of CTO.
    pytest.param("i was on standby sat 8am thru sun 8am and also thurs night 4pm to midnight. never got called in. how much CTO "
                 "do i get for that", "standby", 8, id="a weekend span and an evening"),
]


ROUND_51_FIXTURES = [
    # Marion 11.9: two call backs on different days, each its own 3-hour minimum at the overtime rate: 3 × 1.5 × $30 and
    # 3.5 × 1.5 × $30.
    pytest.param(MARION, "member (overtime eligible, $30.00/hr) got called back after going home twice last week. mon she worked "
                         "1 hr once she got to the site, wed 3.5 hrs. how much call back pay total?", "call_back", 292.5,
                 id="two call backs on different days"),
    # Ship Repair 18.01 c: each call back the greater of double time for the time worked or 4 hours' pay: $120 and $180.
    pytest.param(TBS, "member got called back from home twice last wk with no heads up before he left. tues he worked 2 hrs, "
                      "thurs 3 hrs. rate 30.00. what should the two call backs pay", "call_back", 300.0,
                 id="two call backs, greater of each"),
    # Ship Repair 11.05: '(… one of my regular days) - 9 hours straight' is the day's hours, not a normal day's length:
    # 8 holiday pay + 8 × 2 + 1 × 3 = 27 × $30.
    pytest.param(TBS, "I worked Canada Day this year (it was a Wednesday, one of my regular days) - 9 hours straight on a rush "
                      "job. My straight-time rate is $30.00. What's my total pay for that day?", "holidays", 810.0,
                 id="hours straight after a normal day named"),
    # Ship Repair 15.06: two evening shifts mid-week, days the weeks around them: double time, no premium: 2 × 8 × 2 × $30.
    pytest.param(TBS, "A day-shift welder was put on evening shift for just Wednesday and Thursday this week. He was on days all "
                      "last week and will be on days next week. His rate is $30.00. What should those two evening shifts pay?",
                 "night_shift", 960.0, id="a short stint on evenings"),
    # Grinnell 4.3: 'The only other semester he ever qualified … was spring 2025': this fall is the second, 120 × $0.50.
    pytest.param(GRINNELL, "Checking a member's experience premium for fall 2025. He worked 120 hours and two shifts during the "
                           "final week. The only other semester he ever qualified for the premium was spring 2025. How much "
                           "should his experience premium be?", "wage", 60.0, id="the only other semester"),
    # Grinnell 4.1 / 4.2: days' hours, some without their unit: 13.5 × ($9.25 + $0.75).
    pytest.param(GRINNELL, "I'm a Student Leader. This week I worked Tuesday 3 hours, Thursday 4.5, Saturday 2 and then Sunday "
                           "brunch 4 hours. No experience bonus yet. What should my gross pay for the week be?", "wage", 135.0,
                 id="days' hours some without their unit"),
    # Boilermakers 13.01 a: 'did my 8 and then they kept me 3 more hrs' is an 11-hour Tuesday; the 3 extra hours alone:
    # 2 × 1.5 + 1 × 2 = 5 × $50.
    pytest.param(BOILERMAKERS, "on a 5x8 schedule, rate is $50.00/hr. last tuesday i did my 8 and then they kept me 3 more hrs. "
                               "what do those 3 extra hours pay?", "overtime", 250.0, id="my 8 and then kept 3 more"),
    # Boilermakers 12.03: 'four shifts of 10 hours each' on third shift: 40 × $4.50.
    pytest.param(BOILERMAKERS, "I was on 3rd shift all last week, four shifts of 10 hours each. How much shift premium should be "
                               "on my cheque?", "night_shift", 180.0, id="shifts of hours each"),
    # Boilermakers 15.02 b: 'had nothing for them … sent straight home': two hours' reporting time, 2 × $50.
    pytest.param(BOILERMAKERS, "Our crew showed up Tuesday morning for day shift and the contractor had nothing for them, so they "
                               "were sent straight home. Rate on the job is $50.00. What reporting pay does each one get?",
                 "call_back", 100.0, id="sent straight home"),
    # Boilermakers 13.01 a / 14.03: 'got called in for 4 hours' on the holiday is work on it, in a week told day by day:
    # Monday 9.5 hours of pay, the holiday 4 × 2, the rest 8 each: 41.5 × $50.
    pytest.param(BOILERMAKERS, "Checking a member's pay. He's on a regular 5x8 day shift, base rate $50.00/hr. Monday he worked 9 "
                               "hrs, Tuesday 8, Wednesday was Remembrance Day and he got called in for 4 hours, Thursday 8 and "
                               "Friday 8. What should his wages for those hours come to, not counting the allowances?",
                 "overtime", 2075.0, id="got called in on the holiday"),
    # Boilermakers 13.01 a / 12.03: three days on second shift, each at its bands, the premium on every hour once:
    # 28.5 hours of pay × $50 + 27 × $4.50.
    pytest.param(BOILERMAKERS, "member on afternoon shift (2nd shift) on a 5x8 job, rate 50.00. he worked mon 9 hrs, tue 8, wed 10. "
                               "what should he get for those 3 days incl the shift premium", "night_shift", 1546.5,
                 id="three days on a premium shift"),
    # Marion 13.1 / 13.2 / 13.5: the week's gross: 37 hours worked and the holiday's 8, 5 over 40 at 1.5: 40 × $30 + 5 ×
    # $45.
    pytest.param(MARION, "I'm on a regular Monday-Friday 8-hour schedule and overtime eligible, $30.00 an hour. Thanksgiving week I "
                         "worked Monday 8, Tuesday 10, Wednesday 8, had Thursday off for the holiday, worked Friday 8 and came in "
                         "Saturday for 3 hours of approved overtime. I'm taking the OT as pay. What should my gross be for that "
                         "week?", "overtime", 1425.0, id="the week's gross"),
    # Marion 7.1 / 7.3: 'My stub shows 100.5 hours of vacation' is the balance; after three more pay periods at 0.75 FTE
    # with 6+ years: 100.5 + 3 × 0.75 × 4.924.
    pytest.param(MARION, "I'm a 0.75 FTE employee and I've been with the county since March 2020 with no breaks in service. My "
                         "stub shows 100.5 hours of vacation. If I don't take any, what will my balance be after three more pay "
                         "periods?", "leave_accrual", 111.579, id="a balance the stub shows"),
    # Boilermakers 16.01 b / 16.02: 'subsistence plus initial and terminal travel' is both, added: 10 × $165 (Red Deer) +
    # 2 × $116 (120–200 radius km).
    pytest.param(BOILERMAKERS, "I live in Edmonton and was dispatched to a maintenance job in Red Deer, about 150 radius km from "
                               "Edmonton City Hall. No camp, the client doesn't provide transportation. I worked 10 days and got "
                               "laid off. What should I get for subsistence plus initial and terminal travel?", "travel", 1882.0,
                 id="subsistence plus initial and terminal travel"),
    # Boilermakers 16.01 b / 15.03: '5 days actually worked + 1 reported and sent home' is six days: 6 × $180.
    pytest.param(BOILERMAKERS, "Lloydminster job, im from Edmonton (site is roughly 250 km out). 5 days actually worked + 1 "
                               "reported and sent home. subsistence total?", "travel", 1080.0, id="days worked plus one reported"),
    # 'reported for one more that got rained out' is a day; 'the contractor bussed them from the motel' is the daily ride,
    # not the trip out: 11 × $160 (Hinton) + 2 × $166 (200–300 radius km).
    pytest.param(BOILERMAKERS, "Member lives in Edmonton and was on a job just outside Hinton, about 285 radius km from the "
                               "Edmonton hall. He worked 10 days and reported for one more that got rained out, then got laid off. "
                               "The contractor bussed them from the motel. What should the subsistence plus initial and terminal "
                               "travel add up to?", "travel", 2092.0, id="one more reported and a bus from the motel"),
    # Grinnell 6.1: 'a 4-hour Deli shift … and then a 3.5-hour Dish Line shift' are two shifts, each longer than three
    # hours: 10 + 10 minutes.
    pytest.param(GRINNELL, "Tomorrow I'm working a 4-hour Deli shift at lunch and then a 3.5-hour Dish Line shift at dinner. I'm "
                           "eating before both, so no meal break. How many minutes of paid rest break am I owed in total?",
                 "rest_breaks", 20, id="two shifts with names between"),
    # Grinnell 6.2: 'my sup gave me a 30 min unpaid meal break' is a meal break taken ('no 10 min paid break' is the rest
    # break refused, not the meal skipped): no paid rest break.
    pytest.param(GRINNELL, "my thursday dining shift is 4 hrs (4pm-8pm). my lab runs til 3:50 so my sup gave me a 30 min unpaid "
                           "meal break, but she said no 10 min paid break. how many minutes of paid rest break am i owed on that "
                           "shift", "rest_breaks", 0, id="a meal break given"),
    # Marion 11.10: 'I didn't have to go in' is no call back: three calls at home, 10 × 1.5, 6 × 1.5 + 15 (after 10 pm) and
    # 4 × 1.5 + 15 (before 6 am).
    pytest.param(MARION, "wednesday night I got 3 work calls at home from the on-call sergeant. 9:30pm (10 min), 11:15pm (6 min), "
                         "and one at 1:20am (4 min). I didn't have to go in. I'm OT eligible. how much comp time do I get for those?",
                 "call_back", 60, id="calls at home without going in"),
    # Marion 11.5: '3p-1130p' and 'lunch 7-730p' (minutes without a colon): 18:00–19:00 and 19:30–23:30 are 5 hours a
    # shift in the window, 8 shifts × 5 × $1.25.
    pytest.param(MARION, "swing shift 3p-1130p, unpaid lunch 7-730p. worked all 8 shifts this pay period. shift diff total for the "
                         "period?", "night_shift", 50.0, id="clock times without a colon"),
    # Marion 11.5: 'My regular schedule is M-F 1430-2300 with lunch 1730-1800' asked for the week: five shifts, 5 hours each
    # in the window: 25 × $1.25 (the overtime stay is not scheduled time).
    pytest.param(MARION, "My regular schedule is M-F 1430-2300 with lunch 1730-1800. Last week I also stayed till 0030 on Tuesday "
                         "for OT. How much shift diff should I get for the week?", "night_shift", 31.25, id="M-F for the week"),
    # Marion 20.4 / 21.2: a suspension's appeal is filed within 10 working days of its effective date (not the appeal of a
    # denial to the chief administrative officer, tied with it before): December 11 → December 28, Christmas not counted.
    pytest.param(MARION, "members 5 day suspension takes effect fri dec 11. whats the last day to file the appeal? i know it goes "
                         "straight to step 2 but xmas is in there", "grievance_deadline", "2026-12-28", id="a suspension's appeal"),
]


@pytest.mark.parametrize(("question", "tool", "value"), ROUND_27_SAMPLE + ROUND_27_CHECKS + ROUND_28_SAMPLE + ROUND_29_SAMPLE
                         + ROUND_30_SAMPLE + ROUND_31_SAMPLE + ROUND_32_SAMPLE + ROUND_33_SAMPLE
                         + ROUND_34_SAMPLE + ROUND_35_SAMPLE + ROUND_36_SAMPLE
                         + ROUND_37_SAMPLE + ROUND_38_SAMPLE + ROUND_39_SAMPLE + ROUND_40_SAMPLE + ROUND_42_SAMPLE
                         + ROUND_43_SAMPLE + ROUND_45_SAMPLE + ROUND_46_SAMPLE + ROUND_47_SAMPLE
                         + ROUND_48_SAMPLE + ROUND_49_SAMPLE + ROUND_50_SAMPLE + ROUND_51_SAMPLE)
def test_one_figure_on_the_sample(sample_snapshot, question, tool, value):
    result, _ = ask(sample_snapshot, question, today=date(2026, 12, 2))
    assert result.tool is not None and result.tool.name == tool, result.answer
    assert result.tool.output["primary"]["value"] == value, result.answer


ROUND_52_FIXTURES = [
    # Marion 21.2 Step 1: thirty working days from the day learned, Veterans Day and Thanksgiving (6.1) skipped.
    pytest.param(MARION, "A member learned on Tuesday, November 3 that she was skipped for overtime (not discipline). What's the "
                         "last working day she can put in the written request for the Step 1 meeting?", "grievance_deadline",
                 "2026-12-17", id="last working day to request step 1"),
    # Boilermakers 13.07 on the 5x8 basis (13.01): 8 × $50 + 2 × $75 + 2 × $100.
    pytest.param(BOILERMAKERS, "we're on the 12 hour shifts based on the 5x8, rate $50.00. What does one of those 12 hour weekdays "
                               "pay?", "overtime", 750.0, id="a 12 hour weekday"),
    # Boilermakers 15.02 a, 15.04, 12.03: two hours of reporting time with the $4.50 shift premium.
    pytest.param(BOILERMAKERS, "I'm on afternoon shift (2nd shift). Got to site and they rained us out before we did anything. "
                               "Base rate $40.00. What do I get for showing up?", "call_back", 89.0, id="rained us out"),
    # Marion 11.10: 20 × 1.5 = 30 minutes; 10 × 1.5 + 15 (between 10 p.m. and 6 a.m.) = 30 minutes.
    pytest.param(MARION, "took two work calls at home, none of them made me go in: a 20 minute call at 9:00 pm and a 10 min call "
                         "at 1:15 am. How much comp time?", "call_back", 60, id="calls that sent nobody in"),
    # Ship Repair 11.05: 8 hours' holiday pay + 8 × 2 + 1 × 3 = 27 hours × $30.
    pytest.param(TBS, "I worked 9 hours on Labour Day, straight time rate $30.00. What's the day worth?", "holidays", 810.0,
                 id="a holiday's day worth"),
    # Grinnell 4.1 + 4.2: 4 × 2.5 = 10 hours at $10.00.
    pytest.param(GRINNELL, "i'm a student leader and did 4 shifts this week, 2.5 hrs each. what's my pay for the week?", "wage",
                 100.0, id="shifts of so many hours each"),
    # Grinnell 4.1 + 4.2: 12 × $9.25 + 4 × $0.75.
    pytest.param(GRINNELL, "worked 12 hrs total this week and 4 of those as the student leader. how much before taxes?", "wage",
                 114.0, id="some of the hours in the role"),
    # Grinnell 4.3: the second semester earned (the one between did not qualify) pays 50 cents an hour.
    pytest.param(GRINNELL, "She qualified for the experience premium for the first time in fall 2025. Spring 2026 she didn't make "
                           "the hours. This fall she has 120 hours and worked three shifts in finals week. What experience "
                           "premium should she get?", "wage", 60.0, id="this fall is this year's"),
    # Boilermakers 16.01 b: the project's town (Grande Prairie, $205 a day), not the hall's.
    pytest.param(BOILERMAKERS, "dispatched out of Edmonton to a turnaround in Grande Prairie, no camp. worked 6 days. how much "
                               "subsistence?", "travel", 1230.0, id="the project's town, not the hall's"),
    # Ship Repair 18.01 c: each call back the greater of double time or four hours' pay: $120, $300, $120.
    pytest.param(TBS, "Got called back three times this week without notice: Tuesday 1900-2000, Thursday 1800-2300, Sunday "
                      "0900-1000. rate $30.00. total call back pay?", "call_back", 540.0, id="call backs told as clock ranges"),
    # Marion 11.9: each call back three hours at least, at time and a half: $135 and 4 × $45.
    pytest.param(MARION, "called back twice this week: tue 8:00pm-9:00pm, fri 1:00am-5:00am. rate $30, overtime eligible. total "
                         "call back pay?", "call_back", 315.0, id="two call backs by clock range"),
    # Ship Repair 18.01 c, by day: Tuesday's two calls (19:00–20:00, 21:00–22:00) are each the greater of double time or
    # four hours' pay ($120 each), Thursday's 18:00–23:00 is double time ($300).
    pytest.param(TBS, "got called back on two days this week, no notice. tues i came in 7pm-8pm, then got called again at 9pm "
                      "and worked till 10pm. thurs 6pm-11pm. rate $30.00. what should the call backs pay?", "call_back", 540.0,
                 id="calls on two days, one with two calls"),
    # Ship Repair 23.02: 25% of $32.00 for 1.5 + 2.5 hours.
    pytest.param(TBS, "I worked at height 1.5 hours Monday and 2.5 hours Thursday, basic rate $32.00. What height pay should I get "
                      "for the two days?", "allowance", 32.0, id="height pay over two days"),
]


ROUND_53_FIXTURES = [
    # Boilermakers 13.01 a and 14.03: a list of hours worked with the holiday among them is work on it, at double time:
    # (8 + 1 × 1.5) + 8 + 8 × 2 + 8 + 8 = 49.5 hours of pay × $40; the allowances set aside are not what is asked.
    pytest.param(BOILERMAKERS, "we're on 5x8 days, rate $40.00. Hours worked: Mon 9, Tue 8, Wed Nov 11 (Remembrance Day) 8, Thu 8, "
                               "Fri 8. Leaving aside the holiday pay allowance, what should my gross for the week be?", "overtime",
                 1980.0, id="a list of hours worked with the holiday in it"),
    # The same, the week named by its holiday with the date in brackets: 8 + (8 + 2 × 1.5) + 16 + 8 + 8 = 51 × $40.
    pytest.param(BOILERMAKERS, "week of remembrance day (wed nov 11), we're on 5x8 days. member worked mon 8, tue 10, wed 8 (the "
                               "holiday), thu 8, fri 8. rate is 40.00. what should his gross for those hours be, not counting the "
                               "holiday/vacation % allowances on top?", "overtime", 2040.0,
                 id="the week named by its holiday"),
    # Grinnell 4.3: 'fall 2025 … for the first time', spring not earned, 'this fall' the second: 50 cents × 120.
    pytest.param(GRINNELL, "fall 2025 i got the experience premium for the first time. spring 2026 only 1 shift in finals week so "
                           "no premium. this fall i worked 120 hours and 2 shifts during finals week. what's my experience premium "
                           "for this semester?", "wage", 60.0, id="a season before its ordinal"),
    # Grinnell 4.1 + 4.2: 2 × 4 hours as the leader at $10.00, 3 × 2 hours elsewhere at $9.25.
    pytest.param(GRINNELL, "im a student leader. this week i worked 2 dish shifts as the leader, 4 hrs each, plus 3 deli shifts (2 hrs "
                           "each) where im not a leader. how much do i make this week before any experience pay?", "wage", 135.5,
                 id="shifts of so many hours each, in and out of the role"),
    # Grinnell 4.3: the premium known by its conditions' words ('finals week') and called 'the bonus': the third semester
    # earned, 75 cents × 120.
    pytest.param(GRINNELL, "this is the 3rd semester i hit 110+ hrs and worked 2+ shifts finals week. i worked 120 hrs. they paid "
                           "me the 50 cent rate. did they shortchange me? what should the bonus be", "wage", 90.0,
                 id="the bonus by its conditions"),
    # Ship Repair 10.02: no credit for the month without 80 hours' pay; 13.34 from the month of the 8th anniversary.
    pytest.param(TBS, "My continuous service started March 10, 2019. For the 2026-27 vacation year I'll have at least 80 hours of "
                      "pay every month except September 2026, when I was on unpaid leave. How many vacation hours will I earn over "
                      "the whole vacation year?", "leave_accrual", 113.34, id="a month without the pay that earns"),
    # ... and a day off told with a month is no month without its pay: 11 × 10 + 13.34.
    pytest.param(TBS, "My continuous service started March 10, 2019. For the 2026-27 vacation year I worked every day except a "
                      "Monday in September 2026 that I took as a vacation day. How many vacation hours will I earn over the whole "
                      "vacation year?", "leave_accrual", 123.34, id="a day off in a month is not a month without its pay"),
]


ROUND_57_FIXTURES = [
    # Boilermakers 18.05: the notice given 'in writing on' a date is the notice received; 'has not been paid' as of today
    # keeps the member waiting to today: $100 a day, at most $700.
    pytest.param(BOILERMAKERS, "Member's pay came up 9 hours short. He notified the contractor of the shortage in writing on "
                               "Monday, November 2, 2026 and the adjustment has not been paid yet. What penalty does the "
                               "contractor owe now?", "short_pay", 700, id="notice in writing, not paid yet"),
    # Ship Repair 10.02 c: one month asked ('for january 2027'), the month of the 8th anniversary: 13.34 hours.
    pytest.param(TBS, "i started at the dockyard jan 12 2019 and had no government service before. how many vacation hrs do i earn "
                      "for january 2027 if i get full pay that month?", "leave_accrual", 13.34, id="one month's credit"),
    # Ship Repair 15.10 a and 15.14: a clock range told after a whole shift worked is overtime past the shift: 108 minutes,
    # 18 six-minute periods, 1.8 hours at double time × $30.
    pytest.param(TBS, "worked my day shift friday and was asked to stay on for overtime. took the 45 min unpaid break after my "
                      "shift, then worked 1700 to 1848. rate is $30.00. how much is the OT pay?", "overtime", 108.0,
                 id="a range after a whole shift"),
    # Grinnell 4.1 + 4.2: the hours the question asks about, not a training paid separately: 12 × $10.00.
    pytest.param(GRINNELL, "i'm a student leader. worked 12 hrs this week (plus a 3 hr training that's paid separately, so leave "
                           "it out). what is my pay for the 12 hrs, not counting any experience premium?", "wage", 120.0,
                 id="the hours asked about"),
    # Boilermakers 15.02 a, 15.04, 12.03: 'sent everybody home' is no work: two hours with the $4.50 premium.
    pytest.param(BOILERMAKERS, "showed up for 2nd shift, they sent everybody home because of high wind before we started. rate "
                               "$40.00. what do i get paid for that?", "call_back", 89.0, id="sent everybody home"),
    # ... and 'what am i due for that?' asks the pay, not a deadline.
    pytest.param(BOILERMAKERS, "showed up for 2nd shift, they sent everybody home for wind before we started. rate $40.00. what am i "
                               "due for that?", "call_back", 89.0, id="what am i due"),
    # Boilermakers 16.01 b: Monday to Friday worked, Saturday not worked, the Sunday before not a day worked but the extra day
    # with its receipt: 5 × $205 + $205.
    pytest.param(BOILERMAKERS, "Member from Edmonton dispatched to a job at Grande Prairie, about 460 road km from the hall. He "
                               "stayed in a motel the Sunday night before starting (has the receipt), worked Monday to Friday, and "
                               "did not work or report on Saturday. How much subsistence for the week with the extra day?",
                 "travel", 1230.0, id="a day not worked and the night before"),
    # Ship Repair 24.01 b: 'worked the other four' of a week's night shifts: 4 × 16 half-hours × 1/7 × $35.
    pytest.param(TBS, "She's on first (night) shift, 2345-0815 with the unpaid meal 0345-0415, Monday to Friday this week. She "
                      "took sick leave Tuesday and worked the other four. Basic rate $35.00. How much shift premium for the week?",
                 "night_shift", 320.0, id="the other four"),
    # Boilermakers 13.01 a, 14.03: a week's hours with the holiday 'worked 8' among them; 'Thu 10' is no date in December:
    # 9.5 + 8 + 16 + 11 + 8 = 52.5 × $40.
    pytest.param(BOILERMAKERS, "Checking pay for the week of November 9, 2026, 5x8 days, rate $40.00. Hours: Mon 9, Tue 8, Wed Nov "
                               "11 (Remembrance Day) worked 8, Thu 10, Fri 8. Leaving aside the holiday and vacation pay "
                               "percentages, what are his gross wages for the hours worked?", "overtime", 2100.0,
                 id="a week's hours with the holiday worked"),
]


ROUND_58_FIXTURES = [
    # Boilermakers 10.01 a (i): 14 calendar days from the incident or from when it should have been known, whichever is
    # earlier; 'we showed up and got sent home' dates the incident (November 24), the stub the day learned: December 8.
    pytest.param(BOILERMAKERS, "tues nov 24 we showed up and got sent home, no work ready, nobody told us the day before. they never "
                               "paid the reporting time. i only noticed on my stub dec 1. whats the last day for the union to get "
                               "the written notice to the contractor?", "grievance_deadline", "2026-12-08",
                 id="people showing up date the incident"),
    # Boilermakers 13.01 a, 5x8: 'my regular 8 hours plus 3 more' is 11 hours (2 at 1.5, 1 at 2), Saturday 6 at double
    # time, the regular 8 set aside: 17 hours of pay × $40.
    pytest.param(BOILERMAKERS, "I'm on a 5x8 schedule, rate $40.00. On Monday I worked my regular 8 hours plus 3 more, and on "
                               "Saturday I worked 6 hours. Not counting my regular 8 hours on Monday, how much overtime pay should "
                               "I get?", "overtime", 680.0, id="the regular hours plus more"),
    # Marion 11.10: a call taken on shift is no call at home: 12 × 1.5 = 18, and 6 × 1.5 + 15 between 10 p.m. and 6 a.m.
    pytest.param(MARION, "im overtime eligible. last night i took work calls at home: a 12 min call at 8:00pm and a 6 min call at "
                         "1:10am. (also a 10 min call at 3pm but i was on shift). how many minutes of comp time?", "call_back",
                 42.0, id="a call on shift left out"),
    # Grinnell 6.1: a rest break for each shift longer than 3 hours, 'tue shift was 4 hrs' told with its day.
    pytest.param(GRINNELL, "how many minutes of paid rest break should i have gotten this week? tue shift was 4 hrs, thu was "
                           "exactly 3 hrs, sat was 3.5 hrs", "rest_breaks", 20, id="a day's shift was so long"),
    # Marion 7.1, 7.3: 4 pay periods at 4.308 hours, then 4 at 0.75 of it.
    pytest.param(MARION, "Member with 4 years of continuous service worked 4 pay periods at 1.0 FTE, then her budgeted FTE dropped "
                         "to 0.75 and she worked 4 more pay periods at that level. How many hours of vacation leave over those 8 "
                         "pay periods?", "leave_accrual", 30.156, id="stretches at two FTEs"),
    # Ship Repair 10.02, 10.13: the vacation year's span is no month without pay; November is: 4 × 6.67 + 7 × 10 + 24.
    pytest.param(TBS, "Member started on Aug 17, 2024, with no earlier public service. She got at least 80 hours' pay in every "
                      "month of the April 2025-March 2026 vacation year except November 2025 (unpaid leave, only 40 hours' pay). "
                      "How many vacation leave hours was she credited for that vacation year, counting any one-time credit?",
                 "leave_accrual", 120.68, id="the vacation year's span is no month left out"),
    # Ship Repair 15.06 b: two evening shifts at the end of a week between weeks of day shift: each hour at double time.
    pytest.param(TBS, "Member is normally on day shift. This week he was put on the evening shift (1545-0015) for Thursday and "
                      "Friday only; the weeks before and after were all day shift. Rate $32.00, 8 hours worked each of those two "
                      "shifts. What should he be paid for those two evening shifts?", "night_shift", 1024.0,
                 id="weeks of day shift around"),
    # Boilermakers 13.01 a, 12.03: '11 hours actually worked', referred back to as 'those 11 worked hours': 8 × $50 +
    # 2 × $75 + 1 × $100 and 11 × $4.50.
    pytest.param(BOILERMAKERS, "5x8 schedule, worked the afternoon (2nd) shift last Wednesday and was held over: 11 hours actually "
                               "worked. Rate $50.00/hr. What do those 11 worked hours pay, shift premium included?", "night_shift",
                 699.5, id="hours actually worked"),
]


OLDER_ITEMS_25 = [
    # Grinnell 4.1, 6.2: the shift's pay asked first ('and do I still get the 10 min break too?' is a second question):
    # 3:30 to 9:00 less the 30-minute meal, 5 hours × $9.25.
    pytest.param(GRINNELL, "I have a lab till 3 so I can't eat before my 3:30–9:00 pm shift, so I take the full 30 min meal break. "
                           "How much do I get paid for that shift at base rate, and do I still get the 10 min break too?", "wage",
                 46.25, id="the pay asked before the break"),
    # Boilermakers 12.03: 4 × 8 + 1 + 5 ('came back sat night for 5', its unit left off) = 38 hours × $4.50.
    pytest.param(BOILERMAKERS, "crew was on 3rd shift all last wk, 8 hrs a night mon-thu, wed they held us 1 extra hr and we came "
                               "back sat night for 5. how much shift premium should each guy see?", "night_shift", 171.0,
                 id="came back for so many"),
    # Boilermakers 10.01 a (iv): 'when is the formal grievance due?' is the formal step, 21 days from the notice (Nov 16).
    pytest.param(BOILERMAKERS, "Contractor sent a guy home without his reporting time. Incident was Tuesday Nov 10... no wait, "
                               "scratch that, it was Friday Nov 6. We sent the written notice to the contractor by email on Monday "
                               "the 16th and we've been talking since, going nowhere. When is the formal grievance due?",
                 "grievance_deadline", "2026-12-07", id="the formal step asked"),
    # Boilermakers 10.01 b: the clause cited in the asking part picks its step: 28 calendar days from the formal grievance.
    pytest.param(BOILERMAKERS, "Our formal grievance went to the contractor on Monday, November 2, 2026. Under 10.01(b), on what date "
                               "does the 28-calendar-day resolution period end?", "grievance_deadline", "2026-11-30",
                 id="the clause cited"),
    # Grinnell 4.1, 4.2, 6.2: the leader's addition only on the range told 'as student leader' (3 hours × $10), the
    # other ranges at $9.25, one less the meal break its clause says was taken: 4 + 3 = 7 × $9.25 ('7-10am' is a range of
    # hours, not the 7th).
    pytest.param(GRINNELL, "this wk: tue 7-10am as student leader, thu 5-9:30pm on dish line (took the unpaid 30 min meal brake bc "
                           "of lab), sat 11am-2pm dish line. no experiance premium yet. whats my gross for the wk?", "wage", 94.75,
                 id="the role on one range"),
    # Boilermakers Appendix C (rules data): long-term maintenance at the named site works 8.6 straight hours, then 13.01 a:
    # 1.4 at 1.5 and double time after ten; 'maint' is maintenance: (1.4 × 1.5 + 0.5 × 2) × $50.
    pytest.param(BOILERMAKERS, "im long term maint at the IOL strathcona site, worked 10.5 hrs wednesday (not counting lunch). rate "
                               "is 50.00. whats my overtime pay for the hours past my 8.6?", "overtime", 155.0,
                 id="a site's 8.6-hour day"),
    # Ship Repair 11.05 with 15.18 b: a holiday worked 13 hours, 'including any meal money': 8 holiday pay + 8 × 2 + 5 × 3
    # = 39 hours × $30, and one full four-hour period past the first eight earns $12.
    pytest.param(TBS, "Labour Day this year I'm a day shift guy and they had me work, 13 hours of actual work on the ship. My rate "
                      "is $30.00. What should I get for that day all in, including any meal money?", "holidays", 1182.0,
                 id="a holiday worked with its meal money"),
]


ROUND_59_FIXTURES = [
    # Grinnell 6.1, 6.2: the meal break skipped on one shift and taken on another, each said in its own sentence: Tuesday
    # 3.5 hours earns the 10 minutes, Thursday's meal break replaces its rest break.
    pytest.param(GRINNELL, "Tuesday I worked 10:30 to 2:00 with no meal break. Thursday I worked 4:00 to 8:30 pm and took the "
                           "unpaid meal break. How many minutes of paid rest break did I have coming?", "rest_breaks", 10,
                 id="one shift without its meal break, one with it"),
    # Boilermakers 13.01 a (5x8) and 12.03: 'kept me 3 hrs past my 8' is an 11-hour day: 8 + 2 × 1.5 + 1 × 2 = 13 hours of
    # pay × $45 = $585, and the $4.50 premium on all 11 hours, not compounded: $634.50.
    pytest.param(BOILERMAKERS, "on a 5x8, $45/hr, 3rd shift. thursday they kept me 3 hrs past my 8. what's that day's pay with "
                               "the shift premium?", "night_shift", 634.5, id="hours past the day added to it"),
    # Marion 13.1 A, 13.2, 13.5: sick leave counts as hours worked; the schedule told in brackets before the sick day:
    # 8 sick + 32 worked + 3 Saturday = 43 hours, 3 over 40 × $45 = $135.
    pytest.param(MARION, "overtime q - member (OT eligible, M-F 8 hr days) called in sick monday and used 8 hrs sick leave, worked "
                         "8 hrs tue thru fri, then worked 3 hrs saturday the manager approved. $30/hr, cash. how much OT pay for "
                         "the week?",
                 "overtime", 135.0, id="a schedule in brackets before the sick day"),
    # Ship Repair 10.02 b, c: service from June 2019, the 8th anniversary in June 2027; February to July 2027 crosses the
    # April vacation year: 4 × 10 + 2 × 13.34 = 66.68.
    pytest.param(TBS, "started here in June 2019, always 80+ hrs pay a month. how many vacation hrs do i earn feb thru july 2027?",
                 "leave_accrual", 66.68, id="months across two vacation years"),
    # Ship Repair 10.02 a, b and 10.13: June without 80 hours' pay earns nothing (April, the month counted from, does);
    # April, May, July–September 5 × 6.67 = 33.35, October–November 2 × 10 = 20, and the one-time 24 hours on November 1.
    pytest.param(TBS, "Member started on Oct 20, 2025, no prior service. Every month since April 2026 she had at least 80 hours' "
                      "pay except June 2026 (unpaid leave, 30 hours' pay). How many vacation hours was she credited from April 1 "
                      "through the end of November 2026, counting the one-time credit?", "leave_accrual", 77.35,
                 id="a short month and the one-time credit in a part year"),
    # Ship Repair 15.18 a: overtime told as its own range after the 45-minute break: 17:00 to 21:00 is 4 hours, one $12.
    pytest.param(TBS, "my shift ends at 16:15, took the 45 min break then did OT from 17:00 till 21:00. how much overtime meal "
                      "allowance?", "overtime", 12.0, id="overtime as its own range after the shift"),
    # Marion 7.1, 7.3: in the 8th year (7 completed), 4.924 hours a pay period at full time, in proportion at 0.5 FTE:
    # 3 × 4.924 + 2 × 2.462 = 19.696.
    pytest.param(MARION, "He is in his 8th year of continuous service. Over the last five pay periods he was 1.0 FTE for the first "
                         "three, then 0.5 FTE for the last two. How many vacation hours did he accrue?", "leave_accrual", 19.696,
                 id="a total of pay periods in parts"),
    # Marion 6.5: a holiday worked, its hours 'all 8 of my regular shift', no rate given: 8 × 1.5 + 8 hours of holiday
    # compensation = 20 hours of pay at the straight-time rate.
    pytest.param(MARION, "they're making me work thanksgiving, all 8 of my regular shift. how much do i get paid for it?",
                 "holidays", 20.0, id="a holiday worked, its hours said without a unit"),
]

ROUND_60_FIXTURES = [
    # Ship Repair 18.02, 15.14, 15.10 a: the drive in is no work, so the call-back runs from getting back to the ship
    # (19:35) to 22:35: 3 hours at double time × $40 = $240, more than 4 hours at straight time ($160).
    pytest.param(TBS, "day shift 0745-1615. went home after my shift, nobody said anything about overtime. they phoned me at "
                      "19:00, i got back to the ship at 19:35 and worked til 22:35. rate $40/hr. what do i get for the call-back?",
                 "call_back", 240.0, id="the call-back from getting back to the ship"),
    # Boilermakers 13.01 a (5x8), 12.03: '9 hours each day Monday through Thursday and 10 hours on Friday': 4 × (8 + 1.5)
    # + (8 + 3) = 49 hours of pay × $50 = $2,450, and the $4.50 premium on all 46 hours = $207: $2,657.
    # Marion 11.10: 'called me twice' at home: 20 × 1.5 = 30, and 6 × 1.5 + 15 between 10 p.m. and 6 a.m. = 24: 54 minutes.
    pytest.param(MARION, "my lead called me twice last night: once at 8:30pm (20 min) and once at 11:45pm (6 min). i'm overtime "
                         "eligible. how many minutes of comp time?", "call_back", 54.0, id="called me twice at home"),
    # Boilermakers 13.01 a (5x8): Sunday all hours at double time; '6am to 2:30 with a half hr lunch so 8 hrs' is the
    # day's 8 hours (the half hour is the lunch, not time worked): 8 × 2 × $45 = $720.
    pytest.param(BOILERMAKERS, "worked sunday (nov 29) on the shutdown, 6am to 2:30 with a half hr lunch so 8 hrs. 5x8 schedule, "
                               "my rate is $45/hr. what should the sunday hours pay?", "overtime", 720.0,
                 id="a day's total after its clock times and lunch"),
    pytest.param(BOILERMAKERS, "5x8 schedule on 2nd shift, $50/hr. this week I worked 9 hours each day Monday through Thursday and "
                               "10 hours on Friday. what are my gross wages for the week with the shift premium?", "night_shift",
                 2657.0, id="hours each day over a range of days"),
]


def test_a_yearly_rate_is_turned_into_the_hourly_rate_by_the_contracts_definitions():
    # Why: 'my salary is $87,655.68 a year' had no hourly rate (the yearly figure was even taken for one and refused):
    # Ship Repair 2.01 a and u make it $87,655.68 ÷ 52.176 = $1,680.00 a week ÷ 40 = $42.00 an hour, and 24.01 b pays
    # the night shift 1/7 of that ($6.00) for each of its 16 half-hours: $96.00, the definitions cited.
    result = answer(_ingested(TBS), "I'm on the first (night) shift, 2345 to 0815 with the half-hour unpaid meal. My salary is "
                                    "$87,655.68 a year. How much shift premium do I get for one shift?", date(2026, 12, 2),
                    tool="night_shift")
    assert result.tool.output["primary"]["value"] == 96.0, result.answer
    assert "$42.00 an hour" in result.answer and any(c.section == "2.01" for c in result.citations), result.answer
    # 'a year' of service beside an hourly rate leaves the rate one: 4 hours over 40 × 1.5 × $30 = $180.
    result = answer(_ingested(MARION), "been here a year, $30/hr, worked 44 hours last week, paid in cash. how much overtime "
                                       "pay?", date(2026, 12, 2), tool="overtime")
    assert result.tool.output["primary"]["value"] == 180.0, result.answer


def test_months_on_two_time_bases(sample_snapshot):
    # Why: a change of time base among the months asked had been read as one base for a whole balance: 5 years of
    # service is the 10-hour group (8.1 A), March at full time, April and May at 1/2 time from the Section 7 L chart
    # (5.00 a month): 10 + 5 + 5 = 20 hours.
    value, result = primary(sample_snapshot, "I've got 5 years in, full time. I was full time until March and went to 1/2 time "
                                             "starting in April. How much vacation for March, April and May?", date(2026, 12, 2))
    assert value["value"] == 20, result.answer
    assert result.tool.input["time_bases"] == [{"months": 1, "time_base": "full"}, {"months": 2, "time_base": "1/2"}]


@pytest.mark.parametrize(("question", "today", "value"), [
    # 6.7 B: the formal grievance 14 days after the informal decision (December 8), but never past 21 days from the day
    # learned: 'I found out that same day' makes November 10 that day too, so December 1.
    pytest.param("On Tue Nov 10 my supervisor turned down my shift swap and I found out that same day. I talked to her "
                 "informally and got her informal answer on Tue Nov 24. When is the last day to file the formal grievance?",
                 date(2026, 11, 25), "2026-12-01", id="learned the same day as it happened"),
    # 19.9 C, E: from reporting at 5:30 to the 8:00 shift the call back ran into ('kept working into my regular shift
    # which is 8am-4:30pm'): 2.5 hours, not to the shift's end.
    pytest.param("my phone rang at 5:05am, the boiler alarm was going off and my manager told me to come in. i got to the site "
                 "at 5:30am and kept working into my regular shift which is 8am-4:30pm. worked my normal shift the day before, "
                 "nobody warned me. how many hrs of call back credit?", date(2026, 12, 2), 2.5,
                 id="a call back run into the shift"),
    # 8.1 C and the Section 7 L chart: 3/4 time in the 37-months-to-10-years group, 7.50 hours 'per qualifying monthly
    # pay period' (a rate, not a balance).
    pytest.param("Steward q: a permanent 3/4 time employee with 50 months of State service. How many vacation hours does she "
                 "earn per qualifying monthly pay period?", date(2026, 12, 2), 7.5, id="per qualifying monthly pay period"),
])
def test_round_60_readings_on_the_sample(sample_snapshot, question, today, value):
    found, result = primary(sample_snapshot, question, today)
    assert found["value"] == value, result.answer


def test_a_missing_commute_or_effective_date_is_asked_for(sample_snapshot):
    # Why: 12.1 F.1.b pays only the miles beyond the normal commute when sent to another office, so the commute is asked
    # (all the miles had been paid); Marion 20.4 counts from the suspension's effective date, not the day its letter came.
    result, _ = ask(sample_snapshot, "they sent me to the other office in Modesto for 2 days instead of my usual office, drove "
                                     "my own car (authorized), 30 miles each way. how much mileage do I get?",
                    today=date(2026, 12, 2))
    assert result.needs == ["normal commute miles"], result.answer
    result = answer(_ingested(MARION), "HR gave me a letter on Monday with a 5 day unpaid suspension. What's the last day to "
                                       "file the grievance?", date(2026, 12, 2))
    assert result.needs == ["effective date"], result.answer


def test_service_guessed_at_a_tier_boundary_is_asked_for(sample_snapshot):
    # Why: 8.1 A's monthly vacation rate changes after 120 months; 'about 10 years … not sure exactly' could be either
    # side, so the exact service is asked for (a rate had been given as if the guess were exact); a guess well inside a
    # tier is answered.
    result, _ = ask(sample_snapshot, "full time, been with the state about 10 years, not sure exactly. how many vacation hrs a "
                                     "month do i earn now?", today=date(2026, 12, 2))
    assert result.needs == ["months of service"], result.answer
    value, result = primary(sample_snapshot, "full time, been with the state about 6 years. how many vacation hrs a month do i "
                                             "earn now?", date(2026, 12, 2))
    assert value["value"] == 10, result.answer


def test_working_nights_without_the_hours_asks_for_them(sample_snapshot):
    # Why: 'I usually work nights … how much night shift differential?' had no calculation: which differential (if any)
    # is owed turns on the shift's hours, which are asked for.
    result, _ = ask(sample_snapshot, "I usually work nights at the hospital, 5 shifts a week. How much night shift differential "
                                     "should I be getting?", today=date(2026, 12, 2))
    assert result.tool is not None and result.tool.name == "night_shift" and result.needs, result.answer


@pytest.mark.parametrize(("contract_id", "question", "tool"), [
    # Marion 21.2: the day a member came to the union is not the day she learned of it, which is asked for.
    pytest.param(MARION, "A member came to us on Monday: her supervisor moved her start time with only two days' notice. When is "
                         "the Step 1 written request due?", "grievance_deadline", id="the day the union heard"),
])
def test_a_missing_fact_is_asked_for_in_round_59_stories(contract_id, question, tool):
    result = answer(_ingested(contract_id), question, date(2026, 12, 2), tool=tool)
    assert result.needs and result.tool.output["primary"]["type"] == "needs", result.answer


def test_a_coworker_telling_a_member_is_the_day_learned():
    # Marion 21.2: 'my coworker told me today' is how the member learned (not a member reporting to the union), so the
    # 30 working days run from December 2: January 15, 2027 (Christmas, New Year's Day and the King holiday skipped).
    result = answer(_ingested(MARION), "my coworker told me today that they gave the posting to someone junior. when's my last "
                                       "day to put in the written step 1 request?", date(2026, 12, 2))
    assert result.tool.output["primary"]["value"] == "2027-01-15", result.answer


def test_a_stay_told_by_the_clock_in_a_holiday_week(sample_snapshot):
    # Why: 'friday my supervisor ordered me to stay late and i worked 5:00 to 6:40 pm' had been dropped from the week
    # (a clock range ended the reading): 32 hours + the 8-hour holiday (7 I) + 100 minutes = 100 minutes over 40, credited
    # in 15-minute units with the last 10 minutes a full unit (19.2 B.2): 105 minutes × 1.5 × $20 = $52.50.
    value, result = primary(sample_snapshot, "week of Nov 9: i worked 8 hrs mon, tue, thu and fri. wed nov 11 was veterans day and "
                                             "i was off. friday my supervisor ordered me to stay late and i worked 5:00 to 6:40 pm. "
                                             "i make $20/hr, paid in cash. how much overtime pay?", date(2026, 12, 2))
    assert value["value"] == 52.5, result.answer


@pytest.mark.parametrize(("contract_id", "question", "tool", "value"), FIXTURE_CASES + OVERTIME_BY_THE_DAY + ROUND_28_FIXTURES
                         + ROUND_29_FIXTURES + ROUND_30_FIXTURES + ROUND_31_FIXTURES + ROUND_32_FIXTURES
                         + ROUND_33_FIXTURES + ROUND_34_FIXTURES + ROUND_35_FIXTURES + ROUND_36_FIXTURES
                         + ROUND_37_FIXTURES + ROUND_38_FIXTURES + ROUND_39_FIXTURES + ROUND_40_FIXTURES
                         + ROUND_41_FIXTURES + ROUND_42_FIXTURES + ROUND_43_FIXTURES
                         + ROUND_44_FIXTURES + ROUND_45_FIXTURES + ROUND_46_FIXTURES
                         + ROUND_47_FIXTURES + ROUND_48_FIXTURES + ROUND_49_FIXTURES + ROUND_50_FIXTURES
                         + ROUND_51_FIXTURES + ROUND_52_FIXTURES + ROUND_53_FIXTURES + ROUND_57_FIXTURES + ROUND_58_FIXTURES
                         + OLDER_ITEMS_25 + ROUND_59_FIXTURES + ROUND_60_FIXTURES)
def test_one_figure_on_a_fixture_contract(contract_id, question, tool, value):
    result = answer(_ingested(contract_id), question, date(2026, 12, 2), tool=tool)
    assert result.tool.output["primary"]["value"] == value, result.answer


def test_a_record_file_is_no_filing_and_a_differential_left_out_is_not_asked():
    # Why: 'the bargaining history file' is a record, so a question about the notice to renegotiate is not a grievance
    # step's deadline (Grinnell 7.2's five days had been counted from the agreement's end); '(leave the shift
    # differential out)' sets the differential aside, so it is not what is computed.
    from assistant.calculators.router import route
    from assistant.scope import Scope
    from tests.assistant.test_fixture_deadlines import snapshot

    grinnell = _ingested(GRINNELL)
    routed = route("Putting together a bargaining history file on the 2016-17 agreement (October 1, 2016 to June 30, 2017): "
                   "what was the last day a party could give written notice that it wanted to renegotiate?",
                   snapshot(grinnell), Scope((grinnell.id,)), date(2026, 12, 2))
    assert routed is None or routed[0].tool is None or routed[0].tool.name != "grievance_deadline", routed[0].answer
    marion = _ingested(MARION)
    routed = route("Night-shift member, 10 p.m. to 6:30 a.m., $30.00 an hour, works the shift that starts on Thanksgiving at "
                   "10 p.m. What's the total pay for that shift? Leave the shift differential out.",
                   snapshot(marion), Scope((marion.id,)), date(2026, 12, 2))
    assert routed is None or routed[0].tool is None or routed[0].tool.name != "night_shift", routed[0].answer


def test_pay_asked_with_a_rate_is_not_answered_with_the_holidays_date():
    # Why: '… Base rate is $50.00. What should each guy get for those two days?' asks money; the day the holiday moves to
    # on a 4x10 schedule (a date) had been given as the answer, a wrong figure rather than none.
    from assistant.calculators.router import route
    from assistant.scope import Scope
    from tests.assistant.test_fixture_deadlines import snapshot

    boilermakers = _ingested(BOILERMAKERS)
    routed = route("Our crew is on 4x10s Monday to Thursday. Good Friday next year is March 26, 2027 and the foreman wants "
                   "everyone in on both Thursday the 25th and Friday the 26th, 10 hours each day. Base rate is $50.00. What "
                   "should each guy get for those two days?", snapshot(boilermakers), Scope((boilermakers.id,)), date(2026, 12, 2))
    assert routed is None or routed[0].tool is None or routed[0].tool.output["primary"]["type"] != "date", routed[0].answer


def test_a_one_time_credit_in_the_year_is_told_beside_a_total_that_leaves_it_out():
    # Why: a member adding up the months should hear of 10.13's 24 hours (June 1, 2026 here) without it being slipped
    # into the monthly earnings: April 6.67 + May–March 11 × 10 = 116.67.
    result = answer(_ingested(TBS), "started at the yard may 4 2025, first federal job. how many vacation hrs will i earn "
                                    "over the april 2026 to march 2027 vacation year?", date(2026, 12, 2), tool="leave_accrual")
    assert result.tool.output["primary"]["value"] == 116.67
    assert any("24 hours is also credited on Monday, June 1, 2026" in note for note in result.tool.output["notes"])
    assert any(c.section == "10.13" for c in result.citations)


def test_an_institutions_own_meal_rules_are_left_to_its_clauses(sample_snapshot):
    # Why: 12.8's $8 is not the allowance at a CDC or CYA institution (12.7, in the rules data's `elsewhere`).
    from assistant.calculators.router import route

    question = "work at a CYA facility, got held 4 hrs past my shift and bought dinner for $9. how much OT meal allowance?"
    routed = route(question, sample_snapshot, None, date(2026, 12, 2))
    assert routed is None or routed[0].tool is None or routed[0].tool.name != "overtime"
    elsewhere = route(question.replace("at a CYA facility", "at the DMV"), sample_snapshot, None, date(2026, 12, 2))
    assert elsewhere is not None and elsewhere[0].tool.output["primary"]["value"] == 8.0  # the same story under 12.8


def test_a_call_back_with_its_meal_is_not_overtime_past_the_shift():
    # Why: 'called me back at 1900 … plus the meal money' is a call back (18.01) with 15.18 a.iv's allowance; read as
    # overtime from the shift's end it would pay the hours between as worked.
    from assistant.calculators.router import route
    from assistant.scope import Scope
    from tests.assistant.test_fixture_deadlines import snapshot

    contract = _ingested(TBS)
    routed = route("finished at 1615 and went home; sup called me back at 1900, worked 1930 to 2330. rate $31. how much for the "
                   "call back plus the meal money?", snapshot(contract), Scope((contract.id,)), date(2026, 12, 2))
    assert routed is None or routed[0].tool is None or (routed[0].tool.output.get("primary") or {}).get("label") != \
        "overtime pay and meal allowance"


def test_spoken_clock_times_with_minutes_and_hours_told_at_night():
    # Why: 'ten to midnight' ends a call back at 23:50, not midnight; 'sun 10 at night' is 22:00. 'From ten to twelve'
    # stays a range of hours, not 11:50.
    def clocks(text: str) -> list[int]:
        return [c.minutes for c in read(text, date(2026, 12, 3)).clocks]

    assert clocks("done at ten to midnight") == [23 * 60 + 50]
    assert clocks("got there at twenty past nine pm") == [21 * 60 + 20]
    assert clocks("left at ten minutes to twelve") == [11 * 60 + 50]
    assert clocks("standby sat 6am thru sun 10 at night") == [6 * 60, 22 * 60]
    assert 11 * 60 + 50 not in clocks("worked from ten to twelve")
    # 'Friday the 25th' is the nearest month whose 25th is a Friday (December 2026), not the most recent 25th
    assert [d.value for d in read("Christmas Day this year (Friday the 25th)", date(2026, 12, 3)).dates] == [date(2026, 12, 25)]


def _conversation(contract_id: str, today: date, *turns: str):
    """Each turn routed after the one before it (the reply to a one-line question fills it in); the last answer."""
    from assistant.calculators.router import route
    from assistant.scope import Scope
    from tests.assistant.test_fixture_deadlines import snapshot

    contract = _ingested(contract_id)
    snap, scope = snapshot(contract), Scope((contract.id,))
    pending, routed = None, None
    for turn in turns:
        routed = route(turn, snap, scope, today, pending)
        assert routed is not None, turn
        pending = routed[1]
    assert routed is not None
    return routed[0]


def test_a_mileage_rate_the_contract_names_but_does_not_state_is_asked_then_used():
    # Why: Marion 14.1 pays 'the current standard IRS mileage rate', a figure the contract does not give; guessing one
    # is a wrong number. The rule is quoted and the rate asked; '0.70' settles it: 2 × 130 miles × $0.70.
    asked = _conversation(MARION, date(2026, 12, 3), "took my own car to a conference in Bend, 130 miles each way on the state "
                                                     "table. how much mileage do i get back?")
    assert asked.needs == ["rate per mile"] and [(c.section, c.clause) for c in asked.citations] == [("14.1", "")], asked.answer
    done = _conversation(MARION, date(2026, 12, 3), "took my own car to a conference in Bend, 130 miles each way on the state "
                                                    "table. how much mileage do i get back?", "0.70")
    assert done.tool is not None and done.tool.output["primary"]["value"] == 182.0, done.answer
    assert "check it is the rate in effect" in done.answer


def test_driving_instead_of_flying_is_paid_up_to_the_airfare_and_a_trip_total_is_left_to_the_clauses():
    # Why: Marion 14.1 caps a drive taken in lieu of a flight at the best airfare: 400 miles × $0.70 = $280 is over the
    # $240 fare. Lunch bought on the trip is not a mileage figure, so 'my total' is answered from the clauses.
    capped = _conversation(MARION, date(2026, 12, 3), "drove my own car instead of flying to Medford, 400 miles round trip. "
                                                      "IRS rate is 70 cents a mile and the best airfare was $240. what do I get "
                                                      "for the drive?")
    assert capped.tool is not None and capped.tool.output["primary"]["value"] == 240.0, capped.answer
    assert ("14.1", "") in [(c.section, c.clause) for c in capped.citations]
    from assistant.calculators.router import route
    from assistant.scope import Scope
    from tests.assistant.test_fixture_deadlines import snapshot

    contract = _ingested(MARION)
    total = route("drove to Eugene and back, 130 miles round trip, IRS rate 70 cents a mile, and I paid $14.20 for lunch. "
                  "what's my total reimbursement?", snapshot(contract), Scope((contract.id,)), date(2026, 12, 3))
    assert total is None or total[0].tool is None, total[0].answer


def test_only_the_day_learned_under_a_whichever_is_earlier_rule_asks_the_day_it_happened():
    # Why: Boilermakers 10.01 a.i counts 14 days from the incident or from when one should have been aware, whichever is
    # earlier; the incident is on or before the day learned, so counting from the day learned can miss the deadline.
    # The day it happened, once told, decides: October 20 + 14 days.
    story = "we realized on nov 25 that the contractor has been shorting the guys on their travel allowance. deadline for " \
            "written notice of the difference?"
    asked = _conversation(BOILERMAKERS, date(2026, 12, 3), story)
    assert asked.needs == ["event date"] and "whichever is earlier" in asked.answer, asked.answer
    done = _conversation(BOILERMAKERS, date(2026, 12, 3), story, "the first short cheque was oct 20")
    assert done.tool is not None and done.tool.output["primary"]["value"] == "2026-11-03", done.answer


def test_bereavement_travel_out_of_state_asks_the_distance_and_the_reply_adds_the_travel_days(sample_snapshot):
    # Why: 8.3 C adds two days (16 hours) for travel over 400 miles one way; 'the funeral is out of state' does not say
    # how far, so the 24 hours alone could be short. 'about 650 miles' adds them: 24 + 16.
    question = "my grandmother passed and the funeral is out of state. full time permanent. how many hours of bereavement " \
               "leave in total?"
    asked, pending = ask(sample_snapshot, question, today=date(2026, 12, 3))
    assert asked.needs == ["distance"] and pending is not None, asked.answer
    done, _ = ask(sample_snapshot, "about 650 miles", today=date(2026, 12, 3), pending=pending)
    assert done.tool is not None and done.tool.output["primary"]["value"] == 40, done.answer


def test_vacation_pay_on_gross_wages_without_the_service_asks_for_it():
    # Why: Addendum 6.000's percent turns on years of service (6% to 10%); without them any figure is a guess.
    # '8 years' settles it: 8% of $2,500.00.
    question = "ltm here, grossed $2,500.00 this week with OT. what vacation pay % and how much?"
    asked = _conversation(BOILERMAKERS, date(2026, 12, 3), question)
    assert asked.needs == ["years of service"], asked.answer
    done = _conversation(BOILERMAKERS, date(2026, 12, 3), question, "8 years")
    assert done.tool is not None and done.tool.output["primary"]["value"] == 200.0, done.answer


def test_a_holiday_worked_without_its_hours_asks_for_them():
    # Why: TBS 11.05 pays double time for the first 8 hours worked and triple after; the pay turns on the hours.
    # '9' settles it: 8 hours' holiday pay + 8 × 2 + 1 × 3 = 27 × $30.00.
    question = "had to come in on boxing day. days, $30.00/hr. what's my pay for the holiday?"
    asked = _conversation(TBS, date(2026, 12, 28), question)
    assert asked.needs == ["hours worked"], asked.answer
    done = _conversation(TBS, date(2026, 12, 28), question, "9")
    assert done.tool is not None and done.tool.output["primary"]["value"] == 810.0, done.answer


def test_a_response_due_by_asks_the_day_it_was_raised():
    # Why: 'when does she have to get back to us by?' asks a date (Grinnell 7.2's five days), which needs the day the
    # concern was raised at step one; answered from the clause alone it would give no date.
    result = answer(_ingested(GRINNELL), "me and my steward raised my schedule cut with my supervisor at step one. when does "
                                         "she have to respond by?", date(2026, 12, 2))
    assert result.needs and result.tool.output["primary"]["type"] == "needs", result.answer
    assert any(c.section == "7.2" for c in result.citations), result.answer


def test_a_stand_in_day_belongs_to_the_holiday_beside_it():
    # Why: the public calendar's December 31, 2027 stands in for New Year's Day 2028 (a Saturday), not for New Year's
    # Day 2027, a Friday kept on its own date.
    result = answer(_ingested(MARION), "list our holidays for 2027", date(2026, 12, 2), tool="holidays")
    listed = {h["name"].split("’")[0]: h for h in result.tool.output["values"]["holidays"]}
    assert listed["New Year"]["observed"] == listed["New Year"]["date"] == "2027-01-01", listed["New Year"]


def test_a_decision_due_or_received_asks_when_its_clock_started():
    # Why: Marion 21.2 Step 3 counts from the day the Step 2 decision 'was due or received, whichever is earlier'; told
    # only the day it arrived, a late decision's due day (10 working days after the meeting) may come first, so the
    # meeting's date is asked for, and the reply completes the count.
    from assistant.calculators.router import route
    from assistant.scope import Scope

    marion = _ingested(MARION)
    routed = route("the step 2 answer came back denied on nov 30, the union is going to take it to arbitration. when do we "
                   "have to get our appeal in by?", snapshot(marion), Scope((marion.id,)), date(2026, 12, 2))
    assert routed is not None and routed[0].needs == ["date of the meeting"], routed
    assert any(c.section == "21.2" for c in routed[0].citations)


def test_daily_travel_from_the_halls_distance_asks_the_road_distance():
    # Why: Boilermakers 16.01 a pays a rate per road kilometre from the edge of the free zone; '120 km out from the
    # hiring hall' is where the job is (16.01 b's measure), so paying on it would be a wrong figure: the road distance
    # is asked for (rules data `ask_distance`), quoting the clause.
    result = answer(_ingested(BOILERMAKERS), "the plant is around 120 km out from the hiring hall, no bus, I drive. worked three "
                                             "days this week. how much daily travel?", date(2026, 12, 2), tool="travel")
    assert result.needs == ["road distance"], result.answer
    assert any(c.section == "16.01" for c in result.citations)


def test_pay_asked_as_what_the_check_shows_asks_the_rate():
    # Why: Marion 11.9 pays a call back in money at the overtime rate; 'how much will I see on my paycheck' asks money,
    # which needs the member's rate: it is asked for rather than answered in hours of credit.
    result = answer(_ingested(MARION), "they called me back last night, I pulled into the yard at 10:15pm and was done at "
                                       "11:30pm. I'm OT eligible. how much will I see on my paycheck for it?", date(2026, 12, 2),
                    tool="call_back")
    assert result.needs == ["hourly rate"], result.answer


def test_call_back_pay_asked_without_a_rate_asks_for_it():
    # Why: Marion 11.9 pays a call back in money at the overtime rate; 'what should that call back pay me?' asks the pay
    # (not 'how many hours'), which needs the member's rate: the hours of pay come with one line asking for it.
    result = answer(_ingested(MARION), "got called in at 2am for a sewer backup, at the plant 2:30, done 4:00. OT eligible. "
                                       "what should that call back pay me?", date(2026, 12, 2), tool="call_back")
    assert result.needs == ["hourly rate"], result.answer
    assert any(c.section == "11.9" for c in result.citations)


def test_a_word_number_after_a_is_that_number():
    # Why: 'a three-day suspension' is three days; read as 'a' (one) and 'three' it was four.
    amounts = read("A member got a three-day suspension and a two-day course", date(2026, 12, 2)).amounts
    assert [(a.value, a.unit) for a in amounts] == [(3.0, "days"), (2.0, "days")]
    assert [(a.value, a.unit) for a in read("worked twenty-one days", date(2026, 12, 2)).amounts] == [(21.0, "days")]


def test_a_ranges_total_is_spread_over_its_days():
    # Why: 'worked mon-wed (24 hrs)' is three 8-hour days; read as 24 hours each it made a 72-hour week.
    from assistant.calculators import week

    told = week.story("she worked mon-wed (24 hrs), then thu 8 and fri 8", lambda piece: False)
    assert told is not None and [(d.name, d.hours) for d in told.days] == [
        ("monday", 8.0), ("tuesday", 8.0), ("wednesday", 8.0), ("thursday", 8.0), ("friday", 8.0)]


def test_overtime_on_a_day_of_rest_without_its_hours_asks_for_them_and_the_reply_settles_them():
    # Why: TBS 15.13 pays pre-scheduled overtime on a day of rest at least four hours' pay; without the hours worked the
    # day's pay cannot be given, so they are asked for (quoting the minimum), and '1.5' then gives 4 × $30 = $120.
    from assistant.calculators.router import route
    from assistant.scope import Scope

    tbs = _ingested(TBS)
    scope = Scope((tbs.id,))
    first = route("they put me on pre-scheduled overtime this sunday, my day of rest, rate $30.00/hr. how much will I get paid "
                  "for sunday?", snapshot(tbs), scope, date(2026, 12, 2))
    assert first is not None and first[0].needs == ["hours worked"] and first[1] is not None, first
    assert any(c.section == "15.13" for c in first[0].citations)
    done = route("1.5", snapshot(tbs), scope, date(2026, 12, 2), first[1])
    assert done is not None and done[0].tool is not None and done[0].tool.output["primary"]["value"] == 120.0, done


def test_a_formal_grievance_after_an_informal_answer_asks_the_day_learned_for_its_cap(sample_snapshot):
    # Why: 6.7 A.2 gives fourteen days after the informal decision, but 6.7 B never more than twenty-one after the member
    # learned of the event; told only the decision's date, the day learned is asked for (quoting 6.7 B), and 'nov 2'
    # then gives Nov 23, before Nov 24 + 14.
    from assistant.calculators.router import route

    question = ("my supervisor gave me her answer on my informal grievance on nov 24. how long do i have to file the formal step 1 "
                "grievance, whats the last day?")
    first, pending = ask(sample_snapshot, question, today=date(2026, 12, 2))
    assert first.needs == ["event date"] and pending is not None, first.answer
    assert any(c.section == "6.7" and c.clause == "B" for c in first.citations), first.citations
    done = route("nov 2", sample_snapshot, None, date(2026, 12, 2), pending)
    assert done is not None and done[0].tool is not None and done[0].tool.output["primary"]["value"] == "2026-11-23", done


def test_a_day_of_the_month_told_with_its_weekday_is_the_nearest_such_day_to_the_date_before_it():
    # Why: after 'March 26, 2027', 'Thursday the 25th' is March 25 (a Thursday), not the next 25th after it (April 25).
    q = read("Good Friday is March 26, 2027, and they want us in Thursday the 25th and Friday the 26th.", date(2026, 12, 2))
    assert [d.value for d in q.dates] == [date(2027, 3, 26), date(2027, 3, 25), date(2027, 3, 26)]


def test_hours_told_by_weekday_are_not_days_of_the_month_and_a_threshold_passed_is_not_the_service():
    # Why: after 'Week of Nov 9', 'Tue 8' in a list of days' hours is Tuesday's 8 hours, not November 8 (which had been read
    # as December 8, 2027); 'now that im past my first 6 months' says the service is more than six months, not six.
    from assistant.calculators.triggers import _service_months

    assert [d.value for d in read("Week of Nov 9 I did Mon 10 hrs, Tue 8, Wed 6.", date(2026, 12, 2)).dates] == [date(2026, 11, 9)]
    assert [d.value for d in read("I missed mon nov 16, tues 17 and wed 18.", date(2026, 12, 2)).dates] == [
        date(2026, 11, 16), date(2026, 11, 17), date(2026, 11, 18)]
    question = read("how many vacation hours do i earn each month now that im past my first 6 months?", date(2026, 12, 2))
    assert _service_months(question)[0] is None
    evening = read("Finished my regular shift at 4 and went home. Around 8 my supervisor called, I got there at 8:30.",
                   date(2026, 12, 2))
    assert [c.hhmm for c in evening.clocks] == ["16:00", "20:00", "20:30"]


def test_a_new_one_line_question_is_settled_by_the_reply():
    # Why: a question asked back must lead somewhere. TBS 17.07: travel status leave without the nights away asks them,
    # and '52 nights' then gives 8 hours (40 nights earn 8). Marion 21.2: a Step 2 filing counts from the written request
    # for the Step 1 meeting, not the meeting; told it went in Nov 4, 40 working days (Veterans Day, Thanksgiving,
    # Christmas and New Year's Day skipped) give January 5.
    from assistant.calculators.router import route
    from assistant.scope import Scope

    for contract_id, question, reply, value in [
            (TBS, "I've been sleeping away from home on the Employer's business a lot since April. How many hours of travel "
                  "status leave have I got this fiscal year?", "52 nights", 8),
            (MARION, "Steward here. Member found out Nov 2 she was skipped for overtime. We had the Step 1 meeting with her "
                     "supervisor on Nov 16, no luck. When's the deadline for the union to file at Step 2?", "the request went "
                     "in Nov 4", "2027-01-05")]:
        contract = _ingested(contract_id)
        first = route(question, snapshot(contract), Scope((contract_id,)), date(2026, 12, 2))
        assert first is not None and first[0].needs and first[1] is not None, first
        done = route(reply, snapshot(contract), Scope((contract_id,)), date(2026, 12, 2), first[1])
        assert done is not None and done[0].tool is not None, done
        assert done[0].tool.output["primary"]["value"] == value, done[0].answer


def test_a_night_shift_with_holiday_pay_set_aside_is_not_a_holiday_shift():
    # Why: 'what's the call-out worth in wages, not counting vacation/holiday pay?' about a Sunday night call-out (8 pm to
    # 2:30 am) names holiday pay only to leave it out; read as a graveyard shift on a holiday it was paid at the holiday
    # rate, a wrong number. The same night with the holiday's pay asked is one.
    from assistant.calculators.triggers import _overnight_holiday_shift

    aside = read("Got an emergency call-out Sunday night. I was on site working from 8:00 p.m. until 2:30 a.m. Monday. My rate "
                 "is $50.00. What's the call-out worth in wages, not counting vacation/holiday pay?", date(2026, 12, 2))
    asked = read("I work graveyard, 10:00 p.m. to 6:30 a.m., and worked the shift that started on Thanksgiving night. My rate is "
                 "$30.00. What's my holiday pay for it?", date(2026, 12, 2))
    assert not _overnight_holiday_shift(aside)
    assert _overnight_holiday_shift(asked)


def test_a_day_learned_later_than_it_happened_is_asked_and_the_reply_counts():
    # Why: 'the change was effective october 30 but i didnt notice til a while later' under a limit counted from the day
    # the grievor is notified or first becomes aware (Ship Repair 19.15, 25 working days): counting from October 30 gave
    # a date that may be weeks too early; the day learned is asked, and the reply is counted from.
    from assistant.calculators.router import route
    from assistant.scope import Scope

    tbs = _ingested(TBS)
    scope = Scope((tbs.id,))
    routed = route("my acting pay got cut off, the change was effective october 30 but i didnt notice til a while later when i "
                   "was going through my stubs. whats the last day i can put in my grievance at the first level?",
                   snapshot(tbs), scope, date(2026, 12, 2))
    assert routed is not None and routed[1] is not None
    first, pending = routed
    assert first.needs and "learn" in first.answer, first.answer
    done = route("November 16", snapshot(tbs), scope, date(2026, 12, 2), pending)
    # 25 days from Monday November 16, Saturdays, Sundays and designated paid holidays excluded (none in the window).
    assert done is not None and done[0].tool is not None
    assert done[0].tool.output["primary"]["value"] == "2026-12-21", done[0].answer


def test_a_call_at_home_without_its_time_is_asked_when_the_time_decides_its_credit():
    # Why: Marion 11.10 adds 15 minutes for a call between 10 p.m. and 6 a.m.; 'Wednesday night I got a 12 minute call, I
    # honestly don't remember what time' was counted as a daytime call (54 minutes for 54 or 69). Its time is asked, and
    # the reply is that call's: 10 × 1.5 + 12 × 1.5 + 15 + 4 × 1.5 + 15.
    from assistant.calculators.router import route
    from assistant.scope import Scope

    marion = _ingested(MARION)
    scope = Scope((marion.id,))
    routed = route("I'm overtime eligible and took some work calls at home last week. Monday at 8:40 pm I had a 10 minute call. "
                   "Wednesday night I got a 12 minute call, I honestly don't remember what time. Then Saturday at 1:10 am a 4 "
                   "minute call. How much comp time should I have coming?", snapshot(marion), scope, date(2026, 12, 2))
    assert routed is not None and routed[1] is not None
    first, pending = routed
    assert first.needs == ["call times"], first.answer
    done = route("11:30 pm", snapshot(marion), scope, date(2026, 12, 2), pending)
    assert done is not None and done[0].tool is not None
    assert done[0].tool.output["primary"]["value"] == 69, done[0].answer


def test_a_move_to_a_night_crew_without_its_hours_asks_them():
    # Why: 'starting on the evening crew after the new year … how much extra will the shift differential add to each
    # biweekly paycheck?' quoted the clause with '50%' in bold (the part-time threshold) as if it were the answer; the
    # differential turns on the shift's hours, which are asked.
    result = answer(_ingested(MARION), "Hi! I'm full time and starting on the evening crew after the new year. How much extra "
                                       "will the shift differential add to each biweekly paycheck?", date(2026, 12, 2),
                    tool="night_shift")
    assert result.needs == ["shift start and end times"], result.answer


def test_part_of_a_week_on_a_premium_shift_asks_how_many_days_and_the_reply_settles_it():
    # Why: Ship Repair 15.06 pays fewer than three consecutive days on the evening or night shift at double time with no
    # premium; 'moving me onto nights … for part of next week' was answered with the premium a shift, which may be the
    # wrong pay altogether. The days are asked; two in reply are double time: 2 × 8 × 2 × $33.60.
    from assistant.calculators.router import route
    from assistant.scope import Scope

    tbs = _ingested(TBS)
    scope = Scope((tbs.id,))
    routed = route("They're moving me onto nights (2345-0815) for part of next week. I'm $33.60/hr. What will those night "
                   "shifts pay me?", snapshot(tbs), scope, date(2026, 12, 2))
    assert routed is not None and routed[1] is not None
    first, pending = routed
    assert first.needs == ["days on the shift"], first.answer
    done = route("2", snapshot(tbs), scope, date(2026, 12, 2), pending)
    assert done is not None and done[0].tool is not None
    assert done[0].tool.output["primary"]["value"] == 1075.2, done[0].answer


def test_a_call_back_with_notice_asks_when_the_work_began_and_the_reply_decides_the_minimum(sample_snapshot):
    # Why: 19.9 A: with notice before the shift ended, the 4-hour minimum applies only if the work began more than 3 hours
    # after it; 'before i clocked out … told me i'd have to come back later that night … worked an hour and a half' was
    # credited the minimum whenever it began. When the work began is asked; the reply decides it.
    question = ("before i clocked out yesterday my sup told me i'd have to come back later that night to deal with a delivery. "
                "i came back and worked an hour and a half. how many hrs credit do i get?")
    first, pending = ask(sample_snapshot, question, today=date(2026, 12, 3))
    assert first.needs == ["call-back start"] and pending is not None, first.answer
    late, _ = ask(sample_snapshot, "started at 9 pm, my shift ended at 4:30", today=date(2026, 12, 3), pending=pending)
    assert late.tool is not None and late.tool.output["primary"]["value"] == 4, late.answer
    soon, _ = ask(sample_snapshot, "started at 6 pm, my shift ended at 4:30", today=date(2026, 12, 3), pending=pending)
    assert soon.tool is not None and soon.tool.output["primary"]["value"] == 1.5, soon.answer


def test_the_total_to_be_paid_for_a_holiday_worked_asks_the_rate():
    # Why: 'whats the total i shud get paid for the day?' asks money; without the rate it was answered in hours of pay
    # (a figure read as dollars); the rate is asked.
    result = answer(_ingested(TBS), "they scheduled me in on labour day (normaly a workday for me) and i ended up doing 10 hrs. "
                                    "whats the total i shud get paid for the day?", date(2026, 12, 2), tool="holidays")
    assert result.needs == ["hourly rate"], result.answer


def test_a_limit_counted_from_the_notice_asks_its_day_and_the_reply_counts():
    # Why: Boilermakers 10.01 a.iv counts the formal grievance 21 days from the written notification; 'shorted … on Nov 5,
    # we couldn't settle it' gave only the incident's day, which was counted from as if it were the notice (a date too
    # early), and 'emailed the contractor about it sometime last month (not sure what day)' likewise. The notice's day is
    # asked; the reply is counted from.
    from assistant.calculators.router import route
    from assistant.scope import Scope

    boilermakers = _ingested(BOILERMAKERS)
    scope = Scope((boilermakers.id,))
    for question in ("Contractor shorted a member's travel allowance on Nov 5, we couldn't settle it. When's the last day to "
                     "submit the formal grievance?",
                     "contractor stopped paying the meal allowance on tuesday nov 10 and wont budge. the BA emailed the contractor "
                     "about it sometime last month (not sure what day). when is the deadline to get the formal written grievance in?"):
        routed = route(question, snapshot(boilermakers), scope, date(2026, 12, 2))
        assert routed is not None and routed[1] is not None
        first, pending = routed
        assert first.needs == ["date it was filed"], first.answer
        done = route("Nov 9", snapshot(boilermakers), scope, date(2026, 12, 2), pending)
        assert done is not None and done[0].tool is not None
        assert done[0].tool.output["primary"]["value"] == "2026-11-30", done[0].answer  # November 9 + 21 calendar days


def test_a_step_answer_come_back_asks_its_day_and_a_threshold_passed_is_asked_back(sample_snapshot):
    # Why: 'my first level reply came back denied and I want to go to the second level' is an appeal (Ship Repair 19.16 a)
    # counted from the day the decision came, which is asked; 'over 40 hours' is more than 40 by an amount not told, so it
    # is asked rather than read as 40 (no overtime), and the reply settles it; 'how much should I get for the holiday?'
    # without the hours worked asks them (7 J).
    result = answer(_ingested(TBS), "My first level reply came back denied and I want to go to the second level. What's the "
                                    "deadline date?", date(2026, 12, 2))
    assert result.tool is not None and result.tool.name == "grievance_deadline", result.answer
    assert result.needs == ["date the decision was received"], result.answer
    first, pending = ask(sample_snapshot, "I worked over 40 hours this week at $17.92 an hour. How much overtime pay do I get?",
                         today=date(2026, 12, 2))
    assert first.needs == ["hours worked that week"] and pending is not None, first.answer
    settled, _ = ask(sample_snapshot, "46 hours", today=date(2026, 12, 2), pending=pending)
    assert settled.tool.output["primary"]["value"] == 161.28, settled.answer
    holiday, _ = ask(sample_snapshot, "I worked Veterans Day and my rate is $20.00. How much should I get for the holiday?",
                     today=date(2026, 12, 2))
    assert holiday.tool is not None and holiday.tool.name == "holidays" and holiday.needs == ["hours worked"], holiday.answer


def test_calls_on_several_days_are_each_days_calls_with_its_window_and_next_shift(sample_snapshot):
    # Why: a week of call backs told day by day, one day with a second call inside the first's four hours (19.9 B) and
    # one running into the next shift (19.9 C), is each day's calls worked out on their own and added: Monday 4 hours
    # (the second call adds none), Thursday 4, Saturday's call from 6:00 until the 8:00 shift 2 hours.
    result, _ = ask(sample_snapshot, "my shift is 8 to 4:30. got called back with no notice: monday came in at 7 pm and worked "
                                     "till 8, then got called again at 9:30 pm and worked till 10:30. thursday 6pm-9pm. saturday "
                                     "they called me at 5:30 am, i was on site at 6 and just kept going into my 8am shift. how "
                                     "many hours of call back credit?", today=date(2026, 12, 2))
    assert result.tool is not None and result.tool.name == "call_back", result.answer
    assert result.tool.output["primary"]["value"] == 10, result.answer


def test_a_missing_count_is_asked_and_a_night_called_back_takes_only_that_night(sample_snapshot):
    # Why: daily cell phone duty 'this weekend' without its hours (Marion County 11.8 D), travel status 'a lot this fiscal
    # year' without the nights (Ship Repair 17.07) and a move 'to a 4x10 on the swing crew' without the shift's hours
    # are each asked, not answered from a clause alone; standby on three nights told 'each night (16 hrs)' with a call
    # back on one of them earns CTO on the other two (19.10 C, D); the time and a half 'plus the cash for the holiday
    # credit' is both (7 J).
    for contract, question, tool, need in (
            (MARION, "they assigned me the after-hours cell phone for daily duty this weekend. how much do i get paid for that?",
             "standby", "duty weeks or hours"),
            (TBS, "i've been away on travel status a lot this fiscal year for work. how many hours of travel status leave have i "
                  "earned so far?", "travel", "nights away"),
            (MARION, "they're moving me to a 4x10 on the swing crew next month. how much shift differential will I make a week?",
             "night_shift", "shift start and end times")):
        result = answer(_ingested(contract), question, date(2026, 12, 2), tool=tool)
        assert result.needs == [need], result.answer
    standby, _ = ask(sample_snapshot, "i was on standby mon thru wed nights this week, 5pm to 9am each night (16 hrs). got called "
                                      "back in tue night and got call back credit for it. how many hrs of CTO do i get for the "
                                      "standby?", today=date(2026, 12, 2))
    assert standby.tool.output["primary"]["value"] == 8, standby.answer
    holiday, _ = ask(sample_snapshot, "I worked my regular 8 hours on the day after Thanksgiving, Nov 27, and had over 40 hours that "
                                      "week. My rate is $20.00. The department pays holiday credit in cash. How much for the day - the "
                                      "time-and-a-half for the hours I worked plus the cash for the holiday credit?",
                     today=date(2026, 12, 2))
    assert holiday.tool.output["primary"]["value"] == 400, holiday.answer


def test_a_limit_counts_from_the_date_told_with_what_it_counts_from():
    # Why: Boilermakers 18.05 counts ten days 'after receiving the notification of the shortage in writing'; a story that
    # dates the short pay first and the written notice after it counts from the notice (November 2), not the pay day.
    from assistant.calculators import limits

    contract = _ingested(BOILERMAKERS)
    limit = limits.limits_in(contract, "18.05", "")[0]
    q = read("A member's pay on Thursday Oct 29, 2026 was short 6 hours. She notified payroll in writing on Monday, Nov 2. "
             "What's the latest date the employer can provide the adjustment?", date(2026, 11, 5))
    assert limits.start_date(q, limit) == date(2026, 11, 2)
    assert limits.start_date(q) == date(2026, 10, 29)  # without the limit, the first date told


def test_stays_past_a_days_end_told_by_the_clock_are_each_credited(sample_snapshot):
    # Why: a week told day by day with the holiday off and 'ordered me to stay late twice: tuesday till 5:40 and friday till
    # 6:20' after 8-5 days: the stays are 40 and 80 minutes past the end (bare times just past 5 are the evening's), each
    # credited on its own in 15-minute units (19.2 B.2: 45 and 75), 2 hours at time and a half.
    result, _ = ask(sample_snapshot, "checking my pay for the week of nov 9-13. wed was veterans day so i was off (holiday). worked "
                                     "mon tue thu fri 8-5 w/ lunch, 8 hrs each. my sup ordered me to stay late twice: tuesday "
                                     "till 5:40 and friday till 6:20. im $20.00/hr and theyre paying it as cash. how much OT pay?",
                    today=date(2026, 12, 2))
    assert result.tool is not None and result.tool.name == "overtime", result.answer
    assert result.tool.output["primary"]["value"] == 60, result.answer


def test_separate_day_trips_are_each_trips_meals_and_every_trips_miles(sample_snapshot):
    # Why: two day trips told one after the other, each with its times and meals, earn the meals each trip's own times
    # allow (12.1 A.2.c: Monday's breakfast at most $6 and dinner at most $18; Thursday's times earn none), and the miles of
    # both trips there and back (50 × 2 × 2 at $0.31, 12.1 F.1.a): $24.00 + $62.00.
    result, _ = ask(sample_snapshot, "Checking a travel claim. Her home and headquarters are both in Redding and she drove her own "
                                     "car (authorized) to a site 50 miles each way, two separate day trips, no overnight. Monday "
                                     "she left at 5:30 am and got home 7:30 pm: spent $8.00 breakfast, $12.00 lunch, $20.00 dinner. "
                                     "Thursday left 7:00 am, back 6:00 pm: $5.00 breakfast, $9.00 lunch. What's the most she can be "
                                     "reimbursed for meals and mileage combined?", today=date(2026, 12, 2))
    assert result.tool is not None and result.tool.name == "travel", result.answer
    assert result.tool.output["primary"]["value"] == 86.0, result.answer


def test_another_requests_answer_is_not_a_grievance_steps():
    # Why: 'put in a vacation request … when was she supposed to answer me by?' asks the answer to a vacation request
    # (Marion County 7.4), not the department head's answer to a grievance step, which had been counted from the
    # vacation's first day as if it were a meeting.
    from assistant.calculators.router import route
    from assistant.scope import Scope

    contract = _ingested(MARION)
    routed = route("put in a vacation request on mon nov 9 for this wed-fri (dec 2-4). my supervisor STILL hasnt approved or "
                   "denied it. when was she supposed to answer me by? im mon-fri", snapshot(contract), Scope((contract.id,)),
                   date(2026, 12, 1))
    assert routed is None or routed[0].tool is None or routed[0].tool.name != "grievance_deadline", routed[0].answer


def test_a_drive_to_a_funeral_without_its_distance_asks_it(sample_snapshot):
    # Why: 8.3 C adds travel days only past 400 miles one way; 'I have to drive out to <a city> for the funeral' says there
    # is a trip but not how long, so the total is asked for with the distance, not given as the leave alone.
    result, pending = ask(sample_snapshot, "my grandmother passed away and I have to drive out to Reno for the funeral. I'm "
                                           "permanent full time. how many hours can I take off in total?", today=date(2026, 12, 2))
    assert result.needs == ["distance"] and pending is not None, result.answer


def test_a_weeks_standby_nights_lose_only_the_night_called_back(sample_snapshot):
    # Why: 19.10 C / D: the nights of a 'Monday through Thursday' run told before their clock range and '(16 hours per
    # night)' are four periods, and a call back with call-back credit takes only its own night: 48 / 8 × 2 = 12 hours.
    result, _ = ask(sample_snapshot, "She was on standby Monday through Thursday nights this week, 5:00 p.m. to 9:00 a.m. each "
                                     "night (16 hours per night). Tuesday night she was called back to work and got call back "
                                     "credit. How many hours of CTO did she earn for the standby?", today=date(2026, 12, 4))
    assert result.tool is not None and result.tool.name == "standby", result.answer
    assert result.tool.output["primary"]["value"] == 12, result.answer


def test_money_asked_without_a_rate_or_an_end_time_asks_for_it_and_a_sick_rate_needs_the_fte():
    # Why: 'how much is that friday worth??' asks money, which needs the rate (Boilermakers 13.01 a (ii)); a call back told
    # by its start alone ('got to the site at 11pm') runs until the work ends (Marion 11.9), so the end is asked and a bare
    # time in reply settles it: 11 pm to 3:15 am is 4.25 hours × 1.5 × $29.10; sick leave 'per paycheck' after a move to
    # part time is earned in proportion to the FTE (Marion 8.2), asked for; a grievance's last day asked about a move onto
    # nights is the grievance's, not the night premium's (Ship Repair 19.15).
    from assistant.calculators.router import route
    from assistant.scope import Scope

    friday = answer(_ingested(BOILERMAKERS), "on 4x10s mon-thurs, they had me come in friday for a breakdown and i worked 11 hrs. "
                                             "how much is that friday worth??", date(2026, 12, 2), tool="overtime")
    assert friday.needs == ["hourly rate"], friday.answer
    marion = _ingested(MARION)
    called = answer(marion, "got called back sunday night, overtime eligible, rate $29.10. got to the site at 11pm. how much call "
                            "back pay do i get?", date(2026, 12, 2), tool="call_back")
    assert called.needs == ["call-back end"], called.answer
    first = route("got called back sunday night, overtime eligible, rate $29.10. got to the site at 11pm. how much call back pay "
                  "do i get?", snapshot(marion), Scope((marion.id,)), date(2026, 12, 2))
    assert first is not None and first[1] is not None
    settled = route("3:15am", snapshot(marion), Scope((marion.id,)), date(2026, 12, 2), first[1])
    assert settled is not None and settled[0].tool is not None
    assert settled[0].tool.output["primary"]["value"] == 185.51, settled[0].answer
    sick = answer(marion, "i went from full time to part time last month. how many hours of sick leave do i earn per paycheck now?",
                  date(2026, 12, 2), tool="leave_accrual")
    assert sick.needs == ["FTE"], sick.answer
    grieve = answer(_ingested(TBS), "my supervisor moved me off days onto nights with no notice and i want to grieve it. what's the "
                                    "last day i can file at the first level?", date(2026, 12, 2), tool="grievance_deadline")
    assert grieve.needs, grieve.answer


def test_a_call_into_the_shift_and_months_told_by_their_span_on_the_sample(sample_snapshot):
    # Why: 19.9 C: a call at 4:30 a.m. worked straight into a 7:00 a.m. shift is credited with the 2.5 hours before it (the
    # shift's start told first is not the call's time); 8.1 A: 'every pay period from December 2026 through May 2027 …
    # those six pay periods' after 33 months: 3 × 7 + 3 × 10.
    result, _ = ask(sample_snapshot, "My regular shift starts at 7:00 a.m. On Monday my supervisor called me at 4:30 a.m. and had me "
                                     "log in from home (an approved telework site), and I kept working straight into my regular "
                                     "shift. Nobody told me before my last shift ended. How many hours of call back credit do I "
                                     "get?", today=date(2026, 12, 2))
    assert result.tool is not None and result.tool.name == "call_back", result.answer
    assert result.tool.output["primary"]["value"] == 2.5, result.answer
    result, _ = ask(sample_snapshot, "Full-time member has completed 33 qualifying monthly pay periods of continuous service as of the "
                                     "end of November 2026. Assuming every pay period from December 2026 through May 2027 "
                                     "qualifies, how many hours of vacation credit will she earn for those six pay periods?",
                    today=date(2026, 12, 2))
    assert result.tool is not None and result.tool.name == "leave_accrual", result.answer
    assert result.tool.output["primary"]["value"] == 51, result.answer


def test_another_clauses_limit_and_a_formal_step_without_its_notice_are_not_counted_from_the_wrong_day():
    # Why: 'what's the latest date the contractor can pay the adjustment?' is the pay shortage clause's limit (Boilermakers
    # 18.05), not the grievance notice's (10.01), so no grievance step answers it; the formal grievance counts from the
    # written notice (10.01 a (iv)), which 'a job that started Nov 2' is not: the notice's day is asked.
    from assistant.calculators import limits
    from assistant.calculators.question import read as read_question
    from assistant.calculators.router import route
    from assistant.scope import Scope

    boilermakers = _ingested(BOILERMAKERS)
    question = ("One of our members was short about 10 hours on his weekly pay. He emailed the contractor about it on Monday, "
                "Nov 16 and they received it that day. Under the pay shortage clause, what's the latest date the contractor can "
                "pay the adjustment without owing the $100 a day?")
    closer = limits.closer_limit(read_question(question, date(2026, 12, 2)), boilermakers, "10.01")
    assert closer is not None and closer.section == "18.05"
    routed = route(question, snapshot(boilermakers), Scope((boilermakers.id,)), date(2026, 12, 2))
    assert routed is None or routed[0].tool is None or routed[0].tool.name != "grievance_deadline", routed[0].answer
    formal = answer(boilermakers, "The contractor shorted our members' travel pay on a job that started Nov 2. We've been talking "
                                  "with them for two weeks and it's not settled. What's our deadline to submit the formal "
                                  "grievance?", date(2026, 12, 2))
    assert formal.needs, formal.answer


def test_standby_nights_and_a_weekend_a_day_trip_claim_and_a_receipt_after_its_letters_date_on_the_sample(sample_snapshot):
    # Why: 19.10 C: three weeknights of 15 hours and a weekend from Friday 5 pm to Monday 8 am (63 hours) are 108 hours:
    # 13 full blocks of 8, 26 hours of CTO (the weekend was left out). 12.1: a same-day trip from 05:30 ('05:40' had
    # been read as 5:40 pm before the evening return) to 19:45 earns breakfast ($6 of $7) and dinner ($18 of $20), and
    # the claim as a whole adds the 120 miles at $.31. 6.12 A: the fourth level's answer 'didn't actually reach our office
    # until Tuesday, November 10' is its receipt, and 'so we blew the deadline on December 1' a steward's own sum: 30
    # days from receipt.
    result, _ = ask(sample_snapshot, "She was on required standby every weeknight Monday through Wednesday from 5 pm until 8 am the "
                                     "next morning, and then from Friday 5 pm straight through to Monday 8 am. Nobody made her "
                                     "come back in. How much CTO should she get for the standby?", today=date(2026, 12, 2))
    assert result.tool is not None and result.tool.name == "standby", result.answer
    assert result.tool.output["primary"]["value"] == 26, result.answer
    result, _ = ask(sample_snapshot, "Drove my own car (authorized) from Sacramento up to the Chico office and back the same day for a "
                                     "training. Left home at 05:30, got back at 19:45, 120 miles round trip. Meals: breakfast "
                                     "$7.00, lunch $11.00, dinner $20.00. No hotel. What's the most I can claim on my travel "
                                     "expense claim?", today=date(2026, 12, 2))
    assert result.tool is not None and result.tool.name == "travel", result.answer
    assert result.tool.output["primary"]["value"] == 61.2, result.answer
    result, _ = ask(sample_snapshot, "We took a grievance through Step 4 and DPA denied it. Their letter is dated October 28, 2026, but "
                                     "it didn't actually reach our office until Tuesday, November 10, 2026. A newer steward thinks "
                                     "we only had 21 days like the earlier steps, so we blew the deadline on December 1. What is "
                                     "the last day the Union can submit this grievance to arbitration?", today=date(2026, 12, 2))
    assert result.tool is not None and result.tool.name == "grievance_deadline", result.answer
    assert result.tool.output["primary"]["value"] == "2026-12-10", result.answer


def test_a_vulgar_fraction_is_read_as_its_decimal(shared_assistant):
    # Why: NFKC writes '2½' as '21⁄2', which a reader of numbers takes as twenty-one; a fraction alone is its decimal.
    # Asked whole (19.10 C): 16.5 hours of standby are two full blocks of 8, 4 hours of CTO (not 161 hours' worth).
    from assistant.text import normalize_text
    from tests.conftest import SAMPLE_ID

    assert normalize_text("Spent 2½ hrs, then ½ hour and 1 ¼") == "Spent 2.5 hrs, then 0.5 hour and 1.25"
    result = shared_assistant.answer("I was on standby for 16½ hours on Saturday. How much CTO do I get for it?", SAMPLE_ID,
                                     today=date(2026, 12, 2))
    assert result.tool is not None and result.tool.name == "standby", result.answer
    assert result.tool.output["primary"]["value"] == 4, result.answer


def test_meeting_to_pick_an_arbitrator_is_its_own_limit_and_the_2nd_notice_is_no_date(shared_assistant):
    # Why: 6.12 B: 'by when do the parties have to meet to pick an arbitrator?' asks the meeting's limit (seven calendar
    # days after the second notice is served), not the second notice's own six months; 'the 2nd notice' is an ordinal,
    # not the 2nd of a month.
    from tests.conftest import SAMPLE_ID

    question = ("union served the 2nd notice requesting arbitration on the state thurs dec 14 2000. by when do the parties have "
                "to meet to pick an arbitrator?")
    assert [d.value for d in read(question, date(2026, 12, 2)).dates] == [date(2000, 12, 14)]
    result = shared_assistant.answer(question, SAMPLE_ID, today=date(2026, 12, 2))
    assert result.tool is not None and result.tool.output["primary"]["value"] == "2000-12-21", result.answer


def test_overtime_a_check_already_paid_is_not_the_time_worked_and_the_shortfall_is_asked(sample_snapshot):
    # Why: 19.2 B: 'my check shows 1.5 hrs of OT' is what was paid, not the time worked; the stay past the regular 8-5 (to
    # 6:37 pm, 97 minutes) is credited in 15-minute units, a remainder of 7 minutes or more earning a full one: 1.75
    # hours at 1.5 × $20 = $52.50, of which $45 was paid: $7.50 short. The regular '8-5' is the schedule, not time worked.
    result, _ = ask(sample_snapshot, "week of nov 16 I worked my regular mon-fri 8-5 (40 hrs, no leave). wed the 18th my manager "
                                     "ordered me to stay late, pre-approved. I clocked out at 6:37pm and my regular shift ends at "
                                     "5:00. I make $20.00/hr. my check shows 1.5 hrs of OT at time and a half for that night. did "
                                     "they shortchange me? by how much?", today=date(2026, 12, 2))
    assert result.tool is not None and result.tool.name == "overtime", result.answer
    assert result.tool.output["primary"]["value"] == 7.5, result.answer


def test_the_shift_moved_to_is_the_one_whose_differential_is_asked(sample_snapshot):
    # Why: 11.5 A: 'currently on swing … they're moving me to grave 2230-0700' asks the differential of the new shift (six
    # hours between midnight and 6 a.m.: the second differential, $.50), not of the shift left (the first, $.40).
    result, _ = ask(sample_snapshot, "currently on swing 1500-2330 and I get the 40 cent diff. they're moving me to grave 2230-0700 "
                                     "(30 min lunch at 0230) starting the 1st. what's my night diff per hour going to be on grave?",
                    today=date(2026, 12, 2))
    assert result.tool is not None and result.tool.name == "night_shift", result.answer
    assert result.tool.output["primary"]["value"] == 0.5, result.answer
