"""Overtime read from a contract's own overtime sentences, for a contract whose rules say nothing about
overtime: the threshold, rate, daily limit, time off counted as worked and compensatory time each come
from a sentence quoted word for word, and a text that disagrees with itself gives no rules at all."""

from __future__ import annotations

import zlib
from datetime import date

import yaml

from assistant.calculators.derived import derive, draft_yaml
from assistant.calculators.overtime_text import derive_overtime
from assistant.calculators.router import route
from assistant.calculators.rules import validate
from assistant.scope import Scope
from tests.assistant.test_fixture_deadlines import _ingested, build, snapshot

OVERTIME = [
    "Employees shall be compensated at time and a half for all hours worked in excess of forty (40) hours per "
    "workweek or more than nine (9) hours per day.",
    "Paid vacation and sick leave shall be counted as time worked when overtime is computed.",
    "An employee may choose compensatory time off in lieu of overtime pay, earned at time and a half. No employee "
    "may carry more than sixty (60) hours of compensatory time.",
]
MEALS = ["An employee who works more than twelve (12) hours per day on overtime shall receive a meal allowance of $15."]


def transit(*paragraphs: str, extra: list[str] | None = None):
    # Each variant its own id: rules read from a text are cached by contract.
    variant = zlib.crc32("|".join([*paragraphs, *(extra or [])]).encode())
    return build(f"riverside-transit-{variant}", "Riverside Transit Agreement", [
        ("14", "OVERTIME", [("14.1", "Overtime", list(paragraphs))]),
        ("15", "MEALS", [("15.1", "Meals", extra or MEALS)]),
    ])


def ask(contract, question: str):
    routed = route(question, snapshot(contract), Scope((contract.id,)), date(2026, 3, 10))
    return None if routed is None else routed[0]


def test_the_overtime_rules_are_read_from_the_sentences_that_state_them():
    contract = transit(*OVERTIME)
    pay = derive_overtime(contract)
    assert pay is not None
    overtime = pay["overtime"]
    assert (overtime["weekly_threshold_hours"], overtime["rate"], overtime["daily"]["threshold_hours"]) == (40, 1.5, 9)
    assert "vacation and sick leave" in overtime["counts_as_worked"]["quote"]
    assert "holidays_count" not in overtime  # holidays are not in its list
    assert pay["cto"]["cap_hours"] == 60 and pay["cto"]["rate"] == 1.5
    validate(contract, {"contract": contract.id, "pay": pay}, "test")  # every quote is word for word in its clause
    # The meal allowance's 'more than twelve (12) hours per day' is that allowance's condition, not an overtime tier.
    assert "12" not in yaml.safe_dump(overtime)


def test_a_week_told_day_by_day_counts_the_leave_the_contract_counts():
    # Vacation Monday (counted, as the contract says) + 4 × 8 + 5 on Saturday = 45 hours: 5 hours over forty.
    answer = ask(transit(*OVERTIME), "Vacation day Monday (8 hrs), then 8 hrs Tuesday through Friday and 5 hrs Saturday. "
                                     "$24 an hour. How much overtime pay is that?")
    assert answer is not None and answer.tool is not None and answer.tool.name == "overtime"
    assert answer.tool.output["primary"]["value"] == 180.0  # 5 × 24 × 1.5
    assert {c.section for c in answer.citations} == {"14.1"}


def test_a_long_day_is_overtime_by_the_day_even_in_a_short_week():
    # 9-hour daily limit: Monday 11 hours is 2 hours of overtime; the week (35 hours) is under forty.
    answer = ask(transit(*OVERTIME), "mon 11 hrs, tue 8, wed 8, thu 8 and friday off without pay. how many hours of overtime?")
    assert answer is not None and answer.tool is not None
    assert answer.tool.output["primary"]["value"] == 2


def test_a_schedule_stated_beside_the_week_worked_is_not_hours_worked():
    # 'normal schedule is 8 hours a day Monday to Friday' is the schedule; the days worked are 10 + 8 + 11 + 8 + 8 = 45:
    # 5 hours over forty, which already hold the 1 + 2 hours past nine in a day: 5 × $20 × 1.5 = $150.
    answer = ask(transit(*OVERTIME), "My normal schedule is 8 hours a day Monday to Friday. Last week Monday I worked 10 "
                                     "hours, Tuesday 8, Wednesday 11, Thursday 8, Friday 8. I make $20 an hour, paid cash. "
                                     "What's my OT pay?")
    assert answer is not None and answer.tool is not None and answer.tool.output["primary"]["value"] == 150.0, answer


def test_the_room_left_under_the_compensatory_time_cap():
    # (60 − 45) hours of comp time ÷ 1.5 = 10 more hours of overtime.
    answer = ask(transit(*OVERTIME), "My comp time balance is 45 hours. How many more overtime hours can I work before I "
                                     "reach the cap?")
    assert answer is not None and answer.tool is not None
    assert answer.tool.output["primary"] == {"type": "hours", "value": 10, "label": "overtime hours before the CTO cap"}
    assert any("sixty (60) hours" in c.quote for c in answer.citations)


def test_a_text_that_disagrees_with_itself_gives_no_overtime_rules():
    # Double time after ten hours beside time and a half: tiers this calculator does not model.
    tiered = transit(*OVERTIME, "Overtime worked beyond ten (10) hours in a day shall be paid at double time.")
    assert derive_overtime(tiered) is None
    # Two weekly thresholds (a second group's 37.5 hours): which applies is for the clauses to say.
    groups = transit(*OVERTIME, "For clerical employees, overtime is paid at time and a half after thirty-seven and "
                                "one-half (37.5) hours in a workweek.")
    assert derive_overtime(groups) is None
    assert ask(groups, "I worked 44 hours this week at $20 an hour. How much overtime pay?") is None


