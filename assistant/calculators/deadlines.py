"""Grievance deadlines: the due date of a step, the contract's caps, and the whole timeline.

A step says how much time (calendar or working days, hours, weeks, months), counted from what
(the day you learned of it, the day it happened, the previous decision received, the grievance
received; or whichever of two is earlier or later), for doing what, at which level. Which days a
working-day count skips, whether a due date on a weekend moves, and every note shown with the
result come from the rules (a rules file, or the time limits found in the contract's text), each
with the clause it comes from.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from assistant.calculators import holidays as holiday_lists
from assistant.calculators.calendar import Counting, add, unit_words
from assistant.calculators.result import CalcResult, fmt_date
from assistant.calculators.rules import Rules
from assistant.errors import ToolInputError
from assistant.text import tokens

ACTIONS = ("file", "appeal", "respond", "arbitrate", "meet")


def tracks(rules: Rules) -> dict[str, Any]:
    return dict(rules.get("grievance", "tracks"))


def _track(rules: Rules, track: str) -> dict[str, Any]:
    all_tracks = tracks(rules)
    if track not in all_tracks:
        raise ToolInputError(f"Unknown grievance track {track!r}; use one of: {', '.join(all_tracks)}.")
    return dict(all_tracks[track])


def step_ids(rules: Rules, track: str = "standard") -> list[str]:
    spec = _track(rules, track)
    return [s["id"] for s in spec["steps"]] + [s["id"] for s in spec.get("alternatives", [])]


def _steps(rules: Rules, track: str) -> list[dict[str, Any]]:
    spec = _track(rules, track)
    return list(spec["steps"]) + list(spec.get("alternatives", []))


def _step(rules: Rules, track: str, step_id: str) -> dict[str, Any]:
    for step in _steps(rules, track):
        if step["id"] == step_id:
            return dict(step)
    raise ToolInputError(f"Unknown step {step_id!r} for the {track} track; use one of: {', '.join(step_ids(rules, track))}.")


def counting(rules: Rules) -> Counting:
    """Which days a working-day count skips, and the contract's holidays by year."""
    spec = rules.data.get("grievance", {}).get("counting", {}).get("working_days") or {}
    excludes = frozenset(spec.get("excludes") or ("saturday", "sunday", "holidays"))
    if rules.has("holidays", "list", "days"):
        return Counting(excludes, lambda year: holiday_lists.observed_days(rules, year))
    contract = rules.contract
    return Counting(excludes, lambda year: {d: n for d, (n, _) in holiday_lists.text_holiday_dates(contract, year).items()})


def _as_datetime(value: date | datetime) -> datetime:
    return value if isinstance(value, datetime) else datetime(value.year, value.month, value.day)


def _when(moment: datetime, unit: str) -> str:
    return fmt_date(moment.date()) + (f" at {moment:%H:%M}" if unit == "hours" else "")


def _skipped_words(skipped: list[tuple[date, str]]) -> str:
    weekends = sum(1 for _, reason in skipped if not reason.startswith("a holiday"))
    holidays = [f"{reason[len('a holiday ('):-1]}, {day:%B} {day.day}" for day, reason in skipped if reason.startswith("a holiday")]
    parts = []
    if weekends:
        parts.append(f"{weekends} weekend day{'s' if weekends != 1 else ''}")
    if holidays:
        parts.append(f"{len(holidays)} holiday{'s' if len(holidays) != 1 else ''} ({'; '.join(holidays)})")
    return " and ".join(parts)


def response_step(rules: Rules, track: str, spec: dict[str, Any]) -> dict[str, Any] | None:
    """The time limit of the decision a step appeals from: the response step of the level before; None when the
    contract sets none."""
    level = spec.get("level")
    responses = [s for s in _steps(rules, track) if s.get("action") == "respond" and level is not None
                 and s.get("level") is not None and int(s["level"]) == int(level) - 1]
    return dict(responses[0]) if responses else None


def _response_due(rules: Rules, track: str, spec: dict[str, Any], since: datetime,
                  result: CalcResult) -> tuple[datetime, str] | None:
    """The last day the decision this step appeals from may come: the response step of the level
    before, counted (and cited) from `since`, the day its clock started. None when the contract
    sets no time for that decision. With the day comes the unit it was counted in."""
    response = response_step(rules, track, spec)
    if response is None:
        return None
    result.cite(rules.cite(response))
    return _count(rules, result, response, since, str(response.get("after", "the start"))), str(response["unit"])


