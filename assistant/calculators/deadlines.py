"""Grievance deadlines: the due date of a step, the contract's cap, and the whole timeline.

Counting follows the rule's unit (calendar days or hours). A due date on a weekend or a
contract holiday is reported but never moved: the contract does not extend it.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from assistant.calculators.holidays import observed_days
from assistant.calculators.result import CalcResult, fmt_date
from assistant.calculators.rules import Rules
from assistant.errors import ToolInputError


def _track(rules: Rules, track: str) -> dict[str, Any]:
    tracks = rules.get("grievance", "tracks")
    if track not in tracks:
        raise ToolInputError(f"Unknown grievance track {track!r}; use one of: {', '.join(tracks)}.")
    return tracks[track]


def step_ids(rules: Rules, track: str = "standard") -> list[str]:
    spec = _track(rules, track)
    return [s["id"] for s in spec["steps"]] + [s["id"] for s in spec.get("alternatives", [])]


def _step(rules: Rules, track: str, step_id: str) -> dict[str, Any]:
    spec = _track(rules, track)
    for step in spec["steps"] + spec.get("alternatives", []):
        if step["id"] == step_id:
            return step
    raise ToolInputError(f"Unknown step {step_id!r} for the {track} track; use one of: {', '.join(step_ids(rules, track))}.")


def _add(start: datetime, step: dict[str, Any]) -> datetime:
    if step["unit"] == "hours":
        return start + timedelta(hours=step["amount"])
    if step["unit"] == "calendar_days":
        return start + timedelta(days=step["amount"])
    raise ToolInputError(f"Rule {step['id']} has unit {step['unit']!r}; only calendar_days and hours are supported.")


def _unit_words(step: dict[str, Any]) -> str:
    return "hours" if step["unit"] == "hours" else "calendar days"


def _weekend_or_holiday(rules: Rules, day: date) -> str | None:
    holidays = observed_days(rules, day.year) if rules.has("holidays", "list") else {}
    if day in holidays:
        return f"a contract holiday ({holidays[day]})"
    if day.weekday() >= 5:
        return f"a {day:%A}"
    return None


def _as_datetime(value: date | datetime) -> datetime:
    return value if isinstance(value, datetime) else datetime(value.year, value.month, value.day)


def grievance_deadline(
    rules: Rules,
    start: date | datetime,
    step: str = "step1-file",
    track: str = "standard",
    event_date: date | None = None,
) -> CalcResult:
    """Due date of one step. `start` is when that step's clock starts (for Step 1, the day you
    learned of the event; for later steps, the day the previous decision or appeal was received)."""
    spec = _step(rules, track, step)
    begin = _as_datetime(start)
    due = _add(begin, spec)
    result = CalcResult(tool="grievance_deadline", summary="")
    result.cite(rules.cite(spec))
    result.work.append(
        f"{spec['label']}: {spec['amount']} {_unit_words(spec)} after {spec['after']} "
        f"({_when(begin, spec)}) → {_when(due, spec)}"
    )
    cap = _track(rules, track).get("cap")
    if cap and step in cap.get("applies_to", []):
        event = _as_datetime(event_date or start)
        limit = event + timedelta(days=cap["amount"])
        result.work.append(f"Cap: never more than {cap['amount']} calendar days after {cap['from']} ({fmt_date(event.date())}) → {fmt_date(limit.date())}")
        result.cite(rules.cite(cap))
        if limit < due:
            result.work.append(f"The cap is earlier, so the deadline is {fmt_date(limit.date())}.")
            due = limit
    result.values = {"step": step, "track": track, "start": begin.date().isoformat(), "due": due.date().isoformat()}
    if spec["unit"] == "hours":
        result.values["due_at"] = due.isoformat(timespec="minutes")
    result.summary = f"{spec['label']}: due by {_when(due, spec)}."
    problem = _weekend_or_holiday(rules, due.date())
    if problem:
        result.notes.append(
            f"{fmt_date(due.date())} is {problem}. The contract does not extend the deadline for that, so act "
            "before it (file early, or get the other party's written agreement to an extension)."
        )
        result.values["lands_on"] = problem
    extensions = _track(rules, track).get("extensions")
    if extensions:
        result.notes.append("Time limits can be extended only by mutual consent of the parties (6.3).")
        result.cite(rules.cite(extensions))
    return result


def _when(moment: datetime, step: dict[str, Any]) -> str:
    return fmt_date(moment.date()) + (f" at {moment:%H:%M}" if step["unit"] == "hours" else "")


def grievance_timeline(rules: Rules, start: date | datetime, track: str = "standard") -> CalcResult:
    """Every deadline of the procedure from one start date, assuming each step happens on its last allowed day."""
    spec = _track(rules, track)
    result = CalcResult(tool="grievance_timeline", summary="")
    moment = _as_datetime(start)
    chain_moment = moment
    rows = []
    for step in spec["steps"]:
        base = moment if step.get("chain", True) is False else chain_moment
        due = _add(base, step)
        if step.get("chain", True):
            chain_moment = due
        problem = _weekend_or_holiday(rules, due.date())
        rows.append({"step": step["id"], "label": step["label"], "due": due.date().isoformat(),
                     "due_at": due.isoformat(timespec="minutes") if step["unit"] == "hours" else None,
                     "party": step.get("party"), "lands_on": problem})
        line = f"{step['label']}: {step['amount']} {_unit_words(step)} after {step['after']} → {_when(due, step)}"
        result.work.append(line + (f" ({problem}; not extended)" if problem else ""))
        result.cite(rules.cite(step))
    if spec.get("cap"):
        result.cite(rules.cite(spec["cap"]))
    result.values = {"track": track, "start": moment.date().isoformat(), "steps": rows}
    result.summary = (
        f"{spec['title']}: {len(rows)} deadlines from {fmt_date(moment.date())}, each step assumed to happen "
        "on its last allowed day; use the real dates as they happen."
    )
    return result
