"""Real public agreements in other numbering styles ingest to their true units with no configuration.

Expected ids, titles and counts come from each fixture's NOTES spot checks (data/contracts/SOURCES.md),
checked against the text by hand.
"""

from __future__ import annotations

import re
from functools import cache

import pytest

from ingest.loader import load_document

from ..conftest import CONTRACTS


@cache
def _load(name: str):
    return load_document(CONTRACTS / name, 10**9)


GRINNELL = "grinnell-college-ugsdw-2016-2017.docx"  # a Word file: heading styles, bold run-in titles
MARION = "marion-county-oregon-mcea-seiu-503-2024-2026.pdf"  # LibreOffice PDF: header, footer, Word numbering
TBS = "tbs-canada-ship-repair-east-fgdtlc-2018-2022.md"
BOILERMAKERS = "boilermakers-local-146-bca-alberta-maintenance-2025-2028.md"


def _numbered(contract):
    return [a.number for a in contract.articles if a.number.isdigit()]


def test_no_meta_files_for_the_fixtures():
    for name in (GRINNELL, MARION, TBS, BOILERMAKERS):
        assert not (CONTRACTS / (name.rsplit(".", 1)[0] + ".meta.yaml")).exists()


def test_grinnell_roman_articles_and_run_in_titles():
    contract = _load(GRINNELL)
    assert _numbered(contract) == [str(n) for n in range(1, 9)]
    assert contract.numbering.article_style == "roman"
    assert [s.id for s in contract.sections()] == [
        "Preamble", "1.1", "1.2", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "4.1", "4.2", "4.3", "5.1", "6.1", "6.2",
        "7.1", "7.2", "7.3", "8.1"]
    assert contract.section("1.1").title == "Exclusive representative"
    assert contract.section("1.1").clauses[0].text.startswith("The company recognizes the Union as the exclusive")
    assert contract.section("4.1").title == "Initial base wage" and "$9.25 per hour" in contract.section("4.1").text
    assert contract.section("6.1").title == "Rest Breaks" and contract.section("6.2").title == "Meal Breaks"
    assert "within five (5) days after knowledge" in " ".join(contract.section("7.2").text.split())
    assert contract.section("Article IV Section 2").title == "Student Leader pay"
    assert contract.section("Preamble").clauses[0].text.startswith("This AGREEMENT is effective")
    assert contract.section("2.3").title == "College duties" and "to determine schedules" in contract.section("2.3").text
    assert all(s.page_start is None for s in contract.sections())  # Word saved no page breaks: none invented
    assert contract.parties == ["Grinnell College", "Union of Grinnell Student Dining Workers"]
    assert (contract.term_start, contract.term_end) == ("2016-10-01", "2017-06-30")
    from ingest.structure import citation_label

    assert citation_label(contract.section("4.1")) == "Art. IV §4.1"


def test_marion_restarting_sections_page_furniture_and_pages():
    contract = _load(MARION)
    assert _numbered(contract) == [str(n) for n in range(1, 36)]
    assert contract.numbering.sections == "restarting"
    ids = [s.id for s in contract.sections()]
    assert ids[:3] == ["Preamble", "1", "2"] and len(ids) == len(set(ids))
    assert [i for i in ids if i.startswith("21.")] == ["21.1", "21.2"]
    expected = {"6.2": "Personal Day", "7.5": "Accumulation of Vacation Credits", "8.2": "Accumulation",
                "10.4": "Employer Health Insurance Contributions", "11.5": "Shift Differential",
                "11.9": "Call Back Pay (Overtime Eligible Employees Only)", "21.2": "Grievance Procedure – Steps"}
    for section_id, title in expected.items():
        assert contract.section(section_id).title == title
    assert " ".join(contract.section("7.5").text.split()).startswith(
        "Employees shall not accumulate vacation leave in excess of two hundred fifty (250) hours.")
    assert contract.section("10.4").clause("A").text.startswith("The county agrees to contribute up to one thousand six")
    assert "forty (40)-hour accrual cap" in " ".join(contract.section("13.5").text.split())
    assert contract.section("Art 6 Sec 2").id == "6.2"
    # The running header and the 'Page N of M' footer are not text; the footer gives the printed page.
    for section in contract.sections():
        assert not re.search(r"Page \d+ of \d+", section.text)
        assert "Association Collective Bargaining Agreement" not in section.text
    assert contract.section("6.2").page_start == 10 and contract.section("21.2").page_start == 43
    assert [c.path for c in contract.section("21.2").clauses] == ["", "A", "B", "C", "D", "E", "F"]  # Word numbering
    step2 = " ".join(contract.section("21.2").text.split())
    assert "If the grievance has not been resolved in Step 1, the Union shall file a formal" in step2
    from ingest.structure import citation_label

    assert citation_label(contract.section("11.5")) == "Art. 11, Sec. 5 (p. 23)"
    assert (contract.term_start, contract.term_end) == ("2024-07-01", "2026-06-30")


