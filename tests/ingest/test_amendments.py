"""Amendments linked at ingest: letters and side agreements to the sections they change."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ingest.errors import DocumentError
from ingest.loader import load_document, load_documents

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "amendments"
CONTRACTS = Path(__file__).resolve().parents[2] / "data" / "contracts"


def links(contract):
    return [(a.relation, a.section, a.article, a.by_contract, a.by_section, a.source) for a in contract.amended_by]


@pytest.fixture
def corpus(tmp_path):
    target = tmp_path / "docs"
    shutil.copytree(FIXTURES, target)
    return target


def load(folder):
    result = load_documents([folder], 10**9)
    return {c.id: c for c in result.contracts}, result.errors


def test_letters_and_a_side_agreement_are_linked_to_what_they_change_in_precedence_order(corpus):
    contracts, errors = load(corpus)
    assert errors == []
    riverside = contracts["riverside"]
    assert links(riverside) == [
        # replacements first (the later side agreement before the earlier letter), then amendments,
        # then "notwithstanding", then interpretations
        ("replaces", "14.1", "", "riverside-uniforms-2024", "1", "text"),
        ("replaces", "9.2", "", "riverside", "LOA 3", "text"),
        ("amends", "12.3", "", "riverside", "LOA 1", "text"),
        ("overrides", "6.2", "", "riverside", "LOA 2", "text"),
        ("interprets", "9.3", "", "riverside", "LOA 5", "text"),
    ]
    words = {a.by_section: a.text for a in riverside.amended_by}
    assert words["LOA 1"] == "Article 12, Section 3 is amended"
    assert words["LOA 2"] == "Notwithstanding Section 6.2"
    assert words["LOA 3"] == "In lieu of Section 9.2"
    assert words["1"] == "replaces Article 14, Section 1"
    # A statute the letter asks to amend is not a section of the contract; an article's own
    # "notwithstanding paragraph A" is that article's rule, not an amendment.
    assert "LOA 4" not in words and all(a.section != "6.2" or a.by_section == "LOA 2" for a in riverside.amended_by)
    section = riverside.section("12.3")
    assert [a.by_section for a in riverside.amendments_of(section)] == ["LOA 1"]
    assert riverside.amendments_of(riverside.section("12.1")) == []


def test_a_letter_naming_a_clause_the_section_does_not_have_is_not_linked_to_that_section(corpus):
    """'Section 9.3 (q) shall be interpreted …' where 9.3 has no (q): the letter may be speaking of another
    document's 9.3, so no link is guessed; the same words without the clause still link."""
    path = corpus / "riverside.md"
    path.write_text(path.read_text(encoding="utf-8") + "\n\nLETTER OF AGREEMENT 6 - BREAK ROOMS\n\n"
                    "Section 12.1 (q) shall be interpreted to include the break room on the second floor.\n",
                    encoding="utf-8")
    riverside = load(corpus)[0]["riverside"]
    assert all(a.by_section != "LOA 6" for a in riverside.amended_by)
    path.write_text(path.read_text(encoding="utf-8").replace("Section 12.1 (q) shall", "Section 12.1 shall"),
                    encoding="utf-8")
    riverside = load(corpus)[0]["riverside"]
    assert ("interprets", "12.1", "", "riverside", "LOA 6", "text") in links(riverside)


def test_a_letter_that_shows_the_number_it_deletes_under_another_title_is_not_linked(corpus):
    """'Section 12.1 is deleted' followed by the deleted text as '12.1 Jury Duty', where this contract's 12.1 is
    Vacation: the letter speaks of an earlier agreement's numbering. Shown under the same title, it links."""
    path = corpus / "riverside.md"
    original = path.read_text(encoding="utf-8")
    path.write_text(original + "\n\nLETTER OF AGREEMENT 7 - ARCHIVED PROVISIONS\n\n"
                    "Effective July 1, 2019, Section 12.1 is deleted.\n\n12.1 Jury Duty\n\nAn employee called for jury "
                    "duty is paid the difference.\n", encoding="utf-8")
    riverside = load(corpus)[0]["riverside"]
    assert all(a.by_section != "LOA 7" for a in riverside.amended_by)
    path.write_text(original + "\n\nLETTER OF AGREEMENT 7 - ARCHIVED PROVISIONS\n\n"
                    "Effective July 1, 2019, Section 12.1 is deleted.\n\n12.1 Vacation\n\nVacation is earned "
                    "monthly.\n", encoding="utf-8")
    riverside = load(corpus)[0]["riverside"]
    assert any(a.by_section == "LOA 7" and a.section == "12.1" for a in riverside.amended_by)