def _earlier_of_due_or_received(rules: Rules, track: str, spec: dict[str, Any], received: datetime, since: datetime,
                                result: CalcResult) -> datetime:
    """A step counted from the day the previous decision 'was due or received': the decision's own
    limit (the response step of the level before) counted from `since` gives the day it was due;
    the earlier of that and the day it was received starts this step."""
    found = _response_due(rules, track, spec, since, result)
    if found is None:
        return received
    due, unit = found
    if due < received:
        result.work.append(f"The decision was due {_when(due, unit)}, before it was received "
                           f"({_when(received, unit)}): the earlier day starts the count.")
        return due
    result.work.append(f"The decision was received {_when(received, unit)}, by the day it was due: "
                       "the day received starts the count.")
    return received


def _count(rules: Rules, result: CalcResult, spec: dict[str, Any], begin: datetime, what: str) -> datetime:
    due, skipped = add(begin, int(spec["amount"]), str(spec["unit"]), counting(rules))
    line = (f"{spec['label']}: {spec['amount']} {unit_words(spec['unit'], spec['amount'])} after {what} "
            f"({_when(begin, spec['unit'])}) → {_when(due, spec['unit'])}")
    if skipped:
        line += f" (not counting {_skipped_words(skipped)})"
    result.work.append(line)
    holidays = [day for day, reason in skipped if reason.startswith("a holiday")]
    if holidays:
        _cite_holidays(rules, result, holidays)
    return due


def _cite_holidays(rules: Rules, result: CalcResult, days: list[date]) -> None:
    if rules.has("holidays", "list"):
        result.cite(rules.cite(rules.get("holidays", "list")))
        return
    for day in days:
        found = holiday_lists.text_holiday_dates(rules.contract, day.year).get(day)
        if found:
            result.cite(found[1])


