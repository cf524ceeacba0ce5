"""Without an LLM: recognise calculator questions, pull their inputs out of the words, run the
calculator, and answer with the result, the work and the citations. Missing inputs are asked
for ('which date did you learn of it?') rather than guessed."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from assistant.calculators.parsing import (
    find_clock_times,
    find_dates,
    find_hours,
    find_minutes,
    find_service_months,
    find_time_base,
    find_year,
)
from assistant.calculators.result import CalcResult
from assistant.calculators.tools import run_tool
from assistant.errors import DomainError
from assistant.schema import Answer, Retrieved, ToolRun
from assistant.scope import Scope
from assistant.snapshot import Snapshot

CALC_WORDS = re.compile(
    r"\b(how much|how many|calculate|compute|when is|when's|what date|which date|last day|deadline|due|by when|"
    r"will i (?:have|get|earn)|do i (?:get|earn)|should i get|balance|after|timeline)\b", re.IGNORECASE)
GRIEVANCE = re.compile(r"\b(grievance|grieve|file|appeal|arbitration|step\s*\d|second step|third step)\b", re.IGNORECASE)
H_AND_S = re.compile(r"\b(health and safety|safety grievance|unsafe|hazard)\b", re.IGNORECASE)
OUT_OF_CLASS = re.compile(r"\bout[- ]of[- ]class\b", re.IGNORECASE)
LEAVE = re.compile(r"\b(vacation|sick leave|sick time|sick hours|accru\w*|leave credits?)\b", re.IGNORECASE)
OVERTIME = re.compile(r"\b(overtime|ot|cto|comp time|extra (?:time|hours))\b", re.IGNORECASE)
CALL_BACK = re.compile(r"\b(call(?:ed)?[- ]?back|called (?:me )?in|call me back)\b", re.IGNORECASE)
STANDBY = re.compile(r"\b(standby|stand-by|on[- ]call)\b", re.IGNORECASE)
NIGHT = re.compile(r"\b(night shift|graveyard|night differential|shift differential|swing shift)\b", re.IGNORECASE)
HOLIDAYS = re.compile(r"\bholidays?\b", re.IGNORECASE)
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}


def _step(question: str) -> str:
    lowered = question.lower()
    if "arbitration" in lowered:
        return "arbitration"
    # 'The step 1 decision came…, when must I appeal to step 2?': the highest step named is the one asked about.
    numbers = [int(n) for n in re.findall(r"\bstep\s*(\d)\b", lowered)]
    numbers += [ORDINALS[w] for w in re.findall(r"\b(second|third|fourth|fifth)\s+(?:step|level)\b", lowered)]
    number = max(numbers) if numbers else None
    responding = bool(re.search(r"\b(respond|response|answer|reply|hear back|decision due)\b", lowered))
    if number == 5:
        return "arbitration"
    if number and number >= 2:
        return f"step{number}-{'response' if responding else 'appeal'}"
    if number == 1 and responding:
        return "step1-response"
    return "step1-file"


def _ask(tool: str, needs: list[str], message: str) -> Answer:
    return Answer(answer=message, needs=needs, tool=ToolRun(name=tool, input={}, output={"needs": needs}))


def render_tool_answer(tool: str, params: dict[str, Any], result: CalcResult) -> Answer:
    """A calculator's result as an Answer: the result, the work, and the rule quotes it used."""
    lines = [f"*{result.summary}*", "", "How it's worked out:"]
    lines += [f"• {step}" for step in result.work]
    lines += [f"_Note: {note}_" for note in result.notes]
    lines += ["", "From the contract:"]
    for citation in result.citations:
        lines.append(f"> {citation.quote}")
        lines.append(f"— {citation.label}, {citation.document}")
    # The sections the calculator's rules come from are what it "retrieved", in the order used.
    retrieved: list[Retrieved] = []
    for citation in result.citations:
        if (citation.contract, citation.section) not in {(r.contract, r.section) for r in retrieved}:
            retrieved.append(Retrieved(contract=citation.contract, section=citation.section, score=1.0))
    return Answer(
        answer="\n".join(lines),
        citations=result.citations,
        tool=ToolRun(name=tool, input=params, output=result.model_dump(mode="json", exclude={"citations"})),
        retrieved=retrieved,
    )


