"""Versions of one agreement at ingest: terms read from the text, grouped and ordered, pages read
from running footers."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ingest.errors import DocumentError
from ingest.loader import load_document, load_documents

VERSIONS = Path(__file__).resolve().parents[1] / "fixtures" / "versions"
CONTRACTS = Path(__file__).resolve().parents[2] / "data" / "contracts"
OLD, NEW = "marion-county-oregon-mcdaa-2023-2026", "marion-county-oregon-mcdaa-2026-2029"


@pytest.fixture(scope="module")
def both():
    result = load_documents([VERSIONS], 10**9)
    assert result.errors == []
    return {c.id: c for c in result.contracts}


def test_terms_come_from_the_cover_and_the_life_of_agreement_clause(both):
    # "EFFECTIVE FROM RATIFICATION THROUGH JUNE 30, 2026": no start date is printed, and a plan year
    # deep in the text ("January 1, 2024, to December 31, 2024") is not the agreement's term.
    assert (both[OLD].term_start, both[OLD].term_end) == (None, "2026-06-30")
    assert (both[NEW].term_start, both[NEW].term_end) == (None, "2029-06-30")


def test_two_versions_are_grouped_by_their_parties_and_title_and_ordered(both):
    old, new = both[OLD], both[NEW]
    assert old.agreement == new.agreement == OLD
    assert new.supersedes == [OLD] and old.superseded_by == [NEW] and old.supersedes == [] and new.superseded_by == []
    # The same printed title: each is told apart by its stated end where it is cited.
    assert old.name.endswith("(through June 30, 2026)") and new.name.endswith("(through June 30, 2029)")


def test_an_agreement_alone_or_of_other_parties_is_not_grouped():
    # The same employer, another union (MCEA): not a version of the MCDAA agreement.
    other = CONTRACTS / "marion-county-oregon-mcea-seiu-503-2024-2026.pdf"
    contracts = load_documents([VERSIONS / f"{OLD}.md", other], 10**9).contracts
    assert len(contracts) == 2 and all(c.agreement == "" and not c.supersedes and not c.short_title for c in contracts)


def test_meta_names_the_agreement_and_what_a_version_supersedes(tmp_path):
    for name in (OLD, NEW):
        shutil.copy(VERSIONS / f"{name}.md", tmp_path / f"{name}.md")
    (tmp_path / f"{NEW}.meta.yaml").write_text(f"supersedes: {OLD}\nagreement: mcdaa\nterm: {{start: 2026-07-01}}\n")
    (tmp_path / f"{OLD}.meta.yaml").write_text("agreement: mcdaa\nshort_title: MCDAA 2023-2026\n")
    contracts = {c.id: c for c in load_documents([tmp_path], 10**9).contracts}
    assert contracts[NEW].agreement == contracts[OLD].agreement == "mcdaa"
    assert contracts[NEW].supersedes == [OLD] and contracts[NEW].term_start == "2026-07-01"
    assert contracts[OLD].name == "MCDAA 2023-2026"
    (tmp_path / f"{NEW}.meta.yaml").write_text("supersedes: [no-such-agreement]\n")
    result = load_documents([tmp_path], 10**9)
    assert result.errors == [f"{NEW}.md: supersedes 'no-such-agreement', which is not loaded."]
    (tmp_path / f"{NEW}.meta.yaml").write_text("term: {end: 'the thirtieth of June'}\n")
    with pytest.raises(DocumentError, match="term.end 'the thirtieth of June' is not a date; write it as YYYY-MM-DD"):
        load_document(tmp_path / f"{NEW}.md", 10**9)


def test_running_footers_that_carry_the_page_number_give_pages_and_stay_out_of_the_text(both):
    new = both[NEW]
    # 'ARTICLE 25 – GRIEVANCE AND ARBITRATION PROCEDURE  36' ends page 36; the footer and the header
    # 'MCDAA CBA 2026-2029' after it are page furniture, never clause text.
    assert new.section("25.2").page_start == 36 and new.section("11.1").page_start == 16
    assert new.section("6.2").title == "Weekend Holiday" and new.section("6.2").page_start == 7
    for section in new.sections():
        assert "MCDAA CBA 2026-2029" not in section.text, section.id
        assert "ARTICLE" not in section.text.split("\n")[-1], section.id
    old = both[OLD]
    assert old.section("6.4").title == "Weekend Holiday" and old.section("25.2").page_start == 22
