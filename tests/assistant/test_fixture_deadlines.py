"""Deadlines on real contracts nobody wrote calculator rules for: the time limits are found in the
text, counted the way each contract counts (working days that skip its own holidays; days that
exclude Saturdays, Sundays and holidays; 'days' it does not define; whichever date is earlier), and
cited to the sentence they come from. The excerpts are verbatim from the fixture contracts of the
"any contract" issue (line breaks joined), built as parsed contracts so the tests do not depend on
how a parser splits them; when the full fixture files are in data/contracts the last test runs on
them as ingested.
"""

from __future__ import annotations

import functools
from datetime import date
from pathlib import Path

import pytest

from assistant.calculators.derived import derive, draft_yaml
from assistant.calculators.router import route
from assistant.calculators.rules import validate
from assistant.scope import Scope
from assistant.snapshot import Snapshot
from assistant.text import occurs_in
from ingest.structure import Article, Clause, Contract, Section
from ingest.time_limits import extract

ROOT = Path(__file__).resolve().parents[2]


def build(contract_id: str, title: str, articles: list[tuple[str, str, list[tuple[str, str, list[str]]]]]) -> Contract:
    parsed = Contract(
        id=contract_id, title=title, short_title=title, sha256=contract_id,
        articles=[Article(number=number, title=article_title,
                          sections=[Section(id=sid, article=number, title=stitle, page_start=1,
                                            clauses=[Clause(path=f"¶{i}", text=text, page=1) for i, text in enumerate(paragraphs, 1)])
                                    for sid, stitle, paragraphs in sections])
                  for number, article_title, sections in articles],
    )
    parsed.time_limits, parsed.time_rules = extract(parsed)
    return parsed


MARION = build("marion-county-oregon-mcea-seiu-503-2024-2026", "Marion County MCEA Agreement", [
    ("6", "HOLIDAYS", [("6.1", "Holidays", [
        "The following days are legal holidays for regular employees in the county service:",
        "New Year’s Day\nMartin Luther King’s Birthday (3rd Monday in January)\nPresidents’ Day (3rd Monday in February)\n"
        "Memorial Day\nJuneteenth\nIndependence Day\nLabor Day\nVeterans’ Day\nThanksgiving Day\nChristmas Day",
        "All legal holidays designated by the Board of Commissioners.",
    ])]),
    ("21", "GRIEVANCE AND ARBITRATION PROCEDURE", [
        ("21.1", "Definitions", [
            "“Working days” for the purpose of this Article is defined as all weekdays (i.e., Monday through Friday) not "
            "designated as a holiday under Article 6, Section 1 of this agreement.",
        ]),
        ("21.2", "Grievance Procedure – Steps", [
            "Step 1 (Informal)",
            "Any party who believes that their contractual rights have been violated shall discuss the grievance with the "
            "employee’s immediate supervisor and Union steward. Within thirty (30) working days of the date the grievant "
            "first learned of the grievance or reasonably may have been expected to have learned of it, the employee shall "
            "submit a written request for a meeting with the individual’s immediate supervisor.",
            "Step 2 (Formal Grievance)",
            "If the grievance has not been resolved in Step 1, the Union shall file a formal written grievance with the "
            "department head. The grievance shall be filed by a Union representative within forty (40) working days of the "
            "original written request for a step 1 meeting. Grievances arising from suspension, reduction in pay, or "
            "termination must be filed no later than ten (10) working days after the effective date of the suspension, "
            "reduction in pay, or termination. A copy of the formal written grievance shall be sent to human resources.",
            "The department head shall meet with the employee and their Union representative within ten (10) working days "
            "after receipt of the formal grievance in an effort to resolve the complaint. The department head or designee "
            "shall respond, in writing, to the grievance within ten (10) working days following the meeting. The written "
            "response shall include the decision and the reason for the decision. The parties may mutually agree to extend "
            "time limits in order to resolve the grievance.",
            "Step 3",
            "If the parties have not resolved the grievance after Step 2, either party may appeal the matter to arbitration, "
            "in writing, within twenty (20) working days of the day the written step 2 decision was due or received, "
            "whichever is earlier.",
        ]),
    ]),
])

TBS = build("tbs-canada-ship-repair-east-fgdtlc-2018-2022", "Ship Repair (East) Agreement", [
    ("11", "designated paid holidays", [("11.01", "designated paid holidays", [
        "Subject to clause 11.02, the following days shall be designated paid holidays:",
        "New Year's Day,", "Good Friday,", "Easter Monday,",
        "the day fixed by proclamation of the Governor in Council for celebration of the Sovereign's birthday,",
        "Canada Day,", "Labour Day,",
        "the day fixed by proclamation of the Governor in Council as a general day of Thanksgiving,",
        "Remembrance Day,", "Christmas Day,", "Boxing Day,",
    ])]),
    ("19", "grievance procedure", [
        ("19.15", "grievance procedure", [
            "A grievor may present a grievance to the first level of the procedure in the manner prescribed in clause "
            "19.08, not later than the twenty-fifth (25th) day after the date on which the grievor is notified or on which "
            "the grievor first becomes aware of the action or circumstances giving rise to the grievance.",
        ]),
        ("19.16", "grievance procedure", [
            "A grievor may present a grievance at each succeeding level in the grievance procedure beyond the first level "
            "either:",
            "where the decision or settlement is not satisfactory to the grievor, within ten (10) days after that decision "
            "or settlement has been conveyed in writing to the grievor by the Employer,",
        ]),
        ("19.20", "grievance procedure", [
            "In determining the time within which any action is to be taken as prescribed in this procedure, Saturdays, "
            "Sundays and designated paid holidays shall be excluded.",
        ]),
        ("19.22", "grievance procedure", [
            "The time limits stipulated in this procedure may be extended by mutual agreement between the Employer and the "
            "grievor and, where appropriate the Council representative.",
        ]),
    ]),
])

GRINNELL = build("grinnell-college-ugsdw-2016-2017", "Grinnell College UGSDW Agreement", [
    ("VII", "Grievances", [("7.2", "Grievance Procedure", [
        "**7.2 Grievance Procedure.** Should any employee assert that the College has violated a provision of this "
        "Agreement, such claim will be considered a grievance to be resolved under this provision.",
        "**Step One.** The aggrieved employee and/or a union representative will raise the concern with their supervisor "
        "within five (5) days after knowledge of the issue giving rise to the concern. The supervisor or a designee will "
        "respond within five (5) days.",
    ]), ("7.3", "Arbitration", [
        "**7.3 Arbitration.** If the grievance is not resolved at Step Two the Union may request arbitration on behalf of "
        "the aggrieved employee by submitting a written request to the director of Dining Services within three (3) days "
        "of receiving the Step Two response.",
    ])]),
])

BOILERMAKERS = build("boilermakers-local-146-bca-alberta-maintenance-2025-2028", "Boilermakers Local 146 Agreement", [
    ("10.00", "GRIEVANCE PROCEDURE", [("10.01", "", [
        "(i) The party raising the difference must notify the other party (contractor, Boilermaker Contractors' "
        "Association (BCA) or Local Lodge as appropriate), in written format within fourteen (14) calendar days from "
        "the date of the incident or the date when they should have reasonably been aware of the incident or the "
        "circumstances giving rise to the difference, which ever is earlier.",
        "(iv) If the parties are unable to resolve the difference, the party raising the difference shall submit a formal "
        "grievance to the other party within twenty-one (21) calendar days from the date of notification in paragraph i) "
        "above.",
    ])]),
])


def snapshot(*contracts: Contract) -> Snapshot:
    return Snapshot(build="test", contracts={c.id: c for c in contracts}, chunks=[], bm25=None, store=None,  # type: ignore[arg-type]
                    embeddings=None)  # type: ignore[arg-type]


def answer(contract: Contract, question: str, today: date, tool: str = "grievance_deadline"):
    """The calculator's answer to a question on one contract, from the tool named, every quote word for
    word in the clause it cites."""
    routed = route(question, snapshot(contract), Scope((contract.id,)), today)
    assert routed is not None, question
    result, pending = routed
    assert result.tool is not None and result.tool.name == tool, result.answer
    for citation in result.citations:
        clause = contract.section(citation.section).clause(citation.clause)  # type: ignore[union-attr]
        assert clause is not None and occurs_in(citation.quote, clause.text), citation
    return result


def test_marion_counts_working_days_and_skips_its_holidays():
    # 30 working days after Monday June 30, 2025, skipping Friday July 4 (Independence Day in 6.1) → August 12.
    result = answer(MARION, "I learned of the violation on Monday, June 30, 2025. When is the deadline to submit my "
                            "written request for a Step 1 meeting?", date(2025, 7, 1))
    assert result.tool.output["primary"] == {"type": "date", "value": "2025-08-12", "label": "due date"}
    assert any("Within thirty (30) working days" in c.quote for c in result.citations)
    assert any("Independence Day" in line for line in result.tool.output["work"])
    assert any(c.section == "6.1" for c in result.citations)  # the holiday skipped, cited to the holiday article
    assert any(c.section == "21.1" for c in result.citations)  # the definition of working days


def test_a_request_that_is_not_a_grievance_step_is_not_counted_as_one():
    # Marion County's Step 1 is 'submit a written request for a meeting': sharing its paperwork verbs is not enough,
    # what is asked for must be shared too ('raise it with my supervisor' still is).
    routed = route("Our training in Salem starts on Monday, March 8, 2027. By when do I have to submit my written request "
                   "for the out-of-state travel?", snapshot(MARION), Scope((MARION.id,)), date(2026, 12, 1))
    assert routed is None or routed[0].tool is None or routed[0].tool.name != "grievance_deadline"
    met = answer(MARION, "Found out about the schedule change on Monday, June 30, 2025. By when do I have to request the "
                         "meeting with my supervisor?", date(2025, 7, 1))
    assert met.tool.output["primary"]["value"] == "2025-08-12"


def test_marion_whichever_is_earlier_and_labor_day():
    # Due or received, whichever is earlier: the decision was due September 4 (10 working days after the August 20
    # meeting, Labor Day not counted) and received Friday August 29, 2025, the earlier: 20 working days, Labor Day
    # (September 1) skipped → September 29. (Told only the day received, the meeting's date is asked for:
    # test_a_decision_due_or_received_asks_when_its_clock_started.)
    result = answer(MARION, "Our step 2 meeting was held August 20, 2025 and we received the written step 2 decision on August "
                            "29, 2025. When must we appeal to arbitration?", date(2025, 9, 2))
    assert result.tool.output["primary"]["value"] == "2025-09-29"
    assert any("the day received starts the count" in step for step in result.tool.output["work"])


def test_marion_a_suspension_is_grieved_within_its_own_time_limit():
    # The limit that counts from 'the effective date of the suspension' (10 working days), not the 30 of Step 1:
    # Thursday June 12, 2025 + 10 working days, Juneteenth (Thursday June 19) skipped → Friday June 27.
    result = answer(MARION, "hey so my suspension took effect thursday june 12 2025. how long do i have to file the "
                            "grievance? need the actual date", date(2025, 6, 13))
    assert result.tool.output["primary"]["value"] == "2025-06-27"
    assert any("effective date of the suspension" in c.quote for c in result.citations)


def test_marion_step_2_counts_from_the_step_1_request():
    result = answer(MARION, "I submitted my written request for a Step 1 meeting on March 3, 2025. When must the union "
                            "file the formal Step 2 grievance?", date(2025, 3, 10))
    assert result.tool.output["primary"]["value"] == "2025-04-28"  # 40 working days
    assert any("forty (40) working days" in c.quote for c in result.citations)


def test_tbs_days_exclude_weekends_and_designated_holidays():
    # 19.20 excludes Saturdays, Sundays and designated paid holidays: 25 such days after December 15, 2020 skip
    # Christmas, Boxing Day (observed Monday December 28) and New Year's Day → January 22, 2021.
    result = answer(TBS, "I first became aware of the action on December 15, 2020. When is the last day to present my "
                         "grievance at the first level?", date(2020, 12, 16))
    assert result.tool.output["primary"]["value"] == "2021-01-22"
    assert any(c.section == "19.20" for c in result.citations)
    assert any("mutual agreement" in note for note in result.tool.output["notes"])  # 19.22, quoted


def test_grinnell_days_it_does_not_define_are_counted_as_calendar_days_and_said_so():
    result = answer(GRINNELL, "I found out about the issue on October 3, 2016. By when do I have to raise it with my "
                              "supervisor?", date(2016, 10, 4))
    assert result.tool.output["primary"]["value"] == "2016-10-08"
    assert any("calendar or working days" in a for a in result.tool.output["assumptions"])


def test_grinnell_arbitration_after_the_step_two_response():
    result = answer(GRINNELL, "We got the Step Two response on November 1, 2016. When must the union request "
                              "arbitration?", date(2016, 11, 2))
    assert result.tool.output["primary"]["value"] == "2016-11-04"


def test_a_chain_of_steps_each_on_its_last_allowed_day():
    # The member gives the day an earlier step's clock starts and says the steps between take all their time: each
    # later clock starts on the day the one before is due. Boilermakers 10.01: notice 14 calendar days from the
    # incident (known that day), then the formal grievance 21 days from the notification.
    boil = answer(BOILERMAKERS, "Foreman shorted my hours on Oct 5 2026 and I found out that day. if the local waits "
                                "until the last day to give notice of the difference and nothing gets settled, whats the "
                                "last day for the formal grievance?", date(2026, 12, 1))
    assert boil.tool.output["primary"]["value"] == "2026-11-09"  # Oct 19, then Nov 9
    # Marion County 21.2: the Step 2 response 10 working days after the meeting; arbitration 20 working days after
    # the day the decision was due or received (it never comes: the day it was due).
    marion = answer(MARION, "Step 2 meeting was held on Monday March 2, 2026. If the written decision never comes, what's "
                            "the last day to request arbitration?", date(2026, 12, 1))
    assert marion.tool.output["primary"]["value"] == "2026-04-13"  # March 16, then April 13
    assert {"21.2"} <= {c.section for c in marion.citations}
    assert any("last allowed day" in a for a in marion.tool.output["assumptions"])
    # The day given is the receipt of the grievance even where its sentence also tells of the meeting held later.
    met = answer(MARION, "HR got our formal step 2 grievance on Monday, March 2, 2026 and the department head held the "
                         "step 2 meeting on the last day allowed. When is the written step 2 answer due?", date(2026, 12, 1))
    assert met.tool.output["primary"]["value"] == "2026-03-30"  # the meeting by March 16, the answer 10 days after
    # Grinnell 7.2: raised within five days of knowledge, answered within five days of receipt of the grievance (an
    # anchor that names only 'the grievance' follows the filing before it); 'days' counted as calendar days, said.
    grinnell = answer(GRINNELL, "Learned about the schedule problem on Monday Oct 3 2016. If I raise it with my supervisor "
                                "on the last day allowed and the supervisor takes the full time to answer, when is the "
                                "step one answer due?", date(2016, 10, 4))
    assert grinnell.tool.output["primary"]["value"] == "2016-10-13"  # October 8, then October 13
    assert any("calendar or working days" in a for a in grinnell.tool.output["assumptions"])


def test_a_second_question_about_holidays_does_not_hide_the_step_asked_about():
    # The day is asked in the first question ('… submit the formal grievance?'); the second asks about a holiday.
    # 10.01 (iv): 21 calendar days from the notification.
    result = answer(BOILERMAKERS, "The Local will give the contractor written notice of a difference on Monday, December 14, "
                                  "2026. If the discussions don't resolve it, what is the last day to submit the formal "
                                  "grievance? Do Christmas and Boxing Day extend it?", date(2026, 12, 1))
    assert result.tool.output["primary"]["value"] == "2027-01-04"


def test_a_dismissal_is_the_termination_step_whatever_word_is_used():
    # Marion County 21.2: a suspension or termination is filed at Step 2 within 10 working days of its effective date
    # (not the 40 days after a Step 1 request): March 2, 2026 + 10 working days = March 16.
    result = answer(MARION, "They dismissed me effective Monday March 2 2026. When's the deadline for the union to grieve my "
                            "dismissal?", date(2026, 3, 3))
    assert result.tool.output["primary"]["value"] == "2026-03-16"


def test_boilermakers_whichever_is_earlier_counts_from_the_incident():
    result = answer(BOILERMAKERS, "The incident happened on March 3, 2025 but I only found out about it on March 10, "
                                  "2025. By when do we have to notify the contractor in writing?", date(2025, 3, 11))
    assert result.tool.output["primary"]["value"] == "2025-03-17"


