"""Calculator questions written for these tests from the contract text (not from the gold set), each
worked by hand: the router must read the question, pick the tool and state the right result.

Runs without the index: the router needs only the parsed contracts.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from assistant.calculators.router import route
from assistant.scope import Scope
from assistant.snapshot import Snapshot
from tests.conftest import SAMPLE_ID

ASKED = date(2000, 6, 15)


@pytest.fixture(scope="module")
def sample_snapshot(sample_contract):
    return Snapshot(build="test", contracts={SAMPLE_ID: sample_contract}, chunks=[], bm25=None, store=None,  # type: ignore[arg-type]
                    embeddings=None)  # type: ignore[arg-type]


def ask(snapshot, question, today=ASKED, contract=None, pending=None):
    routed = route(question, snapshot, Scope((contract,)) if contract else None, today, pending)
    assert routed is not None, f"not routed: {question}"
    return routed


CASES = [
    # Grievance deadlines: two dates, a step response, an appeal, a management response, hours, out of class.
    ("I found out on Tuesday, May 2, 2000 that my overtime was paid at straight time. What's the last day I can file "
     "a grievance?", "grievance_deadline", "date", "2000-05-23"),
    ("The incident happened on Nov 28, 2000 but I didn't hear about it until December 4, 2000. When's my deadline to "
     "grieve?", "grievance_deadline", "date", "2000-12-25"),
    ("I got the step 2 decision on July 10, 2000. How long do I have to appeal?", "grievance_deadline", "date", "2000-07-31"),
    # A decision received, then the appeal of it filed: the response asked for is to that appeal (6.10 B, 30 days).
    ("Our step 3 decision came 5/1/2000. We appealed and it was received 5/20/2000. When's the response due?",
     "grievance_deadline", "date", "2000-06-19"),
    # 'take it further' after a step's decision is the appeal to the next step, not a new filing.
    ("Management turned our step 3 grievance down on 9/1/2000. What's our last day to take it any further?",
     "grievance_deadline", "date", "2000-10-01"),
    ("Our step 3 grievance was denied, we got it 9/1/2000. Last day to take it further?", "grievance_deadline", "date",
     "2000-10-01"),
    ("We received the third level response on 9/1/2000. What's the deadline to go to step 4?", "grievance_deadline",
     "date", "2000-10-01"),
    ("Management got our step 3 appeal on 10/2/2000. By when do they have to respond?", "grievance_deadline", "date",
     "2000-10-23"),
    ("My supervisor gave me his decision on our health and safety grievance at 3 pm on March 6, 2000. When is my "
     "deadline to appeal?", "grievance_deadline", "date", "2000-03-07"),
    ("My duties changed on February 1, 2000 and I've been working out of class since. What's the last day to file an "
     "out-of-class grievance?", "grievance_deadline", "date", "2000-05-31"),
    ("I filed my formal grievance on June 5, 2000. When should I get the step 1 response?", "grievance_deadline", "date",
     "2000-06-19"),
    ("The fourth level response arrived 1/5/2001. Last day for the union to request arbitration?", "grievance_deadline",
     "date", "2001-02-04"),
    ("I raised it informally with my supervisor on April 5, 2000 and he never answered. By when was he supposed to "
     "give his informal response?", "grievance_deadline", "date", "2000-04-12"),
    # Relative dates and a date without a year, counted from the day asked (June 15, 2000).
    ("I found out two weeks ago that I was skipped for overtime. When's the last day to file?", "grievance_deadline",
     "date", "2000-06-22"),
    ("I learned yesterday that my schedule was changed. Deadline to file a grievance?", "grievance_deadline", "date",
     "2000-07-05"),
    # Call-back from clock times, repeat calls, the next shift, notice before the shift ended; day-off meetings.
    ("I finished my shift at 4 pm and went home. They called me back in at 6 pm and I worked until 7:30 pm. How many "
     "hours do I get credited?", "call_back", "hours", 4),
    ("Called back at 9:30 pm, left at 11. How many hours of credit do I get?", "call_back", "hours", 4),
    ("I was called back at 5 am and worked until my regular shift started at 8 am. How much call back credit do I get?",
     "call_back", "hours", 3),
    ("I got called back after my shift and worked 5 hours. How many hours am I credited?", "call_back", "hours", 5),
    ("Before my shift ended my boss told me to come back at 7 pm. My shift ended at 5 pm and I worked 7 to 8:30 pm. "
     "How many hours do I get?", "call_back", "hours", 1.5),
    ("I had to attend a 2 hour training on my day off. How many hours will I be credited?", "call_back", "hours", 4),
    # The clock times of a day-off meeting, not the schedule's day or the week's hours (19.9 D): 7 am to 1 pm is 6 hours.
    ("I work 10-hour days Mon-Thu and had my 40 hours in already. They held a staff meeting on my day off, Friday, from "
     "7 am to 1 pm. How many hours of work time am I credited?", "call_back", "hours", 6),
    ("I was called in for a work assignment on my regular day off and it took 6 hours. How much credit do I get?",
     "call_back", "hours", 6),
    # Negation: not on standby, no overtime.
    ("I was not on standby, but they called me back at 8 pm and I worked until 9 pm. How many hours do I get?",
     "call_back", "hours", 4),
    ("I didn't get any overtime, but I was on standby for 16 hours. How much CTO do I get?", "standby", "hours", 4),
    # Overtime.
    ("I worked 37 minutes of overtime yesterday. How much CTO do I earn?", "overtime", "hours", 1.125),
    ("I worked 34 hours this week plus had 8 hours of holiday. How much overtime CTO do I get?", "overtime", "hours", 3),
    ("My boss made me stay 12 minutes late. How much overtime do I get credited?", "overtime", "minutes", 0),
    ("I make $20 an hour and worked 2 hours of overtime. How much will I be paid for it?", "overtime", "money", 60),
    # Standby and night shift.
    ("I was on standby from Friday night through the weekend, 56 hours total. How much CTO?", "standby", "hours", 14),
    ("I was on standby for 3 days. How much comp time do I get?", "standby", "hours", 18),
    ("I work 11 pm to 7:30 am. What night differential do I get per hour?", "night_shift", "rate", 0.5),
    ("My shift is 2 pm to 10:30 pm, what's my shift differential?", "night_shift", "rate", 0.4),
    ("I work 3 pm to 11:30 pm. How much night shift differential do I get per shift?", "night_shift", "money", 3.4),
    # Leave: service as years, months or a start date; sick leave; bereavement with travel and in-laws.
    ("I've been with the state 5 years. How much vacation do I earn per month?", "leave_accrual", "hours", 10),
    ("I started on March 1, 1995. How many hours of vacation do I earn each month?", "leave_accrual", "hours", 10),
    ("How much sick leave will I have after 3 years if I never use any?", "leave_accrual", "hours", 288),
    ("I'm half time, how much sick leave do I earn a month?", "leave_accrual", "hours", 4),
    ("How much vacation will I have after 18 months?", "leave_accrual", "hours", 126),
    ("After 25 years, how much vacation do I earn a month?", "leave_accrual", "hours", 14),
    ("My mother-in-law passed away. How many hours of bereavement leave can I use?", "leave_accrual", "hours", 24),
    ("I'm half time and my father died. How many hours of bereavement leave do I get?", "leave_accrual", "hours", 12),
    ("My sister died and the funeral is 250 miles away. How many hours off do I get?", "leave_accrual", "hours", 24),
    # Travel.
    ("I drove 212 miles in my personal car for a state meeting. How much mileage reimbursement?", "travel", "money", 65.72),
    ("I flew my own plane 300 miles on state business. What's the reimbursement?", "travel", "money", 150),
    ("What is the mileage rate per mile?", "travel", "rate", 0.31),
    ("I left for a training at 5:30 am on Monday, March 6, 2000 and got back at 8 pm on Wednesday, March 8, 2000. How "
     "much can I claim for meals and incidentals?", "travel", "money", 114),
    ("One-day trip: left at 5 am and got back at 7:30 pm. How much can I claim for meals?", "travel", "money", 24),
    ("What's the most I can get reimbursed for dinner while traveling?", "travel", "money", 18),
    # 6.12 B: the second notice for arbitration within six months of receiving the fourth-level response.
    ("we received the fourth level response on 3/31/2000 and already requested arbitration. when is the second notice "
     "due?", "grievance_deadline", "date", "2000-09-30"),
    # What was spent, up to each meal's maximum (8.2 rates: breakfast $6, dinner $18; no lunch on a one-day trip):
    # breakfast $4.25 + dinner $18 (spent $21) = $22.25.
    ("one day trip, left 5:45 am back 8:15 pm. breakfast was $4.25, lunch $9 and $21 for dinner. what do i get back for "
     "meals?", "travel", "money", 22.25),
    # Holidays.
    ("When is Veterans Day observed in 2000?", "holidays", "date", "2000-11-10"),
    ("What day is Christmas observed in 2005?", "holidays", "date", "2005-12-26"),
]


@pytest.mark.parametrize(("question", "tool", "kind", "value"), CASES)
def test_questions_written_from_the_contract(sample_snapshot, question, tool, kind, value):
    answer, pending = ask(sample_snapshot, question)
    assert pending is None and not answer.needs, answer.answer
    assert answer.tool is not None and answer.tool.name == tool, answer.answer
    primary = answer.tool.output["primary"]
    assert primary["type"] == kind, primary
    if isinstance(value, float):
        assert primary["value"] == pytest.approx(value), answer.answer
    else:
        assert primary["value"] == value, answer.answer
    # The lead line states the result, and every quote is word for word in the clause it cites.
    lead = answer.answer.split("\n", 1)[0]
    assert _stated(primary, lead), lead
    assert answer.citations


def _stated(primary, lead: str) -> bool:
    value = primary["value"]
    if primary["type"] == "date":
        day = date.fromisoformat(value)
        return f"{day:%B} {day.day}, {day.year}" in lead
    if primary["type"] == "money":
        return f"${value:,.2f}" in lead
    text = f"{value:.2f}".rstrip("0").rstrip(".") if isinstance(value, float) else str(value)
    return text in lead


MORE = [
    ("supervisor denied my vacation request on 4/14/2000, i want to grieve it. last day?", "grievance_deadline", "date",
     "2000-05-05"),
    ("When is the step 1 response due if I filed on March 15, 2000?", "grievance_deadline", "date", "2000-03-29"),
    ("I filed my step 2 appeal on May 1 2000, when does management have to answer by?", "grievance_deadline", "date",
     "2000-05-22"),
    ("got the 3rd level decision 6/2/2000 - how long to take it to DPA?", "grievance_deadline", "date", "2000-07-02"),
    ("The unsafe condition grievance: my supervisor's decision came at 10 am on May 5, 2000. Deadline to appeal?",
     "grievance_deadline", "date", "2000-05-06"),
    ("How many days do I have left to file a grievance if I found out on June 1, 2000?", "grievance_deadline", "days", 7),
    ("I was written up on March 20 and only learned about it in my file on April 2. Deadline to file a grievance?",
     "grievance_deadline", "date", "2000-04-23"),
    ("stayed 44.5 hrs this week, no holidays. how much OT credit?", "overtime", "hours", 4.5),
    ("they called me in at 2 am and i worked 2 hours, my regular shift starts at 7 am. how much call back time do i get?",
     "call_back", "hours", 4),
    ("I was on standby from Friday 5 pm to Monday 8 am. How much CTO do I earn?", "standby", "hours", 14),
    ("on call 7 days straight, how much comp time?", "standby", "hours", 42),
    ("I work graveyard 12 am to 8 am, what differential do I get?", "night_shift", "rate", 0.5),
    ("my schedule is 6pm-2:30am. night diff per hour?", "night_shift", "rate", 0.4),
    ("I've worked here 10 years 6 months full time, what's my vacation accrual rate per month?", "leave_accrual", "hours", 12),
    ("I'm 3/4 time with 12 years of service. How much vacation do I earn each month?", "leave_accrual", "hours", 9),
    ("I have 6 months in, how much vacation do I have?", "leave_accrual", "hours", 42),
    ("my grandpa passed away, how many days of bereavement leave do I get?", "leave_accrual", "days", 3),
    ("I used my car for a state trip, 87 miles round trip. Reimbursement?", "travel", "money", 26.97),
    # Several trips of the same distance: 3 round trips of 50 miles each = 150 miles × $0.31.
    ("drove my own car on state business, 3 round trips to the district office, 50 miles each round trip. how much "
     "mileage do i get?",
     "travel", "money", 46.5),
    ("drove 60 miles each way to a training in my own car. how much mileage?", "travel", "money", 37.2),
    ("What's the breakfast max when I travel?", "travel", "money", 6),
    ("Christmas falls on a Saturday in 2004 - what do I get for the holiday?", "holidays", "hours", 8),
    ("What day is Lincoln's Birthday in 2001?", "holidays", "date", "2001-02-12"),
    ("i got my step one denial back on 5/15/2000. whens the last day i can apeal it", "grievance_deadline", "date",
     "2000-06-05"),
    ("Step 2 decision recieved Aug 1 2000, what is the deadline to go to step three", "grievance_deadline", "date",
     "2000-08-22"),
    ("How long does the state have to answer my formal grievance if I turned it in on Feb 1, 2000? give me the date",
     "grievance_deadline", "date", "2000-02-15"),
    ("My supervisor changed my hours on 3/1/2000 but didnt tell me til 3/15/2000. last day to grieve?",
     "grievance_deadline", "date", "2000-04-05"),
    ("The DPA got our step 4 appeal on July 3, 2000. When's their response due?", "grievance_deadline", "date",
     "2000-08-02"),
    ("when do we need to request arbitration if the 4th level response came 11/20/2000", "grievance_deadline", "date",
     "2000-12-20"),
    ("Our H&S grievance decision from my supervisor was received at 4:15 pm on 6/9/2000. What's the deadline to appeal "
     "to the second level?", "grievance_deadline", "date", "2000-06-10"),
    ("I learned of the violation last Monday. When is my deadline to file a grievance?", "grievance_deadline", "date",
     "2000-07-03"),
    ("worked 9 min of ordered OT today, do i get anything?", "overtime", "minutes", 0),
    ("i put in 45 hrs this week incl. the 8 hr holiday on monday. how much CTO will i get", "overtime", "hours", 7.5),
    ("im on standby every other weekend, 48 hrs each time. how much CTO per weekend?", "standby", "hours", 12),
    ("how much night differential for a 4pm to 12:30am shift per hour", "night_shift", "rate", 0.4),
    ("I was called back at 11:30 pm and my shift starts at 2 am, worked till 1:45. credit?", "call_back", "hours", 2.5),
    ("They called me back 2 hours after my shift ended and I worked 45 minutes. How many hours do I get credited?",
     "call_back", "hours", 4),
    ("mandatory training on my rdo lasted 3 hrs. credited hours?", "call_back", "hours", 4),
    ("how much vacation do i get after 3 years full time? per month", "leave_accrual", "hours", 7),
    ("I've been full time for 40 months. What's my vacation balance if I never used any?", "leave_accrual", "hours", 292),
    ("sick leave accrual after 6 months?", "leave_accrual", "hours", 48),
    ("my wife died. bereavement hours?", "leave_accrual", "hours", 24),
    ("my stepdaughter passed and the service is 500 miles away. how many hours total?", "leave_accrual", "hours", 40),
    ("how much for lunch on travel status", "travel", "money", 10),
    ("Does Independence Day 2004 fall on a weekend and when is it observed?", "holidays", "date", "2004-07-05"),
    ("What holidays do we get in 2002?", "holidays", "count", 12),
    ("The agency posted the overtime list on Sept. 5, 2000 and skipped me. I saw it on Sept 12, 2000. Whats my deadline "
     "to file?", "grievance_deadline", "date", "2000-10-03"),
    ("My step 1 grievance was submitted 10/16/2000. What is the last day management can respond?", "grievance_deadline",
     "date", "2000-10-30"),
    ("Got the informal decision from my sup on 4/20/2000, I learned of the problem 4/10/2000. When do I need to file the "
     "formal grievance by?", "grievance_deadline", "date", "2000-05-01"),
    ("how long do i have to take my grievance to arbitration after getting DPA's answer on 5/5/2000?",
     "grievance_deadline", "date", "2000-06-04"),
    ("I worked 1 hour 50 minutes of overtime. How much CTO?", "overtime", "hours", 2.625),
    ("I have 16 hours of standby this weekend plus 8 more hours Monday night. how much CTO?", "standby", "hours", 6),
    ("I work 7 pm to 3:30 am, how much night shift differential per hour?", "night_shift", "rate", 0.4),
    ("How many hours of vacation will I have after 5 years if I never take any?", "leave_accrual", "hours", 492),
    ("how many hours of sick leave after 10 months for a 4/5 time employee", "leave_accrual", "hours", 64),
    ("my father in law died, how much time off?", "leave_accrual", "hours", 24),
    ("My son died and I have to fly 2,000 miles to the funeral. How many hours of bereavement leave total?",
     "leave_accrual", "hours", 40),
    ("I flew my private plane 120 statute miles on state business. How much?", "travel", "money", 60),
    ("How many contract holidays fall on a Saturday in 2005?", "holidays", "count", 2),
    ("I found out on the 5th that they gave my overtime to someone else. When's my last day to file a grievance?",
     "grievance_deadline", "date", "2000-06-26"),
    ("i learned a couple weeks ago that i was passed over. deadline to file?", "grievance_deadline", "date", "2000-06-22"),
    ("It was the 3rd step decision. I got it 6/1/2000. Deadline to appeal?", "grievance_deadline", "date", "2000-07-01"),
    # The balance said as where one is sitting: 238 + 3 × 1.5 = 242.5 against the 240-hour cap, 2.5 paid in cash.
    ("currently at 238 hrs of comp time. had to work 3 hours of overtime yesterday, how much of it gets paid in cash "
     "because of the cap?", "overtime", "hours", 2.5),
    ("I have 235 hours of CTO banked and just worked 4 hours of overtime. How many hours will be paid in cash?",
     "overtime", "hours", 1),
    ("I already have 200 hours of CTO. If I work 6 hours overtime how much CTO do I get?", "overtime", "hours", 9),
    ("I worked my 40 hours and then 8 hours on Labor Day. What do I get for working the holiday, in hours?", "holidays",
     "hours", 20),
    # With the member's rate, the result is in dollars: 20 hours of pay × $20.
    ("I worked 8 hours on Labor Day 2000 and my rate is $20 an hour. How much do I get paid for that day?", "holidays",
     "money", 400),
    # A week's total with its minutes ('42 hours 22 minutes for the regular work week'): 2 h 22 min over 40,
    # credited as 2.5 hours, paid at time and one-half of a rate written before the amount.
    ("I was orderd to work overtime and ended up at 42 hours 22 minutes for the regular work week. My hourly rate is "
     "$16.00. How much overtime pay should I get?", "overtime", "money", 60),
    # A year the question names on its own applies to a date written without one.
    ("This was back in 1999: I found out on March 3 that I'd been skipped for overtime. What was the last day to file "
     "a grievance?", "grievance_deadline", "date", "1999-03-24"),
    # A balance on a day the question names counts service to that day, not to today: started March 1, 1999,
    # so by October 1, 1999 seven months (the 42-hour bonus after six, then 7 hours for month seven).
    ("I began full time on March 1, 1999 and have not taken any vacation. How many vacation hours will I have on "
     "October 1, 1999?", "leave_accrual", "hours", 49),
    # 'July 4' names the holiday (Independence Day) as surely as its name does.
    ("I worked my 40 hours that week and then 8 hours on July 4th 2000. What do I get for working it, in hours?",
     "holidays", "hours", 20),
    # '40 hours' after 'past my' is the week, not time worked: 35 minutes over = 2 × 15 + 5 (under 7) → 30 min, × 1.5.
    ("Stayed 35 minutes past my 40 hours on Friday, how much CTO?", "overtime", "hours", 0.75),
    # A bare '18.50 an hr' is a rate, not an hour worked: 5 hours × $18.50 × 1.5.
    ("they want me 5 hrs OT on top of my 40 this week and im paid 18.50 an hr, theyre paying it as cash. how much is "
     "that", "overtime", "money", 138.75),
    # 'Under 19.2 H' names a clause, not 19.2 hours: 12 hours → 18 CTO; 225 + 18 = 243, 3 over the 240 cap.
    ("I have 225 hours of CTO banked and worked 12 hours of overtime. Under 19.2 H how many hours get paid in cash?",
     "overtime", "hours", 3),
    # Hours a day over a span of days: 9 hours Monday through Thursday = 36, + 7 on Saturday = 43 → 3 over 40 → 4.5 CTO.
    ("I put in 9 hours a day Monday through Thursday and then 7 hours on Saturday. How much CTO is that?", "overtime",
     "hours", 4.5),
    # A holiday off in the week counts as a normal day worked (7 I): 8 × 3 days + 8 holiday + 10 Saturday = 42 → 2 over.
    ("Veterans Day fell on a Tuesday and I had it off, then I worked 8 hours Wednesday through Friday and 10 "
     "hours on Saturday. How many hours of CTO do I get?", "overtime", "hours", 3),
    # Standby given per night over a span: 12 hours a night, Friday to Sunday = 36 hours → 4 blocks × 2 = 8 CTO; a call
    # back that never happened ('never got called in') does not make it a call-back question.
    ("I was on standby 12 hours a night Friday through Sunday nights and never got called in. How much CTO?",
     "standby", "hours", 8),
    # Holiday work pay for the hours worked alone, as asked: 6 × 1.5 × $20 (the 8-hour holiday credit left out).
    ("I worked my 40 hours that week and 6 hours on Labor Day at $20/hr. What is my pay just for the hours I actually "
     "worked, not counting the holiday credit?", "holidays", "money", 180),
    # … said another way: 10 × 1.5 × $18 = $270, the holiday credit aside.
    ("full time, got my 40 in that week, worked 10 hrs on the 4th of july. $18/hr. how much do the hrs i actually worked pay? "
     "i don't care about the holiday credit.", "holidays", "money", 270),
    # Standby from clock times; a call back with call-back credit earns no standby credit for it (19.10 D).
    ("i was on standby sunday 6am to 6pm, got called in at 2 and got call back credit. how much standby cto do i "
     "get?", "standby", "hours", 0),
    # Without a call back: 6 am to 6 pm is 12 hours → one 8-hour block → 2 hours CTO.
    ("i was on standby sunday 6am to 6pm and nobody called. how much standby cto?", "standby", "hours", 2),
    # A call back on one night of a run of nights takes that night's standby credit only (19.10 D): Sat and Sun
    # 8 a.m. to 8 p.m. is 24 hours; Sunday's call back leaves Saturday's 12 → one 8-hour block → 2 CTO.
    ("on standby sat + sun 8am to 8pm both days. sunday afternoon they called me back in and i got call back credit "
     "for it. saturday was quiet. how much standby cto do i get?", "standby", "hours", 2),
    # Meals and mileage asked together are added (12.1 A, F.1.a): breakfast $5 and dinner $15 spent under their
    # maximums, no lunch on a one-day trip, + 120 miles × $0.31 = $57.20.
    ("drove my own car to an all-day meeting 60 miles from home and office. left at 6:00 am, back at 8:00 pm, 120 miles "
     "round trip. breakfast was $5, dinner $15. what's my total for meals and mileage?", "travel", "money", 57.2),
    # 12.1 F.4: driven to the airport and the car taken back: twice the less of home and office (12 mi) × $0.31; from
    # home (30 mi) when leaving an hour or more before the usual time.
    ("My husband is dropping me off at the airport in my own car for a state trip and driving it back. I leave home at "
     "7:00, about when I normally leave at 7:30. Airport is 30 miles from home and 12 miles from my office. How much "
     "mileage can I claim?", "travel", "money", 7.44),
    ("My husband is dropping me off at the airport in my own car for a state trip and driving it back. I leave home at "
     "5:00 am; normally I leave at 7:30. Airport is 30 miles from home and 12 miles from my office. How much mileage "
     "can I claim?", "travel", "money", 18.6),
    # Side Letter 17 A: toll collectors qualify with three hours in a window (6 to 9:30 pm is 3.5); others need four.
    ("caltrans toll collector here, my shift is 2:30 pm to 9:30 pm. how much night differential per hour do i get?",
     "night_shift", "rate", 0.4),
    # The shifts worked (not the ones scheduled) set how many the differential is for: 3 × 8 h × $0.40 (11.5 A.1).
    ("I work 3 p.m. to 11:30 p.m. with a half-hour meal. Scheduled Mon-Fri but I worked Mon thru Wed this week. How "
     "much night differential do I get?", "night_shift", "money", 9.6),
    # … or the days the asking part names: 2 × $3.20.
    ("on 3pm-11:30pm w a 30 min meal. what night diff should i get for thurs and fri?", "night_shift", "money", 6.4),
    # A condition after the question is not a monthly rate asked: 4 years in → 10 hours a month × 3 months (8.1 A).
    ("full time, 4 years of service. how much vacation will i rack up over the next 3 months, assuming each month "
     "counts?", "leave_accrual", "hours", 30),
    # A clock range written beside a span of days is each day's: 3 nights × 8 hours = 24 → 3 blocks → 6 CTO (19.10 C).
    ("on standby 6pm to 2am tue thru thu, nobody called. how much cto?", "standby", "hours", 6),
    ("Mon-Fri 10 p.m. to 6 a.m. on standby, never called in. How much CTO?", "standby", "hours", 10),
    # 'well under the cap' is a remark, not a question about the cap: 5 years → 10 hours a month × 4 (8.1 A).
    ("full time, 5 years in. how much vacation will i earn over the next 4 months? i'm well under the cap",
     "leave_accrual", "hours", 40),
    # … and a call back not placed on one of them still takes all (4 nights × 16 hours, called in, credited: none).
    ("I was on standby Monday through Thursday nights, 5 p.m. to 9 a.m. each night, and got called back and "
     "received call back credit. How much standby CTO?", "standby", "hours", 0),
    # Vacation carried into the next year: the balance up to the 400-hour cap (8.1 J).
    ("I'll have 430 hours of vacation on December 31. How many can I carry over into next year?", "leave_accrual",
     "hours", 400),
    ("I'll have 350 hrs of vacation at year end, how much rolls over?", "leave_accrual", "hours", 350),
    # 'get back to me' after talking to the supervisor: the supervisor's informal response, 7 days (6.6).
    ("I spoke with my supervisor about my grievance on Monday, May 8, 2000. When does he have to get back to me?",
     "grievance_deadline", "date", "2000-05-15"),
    # 'have to respond' is the verb even where 'level of appeal' names who responds: Step 1 response, 14 days (6.7 E).
    ("Our formal grievance was filed on 3/6/2000. By when does the first level of appeal have to respond?",
     "grievance_deadline", "date", "2000-03-20"),
    # A year's accrual from service: 5 years in (10 hours a month from month 37) → the next 12 months, 120 hours.
    ("I've been full time for 5 years. How many vacation hours do I earn per year?", "leave_accrual", "hours", 120),
    # Called back, on site at a clock time, the next shift starting soon after: credit only to the shift (19.9 C).
    ("They called me back in the middle of the night. I got to work at 5:30 a.m. and my regular shift starts at "
     "8:00 a.m. How much call back credit?", "call_back", "hours", 2.5),
    # An '8-hour shift on' the holiday is the hours worked on it; 'what's the pay' asks for the money: 8 × 1.5 × $20.
    ("I worked my 40 hours that week, including an 8-hour shift on Labor Day 2000. What's the pay for the hours I "
     "worked on the holiday, not counting the holiday credit, at $20 an hour?", "holidays", "money", 240),
    # Hours 'each' over the days named before them: 2 × 16 = 32 hours of standby → 4 blocks → 8 CTO.
    ("on standby sat and sun, 16 hrs each, nobody called. how much cto", "standby", "hours", 8),
    # A clock time written before its day: 6:00 p.m. Friday to 10:00 a.m. Saturday is 16 hours → 2 blocks → 4 CTO.
    ("I was on standby from 6:00 p.m. Friday until 10:00 a.m. Saturday. How much CTO?", "standby", "hours", 4),
    # Clock times in words, from arrival to leaving, after a full week: 8:30 to 11:45 is 3 h 15 min → × $20 × 1.5.
    ("I'd already done my 40 hours, then they had me come in Sunday. Got there at half past eight and left at a "
     "quarter to twelve. I'm paid $20.00 an hour, cash. What does the overtime come to?", "overtime", "money", 97.5),
    # Past the regular shift's end ('8-5'), an hour's lunch not counted: 5 pm to 7:40 pm = 2 h 40 min → 2.75 h × 1.5.
    ("my regular schedule is 8-5 with an hour lunch. tuesday i stayed and didnt leave til 7:40pm. how much CTO?",
     "overtime", "hours", 4.125),
    # A week's total payroll quotes is not more time; a holiday had off is a normal day worked (7 I):
    # 9 × 3 (Wed-Fri) + 9 holiday + 6 Saturday = 42 → 2 hours over → × $18 × 1.5.
    ("I had Tuesday the 11th off for Veterans Day, then worked 9 hours Wednesday through Friday and 6 hours on "
     "Saturday. Payroll says I only worked 33 hours. I make $18 an hour, paid in cash. How much overtime pay?",
     "overtime", "money", 54),
    # Several standby periods each count: 6 p.m. to midnight twice = 12 hours → one 8-hour block → 2 CTO (not the
    # 24 hours from Friday 6 p.m. to Saturday 6 p.m.).
    ("on standby Friday 6 p.m. to midnight and Saturday 6 p.m. to midnight, never called. how much CTO?", "standby",
     "hours", 2),
    # Four-digit times after a day's short name or 'starts': sat 2200 to tues 1400 is 64 hours → 8 blocks → 16 CTO.
    ("standby sat 2200 thru tues 1400, nobody called me. how much cto", "standby", "hours", 16),
    # Called in before the shift, reporting at 0515 with the shift starting 0800 (within 4 hours of it): credit only
    # for the 2.75 hours before the shift (19.9 C), not the 4-hour minimum.
    ("they called me in early today, i clocked in at 0515 and my shift starts 0800. how much call back credit?",
     "call_back", "hours", 2.75),
    # One range each night over a span of nights: 6 p.m. to 6 a.m. is 12 hours × 3 nights = 36 → 4 blocks → 8 CTO.
    ("I was on standby Tuesday through Thursday nights, 6 p.m. to 6 a.m. each night, and never got a call. How "
     "much CTO?", "standby", "hours", 8),
    # A year the story names ('this was all in 2000') beats one counted from today for its dates: Feb 10 + 21 days
    # in the leap year 2000 is March 2.
    ("They posted the overtime list on February 3 and skipped me, I only saw it on February 10. This was all in 2000. "
     "What's my last day to file a grievance?", "grievance_deadline", "date", "2000-03-02"),
    # Learned of it later than it happened: the day learned starts the 21 days, and is the cap's day too.
    ("They moved my shift on a notice dated May 3, 2000 while I was on vacation; I didn't hear about it until I came "
     "back on May 22, 2000. When is my last day to file a formal grievance?", "grievance_deadline", "date", "2000-06-12"),
    # 'is it … or what?? whats the last day': the short last question leans on the one before it.
    # 'last night … around 9': an evening call; 'out by 11' ends the work, not the next morning's shift at 8.
    ("My hours are 8 to 5. Last night around 9 the office manager phoned and asked me to come in and reboot the "
     "phones. Nobody warned me before I went home. Got there at 9:45 pm and I was out by 10:30. Back on shift at 8 "
     "this morning. How many hours of work time do I get for last night?", "call_back", "hours", 4),
    # 'ordered me back in' and 'got a call' are call-backs; a 'mtg' on a day off is credited the day-off minimum.
    ("I clocked out at 5 pm with no word about coming back. At 8:30 pm the manager ordered me back in to fix the "
     "alarm; I got there at 9 and left at 10. Next shift is 8 am. How many hours of work time do I get?",
     "call_back", "hours", 4),
    ("had to sit in on a 1 hr staff mtg on my rdo. how many hours do i get credited", "call_back", "hours", 4),
    # A denial received late is when it was learned: 21 days from May 15, 2000, not from the May 2 denial.
    ("My shift-change request was turned down on May 2, 2000, but the denial memo sat in the wrong inbox and I didn't "
     "get it until May 15, 2000. Last day to file a formal grievance?", "grievance_deadline", "date", "2000-06-05"),
    # 'If they take every day they're allowed': the Step 3 answer is due 21 days after the appeal (6.9 B), and the
    # Step 4 appeal is 30 days after that answer (6.10 A): Aug 1 + 21 = Aug 22; + 30 = Sept 21, 2000.
    ("We filed our step 3 appeal on August 1, 2000. If management takes every day they're allowed to answer, what's "
     "the last day to appeal to step 4?", "grievance_deadline", "date", "2000-09-21"),
    # 'qualify for a night shift differential … how much an hour' asks the hourly rate, not the per-shift sum.
    ("I work 3:00 pm to 11:00 pm. Would I qualify for a night shift differential, and what's it worth an hour?",
     "night_shift", "rate", 0.4),
    # Hours worked 'on the 4th' in the week of a named holiday are the holiday's: 8 × 1.5 + 8 holiday credit = 20.
    ("Full-time permanent. Week of July 4, 2000 I put in my usual 8 hours a day, 8 hours on the 4th included since "
     "the counter stayed open. With the premium and the holiday credit, how many hours' worth is the 4th?",
     "holidays", "hours", 20),
    # The day vacation is first credited: six months of service from June 1, 2000 → December 1, 2000.
    ("I came on full time June 1, 2000. When do I first get vacation credited?", "leave_accrual", "date",
     "2000-12-01"),
    # 'over the next 12 months' is a span ahead, not service: 40 months in → 10 hours a month × 12 = 120.
    ("I'm full time with 40 months of service. How much vacation do I earn over the next 12 months?",
     "leave_accrual", "hours", 120),
    # Sick leave for a half-time base over 'the next 3 full months': 4.00 a month (7 L) × 3 = 12.
    ("I'm half time. How much sick leave do I build up over the next 3 full months?", "leave_accrual", "hours", 12),
    # Never told to be available: not standby (19.10 A), so no standby CTO, cited.
    ("Nobody put me on standby this weekend, but my lead phoned me Saturday to ask where a file was. Do I earn any "
     "standby CTO for that?", "standby", "hours", 0),
    # A time base 'moved to 2/5' reads the part-time chart: 3.20 hours of sick leave a month (7 L).
    ("They moved my time base to 2/5 in March. How much sick leave do I earn a month now?", "leave_accrual", "hours",
     3.2),
    # Talking to the supervisor is the informal step; 'what day does he have to answer me by' is its response
    # (7 calendar days, 6.6): Wednesday May 3, 2000 + 7 = May 10.
    ("I talked to my supervisor about my shift change on Wednesday May 3, 2000 and he said he'd get back to me. "
     "What day does he have to answer me by?", "grievance_deadline", "date", "2000-05-10"),
    # A pay period counts with 11 or more working days of service (8.1 B): a February 7, 2000 start counts February,
    # so by November 1 nine periods are credited: the 42-hour bonus after six, then 3 × 7 = 63. A February 22 start
    # has six working days left in February, which does not count: eight periods, 42 + 2 × 7 = 56.
    ("I started full time on February 7, 2000 and have used no vacation. How many vacation hours will I have on "
     "November 1, 2000?", "leave_accrual", "hours", 63),
    ("I started full time on February 22, 2000 and have used no vacation. How many vacation hours will I have on "
     "November 1, 2000?", "leave_accrual", "hours", 56),
    # A holiday-work question that also asks 'anything on top?' is still calculated: 8 × 1.5 × $20 = $240 for the
    # hours worked, the 8 hours of holiday credit stated as coming on top.
    ("permanent full time, had my 40 in that week and got told to work 8 hrs on july 4 2000. i make $20/hr. what do i "
     "get for the hours i worked on the 4th, and is there anything on top?", "holidays", "money", 240),
    # A call's time said before the call ('then at 9:30 pm my boss called me in again'): the second call began within
    # the first one's four hours (19.9 B), so no second minimum; the work ran to 11:30, so 6 pm to 11:30 pm = 5.5 hours.
    ("Got called back at 6 pm and worked till 7. Then at 9:30 pm my boss called me in again and I worked until 11:30. "
     "How many hours total do I get credited?", "call_back", "hours", 5.5),
    # The first day of a trip of more than 24 hours, from the departure alone (12.1 A.2.a): leaving 5:30 am → breakfast,
    # lunch and dinner, $6 + $10 + $18 = $34; no incidentals until a full 24 hours.
    ("Heading out at 5:30 am Tuesday on a four-day work trip, way over 50 miles. What's the max I can claim for meals "
     "on the first day?", "travel", "money", 34),
    # 'how many hours am I over the carry-over max?' asks the excess (8.1 J: 400): 455 − 400 = 55.
    ("My vacation balance will be 455 hours on December 31, 2000. How many hours am I over the carry-over max?",
     "leave_accrual", "hours", 55),
    # A 'refresher' on a day off is a training on a day off (19.9 D): a 4-hour minimum.
    ("They made me come in for a first-aid refresher on Sunday, my regular day off. It ran 90 minutes. How many hours "
     "do I get credited?", "call_back", "hours", 4),
    # 'I was NOT on standby … a coworker says I'm owed standby CTO': the member's own word is the one that counts.
    ("I wasn't on standby this weekend and nobody asked me to be reachable. My lead called once on Sunday. A friend "
     "says I'm owed standby CTO anyway. How much standby CTO do I get?", "standby", "hours", 0),
    # 'do we get the friday or the monday off?' for November 11 on a Saturday: the Friday before (7 G), Nov 10, 2006.
    ("veterans day 2006 lands on a saturday. will we get the friday or the monday off?", "holidays", "date",
     "2006-11-10"),
    # 'on the books right now' is the balance: started July 12, 1999 (14 working days left in July: counted), so by
    # January 20, 2000 six pay periods are credited: the 42-hour bonus.
    ("I started full time on July 12, 1999. It's January 20, 2000 now and I've taken no time off. How many vacation "
     "hours should be on the books right now?", "leave_accrual", "hours", 42),
    # '14 days from her answer to file the formal grievance' asks the filing (6.7 A.2), not an appeal: the answer came
    # March 14, 2000, so 14 days is March 28, but 6.7 B caps it at 21 days from March 1, when it was learned: March 22.
    ("Learned of the problem on March 1, 2000 and raised it with my supervisor on March 3. She got back to me on March "
     "14 with a no. Is it 14 days from her answer to file the formal grievance? whats my real last day", "grievance_deadline",
     "date", "2000-03-22"),
    ("i learned of it may 1 2000 and talked to my supervisor informally, got her answer may 8 2000. do i get 14 days "
     "from her answer to file the formal step 1 or not?? whats the last day", "grievance_deadline", "date", "2000-05-22"),
    # 6.8 A: 21 calendar days after the step 1 decision; 'push it up to step 2' is the appeal.
    ("the step 1 answer came back june 5 2000 and it's a no. last day to push it up to step 2?", "grievance_deadline",
     "date", "2000-06-26"),
    # 7 I and 19.2 B: the holiday off counts as time worked, so 32 + 8 + 4 = 44 hours, 4 of them overtime;
    # 'the other 4 days at 8 hrs each' is four days.
    ("Week of Labor Day 2000: I had Mon 9/4 off for the holiday, worked the other 4 days at 8 hrs each and then got "
     "worked Saturday for 4 hrs. How many hours of overtime is that?", "overtime", "hours", 4),
    # 12.1 F.1.b: at another work location only the miles beyond the normal commute: (100 − 24) × $.31 (F.1.a).
    ("Had to drive my own car to the Fresno district office today, 50 miles each way. My regular commute is 12 miles "
     "each way. What's my mileage reimbursement?", "travel", "money", 23.56),
    # 7 J: full-time, 40 hours already that week, required to work the holiday: 5 × 1.5 + 8 hours of holiday credit.
    ("I'm full time and had my 40 hrs in already that week when they ordered me in for 5 hrs on Labor Day 2000. "
     "How many hours should I actually get for it?", "holidays", "hours", 15.5),
    # 7 I: holidays off count as time worked; 'tue-thu 8 hrs each' is three days, 'mon + fri off' two holidays:
    # 24 + 16 + 7 on Sunday = 47, 7 hours over forty at 1.5 × $22.
    ("week of the 4th i worked tue-thu 8 hrs each, had mon + fri off for holidays, and got ordered in sunday for 7 "
     "hrs. $22/hr, paid cash. how much OT pay?", "overtime", "money", 231),
    # 19.10 C: two standby periods told by weekday and clock time, Tuesday 5 p.m. to Wednesday 7 a.m. (14 h) and
    # Saturday 6 a.m. to Sunday 10 p.m. (40 h): 54 hours, six full blocks of 8, 12 hours of CTO.
    ("I had to be on standby from Tuesday 5:00 p.m. to Wednesday 7:00 a.m., and then from Saturday 6:00 a.m. to Sunday "
     "10:00 p.m. Never got called in. How much CTO do I get?", "standby", "hours", 12),
    # 11.5 A.1: 3 pm to 11:30 pm has 5.5 hours between 6 p.m. and midnight: $.40 an hour for the 8 paid hours (the
    # half-hour lunch is unpaid) × 20 shifts = $64.
    ("my regular shift is 3pm to 11:30pm with a half hr unpaid lunch. last month i worked 20 shifts. how much night "
     "diff for the month?", "night_shift", "money", 64),
    # The same with the meal told by its clock times: 6 pm to 2:30 am, dinner 10-10:30 pm, has 6 hours between 6 p.m.
    # and midnight; $.40 for the 8 paid hours × 15 shifts = $48.
    # 12.1 A: a trip of several days, what was spent each day up to each meal's maximum (B $6, L $10, D $18): Monday
    # 5.50 + 10 + 18, Tuesday 6 + 8 + 15, Wednesday 4 + 10 + 18 = $94.50; incidentals $9 spent, under 2 × $6: $103.50.
    ("Trip: left Monday 6:00 am, back Wednesday 8:30 pm. Receipts: Monday breakfast $5.50, Monday lunch $11.25, Monday "
     "dinner $20.00, Tuesday breakfast $6.75, Tuesday lunch $8.00, Tuesday dinner $15.00, Wednesday breakfast $4.00, "
     "Wednesday lunch $10.50, Wednesday dinner $19.00, plus $9 in tips. How much can I get back for meals and "
     "incidentals?", "travel", "money", 103.5),
    # 19.2 B: separate stays are each credited on their own (fractions not accumulated): 22 minutes → 30 (7 or more
    # past a quarter hour), 40 → 45; 75 minutes = 1.25 hours × $20 × 1.5 = $37.50 (the lump, 62 minutes, would give $30).
    ("worked my 8 hrs mon-fri and my sup ordered me to stay late thurs 22 min and fri 40 min. $20/hr, paid cash. how much "
     "OT pay do i get?", "overtime", "money", 37.5),
    # 19.9: two calls told by clock times, 'finishing at' one's end: 6:00-7:15 pm earns the 4-hour minimum; 5:00 a.m.
    # to the 8:00 a.m. shift, within 4 hours of it, only the 3 hours before it: 7 hours.
    ("My shift is 8:00 a.m. to 4:30 p.m. They called me back after I left and I got there at 6:00 p.m., finishing at "
     "7:15 p.m. Then they called again and I got there at 5:00 a.m., working until my 8:00 a.m. shift. How many hours of "
     "call back credit in total?", "call_back", "hours", 7),
    # 6.13: a health and safety arbitration is held within 14 calendar days of the Union's request (not the 24 hours
    # the Union has to request it): March 6 + 14 = March 20, 2000.
    ("Union asked for arbitration on our health and safety grievance on March 6, 2000. When must the arbitration be "
     "held by?", "grievance_deadline", "date", "2000-03-20"),
    # 11.5 A.2: 10 pm to 6:30 am has 6 hours between midnight and 6 a.m.: $.50 for the 8 paid hours = $4 a shift; three
    # named days a week for a two-week pay period is six shifts, $24.
    ("I work 10pm to 6:30am Tues, Thurs and Sat with a half hour unpaid meal. how much night differential for a two "
     "week pay period?", "night_shift", "money", 24),
    ("shift is 6pm-2:30am and dinner is 10 to 10:30pm unpaid. worked 15 of those shifts last month, whats the night "
     "differential total?", "night_shift", "money", 48),
    # 'how much OT $': a sum of money asked for ('$' is not a word). Holiday Monday (8) + 4 × 8 + 6 = 46: 6 × $20 × 1.5.
    ("holiday monday so i was off, worked 8 hrs tue-fri, then got ordered in sat for 6 hrs. $20/hr. how much OT $ do i "
     "get", "overtime", "money", 180),
]


def test_a_meal_allowance_asked_about_is_the_allowance_not_overtime_pay(sample_snapshot):
    # A meal allowance asked about is the allowance the sample's 12.8 pays (up to $8 for two consecutive hours after the
    # shift: the $9 supper paid to $8), never the overtime's pay. (Before 12.8 was in the rules data, the clauses answered.)
    routed = route("kept me 2 hrs 15 min past my shift and I bought supper for $9. how much overtime meal allowance is that?",
                   sample_snapshot, None, ASKED)
    assert routed is not None and routed[0].tool is not None
    assert routed[0].tool.output["primary"] == {"type": "money", "value": 8.0, "label": "overtime meal allowance"}


@pytest.mark.parametrize("question", [
    "do I get the night differential? I work the swing shift",
    "We're not happy with the Step 2 decision. What's the deadline for the Step 3 appeal?",
    # 'the exact date' / 'the actual due date' ask for a day on the calendar, which needs the day it counts from
    "our step 2 answer showed up sometime last week. whats the exact date we have to get the step 3 appeal in by?",
    "My grievance went to the department at step 1. What's the actual due date for their written answer?",
    "how much do i get reimbursed for driving my own car to a training in another city",
    # 'a month' is the rate asked for, not the length of service, which the part-time chart needs.
    "i'm 1/2 time. how many vacation hrs do i get a month?",
    # 8.3 E: part-time employees get bereavement leave pro rata to a time base this question does not give.
    "My grandfather died on Sunday and I'm a part-time employee. How many hours of bereavement leave do I get?",
    # Money asked for working a holiday: hours of pay do not answer it without the rate (7 J).
    "full timer, had my 40 in that week and they made me work 6 hrs on Labor Day. how much money is that day worth?",
])
def test_a_missing_fact_is_asked_for_in_one_line(sample_snapshot, question):
    answer, pending = ask(sample_snapshot, question)
    assert answer.needs and pending is not None, answer.answer
    assert answer.answer.count("?") == 1 and "\n" not in answer.answer.strip(), answer.answer


@pytest.mark.parametrize(("question", "tool", "kind", "value"), MORE)
def test_more_questions_in_members_words(sample_snapshot, question, tool, kind, value):
    test_questions_written_from_the_contract(sample_snapshot, question, tool, kind, value)


def test_this_year_fixes_the_year_of_a_date_written_without_one(sample_snapshot):
    # Asked in June 1999: July 4, 1999 is a Sunday, so the Monday following is the holiday (7 H).
    answer, _ = ask(sample_snapshot, "july 4th lands on a sunday this year doesnt it? what day do we get off",
                    today=date(1999, 6, 20))
    assert answer.tool is not None and answer.tool.output["primary"]["value"] == "1999-07-05", answer.answer


def test_a_meal_question_on_a_long_drive_is_about_meals_not_mileage(sample_snapshot):
    answer, _ = ask(sample_snapshot, "drove 120 mi to a site and back, left at 6am got home at 8pm. what can i claim "
                                     "for meals?")
    assert answer.tool is not None and answer.tool.name == "travel"
    assert answer.tool.output["primary"]["label"] != "mileage reimbursement", answer.answer


def test_a_classification_with_its_own_minimum_is_only_for_that_classification(sample_snapshot):
    # Without the toll collectors' side letter, 3.5 hours in the window is short of 11.5's four: no differential.
    answer, _ = ask(sample_snapshot, "my shift is 2:30 pm to 9:30 pm. how much night differential per hour do i get?")
    assert answer.tool is not None and answer.tool.output["primary"]["value"] == 0
    assert "Side Letter 17" not in {c.section for c in answer.citations}


def test_a_differential_for_a_whole_pay_period_asks_how_many_shifts_then_counts_them(sample_snapshot):
    # 11.5 A.2: 11 p.m. to 7:30 a.m. has 6 hours between midnight and 6 a.m., the second night differential ($.50 an
    # hour); a month's total needs the shifts worked, asked in one line; the reply finishes it: 20 × 8 × $0.50 = $80.
    answer, pending = ask(sample_snapshot, "I'm on 11 p.m. to 7:30 a.m. with a half-hour meal. What will my night "
                                           "differential come to for the month?")
    assert answer.needs and pending is not None and answer.answer.count("?") == 1, answer.answer
    done, still = route("20 shifts", sample_snapshot, None, ASKED, pending)
    assert still is None and done.tool is not None and done.tool.output["primary"]["value"] == 80.0, done.answer


def test_a_deadline_asked_without_its_date_states_the_rule_then_asks_for_the_date(sample_snapshot):
    # The step is known (a Step 3 appeal, 21 calendar days after receipt of the Step 2 decision, 6.9 A), so the
    # steward gets the time limit at once, quoted and cited, and the date is asked for in the same line.
    answer, pending = ask(sample_snapshot, "We got the Step 2 decision and we're not happy with it. What's the deadline "
                                           "to appeal to Step 3?")
    assert answer.needs and pending is not None
    assert [(c.section, c.clause) for c in answer.citations] == [("6.9", "A")]
    assert "twenty-one (21) calendar days" in answer.answer and answer.answer.count("?") == 1
    # The date given in reply finishes it: 21 days after June 1, 2000.
    done, still = route("June 1, 2000", sample_snapshot, None, ASKED, pending)
    assert still is None and done.tool is not None and done.tool.output["primary"]["value"] == "2000-06-22"


@pytest.mark.parametrize(("text", "clocks"), [
    ("my shift is 0700 to 1530", ["07:00", "15:30"]),
    ("I'm on nights, the 2345-0815 shift", ["23:45", "08:15"]),
    ("done at 1615, called back, worked 1930-2100", ["16:15", "19:30", "21:00"]),
    ("came back at 1930 and worked till 2100", ["19:30", "21:00"]),
    # Years stay years: a range two apart, 'from 2019', a year beside the agreement's words, a date's year.
    ("I worked from 2019 to 2021 at the yard", []),
    ("the 2018-2022 agreement's shift premium", []),
    ("I found out on March 3, 2000 at work", []),
    # A bare hour in a sentence set at night is an evening hour; a range keeps its own reading, and the morning
    # stays the morning: 'I work 8 to 5. Last night … around 9 … at 10:15 pm and was out by 11 … at 8 this morning'.
    ("I work 8 to 5. Last night my boss rang around 9 and I went in. I got there at 10:15 pm and was out by 11. "
     "I was back at 8 this morning.", ["08:00", "17:00", "21:00", "22:15", "23:00", "08:00"]),
    ("night shift is 11 to 7", ["23:00", "07:00"]),  # overnight: 11 pm to 7 am
    ("I work 8 to 5 on the day shift", ["08:00", "17:00"]),
])
def test_four_digit_24_hour_times_are_read_as_times_and_years_are_not(text, clocks):
    from assistant.calculators.question import read

    assert [c.hhmm for c in read(text, ASKED).clocks] == clocks


@pytest.mark.parametrize(("text", "dates"), [
    # A day written without its month follows the story's dated event, not today's calendar.
    ("On October 28, 2019 I got a letter. I was on leave the first week of November and got back on the 12th.",
     [("2019-10-28", "learned"), ("2019-11-12", "unknown")]),
    ("I got the letter on October 28, 2019 and talked to my steward on the 3rd.",
     [("2019-10-28", "learned"), ("2019-11-03", "unknown")]),
    # A notice sent is a filing; a later date with no cue keeps the story's order (same year, after it).
    ("the hall sent the contractor the written notice on sept 29 2025, we met once on oct 6",
     [("2025-09-29", "filed"), ("2025-10-06", "unknown")]),
    # A day alone after a date written without its year is in that date's month (or the next, when earlier in the
    # month), its year settled like the other's: asked June 15, 2000, 'may 3 … the 17th' is May 17, 2000 and
    # 'may 28 … the 4th' June 4.
    ("the write-up was dated may 3 but it didnt get to me until the 17th",
     [("2000-05-03", "event"), ("2000-05-17", "received")]),
    ("they changed my schedule may 28 and i only heard on the 4th", [("2000-05-28", "event"), ("2000-06-04", "learned")]),
    # With no dated event before it, 'the 12th' is still the most recent one before the day asked.
    ("it happened on the 12th", [("2000-06-12", "event")]),
    # A leap day without its year takes the written year, not that of a later day-only date ('the 10th' had anchored
    # it in 2001, which has no February 29); 'dated' is when it was issued, 'didn't get to me until' when received.
    ("the decision is dated Feb 22 2000 but it didnt get to me until Feb 29. im off on the 10th",
     [("2000-02-22", "event"), ("2000-02-29", "received"), ("2000-03-10", "unknown")]),
    # Being sent down the road (laid off) or let go is the event, not a grievance sent in; hearing of it is learning.
    ("the super sent us down the road june 1 and the hall only told me about the bump on june 6",
     [("2000-06-01", "event"), ("2000-06-06", "learned")]),
    ("they let him go on may 22, he first heard why on may 30", [("2000-05-22", "event"), ("2000-05-30", "learned")]),
    # Finding out by looking at something: 'didn't notice till I looked at my stub', 'spotted it on'.
    ("they shorted my shift premium may 5. didnt notice till i looked at my stub friday may 19",
     [("2000-05-05", "event"), ("2000-05-19", "learned")]),
    ("they posted the list april 3 and i spotted it on april 11", [("2000-04-03", "event"), ("2000-04-11", "learned")]),
    # Sent home is something that happened to the member, not a paper sent in.
    ("on may 2 the lead sent the whole night crew home early, i heard why on may 9",
     [("2000-05-02", "event"), ("2000-05-09", "learned")]),
    # The same day of the month as the dated event is that day, not a month later.
    ("they made me work on july 4 2000 and i want to know what i get for the 4th",
     [("2000-07-04", "unknown"), ("2000-07-04", "unknown")]),
    # An ordinal counting semesters, shifts, warnings or payments is not a day of the month.
    ("this is the 3rd semester i qualified and my 2nd warning this year, so what's the 4th payment", []),
])
def test_dates_and_their_roles_follow_the_story(text, dates):
    from assistant.calculators.question import read

    assert [(d.value.isoformat(), d.role) for d in read(text, ASKED).dates] == dates


def test_a_step_counted_from_the_decision_due_or_received_takes_the_earlier(tmp_path):
    # A contract with no rules file: its time limits are read from the text. The step 2 decision was
    # due 10 working days after the meeting (Mon June 5, 2000 → June 19) but came on June 30, so the
    # 20 working days to arbitrate run from June 19 (this contract lists no holidays).
    from assistant.calculators.question import read
    from assistant.calculators.tools import text_rules
    from assistant.calculators.triggers import deadline_extract
    from ingest.loader import load_document

    path = tmp_path / "steps.md"
    path.write_text(
        "# Agreement between Example County and Example Union\n\n## ARTICLE 21 - GRIEVANCE PROCEDURE\n\n"
        "### Section 1. Steps\n\nStep 2 (Formal Grievance) The department head shall meet with the employee within "
        "ten (10) working days of receipt of the formal grievance. The department head shall respond in writing "
        "within ten (10) working days following the meeting. Step 3 (Arbitration) If the grievance is not resolved, "
        "either party may appeal the matter to arbitration within twenty (20) working days from the day the written "
        "step 2 decision was due or received, whichever is earlier.\n", encoding="utf-8")
    contract = load_document(path, 1_000_000)
    rules = text_rules(contract)
    q = read("The step 2 meeting was Monday, June 5, 2000. The written decision didn't come until June 30. "
             "What's the last day to take it to arbitration?", ASKED)
    extraction = deadline_extract(q, rules)
    assert extraction is not None and extraction.params["decision_from"] == "2000-06-05"
    from assistant.calculators import deadlines
    result = deadlines.grievance_deadline(rules, date.fromisoformat(extraction.params["start"]), extraction.params["step"],
                                          decision_from=date(2000, 6, 5))
    assert result.primary is not None and result.primary.value == "2000-07-17"  # June 19 + 20 working days
    assert any("due Monday, June 19, 2000, before it was received" in line for line in result.work), result.work


def test_a_balance_stated_now_is_carried_to_the_year_end_against_the_cap(sample_snapshot):
    # 8.1 A: 10 years of service (121st month on) earns 12 hours a month; credits after September: Oct, Nov, Dec.
    # 380 + 36 = 416 on December 31, 16 over the 400-hour cap of 8.1 J.
    answer, _ = ask(sample_snapshot, "I have 10 years in and my vacation balance is 380 hours as of September 1. If I "
                                     "take no time off, how many hours will I be over the cap at the end of the year?")
    assert answer.tool is not None and answer.tool.output["primary"] == \
        {"type": "hours", "value": 16, "label": "hours over the cap"}, answer.answer
    assert {c.section for c in answer.citations} == {"8.1"} and "No year was given" not in answer.answer
    # Asked for the balance instead: 416.
    balance, _ = ask(sample_snapshot, "I have 10 years in and my vacation balance is 380 hours as of September 1. What "
                                      "will my balance be on Dec 31 if I don't use any?")
    assert balance.tool is not None and balance.tool.output["primary"]["value"] == 416, balance.answer


def test_weekly_overtime_where_a_contract_sets_no_minimum_crediting_unit_or_comp_time(tmp_path):
    # A contract whose overtime clause states only the weekly threshold, the daily one and the rate: no
    # minimum, no crediting unit, no compensating time off. A holiday counts as hours worked. 8 (holiday) +
    # 9 × 4 = 44 hours → 4 hours → 4 × $28 × 1.5 = $168, the daily rule said as an assumption.
    from assistant.calculators import pay
    from assistant.calculators.question import read
    from assistant.calculators.rules import Rules, validate
    from assistant.calculators.triggers import overtime_extract
    from assistant.errors import ToolInputError
    from ingest.loader import load_document

    path = tmp_path / "ot.md"
    path.write_text(
        "# Agreement between Example Town and Example Union\n\n## ARTICLE 9 - OVERTIME\n\n"
        "### 9.1 Hours Worked\n\nHolidays and sick leave shall be regarded as hours worked for overtime.\n\n"
        "### 9.2 Overtime\n\nOvertime is time worked in excess of forty (40) hours in a week or over ten (10) "
        "hours in a workday, paid at the rate of time and one-half (1-1/2).\n", encoding="utf-8")
    contract = load_document(path, 1_000_000)
    data = {"pay": {"overtime": {
        "weekly_threshold_hours": 40, "rate": 1.5,
        "rule": {"section": "9.2", "quote": "in excess of forty (40) hours in a week"},
        "pay_rule": {"section": "9.2", "quote": "paid at the rate of time and one-half (1-1/2)"},
        "daily": {"threshold_hours": 10, "section": "9.2", "quote": "over ten (10) hours in a workday"},
        "holidays_count": {"section": "9.1", "quote": "Holidays and sick leave shall be regarded as hours worked"}}}}
    validate(contract, data, "ot.rules.yaml")
    rules = Rules(contract, data, str(tmp_path / "ot.rules.yaml"))
    q = read("Thanksgiving week I got the holiday Thursday (8 hrs) and worked 9 hrs each on Mon, Tue, Wed and Fri. "
             "I'm OT eligible at $28/hr. How much overtime pay should I get?", ASKED)
    extraction = overtime_extract(q, rules)
    assert extraction is not None
    result = pay.overtime(rules, minutes_worked_week=round(extraction.params["hours_worked_week"] * 60),
                          holiday_hours=extraction.params.get("holiday_hours", 0.0),
                          hourly_rate=extraction.params["hourly_rate"], ask=extraction.params["ask"])
    assert result.primary is not None and result.primary.value == 168.0
    assert any("10 hours" in line for line in result.assumptions)
    assert "9.2" in {c.section for c in result.citations}
    odd = pay.overtime(rules, overtime_minutes=97)  # no crediting unit: the minutes worked are credited
    assert odd.values["credited_minutes"] == 97 and "cto_hours" not in odd.values
    with pytest.raises(ToolInputError, match="compensating time off"):
        pay.overtime(rules, overtime_minutes=97, ask="cto")


@pytest.mark.parametrize(("text", "dollars"), [
    ("rate 29.75, how much do i get", [29.75]),
    ("my base is 41.08 and I worked the stat", [41.08]),
    ("mileage rate 0.69/km and I drove 40 km", []),  # a rate per kilometre is not an hourly rate
    ("the rate is 2.50 per day", []),
])
def test_a_rate_written_with_cents_after_a_word_for_it_is_money(text, dollars):
    from assistant.calculators.question import read

    assert [a.value for a in read(text, ASKED).amounts if a.unit == "dollars"] == dollars


def test_a_week_told_day_by_day_counts_long_days_once_and_leave_only_where_the_rules_say(tmp_path):
    # Overtime past 40 hours a week or 10 in a workday, sick leave counted as worked: the days' own hours
    # decide, each overtime hour is counted once, and a day's length ('12 hour shifts') is not overtime.
    from assistant.calculators import pay
    from assistant.calculators.question import read
    from assistant.calculators.rules import Rules, validate
    from assistant.calculators.triggers import overtime_extract
    from assistant.calculators.week import Day, ledger
    from ingest.loader import load_document

    path = tmp_path / "week.md"
    path.write_text(
        "# Agreement between Sample City and Sample Guild\n\n## ARTICLE 7 - OVERTIME\n\n"
        "### 7.1 Hours Worked\n\nAll hours worked, holidays and sick leave shall be regarded as hours worked for overtime.\n\n"
        "### 7.2 Overtime\n\nOvertime is time worked in excess of forty (40) hours in a week or over ten (10) "
        "hours in a workday, paid at the rate of time and one-half (1-1/2).\n", encoding="utf-8")
    contract = load_document(path, 1_000_000)
    overtime = {
        "weekly_threshold_hours": 40, "rate": 1.5,
        "rule": {"section": "7.2", "quote": "in excess of forty (40) hours in a week"},
        "daily": {"threshold_hours": 10, "section": "7.2", "quote": "over ten (10) hours in a workday"},
        "pay_rule": {"section": "7.2", "quote": "paid at the rate of time and one-half (1-1/2)"}}
    counted = {"pay": {"overtime": overtime | {"counts_as_worked": {
        "section": "7.1", "note": "Sick leave counts.", "quote": "holidays and sick leave shall be regarded as hours worked"}}}}
    validate(contract, counted, "week.rules.yaml")

    def run(data: dict, question: str) -> tuple[float | None, list[str]]:
        q = read(question, ASKED)
        extraction = overtime_extract(q, Rules(contract, data, str(tmp_path / "week.rules.yaml")))
        if extraction is None or not hasattr(extraction, "params"):
            return None, q.assumptions
        params = extraction.params
        result = pay.overtime(Rules(contract, data, "week.rules.yaml"),
                              minutes_worked_week=round(params["hours_worked_week"] * 60) if "hours_worked_week" in params else None,
                              overtime_minutes=params.get("overtime_minutes"), hourly_rate=params.get("hourly_rate"),
                              ask=params["ask"], day_hours=params.get("week_days"))
        assert result.primary is not None and result.citations
        return result.primary.value, q.assumptions

    assert ledger("wed 11 hrs, thu 9, fri 10 and sick leave tuesday 8 hrs") == [
        Day("tuesday", 8.0, "sick leave"), Day("wednesday", 11.0, None), Day("thursday", 9.0, None), Day("friday", 10.0, None)]
    assert ledger("Mon Nov 16 I came in at 7 and Fri 8:30 to 6") is None  # a date and a clock time are not hours
    assert ledger("worked 9 hrs Tuesday; Monday I was out") is None  # a day named without its hours
    # Wed 11 (1 past 10) + Thu 9 + Fri 10 + sick Tue 8 = 38, less the 1 counted by the day: 37 → 1 hour × $30 × 1.5
    assert run(counted, "wed 11 hrs, thu 9, fri 10 and sick leave tuesday 8 hrs. $30/hr, how much overtime pay?")[0] == 45.0
    # 12 a day Mon-Wed (6 past 10) + Thursday 10 = 46, 40 of it within the days' ten hours: 6 hours in all
    assert run(counted, "I put in 12 hrs a day Mon-Wed and 10 hrs Thursday, how many hours of OT?")[0] == 6
    # Tue-Fri 4 × 9 + Sat 6 = 42 worked: 2 hours over 40; with sick leave counted (Mon 8), 50: 10 hours
    week = "8 hrs sick leave Monday, 9 hrs each Tue-Fri and 6 hrs on Saturday. how many overtime hours?"
    value, assumed = run({"pay": {"overtime": overtime}}, week)
    assert value == 2 and any("Sick leave not counted" in line for line in assumed)
    assert run(counted, week)[0] == 10
    # a day's length and a rest break are not overtime worked
    assert run(counted, "stayed 2 hours late monday and 1.5 hours late wednesday, normal 8 hour days otherwise. how much OT?")[0] == 3.5
    assert run(counted, "I miss my 15 minute rest breaks most days, do I get overtime for them?")[0] is None


def test_a_24_hour_time_after_a_date_is_not_its_year():
    # Why: 'Nov 23, 0630' read 0630 as the year and refused the question as out of range.
    from assistant.calculators.question import read

    q = read("the notice was posted Nov 23, 0630 and I saw it at lunch", date(2026, 12, 2))
    assert [d.value for d in q.dates] == [date(2026, 11, 23)] and [c.minutes for c in q.clocks][:1] == [390]
    assert not q.problems
    assert read("I found out on December 30, 9999", date(2026, 12, 2)).problems  # a year out of range is still refused


def test_today_said_as_a_word_does_not_set_another_dates_year():
    # Why: 'as of today … the dec 1 credit already posted', asked on December 2, is yesterday's December 1; anchored to
    # 'today' (read as a date that comes before it in the text) it was put a year ahead.
    from assistant.calculators.question import read

    q = read("how many hours should i have as of today? and yes the dec 1 credit already posted", date(2026, 12, 2))
    assert [d.value for d in q.dates if d.text.strip().lower() != "today"] == [date(2026, 12, 1)]


def test_a_mixed_fraction_is_an_amount_not_a_date():
    # Why: 'worked 10 1/2 hrs' read '1/2' as January 2 and the hours as 2.
    from assistant.calculators.question import read

    q = read("came in on my day off and worked 10 1/2 hrs, then another 1/2 hr on the phone; I'm 3/4 time", ASKED)
    assert [(a.value, a.unit) for a in q.amounts] == [(10.5, "hours"), (0.5, "hours")] and q.dates == []
    assert "3/4 time" in q.text  # a time base is not an amount of time


def test_a_week_told_in_pieces_is_read_only_where_each_piece_has_one_reading():
    # Why: a week told in a member's own order ('called in sick monday (used 8 hrs), then tues 8 …') must give each day
    # its hours, and a piece that could be read two ways must give no week at all rather than a wrong one.
    from assistant.calculators.week import Day, story

    holiday = lambda piece: "holiday" in piece.lower() or "labor day" in piece.lower()  # noqa: E731
    read = story("I called in sick monday (used 8 hrs sick leave), then tues 9, wed 11 (approved), thurs 8, fri 8. "
                 "payroll only paid me 1 hr for wednesday", holiday)
    assert read is not None and read.days == [
        Day("monday", 8.0, "sick leave"), Day("tuesday", 9.0, None), Day("wednesday", 11.0, None),
        Day("thursday", 8.0, None), Day("friday", 8.0, None)]
    # the usual day from the schedule fills a holiday off; 'the other days' are the schedule's days left
    read = story("normally 8-hour days Mon-Fri. Had Monday (Labor Day) off as the holiday, tuesday I did 10, "
                 "the other days were my regular 8s", holiday)
    assert read is not None and [(d.name, d.hours, d.leave) for d in read.days] == [
        ("monday", 8.0, "holiday"), ("tuesday", 10.0, None), ("wednesday", 8.0, None), ("thursday", 8.0, None),
        ("friday", 8.0, None)] and "Monday" in read.assumed[0]
    assert story("worked 8 hrs Tuesday and Wednesday, thursday 12", holiday).days[:2] == [  # type: ignore[union-attr]
        Day("tuesday", 8.0, None), Day("wednesday", 8.0, None)]
    assert story("mon 8, tue 8, fri and 6 hrs saturday", holiday) is None  # whose are the 6 hours?
    assert story("tue 9 hrs, wed 10, and thursday I was out", holiday) is None  # a day with nothing said of it
    assert story("mon 9, tue 10, wed was the holiday, thu 11", holiday) is None  # no usual day to give the holiday
    assert story("mon 8, tue 10, wed 8:30 to 6", holiday) is None  # clock times are another reading's
    assert story("mon 8, tue 8, the other 2 days were normal 8s", holiday) is None  # two days said, three left
    assert story("mon 8, tue 8, wed worked 4 and went home sick for the other 4", holiday) is None  # half worked, half leave
    assert story("already did my 40 hours Monday through Friday, then 3 more on Saturday", holiday) is None  # a week's total


@pytest.mark.parametrize(("question", "value", "clauses"), [
    # 11.13: $346 a month, pro rata by time base (B)
    ("our office is in Nevada so I'm headquartered out of state, half time. how much out-of-state differential a month?",
     173.0, {("11.13", "A"), ("11.13", "B")}),
    ("Full-time and headquartered out-of-state in Oregon. What's the out of state pay differential?", 346.0, {("11.13", "A")}),
    # 11.12 B: $190 a qualifying pay period, pro rated (D)
    ("I'm 3/4 time and supervise four inmate workers on the grounds crew. What should my supervision differential be?",
     142.5, {("11.12", "B"), ("11.12", "D")}),
])
def test_a_flat_differential_prorated_by_time_base(sample_snapshot, question, value, clauses):
    answer, pending = ask(sample_snapshot, question)
    assert answer.tool is not None and answer.tool.name == "differential", answer.answer
    assert answer.tool.output["primary"]["value"] == value
    assert {(c.section, c.clause) for c in answer.citations} == clauses


def test_a_differential_for_part_time_work_without_the_time_base_asks_for_it(sample_snapshot):
    answer, pending = ask(sample_snapshot, "I'm a part-time tax program technician answering collection calls at FTB. "
                                           "how much is my differential?")
    assert answer.needs == ["time base"] and pending is not None and answer.answer.count("?") == 1
    assert ("Side Letter 11", "") in {(c.section, c.clause or "") for c in answer.citations}


@pytest.mark.parametrize(("question", "value"), [
    # 9.12 B: 60% of full pay, at most $135 a week
    ("on NDI after knee surgery, my full pay is $180 a week. how much NDI a week?", 108.0),
    ("Non-industrial disability: I normally make $500 per week. What will NDI pay me weekly?", 135.0),
    ("out on NDI, full pay $200 a week. whats my NDI pay each week?", 120.0),
    # 9.12 C: ten consecutive calendar days of waiting: disabled from Thursday, June 1, 2000, paid from June 11
    ("My NDI disability started Thursday June 1, 2000. What's the first day NDI pays for?", "2000-06-11"),
])
def test_a_disability_benefit_as_a_capped_share_of_pay_and_its_first_paid_day(sample_snapshot, question, value):
    answer, _ = ask(sample_snapshot, question)
    assert answer.tool is not None and answer.tool.name == "disability_benefit", answer.answer
    assert answer.tool.output["primary"]["value"] == value
    assert {c.section for c in answer.citations} == {"9.12"}


@pytest.mark.parametrize(("question", "value", "section"), [
    # 12.10 A: receipted actual cost, at most $405 a year; 12.4 C: 75% of the cost, at most $65 a month
    ("bought $300 of the required uniform pieces with receipts, my agency doesn't issue them. how much do I get "
     "reimbursed?", 300.0, "12.10"),
    ("the uniform I'm required to wear cost me $520 this year. whats the reimbursement?", 405.0, "12.10"),
    ("I'm headquartered out of state and my light rail pass is $40 a month. How much is reimbursed?", 30.0, "12.4"),
    ("out of state HQ, bus pass runs $90/month - how much does the State reimburse?", 65.0, "12.4"),
])
def test_a_share_of_a_cost_up_to_the_clauses_maximum(sample_snapshot, question, value, section):
    answer, _ = ask(sample_snapshot, question)
    assert answer.tool is not None and answer.tool.name == "allowance", answer.answer
    assert answer.tool.output["primary"]["value"] == value
    assert {c.section for c in answer.citations} == {section}
    if value == 405.0:
        assert "at most $405.00" in answer.answer  # the clause sets a ceiling, the State the amount


def test_an_in_state_transit_question_is_not_the_out_of_state_reimbursement(sample_snapshot):
    routed = route("My monthly bus pass costs $80 and I work in Sacramento. How much will the State reimburse?",
                   sample_snapshot, None, ASKED)
    assert routed is None or routed[0].tool is None or routed[0].tool.name != "allowance"


def test_an_overtime_rule_question_with_figures_is_not_a_sum_of_hours(sample_snapshot):
    # Two figures offered as alternatives ask which rule applies; a part-time schedule is not time worked; leave the
    # rules do not count as time worked (only holidays, 7 I) is left out and said so.
    for question in ("Does overtime start after 8 hrs or after 40 hrs?",
                     "I'm part-time at 20 hours a week. If I work 30 hours, do I get overtime?"):
        routed = route(question, sample_snapshot, None, ASKED)
        assert routed is None or routed[0].tool is None or routed[0].tool.name != "overtime", question
    answer, _ = ask(sample_snapshot, "Took 8 hours of vacation Monday and worked 36 hours the rest of the week. How much "
                                     "overtime?")
    assert answer.tool is not None and answer.tool.name == "overtime"
    assert answer.tool.output["primary"]["value"] == 0
    assert any("Vacation leave not counted" in line for line in answer.tool.output["assumptions"])


@pytest.mark.parametrize("question", [
    # which rate applies, offered as alternatives
    "pulled a 14 hr shift, got called back 6 hrs later - is the callback paid at time and a half or double time?",
    # a premium's rate per hour, not an hour worked
    "how much extra an hour is the night differential if I work 11pm to 7am?",
    # the ticket, not the overtime
    "stayed 2 hrs late on OT and they handed me a meal voucher. how much is the voucher good for?",
])
def test_a_question_about_a_rule_or_a_rate_is_not_taken_for_a_calculation(sample_snapshot, question):
    routed = route(question, sample_snapshot, None, ASKED)
    assert routed is None or routed[0].tool is None or routed[0].tool.name not in ("overtime", "call_back"), question


def test_bringing_a_grievance_up_to_a_step_is_an_appeal_to_it(sample_snapshot):
    # 6.10 A: the appeal to Step 4 is due thirty days after the Step 3 decision is received; asked without the date,
    # the rule is stated and the date asked for — not management's Step 3 response time.
    answer, pending = ask(sample_snapshot, "now that we have the step 3 answer, what's the deadline to bring it up to step 4?")
    assert answer.needs == ["date the decision was received"] and pending is not None
    assert any(c.section == "6.10" for c in answer.citations)


def test_a_figure_of_the_rule_asked_about_is_not_time_worked(sample_snapshot):
    # 'a 3 hour minimum?' asks what 19.9 guarantees; it is not three hours worked on a call back.
    for question in ("Does call back come with a 3 hr minimum or not?", "whats the 4 hour call back rule exactly?",
                     "can they call me back in with under 12 hours notice?"):
        routed = route(question, sample_snapshot, None, ASKED)
        assert routed is None or routed[0].tool is None or routed[0].tool.name != "call_back", question
    answer, _ = ask(sample_snapshot, "got called back after my shift and worked 2 hours. how much time do I get credited?")
    assert answer.tool is not None and answer.tool.output["primary"]["value"] == 4


def test_a_day_counted_from_a_holiday_takes_the_year_written_after_it():
    # 'the Monday after Thanksgiving 1998', asked in 2000: Thanksgiving 1998 was Thursday, November 26.
    from assistant.calculators.question import read

    def thanksgiving(name: str, year: int) -> date | None:
        first = date(year, 11, 1)
        return first + timedelta(days=(3 - first.weekday()) % 7 + 21)

    dates = read("my step 1 answer came the Monday after Thanksgiving 1998", ASKED, thanksgiving).dates
    assert [d.value for d in dates] == [date(1998, 11, 30)]
    # Without a year, the occurrence nearest the day asked (June 15, 2000: November 27, 2000 is nearer than 1999's).
    assert [d.value for d in read("it came the Monday after Thanksgiving", ASKED, thanksgiving).dates] == [date(2000, 11, 27)]


def test_a_trip_told_by_weekdays_runs_from_the_day_it_leaves_to_the_day_it_returns(sample_snapshot):
    # No dates, two weekdays beside the times: Wednesday 6:45 a.m. to Friday 7:15 p.m. is two days and twelve and a
    # half hours, not 6:45 a.m. to 7:15 p.m. of one day ('two motel nights' says the same).
    from datetime import datetime

    for question in ("Trip for the state: out Wednesday at 6:45 a.m., back Friday at 7:15 p.m., well over 50 miles from "
                     "home and HQ. If I spend the max on every meal, what's the most I can claim for meals and incidentals?",
                     "Leaving at 6:45 a.m. and back at 7:15 p.m. with two motel nights in between, well over 50 miles from "
                     "home and HQ. If I spend the max on every meal, what's the most I can claim for meals and incidentals?"):
        answer, _ = ask(sample_snapshot, question, today=date(2000, 6, 14))
        assert answer.tool is not None and answer.tool.name == "travel", answer.answer
        span = datetime.fromisoformat(answer.tool.input["return_at"]) - datetime.fromisoformat(answer.tool.input["departure"])
        assert span == timedelta(days=2, hours=12, minutes=30)


def test_an_ordinal_does_not_make_a_question_a_grievance_step(sample_snapshot):
    # 'my first … bonus' shares only 'first' with 'the first level of appeal': not a grievance deadline.
    routed = route("I started at the prison on March 1, 2000. When is my first recruitment bonus payable?",
                   sample_snapshot, None, ASKED)
    assert routed is None or routed[0].tool is None or routed[0].tool.name != "grievance_deadline", routed[0].answer


def test_the_rate_asked_for_a_worked_holiday_completes_the_pay(sample_snapshot):
    # 7 J: 6 hours worked on the holiday × 1.5 = 9 hours of pay plus 8 hours of holiday credit or cash: 17 × $20.
    answer, pending = ask(sample_snapshot, "full timer, had my 40 in that week and they made me work 6 hrs on Labor Day. "
                                           "how much money is that day worth?")
    assert answer.needs == ["hourly rate"] and pending is not None, answer.answer
    done, still = route("$20 an hour", sample_snapshot, None, ASKED, pending)
    assert still is None and done.tool is not None and done.tool.name == "holidays", done.answer
    assert done.tool.output["primary"]["type"] == "money" and done.tool.output["primary"]["value"] == 340, done.answer


def test_a_step_two_decision_then_both_step_three_limits_used_in_full(sample_snapshot):
    # 6.9: the Step 3 appeal 21 calendar days after receipt of the Step 2 decision (March 24, 2000), then
    # management's Step 3 response 21 calendar days after receipt of that appeal (April 14, 2000).
    answer, _ = ask(sample_snapshot, "Got the step 2 decision on March 3, 2000. If we take every day to appeal to step 3 "
                                     "and management uses every day it has too, when is the step 3 response due?")
    assert answer.tool is not None and answer.tool.output["primary"]["value"] == "2000-04-14", answer.answer
    assert [c.section for c in answer.citations].count("6.9") >= 2, answer.answer


@pytest.mark.parametrize("question", [
    "i work 8-5 with a 30 min unpaid lunch at $20/hr. if i skip lunch and work straight thru, how much more do i get "
    "paid for the day than if i take it?",
    "How many fewer vacation hours do I earn at 4 years than at 10 years of service?",
    "i've got 9 yrs in, not sure if i'm past 10 by now. how much difference does that make to my monthly vacation?",
    "What's the difference in standby CTO between 16 hours and 24 hours on standby?",
])
def test_a_difference_between_two_cases_is_left_to_the_clauses(sample_snapshot, question):
    # One calculator's figure is not the difference between two cases.
    routed = route(question, sample_snapshot, None, ASKED)
    assert routed is None or routed[0].tool is None, routed[0].answer


def test_overtime_past_forty_with_no_length_given_asks_how_long(sample_snapshot):
    # Already at 40 hours and kept late: how long is not said, so it is asked (not counted as no overtime); the
    # reply completes it: 2 hours at 1.5 × $22 (19.2 B).
    answer, pending = ask(sample_snapshot, "I'd already worked my 40 hrs when my sup had me stay late friday to cover a "
                                           "shift. I make $22/hr, paid cash. what's my OT pay?")
    assert answer.needs == ["minutes of overtime"] and pending is not None, answer.answer
    done, still = route("2 hours", sample_snapshot, None, ASKED, pending)
    assert still is None and done.tool is not None and done.tool.output["primary"]["value"] == 66, done.answer


def test_a_relative_of_a_relative_is_that_relation_not_the_first_one_named(sample_snapshot):
    # 8.3: 'my husband's father' is a father-in-law (the in-laws' clause), not a husband; 'my wife's grandmother' is
    # no relative the clause lists, so no figure is computed for the wife.
    answer, _ = ask(sample_snapshot, "My husband's father died Monday. How many hours of bereavement leave can I take? "
                                     "full time")
    assert answer.tool is not None and "father-in-law" in answer.answer and "your husband" not in answer.answer, answer.answer
    routed = route("My wife's grandmother passed away last week. How many hours of bereavement leave do I get? I'm full "
                   "time.", sample_snapshot, None, ASKED)
    assert routed is None or routed[0].tool is None, routed[0].answer


def test_two_time_bases_are_left_to_the_clauses(sample_snapshot):
    # Leave earned in two part-time positions is combined as the clauses say (with a cap); one time base is not it.
    routed = route("I have two part-time jobs with the state, a 3/4 time position and a 1/2 time one. How much sick leave "
                   "do I earn a month?", sample_snapshot, None, ASKED)
    assert routed is None or routed[0].tool is None, routed[0].answer


def test_the_formal_grievance_after_an_informal_decision_alone_asks_the_day_learned(sample_snapshot):
    # 6.7 A.2 gives 14 days after the informal decision (May 24, 2000), but 6.7 B never more than 21 after the member
    # learned of the event, a day the question does not give: May 24 would be a date that may already be too late, so
    # the day learned is asked; 'May 1, 2000' then caps it at May 22.
    answer, pending = ask(sample_snapshot, "I received the informal decision on May 10, 2000. What's my deadline to file "
                                           "the formal grievance?")
    assert answer.needs == ["event date"] and pending is not None, answer.answer
    done, _ = ask(sample_snapshot, "May 1, 2000", pending=pending)
    assert done.tool is not None and done.tool.output["primary"]["value"] == "2000-05-22", done.answer
    done, _ = ask(sample_snapshot, "May 8, 2000", pending=pending)
    assert done.tool.output["primary"]["value"] == "2000-05-24", done.answer  # May 29's cap is later