def grievance_deadline(
    rules: Rules,
    start: date | datetime,
    step: str = "step1-file",
    track: str = "standard",
    event_date: date | datetime | None = None,
    today: date | None = None,
    ask: str = "due",
    decision_from: date | datetime | None = None,
    decision_at_limit: bool = False,
) -> CalcResult:
    """Due date of one step. `start` is when that step's clock starts (the day you learned of the
    event, the day the previous decision or appeal was received …, as the step says); `event_date`
    is the other date a cap or a 'whichever is earlier' rule counts from; `decision_from`, for a step
    counted from the day the previous decision was due or received, when that decision's clock
    started, so the earlier of the two is used. `decision_at_limit`: for a step counted from the
    previous decision, the decision comes on the last day it may ('if they take every day they're
    allowed'): `start` is then when that decision's clock started, and its due day starts this step."""
    spec = _step(rules, track, step)
    track_spec = _track(rules, track)
    begin = _as_datetime(start)
    result = CalcResult(tool="grievance_deadline", summary="")
    result.cite(rules.cite(spec))
    if spec.get("action_text"):
        result.work.append(f"What the time limit is for: {spec['action_text']}")
    weighed = False  # a step counted from the decision due or received: the earlier of the two starts it
    if decision_at_limit and spec.get("from") in ("response", "due"):
        found = _response_due(rules, track, spec, begin, result)
        if found is None:
            raise ToolInputError(f"The contract sets no time for the decision before “{spec['label']}”; give the day "
                                 "it was received.")
        result.assumptions.append("You said the decision comes on the last day it may: I counted from that day.")
        begin = found[0]
    if decision_from is not None and spec.get("from") == "due":
        begin = _earlier_of_due_or_received(rules, track, spec, begin, _as_datetime(decision_from), result)
        weighed = True
    due = _count(rules, result, spec, begin, str(spec.get("after", "the start")))
    if spec.get("assumed_unit"):
        result.assumptions.append(
            f"The contract says “{spec['amount']} days” without saying calendar or working days; I counted calendar "
            "days, which gives the earlier (safer) date.")
    if spec["unit"] in ("working_days", "business_days"):
        rules.note(result, rules.data.get("grievance", {}).get("counting", {}).get("working_days"))
    other = spec.get("whichever")
    if other and event_date is None and not weighed:
        result.assumptions.append(f"The contract counts from {spec.get('after', 'two dates')}, whichever is {other}; "
                                  f"I counted from the date you gave. If the other date is {other}, count from it instead.")
    if other and event_date is not None and not weighed:
        other_begin = _as_datetime(event_date)
        other_due, _ = add(other_begin, int(spec["amount"]), str(spec["unit"]), counting(rules))
        result.work.append(f"Counted from the other date ({_when(other_begin, spec['unit'])}) → "
                           f"{_when(other_due, spec['unit'])}; the contract takes whichever is {other}.")
        due = min(due, other_due) if other == "earlier" else max(due, other_due)
    cap = track_spec.get("cap")
    if cap and step in cap.get("applies_to", []) and (event_date is not None or step == cap["applies_to"][0]):
        anchor = _as_datetime(event_date or start)
        limit, _ = add(anchor, int(cap["amount"]), str(cap["unit"]), counting(rules))
        result.work.append(f"Cap: never more than {cap['amount']} {unit_words(cap['unit'])} after "
                           f"{cap.get('label', cap['from'])} ({fmt_date(anchor.date())}) → {fmt_date(limit.date())}")
        result.cite(rules.cite(cap))
        if limit < due:
            result.work.append(f"The cap is earlier, so the deadline is {fmt_date(limit.date())}.")
            due = limit
    elif cap and step in cap.get("applies_to", []):
        result.assumptions.append(f"Give the day you learned of it to check the cap of {cap['amount']} "
                                  f"{unit_words(cap['unit'])} after it.")
    result.values = {"step": step, "track": track, "start": begin.date().isoformat(), "due": due.date().isoformat()}
    result.summary = f"{spec['label']}: due by {_when(due, spec['unit'])}."
    if spec["unit"] == "hours":
        if isinstance(start, datetime):
            result.values["due_at"] = due.isoformat(timespec="minutes")
        else:
            result.summary = (f"{spec['label']}: due {spec['amount']} hours after you received it, on "
                              f"{fmt_date(due.date())} at the time of day you received it.")
            result.assumptions.append("You did not give the time of day; the deadline is the same time of day, "
                                      f"{spec['amount']} hours later.")
    counted = counting(rules)
    problem = counted.skips(due.date()) if spec["unit"] not in ("working_days", "business_days") else None
    if problem:
        result.work.append(f"{fmt_date(due.date())} is {problem}.")
        result.values["lands_on"] = problem
        unit_note = rules.data.get("grievance", {}).get("counting", {}).get(spec["unit"])
        rules.note(result, unit_note)
    rules.note(result, track_spec.get("extensions"))
    if today is not None:
        left = (due.date() - today).days
        result.values["days_left"] = left
        if ask == "days_left":
            result.summary += (f" That is {left} day{'s' if left != 1 else ''} from today ({fmt_date(today)})." if left >= 0
                               else f" That was {-left} day{'s' if left != -1 else ''} before today ({fmt_date(today)}).")
            result.set_primary("days", max(left, 0), "days left")
            return result
        if left < 0:
            result.summary += f" That date has passed (today is {fmt_date(today)})."
    result.set_primary("date", due.date().isoformat(), "due date")
    return result