def detect(question: str, today: date) -> tuple[str, dict[str, Any]] | tuple[str, list[str], str] | None:
    """(tool, params) when the question carries its inputs; (tool, needs, ask) when one is missing."""
    q = question
    calc = bool(CALC_WORDS.search(q))
    if HOLIDAYS.search(q) and not GRIEVANCE.search(q) and not OVERTIME.search(q):
        year = find_year(q)
        if year and (calc or re.search(r"\b(list|which|what|observed|fall|schedule)\b", q, re.IGNORECASE)):
            return "holidays", {"year": year}
    if NIGHT.search(q):
        times = find_clock_times(q)
        if len(times) >= 2:
            return "night_shift", {"start": times[0], "end": times[1]}
        if calc and re.search(r"\bmy (?:regular )?shift\b|\bi work (?:from|nights)\b", q, re.IGNORECASE):
            return "night_shift", ["shift start and end times"], "Which hours is your regular shift (for example 10 pm to 6:30 am)?"
    if STANDBY.search(q) and not CALL_BACK.search(q):
        hours = find_hours(q)
        if hours is not None:
            return "standby", {"hours": hours}
        if calc and re.search(r"\bhow (much|many)\b", q, re.IGNORECASE):
            return "standby", ["hours on standby"], "How many hours were you on standby?"
    if CALL_BACK.search(q):
        hours = find_hours(q, near=r"\b(work|worked|working|job|there|call)")
        if hours is None:
            hours = find_hours(q)
        if hours is not None:
            next_shift = re.search(r"\b(\d+(?:\.\d+)?)\s*hours?\s+(?:before|until|till)\s+(?:my\s+)?next shift", q, re.IGNORECASE)
            params: dict[str, Any] = {"hours_worked": hours}
            if next_shift:
                params["hours_until_next_shift"] = float(next_shift.group(1))
            return "call_back", params
    if OVERTIME.search(q) and calc:
        minutes = find_minutes(q)
        holiday = re.search(r"\b(\d+(?:\.\d+)?)\s*(?:hours?\s+)?(?:of\s+)?holiday", q, re.IGNORECASE)
        if minutes is not None:
            if re.search(r"\b(this|a|the|in a|per)\s+week\b|\bworked\s+\d+\s*hours", q, re.IGNORECASE) and minutes >= 40 * 60 - 8 * 60:
                params = {"hours_worked_week": minutes / 60}
                if holiday:
                    params["holiday_hours"] = float(holiday.group(1))
                return "overtime", params
            return "overtime", {"overtime_minutes": minutes}
        if not re.search(r"\b(i|we) (?:worked|stayed|work)\b", q, re.IGNORECASE):
            return None
        return "overtime", ["minutes of overtime"], "How much overtime did you work (for example '52 minutes', or '43 hours this week')?"
    if LEAVE.search(q) and calc and not GRIEVANCE.search(q):
        months = find_service_months(q)
        if months is not None:
            return "leave_accrual", {"months_of_service": months, "time_base": find_time_base(q) or "full"}
        if re.search(r"\b(balance|will i have|have saved|built up|by now)\b", q, re.IGNORECASE):
            return "leave_accrual", ["months of service"], "How long have you worked for the State (for example '18 months' or '16 years')?"
    timeline_words = re.search(r"\b(timeline|all (?:the )?deadlines|every deadline)\b", q, re.IGNORECASE)
    if GRIEVANCE.search(q) or H_AND_S.search(q) or OUT_OF_CLASS.search(q) or timeline_words:
        track = "health-safety" if H_AND_S.search(q) else "out-of-class" if OUT_OF_CLASS.search(q) else "standard"
        dates = find_dates(q, today)
        timeline = bool(re.search(r"\b(timeline|all (?:the )?deadlines|every deadline|each deadline|schedule)\b", q, re.IGNORECASE))
        wants_date = bool(re.search(r"\b(when|what date|which date|last day|deadline|due|by when|how long)\b", q, re.IGNORECASE))
        if dates and (timeline or wants_date or calc):
            if timeline:
                return "grievance_timeline", {"start": dates[0].isoformat(), "track": track}
            step = {"health-safety": "hs-step2-appeal", "out-of-class": "ooc-file"}.get(track, _step(q))
            params = {"start": dates[-1].isoformat(), "step": step, "track": track}
            if track == "standard" and step == "step1-file" and re.search(r"\binformal\b", q, re.IGNORECASE) and len(dates) >= 2:
                params.update(step="step1-file-after-informal", event_date=min(dates).isoformat(), start=max(dates).isoformat())
            return "grievance_deadline", params
        if not dates and re.search(r"\b(last day|what date|which date|by when|when is (?:my|the) deadline|deadline date)\b", q, re.IGNORECASE):
            return "grievance_deadline", ["event date"], "Which date did you learn of it? Give me the date (for example 'March 3, 2000') and I'll work out the deadline."
    return None


def route(question: str, snapshot: Snapshot, scope: Scope | None = None, today: date | None = None) -> Answer | None:
    found = detect(question, today or date.today())
    if found is None:
        return None
    if len(found) == 3:
        tool, needs, message = found
        return _ask(tool, needs, message)
    tool, params = found
    try:
        parsed, result = run_tool(snapshot, tool, params, scope)
    except DomainError:
        return None  # no rules for this contract, or inputs the calculator refuses: answer from the text instead
    return render_tool_answer(tool, parsed.model_dump(mode="json", exclude_none=True), result)
