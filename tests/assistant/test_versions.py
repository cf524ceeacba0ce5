"""Versions in force: the version of an agreement a date picks, on two real successive agreements."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from assistant.errors import DateOutOfRange
from assistant.versions import leading_date, version_on, window
from ingest.loader import load_documents

from ..conftest import use_index
from ..helpers import api_client

VERSIONS = Path(__file__).resolve().parents[1] / "fixtures" / "versions"
OLD, NEW = "marion-county-oregon-mcdaa-2023-2026", "marion-county-oregon-mcdaa-2026-2029"
MILEAGE = "How is mileage computed for reimbursement?"
TODAY = date(2026, 11, 30)


@pytest.fixture(scope="module")
def contracts():
    return {c.id: c for c in load_documents([VERSIONS], 10**9).contracts}


@pytest.mark.parametrize(("day", "chosen", "status"), [
    (date(2024, 3, 1), OLD, "in_force"),  # the old one prints no start ("from ratification"): in force until it ends
    (date(2026, 6, 30), OLD, "in_force"),
    (date(2026, 7, 1), NEW, "in_force"),  # the successor from the day after (inferred, and said so)
    (date(2027, 3, 1), NEW, "in_force"),
    (date(2030, 1, 1), NEW, "expired"),
])
def test_the_version_in_force_on_a_date(contracts, day, chosen, status):
    picked = version_on(contracts, contracts[OLD], day)
    assert (picked.contract.id, picked.status) == (chosen, status)
    assert version_on(contracts, contracts[NEW], day).contract.id == chosen


def test_a_successor_without_a_printed_start_starts_the_day_after_its_predecessor_ends(contracts):
    found = window(contracts, contracts[NEW])
    assert (found.start, found.end, found.start_inferred) == (date(2026, 7, 1), date(2029, 6, 30), True)
    assert window(contracts, contracts[OLD]).start is None


def test_a_question_that_begins_with_a_date_asks_about_that_date():
    assert leading_date("On March 1, 2021, how many sick days do I get?") == date(2021, 3, 1)
    assert leading_date("as of 3/1/2021: what is the on-call premium") == date(2021, 3, 1)
    assert leading_date("on 2021-03-01 what did the contract say") == date(2021, 3, 1)
    assert leading_date("What changed on March 1, 2021?") is None
    with pytest.raises(DateOutOfRange, match="between 1900 and 2199"):
        leading_date("On January 1, 9999, what applies?")


@pytest.fixture
def versions(versions_index, monkeypatch):
    from assistant.services import get_services

    use_index(monkeypatch, versions_index, VERSIONS)
    return get_services().assistant


@pytest.mark.slow
def test_as_of_answers_from_the_version_in_force_and_flags_an_expired_one(versions):
    old = versions.answer(MILEAGE, as_of=date(2024, 3, 1), today=TODAY)
    assert {c.contract for c in old.citations} == {OLD} and "vehicle odometer reading" in old.answer
    assert old.as_of == "2024-03-01" and any("the version in force on March 1, 2024" in n for n in old.notes)
    new = versions.answer(MILEAGE, as_of=date(2027, 3, 1), today=TODAY)
    assert {c.contract for c in new.citations} == {NEW} and "online mapping tool" in new.answer
    assert any("from July 1, 2026 (inferred: the day after the version it replaces ended)" in n for n in new.notes)
    late = versions.answer(MILEAGE, as_of=date(2030, 1, 1), today=TODAY)
    assert {c.contract for c in late.citations} == {NEW}
    assert any(n.endswith("expired on June 30, 2029, before January 1, 2030, the date asked about.") for n in late.notes)
    # A question that begins with the date: the same as as_of.
    begun = versions.answer("On March 1, 2024, what premium does an on-call attorney receive?", today=TODAY)
    assert {c.contract for c in begun.citations} == {OLD} and "($900) per week" in begun.answer


@pytest.mark.slow
def test_without_a_date_the_version_in_force_today_answers_and_a_named_old_one_is_flagged(versions):
    current = versions.answer(MILEAGE, today=TODAY)
    assert {c.contract for c in current.citations} == {NEW} and not current.notes  # the old one is left out
    named = versions.answer(MILEAGE, OLD, today=TODAY)
    assert {c.contract for c in named.citations} == {OLD}
    assert any("(through June 30, 2026) expired on June 30, 2026;" in n and "is the version in force today" in n
               for n in named.notes)
    # A named version and a date: the date picks the version, and the answer says it switched.
    switched = versions.answer(MILEAGE, OLD, as_of=date(2027, 3, 1), today=TODAY)
    assert {c.contract for c in switched.citations} == {NEW}
    assert any(f"instead of {OLD}" in n for n in switched.notes)


@pytest.mark.slow
def test_as_of_in_the_api_body_and_on_the_command_line(versions, capsys):
    from assistant.cli import main

    client = api_client()
    body = client.post("/v1/ask", json={"question": MILEAGE, "as_of": "2024-03-01"}).json()
    assert {c["contract"] for c in body["citations"]} == {OLD} and body["as_of"] == "2024-03-01"
    bad = client.post("/v1/ask", json={"question": MILEAGE, "as_of": "9999-01-01"})
    assert bad.status_code == 422 and "between 1900 and 2199" in bad.json()["error"]["message"]
    assert main(["ask", "--json", "--as-of", "2027-03-01", MILEAGE]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert {c["contract"] for c in answer["citations"]} == {NEW}
    with pytest.raises(SystemExit):
        main(["ask", "--as-of", "next tuesday-ish", MILEAGE])
    assert "is not a date" in capsys.readouterr().err
    diff = client.get(f"/v1/diff?old={OLD}&new={NEW}").json()
    assert diff["counts"]["moved"] == 3 and diff["counts"]["added"] == 2
    assert client.get(f"/v1/diff?old={OLD}&new=nope").status_code == 404