def grievance_timeline(rules: Rules, start: date | datetime, track: str = "standard") -> CalcResult:
    """Every deadline of the procedure from one start date, assuming each step happens on its last allowed day."""
    spec = _track(rules, track)
    result = CalcResult(tool="grievance_timeline", summary="")
    moment = _as_datetime(start)
    chain_moment = moment
    rows = []
    counted = counting(rules)
    for step in spec["steps"]:
        base = moment if step.get("chain", True) is False else chain_moment
        due, skipped = add(base, int(step["amount"]), str(step["unit"]), counted)
        if step.get("chain", True):
            chain_moment = due
        problem = counted.skips(due.date()) if step["unit"] not in ("working_days", "business_days") else None
        rows.append({"step": step["id"], "label": step["label"], "due": due.date().isoformat(),
                     "due_at": due.isoformat(timespec="minutes") if step["unit"] == "hours" else None,
                     "party": step.get("party"), "lands_on": problem})
        line = f"{step['label']}: {step['amount']} {unit_words(step['unit'])} after {step['after']} → {_when(due, step['unit'])}"
        result.work.append(line + (f" ({problem})" if problem else ""))
        result.cite(rules.cite(step))
    if spec.get("cap"):
        result.cite(rules.cite(spec["cap"]))
    rules.note(result, spec.get("extensions"))
    result.values = {"track": track, "start": moment.date().isoformat(), "steps": rows}
    result.summary = (
        f"{spec['title']}: {len(rows)} deadlines from {fmt_date(moment.date())}, each step assumed to happen "
        "on its last allowed day; use the real dates as they happen."
    )
    if rows:
        result.set_primary("date", rows[0]["due"], rows[0]["label"])
    return result


# --- a chain of steps, each on its last allowed day ------------------------------------------------------

# Words that name the same thing in a step's anchor ('after receipt of the decision'), a step's action ('the
# supervisor shall respond') and a member's story ('got my step 1 denial'): compared by these stems.
_SAME = {"decision": "resp", "denial": "resp", "answer": "resp", "answers": "resp", "answered": "resp", "reply": "resp",
         "replies": "resp", "responds": "resp", "responded": "resp", "response": "resp", "respond": "resp",
         "notice": "noti", "notification": "noti", "notify": "noti", "notified": "noti", "receipt": "rece",
         "received": "rece", "receive": "rece", "receives": "rece", "got": "rece", "knew": "know", "known": "know",
         "learned": "know", "learnt": "know", "aware": "know", "meeting": "meet", "meets": "meet", "met": "meet",
         "held": "meet", "hearing": "meet"}
_ORDINAL_LEVELS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
                   "5th": 5}
# Stems every step shares, which tell no step from another.
_CHAIN_GENERIC = frozenset({"date", "days", "with", "from", "that", "this", "have", "shal", "than", "afte", "step",
                            "leve", "grie", "writ", "part", "othe", "the", "such", "each", "will", "must", "unio",
                            "empl", "reas", "shou", "been", "also"})


# Each action as the stems above name it ('respond' is 'resp', as 'decision' and 'denial' are).
ACTION_STEM = {"file": "file", "appeal": "appe", "respond": "resp", "arbitrate": "arbi", "meet": "meet"}


def chain_stems(text: str) -> set[str]:
    """What a piece of text names, for telling which step it is about: word stems with shared synonyms,
    and levels as 'L2' ('step 2', 'second level', 'third-level')."""
    lowered = text.lower()
    stems = {_SAME.get(w, w[:4]) for w in re.findall(r"[a-z][a-z']+", lowered) if len(w) >= 3}
    levels = {f"L{n}" for n in re.findall(r"\b(?:step|level)\s*(\d)\b", lowered)}
    levels |= {f"L{_ORDINAL_LEVELS[w]}" for w in re.findall(r"\b(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)"
                                                          r"[\s-]+(?:step|level)\b", lowered)}
    return (stems | levels) - _CHAIN_GENERIC


def action_stems(step: dict[str, Any]) -> set[str]:
    """What a step's own words say is done (its label, action text, aliases and action verb): what a later step's
    anchor, or a member's story of a day, names when it speaks of that step."""
    words = " ".join([str(step.get("label", "")), str(step.get("action_text", "")), *map(str, step.get("aliases", []))])
    verb = ACTION_STEM.get(str(step.get("action")))
    return chain_stems(words) | ({verb} if verb else set())


def _levels(stems: set[str]) -> set[str]:
    return {s for s in stems if re.fullmatch(r"L\d", s)}


_OBJECTS = frozenset({"resp", "appe", "noti", "meet", "requ", "arbi"})


def objects(stems: set[str]) -> set[str]:
    """The things a step's clock may count from that the stems name: a decision, an appeal, a notice …"""
    return stems & _OBJECTS


