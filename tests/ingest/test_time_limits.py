"""Time limits found in a contract's text at ingest: amount, unit, what they count from, what they
govern, the step, where they are (main text or a side letter), and how the contract counts days."""

from __future__ import annotations

from datetime import date

from ingest.loader import load_document
from ingest.structure import Article, Clause, Contract, Section
from ingest.time_limits import extract, words_to_number

SIDE = """ARTICLE 1 - GRIEVANCES

1.1 Filing

A. A grievance shall be filed no later than ten (10) working days after the employee knew of the event.

B. The supervisor shall respond within 72 hours of receipt of the grievance.

C. The time limits in this Article may be extended by mutual written agreement of the parties.

## SIDE LETTER #1 - Parking

Notwithstanding Section 1.1, a grievance concerning a parking assignment shall be filed within thirty (30) calendar days after the employee learns of the assignment.
"""


def one(text: str, title: str = "Grievance Procedure") -> Contract:
    contract = Contract(id="t", title="T", articles=[Article(number="9", title=title, sections=[
        Section(id="9.1", article="9", title=title, clauses=[Clause(path="A", text=text)])])])
    contract.time_limits, contract.time_rules = extract(contract)
    return contract


def test_numbers_in_words():
    assert words_to_number("twenty-one") == 21
    assert words_to_number("one hundred and eighty") == 180
    assert words_to_number("twenty-fifth") == 25


def test_what_counts_from_what():
    limit = one("An employee must file a written grievance within thirty (30) calendar days of the date the grievant "
                "first learned of the violation.").time_limits[0]
    assert (limit.amount, limit.unit, limit.relation) == (30, "calendar_days", "within")
    assert limit.from_kinds == ["knowledge"] and limit.action_kind == "file" and limit.party == "grievant"
    assert limit.quote.startswith("An employee must file") and limit.grievance
    later = one("The appeal must be filed no later than ten (10) working days after the effective date of the "
                "suspension.").time_limits[0]
    assert (later.amount, later.unit, later.relation, later.from_kinds) == (10, "working_days", "no_later_than", ["event"])
    hours = one("The Union may submit the grievance to arbitration within 72 hours of receipt of the third step "
                "response.").time_limits[0]
    assert (hours.amount, hours.unit, hours.action_kind, hours.level) == (72, "hours", "arbitrate", 4)
    ordinal = one("A grievor may present a grievance to the first level not later than the twenty-fifth (25th) day after "
                  "the date on which the grievor first becomes aware of the action.").time_limits[0]
    assert (ordinal.amount, ordinal.unit, ordinal.relation, ordinal.level) == (25, "days", "no_later_than", 1)
    either = one("The party must notify the other party within fourteen (14) calendar days from the date of the incident "
                 "or the date when they should have been aware of it, whichever is earlier.").time_limits[0]
    assert either.whichever == "earlier" and set(either.from_kinds) == {"event", "knowledge"}


def test_a_limit_without_its_own_starting_point_counts_from_the_event_its_sentence_or_lead_in_opens_with():
    contract = Contract(id="t", title="T", articles=[Article(number="4", title="Arbitration", sections=[
        Section(id="4.2", article="4", title="Choosing an arbitrator", clauses=[
            Clause(path="c", text="Upon delivery of the list of arbitrators, the responding party"),
            Clause(path="c.i", text="if it objects to every name, shall, within ten (10) days, say so in writing."),
            Clause(path="d", text="On receipt of the union's proposal the employer shall, within five (5) days, reply.")])])])
    listed, _ = extract(contract)
    assert [(t.clause, t.amount, t.counts_from) for t in listed] == [
        ("c.i", 10, "delivery of the list of arbitrators"), ("d", 5, "receipt of the union's proposal")]


def test_amounts_that_are_not_time_limits_are_left_out():
    assert one("Bereavement leave shall be authorized for up to three eight-hour days (24 hours) per occurrence.",
               "Bereavement Leave").time_limits == []
    assert one("An employee may be required to perform out-of-class work for up to 120 calendar days in any twelve (12) "
               "consecutive calendar months.", "Out of Class").time_limits == []


def test_counting_rules_and_extension():
    rules = one("In determining the time within which any action is to be taken as prescribed in this procedure, "
                "Saturdays, Sundays and designated paid holidays shall be excluded.").time_rules
    assert [(r.kind, r.excludes) for r in rules] == [("excludes", ["holidays", "saturday", "sunday"])]
    defined = one("“Working days” for the purpose of this Article is defined as all weekdays (i.e., Monday through Friday) "
                  "not designated as a holiday under Article 6.").time_rules
    assert defined[0].kind == "working_days" and defined[0].excludes == ["holidays", "saturday", "sunday"]
    extension = one("The parties may mutually agree to extend time limits in order to resolve the grievance.").time_rules
    assert [r.kind for r in extension] == ["extension"]