def test_the_step_the_asking_part_names_not_the_one_already_done():
    # The letter was sent (paragraph (i), "notify … in written format"); the question asks for the next step,
    # "submit a formal grievance" (paragraph (iv)), which counts 21 days from that notification.
    result = answer(BOILERMAKERS, "We sent the contractor our written notice of the difference on April 7, 2025 and "
                                  "talks went nowhere. When do we have to submit the formal grievance?", date(2025, 4, 20))
    assert result.tool.output["primary"]["value"] == "2025-04-28"
    assert {c.clause for c in result.citations} == {"¶2"}


def test_drafted_rules_validate_and_cite_every_step():
    for contract in (MARION, TBS, GRINNELL, BOILERMAKERS):
        data = derive(contract)
        assert data is not None
        validate(contract, data, "draft")  # every quote is word for word in its clause
        text = draft_yaml(contract)
        assert "DRAFT" in text and "quote:" in text


def test_no_rules_and_no_time_limits_is_not_a_calculation():
    bare = build("bare", "Bare Agreement", [("1", "PARKING", [("1.1", "Parking", ["Parking is free."])])])
    assert derive(bare) is None
    assert route("I found out on March 3, 2025. When is the last day to file a grievance?", snapshot(bare), Scope(("bare",)),
                 date(2025, 3, 4)) is None


FIXTURES = {
    "marion-county-oregon-mcea-seiu-503-2024-2026": (
        "I learned of the violation on Monday, June 30, 2025. When is the deadline to submit my written request for a "
        "Step 1 meeting?", date(2025, 7, 1), "2025-08-12"),
    "grinnell-college-ugsdw-2016-2017": (
        "I found out about the issue on October 3, 2016. By when do I have to raise it with my supervisor?",
        date(2016, 10, 4), "2016-10-08"),
    "tbs-canada-ship-repair-east-fgdtlc-2018-2022": (
        "I first became aware of the action on December 15, 2020. When is the last day to present my grievance at the "
        "first level?", date(2020, 12, 16), "2021-01-22"),
    "boilermakers-local-146-bca-alberta-maintenance-2025-2028": (
        "The incident happened on March 3, 2025 but I only found out about it on March 10, 2025. By when do we have to "
        "notify the contractor in writing?", date(2025, 3, 11), "2025-03-17"),
}


def _fixture_path(contract_id: str) -> Path:
    """The fixture document, whatever its format (Markdown, PDF, DOCX)."""
    found = [p for p in sorted((ROOT / "data" / "contracts").glob(f"{contract_id}.*")) if not p.name.endswith(".yaml")]
    if not found:
        pytest.skip(f"{contract_id} is added by the any-contract fixtures")
    return found[0]


def test_a_label_run_into_its_text_still_opens_a_clause():
    # Boilermakers 10.01 a): '(iii)The parties will discuss …' has lost its space; (iv) after it must not be
    # swallowed into (ii), or its 21-day limit is cited to the wrong paragraph.
    section = _ingested("boilermakers-local-146-bca-alberta-maintenance-2025-2028").section("10.01")
    assert section is not None
    assert section.clause("a.iii").text.startswith("The parties will discuss the difference")  # type: ignore[union-attr]
    assert "twenty-one (21) calendar days" in section.clause("a.iv").text  # type: ignore[union-attr]
    assert "twenty-one" not in section.clause("a.ii").text  # type: ignore[union-attr]


@pytest.mark.parametrize("contract_id", sorted(FIXTURES))
def test_fixture_files_as_ingested(contract_id):
    from ingest.loader import load_document

    contract = load_document(_fixture_path(contract_id), 10**9)
    assert contract.time_limits, "time limits are extracted at ingest"
    question, asked, due = FIXTURES[contract_id]
    assert answer(contract, question, asked).tool.output["primary"]["value"] == due


@functools.cache
def _parsed(contract_id: str) -> Contract:
    from ingest.loader import load_document

    return load_document(_fixture_path(contract_id), 10**9)


def _ingested(contract_id: str) -> Contract:
    """The fixture contract as ingest reads it; parsed once per session (a PDF takes seconds), each caller given its own
    copy so a test that changes it changes no other test's."""
    return _parsed(contract_id).model_copy(deep=True)


def test_holidays_read_from_a_holiday_article_and_a_weekend_one_observed():
    # Marion County lists its holidays by name (6.1) and moves a Saturday holiday to the Friday before (6.3).
    marion = _ingested("marion-county-oregon-mcea-seiu-503-2024-2026")
    routed = route("July 4th, 2026 falls on a Saturday. I work Monday through Friday - which day do I get off instead?",
                   snapshot(marion), Scope((marion.id,)), date(2026, 6, 1))
    assert routed is not None
    answer = routed[0]
    assert answer.tool is not None and answer.tool.name == "holidays"
    assert answer.tool.output["primary"]["value"] == "2026-07-03"
    assert {c.section for c in answer.citations} >= {"6.1", "6.3"}


def test_pay_for_working_a_holiday_from_a_rules_file_that_leaves_deadlines_to_the_text():
    # Ship Repair (East) 11.05: holiday pay (8 hours) + double time for the first 8 hours + triple time after.
    tbs = _ingested("tbs-canada-ship-repair-east-fgdtlc-2018-2022")
    routed = route("I worked 10 hours on Labour Day, a normal work day for me. How many hours' pay is that in total with "
                   "the holiday pay?", snapshot(tbs), Scope((tbs.id,)), date(2021, 9, 8))
    assert routed is not None and routed[0].tool is not None
    assert routed[0].tool.output["primary"]["value"] == 30  # 8 + 8 × 2 + 2 × 3
    # 'scheduled to work' a holiday is working it: 9.5 hours on Christmas Day at $30 = (8 + 8 × 2 + 1.5 × 3) × $30 = $855.
    scheduled = route("Monday-to-Friday day worker here; I have been scheduled to work 9.5 hours on Christmas Day (Friday, "
                      "December 25, 2026). Basic hourly rate $30.00. What will my total pay be for that day, including "
                      "holiday pay?", snapshot(tbs), Scope((tbs.id,)), date(2026, 12, 2))
    assert scheduled is not None and scheduled[0].tool is not None and scheduled[0].tool.name == "holidays"
    assert scheduled[0].tool.output["primary"]["value"] == 855.0
    # Its rules file has no grievance part: deadlines still come from the time limits in its text.
    assert answer(tbs, "I first became aware of the action on December 15, 2020. When is the last day to present my "
                       "grievance at the first level?", date(2020, 12, 16)).tool.output["primary"]["value"] == "2021-01-22"


def test_a_reply_limit_for_its_own_case_in_a_sentence_of_several():
    # Ship Repair 19.17: the Employer replies within 20 days at any level except the final one, within 30 at the final
    # level, within 60 for a policy grievance; 19.20: Saturdays, Sundays and designated paid holidays left out.
    tbs = _ingested("tbs-canada-ship-repair-east-fgdtlc-2018-2022")

    def due(question: str) -> str:
        return answer(tbs, question, date(2021, 3, 2), tool="grievance_deadline").tool.output["primary"]["value"]

    assert due("We presented the grievance at the first level on Monday, March 1, 2021. By when should the employer "
               "reply?") == "2021-03-29"
    assert due("We presented the grievance at the final level on Monday, March 1, 2021. By when should the employer "
               "reply?") == "2021-04-14"  # 30 working days: Good Friday and Easter Monday left out
    assert due("Our policy grievance was presented on Monday, March 1, 2021. By when should the employer reply?") == \
        "2021-05-27"


def test_call_back_pay_is_the_greater_of_overtime_or_the_minimum_at_straight_time():
    # Ship Repair (East) 18.01 c: the greater of the overtime rate (double time, 15.10 a) for the time worked or four
    # hours' pay at straight time. 19:40 to 21:00 is 1 h 20 min: 1.333 × $30 × 2 = $80 < 4 × $30 = $120. A long
    # call back pays its overtime: 18:00 to 21:00 is 3 h × $30 × 2 = $180 > $120.
    tbs = _ingested("tbs-canada-ship-repair-east-fgdtlc-2018-2022")

    def paid(question: str):
        return answer(tbs, question, date(2021, 3, 2), tool="call_back")

    short = paid("I was done with my day shift at 15:30 and went home. No one told me about it, but they called me back "
                 "and I worked 19:40 to 21:00. I make $30.00 an hour. What's my call-back pay?")
    assert short.tool.output["primary"] == {"type": "money", "value": 120.0, "label": "call-back pay"}
    assert {c.section for c in short.citations} >= {"18.01", "15.10"}
    assert paid("Finished my shift at 3:30 pm, got called back in at 6 pm and worked till 9 pm. $30/hr. How much do I "
                "get for the call back?").tool.output["primary"]["value"] == 180.0
    # 24-hour times as four digits, as this agreement writes them: 1930-2100 is 1.5 h × $30 × 2 = $90 < $120.
    assert paid("done my day shift at 1615 and went home. they called me back with no notice, worked 1930-2100. "
                "$30/hr. what's my call-back pay?").tool.output["primary"]["value"] == 120.0
    # Told before the shift ended: no minimum, only the overtime for the time worked (1 h × $30 × 2).
    assert paid("My supervisor told me before my shift ended that I'd be called back. I came back at 19:00 and worked "
                "until 20:00 at $30 an hour. What is my call-back pay?").tool.output["primary"]["value"] == 60.0
    # Paid at the overtime rate, the time worked is overtime worked, so 15.14 credits it in completed six-minute
    # periods: 19:00 to 22:23 is 203 minutes, 33 periods = 3.3 h × $30 × 2 = $198 (not 203 minutes' $203).
    credited = paid("Went home after my day shift, no warning. Got called back and was on the job 19:00 till 22:23. "
                    "Rate is $30/hr. What's the call back worth?")
    assert credited.tool.output["primary"]["value"] == 198.0
    assert "15.14" in {c.section for c in credited.citations}
    # Without a rate, the same in hours of pay at straight time: 21:00 to 23:30 is 2.5 h × 2 = 5 > the 4-hour minimum.
    hours = answer(tbs, "done at 1615, went home, nobody said anything. they called me back and i worked 2100 to 2330. how "
                        "many hours of pay do i get?", date(2021, 3, 2), tool="call_back")
    assert hours.tool.output["primary"] == {"type": "hours", "value": 5, "label": "hours of pay, straight-time"}
    assert {"18.01", "15.10"} <= {c.section for c in hours.citations}


def test_call_back_minimum_paid_at_the_overtime_rate_from_arrival():
    # Marion County 11.9: a minimum of three hours' pay at the overtime rate (13.5: time and one-half), from
    # reaching the work location: 8:50 to 10:00 pm is under three hours → 3 × $30 × 1.5; 4 hours worked → 4 × $45.
    marion = _ingested("marion-county-oregon-mcea-seiu-503-2024-2026")
    short = answer(marion, "I'm overtime eligible at $30 an hour. They called me at 8:20 pm, I got to the shop at 8:50 pm "
                           "and finished at 10:00 pm. What is my call back pay?", date(2025, 3, 3), tool="call_back")
    assert short.tool.output["primary"] == {"type": "money", "value": 135.0, "label": "call-back pay"}
    assert {c.section for c in short.citations} >= {"11.9", "13.5"}
    long = answer(marion, "I'm overtime eligible at $30 an hour. Called back at 6:00 pm, got to the shop at 6:30 pm and "
                          "worked until 10:30 pm. How much call back pay?", date(2025, 3, 3), tool="call_back")
    assert long.tool.output["primary"]["value"] == 180.0
    # Without a rate: the minimum is itself at the overtime rate, so the answer is in hours at that rate (3, not 4.5).
    bare = answer(marion, "got called back last night, got to the shop at 8:50 pm and wrapped up at 10:00 pm. how many "
                          "hours of overtime-rate pay for the call back?", date(2025, 3, 3), tool="call_back")
    assert bare.tool.output["primary"] == {"type": "hours", "value": 3, "label": "hours at the overtime rate"}


def test_a_days_pay_where_overtime_is_paid_by_the_day_follows_the_members_schedule():
    # Boilermakers 13.01: on the 5x8 schedule a weekday is 8 hours straight, up to 2 at 1.5x, then 2x; on the 4x10
    # Monday-to-Thursday schedule Friday is 1.5x for up to 10 hours; Saturday is double time on any schedule.
    boil = _ingested("boilermakers-local-146-bca-alberta-maintenance-2025-2028")

    def primary(question: str) -> dict:
        result = answer(boil, question, date(2026, 3, 2), tool="overtime")
        assert {c.section for c in result.citations} == {"13.01"}
        return result.tool.output["primary"]

    # 8 × $40 + 2 × $40 × 1.5 + 1 × $40 × 2 = 320 + 120 + 80
    assert primary("I'm on 8 hour days and worked 11 hours on Wednesday at $40/hr. What's my pay for the day?") == \
        {"type": "money", "value": 520.0, "label": "pay for the day"}
    # 4x10 Monday to Thursday, Friday worked: 10 × 1.5 + 1 × 2 = 17 hours of straight-time pay
    assert primary("we're on 4x10s and I worked 11 hours on Friday, what is that worth in pay")["value"] == 17
    # Saturday: 6 × $40 × 2
    assert primary("worked 6 hours on a Saturday, $40 an hour, how much do I get paid")["value"] == 480.0
    # 'straight' between the hours and the day: 8 × $50 + 2 × $50 × 1.5 + 2 × $50 × 2 = 400 + 150 + 200
    assert primary("put in 12 hrs straight on a thursday, 5x8 job, base $50/hr. what do i get paid for it")["value"] == 750.0
    # 'last' between them: 8 × $44 + 1 × $44 × 1.5 = 352 + 66
    assert primary("5x8 crew, $44 an hour. i worked 9 hours last tuesday, what's my pay for that day")["value"] == 418.0


def test_reporting_and_waiting_time_from_the_rules_file():
    # Boilermakers 15.02 b: reported and given no work → 2 hours; 15.05: told in time not to come → none;
    # 15.01: kept waiting on hire → 2 hours for each of the first two working days, then 8 a day.
    boil = _ingested("boilermakers-local-146-bca-alberta-maintenance-2025-2028")

    def primary(question: str) -> tuple[dict, set[str]]:
        result = answer(boil, question, date(2026, 3, 2), tool="call_back")
        return result.tool.output["primary"], {c.section for c in result.citations}

    sent_home = primary("Got to the site at 7 for day shift and the foreman sent us all home, said there was no work. "
                        "What do we get paid?")
    assert sent_home == ({"type": "hours", "value": 2, "label": "reporting time"}, {"15.02", "15.04"})
    rained_out = primary("came in for 7, it was snowing sideways and the super sent the crew home. what do we get")
    assert rained_out == ({"type": "hours", "value": 2, "label": "reporting time"}, {"15.02", "15.04"})
    told = primary("They texted me the night before not to come in, then I showed up anyway and there was no work. "
                   "Do I get reporting pay?")
    assert told[0]["value"] == 0 and "15.05" in told[1]
    waited = primary("Dispatch told me to report Tuesday but they didn't put me to work until Monday. How much "
                     "waiting pay do I get?")
    assert waited == ({"type": "hours", "value": 20, "label": "waiting pay"}, {"15.01", "15.04"})  # Tue, Wed 2 h; Thu, Fri 8 h; no weekend


def test_a_holiday_on_a_schedules_day_off_moves_as_the_contract_says_for_that_schedule():
    # Boilermakers 14.04: on the 4x10 Monday-to-Thursday schedule a Friday holiday moves to the preceding Thursday;
    # on the Tuesday-to-Friday one a Monday holiday is observed on the Tuesday. Canada Day 2022 is a Friday;
    # Labour Day 2026 a Monday. Without a schedule the public calendar's day stands.
    boil = _ingested("boilermakers-local-146-bca-alberta-maintenance-2025-2028")

    def observed(question: str) -> str:
        return answer(boil, question, date(2022, 6, 1), tool="holidays").tool.output["primary"]["value"]

    assert observed("We work 4x10s Monday to Thursday. Canada Day 2022 is a Friday, which day do we get off?") == \
        "2022-06-30"
    assert observed("I'm on the four tens, Tuesday to Friday. Labour Day 2026 is a Monday - what day is our holiday?") == \
        "2026-09-08"
    assert observed("When is Canada Day observed in 2022?") == "2022-07-01"