def names(anchor: set[str], named: set[str], received: bool = False) -> float:
    """How much of what a step counts from (its anchor) the other text names; 0 when their levels differ.
    Receipt alone counts half ('receipt of' begins many anchors), or whole with `received`."""
    if _levels(anchor) and _levels(named) and not _levels(anchor) & _levels(named):
        return 0
    return len((anchor & named) - {"rece"}) + ((1.0 if received else 0.5) if "rece" in anchor & named else 0.0)


def chain_to(rules: Rules, track: str, step_id: str, depth: int = 10) -> list[dict[str, Any]]:
    """The steps that lead to a step, first to last (the step itself last): each counts from the one
    before it, as its anchor names that step's action (a limit counted 'from the date of notification' follows
    one that says a party 'shall notify' the other). A step counted from the day one learned of it or the day it
    happened starts the chain."""
    steps = _steps(rules, track)
    order = next((i for i, s in enumerate(steps) if s["id"] == step_id), None)
    if order is None:
        raise ToolInputError(f"No step {step_id!r} in the {track} track.")
    chain = [steps[order]]
    while len(chain) <= depth and chain[0].get("from") not in ("knowledge", "event", None):
        anchor = chain_stems(str(chain[0].get("after", "")))
        before = steps[:steps.index(chain[0])]
        found = next((s for s in reversed(before) if s.get("chain", True) is not False
                      and names(anchor, action_stems(s) - {"rece"}) >= 1), None)
        if found is None and chain[0].get("from") == "filing" and not objects(anchor):
            # 'within five days of receipt of the grievance': the filing before it, whatever words it uses
            found = next((s for s in reversed(before) if s.get("chain", True) is not False
                          and s.get("action") in ("file", "appeal")), None)
        if found is None:
            break
        chain.insert(0, found)
    return [dict(s) for s in chain]


def grievance_chain(rules: Rules, start: date | datetime, first: str, step: str, track: str = "standard",
                    today: date | None = None) -> CalcResult:
    """The due date of `step` when the steps from `first` up to it each happen on their last allowed day
    ('if I wait till the last day to appeal, and step 2 takes all the time it's allowed …'): `start` is
    the day `first`'s clock starts, and each later step's clock starts on the day the one before is due."""
    chain = chain_to(rules, track, step)
    ids = [s["id"] for s in chain]
    if first not in ids:
        raise ToolInputError(f"“{_step(rules, track, first)['label']}” does not lead to “{_step(rules, track, step)['label']}” "
                             "in the contract's procedure; give the date that step's clock starts.")
    result = CalcResult(tool="grievance_deadline", summary="")
    moment = _as_datetime(start)
    for spec in chain[ids.index(first):]:
        result.cite(rules.cite(spec))
        if spec.get("action_text"):
            result.work.append(f"What the time limit is for: {spec['action_text']}")
        moment = _count(rules, result, spec, moment, str(spec.get("after", "the start")))
        if spec["unit"] in ("working_days", "business_days"):
            rules.note(result, rules.data.get("grievance", {}).get("counting", {}).get("working_days"))
    last = chain[-1]
    if any(spec.get("assumed_unit") for spec in chain[ids.index(first):]):
        result.assumptions.append("The contract says “days” without saying calendar or working days; I counted calendar "
                                  "days, which gives the earlier (safer) date.")
    result.assumptions.append("Each step before it is counted as happening on its last allowed day, as you said; "
                              "use the real dates as they happen.")
    rules.note(result, _track(rules, track).get("extensions"))
    result.values = {"step": step, "track": track, "start": _as_datetime(start).date().isoformat(),
                     "due": moment.date().isoformat(), "chain": ids[ids.index(first):]}
    result.summary = f"{last['label']}: due by {_when(moment, str(last['unit']))}."
    if today is not None and moment.date() < today:
        result.summary += f" That date has passed (today is {fmt_date(today)})."
    problem = counting(rules).skips(moment.date()) if last["unit"] not in ("working_days", "business_days") else None
    if problem:
        result.work.append(f"{fmt_date(moment.date())} is {problem}.")
        result.values["lands_on"] = problem
        rules.note(result, rules.data.get("grievance", {}).get("counting", {}).get(str(last["unit"])))
    result.set_primary("date", moment.date().isoformat(), "due date")
    return result


# --- which step a question asks about -------------------------------------------------------------------