def test_time_off_the_contract_says_is_not_counted_stays_out():
    contract = transit(OVERTIME[0], "Sick leave shall not be considered as time worked for overtime purposes.")
    pay = derive_overtime(contract)
    assert pay is not None and "counts_as_worked" not in pay["overtime"]
    answer = ask(contract, "sick 8 hrs monday, then 8 hrs tue-fri and 4 hrs saturday. how many overtime hours?")
    assert answer is not None and answer.tool is not None
    assert answer.tool.output["primary"]["value"] == 0  # 32 + 4 = 36 hours worked


def test_a_contract_without_a_weekly_overtime_rule_is_left_to_its_clauses():
    contract = transit("Overtime shall be distributed as equally as practicable among qualified employees.")
    assert derive_overtime(contract) is None and derive(contract) is None
    assert ask(contract, "I worked 46 hours this week. How many hours of overtime do I get?") is None


def test_the_draft_rules_file_carries_the_overtime_part():
    text = draft_yaml(transit(*OVERTIME))
    assert "overtime" in text and "weekly_threshold_hours: 40" in text and "Check the overtime" in text


def test_questions_that_are_not_overtime_at_one_time_are_not_computed_as_it():
    contract = transit(*OVERTIME)
    # A differential asked about, with a pay period's hours: not a week, not overtime.
    assert ask(contract, "I was assigned lead duties the whole pay period, 80 hours at $30. How much does the lead "
                         "differential add?") is None
    # One long day among days not given: a day's hours, not thirteen hours of overtime.
    assert ask(contract, "wednesday I put in 12 hrs because of the storm, rest of the week was normal. what's my OT "
                         "pay at $26?") is None
    # The rule asked about, not hours worked.
    assert ask(contract, "is OT paid after 9 hrs in a day, or only past 40 a week?") is None
    # Each day placed ('my usual 8 friday and 3 hours saturday': each day's hours told before it): 27 hours worked, the
    # holiday not counted (this text counts only vacation and sick leave as worked), so no comp time at all.
    week = ask(contract, "I did 8 hrs tuesday and wednesday, took thursday off for the holiday, then my usual 8 friday "
                         "and 3 hours saturday. how much comp time?")
    assert week is not None and week.tool is not None and week.tool.input["week_days"] == [8.0, 8.0, 8.0, 3.0]
    assert week.tool.output["primary"]["value"] == 0
    # 'two other days' of a Monday-to-Friday week that has three left, with a number ('12') no reading takes: not filled in
    # with 6 hours each (the week came out as 6, 8, 8, 6, 6).
    assert ask(contract, "I did 8 hrs tuesday and wednesday, then 12 and 6 hours on two other days. how much comp time?") is None


def test_a_rules_file_without_overtime_takes_it_from_the_text():
    # Marion County's rules file covers holidays, pay and leave but not overtime; 13.1 A counts jury duty as worked,
    # 13.2 sets forty hours a week, 13.5 time and one-half.
    marion = _ingested("marion-county-oregon-mcea-seiu-503-2024-2026")
    routed = route("Jury service all day Monday (8 hours), 8 hour days Tuesday to Friday, and 3 approved hours on "
                   "Saturday. I'm paid $40 an hour. What overtime pay should I see?", snapshot(marion),
                   Scope((marion.id,)), date(2026, 3, 10))
    assert routed is not None and routed[0].tool is not None
    assert routed[0].tool.output["primary"]["value"] == 180.0  # 3 × 40 × 1.5
    assert {"13.1", "13.2", "13.5"} <= {c.section for c in routed[0].citations}
    # Its comp time is the overtime article's (13.5), not the telephone-call pay that is also taken as comp time.
    routed = route("I have 34 hours of comp time banked. How many more OT hours can I take as comp before the cap?",
                   snapshot(marion), Scope((marion.id,)), date(2026, 3, 10))
    assert routed is not None and routed[0].tool is not None
    assert routed[0].tool.output["primary"]["value"] == 4  # (40 − 34) ÷ 1.5
    assert {c.section for c in routed[0].citations} == {"13.5"}


def test_a_list_after_a_lead_in_is_cited_to_the_clause_that_holds_it():
    # Why: 'The following shall be regarded as hours worked …:' then the list in clause A; a citation to the section's
    # lead-in would show a quote that is not in the text cited.
    from ingest.structure import Article, Clause, Contract, Section

    clauses = [Clause(path="", text="The following shall be regarded as hours worked for computing overtime:", page=1),
               Clause(path="A", text="Hours actually worked; paid holidays; and sick leave.", page=1),
               Clause(path="B", text=OVERTIME[0], page=1)]
    contract = Contract(id="lead-in-list", title="Lead-in Agreement", short_title="Lead-in Agreement", sha256="lead-in-list",
                        articles=[Article(number="14", title="OVERTIME", sections=[
                            Section(id="14.1", article="14", title="Overtime", page_start=1, clauses=clauses)])])
    pay = derive_overtime(contract)
    assert pay is not None
    counted = pay["overtime"]["counts_as_worked"]
    assert (counted["section"], counted.get("clause"), counted["quote"]) == (
        "14.1", "A", "Hours actually worked; paid holidays; and sick leave.")
    validate(contract, {"contract": contract.id, "pay": pay}, "test")
