"""The evaluation harness itself: configurations side by side, reports, feedback export, faithfulness.
(The gate on the gold sets runs apart, as `make eval-check`.)"""

from __future__ import annotations

import json

from eval.harness import load_gold, run, table, write_report


def test_report_compares_configurations_per_split_and_kind(shared_assistant, tmp_path):
    dev = [i for i in load_gold(("dev",)) if i["id"] in {"l005", "p001", "x001", "c001", "m001"}]
    test = [i for i in load_gold(("test",)) if i["kind"] in ("lookup", "unanswerable")
            and i["contract"] in shared_assistant.snapshot().contracts][:4]
    report = run(["bm25", "full", "baseline"], dev + test, shared_assistant)
    assert set(report["configs"]) == {"bm25", "full", "baseline"}
    full = report["configs"]["full"]
    assert full["dev"]["metrics"]["calc_exact_match"] == 1.0 and full["dev"]["metrics"]["unanswered_not_answered"] == 1.0
    assert full["test"]["metrics"]["items"] == 4 and set(full["test"]["by_kind"]) <= {"lookup", "unanswerable"}
    # The baseline never abstains: every question the contract does not answer gets `answered`.
    assert report["configs"]["baseline"]["dev"]["metrics"]["false_answer_rate"] == 1.0
    text = table(report)
    assert "full dev" in text and "full test" in text
    write_report(report, tmp_path / "report")
    assert (tmp_path / "report" / "scores.png").stat().st_size > 1000
    written = (tmp_path / "report" / "report.md").read_text()
    assert "hit@1" in written and "Failures: baseline, dev" in written and "Failures: full, test" not in written


def test_feedback_exports_candidate_gold_items(shared_assistant, tmp_path):
    from assistant.feedback import FeedbackStore

    store = FeedbackStore(tmp_path / "fb.sqlite3")
    answer = shared_assistant.answer("How long do I have to file a grievance?")
    answer_id = store.remember("How long do I have to file a grievance?", None, answer)
    store.add(answer_id, helpful=True, comment="exactly right", source="slack", user_id="U123")
    candidates = store.export_candidates()
    assert candidates[0]["question"] == "How long do I have to file a grievance?"
    assert candidates[0]["gold"][0]["section"] == "6.7" and candidates[0]["candidate"]["needs_review"]
    assert store.rows()[0]["user_id"] is None  # not kept unless the setting allows it


def test_faithfulness_is_scored_when_a_generative_model_answers(shared_assistant):
    from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
    from langchain_core.messages import AIMessage

    from assistant.core import Assistant

    reply = 'A formal grievance may be filed within "Twenty-one (21) calendar days" after the event [1].'
    model = GenericFakeChatModel(messages=iter([AIMessage(content=reply)] * 3))
    generative = Assistant(shared_assistant.settings, chat_model=model)
    items = [i for i in load_gold(("dev",)) if i["id"] == "l005"]
    report = run(["full"], items, generative)
    assert report["configs"]["full"]["dev"]["metrics"]["faithfulness"] == 1.0


def test_cli_exports_feedback_as_candidate_gold(tmp_path, capsys):
    from assistant.cli import main
    from assistant.feedback import FeedbackStore, feedback_path
    from assistant.schema import Answer, Citation
    from assistant.settings import get_settings

    store = FeedbackStore(feedback_path(get_settings().data_dir))
    answer = Answer(answer="…", citations=[Citation(contract="csea-unit4-1999-2001", section="19.10", clause="C", quote="two (2) hours")])
    store.add(store.remember("what do I get for being on call?", None, answer), helpful=True, source="api")
    target = tmp_path / "candidates.jsonl"
    assert main(["eval", "--export-feedback", str(target)]) == 0
    rows = [json.loads(line) for line in target.read_text().splitlines()]
    assert rows[0]["question"] == "what do I get for being on call?" and rows[0]["gold"] == [{"section": "19.10", "clause": "C"}]
    assert "1 candidate" in capsys.readouterr().out


