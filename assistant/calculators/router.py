"""Without an LLM: recognise calculator questions, read their inputs from the words, run the
calculator, and answer with the result, the work and the citations.

Each tool recognises its own questions and reads its own inputs (``tools.TOOLS``, ``triggers``);
the router reads the question once (``question.read``, with "today" from the caller's clock),
lets the surest tool take it, decides the contract (the one asked about, the only one loaded, or
the one the question names — otherwise it asks which, in one line), and answers. A missing or
unreadable fact is asked for in one line; the answer carries ``needs`` and a ``Pending`` the
conversation keeps, so the reply ("March 3, 2000", or a contract's name) completes the calculation.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from assistant.calculators import deadlines, limits
from assistant.calculators.annual_rate import yearly_rate
from assistant.calculators.holidays import public_holiday_date
from assistant.calculators.question import HolidayDate, Question, read
from assistant.calculators.result import CalcResult
from assistant.calculators.rules import Rules
from assistant.calculators.tools import TOOLS, Tool, binding_contracts, rules_for, run_tool
from assistant.calculators.triggers import Ask, Inputs, wants_date
from assistant.errors import DateOutOfRange, DomainError
from assistant.schema import Answer, Retrieved, ToolRun
from assistant.scope import Scope
from assistant.snapshot import Snapshot
from assistant.text import tokens
from ingest.structure import Contract

# Words in contract titles that do not tell one contract from another.
_GENERIC = frozenset(tokens(
    "contract agreement collective bargaining memorandum understanding union local employees employee association "
    "council between and the of for with inc mou cba labor labour relations state county city college university "
    "unit workers service services international brotherhood district"))


@dataclass(frozen=True)
class Pending:
    """A calculator question waiting for one fact; kept with the conversation."""

    question: str
    tool: str
    needs: tuple[str, ...]
    contract: str | None = None


# Money asked for: 'what should that pay me?', 'how much do I get paid', 'how much overtime pay', '$'.
_MONEY_ASKED = re.compile(r"\$|\bmoney\b|\bdollars\b|\bhow much\b[^.?!]{0,30}\b(?:pay|paid|make|earn|owed)\b|"
                          r"\bworth\b[^.?!]{0,20}\b(?:check|cheque|paycheck|paycheque|pay ?stub|stub)\b|"
                          # 'how much is that friday worth??' (not 'worth in hours')
                          r"\bhow much\s+(?:is|was|would|will|'s)\b[^.?!]{0,30}\bworth\b(?!\s+in\s+(?:hours|time|cto|credit))|"
                          r"\bwhat (?:should|will|would|does|do) (?:that|it|this|they|i) (?:pay|get paid|be paid|make|earn)\b|"
                          # 'what should the callback pay be?', 'What should the call-back pay me?'
                          r"\bwhat(?:'s|s| is| should| will| would)?\s+(?:the|my|that|this|his|her)\s+(?:[\w-]+\s+){0,2}pay\s+(?:me|him|her|us|be)\b",
                          re.I)


# Time asked for, not money: 'how much CTO', 'how much of it gets paid in cash' (a share of the hours).
_TIME_ASKED = re.compile(r"\b(?:cto|comp(?:ensating|ensatory)?\s+time|comp\b|time off|credit(?:ed)?|how much of)\b", re.I)


def _rate_wanted(q: Question, parsed: Any, result: CalcResult) -> bool:
    """Money asked for, a length of time computed, and the tool takes a rate the question did not give."""
    return result.primary is not None and result.primary.type in ("hours", "minutes") \
        and "hourly_rate" in type(parsed).model_fields and getattr(parsed, "hourly_rate", None) is None \
        and bool(_MONEY_ASKED.search(q.asked())) and not _TIME_ASKED.search(q.asked())


def _paid_in_money(snapshot: Snapshot, tool: str, params: dict[str, Any], scope: Scope | None) -> bool:
    """Whether a rate would turn this result into money (where the contract credits time, not pay, it would not);
    a tool that is told what is asked ('credited' hours or 'pay') is tried as asked for pay too."""
    tries: list[dict[str, Any]] = [{}] + ([{"ask": "pay"}] if params.get("ask") not in (None, "pay") else [])
    for asked in tries:
        try:
            _, priced = run_tool(snapshot, tool, {**params, **asked, "hourly_rate": 1.0}, scope)
        except DomainError:
            continue
        if priced.primary is not None and priced.primary.type == "money":
            return True
    return False


def _ask(tool: str, needs: list[str], message: str, question: str, contract: str | None,
         params: dict[str, Any] | None = None) -> tuple[Answer, Pending]:
    answer = Answer(answer=message, lead=message, needs=needs,
                    tool=ToolRun(name=tool, input=params or {}, output={"needs": needs,
                                                                        "primary": {"type": "needs", "value": needs}}))
    return answer, Pending(question=question, tool=tool, needs=tuple(needs), contract=contract)


def _state_the_rule(answer: Answer, rules: Rules, params: dict[str, Any], rule: dict[str, Any] | None = None) -> None:
    """A calculation asked without one of its facts whose rule is known: say the rule (quoted, cited)
    before asking for the fact — a steward asking 'what's the deadline for the Step 3 appeal?' gets the
    time limit at once, and the date when they give theirs; the rule is the step's, or the `rule` the
    tool's extraction names."""
    try:
        if rule is not None:
            step: dict[str, Any] = rule
        elif params.get("step") and params.get("track"):
            step = deadlines.step_of(rules, str(params["track"]), str(params["step"]))
        else:
            return
        citation = rules.cite(step)
    except DomainError:
        return
    name = step.get("label") or str(step.get("name") or step.get("vehicle") or "This rule").capitalize()
    said = f"{name}: “{citation.quote}” ({citation.label})."
    answer.answer = answer.lead = f"{said} {answer.answer}"
    answer.citations = [citation]
    answer.retrieved = [Retrieved(contract=citation.contract, section=citation.section, score=1.0)]