def test_holiday_pay_that_is_the_members_own_normal_day_is_asked_for_then_worked_out():
    # Marion County 6.5: time and one-half for the hours worked on the holiday, plus holiday compensation equal to
    # a normal scheduled workday, which differs by member. Worked by hand: 8 × 1.5 + 10 = 22 hours; × $30 = $660.
    marion = _ingested("marion-county-oregon-mcea-seiu-503-2024-2026")
    scope = Scope((marion.id,))
    routed = route("I had to work 8 hours on Thanksgiving. I make $30/hr. What's my total pay for that day?",
                   snapshot(marion), scope, date(2025, 12, 1))
    assert routed is not None
    asked, pending = routed
    assert asked.needs == ["normal day hours"] and "normal scheduled workday" in asked.answer
    answered = route("My regular 10 hour day", snapshot(marion), scope, date(2025, 12, 1), pending)
    assert answered is not None and answered[0].tool is not None
    result = answered[0].tool.output
    assert result["primary"] == {"type": "money", "value": 660.0, "label": "pay for the day"}
    assert {c.section for c in answered[0].citations} >= {"6.5"}


def test_a_days_pay_with_the_day_named_before_the_hours():
    # Boilermakers 13.01 a.i, 5x8: 8 h straight + 2 h at 1.5x on a weekday: 8 × $50 + 2 × $75.
    boil = _ingested("boilermakers-local-146-bca-alberta-maintenance-2025-2028")
    result = answer(boil, "On 5x8. Tuesday the foreman kept the crew back and I worked 10 hours, lunch not counted. "
                          "At $50 an hour what's my pay for that day?", date(2026, 3, 2), tool="overtime")
    assert result.tool.output["primary"]["value"] == 550.0


def test_wage_additions_and_a_premium_that_grows_with_the_periods_earned():
    # Grinnell Article IV: $9.25 base (4.1), +$0.75 as Student Leader (4.2); the experience premium (4.3) needs
    # 110 hours in the semester and two shifts in its final week: 25, then 50, then 75 cents an hour.
    grin = _ingested("grinnell-college-ugsdw-2016-2017")

    def primary(question: str) -> dict:
        result = answer(grin, question, date(2017, 5, 1), tool="wage")
        assert {c.section for c in result.citations} <= {"4.1", "4.2", "4.3"}
        return result.tool.output["primary"]

    assert primary("I'm a Student Leader on the grill. What's my hourly rate?") == \
        {"type": "rate", "value": 10.0, "label": "hourly rate"}
    # First semester earned: 150 × $0.25.
    assert primary("First semester I qualify for the experience premium: 150 hours and 3 shifts in finals week. "
                   "How much is it?")["value"] == 37.5
    # Got it once before, so this is the second: 120 × $0.50.
    assert primary("I got the experience bonus for the first time last year. This semester I worked 120 hours and "
                   "did 2 shifts in the final week. How much bonus do I get?")["value"] == 60.0
    # One shift in the final week: no premium.
    assert primary("worked 140 hrs this semester but only 1 shift in finals week, how much experience premium do i get")["value"] == 0
    # Fourth semester or later: the third rate stays. Student Leader, 120 hours: 120 × (9.25 + 0.75 + 0.75);
    # with 100 hours the premium is not earned: 100 × (9.25 + 0.75).
    assert primary("Student leader here, fourth semester I've earned the experience premium, 120 hours worked "
                   "and 2 shifts in finals week. What is my total pay for the semester?")["value"] == 1290.0
    assert primary("Student leader here, fourth semester going for the experience premium, 100 hours worked "
                   "and 2 shifts in finals week. What is my total pay for the semester?")["value"] == 1000.0
    # The tier already received says which this one is: paid 50 cents last semester, so 75 now: 112 × $0.75.
    assert primary("Last semester I was paid the 50-cent experience premium. This one I worked 112 hours incl. 2 shifts "
                   "in finals week. What bonus do I get this time?")["value"] == 84.0
    # The qualifying conditions named with an ordinal mean the premium: second time → $9.25 + $0.50 an hour.
    assert primary("2nd semester I've done 110+ hrs and 2 finals week shifts. what's my hourly pay with everything "
                   "added?")["value"] == 9.75
    # The hours are needed for a premium: asked for in one line.
    routed = route("this is my second semester getting the experience premium, how much will it be?", snapshot(grin),
                   Scope((grin.id,)), date(2017, 5, 1))
    assert routed is not None and routed[0].needs == ["hours worked this semester"]


def test_a_holiday_on_a_members_own_days_off_moves_as_the_contract_says():
    # Marion County 6.3: a workweek other than Monday-Friday: first day off → the day before, second → the day after.
    # Independence Day 2025 is a Friday: with Thursday and Friday off it is the second day off → Saturday, July 5.
    marion = _ingested("marion-county-oregon-mcea-seiu-503-2024-2026")
    result = answer(marion, "My days off are Thursday and Friday. July 4th 2025 is on a Friday, which day is my holiday?",
                    date(2025, 6, 1), tool="holidays")
    assert result.tool.output["primary"]["value"] == "2025-07-05"
    assert "6.3" in {c.section for c in result.citations}
    # Working Saturday through Wednesday (so Thursday and Friday off) reads the same way; a Monday-Friday week does not move it.
    same = answer(marion, "I work Saturday through Wednesday. July 4th 2025 falls on a Friday, what day do I get as the "
                          "holiday?", date(2025, 6, 1), tool="holidays")
    assert same.tool.output["primary"]["value"] == "2025-07-05"
    # A four-day week ('4-10s wed thru sat') and three days off listed ('sun mon tue are my days off'): the first two
    # days off are Sunday and Monday, so Independence Day 2027 (a Sunday) is the day before, Saturday, July 3.
    for question in ("I'm on 4-10s wed thru sat. July 4th 2027 falls on a Sunday, which day do I get as my holiday?",
                     "my schedule is wed-sat, sun mon tue are my days off. Independence Day 2027 is on a Sunday, what day "
                     "is my holiday?"):
        four = answer(marion, question, date(2026, 12, 1), tool="holidays")
        assert four.tool.output["primary"]["value"] == "2027-07-03", question


def test_whichever_is_earlier_takes_the_storys_other_date_even_without_a_cue():
    # 'gave the OT away on the 3rd … found out on the 9th': the 3rd has no cue word but is the incident; 10.01 a.i counts
    # 14 days from whichever is earlier, so the 3rd: March 17, not March 23.
    result = answer(BOILERMAKERS, "they handed the saturday OT to a permit hand on the 3rd and i only found out on the "
                                  "9th. last day for our written notice to the contractor?", date(2025, 3, 12))
    assert result.tool.output["primary"]["value"] == "2025-03-17"


def test_a_holiday_asked_by_season_is_that_seasons_year():
    # Asked in November 2026, 'next spring' is 2027: Good Friday is Friday March 26, 2027, moved to Thursday on a
    # Monday-to-Thursday four-ten schedule (14.04).
    boilermakers = _ingested("boilermakers-local-146-bca-alberta-maintenance-2025-2028")
    routed = route("our crew works four tens monday to thursday. which day off do we get for good friday next spring?",
                   snapshot(boilermakers), Scope((boilermakers.id,)), date(2026, 11, 20))
    assert routed is not None and routed[0].tool is not None and routed[0].tool.name == "holidays"
    assert routed[0].tool.output["primary"]["value"] == "2027-03-25"


def test_a_travel_question_is_not_reporting_pay_because_one_day_was_rained_out():
    boilermakers = _ingested("boilermakers-local-146-bca-alberta-maintenance-2025-2028")
    routed = route("Site is 80 km out and there's no bus. Thursday I reported but got rained out and sent home. What "
                   "daily travel do I get per km?", snapshot(boilermakers), Scope((boilermakers.id,)), date(2026, 5, 1))
    assert routed is None or routed[0].tool is None or routed[0].tool.name != "call_back"


def test_a_call_back_past_midnight_and_paid_at_the_overtime_rate():
    # Marion County 11.9: three hours' pay at the overtime rate minimum; arrived 10:50 pm, done by 12:10 (after midnight,
    # 1 h 20 min): 3 × 1.5 × $30 = $135.
    marion = _ingested("marion-county-oregon-mcea-seiu-503-2024-2026")
    result = answer(marion, "they called me back in after i went home. got to the shop at 10:50pm, done by 12:10. "
                            "i'm OT eligible at $30/hr. what should that pay?", date(2026, 3, 4), tool="call_back")
    assert result.tool.output["primary"]["value"] == 135.0


def test_vacation_credits_over_a_vacation_year_change_with_the_anniversary_month():
    # Ship Repair (East) 10.01-10.02: the vacation year runs April to March; 10 hours a month until the month of the
    # 8th anniversary (here December 2020), 13.34 a month from it: Apr-Nov 2020 8 × 10 + Dec-Mar 4 × 13.34 = 133.36.
    tbs = _ingested("tbs-canada-ship-repair-east-fgdtlc-2018-2022")
    result = answer(tbs, "My 8th anniversary of service is in December 2020 and I always get over 80 hours' pay a "
                         "month. How many vacation hours will I earn over the 2020-21 vacation year?", date(2020, 5, 1),
                    tool="leave_accrual")
    assert result.tool.output["primary"]["value"] == 133.36
    assert {c.clause for c in result.citations if c.section == "10.02"} >= {"b", "c"}
    # Service that began mid-year (hired in August 2019): nothing before August, then 6.67 a month, 8 months = 53.36.
    assert answer(tbs, "I was hired in August 2019, full time. How many vacation hours do I earn in the April 2019 to "
                       "March 2020 vacation year?", date(2020, 5, 1),
                  tool="leave_accrual").tool.output["primary"]["value"] == 53.36


def test_a_flat_shift_premium_is_added_to_each_hour_of_a_days_pay_and_not_compounded():
    # Boilermakers 12.03: $4.50 an hour on 2nd and 3rd shifts; 13.01 b: it continues on overtime, not compounded.
    # A 9-hour Tuesday on nights (5x8): 8 × $40 + 1 × 1.5 × $40 + 9 × $4.50 = $420.50, from the night tool.
    boilermakers = _ingested("boilermakers-local-146-bca-alberta-maintenance-2025-2028")
    night = answer(boilermakers, "I'm on graveyard on a 5x8 job and pulled 9 hrs on a tuesday at $40.00/hr. what's "
                                 "the shift worth with the premium?", date(2026, 3, 4), tool="night_shift")
    assert night.tool.output["primary"]["value"] == 420.5
    assert {c.section for c in night.citations} >= {"12.03", "13.01"}
    # A Sunday on the 2nd shift, 6 hours at double time: 6 × 2 × $40 + 6 × $4.50 = $507, from the overtime tool.
    sunday = answer(boilermakers, "Sunday they had me work 6 hours on 2nd shift. Rate is $40.00/hr. What's my pay for "
                                  "the day?", date(2026, 3, 4), tool="overtime")
    assert sunday.tool.output["primary"]["value"] == 507.0


def test_daily_travel_per_kilometre_both_ways_for_each_day_worked_or_reported():
    # Boilermakers 16.01 a: $0.69 a road kilometre from the edge of the free zone to the project and back, each day
    # worked or reported for: 30 km × 2 × $0.69 = $41.40 a day; Tuesday to Thursday worked and Friday reported = 4 days.
    boilermakers = _ingested("boilermakers-local-146-bca-alberta-maintenance-2025-2028")
    result = answer(boilermakers, "Our shutdown is about 70 km from the hall and there's no bus. From the edge of the "
                                  "free zone it's 30 km to the gate. I worked Tuesday to Thursday and on Friday I "
                                  "reported but got sent home for weather. What travel money do I get?", date(2026, 5, 1),
                    tool="travel")
    assert result.tool.output["primary"]["value"] == 165.6
    assert {c.section for c in result.citations} == {"16.01"}


def test_daily_travel_without_the_days_states_the_rate_then_asks_and_a_day_is_one_day():
    boilermakers = _ingested("boilermakers-local-146-bca-alberta-maintenance-2025-2028")
    routed = route("No bus to our job and it's 25 km from the edge of the free zone. What travel do I get?",
                   snapshot(boilermakers), Scope((boilermakers.id,)), date(2026, 5, 1))
    assert routed is not None
    asked, pending = routed
    assert asked.needs == ["days worked"] and pending is not None
    assert [(c.section, c.clause) for c in asked.citations] == [("16.01", "a")] and "$0.69" in asked.answer
    per_day = answer(boilermakers, "It's 25 km from the edge of the free zone to site, no ride supplied. What travel "
                                   "money do I get a day?", date(2026, 5, 1), tool="travel")
    assert per_day.tool.output["primary"]["value"] == 34.5  # 25 × 2 × $0.69


def test_daily_travel_with_only_a_zones_radius_asks_for_the_distance_then_counts_it():
    # 'inside the 120 km zone' is a bound, not the distance the rate is paid on: it is asked for, with the rule (16.01
    # a) stated; the reply completes it: 30 km × 2 × $0.69 × 4 days = $165.60.
    boilermakers = _ingested("boilermakers-local-146-bca-alberta-maintenance-2025-2028")
    routed = route("site is inside the 120 km zone, no bus provided so I drive daily. worked 4 days this week. how much "
                   "travel do I get?", snapshot(boilermakers), Scope((boilermakers.id,)), date(2026, 5, 1))
    assert routed is not None
    asked, pending = routed
    assert asked.needs == ["distance"] and pending is not None, asked.answer
    assert [(c.section, c.clause) for c in asked.citations] == [("16.01", "a")]
    done, still = route("30 km", snapshot(boilermakers), Scope((boilermakers.id,)), date(2026, 5, 1), pending)
    assert still is None and done.tool is not None and done.tool.output["primary"]["value"] == 165.6, done.answer


def test_a_personal_day_question_is_not_a_vacation_year_calculation():
    tbs = _ingested("tbs-canada-ship-repair-east-fgdtlc-2018-2022")
    routed = route("I need a day for some personal business and I don't want to use vacation. Is there paid leave "
                   "for that?", snapshot(tbs), Scope((tbs.id,)), date(2020, 5, 1))
    assert routed is None or routed[0].tool is None or routed[0].tool.name != "leave_accrual"


def test_a_shift_premium_as_a_fraction_of_the_rate_per_hour_or_half_hour():
    # Ship Repair (East) 24.01: 1/7 of the basic hourly rate for each hour on the evening shift, each half-hour on the
    # night shift; 15.02: eight hours worked on each (its schedule less the unpaid meal).
    tbs = _ingested("tbs-canada-ship-repair-east-fgdtlc-2018-2022")
    night = answer(tbs, "I'm on the night shift all month at $28.00 an hour. What's my shift premium for a shift?",
                   date(2020, 5, 1), tool="night_shift")
    assert night.tool.output["primary"]["value"] == 64.0  # $4 a half-hour × 16
    assert {(c.section, c.clause) for c in night.citations} == {("24.01", "b"), ("15.02", "a")}
    evening = answer(tbs, "Moved to evening shift, basic rate $42.00/hr. How much shift premium per shift?",
                     date(2020, 5, 1), tool="night_shift")
    assert evening.tool.output["primary"]["value"] == 48.0  # $6 an hour × 8
    routed = route("They put me on evening shift next week. What shift premium do I get?", snapshot(tbs),
                   Scope((tbs.id,)), date(2020, 5, 1))
    assert routed is not None and routed[0].needs == ["basic hourly rate"]
    assert [(c.section, c.clause) for c in routed[0].citations] == [("24.01", "a")]


def test_vacation_each_pay_period_by_service_and_fte():
    # Marion County 7.1: after the 5th through the 10th year, 4.924 hours a pay period at 1.0 FTE; 7.3: part-time
    # (0.5 FTE or more) in proportion: 0.6 × 4.924 = 2.954.
    marion = _ingested("marion-county-oregon-mcea-seiu-503-2024-2026")
    result = answer(marion, "I'm budgeted at 0.6 FTE and I've been with the county 7 years. How much vacation do I "
                            "earn per pay period?", date(2026, 3, 4), tool="leave_accrual")
    assert result.tool.output["primary"]["value"] == 2.954
    assert {c.section for c in result.citations} == {"7.1", "7.3"}
    full = answer(marion, "Full time, 2 years in. How many vacation hours a pay period do I get?", date(2026, 3, 4),
                  tool="leave_accrual")
    assert full.tool.output["primary"]["value"] == 4.0