def test_a_side_agreements_references_lead_into_the_contract_it_amends(corpus):
    contracts, _ = load(corpus)
    side = contracts["riverside-uniforms-2024"]
    assert side.kind == "side-agreement" and side.amends == "riverside"
    refs = [r for c in side.sections()[0].clauses for r in c.refs]
    assert [(r.text, r.status, r.contract, r.section) for r in refs] == [
        ("Article 14, Section 1", "resolved", "riverside", "14.1")]
    # Without the contract it amends, nothing is linked and the file is named.
    only = load_documents([corpus / "riverside-uniforms-2024.md"], 10**9)
    assert only.contracts and "amends 'riverside', which is not loaded" in only.errors[0]


def test_a_meta_list_adds_and_removes_links_and_names_what_it_cannot_link(corpus):
    (corpus / "riverside.meta.yaml").write_text(
        "amendments:\n"
        "  - {by: LOA 4, target: '14.1', relation: interprets}\n"  # a link the words do not make plain
        "  - {by: LOA 3, target: '9.2', relation: none}\n"  # a link found in the words, removed
        "  - {by: LOA 9, target: '9.2'}\n"  # no such letter
        "  - {by: LOA 1, target: '77.7'}\n",  # no such section
        encoding="utf-8")
    contracts, errors = load(corpus)
    riverside = contracts["riverside"]
    assert ("interprets", "14.1", "", "riverside", "LOA 4", "meta") in links(riverside)
    assert all(a.by_section != "LOA 3" for a in riverside.amended_by)
    assert ("amends", "12.3", "", "riverside", "LOA 1", "text") in links(riverside)  # the rest still linked
    assert len(errors) == 2
    assert "riverside.md: amendments entry 3 not linked: riverside has no section 'LOA 9' (by)." in errors
    assert "riverside.md: amendments entry 4 not linked: riverside has no section '77.7' (target)." in errors


def test_a_malformed_meta_list_is_refused_with_the_file_named(corpus):
    (corpus / "riverside.meta.yaml").write_text("amendments:\n  - {by: LOA 1, target: '12.3', relation: rewrites}\n")
    with pytest.raises(DocumentError, match="riverside.md: amendments entry 1: relation must be one of"):
        load_document(corpus / "riverside.md", 10**9)
    (corpus / "riverside.meta.yaml").write_text("amendments: {by: LOA 1}\n")
    with pytest.raises(DocumentError, match="'amendments' must be a list"):
        load_document(corpus / "riverside.md", 10**9)


def test_real_agreements_link_only_what_their_words_say():
    contracts, _ = load(CONTRACTS)
    tbs = contracts["tbs-canada-ship-repair-east-fgdtlc-2018-2022"]
    # The MOU of Appendix E: "Notwithstanding the provisions of Article 25". Appendix C's archived "clauses 14.03
    # and 14.04 are deleted" reproduces them as "14.03 Resignation" and "14.04 Retirement", where this agreement's
    # 14.03 is Death and 14.04 termination for incapacity: an earlier numbering, not linked.
    assert links(tbs) == [("overrides", "", "25", tbs.id, "Appendix E", "text")]
    assert tbs.amendments_of(tbs.section("25.01")) and not tbs.amendments_of(tbs.section("26.01"))
    # The sample's side letters amend statutes ("Section 21547 of the Government Code is amended")
    # or mention sections without changing them: nothing is linked.
    assert contracts["csea-unit4-1999-2001"].amended_by == []
    # Boilermakers Letter 6: "Article 2.2 (d) shall be interpreted so that …" — this contract's 2.02 has no (d), so the
    # letter is not surely speaking of it: nothing is linked rather than a guess.
    for other in ("grinnell-college-ugsdw-2016-2017", "marion-county-oregon-mcea-seiu-503-2024-2026",
                  "boilermakers-local-146-bca-alberta-maintenance-2025-2028"):
        assert contracts[other].amended_by == [], other
