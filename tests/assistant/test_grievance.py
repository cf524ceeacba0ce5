"""Grievance drafts: verified citations, the right deadline, a DOCX that opens, the API and the CLI."""

from __future__ import annotations

import io
from datetime import date

import pytest
import yaml
from docx import Document

from assistant.errors import BadQuestion, UnknownContract
from assistant.grievance.draft import GENERIC_REMEDY, draft_grievance, verified
from assistant.grievance.export import to_docx
from assistant.grievance.models import DraftRequest

from ..conftest import use_index
from ..helpers import api_client

SAMPLE = "csea-unit4-1999-2001"
CALL_BACK = ("My supervisor ordered me back to work after I had finished my normal shift and gone home. "
             "I worked one hour and was only credited with one hour of work time.")
TO_WHOM = "a designated supervisor or manager identified by each department head as the first level of appeal"


def all_citations(draft):
    return ([v.citation for v in draft.violated] + [q for n in draft.amendments for q in n.quotes]
            + [r.citation for r in draft.remedy if r.citation]
            + (draft.filing.citations + [draft.filing.to_whom_citation] if draft.filing else []))


def test_a_described_incident_cites_verified_clauses_and_the_right_deadline(shared_assistant):
    draft = draft_grievance(shared_assistant, DraftRequest(description=CALL_BACK, contract=SAMPLE,
                                                           incident_date=date(2000, 3, 3)))
    assert (draft.violated[0].citation.section, draft.violated[0].citation.clause) == ("19.9", "A")
    assert "credited with a minimum of four (4) hours work time" in draft.violated[0].citation.quote
    assert verified(shared_assistant.snapshot(), all_citations(draft))
    assert draft.facts == ["My supervisor ordered me back to work after I had finished my normal shift and gone home.",
                           "I worked one hour and was only credited with one hour of work time."]
    filing = draft.filing
    assert filing is not None and filing.due == "2000-03-24"  # 21 calendar days (6.7 A.1), as the calculator says
    assert filing.label == "File a formal grievance (Step 1)" and filing.rule.startswith("21 calendar days after")
    assert {c.section for c in filing.citations} >= {"6.7"}
    assert filing.to_whom == TO_WHOM and filing.to_whom_citation.label.startswith("Art. 6 §6.7 D")
    # The sample contract has no make-whole clause: the general request says it is not contract language.
    assert [(r.text, r.contract_language) for r in draft.remedy] == [(GENERIC_REMEDY, False)]
    assert "(not contract language" in draft.markdown and "**Last day to file:** Friday, March 24, 2000" in draft.markdown


def test_a_draft_quotes_violated_clauses_as_long_as_answers_do(shared_assistant, built_index, tmp_path):
    """The ranking configuration's `quote_chars` sets how much of a long clause a draft quotes, as it does
    for answers: shortened, the quote is the clause's best window within it, still verbatim."""
    from assistant.core import Assistant
    from assistant.ranking import load_ranking
    from assistant.settings import Settings

    ranking = load_ranking()
    short = ranking.model_copy(update={"answer": ranking.answer.model_copy(update={"quote_chars": 60})})
    path = tmp_path / "ranking.yaml"
    path.write_text(yaml.safe_dump(short.model_dump(mode="json")))
    brief = Assistant(Settings(data_dir=built_index, ranking_config=path))
    request = DraftRequest(description=CALL_BACK, contract=SAMPLE, incident_date=date(2000, 3, 3))
    default = draft_grievance(shared_assistant, request)
    clipped = draft_grievance(brief, request)
    assert [v.citation.section for v in clipped.violated] == [v.citation.section for v in default.violated]
    assert all(len(v.citation.quote) <= 60 for v in clipped.violated)
    assert any(len(v.citation.quote) > 60 for v in default.violated)
    assert verified(brief.snapshot(), [v.citation for v in clipped.violated])


def test_the_deadline_counts_from_learning_of_it_within_the_contracts_cap(shared_assistant):
    later = draft_grievance(shared_assistant, DraftRequest(description=CALL_BACK, contract=SAMPLE,
                                                           incident_date=date(2000, 3, 3), learned_date=date(2000, 3, 10)))
    # 21 days after learning (March 31) is beyond 6.7 B's cap of 21 days after the event: March 24.
    assert later.filing.due == "2000-03-24" and any("The cap is earlier" in w for w in later.filing.work)
    learned_only = draft_grievance(shared_assistant, DraftRequest(description=CALL_BACK, contract=SAMPLE,
                                                                  learned_date=date(2000, 4, 3)))
    assert learned_only.filing.due == "2000-04-24"


def test_without_a_date_the_draft_says_which_date_is_needed(shared_assistant):
    draft = draft_grievance(shared_assistant, DraftRequest(description=CALL_BACK))  # the one contract loaded
    assert draft.contract == SAMPLE and draft.filing.due is None
    assert draft.filing.needs == ["the date the grievant learned of what happened (or, if the same, the date it happened)"]
    assert "needs the date the grievant learned of what happened" in draft.markdown
    # A date in the description is used, and said to be read from it.
    dated = draft_grievance(shared_assistant, DraftRequest(description="On March 3, 2000 " + CALL_BACK[0].lower()
                                                           + CALL_BACK[1:]))
    assert dated.filing.due == "2000-03-24" and dated.dates_from_description
    assert any("was read from the description" in n for n in dated.notes)


