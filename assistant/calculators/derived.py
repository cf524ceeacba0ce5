"""Calculator rules drafted from a contract's text: its time limits (found at ingest) and its
overtime sentences.

A contract with no rules file still gets grievance deadlines: each time limit of its grievance
procedure becomes a step (what to do, at which level, how long, counted from what), counted the
way the contract says (its definition of working days, or days that exclude Saturdays, Sundays
and holidays), with its holiday article for the holidays, and every step cited to the sentence it
came from. Where the text states one weekly overtime threshold and one rate, overtime is computed
too (`overtime_text`). ``contract-assistant rules draft ID`` writes the same thing as a rules file
for a steward to check and correct; a hand-written rules file wins for every part it covers.
"""

from __future__ import annotations

from typing import Any

import yaml

from assistant.calculators.calendar import WORKING_UNITS
from assistant.calculators.overtime_text import derive_overtime
from assistant.calculators.rules import validate
from assistant.errors import RulesError
from ingest.structure import Contract, TimeLimit, TimeRule

STEP_ACTIONS = ("file", "appeal", "respond", "arbitrate", "meet")
_FROM = {"knowledge": "knowledge", "event": "event", "receipt": "response", "filing": "filing", "due": "due",
         "meeting": "meeting", "signature": "other", "other": "other"}
# When a limit does not say what it counts from, what the action normally follows.
_IMPLIED_FROM = {"file": ("knowledge", "learning of the grievance"), "appeal": ("response", "the decision"),
                 "respond": ("filing", "receipt of the grievance"), "arbitrate": ("response", "the last response"),
                 "meet": ("filing", "the request")}
_LABELS = {"file": "File the grievance", "appeal": "Appeal", "respond": "Response due", "arbitrate": "Request arbitration",
           "meet": "Meeting"}


def _article_of(contract: Contract, section_id: str) -> str:
    for article in contract.articles:
        if any(s.id == section_id for s in article.sections):
            return article.number
    return ""


def counting_rule(contract: Contract, limit: TimeLimit, borrow: bool) -> TimeRule | None:
    """The rule that says how this limit's days are counted. Its own article's definition of working
    days first, then its article's exclusions, then a definition for the whole document; with
    ``borrow``, then another article's definition (a grievance procedure whose arbitration article
    counts in the working days its grievance article defines). Calendar-unit limits ('days') take
    only their own article's rule: elsewhere 'days' may mean calendar days."""
    article = _article_of(contract, limit.section)
    counting = [r for r in contract.time_rules if r.kind in ("excludes", "working_days")]
    own = [r for r in counting if r.article == article]
    if limit.unit == "days":
        return own[0] if own else None
    if limit.unit not in WORKING_UNITS:
        return None
    working = [r for r in counting if r.kind == "working_days"]
    chosen = ([r for r in own if r.kind == "working_days"] or own or [r for r in working if not r.article]
              or (working if borrow else []))
    return chosen[0] if chosen else None


def _label(limit: TimeLimit) -> str:
    label = _LABELS.get(limit.action_kind, "Time limit")
    if limit.level is not None and limit.level > 0:
        label += f" to Step {limit.level}" if limit.action_kind == "appeal" else f" (Step {limit.level})"
    elif limit.level == 0:
        label += " (informal step)"
    if limit.part != "contract":
        label += f" — {limit.section}"
    return label


def derive(contract: Contract) -> dict[str, Any] | None:
    """Rules data read from the contract's text: the `grievance` part from its time limits and the
    `pay` part from its overtime sentences (`overtime_text`); None when the text gives neither."""
    data: dict[str, Any] = {"contract": contract.id}
    grievance = _grievance(contract)
    if grievance is not None:
        data["grievance"] = grievance
    pay = derive_overtime(contract)
    if pay is not None:
        try:  # a sentence the parser joined differently from its clause is not worth losing the deadlines over
            validate(contract, {"contract": contract.id, "pay": pay}, "overtime read from the text")
            data["pay"] = pay
        except RulesError:
            pass
    return data if len(data) > 1 else None