def test_working_a_named_holiday_with_the_normal_day_said_as_a_habit():
    # Marion County 6.5: time and one-half for the hours worked, plus a normal scheduled workday of holiday
    # compensation: 'worked memorial day … normally i work 10 hr days' at $20: 10 × 1.5 × 20 + 10 × 20 = $500.
    marion = _ingested("marion-county-oregon-mcea-seiu-503-2024-2026")
    result = answer(marion, "worked memorial day, a full 10 hr shift. normally i work mon-thu 10 hr days. i make $20 an "
                            "hr. what's my total pay for the day", date(2026, 6, 1), tool="holidays")
    assert result.tool.output["primary"]["value"] == 500.0


def test_working_a_holiday_with_the_normal_day_given_as_the_schedule():
    # Marion County 6.5 again; the day's length is the schedule's ('on 4/10s', '5x8s') or the shift the member
    # names as theirs: 9 h at $25 on 4/10s is 9 × 1.5 × 25 + 10 × 25 = $587.50; on 5x8s, 6 × 1.5 × 22 + 8 × 22 = $374.
    marion = _ingested("marion-county-oregon-mcea-seiu-503-2024-2026")
    tens = answer(marion, "we're on 4/10s. i worked 9 hrs on veterans day, $25 an hour. what's my total pay for the day "
                          "with holiday pay", date(2026, 11, 20), tool="holidays")
    assert tens.tool.output["primary"]["value"] == 587.5
    eights = answer(marion, "Full-timer on 5x8s, worked 6 hours on Presidents Day at $22/hr. Total pay for that day?",
                    date(2026, 2, 20), tool="holidays")
    assert eights.tool.output["primary"]["value"] == 374.0
    own = answer(marion, "They had me work my whole 8.5 hr shift on Labor Day at $20/hr. What's my total pay for that day?",
                 date(2026, 9, 10), tool="holidays")
    assert own.tool.output["primary"]["value"] == 8.5 * 1.5 * 20 + 8.5 * 20


def test_paid_rest_break_minutes_by_shift_length():
    # Grinnell 6.1: a paid 10-minute rest break in shifts longer than three hours; exactly three earns none.
    grin = _ingested("grinnell-college-ugsdw-2016-2017")
    both = answer(grin, "I work 9 to 1:30 on Tuesdays and 4 to 7 on Thursdays. How many minutes of paid break do I "
                        "get?", date(2017, 3, 1), tool="rest_breaks")
    assert both.tool.output["primary"]["value"] == 10
    assert [(c.section, c.clause) for c in both.citations] == [("6.1", "")]
    assert answer(grin, "My shift is 3 hours on the dot. Do I get a paid break, how many minutes?", date(2017, 3, 1),
                  tool="rest_breaks").tool.output["primary"]["value"] == 0


def test_notice_not_to_report_given_by_clock_times_against_the_hours_the_contract_needs():
    # Boilermakers 15.05: no reporting time when told eight hours before the start; 15.02 b: otherwise two hours.
    boil = _ingested("boilermakers-local-146-bca-alberta-maintenance-2025-2028")
    late = answer(boil, "The super called me at 10:15 pm to say don't come in, but I was asleep and went in for my 6:00 "
                        "am start anyway. He says I was told the night before so I get nothing. What do I get?",
                  date(2026, 5, 1), tool="call_back")
    assert late.tool.output["primary"]["value"] == 2  # 7.75 hours of notice, less than 8
    assert {"15.05", "15.02"} <= {c.section for c in late.citations}
    early = answer(boil, "Got a text at 8:30 pm not to report, my start is 7:00 am. I showed up anyway. What reporting "
                         "time do I get?", date(2026, 5, 1), tool="call_back")
    assert early.tool.output["primary"]["value"] == 0  # 10.5 hours of notice


def test_a_holiday_only_some_provinces_keep_and_a_schedule_written_with_dashes():
    # Boilermakers 14.02 lists Family Day (a provincial holiday: the third Monday in February where kept); 14.04 moves
    # a Monday holiday to the Tuesday on the Tuesday-to-Friday four-ten.
    boil = _ingested("boilermakers-local-146-bca-alberta-maintenance-2025-2028")
    moved = answer(boil, "Crew is on Tues-to-Fri tens. Family Day 2028 is on a Monday; which day do we get instead?",
                   date(2027, 11, 1), tool="holidays")
    assert moved.tool.output["primary"]["value"] == "2028-02-22"


def test_the_holiday_the_asking_sentence_names_is_the_one_answered():
    # Ship Repair (East): Christmas and Boxing Day on a weekend; the question asks about Boxing Day.
    tbs = _ingested("tbs-canada-ship-repair-east-fgdtlc-2018-2022")
    boxing = answer(tbs, "This year Christmas is a Saturday and Boxing Day a Sunday (2021). I'm Monday to Friday. When "
                         "do I get Boxing Day off?", date(2021, 10, 1), tool="holidays")
    assert boxing.tool.output["primary"]["value"] == "2021-12-28"
    # A day given for the other holiday does not change which one is asked about.
    christmas = answer(tbs, "Boxing Day 2021 lands on Sunday, December 26 and Christmas is the day before. I work Monday to "
                            "Friday. Which date is my Christmas holiday moved to?", date(2021, 10, 1), tool="holidays")
    assert christmas.tool.output["primary"]["value"] == "2021-12-27"


def test_a_postmarked_reply_counts_from_the_day_it_was_delivered_and_sent_home_is_not_a_filing():
    tbs = _ingested("tbs-canada-ship-repair-east-fgdtlc-2018-2022")
    mailed = answer(tbs, "Management's level 2 reply came by mail: postmarked Wed 12 May 2021, delivered to me Fri 14 May "
                         "2021. Last day to transmit to the final level?", date(2021, 5, 20), tool="grievance_deadline")
    assert mailed.tool.input["start"] == "2021-05-14"
    boil = _ingested("boilermakers-local-146-bca-alberta-maintenance-2025-2028")
    sent_home = answer(boil, "They sent me home unpaid on Monday the 9th. I only noticed on my stub Thursday the 12th. "
                             "By when do we have to give written notice of the difference?", date(2026, 11, 13),
                       tool="grievance_deadline")
    assert sent_home.tool.output["primary"]["value"] == "2026-11-23"  # the 9th (earlier) + 14 calendar days


def test_a_grievant_asking_about_holiday_pay_and_a_denial_that_is_not_the_filing():
    # Marion County 6.5: time and one-half for the hours worked on a holiday plus a normal scheduled workday:
    # 10 × $40 × 1.5 + 10 × $40 = $1,000. 'Grievant' names the member; it does not make this a deadline question.
    marion = _ingested("marion-county-oregon-mcea-seiu-503-2024-2026")
    pay = answer(marion, "Grievant is a full-time 10 hr/day Mon-Thu employee at $40/hr and was ordered to work all 10 "
                         "hours on Memorial Day 2026. What should she have been paid for the day?", date(2026, 6, 1),
                 tool="holidays")
    assert pay.tool.output["primary"]["value"] == 1000.0
    # 21.2: step 2 counts from the original written request for a step 1 meeting, so the day step 1 was turned down
    # is not counted from: the date asked for is that request's.
    routed = route("Management turned down our step 1 grievance yesterday. What's the last day for the union to "
                   "file step 2?", snapshot(marion), Scope((marion.id,)), date(2026, 6, 2))
    assert routed is not None and routed[0].needs == ["date it was filed"], routed[0].answer


def _words_only(contract):
    """A snapshot of one ingested fixture with its words indexed and no vectors: enough to rank its clauses."""
    from assistant.bm25 import BM25

    texts = [k.text for s in contract.sections() for k in s.clauses]
    return Snapshot(build="test", contracts={contract.id: contract}, chunks=[], bm25=BM25(texts), store=None,  # type: ignore[arg-type]
                    embeddings=None)  # type: ignore[arg-type]


def test_a_clause_that_points_to_a_letter_is_followed_to_the_letters_closest_clause():
    # Boilermakers 21.01 only says to comply with the tank work letter '(See Letter No. 1)': the answer must quote
    # the letter too. A clause with a reference that does not hand its substance away is not followed.
    from assistant.extractive import Candidate, _points_away, follow_references
    from assistant.ranking import AnswerConfig
    from assistant.retrieval import Query
    from assistant.text import tokens

    boil = _ingested("boilermakers-local-146-bca-alberta-maintenance-2025-2028")
    snap = _words_only(boil)
    pointer = boil.section("21.01")
    assert pointer is not None
    clause = pointer.clauses[0]
    assert any(_points_away(clause, ref) for ref in clause.refs)
    text = "How many name hires can the contractor make on a new tank job?"
    followed = follow_references(snap, Query(text, tokens(text)), [Candidate(boil, pointer, clause, 1.0)], "none",
                                 AnswerConfig())
    assert [c.section.id for c in followed] == ["Letter 1"]
    assert not any(_points_away(k, ref) for s in boil.sections() for k in s.clauses for ref in k.refs
                   if len(k.text.split()) > 45)


def test_a_whole_section_reference_is_followed_when_the_search_also_found_that_section():
    # Marion County 8.6 B allows bereavement time for 'immediate family' as defined in 'Section 12 of this article'
    # (8.12, the definition): quoted for a question about whose death counts when the search found 8.12 too, and not
    # followed on the reference alone.
    from assistant.extractive import Candidate, follow_references
    from assistant.ranking import AnswerConfig
    from assistant.retrieval import Query
    from assistant.text import tokens

    marion = _ingested("marion-county-oregon-mcea-seiu-503-2024-2026")
    snap = _words_only(marion)
    section = marion.section("8.6")
    assert section is not None
    clause = next(k for k in section.clauses if any(r.section == "8.12" and not r.clause for r in k.refs))
    text = "My partner's grandmother died, does she count as immediate family for bereavement time?"
    picked = [Candidate(marion, section, clause, 1.0)]
    config = AnswerConfig(follow_found_sections=3)
    assert [c.section.id for c in follow_references(snap, Query(text, tokens(text)), picked, "none", config,
                                                    frozenset({(marion.id, "8.12")}))] == ["8.12"]
    assert follow_references(snap, Query(text, tokens(text)), picked, "none", config, frozenset()) == []


def test_next_yr_sets_a_holidays_year():
    # Marion County 6.3: a Saturday holiday is observed on the Friday before; Christmas 2027 is a Saturday.
    marion = _ingested("marion-county-oregon-mcea-seiu-503-2024-2026")
    observed = answer(marion, "christmas next yr is a saturday i think. which day do us mon-fri folks get off?",
                      date(2026, 11, 30), tool="holidays")
    assert observed.tool.output["primary"]["value"] == "2027-12-24"


def test_a_callout_is_a_call_back_and_is_not_respelled():
    # Marion County 11.9: a call back pays at least three hours at the overtime rate: 3 × $30 × 1.5 = $135.
    from assistant.glossary import generic_glossary
    from assistant.spelling import Speller

    marion = _ingested("marion-county-oregon-mcea-seiu-503-2024-2026")
    question = ("Supervisor says a callout only pays what I work. Got the call at 10:50 pm, got to the site at 11:30 pm, "
                "done at 12:10. I make $30/hr. What do I get for the callout?")
    texts = [k.text for s in marion.sections() for k in s.clauses]
    fixed, _ = Speller(texts, [*generic_glossary()]).correct(question)
    assert "callout" in fixed
    paid = answer(marion, fixed, date(2026, 11, 30), tool="call_back")
    assert paid.tool.output["primary"]["value"] == 135.0


def test_a_shift_premium_for_the_shifts_worked_and_a_rate_written_without_a_dollar_sign():
    # Ship Repair 24.01 b: 1/7 of the basic rate for each half-hour of the night shift (15.02 a: 2345-0815 less
    # the half-hour meal, 8 hours): rate's 30.10 → $4.30 a half-hour → $68.80 a shift; three shifts → $206.40.
    tbs = _ingested("tbs-canada-ship-repair-east-fgdtlc-2018-2022")
    week = answer(tbs, "on nights 2345-0815 this week, did 3 shifts. rate's 30.10. how much shift premium total?",
                  date(2026, 11, 30), tool="night_shift")
    assert week.tool.output["primary"]["value"] == 206.4
    one = answer(tbs, "on nights 2345-0815, basic rate 30.10, how much shift premium do i get per shift?",
                 date(2026, 11, 30), tool="night_shift")
    assert one.tool.output["primary"]["value"] == 68.8


def test_a_differential_for_the_scheduled_hours_after_six_read_from_a_texted_schedule():
    # Marion County 11.5: $1.25 for each regularly scheduled hour between 6 p.m. and 6 a.m.
    marion = _ingested("marion-county-oregon-mcea-seiu-503-2024-2026")
    week = answer(marion, "I'm on 3p-11:30p Mon thru Fri with an unpaid dinner break 7:30-8. What should my weekly shift "
                          "diff come to?", date(2026, 11, 30), tool="night_shift")
    assert week.tool.output["primary"]["value"] == 31.25  # 18:00–23:30 less the half-hour: 5 h × $1.25 × 5
    one = answer(marion, "My scheduled shift is 4 pm to 12 am and my lunch is paid. How much shift differential do "
                         "I get per shift?", date(2026, 11, 30), tool="night_shift")
    assert one.tool.output["primary"]["value"] == 7.5  # 18:00–24:00: 6 h × $1.25
    held = answer(marion, "I work 7:30 to 4 but stayed till 9pm tuesday. how much shift differential for tuesday?",
                  date(2026, 11, 30), tool="night_shift")
    assert held.tool.output["primary"]["value"] == 0  # only regularly scheduled time earns it


def test_a_differential_waived_for_a_schedule_the_member_asked_for():
    # Marion County 4.6: hours flexed at the employee's request waive shift differentials (rules data, quoted);
    # the differential is still worked out, then shown waived. Without the request it is paid (11.5).
    marion = _ingested("marion-county-oregon-mcea-seiu-503-2024-2026")
    flexed = answer(marion, "my sup ok'd it when i flexed my hours this week: 1 pm to 9:30 pm mon-thu with an unpaid 30 "
                            "min dinner 5 to 5:30. how much shift diff for the week?", date(2026, 3, 4), tool="night_shift")
    assert flexed.tool.output["primary"]["value"] == 0, flexed.answer
    assert "4.6" in {c.section for c in flexed.citations} and "$17.50" in flexed.answer  # 18:00–21:30: 3.5 h × $1.25 × 4
    paid = answer(marion, "I'm not on an alternative schedule. I work 1 pm to 9:30 pm Mon-Thu with an unpaid dinner "
                          "5 to 5:30. How much shift diff for the week?", date(2026, 3, 4), tool="night_shift")
    assert paid.tool.output["primary"]["value"] == 17.5, paid.answer


def test_a_texted_schedule_reads_one_letter_halves_of_the_day_but_not_section_labels():
    from assistant.calculators.question import read

    texted = read("I work 7a-3:30p, sometimes 11p to 7a", date(2026, 11, 30))
    assert [c.hhmm for c in texted.clocks] == ["07:00", "15:30", "23:00", "07:00"]
    assert read("see section 5a to 6b and clause 12a-12c", date(2026, 11, 30)).clocks == []


def test_sick_leave_over_pay_periods_and_a_vacation_balance_held_at_its_cap():
    # Marion County 8.2: 3.693 sick hours a pay period at full time, in proportion for 0.5 FTE or more, none for a
    # pay period entirely without pay; 7.1/7.5: 4.924 vacation hours a period after 5 years, held at 250 hours.
    marion = _ingested("marion-county-oregon-mcea-seiu-503-2024-2026")
    sick = answer(marion, "Budgeted at .75 FTE. I was on leave without pay for the whole pay period twice this year. How "
                          "much sick time did I earn in the last 12 pay periods?", date(2026, 11, 30), tool="leave_accrual")
    assert sick.tool.output["primary"]["value"] == 27.6975  # 10 × 3.693 × 0.75
    capped = answer(marion, "7 years in, full time, vacation bank at 245 hrs. what will my vacation balance be after 3 more "
                            "pay periods?", date(2026, 11, 30), tool="leave_accrual")
    assert capped.tool.output["primary"]["value"] == 250