def test_the_docx_opens_and_holds_the_same_draft(shared_assistant):
    draft = draft_grievance(shared_assistant, DraftRequest(description=CALL_BACK, contract=SAMPLE, grievant="Pat Lee",
                                                           incident_date=date(2000, 3, 3)))
    document = Document(io.BytesIO(to_docx(draft)))
    text = "\n".join(p.text for p in document.paragraphs)
    rows = {row.cells[0].text: row.cells[1].text for row in document.tables[0].rows}
    assert rows["Grievant"] == "Pat Lee" and rows["Last day to file"] == "Friday, March 24, 2000"
    assert rows["Filed with"].startswith(TO_WHOM)
    assert "credited with a minimum of four (4) hours work time" in text and "Art. 19 §19.9 A (p. 105)" in text
    assert "That the grievant be made whole" in text and "not contract language" in text
    assert document.core_properties.title == "Grievance — Unit 4 MOU"


def test_bad_descriptions_and_contracts_are_refused_clearly(shared_assistant):
    with pytest.raises(BadQuestion, match="Describe what happened"):
        draft_grievance(shared_assistant, DraftRequest(description="   "))
    with pytest.raises(BadQuestion, match="the limit is 8,000"):
        draft_grievance(shared_assistant, DraftRequest(description="x " * 5000))
    with pytest.raises(UnknownContract, match="known ids"):
        draft_grievance(shared_assistant, DraftRequest(description=CALL_BACK, contract="nope"))
    with pytest.raises(UnknownContract, match="is a side-agreement, not a contract"):
        draft_grievance(shared_assistant, DraftRequest(description=CALL_BACK, contract="upe-dha-sdr-phase2-agreements"))


def test_make_whole_language_is_quoted_and_an_amending_letter_cited(amended_index, monkeypatch):
    from assistant.services import get_services

    use_index(monkeypatch, amended_index, amended_index / "docs")
    assistant = get_services().assistant
    draft = draft_grievance(assistant, DraftRequest(
        description="My mother died last week and I was given only three days of bereavement leave.",
        contract="riverside", incident_date=date(2024, 5, 6)))
    assert draft.violated[0].citation.section == "12.3"
    assert [(n.by_section, n.relation) for n in draft.amendments] == [("LOA 1", "amends"), ("LOA 2", "overrides")]
    remedy = draft.remedy[0]
    assert remedy.contract_language and remedy.citation.section == "6.3"
    assert remedy.text == ("An employee whose grievance is upheld shall be made whole for any loss of pay or benefits "
                           "caused by the violation.")
    assert verified(assistant.snapshot(), all_citations(draft))
    # No rules file: the filing time limit is the one its grievance procedure states, cited, and the
    # letter that overrides that section is named beside the deadline.
    filing = draft.filing
    assert filing is not None and filing.due == "2024-05-20" and filing.to_whom == "the employee's immediate supervisor"
    assert [(c.section, c.clause) for c in filing.citations][0] == ("6.2", "A")
    assert "changed by LOA 2" in filing.notes[0] and "LOA 2" in draft.markdown


def test_the_api_returns_the_draft_as_json_markdown_or_docx(shared_assistant):
    client = api_client()
    body = {"description": CALL_BACK, "contract": SAMPLE, "incident_date": "2000-03-03"}
    draft = client.post("/v1/grievances/draft", json=body).json()
    assert draft["filing"]["due"] == "2000-03-24" and draft["violated"][0]["citation"]["section"] == "19.9"
    markdown = client.post("/v1/grievances/draft?format=markdown", json=body)
    assert markdown.headers["content-type"].startswith("text/markdown") and "# Grievance — Unit 4 MOU" in markdown.text
    docx = client.post("/v1/grievances/draft?format=docx", json=body)
    assert docx.headers["content-type"] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    assert 'filename="grievance-csea-unit4-1999-2001-2000-03-03.docx"' in docx.headers["content-disposition"]
    assert "Call Back Time" in "\n".join(p.text for p in Document(io.BytesIO(docx.content)).paragraphs)
    empty = client.post("/v1/grievances/draft", json={"description": ""})
    assert empty.status_code == 422 and "Describe what happened" in empty.json()["error"]["message"]
    assert client.post("/v1/grievances/draft", json={"description": CALL_BACK, "contract": "nope"}).status_code == 404
    assert client.post("/v1/grievances/draft", json={"description": CALL_BACK, "incident_date": "March"}).status_code == 422
    far = client.post("/v1/grievances/draft", json={"description": CALL_BACK, "incident_date": "9999-01-01"})
    assert far.status_code == 422 and "between 1900 and 2199" in far.json()["error"]["message"]
    backwards = client.post("/v1/grievances/draft", json={"description": CALL_BACK, "incident_date": "2000-03-10",
                                                          "learned_date": "2000-03-03"})
    assert backwards.status_code == 422 and "cannot have learned of it before it happened" in backwards.json()["error"]["message"]


def test_the_command_writes_docx_and_markdown(shared_assistant, tmp_path, capsys):
    from assistant.cli import main

    out_docx, out_md = tmp_path / "g.docx", tmp_path / "g.md"
    assert main(["grievance", "draft", "--contract", SAMPLE, "--incident-date", "2000-03-03", "--grievant", "Pat Lee",
                 "--docx", str(out_docx), "--markdown", str(out_md), CALL_BACK]) == 0
    assert "Grievance draft written to" in capsys.readouterr().out
    assert "Friday, March 24, 2000" in out_md.read_text(encoding="utf-8")
    assert Document(str(out_docx)).tables[0].rows[0].cells[1].text == "Pat Lee"
    assert main(["grievance", "draft", "--contract", SAMPLE, CALL_BACK]) == 0
    assert "needs the date the grievant learned" in capsys.readouterr().out
