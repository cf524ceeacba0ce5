"""`diff` on two real successive agreements, checked against the hand-checked list of changes
(tests/fixtures/versions-CHANGES.md), and on made-up renumberings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.diff import diff_contracts, inline
from ingest.loader import load_document
from ingest.structure import Article, Clause, Contract, Section

VERSIONS = Path(__file__).resolve().parents[1] / "fixtures" / "versions"
CHANGES = Path(__file__).resolve().parents[1] / "fixtures" / "versions-CHANGES.md"
OLD, NEW = VERSIONS / "marion-county-oregon-mcdaa-2023-2026.md", VERSIONS / "marion-county-oregon-mcdaa-2026-2029.md"

# The hand-checked list in versions-CHANGES.md, by the ids the parser gives ("Art. 5 §2" is 5.2).
# Changed sections 1–17 (Exhibit A is parsed as its two pages, both changed) …
CHANGED = {"5.2", "7.1", "7.5", "7.8", "8.5", "10.5", "11.1", "11.3", "12.1", "14", "16.1", "16.2", "16.3", "20.3", "31",
           "33", "Exhibit A", "Exhibit A (2)"}
# … entry 18 and the sections added or removed "(moved)": renumbered, not removed and added. Entry 18
# is labelled "Art. 6 §1 → §2" in the list, but its text says what moved: "Section 4. Weekend Holiday"
# became "Section 2. Weekend Holiday".
MOVED = {("6.4", "6.2", False), ("6.3", "10.8", False), ("6.2", "10.7", True)}
ADDED = {"8.10", "10.9"}
# "Sections unchanged word for word (checked by eye)", and the traps: extraction damage in 25.2,
# layout in Art. 2 and 6.1.
UNCHANGED = {"Preamble", "1", "4.1", "4.2", "4.3", "4.4", "4.5", "7.7", "9", "11.5", "17", "19.3", "22.1", "24.5", "30.4",
             "32", "25.2", "2", "6.1"}


@pytest.fixture(scope="module")
def result():
    return diff_contracts(load_document(OLD, 10**9), load_document(NEW, 10**9))


def test_the_fixture_list_is_the_one_checked_by_hand():
    text = CHANGES.read_text(encoding="utf-8")
    assert "## Changed sections (same section, wording changed) — 18" in text
    assert "## Sections added or removed — 7" in text


def test_diff_matches_the_hand_checked_list_of_changes(result):
    by_status: dict[str, set] = {}
    for item in result.sections:
        key = (item.old.section, item.new.section, item.changed) if item.status == "moved" else \
            (item.new or item.old).section  # type: ignore[union-attr]
        by_status.setdefault(item.status, set()).add(key)
    assert by_status["changed"] == CHANGED
    assert by_status["moved"] == MOVED
    assert by_status["added"] == ADDED
    assert "removed" not in by_status  # every section "removed" in the list moved; the DDA 4 tables are inside Exhibit A
    assert UNCHANGED <= by_status["unchanged"]
    assert result.counts == {"unchanged": 85, "changed": 18, "moved": 3, "added": 2, "removed": 0}


def test_word_level_changes_say_what_changed(result):
    items = {(i.new or i.old).section: i for i in result.sections}  # type: ignore[union-attr]
    on_call = items["14"].changes
    assert [(c.op, c.old, c.new) for c in on_call] == [("insert", "", "fifty"), ("replace", "($900)", "($950)")]
    assert "[-($900)-] {+($950)+}" in inline(on_call[1])
    mileage = " ".join(c.new for c in items["16.1"].changes)
    assert "online mapping tool" in mileage
    vacation = items["7.1"].changes[0]
    assert vacation.op == "delete" and vacation.old.startswith("After having served in the county service")
    removed_tables = " ".join(c.old for c in items["Exhibit A (2)"].changes)
    assert "Deputy DA 4" in removed_tables  # the Deputy DA 4 salary tables, gone from the new Exhibit A
    assert not any("Deputy DA 4" in c.new for c in items["Exhibit A (2)"].changes)
    # Moved with new words: "Personal Holidays" became Art. 10 §7 "Personal Days".
    personal = next(i for i in result.sections if i.status == "moved" and i.changed)
    assert personal.old.title == "Personal Holidays" and personal.new.title == "Personal Days"  # type: ignore[union-attr]
    assert ("holidays", "days") in {(c.old, c.new) for c in personal.changes}


def test_extraction_damage_and_layout_are_not_changes(result):
    items = {(i.new or i.old).section: i for i in result.sections}  # type: ignore[union-attr]
    table = items["25.2"]
    assert table.status == "unchanged" and table.changes == []
    assert table.note.startswith("Differs only in PDF extraction (")
    assert items["2"].status == items["6.1"].status == "unchanged" and not items["2"].note


def _contract(cid: str, sections: list[tuple[str, str, str]]) -> Contract:
    articles: dict[str, Article] = {}
    for sid, title, text in sections:
        number = sid.split(".")[0]
        articles.setdefault(number, Article(number=number, title=f"Article {number}")).sections.append(
            Section(id=sid, article=number, title=title, clauses=[Clause(path="", text=text)]))
    return Contract(id=cid, title=cid, articles=list(articles.values()))


def test_a_renumbered_section_is_moved_and_a_new_one_under_an_old_number_is_not_paired_with_it():
    old = _contract("old", [("6.1", "Holidays", "The holidays are New Year's Day and Labor Day."),
                            ("6.2", "Floating Holiday", "Each employee receives one floating holiday a year."),
                            ("6.3", "Weekend Holiday", "A holiday on a Saturday is observed on the Friday before.")])
    new = _contract("new", [("6.1", "Holidays", "The holidays are New Year's Day and Labor Day."),
                            ("6.2", "Weekend Holiday", "A holiday on a Saturday is observed on the Friday before."),
                            ("6.3", "Bereavement", "Three days of paid leave upon the death of a family member.")])
    result = diff_contracts(old, new)
    summary = [(i.status, i.old.section if i.old else None, i.new.section if i.new else None) for i in result.sections]
    assert summary == [("unchanged", "6.1", "6.1"), ("removed", "6.2", None), ("moved", "6.3", "6.2"),
                       ("added", None, "6.3")]


def test_diff_command_reads_files_and_prints_json(capsys):
    assert main(["diff", str(OLD), str(NEW), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["counts"]["moved"] == 3 and data["old"] == OLD.stem and data["new"] == NEW.stem
    assert main(["diff", str(OLD), str(NEW)]) == 0
    text = capsys.readouterr().out
    assert "moved     Art. 6, Sec. 4 → Art. 6, Sec. 2 Weekend Holiday (same text)" in text
    assert "added     Art. 8, Sec. 10 Sick Leave Conversion" in text
    assert "Art. 25, Sec. 2" in text and "Differs only in PDF extraction" in text