def test_a_drive_in_is_not_a_second_call_and_a_report_time_starts_the_work():
    # Ship Repair (East) 18.01: driving in from 19:00 to 19:40 is not a call of its own; the work, 19:40 to 20:40, is
    # 1 h × $31 × 2 = $62 < 4 × $31 = $124. Without the drive read as travel there were two calls and two minimums.
    tbs = _ingested("tbs-canada-ship-repair-east-fgdtlc-2018-2022")
    drive = answer(tbs, "$31/hr. went home after my day shift, nobody warned me. they called me back tuesday evening - drove in "
                        "7 to 7:40, worked 7:40 to 8:40, back home by 9:20. what's that pay?", date(2021, 3, 2), tool="call_back")
    assert drive.tool.output["primary"]["value"] == 124.0
    # Unit 4 (sample) 19.9 C and E: credit runs from reporting to the site (5:15), not from the call (4:30), and stops
    # at the next shift's start (7:30), which is within four hours: 2.25 hours, not the four-hour minimum.
    from tests.conftest import SAMPLE_ID

    sample = _ingested(SAMPLE_ID)
    credit = answer(sample, "He finished his regular shift at 3:30 p.m. and nobody mentioned more work. He got called back "
                            "at 4:30 a.m., reported to the work site at 5:15 a.m. and stayed until his normal 7:30 a.m. shift "
                            "started. How many hours of call back credit?", date(2000, 6, 15), tool="call_back")
    assert credit.tool.output["primary"]["value"] == 2.25


def test_a_day_reported_for_on_top_of_the_days_worked_counts_for_daily_travel():
    # Boilermakers 16.01 a pays each day worked or reported for: 3 days worked and one more reported for (rained out)
    # is 4 days × 40 km × 2 × $0.69 = $220.80.
    boil = _ingested("boilermakers-local-146-bca-alberta-maintenance-2025-2028")
    paid = answer(boil, "no bus to the site, it's 40 km each way past the edge of the free zone. i worked 3 days this "
                        "week and showed up for one more day but they sent us home for rain. how much daily travel?",
                  date(2026, 5, 1), tool="travel")
    assert paid.tool.output["primary"]["value"] == 220.8


def test_a_count_of_those_shifts_sets_how_many_shifts_a_differential_is_for():
    # Marion County 11.5 pays per scheduled hour inside the differential's window, less the unpaid meal: 2:30 p.m.
    # to 11:00 p.m. with an unpaid meal 6:30-7:00 is 5 h - 0.5 = 4.5 h × $1.25 = $5.625 a shift; 8 of those = $45.00.
    marion = _ingested("marion-county-oregon-mcea-seiu-503-2024-2026")
    paid = answer(marion, "full time, my regular shift is 2:30 p.m. to 11:00 p.m. with an unpaid meal from 6:30 to "
                          "7:00 p.m. I worked 8 of those shifts this pay period. how much shift differential?",
                  date(2026, 5, 1), tool="night_shift")
    assert paid.tool.output["primary"]["value"] == 45.0


def test_work_calls_taken_at_home_earn_time_and_a_half_and_a_late_night_addition():
    # Marion County 11.10: each call's minutes at time and one-half, plus 15 minutes for a call between 10:00 p.m. and
    # 6:00 a.m.: 9:50 pm, 10 min → 15; 10:30 pm, 4 min → 6 + 15 = 21; total 36 minutes.
    marion = _ingested("marion-county-oregon-mcea-seiu-503-2024-2026")
    result = answer(marion, "i'm ot eligible. had 2 work calls at home tonight, one at 9:50 pm that took 10 minutes and "
                            "one at 10:30 pm, 4 minutes. how much comp time is that?", date(2026, 5, 1), tool="call_back")
    assert result.tool.output["primary"] == {"type": "minutes", "value": 36.0, "label": "time credited for the calls"}
    assert {c.section for c in result.citations} == {"11.10"}
    # A call without its time is counted outside the late-night hours, and the answer says so: 20 × 1.5 = 30.
    untimed = answer(marion, "took a work call at home after hours, we talked 20 minutes. how much comp time?",
                     date(2026, 5, 1), tool="call_back")
    assert untimed.tool.output["primary"]["value"] == 30.0
    assert any("without its time of day" in a for a in untimed.tool.output["assumptions"])
    # Being called back in to work is still a call back, not a phone call.
    back = answer(marion, "they called me at 9 pm and I drove in to the shop, got there at 9:30 pm and finished at 11 pm. "
                          "$30/hr, overtime eligible. what's my call back pay?", date(2026, 5, 1), tool="call_back")
    assert back.tool.output["primary"]["type"] == "money"


def test_severance_on_lay_off_by_years_and_days_of_continuous_employment():
    # Ship Repair (East) 14.02 a, first lay-off: 7 completed years → 2 weeks for the first year + 6 × 1 + 146/365 = 0.4
    # → 8.4 weeks; 14.01 b: weekly rate = $35.00 × 40 = $1,400 → $11,760.00.
    tbs = _ingested("tbs-canada-ship-repair-east-fgdtlc-2018-2022")
    first = answer(tbs, "first time i've been laid off. 7 yrs and 146 days continuous employment, $35.00 an hour. "
                        "what's my severance?", date(2021, 3, 2), tool="severance")
    assert first.tool.output["primary"] == {"type": "money", "value": 11760.0, "label": "severance pay"}
    assert {c.section for c in first.citations} == {"14.01", "14.02"}
    # The rate named first and given after a few words: 'my basic rate on the wage table is $35.00'.
    named = answer(tbs, "Laid off for the first time after 7 years and 146 days of continuous employment. My basic rate "
                        "on the wage table is $35.00. What severance do I get?", date(2021, 3, 2), tool="severance")
    assert named.tool.output["primary"] == {"type": "money", "value": 11760.0, "label": "severance pay"}
    # 22 years: 4 weeks for the first year + 21 = 25 weeks, as a count when no rate is given.
    assert answer(tbs, "how many weeks of severance for 22 years of continuous employment on my first lay-off?",
                  date(2021, 3, 2), tool="severance").tool.output["primary"]["value"] == 25
    # 9.05: leave without pay over three months, not for illness, comes off continuous employment first: 8 y 200 d less a
    # 4-month (120-day) leave = 8 y 80 d → 2 + 7 + 80/365 weeks × $1,200 = $11,063.01; for illness it stays: $11,457.53.
    travel = answer(tbs, "First lay-off. 8 years and 200 days of continuous employment, but that includes a 4-month unpaid "
                         "leave I took to travel. $30.00 an hour. What severance do I get?", date(2021, 3, 2), tool="severance")
    assert travel.tool.output["primary"]["value"] == 11063.01 and "9.05" in {c.section for c in travel.citations}
    sick = answer(tbs, "First lay-off. 8 years and 200 days of continuous employment, including a 5-month unpaid leave "
                       "when I was sick. $30.00 an hour. What severance do I get?", date(2021, 3, 2), tool="severance")
    assert sick.tool.output["primary"]["value"] == 11457.53
    # … 'laid off for the 3rd time' is a later lay-off too: 4 years and 73 days → 4 + 0.2 = 4.2 weeks.
    assert answer(tbs, "I'm being laid off for the 3rd time. 4 years and 73 days continuous since I came back. how many "
                       "weeks of severance?", date(2021, 3, 2), tool="severance").tool.output["primary"]["value"] == 4.2
    # 14.02 b, a second lay-off: one week for each complete year only: 5 × 1 = 5 weeks.
    assert answer(tbs, "this is my second lay-off, 5 years continuous employment. severance in weeks?",
                  date(2021, 3, 2), tool="severance").tool.output["primary"]["value"] == 5


def test_whether_prior_service_counts_for_severance_is_the_clauses_question():
    tbs = _ingested("tbs-canada-ship-repair-east-fgdtlc-2018-2022")
    assert route("Before the yard I had 9 years in the reserves. Does that time count for my severance?", snapshot(tbs),
                 Scope((tbs.id,)), date(2021, 3, 2)) is None


def test_severance_on_death_incapacity_or_rejection_on_probation_by_its_own_clause():
    # Ship Repair (East) 14.03, death: one week a complete year plus the partial year, at most 30 weeks, to the estate:
    # 12 years and 73 days → 12.2 weeks × ($28.00 × 40 = $1,120) = $13,664.00. 35 years would be 35.x: capped at 30.
    tbs = _ingested("tbs-canada-ship-repair-east-fgdtlc-2018-2022")
    died = answer(tbs, "our brother died on the job last week, 12 yrs and 73 days continuous employment at $28.00/hr. "
                       "what severance goes to his estate?", date(2021, 3, 2), tool="severance")
    assert died.tool.output["primary"] == {"type": "money", "value": 13664.0, "label": "severance pay"}
    assert {c.section for c in died.citations} >= {"14.03"} and "14.02" not in {c.section for c in died.citations}
    assert any("estate" in note for note in died.tool.output["notes"])
    assert answer(tbs, "member passed away after 35 years of continuous employment. how many weeks severance?",
                  date(2021, 3, 2), tool="severance").tool.output["primary"]["value"] == 30
    # 14.04, termination for incapacity: complete years only, at most 28 weeks: 9 years and 200 days → 9 weeks.
    assert answer(tbs, "terminated for incapacity with 9 years and 200 days continuous employment. weeks of severance?",
                  date(2021, 3, 2), tool="severance").tool.output["primary"]["value"] == 9
    # 14.05, rejection on probation after a second appointment: complete years only, none under two years:
    # 4 years and 300 days at $30.00 → 4 × $1,200.00 = $4,800.00; 1 year and 250 days → nothing.
    rejected = answer(tbs, "she was rejected during probation after her 2nd appointment, 4 years 300 days continuous employment, "
                           "$30.00 an hour. severance?", date(2021, 3, 2), tool="severance")
    assert rejected.tool.output["primary"]["value"] == 4800 and "14.05" in {c.section for c in rejected.citations}
    assert answer(tbs, "rejected on probation with 1 year and 250 days of continuous employment at $30/hr, how much severance?",
                  date(2021, 3, 2), tool="severance").tool.output["primary"]["value"] == 0


def test_acting_pay_is_the_greater_of_the_raised_base_and_the_higher_first_step():
    # Marion County 11.13: 5% above the base rate or the first step of the higher classification, whichever is greater.
    # $25.00 × 1.05 = $26.25 < $27.10 → $27.10; asked without the first step, it is asked for, then $26.00 < $26.25.
    marion = _ingested("marion-county-oregon-mcea-seiu-503-2024-2026")
    step = answer(marion, "im covering my managers job in an acting capacity for 2 months. base $25.00 an hour, the first "
                          "step of her range is $27.10. what rate should i get?", date(2026, 5, 1), tool="acting_pay")
    assert step.tool.output["primary"] == {"type": "rate", "value": 27.1, "label": "hourly rate while acting"}
    assert [c.section for c in step.citations] == ["11.13"]
    scope = Scope((marion.id,))
    routed = route("They made me acting lead starting today, my base rate is $25.00/hr. What should my hourly be?",
                   snapshot(marion), scope, date(2026, 5, 1))
    assert routed is not None
    asked, pending = routed
    assert asked.needs == ["first step of the higher classification"]
    done = route("$26.00", snapshot(marion), scope, date(2026, 5, 1), pending)
    assert done is not None and done[0].tool is not None
    assert done[0].tool.output["primary"]["value"] == 26.25


def test_holiday_work_pay_asked_in_a_members_words():
    # Boilermakers 13.01 a: a Recognized Holiday worked is all double time, and 14.01 puts no day's holiday pay on top:
    # 6 × 2 × $45 = $540. 'what should i of got' asks for the pay.
    boil = _ingested("boilermakers-local-146-bca-alberta-maintenance-2025-2028")
    paid = answer(boil, "worked good friday for 6 hrs, my rate is $45/hr. what should i of got?", date(2026, 5, 1),
                  tool="holidays")
    assert paid.tool.output["primary"]["value"] == 540.0
    assert {c.section for c in paid.citations} == {"13.01", "14.01"}
    # Marion County 6.5: time and one-half for the hours worked plus a normal scheduled workday, read from 'a regular
    # Monday-Friday 10-hour day shift': 10 × 1.5 + 10 = 25 hours × $20 = $500; 'what is his total pay' asks for it.
    marion = _ingested("marion-county-oregon-mcea-seiu-503-2024-2026")
    total = answer(marion, "He works a regular Monday-Friday 10-hour day shift and had to work 10 hours on Veterans Day, "
                           "November 11, 2025. His rate is $20.00 an hour. What is his total pay for the day?",
                   date(2025, 12, 1), tool="holidays")
    assert total.tool.output["primary"]["value"] == 500.0


def test_a_flat_shift_premium_over_a_week_counts_the_overtime_hours_once():
    # Boilermakers 12.03: $4.50 an hour on second and third shifts; 13.01 b: overtime hours earn it too, not compounded.
    # 'all week on 5x8s on graveyard plus 3 hrs OT': 5 × 8 + 3 = 43 hours × $4.50 = $193.50.
    boil = _ingested("boilermakers-local-146-bca-alberta-maintenance-2025-2028")
    week = answer(boil, "graveyard all week, 5x8s plus 3 hrs OT wednesday. how much shift premium total?",
                  date(2026, 5, 1), tool="night_shift")
    assert week.tool.output["primary"] == {"type": "money", "value": 193.5, "label": "shift premium"}
    assert {c.section for c in week.citations} == {"12.03", "13.01"}
    # Shifts times their length plus extra hours: 3 shifts x 10 hrs and 1 extra hour = 31 × $4.50 = $139.50.
    assert answer(boil, "on afternoons, did 3 shifts x 10 hrs and stayed 1 extra hour. what shift prem do i get?",
                  date(2026, 5, 1), tool="night_shift").tool.output["primary"]["value"] == 139.5
    # A total stated outright: 36 hrs total on nights → $162.00.
    assert answer(boil, "36 hrs total on nights this week, how much shift premium should that be",
                  date(2026, 5, 1), tool="night_shift").tool.output["primary"]["value"] == 162.0


def test_a_badge_in_starts_the_call_and_a_fractional_premium_is_rounded_once():
    # Ship Repair (East) 18.01: badged in at 20:10 (called at 19:30), worked to 23:40 = 3.5 h × $30 × 2 = $210 > $120.
    tbs = _ingested("tbs-canada-ship-repair-east-fgdtlc-2018-2022")
    back = answer(tbs, "worked my day shift and went home, no warning. sup called at 1930, i badged in at 2010 and worked "
                       "till 2340. $30/hr, what's my pay?", date(2021, 3, 2), tool="call_back")
    assert back.tool.output["primary"]["value"] == 210.0
    # 24.01 b: 1/7 of the rate for each of 16 half-hours, rounded once: $30.12 → 16 × $4.302857 = $68.85, not
    # 16 × $4.30 = $68.80.
    premium = answer(tbs, "regular first (night) shift 2345 to 0815, basic rate $30.12. shift premium for one shift?",
                     date(2021, 3, 2), tool="night_shift")
    assert premium.tool.output["primary"]["value"] == 68.85


def test_a_date_asked_about_something_else_the_union_must_do_is_not_a_grievance_step():
    # Grinnell's grievance step says 'a union representative will raise the concern …'; a question about the union's
    # orientation slide shares only the party ('union'), so it is not counted as a grievance filing deadline.
    grinnell = _ingested("grinnell-college-ugsdw-2016-2017")
    routed = route("Orientation is Monday, August 21, 2017. By what date does the union have to send the college its "
                   "slide?", snapshot(grinnell), Scope((grinnell.id,)), date(2017, 8, 1))
    assert routed is None or routed[0].tool is None or routed[0].tool.name != "grievance_deadline"


