"""The filing step of a grievance draft: which step, with whom, and by when.

The deadline comes from the deadline engine (``assistant.calculators``) through this one module,
so the draft does not change when the engine does: a contract's rules file where it has one, else
the grievance time limits found in its text at ingest (``rules_for`` decides). To whom the grievance goes is read, verbatim, from the clause the filing rule
cites (or its section): "shall be filed with a designated supervisor …".
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from pydantic import BaseModel, Field

from assistant.calculators.rules import Rules
from assistant.calculators.tools import TOOLS, rules_for, run_tool
from assistant.citations import make_citation, sentences
from assistant.errors import DomainError, RulesError
from assistant.schema import Citation
from assistant.snapshot import Snapshot
from ingest.structure import Contract

# "… shall be filed with a designated supervisor …", "… submitted in writing to the Human Resources Director …"
_TO_WHOM = re.compile(
    r"\b(?:filed|submitted|presented|lodged|delivered|sent|served|given|referred|discussed|initiated|made)"
    r"(?:\s+(?:in\s+writing|by\s+the\s+\w+|on\s+a\s+form[^,;]{0,60}?|electronically|personally))*"
    r"\s+(?:to|with)\s+(?P<who>(?:the|a|an|his/her|his\s+or\s+her|their|its|each)\s+[^.;:()]{3,120}?)"
    r"(?=\s*(?:[.;:,(]|\bwithin\b|\bno\s+later\b|\bnot\s+later\b|\bon\s+or\s+before\b|$))",
    re.IGNORECASE,
)


class FilingStep(BaseModel):
    """The step that files the grievance, as the contract's deadline rules give it."""

    label: str = Field(description="The step, e.g. 'File a formal grievance (Step 1)'.")
    rule: str = Field(description="The time limit in words: '21 calendar days after learning of the event'.")
    to_whom: str = Field("", description="With whom it is filed, verbatim from the contract ('' when it does not say).")
    to_whom_citation: Citation | None = None
    due: str | None = Field(None, description="The last day to file (YYYY-MM-DD), when a date was given.")
    summary: str = ""
    work: list[str] = Field(default_factory=list, description="How the deadline is worked out, a step a line.")
    notes: list[str] = Field(default_factory=list)
    needs: list[str] = Field(default_factory=list, description="What date is needed to compute the deadline.")
    citations: list[Citation] = Field(default_factory=list, description="The clauses the deadline comes from.")


def _rules(snapshot: Snapshot, contract: Contract) -> Rules | None:
    """The deadline rules of the contract: its rules file, else the time limits its text states
    (None when neither gives one)."""
    try:
        return rules_for(snapshot, contract.id, TOOLS["grievance_deadline"])
    except DomainError:  # no rules file and nothing readable in the text, or a broken rules file
        return None


def _filing_spec(rules: Rules) -> dict[str, Any] | None:
    """The first step the grievant takes to file: a step marked `action: file` (lowest level first),
    else the step whose id says it files."""
    try:
        tracks = rules.get("grievance", "tracks")
    except RulesError:
        return None
    track = tracks.get("standard") or next(iter(tracks.values()), None)
    if not isinstance(track, dict):
        return None
    steps: list[dict[str, Any]] = [s for s in track.get("steps", []) if isinstance(s, dict)]
    filing = [s for s in steps if s.get("action") == "file"]
    if filing:
        lowest: dict[str, Any] = min(filing, key=_level)
        return dict(lowest)
    named = [s for s in steps if "file" in str(s.get("id", "")) and s.get("party") in (None, "grievant", "union")]
    return dict(named[0]) if named else None


def _level(step: dict[str, Any]) -> int:
    level = step.get("level")
    return int(level) if isinstance(level, int) else 99


def _to_whom(contract: Contract, spec: dict[str, Any]) -> tuple[str, Citation | None]:
    """With whom the grievance is filed, in the contract's words: the cited clause first, then its section."""
    section = contract.section(str(spec.get("section", "")))
    if section is None:
        return "", None
    own = section.clause(str(spec.get("clause", ""))) if spec.get("clause") else None
    ordered = ([own] if own is not None else []) + [c for c in section.clauses if c is not own and c.answerable]
    for clause in ordered:
        for sentence in sentences(clause.text):
            match = _TO_WHOM.search(sentence)
            if match and re.search(r"\b(?:grievance|appeal|complaint|dispute)\b", sentence, re.IGNORECASE):
                return match.group("who").strip(), make_citation(contract, section, clause, sentence.strip())
    return "", None


def _unit_words(unit: str) -> str:
    return unit.replace("_", " ")


def filing_step(snapshot: Snapshot, contract: Contract, learned: date | None, incident: date | None) -> FilingStep | None:
    """The filing step with its deadline counted from the day the grievant learned of the event
    (or, without it, the day it happened); None when the contract has no deadline rules."""
    rules = _rules(snapshot, contract)
    spec = _filing_spec(rules) if rules is not None else None
    if rules is None or spec is None:
        return None
    to_whom, where = _to_whom(contract, spec)
    step = FilingStep(label=str(spec.get("label", "File the grievance")),
                      rule=f"{spec['amount']} {_unit_words(str(spec['unit']))} after {spec.get('after', 'the event')}",
                      to_whom=to_whom, to_whom_citation=where, citations=[rules.cite(spec)])
    start = learned or incident
    if start is None:
        step.needs = ["the date the grievant learned of what happened (or, if the same, the date it happened)"]
        step.summary = (f"{step.label}: {step.rule}. Give the date the grievant learned of it to compute the "
                        "last day to file.")
        return step
    params: dict[str, Any] = {"contract": contract.id, "start": start.isoformat(), "step": spec["id"]}
    if incident is not None:
        params["event_date"] = incident.isoformat()
    _, result = run_tool(snapshot, "grievance_deadline", params)
    step.due = str(result.values.get("due")) if result.values.get("due") else None
    step.summary, step.work, step.notes = result.summary, list(result.work), list(result.notes)
    step.citations = list(result.citations)
    if learned is None:
        step.notes.insert(0, f"Counted from the date of the incident; the contract counts from "
                             f"{spec.get('after', 'the event')} — if that was later, give that date.")
    return step