def test_tbs_zero_padded_clauses_appendices_and_letter():
    contract = _load(TBS)
    assert _numbered(contract) == [str(n) for n in range(1, 41)]
    assert contract.numbering.zero_padded
    assert contract.section("12.01").title == "Credits"
    assert contract.section("12.1") is contract.section("12.01")  # what people type finds the padded id
    assert contract.section("15.10").title == "Overtime compensation"
    assert contract.section("15.10").clause("a").text.startswith("double (2) time for all hours worked in excess")
    assert contract.section("19.15").clauses[0].text.startswith("A grievor may present a grievance to the first level")
    assert contract.section("23.05").title == "Transfer at sea allowance"
    units = [s.id for s in contract.sections() if not s.article.isdigit()]
    assert units == ["Appendix A", "Appendix B", "Appendix C", "Appendix D", "Appendix E", "Appendix F", "LOU 17-1"]
    assert contract.section("LOU 17-1").title == "vehicle/liability"
    assert contract.section('Appendix "E"').id == "Appendix E"
    # The table of contents never becomes a section, and pay-table numbers are not pages.
    assert contract.section("1.01").clauses[0].text.startswith("The purpose of this agreement")
    assert all(s.page_start is None for s in contract.sections())
    refs = contract.section("15.10").clauses[0].refs
    assert [(r.text, r.section) for r in refs] == [("clause 15.14", "15.14")]


def test_boilermakers_articles_letters_appendices_and_addendum():
    contract = _load(BOILERMAKERS)
    assert _numbered(contract) == [str(n) for n in range(1, 26)]
    assert contract.section("Definitions") is not None
    first_step = " ".join(contract.section("10.01").clause("a.i").text.split())
    assert first_step.startswith("The party raising the difference must notify the other party")
    assert "within fourteen (14) calendar days from the date of the incident" in first_step
    assert "four dollars and fifty cents ($4.50) per hour" in contract.section("12.03").text
    assert "one hundred dollars ($100.00) per day" in contract.section("18.05").text
    letters = [s.id for s in contract.sections() if s.id.startswith("Letter ")]
    assert letters == [f"Letter {n}" for n in range(1, 9)]
    assert contract.section("Letter 1").title == "Tank Work Employers Letter (Referred to In Article 21.00)"
    assert contract.section("LOU 1").id == "Letter 1"  # a look-up for the kind the letter calls itself
    appendices = [s.id for s in contract.sections() if "Appendix" in s.id]
    assert appendices == ["Appendix A", "Appendix B", "Appendix C", "Appendix D", "Addendum Appendix A",
                          "Addendum Appendix B", "Addendum Appendix D"]
    premiums = contract.section("Addendum 1.503")
    assert premiums.title == "Compressed Work Week Shift Premiums"
    assert "three dollars and fifty cents ($3.50) per hour" in premiums.text
    # Signature blocks are kept but never quoted.
    signatures = [c for c in contract.section("Letter 1").clauses if c.role == "signatures"]
    assert signatures and all("SIGNATURE ON FILE" in c.text for c in signatures)
    from ingest.chunking import chunk_contract

    assert not any("SIGNATURE ON FILE" in chunk.text for chunk in chunk_contract(contract))


@pytest.mark.parametrize("name", [GRINNELL, MARION, TBS, BOILERMAKERS])
def test_every_fixture_has_unique_ids_and_real_text(name):
    contract = _load(name)
    ids = [s.id for s in contract.sections()]
    assert len(ids) == len(set(ids))
    for section in contract.sections():
        for clause in section.clauses:
            assert clause.text.strip()
            for ref in clause.refs:
                assert clause.text[ref.start:ref.end] == ref.text
                if ref.status == "resolved" and ref.section:
                    assert contract.section(ref.section) is not None