def render_tool_answer(tool: str, params: dict[str, Any], result: CalcResult) -> Answer:
    """A calculator's result as an Answer: the result first, what was assumed, the work, the notes
    and the rule quotes it used."""
    lines = [f"*{result.summary}*"]
    if result.assumptions:
        lines += [f"_Assumed: {a}_" for a in result.assumptions]
    lines += ["", "How it's worked out:"]
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
        lead=result.summary,
        citations=result.citations,
        tool=ToolRun(name=tool, input=params, output=result.model_dump(mode="json", exclude={"citations"})),
        retrieved=retrieved,
    )


def time_limit_answer(question: str, snapshot: Snapshot, answer: Answer, today: date,
                      scope: Scope | None = None) -> Answer | None:
    """When the answerer quotes a clause that states a time limit, and the question gives a date
    and asks by when: that date worked out from the clause (the `time_limit` tool). None otherwise,
    and the quoted answer stands."""
    if answer.outcome == "answered":
        quoted = answer.citations
    elif answer.outcome == "related":
        # only if that limit is plainly about what was asked (below); the second closest too, as a bulletin board's
        # 'notices' may rank above the clause whose notice has a window
        quoted = answer.closest[:2]
    else:
        return None
    if not quoted:
        return None
    quoted_contract = snapshot.contracts.get(quoted[0].contract)
    q = read(question, today, _calendar_of(quoted_contract))
    given = limits.start_date(q)
    if not wants_date(q):
        return None
    for citation in quoted:
        contract = snapshot.contracts.get(citation.contract)
        if contract is None or not contract.binding:
            continue  # guidance or news is quoted with its caveat, never counted from as if it bound anyone
        limit = limits.best_for(q, limits.limits_in(contract, citation.section, citation.clause or ""))
        if limit is None:
            continue
        if answer.outcome == "related" and len(limits.shared_words(q, limit)) < 2:
            return None
        given = limits.start_date(q, limit)
        fixed = limits.date_in(limit.counts_from)
        # 'prior to <a date>': the clause gives the date, and it is the one counted from whatever other date the question
        # tells (the agreement's first day, 'it ran from <start> to <end>')
        start = fixed or given
        if start is None:
            return None
        if fixed is not None:
            given = None
        period = limits.period_of(limit)
        if given is not None and period is not None:
            ending = limits.period_end(period, given)
            if ending is None:
                return None  # '… days after the end of the pay period': that end is not known from a day worked
            start = ending
        params = {"contract": citation.contract, "section": limit.section, "clause": limit.clause, "phrase": limit.phrase,
                  "start": start.isoformat(), "asked_on": today.isoformat(),
                  "from_action": given is not None and limits.asks_for_anchor(q, limit)}
        try:
            parsed, result = run_tool(snapshot, "time_limit", params, scope)
        except DomainError:
            return None
        rendered = render_tool_answer("time_limit", parsed.model_dump(mode="json", exclude_none=True), result)
        rendered.retrieved = answer.retrieved  # what retrieval found stays the record of the search
        return rendered
    return None


