"""Any time limit in a contract's text, counted to a date from the clause that states it: forward
or back ('prior to'), over the days the text says to leave out, with what was assumed said; and in
an answer, only when the quoted clause states the limit and the question gives a date and asks by
when."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.calculators import limits
from assistant.calculators.question import read
from assistant.calculators.rules import Rules
from assistant.errors import ToolInputError
from ingest.structure import Article, Clause, Contract, Section
from ingest.time_limits import extract

SAMPLE = "csea-unit4-1999-2001"


def contract(*clauses: str) -> Contract:
    built = Contract(id="pay", title="Pay Agreement", articles=[
        Article(number="6", title="Holidays", sections=[Section(id="6.1", article="6", title="Holidays", clauses=[
            Clause(path="A", text="The following days are holidays:"),
            Clause(path="B", text="New Year's Day\nMemorial Day\nIndependence Day\nLabor Day\nChristmas Day")])]),
        Article(number="18", title="Pay", sections=[Section(id="18.5", article="18", title="Pay Shortages", clauses=[
            Clause(path=chr(ord("A") + i), text=text) for i, text in enumerate(clauses)])]),
    ])
    built.time_limits, built.time_rules = extract(built)
    return built


def rules(built: Contract) -> Rules:
    return Rules(contract=built, data={"contract": built.id}, path="(text)", source="text")


def test_days_the_text_leaves_out_are_skipped_holidays_included():
    built = contract("The Employer shall correct the shortage not later than ten (10) days exclusive of Saturdays, "
                     "Sundays, and holidays after receiving the notification of the shortage in writing.")
    limit = limits.find(built, "18.5", "A")
    # Thursday June 29, 2000 + 10 days skipping 2 weekends and Independence Day (Tuesday July 4) → Friday July 14.
    result = limits.time_limit(rules(built), limit, date(2000, 6, 29), asked_on=date(2000, 6, 30))
    assert result.primary is not None and result.primary.value == "2000-07-14"
    assert any("Independence Day" in line for line in result.work)
    assert [c.quote for c in result.citations] == [limit.quote] and not result.assumptions
    assert "has passed" not in result.summary


def test_a_limit_counted_from_the_end_of_a_period_starts_at_its_end_where_the_calendar_says_it():
    built = contract("Mileage claims shall be submitted no later than fifteen (15) calendar days after the end of the "
                     "month in which the travel occurred.",
                     "Overtime worked in an emergency shall be confirmed in writing not later than ten (10) days after "
                     "the end of the pay period during which the overtime was worked.")
    month, pay_period = limits.find(built, "18.5", "A"), limits.find(built, "18.5", "B")
    assert limits.period_of(month) == "month" and limits.period_of(pay_period) == "pay period"
    assert limits.period_end("month", date(2000, 2, 10)) == date(2000, 2, 29)  # a month's end, leap year and all
    assert limits.period_end("pay period", date(2000, 2, 10)) is None  # the contract's pay period: not known here
    plain = limits.find(contract("Claims are due within thirty (30) days of the date of travel."), "18.5", "A")
    assert limits.period_of(plain) is None  # not counted from a period's end


def test_a_pay_periods_end_that_is_not_known_is_not_counted_from_the_day_worked(shared_assistant):
    # The sample's 19.2 D: confirmed in writing not later than ten (10) days after the end of the pay period in which
    # the overtime was worked. The day worked is not that end: no date is computed from it.
    answer = shared_assistant.answer("my sup had me work an emergency shift on sat march 4 2000 and nobody approved the OT "
                                     "ahead of time. whats the last day it has to be confirmed in writing?", SAMPLE,
                                     today=date(2000, 3, 6))
    assert answer.tool is None or answer.tool.output["primary"]["value"] != "2000-03-14", answer.answer


def test_a_limit_prior_to_a_date_counts_back_and_bare_days_are_said_to_be_calendar_days():
    built = contract("The employee shall be informed in writing ten (10) working days prior to the effective date of "
                     "the change.", "A claim shall be paid within thirty (30) days of its approval.")
    before = limits.time_limit(rules(built), limits.find(built, "18.5", "A"), date(2000, 6, 1))
    # Back from Thursday June 1, 2000 over Memorial Day (May 29) and a weekend: Wednesday May 17.
    assert before.primary.value == "2000-05-17" and before.primary.label == "date it must be done by"
    assert before.assumptions and "working days" in before.assumptions[0]
    calendar = limits.time_limit(rules(built), limits.find(built, "18.5", "B"), date(2000, 6, 1), asked_on=date(2000, 8, 1))
    assert calendar.primary.value == "2000-07-01"
    assert "calendar days" in calendar.assumptions[0] and "has passed" in calendar.summary


def test_a_clause_without_a_time_limit_is_refused_by_name():
    built = contract("Pay shortages shall be corrected promptly.")
    with pytest.raises(ToolInputError, match="states no time limit"):
        limits.find(built, "18.5", "A")


def test_the_limit_the_asking_part_is_about_and_the_words_it_shares():
    built = contract("The Employer shall pay mileage within thirty (30) days of the claim, and shall answer a dispute "
                     "about it within ten (10) days after receipt of the dispute.")
    found = limits.limits_in(built, "18.5", "A")
    question = read("I sent my dispute on May 1, 2000. When is the answer to the dispute due?", date(2000, 5, 2))
    chosen = limits.best_for(question, found)
    assert chosen is not None and chosen.amount == 10
    assert limits.shared_words(question, chosen) >= {"disput", "answer"}


def test_an_answer_whose_clause_states_the_limit_gives_the_date(shared_assistant):
    # 11.4 B: notice of a denied merit salary adjustment ten (10) working days before it would take effect.
    answer = shared_assistant.answer("My merit salary adjustment is due to take effect June 1, 2000 and my department "
                                     "plans to deny it. By what date must I be told of the denial in writing?", SAMPLE,
                                     today=date(2000, 5, 1))
    assert answer.tool is not None and answer.tool.name == "time_limit", answer.answer
    assert answer.tool.output["primary"]["value"] == "2000-05-17"  # Memorial Day, May 29, is not counted
    assert (answer.citations[0].section, answer.citations[0].clause) == ("11.4", "B")
    # What retrieval found stays the record of the search (the learned ranker puts the pay plan side
    # letter, which also governs merit salary adjustments, beside it).
    assert "11.4" in [r.section for r in answer.retrieved[:2]]
    # Without a date, or without asking by when, the clause is quoted as usual.
    plain = shared_assistant.answer("How much notice must I get before a merit salary adjustment is denied?", SAMPLE,
                                    today=date(2000, 5, 1))
    assert plain.tool is None and any(c.section == "11.4" for c in plain.citations + plain.closest)


def test_the_day_a_notice_was_given_counts_forward_to_the_earliest_day_of_what_it_precedes(shared_assistant):
    # 16.1 C: monthly employees are notified thirty (30) calendar days in advance of the effective date of layoff;
    # the notice mailed March 1, 2000, the layoff can take effect March 31 at the earliest (not 30 days before March 1).
    answer = shared_assistant.answer("I'm a monthly-paid employee and my layoff notice was mailed on March 1, 2000. When's "
                                     "the soonest my layoff can take effect?", SAMPLE, today=date(2000, 3, 2))
    assert answer.tool is not None and answer.tool.name == "time_limit", answer.answer
    assert answer.tool.output["primary"] == {"type": "date", "value": "2000-03-31", "label": "earliest date"}


def test_only_binding_language_is_counted_from():
    from assistant.calculators.router import time_limit_answer
    from assistant.citations import make_citation
    from assistant.schema import Answer
    from assistant.snapshot import Snapshot

    def counted(kind: str):
        built = contract("The Employer shall correct the shortage within ten (10) calendar days after receiving the "
                         "notification of the shortage in writing.")
        built.kind = kind
        section = built.section("18.5")
        cited = make_citation(built, section, section.clause("A"), section.clause("A").text)
        answer = Answer(answer="", outcome="answered", citations=[cited])
        snapshot = Snapshot(build="t", contracts={built.id: built}, chunks=[], bm25=None, store=None,  # type: ignore[arg-type]
                            embeddings=None)  # type: ignore[arg-type]
        return time_limit_answer("I reported the shortage in writing on June 1, 2000. When is the correction due?",
                                 snapshot, answer, date(2000, 6, 2))

    result = counted("contract")
    assert result is not None and result.tool.output["primary"]["value"] == "2000-06-11"
    assert counted("guidance") is None


def test_the_date_a_clause_names_is_counted_from_whatever_other_date_the_question_tells():
    # Why: 'prior to December 31, 2001' counts back from that date; the agreement's start, told in the question ('it ran
    # July 1, 1999 to December 31, 2001'), is no date to count from (it had given a day in 1999).
    from assistant.calculators.router import time_limit_answer
    from assistant.citations import make_citation
    from assistant.schema import Answer
    from assistant.snapshot import Snapshot

    built = contract("Either party wishing to reopen this Agreement shall notify the other in writing not less than sixty "
                     "(60) days prior to December 31, 2001.")
    section = built.section("18.5")
    cited = make_citation(built, section, section.clause("A"), section.clause("A").text)
    built.sha256 = "reopen-clause"  # rules read from a text are cached by id and hash: another test's 'pay' differs
    snapshot = Snapshot(build="t", contracts={built.id: built}, chunks=[], bm25=None, store=None,  # type: ignore[arg-type]
                        embeddings=None)  # type: ignore[arg-type]
    result = time_limit_answer("Our agreement ran July 1, 1999 to December 31, 2001. What was the last day to notify them "
                               "that we wanted to reopen it?", snapshot, Answer(answer="", outcome="answered", citations=[cited]),
                               date(2001, 6, 1))
    assert result is not None and result.tool is not None
    assert result.tool.output["primary"]["value"] == "2001-11-01", result.answer


def test_a_notice_window_before_a_date_the_clause_names():
    # 'not less than 60 nor more than 90 days prior to December 31, 2001': two limits, the window's ends;
    # the clause's own date is counted from when the question gives none.
    built = contract("Either party wishing to reopen this Agreement shall notify the other in writing not less than "
                     "sixty (60) nor more than ninety (90) days prior to December 31, 2001.")
    found = limits.limits_in(built, "18.5", "A")
    assert sorted(t.amount for t in found) == [60, 90] and {t.counts_from for t in found} == {"December 31, 2001"}
    assert limits.date_in(found[0].counts_from) == date(2001, 12, 31)
    latest = limits.best_for(read("What's the last day to notify them that we want to reopen?", date(2001, 6, 1)), found)
    earliest = limits.best_for(read("What is the earliest date we can notify them?", date(2001, 6, 1)), found)
    assert latest is not None and latest.amount == 60 and earliest is not None and earliest.amount == 90
    last = limits.time_limit(rules(built), latest, date(2001, 12, 31))
    first = limits.time_limit(rules(built), earliest, date(2001, 12, 31))
    assert (last.primary.value, last.primary.label) == ("2001-11-01", "date it must be done by")
    assert (first.primary.value, first.primary.label) == ("2001-10-02", "earliest date")
    assert first.summary.startswith("Not before")


def test_two_limits_before_one_event_in_different_sentences_are_not_a_window():
    # Two notices before a closure, each its own sentence: 'earliest' does not pick the farther as if they were a
    # window's two ends; the question's own words ('the employees', 'posted') pick the limit about them.
    built = contract("The Employer shall notify the Union no later than ninety (90) days prior to the closure of a "
                     "worksite. Affected employees shall be notified by posting not less than thirty (30) days prior to "
                     "the closure of a worksite.")
    found = limits.limits_in(built, "18.5", "A")
    assert sorted(t.amount for t in found) == [30, 90] and {t.relation for t in found} == {"before"}
    chosen = limits.best_for(read("The closure notice for us employees was posted on the board today. What's the "
                                  "earliest the site can close?", date(2001, 6, 1)), found)
    assert chosen is not None and chosen.amount == 30


def test_the_latest_they_can_act_asks_a_date():
    # Why: 'whats the latest they can make the adjustment?' asks the date a time limit falls on, as 'the latest date' does.
    from assistant.calculators.question import read
    from assistant.calculators.triggers import wants_date

    assert wants_date(read("I sent payroll a written note on monday nov 16. whats the latest they can make the adjustment?",
                           date(2026, 12, 2)))
    assert not wants_date(read("what's the latest news on the contract?", date(2026, 12, 2)))


def test_a_limit_counted_back_from_a_layoff_counts_from_the_day_it_takes_effect(shared_assistant):
    # Why: 16.1 C: the Union is told no later than sixty (60) calendar days prior to the actual date of layoff. Told
    # 'laying off 4 … effective Friday Feb 5' beside two other dates (when the chapter heard, when notices went out),
    # the count runs back from February 5, 2027 (December 7, 2026), not from the first date written (December 1).
    answer = shared_assistant.answer("Dept told the chapter on Tuesday Dec 1 that they're laying off 4 Office Assistants "
                                     "effective Friday Feb 5. The employees' layoff notices were mailed Dec 1 too. What was "
                                     "the last day the State should have notified the Union of the layoff?", SAMPLE,
                                     today=date(2026, 12, 2))
    assert answer.tool is not None and answer.tool.name == "time_limit", answer.answer
    assert answer.tool.output["primary"]["value"] == "2026-12-07", answer.answer


def test_a_window_clause_second_among_related_language_is_counted_when_its_condition_shares_the_question():
    # Why: a notice window ('If either party desires to reopen this Agreement, … not less than 60 nor more than 90 days
    # prior to …') ranked second behind a clause about bulletin board notices, in a 'related' answer, was never counted
    # from; the words it shares with the question are in the sentence's condition (reopen, agreement, either), not in
    # its action ('give the other party written notice').
    from assistant.calculators.router import time_limit_answer
    from assistant.citations import make_citation
    from assistant.schema import Answer
    from assistant.snapshot import Snapshot

    built = contract("Bulletin board notices shall be restricted to notices of union meetings and elections.",
                     "If either party desires to reopen this Agreement, they shall give the other party written notice to "
                     "that effect not less than sixty (60) nor more than ninety (90) days prior to December 31, 2001.")
    section = built.section("18.5")
    cited = [make_citation(built, section, section.clause(path), section.clause(path).text) for path in ("A", "B")]
    built.sha256 = "window-second"
    snapshot = Snapshot(build="t", contracts={built.id: built}, chunks=[], bm25=None, store=None,  # type: ignore[arg-type]
                        embeddings=None)  # type: ignore[arg-type]
    question = "For our records: what was the earliest date either side could send notice that it wanted to reopen the agreement?"
    window = limits.best_for(read(question, date(2001, 6, 1)), limits.limits_in(built, "18.5", "B"))
    assert window is not None
    assert {"eithe", "reope", "agree"} <= {w[:5] for w in limits.shared_words(read(question, date(2001, 6, 1)), window)}
    result = time_limit_answer(question, snapshot, Answer(answer="", outcome="related", closest=cited), date(2001, 6, 1))
    assert result is not None and result.tool is not None, "the window clause, second, is counted from"
    assert result.tool.output["primary"]["value"] == "2001-10-02", result.answer
    # A third clause down is not reached: only the two closest are read.
    assert time_limit_answer(question, snapshot, Answer(answer="", outcome="related", closest=[cited[0], cited[0], cited[1]]),
                             date(2001, 6, 1)) is None