@dataclass
class StepAsk:
    """What a deadline question asks for, read from its words: the action, the level, other words."""

    action: str | None = None
    level: int | None = None
    received_level: int | None = None  # 'I got the step 1 response'
    informal: bool = False
    mentions_informal: bool = False
    mentions_formal: bool = False
    words: set[str] = field(default_factory=set)
    have: set[str] = field(default_factory=set)  # the kinds of date the question gives
    asked_words: set[str] = field(default_factory=set)  # the words of the part that asks ('… to submit the formal grievance?')
    clauses: set[tuple[str, str]] = field(default_factory=set)  # clauses the asking part cites: 'Under 4.07(b)' → ('4.07', 'b')


def track_for(rules: Rules, text: str) -> str:
    """The track whose aliases (rules data) the question uses; the first track otherwise."""
    lowered = text.lower()
    names = list(tracks(rules))
    default = "standard" if "standard" in names else names[0]
    default_steps = {str(a).lower() for step in _steps(rules, default) for a in step.get("aliases", [])}
    for name in names:
        for alias in _track(rules, name).get("aliases", []):
            if str(alias).lower() in lowered:
                own = {str(a).lower() for step in _steps(rules, name) for a in step.get("aliases", [])}
                if name != default and any(a in lowered for a in default_steps - own):
                    break  # a special track's alias in the story, but 'gave her the informal response': a step only the usual track has
                return name
    return default


def step_of(rules: Rules, track: str, step_id: str) -> dict[str, Any]:
    """One step of a track, as its rules give it (the rule a follow-up question is about)."""
    return _step(rules, track, step_id)


def choose_step(rules: Rules, track: str, ask: StepAsk) -> dict[str, Any]:
    """The step of the track that best matches what was asked."""
    best: tuple[float, int, dict[str, Any]] | None = None
    steps = _steps(rules, track)
    levels = {int(s["level"]) for s in steps if s.get("level") is not None}
    vocab = [_step_words(step) for step in steps]
    actions = [_step_words(step, with_after=False) for step in steps]
    asked_words, all_words = canonical(ask.asked_words), canonical(ask.words)
    for order, step in enumerate(steps):
        score = 0.0
        action = step.get("action")
        level = step.get("level")
        if ask.action and action == ask.action:
            score += 6
        elif ask.action and action and {action, ask.action} == {"file", "appeal"} and level is not None \
                and int(level) == ask.level:
            score += 3  # 'appeal to step 2' is filing at step 2
        elif ask.action == "file" and action == "appeal" and level is None and ask.level is not None and ask.level > 1 \
                and ask.level not in levels:
            # 'present the grievance at the second level', where no step files at that level: the appeal to the next level,
            # the more so just after the level before it replied
            score += 3 + (2.5 if ask.received_level is not None and ask.level == ask.received_level + 1 else 0)
        elif ask.action and action and {action, ask.action} == {"file", "appeal"} \
                and _compared(tokens(str(step.get("after", "")))) & all_words & _DISCIPLINE:
            score += 3  # 'last day to file the apeal' of a suspension: the discipline's own limit, 'the appeal must be filed'
        elif ask.action and action:
            score -= 4
        if ask.level is not None and level is not None:
            score += 4 if int(level) == ask.level else -3
        elif ask.level is not None and ask.level in levels:
            score -= 3  # a step the question names exists: a limit of no step is not it
        elif ask.level is None and ask.action in ("file", None) and level is not None and int(level) <= 1:
            score += 1
        if ask.received_level is not None and level is not None and action in ("appeal", "arbitrate") \
                and int(level) == ask.received_level + 1:
            score += 3
        if level is not None and int(level) == 0:
            score += 2 if ask.mentions_informal else -1
        elif level is not None and int(level) == 1 and ask.mentions_formal and not ask.mentions_informal:
            score += 0.5
        source = step.get("from")
        if source == "informal-response":
            score += 3 if ask.informal and "response" in ask.have else -2
        elif source in ask.have or (source == "due" and "response" in ask.have):
            score += 1  # (a decision received is what a step counted from the day it was due or received starts from)
        words = vocab[order]
        others = set().union(*(v for i, v in enumerate(vocab) if i != order)) if len(vocab) > 1 else set()
        score += 0.5 * len(words & all_words) + 1.5 * len((words - others) & all_words)
        # The action the asking part names is the one asked for; one the rest of the message names
        # ('we notified them on …') has usually been done already.
        rivals = [v for i, v in enumerate(actions) if i != order and steps[i].get("action") == action]
        other_actions = set().union(*rivals) if rivals else set()
        # (who acts is no part of what: 'for the Union to file' does not pick the limit whose sentence names the Union)
        score += 2.0 * len((actions[order] - other_actions - _PARTIES) & asked_words)
        if (str(step.get("section", "")), str(step.get("clause", "")).split(".")[0].lower()) in ask.clauses:
            score += 14  # 'Under <section>(b), on what date does the 28-calendar-day period end?': the clause cited
        if "formal" in ask.asked_words and not ask.mentions_informal and re.search(r"(?<!in)\bformal\b", str(step.get("action_text", "")),
                                                                           re.I):
            # 'when is the formal grievance due?' where one step's own words are 'submit a formal grievance' and an
            # earlier one only notifies: the formal step, whatever the story says of the notice
            score += 3
        if step.get("part", "contract") != "contract":
            score -= 1  # a side letter's limit only for questions in its own words
        # One sentence, several limits, each for its own case: 'except the final level' is not the final level's
        # limit; 'where the grievance is presented at the final level' is.
        excluded = _case_words(step.get("excludes"))
        if excluded and excluded <= all_words:
            score -= 5
        own_case = _case_words(step.get("applies_when"))
        if own_case and own_case <= all_words:
            score += 3
        # A limit that counts from a kind of discipline ('after the effective date of the suspension') is that case's
        # own limit, however many steps share the word: a suspension grievance is not filed on the usual first step.
        if _compared(tokens(str(step.get("after", "")))) & all_words & _DISCIPLINE:
            score += 3.5  # (ahead of a limit tied with it that counts from something the question does not tell)
        if best is None or score > best[0]:
            best = (score, order, step)
    if best is None:
        raise ToolInputError(f"The {track} track has no steps.")
    return dict(best[2])