def candidates(q: Question) -> list[Tool]:
    """The tools that recognise the question, surest first."""
    scored = [(tool.score(q), order, tool) for order, tool in enumerate(TOOLS.values())]
    return [tool for score, _, tool in sorted(scored, key=lambda item: (-item[0], item[1])) if score > 0]


def detect(q: Question) -> Tool | None:
    """The tool surest it is asked, or None."""
    found = candidates(q)
    return found[0] if found else None


def _distinctive(contract: Contract) -> set[str]:
    """Words of a contract's names that can tell it apart, and word pairs such as 'unit 4'."""
    names = [contract.id.replace("-", " "), contract.title, contract.short_title, *contract.parties]
    words = set(tokens(" ".join(names)))
    found = {w for w in words if w not in _GENERIC and not w.isdigit() and len(w) >= 3}
    for name in names:
        raw = re.findall(r"[a-z0-9]+", name.lower())
        found |= {f"{a} {b}" for a, b in zip(raw, raw[1:], strict=False) if b.isdigit() and not a.isdigit()}
    return found


def _mentions(text: str) -> set[str]:
    raw = re.findall(r"[a-z0-9]+", text.lower())
    return set(tokens(text)) | {f"{a} {b}" for a, b in zip(raw, raw[1:], strict=False)}


def named_contract(snapshot: Snapshot, text: str, scope: Scope | None = None) -> str | None:
    """The one contract a text names (by id, or words of its title or parties no other contract shares)."""
    contracts = binding_contracts(snapshot, scope)
    lowered = text.lower()
    for contract in contracts:
        if contract.id in lowered:
            return contract.id
    words = _mentions(text)
    unique = _unique_words(tuple(contracts))
    hits = [contract.id for contract in contracts if unique[contract.id] & words]
    return hits[0] if len(hits) == 1 else None


_UNIQUE: dict[tuple[tuple[str, str], ...], dict[str, frozenset[str]]] = {}


def _unique_words(contracts: tuple[Contract, ...]) -> dict[str, frozenset[str]]:
    """Each contract's name words that no other of these contracts has; worked out once for a set
    of contracts (a build's), so a question does not compare every contract with every other."""
    key = tuple((c.id, c.sha256) for c in contracts)
    if key not in _UNIQUE:
        vocab = {c.id: _distinctive(c) for c in contracts}
        seen = Counter(word for words in vocab.values() for word in words)
        if len(_UNIQUE) >= 16:
            _UNIQUE.clear()
        _UNIQUE[key] = {cid: frozenset(w for w in words if seen[w] == 1) for cid, words in vocab.items()}
    return _UNIQUE[key]