def test_a_date_or_sum_is_right_from_any_tool_that_gives_it():
    from assistant.schema import Answer, ToolRun
    from eval.metrics import calc_exact

    answer = Answer(answer="Due by October 9, 2026.", outcome="answered",
                    tool=ToolRun(name="time_limit", input={}, output={"primary": {"type": "date", "value": "2026-10-09"}}))
    other = {"expected": {"tool": "other", "type": "date", "value": "2026-10-09"}}
    named = {"expected": {"tool": "grievance_deadline", "type": "date", "value": "2026-10-09"}}
    wrong = {"expected": {"tool": "other", "type": "date", "value": "2026-10-08"}}
    assert calc_exact(answer, other) == 1.0
    # the same date from another family's tool is the same answer; a count of hours needs the family's own tool
    assert calc_exact(answer, named) == 1.0
    assert calc_exact(answer, wrong) == 0.0
    hours = Answer(answer="3 hours.", outcome="answered",
                   tool=ToolRun(name="overtime", input={}, output={"primary": {"type": "hours", "value": 3}}))
    assert calc_exact(hours, {"expected": {"tool": "call_back", "type": "hours", "value": 3}}) == 0.0
    assert calc_exact(hours, {"expected": {"tool": "other", "type": "hours", "value": 3}}) == 1.0


def test_a_count_from_the_clause_the_writer_cites_is_right_whatever_family_it_was_filed_under():
    # Why: telephone-call comp time is one clause's calculation whether a writer files it under overtime or call back;
    # the tool that computes it from that clause gives the answer. A count of hours from another clause stays wrong.
    from assistant.schema import Answer, Citation, ToolRun
    from eval.metrics import calc_exact

    def minutes(section: str) -> Answer:
        return Answer(answer="45 minutes of comp time.", outcome="answered",
                      citations=[Citation(contract="c", section=section, quote="…")],
                      tool=ToolRun(name="call_back", input={}, output={"primary": {"type": "minutes", "value": 45}}))

    item = {"contract": "c", "gold": [{"section": "11.10", "clause": ""}],
            "expected": {"tool": "overtime", "type": "minutes", "value": 45}}
    assert calc_exact(minutes("11.10"), item) == 1.0
    assert calc_exact(minutes("11.9"), item) == 0.0
    assert calc_exact(minutes("11.10"), item | {"contract": "other"}) == 0.0
    assert calc_exact(minutes("11.10"), item | {"expected": {"tool": "overtime", "type": "minutes", "value": 46}}) == 0.0


def test_a_length_of_time_in_another_unit_is_the_same_calculation():
    from assistant.schema import Answer, ToolRun
    from eval.metrics import calc_exact

    answer = Answer(answer="0.75 hours of CTO.", outcome="answered",
                    tool=ToolRun(name="overtime", input={}, output={"primary": {"type": "hours", "value": 0.75}}))
    assert calc_exact(answer, {"expected": {"tool": "overtime", "type": "minutes", "value": 45}}) == 1.0
    assert calc_exact(answer, {"expected": {"tool": "overtime", "type": "minutes", "value": 30}}) == 0.0
    assert calc_exact(answer, {"expected": {"tool": "overtime", "type": "hours", "value": 0.75}}) == 1.0
    assert calc_exact(answer, {"expected": {"tool": "overtime", "type": "money", "value": 0.75}}) == 1.0  # no unit change


def test_a_length_of_time_worked_to_two_decimals_is_the_calculators_figure_rounded():
    from assistant.schema import Answer, ToolRun
    from eval.metrics import calc_exact

    def said(value: float) -> Answer:
        return Answer(answer="", outcome="answered",
                      tool=ToolRun(name="leave_accrual", input={}, output={"primary": {"type": "hours", "value": value}}))

    item = {"expected": {"tool": "leave_accrual", "type": "hours", "value": 3.94}}
    assert calc_exact(said(3.939), item) == 1.0  # 4.924 × 0.8 = 3.9392, written 'about 3.94'
    assert calc_exact(said(3.93), item) == 0.0
    # money is to the cent, and a figure written to one decimal is not widened
    assert calc_exact(said(3.939), {"expected": {"tool": "leave_accrual", "type": "money", "value": 3.94}}) == 0.0
    assert calc_exact(said(2.54), {"expected": {"tool": "leave_accrual", "type": "hours", "value": 2.5}}) == 0.0


def test_a_figure_given_with_a_follow_up_question_counts_as_given():
    from assistant.schema import Answer, ToolRun
    from eval.metrics import computed_value

    both = Answer(answer="3 hours at the overtime rate. What is your hourly rate?", outcome="answered", needs=["hourly rate"],
                  tool=ToolRun(name="call_back", input={}, output={"primary": {"type": "hours", "value": 3}}))
    only = Answer(answer="What is your hourly rate?", outcome="answered", needs=["hourly rate"],
                  tool=ToolRun(name="call_back", input={}, output={"primary": {"type": "needs", "value": ["hourly rate"]}}))
    assert computed_value(both) and not computed_value(only)
