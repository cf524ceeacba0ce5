"""Which version of an agreement was in force on a date, and what an answer must say about it.

Versions are grouped and ordered at ingest (``ingest.versions``). A version is in force from its
stated start — or, when it prints none ("effective from ratification"), from the day after the
version it supersedes ends — through its stated end. On a date no version covers, the latest
version that had started is used and the answer says it had expired; before the first, the first
is used and the answer says it was not yet in force. Nothing here guesses a date the documents
do not give: what is inferred is said to be inferred.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Annotated, Literal

from dateutil import parser as date_parser
from pydantic import AfterValidator

from assistant.errors import DateOutOfRange
from ingest.frontpage import DATE
from ingest.structure import Contract

EARLIEST, LATEST = date(1900, 1, 1), date(2199, 12, 31)
Status = Literal["in_force", "expired", "not_yet", "undated"]
# "On March 1, 2021, …", "As of 3/1/2021: …", "on 2021-03-01 …" at the start of a question.
_LEADING = re.compile(rf"^\s*(?:on|as\s+of|as\s+at|effective)\s+(?P<date>{DATE})\b\s*[,:;-]?\s*", re.IGNORECASE)


def _checked(day: date) -> date:
    try:
        return in_range(day)
    except DateOutOfRange as exc:  # pydantic reports a ValueError as the field's error
        raise ValueError(str(exc)) from exc


# A date a request carries (as_of, asked_on, an incident date): refused, with a reason, outside the range.
RequestDate = Annotated[date, AfterValidator(_checked)]


def in_range(day: date) -> date:
    """The date, or DateOutOfRange: no contract question is about the year 9999."""
    if not EARLIEST <= day <= LATEST:
        raise DateOutOfRange(f"The date {day.isoformat()} is out of range: give a date between "
                             f"{EARLIEST.year} and {LATEST.year}.")
    return day


def leading_date(question: str) -> date | None:
    """The date a question begins with ("on March 1, 2021, how many …"): the day whose contract
    terms it asks about. None when it does not begin with one."""
    match = _LEADING.match(question)
    if not match:
        return None
    try:
        parsed = date_parser.parse(match.group("date"), default=datetime(2000, 1, 1)).date()
    except (ValueError, OverflowError):
        return None
    return in_range(parsed)


def parse_day(text: str) -> date:
    """A date as a steward types it (2021-03-01, 3/1/2021, March 1, 2021), or DateOutOfRange/BadQuestion."""
    try:
        parsed = date_parser.parse(text, default=datetime(2000, 1, 1)).date()
    except (ValueError, OverflowError) as exc:
        raise DateOutOfRange(f"{text!r} is not a date; write it as YYYY-MM-DD, e.g. 2021-03-01.") from exc
    return in_range(parsed)


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


@dataclass(frozen=True)
class Window:
    """When a version is in force: `start` None means from an unstated date (ratification)."""

    start: date | None
    end: date | None
    start_inferred: bool = False

    def covers(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


def versions(contracts: dict[str, Contract], contract: Contract) -> list[Contract]:
    """Every version of the contract's agreement, earliest first (just itself when it has none)."""
    if not contract.agreement:
        return [contract]
    group = [c for c in contracts.values() if c.agreement == contract.agreement]
    ordered: list[Contract] = []
    pending = sorted(group, key=lambda c: (c.term_start or c.term_end or "9999", c.term_end or "9999", c.id))
    while pending:  # each after the versions it supersedes (ingest refused circles)
        ready = next((c for c in pending if all(e in {o.id for o in ordered} or e not in contracts for e in c.supersedes)),
                     pending[0])
        ordered.append(ready)
        pending.remove(ready)
    return ordered


def window(contracts: dict[str, Contract], contract: Contract) -> Window:
    start, end = _day(contract.term_start), _day(contract.term_end)
    if start is None:
        ends = [d for e in contract.supersedes if e in contracts and (d := _day(contracts[e].term_end)) is not None]
        if ends:
            return Window(max(ends) + timedelta(days=1), end, start_inferred=True)
    return Window(start, end)


@dataclass(frozen=True)
class Choice:
    """The version of an agreement a date picks, and how it relates to that date."""

    contract: Contract
    status: Status
    window: Window


def version_on(contracts: dict[str, Contract], contract: Contract, day: date) -> Choice:
    """The version of `contract`'s agreement in force on `day` (the latest one when several are)."""
    ordered = versions(contracts, contract)
    windows = [(c, window(contracts, c)) for c in ordered]
    covering = [(c, w) for c, w in windows if w.covers(day)]
    if covering:
        chosen, found = covering[-1]
        return Choice(chosen, "in_force" if found.start is not None or found.end is not None else "undated", found)
    started = [(c, w) for c, w in windows if w.start is None or w.start <= day]
    if started:
        return Choice(started[-1][0], "expired", started[-1][1])
    return Choice(windows[0][0], "not_yet", windows[0][1])


def superseded_on(contracts: dict[str, Contract], day: date) -> tuple[str, ...]:
    """The versions an unscoped question leaves out on `day`: every version but the one in force."""
    left_out: list[str] = []
    seen: set[str] = set()
    for contract in contracts.values():
        if not contract.agreement or contract.agreement in seen:
            continue
        seen.add(contract.agreement)
        chosen = version_on(contracts, contract, day).contract
        left_out.extend(c.id for c in versions(contracts, contract) if c.id != chosen.id)
    return tuple(sorted(left_out))


def _long(day: date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


def _named(contract: Contract) -> str:
    """A version's name, told apart from the others' (ingest gives same-titled versions their end date)."""
    return f"{contract.name} ({contract.id})" if contract.agreement and not contract.short_title else contract.name


def version_notes(contracts: dict[str, Contract], cited: list[str], day: date, as_of: date | None,
                  asked_for: str | None = None) -> list[str]:
    """What an answer must say about the versions it quotes: that one had expired (or was not yet
    in force) on the date asked about, which version replaces it, and — when a date chose the
    version — which one was used."""
    notes: list[str] = []
    when = f"on {_long(day)}" if as_of else "today"
    for contract_id in dict.fromkeys(cited):
        contract = contracts.get(contract_id)
        if contract is None or not contract.binding:
            continue
        found = window(contracts, contract)
        later = [contracts[c] for c in contract.superseded_by if c in contracts]
        if found.end is not None and day > found.end:
            note = f"{_named(contract)} expired on {_long(found.end)}" + (
                f", before {_long(day)}, the date asked about" if as_of else "")
            if later:
                current = version_on(contracts, contract, day).contract
                note += (f"; {_named(current)} is the version in force {when}" if current.id != contract.id
                         else f"; it was replaced by {_named(later[-1])}")
            notes.append(note + ".")
        elif found.start is not None and day < found.start:
            inferred = " (the day after the version it replaces ended; its own start date is not printed)" \
                if found.start_inferred else ""
            notes.append(f"{_named(contract)} took effect on {_long(found.start)}{inferred}, after {_long(day)}.")
        elif as_of is not None and contract.agreement:
            chosen = f" instead of {asked_for}" if asked_for and asked_for != contract.id else ""
            start = (f"from {_long(found.start)}" + (" (inferred: the day after the version it replaces ended)"
                                                    if found.start_inferred else "")) if found.start else "from ratification"
            end = f" through {_long(found.end)}" if found.end else ""
            notes.append(f"Answered from {_named(contract)}{chosen}: the version in force on {_long(day)} "
                         f"({start}{end}).")
    return notes