def _which_contract(snapshot: Snapshot, scope: Scope | None) -> str:
    names = [f"{c.name} ({c.id})" for c in sorted(binding_contracts(snapshot, scope), key=lambda c: c.name)]
    listed = ", ".join(names[:-1]) + (f" or {names[-1]}" if len(names) > 1 else names[0] if names else "")
    return f"Which contract is this about: {listed}?"


def _is_calculation(q: Question, tool: Tool, snapshot: Snapshot, contracts: list[Contract]) -> bool:
    """Whether the question is a calculation under some loaded contract's rules (not a look-up the
    answerer quotes), before asking which contract it is about."""
    for candidate in contracts:
        try:
            rules = rules_for(snapshot, candidate.id, tool)
            if tool.extract(q.fresh(), rules) is not None:
                return True
        except DomainError:
            continue
    return False


# 'Is overtime paid after 8 hours or after 10 hours in a day?': two figures offered as alternatives ask which rule the
# contract has — the clauses' to answer — not for a sum of hours worked.
_ALTERNATIVE_HOURS = re.compile(r"\b\d+(?:\.\d+)?\s*(?:hours?|hrs?|h)?\s+or\s+(?:after\s+|over\s+|more than\s+|past\s+)?"
                                r"\d+(?:\.\d+)?\s*(?:hours?|hrs?|h)\b", re.I)


_RATE_WORD = r"(?:straight[- ]time|time and (?:a |one[- ])?half|time[- ]and[- ]a[- ]half|double(?:[- ]time)?|triple(?:[- ]time)?|1\.5x?|2x|3x)"
_ALTERNATIVE_RATES = re.compile(rf"\b{_RATE_WORD}\s+or\s+{_RATE_WORD}(?!\w)", re.I)  # 'double or triple?': which rate applies


# 'How much less do I get paid for the shift than if I worked straight through?': a difference between two cases,
# which no one calculator's figure is.
# A difference between two cases ('how much less … than', 'how much difference does that make', 'what's the
# difference between …'): one computed case would answer something else.
_COMPARED = re.compile(r"\bhow (?:much|many)\b[^.?!]{0,30}\b(?:less|more|fewer)\b[^.?!]*\bthan\b|"
                       r"\bhow much (?:of a )?difference\b|\bwhat(?:'s|s| is) the difference\b|"
                       r"\bdifference (?:does|would|will) (?:that|it|this) make\b", re.I)


def route(question: str, snapshot: Snapshot, scope: Scope | None = None, today: date | None = None,
          pending: Pending | None = None) -> tuple[Answer, Pending | None] | None:
    """(answer, pending or None) for a calculator question; None when it is not one (or cannot be
    computed from this contract's rules), so the answerer quotes the contract instead. ``scope``:
    the documents the question may draw on (its one contract, or several, or all)."""
    today = today or date.today()
    if pending is not None:
        resumed = _resume(question, snapshot, scope, today, pending)
        if resumed is not None:
            return resumed
    q = read(question, today, _holiday_calendar(snapshot, question, scope))
    tools = candidates(q)
    if not tools or _ALTERNATIVE_HOURS.search(q.asked()) or _ALTERNATIVE_RATES.search(q.asked()) or _COMPARED.search(q.asked()):
        return None
    if q.problems:
        raise DateOutOfRange(q.problems[0])  # one line: 'The date 9999-12-30 is out of range: give a date …'
    for tool in tools:  # the surest first; a tool that finds no calculation in it passes to the next
        routed = _route_to(tool, q, question, snapshot, scope)
        if routed is not None:
            return routed
    return None


