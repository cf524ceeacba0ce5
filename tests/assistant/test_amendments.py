"""Answers, `show` and the section route on a contract whose letters and side agreement amend it."""

from __future__ import annotations

import pytest

from assistant.text import occurs_in

from ..conftest import use_index
from ..helpers import api_client


@pytest.fixture
def amended(amended_index, monkeypatch):
    from assistant.services import get_services

    use_index(monkeypatch, amended_index, amended_index / "docs")
    return get_services().assistant


def verbatim(assistant, citation):
    section = assistant.snapshot().section(citation.contract, citation.section)
    text = section.clause(citation.clause).text if citation.clause else section.text
    return occurs_in(citation.quote, text)


def test_an_answer_from_an_amended_clause_says_so_first_and_quotes_both_in_order(amended):
    answer = amended.answer("How many days of bereavement leave do I get?", "riverside")
    assert answer.outcome == "answered"
    assert answer.answer.startswith("**Amended:** LOA 1 (")
    assert "amends Art. 12 §12.3 — its words come first and control where they differ." in answer.answer
    assert [(c.section, c.clause) for c in answer.citations] == [("LOA 1", ""), ("LOA 1", "A"), ("12.3", "")]
    assert all(verbatim(amended, c) for c in answer.citations)
    text = answer.answer
    assert text.index("five (5) days") < text.index("As originally written") < text.index("three (3) days")
    assert answer.key_fact is None  # the printed "three (3) days" is not what applies
    notice = answer.amendments[0]
    assert (notice.relation, notice.section, notice.by_section, notice.words) == (
        "amends", "12.3", "LOA 1", "Article 12, Section 3 is amended")


def test_a_side_agreement_in_its_own_file_and_a_notwithstanding_letter_are_cited_with_the_clause(amended):
    uniforms = amended.answer("What is the uniform allowance?", "riverside")
    assert uniforms.amendments[0].by_contract == "riverside-uniforms-2024"
    assert uniforms.citations[0].contract == "riverside-uniforms-2024" and uniforms.citations[-1].section == "14.1"
    assert "three hundred fifty dollars ($350)" in uniforms.citations[1].quote
    filing = amended.answer("How long do I have to file a grievance?", "riverside")
    assert filing.amendments[0].relation == "overrides" and "applies notwithstanding Art. 6 §6.2" in filing.answer
    assert [c.section for c in filing.citations][:2] == ["LOA 2", "6.2"]
    assert all(verbatim(amended, c) for c in uniforms.citations + filing.citations)


def test_an_unamended_clause_is_answered_as_before(amended):
    answer = amended.answer("How much vacation do I earn each month?", "riverside")
    assert answer.amendments == [] and not answer.answer.startswith("**Amended")
    assert answer.citations[0].section == "12.1"


def test_show_lists_what_amends_a_section_and_what_a_letter_amends(amended, capsys):
    from assistant.cli import main

    assert main(["show", "riverside", "12.3"]) == 0
    out = capsys.readouterr().out
    assert "Amended by (in precedence order; the amending words control where they differ):" in out
    assert '  amends: LOA 1, ' in out and '"Article 12, Section 3 is amended"' in out
    assert "    > An employee shall receive five (5) days of paid bereavement leave" in out
    assert main(["show", "riverside", "LOA 3"]) == 0
    assert "Amends:\n  replaces Art. 9 §9.2" in capsys.readouterr().out
    assert main(["show", "riverside-uniforms-2024", "1"]) == 0
    out = capsys.readouterr().out
    assert '"Article 14, Section 1" → riverside 14.1 — Uniform Allowance' in out


def test_the_section_route_lists_amendments_both_ways(amended):
    client = api_client()
    body = client.get("/v1/contracts/riverside/sections/14.1").json()
    assert [(a["relation"], a["by_contract"], a["by_section"]) for a in body["amended_by"]] == [
        ("replaces", "riverside-uniforms-2024", "1")]
    assert "three hundred fifty dollars" in " ".join(q["quote"] for q in body["amended_by"][0]["quotes"])
    letter = client.get("/v1/contracts/riverside/sections/LOA%202").json()
    assert [(a["relation"], a["section"]) for a in letter["amends"]] == [("overrides", "6.2")]
    side = client.get("/v1/contracts/riverside-uniforms-2024/sections/1").json()
    assert side["refers_to"][0]["contract"] == "riverside" and side["refers_to"][0]["section"] == "14.1"