def test_side_letter_limits_are_found_and_answer_questions(tmp_path):
    from assistant.calculators.router import route
    from assistant.scope import Scope
    from assistant.snapshot import Snapshot

    path = tmp_path / "side.md"
    path.write_text(SIDE)
    contract = load_document(path, 10**6)  # extracted at ingest, stored with the parsed contract
    parts = {(t.section, t.part, t.amount, t.unit) for t in contract.time_limits}
    assert ("1.1", "contract", 10, "working_days") in parts and ("1.1", "contract", 72, "hours") in parts
    assert ("Side Letter 1", "side letter", 30, "calendar_days") in parts
    assert [r.kind for r in contract.time_rules] == ["extension"]
    snapshot = Snapshot(build="t", contracts={contract.id: contract}, chunks=[], bm25=None, store=None,  # type: ignore[arg-type]
                        embeddings=None)  # type: ignore[arg-type]
    routed = route("I learned of my new parking assignment on May 1, 2024. When must I file a grievance about the parking "
                   "assignment?", snapshot, Scope((contract.id,)), date(2024, 5, 2))
    assert routed is not None
    answer = routed[0]
    assert answer.tool is not None and answer.tool.output["primary"]["value"] == "2024-05-31"
    assert answer.citations[0].section == "Side Letter 1" and "thirty (30) calendar days" in answer.citations[0].quote
    # The main text's limit, in working days: May 1, 2024 (Wednesday) + 10 working days → May 15.
    routed = route("I found out about the violation on May 1, 2024. When is my last day to file a grievance?", snapshot,
                   Scope((contract.id,)), date(2024, 5, 2))
    assert routed is not None and routed[0].tool.output["primary"]["value"] == "2024-05-15"  # type: ignore[union-attr]


def test_days_left_out_of_the_count_may_stand_before_what_it_counts_from():
    limit = one("The Employer shall provide an adjustment on a subsequent pay date but not later than ten (10) days "
                "exclusive of Saturdays, Sundays, and Recognized Holidays after receiving the notification of the "
                "shortage in writing.", "Pay").time_limits[0]
    assert (limit.amount, limit.unit, limit.relation) == (10, "working_days", "no_later_than")
    assert limit.counts_from == "receiving the notification of the shortage in writing"
    assert limit.phrase.endswith("exclusive of Saturdays, Sundays, and Recognized Holidays after")


def test_steps_that_run_on_in_one_paragraph_give_each_limit_its_own_step():
    # The steps are sentences of one clause, not headings: the 'Step N' that starts a sentence before a
    # limit is its step, not the first one the clause names (nor a 'Step 2' named in passing before it).
    limits = one("Step 1 (Informal) The employee shall request a meeting with the supervisor within thirty (30) working "
                 "days of the date the grievant first learned of the grievance. Grievances arising from suspension are "
                 "to be initiated at Step 2 of this procedure. Step 2 (Formal Grievance) The Union shall file the "
                 "grievance within forty (40) working days of the request for a step 1 meeting. Grievances arising from "
                 "suspension must be filed no later than ten (10) working days after the effective date of the "
                 "suspension.").time_limits
    assert [(limit.amount, limit.level) for limit in limits] == [(30, 1), (40, 2), (10, 2)]


def test_the_same_words_in_two_steps_are_two_limits():
    # Each step's sentence says 'will answer within ten (10) days': one limit per sentence, each at its own step.
    limits = one("Step 1. The employee will take the matter up with the foreman within ten (10) days of the incident. "
                 "The foreman will answer within ten (10) days. Step 2. An unresolved matter will go in writing to the "
                 "plant manager. The plant manager will answer within ten (10) days.").time_limits
    answers = [limit for limit in limits if limit.action_kind == "respond"]
    assert [(limit.level, limit.quote.split(" will")[0]) for limit in answers] == [(1, "The foreman"), (2, "The plant manager")]


def test_no_later_than_a_count_of_days_prior_to_an_event_counts_back_from_it():
    # 'no later than forty-five (45) days prior to the closure': the notice is due 45 days before, not after.
    limit = one("The Employer shall notify the Union no later than forty-five (45) days prior to the closure of a "
                "worksite.", title="Closures").time_limits[0]
    assert (limit.amount, limit.relation) == (45, "before")
    notice = one("Affected employees shall be notified by posting not less than thirty (30) days prior to the closure "
                 "of a worksite.", title="Closures").time_limits[0]
    assert (notice.amount, notice.relation) == (30, "before")


def test_a_list_before_the_verb_is_part_of_the_action():
    # The subject is a list ('demotion, transfer, or discharge'): the action keeps it, not only its last item, so a
    # question about a transfer finds this limit.
    limit = one("Grievances over demotion, transfer, or discharge must be filed no later than ten (10) days after the "
                "effective date of the action.").time_limits[0]
    assert limit.action == "Grievances over demotion, transfer, or discharge must be filed"


def test_several_limits_in_one_sentence_keep_their_own_cases():
    # 'except X' before a limit is a case it is not for; 'where …' after one, or 'except X, to which … within',
    # the case it is for.
    limits = one("The Company shall answer a grievance at any step, except the last step, within ten (10) days after it "
                 "is filed, and within fifteen (15) days where the grievance is filed at the last step except in the case "
                 "of a group grievance, to which the Company shall answer within forty (40) days.").time_limits
    assert [(t.amount, t.excludes, t.applies_when) for t in limits] == [
        (10, "the last step", ""), (15, "", "the grievance is filed at the last step"),
        (40, "", "the case of a group grievance")]