def _holiday_calendar(snapshot: Snapshot, question: str, scope: Scope | None) -> HolidayDate:
    """Public holidays' dates in the calendar of the contract the question is about, when that is already
    known (the one asked about, named, or the only one), else in the default country's. The contract is looked
    for only when a question names a day from a holiday, so every other question pays nothing for it."""

    @cache
    def contract() -> Contract | None:
        chosen = (scope.contract if scope else None) or named_contract(snapshot, question, scope)
        if chosen is None:
            contracts = binding_contracts(snapshot, scope)
            chosen = contracts[0].id if len(contracts) == 1 else None
        return snapshot.contracts.get(chosen) if chosen else None

    return lambda name, year: public_holiday_date(name, year, contract())


def _calendar_of(contract: Contract | None) -> HolidayDate:
    return lambda name, year: public_holiday_date(name, year, contract)


def _route_to(tool: Tool, q: Question, question: str, snapshot: Snapshot,
              scope: Scope | None) -> tuple[Answer, Pending | None] | None:
    q = q.fresh()  # an extraction may add assumptions
    chosen = (scope.contract if scope else None) or named_contract(snapshot, question, scope)
    if chosen is None:
        contracts = binding_contracts(snapshot, scope)
        if len(contracts) == 1:
            chosen = contracts[0].id
        elif contracts and _is_calculation(q, tool, snapshot, contracts):
            return _ask(tool.name, ["contract"], _which_contract(snapshot, scope), question, None)
        else:
            return None
    try:
        rules = rules_for(snapshot, chosen, tool)
    except DomainError:
        return None  # no rules for this contract: answer from its text instead
    yearly = yearly_rate(q, rules)
    if yearly is not None:
        q.derived_rate = yearly.hourly  # 'annual rate of pay is $73,046.40': by the contract's definitions
    try:
        found = tool.extract(q, rules)
    except DomainError:
        return None
    if found is None:
        return None
    if isinstance(found, Ask):
        asked = _ask(tool.name, found.needs, found.question, question, chosen, found.params)
        _state_the_rule(asked[0], rules, found.params, found.rule)
        return asked
    assert isinstance(found, Inputs)
    try:
        parsed, result = run_tool(snapshot, tool.name, {**found.params, "contract": chosen}, scope)
    except DomainError:
        return None  # inputs the calculator refuses: answer from the text instead
    if yearly is not None and found.params.get("hourly_rate") == yearly.hourly:
        yearly.explain(result, rules)
    for assumption in q.assumptions:
        if assumption not in result.assumptions:
            result.assumptions.append(assumption)
    answer = render_tool_answer(tool.name, parsed.model_dump(mode="json", exclude_none=True), result)
    if _rate_wanted(q, parsed, result) and _paid_in_money(snapshot, tool.name, {**found.params, "contract": chosen}, scope):
        # 'what should that pay me?' with no rate: the hours of pay, and one line for the rate that turns them into money
        follow_up = "What is your hourly rate? I'll work it out in dollars."
        answer.answer = f"{answer.answer}\n\n{follow_up}"
        answer.needs = ["hourly rate"]
        return answer, Pending(question=question, tool=tool.name, needs=("hourly rate",), contract=chosen)
    return answer, None


# A bare time in reply to a question about one time, told as the story would have told it.
_TIME_REPLIES = {"next shift start": "My next shift started at {}.",  # 'what time did your next shift start?'
                 "call-back end": "I finished the work at {}."}  # 'what time did you finish the call-back work?'