def test_an_experience_premium_question_reads_negation_earlier_premiums_and_asks_for_a_missing_condition():
    # Grinnell 4.3: 110 hours in a semester and at least two shifts in its final week; 25, 50, then 75 cents an hour.
    grinnell = _ingested("grinnell-college-ugsdw-2016-2017")

    def asked(question: str):
        routed = route(question, snapshot(grinnell), Scope((grinnell.id,)), date(2017, 5, 20))
        assert routed is not None and routed[0].tool is not None and routed[0].tool.name == "wage", question
        return routed[0]

    # No shifts in the final week: no premium at all.
    assert asked("worked 140 hours this semester but i didn't work any shifts in finals week. how much experience "
                 "premium do i get?").tool.output["primary"]["value"] == 0
    # 'already got it twice' makes this the third: 120 × $0.75 = $90.
    assert asked("I already got the experience premium twice before. This semester: 120 hours and 3 shifts finals week. "
                 "how much is the experience premium?").tool.output["primary"]["value"] == 90.0
    # The final week never mentioned: asked in one line, not assumed.
    missing = asked("i put in 115 hours this semester, what experience premium will i get")
    assert missing.needs == ["shifts in the final week"] and "final week" in missing.answer
    # 'met the requirements' says the conditions hold: 2nd semester, 112 × $0.50 = $56.
    assert asked("second semester i met the experience premium requirements, 112 hours. how much premium?"
                 ).tool.output["primary"]["value"] == 56.0
    # Earlier periods named one by one: 'qualified spring '15 and fall '15' makes this the third, 130 × $0.75.
    assert asked("I qualified for the experience premium spring '15 and fall '15, skipped spring '16 for an "
                 "internship. This fall: 130 hours and 2 finals week shifts. What premium?").tool.output["primary"][
        "value"] == 97.5
    # 'the spring of my second year' is a year of school, not the second period; the hours are this semester's, not
    # the earlier one's: 2nd period, 121 × $0.50.
    assert asked("Got the experience premium in the spring of my second year. Last fall I only did 80 hours. This "
                 "semester I did 121 hours and 2 shifts finals week. How much premium now?").tool.output["primary"][
        "value"] == 60.5
    # All hours as leader, third period, asked for the semester's total: 116 × ($9.25 + $0.75 + $0.75).
    assert asked("i'm a student leader for all my hours and this is my 3rd semester meeting the experience reqs - "
                 "116 hrs + 2 finals shifts. whats my total pay for the semester?").tool.output["primary"]["value"] == 1247.0


def test_holiday_percentages_in_a_pay_question_do_not_make_it_a_holiday_question():
    # Boilermakers: a Saturday's pay 'before the vacation and holiday percentages' is a day's overtime pay, not holiday pay.
    boil = _ingested("boilermakers-local-146-bca-alberta-maintenance-2025-2028")
    paid = answer(boil, "Last Saturday they had us work our normal 8 hour day shift. I make $40/hr. What should that shift "
                        "pay, before the vacation and holiday percentages get added?", date(2026, 5, 1), tool="overtime")
    assert paid.tool.output["primary"]["value"] == 640.0


def test_a_duty_paid_by_the_week_or_hour_is_paid_not_credited_as_cto():
    # Marion County 11.8 D: $250 for each week of the weekly cell phone rotation, or $2.03 an hour of daily duty.
    marion = _ingested("marion-county-oregon-mcea-seiu-503-2024-2026")

    def paid(question: str) -> float:
        return answer(marion, question, date(2026, 5, 1), tool="standby").tool.output["primary"]["value"]

    assert paid("i carried the county cell phone three weeks this quarter on the rotation, how much do i get?") == 750.0
    # daily duty from clock times across days: 6pm Saturday to 6am Monday = 36 hours × $2.03 = $73.08
    assert paid("I covered daily cell phone duty from 6pm Saturday to 6am Monday. What's that worth?") == 73.08
    # both: a week of the rotation and 10 hours of daily duty: $250 + $20.30
    assert paid("had the cell phone the week of 4/6, then daily cell phone duty for 10 hrs on sunday. total pay?") == 270.3
    # Phone calls had at home are not carrying the phone on duty.
    routed = route("I had phone calls from my supervisor after hours last week, how much do I get paid for those?",
                   snapshot(marion), Scope((marion.id,)), date(2026, 5, 1))
    assert routed is None or routed[0].tool is None or routed[0].tool.name != "standby"


def test_vacation_credits_over_part_of_a_vacation_year_from_a_service_date():
    # Ship Repair (East) 10.01-10.02: the vacation year begins April 1; 10 hours a month until the month of the 8th
    # anniversary, 13.34 from it. Service date June 3, 2013: the 8th anniversary is June 2021, so April-May 2021 at 10
    # and June-September at 13.34: 20 + 53.36 = 73.36 hours.
    tbs = _ingested("tbs-canada-ship-repair-east-fgdtlc-2018-2022")
    earned = answer(tbs, "my service date is June 3, 2013 and i always get 80+ hrs pay a month. how much vacation did i "
                         "earn from April 1, 2021 through September 30, 2021?", date(2021, 10, 15), tool="leave_accrual")
    assert earned.tool.output["primary"]["value"] == 73.36


def test_overtime_by_the_day_from_clock_times_and_time_past_the_shift_in_completed_periods():
    # Ship Repair 15.10 a: double time past eight hours a day and for all hours on a day of rest; 15.14: only each
    # completed six-minute period counts. Boilermakers 13.01 (5x8): 1.5x for two hours past eight, then double.
    tbs = _ingested("tbs-canada-ship-repair-east-fgdtlc-2018-2022")

    def primary(contract: Contract, question: str) -> tuple[dict, set[str]]:
        result = answer(contract, question, date(2026, 12, 1), tool="overtime")
        return result.tool.output["primary"], {c.section for c in result.citations}

    # 0630 to 1212 on a day of rest, no lunch: 342 minutes = 57 whole periods (15.14 changes nothing) = 5.7 h × 2 × $28
    rest_day = primary(tbs, "Sunday is my day of rest but they had me in from 0630 to 1212, no lunch taken. "
                            "I make $28.00/hr, what's the overtime pay?")
    assert rest_day == ({"type": "money", "value": 319.2, "label": "pay for the day"}, {"15.10"})
    # 15.13: reporting for overtime scheduled in advance on a day of rest pays at least four hours' pay: 0700 to 0836
    # is 96 minutes = 1.6 h × 2 = 3.2 hours of pay < 4 → 4 × $28 = $112; a long day keeps its overtime (the $319.20).
    short = primary(tbs, "i was pre-scheduled for OT on sunday, my day of rest. we worked 0700 to 0836 and they sent us "
                         "home. $28/hr - what am i owed?")
    assert short == ({"type": "money", "value": 112.0, "label": "pay for the day"}, {"15.10", "15.13"})
    # 15.16 a: overtime taken as compensatory leave, at most 120 hours' straight-time pay a fiscal year: a Sunday (day of
    # rest) of 6 hours is 12 hours' pay; with 112 already credited only 8 can be banked.
    assert primary(tbs, "Worked 6 hrs on Sunday, my day of rest. I've already banked 112 hours of comp leave this fiscal "
                        "year. How much of Sunday can I take as comp leave?")[0] == {
        "type": "hours", "value": 8, "label": "compensatory leave banked"}
    # 15.15: a regular meal period worked through is paid at the overtime rate, past the day's eight hours, in 15.14's
    # completed six-minute periods: 45 minutes → 42 → 0.7 h × 2 × $30 = $42.
    through = answer(tbs, "Thursday the lead had us work straight through our 45 minute lunch to finish a pour. $30/hr. "
                          "how much extra do i get for it?", date(2026, 12, 1), tool="overtime")
    assert through.tool.output["primary"]["value"] == 42.0 and "15.15" in {c.section for c in through.citations}
    # … told the other way round: sent home at 0836 after starting at 0700.
    assert primary(tbs, "pre-scheduled OT on sunday, my day of rest. they sent us home at 0836 after we started at 0700. "
                        "$28/hr - what am i owed?")[0]["value"] == 112.0
    long_day = primary(tbs, "Sunday is my day of rest but I had scheduled overtime from 0630 to 1212, no lunch taken. "
                            "I make $28.00/hr, what's the overtime pay?")
    assert long_day[0]["value"] == 319.2
    # 1600 to 2013 less a 45-minute supper taken: 208 minutes → 34 periods = 3.4 h × 2 × $31.50
    supper = primary(tbs, "my shift finishes at 1600. foreman had me stay on OT, i took my 45 minute unpaid supper break "
                          "then kept working till 2013. $31.50/hr, how much overtime money?")
    assert supper == ({"type": "money", "value": 214.2, "label": "overtime pay"}, {"15.10", "15.14"})
    # 4:15 to 5:40 with no break: 85 minutes → 14 periods = 1.4 hours
    hours = primary(tbs, "Off at 4:15 normally; on Thursday I stayed till 5:40 with no break, how many hours of OT do I get paid for?")
    assert hours[0] == {"type": "hours", "value": 1.4, "label": "overtime hours"}
    boil = _ingested("boilermakers-local-146-bca-alberta-maintenance-2025-2028")
    # 1530 to 1900 on a 5x8 Tuesday: 2 h × 1.5 + 1.5 h × 2 = 6 hours of pay × $40
    assert primary(boil, "5x8 crew, I'm done at 1530 normally but stayed on overtime till 1900 Tuesday, $40/hr. "
                         "what's the OT pay?")[0] == {"type": "money", "value": 240.0, "label": "overtime pay"}
    # A day's hours with the overtime alone asked: 11 hours on a 5x8 Wednesday, the OT is 2 × 1.5 + 1 × 2 = 5 hours' pay
    # × $40 = $200 (the whole day would be $520).
    assert primary(boil, "5x8 guy, put in 11 hrs wednesday at $40/hr. what's just the OT worth?")[0] == {
        "type": "money", "value": 200.0, "label": "overtime pay"}


def test_a_meal_given_by_its_length_and_start_a_range_run_straight_through_and_a_final_date():
    marion = _ingested("marion-county-oregon-mcea-seiu-503-2024-2026")
    # Marion 11.5: $1.25 an hour of scheduled time between 6 p.m. and 6 a.m.; 9 pm to 5:30 am less a 30-minute
    # unpaid dinner starting at 1 (past midnight) = 8 hours = $10.00 a shift.
    night = answer(marion, "I work 9pm to 5:30am with a 30 minute unpaid dinner at 1. how much shift differential do I get per shift?",
                   date(2026, 12, 1), tool="night_shift")
    assert night.tool.output["primary"]["value"] == 10.0
    # Ship Repair 15.10: a day of rest, 0600 straight through to 2300 = 17 hours: 16 × 2 + 1 × 3 = 35 hours' pay × $30
    tbs = _ingested("tbs-canada-ship-repair-east-fgdtlc-2018-2022")
    rest = answer(tbs, "Sunday's my rest day but I came in 0600 straight through to 2300, no break. $30/hr, what's the overtime pay?",
                  date(2026, 12, 1), tool="overtime")
    assert rest.tool.output["primary"] == {"type": "money", "value": 1050.0, "label": "pay for the day"}
    assert {c.section for c in rest.citations} == {"15.10"}
    # 'the final day' asks for the same deadline as 'the deadline'
    asked = "the step 1 meeting request went to my supervisor on March 2, 2026 and nothing got fixed. {} to file step 2?"
    final = answer(marion, asked.format("what's the final day"), date(2026, 3, 10))
    deadline = answer(marion, asked.format("what's the deadline"), date(2026, 3, 10))
    assert final.tool.output["primary"] == deadline.tool.output["primary"]


def test_vacation_pay_as_a_percentage_of_gross_wages_by_years_of_service():
    # Boilermakers Addendum 6.000: long-term maintenance only; 6% up to 3 years, 7% over 3 up to 7, 8% over 7 up to 10,
    # 9% over 10 up to 12, 10% over 12; on gross wages as 17.02 defines them.
    boil = _ingested("boilermakers-local-146-bca-alberta-maintenance-2025-2028")

    def primary(question: str) -> tuple[dict, set[str]]:
        result = answer(boil, question, date(2026, 12, 1), tool="leave_accrual")
        return result.tool.output["primary"], {c.section for c in result.citations}

    eleven = primary("I'm on long term maintenance, 11 years 6 months with the same contractor, no gaps. "
                     "Grossed $101,250 this year, how much vacation pay?")
    assert eleven == ({"type": "money", "value": 9112.5, "label": "vacation pay"}, {"Addendum 6.000", "17.02"})
    # exactly three years is still the first band; a month more is the second
    assert primary("LTM hand, 3 years with the employer, gross wages $60,000. what should vacation pay be?")[0]["value"] == 3600.0
    assert primary("LTM hand, 3 years 1 month with the employer, gross wages $60,000. what should vacation pay be?")[0]["value"] == 4200.0
    # A break in service: under 90 calendar days both parts count (2 y + 1 y 6 m = 3 y 6 m → 7%); 90 days or more, or
    # after a quit, only the time since (1 y 6 m → 6%). $50,000 gross.
    short = "LTM, 2 years with the employer, then laid off for 60 days, and back 1 year and 6 months. gross $50,000. what vacation pay do i get?"
    assert primary(short)[0]["value"] == 3500.0
    long = "LTM, 2 years with the employer, then laid off for 5 months, and back 1 year and 6 months. gross $50,000. what vacation pay do i get?"
    assert primary(long)[0]["value"] == 3000.0
    quit_ = "LTM, 2 years there, I quit and was off 30 days, now back 1 year and 6 months. gross $50,000. what vacation pay do i get?"
    assert primary(quit_)[0]["value"] == 3000.0
    # the gross wages missing: the member's band is quoted and the wages asked for in one line
    asked = answer(boil, "long-term maintenance, 14 yrs with my employer. what vacation pay percentage and amount do i get?",
                   date(2026, 12, 1), tool="leave_accrual")
    assert asked.needs == ["gross wages"] and "ten (10) percent" in asked.answer and asked.answer.count("?") == 1
    # not long-term maintenance: the bands are not this member's, so nothing is worked out from them
    assert route("I've been with the contractor 4 years and grossed $70,000. What vacation pay should I get?",
                 snapshot(boil), Scope((boil.id,)), date(2026, 12, 1)) is None


def test_student_wages_from_shift_times_the_hours_a_premium_still_needs_and_an_all_in_hourly_rate():
    # Grinnell 4.1 $9.25 base; 4.2 +$0.75 as a Student Leader ('Student Dishroom Leader' in the recognition clause);
    # 4.3 the experience premium needs 110 hours and two final-week shifts: 25, 50, then 75 cents an hour.
    grin = _ingested("grinnell-college-ugsdw-2016-2017")

    def primary(question: str) -> tuple[dict, set[str]]:
        result = answer(grin, question, date(2016, 11, 1), tool="wage")
        return result.tool.output["primary"], {c.section for c in result.citations}

    # 10:30-1:30 (3) + 5-9:30pm less a 30 min unpaid dinner (4) + 8am-12 (4) = 11 hours × $9.25
    week = primary("worked tues 10:30-1:30, thurs 5-9:30pm (took my unpaid 30 min dinner break) and sun 8am-12. "
                   "what should my gross pay be?")
    assert week == ({"type": "money", "value": 101.75, "label": "pay"}, {"4.1"})
    needed = primary("I'm at 88 hours so far this semester, how many more hours do I need to get the experience premium?")
    assert needed == ({"type": "hours", "value": 22, "label": "hours still needed"}, {"4.3"})
    # a Dishroom Leader in the second qualifying semester: 9.25 + 0.75 + 0.50
    assert primary("dishroom leader here, second semester qualifying for experience pay. base plus leader plus premium, "
                   "what's my effective hourly?")[0] == {"type": "rate", "value": 10.5, "label": "hourly rate"}
    # a premium question cites the premium's clause, not the base wage's
    missed = primary("I did 125 hours this semester but only one shift in finals week. Do I still get the experience premium?")
    assert missed[0]["value"] == 0 and missed[1] == {"4.3"}


def test_service_given_as_a_month_and_year_without_a_day():
    # Marion 7.1: after 5 years through 10, 4.924 hours a pay period. 'Since March 2019', asked Dec 1, 2026: 92 months.
    marion = _ingested("marion-county-oregon-mcea-seiu-503-2024-2026")
    result = answer(marion, "i've been full time with marion county since march 2019. how many vacation hours do i get "
                            "each pay period now?", date(2026, 12, 1), tool="leave_accrual")
    assert result.tool.output["primary"]["value"] == 4.924
    assert any("March 2019" in line for line in result.tool.output["assumptions"]), result.answer