def _case_words(text: Any) -> set[str]:
    """The words that name a case ('the final level', 'the case of a policy grievance'), as steps are compared."""
    return _compared(tokens(str(text or ""))) - _CASE_FILLER


_CASE_FILLER = frozenset(tokens("the case of presented that which where when"))


def _step_words(step: dict[str, Any], with_after: bool = True) -> set[str]:
    # What the time counts from tells steps apart too: 'the effective date of the suspension'.
    words = tokens(" ".join([str(a) for a in step.get("aliases", [])] + [str(step.get("label", "")),
                                                                       str(step.get("action_text", ""))]
                            + ([str(step.get("after", ""))] if with_after else [])))
    return _compared(words)


def _compared(words: Iterable[str]) -> set[str]:
    """The words two steps, or a step and a question, are compared by: content words, one word per kind of discipline."""
    return canonical({w for w in words if w.isalpha() and len(w) >= 3 and w not in _GENERIC_STEP_WORDS})


# Words for one kind of discipline, compared as one word.
_KINDS = (("dismissal", ("dismiss", "termin", "discharg", "fired", "firing")), ("suspension", ("suspen",)),
          ("reprimand", ("reprima",)), ("demotion", ("demot",)))


_DISCIPLINE = frozenset(name for name, _ in _KINDS)


def canonical(words: set[str]) -> set[str]:
    """Words as steps and questions are compared: one word for each kind of discipline ('dismissed', 'termination')."""
    found = set()
    for word in words:
        kind = next((name for name, stems in _KINDS if word.startswith(stems)), None)
        found.add(kind or word)
    return found


# Words every step or question of a grievance procedure may use: they tell no step from another.
_GENERIC_STEP_WORDS = frozenset(tokens("must will would should could step steps file filed filing grievance grievances "
                                       "within days day time limit deadline written writing"))
# Who acts: a party named in the question says nothing of which limit it asks about.
_PARTIES = frozenset(_compared(tokens("union employer employee county department representative management company agency "
                                      "state college university district board contractor association")))