def _resume(reply: str, snapshot: Snapshot, scope: Scope | None, today: date,
            pending: Pending) -> tuple[Answer, Pending | None] | None:
    """The reply to a one-line question: the missing fact, so the original question is answered."""
    namespace = scope.namespace if scope else ""
    if "contract" in pending.needs:
        chosen = (scope.contract if scope else None) or named_contract(snapshot, reply, scope)
        if chosen is None:
            return None
        return route(pending.question, snapshot, Scope((chosen,), namespace), today)
    need = pending.needs[0] if len(pending.needs) == 1 else ""
    said = re.match(r"\s*(?P<yes>yes|yeah|yep|yup|they did|i was)\b|\s*(?P<no>no|nope|nah|never|they didn'?t|i wasn'?t)\b",
                    reply, re.I)
    if need == "notice" and said:  # 'no' to 'were you told about this work before your last shift ended?'
        reply = "I was told before my shift ended." if said.group("yes") else "Nobody told me before my shift ended."
    if need in _TIME_REPLIES and re.fullmatch(r"\s*(?:at\s+|around\s+|about\s+)?\d{1,2}(?::?\d\d)?\s*(?:[ap]\.?m\.?)?\s*", reply,
                                              re.I):
        reply = _TIME_REPLIES[need].format(reply.strip())  # '6:30am' to 'what time did your next shift start?'
    if need == "hours worked" and (told := re.fullmatch(r"\s*(?:about\s+|around\s+)?(\d*\.?\d+)\s*(?:h|hrs?|hours?)?\s*\.?\s*", reply, re.I)):
        reply = f"I worked {told.group(1)} hours."  # '6' or '6 hours' to 'how many hours did you work on Saturday?'
    if need == "date learned" and len(tokens(reply)) <= 6:
        reply = f"I learned of it on {reply.strip().rstrip('.')}."  # 'November 16' to 'which date did you learn of it?'
    if need == "normal commute miles" and (told := re.fullmatch(r"\s*(?:about\s+|around\s+)?(\d*\.?\d+)\s*(miles?|mi|km|kilometres?|kilometers?)?"
                                                                r"(?:\s+each\s+way|\s+one\s+way)?\s*\.?\s*", reply, re.I)):
        reply = f"My normal commute is {told.group(1)} {told.group(2) or 'miles'} each way."  # '18' to 'how far is your commute?'
    if need == "effective date" and len(tokens(reply)) <= 6:
        reply = f"It takes effect on {reply.strip().rstrip('.')}."  # 'Dec 7' to 'on which date does it take effect?'
    if need == "date it was filed" and len(tokens(reply)) <= 6:
        reply = f"It was filed on {reply.strip().rstrip('.')}."  # 'Nov 16' to 'on which date was it filed?'
    bare = re.fullmatch(r"\s*(\$)?\s*(\d*\.?\d+)\s*", reply)
    if bare and re.search(r"\bper (?:mile|kilometre)\b", need):  # '0.70' to 'what was that rate per mile?'
        reply = f"${bare.group(2)} per {need.split()[-1]}"
    elif bare and re.search(r"\brate\b", need):  # '$28' or '28' to 'what is your hourly rate?'
        reply = f"${bare.group(2)} an hour"
    elif bare and need and not bare.group(1):  # '12' to 'how many shifts …?': the number is of the fact asked for
        reply = f"{bare.group(2)} {need}"
    q = read(reply, today, _calendar_of(snapshot.contracts.get(pending.contract) if pending.contract else None))
    own = detect(q)
    if own is not None and own.name != pending.tool and len(tokens(reply)) > 6:
        return None  # a new question, not the answer to ours
    if not (q.dates or q.amounts or q.clocks or (need in ("schedule", "notice") and len(tokens(reply)) <= 6) or re.search(r"\b(full|half|part)[- ]?time\b|\b\d+\s*/\s*\d+\b|"
                                                          r"\b\d{1,3}\s+(?:\w+\s+)?(?:shifts?|nights?|evenings?|days?|times?|"
                                                          r"semesters?|terms?|periods?)\b", reply, re.I)):
        return None  # no fact in it: a new question, answered as such
    combined = f"{pending.question}\n{reply}"
    kept = scope if scope is not None and scope.contract else (
        Scope((pending.contract,), namespace) if pending.contract else scope)
    routed = route(combined, snapshot, kept, today)
    if routed is None:
        return None
    answer, still = routed
    if answer.tool is None or answer.tool.name != pending.tool:
        return None
    return answer, still
