"""The date a time limit in the contract's text falls on, for the clause an answer quotes.

Grievance deadlines have their own tool, with steps and tracks. Every other time limit a contract
states — "an adjustment … not later than ten (10) days exclusive of Saturdays, Sundays, and
Recognized Holidays after receiving the notification", "informed in writing of denial ten (10)
working days prior to the proposed effective date" — is found at ingest (``ingest.time_limits``)
with its amount, unit, what it counts from and whether it runs before or after. When a question
gives a date and asks by when, and the clause the answerer quotes states such a limit, this works
out the date from that clause alone: the retrieval that chose the clause is what ties the
question to the limit, so no list of topics lives in code, and the number, the way days are
counted and the quote all come from the contract's text.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from assistant.calculators import deadlines
from assistant.calculators.calendar import WORKING_UNITS, Counting, add, subtract, unit_words
from assistant.calculators.derived import counting_rule
from assistant.calculators.question import Question, read
from assistant.calculators.result import CalcResult, fmt_date
from assistant.calculators.rules import Rules
from assistant.errors import ToolInputError
from assistant.text import tokens
from ingest.structure import Contract, TimeLimit, TimeRule
from ingest.time_limits import excluded_days

RELATIONS = ("within", "no_later_than", "after", "before")


def find(contract: Contract, section: str, clause: str = "", phrase: str | None = None) -> TimeLimit:
    """The time limit a clause states (the one written as ``phrase`` when it states several)."""
    found = [t for t in contract.time_limits if t.section == section and (not clause or t.clause == clause)
             and t.relation in RELATIONS]
    if phrase:
        found = [t for t in found if t.phrase == phrase] or found
    if not found:
        where = f"{section} {clause}".strip()
        raise ToolInputError(f"{contract.name} {where} states no time limit that counts to a date; "
                             f"`contract-assistant deadlines --all {contract.id}` lists those it has.")
    return found[0]


def limits_in(contract: Contract, section: str, clause: str) -> list[TimeLimit]:
    return [t for t in contract.time_limits if t.section == section and t.clause == clause and t.relation in RELATIONS
            and t.unit != "years"]


def best_for(question: Question, limits: list[TimeLimit]) -> TimeLimit | None:
    """Of the limits in the quoted clause, the one whose words the asking part shares most (the first on a tie).
    Of a window's two ends ('not less than 90 nor more than 120 days prior to'), 'earliest' asks for the
    farther one, else the nearer one (the last day it can be done)."""
    if not limits:
        return None
    asked_text = question.asked()
    asked = set(tokens(asked_text))
    earliest = bool(re.search(r"\b(earliest|soonest|first day|first date|how early)\b", asked_text, re.IGNORECASE))

    def window_order(t: TimeLimit) -> int:
        # Only the two ends of one window (the same sentence) are told apart by 'earliest'; two limits of different
        # sentences (one notice to the union, another to the employees, each so many days before) are not.
        if t.relation != "before" or not any(o is not t and o.quote == t.quote and o.relation == "before" for o in limits):
            return 0
        return t.amount if earliest else -t.amount

    told = set(tokens(question.text))
    return max(limits, key=lambda t: (len(asked & set(tokens(f"{t.action} {t.counts_from}"))), window_order(t),
                                      len(told & set(tokens(t.quote))), -limits.index(t)))


def date_in(text: str) -> date | None:
    """A date written with its year in what a limit counts from ('prior to December 31, 2001')."""
    found = [d for d in read(text, date(2000, 1, 1)).dates if re.search(r"\d{4}", d.text)]
    return found[0].value if found else None


# Words any time limit or deadline question uses: they tie no question to a particular limit.
_GENERIC = frozenset(tokens("the a an of to in on by for from with and or shall will may must be is are was were been "
                            "date day days time working calendar within after before prior than later no not later "
                            "employee employer union state department written writing notice notified"))


def shared_words(question: Question, limit: TimeLimit) -> set[str]:
    """The question's content words the limit's own action, starting point and condition use (the condition: its
    sentence before the action, 'If either party desires to renegotiate this Agreement, …')."""
    at = limit.quote.find(limit.action) if limit.action else -1
    condition = limit.quote[:at] if at > 0 else ""
    own = {w[:5] for w in set(tokens(f"{condition} {limit.action} {limit.counts_from}")) - _GENERIC if w.isalpha()}
    # Compared by their first letters, so 'short' meets 'shortage' and 'adjust' 'adjustment'.
    return {w for w in set(tokens(question.text)) - _GENERIC if w.isalpha() and w[:5] in own}


# Who acts, not what is done: the parties any contract names say nothing of which limit a question is about.
_PARTIES = frozenset({"union", "local", "lodge", "employer", "employee", "employees", "contractor", "contractors", "company",
                      "college", "county", "department", "management", "manager", "agency", "board", "university",
                      "district", "hall", "member", "members", "steward", "association", "council", "party", "parties"})


def asked_words(question: Question, limit: TimeLimit) -> set[str]:
    """`shared_words`, of the asking part alone and without the parties' names: what ties the question asked to this
    limit rather than to another."""
    return shared_words(read(question.asked(), question.today), limit) - _PARTIES


def closer_limit(question: Question, contract: Contract, section: str) -> TimeLimit | None:
    """A time limit outside `section` whose words the asking part shares more of than any limit in it ('… what's the
    latest date the employer can pay the adjustment?' against a grievance step's clause), else None."""
    usable = [t for t in contract.time_limits if t.relation in RELATIONS and t.unit != "years"]
    own = max((len(asked_words(question, t)) for t in usable if t.section == section), default=0)
    others = [(len(asked_words(question, t)), t) for t in usable if t.section != section]
    best = max(others, key=lambda pair: pair[0], default=(0, None))
    return best[1] if best[0] > own and best[0] >= 2 else None


def counting_for(rules: Rules, limit: TimeLimit) -> tuple[str, Counting, list[str], TimeRule | None]:
    """The unit to count in, which days it skips, what was assumed, and the rule that says so."""
    contract = rules.contract
    holidays = deadlines.counting(rules).holidays  # the rules file's holiday list, else the holiday article
    assumed: list[str] = []
    inline = excluded_days(limit.phrase)
    if inline:  # 'ten (10) days exclusive of Saturdays, Sundays, and Recognized Holidays'
        return "working_days", Counting(frozenset(inline), holidays), assumed, None
    # Only this limit's own article or the whole document: another article's definition of working
    # days may be scoped to that article, so without one the usual days are assumed, and said.
    rule = counting_rule(contract, limit, borrow=False)
    unit = limit.unit
    if unit == "days":
        if rule is None:
            assumed.append("The contract does not say whether these are calendar or working days; I counted calendar "
                           "days.")
            return "calendar_days", Counting(frozenset(), holidays), assumed, None
        unit = "working_days"
    if unit in WORKING_UNITS:
        excludes = frozenset(rule.excludes) if rule is not None else frozenset({"saturday", "sunday", "holidays"})
        if rule is None:
            assumed.append("I found no definition of working days that governs this clause; I skipped Saturdays, "
                           "Sundays and the contract's holidays.")
        return unit, Counting(excludes, holidays), assumed, rule
    return unit, Counting(frozenset(), holidays), assumed, None


def time_limit(rules: Rules, limit: TimeLimit, start: date, asked_on: date | None = None,
               from_action: bool = False) -> CalcResult:
    """The date the limit falls on, counted from ``start`` (the day it counts from) as the text counts it.
    `from_action`: for a limit that runs before something ('thirty (30) calendar days in advance of the effective
    date of layoff'), ``start`` is the day the action was done (the notice mailed), so the earliest day that
    something may be is counted forward from it."""
    if limit.relation not in RELATIONS:
        raise ToolInputError(f"“{limit.phrase}” is not a time limit that falls on a date.")
    if from_action and limit.relation != "before":
        raise ToolInputError(f"“{limit.phrase}” runs after what it counts from, not before it.")
    unit, counting, assumed, rule = counting_for(rules, limit)
    moment = datetime(start.year, start.month, start.day)
    if from_action:
        due, skipped = add(moment, limit.amount, unit, counting)
    elif limit.relation == "before":
        due, skipped = subtract(moment, limit.amount, unit, counting)
    else:
        due, skipped = add(moment, limit.amount, unit, counting)
    source = limit.counts_from or "the date given"
    result = CalcResult(tool="time_limit", summary="", assumptions=assumed)
    direction = "before" if limit.relation == "before" else "after"
    if from_action:
        result.work.append(f"{limit.action.strip() or 'Done'} on {fmt_date(start)}; {source} at least {limit.amount} "
                           f"{unit_words(unit, limit.amount)} later → {fmt_date(due.date())}")
    else:
        result.work.append(f"{limit.amount} {unit_words(unit, limit.amount)} {direction} {source} ({fmt_date(start)}) → "
                           f"{fmt_date(due.date())}")
    if skipped:
        holidays = [f"{reason[len('a holiday ('):-1]} ({day:%B} {day.day})" for day, reason in skipped
                    if reason.startswith("a holiday")]
        weekend = len(skipped) - len(holidays)
        parts = ([f"{weekend} weekend day{'s' if weekend != 1 else ''}"] if weekend else []) + holidays
        result.work.append("Not counted: " + ", ".join(parts))
    result.cite(rules.cite({"section": limit.section, "clause": limit.clause, "quote": limit.quote}))
    if rule is not None:
        result.cite(rules.cite({"section": rule.section, "clause": rule.clause, "quote": rule.quote}))
    label = "latest date" if limit.relation != "before" else "date it must be done by"
    verb = "By" if limit.relation == "before" else "Due by"
    if limit.relation == "before" and re.search(r"\bmore\s+than\s*$", limit.action, re.IGNORECASE):
        label, verb = "earliest date", "Not before"  # the far end of 'not less than 90 nor more than 120 days prior to'
    if from_action:
        label, verb = "earliest date", "Not before"
    result.summary = f"{verb} {fmt_date(due.date())}: {limit.phrase} {source}."
    if asked_on is not None and due.date() < asked_on:
        result.summary += f" That date has passed (today is {fmt_date(asked_on)})."
    result.values = {"section": limit.section, "clause": limit.clause, "start": start.isoformat(),
                     "due": due.date().isoformat(), "amount": limit.amount, "unit": unit, "relation": limit.relation,
                     "from_action": from_action}
    result.set_primary("date", due.date().isoformat(), label)
    return result


# Asking for the earliest day the thing a limit runs before may be: 'what's the earliest date my layoff can take effect?'
_EARLIEST = re.compile(r"\b(?:earliest|soonest|how soon|at the earliest|first (?:day|date)|when (?:can|could|may))\b", re.IGNORECASE)


def asks_for_anchor(question: Question, limit: TimeLimit) -> bool:
    """Whether a question gives the day a 'before' limit's action was done and asks for the earliest day of what
    it runs before ('notice mailed November 6 … earliest date my layoff can take effect?', under a notice due so many
    days in advance of a layoff)."""
    if limit.relation != "before" or not _EARLIEST.search(question.asked()):
        return False
    anchor = {w[:5] for w in tokens(limit.counts_from or "") if len(w) >= 4} - {"effec", "date", "days"}
    return bool(anchor & {w[:5] for w in tokens(question.asked()) if len(w) >= 4})


_PERIOD_END = re.compile(r"\bend\s+of\s+(?:the|a|each|that)\s+(?P<period>(?:calendar\s+)?month|calendar\s+year|pay\s*period|"
                         r"payroll\s+period|week|work\s*week|quarter|fiscal\s+year|year)\b", re.IGNORECASE)


def period_of(limit: TimeLimit) -> str | None:
    """The period a limit counts from the end of ('… days after the end of the pay period in which it was
    worked': 'pay period'), or None."""
    found = _PERIOD_END.search(limit.counts_from or "")
    return re.sub(r"\s+", " ", found.group("period").lower()) if found else None


def period_end(period: str, day: date) -> date | None:
    """The last day of the period holding `day`, where the calendar says it (a month, a calendar year); None where
    it is the contract's own (a pay period, a fiscal year), which the text does not date."""
    if period in ("month", "calendar month"):
        following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
        return date.fromordinal(following.toordinal() - 1)
    if period == "calendar year":
        return date(day.year, 12, 31)
    return None


def start_date(question: Question, limit: TimeLimit | None = None) -> date | None:
    """The day the limit counts from: the question's date (the first that is not a condition); for a limit counted back
    from something to come ('prior to the actual date of layoff'), the one day said to take effect, where one is."""
    dates = [d for d in question.dates if d.role != "condition"]
    if limit is not None and len(dates) > 1 and re.search(r"\b(?:prior to|in advance of|before)\b", limit.phrase, re.I):
        # a limit counted back from something to come: the day it takes effect ('laying off 6 … effective Friday Jan 29')
        effective = [d for d in dates if re.search(r"\b(?:effective|takes effect|in effect|starting|scheduled for|set for)\s+"
                                                   r"(?:on\s+)?(?:\w+,?\s+)?$", question.text[max(0, d.start - 30):d.start], re.I)]
        if len({d.value for d in effective}) == 1:
            return effective[0].value
    if limit is not None and len({d.value for d in dates}) > 1 and limit.counts_from:
        # 'short on Thursday Oct 29 … notified payroll in writing on Tuesday, Nov 3' for a limit counted 'after receiving
        # the notification of the shortage in writing': the date told with the words of what the limit counts from
        # (words by their first letters, stop words kept out by length: 'notified … in writing' meets 'the notification
        # of the shortage in writing')
        own = {w[:5] for w in re.findall(r"[a-z]{4,}", limit.counts_from.lower())} - {"with", "that", "from", "after", "their"}

        def said_with(d: Any) -> int:
            before = re.split(r"[.;!?]\s", question.text[max(0, d.start - 70):d.start])[-1]
            return len({w[:5] for w in re.findall(r"[a-z]{4,}", before.lower())} & own)
        best = max(said_with(d) for d in dates)
        chosen = [d for d in dates if said_with(d) == best]
        if best >= 2 and len({d.value for d in chosen}) == 1:
            return chosen[0].value
    return dates[0].value if dates else None