_RESPONSE_DUE = re.compile(r"\b(?:response|answer|reply|decision)\s+(?:become|became|becomes|is|was|be|were)\s+(?:due|late|overdue)\b|"
                           r"\bdue date (?:for|of) (?:the|their|her|his|its|management'?s?|[\w.]+'s|[\w.]+s') (?:response|answer|reply|"
                           r"decision)\b")


def asked_action(text: str) -> str | None:
    """The action a deadline question asks about, from the part that asks."""
    lowered = text.lower()
    arbitration = re.search(r"\barbitrat\w*|\barbitrator\b|\barb\b|\badjudicat\w*", lowered)
    due = _RESPONSE_DUE.search(lowered)
    if due and arbitration and due.start() < arbitration.start():
        return "respond"  # 'what date is their response due, and how long do we have to take it to arbitration after that'
    if arbitration:  # "arb": stewards' shorthand
        # 'by what date does the arbitration have to take place?': the hearing, not the request for it
        if re.search(r"\b(?:take place|be held|happen|be heard|convene|hearing (?:be|happen))\b", lowered):
            return "meet"
        if re.search(r"\bmeet\b[^.?!]{0,25}\b(?:pick|select|choose|agree on|name)\w*\s+(?:an?|the)\s+arbitrator\b", lowered):
            return "meet"  # 'by when do the parties have to meet to pick an arbitrator?': the meeting, not the request
        return "arbitrate"
    if re.search(r"\b(?:has|have|must|needs?|got)\s+to\s+(?:respond|answer|reply|get back|give (?:a|an|their|his|her|its) "
                 r"(?:decision|response|answer))\b|\b(?:get|getting|come|coming) back to (?:me|us|him|her|them)\b", lowered):
        return "respond"  # 'by what date does the first level of appeal have to respond': the verb, not the noun
    if due:
        return "respond"  # 'on what date did the Step 1 response become due, after which we can move it to Step 2?'
    if re.search(r"\bto (?:file|submit|grieve|put in|turn in|lodge) (?:the |a |my |our )?(?:formal |written )?"
                 r"(?:grievance|greivance|grievence|complaint|step\s*(?:1|one)\b)\b|\bto (?:go|going|make it|take it) formal\b|"
                 r"\bto file (?:it )?formal(?:ly)?\b|"
                 # '14 days from the informal answer, so dec 8 for the formal step 1'
                 r"\bfor (?:the |a |her |his |my |our )?formal (?:grievance|greivance|grievence|complaint|step\s*(?:1|one)\b)", lowered):
        return "file"  # '14 days from her answer to file the formal grievance' / 'to go formal': the filing, counted from the answer
    if re.search(r"\b(appeal\w*|apeal\w*|next step|next level|take it to|go (?:up )?to (?:step|level|the (?:second|third|fourth|final) (?:step|level))|move it to|bump it|kick it up|"
                 r"push it up|send it up|take it up|escalate|elevate)\b|"
                 r"\b(?:take|push|move|carry|pursue)\s+(?:it|this|that|the grievance|our grievance)\s+(?:any\s+)?further\b|"
                 r"\b(?:get|send|move|bring|advance|push|kick|bump)\s+(?:it|this|the grievance|our grievance)\s+(?:up\s+)?to\s+"
                 r"(?:step|level)\b|"
                 # 'last day to put it in at level 2?': presenting it at a level past the first
                 r"\b(?:put|present|file|submit|lodge|send|get)\s+(?:it|this|that)\s+(?:in\s+)?(?:at|to)\s+(?:the\s+)?"
                 r"(?:(?:step|level)\s*(?:[2-9]|two|three|four)|(?:second|third|fourth|final)\s+(?:step|level))\b", lowered):
        return "appeal"
    if re.search(r"\b(respond|response|respon[cs]e|answer|reply|decision|hear back|get back to)\b", lowered):
        return "respond"
    if re.search(r"\b(meet|meeting|hearing)\b", lowered) and not re.search(r"\bfile|grieve|grievance\b|\brequest", lowered):
        return "meet"
    if re.search(r"\b(file|filing|submit|grieve|griev\w*|greiv\w*|put in|turn in|lodge|raise|request|send|notify|notice|"
                 r"notification|present)\b", lowered):
        return "file"
    return None
