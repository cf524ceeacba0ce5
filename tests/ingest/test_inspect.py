"""`inspect` reports the detected scheme, units and problems; the meta file can override the scheme."""

from __future__ import annotations

import json

import pytest

from assistant.errors import DocumentError
from ingest.inspect import inspect_document
from ingest.loader import load_document

from ..conftest import CONTRACTS

ODD = """AGREEMENT between the City of Example and Example Workers Union, July 1, 2020 - June 30, 2023

PART 1 - WAGES

Clause 1. Rates. Workers are paid twenty dollars an hour.

Clause 2. Overtime. Overtime is paid at time and one half.

PART 2 - LEAVE

Clause 1. Vacation. Ten days a year.

Clause 3. Sick Leave. Twelve days a year; see Clause 9.
"""


def test_inspect_report_on_a_fixture():
    report = inspect_document(CONTRACTS / "marion-county-oregon-mcea-seiu-503-2024-2026.pdf", 10**9)
    assert report["scheme"]["sections"].startswith("Section 3 restarting")
    assert report["levels"]["articles"] == {"count": 35, "first": "1", "last": "35"}
    assert report["levels"]["sections"]["last"] == "35.3"
    assert "numbering:\n  sections: restarting" in report["suggested_meta"]
    assert "term:\n  start: '2024-07-01'" in report["suggested_meta"]


def test_inspect_cli_json(capsys):
    from assistant.cli import main

    assert main(["inspect", str(CONTRACTS / "grinnell-college-ugsdw-2016-2017.docx"), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["levels"]["sections"] == {"count": 18, "first": "1.1", "last": "8.1"}
    assert "text before the first article was kept as the Preamble" in report["warnings"]


def test_odd_contract_needs_only_a_meta_file(tmp_path):
    path = tmp_path / "odd.md"
    path.write_text(ODD, encoding="utf-8")
    plain = load_document(path, 10**9)
    assert not [s.id for s in plain.sections() if s.id.startswith("1.")]  # 'PART' and 'Clause' are not read by default
    (tmp_path / "odd.meta.yaml").write_text(
        "numbering:\n"
        "  sections: restarting\n"
        "  article: '^PART (?P<num>\\d+) - (?P<title>.+)$'\n"
        "  section: '^Clause (?P<num>\\d+)\\. (?P<title>.*)$'\n", encoding="utf-8")
    contract = load_document(path, 10**9)
    assert [s.id for s in contract.sections()] == ["1.1", "1.2", "2.1", "2.3"]
    assert contract.section("1.2").title == "Overtime"
    assert contract.section("2.3").clauses[0].text == "Twelve days a year; see Clause 9."
    assert contract.parties == ["City of Example", "Example Workers Union"]
    assert (contract.term_start, contract.term_end) == ("2020-07-01", "2023-06-30")
    report = inspect_document(path, 10**9)
    assert "Article 2: sections 2.2 not found" in report["warnings"]


def test_bad_numbering_override_is_refused(tmp_path):
    path = tmp_path / "odd.md"
    path.write_text(ODD, encoding="utf-8")
    (tmp_path / "odd.meta.yaml").write_text("numbering:\n  article: '^PART (\\d+'\n", encoding="utf-8")
    with pytest.raises(DocumentError, match="numbering.article is not a valid regular expression"):
        load_document(path, 10**9)