def _grievance(contract: Contract) -> dict[str, Any] | None:
    """A rules file's `grievance` part from the contract's time limits; None when it has none."""
    limits = [tl for tl in contract.time_limits
              if tl.grievance and tl.action_kind in STEP_ACTIONS and tl.relation in ("within", "no_later_than", "after")
              and tl.unit != "years"]
    if not limits:
        return None
    steps: list[dict[str, Any]] = []
    counting: dict[str, Any] | None = None
    for index, limit in enumerate(limits, 1):
        rule = counting_rule(contract, limit, borrow=True)
        unit = limit.unit
        step: dict[str, Any] = {}
        if unit == "days":
            if rule is not None:
                unit = "working_days"
            else:
                unit = "calendar_days"
                step["assumed_unit"] = True
        if unit in ("working_days", "business_days") and rule is not None and counting is None:
            counting = {"working_days": {"excludes": rule.excludes or ["saturday", "sunday", "holidays"],
                                         "note": f"How the contract counts days: “{rule.quote}”",
                                         "section": rule.section, "clause": rule.clause, "quote": rule.quote}}
        kinds = [_FROM[k] for k in limit.from_kinds if k in _FROM]
        implied_from, implied_after = _IMPLIED_FROM.get(limit.action_kind, ("other", "the previous step"))
        step.update({
            "id": f"{limit.action_kind}-{limit.level if limit.level is not None else 'x'}-{index}",
            "label": _label(limit),
            "level": limit.level,
            "action": limit.action_kind,
            "action_text": limit.action,
            "from": kinds[0] if kinds else implied_from,
            "after": limit.counts_from or implied_after,
            "amount": limit.amount,
            "unit": unit,
            "party": limit.party or None,
            "part": limit.part,
            "section": limit.section,
            "clause": limit.clause,
            "quote": limit.quote,
        })
        if limit.excludes:
            step["excludes"] = limit.excludes  # 'except the final level': a case this limit is not for
        if limit.applies_when:
            step["applies_when"] = limit.applies_when  # 'where the grievance is presented at the final level'
        if limit.whichever and len(kinds) >= 2:
            step["whichever"] = limit.whichever
            step["from_other"] = kinds[1]
        steps.append(step)
    track: dict[str, Any] = {"title": f"Grievance time limits found in the text of {contract.name}",
                             "start": "as each time limit says", "steps": steps}
    extension = next((r for r in contract.time_rules if r.kind == "extension"
                      and r.article in {_article_of(contract, s["section"]) for s in steps}), None)
    if extension is not None:
        track["extensions"] = {"note": f"Extending time limits: “{extension.quote}”", "section": extension.section,
                               "clause": extension.clause, "quote": extension.quote}
    grievance: dict[str, Any] = {"tracks": {"standard": track}}
    if counting:
        grievance["counting"] = counting
    return grievance


def draft_yaml(contract: Contract) -> str:
    """A rules file drafted from the text, for a steward to confirm: every step with its quote."""
    data = derive(contract) or {"contract": contract.id}
    for step in data.get("grievance", {}).get("tracks", {}).get("standard", {}).get("steps", []):
        for key in [k for k, v in step.items() if v is None]:
            del step[key]
    header = (
        f"# DRAFT calculator rules for {contract.id}, written from the time limits and overtime sentences\n"
        "# found in its text. Check every step against the contract before relying on it: the level, the\n"
        "# action, what the time counts from, and whether 'days' are calendar or working days. Delete steps\n"
        "# that are not grievance deadlines. Check the overtime thresholds, rate and the time off counted as\n"
        "# worked (`pay`). Every quote must stay word for word as in the cited clause (it is checked when\n"
        "# loaded). `assumed_unit: true` marks 'days' the contract does not call calendar or working days\n"
        f"# (counted as calendar days until you say). Save as {contract.id}.rules.yaml beside the contract\n"
        "# and re-run ingest; a rules file replaces what is read from the text for each part it covers.\n"
    )
    return header + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=110)