def test_initial_and_terminal_travel_by_radius_distance_and_how_the_job_ended():
    # Boilermakers 16.01 b: $116 / $166 / $200 / $297 each way for 120-200 / 200-300 / 300-375 / 375-475 radius km;
    # initial after 15 calendar days or at lay-off, terminal at lay-off; nothing owed after an early quit; none
    # when the client provides the transportation.
    boil = _ingested("boilermakers-local-146-bca-alberta-maintenance-2025-2028")

    def primary(question: str) -> tuple[dict, set[str]]:
        result = answer(boil, question, date(2026, 12, 1), tool="travel")
        return result.tool.output["primary"], {c.section for c in result.citations}

    laid_off = primary("Project was 420 radius kms from the Calgary hall; I was there 12 days when they laid us off. "
                       "What initial and terminal travel should I get?")
    assert laid_off == ({"type": "money", "value": 594.0, "label": "initial and terminal travel"}, {"16.01"})
    assert primary("i quit after 9 days on a 180 radius km job. do i get any initial travel?")[0]["value"] == 0
    assert primary("I quit after 20 days on a 180 radius km job. how much initial/terminal travel is owed?")[0]["value"] == 116.0
    assert primary("The client buses everyone in from the hall. 260 radius km job, laid off after a month - "
                   "initial & terminal travel?")[0]["value"] == 0
    # Said in the negative ('doesn't', 'won't'), the client's transport does not cancel the travel.
    assert primary("The owner doesn't supply a bus to this one. 250 radius km job, we got laid off after 3 weeks - "
                   "initial & terminal travel?")[0]["value"] == 332.0


def test_subsistence_by_the_days_worked_or_reported_for_at_the_areas_rate_read_from_the_table():
    # Boilermakers 16.01 b: $150 a day worked or reported for, or the rate its table gives the area (read from the
    # text, Medicine Hat $170); 15.03: days reported for count. Without the area, it is asked for.
    boil = _ingested("boilermakers-local-146-bca-alberta-maintenance-2025-2028")
    week = answer(boil, "On a subsistence job in Medicine Hat, not local. Worked 6 days and got sent home for wind one more "
                        "day this week. How much subsistence?", date(2026, 12, 1), tool="travel")
    assert week.tool.output["primary"] == {"type": "money", "value": 1190.0, "label": "subsistence"}
    assert any("Medicine Hat" in c.quote and "170" in c.quote for c in week.citations)
    # 'one more day after I showed up' is a day more (4 + 1 at $170), and 'how much … do I get' asks how much.
    more = answer(boil, "On a subsistence job in Medicine Hat, not local. Put in 4 shifts and then got weathered out one "
                        "more day after I showed up. How much subsistence do I get?", date(2026, 12, 1), tool="travel")
    assert more.tool.output["primary"]["value"] == 850
    # The project's town, not the member's home: 5 days at Medicine Hat's $170, and 16.01 b's one more day with the
    # hotel receipt for the night before starting (5 + 1) × $170 = $1,020, its conditions quoted.
    extra = answer(boil, "I live in Calgary but I'm on a subsistence job at Medicine Hat. Worked 5 days and I've got the hotel "
                         "receipt for the night before I started. How much subsistence?", date(2026, 12, 1), tool="travel")
    assert extra.tool.output["primary"]["value"] == 1020
    assert any("one additional day" in c.quote for c in extra.citations)
    # … only on projects more than 200 road km from the hall: at 150 road km the receipt adds nothing (5 × $170).
    near = answer(boil, "Subsistence job at Medicine Hat, 150 road km from the hall, not local. Worked 5 days, and I kept "
                        "the motel receipt for the night after my last shift. How much subsistence?", date(2026, 12, 1),
                  tool="travel")
    assert near.tool.output["primary"]["value"] == 850
    unnamed = answer(boil, "12 days on a job way past 120 km from the hall. How much subsistence am I owed?",
                     date(2026, 12, 1), tool="travel")
    assert unnamed.needs == ["project area"] and "$150.00" in unnamed.answer and unnamed.answer.count("?") == 1
    # whether it is owed at all is the clause's to answer, not a sum
    assert route("Rained out after an hour in Red Deer today. Do I still get my subsistence for the day?",
                 snapshot(boil), Scope((boil.id,)), date(2026, 12, 1)) is None


def test_final_pay_deposited_late_after_a_lay_off_or_a_quit():
    # Boilermakers 18.03 b: laid off, 8 hours' straight-time pay a day kept waiting, at most 40; 18.04: quit, 8 hours
    # once the pay is more than five working days late.
    boil = _ingested("boilermakers-local-146-bca-alberta-maintenance-2025-2028")

    def primary(question: str) -> tuple[dict, set[str]]:
        result = answer(boil, question, date(2026, 12, 1), tool="late_final_pay")
        return result.tool.output["primary"], {c.section for c in result.citations}

    assert primary("got laid off friday and my final pay deposit came 3 working days late. I make $45/hr. how much is "
                   "the penalty?") == ({"type": "money", "value": 1080.0, "label": "late pay penalty"}, {"18.03"})
    assert primary("laid off, final cheque was 9 days late, $50/hr, how much do they owe me?")[0]["value"] == 2000.0
    assert primary("I quit and my final pay came 4 working days after pay day. rate $40. do they owe me anything extra?")[0] == \
        {"type": "money", "value": 0.0, "label": "late pay penalty"}
    # a rule asked without a case is the clauses' to answer
    assert route("if the contractor is late with final pay after a lay-off, what penalty is owed?", snapshot(boil),
                 Scope((boil.id,)), date(2026, 12, 1)) is None


def test_bereavement_pay_by_relative_days_lost_and_the_service_threshold_on_the_day():
    # Boilermakers 18.06: 8 hours at base rate a day lost, up to 3 days, for the listed relatives, with more than 3
    # years of continuous service (30 months from Jan 1, 2026; 24 months from Jan 1, 2027).
    boil = _ingested("boilermakers-local-146-bca-alberta-maintenance-2025-2028")

    def primary(question: str) -> dict:
        return answer(boil, question, date(2026, 12, 1), tool="leave_accrual").tool.output["primary"]

    assert primary("My wife's funeral is next Tuesday and I'll miss 3 days. Been with this contractor 40 months, base $48. "
                   "How much bereavement pay?") == {"type": "money", "value": 1152.0, "label": "bereavement pay"}
    # 28 months: not enough in 2026, enough for a funeral in January 2027
    assert primary("grandpa passed. I've been with the contractor 28 months, missing 2 days, $45/hr. bereavement pay?")["value"] == 0
    # The days lost said as scheduled shifts missed: 2 × 8 × $48 = $768.
    assert primary("My mother's funeral was Monday; I missed two scheduled shifts for it. 40 months with this contractor, "
                   "base $48. How much bereavement pay?")["value"] == 768.0
    assert primary("grandpa passed, funeral is January 5, 2027. I've been with the contractor 28 months, missing 2 days, "
                   "$45/hr. bereavement pay?")["value"] == 720.0
    # the service missing: the clause stated and the service asked for
    asked = answer(boil, "my sister died, I'll lose 2 days for the service. base rate $50. how much bereavement pay do I get?",
                   date(2026, 12, 1), tool="leave_accrual")
    assert asked.needs == ["months of service"] and asked.answer.count("?") == 1


def test_an_overtime_meal_allowance_from_the_time_past_quitting_time_or_a_day_of_rest():
    # Ship Repair 15.18: $12 after three hours of overtime begun within an hour of quitting time, $12 for each further
    # four hours (a); on a day of rest none for the first eight hours, then $12 a further four (b).
    tbs = _ingested("tbs-canada-ship-repair-east-fgdtlc-2018-2022")

    def primary(question: str) -> dict:
        return answer(tbs, question, date(2026, 12, 1), tool="overtime").tool.output["primary"]

    # 1545 to 0015: 8.5 hours, so 1 + 1 (3 + 4 full hours) = $24
    assert primary("they kept me on after my 1545 quitting time, no break, till 0015. how much meal money do I get?")["value"] == 24.0
    # 2.5 hours past the shift: short of the three the first allowance needs
    assert primary("had to stay 2.5 hours after my shift for OT tonight. how much meal allowance?")["value"] == 0
    # a day of rest, 0600 to 2000 with no break: 14 hours, 6 past the first 8: one allowance
    assert primary("worked my day of rest Sunday from 0600 to 2000 with no break. how much overtime meal allowance do I get?")[
        "value"] == 12.0


def test_allowances_for_a_condition_of_the_work_by_the_hour_or_by_the_occasion():
    # Ship Repair 23.01 b, 23.02: 25% of the basic hourly rate for the time under the condition; 23.03: for each
    # completed half hour in the submarine. Boilermakers 7.08: $3.25 each hour worked; 15.08: 2 hours at straight time
    # for a room move. Marion County 11.4: 5% for hours spent training other employees.
    tbs = _ingested("tbs-canada-ship-repair-east-fgdtlc-2018-2022")

    def primary(contract, question: str) -> tuple[dict, set[str]]:
        result = answer(contract, question, date(2026, 12, 1), tool="allowance")
        return result.tool.output["primary"], {c.section for c in result.citations}

    assert primary(tbs, "Rigging on the crane boom in a boatswain's chair for 2 hrs. I'm at $30.00 an hour. How much height "
                        "pay is that?") == ({"type": "money", "value": 15.0, "label": "height pay allowance"}, {"23.02"})
    assert primary(tbs, "was in the boat during submarine trials for 1 hour 50 minutes, basic rate $40/hr - what do I "
                        "get?")[0]["value"] == 15.0  # three completed half hours at $10.00 an hour
    assert primary(tbs, "cleaning bilges 4 hours today (dirty work), $28.50 an hour, how much is the allowance?")[0]["value"] == 28.5
    rate_missing = answer(tbs, "how much dirty work allowance for 3 hours in the sewage tank?", date(2026, 12, 1), tool="allowance")
    assert rate_missing.needs == ["basic hourly rate"] and rate_missing.answer.count("?") == 1
    assert any(c.section == "23.01" for c in rate_missing.citations)
    # whether it is paid at all, or what it pays, is the clause's to answer
    assert route("Do electricians get height pay on jetty cranes, and how much is it?", snapshot(tbs), Scope((tbs.id,)),
                 date(2026, 12, 1)) is None

    boil = _ingested("boilermakers-local-146-bca-alberta-maintenance-2025-2028")
    assert primary(boil, "dispatched as an alloy welder, put in 32 hours straight time this week. what's my alloy "
                         "premium?")[0]["value"] == 104.0
    assert primary(boil, "camp made me change rooms after shift, base rate $48. what do i get for that?")[0]["value"] == 96.0
    marion = _ingested("marion-county-oregon-mcea-seiu-503-2024-2026")
    assert primary(marion, "I spent 10 hours training two other county employees on permits; I'm paid $25 an hour. How "
                           "much extra is that?") == ({"type": "money", "value": 12.5, "label": "training differential"}, {"11.4"})


def test_allowance_rules_need_exactly_one_way_of_paying():
    from assistant.calculators import allowances
    from assistant.errors import ToolInputError

    with pytest.raises(ToolInputError, match="exactly one of"):
        allowances.paid_as({"name": "tool allowance", "percent": 5, "amount": 10})
    with pytest.raises(ToolInputError, match="exactly one of"):
        allowances.paid_as({"name": "tool allowance"})


def test_a_day_named_from_a_holiday_follows_the_contracts_country():
    # Thanksgiving is the second Monday of October in Canada (Ship Repair's calendar), the fourth Thursday of
    # November in the US (Grinnell's): "the Tuesday after Thanksgiving" asked on 2026-12-01 is October 13 for one
    # and December 1 for the other.
    from assistant.calculators.holidays import public_holiday_date

    tbs = _ingested("tbs-canada-ship-repair-east-fgdtlc-2018-2022")
    grinnell = _ingested("grinnell-college-ugsdw-2016-2017")
    assert public_holiday_date("Thanksgiving", 2026, tbs) == date(2026, 10, 12)
    assert public_holiday_date("Thanksgiving", 2026, grinnell) == date(2026, 11, 26)
    # Grinnell 7.2 Step One: the supervisor responds within five days of the concern raised; Labor Day 2016 is
    # September 5, so the Monday after is September 12 and the response is due September 17.
    result = answer(grinnell, "I brought the scheduling problem up with my supervisor the Monday after Labor Day. She never "
                              "got back to me. When was she supposed to respond by?", date(2016, 9, 20))
    assert result.tool.output["primary"]["value"] == "2016-09-17"
    assert any("September 12, 2016" in line for line in result.tool.output["assumptions"])


def test_the_conditions_of_a_premium_asked_without_hours_are_the_clauses_question():
    grinnell = _ingested("grinnell-college-ugsdw-2016-2017")
    assert route("how many hrs do I have to put in this semester to earn the experience premium, and what's it worth?",
                 snapshot(grinnell), Scope((grinnell.id,)), date(2016, 10, 3)) is None


def test_appeal_to_a_named_step_is_filing_at_that_step():
    # Marion County: 'the appeal goes right to step 2' is filing at Step 2 (21.2), not the ten days to appeal a denied
    # leave (9.2), a time limit of no step; the limits are the ones found in its text.
    from assistant.calculators import deadlines
    from assistant.calculators.question import read
    from assistant.calculators.rules import Rules
    from assistant.calculators.triggers import _step_ask

    marion = _ingested("marion-county-oregon-mcea-seiu-503-2024-2026")
    rules = Rules(marion, derive(marion) or {}, "text", source="text")
    assert any(s["section"] == "9.2" for s in rules.get("grievance", "tracks", "standard", "steps"))
    q = read("member was suspended 2 days effective Tuesday, November 3, 2026. per 20.4 the appeal goes right to step 2, "
             "who gets it and what's the deadline", date(2026, 11, 5))
    step = deadlines.choose_step(rules, "standard", _step_ask(q))
    assert (step["section"], step["level"]) == ("21.2", 2)


def test_a_premium_the_member_leaves_out_is_not_asked_about():
    # Grinnell 4.1: $9.25 an hour; 'no experience premium stuff' leaves 4.3's premium out of the week's pay.
    grinnell = _ingested("grinnell-college-ugsdw-2016-2017")
    result = answer(grinnell, "worked 12 hrs on dish line this week. whats my gross (no experience premium stuff)?",
                    date(2016, 10, 3), tool="wage")
    assert result.tool.output["primary"] == {"type": "money", "value": 111.0, "label": "pay"}


def test_what_is_left_of_a_leave_capped_by_the_year():
    # Ship Repair 13.15 c: family-related leave with pay is at most forty hours a fiscal year.
    tbs = _ingested("tbs-canada-ship-repair-east-fgdtlc-2018-2022")
    left = answer(tbs, "This fiscal year I took 16 hours of family leave for my dad's surgery and 10 hours when my son's "
                       "daycare shut. How many hrs remaining?", date(2026, 12, 1), tool="leave_accrual")
    assert left.tool.output["primary"] == {"type": "hours", "value": 14, "label": "family-related leave with pay left"}
    assert [c.section for c in left.citations] == ["13.15"]
    over = answer(tbs, "used 45 hours of family related leave since april. how many hours do i have left?",
                  date(2026, 12, 1), tool="leave_accrual")
    assert over.tool.output["primary"]["value"] == 0 and "no family-related leave with pay left" in over.answer


def test_being_put_in_on_a_holiday_is_working_it():
    # Ship Repair 11.05: double time for the first eight hours, triple after, plus eight hours' holiday pay.
    tbs = _ingested("tbs-canada-ship-repair-east-fgdtlc-2018-2022")
    worked = answer(tbs, "they put me in on canada day and i did 9 hrs. what do i get for it?", date(2026, 7, 3),
                    tool="holidays")
    assert worked.tool.output["primary"]["value"] == 27


def test_unused_vacation_paid_out_at_separation():
    # Marion County 7.6 B: after six full months, unused vacation is paid at the hourly rate at separation; at most the
    # 250 hours 7.5 lets anyone hold. Sick leave is not this rule's; 'do I get it paid out?' is the clauses' question.
    marion = _ingested("marion-county-oregon-mcea-seiu-503-2024-2026")
    paid = answer(marion, "retiring at the end of the month after 22 years. I've got 212 hours of vacation banked and make "
                          "$38.50 an hour. what will the vacation payout be?", date(2026, 12, 1), tool="leave_accrual")
    assert paid.tool.output["primary"] == {"type": "money", "value": 8162.0, "label": "vacation paid out"}
    assert [c.section for c in paid.citations] == ["7.6"]
    asked = answer(marion, "quitting in two weeks with 96 hours of vacation on the books. how much do I get for it?",
                   date(2026, 12, 1), tool="leave_accrual")
    assert asked.needs == ["hourly rate"]
    for question in ("quitting next month with 300 hours of sick leave on the books, $30/hr. how much is paid out?",
                     "do I get my vacation paid out if I resign?"):
        routed = route(question, snapshot(marion), Scope((marion.id,)), date(2026, 12, 1))
        assert routed is None or routed[0].tool is None or routed[0].tool.output.get("primary", {}).get("label") != \
            "vacation paid out", question


def test_whats_asks_for_the_vacation_pay_too():
    # Boilermakers Addendum 6.000: more than three and up to seven years of service, seven percent.
    boil = _ingested("boilermakers-local-146-bca-alberta-maintenance-2025-2028")
    pay = answer(boil, "long-term maintenance guy, 4 years with my contractor, made $70,000 gross. whats my vacation pay?",
                 date(2026, 12, 1), tool="leave_accrual")
    assert pay.tool.output["primary"] == {"type": "money", "value": 4900.0, "label": "vacation pay"}


def test_a_day_off_a_special_schedule_sets_is_not_paid_as_a_normal_workday():
    # Boilermakers' site schedules (appendices) pay their days off their own way; its rules file models the main
    # schedules only, so a Thursday that is the member's earned day off is left to the clauses, not paid as a 5x8 day.
    boilermakers = _ingested("boilermakers-local-146-bca-alberta-maintenance-2025-2028")
    routed = route("called in on one of our EDOs (a thursday) and worked 11 hrs. rate 50.00. what should the day pay?",
                   snapshot(boilermakers), Scope((boilermakers.id,)), date(2026, 3, 4))
    assert routed is None or routed[0].tool is None or not routed[0].tool.output.get("primary", {}).get("value")
    # A normal Thursday is still a day's pay under the default schedule: 8 + 1 × 1.5 = 9.5 hours × $50.
    routed = route("Worked 9 hours this thursday at $50/hr. What's the pay for the day?", snapshot(boilermakers),
                   Scope((boilermakers.id,)), date(2026, 3, 4))
    assert routed is not None and routed[0].tool is not None and routed[0].tool.output["primary"]["value"] == 475.0


def test_call_back_pay_asked_in_money_without_a_rate_asks_for_the_rate_and_quotes_the_rule():
    # Marion County 11.9 pays call-back at the overtime rate: dollars need the member's rate, not hours of credit.
    marion = _ingested("marion-county-oregon-mcea-seiu-503-2024-2026")
    routed = route("they phoned me at home at 10 pm to come back for an alarm, I was there an hour. how much money is "
                   "that?", snapshot(marion), Scope((marion.id,)), date(2026, 3, 4))
    assert routed is not None and routed[0].needs == ["hourly rate"], routed and routed[0].answer
    assert "three (3) hours" in routed[0].answer and {c.section for c in routed[0].citations} == {"11.9"}
    # A meal allowance asked about a call-back is not the call-back's hours.
    routed = route("recalled at midnight after I'd gone home and worked till 6. how much meal allowance for that?",
                   snapshot(marion), Scope((marion.id,)), date(2026, 3, 4))
    assert routed is None or routed[0].tool is None or routed[0].tool.name != "call_back"


def test_a_holiday_question_that_asks_for_pay_is_not_answered_with_its_date():
    # Ship Repair 11.03 moves Boxing Day on a Saturday to the Monday; asked what working the Saturday pays, the
    # holiday's observed date is not the answer.
    tbs = _ingested("tbs-canada-ship-repair-east-fgdtlc-2018-2022")
    routed = route("We're Mon-Fri. Boxing Day falls Saturday the 26th, so our day off for it is Monday the 28th. I'm on "
                   "the schedule for Saturday the 26th, 0700-1300. Do I get holiday rates for the Saturday? At $35.10 an "
                   "hour what will the Saturday pay?", snapshot(tbs), Scope((tbs.id,)), date(2026, 12, 1))
    assert routed is None or routed[0].tool is None or routed[0].tool.output.get("primary", {}).get("type") != "date"


def test_going_up_a_level_is_an_appeal_even_when_the_asking_part_says_present_it():
    # 19.16: ten days (19.20: without Saturdays, Sundays and designated holidays) after the decision is conveyed,
    # not 19.15's twenty-five days for presenting a grievance at the first level. January 11, 2021 → January 25.
    result = answer(TBS, "The level 1 reply was delivered Monday, January 11, 2021 and the grievor wants to go to level 2. "
                         "What's the last day to present it?", date(2021, 1, 12))
    assert result.tool.output["primary"]["value"] == "2021-01-25"


def test_appealing_a_suspension_with_no_decision_to_appeal_from_is_grieving_it():
    # Marion County 21.2: a suspension is grieved no later than ten working days after its effective date; 'appeal'
    # here contests the suspension, it does not answer a decision. Wednesday, March 4, 2026 → Wednesday, March 18.
    marion = _ingested("marion-county-oregon-mcea-seiu-503-2024-2026")
    result = answer(marion, "they gave me a 5 day suspension effective Wednesday, March 4, 2026. how long do i have to "
                            "appeal it? need the date", date(2026, 3, 5))
    assert result.tool.output["primary"]["value"] == "2026-03-18"


def test_reporting_pay_with_a_rate_is_money_and_carries_the_shift_premium():
    # Boilermakers 15.02 b: 2 hours of reporting time; 15.04: it includes the regular shift premium; 12.03: $4.50 an
    # hour on nights. 2 × ($45.00 + $4.50) = $99.00; on day shift, 2 × $45.00 = $90.00.
    boil = _ingested("boilermakers-local-146-bca-alberta-maintenance-2025-2028")
    nights = answer(boil, "Showed up for night shift and the foreman sent us home, no work. Nobody told us before. My rate "
                          "is $45.00. What's my reporting pay?", date(2026, 3, 2), tool="call_back")
    assert nights.tool.output["primary"] == {"type": "money", "value": 99.0, "label": "reporting time"}
    assert {"15.02", "15.04", "12.03"} <= {c.section for c in nights.citations}
    days = answer(boil, "Showed up for day shift and the foreman sent us home, no work. Nobody told us before. My rate "
                        "is $45.00. What's my reporting pay?", date(2026, 3, 2), tool="call_back")
    assert days.tool.output["primary"]["value"] == 90.0


def test_travel_money_asked_with_a_day_reported_for_is_travel_for_every_day():
    # Boilermakers 16.01 a: 20 km × 2 × $0.69 = $27.60 a day, for 3 days worked and 1 reported: $110.40 — the
    # rained-out day makes it a travel question still, not reporting pay.
    boil = _ingested("boilermakers-local-146-bca-alberta-maintenance-2025-2028")
    result = answer(boil, "no bus to the job, 20 km past the edge of the free zone. worked 3 days and reported 1 day that "
                          "got rained out. what do i get for driving this week?", date(2026, 5, 1), tool="travel")
    assert result.tool.output["primary"]["value"] == 110.4


def test_a_callout_to_the_shop_is_a_call_back_not_telephone_call_pay():
    # Marion County 11.9: three hours at the overtime rate for a call back; 11.10's telephone-call pay is for calls
    # handled without going in. 3 × 1.5 × $30 = $135.
    marion = _ingested("marion-county-oregon-mcea-seiu-503-2024-2026")
    result = answer(marion, "callout last night: got the call at 10:50 pm, pulled into the yard at 11:30 and left at "
                            "12:20, so 50 min of work. $30/hr, OT eligible. what should it pay?", date(2026, 3, 4),
                    tool="call_back")
    assert result.tool.output["primary"]["value"] == 135.0


def test_a_meal_break_replaces_the_rest_break_and_a_days_bare_range_is_read_after_an_evening_shift():
    # Grinnell 6.1: ten minutes of paid rest on a shift longer than three hours; 6.2: a shift with the unpaid meal
    # break earns none. Mon 9:30-1 (3.5 h) earns 10; Wed 10-1 (3 h) none; Sat 4-8:30pm with the meal break none.
    grin = _ingested("grinnell-college-ugsdw-2016-2017")
    result = answer(grin, "mon 9:30-1, wed 10-1 and sat 4-8:30pm. on sat i had a lab until 3:50 so i took the unpaid "
                          "meal break. how many minutes of paid rest break this week?", date(2016, 11, 1), tool="rest_breaks")
    assert result.tool.output["primary"]["value"] == 10
    assert {"6.1", "6.2"} <= {c.section for c in result.citations}
    # 'fri 5-9pm … sun 10-1': the bare '10-1' after an evening shift is ten to one in the day, not 10 pm:
    # 4 + 3 = 7 hours × $9.25 = $64.75.
    pay = answer(grin, "worked fri 5-9pm, sun 10-1. whats my gross pay?", date(2016, 11, 1), tool="wage")
    assert pay.tool.output["primary"]["value"] == 64.75
    # Leader on one shift, regular on the other: the leader's addition is not for every hour, so no figure is given.
    routed = route("tues 4-7pm as the student leader and sat 9am-1pm on a regular shift. whats my gross pay?",
                   snapshot(grin), Scope((grin.id,)), date(2016, 11, 1))
    assert routed is None or routed[0].tool is None or routed[0].tool.name != "wage"


def test_a_day_begun_in_the_morning_and_a_meal_break_are_read_from_clock_times():
    # Boilermakers 13.01 a, 5x8: 'started at 6 … didnt leave till 7:30 pm' is 13.5 hours, less a half-hour lunch: 13 →
    # 8 × $40 + 2 × 1.5 × $40 + 3 × 2 × $40 = $680.
    boil = _ingested("boilermakers-local-146-bca-alberta-maintenance-2025-2028")
    day = answer(boil, "Thursday I started at 6 and didnt leave till 7:30 pm, took the half hour lunch. We're on 5x8s, my "
                       "rate is $40.00. what should my pay for that whole day come to with the overtime?", date(2026, 5, 1),
                 tool="overtime")
    assert day.tool.output["primary"]["value"] == 680.0
    # 14.03: a recognized holiday worked is double time; 'came in at 8, left at 2:30, half hr unpaid lunch' is 6 hours
    # worked, not the half hour: 6 × 2 × $40 = $480.
    holiday = answer(boil, "worked labour day (mon the 7th) — came in at 8, left at 2:30, half hr unpaid lunch. base rate $40.00. "
                           "what do i get for that day's work?", date(2026, 9, 10), tool="holidays")
    assert holiday.tool.output["primary"]["value"] == 480.0


def test_a_question_about_the_employers_reply_is_not_answered_with_the_filing_deadline():
    # These Ship Repair excerpts hold no reply limit: the first level's 25 days to present a grievance (19.15) is not
    # the date the employer must answer by, so no step's date is given for it.
    routed = route("We presented the grievance at the first level on Monday, January 11, 2021. By what date should "
                   "the Employer reply to it?", snapshot(TBS), Scope((TBS.id,)), date(2021, 1, 12))
    assert routed is None or routed[0].tool is None or routed[0].tool.name != "grievance_deadline", routed[0].answer


def test_a_yearly_vacation_cash_out_is_not_the_pay_out_on_leaving():
    # Marion County 7.6 B pays unused vacation when employment ends; cashing out some vacation while staying is another
    # provision, so the separation pay-out is not computed for it.
    marion = _ingested("marion-county-oregon-mcea-seiu-503-2024-2026")
    routed = route("I have 150 hours of vacation on the books and want to cash out a week of it this year. I make $28 "
                   "an hour. How much would I get?", snapshot(marion), Scope((marion.id,)), date(2026, 3, 4))
    assert routed is None or routed[0].tool is None or routed[0].tool.output.get("primary", {}).get("label") != "vacation paid out"
    leaving = answer(marion, "I'm retiring at the end of the month after 12 years with 120 hours of vacation on the books. "
                             "I make $30 an hour. How much will I be paid for my vacation?", date(2026, 3, 4),
                     tool="leave_accrual")
    assert leaving.tool.output["primary"]["value"] == 3600.0


def test_a_shift_premium_for_the_week_counts_the_days_worked():
    # Ship Repair 24.01 a: 1/7 of the basic rate for each hour on the third (evening) shift, 8 hours worked a shift:
    # $28 / 7 × 8 = $32 a shift; 'worked my evening shifts Monday through Wednesday … for the week' is three: $96.
    tbs = _ingested("tbs-canada-ship-repair-east-fgdtlc-2018-2022")
    result = answer(tbs, "I'm on the evening shift. This week I worked my evening shifts Monday through Wednesday, no "
                         "overtime. Basic rate is $28.00. How much shift premium for the week?", date(2021, 3, 4),
                    tool="night_shift")
    assert result.tool.output["primary"]["value"] == 96.0


def test_a_day_on_a_schedule_the_rules_do_not_model_is_not_paid_as_a_normal_workday():
    # Boilermakers' site schedules (appendices) pay their days their own way; the rules file models the main schedules
    # and the 9/80 only, so no 5x8 figure is given for a day of the CF Industries 8-9-9-8-8 week.
    boil = _ingested("boilermakers-local-146-bca-alberta-maintenance-2025-2028")
    routed = route("we're on the 8-9-9-8-8 at medicine hat and this tuesday is a 9 hr day but i worked 12 hrs. rate $45. "
                   "what does tuesday pay?", snapshot(boil), Scope((boil.id,)), date(2026, 5, 1))
    assert routed is None or routed[0].tool is None or not routed[0].tool.output.get("primary", {}).get("value")


def test_the_9_80_friday_is_paid_by_its_own_appendix():
    # Appendix B: on the 9/80's eight-hour Friday (week 1), time and one-half for the first four hours past it, not
    # the 5x8's two: 8 + 4 × 1.5 = 14 hours at $45.
    boil = _ingested("boilermakers-local-146-bca-alberta-maintenance-2025-2028")
    routed = route("we're on the 9/80 and this friday is our short 8 hr day but i worked 12 hrs. rate $45. what does "
                   "friday pay?", snapshot(boil), Scope((boil.id,)), date(2026, 5, 1))
    assert routed is not None and routed[0].tool.output["primary"]["value"] == 630.0
    assert any(c.section == "Appendix B" for c in routed[0].citations)


def test_vacation_for_one_month_and_leave_over_stretches_at_different_ftes_and_their_bad_input():
    # Ship Repair 10.02 c: one month's credit (from_month = through) in the month of the 8th anniversary is 13.34 hours;
    # a first month after the last, or outside the vacation year, is refused. Marion 7.1 / 7.3: 2 pay periods at 4.924
    # hours then 2 at half of it is 14.772; a single stretch is not stretches.
    from assistant.calculators.tools import run_tool
    from assistant.errors import DomainError

    tbs = _ingested("tbs-canada-ship-repair-east-fgdtlc-2018-2022")
    params = {"contract": tbs.id, "kind": "vacation_year", "start_date": "2019-01-07", "vacation_year": 2026,
              "from_month": "2027-01-01", "through": "2027-01-31"}
    _, month = run_tool(snapshot(tbs), "leave_accrual", params)
    assert month.primary is not None and month.primary.value == 13.34
    with pytest.raises(DomainError, match="first month counted"):
        run_tool(snapshot(tbs), "leave_accrual", params | {"from_month": "2027-02-01"})
    marion = _ingested("marion-county-oregon-mcea-seiu-503-2024-2026")
    stretches = {"contract": marion.id, "kind": "pay_period", "months_of_service": 84,
                 "fte_stretches": [{"periods": 2, "fte": 1.0}, {"periods": 2, "fte": 0.5}]}
    _, earned = run_tool(snapshot(marion), "leave_accrual", stretches)
    assert earned.primary is not None and earned.primary.value == 14.772
    with pytest.raises(DomainError, match="two to twelve"):
        run_tool(snapshot(marion), "leave_accrual", stretches | {"fte_stretches": [{"periods": 2, "fte": 1.0}]})


def test_a_holidays_meal_allowance_is_added_only_where_the_rules_give_one():
    # Ship Repair 15.18 b: 13 hours on a holiday earn one $12 meal allowance after the first 8; Marion County's rules pay
    # holiday work but give no meal allowance for it, so asking to add one is refused with a message, not guessed.
    from assistant.calculators.tools import run_tool
    from assistant.errors import DomainError

    tbs = _ingested("tbs-canada-ship-repair-east-fgdtlc-2018-2022")
    params = {"contract": tbs.id, "kind": "work_pay", "hours_worked": 13, "hourly_rate": 30.0, "with_meal": True}
    _, paid = run_tool(snapshot(tbs), "holidays", params)
    assert paid.primary is not None and paid.primary.value == 1182.0 and paid.values["meal_allowance"] == 12.0
    marion = _ingested("marion-county-oregon-mcea-seiu-503-2024-2026")
    with pytest.raises(DomainError, match="no meal allowance"):
        run_tool(snapshot(marion), "holidays", params | {"contract": marion.id, "normal_day_hours": 8})
