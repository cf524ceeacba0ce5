"""How each calculator is recognised in a plain-English question, and how its inputs are read from
the question's facts (``question.read``) and the contract's rules.

Every tool registers two functions here (see ``tools.TOOLS``): ``score(question)`` says how surely
the question is for this tool (0: not at all), and ``extract(question, rules)`` returns the tool's
inputs, or what is missing as one line to ask, or None when the question is not a calculation
after all (a look-up the answerer quotes instead). Step names, track names, relatives and vehicles
come from the contract's rules data, never from here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from fractions import Fraction
from typing import Any

from dateutil.relativedelta import relativedelta

from assistant.calculators import allowances, deadlines, limits, week
from assistant.calculators.annual_rate import YEARLY_PAY
from assistant.calculators.calendar import WEEKDAYS
from assistant.calculators.leave import monthly_vacation
from assistant.calculators.pay import premium_shift, shift_named
from assistant.calculators.question import (
    DAY_NAME,
    MONTH,
    MONTH_NAMES,
    NEGATORS,
    Amount,
    ClockFact,
    DateFact,
    Question,
    listed_total,
    number,
    read,
    sentence_at,
    step_mentions,
)
from assistant.calculators.question import STEP as STEP_WORD
from assistant.calculators.rules import Rules, longest_alias
from assistant.calculators.travel import area_rates
from assistant.calculators.vacation_pay import band_for
from assistant.text import tokens


@dataclass(frozen=True)
class Inputs:
    params: dict[str, Any]


@dataclass(frozen=True)
class Ask:
    needs: list[str]
    question: str
    params: dict[str, Any] = field(default_factory=dict)
    rule: dict[str, Any] | None = None  # the rules entry already known, stated (quoted, cited) before asking


Extraction = Inputs | Ask | None

CALC = re.compile(r"\btotal\s*\$(?!\d)|\b(?:ot|overtime)\s+pay\s*\?|\b(how much|how many|how long|calculate|compute|when is|when's|whens|what date|which date|last day|"
                  r"deadline|dead line|due|by when|latest date|latest|final (?:date|day)|will i (?:have|get|earn)|do i (?:actually |really |even |still )?(?:get|earn|have)|"
                  r"should i (?:actually |really |still |now )?(?:get|be)|balance|after|timeline|credited|paid|owed|"
                  r"how soon|until when|when do|when must|when should|when can|what's my|whats my|what is my|"
                  r"what (?:should|will|would|does|do)\b[^.?!]{0,30}\b(?:pay|come to)|what(?:'s| is|s) (?:the|my|her|his|their) (?:total |overtime |ot |right |correct |proper |actual )?(?:pay|gross|total)|"
                  r"what (?:should|would|will) (?:i|we|she|he|they) (?:of |have |'ve )?(?:got|gotten|get|receive|be paid|get paid)|total pay|"
                  # 'what does she actually get for the weekend?'
                  r"what (?:do|does|did) (?:i|we|she|he|they) (?:actually |really |even |still )?(?:get|receive)|"
                  # 'what should I see on my cheque for that day?'
                  r"what (?:should|will|would) (?:i|we|she|he|they) see on (?:my|our|her|his|their|the) (?:next )?"
                  r"(?:cheque|check|paycheck|paycheque|stub|pay ?stub|pay)|"
                  r"total (?:that )?(?:i|we|she|he|they) (?:should|would|will) (?:get|receive|be paid)|what should (?:it|that|this|they) be|pay total|"
                  r"what should (?:the|my|our|her|his) (?:[\w-]+\s+){1,3}be|"
                  r"what (?:do|did|will|would|should|does) (?:i|we|she|he|they) (?:make|earn|gross|clear))\b", re.I)
# 'grievant' / 'grievor' names the member, not a grievance: a steward's 'Grievant was ordered to work the holiday'
# asks about holiday pay.
# ('check on a file', 'the file': a document, not filing)
_GRIEVANCE = re.compile(r"\b(gri[e]?v(?!(?:ant|or)s?\b)\w*|greiv(?!(?:ant|or)s?\b)\w*|grievence|(?<!\ba )(?<!\bthe )(?<!\bher )(?<!\bhis )(?<!\bmy )file|filing|appeal\w*|informal\w*|apeal\w*|arbitrat\w*|step\s*\d|"
                        r"(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)[\s-]+(?:step|level)|level\s+\d|lvl\s*\d|"
                        r"(?:final|next)\s+(?:level|step)|"
                        r"step\s+(?:one|two|three|four|five)|out[- ]of[- ]class\w*|health and safety|unsafe|hazard\w*)\b", re.I)
# A step of a pay scale, not of the grievance procedure: 'pay group 1, step 2, at $31.33', 'step 4 of the salary schedule'.
_PAY_STEP = re.compile(r"\b(?:pay\s+|salary\s+|wage\s+)?(?:group|grade|range|band|class|level)\s*[\w-]+\s*,?\s*(?:and\s+)?step\s*\d+\b|"
                       r"\bstep\s*\d+\s+(?:of|on|in)\s+(?:the\s+|my\s+)?(?:pay|salary|wage)\b|\bstep\s*\d+\s*,?\s*(?:at|@)\s*\$", re.I)


def _grievance(text: str) -> bool:
    """Words of a grievance or an appeal, once the steps of a pay scale and a file that is a record are set aside."""
    return bool(_GRIEVANCE.search(_RECORD_FILE.sub(" ", _PAY_STEP.sub(" ", text))))


# A file that is a record, not filing: 'for the bargaining history file', 'in his personnel file', 'the case file'.
_RECORD_FILE = re.compile(r"\b(?:history|personnel|case|medical|training|employee|payroll|our|your|their|this|that)\s+files?\b", re.I)


_WANTS_DATE = re.compile(r"\b(deadline|dead line|last (?:working |business |calendar )?day|what date|which date|what day|(?:exact|actual) date|by when|due|latest date|"
                         r"(?:latest|final|last possible) day|how long do i have|(?:how|hw|hoe) long do (?:we|i|they) have|"
                         r"how much time|how many days|when (?:is|does|do|must|should|can|will)|when's|whens|until when|"
                         r"time limit|how soon|cutoff|cut-off|(?<!says )(?<!said )(?:i|we) (?:have|get|got) \d+ (?:calendar |working |business )?days|when (?:was|were) (?:she|he|they|it|the \w+|my \w+) (?:supposed|required|meant) to)\b", re.I)
_TIMELINE = re.compile(r"\b(timeline|all (?:the |my )?deadlines|every deadline|each deadline|schedule of deadlines|"
                       r"all the dates|full schedule)\b", re.I)
# 'Is there a timeline for the hearing?' asks whether the contract sets one, not for a member's own deadlines.
_TIMELINE_EXISTS = re.compile(r"\b(?:is|are) there (?:a|any)\s+(?:\w+\s+)?timelines?\b", re.I)
_DAYS_LEFT = re.compile(r"\bhow many (?:more )?days\b.{0,40}\b(left|remaining|still|do i (?:still )?have)\b|"
                        r"\bdays (?:left|remaining)\b", re.I)


_PERSONAL = re.compile(r"\b(i|i'm|im|i've|ive|i'd|my|me|we|our|us|grievant|member|employee|he|she|his|her|they|their)\b", re.I)
# A member's story told by someone else: 'a worker says her supervisor cut her', 'the member was written up'.
_STORY_SUBJECT = re.compile(r"\b(?:a|the|our|one of our)\s+(?:worker|member|employee|grievant|coworker|co-worker)s?\b[^.?!]{0,40}"
                            r"\b(?:says|said|was|got|had|is|claims|told)\b", re.I)
# A step's answer come back: 'first level reply came back denied', 'the step 2 decision was denied', 'level 1 answer arrived'.
_STEP_ANSWER_BACK = re.compile(r"\b(?:(?:step|level)\s*(?:\d|one|two|three|four|i{1,3}|iv)|(?:first|second|third|fourth)\s+(?:step|level))\s+"
                               r"(?:grievance\s+)?(?:reply|response|decision|answer)\s+(?:came back|was denied|came in|arrived|"
                               r"was received|denied|said no)\b", re.I)
_MINE = re.compile(r"\b(my|our|i|i'm|im|we|us)\b", re.I)
_RULE_QUESTION = re.compile(r"^\s*(is there|are there|can i|can we|may i|do i have to|does the|who|what happens|how is|how are|"
                            r"how do|how does|what is the (?:rule|policy|process)|is it)\b", re.I)


def _first_match(items: list[DateFact], *roles: str) -> DateFact | None:
    for role in roles:
        found = [d for d in items if d.role == role]
        if found:
            return found[-1]
    return None


# --- grievance deadlines ---------------------------------------------------------------------------------

def wants_date(q: Question) -> bool:
    """The asking part wants a date: 'what's the latest date they have to fix it?', 'by what date must …'."""
    return bool(_DATE_ASKED.search(q.asked()))


# A date asked for, not a length of time ('how many days …' is answered by the clause itself).
_DATE_ASKED = re.compile(r"\b(deadline|dead line|last day|(?:latest|earliest|soonest) (?:date|day)|what date|which date|what day|"
                         # 'whats the latest they have to get me the adjustment?'
                         r"(?:latest|earliest|soonest)\s+(?:they|we|i|you|he|she|it|the \w+)\s+(?:can|could|have|has|must|need|needs)\b|"
                         r"by when|due|until when|cutoff|cut-off|when(?:'s|’s|s)? the (?:earliest|soonest)|"
                         r"when (?:is|are|does|do|must|should|will|would|'s)\b(?!.*\bhow many\b))", re.I)


def _before_asked(q: Question) -> list[str]:
    """The sentences of the message before its asking part."""
    asked = q.asked()
    return [p for p in re.split(r"(?<=[.?!])\s+", q.text[:max(0, q.text.rfind(asked))]) if p.strip()] if asked else []


def _date_checked(q: Question) -> bool:
    """'… 14 days from that so dec 4 for the formal step 1 — right?': a date reckoned in the asking sentence, to be
    checked."""
    asked = q.asked()
    before = _before_asked(q)
    if before and len(asked.split()) <= 4:  # '… she has 14 days from the informal answer, so 12/14. that right?'
        asked = f"{before[-1]} {asked}"
    return bool(re.search(r"\b(?:right|correct)\W*$|\b(?:is|was) (?:that|this|it) (?:right|correct)\b", asked, re.I)
                and re.search(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"
                              r"\bthe\s+\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2}/\d{1,2}\b", asked, re.I))


def deadline_score(q: Question) -> float:
    if _TIMELINE.search(q.text):
        return 0.0
    # 'a worker says her supervisor cut her from the schedule … What's the deadline to raise it at Step One?': a
    # grievance step named in a member's story is a grievance, without the word
    story_step = bool(step_mentions(q.asked())) and bool(_STORY_SUBJECT.search(q.text)) or bool(
        # "Member's first level reply came back denied … what's the exact deadline date?": a step's answer received
        _STEP_ANSWER_BACK.search(q.text) and _WANTS_DATE.search(q.asked()))
    if not _grievance(q.text) and not story_step:
        # 'By when do I have to raise it with my supervisor?': a deadline asked in the contract's own words;
        # the extraction takes it only if those words are a time limit's action (see deadline_extract).
        return 1.0 if [d for d in q.dates if d.role != "condition"] and _WANTS_DATE.search(q.asked()) else 0.0
    wants = bool(_WANTS_DATE.search(q.text) or _DAYS_LEFT.search(q.text) or _date_checked(q))
    if [d for d in q.dates if d.role != "condition"] and (wants or CALC.search(q.text)):
        return 3.0
    if wants and (_MINE.search(q.text) or story_step) and re.search(r"\b(last day|what date|which date|by when|deadline date|"
                                                       r"(?:exact|actual|calendar) (?:due )?date|due date|"
                                                       r"when is (?:my|the|our) deadline|latest date|what's (?:my|our|the) deadline|"
                                                       r"whats (?:my|our|the) deadline|"
                                                       # 'when does she have to get back to us by?': the answer's due date
                                                       r"when (?:does|do|must|will|should) (?:she|he|they|management|the \w+|my \w+) "
                                                       r"(?:have to |need to |got to )?(?:get back to (?:me|us)|respond|answer|reply)\b[^.?!]{0,12}\bby)\b",
                                                       q.text, re.I):
        return 2.0  # 'When is my last day to file a grievance?': the date is asked for
    return 0.0


_NEED_NAMES = {"knowledge": "event date", "event": "event date", "response": "date the decision was received",
               "informal-response": "date of the informal decision", "filing": "date it was filed",
               "due": "date the decision was due", "meeting": "date of the meeting"}
_NEED_ASK = {
    "knowledge": "Which date did you learn of it? Give me the date (for example 'March 3, 2000') and I'll work out the deadline.",
    "event": "On which date did it happen? Give me the date (for example 'March 3, 2000') and I'll work out the deadline.",
    "response": "On which date did you receive the decision? Give me the date and I'll work out the deadline.",
    "informal-response": "On which date did you receive the informal decision? Give me the date and I'll work out the deadline.",
    "filing": "On which date was it filed (received by the other side)? Give me the date and I'll work out the deadline.",
    "due": "On which date was the decision due? Give me the date and I'll work out the deadline.",
    "meeting": "On which date was the meeting? Give me the date and I'll work out the deadline.",
}
# A meeting said to have been held: 'we had the Step 1 meeting with her supervisor', 'met with the manager'.
_MEETING_HELD = re.compile(r"\b(?:had|held|did)\s+(?:the|our|a|her|his|their|my)\s+(?:step\s*\w+\s+|informal\s+|first\s+)?"
                           r"(?:meeting|mtg)\b|\bmet\s+(?:with|w/)\b", re.I)
_FALLBACK_ROLES = {
    "knowledge": ("learned", "received", "unknown", "event", "start"),  # a denial received is when it was learned
    "event": ("event", "unknown", "learned", "start"),
    "response": ("received", "unknown"),
    "informal-response": ("received", "unknown"),
    "filing": ("filed", "unknown"),  # a decision received is not the filing it counts from
    "due": ("received", "unknown"),
    "meeting": ("unknown", "filed"),
    "other": ("unknown", "filed", "received", "learned", "event", "start"),
}


# 'I talked to my supervisor about it': the informal step, whatever the contract calls it.
_TALKED = re.compile(r"\b(?:talked|spoke|spoken|discussed it|met|sat down)\s+(?:to|with)\s+(?:my|the|our)\s+"
                     r"(?:immediate\s+)?(?:sup|supervisor|boss|manager|foreman)\b", re.I)


# 'If I wait till the last day to appeal and step 2 takes all its time, what date is the step 2 answer due?': the
# condition names steps on the way; the main clause after it names the one asked about.
_CONDITION = re.compile(r"\s*(?:if|say|suppose|supposing|assuming|assume|let's say|lets say)\b[^?]*?,\s*"
                        r"(?=(?:then\s+)?(?:what|when|by what|by when|how|which|whats|what's|is|does|do)\b)", re.I)


def _main_clause(asked: str) -> str:
    """The asking part without a leading condition ('If …, what is …?' → 'what is …?')."""
    found = _CONDITION.match(asked)
    return asked[found.end():] if found else asked


# A part that asks for a day: 'what is the last day to submit …?', 'by when …', 'deadline to …'.
_ASKS_A_DAY = re.compile(r"\b(?:last|final|latest) (?:day|date)\b|\bby when\b|\bwhat (?:date|day)\b|\bdeadline\b|\bdue\b|"
                         r"\bwhen (?:do|does|must|should|is|are|will|can)\b|\bhow (?:long|many days)\b", re.I)


def _asks_for_the_step(q: Question) -> str:
    """The part that asks about the step: the asking part, or where that asks no day ('… what is the last day to
    submit the formal grievance? Do Christmas and New Year's extend it?'), the last sentence before it that does."""
    asked = q.asked()
    before = _before_asked(q)
    if _ASKS_A_DAY.search(asked):
        # (a decision counted from is no action asked: '14 days from the sup's answer = dec 4?? whats the actual last day')
        acting = re.sub(r"\b(?:from|after|since)\s+(?:the\s+|her\s+|his\s+|their\s+|my\s+|our\s+)?(?:[\w']+\s+){0,2}?"
                        r"(?:answer|decision|response|reply)\b", " ", asked, flags=re.I)
        if before and deadlines.asked_action(acting) is None and not step_mentions(asked) and deadlines.asked_action(before[-1]) \
                and step_mentions(before[-1]):
            # '… we have 14 days from the 27th so dec 11 to file the formal step 1. can you confirm that's the last day?': the
            # day to check is the one the sentence before reckons, for its step
            return f"{before[-1]} {asked}"
        return asked
    return next((p for p in reversed(before) if "?" in p and _ASKS_A_DAY.search(p)), asked)


def _step_ask(q: Question) -> deadlines.StepAsk:
    asked = _main_clause(_asks_for_the_step(q))
    action = deadlines.asked_action(asked) or deadlines.asked_action(q.text)
    if action == "file" and re.search(r"\b(?:present|file|submit|send|put in|lodge)\s+(?:it|this|that)\b", asked, re.I) \
            and deadlines.asked_action(q.text) == "appeal":
        action = "appeal"  # 'wants to go to level 3. What is the last day to present it?': 'it' is the appeal
    if action == "appeal" and deadlines.asked_action(q.text) == "arbitrate" and re.search(
            r"\b(?:take|move|send|bring|push|appeal|go|advance)\w*\s+(?:it|this|the grievance|the case|that)?\s*to\s+arbitrat", q.text, re.I):
        action = "arbitrate"  # 'union wants to take it to arbitration. whats our last day to get the appeal in writing?
    if action == "file" and deadlines.asked_action(_asks_for_the_step(q)) == "arbitrate":
        action = "arbitrate"  # 'If we want arbitration, when's the written request due?': the request is arbitration's
    target = [level for level, at in step_mentions(asked)
              if action == "respond" or not re.match(r"[\w\s'-]{0,14}\b(decision|response|respon[cs]e|answer|reply|denial)\b",
                                                     asked[at:][len(STEP_WORD.match(asked[at:]).group(0)):]  # type: ignore[union-attr]
                                                     if STEP_WORD.match(asked[at:]) else "", re.I)]
    received = [d for d in q.dates if d.role == "received"]
    received_level: int | None = next((d.level for d in reversed(received) if d.level is not None), None)
    if received_level is None and action != "respond":
        for mentioned, at in step_mentions(q.text):
            named = STEP_WORD.match(q.text[at:])
            rest = q.text[at + (len(named.group(0)) if named else 0):at + 40]
            if re.match(r"[\w\s'-]{0,14}?\b(decision|response|respon[cs]e|answer|reply|denial)\b", rest, re.I):
                received_level = mentioned  # 'It was the 3rd step decision. I got it 6/1/2000.'
    if received_level is None:
        after = re.search(r"\b(?:after|got|received|recieved|have|had)\b[^.?!]{0,25}?\b(?:step|level)\s*(\d)\b[^.?!]{0,12}"
                          r"\b(?:response|decision|answer|reply)", q.text, re.I)
        if after:
            received_level = int(after.group(1))
    if received_level is None:  # 'they turned our step 3 grievance down', 'the step 2 appeal was denied'
        denied = re.search(r"\b(?:turned|shot)\s+(?:our|my|the|his|her|their|it)\s+(?:step|level)\s*(\d)\b[^.?!]{0,20}?\bdown\b|"
                           r"\b(?:step|level)\s*(\d)\b[^.?!]{0,25}?\b(?:was|got|were|been)\s+(?:denied|rejected|turned down)\b",
                           q.text, re.I)
        if denied:
            received_level = int(denied.group(1) or denied.group(2))
    if received_level is None and received and action in ("appeal", "arbitrate"):
        # 'We filed step 2 … Oct 13 … her written answer didn't land until Nov 16': the answer to the step filed before it
        filed = [d for d in q.dates if d.role == "filed" and d.level is not None and d.value <= received[-1].value]
        if filed and len({d.level for d in filed}) == 1:
            received_level = filed[-1].level
    informal = any(d.informal for d in received) or bool(re.search(r"\binformal\s+(?:decision|response|answer)", q.text, re.I)) or (
        # 'talked to my sup informally, got her answer back mon 11/23': with no step named, the answer is the informal one
        bool(received) and not step_mentions(q.text) and bool(re.search(r"\binformal(?:ly)?\b", q.text, re.I)))
    have = set()
    for d in q.dates:
        have.add({"learned": "knowledge", "event": "event", "received": "response", "filed": "filing"}.get(d.role, "other"))
    level = target[-1] if target else None
    if action == "respond":
        # 'on what date did the Step 1 response become due, after which we can move it to Step 2?': the step whose
        # response is named, not the one it leads to
        named_response = [lvl for lvl, at in step_mentions(asked) if STEP_WORD.match(asked[at:]) and re.match(
            r"[\w\s'-]{0,14}?\b(?:decision|response|respon[cs]e|answer|reply)\b",
            asked[at + len(STEP_WORD.match(asked[at:]).group(0)):], re.I)]  # type: ignore[union-attr]
        if named_response:
            level = named_response[-1]
    if action in (None, "respond") and received and not target and action is None:
        # what follows a decision received, none named: the formal grievance after an informal one, else an appeal
        action = "file" if informal and received_level is None else "appeal"
    if action == "respond" and received and not target and not re.search(r"\b(due|come|by when|have to respond|must respond|"
                                                                          r"latest)\b", asked, re.I):
        # 'I got the step 1 response, what's my deadline?'; after an informal answer, the formal grievance
        action = "file" if informal and received_level is None else "appeal"
    if action == "appeal" and received_level is None and not received and not target and not re.search(
            r"\b(?:decision|respon[cs]e|answer\w*|repl(?:y|ied|ies)|den(?:ial|ied|ies|ying|y)|turned down|reject\w*|step|level)\b",
            q.text, re.I):
        action = "file"  # 'got a 3 day suspension, how long do I have to appeal it?': with no decision to appeal from, contest it
    if action == "appeal" and level is None and received_level is not None:
        level = received_level + 1
    if action == "arbitrate" and level is None and received_level is not None:
        level = received_level + 1
    if action == "respond" and level is None and received_level is not None and any(
            d.role == "filed" and d.level is None and any(r.value <= d.value for r in received) for d in q.dates):
        level = received_level + 1  # 'Step 3 denial received 1/16; we appealed, logged in 2/5: response due?': to the appeal
    if action == "respond" and level is None:
        level = next((d.level for d in q.dates if d.role == "filed" and d.level is not None), None)
        if level is None:
            level = next((d.level for d in q.dates if d.level is not None), None)
    if action is None:
        action = "file"
    return deadlines.StepAsk(action=action, level=level, received_level=received_level, informal=informal,
                             mentions_informal=bool(re.search(r"\binformal", q.text, re.I) or _TALKED.search(q.text)),
                             mentions_formal=bool(re.search(r"\bformal\b", q.text, re.I)),
                             words=set(tokens(q.text)), have=have, asked_words=set(tokens(asked)),
                             clauses={(m.group("s"), (m.group("c") or m.group("c2")).lower()) for m in _CLAUSE_CITED.finditer(q.asked())})


# A clause cited by section and letter: '4.07(b)', 'Section 6.3 B', 'art. 12.4 (c)'.
_CLAUSE_CITED = re.compile(r"(?<![\d.$])(?P<s>\d{1,3}\.\d{1,3})\s*(?:\((?P<c>[a-z]{1,4})\)|(?P<c2>[A-Z])\b)", re.I)


_PARTY_STEMS = {"unio", "empl", "coll", "comp", "coun", "depa", "mana", "agen", "repr", "boar", "univ", "dist", "hall"}


_PAPERWORK_STEMS = frozenset({"subm", "writ", "requ", "file", "give", "send", "noti", "make", "prov", "must", "shal", "form"})


def deadline_extract(q: Question, rules: Rules) -> Extraction:
    if not rules.has("grievance", "tracks"):
        return None
    track = deadlines.track_for(rules, q.text)
    ask = _step_ask(q)
    step = deadlines.choose_step(rules, track, ask)
    # 'By what date should the Employer reply?' answered with the filing step's date, or 'when do we have to meet
    # to pick an arbitrator?' with a notice's, is a date for a question nobody asked: where the asking part names a
    # response, a meeting or arbitration and the best step the rules hold is something else, the clauses answer.
    named = deadlines.asked_action(_main_clause(_asks_for_the_step(q)))
    if named in ("respond", "meet", "arbitrate") and step.get("action") != named:
        return None
    if not _grievance(q.text):
        action_words = {w[:4] for w in tokens(" ".join([str(step.get("action_text", "")), *map(str, step.get("aliases", []))]))
                        if len(w) >= 4}
        # The parties ('union', 'employee', 'college') say who, not what must be done by when.
        # Ordinals say which, not what: 'my first bonus' shares nothing with 'the first level of appeal'.
        asking = q.asked()
        if re.search(r"^\W*(?:is|was)\s+(?:that|this|it)\s+(?:the|my|our|their)\s+(?:deadline|last day|due date)\b", asking, re.I):
            asking = q.text  # '… putting the Local's written notice in … so December 14. Is that the deadline?': the story's
        elif re.search(r"\b(?:do|doing|file|send|submit|raise)\s+(?:that|it|this)\b|"
                       r"\b(?:that|this)\s+(?:notice|letter|request|form|paperwork)\b", asking, re.I):
            # 'we want to raise it with my supervisor. what's the latest day we can do that?': what 'that' is ('… has to
            # give the contractor written notice of the difference first. What's the last day that notice can go in?')
            before = [p for p in re.split(r"(?<=[.?!])\s+", q.text[:q.text.rfind(asking)]) if p.strip()]
            asking = " ".join(before[-1:] + [asking])
        asked = {w[:4] for w in tokens(asking) if len(w) >= 4} - {"when", "date", "dead", "last", "time", "firs", "seco",
                                                                  "thir", "four", "fina", "next"} - _PARTY_STEMS
        requested = {m.group(1).lower()[:4] for m in re.finditer(r"\b([a-z]{4,})\s+requests?\b", q.text, re.I)} if re.search(
            r"\b(?:answer|approve|deny|respond|reply|get back)\b", q.asked(), re.I) else set()
        if requested - action_words - _PAPERWORK_STEMS - {"step", "meet", "writ", "form", "offi"}:
            return None  # 'put in a vacation request … when was she supposed to answer me by?': not the grievance step's answer
        if asked & {"answ", "repl"} or re.search(r"\bget back to\b", q.asked(), re.I):
            asked.add("resp")  # 'when does she have to answer me': a response's time limit
        # Compared by their first letters ('notice' and 'notify'); a shared verb of paperwork alone ('submit a written
        # request') does not make a travel request a grievance step: what is asked for must be shared too.
        if not (action_words & asked) - _PAPERWORK_STEMS:
            return None
        if step.get("section") and limits.closer_limit(q, rules.contract, str(step["section"])):
            return None  # another clause's time limit is what is asked about ('… pay the adjustment'): the clauses answer
    source = str(step.get("from", "knowledge"))
    roles = _FALLBACK_ROLES.get(source, _FALLBACK_ROLES["other"])
    if source == "informal-response":
        informal = [d for d in q.dates if d.role == "received" and d.informal]
        start = informal[-1] if informal else _first_match(q.dates, *roles)
    else:
        start = _first_match(q.dates, *roles)
    if start is not None and source == "filing" and start.role == "unknown" and re.search(
            r"\brequest", str(step.get("after", "")), re.I) and _MEETING_HELD.search(
            q.text[max(0, start.start - 70):start.start]) and not re.search(
            r"\b(?:request\w*|asked|filed|submitted|sent|wrote)\b", sentence_at(q.text, start.start), re.I):
        # 'we had the Step 1 meeting Oct 28' where the limit counts from the written request for that meeting: the
        # meeting's day is not the request's
        return Ask([_NEED_NAMES["filing"]], f"This time limit counts from {step['after']}, not from the meeting itself: "
                   "on which date was that? Give me the date and I'll work out the deadline.",
                   {"step": step["id"], "track": track})
    if start is not None and source == "filing" and start.role == "unknown" and _VAGUE_WHEN.search(q.text):
        # 'stopped paying … on thursday nov 12 … the BA emailed the contractor about it sometime last month (not sure what
        # day)': the day of the notice the limit counts from is the one the story cannot give
        return Ask([_NEED_NAMES["filing"]], _NEED_ASK["filing"], {"step": step["id"], "track": track}, rule=step)
    first = None
    at_limit = bool(_AT_LIMIT.search(q.text))  # the steps between are said to take all their time
    if start is None and at_limit:  # the day an earlier step's clock starts, the steps between at their limits
        start, first = next(((d, found) for d in q.dates if (found := _chain_start(q, rules, track, step, d))), (None, None))
    if start is None:
        # One date whose role the story leaves open is taken (and said so); one that is plainly something else
        # ('sup denied my step 1 today' when the step counts from the step 1 request) is not counted from.
        # (not the incident's day for a limit counted from a filing or notification: 'shorted … on Nov 12 … When's the
        # last day to submit the formal grievance?' under '21 days after the date of notification'; nor 'a job that started
        # Nov 9')
        if q.dates and source in ("response", "filing", "due") and len(q.dates) == 1 and not (
                source == "filing" and q.dates[0].role == "received") and not (
                source == "filing" and q.dates[0].role in ("event", "learned", "start") and not re.search(
                    r"\b(?:notif\w*|notice|raised|told|talked|spoke|filed|submitted|e-?mailed|sent|wrote|gave|handed|presented|"
                    r"brought|met)\b", sentence_at(q.text, q.dates[0].start), re.I)) and not _VAGUE_WHEN.search(q.text) and not (
                # 'came by mail, in an envelope postmarked Nov 16': the day it was sent, not the day it arrived
                source == "response" and re.search(r"\b(?:postmark\w*|post-marked|dated)\s*(?:on\s+)?(?:\w+,?\s+)?$",
                                                   q.text[max(0, q.dates[0].start - 30):q.dates[0].start], re.I)):
            start = q.dates[0]
        else:
            need = _NEED_NAMES.get(source, "event date")
            return Ask([need], _NEED_ASK.get(source, _NEED_ASK["knowledge"]),
                       {"step": step["id"], "track": track})
    if source == "knowledge" and start.role in ("event", "start", "unknown") and first is None \
            and not any(d.role == "learned" for d in q.dates) and _LEARNED_LATER.search(q.text):
        # 'the change was effective october 30 but i didnt notice til a while later': the limit counts from the day
        # learned, which the story puts after the day it happened without a date
        return Ask(["date learned"], _NEED_ASK["knowledge"], {"step": step["id"], "track": track}, rule=step)
    told_in = sentence_at(q.text, start.start)
    if first is None and re.search(r"\beffective\s+date\b", str(step.get("after") or ""), re.I) and re.search(
            r"\b(?:letter|notice|memo|e-?mail|handed|told|informed|notified)\b", told_in, re.I) and not re.search(
            r"\b(?:effective|takes?\s+effect|took\s+effect|starts?|started|starting|begins?|began|beginning|served|serving)\b",
            told_in, re.I):
        # 'HR handed me a letter yesterday giving me a 3 day unpaid suspension' under a limit counted from an effective
        # date: the day of the notice is not the day it takes effect, which is asked for
        return Ask(["effective date"], f"On which date does (or did) it take effect? The limit counts from "
                                       f"{step['after']}; give me that date and I'll work out the deadline.",
                   {"step": step["id"], "track": track}, rule=step)
    params: dict[str, Any] = {"start": _moment(start), "step": step["id"], "track": track}
    if first is None and at_limit:
        first = _chain_start(q, rules, track, step, start)
    if start.role not in roles[:1] and first is None:
        what = {"knowledge": "the day you learned of it", "event": "the day it happened",
                "response": "the day the decision was received", "filing": "the day it was filed"}.get(source)
        if what and len(q.dates) == 1:
            q.assumptions.append(f"I counted from {start.value:%B} {start.value.day}, {start.value.year} as {what}.")
    other = None
    if step.get("whichever"):
        other_roles = _FALLBACK_ROLES.get(str(step.get("from_other")), ("event",))
        other = _first_match([d for d in q.dates if d is not start], *other_roles[:2])  # the story's other date
    else:
        cap = rules.data["grievance"]["tracks"][track].get("cap")
        if cap and step["id"] in cap.get("applies_to", []):
            cap_roles = _FALLBACK_ROLES.get(str(cap.get("from")), ("learned",))
            if start.role != cap_roles[0]:  # counted from the day learned already: that is the cap's day too
                other = _first_match([d for d in q.dates if d is not start], *cap_roles[:2]) or _first_match(
                    # (a date told on its own, before the one counted from: the reply to the question below)
                    [d for d in q.dates if d is not start and d.value < start.value
                     and len(sentence_at(q.text, d.start).split()) <= len(d.text.split()) + 2], "unknown")
                if other is None and first is None and len(q.dates) == 1 and step.get("from") != cap.get("from"):
                    # 'got her answer on my informal grievance on nov 24. how long do i have?': the limit may never pass the
                    # cap counted from the day learned, which the story does not give; that day is asked for
                    need = str(cap.get("from"))
                    return Ask([_NEED_NAMES.get(need, "event date")], f"{_NEED_ASK.get(need, _NEED_ASK['knowledge'])} The "
                               f"deadline can never be later than {cap['amount']} {str(cap['unit']).replace('_', ' ')} after "
                               f"{cap.get('label') or 'that day'}.", params, rule=cap | {"label": "The limit's cap"})
    if other is None and first is None and (step.get("whichever"), start.role) in (("earlier", "learned"), ("later", "event")):
        # 'on Nov 30 we figured out the contractor hasn't been paying …' under 'from the incident or when aware, whichever
        # is earlier': the day it happened is on or before the day learned, so it may well be the earlier one; counting
        # from the day learned alone could give a deadline that has already passed
        need = "event" if step["whichever"] == "earlier" else "knowledge"
        return Ask([_NEED_NAMES[need]], f"{_NEED_ASK[need]} The contract counts from {step.get('after') or 'two dates'}, "
                   f"whichever is {step['whichever']}.", params, rule=step)
    if other is not None:
        params["event_date"] = other.value.isoformat()
    if first is not None:  # 'got my step 1 denial Nov 23; if I wait till the last day to appeal and step 2 takes …'
        params["chain_from"] = first
    elif source in ("response", "due") and at_limit and start.role != "received":
        params["decision_at_limit"] = True  # 'appealed Sept 5; if they take every day they're allowed …'
    elif source == "due":  # 'step 2 meeting was Feb 4 … the decision didn't show up till Feb 26'
        earlier = [d for d in q.dates if d is not start and d.value < start.value]
        # 'Our Step 2 meeting … took place on Wednesday, November 4': the day the decision's own clock started, before a
        # date whose role the story leaves open (not 'I've been counting … which gives me December 22')
        # ('filed step 2 … Oct 13 and she met with us … on Thursday Oct 22': the date the meeting words lead to, before one
        # that only shares their sentence)
        met = r"\b(?:meeting|met|meet|hearing|conference)\b"
        since = next((d for d in earlier if re.search(met + r"[^.?!\d]{0,50}$", q.text[max(0, d.start - 60):d.start], re.I)), None) \
            or next((d for d in earlier if re.search(met, sentence_at(q.text, d.start), re.I)), None) \
            or _first_match(earlier, "unknown", "filed")
        if since is not None:
            params["decision_from"] = since.value.isoformat()
        elif start.role == "received" and len(q.dates) == 1 and (
                response := deadlines.response_step(rules, track, step)) is not None and response.get("after"):
            # 'We got the written Step 2 decision on October 9. When's our deadline to appeal to arbitration?': counted
            # from the day it was due or received, whichever is earlier, and a late decision was due before it came
            return Ask([_NEED_NAMES.get(str(response.get("from")), "date the decision's time limit started")],
                       f"On which date was {response['after']}? The decision was due {response['amount']} "
                       f"{str(response['unit']).replace('_', ' ')} after it, and the count starts from the day it was due or "
                       f"received, whichever is earlier.", params, rule=step)
    if _DAYS_LEFT.search(q.text):
        params["ask"] = "days_left"
    params["asked_on"] = q.today.isoformat()
    return Inputs(params)


# The decision is said to come on the last day it may: 'if the manager takes every day they're allowed',
# 'answers on the last allowed day', 'waits the full time', 'uses every day it has', 'wait til the last day'.
_AT_LIMIT = re.compile(r"\btak(?:e|es|ing)\s+(?:every|all (?:the|their)|the (?:full|whole|max\w*))\s+(?:day|days|time)\b|"
                       r"\blast (?:allowed|possible|permitted) day\b|\b(?:wait|waits|use|uses)\s+(?:the |all (?:the |their )?)?"
                       r"(?:full|whole|max\w*)\s+(?:time|period|days)\b|\b(?:use|uses|using|take|takes|taking)\s+every\s+"
                       r"(?:single\s+)?day\b|\b(?:wait|waits|waiting)\s+(?:until|till|til|to)\s+the\s+(?:very\s+)?last\s+day\b|"
                       r"\bon the (?:very\s+)?last day (?:allowed|(?:we|they|he|she|i)(?:'re| are| am|'m)? allowed|"
                       r"(?:we|they|he|she|i) (?:can|may|could))\b|"
                       r"\b(?:decision|response|answer|reply)\s+(?:never|doesn'?t|does not)\s+(?:comes?|arrives?|shows? up)\b|"
                       r"\b(?:they|management|he|she)\s+never\s+(?:answers?|respond|responds|repl(?:y|ies))\b", re.I)


def _chain_start(q: Question, rules: Rules, track: str, step: dict[str, Any], start: DateFact) -> str | None:
    """Where a chain of steps, each on its last allowed day, starts: the step whose clock starts on the
    day the question gives. The day's own words say which: what it counts from ('got my step 1 denial'
    names an anchor 'after receipt of the step 1 decision') or what was done on it (the step after 'the Step 2
    meeting is set for …' starts that day). Of the steps it fits, the earliest, since the steps the member
    says will take all their time come between. None when the day starts the step asked about itself."""
    chain = deadlines.chain_to(rules, track, str(step["id"]))
    if len(chain) < 2:
        return None
    sentence_start = max((m.end() for m in re.finditer(r"[.?!;]\s", q.text[:start.start])), default=0)
    sentence_end = next((start.end + m.start() for m in re.finditer(r"[.?!;](?:\s|$)", q.text[start.end:])), len(q.text))
    context = deadlines.chain_stems(q.text[sentence_start:sentence_end])
    for order, candidate in enumerate(chain):
        anchor = deadlines.chain_stems(str(candidate.get("after", "")))
        if candidate.get("from") in ("knowledge", "event") and (start.role in ("learned", "event") or "know" in context):
            return None if order == len(chain) - 1 else str(candidate["id"])
        # What the anchor counts from (a decision, an appeal, a notice, a meeting) should be what the day's words name;
        # where they name something else too, more of the anchor must be named ('received our formal Step 2 grievance
        # on …, and held the Step 2 meeting on the last day allowed' is the receipt of the formal grievance).
        same = deadlines.objects(anchor) == deadlines.objects(context)
        if deadlines.objects(anchor) <= deadlines.objects(context) and \
                deadlines.names(anchor, context, received=True) >= (1 if same else 2):
            return None if order == len(chain) - 1 else str(candidate["id"])
        done = deadlines.action_stems(candidate)
        verb = deadlines.ACTION_STEM.get(str(candidate.get("action")))
        if verb in context and deadlines.names(done, context) >= 2 and order + 1 < len(chain):
            return None if order + 1 == len(chain) - 1 else str(chain[order + 1]["id"])
    return None


# The story says the day it counts from is not known: 'it showed up sometime last week, I didn't really look at the
# date', 'not sure what day I got it'. The one date it does give is then no stand-in for it.
# Learned of it later than it happened, no date said: 'didnt notice til a while later', 'only found out weeks later'.
_LEARNED_LATER = re.compile(r"\b(?:notic\w*|found out|realiz\w*|realis\w*|learn\w*|caught|spotted|saw|figured)\b[^.?!\d]{0,25}"
                            r"\b(?:a while|a bit|some time|sometime|a few (?:days|weeks)|weeks|days|much)\s+(?:later|after)\b|"
                            r"\b(?:later|after)\s+(?:on\s+)?when\s+(?:i|we|she|he|they)\s+(?:was|were|went|looked|checked)\b", re.I)
_VAGUE_WHEN = re.compile(r"\b(?:sometime|some time|at some point)\s+(?:last|this|that|the other|earlier this)\s+(?:week|month)\b|"
                         r"\b(?:didn'?t|did not|don'?t|do not|never)\s+(?:really\s+)?(?:look at|check|note|notice|write down|remember|"
                         r"know)\s+(?:the\s+|what\s+|which\s+)?(?:date|day)\b|\bnot sure (?:what|which) (?:day|date)\b|"
                         r"\b(?:not sure|no idea|can'?t remember|don'?t remember) when\b", re.I)


def _moment(fact: DateFact) -> str:
    if fact.at:
        return f"{fact.value.isoformat()}T{fact.at}"
    return fact.value.isoformat()


def timeline_score(q: Question) -> float:
    if _TIMELINE_EXISTS.search(q.text) and not q.dates:
        return 0.0
    return 4.0 if _TIMELINE.search(q.text) and (q.dates or _grievance(q.text)) else 0.0


def timeline_extract(q: Question, rules: Rules) -> Extraction:
    if not rules.has("grievance", "tracks"):
        return None
    track = deadlines.track_for(rules, q.text)
    start = _first_match(q.dates, "learned", "unknown", "event", "received", "filed")
    if start is None:
        return Ask(["event date"], _NEED_ASK["knowledge"], {"track": track})
    return Inputs({"start": start.value.isoformat(), "track": track})


# --- leave -----------------------------------------------------------------------------------------------

_LEAVE = re.compile(r"\b(vacation|vacay|vac|vaca|sick (?:leave|time|hours|days)|sick|accru\w*|acrue\w*|leave credits?|annual leave|"
                    r"bereavement|funeral|died|passed away|death|pto|paid time off)\b", re.I)
_BEREAVEMENT = re.compile(r"\b(bereavement|funeral|died|passed away|passed|death|deceased|lost my)\b", re.I)


_DIED = re.compile(r"\b(died|passed|passed away|death of my|lost my|funeral for my|funeral of my|is dead|deceased)\b", re.I)


# 'how many hours of that leave do I have left this fiscal year?'
_LEFT_ASKED = re.compile(r"\bhow many (?:more\s+)?(?:hours|hrs|days)\b[^.?!]{0,40}\b(?:left|remaining|remain)\b|"
                         r"\b(?:hours|hrs|days)\b[^.?!]{0,10}\b(?:left|remaining)\b", re.I)


def leave_score(q: Question) -> float:
    by_percent = vacation_pay_score(q)
    if by_percent:
        return by_percent
    if _LEFT_ASKED.search(q.asked()) and re.search(r"\bleave\b", q.text, re.I) and q.amounts_in("hours"):
        return 2.5  # what is left of a leave capped by the year, after the hours used
    if _DIED.search(q.text) and re.search(r"\bhow (much|many|long)\b|\bwhat do i get|\bdo i get\b|\bbereavement (?:hours|days|pay)",
                                          q.text, re.I):
        return 2.5
    if not _LEAVE.search(q.text) or not CALC.search(q.text) or _DIED.search(q.text):
        return 0.0
    if _RULE_QUESTION.search(q.text) and not q.amounts_in("months", "years"):
        return 0.0
    if _grievance(q.text) and re.search(r"\bgri[e]?v|\bappeal|\barbitrat", q.text, re.I):
        return 0.0
    return 2.5


def _time_base(q: Question) -> str | None:
    lowered = q.lowered
    match = re.search(r"\b(\d{1,2})\s*/\s*(\d{1,2})(?:\s*|-)(?:time|time base|timebase)\b", lowered) or \
        re.search(r"\btime\s*base\s*(?:of|is|:|(?:was\s+|got\s+|been\s+)?(?:changed|cut|moved|reduced|dropped)?\s*(?:to|at))?\s*"
                  r"(\d{1,2})\s*/\s*(\d{1,2})\b", lowered)
    if match:
        value = Fraction(int(match.group(1)), int(match.group(2)))
        return "full" if value == 1 else f"{value.numerator}/{value.denominator}"
    if re.search(r"\bhalf[- ]?time\b", lowered):
        return "1/2"
    # 'a permanent three-quarter-time employee', 'four-fifths time'
    worded = re.search(r"\b(one|a|two|three|four)[- ]?(quarters?|fourths?|thirds?|fifths?)[- ]?(?:time|time base)\b", lowered)
    if worded:
        numerator = {"one": 1, "a": 1, "two": 2, "three": 3, "four": 4}[worded.group(1)]
        denominator = {"q": 4, "f": 4 if worded.group(2).startswith("fou") else 5, "t": 3}[worded.group(2)[0]]
        if numerator < denominator:
            return f"{numerator}/{denominator}"
    match = re.search(r"\b(\d{2})\s*(?:%|percent)\s*(?:time)?", lowered)
    if match and re.search(r"time|part", lowered):
        value = Fraction(int(match.group(1)), 100)
        return f"{value.numerator}/{value.denominator}"
    if re.search(r"\bpart[- ]?time\b", lowered):
        return None
    return "full"


_MONTH_YEAR = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+((?:19|20)\d\d)\b", re.I)
_MONTH_INDEX = {name[:3]: index for index, name in enumerate(MONTH_NAMES, 1)}
_ANNIVERSARY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\s+(?:year\s+)?anniver", re.I)  # ('8th anniversery')


_FTE = re.compile(r"(?<![\w.])(0?\.\d+|1(?:\.0+)?)\s*fte\b|\bfte\s*(?:of|is|:|(?:was\s+)?(?:dropped|went|changed|cut|reduced|"
                  # ('her budgeted FTE dropped to 0.5')
                  r"increased|raised|rose|moved|bumped)\s+(?:down\s+|up\s+|back\s+)?to)?\s*(0?\.\d+|1(?:\.0+)?)\b|\b(\d{2})\s*%", re.I)


_PAY_PERIODS = re.compile(r"\b(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                          r"(?:more\s+|full\s+|bi-?weekly\s+)?(?:pay\s?[\u200b]?\s*periods?|pay\s?(?:checks?|cheques?|days?))\b",
                          re.I)  # ('2 more paychecks before my trip')
_UNPAID_PERIODS = re.compile(r"\b(?:leave\s+)?without\s+pay\b[^.?!]{0,40}?\b(?:entire|whole|full|all\s+of\s+(?:a|the))\s+"
                             r"pay\s?periods?\b(?:\s+(?P<times>once|twice|\d+\s+times|(?:one|two|three|four)\s+times))?", re.I)
_BALANCE = re.compile(r"\b(?:balance|bank|banked|have|got|shows(?=\s+\d))\b[^.?!]{0,20}?\b(?P<h>\d{1,4}(?:\.\d+)?)\s*(?:hours|hrs|h)\b|"
                      r"\b(?P<h2>\d{1,4}(?:\.\d+)?)\s*(?:hours|hrs|h)\s+(?:of\s+\w+\s+)?(?:in the bank|banked|on the books)", re.I)


def _periods(q: Question) -> int | None:
    """How many pay periods the question spans: 'over the next six pay periods', 'those 10 pay periods'."""
    found = _PAY_PERIODS.search(q.text.replace("\u200b", ""))
    return int(number(found.group("n"))) if found else None


def _unpaid_periods(q: Question) -> int:
    """Pay periods spent entirely without pay: 'on leave without pay for the entire pay period once'."""
    found = _UNPAID_PERIODS.search(q.text)
    if not found:
        return 0
    times = (found.group("times") or "once").lower()
    return 1 if times == "once" else 2 if times == "twice" else int(number(times.split()[0]))


def _pay_period_extract(q: Question, leave: str = "vacation") -> Extraction:
    """Service and FTE for leave earned each pay period ('0.5 FTE … 4 years of continuous service'), over
    how many periods, those without pay, and the balance to add it to."""
    periods, unpaid = _periods(q), _unpaid_periods(q)
    balance = _BALANCE.search(q.text)
    extra: dict[str, Any] = {"leave": leave}
    if periods is not None:
        extra.update({"periods": periods, "unpaid_periods": min(unpaid, periods)})
    # ('My stub shows 112.25 hours of vacation': the leave may be named right after the figure)
    if balance is not None and leave in q.text[max(0, balance.start() - 40):balance.end() + 15].lower():
        extra["balance_hours"] = float(balance.group("h") or balance.group("h2"))
        if re.search(r"\b(?:lose|losing|lost|forfeit\w*|over the (?:cap|max\w*)|above the (?:cap|max\w*)|wasted?)\b",
                     q.asked(), re.I):
            extra["ask"] = "cap_month"  # 'how many hours of accrual will I lose to the cap?': what goes over it
    months, note = _service_months(q)
    if months is None and leave == "vacation":
        return Ask(["months of service"], "How long have you worked here (for example '18 months' or '4 years')?",
                   {"kind": "pay_period", **extra})
    if note:
        q.assumptions.append(note)
    found = _FTE.search(q.text)
    fte = 1.0
    if found:
        fte = float(found.group(1) or found.group(2)) if not found.group(3) else int(found.group(3)) / 100
    elif re.search(r"\bhalf[- ]?time\b", q.text, re.I):
        fte = 0.5
    elif re.search(r"\b(?:to|now|went|became)\s+full[- ]?time\b", q.text, re.I):
        fte = 1.0  # 'switched from part time to full time'
    elif re.search(r"\bpart[- ]?time\b", q.text, re.I):
        return Ask(["FTE"], "What is your budgeted FTE (for example 0.5 or 0.75)?",
                   {"kind": "pay_period", "months_of_service": months, **extra})
    stretches = _fte_stretches(q)
    if stretches is not None and extra.get("periods") is not None and "balance_hours" not in extra:
        # '5 pay periods at 1.0 FTE, then her FTE dropped to 0.5 and she worked 5 more … over those 10 pay periods?'
        return Inputs({"kind": "pay_period", "months_of_service": months, "leave": leave,
                       "fte_stretches": [{"periods": n, "fte": f} for n, f in stretches]})
    return Inputs({"kind": "pay_period", "months_of_service": months, "fte": fte, **extra})


def _fte_stretches(q: Question) -> list[tuple[int, float]] | None:
    """Stretches of pay periods each told with its own FTE, paired in the order told ('worked 5 pay periods at 1.0 FTE,
    then her budgeted FTE dropped to 0.5 and she worked 5 more pay periods'); a total referred back to ('those 10 pay
    periods') is none of them. None unless two or more of each are told, as many FTEs as counts."""
    text = q.text.replace("\u200b", "")
    counts = [m for m in _PAY_PERIODS.finditer(text)
              if not re.search(r"\b(?:those|these|the|all|over|next|total\s+of)\s*$", text[max(0, m.start() - 12):m.start()], re.I)]
    ftes = list(_FTE.finditer(text))
    if len(counts) == 1 and len(ftes) >= 2:
        # 'over the last six pay periods she was 1.0 FTE for the first two, then 0.75 FTE for the last four': the
        # total's parts, each told with its FTE
        parts = [m for m in re.finditer(r"\b(?:first|last|next|remaining|other|final)\s+(?P<n>\d{1,2}|one|two|three|four|five|six|"
                                        r"seven|eight|nine|ten|eleven|twelve)\b(?!\s*(?:pay|years?|months?|weeks?|days?|hours?|hrs?)\b)",
                                        text[counts[0].end():], re.I)]
        if len(parts) == len(ftes) and sum(number(m.group("n")) for m in parts) == number(counts[0].group("n")) \
                and all(f.start() > counts[0].end() for f in ftes):
            pieces = [(int(number(m.group("n"))), _fte_value(f)) for m, f in zip(parts, ftes, strict=True)]
            return pieces if all(0 < value <= 1 for _, value in pieces) else None
    if len(counts) < 2 or len(counts) != len(ftes):
        return None
    stretches = []
    for count, fte in zip(counts, ftes, strict=True):
        value = _fte_value(fte)
        if not 0 < value <= 1:
            return None
        stretches.append((int(number(count.group("n"))), value))
    total = _PAY_PERIODS.search(q.asked())
    if total is not None and int(number(total.group("n"))) != sum(n for n, _ in stretches):
        return None  # the total asked about is not the stretches told: which periods count is unclear
    return stretches


def _fte_value(fte: re.Match[str]) -> float:
    return float(fte.group(1) or fte.group(2)) if not fte.group(3) else int(fte.group(3)) / 100


_FROM_THROUGH = re.compile(r"\bfrom\b[^.?!]{3,25}\b(?:through|thru|until|till|to)\b", re.I)


def _vacation_year_extract(q: Question, rules: Rules) -> Extraction:
    """'My 8th anniversary is in October 2020 … how many hours over the 2020-2021 vacation year?',
    'I started in June 2012 … in the April 2020 – March 2021 vacation year?': the month service began
    (from a start month, or an anniversary's month less its years) and the vacation year asked."""
    first = int(rules.get("leave", "vacation_year").get("start_month", 1))
    months = [(m, date(int(m.group(2)), _MONTH_INDEX[m.group(1).lower()[:3]], 1)) for m in _MONTH_YEAR.finditer(q.text)]
    anniversary = _ANNIVERSARY.search(q.text)
    start: date | None = None
    if anniversary:
        # 'is in October 2020', or a day written in full: 'my 8th anniversary of service is sept 14 2026'
        # (the nearer one: 'was sept 14, 2026 … for this vacation year (the apr 2026 - mar 2027 one)' is September's)
        told = sorted([(m.start(), d) for m, d in months if m.start() > anniversary.end()]
                      + [(d.start, d.value) for d in q.dates if anniversary.end() <= d.start <= anniversary.end() + 40],
                      key=lambda pair: pair[0])
        after = [d for _, d in told]
        month_only = re.match(r"[^.?!]{0,25}?\b(?P<past>was|passed|hit|past|last)?\b[^.?!]{0,12}?\b(?P<m>jan|feb|mar|apr|may|jun|jul|aug|"
                              r"sep|oct|nov|dec)[a-z]*\b(?!\.?,?\s*\d)", q.text[anniversary.end():], re.I)
        if not after and month_only and month_only.group("past"):
            # 'my 8th anniversary of service was this past september': the most recent such month
            month = _MONTH_INDEX[month_only.group("m").lower()[:3]]
            after = [date(q.today.year - (month > q.today.month), month, 1)]
        if after:
            start = date(after[0].year - int(anniversary.group(1)), after[0].month, 1)
    else:
        # the service date written in full ('I started here March 15 2019'), else a month and year said after a word of
        # starting ('started in June 2012'; not the vacation year's 'apr 2026' after 'started … sept 21 2018')
        cue = r"\b(?:service date|start\w*|hired|began|joined|came on|became an employee|seniority date)\b[^.?!]{0,25}$"
        begun = next((d for d in q.dates if d.role == "start" or re.search(cue, q.text[max(0, d.start - 40):d.start], re.I)),
                     None)
        if begun is not None:
            start = date(begun.value.year, begun.value.month, 1)
        elif months and re.search(cue, q.text[max(0, months[0][0].start() - 40):months[0][0].start()], re.I):
            start = months[0][1]
    through: date | None = None
    opening = next((d for d in q.dates if d.value.month == first and d.value.day == 1 and
                    re.search(r"\bfrom\s+$", q.text[max(0, d.start - 6):d.start], re.I)), None)
    if opening is not None:  # 'from April 1, 2026 through November 30, 2026': part of a vacation year
        begun = next((d for d in q.dates if d.start < opening.start and (d.role == "start" or re.search(
            r"\b(service date|start\w*|hired|began|joined|seniority date)\b", q.text[max(0, d.start - 40):d.start], re.I))), None)
        if begun is not None and not anniversary:  # the service date written in full, not a month-year found later
            start = date(begun.value.year, begun.value.month, 1)
        end = next((d.value for d in q.dates if d.start > opening.start), None) or next(
            (d for m, d in months if m.start() > opening.start), None)
        if end is not None and re.search(r"\b(through|thru|until|till|to)\b", q.text[opening.start:], re.I):
            through = end
    if start is None:
        spec = rules.get("leave", "vacation_year")
        return Ask(["service start"], "In which month and year did your service begin (or your last anniversary)?",
                   rule=dict(spec["earning"]) | {"label": "Vacation credits"} if "earning" in spec else None)
    if through is not None and opening is not None:
        opened = opening.value.year
        missed = _months_not_earned(q, opened, first) if "earning" in rules.get("leave", "vacation_year") else []
        return Inputs({"kind": "vacation_year", "start_date": start.isoformat(), "vacation_year": opened,
                       "through": through.isoformat(), "one_time": _one_time_counted(q)}
                      | ({"months_not_earned": missed} if missed else {}))
    # (in the asking part only: 'on leave jan thru mar 2026 … this vacation year?' asks the year)
    span_months = _MONTHS_ASKED.search(q.text, q.asked_at()) if q.asked_at() >= 0 else None
    if span_months is not None:
        # 'how many vacation hrs will i earn jan thru june 2027?': the months asked, whichever vacation years they fall in
        a, b = (_MONTH_INDEX[span_months.group(g).lower()[:3]] for g in ("a", "b"))
        b_year = int(span_months.group("yb") or span_months.group("ya") or 0) or None
        a_year = int(span_months.group("ya")) if span_months.group("ya") else (b_year - (a > b) if b_year else None)
        if a_year is not None and b_year is not None and date(a_year, a, 1) <= date(b_year, b, 1):
            since = date(a_year, a, 1)
            return Inputs({"kind": "vacation_year", "start_date": start.isoformat(), "vacation_year": a_year - (a < first),
                           "from_month": since.isoformat(), "through": date(b_year, b, 1).isoformat(),
                           "one_time": _one_time_counted(q)})
    asked_at = q.asked_at()
    one_month = next((d for m, d in months if d != start and 0 <= asked_at <= m.start() and re.search(
        r"\b(?:for|in|during)\s+(?:the\s+month\s+of\s+)?$", q.text[max(0, m.start() - 25):m.start()], re.I) and not re.search(
        r"^[^.?!]{0,6}\b(?:through|thru|to|until|till)\b|^\s*[-–]", q.text[m.end():], re.I)), None)
    if one_month is not None and not re.search(r"\bvacation\s+year\b|\bby\s+(?:the\s+)?(?:end|start)\b", q.asked(), re.I):
        # 'how many vacation hrs will I earn for january 2027?': one month's credit, in the vacation year it falls in
        its_year = one_month.year - (one_month.month < first)
        return Inputs({"kind": "vacation_year", "start_date": start.isoformat(), "vacation_year": its_year,
                       "from_month": one_month.isoformat(), "through": one_month.isoformat()})
    year = next((d.year for m, d in months if d.month == first and d != start), None)
    span = re.search(r"\b((?:19|20)\d\d)\s*[-–/]\s*(?:(?:19|20)?\d\d)\b", q.text)
    if span:
        year = int(span.group(1))
    if year is None:  # '(apr 1 2026 - mar 31 2027)': the vacation year's first and last days, written in full
        opens = next((d.value for d in q.dates if d.value.month == first and d.value.day == 1), None)
        closes = opens and date(opens.year + 1, first, 1) - timedelta(days=1)
        if opens is not None and any(d.value == closes for d in q.dates):  # not 'from april 1 … to the end of november'
            year = opens.year
    closing = next((d for d in q.dates if d.value == date(d.value.year, first, 1) - timedelta(days=1) and re.search(
        r"\b(?:ended|ending|ends|closed|closing|finished|through|thru|to)\s+(?:on\s+)?$", q.text[max(0, d.start - 12):d.start], re.I)), None)
    if year is None and closing is not None and re.search(r"\bvacation\s+year\b", q.text, re.I):
        year = closing.value.year - 1  # 'in the vacation year that ended March 31, 2026'
    current = re.search(r"\b(?:this|the\s+current|current|present|the\s+present)\s+(?:(?:whole|entire|full)\s+)?vacation\s+year\b|"
                        r"\bvacation\s+year\b[^.?!]{0,40}\b(?:we'?re|we\s+are)\s+in\b", q.text, re.I)
    if year is None and current:  # 'this vacation year', 'the april-to-march one we're in now': the one today falls in
        year = q.today.year if q.today.month >= first else q.today.year - 1
        q.assumptions.append(f"I took the current vacation year to be the one that began {MONTH_NAMES[first - 1].capitalize()} 1, "
                             f"{year}.")
        month_end = re.search(r"\b(?:through|thru|to|until|till)\s+(?:the\s+)?end\s+of\s+(?P<m>[a-z]+)\b", q.text, re.I)
        if month_end and month_end.group("m").lower()[:3] in _MONTH_INDEX:  # 'so far … counting through the end of November'
            month = _MONTH_INDEX[month_end.group("m").lower()[:3]]
            in_year = year + (month < first)
            last = date(in_year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
            return Inputs({"kind": "vacation_year", "start_date": start.isoformat(), "vacation_year": year,
                           "through": last.isoformat()})
    if year is None:
        return Ask(["vacation year"], "Which vacation year (for example 'April 2020 to March 2021')?")
    skipped = _months_not_earned(q, year, first) if "earning" in rules.get("leave", "vacation_year") else []
    return Inputs({"kind": "vacation_year", "start_date": start.isoformat(), "vacation_year": year,
                   "one_time": _one_time_counted(q)} | ({"months_not_earned": skipped} if skipped else {}))


# 'jan thru june 2027', 'from January 2027 to June 2027', 'Jan-Jun 2027': a span of months, the year said at least once.
_MONTHS_ASKED = re.compile(rf"\b(?P<a>{MONTH})\.?(?:\s+(?P<ya>(?:19|20)\d\d))?\s*(?:-|–|to|through|thru|until|till)\s*(?:the\s+end\s+of\s+)?"
                         rf"(?P<b>{MONTH})\.?(?:\s+(?P<yb>(?:19|20)\d\d))?\b(?!\s*\d{{1,2}}\b)", re.I)


def _one_time_counted(q: Question) -> bool:
    """The story asks for a one-time credit in the total ('counting the one-time credit'; not 'not counting the one-time
    24 hours')."""
    return any(not re.search(r"\b(?:not|n'?t|excluding|without|except|apart from|leav\w* out|besides)\b[^.?!,]{0,20}$",
                             q.text[max(0, m.start() - 30):m.start()], re.I)
               for m in re.finditer(r"\bone[- ]?time\b", q.text, re.I))


# A month said to lack the pay that earns credits: 'except July 2026, when she was on unpaid leave and only had 40 hours
# of pay', 'LWOP all of March'.
_SHORT_MONTH = re.compile(r"\b(?:except|unpaid|lwop|leave without pay|without pay|only (?:had|got|received|was paid) \d+|"
                          r"less than \d+|under \d+|short of|fewer than \d+)\b", re.I)


def _months_not_earned(q: Question, year: int, first: int) -> list[str]:
    """The months of the vacation year (beginning in `first` of `year`) the story says lacked the pay a month needs
    (YYYY-MM); a month written with a day ('Feb 15, 2019') is a date, not such a month."""
    found: list[str] = []
    for sentence in re.split(r"(?<=[.;!?])\s+", q.text):
        if not _SHORT_MONTH.search(sentence) or not re.search(r"\b(?:pay|paid|unpaid|lwop)\b", sentence, re.I):
            continue  # ('every day except Monday in March': not a month without its pay)
        for m in re.finditer(rf"\b(?P<m>{MONTH})[a-z]*\.?(?:\s+(?P<y>(?:19|20)\d\d))?\b(?!\s*\d{{1,2}}\b)", sentence, re.I):
            index = _MONTH_INDEX.get(m.group("m").lower()[:3])
            if index is None:
                continue
            if re.match(rf"\s*(?:[-–]|to|through|thru)\s*{MONTH}\b", sentence[m.end():], re.I) or re.search(
                    rf"\b{MONTH}[a-z]*\.?(?:\s+(?:19|20)\d\d)?\s*(?:[-–]|to|through|thru)\s*$", sentence[:m.start()], re.I):
                continue  # 'the April 2025-March 2026 vacation year … except January 2026': the year's span, not a month
            if re.search(r"\b(?:since|from|starting(?:\s+(?:in|with))?|beginning(?:\s+(?:in|with))?|as\s+of)\s+$", sentence[:m.start()], re.I):
                continue  # 'every month since April 2026 … except July 2026': where the months told begin, not one short
            in_year = int(m.group("y")) if m.group("y") else year + (index < first)
            if (in_year, index) < (year, first) or (in_year, index) >= (year + 1, first):
                continue
            found.append(f"{in_year:04d}-{index:02d}")
    return sorted(set(found))


_THROUGH_MEAL = re.compile(r"\b(?:work\w*|kept\s+(?:me\s+)?working|keep\s+working)\s+(?:right\s+|straight\s+)?(?:through|thru)\s+"
                           r"(?:my|our|the)\s+(?:regular\s+)?(?:[\w:-]+\s+){0,2}?(?:lunch|meal|supper|dinner)", re.I)


def _meal_worked_through(q: Question) -> int | None:
    """Minutes of a regular meal period the member was made to work through ('right through our 1200-1230 lunch',
    'worked through my 30 minute meal'), when the question asks what that pays."""
    found = _THROUGH_MEAL.search(q.text)
    if found is None or not re.search(r"\b(?:how much|extra|what)\b", q.asked(), re.I):
        return None
    near = [c for c in q.clocks if abs(c.start - found.end()) <= 30 or found.start() <= c.start <= found.end()]
    if len(near) >= 2:
        return (near[1].minutes - near[0].minutes) % (24 * 60) or None
    minutes = next((a for a in q.amounts_in("minutes", "hours") if found.start() <= a.start <= found.end() + 10), None)
    if minutes is not None:
        return int(round(minutes.value if minutes.unit == "minutes" else minutes.value * 60))
    return None


# The overtime hours of a day asked about alone: 'the 4 hrs of overtime', 'just the OT', 'only the overtime part'.
_OVERTIME_ALONE = re.compile(r"\b(?:the|those|these|my)\s+\d+(?:\.\d+)?\s*(?:hrs?|hours?)\s+(?:of\s+)?(?:overtime|overtme|ot)\b|"
                             r"\b(?:just|only)\s+(?:for\s+)?(?:the|my)\s+(?:overtime|overtme|ot)\b|"
                             r"\b(?:overtime|ot)\s+(?:part|portion|hours? alone)\b|"
                             # 'what should the OT on the extra 4 hrs come to'
                             r"\b(?:the|those|these|my)\s+(?:extra|additional)\s+\d+(?:\.\d+)?\s*(?:hrs?|hours?)\b|"
                             # 'what do those 4 extra hours pay?'
                             r"\b(?:the|those|these|my)\s+\d+(?:\.\d+)?\s+(?:extra|additional)\s+(?:hrs?|hours?)\b|"
                             # 'for the hours I worked beyond my 8 straight-time hours', 'the hours past 8'
                             r"\b(?:hours?|hrs?|time)\s+(?:i\s+)?(?:worked\s+)?(?:beyond|past|over|after)\s+(?:my|the)?\s*\d+(?:\.\d+)?\b|"
                             # 'for the extra hours, not counting my regular 40'
                             r"\b(?:not counting|excluding|leaving out|apart from|other than)\s+(?:my|the|our)\s+(?:\d+(?:\.\d+)?\s+)?"
                             r"(?:regular|normal|straight[- ]time|usual)\b|"
                             # 'how much should the overtime hours for Tuesday pay'
                             r"\b(?:the|those|my)\s+(?:overtime|ot)\s+(?:hours?|hrs?)\s+(?:for\s+\w+\s+)?(?:pay|be worth|come to)\b", re.I)
_DAYS_MISSED = re.compile(r"\b(?:missed|miss|lost|lose|losing|took|take|taking|off)\s+(?:(?:the|my|all)\s+)?"
                          r"(?P<n>\d{1,2}|one|two|three|four|five|six|seven)\s+(?:full\s+)?(?:(?:scheduled|work|working|"
                          r"regular)\s+)*(?:\d{1,2}[- ]?(?:hours?|hrs?)\s+)?(?:days?|shifts?|workdays?)\b", re.I)  # 'missed two scheduled work days',
# 'missed three scheduled 8-hour days'


def _months_told(q: Question, spans: list[Amount]) -> int:
    """The months of the first length of service told ('a year and 3 months', '2 years, 5 months'): the amounts
    written together, not a length said twice ('2 years of service … after 2 years')."""
    total = 0.0
    previous: Amount | None = None
    for amount in spans:
        if previous is not None and not re.fullmatch(r"\s*(?:,|and)?\s*", q.text[previous.end:amount.start]):
            break
        total += amount.value * (12 if amount.unit == "years" else 1)
        previous = amount
    return int(round(total))


def _months_credited(start: date, end: date, qualifying_days: int | None) -> int:
    """Months of service from `start` credited by `end`: each monthly pay period on the first day of the next, the
    starting one only with `qualifying_days` working days of service left in it; without that rule, completed months."""
    delta = (end.year - start.year) * 12 + end.month - start.month
    if qualifying_days:
        month_end = start.replace(day=1) + relativedelta(months=1)
        working = sum(1 for n in range((month_end - start).days) if (start + timedelta(days=n)).weekday() < 5)
        if working < qualifying_days:
            delta -= 1  # the starting pay period has too few working days to count
    elif end.day < start.day:
        delta -= 1
    return delta


# The credits of a span asked about: 'credited in calendar 2026', 'earned during 2025'; or 'the credits posted January 1
# through December 1' (two dates, after the day service began).
_CALENDAR_YEAR = re.compile(r"\b(?:in|during|for|over|throughout)\s+(?:(?:the\s+)?calendar\s+(?:year\s+)?)?(?P<y>(?:19|20)\d\d)\b", re.I)


def _credit_window(q: Question, start: DateFact) -> tuple[date, date] | None:
    """The first and last day of the span whose credits are asked about, or None."""
    asked = q.asked()
    year = _CALENDAR_YEAR.search(asked)
    if year is not None and int(year.group("y")) > start.value.year:
        return date(int(year.group("y")), 1, 1), date(int(year.group("y")), 12, 31)
    later = [d for d in q.dates if d is not start and d.value > start.value]
    if len(later) == 2 and re.fullmatch(r"\s*(?:through|thru|to|until|till|-|–)\s*", q.text[later[0].end:later[1].start], re.I) \
            and re.search(r"\b(?:credit\w*|posted|earn\w*|accru\w*)\b", q.text[max(0, later[0].start - 60):later[0].start], re.I):
        return later[0].value, later[1].value
    return None


def _service_months(q: Question, ahead: Amount | None = None,
                    qualifying_days: int | None = None) -> tuple[int | None, str | None]:
    """Months of service: 'N years', 'a year and 3 months', '18 months', or a start date (not the
    months `ahead` the question asks about). From a start date, where the contract counts monthly
    pay periods with `qualifying_days` working days of service or more, the pay periods credited by
    the day asked about (each on the first day of the next): the starting month counts when enough
    of its working days remain."""
    gaps = [m.span() for m in _SERVICE_BREAK.finditer(q.text)]
    spans = [a for a in q.amounts if a.unit in ("years", "months") and a is not ahead
             and not re.fullmatch(r"(?:a|an|per|each|every)\s+(?:month|year)", a.text.strip(), re.I)  # 'hrs do i get a month'
             and not any(g0 <= a.start < g1 for g0, g1 in gaps)  # not a break: 'a 2 month gap between contracts'
             # not a threshold passed: 'now that im past my first 6 months' (how far past is not said)
             and not re.search(r"\b(?:past|beyond|over)\s+(?:my|the|her|his|their)\s+(?:first|initial)\s*$",
                               q.text[max(0, a.start - 30):a.start], re.I)]
    if spans:
        return _months_told(q, spans), None
    # 'just finished my 34th month of state service', 'my 11th qualifying monthly pay period'
    nth = re.search(r"\b(?:finished|completed|done|through|in|on|at)\s+(?:my|the|her|his)\s+(?P<n>\d{1,3})(?:st|nd|rd|th)\s+"
                    r"(?:qualifying\s+|full\s+|straight\s+)?(?:monthly\s+pay\s+period|pay\s+period|month)\b", q.text, re.I)
    if nth is not None:
        done = int(nth.group("n"))
        if not re.match(r"\s*(?:finished|completed|done)", nth.group(0), re.I):
            done -= 1  # 'in my 34th month': 33 completed
        return done, None
    # 'in her 7th year of continuous service': six years completed
    nth_year = re.search(r"\b(?:finished|completed|done|in|into)\s+(?:my|the|her|his|their)\s+(?P<n>\d{1,2})(?:st|nd|rd|th)\s+"
                         r"(?:full\s+|straight\s+)?year\s+(?:of\s+(?:[\w-]+\s+){0,2}?(?:service|employment)|here|with\b)", q.text, re.I)
    if nth_year is not None:
        years = int(nth_year.group("n")) - (not re.match(r"\s*(?:finished|completed|done)", nth_year.group(0), re.I))
        return 12 * years, None
    start = _first_match(q.dates, "start")
    if start is not None:
        # 'How many hours should I have on February 1, 2000?': service up to the day asked about, else today.
        # (not the day leave was used: 'I used 6 hours of sick leave on Oct 20 … how many hours right now?')
        later = [d.value for d in q.dates if d is not start and d.value > start.value and not re.search(
            r"\b(?:used|took|taken|burned)\b[^.?!]{0,40}$", q.text[max(0, d.start - 50):d.start], re.I)]
        end = later[-1] if later else q.today
        delta = _months_credited(start.value, end, qualifying_days)
        if delta < 0:
            return None, None
        span = f"From {start.value:%B} {start.value.day}, {start.value.year} to {end:%B} {end.day}, {end.year}"
        if qualifying_days:
            return delta, f"{span}: {delta} monthly pay periods of service credited (one counts with {qualifying_days} " \
                          "or more working days of service)."
        return delta, f"{span} is {delta} completed months of service."
    # 'full time with the county since August 2011': a month and year, no day
    began = next((m for m in _MONTH_YEAR.finditer(q.text) if re.search(
        r"\b(?:since|start\w*|hired|began|joined|came on|employed)\b[^.?!]{0,25}$", q.text[max(0, m.start() - 40):m.start()], re.I)
        # 'started full-time state service at the beginning of February 2024'
        or re.search(r"\b(?:start\w*|hired|began|joined)\b[^.?!]{0,45}\b(?:beginning|start|first|1st)\s+of\s+$",
                     q.text[max(0, m.start() - 70):m.start()], re.I)), None)
    if began is not None:
        first = date(int(began.group(2)), _MONTH_INDEX[began.group(1).lower()[:3]], 1)
        # service up to a later day asked about ('what will my balance be after the April 1, 2027 credit?'), else today
        later = [d.value for d in q.dates if d.value > q.today and d.start > began.end()]
        end = later[-1] if later else q.today
        delta = (end.year - first.year) * 12 + end.month - first.month
        if delta >= 0 and first <= q.today:
            return delta, f"From {first:%B} {first.year} to {end:%B} {end.year} is {delta} months of service (no day was given)."
    return None, None


def _projection(q: Question, balance: Amount) -> tuple[date, date] | None:
    """'My vacation balance is 61.5 hours right now … what will it be after the April 1, 2027 credit posts?': the day the
    balance is from (a past date told near it, else today) and the later day the asking sentence names."""
    asked = q.asked()
    asked_at = q.text.rfind(asked) if asked else -1
    if asked_at < 0 or not re.search(r"\b(?:balance|have|be at|sitting at|be up to|will it be)\b", asked, re.I) \
            or _YEAR_END.search(asked):
        return None
    # the day nearest the balance, not the day service began ('started full-time Sept 1 2023. after the Oct 1 2026 credit')
    told = sorted((d for d in q.dates if d.value <= q.today and d.start < asked_at and abs(d.start - balance.end) < 80
                   and not re.search(r"\b(?:start\w*|hired|since|began|joined)\b[^.?!,]{0,25}$", q.text[max(0, d.start - 40):d.start], re.I)),
                  key=lambda d: abs(d.start - balance.end))
    as_of = told[0].value if told else q.today
    # a later day than the balance's ('after the Oct 1 credit it was 100 hrs … after the Dec 1 credit?')
    later = [d for d in q.dates if d.start >= asked_at and d.value > as_of]
    if not later:
        # 'how much will i have after the next 9 months?': that many months on from the balance's day
        ahead = re.search(r"\b(?:after|in|over)\s+(?:the\s+)?(?:next|another|(?P<n0>\d{1,2})\s+more)\s*(?P<n>\d{1,2})?\s*(?:full\s+)?"
                          r"months?\b", asked, re.I)
        count = (ahead.group("n") or ahead.group("n0")) if ahead else None
        if count is None or not 0 < int(count) <= 60:
            return None
        return as_of, as_of + relativedelta(months=int(count))
    return as_of, later[-1].value


_YEAR_END = re.compile(r"\b(dec(?:ember)?\.? 31|end of (?:the )?year|year[- ]end)\b", re.I)


_MISSED_DAYS_CUE = re.compile(r"\b(?:missed|miss|lost|was off|were off|took off|take off|off work)\b", re.I)


def _after_missed(q: Question) -> list[tuple[int, int]]:
    """Where the words after each 'missed' (or 'lost', 'took off' …) run, to the end of its sentence."""
    return [(cue.end(), next((m.start() for m in re.finditer(r"[.?!;]\s", q.text[cue.end():])), len(q.text) - cue.end())
             + cue.end()) for cue in _MISSED_DAYS_CUE.finditer(q.text)]


def _days_named_missed(q: Question) -> list[date]:
    """The days written after 'missed' in its sentence: 'missed mon nov 16, tues 17 and wed 18'."""
    for start, end in _after_missed(q):
        days = sorted({d.value for d in q.dates if start <= d.start < end})
        if days:
            return days
    return []


# A run of months asked about: 'for dec thru may', 'from January to June'.
_MONTH_SPAN = re.compile(rf"\b(?:for|from|over|during|in)\s+(?P<a>{MONTH})\b\.?(?:\s+(?:19|20)\d\d)?\s*"
                         rf"(?:through|thru|to|until|till|-|–)\s*(?P<b>{MONTH})\b\.?(?:\s+(?:19|20)\d\d)?(?!\s*\d)", re.I)


# The member's start times are not fixed: 'flex schedule', 'my start times move around', 'my hours vary'.
_SCHEDULE_VARIES = re.compile(r"\bflex(?:ible)?\s+(?:schedule|sched|hours|shifts?)\b|\b(?:start|shift)\s+times?\s+"
                              r"(?:move|moves|vary|varies|change|changes|are all over)\b|\b(?:my\s+)?(?:hours|schedule|shifts?)\s+"
                              r"(?:vary|varies|change (?:every|each) week|(?:is|are) all over)\b|\brotating\s+(?:schedule|shifts?)\b",
                              re.I)


def _part_time_share(q: Question) -> float | None:
    """A part-time member's share of full time, in percent: '60%', '0.75 FTE', 'half time', '3/4 time'."""
    percent = next((a.value for a in q.amounts_in("percent") if 0 < a.value <= 100), None)
    if percent is not None:
        return percent
    fte = re.search(r"\b(0?\.\d+|1(?:\.0+)?)\s*fte\b|\bfte\s*(?:of\s*|is\s*|:\s*)?(0?\.\d+|1(?:\.0+)?)\b", q.text, re.I)
    if fte:
        return round(float(fte.group(1) or fte.group(2)) * 100, 2)
    fraction = re.search(r"\b([1-9])/([1-9])\s*(?:-\s*)?time\b", q.text, re.I)
    if fraction and int(fraction.group(1)) < int(fraction.group(2)):
        return round(int(fraction.group(1)) / int(fraction.group(2)) * 100, 2)
    if re.search(r"\bhalf[- ]?time\b", q.text, re.I):
        return 50.0
    return None


def _weekdays_named_missed(q: Question) -> int:
    """How many days of the week are named after 'miss' in its sentence: 'I'll miss Thursday and Friday (Dec 10 &
    11) of work' is two."""
    for start, end in _after_missed(q):
        ranged = _DAY_RANGE.search(q.text[start:end])
        if ranged:  # 'so I missed Monday through Thursday': the range's days
            return _span_days(ranged)
        named = {m.group(1).lower()[:3] for m in re.finditer(rf"\b{DAY_NAME}\b", q.text[start:end], re.I)}
        if named:
            return len(named)
    return 0


def _bereavement_pay(q: Question, rules: Rules) -> Extraction:
    """'Grandma passed, I'll miss 2 days for the funeral, base $47, 26 months with this contractor': the
    relative (from the rules' list), days lost (at least one), rate and months of service; the service,
    which decides whether any is owed, is asked for when missing."""
    spec = rules.get("leave", "bereavement_pay")
    found = sorted((m.start(), str(name)) for name in spec["relatives"] for alias in [name, *spec.get("aliases", {}).get(name, [])]
                   for m in re.finditer(rf"(?<!\w){re.escape(str(alias))}s?(?!\w)", q.text, re.I))
    if not found:
        return None
    params: dict[str, Any] = {"kind": "bereavement_pay", "relation": found[0][1], "on": q.today.isoformat()}
    later = [d for d in q.dates if d.value >= q.today]
    if later:
        params["on"] = later[0].value.isoformat()  # the threshold in force when the funeral is
    lost = next((a for a in q.amounts if a.unit == "days" and not q.near(a, r"\bago\b", before=0, after=8)), None)
    params["days_lost"] = int(lost.value) if lost else 1
    counted = lost is not None
    missed = _DAYS_MISSED.search(q.text) if lost is None else None
    if missed and 0 < int(number(missed.group("n"))) <= 31:  # 'I missed two scheduled days of work', 'lost 2 shifts'
        params["days_lost"] = int(number(missed.group("n")))
        counted = True
    named = _days_named_missed(q) if not counted else []
    if len(named) > 1:  # 'i missed mon nov 16, tues 17 and wed 18 for the funeral'
        params["days_lost"] = len(named)
        counted = True
    elif not counted and (weekdays := _weekdays_named_missed(q)) > 1:
        params["days_lost"] = weekdays
        counted = True
    rate = _hourly_rate(q) or next((a.value for a in q.amounts if a.unit == "dollars"), None)
    if rate is not None:
        params["hourly_rate"] = rate
    months, note = _service_months(q)
    if months is None:
        return Ask(["months of service"], "How long have you worked continuously for this employer?", params,
                   spec["rule"] | {"label": "Bereavement pay"})
    if note:
        q.assumptions.append(note)
    params["months_of_service"] = months
    if not counted:
        q.assumptions.append("I counted one day of work lost; tell me if the funeral costs you more.")
    return Inputs(params)


# 'when I leave', 'resigning next month', 'my last day', 'retiring': employment ending
# Leaving employment, which the pay-out of unused leave is for ('cash out a week of vacation' under a yearly cash-out
# option is another provision, not a separation).
_SEPARATING = re.compile(r"\b(?:resign\w*|quit\w*|quitting|retir\w*|separat\w*|terminat\w*|leav(?:e|ing) (?:the|my) (?:county|state|job|"
                         r"employer|company|college)|when i leave|last day|final (?:pay|check|cheque))\b", re.I)


def _leave_payout(q: Question, rules: Rules) -> Extraction:
    """'Resigning next month after four years, 180 hours of vacation on the books: how much for my vacation?'"""
    held = next((a for a in q.amounts_in("hours") if re.match(r"\s*(?:of\s+)?(?:unused\s+|accrued\s+)?(?:vacation|vac|annual leave|pto)",
                                                               q.text[a.end:], re.I)
                 or (q.near(a, r"\b(?:on the books|banked|balance|accrued|saved)\b", 25, 25)
                     and not re.match(r"\s*(?:of\s+)?(?:unused\s+|accrued\s+)?(?:sick|comp|cto|compensatory)", q.text[a.end:], re.I))), None)
    if held is None:
        return None  # 'do I get my sick leave and vacation paid out?': whether, not how much — the clauses' to answer
    spec = rules.get("leave", "payout")
    rule = dict(spec) | {"label": f"{spec.get('name', 'vacation')} paid out"}
    params: dict[str, Any] = {"kind": "payout", "payout_hours": held.value}
    served = [a for a in q.amounts_in("years", "months") if q.near(a, r"\b(?:service|employ\w*|with the|here|worked|on the job)\b", 30, 30)]
    if served:
        params["months_of_service"] = int(sum(a.value * (12 if a.unit == "years" else 1) for a in served))
    rate = _hourly_rate(q)
    if rate is None:
        return Ask(["hourly rate"], "What is your hourly rate (at separation)?", params, rule=rule)
    params["hourly_rate"] = rate
    return Inputs(params)


# A relative of a relative ('my wife's grandmother', 'my husband's father'): English names the pair, not a contract.
_KIN_ROLE = {**dict.fromkeys(("wife", "husband", "spouse", "partner"), "spouse"),
             **dict.fromkeys(("mother", "mom", "mum"), "mother"), **dict.fromkeys(("father", "dad"), "father"),
             "brother": "brother", "sister": "sister", "son": "son", "daughter": "daughter",
             **dict.fromkeys(("grandmother", "grandma", "grandfather", "grandpa", "grandparent"), "grandparent"),
             **dict.fromkeys(("aunt", "uncle", "cousin", "niece", "nephew"), "other")}
_KIN = {("spouse", "mother"): "mother-in-law", ("spouse", "father"): "father-in-law",
        ("spouse", "brother"): "brother-in-law", ("spouse", "sister"): "sister-in-law",
        ("son", "spouse"): "daughter-in-law", ("daughter", "spouse"): "son-in-law",
        ("brother", "spouse"): "sister-in-law", ("sister", "spouse"): "brother-in-law",
        ("son", "son"): "grandson", ("son", "daughter"): "granddaughter",
        ("daughter", "son"): "grandson", ("daughter", "daughter"): "granddaughter",
        ("mother", "mother"): "grandmother", ("father", "mother"): "grandmother",
        ("mother", "father"): "grandfather", ("father", "father"): "grandfather"}
_RELATIVE_OF_RELATIVE = re.compile(r"\b(" + "|".join(_KIN_ROLE) + r")(?:'s|’s|s')\s+(" + "|".join(_KIN_ROLE) + r")\b", re.I)


def leave_extract(q: Question, rules: Rules) -> Extraction:
    if rules.has("leave", "payout") and _SEPARATING.search(q.text) and re.search(
            r"\bhow much\b|\bpaid\b|\bpay(?:out)?\b|\bcash\b|\bworth\b", q.asked(), re.I):
        return _leave_payout(q, rules)
    if _LEFT_ASKED.search(q.asked()) and rules.has("leave", "caps"):
        capped = longest_alias(q.text, ((spec.get("words", []), spec) for spec in rules.get("leave", "caps")))
        if capped is not None:
            used = [a.value for a in q.amounts_in("hours")]
            if not used:
                return Ask(["hours used"], f"How many hours of {capped['name']} have you used so far?",
                           {"kind": "remaining", "capped": str(capped["name"])}, rule=dict(capped) | {"label": str(capped["name"])})
            return Inputs({"kind": "remaining", "capped": str(capped["name"]), "used_hours": used})
    if _BEREAVEMENT.search(q.text) and rules.has("leave", "bereavement_pay") and re.search(r"\bpay\b|\bpaid\b|\$", q.text, re.I):
        return _bereavement_pay(q, rules)
    if vacation_pay_score(q):
        by_percent = vacation_pay_extract(q, rules)
        if by_percent is not None:
            return by_percent
    base = _time_base(q)
    if len(re.findall(r"\b\d{1,2}\s*/\s*\d{1,2}(?:\s*|-)(?:time|time base|timebase)\b", q.lowered)) >= 2:
        return None  # 'two part-time positions, 1/2 and 5/8 time': how they combine is the clauses' to say
    for other in rules.data.get("leave", {}).get("other_rules", []):
        if any(re.search(rf"\b{re.escape(str(word))}", q.text, re.I) for word in other.get("words", [])):
            return None  # a class of employee whose leave follows other rules: quote them instead
    if _DIED.search(q.text) and rules.has("leave", "bereavement"):
        spec = rules.get("leave", "bereavement")
        names = [str(r) for r in spec.get("relatives", [])] + [str(r) for r in (spec.get("in_laws") or {}).get("relatives", [])]
        told = q.text
        chained = _RELATIVE_OF_RELATIVE.search(told)
        if chained:  # 'my wife's grandmother' died, not my wife: the relation the two words make, if English has a name
            named = _KIN.get((_KIN_ROLE[chained.group(1).lower()], _KIN_ROLE[chained.group(2).lower()]))
            if named is None or not any(n.lower() == named for n in names):
                return None  # a relation the contract's list does not name: its clauses answer
            told = told[:chained.start()] + named + told[chained.end():]
        found = sorted(((m.start(), name) for name in names
                        for m in re.finditer(r"\b" + re.escape(name).replace(r"\-", r"[-\s]") + r"s?\b", told, re.I)),
                       key=lambda item: item[0])
        in_law = next((name for _, name in found if "in-law" in name or "in law" in name), None)
        relation = in_law or (found[0][1] if found else None)
        if relation is None:
            return Ask(["relationship"], "Who died (your parent, spouse, child, brother, sister, an in-law …)?")
        params: dict[str, Any] = {"kind": "bereavement", "relation": relation, "time_base": base or "full"}
        if re.search(r"\bhow many (?:\w+ )?days\b|\bdays (?:off|of)\b", q.asked(), re.I):
            params["ask"] = "days"
        if base is None and "part_time" in spec:  # 'I work part time': pro rata to a time base the question does not give
            del params["time_base"]
            return Ask(["time base"], "What is your time base (for example 1/2 or 3/4 time)?", params,
                       rule=dict(spec["part_time"]) | {"label": "Bereavement leave for part-time employees"})
        miles = [a for a in q.amounts if a.unit in ("miles", "kilometres")]
        # 'not counting whatever comes out of my sick leave': where the rules charge the travel days to sick leave, they
        # are set aside, and only the bereavement leave itself is asked
        travel_rule = spec.get("travel") or {}
        charged_to_sick = "sick" in f"{travel_rule.get('note', '')} {travel_rule.get('quote', '')}".lower()
        if charged_to_sick and re.search(r"\b(?:not counting|excluding|apart from|aside from|besides|other than|leaving out|minus)\b"
                                         r"[^.?!]{0,40}\bsick (?:leave|time)\b|\bsick (?:leave|time)\b[^.?!]{0,15}\baside\b", q.text, re.I):
            miles = []
            travel_rule = {}
        if miles:
            value = miles[0].value * (0.621371 if miles[0].unit == "kilometres" else 1)
            if q.near(miles[0], r"\b(more than|over|farther than|further than|beyond|greater than)\b", before=25, after=0):
                value += 1  # 'more than 400 miles': over the threshold, whatever it is
            params["travel_miles"] = value
        elif "over_miles" in travel_rule and re.search(
                r"\bout of (?:state|town|province|country)\b|\b(?:overseas|abroad|cross[- ]country|across the country)\b|"
                # ('I have to drive up from <my city>': a trip whose length is not told)
                r"\b(?:fly|flying|flight|plane)\b|\b(?:drive|driving|drove)\s+(?:up|down|over|out)\s+(?:from|to)\b", q.text, re.I) and re.search(r"\b(?:total|in all|altogether|all together)\b|"
                                                                              r"\bhow (?:much|many)\b", q.asked(), re.I):
            # 'the funeral is out of state … how many hours in total?': the travel days depend on a distance not told
            return Ask(["distance"], f"How far is it, one way, from your home to where you must travel? More than "
                       f"{float(travel_rule['over_miles']):g} miles adds travel time.", params,
                       rule=dict(travel_rule) | {"label": "Bereavement leave travel time"})
        return Inputs(params)
    if rules.has("leave", "vacation_year") and re.search(r"\b(?:vacation|vacaton)\b", q.text, re.I) and re.search(
            r"\bhow (?:many|much)\b|\b(?:earn|accru\w*|credit\w*|build up|get|total)\b", q.asked(), re.I) and (
            _ANNIVERSARY.search(q.text) or _MONTH_YEAR.search(q.text) or re.search(r"\bvacation year\b", q.text, re.I)
            or (len(q.dates) >= 2 and _FROM_THROUGH.search(q.text))):
        return _vacation_year_extract(q, rules)  # how much vacation a vacation year earns, for a service start or anniversary
    if rules.has("leave", "pay_period_sick") and re.search(r"\bsick\b", q.text, re.I) and (_PAY_PERIODS.search(q.text) or (re.search(
            r"\b(?:per|each|every|a)\s+(?:pay\s?period|pay\s?check|pay\s?cheque|check|cheque)\b", q.asked(), re.I)
            # ('how many hrs of sick leave will i earn per paycheck now?', not '… isnt that the sick leave number?? whats
            # my correct vacation accrual per pay period?')
            and re.search(r"\bsick\b", q.asked(), re.I) and not re.search(r"\bvacation\b", q.asked(), re.I))):
        return _pay_period_extract(q, "sick")  # 'how many hrs of sick leave over the next six pay periods? 0.8 FTE'
    if rules.has("leave", "pay_period_vacation") and re.search(r"\bvacation\b", q.text, re.I) and (re.search(
            r"\b(?:pay ?period|paycheck|pay check|check|per period)\w*", q.asked(), re.I) or _periods(q) is not None):
        return _pay_period_extract(q)  # 'how many vacation hours do I earn each pay period?'
    if not rules.has("leave", "vacation"):
        return None
    start = _first_match(q.dates, "start")
    if start is not None and re.search(r"\bfirst\b", q.asked(), re.I) and re.search(
            r"\b(?:when|what (?:day|date))\b", q.asked(), re.I) and not re.search(r"\bsick\b", q.asked(), re.I):
        return Inputs({"kind": "first_credit", "start_date": start.value.isoformat(), "time_base": base or "full"})
    asking = q.asked_at()
    ahead = next((a for a in q.amounts if a.unit in ("months", "years") and (
        q.near(a, r"\b(?:over|in|during|for|within)\s+(?:the\s+|my\s+)?(?:next|coming|following)\s*$", before=30, after=0)
        or (0 <= asking <= a.start and q.near(a, r"\b(?:over|during|in|within)\s+(?:those\s+|these\s+|the\s+|that\s+)?$",
                                               before=18, after=0)))),
        None)  # '… over the next 12 months?', 'how much will I build up over 6 full months?', 'over those 6 months'
    span = _MONTH_SPAN.search(q.asked()) or (_MONTH_SPAN.search(q.text) if re.search(
        # 'assuming every pay period from November 2026 through April 2027 qualifies … for those six pay periods?'
        r"\b(?:those|these)\s+(?:\w+\s+)?(?:pay\s+periods|months)\b", q.asked(), re.I) else None)
    if ahead is None and span is not None:  # 'how many vacation hrs will I get credited for dec thru may?': six months
        first, last = _MONTH_INDEX[span.group("a").lower()[:3]], _MONTH_INDEX[span.group("b").lower()[:3]]
        ahead = Amount(float((last - first) % 12 + 1), "months", span.group(0), span.start(), span.end())

    qualifying = rules.data["leave"]["vacation"].get("qualifying_days")
    months, note = _service_months(q, ahead, qualifying)
    began = _first_match(q.dates, "start")
    window = _credit_window(q, began) if began is not None and ahead is None else None
    if window is not None and began is not None:
        # 'credited in calendar 2026': the credits posted in the span, those after the day before it less those by then
        before = _months_credited(began.value, window[0] - timedelta(days=1), qualifying)
        by_end = _months_credited(began.value, window[1], qualifying)
        if 0 <= before < by_end:
            months = before
            ahead = Amount(float(by_end - before), "months", "", 0, 0)
            note = (f"From {began.value:%B} {began.value.day}, {began.value.year}: {before} months of service credited before "
                    f"{window[0]:%B} {window[0].day}, {window[0].year}, then {by_end - before} credited by {window[1]:%B} "
                    f"{window[1].day}, {window[1].year}.")
    balance = next((a for a in q.amounts if a.unit == "hours" and q.near(a, r"\b(balance|on the books|banked|i have|i've got|"
                                                                         r"i got|sitting at)\b", before=40, after=5)), None)
    projection = _projection(q, balance) if balance is not None and months is not None else None
    if projection is not None and balance is not None and months is not None and not re.search(r"\bsick\b", q.asked(), re.I):
        as_of, through = projection
        count = (through.year - as_of.year) * 12 + through.month - as_of.month
        # service told as a length is as of now; a start date counts service up to the day asked about
        counted_to = note.split(" to ")[-1] if note is not None else ""
        credited = months if f"{through:%B}" in counted_to and str(through.year) in counted_to else months + count
        if note:
            q.assumptions.append(note)
        projected: dict[str, Any] = {"kind": "projection", "balance_hours": balance.value, "as_of": as_of.isoformat(),
                                     "through": through.isoformat(), "months_of_service": credited, "time_base": base or "full"}
        used_since = _leave_used(q, "vacation")
        if used_since:
            projected["used_hours"] = [used_since]  # 'took 16 hrs vacation in november': taken off the balance
        return Inputs(projected)
    if balance is not None and _YEAR_END.search(q.text) and months is not None and rules.has("leave", "vacation", "cap_hours") \
            and not q.near(balance, _YEAR_END, before=30, after=30):
        # '16 years in. After my August 1 credit my balance is 371 hours … how many over the cap on Dec 31?'
        stated = [d.value for d in q.dates if d.value.month != 12 or d.value.day != 31]
        month = stated[0].month if stated else q.today.month
        # Only the month matters here: the years guessed for 'August 1' and 'Dec 31' would be noise.
        q.assumptions[:] = [a for a in q.assumptions if not a.startswith("No year was given")]
        if not stated:
            q.assumptions.append(f"I took your balance as of {q.today:%B} {q.today.year}.")
        over = re.search(r"\b(over|above|past|beyond|lose|excess|more than the)\b", q.asked(), re.I)
        return Inputs({"kind": "year_end", "balance_hours": balance.value, "as_of_month": month,
                       "months_of_service": months, "time_base": base or "full",
                       "ask": "cap_month" if over else "vacation_balance"})
    if re.search(r"\b(carry|carries|carried|roll|rolls|rolled)[\s-]+(?:\w+\s+){0,3}?(?:over|into|forward)\b", q.text, re.I):
        held = next((a for a in q.amounts if a.unit == "hours"), None)
        if held is not None and rules.has("leave", "vacation", "cap_hours"):
            over = re.search(r"\b(over|above|past|beyond|lose|losing|forfeit\w*|excess)\b",
                             re.sub(r"\b(?:carry|carries|carried|roll|rolls|rolled)[\s-]+over\b", " ", q.asked(), flags=re.I), re.I)
            params_carry: dict[str, Any] = {"kind": "carry_over", "balance_hours": held.value}
            if over:
                params_carry["ask"] = "cap_month"  # 'how many hours am I over the carry-over max?': the excess
            return Inputs(params_carry)  # '452 hours on Dec 31: how many carry over?'
    asked = q.asked().lower()
    asked = q.lowered[q.lowered.find(asked):] if asked in q.lowered else asked  # with what follows it ('… ? per month')
    sick = bool(re.search(r"\bsick\b", asked)) or (not re.search(r"\b(?:vacation|vacay|vac|vaca)\b", asked) and "sick" in q.lowered)
    # A condition after the question ('… over the next 6 months if every month qualifies') does not ask a rate.
    unconditional = re.sub(r"\b(?:if|as long as|assuming|provided)\b[^?.!,;]*", " ", asked)
    monthly = bool(re.search(r"\b(each|every|per|a)\s+month\b|\bmonthly\b(?!\s+pay\s+periods?)|\brate\b|\bper pay|"
                             # 'per qualifying monthly pay period'
                             r"\b(?:each|every|per|a)\s+(?:qualifying\s+)?(?:monthly\s+)?pay\s+period\b", unconditional)
                   or (re.search(r"\bnow\b", asked) and not re.search(r"\b(on the books|balance|banked|saved|have|had)\b", asked)))
    yearly = bool(re.search(r"\b(per|each|every) year\b|\byearly\b|\bannual(?:ly)?\b|"
                            r"\b(?:over|in|during) (?:a|the|one) (?:whole |full |entire )?year\b", asked))
    # 'nowhere near the cap' is a remark about the balance, not a question about the cap
    remark = re.sub(r"\b(?:nowhere|not|far from|well under|under|below)\s+(?:near\s+|close to\s+)?(?:the\s+|my\s+)?"
                    r"(?:cap|max(?:imum)?)\b", " ", asked)
    if re.search(r"\b(cap|max(?:imum)?|top out|hit the)\b", remark) and not sick:
        ask = "cap_month"
    elif sick:
        ask = "sick_monthly" if monthly else "sick_yearly" if yearly else "sick_balance"
    else:
        ask = "vacation_monthly" if monthly else "vacation_yearly" if yearly else "vacation_balance"
    months_ahead = None
    if ahead is not None and ask in ("vacation_yearly", "sick_yearly", "vacation_balance", "sick_balance"):
        months_ahead = int(round(ahead.value * (12 if ahead.unit == "years" else 1)))
        ask = "sick_yearly" if ask.startswith("sick") else "vacation_yearly"
    personal = bool(re.search(r"\b(i|i'm|im|i've|ive|my|me)\b", q.text, re.I))
    if months is None:
        wants_mine = re.search(r"\bhow (?:much|many)\b(?=[^?.!]{0,50}?\b(?:vacation|vacay|vac|vaca|sick|leave|hours?|days?|time off|pto|"
                               r"credits?|accru\w*)\b)[^?.!]{0,50}\b(?:will i have|do i have|have i|will i (?:earn|accrue|get)|"
                               r"do i (?:earn|accrue|get)|my balance|built up|saved up|should i have)\b", q.text, re.I)
        if ask in ("sick_monthly", "sick_yearly") and (wants_mine or months_ahead) and personal:
            months = 0  # the sick-leave rate does not depend on service
        elif wants_mine:
            return Ask(["months of service"], "How long have you worked here (for example '18 months' or '16 years', "
                                              "or the date you started)?", {"kind": "accrual", "ask": ask})
        else:
            return None  # 'How much sick leave do full-time employees earn a month?': the clause answers it
    if note:
        q.assumptions.append(note)
    if months is not None and ask.startswith("vacation") and _HEDGED.search(q.text) and rules.has("leave", "vacation"):
        # 'i think im somewhere around the 3 yr mark … not sure exactly': a month either side changes the rate, so the
        # exact service is asked for rather than guessed
        rates = {monthly_vacation(rules, m, base or "full") for m in (max(0, months - 1), months, months + 1)}
        if len(rates) > 1:
            return Ask(["months of service"], "Your service is right where the vacation rate changes: how many months of "
                       "qualifying service do you have exactly (or the date you started)?", {"kind": "accrual", "ask": ask})
    changed = _time_base_months(q)
    if changed is not None:
        # 'full-time through the September pay period, 3/4 time base effective October 1 … September, October and
        # November': each month on its own time base
        return Inputs({"kind": "accrual", "months_of_service": months, "time_base": changed[0][1],
                       "ask": "sick_yearly" if ask.startswith("sick") else "vacation_yearly",
                       "time_bases": [{"months": count, "time_base": told} for count, told in changed]})
    if base is None:
        return Ask(["time base"], "What is your time base (for example '1/2 time' or '4/5 time')?",
                   {"kind": "accrual", "months_of_service": months, "ask": ask})
    accrual: dict[str, Any] = {"kind": "accrual", "months_of_service": months, "time_base": base, "ask": ask}
    if months_ahead:
        accrual["months_ahead"] = months_ahead
    used_leave = _leave_used(q, "sick" if ask.startswith("sick") else "vacation")
    if used_leave and ask in ("vacation_balance", "sick_balance"):
        accrual["used_hours"] = [used_leave]  # 'I took one 8-hour vacation day in October': the balance is less it
    return Inputs(accrual)


# Service told as a guess: 'somewhere around the 3 yr mark', 'about 3 years', 'not sure exactly', '3 years or so'.
_HEDGED = re.compile(r"\b(?:around|about|roughly|approximately|approx\.?|close to|almost|nearly|somewhere\s+(?:around|near))\s+"
                     r"(?:the\s+|my\s+)?\d|\bnot\s+sure\s+(?:exactly|how\s+(?:long|many))|\bor\s+so\b", re.I)
# 'full-time through the September 2026 pay period', 'on 1/2 time until March'
_BASE_UNTIL = re.compile(rf"\b(?:(?P<full>full)|(?P<f>\d/\d))[- ]?time(?:\s+base)?\s+(?:through|thru|until|till|up to)\s+(?:the\s+)?"
                         rf"(?:end\s+of\s+)?(?P<m>{MONTH})\b", re.I)
# 'went to a 3/4 time base effective October 1', 'moved to full time starting in March'
_BASE_SWITCH = re.compile(rf"\b(?:went|go(?:es|ing)?|moved|changed|switched|dropped|reduced|cut|increased|raised|bumped)\s+"
                          rf"(?:down\s+|up\s+|back\s+)?to\s+(?:a\s+)?(?:(?P<full>full)|(?P<f>\d/\d))[- ]?time(?:\s+base)?\s+"
                          rf"(?:effective|starting|from|as\s+of|beginning|on|in)\s+(?:in\s+|on\s+)?(?P<m>{MONTH})\b", re.I)


def _time_base_months(q: Question) -> list[tuple[int, str]] | None:
    """The months asked about, each on its time base, where the story changes the time base among them: (count, base)
    stretches in order; None unless the months named after the change run one after another and every one's base is
    told."""
    switch = _BASE_SWITCH.search(q.text)
    if switch is None:
        return None
    before = _BASE_UNTIL.search(q.text[:switch.end()])
    if before is None:
        return None
    old = "full" if before.group("full") else before.group("f")
    new = "full" if switch.group("full") else switch.group("f")
    named = [_MONTH_INDEX[m.group(0).lower()[:3]] for m in re.finditer(rf"\b{MONTH}\b(?!\s*\d)", q.text[switch.end():], re.I)]
    if len(named) < 2 or any((b - a) % 12 != 1 for a, b in zip(named, named[1:], strict=False)) or old == new:
        return None
    turn = _MONTH_INDEX[switch.group("m").lower()[:3]]
    if turn not in named or named.index(turn) == 0:
        return None
    at = named.index(turn)
    return [(at, old), (len(named) - at, new)]


_USED_HOURS = re.compile(r"\b(?:used|took|taken|burned|spent)\b[^.?!]{0,20}?\b(?P<n>\d{1,3}(?:\.\d+)?)\s*(?:hours?|hrs?)\s+(?:of\s+)?"
                         r"(?:my\s+)?(?P<leave>vacation|vacay|vac|sick)", re.I)
_USED_DAYS = re.compile(r"\b(?:used|took|taken)\s+(?P<count>one|a|an|two|three|\d)\s+(?P<n>\d{1,2})[- ]?(?:hour|hr)\s+"
                        r"(?P<leave>vacation|vacay|vac|sick)\s+days?\b", re.I)


def _leave_used(q: Question, leave: str) -> float:
    """Hours of a leave the member says were used ('I used 6 hours of sick leave on Oct 20', 'took one 8-hour vacation
    day in October'); 0 when none is told."""
    total = 0.0
    for m in _USED_HOURS.finditer(q.text):
        if m.group("leave").lower().startswith(leave[:3]):
            total += float(m.group("n"))
    for m in _USED_DAYS.finditer(q.text):
        if m.group("leave").lower().startswith(leave[:3]):
            total += number(m.group("count")) * float(m.group("n"))
    return total


# --- overtime --------------------------------------------------------------------------------------------

_OVERTIME = re.compile(r"\b(overtime|overtme|over time|ot|cto|comp time|comp|compensating time|extra (?:time|hours)|stay(?:ed)? late|"
                       r"worked late|work late|over 40|extra)\b", re.I)
_DIFFERENTIAL_ASKED = re.compile(r"\b(?:night|evening|swing|graveyard|shift)\s+(?:shift\s+)?(?:pay|diff\w*|premium)\b|"
                                 r"\b(?:diff|differential|premium)\b", re.I)
# A sum of money asked for ('how much OT pay', 'how much OT $': '$' is not a word).
# A sum of money asked for in so many words ('how much $$', 'how much money'), which hours of pay do not answer.
_MONEY_ASKED = re.compile(r"\$|\bmoney\b|\bdollars\b|\bhow much (?:pay|will i (?:be paid|get paid|make))\b|"
                          # 'whats the total i shud get paid for the day?'
                          r"\b(?:what(?:'s|s| is)|how much)\s+(?:the\s+)?total\b[^.?!]{0,30}\b(?:get\s+)?paid\b|"
                          # "What's my pay going to be for Christmas?"
                          r"\bwhat(?:'s|s| is| will)\s+(?:my|her|his|their)\s+pay\s+(?:going to be|gonna be|be)\b|"
                          # 'how much should i see on my check for that?', 'what should I see on my cheque for that day?'
                          r"\b(?:how much|what)\b[^.?!]{0,30}\b(?:see|get|be)\b[^.?!]{0,12}\bon (?:my|the|her|his) (?:check|cheque|paycheck|paycheque|stub)\b",
                          re.I)
_PAY_ASKED = re.compile(r"\b(pay|paid|money|dollars|cash|earn|come to|worth)\b|\$", re.I)
# 'how much meal allowance', 'the OT meal money': the meal asked about, not the time worked.
_MEAL_ALLOWANCE_ASKED = re.compile(r"\bmeal\s+(?:allowance|money|ticket|voucher)\b", re.I)
_RULE_ASKED = re.compile(r"\b(?:after|over|past|more than|beyond)\s+\d+(?:\.\d+)?\s*(?:hrs?|hours?)?\s+(?:in|a|per|each)\s+"
                         r"(?:a\s+|the\s+)?(?:work\s*)?(?:day|week|shift)\b", re.I)
_WEEK = re.compile(r"\b(this|a|the|in a|per|that|last|my)\s+(?:(?:regular|normal|whole|full|same)\s+)?(?:work\s?)?week\b|\bweekly\b|\bin the week\b|\btotal\b", re.I)


_DAY_WORKED = re.compile(r"\b(?:work(?:ed|ing)?|did|put in|pulled)\b[^.?!]{0,12}?\b(?P<hours>\d+(?:\.\d+)?)\s*(?:hours?|hrs?)\s+"
                         r"(?:(?:straight|in a row|flat|total|straight through)\s+)?(?:on\s+)?(?:a\s+|the\s+|last\s+|this\s+|that\s+)?"
                         r"(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday|holiday|stat holiday)\b", re.I)


# 'one of those 12 hour weekdays', 'a 12-hr weekday', 'worked 12 hours on a weekday': one weekday's hours, no day named
_A_WEEKDAY = re.compile(r"\b(?:(?:one of (?:those|these|the|our|my)|an?|that|this|each|one)\s+(?P<hours>\d{1,2}(?:\.\d+)?)\s*-?\s*"
                        r"(?:hours?|hrs?)\s+week\s?days?|(?:work(?:ed)?|did|put in)\s+(?P<worked>\d{1,2}(?:\.\d+)?)\s*(?:hours?|hrs?)\s+"
                        r"on\s+a\s+week\s?day)\b", re.I)


_DAY_FIRST = re.compile(r"\b(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thurs?|fri|sat)\b[^.?!]{0,60}?"
                        # 'Wed night they kept us 10 hrs'
                        r"\b(?:work(?:ed|ing|in)?|did|doing|doin|put in|pulled|came in|come in|went in|kept (?:us|me|him|her|them))\b"
                        # 'Wednesday he worked his 8 plus 2 hrs OT': the two added
                        # ('last wednesday i did my 8 and then they kept me 4 more hrs': the day, 12)
                        r"[^.?!]{0,12}?\b(?:(?P<base>\d{1,2}(?:\.\d+)?)\s*(?:hours?|hrs?)?\s*(?:plus|\+|,?\s*(?:and\s+)?then\s+"
                        r"(?:they\s+|he\s+|she\s+|the\s+\w+\s+)?(?:kept|had|held)\s+(?:me|us|him|her|them)(?:\s+(?:on|over|for|late))?)\s*)?"
                        r"(?P<hours>\d+(?:\.\d+)?)\s*(?P<extra>(?:more|extra|additional)\s+)?(?:hours?|hrs?)\b",
                        re.I)


def _day_worked(q: Question) -> tuple[str, float] | None:
    """(day, hours): 'worked 11 hours on Wednesday'; one amount of hours with its day right beside it ('worked sat
    8.5 hrs', 'came in Friday for 9 hours' — nearer than the days of a schedule named before it); or the day first:
    'Wednesday they kept us late and I worked 10 hours'."""
    # 'p.m.' is no sentence end: 'Tuesday night I started at 10:00 p.m. and worked 10 hours' (same length, same places)
    text = re.sub(r"\b([ap])\.m\.", r"\1m  ", q.text, flags=re.I)
    found = _DAY_WORKED.search(text)
    weekday = _A_WEEKDAY.search(text) if found is None else None
    if weekday is not None:
        # 'what should one of those 12 hour weekdays pay me?': any weekday of the schedule, its hours given
        return "weekday", float(weekday.group("hours") or weekday.group("worked"))
    if found is None:
        beside = _one_day_told(q)
        if beside is not None:
            return beside
        ranges = [m.span() for m in _DAY_RANGE.finditer(text)]  # ('mon-thu 8 hrs each, fri they kept us 11 hrs': not Monday)
        # each day name tried in turn, and only with no other day named before its hours ('the 8 hr friday, then they
        # called us in saturday and i did 11 hrs' is Saturday's)
        starts = [m.start() for m in re.finditer(rf"\b{_DAY_NAME}\b", text, re.I)]
        tried = (_DAY_FIRST.match(text, at) for at in starts if not any(a <= at < b for a, b in ranges))
        found = next((m for m in tried if m is not None and not re.search(rf"\b{_DAY_NAME}\b", text[m.end("day"):m.start("hours")], re.I)),
                     None)
    if found is None or (found.groupdict().get("extra") and not found.groupdict().get("base")):
        return None  # ('they kept me 4 more hrs' alone is past the day, not its length)
    base = found.groupdict().get("base")
    past = _PAST_THE_DAY.match(text, found.end())
    if base is None and past is not None:  # 'wednesday they kept me 2 hrs past my 8': the day is the two added
        base = past.group("base")
    hours = float(found.group("hours")) + (float(base) if base else 0.0)
    if not any(a.start == found.start("hours") for a in q.amounts):
        # 'Wednesday I worked 12 hrs -- wait no, … it was 11.5 hours': a figure taken back; the one hours figure left
        # after it is the day's
        later = [a for a in q.amounts if a.unit == "hours" and a.start > found.start("hours")]
        if len(later) != 1 or base:
            return None
        hours = later[0].value
    return _FULL_DAY.get(found.group("day").lower()[:3], found.group("day").lower()), hours


# '… 2 hrs past my 8', '… 3 hours on top of their regular 8': the hours before are added to the day's own
_PAST_THE_DAY = re.compile(r"\s*(?:past|over|beyond|after|on\s+top\s+of)\s+(?:my|the|our|his|her|their)\s+(?:regular\s+|normal\s+|usual\s+|"
                           r"scheduled\s+)?(?P<base>\d{1,2}(?:\.\d+)?)(?!\s*(?:am|pm|a\.m|p\.m|:|\d|%|\$))(?:\s*(?:hours?|hrs?|hour\s+shift|hr\s+shift))?\b",
                           re.I)


_WORKED_ON = re.compile(r"\b(?:work(?:ed|ing)?|did|put in|pulled|came|come|brought|called|in)\b", re.I)


# A length named as a meal break's, right after it: 'half hr unpaid lunch', 'an hour of meal break'.
_MEAL_NAMED_AFTER = re.compile(r"\s*(?:of\s+)?(?:an?\s+)?(?:unpaid\s+|paid\s+)?(?:lunch|meal|dinner|supper|break|brake)", re.I)


def _one_day_told(q: Question) -> tuple[str, float] | None:
    """The one amount of hours in the story (not a day's length: '10 hour days'), told with its day beside it,
    after a word of working or coming in; None otherwise."""
    # (not a meal break's length: '7am to 3:30 with a half hr lunch so 8 hrs')
    amounts = [a for a in _hours_worked_amounts(q) if a.value > 0 and not _MEAL_NAMED_AFTER.match(q.text, a.end)]
    if len(amounts) >= 2 and len({a.value for a in amounts}) == 1:
        # '12 hours actually worked … What do those 12 worked hours pay?': the same hours referred back to
        amounts = [a for a in amounts if not re.search(r"\b(?:those|these|the|that)\s*$", q.text[max(0, a.start - 8):a.start], re.I)]
    if len(amounts) != 1:
        return None
    day = _day_of(q, amounts[0])
    sentence = re.split(r"[.?!]\s", q.text[:amounts[0].start])[-1]
    if day is None:
        # 'worked 11.5 hrs yesterday': the day of the date told right after the hours; or a story that says the day
        # was a weekday ('5x8 crew, weekday.') and names no other
        told = next((d for d in q.dates if 0 <= d.start - amounts[0].end <= 3
                     and re.fullmatch(r"(?:yesterday|today|tonight|last night|this morning)", d.text, re.I)), None)
        if told is not None and _WORKED_ON.search(sentence):
            return WEEKDAYS[told.value.weekday()], amounts[0].value
        if re.search(r"\bweek\s?day\b", q.text, re.I) and not re.search(rf"\b{_DAY_NAME}\b|\bweekend\b|\bholiday\b|\bstat\b",
                                                                         q.text, re.I) and _WORKED_ON.search(sentence):
            return "weekday", amounts[0].value
        # 'yesterday (wed) i was on the tools from 7am, 11 hrs worked': the one day its sentence names, the hours said worked
        named = {m.group(1).lower()[:3] for m in re.finditer(rf"\b{_DAY_NAME}\b", sentence, re.I)}
        if len(named) == 1 and not _DAY_RANGE.search(sentence) and (re.match(r"\s*(?:actually\s+|in\s+all\s+|in\s+total\s+)?worked\b",
                                                                             q.text[amounts[0].end:], re.I) or (
                # 'worked saturday (nov 28) on the turnaround, 7am to 3:30 with a half hr lunch so 8 hrs': the day's total
                re.search(r"\b(?:so|that'?s|thats|=)\s*$", sentence, re.I)
                and re.match(rf"\W*(?:i\s+|we\s+|he\s+|she\s+)?worked\s+(?:on\s+)?(?:last\s+|this\s+)?{_DAY_NAME}\b", sentence, re.I))):
            return _FULL_DAY[named.pop()], amounts[0].value
        return None
    return (_FULL_DAY[day], amounts[0].value) if _WORKED_ON.search(sentence) else None


def _worked_day_hours(q: Question) -> tuple[str, float] | None:
    """The day and hours of `_day_worked` ('stat holiday' is the holiday), or of an earned day off worked."""
    found = _day_worked(q)
    if found and _is_earned_day_off(q, found[0]):
        return "earned_day_off", found[1]  # 'this is our week 2 so friday is the earned day off … worked 10 hrs friday'
    if found:
        return found[0].replace("stat ", ""), found[1]
    return _earned_day_off_worked(q)


def _is_earned_day_off(q: Question, day: str) -> bool:
    """The story calls that weekday an earned day off: 'our earned Friday off', 'friday is the earned day off', 'my EDO
    (Friday)'."""
    short = day[:3]  # (misspellings such as 'ernd' are the speller's, before the question is read)
    return bool(re.search(rf"\bearned\s+{short}\w*\s+off\b|\b{short}\w*\s+(?:is|was|being)\s+(?:the|my|our|an?)\s+"
                          rf"(?:earned\s+day\s+off|edo)\b|\b(?:edo|earned\s+day\s+off)\s*[(,:-]?\s*(?:on\s+)?(?:the\s+)?{short}\w*\b",
                          q.text, re.I))


_EARNED_DAY_OFF = re.compile(rf"\b(?:edos?|edo's|earned\s+days?\s+off|earned\s+{DAY_NAME}\s+off)\b", re.I)
# 'worked 10 hours', 'worked the full 12', 'only worked 7 hrs' (not 'a 12-hour compressed schedule')
_DAY_OFF_HOURS = re.compile(r"\b(?:worked|working|did|put in)\s+(?:only\s+|just\s+)?(?:the\s+full\s+|a\s+full\s+)?(?P<hours>\d{1,2}(?:\.\d+)?)"
                           r"(?![\d:/]|\s*(?:am|pm|min)|\s*-?\s*(?:hours?|hrs?)\s+(?:compressed|cww|schedule|shifts?|days?)\b)"
                           r"(?:\s*(?:hours?|hrs?)\b)?", re.I)


def _earned_day_off_worked(q: Question) -> tuple[str, float] | None:
    """'called in on one of my Earned Days Off and worked 10 hours': the hours of an earned day off worked (a day a
    compressed schedule's rules may pay their own way); None unless the story tells one amount of hours worked."""
    if not _EARNED_DAY_OFF.search(q.text):
        return None
    worked = {float(m.group("hours")) for m in _DAY_OFF_HOURS.finditer(q.text)}
    return ("earned_day_off", worked.pop()) if len(worked) == 1 and 0 < next(iter(worked)) <= 24 else None


# 'over 40 hours in a week', 'more than 10 hours in a day': a threshold the question names, not time worked.
_THRESHOLD_HOURS = re.compile(r"\b(?:over|more than|past|beyond|in excess of|above|longer than)\s+$", re.I)


def _asks_the_rule(q: Question) -> bool:
    """'Do I get overtime if I work over 40 hours in a week?', 'When do I get paid for overtime?': a
    question about the rule — its hours are only the threshold it names, and it asks yes or no, or
    when — which the clause answers; a calculation needs time actually worked."""
    hours = q.amounts_in("minutes", "hours")
    if q.dates or q.clocks or re.search(r"\bhow (?:much|many)\b", q.text, re.I):
        return False
    if not hours:
        return bool(re.match(r"\s*(?:when|what day)\b", q.text, re.I))
    return bool(re.search(r"\b(?:if|when|whenever|once)\b", q.text, re.I)) and all(
        _THRESHOLD_HOURS.search(q.text[max(0, a.start - 16):a.start]) for a in hours)


# 'how much extra an hr …?': a rate asked for ('$40 an hour, how much do I get' gives one instead)
_RATE_ASKED = re.compile(r"\bhow much\b(?:(?!\$)[^.?!]){0,25}\b(?:an|a|per)\s+(?:hr|hour)\b", re.I)


def overtime_score(q: Question) -> float:
    if re.search(r"\bmeal (?:allowance|money|ticket)\b", q.text, re.I) and (len(q.clocks) >= 2 or re.search(
            r"\b(?:overtime|ot|kept (?:on|late)|stay(?:ed)? (?:late|on)|worked late)\b", q.text, re.I)):
        return 2.0  # 'kept on after my 1615 quitting time … to 2315: how much meal allowance?' (after surer tools)
    if (_day_worked(q) or _earned_day_off_worked(q)) and (re.search(r"\b(pay|paid|worth|earn|wage|wages|money|get|gross)\b", q.asked(),
                                                                  re.I) or _OVERTIME_ALONE.search(q.asked())) and not (
            _RATE_ASKED.search(q.asked()) and not _OVERTIME.search(q.text)):
        # ('how much extra an hr for working graveyard, 12 to 8am?' asks a rate, not a day's pay)
        return 2.5  # 'worked 12 hours on Monday … what is my pay for that day?': overtime by the day, where paid so
    several_told = _days_worked(q) is not None or _story_worked(q) is not None
    # (a holiday named in a week of three or more days, each with its hours, whose gross is asked: one of the week's days)
    week_with_holiday = re.search(r"\b(?:gross|week'?s?|weekly|total)\b", q.asked(), re.I) is not None and (
        (whole := _story(q)) is not None and len(whole.days) >= 3 and all(d.leave is None and d.hours > 0 for d in whole.days))
    if (several_told or week_with_holiday or (not _holiday_named(q.text) and not re.search(r"\bholidays?\b(?!\s*%)", q.text, re.I) and (told := _story(q)) is not None and len(told.days) >= 2)) and (re.search(
            r"\b(pay|paid|worth|earn|wage|wages|money|owed|come to|cheque|check|paycheck|stub|gross)\b|\$", q.asked(), re.I)
            # 'what should each guy get for those two days?'
            or several_told and re.search(r"\b(?:get|make)\b[^.?!]{0,25}\bfor\b", q.asked(), re.I)):
        # '11 hrs friday, AND came in saturday for 5 hrs … what should fri + sat pay me': days by their bands; 'mon 10, tue
        # 12, … 6 on saturday … the hours portion of my cheque'
        return 2.4
    if not _OVERTIME.search(q.text) or q.denies(r"\bovertime\b"):
        return 0.0
    if _RATE_ASKED.search(q.asked()) and not re.search(
            r"\b(?:overtime|ot)\b", q.text, re.I):
        return 0.0  # 'how much extra an hr for working graveyard?' asks a premium's rate ('an hr' is not an hour worked)
    if not CALC.search(q.text) or not (_PERSONAL.search(q.text) or re.search(r"\bif\b", q.text, re.I)
                                       # 'normally off at 1630 … worked 1715 to 1940': a story told without 'I'
                                       or q.amounts_in("minutes", "hours") or len(q.clocks) >= 2):
        return 0.0
    if _RULE_QUESTION.search(q.text) and (not q.amounts_in("minutes", "hours") or not _PERSONAL.search(q.text)):
        return 0.0
    if _asks_the_rule(q):
        return 0.0
    if re.search(r"\bwork(?:ed)?\b[^.?!]{0,30}\bon\s+(?:the\s+|a\s+)?(?:holiday|" + _holiday_alternatives() + r")", q.text, re.I):
        return 0.0  # hours worked on a holiday: the holiday pay clause answers it
    return 2.5


# What a pay record shows or was paid, not time worked: 'my check shows 2.25 hrs of OT', 'they only paid me 2 hours'.
_PAID_SHOWN = re.compile(r"\b(?:check|cheque|stub|pay\s?check|pay\s?cheque|payroll|timesheet|time sheet)\s+(?:only\s+)?(?:shows?|showed|says|said|"
                         r"has|had|lists?|listed)\s+(?:only\s+|just\s+)?$|\b(?:paid|gave|credited)\s+(?:me|us|him|her|them)\s+"
                         r"(?:only\s+|just\s+)?(?:for\s+)?$", re.I)


def _hourly_rate(q: Question) -> float | None:
    """'$16.00 an hour', '$28/hr', 'my hourly rate is $16', 'my straight-time rate is $30.00 an hour'; else the rate the
    router worked out from a yearly one by the contract's definitions (`Question.derived_rate`)."""
    # (not a year's pay: '$73,046.40 a year'; a rate beside 'a year' of service, '$28/hr … here a year', stays one)
    return next((a.value for a in q.amounts if a.unit == "dollars" and not (a.value >= 1000 and q.near(a, YEARLY_PAY, before=30, after=14))
                 and (q.near(
        a, r"(?:\b(?:an|per)\s*|/\s*)(?:hour|hr)\b|hourly|\brate\b", before=18, after=12) or q.near(
        # 'my hourly rate under the wage table is $32.00': the rate named, then what it is
        a, r"\b(?:hourly|straight[- ]time|base|basic)\s+rate\b[^.?!$\d]{0,30}\b(?:is|of|=)\s*$", before=50, after=0) or q.near(
        # 'base $49.80', 'basic pay is $35.50': a rate by another name, where no week's or year's pay is said
        a, r"\b(?:base|basic)\s*(?:pay\s*|wage\s*)?(?:is\s+|of\s+|=\s*|:\s*|at\s+)?$", before=16, after=0) and not q.near(
        a, r"^\s*(?:a|per|an|/)\s*(?:week|wk|month|year|yr|annum)", before=0, after=12) or q.near(
        # 'worked 4 hrs at $15.00', 'scheduled 10 hrs on the 24th at $49.80': hours at a figure
        a, r"\b\d+(?:\.\d+)?\s*(?:hours?|hrs?)\b(?:\s+on\s+(?:the\s+)?[\w ]{1,20}?)?\s+at\s*$", before=45, after=0) or q.near(
        # 'rate on my stub is $51.36', 'my rate's $32.00': the rate, then where it is shown, then the figure
        a, r"\brate(?:'s|\s+(?:on|in|from)\s+(?:my|the)\s+\w+\s+is|\s+is)\s+$",
        before=40, after=0) or q.near(
        # 'I'm hourly/OT eligible at $29.62'
        a, r"\bhourly\b[^.?!$\d]{0,30}\bat\s*$", before=45, after=0) or q.near(
        # 'straight time is 30.56': the rate by the name of its kind of time
        a, r"\bstraight[- ]time(?:'s|\s+is|\s*:|\s*=)\s*\$?\s*$", before=24, after=0) or re.search(
        # 'paycheque shows 3 hrs pay (the 1.5 hrs at DT) at $30.87': hours of pay at a figure is the hourly rate (read on
        # the raw text: the decimal point in '1.5' is no sentence end)
        r"\b(?:hours?|hrs?)\s+(?:of\s+)?pay\b(?:[^?!$]|\.\d){0,30}\bat\s*$", q.text[max(0, a.start - 60):a.start], re.I))),
        q.derived_rate)


def _year_of(said: str) -> int | None:
    """A year as written beside a season ('2025', '25'), None where none is."""
    return None if not said else int(said) + (2000 if len(said) == 2 else 0)


def _holiday_alternatives() -> str:
    from assistant.calculators.holidays import holiday_name_alternatives

    return holiday_name_alternatives()


# ('finished his shift at 1615')
_NORMAL_END = re.compile(r"\bfinish(?:ed|es)?\s+(?:his|her|my|their|the|our)\s+(?:[\w-]+\s+)?shift\s+(?:at\s+|@\s*)?$|"
                         r"\b(?:shift|day|quitting time|normal(?:ly)? (?:off|done)|off|done|finish(?:es)?|quit)\s+"
                        r"(?:ends?\s+|is\s+|at\s+|@\s*)*(?:at\s+)?$|\b(?:shift|day)\s+ends?\s+(?:at\s+)?$|"
                        r"\b(?:stay|stayed|staying|kept|keep)\s+(?:me\s+|us\s+)?(?:on\s+|late\s+|back\s+)?(?:after|past)\s+$", re.I)  # 'told to stay after 1615'
_LEFT = re.compile(r"\b(?:left|leave|done|finished|clocked out|punched out|swiped out|badged out|tapped out|signed out|went home|"
                   r"got out|until|till|til|to|knocked off|wrapped up|quit)\b[^.;]{0,8}$", re.I)
_SKIPPED_MEAL = re.compile(r"\b(?:skip\w*|no|without|didn'?t take|did not take|don'?t take|do not take|never take|work(?:ed)? through|"
                           r"(?:i'?m|am|was|are|were)\s+not\s+(?:taking|having|getting)|won'?t (?:take|be taking)|"
                           r"straight through)\b"
                           r"[^.?!]{0,25}\b(?:meal|lunch|break)\b|\bstraight through\b", re.I)


def _meal_taken(q: Question) -> int:
    """Minutes of an unpaid meal break the member says was taken ('took the normal half hour lunch',
    'took the 45 min unpaid meal break first'); none when it was skipped or worked through."""
    if _SKIPPED_MEAL.search(q.text):
        return 0
    for a in q.amounts_in("minutes", "hours"):
        if re.match(r"\s*(?:of\s+)?(?:unpaid\s+)?(?:meal|lunch|dinner|supper)\b", q.text[a.end:], re.I) and not re.search(
                r"\bpaid\s+$", q.text[max(0, a.start - 8):a.start], re.I):
            return round(a.value * 60 if a.unit == "hours" else a.value)
    return 0


def _past_shift_end(q: Question) -> int | None:
    """Minutes from the end of the normal shift to when the member left: the shift's range ('my
    regular sched is 8-5 … didn't leave til 8:22pm'), or its end alone ('day shift ends 1615 … worked
    till 1853', 'normally off at 1615 … punched out at 1950')."""
    stayed = _stayed_past_shift(q)
    if stayed is not None:
        return stayed
    # 'worked my normal 8 on wednesday then stayed on 3 hrs 34 min overtime': the time past the shift, told as a length
    for length in q.amounts_in("hours", "minutes"):
        if re.search(r"\b(?:stayed|kept|held)\s+(?:me\s+|us\s+|him\s+|her\s+)?(?:on\s+|late\s+|over\s+|back\s+)?$",
                     q.text[max(0, length.start - 25):length.start], re.I) and re.match(
                r"\s*(?:of\s+)?(?:overtime|ot|over|extra|late)\b", q.text[length.end:], re.I) and re.search(
                r"\b(?:normal|regular|usual)\b[^.?!]{0,20}\b(?:\d{1,2}|shift|day)\b", q.text[:length.start], re.I):
            return round(length.value * 60 if length.unit == "hours" else length.value)
        # 'after my 45 min unpaid break i stayed on and did 2 hrs 50 min OT on a tuesday': the overtime's length, told
        # after staying on
        if re.search(r"\b(?:did|worked|put in|pulled)\s+(?:an?\s+)?(?:extra\s+)?$", q.text[max(0, length.start - 25):length.start],
                     re.I) and re.match(r"\s*(?:of\s+)?(?:overtime|ot)\b", q.text[length.end:], re.I) and re.search(
                r"\b(?:stayed|kept|held)\s+(?:me\s+|us\s+|him\s+|her\s+)?(?:on|late|over|back)\b", q.text[:length.start], re.I):
            return round(length.value * 60 if length.unit == "hours" else length.value)
    for first, later in zip(q.clocks, q.clocks[1:], strict=False):
        ends = _NORMAL_END.search(q.text[max(0, first.start - 30):first.start]) or re.match(
            r"\s*(?:quitting time|finish(?:ing)? time|end of (?:my |the )?shift)\b", q.text[first.end:], re.I)
        if ends and _LEFT.search(q.text[max(0, later.start - 25):later.start]):
            gap = (later.minutes - first.minutes) % (24 * 60)
            if gap >= 12 * 60 and re.fullmatch(r"\d{1,2}(?::\d\d)?", later.text.strip()):
                gap -= 12 * 60  # 'off at 4:15 … stayed till 5:40': a bare time after the shift's end is the same evening
            return gap if 0 < gap < 12 * 60 else None
    return None


def _worked_after_shift(q: Question) -> int | None:
    """Minutes of a stretch worked after the shift, written as its own clock range: 'day shift guy here
    (0745-1615) … took the 45 min unpaid break after my shift, then worked 1700 to 2051' is 231 minutes (the
    break already left out). The first range must be the shift (named so just before it) and the second start
    at or within three hours after its end."""
    ranges = [(first, second) for first, second in zip(q.clocks, q.clocks[1:], strict=False)
              if _RANGE_END.search(q.text[first.end:second.start]) and len(q.text[first.end:second.start]) < 12]
    if len(ranges) == 3:  # '… took the 45-minute unpaid meal break right after my shift (1615–1700) and then worked from 1700 to 1937'
        ranges = [(a, b) for a, b in ranges if not (
            re.search(r"\b(?:meal|lunch|supper|dinner|break)\b[^.;]{0,30}$", q.text[max(0, a.start - 40):a.start], re.I)
            and 0 < (b.minutes - a.minutes) % (24 * 60) <= 90)]
    named_shift = bool(ranges) and re.search(r"\b(?:shift|schedule|sched|hours are|on (?:days|nights|afternoons|evenings))\b"
                                             r"[^.;]{0,20}$", q.text[max(0, ranges[0][0].start - 30):ranges[0][0].start], re.I) is not None
    # '… took the usual unpaid break right after 1615, started back at 1700, and finished at 1958': the stretch runs
    # from when work started again to the end, told as two times rather than one range
    resumed = next((c for c in q.clocks if re.search(r"\b(?:(?:started|got|came|went|was)\s+back(?:\s+(?:in|on|to work))?|"
                                                      r"resumed(?:\s+work)?)\s+(?:at\s+|@\s*|around\s+)?$",
                                                      q.text[max(0, c.start - 30):c.start], re.I)), None)
    if len(ranges) == 1 and named_shift and resumed is not None and resumed.start > ranges[0][1].end:
        finish = next((c for c in q.clocks if c.start > resumed.end and _LEFT.search(q.text[max(0, c.start - 25):c.start])), None)
        if finish is not None:
            ranges.append((resumed, finish))
    if len(ranges) == 1 and not named_shift:
        # the shift told by its end alone: 'normally off at 1615 … took the 45 min unpaid break then worked 1700 to 1953'
        told_end = next((c for c in q.clocks if c.end <= ranges[0][0].start
                         and _NORMAL_END.search(q.text[max(0, c.start - 30):c.start])), None)
        if told_end is not None:
            ranges.insert(0, (told_end, told_end))
            named_shift = True
    if len(ranges) != 2 or not named_shift:
        return None
    (_, shift_end), (start, end) = ranges
    if not 0 <= (start.minutes - shift_end.minutes) % (24 * 60) <= 180:
        return None
    worked = (end.minutes - start.minutes) % (24 * 60)
    return worked if 0 < worked < 12 * 60 else None


def _range_after_whole_shift(q: Question) -> int | None:
    """Minutes of the one clock range told after a whole shift worked, the shift told in words: 'worked my day shift
    thursday and … got asked to stay on for overtime. took the 45 min unpaid break after my shift, then worked 1700 till
    1935' is 155 minutes past the shift (the range alone is not the day's hours)."""
    ranges = _clock_ranges(q.text, q.clocks)
    if len(ranges) != 1 or len(q.clocks) != 2:
        return None
    before = q.text[:ranges[0][0].start]
    if not re.search(r"\b(?:worked|did|finished|put in|working)\s+(?:my|the|a|our|his|her|their)\s+(?:full\s+|whole\s+|normal\s+|"
                     r"regular\s+|usual\s+|scheduled\s+)?(?:(?:day|night|evening|afternoon|morning|swing|graveyard)\s+)?shift\b",
                     before, re.I):
        return None
    if not re.search(r"\bafter\s+(?:my|the|his|her|their)\s+(?:\w+\s+)?shift\b|\bstay(?:ed)?\s+(?:on|late|over|back)\b|"
                     r"\b(?:held|kept)\s+(?:over|on|late|back)\b", before, re.I):
        return None
    worked = (ranges[0][1].minutes - ranges[0][0].minutes) % (24 * 60)
    return worked if 0 < worked < 12 * 60 else None


def _named_day(q: Question) -> str | None:
    """The one day of the week the question names ('last Saturday', 'on a wednesday'), or 'holiday'."""
    ranges = [m.span() for m in _DAY_RANGE.finditer(q.text)]  # 'Monday to Friday' is the schedule, not the day
    days = {m.group(0).lower() for m in re.finditer(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", q.text, re.I)
            if not any(a <= m.start() < b for a, b in ranges)}
    if not days:  # ('Tues the foreman told our crew …': a weekday's short name, where no day is written in full)
        days = {_FULL_DAY[m.group(0).lower()[:3]] for m in re.finditer(r"\b(?:mon|tues?|wed|thu|thurs?|fri)\b", q.text, re.I)
                if not any(a <= m.start() < b for a, b in ranges)}
    if len(days) == 1:
        return days.pop()
    if not days and re.search(r"\bday of rest\b|\brest day\b", q.text, re.I):
        return "rest_day"
    return None


def _day_by_clock(q: Question) -> tuple[str, float] | None:
    """'Saturday … worked from 0700 to 1745 straight through': the day named and the hours between
    the two clock times, less an unpaid meal break the member says was taken."""
    day = _named_day(q)
    span = _clock_range(q)
    if day is None or span is None:
        return None
    hours = span - _meal_taken(q) / 60
    return (day, round(hours, 4)) if 0 < hours <= 24 else None


def _story(q: Question) -> week.Week | None:
    """The week told in pieces (`week.story`), a holiday known by the word or by its name."""
    return week.story(q.text, lambda piece: bool(_HOLIDAY.search(piece) or _holiday_named(piece)))


# A list of hours worked: 'Hours worked: Mon 10, Tue 8, …', 'member worked mon 8, tue 8, …'.
_WORKED_LIST = re.compile(rf"\b(?:hours|hrs)\s+worked\s*[:\-–]|\b(?:worked|did|put in)\s*:?\s+{DAY_NAME}\b", re.I)


def _story_worked(q: Question, told: week.Week | None = None) -> week.Week | None:
    """The week told as a list of hours worked with the holiday's day among them ('Hours worked: Mon 10, Tue 8, Wed Nov
    11 (<the holiday>) 8, Thu 9, Fri 8'): the holiday's hours are work on it, not the holiday's pay; None otherwise.
    `told`: the story already read, where the caller has it."""
    listed = _WORKED_LIST.search(q.text)
    if listed is None or re.search(r"\b(?:off|day off|not work\w*|didn'?t work|did not work|paid holiday|holiday pay for)\b",
                                   q.text[listed.start():], re.I):
        return None
    told = told or _story(q)
    if told is None:
        return None
    holidays = [d for d in told.days if d.leave == "holiday"]
    if len(holidays) != 1 or holidays[0].hours <= 0 or any(d.leave not in (None, "holiday") for d in told.days):
        return None
    return week.Week([replace(d, leave=None) for d in told.days], [a for a in told.assumed if "holiday" not in a.lower()])


def _week_by_day(q: Question, rules: Rules) -> Inputs | None:
    """The week told day by day ('mon 12 hrs, tue 8 …', 'sick leave Monday, then 8 hrs each Tue-Fri'):
    time off counts toward overtime only where the rules quote that it does (a holiday by
    `holidays_count`, other leave named in `counts_as_worked`); None when the week cannot be read
    whole, or a holiday is mentioned without its hours."""
    days = week.ledger(q.text)
    if days is None:
        told = _story(q)
        if told is None:
            return None
        days = told.days
        q.assumptions.extend(told.assumed)
    spec = rules.get("pay", "overtime")
    holiday_hours = sum(d.hours for d in days if d.leave == "holiday")
    if not holiday_hours and (_HOLIDAY.search(q.text) or _holiday_named(q.text)):
        return None
    counted_leave = str((spec.get("counts_as_worked") or {}).get("quote", "")).lower()
    worked = [d.hours for d in days if d.leave is None]
    leave = sum(d.hours for d in days if d.leave not in (None, "holiday", "unpaid") and d.leave.split()[0] in counted_leave)
    uncounted = sorted({d.leave for d in days if d.leave not in (None, "holiday", "unpaid") and d.leave.split()[0] not in counted_leave})
    if uncounted:
        q.assumptions.append(f"{', '.join(uncounted).capitalize()} not counted as time worked: this contract's overtime rules "
                             "do not say it counts.")
    params: dict[str, Any] = {"hours_worked_week": sum(worked) + leave, "week_days": worked}
    if holiday_hours and "holidays_count" in spec:
        params["holiday_hours"] = holiday_hours
    rate = _hourly_rate(q)
    if rate is not None:
        params["hourly_rate"] = rate
    asked = q.asked()
    params["ask"] = "cto" if re.search(r"\b(cto|comp|compensating)\b", asked, re.I) and not re.search(
        r"\b(?:not|instead of|rather than|in place of)\s+(?:cto|comp)", asked, re.I) else "gross" if rate is not None and re.search(
        # 'What should my gross be for that week?': the week's whole pay, not the overtime alone
        r"\bgross\b", asked, re.I) else "pay" if rate is not None and (
        # ('my rate is 30.12. do i get any OT and how much?': with the rate told, how much is money)
        _PAY_ASKED.search(asked) or re.search(r"\bhow much\s*\??\s*$", asked, re.I)) else "credited"
    return Inputs(params)


def _meal_cost(q: Question) -> float | None:
    """What the meal itself cost: 'grabbed dinner for $9.80', 'bought breakfast for $6.40'."""
    return next((a.value for a in q.amounts if a.unit == "dollars" and q.near(
        a, r"\b(?:breakfast|lunch|dinner|supper|meal|food)\b[^.;,]{0,12}$", before=25, after=0)), None)


_CAME_IN_AT = re.compile(r"\b(?:come|came|coming|report(?:ed)?|get|got|be)\s+(?:in\s+)?(?:at|by)\s+$|\bin\s+at\s+$|\bstart(?:ed)?\s+at\s+$", re.I)


def _before_shift(q: Question) -> int:
    """Minutes of overtime before the shift began: '30 min early', or an arrival time before the regular shift's range
    ('my regular shift is 8:00 a.m. to 5:00 p.m. … required me to come in at 5:30 a.m.'); 0 when none is told."""
    early = next((a for a in q.amounts_in("minutes", "hours") if q.near(
        a, r"^\s*(?:early|before (?:my|the|her|his) (?:shift|start)|prior to (?:my|the) shift)\b", before=0, after=30)), None)
    if early is not None:
        return round(early.value * (60 if early.unit == "hours" else 1))
    for first, second in zip(q.clocks, q.clocks[1:], strict=False):
        if not (_RANGE_END.search(q.text[first.end:second.start]) and len(q.text[first.end:second.start]) < 6
                and re.search(r"\b(regular|normal|usual|sched\w*|shift|hours are|i work)\b", q.text[max(0, first.start - 30):first.start],
                              re.I)):
            continue
        arrival = next((c for c in q.clocks if c is not first and c is not second
                        and _CAME_IN_AT.search(q.text[max(0, c.start - 16):c.start])), None)
        if arrival is not None and 0 < first.minutes - arrival.minutes < 8 * 60:
            return first.minutes - arrival.minutes
        return 0
    return 0


def _overtime_range_after_end(q: Question) -> int | None:
    """Minutes of overtime told as its own range after the shift's end: 'day shift ends 16:15 … took the 45 min unpaid
    break then did OT from 17:00 till 00:30' is 450 (the gap before it is no overtime); the range must start within
    three hours of the end."""
    for end, begin, finish in zip(q.clocks, q.clocks[1:], q.clocks[2:], strict=False):
        if not (_NORMAL_END.search(q.text[max(0, end.start - 30):end.start]) or re.match(
                r"\s*(?:quitting time|finish(?:ing)? time|end of (?:my |the )?shift)\b", q.text[end.end:], re.I)):
            continue
        if not re.search(r"\b(?:ot|overtime)\s+(?:from\s+|starting\s+(?:at\s+)?)$", q.text[max(0, begin.start - 25):begin.start], re.I) \
                or not _RANGE_END.search(q.text[begin.end:finish.start]) or len(q.text[begin.end:finish.start]) > 12:
            continue
        if 0 <= (begin.minutes - end.minutes) % (24 * 60) <= 180:
            length = (finish.minutes - begin.minutes) % (24 * 60)
            return length if 0 < length < 16 * 60 else None
    return None


def _overtime_meal(q: Question, rules: Rules) -> Extraction:
    """'Kept on after my 1615 quitting time … worked straight through to 2315: how much meal allowance?' —
    the overtime past the shift's end (less a meal break taken), or before it, or a day of rest's hours; the
    meal's cost where the rules pay it up to the allowance; asked for when missing."""
    spec = rules.get("pay", "overtime_meal")
    elsewhere = [str(w) for w in (spec.get("elsewhere") or {}).get("words", [])]
    if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", q.text, re.I) for w in elsewhere):
        return None  # a workplace whose own meal rules the clauses give (a place the rules' `elsewhere` words name), not these
    extra: dict[str, Any] = {}
    cost = _meal_cost(q) if spec.get("up_to") else None
    if cost is not None:
        extra["meal_spent"] = cost
    before = _before_shift(q) if "further" not in spec else 0
    if before:
        extra["before_minutes"] = before
    after_end = _overtime_range_after_end(q)
    if after_end is not None:
        return Inputs({"ask": "meal_allowance", "overtime_minutes": after_end, **extra})
    past = _past_shift_end(q)
    if past is not None and before and not re.search(r"\b(?:stay\w*|stayed|left|clocked out|punched out|badged out|until|till|til|"
                                                     r"after (?:my|the|her|his) shift)\b", q.text, re.I):
        past = None  # 'come in at 5:30 a.m., then worked my regular shift': the arrival is before the shift, not after it
    if past is not None:
        worked = past - _meal_taken(q)
        return Inputs({"ask": "meal_allowance", "overtime_minutes": worked, **extra}) if worked > 0 else None
    stayed = next((a for a in q.amounts_in("hours", "minutes") if q.near(
        a, r"\b(?:after|past)\s+(?:my|the|our)\s+(?:shift|quitting time|day)|\b(?:late|over|extra|of (?:ot|overtime))\b",
        before=0, after=30)), None)  # 'stay 3 hrs after my shift'
    if stayed is not None:
        return Inputs({"ask": "meal_allowance", "overtime_minutes": round(stayed.value * (60 if stayed.unit == "hours" else 1)),
                       **extra})
    rest = _day_by_clock(q) or _worked_day_hours(q)
    if rest is not None and (rest[0] in ("saturday", "sunday", "rest_day", "holiday") and re.search(
            r"\b(?:day of rest|rest day|day off|holiday|stat)\b", q.text, re.I)):
        day_off: dict[str, Any] = {"ask": "meal_allowance", "overtime_minutes": round(rest[1] * 60), "rest_day": True, **extra}
        if "beyond_day_hours" in (spec.get("rest_day") or {}):
            usual = week.usual_day_hours(q.text)
            if usual is None:
                return Ask(["regular workday hours"], "How many hours is your regular workday?", day_off)
            day_off["regular_day_hours"] = usual
        return Inputs(day_off)
    if before:
        return Inputs({"ask": "meal_allowance", "overtime_minutes": 0, **extra})
    return Ask(["overtime worked"], "When did your overtime start and end (for example 'off at 4:15, worked till 7:30')?",
               {"ask": "meal_allowance", **extra}, spec | {"label": "Overtime meal allowance"})


_SET_ASIDE = re.compile(# 'Leaving aside the holiday pay allowance and vacation pay percentages'
                        r"\b(?:leaving|leave|setting|set|putting|put)\s+aside\s+(?:the\s+|any\s+|my\s+|his\s+|her\s+)?"
                        r"(?:[\w/-]+\s+){0,4}?(?:allowances?|premiums?|percentages?|meals?)\b"
                        r"(?:\s+(?:and|or|&)\s+(?:the\s+)?(?:[\w/-]+\s+){0,3}?(?:allowances?|premiums?|percentages?|pay)\b)?|"
                        r"\b(?:leaving|leave|setting|set|putting|put)\s+[^,.?!]{0,50}?\baside\b|"
                        r"\b(?:[\w-]+\s+){0,3}?(?:meals?|breaks?|allowances?|tickets?)\s+(?:[\w-]+\s+){0,2}?aside\b|"
                        r"\b(?:not counting|not including|excluding|apart from|leaving out|leave out|ignoring|ignore)\s+"
                        r"(?:the\s+|any\s+|my\s+)?(?:\w+\s+){0,3}?(?:meals?|lunch(?:es)?|breaks?|allowances?|tickets?|vouchers?)\b"
                        r"(?:\s+(?:and|or|&)\s+(?:\w+\s+){0,2}?(?:meals?|breaks?|allowances?)\b)?|"
                        # 'what should that day pay, before any meal or holiday/vacation allowances?'
                        r"\bbefore\s+(?:any\s+|the\s+|my\s+)?(?:[\w/-]+\s+){0,4}?(?:allowances?|premiums?|deductions?|tickets?)\b", re.I)


# Someone else's figure, in the same sentence before it: to be checked, not time worked.
_SAID_BY_OTHERS = re.compile(r"\b(?:payroll|hr|my sup\w*|the sup\w*|supervisor|manager|boss|they|he|she|dept|department|"
                             r"co-?workers?|foreman|lead hand|(?:my|the|our) lead|(?:my|the|our) (?:shop |union )?(?:steward|rep)|someone|somebody|everyone|people|"
                             r"(?:the|my|our) (?:employer|company|contractor|county|state))\s+"
                             r"(?:only\s+|just\s+)?(?:says?|said|claims?|claimed|told me|thinks?|is saying|are saying|keeps? saying|"
                             # 'they only put 3.75 hrs on my sheet', 'payroll paid me 2 hrs': their figure, to be checked
                             # not 'my department put me on standby 16 hours a night': what they had the member do
                             r"put(?!\s+(?:me|us|her|him|them)\s+(?:on|in)\b)|gave|paid|credited|showed|shows|listed|entered|"
                             r"counted)\b", re.I)


def _said_by_others(q: Question, start: int) -> bool:
    """Whether the figure at `start` is someone else's ('a coworker says it's 8 hours for every 20 nights')."""
    return bool(_SAID_BY_OTHERS.search(re.split(r"[.;!?]\s", q.text[:start])[-1]))


# A call back ('sup called me back around 6'): its pay is the call-back tool's, not overtime past the shift's end.
_CALLED_BACK = re.compile(r"\bcall(?:ed|s)?\s+(?:me\s+|us\s+|him\s+|her\s+)?back\b|\bcall-?backs?\b|\brecall(?:ed)?\b", re.I)
# The overtime meal allowance asked beside the overtime's pay: 'incl the meal money', 'plus any meal allowance'.
_MEAL_INCLUDED = re.compile(r"\b(?:incl\w*|plus|and|with|\+|add(?:ing)?)\s+(?:the\s+|any\s+|my\s+|a\s+)?(?:ot\s+|overtime\s+)?meal\s+"
                            r"(?:money|allowance|allowence|\$)|"
                            # 'what should I get for the overtime, meal allowance included?'
                            # (not 'do i get meal money too?', a second question)
                            r"\bmeal\s+(?:money|allowance|allowence)\s+(?:included|incl\w*)\b", re.I)


def _meal_added_to_pay(q: Question, asked: str) -> bool:
    """The overtime's pay asked with its meal allowance added ('how much for the OT incl the meal money?'), not a call
    back's."""
    return bool(_MEAL_INCLUDED.search(asked)) and not _CALLED_BACK.search(q.text)


def _said_is_workday(q: Question, day: str) -> bool:
    """The story says what that day is for the member: 'my regular Friday', 'Monday to Friday', 'mon-fri', 'my day off'."""
    short = day[:3]
    return bool(re.search(rf"\b(?:my|our|a)\s+(?:regular|normal|usual|scheduled)\s+{short}\w*|\b{short}\w*\s+(?:is|was)\s+"
                          rf"(?:my|our|a)\s+(?:regular|normal|usual|work|day off|rdo|edo)|\bdays?\s+off\b", q.text, re.I)
                or any(_weekday(m, 1) <= WEEKDAYS.index(day) <= _weekday(m, 2) for m in _DAY_RANGE.finditer(q.text)))


def _schedule_day_length(q: Question, amount: Amount) -> bool:
    """'works a regular 40-hour Monday-Friday week, 8 hours a day': the schedule's day, told in a sentence about the
    schedule, not hours worked ('worked 10 hours a day for 3 days' is time worked)."""
    if amount.unit != "hours" or not re.match(r"\s*(?:a|per|each)\s+day\b(?![^.;,]{0,12}\bfor\s+(?:\d|two|three|four|five))",
                                              q.text[amount.end:], re.I):
        return False
    sentence = re.split(r"[.;!?]\s", q.text[:amount.start])[-1]
    return bool(re.search(r"\b(?:regular|normal|usual|scheduled?|works? an?)\b", sentence, re.I))


def _rest_day_minimum_told(q: Question, spec: dict[str, Any]) -> dict[str, Any] | None:
    """The rules' minimum for overtime set in advance on a day of rest, where the story says the member's was
    ('prescheduled overtime on my saturday off'); None otherwise."""
    minimum = spec.get("rest_day_minimum")
    return minimum if minimum and _said_of_member(q, [minimum]) is not None else None


def overtime_extract(q: Question, rules: Rules) -> Extraction:
    # 'leaving meal breaks and meal allowances aside', 'not counting the meal allowance': not what is asked
    asked = _SET_ASIDE.sub(" ", q.asked())
    # 'What is his overtime pay for that evening, and does he also get the $12 overtime meal allowance?': the pay asked
    # first; the allowance is a second question, for the clauses
    first_ask = re.split(r",?\s+and\s+(?:does|do|is|will|would|can|should)\b", asked, maxsplit=1, flags=re.I)[0]
    split_off = False
    if first_ask != asked and _OVERTIME.search(first_ask) and re.search(r"\b(?:pay|paid|money|owed)\b", first_ask, re.I) \
            and not re.search(r"\b(?:meal|ticket|voucher|allowance)\b", first_ask, re.I):
        asked, split_off = first_ask, True
    # (the story's meal counts only where no second question about it was set aside: 'how much overtime pay is that? and
    # do i get the $12 meal allowance for it?' asks the pay first)
    if rules.has("pay", "overtime_meal") and re.search(r"\bmeal (?:allowance|money|ticket)\b|\bmeal\b[^.?!]{0,20}\$",
                                                        asked + ("" if split_off else " " + _SET_ASIDE.sub(" ", q.text)), re.I) and re.search(
            r"\bhow much\b|\bdo i get\b|\bowed\b|^\W*(?:an?\s+|the\s+)?(?:ot|overtime)\s+meal\s+(?:allowance|money)\W*$", asked, re.I) \
            and not (_meal_added_to_pay(q, asked) and rules.has("pay", "daily_overtime") and _hourly_rate(q) is not None):
        # ('… dinner cost me $7.25. OT meal allowance?'; the overtime's pay with the meal added is the day's, below)
        return _overtime_meal(q, rules)
    if re.search(r"\b(?:meal|ticket|voucher|allowance)\b", asked, re.I) and (
            not _OVERTIME.search(asked) or _MEAL_ALLOWANCE_ASKED.search(asked)
            # 'what do I get for the missed OT meal all in?'
            or re.search(r"\bfor\s+(?:the|my|a|our|that)\s+(?:missed\s+|missing\s+)?(?:ot\s+|overtime\s+)?meal\b", asked, re.I)) \
            and not _MEAL_INCLUDED.search(asked):
        # 'got an OT meal ticket: how much is the ticket worth?', 'how much OT meal allowance do I get?' ask about the
        # meal, not the overtime (a contract whose rules pay one is answered above).
        return None
    if _RULE_ASKED.search(q.text) and not re.search(r"\b(?:i|we)\s+(?:worked|work|did|put in|stayed|was)\b", q.text, re.I):
        return None  # 'do I get overtime after 8 hrs in a day or only after 40 a week?' asks the rule
    worked_day = _day_worked(q)
    if rules.has("pay", "daily_overtime"):
        spec = rules.get("pay", "daily_overtime")
        several = _days_worked(q)
        if several is not None and len(several) >= 2 and not re.search(rf"\b{_DAY_NAME}\b", q.asked(), re.I):
            # 'Mon 10 hrs, Tue 8, Wed … worked 6, Thu 9.5, Fri 8 and then 5 hrs Saturday': the days with a unit written are
            # only some of the week the reader finds, each with the same hours (not where the days asked are named)
            whole = _story(q)
            if whole is not None and len(whole.days) > len(several) and all(d.leave is None for d in whole.days) and all(
                    any(d.name == day and d.hours == hours for d in whole.days) for day, hours in several):
                several = [(d.name, d.hours) for d in whole.days if d.hours > 0]
        rest_of_week = re.search(r"\b(?:rest of the week|other (?:week)?days|every other (?:week)?day)\b", q.text, re.I)
        # (not 'on the 4x10 Monday to Thursday schedule I worked Friday 9 hours': one day, after the schedule's)
        if (several is None and worked_day is None) or rest_of_week:
            story = _story(q)
            told_whole = _story_worked(q, story) or story
        else:
            told_whole = None
        if several is None and worked_day is not None and not rest_of_week and re.search(
                r"\b(?:week|wk|gross|total|(?:those|these|all)\s+(?:the\s+)?hours|"
                # 'what should he get for those 3 days incl the shift premium'
                r"(?:those|these|all|the)\s+(?:\d|two|three|four|five|six)\s+days)\b", q.asked(), re.I):
            # 'worked Mon 10 hrs, Tue 11.5, Wed 8, Thu 12, Fri 8 and Sat 6': a week told after its first day's hours
            week_told = _story(q)
            told_whole = week_told if week_told is not None and len(week_told.days) >= 3 else None
        if told_whole is not None and len(told_whole.days) >= 2 and all(d.leave is None for d in told_whole.days):
            # 'mon 10, tue 12, wed 8, thu 11, fri 8 and then 6 on saturday', 'tues i worked 10 hrs, rest of the week
            # normal 8s, then came in sat for 7 hrs': the week told in pieces, every day with its hours
            several = [(d.name, d.hours) for d in told_whole.days if d.hours > 0]
            q.assumptions.extend(told_whole.assumed)
            rest_of_week = None
        if several is not None and len(several) >= 2:
            alone = bool(_OVERTIME_ALONE.search(q.asked())) or (told_whole is not None and bool(re.search(
                # 'how much overtme $ for the tues extra + the sat?', 'just the hours paid at premium rates'
                r"\b(?:overtime|overtme|ot)\s*(?:\$|pay\b|money\b)|\bpaid at (?:premium|overtime|ot)\b|\bpremium rates?\b|"
                # 'what should the overtime (the time-and-a-half and double-time hours) come to for the week?'
                r"\bthe\s+(?:overtime|ot)\b(?:\s*\([^)]*\))?\s+(?:come to|be worth|amount to|add up to)\b",
                q.text[q.text.find(q.asked()):] if q.asked() else "", re.I)))
            if not alone and rest_of_week:
                return None  # the whole week's pay, with days whose hours are not told
            chosen = _daily_schedule(q, spec)
            holiday_day = _holiday_among(q, rules, [d for d, _ in several], chosen)
            by_days: dict[str, Any] = {"days_worked": [{"day": d, "hours": h, **({"holiday": True} if d == holiday_day else {})}
                                                       for d, h in several], "overtime_only": alone}
            if chosen is not None:
                by_days["schedule"] = chosen
            several_rate = _hourly_rate(q)
            if several_rate is not None:
                by_days["hourly_rate"] = several_rate
            return Inputs(by_days)
        by_day: dict[str, Any]
        day_worked = _worked_day_hours(q)
        whole_then_range = _range_after_whole_shift(q)
        if whole_then_range is not None:
            day_worked = None  # the range is the time past a whole shift, not the day's hours
        # a stretch told after the shift's break ('started back at 1700, finished at 1958') is the overtime, not the
        # time from the shift's end to leaving, which would count the break
        after = _worked_after_shift(q) if day_worked is None and whole_then_range is None else whole_then_range
        past = _past_shift_end(q) if day_worked is None and after is None else None
        through = _meal_worked_through(q) if spec.get("meal_worked") and day_worked is None and past is None and after is None \
            else None
        if through is not None:
            # 'had me keep working right through our 1200-1230 lunch … how much extra?': the contract pays the meal
            # period worked at the overtime rate, so it is overtime past the day's straight time
            day = _named_day(q)
            by_through: dict[str, Any] = {"day": day or "weekday", "past_shift_minutes": through, "meal_worked": True}
            rate = _hourly_rate(q)
            if rate is not None:
                by_through["hourly_rate"] = rate
            return Inputs(by_through)
        by_clock = _day_by_clock(q) if day_worked is None and past is None else None
        if day_worked is not None:
            by_day = {"day": day_worked[0], "day_hours": day_worked[1]}
        elif (past is not None and _OVERTIME.search(q.text)) or after is not None:
            # past the shift's end less a meal break taken, or a stretch after the shift that already leaves the break out
            past_worked = past - _meal_taken(q) if past is not None else after
            if past_worked is None or past_worked <= 0:
                return None
            day = _named_day(q)
            if day is None:
                q.assumptions.append("I took the overtime to be on a normal workday (no day of the week was given).")
            by_day = {"day": day or "weekday", "past_shift_minutes": past_worked}
        elif by_clock is not None:
            by_day = {"day": by_clock[0], "day_hours": by_clock[1]}
        else:
            asked_days = {_FULL_DAY[m.group(1).lower()[:3]] for m in re.finditer(rf"\b{_DAY_NAME}\b", q.asked(), re.I)}
            day = asked_days.pop() if len(asked_days) == 1 else _named_day(q)  # ('got told friday … paid for saturday?')
            if day not in ("saturday", "sunday") or not _OVERTIME.search(q.text) or len(q.clocks) >= 2 or not re.search(
                    # ('what should he have got?', not 'the last day the hall has to get it to the contractor')
                    # (nor 'what rate do we get', which asks the rule)
                    r"\b(?:paid|pay|make|earn|owed)\b|\b(?:should|would)\s+(?:i|we|she|he|they)\s+(?:have\s+)?"
                    r"(?:get|got|gotten|receive)\b", q.asked(), re.I):
                return None  # (the day's times told are another reading's: 'came in at 0800 and they sent me home at 0948')
            # 'prescheduled OT this saturday (my day of rest) … how much am i gonna get paid for saturday?': the day's pay
            # needs its hours, asked for; the reply ('6 hours') is the day's
            # (not the hours someone else paid: 'they paid him 3 hours')
            rest_hours = [a for a in q.amounts_in("hours") if a.value <= 24 and not _said_by_others(q, a.start)]
            # ('the job only took an hour and a half')
            if len(rest_hours) != 1 or not re.search(r"\b(?:worked|work|took|lasted|ran)\b[^.?!]{0,12}$",
                                                     q.text[max(0, rest_hours[0].start - 20):rest_hours[0].start], re.I):
                if rest_hours:
                    return None
                return Ask(["hours worked"], f"How many hours did you (or will you) work on {day.capitalize()}?", {"day": day},
                           rule=_rest_day_minimum_told(q, spec))
            by_day = {"day": day, "day_hours": rest_hours[0].value}
        named_schedule = _daily_schedule(q, spec)
        if named_schedule is not None:
            by_day["schedule"] = named_schedule
            paid_days = spec["schedules"][named_schedule]["days"]
            if "earned_day_off" in paid_days and "day_hours" in by_day and (re.search(
                    r"\b(?:edos?|earned\s+days?\s+off|scheduled\s+days?\s+off)\b", q.text, re.I) or _is_earned_day_off(q, by_day["day"])):
                by_day["day"] = "earned_day_off"  # 'called in on one of my EDOs', on a schedule whose rules pay them
            group = "weekday" if by_day["day"] in (*WEEKDAYS[:5], "weekday") else "rest_day"
            if by_day["day"] not in paid_days and group not in paid_days:
                return None  # a schedule whose rules pay only some of its days (its days off) leaves the rest to the clauses
        # 'called in on one of our EDOs', 'friday is our earned day off': a day off that a special schedule sets,
        # paid as that schedule says; read as a normal workday of the default schedule it is a wrong number.
        if "schedule" not in by_day and by_day["day"] not in ("saturday", "sunday", "rest_day", "holiday") and re.search(
                r"\b(?:edos?|rdos?|earned\s+days?\s+off|scheduled\s+days?\s+off|days?\s+off)\b", q.text, re.I):
            return None
        # 'on the 9/80', 'compressed work week', day lengths written with dashes: a schedule the rules do not model pays its
        # days its own way
        if "schedule" not in by_day and re.search(r"\b9/80\b|\bcompress\w*\s+work\s*week|\bcww\b|\b\d{1,2}(?:-\d{1,2}){3,}\b",
                                                  q.text, re.I):
            return None
        # (a schedule the rules keep for the members who name it — one worksite's — is never assumed)
        differs = [name for name, plan in spec["schedules"].items() if by_day["day"] in plan.get("days", {})
                   and not plan.get("named_only")] if by_day["day"] in WEEKDAYS else []
        if named_schedule is None and differs and "day_hours" in by_day and not _said_is_workday(q, by_day["day"]):
            # 'worked Friday, 10 hours': a normal day on one schedule the rules model, a day off on another
            options = [str(spec["default_schedule"]), *(name for name, plan in spec["schedules"].items()
                                                        if name != spec["default_schedule"] and not plan.get("named_only")
                                                        and (by_day["day"] in plan["days"] or "weekday" in plan["days"]))]
            return Ask(["schedule"], f"Which schedule are you on ({', '.join(options)})? "
                       f"{by_day['day'].capitalize()} is paid differently on each.", by_day)
        day_rate = _hourly_rate(q)
        if day_rate is not None:
            by_day["hourly_rate"] = day_rate
            if "past_shift_minutes" in by_day and rules.has("pay", "overtime_meal") and _meal_added_to_pay(q, q.asked()):
                by_day["with_meal"] = True  # 'how much for the OT incl the meal money?'
        shift = shift_named(rules, q.text)
        if shift is not None:
            by_day["shift"] = shift  # a flat premium for that shift's hours, where the rules pay one
        if _rest_day_minimum_told(q, spec) is not None:
            by_day["reported"] = True  # 'had prescheduled overtime on my saturday off … sent everyone home'
        if "day_hours" in by_day and _OVERTIME_ALONE.search(q.asked()):
            by_day["overtime_only"] = True  # 'worked 12 hrs on tuesday … what do the 4 hrs of overtime pay me?'
        if spec.get("comp_leave") and re.search(r"\b(?:comp(?:ensatory)?\s+(?:leave|time)|in lieu|bank)\b", q.asked(), re.I):
            held = next((a for a in q.amounts if a.unit == "hours" and q.near(
                a, r"\b(?:already|credited|banked|have|got|sitting at|so far)\b", before=25, after=40)), None)
            if held is not None and held.value != by_day.get("day_hours"):
                by_day["comp_leave_balance"] = held.value  # '104 hours of comp leave credited since April 1'
                by_day.pop("hourly_rate", None)
        return Inputs(by_day)
    if not rules.has("pay", "overtime") or (worked_day is not None and not _OVERTIME.search(q.text)):
        return None
    # 'do I get the night pay for the hours after 6?' asks about a differential, not the week's overtime (a day's pay
    # with its shift premium, above, is another matter).
    if _DIFFERENTIAL_ASKED.search(q.asked()) and not re.search(r"\b(?:overtime|over time|ot|cto|comp)\b", q.asked(), re.I):
        return None
    # 'an hour lunch', '30 minute break': time not worked
    durations = [a for a in q.amounts if a.unit in ("minutes", "hours")
                 and not _said_by_others(q, a.start)  # 'payroll says they round it down to 2.5 hrs'
                 and not _PAID_SHOWN.search(q.text[max(0, a.start - 30):a.start])  # 'my check shows 2.25 hrs of OT'
                 and not re.match(r"\s*(?:of\s+|unpaid\s+|paid\s+)?(?:rest\s+|coffee\s+)?(?:lunch|meal|break|brake)", q.text[a.end:], re.I)
                 # '12 hour shifts', 'normal 8 hour days': how long a day is, not time worked
                 and not (a.unit == "hours" and re.match(r"\s*(?:-\s*)?(?:shifts?|days?|workdays?)\b", q.text[a.end:], re.I))
                 and not _schedule_day_length(q, a)]
    # 'part time 20 hrs a week', 'scheduled for 30 hours': the member's schedule, not time worked; asked beside
    # 'if I work 30 hrs do I get overtime?' it is a question about the rule, the clauses' to answer.
    schedule = [a for a in durations if a.unit == "hours" and re.search(
        r"\b(?:part[- ]?time|scheduled(?:\s+for)?|regular(?:ly)?(?:\s+scheduled)?|budgeted|normally|usually)\s+(?:at\s+|for\s+)?$",
        q.text[max(0, a.start - 30):a.start], re.I) and not re.search(  # 'did my regular 40': the hours worked
        r"\b(?:did|worked|put in|pulled)\s+(?:my|the|a|our)\s+(?:full\s+|regular\s+|normal\s+|usual\s+)+$",
        q.text[max(0, a.start - 30):a.start], re.I)]
    if schedule:
        durations = [a for a in durations if a not in schedule]
        # 'what should her overtime pay for the week be?' asks a figure as much as 'how much' does
        if not re.search(r"\bhow (?:much|many)\b|\bwhat (?:should|will|would|does)\b[^.?!]{0,30}\b(?:pay|come to)\b", q.asked(), re.I):
            return None
    holiday = next((a for a in durations if re.match(r"\W*(?:of\s+)?(?:a\s+|the\s+)?(?:paid\s+)?holiday", q.text[a.end:], re.I)
                    or re.search(r"\bholiday\s+(?:hours?\s+)?(?:of\s+|was\s+|for\s+)?$", q.text[max(0, a.start - 20):a.start],
                                 re.I)), None)
    balance = next((a for a in durations if a.unit == "hours" and (
        re.match(r"\s*(?:of\s+)?(?:cto|comp(?:ensating)? time|comp)\s+(?:banked|saved|on the books|already|balance|accrued|"
                 r"in (?:my|the) bank)|\s*(?:of\s+)?(?:cto|comp time)\b[^.?!]{0,12}\b(?:banked|saved|already|on the books)",
                 q.text[a.end:], re.I)
        or re.search(r"\b(?:balance|banked|already have|have|(?:sitting|i'?m|im|currently|already)\s+(?:at|on))\s+(?:of\s+)?$",
                     q.text[max(0, a.start - 20):a.start], re.I)
        and re.match(r"\s*(?:of\s+)?(?:cto|comp)", q.text[a.end:], re.I)
        # 'comp bank at 31 hrs', 'my CTO balance is 31 hours'
        or re.search(r"\b(?:cto|comp(?:ensating|ensatory)?(?:\s+time)?)\s+(?:bank|balance)\s+(?:is\s+|at\s+|of\s+|=\s*)?(?:now\s+)?$",
                     q.text[max(0, a.start - 40):a.start], re.I))), None)
    durations = [a for a in durations if a is not holiday and a is not balance and not q.near(
        a, r"\b(before|until|till)\s+(?:my\s+)?next shift", before=0, after=30)]
    # 'took 4 hours of vacation': leave counts toward overtime only where the rules quote that it does (as a week
    # told day by day does).
    counted_leave = str((rules.get("pay", "overtime").get("counts_as_worked") or {}).get("quote", "")).lower()
    for a in list(durations):
        leave = re.match(r"\s*(?:of\s+)?(?:paid\s+)?(vacation|sick|pto|personal|annual|bereavement|jury)\b", q.text[a.end:], re.I)
        if leave and leave.group(1).lower() not in counted_leave:
            durations.remove(a)
            q.assumptions.append(f"{leave.group(1).capitalize()} leave not counted as time worked: this contract's overtime "
                                 "rules do not say it counts.")

    def hours(a: Amount) -> float:
        return a.value / 60 if a.unit == "minutes" else a.value

    told = _week_by_day(q, rules)
    if told is not None and told.params["hours_worked_week"] <= float(rules.get("pay", "overtime", "weekly_threshold_hours")) \
            and _STAYED.search(q.text) and not q.amounts_in("minutes", "hours"):
        # 'Monday through Friday 8 to 5 … ordered me to stay late on a couple of nights': the schedule, not the
        # time worked; how long they stayed is not said
        return Ask(["minutes of overtime"], "How long did you stay past your shift each time (for example '1 hour 20 "
                   "minutes')?", {"ask": "credited"})
    if told is not None and _STAYED.search(q.text) and all(h < 4 for h in told.params.get("week_days", [])):
        told = None  # 'stayed late tues 1hr 10min and thurs 2hr 12min': stays past the shift on those days, not their length
    if told is not None and balance is not None:
        # 'already had 34 hours of comp in the bank': the balance the week's CTO is added to
        told.params["cto_balance"] = balance.value
        if told.params["ask"] == "cto" and re.search(r"\b(?:over|past|above|beyond)\s+(?:the\s+)?(?:cap|max(?:imum)?|limit)\b",
                                                     q.asked(), re.I):
            told.params["ask"] = "over_cap"  # 'how many hours of the comp I earned end up over the cap?'
    if told is not None:
        return told
    daily = [a for a in durations if _days_each(q, a) > 1]
    # 'normally Monday to Friday, 8 hours a day … she worked Monday, Tuesday, Thursday and Friday, 8 hours each': the
    # schedule's day told beside the days worked is not more time worked
    told_schedule = [a for a in daily if re.search(r"\b(?:normally|usually|regularly|normal|regular|usual|schedul\w*)\b",
                                                   re.split(r"[.;!?]\s", q.text[:a.start])[-1], re.I)
                     and not re.search(r"\b(?:worked|did|put in)\b", re.split(r"[.;!?]\s", q.text[:a.start])[-1], re.I)]
    if told_schedule and len(told_schedule) < len(daily):
        daily = [a for a in daily if a not in told_schedule]
        durations = [a for a in durations if a not in told_schedule]
    if daily:  # '8 hours Tuesday through Friday, then 6 hours on Saturday': the week's time worked, day by day
        # A week's total said beside them ('payroll says I only worked 37 hours') is not more time.
        counted = [a for a in durations if a in daily or hours(a) < 20]
        worked = sum(hours(a) * _days_each(q, a) for a in counted)
        day_rate = _hourly_rate(q)
        params_daily: dict[str, Any] = {"hours_worked_week": worked, "ask": "cto" if re.search(
            r"\b(cto|comp|compensating)\b", q.asked(), re.I) else "pay" if day_rate is not None and _PAY_ASKED.search(
            q.asked()) else "credited"}
        if holiday is not None:
            params_daily["holiday_hours"] = holiday.value
        elif (off := re.search(r"\b(?:had|have|got|took|was)\s+((?:[\w'/.+&()-]+\s+){0,3}?)off\b", q.text, re.I)) and (
                _HOLIDAY.search(q.text) or _holiday_named(q.text)):
            # A holiday off that week: a normal day, counted as worked; 'had thurs + fri off for the holidays' is two.
            days_off = len(re.findall(rf"\b{_DAY_NAME}\b", off.group(1), re.I))
            params_daily["holiday_hours"] = hours(daily[0]) * max(1, days_off)
        elif re.search(r"\b(?:was|is)\s+(?:a|the|our)\s+(?:paid\s+)?holiday\s*(?:\(\s*(?:off|paid)\s*\)|,?\s+(?:and\s+)?"
                       r"(?:i|we|she|he|they)?\s*(?:was|were|had\s+it)?\s*off\b)", q.text, re.I):
            params_daily["holiday_hours"] = hours(daily[0])  # 'Monday was the holiday (off), worked Tue-Fri 8 hrs each'
        if day_rate is not None:
            params_daily["hourly_rate"] = day_rate
        # Each day's hours, for a contract that also counts overtime by the day (leave taken is not a long day).
        params_daily["week_days"] = [hours(a) for a in counted if a is not holiday for _ in range(_days_each(q, a))]
        stays = [a for a in counted if a not in daily and a is not holiday]
        if len(stays) > 1 and all(a.unit == "minutes" or hours(a) < 4 for a in stays):
            # 'ordered to stay late every day: tue 35 min, wed 1 hr 5 min …': separate times, each credited on its own
            params_daily["occurrences"] = [int(round(hours(a) * 60)) for a in stays]
        clock_stays = _stays_past_shift(q) if not stays else []
        if clock_stays:
            # '… 8 hrs each. my sup ordered me to stay late twice: monday till 5:56 and thursday till 6:12': the stays past
            # the days' end, each credited on its own
            params_daily["hours_worked_week"] = round(worked + sum(clock_stays) / 60, 4)
            if len(clock_stays) > 1:
                params_daily["occurrences"] = clock_stays
        return Inputs(params_daily)
    period = _clock_range(q)
    week = [a for a in durations if hours(a) >= 20 and (q.near(a, _WEEK, before=30, after=30) or re.search(
        r"\b(?:past|over|beyond|above|on top of|in excess of|after)\s+(?:my|the|our|a)?\s*(?:regular|normal|usual|full)?\s*$",
        q.text[max(0, a.start - 30):a.start], re.I)
        # The weekly threshold or more is a week's total ('I'd already done my 40 hours'), not overtime at one time.
        or hours(a) >= float(rules.get("pay", "overtime", "weekly_threshold_hours")))]  # '52 minutes past my 40 hours
    extra = [a for a in durations if a not in week]
    if len(week) > 1:  # 'over 40 hours this week' and the reply '46 hours': the week's count, not the figure it passed
        week = [a for a in week if not _THRESHOLD_HOURS.search(q.text[max(0, a.start - 16):a.start])] or week
    # 'tues ran long and I worked 13 hrs': a whole day's hours, not overtime worked at one time; counted as
    # overtime it is a wrong number, so the clauses answer unless the week is told.
    if any(hours(a) > 8 and not q.near(a, _OVERTIME, before=25, after=25) and not q.near(
            a, r"\b(?:past|beyond|over|after|extra|more|additional|ordered)\b", before=15, after=30) for a in extra):
        return None
    # '8 hrs Tuesday and Wednesday, my regular 8 on Friday, 4 hours on Saturday' that the week reader could not
    # read whole: days' hours, not pieces of overtime to add up.
    if len(extra) > 1 and sum(hours(a) for a in extra) >= 8 and not all(q.near(a, _OVERTIME, before=25, after=25) for a in extra):
        return None
    # '80 hours in the pay period': not a week's hours
    if any(q.near(a, r"\b(?:pay\s*period|two weeks|biweekly|bi-weekly|month)\b", before=40, after=40) for a in week):
        return None
    ranged = _clock_ranges(q.text, q.clocks)
    regular_range = bool(ranged) and re.search(r"\b(?:regular|normal|usual|scheduled?|shift\s+is)\b[^.?!]{0,20}$",
                                                q.text[max(0, ranged[0][0].start - 30):ranged[0][0].start], re.I) is not None
    if not extra and week and period is not None and not regular_range:
        extra = [Amount(period, "hours", "", 0, 0)]  # 'after a full 40 hour week … got there at 9, left at quarter to one'
    # Time past the end of a shift is overtime at one time only under a weekly rule: where the contract
    # also counts overtime by the day, it depends on how long the day was.
    stayed = None if "daily" in rules.get("pay", "overtime") else _stayed_past_shift(q)
    if not extra and (not week or regular_range) and stayed is not None:  # 'my regular sched is 8-5 … didn't leave til 8:22pm'
        extra = [Amount(stayed, "minutes", "", 0, 0)]
    asked = q.asked().lower()
    ask = "credited"
    if re.search(r"\b(cto|comp|compensating)\b", asked):
        ask = "cto"
    rate = _hourly_rate(q)
    if rate is not None and (re.search(r"\b(pay|paid|money|dollars|\$|cash|earn|come to|worth)\b", asked) or (
            re.search(r"\bhow much\b", asked) and (re.search(r"\b(cash|paid|paying|pay)\b", q.text, re.I)
                                                    or not re.search(r"\b(?:hours?|hrs?|time)\b", asked)))):
        ask = "pay"  # "they are paying cash ... how much is that"
    params: dict[str, Any] = {"ask": ask}
    if rate is not None:
        params["hourly_rate"] = rate
        shown = next((a for a in q.amounts if a.unit == "hours" and _PAID_SHOWN.search(q.text[max(0, a.start - 30):a.start])), None)
        if ask == "pay" and shown is not None and re.search(r"\b(?:short\w*|underpaid|by how much|how much (?:more|less)|"
                                                            r"owe[sd]?|missing)\b", q.text, re.I):
            params["paid_hours"] = shown.value  # 'my check shows 2.25 hrs of OT … did they shortchange me? by how much?'
    if balance is not None:
        params["cto_balance"] = balance.value
        # 'how many more OT hours can I bank before I hit the cap?': the room left under the cap
        if rules.has("pay", "cto", "cap_hours") and re.search(r"\bhow (?:many|much)\b", asked) and re.search(
                r"\b(?:before|until|till|til)\b[^.?!]{0,40}\b(?:cap|max(?:imum)?|limit)\b", asked):
            return Inputs({"ask": "cto_room", "cto_balance": balance.value})
        if re.search(r"\b(cash|paid out|pay me|money)\b", q.text, re.I):
            params["ask"] = "cash"
    if extra:
        minutes = sum(a.value if a.unit == "minutes" else a.value * 60 for a in extra)
        if week and hours(week[0]) < float(rules.get("pay", "overtime", "weekly_threshold_hours")) and len(extra) == 1:
            params["hours_worked_week"] = hours(week[0]) + minutes / 60  # '38 hours this week plus 3 extra'
        else:
            params["overtime_minutes"] = int(round(minutes))
            days = [_day_before(q, a) for a in extra]
            if len(extra) > 1 and all(hours(a) < 4 for a in extra) and all(days) and len(set(days)) == len(extra):
                # 'tues I stayed 1 hr 52 min … and thurs 38 min': separate stays, each credited on its own
                params["occurrences"] = [int(round(hours(a) * 60)) for a in extra]
        if params["ask"] == "credited" and all(a.unit == "minutes" for a in extra):
            params["ask"] = "credited_minutes"
    elif week and hours(week[0]) <= float(rules.get("pay", "overtime", "weekly_threshold_hours")) and _STAYED.search(q.text):
        # 'after I had already put in 40 hours, my manager ordered me to remain after my shift': how long is not said
        return Ask(["minutes of overtime"], "How long did you stay (for example '1 hour 20 minutes')?", params)
    elif week and _THRESHOLD_HOURS.search(q.text[max(0, week[0].start - 16):week[0].start]):
        # 'I had over 40 hours that week': more than the figure, by how much is not said
        return Ask(["hours worked that week"], "How many hours did you work that week in all (for example '46 hours')?", params)
    elif week:
        params["hours_worked_week"] = hours(week[0])
    else:
        if not re.search(r"\b(i|we) (?:worked|stayed|work)\b", q.text, re.I):
            return None
        return Ask(["minutes of overtime"], "How much overtime did you work (for example '52 minutes', or '43 hours this week')?",
                   params)
    if holiday is not None and "hours_worked_week" in params and not (
            week and re.search(r"\b(incl\w*|including|counting|with)\b", q.text[min(week[0].end, holiday.start):holiday.start], re.I)):
        params["holiday_hours"] = holiday.value  # not when the week's total already includes it
    return Inputs(params)


# Kept on past the shift, without saying for how long: 'ordered me to remain after my shift', 'had me stay late'.
_STAYED = re.compile(r"\b(?:stay|stayed|staying|remain|remained|held (?:me |us )?over|kept (?:me|us|her|him) (?:late|over|on|after))\b"
                     r"[^.?!]{0,15}\b(?:late|after|past|over|on|behind)\b", re.I)


# --- call-back -------------------------------------------------------------------------------------------

_CALL_BACK = re.compile(r"\b(call(?:ed)?[- ]?(?:me\s+)?back|call-?back|callback|call[- ]?outs?|called out|called (?:me )?(?:in(?!\s+sick)|at home|at)|"
                        r"call me back|called me|ordered (?:me |her |him |them |us )?back|got a (?:phone )?call|came back in|got called|came back|"
                        # not what standby asks of a member: 'had to be fit to come back in', 'available to come back'
                        r"(?<!fit to )(?<!able to )(?<!ready to )(?<!available to )come back(?: in)?|"
                        r"go back in|went back in|back to work|return(?:ed)? to work|"
                        # 'they phoned me at 2240 … I was back in the yard at 2330'
                        r"(?:was|got|came|went)\s+back\s+(?:in|at|to)\s+(?:the\s+)?(?:yard|shop|plant|site|job\s*site|work\s*site|"
                        r"facility|building|station)|"
                        r"(?:phoned|rang|called|texted|paged)\b[^.?!]{0,40}\b(?:come|go|get)\s+(?:in|back|over)\b)\b", re.I)
_EVENT_WORDS = r"(?:meeting|meating|mtg|training|staff meeting|work assignment|assignment|class|refresher|course|in-service|inservice|" \
               r"workshop|seminar|session)"
_DAY_OFF = re.compile(rf"\b{_EVENT_WORDS}\b[^.?!]{{0,60}}"
                      r"\b(day off|days off|rdo|regular day off|scheduled day off|off day)\b|"
                      r"\b(day off|rdo)\b[^.?!]{0,60}\b(meeting|meating|mtg|training|assignment|refresher|course|workshop|seminar)\b", re.I)


def _on_day_off(q: Question) -> bool:
    """A meeting or training set on a day off: said together ('a training on my day off'), or the days off named first
    and the event put on one of them ('authorized days off are Saturday and Sunday … a mandatory training session for
    her on Saturday')."""
    if _DAY_OFF.search(q.text):
        return True
    off = re.search(rf"\bdays?\s+off\s+(?:are|is|:)?\s*{_DAY_NAME}(?:\s*(?:,|and|&|/)\s*{_DAY_NAME})?", q.text, re.I)
    if off is None:
        return False
    days = {d.lower()[:3] for d in off.groups() if d}
    return any(m.group(1).lower()[:3] in days for m in re.finditer(
        rf"\b{_EVENT_WORDS}\b[^.?!]{{0,40}}?\bon\s+(?:a\s+|the\s+)?{_DAY_NAME}", q.text[off.end():], re.I))


# Reported for work and given none: 'showed up for my shift and the foreman said there's no work, go home'.
_REPORTED = re.compile(r"\b(showed up|show up|reported|report(?:ed)? (?:for|to) work|came in|went in|went to (?:work|site|the site)|"
                       r"got (?:to|in to) (?:work|site|the site)|"
                       r"dispatch\w* (?:me )?to|told (?:me )?to report)\b", re.I)
_NO_WORK = re.compile(r"\b(no work|nothing to do|nothing for (?:me|us|them|him|her)|not (?:any|much) work|"
                      r"sent (?:me |us |them |him |her |everyone |everybody |all of us |us all |the (?:whole )?crew )?(?:straight |right )?home|"
                      r"go home|not needed|"
                      r"(?:don'?t|do not|not to) (?:come in|report)|stay home|"
                      r"didn'?t (?:need|have work)|rained (?:(?:us|me|them|him|her|everyone|the crew|the job) )?out|weather)\b", re.I)
_WAITING = re.compile(r"\b(?:didn'?t|did not|wasn'?t|weren'?t|not)\s+(?:put|placed|start(?:ed)?)\b[^.?!]{0,30}?\b(?:to work|"
                      r"working|on the job)\b|\bwaiting (?:pay|time)\b|\bkept (?:me |us )?waiting\b", re.I)


def _reporting_asked(q: Question) -> bool:
    return bool((_REPORTED.search(q.text) and q.affirms(_NO_WORK)) or _WAITING.search(q.text))


# A question that asks about travel money, whatever the story says about the day ('got rained out … how
# much daily travel for the week?'): the travel tool's, not reporting pay's.
_TRAVEL_ASKED = re.compile(r"\b(travel|mileage|kilomet\w*|km|subsistence|per diem|living out|the drive|driving|gas|fuel|busing|transportation)\b",
                           re.I)
# Travel money set aside in the asking part: '(leave subsistence out of it)', 'not counting travel'.
_TRAVEL_SET_ASIDE = re.compile(r"\b(?:leave|leaving|not counting|not including|excluding|without|ignoring|ignore|apart from)\s+"
                               r"(?:the\s+|any\s+|my\s+)?(?:travel|mileage|subsistence|per diem|living out)\b(?:\s+(?:allowance|pay))?"
                               r"(?:\s+out(?:\s+of\s+(?:it|this|that))?)?", re.I)


def _travel_asked(q: Question) -> bool:
    """The asking part asks about travel money (not where it sets it aside)."""
    return bool(_TRAVEL_ASKED.search(_TRAVEL_SET_ASIDE.sub(" ", q.asked())))


# Work calls at home: 'took two work calls at home last night', 'my supervisor called at 7:30 and we talked 8 minutes'.
_PHONE_CALLS = re.compile(r"\b(?:(?:took|got|had|received|made|answered|fielded)\s+(?:\w+\s+){0,3}(?:phone\s+|work\s+)?calls?|"
                          r"kept\s+calling\s+(?:me|her|him|us)|"  # 'my lead kept calling me tues night'
                          # 'my supervisor called me twice about the flooding: once at 9:20pm (10 min) …'
                          r"called\s+(?:me|her|him|us)\s+(?:twice|(?:\d|two|three|four|five)\s+times)|"
                          r"call(?:s|ing|ed)?\s+(?:me\s+)?at home|"  # 'my lead keeps calling me at home'
                          r"(?:work|phone|work-related|business)\s+calls?)\b|\b(?:talked|spoke|on the phone)\b[^.?!]{0,20}\b\d+\s*(?:minutes?|mins?)\b|"
                          # 'had me on the phone 3 times: a call at 7:15pm that lasted 12 min'
                          r"\bon the phone\b[^.?!]{0,12}\b(?:\d+|two|three|four|five|several|a few)\s+times\b",
                          re.I)


def _phone_calls_asked(q: Question) -> bool:
    """Calls taken at home and their minutes, not a call back in to work ('called me in, drove in')."""
    # ('two work calls came in on my personal phone … the other came in at 11:40pm': calls arriving, nobody going in)
    told = re.sub(r"\b(?:calls?|one|other|it|the second|the first)\s+came\s+in\b|\bcame\s+in\s+on\s+(?:my|the|her|his)\s+(?:[\w-]+\s+)?"
                  r"(?:phone|cell|cellphone|mobile)\b|"
                  # ('I didn't have to go in': nobody went in)
                  r"\b(?:didn'?t|did not|never|don'?t|do not|no need to|without having to)\s+(?:have\s+to\s+|need\s+to\s+|had\s+to\s+)?"
                  r"(?:go|come|drive)\s+in\b|"
                  # ('none of them made me go in')
                  r"\b(?:none\s+of\s+(?:them|those|these|the\s+calls)|neither(?:\s+of\s+them)?|(?:it|they|that|which)\s+(?:didn'?t|did\s+not|never))\s+"
                  r"(?:made|make|had|have|required|require|needed|need)\s+(?:me|us|her|him|them)\s+(?:to\s+)?(?:go|come|drive)\s+in\b",
                  " ", q.text, flags=re.I)
    return bool(_PHONE_CALLS.search(q.text)) and bool(q.amounts_in("minutes")) and not re.search(
        r"\b(?:came|come|went|go|drove|drive)\s+(?:back\s+)?(?:in|to work|to the (?:site|shop|plant|office))\b|"
        r"\b(?:got|get)\s+(?:back\s+)?to (?:work|the (?:site|shop|plant|office))\b|\breported\b|\bworked\s+(?:from\b|\d)|"
        # 'rolled into the shop at 12:15', 'last night's callout': a call back in to work
        r"\b(?:rolled|pulled|showed|came|got)\s+(?:up\s+)?(?:in|into|at)\b|\bcall[- ]?outs?\b|\bcall[- ]?backs?\b|"
        r"\bcalled\s+(?:me\s+)?(?:back|in|out)\b",
        told, re.I)


# A story that places calls at night without their times: 'got 3 calls … last nite'.
_AT_NIGHT = re.compile(r"\b(?:night|nite|overnight|tonight|tonite|late|evening|early (?:morning|am|a\.m\.))\b", re.I)


def _phone_calls_extract(q: Question, rules: Rules) -> Extraction:
    """Each call's length with the time it came in: a time of day followed (or preceded) by a count of minutes."""
    # not the credit given or a figure referred back to: 'sup only gave her 39 min comp time (time and a half on the 26 min)'
    lengths = [a for a in q.amounts_in("minutes") if not _CREDIT_GIVEN.match(q.text, a.end) and not _said_by_others(q, a.start)
               and not re.search(r"\bthe\s*$", q.text[max(0, a.start - 6):a.start], re.I)]
    # not a call taken at work: '(my boss also called me for 5 min at 2pm but i was on shift)'
    lengths = [a for a in lengths if not re.search(
        r"\b(?:i|we|she|he|they)\s+(?:was|were)\s+(?:already\s+)?(?:on\s+(?:shift|the\s+clock|duty)|at\s+work)\b|"
        r"\bduring\s+(?:my|her|his|their|the)\s+(?:regular\s+)?shift\b", _segment_around(q.text, a.start, a.end), re.I)]
    calls: list[dict[str, Any]] = []
    for length in lengths:
        paired = _clock_in_clause(q, length)
        if paired is not None and paired.hhmm not in [call.get("at") for call in calls]:
            # 'an 8-minute call with the engineer at 7:15 p.m., a 10-minute call at 11:40 p.m.': each length with the
            # time told in its own clause, before or after it
            calls.append({"at": paired.hhmm, "minutes": length.value})
            continue
        # a time in the same sentence as the length ('6 min. how much?' and a reply's '9:30pm' are apart)
        before = [c for c in q.clocks if c.end <= length.start and length.start - c.end <= 60
                  and not re.search(r"[?!\n]|\.\s", q.text[c.end:length.start])]
        after = [c for c in q.clocks if c.start >= length.end and c.start - length.end <= 25
                 and not re.search(r"[?!\n]|\.\s", q.text[length.end:c.start])]
        at = before[-1] if before else after[0] if after else None
        if at is not None and any(call.get("at") == at.hhmm for call in calls):
            at = after[0] if after and after[0].hhmm not in [c.get("at") for c in calls] else None
        calls.append({"at": at.hhmm if at else None, "minutes": length.value})
    if not calls:
        return Ask(["call lengths"], "How long was each call, in minutes, and what time did it come in?", {})
    if all(call["at"] is None for call in calls) and len(q.clocks) == len(calls):
        for call, clock in zip(calls, q.clocks, strict=True):  # the times told apart from the lengths, in order
            call["at"] = clock.hhmm
    untimed = [call for call in calls if call["at"] is None]
    unused = [c for c in q.clocks if c.hhmm not in [call["at"] for call in calls]]
    if len(untimed) == 1 and len(unused) == 1 and len(calls) > 1:
        untimed[0]["at"] = unused[0].hhmm  # the one call told without its time, and the one time told apart (a reply)
    window = rules.get("pay", "phone_calls").get("window")
    if window and all(call["at"] is None for call in calls) and _AT_NIGHT.search(q.text):
        # calls 'last nite' may fall in the hours that earn more, or not: their times decide it
        return Ask(["call times"], f"What time did each call come in? A call between {window['start']} and "
                                   f"{window['end']} earns more.", {"phone_calls": calls})
    if window and any(call["at"] is None for call in calls) and (_AT_NIGHT.search(q.text) or re.search(
            r"\b(?:don'?t|do not|can'?t|cannot|not sure|no idea|forget|forgot)\b[^.?!]{0,25}\b(?:what|which)\s+time\b", q.text, re.I)):
        # 'Wednesday night I got a 12 minute call, I honestly don't remember what time': that call may fall in the hours
        # that earn more, or not
        return Ask(["call times"], f"What time did the call without a time come in? A call between {window['start']} and "
                                   f"{window['end']} earns more.", {"phone_calls": calls})
    return Inputs({"phone_calls": calls})


def _segment_around(text: str, start: int, end: int) -> str:
    """The bracketed aside or sentence holding text[start:end] ('(… 5 min at 2pm but i was on shift)'); a clock's 'p.m.'
    ends no sentence."""
    opened, closed = text.rfind("(", 0, start), text.rfind(")", 0, start)
    if opened > closed:
        close = text.find(")", end)
        return text[opened:close if close >= 0 else len(text)]
    begin = max((m.end() for m in re.finditer(r"(?<![ap]\.m)[.?!]\s", text[:start], re.I)), default=0)
    finish = re.search(r"(?<![ap]\.m)[.?!](?:\s|$)", text[end:], re.I)
    return text[begin:end + finish.start() if finish else len(text)]


def _clock_in_clause(q: Question, amount: Amount) -> Any:
    """The one clock time told in the amount's own clause (between commas, semicolons or sentence ends; a clock's
    'p.m.' ends nothing), when its clause holds exactly one amount of its unit and one time; else None."""
    text = list(q.text)
    for clock in q.clocks:  # '7:15 p.m.,': the clock's own periods are not a sentence's end
        text[clock.start:clock.end] = "0" * (clock.end - clock.start)
    masked = "".join(text)
    starts = [m.end() for m in re.finditer(r"[,;?!\n]|\.\s|\band\s+(?:then\s+)?(?:one|another|a)\b", masked[:amount.start])]
    end = re.search(r"[,;?!\n]|\.\s|\.$|\band\s+(?:then\s+)?(?:one|another|a)\b", masked[amount.end:])
    low, high = (starts[-1] if starts else 0), (amount.end + end.start() if end else len(masked))
    clocks = [c for c in q.clocks if low <= c.start and c.end <= high]
    same = [a for a in q.amounts if a.unit == amount.unit and low <= a.start and a.end <= high]
    return clocks[0] if len(clocks) == 1 and len(same) == 1 else None


# 'is there a 2 hour minimum?': a figure of the rule asked about, not time worked
_RULE_FIGURE = re.compile(r"\s*(?:-\s*)?(?:(?:call[- ]?back|callback|call[- ]?out|reporting|pay)\s+)?"
                          r"(?:minimum|min\b|guarantee|guaranteed|maximum|max\b|cap\b|limit|rule|(?:of\s+|advance\s+)?notice|in advance)", re.I)


def call_back_score(q: Question) -> float:
    if _works_holiday(q) and (_HOLIDAY.search(q.asked()) or _holiday_named(q.asked())):
        return 0.0  # 'they called me in on Canada Day and I worked 8 hours … what's my pay for the holiday?'
    durations = q.amounts_in("hours", "minutes")
    if durations and all(_RULE_FIGURE.match(q.text[a.end:]) for a in durations) and not q.clocks:
        return 0.0  # 'is there a 2 hour minimum for call back?', 'with less than 24 hours notice?' ask the rule
    if _phone_calls_asked(q) and (CALC.search(q.text) or "?" in q.text):
        return 3.2
    if (_STANDBY.search(q.asked()) or _DUTY.search(q.text) and re.search(r"\b(?:phone|pager|duty)\b", q.asked(), re.I)) \
            and not _CALL_BACK.search(q.asked()):
        # 'tues night they called me in … how much CTO do i get for the standby', 'got called out sat for 2 hrs … how
        # much is the phone pay for the weekend': the standby or the duty is asked, not the call back
        return 0.0
    if re.search(r"\b(?:deadline|last day|(?:latest|earliest) (?:date|day)|what date|which date|by when|until when)\b", q.asked(),
                 re.I) and not re.search(r"\bhow (?:much|many)\b", q.asked(), re.I):
        # '… they never paid the 2 hrs reporting time … whats the last day for the union to get the notice in?' (not 'what
        # am I due for the call back?', which asks the pay)
        return 0.0
    if _reporting_asked(q) and not _travel_asked(q) and (CALC.search(q.text) or "?" in q.text or re.search(r"\bwhat do (?:we|i) get\b", q.text, re.I)):
        return 3.5
    if _on_day_off(q) and CALC.search(q.text):
        return 3.0
    if q.affirms(_CALL_BACK) and (CALC.search(q.text) or "?" in q.text):
        return 3.0  # not 'I never got called in'
    if len(q.clocks) >= 3 and re.search(r"\b(?:finished|off|ended|done with)\b[^.?!]{0,30}\bshift\b|\bshift\b[^.?!]{0,20}\b(?:ended|over)\b|"
                                        r"\bwent home\b", q.text, re.I) and q.affirms(
            r"\b(?:supervisor|supv|sup|boss|manager|foreman|dispatch|dispatcher|they|he|she)\s+(?:called|phoned|rang|texted)\b") \
            and CALC.search(q.text):
        # 'finished my regular shift at 5 and went home … around 9 my supervisor called … got there at 9:40 … done by 11'
        return 3.0
    return 0.0


# The week's straight time already worked: 'I'd already put in my full 40 for the week', 'already had 40 hours in'.
_WEEK_ALREADY_FULL = re.compile(r"\balready\s+(?:put in|worked|had|done|did|got|hit)\s+(?:my\s+|a\s+|the\s+)?(?:full\s+)?(?P<n>\d{2})"
                                r"(?:\s*(?:hours?|hrs?))?(?:\s+(?:in|for)\s+(?:the|that|this)\s+week)?\b", re.I)


def call_back_extract(q: Question, rules: Rules) -> Extraction:
    found = _call_back_extract(q, rules)
    if not isinstance(found, Inputs) or found.params.get("reporting") or found.params.get("phone_calls") \
            or found.params.get("days_waiting") is not None or not rules.has("pay", "overtime", "rate") \
            or "overtime_multiplier" in rules.get("pay", "call_back"):
        return found
    full = _WEEK_ALREADY_FULL.search(q.text)
    rate = _hourly_rate(q)
    threshold = float(rules.get("pay", "overtime").get("weekly_threshold_hours", 40))
    if full is None or rate is None or float(full.group("n")) < threshold:
        return found
    if re.search(r"\b(?:cto|comp(?:ensating)?\s+time)\b", q.text, re.I) and not re.search(r"\bcash\b", q.text, re.I):
        return found  # taken as time off: the credited hours, not money
    # 'I'd already put in my full 40 for the week … I make $18.70 an hour and they're paying overtime in cash': the time
    # credited is overtime, paid at the overtime rate
    return Inputs(found.params | {"hourly_rate": rate, "past_weekly_threshold": True})


def _call_back_extract(q: Question, rules: Rules) -> Extraction:
    if _travel_asked(q):
        return None  # 'got rained out one day … what do I get for the drive this week?': travel money, not reporting pay
    if rules.has("pay", "reporting") and _reporting_asked(q):
        return _reporting_extract(q, rules)
    if rules.has("pay", "phone_calls") and _phone_calls_asked(q):
        return _phone_calls_extract(q, rules)
    if not rules.has("pay", "call_back"):
        return None
    if _MEAL_ALLOWANCE_ASKED.search(q.asked()):
        return None  # 'called back … how much meal allowance?' asks about the meal (the overtime tool's, where paid)
    spec = rules.get("pay", "call_back")
    durations = [a for a in q.amounts if a.unit in ("hours", "minutes") and not q.near(a, r"\b(each|every|for|per)\s+call",
                                                                                      before=0, after=15)]
    durations = [a for a in durations if not q.near(a, r"\bget\s*$|\bminimum", before=12, after=0)
                 and not re.match(r"\s*(?:-\s*)?minimum\b", q.text[a.end:], re.I)]  # 'call back was always a 4 hr minimum'
    if _on_day_off(q) and "day_off" in spec:
        # Its clock times ('it ran from 9:00 to 10:30 am') before an amount of hours, which may be the schedule
        # ('I work 8-hour days') or the week ('my full 40 hours'); else the first amount that is neither.
        ranged = _clock_range(q)
        worked = next((a for a in durations if not q.near(a, _SCHEDULE_LENGTH, before=0, after=25)), None)
        params: dict[str, Any] = {"day_off": True}
        if ranged is not None:
            params["hours_worked"] = ranged
        elif worked is not None:
            params["hours_worked"] = worked.value / 60 if worked.unit == "minutes" else worked.value
        return Inputs(params)
    params = {}
    notified = q.affirms(r"\b(told|notified|warned|informed|gave me notice|given notice|knew (?:before|ahead))\b") and \
        not q.mentions(r"\b(nobody|no one|noone|never)\s+(told|notified|warned|informed|said)|without (?:any )?(?:notice|warning)")
    worked_for = next((a for a in durations if not q.near(a, r"\bnext shift|\bbefore my shift", before=0, after=30)
                       # 'after id finished my regular 8 hr day shift': the shift's length, not the call's
                       and not (re.search(r"\b(?:regular|normal|usual|full|scheduled)\s*$", q.text[max(0, a.start - 15):a.start], re.I)
                                and re.match(r"\s*(?:-\s*)?(?:day|night|evening|work)?\s*(?:shift|day)\b", q.text[a.end:], re.I))), None)
    by_day = _call_ranges_by_day(q)
    call_days = _call_days(q) if by_day is None else None
    calls, next_shift, shift_end = _call_periods(q, worked_for) if by_day is None and call_days is None else ([], None, None)
    separate = by_day or (_separate_call_backs(q, durations) if not calls and call_days is None else None)
    if call_days is not None or separate is not None:
        # call backs on several days: each day's calls by the clock, or each day's hours; where the contract pays the
        # greater of overtime or a minimum, with the rate told
        rate = _hourly_rate(q)
        paid = {"hourly_rate": rate} if rate is not None and "overtime_multiplier" in spec else {}
        return Inputs(({"call_days": call_days} if call_days is not None else {"separate_hours": separate}) | paid)
    if calls:
        params["calls"] = calls
        if shift_end is not None:
            gap = (_minutes(calls[0]["start"]) - _minutes(shift_end)) % (24 * 60)
            params["hours_after_shift_end"] = round(gap / 60, 2)
    else:
        worked = next((a for a in durations if not q.near(a, r"\bnext shift|\bbefore my shift", before=0, after=30)), None)
        arrived = [c for c in q.clocks if re.search(r"\b(?:got\s+(?:to|there|in)|arrived|showed\s+up|started|began|clocked\s+in|"
                                                   r"came\s+in)\b[^.?!]{0,25}$", q.text[max(0, c.start - 35):c.start], re.I)]
        if worked is None and len(q.clocks) == 1 and arrived and re.search(r"\bhow much\b|\bwhat\b[^.?!]{0,20}\b(?:get|paid|owed)\b",
                                                                           q.asked(), re.I):
            # 'got called back saturday night … got to the site at 11pm. how much call back pay?': the pay runs until the
            # work ends, which the story does not say
            return Ask(["call-back end"], f"What time did you finish the call-back work (you started at {arrived[0].text.rstrip('.')})?",
                       _with_rate(q, {}), rule=spec["rule"] | {"label": "Call-back pay"} if "rule" in spec else None)
        if worked is None:
            return None  # 'called back in, how many hours do I get paid?': the clause answers it
        params["hours_worked"] = worked.value / 60 if worked.unit == "minutes" else worked.value
        until = next((a for a in q.amounts if a.unit == "hours" and
                      q.near(a, r"\b(before|until|till)\s+(?:my\s+)?(?:next|regular)?\s*shift", before=0, after=30)), None)
        if until is not None:
            params["hours_until_next_shift"] = until.value
    if next_shift:
        params["next_shift_start"] = next_shift
    elif spec.get("next_shift") and calls and (_SCHEDULE_VARIES.search(q.text) or (
            # a call back in the small hours ('got to the site at 2:15am'): a shift starting within the contract's
            # window after it would cut the credit, and the story does not say when the next one began
            "next_shift_window_hours" in spec and _minutes(calls[0]["start"]) < 8 * 60
            and not q.mentions(r"\b(?:next|regular|reguler|normal|usual)\b[^.?!]{0,20}\b(?:shift|day|start)\b|\bday off\b|\bweekend\b|"
                               r"\b(?:standby|stand-by|on[- ]call|saturday|sunday|sat|sun)\b"))):
        # 'im on a flex schedule this month so my start times move around': whether the next shift starts within the
        # contract's window, which cuts the credit, is not known
        return Ask(["next shift start"], "What time did your next shift start after the call back?", params,
                   rule=dict(spec["next_shift"]) | {"label": "Call back before the next shift"})
    if notified and "notice_gap_hours" in spec and params.get("hours_after_shift_end") is None and "calls" not in params \
            and (after_end := _gap_after_shift(q)) is not None:
        params["hours_after_shift_end"] = after_end  # 'started at 9 pm, my shift ended at 4:30' (the reply to the question below)
    if notified and "notice_gap_hours" in spec and params.get("hours_after_shift_end") is None and "calls" not in params \
            and "next_shift_start" not in params:
        # 'before i clocked out … my sup told me i'd have to come back later that night … worked an hour and a half': with
        # notice, the minimum turns on how long after the shift the work began, which the story does not say
        return Ask(["call-back start"], f"What time did the call-back work begin, and when did your shift end? With notice "
                   f"before the shift ended, the minimum applies only if the work began more than {spec['notice_gap_hours']:g} "
                   "hours after it.", params | {"notified_before_shift_end": True},
                   rule=dict(spec["notice"]) | {"label": "Call-back minimum and notice"})
    if notified:
        params["notified_before_shift_end"] = True
    elif "notice" in spec and "next_shift_start" not in params and re.search(r"\bminimum\b|\bmin\b", q.asked(), re.I) \
            and not q.mentions(r"\b(?:told|notified|warned|informed|notice|heads[- ]up|knew|surprise|out of the blue|unexpected\w*)\b|"
                               r"\b(?:nobody|no one|noone|never|nothing)\b[^.?!]{0,25}\b(?:said|say|mentioned|word|anything|asked)\b") and (
            "notice_gap_hours" not in spec or params.get("hours_after_shift_end") is None
            or params["hours_after_shift_end"] <= spec["notice_gap_hours"]):
        # 'do I get the four-hour minimum?': where notice given before the shift ended takes the minimum away, whether
        # it was given decides the answer, and the story does not say
        return Ask(["notice"], "Were you told about this work before your last shift ended (yes or no)?", params,
                   rule=dict(spec["notice"]) | {"label": "Call-back minimum and notice"})
    rate = _hourly_rate(q)
    if rate is not None and "overtime_multiplier" in spec:
        params["hourly_rate"] = rate
    elif "overtime_multiplier" in spec and _MONEY_ASKED.search(q.asked()):
        # 'worked 2 hrs. how much $$ do i get?': the pay needs the member's rate, not hours of credit
        return Ask(["hourly rate"], "What is your straight-time hourly rate?", params,
                   rule=spec["rule"] | {"label": "Call-back pay"} if "rule" in spec else None)
    return Inputs(params)


def _gap_after_shift(q: Question) -> float | None:
    """Hours from the shift's end to the call-back work's start, each told with its own cue ('started at 9 pm, my shift
    ended at 4:30'); None unless both are."""
    def cued(pattern: str) -> Any:
        return next((c for c in q.clocks if re.search(pattern, q.text[max(0, c.start - 30):c.start], re.I)), None)

    end = cued(r"\b(?:ended|ends|got off|clocked out|finished|off)\s+(?:at\s+|around\s+|about\s+)?$")
    start = cued(r"\b(?:started|start|began|begin|got (?:there|in|back)|came (?:back|in)|arrived|back at)\s+(?:at\s+|around\s+|about\s+)?$")
    if end is None or start is None or end is start:
        return None
    return round(((start.minutes - end.minutes) % (24 * 60)) / 60, 2)


def _clock_ranges(text: str, clocks: list[ClockFact]) -> list[tuple[ClockFact, ClockFact]]:
    """Pairs of clock times written as one range ('2000-2100', '7pm to 8:30pm'): a range word alone between them."""
    return [(a, b) for a, b in zip(clocks, clocks[1:], strict=False)
            if re.fullmatch(r"\s*(?:-|–|to|until|till|til)\s*", text[a.end:b.start], re.I)]


def _end_after(start: str, length: Amount) -> str:
    """The clock time (HH:MM) a stretch of work told by its length ends at, from its start ('at 7 pm … worked 1 hour')."""
    minutes = length.value if length.unit == "minutes" else length.value * 60
    end = (_minutes(start) + int(round(minutes))) % (24 * 60)
    return f"{end // 60:02d}:{end % 60:02d}"


_SEVERAL_CALL_BACKS = re.compile(r"\b(?:twice|two\s+(?:call[- ]?backs|callbacks|times)|(?:three|four|[34])\s+(?:call[- ]?backs|callbacks|times)|"
                                 r"called\s+(?:\w+\s+)?back\s+(?:in\s+)?again|call[- ]?backs\b)", re.I)


def _call_ranges_by_day(q: Question) -> list[float] | None:
    """'called back three times this week: Monday … 2000-2100, Wednesday 1900-2230, and Saturday 1000-1130': call backs
    on different days, each a clock range after its own day's name; None unless every range but the regular shift's
    (told before the first day, beside the word shift) has a day of its own."""
    if not _SEVERAL_CALL_BACKS.search(q.text):
        return None
    ranges = _clock_ranges(q.text, q.clocks)
    hours: list[float] = []
    days: list[str] = []
    previous = 0
    for a, b in ranges:
        if a.start < previous:
            return None  # ranges that share a time
        named = [m.group(0).lower()[:3] for m in re.finditer(rf"\b{_DAY_NAME}\b", q.text[previous:a.start], re.I)]
        if not named:
            if not hours and re.search(r"\bshift\b", q.text[max(0, a.start - 30):a.start], re.I):
                previous = b.end  # the regular shift's hours ('day shift (0745-1615)'), not a call
                continue
            return None
        if named[-1] in days or re.search(r"\b(?:drive|drove|driving|travel\w*)\b", q.text[max(previous, a.start - 20):a.start], re.I):
            return None  # two ranges on one day (a repeat window may join them), or a drive's times
        days.append(named[-1])
        minutes = (_minutes(b.hhmm) - _minutes(a.hhmm)) % (24 * 60)
        if not minutes:
            return None
        hours.append(round(minutes / 60, 4))
        previous = b.end
    if len(hours) < 2 or len(q.clocks) != 2 * len(ranges):
        return None
    return hours


def _call_days(q: Question) -> list[dict[str, Any]] | None:
    """'mon came in 8pm-9pm, then got called AGAIN at 10:30pm and worked till 11:45pm. wed 7pm-8:30pm. fri they called
    him at 5am … kept going into his 8am shift': each day's calls by the clock, read from the part of the story that day's
    name begins; None unless two or more days are told that way, one of them with more than a single stretch of work
    (several calls, or one that ran into the shift), and no day named twice."""
    ranges = [m.span() for m in _DAY_RANGE.finditer(q.text)]  # ('works 8-4:30 mon-fri': the schedule's days)
    starts = [m for m in re.finditer(rf"\b{_DAY_NAME}\b", q.text, re.I) if not any(a <= m.start() < b for a, b in ranges)]
    if len(starts) < 2 or not q.clocks or q.clocks[0].start < starts[0].start() and not re.search(
            r"\b(?:works?|shift|schedule\w*|normally|usually)\b", q.text[max(0, q.clocks[0].start - 30):q.clocks[0].start], re.I):
        return None  # a time told before the first day that is not the regular shift's: not a story told by day
    days: list[dict[str, Any]] = []
    for here, after in zip(starts, [*starts[1:], None], strict=True):
        piece = q.text[here.start():after.start() if after else len(q.text)]
        told = read(piece, q.today)
        lasted = told.amounts_in("hours", "minutes")  # ('at 7 pm and worked 1 hour': the call's end from its length)
        calls, next_shift, _ = _call_periods(told, lasted[0] if len(lasted) == 1 else None)
        if not calls:
            stretch = _clock_ranges(piece, told.clocks)
            if len(stretch) == 1 and len(told.clocks) == 2:
                calls = [{"start": stretch[0][0].hhmm, "end": stretch[0][1].hhmm}]
            elif len(told.clocks) == 1 and len(lasted) == 1:  # 'called back … at 7 pm and worked 1 hour'
                calls = [{"start": told.clocks[0].hhmm, "end": _end_after(told.clocks[0].hhmm, lasted[0])}]
            else:
                return None
        day = _FULL_DAY.get(here.group(0).lower()[:3], here.group(0).lower())
        if any(d["day"] == day for d in days):
            return None
        days.append({"day": day, "calls": calls} | ({"next_shift_start": next_shift} if next_shift else {}))
    if len(days) < 2 or not any(len(d["calls"]) > 1 or "next_shift_start" in d for d in days):
        return None
    return days


def _separate_call_backs(q: Question, durations: list[Amount]) -> list[float] | None:
    """'got called back after going home twice last week. tues she worked 1 hr 15 min …, thurs 2.5 hrs': call backs on
    different days, each told with its day and hours; None unless the story says there were several and every amount
    of time worked names a day of its own."""
    if not _SEVERAL_CALL_BACKS.search(q.text):
        return None
    told = _told_by_day(q, durations)
    if told is None or len(told) < 2:
        return None
    return [round(a.value / 60 if a.unit == "minutes" else a.value, 4) for _, a in told]


def _with_rate(q: Question, params: dict[str, Any]) -> dict[str, Any]:
    """The parameters with the member's hourly rate, where one is told: the pay, not only its hours."""
    rate = _hourly_rate(q)
    return params | {"hourly_rate": rate} if rate is not None else params


def _reporting_extract(q: Question, rules: Rules) -> Extraction:
    """Reporting time ('sent home, no work'), or waiting time: the working days from the day one was
    told to report to the day one was put to work ('report Monday … didn't put me to work until Thursday')."""
    params: dict[str, Any] = {"reporting": True}
    if re.search(r"\b(rain\w*|pouring|snow\w*|storm\w*|weather|wind\w*|lightning|cold|freezing|too hot|heat)\b", q.text, re.I):
        params["weather"] = True
    if _WAITING.search(q.text) and rules.has("pay", "reporting", "waiting"):
        days = [m for m in re.finditer(rf"\b{_DAY_NAME}\b", q.text, re.I)]
        # ('didn't put me to work until Thursday', 'only got put to work thursday nov 19')
        put_to_work = re.search(rf"\b(?:until|till|til|on|put (?:me |us )?to work|started (?:work|working))\s+(?:on\s+)?{_DAY_NAME}\b",
                                q.text[days[0].end():] if days else "", re.I)
        if len(days) >= 2 and put_to_work:
            first, last = _weekday(days[0]), _weekday(put_to_work)
            waited = sum(1 for d in range(first, first + (last - first) % 7) if d % 7 < 5)  # Monday–Friday
            return Inputs(_with_rate(q, {"days_waiting": waited}))
        count = re.search(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:working\s+|work\s+)?days?\b", q.text, re.I)
        if count:
            return Inputs(_with_rate(q, {"days_waiting": int(number(count.group(1)))}))
        return Ask(["days kept waiting"], "How many working days were you kept waiting before they put you to work?",
                   {"days_waiting": None})
    if q.affirms(r"\b(told|notified|warned|called|texted|messaged|a (?:text|call|message))\b[^.?!]{0,40}\b(not to (?:come|report)|"
                 r"(?:don'?t|do not) (?:come|report)|stay home|day before|"
                 r"night before|ahead)\b") and not q.mentions(r"\b(nobody|no one|noone|never|didn'?t)\b[^.?!]{0,12}"
                                                          r"\b(told|notified|warned|called|said)\b"):
        params["notified_before_shift_end"] = True
        # 'texted me at 11:40 pm … showed up for my 7:00 am start': how much notice that was, for a contract
        # that sets how many hours ahead the notice must come.
        if len(q.clocks) >= 2 and rules.has("pay", "reporting", "notice_hours"):
            told, start = q.clocks[0].minutes, q.clocks[1].minutes
            params["notice_hours"] = round(((start - told) % (24 * 60)) / 60, 4)
    rate = _hourly_rate(q)
    shift = shift_named(rules, q.text)
    if rate is not None:
        params["hourly_rate"] = rate
        if shift is not None:
            params["shift"] = shift  # 'showed up for my 2nd shift': reporting time carries that shift's premium
    elif shift is not None and "premium" in rules.get("pay", "reporting") and not params.get("notified_before_shift_end") \
            and rules.data.get("pay", {}).get("daily_overtime", {}).get("shift_premium") \
            and re.search(r"\bhow much\b|\bwhat\s+(?:do|does|did|will|would|should)\b", q.asked(), re.I):
        # (not 'does my 2 hrs show up pay include the shift premium?', which the premium's clause answers)
        # 'afternoon shift crew … rained out … what does each guy get?': hours alone leave out the shift's premium
        return Ask(["hourly rate"], f"What is the basic hourly rate? Reporting time on the {shift} includes its shift "
                   "premium, so the pay is worked out from the rate.", params,
                   rule=rules.get("pay", "reporting").get("weather" if params.get("weather") else "rule"))
    return Inputs(params)


def _minutes(hhmm: str) -> int:
    hours, minutes = hhmm.split(":")
    return int(hours) * 60 + int(minutes)


_SHIFT_END = re.compile(r"\b(shift (?:ended|ends|was over|finished|got out)|got off|clocked out|off work|left work|off since|"
                        r"finished (?:my|the|her|his|their)(?: \w+)? shift|end of (?:my|the|her|his|their)(?: \w+)? shift|"
                        r"(?:my|her|his|their)(?: \w+)? shift ending|"
                        # 'came back in at 8 p.m. — I'd finished at 4:15 and gone home': told after, done before
                        r"(?:i'?d|i had|she'?d|he'?d|we'?d|they'?d)\s+(?:already\s+)?(?:finished|left|clocked out|got off|gotten off|"
                        r"punched out))\b[^.,;]{0,14}$", re.I)
_NEXT_SHIFT = re.compile(r"\b(next shift|shift,? (?:which |that )?(?:starts|started|begins|began)|regular shift (?:starts|started|begins|began)|"
                         # 'worked straight through and then did his normal shift from 8:00'
                         r"(?:normal|regular|usual|scheduled) shift (?:from|at)|"
                         r"due (?:back|in) at)\b[^.,;]{0,12}$", re.I)
_RANGE_END = re.compile(r"(?:\bto|\buntil|\btill|\btil|\bthrough|\bthru|-|–)\s*$", re.I)
_SHIFT_START = re.compile(r"\b(shift|hours are|schedule|i work|normally work|scheduled)\b[^.,;]{0,25}$", re.I)
_CALL = re.compile(r"\b(called|calls?|calling|phoned|phones|paged|pages|texted|texts|rang|come back|came back|back in|back at|go back|went back|"
                   r"return(?:ed)? to work)\b[^.,;]{0,30}$", re.I)
_WORK_START = re.compile(r"\b(worked|work|started|got there|arrived|reported|came in|got in|from|showed up|clocked in)\b"
                         r"[^.,;]{0,15}$", re.I)
_ARRIVED = re.compile(r"\b(on site|on-site|at the site|on the job|on scene|got (?:to work|there|in)|(?:got|gets|get) (?:back )?to (?:the |my )?\w+|"
                      r"arrived|reported|"
                      # 'was on site and working at 4:30am'
                      r"showed up|clocked in|came in|badged in|punched in|swiped in|signed in)\b(?:\s+and\s+(?:working|workin|at work))?"
                      r"[^.,;]{0,8}$|"
                      # 'reported to the job site at 4:30 a.m.', 'arrived at the plant at 10'
                      # 'badged in at the office at 5:15am', 'pulled into the <town> shop at 2225' (one word naming the place)
                      r"\b(?:reported|arrived|got|was|pulled|rolled|walked|made it|(?:badged|clocked|punched|swiped|signed|checked|came|showed)\s+(?:in|up))"
                      r"\s+(?:back\s+)?(?:to|at|on|in|into)\s+(?:the\s+|my\s+)?(?:[a-z][\w'-]+\s+)?(?:job\s*site|work\s*site|site|job|work|"
                      r"plant|yard|shop|facility|office|station|building|unit|desk|post|workstation)\b[^.,;]{0,8}$", re.I)
_SHIFT_BEGAN = re.compile(r"\s*(?:[ap]\.?m\.?)?\s*(?:\w+\s+)?(?:shift|start)\s+(?:began|begins|started|starts)\b", re.I)
# A span spent getting there, not working: 'drove in 8:30 to 9, worked 9 to 10:30'.
_TRAVELLING = re.compile(r"\b(drove|drive|driving|travel\w*|commut\w*|on the road|"
                         r"left (?:the house|home|my (?:house|place|apartment))|headed (?:in|out|over)|set off)\b[^.,;]{0,12}$", re.I)
_WORK_END = re.compile(r"\b(left|leave|finished|finishing|done|wrapped up|ended|got home|went home|til|till|until|out|"
                       r"clocked out|off)\b[^.,;]{0,15}$", re.I)


# A call whose time is said first: 'then at 9:30 pm they called me in again' (not 'at 5 pm I called in sick').
_CALLED_AFTER = re.compile(r"\s*,?\s*(?:(?:in\s+the\s+\w+|at\s+night|this\s+morning|last\s+night|on\s+\w+|"
                           rf"{DAY_NAME})\s+)*(?:(?:they|he|she|my \w+|the \w+)\s+(?:called|calls|phoned|phones|paged|pages|rang|rings|texted|texts)|"
                           r"(?:i\s+)?got (?:called|paged|a call))\b", re.I)


def _call_periods(q: Question, worked_for: Amount | None = None) -> tuple[list[dict[str, str]], str | None, str | None]:
    """Calls as (start, end) clock times, read in order from the words between the times: 'called …
    at 9:30 pm and I worked from 10:00 to 11:00 pm', 'called me back at 7pm, worked til 8', 'called
    back at 9:30 pm, left at 11'; with the regular shift, its end and the next shift's start."""
    text = q.text
    calls: list[dict[str, str]] = []
    shift_start: str | None = None
    shift_end: str | None = None
    next_shift: str | None = None
    shift_open = False
    current: dict[str, str] | None = None
    previous_end = 0
    closes_nothing = False  # the next time, if it ends a range, ends a drive or the shift, not the call
    for clock in q.clocks:
        between = text[max(previous_end, clock.start - 60):clock.start]
        between = re.split(r"[.;!?]\s", between)[-1]
        previous_end = clock.end
        if closes_nothing:
            closes_nothing = False
            if _RANGE_END.search(between):
                continue
        drive, call = _TRAVELLING.search(between), _CALL.search(between)
        if drive and (call is None or drive.start() > call.start()):  # 'called me back in - drove in 8:30 to 9'
            closes_nothing = True  # the end of a drive: the work, not the road, is the call
            continue
        if current is not None and _SHIFT_BEGAN.match(text, clock.end):
            next_shift = clock.hhmm  # 'worked until her regular 8:00 a.m. shift began': the end and the next shift
        if current is not None and "end" not in current and worked_for is None and re.search(
                r"\b(?:regular|normal|usual|scheduled)\s+(?:shift|hours|schedule|day)\s+(?:which\s+|that\s+)?(?:is|are|starts?|begins?)\s+"
                r"(?:at\s+)?$", between, re.I) and (re.search(r"\b(?:stayed|stay|rolled|kept (?:going|working)|worked (?:my|the) (?:day|shift)|"
                                                            r"(?:straight|right) into)\b", text[clock.end:], re.I) or re.search(
                # 'i got to the office at 4:30am and just kept working into my regular shift which is 8am-5pm'
                r"\b(?:kept (?:going|working)|stayed|rolled|(?:straight|right))\s+(?:on\s+)?into\s+(?:my|her|his|their|the)\s+", between, re.I)):
            # 'badged in at 4:15am and my normal shift is 7-3:30 so i just stayed': the call runs to the shift's start
            next_shift = clock.hhmm
            current["end"] = clock.hhmm
            calls.append(current)
            current = None
            closes_nothing = True  # the shift's own end, next
            continue
        into = re.match(r"\s*(?:[ap]\.?m\.?\s*)?(?P<to>(?:-|–|to)\s*\d{1,2}(?::?\d\d)?\s*(?:[ap]\.?m\.?\s*)?)?(?:start|shift)\b",
                        text[clock.end:], re.I)
        if current is not None and into and \
                re.search(r"\b(?:regular|normal|usual|scheduled|my|her|his|their)\s*$", between, re.I):
            # 'works straight into his regular 8:00a start', 'kept going into my 8:00 shift', '… into my regular 7:00-3:30
            # shift': the call ends where the shift begins (and the shift's own end, told with it, ends nothing)
            next_shift = clock.hhmm
            closes_nothing = bool(into.group("to"))
            if "end" not in current:
                current["end"] = clock.hhmm
                calls.append(current)
                current = None
            continue
        told_after = _CALLED_AFTER.match(text, clock.end)
        # (not '… starts at 8:00 a.m. On Wednesday my supervisor called me at 5:00 a.m.': that call's own time follows)
        own_time = told_after is not None and any(
            0 <= c.start - told_after.end() <= 25
            and re.fullmatch(r"\s*(?:me|us|him|her|them)?\s*(?:back\s+|in\s+)?(?:at|@)\s*", text[told_after.end():c.start], re.I)
            for c in q.clocks)
        if told_after and not own_time and not _WORK_END.search(between):
            between += " called"  # 'then at 9:30 pm they called me in again': the time of a call, said first
        if _SHIFT_END.search(between):
            if current is not None and "end" not in current and calls == [] and not _CALL.search(between):
                pass
            shift_end = clock.hhmm
            shift_open = False
            continue
        if _NEXT_SHIFT.search(between) and (current is not None or calls):
            next_shift = clock.hhmm
            # 'worked until my next shift started at', 'kept working into my regular shift which starts at'
            if current is not None and "end" not in current and re.search(
                    r"\b(until|till|til|to|into|straight through|right through|kept going|kept working)\b", between, re.I):
                current["end"] = clock.hhmm
                calls.append(current)
                current = None
            continue
        if _RANGE_END.search(between):
            if current is not None:  # a call opened after the shift is the nearer thing to close
                current["end"] = clock.hhmm
                calls.append(current)
                current = None
                continue
            if shift_open:
                shift_end = shift_end or clock.hhmm
                shift_open = False
                continue
        # ('I was ordered in early … got to the job site at 4:30': ordered in before the shift)
        if _ARRIVED.search(between) and (_CALL_BACK.search(text[:clock.start]) or current is not None or re.search(
                r"\bordered\s+(?:me\s+|her\s+|him\s+|us\s+|them\s+)?in\b|\bcalled\s+(?:me\s+|her\s+|him\s+|us\s+|them\s+)?in\s+"
                r"early\b", text[:clock.start], re.I)):
            if current is not None:
                current["start"] = clock.hhmm  # the work began later than the call
            else:
                current = {"start": clock.hhmm}  # 'called back … I was on site at 4:00 a.m.'
            continue
        if _SHIFT_START.search(between) and not _CALL.search(between) and current is None:
            shift_start = shift_start or clock.hhmm
            shift_open = True
            continue
        called = _CALL.search(between)
        ended = re.search(r"\b(?:finished|finishing|done|wrapped up|clocked out)\b", between, re.I)
        if called and current is not None and ended and ended.start() < called.start():
            current["end"] = clock.hhmm  # 'finished and back at the shop at 2355': the work's end, said before words of a call
            calls.append(current)
            current = None
            continue
        if called:
            if current is not None:
                calls.append({"start": current["start"], "end": current["start"]})
            current = {"start": clock.hhmm}
            continue
        if current is not None and _WORK_END.search(between):
            current["end"] = clock.hhmm
            calls.append(current)
            current = None
            continue
        if _WORK_START.search(between):
            if current is not None:
                current["start"] = clock.hhmm  # the work began later than the call
            else:
                current = {"start": clock.hhmm}
    if next_shift is None and shift_start is not None:
        next_shift = shift_start
    if current is not None and "end" not in current and worked_for is not None and worked_for.start > q.clocks[0].start:
        current["end"] = _end_after(current["start"], worked_for)  # 'called in at 2 am and worked 2 hours'
        calls.append(current)
        current = None
    if current is not None and "end" not in current and next_shift is not None:
        current["end"] = next_shift  # 'called back at 5 am and worked until my regular shift started at 8 am'
        calls.append(current)
    calls = [c for c in calls if c["start"] != c["end"]]
    return calls, next_shift, shift_end


# --- standby ---------------------------------------------------------------------------------------------

_STANDBY = re.compile(r"\b(standby|stand-by|stand by|on[- ]call)\b", re.I)


# 'Do I get any standby CTO for that?' after 'I was NOT told to be on standby': whether the time counts.
_STANDBY_ASKED = re.compile(r"\b(?:get|earn|owed|due|credit\w*|paid)\b[^.?!]{0,25}\b(?:standby|stand-by|on[- ]call)\b|"
                            r"\b(?:standby|stand-by|on[- ]call)\b[^.?!]{0,25}\b(?:get|earn|owed|due|credit\w*|paid)\b", re.I)


def _not_required(q: Question) -> bool:
    """The story denies standby ('I was NOT told to be on standby') and the asking part asks for its credit."""
    asking = q.text.rfind(q.asked())
    story = q.text[:asking] if asking > 0 else ""
    told = [m.start() for m in _STANDBY.finditer(story)]
    # the member's own first word on it: 'I was NOT on standby … a coworker says I'm owed standby CTO'
    return bool(told) and q.negated(told[0]) and bool(_STANDBY_ASKED.search(q.asked()))


# A duty some contracts pay by the week or hour instead of standby credit: carrying the phone or pager.
_DUTY = re.compile(r"\b(?:cell\s*phone|phone|pager|cell)\s+duty\b|\b(?:carry|carried|carrying|had|have|covered|covering|cover|got|took|take|taking|"
                   r"assigned(?:\s+(?:me|us|him|her|them))?|gave\s+(?:me|us|him|her|them)|given)\s+"
                   r"(?:the\s+)?(?:county'?s?\s+|work\s+|on-call\s+|after[- ]hours\s+)*(?:cell\s*phone|cell|phone|pager)\b(?!\s*calls?\b)|"
                   # 'was on the after hours cell phone this weekend' (not 'was on the phone': a call)
                   r"\b(?:was|were|been|am|is|i'?m)\s+on\s+(?:the\s+)?(?:county'?s?\s+|work\s+|on-call\s+|after[- ]hours\s+)+"
                   r"(?:cell\s*phone|cell|phone|pager)\b(?!\s*calls?\b)",
                   re.I)
_DUTY_WEEKS = re.compile(r"\b(?P<n>\d+|one|two|three|four|a|an)\s+(?:full\s+)?(?:(?:duty|rotation|on-call)\s+)?(?:weeks?|wks?)\b|"
                         # 'two full duty weeks', 'one full weekly rotation'
                         r"\b(?P<rotations>\d+|one|two|three|four|a|an)\s+(?:full\s+)?weekly\s+(?:rotations?|assignments?|shifts?)\b|\b(?:the\s+)?(?:full\s+|whole\s+)?(?:week|wk)(?P<many>s)?\s+of\b|"
                         r"\b(?:my|the|a|one|her|his)\s+(?:full\s+|whole\s+)?(?:rotation|on-call|duty)\s+(?:week|wk)\b|"  # 'my full rotation week'
                         r"\b(?:the|a)\s+(?:whole|full|entire)\s+(?:week|wk)\b",
                         re.I)


def _duty_extract(q: Question) -> Extraction:
    """Weeks of a weekly rotation ('two weeks in a row', 'the wk of 3/2') and hours of daily duty ('20 hrs',
    '24 hrs each day' Sat and Sun, '5pm Friday to 8am Monday')."""
    weeks = 0.0
    previous_end = -1
    for match in _DUTY_WEEKS.finditer(q.text):
        restated = previous_end >= 0 and re.fullmatch(r"\s*(?:\(|,|-|–|—|i\.e\.,?|that is,?)\s*", q.text[previous_end:match.start()], re.I)
        previous_end = match.end()
        if restated:
            continue  # 'one full week (the whole week rotation)': the same week said again
        if q.text[max(0, match.start() - 1):match.start()] == "$" or re.match(r"\s*(?:rate|pay|amount)\b", q.text[match.end():], re.I):
            continue  # 'the $250 week rate': the weekly rate, not 250 weeks
        if q.negated(match.start()) or re.match(r"\s*ago\b", q.text[match.end():], re.I) or _said_by_others(q, match.start()):
            continue  # 'two weeks ago I had the phone': when, not how long; 'my lead says … like a full week?': his
        count = match.group("n")
        if match.group("many"):  # 'the full weeks of nov 9 and nov 16': one week for each date listed
            listed = 0
            for told in sorted(q.dates, key=lambda d: d.start):
                if told.start >= match.end() and re.fullmatch(r"\s*(?:(?:,|and|&)\s*)*(?:the\s+)?",
                                                               q.text[previous_end:told.start], re.I):
                    listed += 1
                    previous_end = told.end
            weeks += max(listed, 1)
            continue
        count = count or match.group("rotations")
        weeks += 1 if count is None else number(count)  # 'the wk of 3/2': one
    hours = 0.0
    # daily duty beside the weeks: 'then this week i covered two single nights, 5pm to 8am both times'
    if q.affirms(r"\bdaily\b") or not weeks or (_NIGHTS_COUNTED.search(q.text) and _joined_ranges(q)):
        # not the work the phone sent the member to: 'one nite i had to drive in and fix a pump for 2 hrs (that goes on
        # my OT card)', 'got called out sat for 2 hrs'
        amounts = [a for a in q.amounts if a.unit == "hours" and not re.search(
            r"\b(?:fix\w*|repair\w*|work(?:ed|ing)?|drive in|drove in|came in|went in|call(?:ed)? (?:me )?(?:out|in)|call-?outs?)\b"
            r"[^.;!?()]{0,30}$", q.text[max(0, a.start - 40):a.start], re.I)]
        by_day = _hours_by_day(q, amounts)
        if by_day is not None:
            hours = by_day
        elif amounts:
            hours = amounts[0].value * _days_each(q, amounts[0])
        else:
            span = _repeated_ranges(q) or _weekday_span(q) or _clock_range(q)
            hours = float(span) if span is not None else 0.0
    if not weeks and not hours:
        return Ask(["duty weeks or hours"], "How many weeks of the weekly rotation, or hours of daily duty, did you carry it?")
    return Inputs({"pay": True, "weeks": weeks, "hours": hours})


def standby_score(q: Question) -> float:
    if _DUTY.search(q.text) and (CALC.search(q.text) or "?" in q.text) and not q.amounts_in("minutes"):
        return 2.9  # 'I carried the county cell phone two weeks in a row: how much?'
    if _STANDBY.search(q.text) and _not_required(q):
        return 2.8
    if not _STANDBY.search(q.text) or not q.affirms(_STANDBY):
        return 0.0
    return 2.8 if CALC.search(q.text) else 0.0


_CREDIT_GIVEN = re.compile(r"\s*(?:of\s+)?(?:cto|comp\b|comp time|compensat\w+|credit|pay\b)", re.I)


def standby_extract(q: Question, rules: Rules) -> Extraction:
    if rules.has("pay", "duty_pay") and _DUTY.search(q.text):
        return _duty_extract(q)
    if not rules.has("pay", "standby"):
        return None
    if _not_required(q):
        if not rules.has("pay", "standby", "definition"):
            return None  # the contract's own clause answers whether it counts
        return Inputs({"hours": 0, "required": False})
    dated = _dated_periods(q)
    if dated is not None:  # 'from Friday, November 20 at 4:00 p.m. until Monday, November 23 at 8:00 a.m.'
        return Inputs(_standby_params(q, dated))
    # not what the member was given for it: 'my timesheet shows 8 hours of CTO for the weekend'
    hours = [a for a in q.amounts if a.unit in ("hours", "days", "weeks") and not _CREDIT_GIVEN.match(q.text, a.end)
             and not _said_by_others(q, a.start)  # 'my supervisor says it's one hour for every eight hours'
             # 'stay within an hour of the office'
             and not re.search(r"\b(?:within|inside(?: of)?|less than|under|over|more than|past|beyond|above)\s*$",
                               q.text[max(0, a.start - 12):a.start], re.I)  # 'get her over 40 hours': a bound
             and not re.search(r"\btowards?\s+(?:my|the|our|a)?\s*$", q.text[max(0, a.start - 16):a.start], re.I)]  # 'count toward my 40 hours'

    # not what a place is ('a 24-hour facility')
    hours = [a for a in hours if not (q.text[a.start:a.end].endswith(("-hour", "-hr")) and re.match(
        r"\s*(?:facility|operation|institution|plant|site|building|station|unit|office|center|centre|shop|hospital)\b",
        q.text[a.end:], re.I))]
    # (not 'she also worked her regular 40 hours that week': time worked)
    hours = [a for a in hours if not re.search(r"\b(?:worked|work|put in)\b[^.?!]{0,20}$", q.text[max(0, a.start - 30):a.start], re.I)]
    near = [a for a in hours if q.near(a, _STANDBY, before=40, after=40)] or hours
    if near:
        factor = {"hours": 1, "days": 24, "weeks": 168}
        # like periods, where one amount repeats over days ('16 hrs each … tues night they called me in': a call back
        # on one night of the run takes that night only)
        periods = _days_each(q, near[0]) if near[0].unit == "hours" else 1
        value = near[0].value * factor[near[0].unit] * periods
        for previous, amount in zip(near, near[1:], strict=False):
            between = q.text[previous.end:amount.start]
            if re.search(r"\b(plus|and|another|more|also)\b", between, re.I) and not _CALL_BACK.search(between):
                value += amount.value * factor[amount.unit]  # '16 hours this weekend plus 8 more hours Monday night'
                periods = 1  # periods of unlike lengths
            else:
                break
        return Inputs(_standby_params(q, value, periods))
    repeated = _repeated_periods(q)
    nights = _DAY_RANGE.search(q.text)
    if repeated is not None and nights is not None and repeated[1] > 1:
        # 'every weeknight Monday through Thursday from 5 pm until 9 am …, and then from Friday 5 pm straight through to
        # Monday 9 am': the weekend's period is one more, beside the nights
        weekend, _ = _weekday_span_parts(q, outside=nights.span())
        if weekend is not None and weekend > 0:
            return Inputs(_standby_params(q, repeated[0] + weekend))
    if repeated is not None:
        return Inputs(_standby_params(q, *repeated))
    span = _weekday_span(q) or _clock_range(q)
    if span is not None:
        return Inputs(_standby_params(q, span))
    if re.search(r"\bhow (much|many)\b", q.text, re.I):
        return Ask(["hours on standby"], "How many hours were you on standby?")
    return None


_DAY_NAME = DAY_NAME
# Between a date with its time and the next: ' at 4:00 p.m. until Monday, ', ' @ 1600 - '.
_UNTIL = re.compile(r"^\s*(?:at\s+|@\s*)?(?:\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?|\d{4}\s*(?:h(?:rs?)?)?|noon|midnight)?\s*,?\s*"
                    r"(?:until|till|til|to|through|thru|-|–)\s+[^.;?!\d]{0,20}$", re.I)


def _dated_periods(q: Question) -> float | None:
    """Hours in periods whose ends are each a date with its time, 'from Friday, November 20 at 4:00 p.m. until Monday,
    November 23 at 8:00 a.m.': what a weekend on standby spans, which no weekday or clock range alone can say."""
    dated = [d for d in q.dates if d.at is not None]
    total, last_end = 0.0, -1
    for first, second in zip(dated, dated[1:], strict=False):
        if first.start < last_end or not _UNTIL.match(q.text[first.end:second.start]) or first.at is None or second.at is None:
            continue
        begin = datetime.combine(first.value, datetime.strptime(first.at, "%H:%M").time())
        end = datetime.combine(second.value, datetime.strptime(second.at, "%H:%M").time())
        if not timedelta(0) < end - begin <= timedelta(days=14):
            continue
        total += (end - begin).total_seconds() / 3600
        last_end = second.end
    return round(total, 4) if total else None


def _day_before(q: Question, amount: Amount) -> str:
    """The weekday a stretch of time was worked, named right after it ('22 minutes on Monday') or just before it in
    its sentence ('tues I stayed 1 hr 52 min', 'mon 50 min and wed 1 hr 6 min'), as its first three letters; ''
    when none is."""
    after = re.match(rf"\s*(?:of\s+\w+\s+|late\s+)?on\s+(?:the\s+|last\s+)?{_DAY_NAME}\b", q.text[amount.end:], re.I)
    if after:  # '22 minutes on Monday, 6 minutes on Tuesday'
        return after.group(1).lower()[:3]
    before = re.split(r"[.;!?]", q.text[max(0, amount.start - 30):amount.start])[-1]
    named = re.findall(rf"\b{_DAY_NAME}\b", before, re.I)
    return named[-1].lower()[:3] if named else ""


# An amount of hours that is a schedule's day or a week's total, not the time something took: '8-hour days',
# '10 hour shifts', 'my full 40 hours', '40 hours last week'.
_SCHEDULE_LENGTH = re.compile(r"^\S*\s*(?:[-\s]?(?:hours?|hrs?)\b)?[\s-]*(?:days|shifts|a day|a shift|per day|each day)\b|"
                              r"^\S*\s*(?:hours?|hrs?)?\s*(?:last |that |this |a |per |each |every )?week\b", re.I)
_WEEKDAY_CLOCK = re.compile(rf"\b{_DAY_NAME}\b", re.I)
_PER_DAY = re.compile(r"^\s*(?:a|per|each|every)\s+(?:day|night|shift|evening)\b", re.I)
_DAY_RANGE = re.compile(rf"\b{_DAY_NAME}\s*(?:through|thru|to|until|till|-|–)\s*{_DAY_NAME}\b", re.I)
# Three or more days named one after another, the last after 'and': 'Mon, Tue, Thu and Fri'.
_DAYS_LISTED = re.compile(rf"^[\s,]*(?:on\s+|every\s+)?(?:{_DAY_NAME}\s*,\s*)+{_DAY_NAME}\s*,?\s*(?:and\s+|&\s*){_DAY_NAME}\b", re.I)
_DAY_COUNT = re.compile(r"^[^.?!]{0,12}?\b(?:for\s+|on\s+)?(?P<n>\d+|two|three|four|five|six|seven)\s+"
                        r"(?:days|nights|shifts|evenings)\b", re.I)
_DAY_INDEX = {name[:3]: index for index, name in enumerate(WEEKDAYS)}


def _weekday(match: re.Match[str], group: int = 1) -> int:
    """Monday 0 … Sunday 6, for a day name _DAY_NAME matched ('thurs', 'Sat')."""
    return _DAY_INDEX[match.group(group).lower()[:3]]


def _span_days(span: re.Match[str]) -> int:
    """The days a 'Monday through Thursday' span covers, both ends counted."""
    first, last = _weekday(span, 1), _weekday(span, 2)
    return (last - first) % 7 + 1


def _days_each(q: Question, amount: Amount) -> int:
    """How many days an amount of hours repeats: '16 hours a night, Monday through Thursday nights' is
    four nights, '8 hours Tuesday through Friday' four days, '10 hours a day for 3 days' three; 1
    when the hours are not given per day, or are more than a day holds ('my normal 40 hrs mon-fri')."""
    if amount.unit == "hours" and amount.value > 24:
        return 1
    after = q.text[amount.end:amount.end + 60]
    lead = _PER_DAY.match(after)
    per_day = lead is not None
    rest = after[lead.end():] if lead is not None else after
    span = _DAY_RANGE.search(rest[:40])
    if span and (per_day or re.match(r"^[\s,]*(?:on\s+|from\s+|every\s+)?$", rest[:span.start()], re.I)):
        return _span_days(span)
    listed = _DAYS_LISTED.match(rest)
    if listed:  # 'worked my regular 8 hrs Mon, Tue, Thu and Fri': the days named right after the hours, each a day
        return len({m.group(1).lower()[:3] for m in re.finditer(rf"\b{_DAY_NAME}\b", listed.group(0), re.I)})
    count = _DAY_COUNT.match(rest)
    if per_day and count:
        return int(number(count.group("n")))
    if per_day:  # 'third (night) shift Monday to Friday, 8 hours a night': the range told before, in its sentence
        # ('on standby Monday through Thursday nights this week, 5:00 p.m. to 9:00 a.m. each night (16 hours per night)')
        before_range = list(_DAY_RANGE.finditer(re.split(r"(?<![ap]\.m)[.;!?]\s", q.text[max(0, amount.start - 120):amount.start],
                                                         flags=re.I)[-1]))
        if before_range:
            return _span_days(before_range[-1])
    if re.search(r"\b(?:each|every|a|per)\s+(?:night|nite|day|shift|evening)\s*[(,:-]?\s*$", q.text[max(0, amount.start - 25):amount.start],
                 re.I):
        # 'on standby mon, tue, wed and thu nights this week, 4pm to 8am each night (16 hrs)': the days the sentence names
        sentence = re.split(r"[.;!?]", q.text[max(0, amount.start - 120):amount.start])[-1]
        ranged = list(_DAY_RANGE.finditer(sentence))
        if ranged:
            return _span_days(ranged[-1])
        named = {m.group(1).lower()[:3] for m in re.finditer(rf"\b{_DAY_NAME}\b", sentence, re.I)}
        if len(named) >= 2:
            return len(named)
    each = re.match(r"^\s*(?:each|apiece|a piece)\b", after, re.I)
    if each:  # 'sat + sun 24 hrs each', '9 hrs each on Mon, Tue, Wed and Fri'
        counted_after = re.match(r"^\s*each\s+of\s+(?:the|my|those|these|our|his|her)\s+(\d+|two|three|four|five|six|seven)\s+"
                                 r"(?:days?|shifts?|nights?|evenings?)\b", after, re.I)
        if counted_after:  # '10 hours each of the 5 nights'
            return int(number(counted_after.group(1)))
        before = re.split(r"[.;!?]", q.text[max(0, amount.start - 50):amount.start])[-1]
        # 'mon thru thu nights this week, 5pm to 9am each night (16 hrs each)': a range may stand further back
        further = re.split(r"[.;!?]", q.text[max(0, amount.start - 90):amount.start])[-1]
        following = re.split(r"[.;!?]", after[each.end():])[0]
        following = following if re.match(r"^\s*(?:day\s+)?(?:on\s+)?" + _DAY_NAME + r"\b", following, re.I) else ""
        for side in (before, following):
            ranged = list(_DAY_RANGE.finditer(further if side is before else side))
            if ranged:  # 'worked mon-wed 8 hrs each': the range's days, not its two ends
                return _span_days(ranged[-1])
            named = {m.group(1).lower()[:3] for m in re.finditer(rf"\b{_DAY_NAME}\b", side, re.I)}
            if len(named) >= 2:
                return len(named)
        # 'worked my other 4 days at 8 hrs each', 'three shifts of 10 hours each'
        counted = re.search(r"\b(\d+|two|three|four|five|six|seven)\s+(?:other\s+|more\s+|regular\s+)?"
                            r"(?:days?|shifts?|nights?)\s+(?:at|of|for)\s+$", before, re.I)
        if counted:
            return int(number(counted.group(1)))
        # 'covered 2 extra days for a coworker as daily duty, 16 hrs each of those days': the days counted
        # earlier in the sentence, when 'each' sends the hours back to them
        # earlier in the sentence, when 'each' sends the hours back to them; 'three separate days of daily duty, 15 hours
        # each': the one count of days the sentence tells
        sentence = re.split(r"[.;!?]", q.text[max(0, amount.start - 160):amount.start])[-1]
        told = list(re.finditer(r"\b(\d+|two|three|four|five|six|seven)\s+(?:other\s+|more\s+|extra\s+|regular\s+|separate\s+)?"
                                r"(?:days?|shifts?|nights?)\b", sentence, re.I))
        if told and (re.match(r"^\s*each\s+(?:of\s+)?(?:those|these|the)\s+(?:days?|shifts?|nights?)\b", after, re.I)
                     or len(told) == 1):
            return int(number(told[-1].group(1)))
    return 1


def _day_of(q: Question, amount: Amount) -> str | None:
    """The day of the week an amount of hours is told for ('16 hours on Saturday', 'Sunday: 6 hrs', 'a 10-hour shift
    on Saturday'), by its first three letters; None when none is written right beside it."""
    # ('24 hours on a Saturday', '16 hours on the Tuesday')
    after = re.match(rf"^\s*(?:(?:-\s*)?shift\s+)?(?:on\s+)?(?:a\s+|the\s+)?{_DAY_NAME}\b", q.text[amount.end:amount.end + 26], re.I)
    before = re.search(rf"\b{_DAY_NAME}(?:'s)?(?:\s+shift)?\s*(?:[:,-]|\s(?:for|was|(?:i|we|he|she|they)\s+(?:did|worked|had|put in|came in|went in|was in|"
                       r"were in)(?:\s+for)?))?\s*(?:(?:exactly|about|around|roughly|just|only)\s+)?"
                       r"(?:(?:a|an|one|my)\s+)?(?:(?:regular|normal|usual|scheduled|full)\s+)?$",  # ('Tue a 4 hour shift')
                       q.text[max(0, amount.start - 36):amount.start], re.I)  # 'Sunday: 6 hrs', 'came in saturday for 5 hrs', 'Saturday exactly three hours
    # ('saturday I came in for 6 hrs')
    found = after or before
    return found.group(1).lower()[:3] if found else None


def _daily_schedule(q: Question, spec: dict[str, Any]) -> str | None:
    """The schedule of the daily overtime rules the question names, by its name or an alias in the rules data."""
    text = re.sub(r"(?<=[a-z])[-–](?=[a-z])", " ", q.text, flags=re.I)  # 'Tuesday-to-Friday' is 'tuesday to friday'
    # the longest name said wins: '4x10 Tuesday-to-Friday' is that schedule, not the one '4x10' alone names
    found = [(len(str(alias)), -order, name) for order, (name, plan) in enumerate(spec["schedules"].items())
             for alias in [name, *plan.get("aliases", [])] if re.search(rf"(?<!\w){re.escape(str(alias))}(?!\w)", text, re.I)]
    return max(found)[2] if found else None


_FULL_DAY = {"mon": "monday", "tue": "tuesday", "wed": "wednesday", "thu": "thursday", "fri": "friday", "sat": "saturday",
             "sun": "sunday"}


def _holiday_among(q: Question, rules: Rules, days: list[str], schedule: str | None) -> str | None:
    """Which of the days worked is the holiday, where the question says one was: the day a holiday was 'moved to'
    or 'observed on', or the day a named holiday falls on, after the move the schedule's observance rule makes
    (a Friday holiday of a Monday-to-Thursday schedule kept on the Thursday); None when no holiday is told."""
    from assistant.calculators.holidays import (
        holiday_name_pattern,
        observed_weekday,
        public_holiday_date,
        schedule_move,
    )

    named = holiday_name_pattern().search(q.text)
    if named is None and not re.search(r"\bholiday\b", q.text, re.I):
        return None
    moved = re.search(rf"\b(?:moved|observed|bumped|shifted|pushed)\s+(?:back\s+|up\s+|over\s+)?(?:to|on|onto)\s+"
                      rf"(?:the\s+)?(?:preceding\s+|previous\s+|following\s+|next\s+)?(?P<day>{_DAY_NAME})\b", q.text, re.I)
    if moved is not None:
        day = WEEKDAYS[_DAY_INDEX[moved.group("day").lower()[:3]]]
        return day if day in days else None
    if named is None:
        return None
    year = next((d.value.year for d in q.dates if abs(d.start - named.start()) < 60), q.today.year)
    when = public_holiday_date(named.group(0), year, rules.contract)
    if when is None:
        return None
    weekday = WEEKDAYS[when.weekday()]
    spec = schedule_move(rules, schedule)
    if spec is not None:
        weekday = observed_weekday(spec, weekday)
    return weekday if weekday in days else None


def _days_worked(q: Question) -> list[tuple[str, float]] | None:
    """Two or more days each told with its hours ('11 hours on Tuesday and 6 hours on Saturday'), as (day, hours);
    None unless every amount of hours in the story is told with a day of its own."""
    amounts = _hours_worked_amounts(q)
    ranged = [(a, m) for a in q.amounts if a.unit == "hours" and 0 < a.value <= 24 and (m := re.match(
        rf"\s*(?:each|every|a|per)\s+day,?\s+(?:on\s+)?(?:from\s+)?(?P<a>{_DAY_NAME})\s*(?:through|thru|to|-|–)\s*(?P<b>{_DAY_NAME})\b",
        q.text[a.end:], re.I))]
    if len(ranged) == 1 and not re.search(rf"\b{_DAY_NAME}\b", q.asked(), re.I):
        # 'worked 10 hours each day Monday through Thursday and 8 hours on Friday': the range's days, then the others'
        # (not where the days asked about are named: 'what should I get paid for the Friday and Saturday hours?')
        order = list(_FULL_DAY)
        first, last = (order.index(ranged[0][1].group(g).lower()[:3]) for g in ("a", "b"))
        spread: list[tuple[str, float]] = [(order[i], ranged[0][0].value) for i in range(first, last + 1)] if first < last else []
        for a in amounts:
            day = _day_of(q, a)
            if day is None:
                return None
            spread.append((day, a.value))
        named = [day for day, _ in spread]
        return [(_FULL_DAY[day], hours) for day, hours in spread] if len(spread) >= 2 and len(set(named)) == len(named) else None
    shared = [(a, re.match(rf"\s*each\s+(?:on\s+)?(?P<days>{_DAY_NAME}(?:\s*(?:,|and|&|\+|,\s*and)\s*{_DAY_NAME})+)\b",
                           q.text[a.end:], re.I)) for a in amounts]
    if any(each for _, each in shared):
        # 'worked 10 hours each on Monday, Tuesday and Thursday, and then worked 8 hours on Friday': the amount for each day
        pairs: list[tuple[str, float]] = []
        for a, each in shared:
            days = [m.group(1).lower()[:3] for m in re.finditer(rf"\b{_DAY_NAME}\b", each.group("days"), re.I)] if each \
                else [_day_of(q, a)]
            if None in days:
                return None
            pairs.extend((str(day), a.value) for day in days)
        named = [day for day, _ in pairs]
        return [(_FULL_DAY[day], hours) for day, hours in pairs] if len(set(named)) == len(named) else None
    told = _told_by_day(q, amounts)
    if told is None and not amounts:
        return _listed_days_each(q)
    return None if told is None else [(_FULL_DAY[day], a.value) for day, a in told]


def _listed_days_each(q: Question) -> list[tuple[str, float]] | None:
    """Days named one by one and then one amount of hours for each: 'in on both Thursday the 25th and Friday the 26th,
    10 hours each day'; None for a range ('Monday to Friday'), which tells a schedule's days, not days worked."""
    each = [a for a in q.amounts if a.unit == "hours" and 0 < a.value <= 24
            and re.match(r"\s*(?:each|apiece|a piece)(?:\s+(?:day|shift))?\b", q.text[a.end:], re.I)]
    if len(each) != 1 or len([a for a in q.amounts if a.unit == "hours"]) != 1:
        return None
    from assistant.calculators.holidays import holiday_name_pattern

    # ('Good Friday … on both Thursday and Friday': a holiday's name is not a day worked)
    sentence = holiday_name_pattern().sub(" ", re.split(r"[.;!?]\s", q.text[:each[0].start])[-1])
    if _DAY_RANGE.search(sentence):
        return None
    days = [m.group(1).lower()[:3] for m in re.finditer(rf"\b{_DAY_NAME}\b", sentence, re.I)]
    if len(days) < 2 or len(set(days)) != len(days):
        return None
    return [(_FULL_DAY[day], each[0].value) for day in days]


def _hours_worked_amounts(q: Question) -> list[Amount]:
    """The amounts of hours that can be a day's time worked: not '8 hours a day' or 'normal 8-hour days' (how long
    the days are), nor 'my regular 40' (the week's total); 'my regular 8 hours plus 2 more' is 10, and 'not counting my
    regular 8 hours on Tuesday' sets its hours aside."""
    amounts = []
    for a in q.amounts:
        more = re.match(r"\s*(?:hours?|hrs?)?\s*(?:plus|\+|and)\s+(?:another\s+)?(?P<m>\d{1,2}(?:\.\d+)?)\s*(?:more|extra)\b(?!\s+(?:days?|shifts?))",
                        q.text[a.end:], re.I) if a.unit == "hours" else None
        if more is not None:
            a = replace(a, value=a.value + float(more.group("m")), end=a.end + more.end())
        if a.unit == "hours" and re.search(r"\b(?:not counting|not including|excluding|leaving out|apart from|besides|other than)\s+"
                                           r"(?:my|the|his|her|their)?\s*(?:regular|normal|usual|scheduled|straight[- ]time)?\s*$",
                                           q.text[max(0, a.start - 40):a.start], re.I):
            continue
        amounts.append(a)
    return [a for a in amounts if a.unit == "hours" and a.value <= 24
            # ('what do the 3 hrs past my 8 pay?': a part of the day asked about)
            and not re.match(r"\s*(?:past|over|beyond|after)\s+(?:my|the)\s+\d", q.text[a.end:], re.I) and (not re.match(
        r"\s*(?:(?:a|per|each|every)\s+day\b|(?:-\s*)?(?:days?|shifts?|workdays?)\b)", q.text[a.end:], re.I)
        # 'worked a 10-hour shift on Saturday', 'Tue a 4 hour shift': one shift, its day told
        or re.match(rf"\s*(?:-\s*)?shift\s+(?:on\s+)?(?:last\s+|this\s+(?:past\s+)?)?{_DAY_NAME}\b", q.text[a.end:], re.I)
        or re.search(rf"\b{_DAY_NAME}\s*(?:,\s*)?(?:i\s+(?:had|worked|did)\s+)?(?:a|an|one|my)\s*$", q.text[max(0, a.start - 25):a.start], re.I))]


def _hours_by_day(q: Question, amounts: list[Amount]) -> float | None:
    """The hours of several days, each told with its own day ('16 hours on Saturday and 16 hours on
    Sunday'): their sum; None unless every amount names a day and no day is named twice."""
    told = _told_by_day(q, amounts)
    return None if told is None else round(sum(a.value for _, a in told), 4)


def _told_by_day(q: Question, amounts: list[Amount]) -> list[tuple[str, Amount]] | None:
    """Each amount with the day it is told for (first three letters); None unless there are two or more, every
    one names a day and no day is named twice."""
    days = [_day_of(q, a) for a in amounts]
    if len(amounts) < 2 or None in days or len(set(days)) != len(days):
        return None
    return [(str(day), a) for day, a in zip(days, amounts, strict=True)]


def _standby_params(q: Question, hours: float, periods: int = 1) -> dict[str, Any]:
    """The standby hours, and whether a call back with call-back credit took one of the periods: in a run
    of `periods` like periods ('every night, Monday through Friday'), a call back the story places on one
    of them ('called me back in on Wednesday night … the other nights nobody called') takes only that one."""
    params: dict[str, Any] = {"hours": hours}
    if q.affirms(r"\b(?:got|get|received|receive|given|paid)\s+(?:the\s+)?call[- ]?back (?:credit|pay|time)"):
        params["called_back_with_credit"] = True
        if periods > 1 and _one_period_called(q):
            params["called_back_hours"] = round(hours / periods, 4)
    return params


_CALLED_IN = re.compile(r"\bcall(?:ed|s)?\s+(?:me\s+|him\s+|her\s+|us\s+)?(?:back|in)\b", re.I)


def _one_period_called(q: Question) -> bool:
    """The sentence telling the call back names a single day or night of the run ('called me back in on
    Wednesday night', 'one night they called me in')."""
    for sentence in re.split(r"(?<=[.!?;])\s+", q.text):
        if not _CALLED_IN.search(sentence):
            continue
        named = {m.group(1).lower()[:3] for m in re.finditer(rf"\b{_DAY_NAME}\b", sentence, re.I)}
        once = re.search(r"\b(?:one|1)\s+(?:of\s+(?:the|those|them)\s+)?(?:night|day|evening|shift)s?\b", sentence, re.I)
        return len(named) == 1 and not _DAY_RANGE.search(sentence) or bool(once and not named)
    return False


def _stayed_past_shift(q: Question) -> int | None:
    """Minutes worked past the end of the regular shift: its range ('my regular sched is 8-5'), then
    the time the member left ('didn't leave til 8:22pm')."""
    for first, second in zip(q.clocks, q.clocks[1:], strict=False):
        if not (_RANGE_END.search(q.text[first.end:second.start]) and len(q.text[first.end:second.start]) < 6
                and re.search(r"\b(regular|normal|usual|sched\w*|shift|hours are|i work)\b", q.text[max(0, first.start - 30):first.start],
                              re.I)):
            continue
        for later in q.clocks[q.clocks.index(second) + 1:]:
            if re.search(r"\b(left|leave|done|finished|clocked out|punched out|swiped out|badged out|tapped out|signed out|went home|"
                         r"got out|until|till|til|knocked off|wrapped up)\b[^.;]{0,8}$", q.text[max(0, later.start - 25):later.start], re.I):
                gap = (later.minutes - second.minutes) % (24 * 60)
                return gap if 0 < gap < 12 * 60 else None
        return None
    return None


def _stays_past_shift(q: Question) -> list[int]:
    """Minutes of each stay past the day's end in a week told day by day: 'worked mon tue thu fri 8-5 … ordered me to stay
    late twice: monday till 5:56 and thursday till 6:12' (56 and 72); empty unless the story says the member stayed
    late and every time after the shift's range is one a stay ended at."""
    if not re.search(r"\b(?:stay(?:ed)?|kept)\s+(?:\w+\s+)?late\b|\bstay(?:ed)?\s+(?:past|after|over)\b", q.text, re.I):
        return []
    for first, second in zip(q.clocks, q.clocks[1:], strict=False):
        if not (_RANGE_END.search(q.text[first.end:second.start]) and len(q.text[first.end:second.start]) < 6):
            continue
        later = q.clocks[q.clocks.index(second) + 1:]
        # ('till 5:56' after an 8-5 day: a bare time just past the end is the evening's, not the morning's)
        stays = [min((c.minutes - second.minutes) % (24 * 60), (c.minutes + 12 * 60 - second.minutes) % (24 * 60)) for c in later
                 if re.search(r"\b(?:till|until|til|to|left at|leave at)\s*$", q.text[max(0, c.start - 10):c.start], re.I)]
        if not later or len(stays) != len(later) or not all(0 < m < 6 * 60 for m in stays):
            return []
        return stays
    return []


def _hours_between(first: ClockFact, second: ClockFact) -> float:
    """Hours from one clock time to the next, past midnight if need be ('5 p.m. to 9 a.m.': 16)."""
    return ((second.minutes - first.minutes) % (24 * 60) or 24 * 60) / 60


def _ranges_in_role(q: Question, role_pattern: str) -> float | None:
    """Hours of the clock ranges told in the same clause as the role ('mon 6:30-10am as <the role>, wed 4:30-9pm on <a
    station>'), each less an unpaid meal break said in that clause; None unless some ranges name the role and others do not."""
    inside, outside = 0.0, 0
    for first, second in _clock_ranges(q.text, q.clocks):
        begin = max((m.end() for m in re.finditer(r"[,;.!?]\s", q.text[:first.start])), default=0)
        ending = re.search(r"[,;!?]\s|\.\s|$", q.text[second.end:])
        clause = q.text[begin:second.end + (ending.start() if ending else 0)]
        length = _hours_between(first, second)
        meal = re.search(r"\b(?P<n>\d{1,2})\s*(?:min(?:ute)?s?|m)\b[^.;,]{0,20}\b(?:meal|lunch|break|brake)\b", clause, re.I)
        if meal and re.search(r"\b(?:took|take|taking|had)\b", clause, re.I):
            length -= int(meal.group("n")) / 60
        if re.search(rf"\b(?:as|doing)\s+(?:a\s+|the\s+|my\s+)?(?:designated\s+)?(?:{role_pattern})", clause, re.I):
            inside += length
        else:
            outside += 1
    return round(inside, 4) if inside and outside else None


def _joined_ranges(q: Question) -> list[float]:
    """Hours of each clock range written as one ('8 a.m. to midnight', '5 p.m. to 9 a.m.')."""
    spans = []
    for first, second in zip(q.clocks, q.clocks[1:], strict=False):
        between = q.text[first.end:second.start]
        if _RANGE_END.search(between) and len(between) < 12:
            spans.append(_hours_between(first, second))
    return spans


# Days listed before one clock range, each its own period: 'Monday, Tuesday and Wednesday nights from 5:00 p.m. to …'
# ('mon tues and wed nights, from 4:30pm when i got off til 8:30am': days listed with spaces, the range's start said of)
_LISTED_DAYS = re.compile(rf"\b{_DAY_NAME}(?:\s*(?:,\s*(?:and\s+)?|and\s+|&\s*|\+\s*|\s){_DAY_NAME})+\b(?:\s+(?:nights?|evenings?|"
                          rf"mornings?|days?))?\s*[,:]?\s*(?:from\s+)?$", re.I)


def _listed_day_ranges(q: Question) -> list[float] | None:
    """The hours of each period told as days listed before one clock range ('Monday, Tuesday and Wednesday nights from 5:00 p.m.
    to 8:00 a.m.': three of them) together with any period from one day's time to another day's ('plus Saturday 8:00 a.m.
    to Sunday 8:00 a.m.'); None unless the list form is there and every clock belongs to a period read."""
    periods: list[float] = []
    listed = False
    used: set[int] = set()
    clocks = q.clocks
    for index, (first, second) in enumerate(zip(clocks, clocks[1:], strict=False)):
        if index in used:
            continue
        between = q.text[first.end:second.start]
        days = _LISTED_DAYS.search(q.text[max(0, first.start - 60):first.start])
        if days is not None and re.fullmatch(r"\s*(?:(?:when|after|as)\s+[a-z' ]{1,25}?\s+)?(?:to|until|till|til|through|thru|-|–)\s*",
                                             between, re.I):
            count = len(list(re.finditer(rf"\b{_DAY_NAME}\b", days.group(0), re.I)))
            periods += [_hours_between(first, second)] * count
            listed = True
            used.update((index, index + 1))
            continue
        on_day = re.search(rf"\b{_DAY_NAME}\s*(?:at\s+)?$", q.text[max(0, first.start - 14):first.start], re.I)
        to_day = re.fullmatch(rf"\s*(?:to|until|till|til|through|thru|-|–)\s*{_DAY_NAME}\s*(?:at\s+)?", between, re.I)
        if on_day is not None and to_day is not None:  # 'Saturday 8:00 a.m. to Sunday 8:00 a.m.'
            minutes = ((_weekday(to_day) - _weekday(on_day)) % 7) * 24 * 60 + second.minutes - first.minutes
            periods.append((minutes if minutes > 0 else minutes + 7 * 24 * 60) / 60)
            used.update((index, index + 1))
    if not listed or len(used) != len(clocks):
        return None
    return periods


def _repeated_ranges(q: Question) -> float | None:
    """Hours over several periods (see _repeated_periods)."""
    found = _repeated_periods(q)
    return found[0] if found is not None else None


def _repeated_periods(q: Question) -> tuple[float, int] | None:
    """Hours over several periods, and how many like periods they are (1 where they differ): 'Saturday 8 a.m. to
    midnight and Sunday 8 a.m. to midnight' (each range counts), or one range 'each night' over a span of days
    ('Monday through Thursday nights, 5 p.m. to 9 a.m. each night': four nights), written beside one ('5pm to 1am
    mon thru fri') or on the days named ('sat + sun 8am-8pm both days')."""
    listed = _listed_day_ranges(q)
    if listed is not None:  # like periods are counted ('sat + sun 8am to 8pm': two of 12 hours)
        return sum(listed), len(listed) if len(set(listed)) == 1 else 1
    spans = _joined_ranges(q)
    if len(spans) >= 2:
        return sum(spans), len(spans) if len(set(spans)) == 1 else 1
    if len(spans) != 1:
        return None
    days = _DAY_RANGE.search(q.text)
    if days is not None and _span_beside_range(q):  # '5pm to 1am mon thru fri': the range on each day of the span
        return spans[0] * _span_days(days), _span_days(days)
    if re.search(r"\b(?:each|every|a|per|both)\s+(?:night|nite|day|shift|evening|time)s?\b|\bnightly\b|\beach (?:one|of them)\b",
                 q.text, re.I):
        if days is not None:
            return spans[0] * _span_days(days), _span_days(days)
        named = {m.group(1).lower()[:3] for m in re.finditer(rf"\b{_DAY_NAME}\b", q.text, re.I)}
        if len(named) >= 2:  # 'sat + sun 8am-8pm both days'
            return spans[0] * len(named), len(named)
        counted = _NIGHTS_COUNTED.search(q.text)
        if counted:  # 'covered 3 nights last week … 5pm to 8am each night'
            return spans[0] * number(counted.group("n")), int(number(counted.group("n")))
    return None


_NIGHTS_COUNTED = re.compile(r"\b(?P<n>\d{1,2}|two|three|four|five|six|seven)\s+(?:single\s+|separate\s+)?"
                             r"(?:week\s*|weekday\s+|weekend\s+)?(?:nights|nites|days|evenings|shifts)\b",
                             re.I)


def _span_beside_range(q: Question) -> bool:
    """A span of days written right beside a clock range ('5pm to 1am mon thru fri', 'Mon-Fri 5 p.m. to 9 a.m.',
    'mon thru thurs nights 5p to 9a'):
    the range is each day's."""
    days = _DAY_RANGE.search(q.text)
    if days is None:
        return False
    for first, second in zip(q.clocks, q.clocks[1:], strict=False):
        between = q.text[first.end:second.start]
        if not (_RANGE_END.search(between) and len(between) < 12):
            continue
        after, before = q.text[second.end:days.start()], q.text[days.end():first.start]
        return (0 <= days.start() - second.end <= 6 and re.fullmatch(r"[\s,]*(?:on\s+)?", after, re.I) is not None) or (
            0 <= first.start - days.end() <= 14
            and re.fullmatch(r"[\s,:]*(?:(?:nights?|days?|evenings?|shifts?)\b[\s,:]*)?(?:from\s+)?", before, re.I) is not None)
    return False


def _clock_range(q: Question) -> float | None:
    """Hours from the first clock time to the next one joined to it: 'on standby 8am to 4pm', or
    from an arrival to a leaving: 'got there at 9 in the morning and left at quarter to one'."""
    for first, second in zip(q.clocks, q.clocks[1:], strict=False):
        between = q.text[first.end:second.start]
        joined = (_RANGE_END.search(between) and len(between) < 12
                  or re.fullmatch(r"\s*straight\s+(?:thru|through)(?:\s+(?:to|until|till|til))?\s*", between, re.I))
        came_went = (re.search(r"\b(got there|got in|arrived|came in|started|clocked in|punched in|showed up|reported)\b[^.;]{0,12}$",
                               q.text[max(0, first.start - 30):first.start], re.I)
                     and re.search(r"\b(left|leave|done|finished|clocked out|punched out|and out|went home|got out)\b[^.;]{0,12}$",
                                   between, re.I))  # 'clocked in 7:30am and out at 11:22am'
        if joined or came_went:
            return _hours_between(first, second)
        # told the other way round: 'they sent us home at 0836, after we started at 0700'
        went_came = (re.search(r"\b(left|done|finished|clocked out|punched out|went home|got out|sent (?:[\w']+\s+){0,4}?home)"
                               r"\b[^.;]{0,12}$", q.text[max(0, first.start - 40):first.start], re.I)
                     and re.search(r"\b(started|got there|got in|arrived|came in|clocked in|showed up|reported|began)\b[^.;]{0,12}$",
                                   between, re.I) and len(between) < 40)
        if went_came:
            return _hours_between(second, first)
    return None


_RANGE_WORD = re.compile(r"\b(?:to|until|till|til|through|thru)\b|[-–]", re.I)


def _weekday_span(q: Question) -> float | None:
    """Hours from 'Friday 5 pm' to 'Monday 8 am' (a clock time next to each weekday), with any period told within one
    day ('and also wed night 4pm to midnight') added."""
    spanned, own = _weekday_span_parts(q)
    if spanned is None:
        return sum(own) if own else None
    return spanned + sum(own)


def _weekday_span_parts(q: Question, outside: tuple[int, int] | None = None) -> tuple[float | None, list[float]]:
    """The hours between weekdays told with clock times ('Friday 5 pm' to 'Monday 8 am'; None when fewer than two are
    told), and the periods told within one day; weekdays written inside `outside` (a span of days whose nights are
    counted apart) are left out."""
    points = []
    own: list[float] = []
    for m in _WEEKDAY_CLOCK.finditer(q.text):
        # The clock written right before the day ('5 pm Friday') belongs to it; else the nearest one after
        # it ('Friday 5 pm', 'Friday at 5'), unless a range word stands between ('Friday until 9 am').
        before = [c for c in q.clocks if c.end <= m.start() and re.fullmatch(r"[\s,]*(?:on\s+)?", q.text[c.end:m.start()], re.I)]
        after = [c for c in q.clocks if c.start >= m.end() and c.start - m.end() <= 25
                 and not _RANGE_WORD.search(q.text[m.end():c.start])]
        clock = before[-1] if before else (after[0] if after else None)
        if clock is None:
            continue
        closing = next((c for c in q.clocks if c.start > clock.end and re.fullmatch(
            r"\s*(?:[ap]\.?m\.?)?\s*(?:to|until|till|til|thru|through|-|–)\s*", q.text[clock.end:c.start], re.I)), None)
        if closing is not None and not _WEEKDAY_CLOCK.search(q.text[closing.end:closing.end + 12]):
            # 'wed night 4pm to midnight': a period within its own day (or to the next morning), told whole
            own.append(((closing.minutes - clock.minutes) % (24 * 60) or 24 * 60) / 60)
            continue
        if outside is not None and outside[0] <= m.start() < outside[1]:
            continue
        points.append((_weekday(m), clock.minutes, m.start()))
    # a period corrected ('fri 5pm to mon 7am. wait no scratch that, it was sat 8am to mon 8am', 'supposed to start Friday at
    # 5pm, but she changed it, so it actually ran from Saturday 0700 …'): the days told after the correction
    corrected = [m.end() for m in re.finditer(r"\b(?:scratch that|wait,? no|no,? wait|i mean|correction|actually|changed it|"
                                               r"moved it|instead)\b", q.text, re.I)]
    if corrected and len([p for p in points if p[2] > corrected[-1]]) >= 2:
        points = [p for p in points if p[2] > corrected[-1]]
    if len(points) < 2:
        return None, ([] if len(points) == 1 else own)

    def between(start: tuple[int, int, int], end: tuple[int, int, int]) -> int:
        minutes = ((end[0] - start[0]) % 7) * 24 * 60 + (end[1] - start[1])
        return minutes + 7 * 24 * 60 if minutes <= 0 else minutes

    # 'Wednesday 4 p.m. to Thursday 8 a.m., and again Friday 4 p.m. to Monday 8 a.m.': each pair of points is a
    # period of its own (16 + 64 hours), not one period from the first day to the last.
    if len(points) >= 4 and len(points) % 2 == 0:
        return sum(between(points[i], points[i + 1]) for i in range(0, len(points), 2)) / 60, own
    return between(points[0], points[-1]) / 60, own


# --- night shift -----------------------------------------------------------------------------------------

_NIGHT = re.compile(r"\b(night shift|nights|graveyard|night differential|night diff|shift differential|shift diff|"
                    r"swing shift|night premium|shift premium|shift prem|differential)\b", re.I)


_SHIFT_COUNT = re.compile(r"\b(?:all\s+|worked\s+|did\s+)?(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+"
                          r"(?:of\s+(?:those|these|them|my|the|such)\s+)?"  # 'work 10 of those shifts'
                          # 'five full night shifts'
                          r"(?:full\s+|whole\s+|complete\s+)?(?:night\s+|evening\s+|regular\s+|scheduled\s+|swing\s+|graveyard\s+|"
                          r"afternoon\s+)?"
                          r"(?:\d+(?:\.\d+)?[- ]?(?:hours?|hrs?|h)\s+)?"  # '20 of these 8-hour shifts'
                          r"(?:shifts|nights|evenings)\b|"
                          # 'on nights this week, 4 in a row'
                          r"\b(?:shifts|nights|evenings|nites)\b[^.?!\d]{0,25}?\b(?P<row>\d|two|three|four|five|six|seven)\s+in\s+a\s+row\b|"
                          # 'for a normal 5 day, 40 hr week', 'my 4-day week': the days of a week asked about
                          r"\b(?P<days>\d|four|five|six)[- ]day\b(?=[^.?!]{0,20}\bweek\b)|"
                          # 'on sick leave for Wednesday's shift and worked the other four'
                          r"\b(?:worked|did)\s+the\s+other\s+(?P<other>\d|two|three|four|five|six)\b", re.I)


def _shift_count(q: Question) -> int | None:
    """How many shifts a premium is asked for: 'worked all 5 shifts last week', 'Mon-Fri, 5 shifts', or a
    span of days worked ('nights all week Mon-Fri'); None for one shift's premium."""
    found = _SHIFT_COUNT.search(q.text)
    if found and (found.group("n") or found.group("row") or found.group("other") or re.search(r"\bweek\b", q.asked(), re.I)):
        # (a week's days, when a week is asked)
        return int(number(found.group("n") or found.group("row") or found.group("other") or found.group("days")))
    if re.search(r"\b(?:regular|normal|usual)\s+(?:schedule|shift|hours)\s+(?:is|are)\s+M\s*-\s*F\b", q.text, re.I) \
            and re.search(r"\bweek\b", q.asked(), re.I) and not re.search(r"\b(?:off|sick|vacation|holiday)\b", q.text, re.I):
        return 5  # 'My regular schedule is M-F 1430-2300 … How much shift diff for the week?': the schedule's five days
    span = _DAY_RANGE.search(q.text)
    worked_span = span is not None and re.search(r"\bworked\b[^.?!]{0,30}$", q.text[:span.start()], re.I) is not None
    if span and (re.search(r"\b(all|whole|every|each|full|entire)\b[^.?!]{0,20}\b(week|shift|night|day)s?\b", q.text, re.I)
                 or worked_span) and re.search(r"\b(week|total|altogether|all)\b", q.asked(), re.I):
        return _span_days(span)  # 'worked my evening shifts Tuesday through Friday … for that week': four
    one = re.search(r"\b(?:per|a|each|an|one)\s+(?:shift|hour|hr|night|evening)\b|\bhourly\b", q.asked(), re.I)
    if one:
        return None
    asked = q.asked()
    in_asked = _DAY_RANGE.search(asked)
    named = {m.group(1).lower()[:3] for m in re.finditer(rf"\b{DAY_NAME}\b", asked, re.I)}
    if in_asked:
        return _span_days(in_asked)  # '… what premium for mon thru wed?'
    if len(named) >= 2:
        return len(named)  # 'what shift premium should I get for mon and tue?'
    worked = next((m for m in _DAY_RANGE.finditer(q.text)
                   if re.search(r"\bworked\b[^.?!,;]{0,12}$", q.text[:m.start()], re.I)), None)
    if worked is not None:
        return _span_days(worked)  # 'scheduled mon-fri, worked mon thru thurs then called in sick friday … how much?'
    return None


_MEAL = re.compile(r"\b(lunch|meal|dinner|supper)(?:\s+(?:break|period))?\b", re.I)
_PAID_MEAL = re.compile(r"\b(?<!un)paid\s+(?:half[- ]hour\s+|30[- ]min(?:ute)?\s+)?(?:lunch|meal)|"
                        r"\b(?:lunch|meal)(?:\s+(?:break|period))?\s+(?:is|are|'s)\s+paid\b", re.I)


def _within(minutes: int, start: int, end: int) -> bool:
    """Whether a time of day falls in a span of the clock that may run past midnight."""
    return (minutes - start) % 1440 <= (end - start) % 1440


def _meal_clocks(q: Question) -> tuple[ClockFact, ClockFact] | None:
    """An unpaid meal period's start and end ('unpaid half-hour lunch from 5:30 to 6:00pm'): the two
    times written just after the word for it; None when there is none or it is paid."""
    for found in _MEAL.finditer(q.text):
        after = [c for c in q.clocks if found.end() <= c.start <= found.end() + 40]
        if _PAID_MEAL.search(q.text):
            return None
        if len(after) >= 2 and re.fullmatch(r"\s*(?:-|–|—|to|until|till|til|thru|through|and)\s*", q.text[after[0].end:after[1].start], re.I):
            first, second = after[0], after[1]  # (not 'a half-hour meal at 2:00 a.m. Since I start before midnight')
            if (second.minutes - first.minutes) % (24 * 60) > 180 and (second.minutes - first.minutes + 720) % (24 * 60) <= 180:
                # 'meal 12:30-1:00am': a meal of minutes, not of twelve hours; the first time is in the second's half of the day
                first = ClockFact((first.minutes + 720) % (24 * 60), first.text, first.start, first.end)
            return first, second
        texted = re.match(r"\s*[-–]\s*(?P<h>\d)(?P<m>[0-5]\d)\b(?!\s*(?:hours?|hrs?|minutes?|mins?)\b)", q.text[after[0].end:]) \
            if len(after) == 1 else None
        if texted is not None:
            # 'unpaid lunch 8-830': the end texted without its colon, in the first time's half of the day
            first = after[0]
            minutes = int(texted.group("h")) * 60 + int(texted.group("m")) + (first.minutes // (12 * 60)) * 12 * 60
            if 0 < (minutes - first.minutes) % (24 * 60) <= 180:
                return first, ClockFact(minutes % (24 * 60), texted.group(0).strip(" -–"), first.end, first.end + texted.end())
        # 'a half hour unpaid lunch at 2': its length said before the word, its start after it
        length = next((a for a in q.amounts_in("minutes", "hours") if 0 <= found.start() - a.end <= 12), None)
        if len(after) == 1 and length is not None and re.match(r"\s*(?:at|@|from)\s*$", q.text[found.end():after[0].start]):
            minutes = round(length.value * 60 if length.unit == "hours" else length.value)
            if 0 < minutes <= 120:
                start = after[0]
                return start, ClockFact((start.minutes + minutes) % (24 * 60), "", start.end, start.end)
    return None


# A pay period of two weeks asked about: 'for a 2 wk pay period', 'every two weeks', 'biweekly'.
_TWO_WEEKS = re.compile(r"\b(?:2|two)[- ]?(?:wk|week)s?\b|\bbi-?weekly\b|\bfortnight\w*", re.I)


def _week_of_shifts(q: Question) -> int | None:
    """The shifts of a regular week asked about as a whole: 'Monday-Friday … how much per week' is five, 'Monday,
    Wednesday and Friday … for a two-week pay period' six."""
    span = _DAY_RANGE.search(q.text)
    named = {m.group(1).lower()[:2] for m in re.finditer(rf"\b{DAY_NAME}\b", q.text, re.I)}
    days = _span_days(span) if span else len(named) if len(named) >= 2 else None
    if days is None:
        return None
    if re.search(r"\b(?:per|a|each|every|for the|this|last|that)\s+week\b|\bweekly\b", q.asked(), re.I):
        return days
    if _TWO_WEEKS.search(q.asked()) and re.search(r"\bpay ?period\b|\bpay ?check\b|\bcheck\b|\bevery\b", q.asked(), re.I):
        return 2 * days
    return None


def night_score(q: Question) -> float:
    if (_STANDBY.search(q.text) and q.affirms(_STANDBY)) or _DUTY.search(q.text):
        return 0.0  # 'on standby mon-thurs nights 1700 to 0900', 'had the after-hours cell phone … 5pm to 8am': not shifts worked
    if re.search(r"\b(?:ignore|ignoring|not counting|not including|excluding|leave out|leaving out|forget|forget about|without|minus)\s+"
                 r"(?:the\s+|any\s+|my\s+)?(?:shift\s+|night\s+|graveyard\s+|evening\s+)?(?:diff\w*|differential|premium)\b|"
                 r"\b(?:leave|leaving|keep|keeping)\s+(?:the\s+|any\s+|my\s+)?(?:shift\s+|night\s+|graveyard\s+|evening\s+)?"
                 r"(?:diff\w*|differential|premium)\s+out\b", q.text, re.I):
        # '… what's the total for that shift (ignore shift diff)?', '(leave the night differential out)': the night is set aside
        return 0.0
    if _grievance(q.asked()) and re.search(r"\b(?:last|latest|final)\s+day\b|\bdeadline\b|\bby when\b|\bhow long\b|"
                                           r"\bwhen\s+(?:do|does|is|must|should)\b", q.asked(), re.I):
        return 0.0  # 'moved me onto nights with no notice … whats the last day i can file at the first level?': a grievance's day
    day_pay = _day_worked(q) and re.search(r"\b(pay|paid|worth|earn|wage|wages|money|get)\b", q.asked(), re.I)
    # 'whats the right shift premium $ for tuesday?': the premium's figure asked for
    premium_asked = re.search(r"\b(?:what|whats|how much)\b[^.?!]{0,30}\b(?:prem\w*|diff\w*)\b", q.asked(), re.I)
    # ('put on evening shift for just Wednesday and Thursday this week … What should those two evening shifts pay?': a
    # short stint on a premium shift, its pay asked)
    stint = _short_stint(q) is not None and re.search(r"\b(?:evening|night|nite)\s+shifts?\b", q.text, re.I) \
        and CALC.search(q.text)
    return 2.7 if _NIGHT.search(q.text) and (CALC.search(q.text) or len(q.clocks) >= 2 or day_pay or premium_asked) or stint \
        else 0.0


_PREMIUM_TOTAL = re.compile(r"\b(?:shift\s+)?prem(?:ium|s)?\b|\bshift diff\w*", re.I)
_HOURS_TOTAL = re.compile(r"\b(?P<a>\d+(?:\.\d+)?)\s*(?:hrs?|hours)\s+(?:(?:on|of)\s+(?:the\s+)?[\w-]+\s+(?:shift\s+)?)?(?:in\s+)?total\b|\btotal\s+(?:of\s+)?(?P<b>\d+(?:\.\d+)?)\s*(?:hrs?|hours)\b",
                          re.I)
_SHIFTS_TIMES = re.compile(r"\b(?P<n>\d{1,2})\s*(?P<word>shifts?\s*)?x\s*(?P<h>\d{1,2}(?:\.\d+)?)(?:'?s\b|\s*(?:hrs?|hours?)\b|\b)", re.I)
_EXTRA_HOURS = re.compile(r"\b(?P<h>\d+(?:\.\d+)?)\s*(?:extra\s+)?(?:hrs?|hours?)\s+(?:of\s+)?(?:ot|overtime|extra)\b|"
                          r"\b(?P<e>\d+(?:\.\d+)?)\s+extra\s+(?:hrs?|hours?)\b", re.I)


_COUNT_WORD = r"\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten"
# 'five 8-hour shifts', 'two 4 hr shifts a week', '2 four-hour shifts' (with `week` where they are each week's)
_SIZED_SHIFTS = re.compile(rf"\b(?P<n>{_COUNT_WORD})\s+(?P<h>\d{{1,2}}(?:\.\d+)?|{_COUNT_WORD})[- ]?(?:hours?|hrs?|h)\s+(?:shifts?|(?:nights?|nites?)(?!\s+shifts?))\b"
                           r"(?P<week>\s+(?:a|per|each|every)\s+week\b)?", re.I)
_SHIFTS_OF = re.compile(rf"\b(?P<n>{_COUNT_WORD})\s+(?:shifts?|nights?|nites?)\s+of\s+(?P<h>\d{{1,2}}(?:\.\d+)?)\s*(?:hours?|hrs?)\b",
                        re.I)
_WORKED_HOURS = re.compile(r"\b(?:worked|put in|pulled)\s+(?:a\s+|an?\s+extra\s+)?(\d+(?:\.\d+)?)\s*(?:-\s*)?(?:hrs?|hours)\b", re.I)


# A day's hours told without their unit after coming back in: 'we came back sat night for 6'.
_CAME_BACK_FOR = re.compile(r"\b(?:came|come|went|got\s+called)\s+(?:back|in)\b[^.?!,]{0,25}?\bfor\s+(?P<n>\d{1,2}(?:\.\d+)?)\b"
                            r"(?!\s*(?:hours?|hrs?|h\b|min|%|\$|:|am\b|pm\b|a\.m|p\.m|days?|nights?|shifts?|weeks?)|\.\d)", re.I)


def _hours_on_premium(q: Question) -> float | None:
    """Hours worked on a premium shift over a stretch: '42 hrs total'; or the shifts times their length
    ('4 shifts x 8 hrs', 'all wk, 5x8s') plus the overtime added to them ('+ 2 hrs OT', 'stayed 2 extra hrs')."""
    total = _HOURS_TOTAL.search(q.text)
    if total:
        return float(total.group("a") or total.group("b"))
    bare = re.search(r"\b(?:did|worked|put in|pulled)\s+(?P<list>(?:\d{1,2}(?:\.\d+)?\s*(?:,\s*(?:and\s+)?|and\s+|\+\s*)(?:then\s+)?){2,}"
                     r"\d{1,2}(?:\.\d+)?)(?!\s*(?:%|\$|dollars|days?|nights?|shifts?|weeks?|:|am\b|pm\b))", q.text, re.I)
    if bare:  # 'did 10, 10, 10 and then 12 on thurs': the nights' hours, one number each
        each_night = [float(n) for n in re.findall(r"\d{1,2}(?:\.\d+)?", bare.group("list"))]
        if all(0 < n <= 24 for n in each_night):
            return sum(each_night)
    spans = list(_SHIFTS_TIMES.finditer(q.text))
    named = [m for m in spans if m.group("word")] or [m for m in spans if re.search(
        # 'all wk, 5x8s'; '4x10 mon-thurs … worked all 4 nites': the schedule's shifts, each worked
        # ('Last week I did my 5 nights')
        r"\b(?:all|whole|full)\s+(?:the\s+|last\s+|this\s+)?(?:wk|week)\b|\b(?:worked|did)\s+(?:all\s+|my\s+|all\s+my\s+)(?:\d|four|five|six)\s+"
        r"(?:nites|nights|shifts|days)\b",
        q.text, re.I) or (
        # '5 x 8s Monday to Friday … how much shift premium for the week?': the week's shifts, one a day of the range
        re.search(r"\b(?:weeks?|wks?)\b", q.asked(), re.I) and (span := _DAY_RANGE.match(q.text[m.end():m.end() + 30].lstrip(" ,")))
        and _span_days(span) == int(m.group("n")))]
    sized = _SIZED_SHIFTS.search(q.text)
    if not named and sized:  # 'five 8-hour shifts, plus 2 hours of overtime'
        extra = sum(float(m.group("h") or m.group("e")) for m in _EXTRA_HOURS.finditer(q.text))
        return number(sized.group("n")) * number(sized.group("h")) + extra
    shifts_of = _SHIFTS_OF.search(q.text)
    if not named and shifts_of:  # 'five shifts of 8 hours each'
        extra = sum(float(m.group("h") or m.group("e")) for m in _EXTRA_HOURS.finditer(q.text))
        return number(shifts_of.group("n")) * float(shifts_of.group("h")) + extra
    worked_amounts = _hours_worked_amounts(q)
    # (and hours told for every day of a range: 'we did 10 hrs every day mon thru fri')
    amounts = [a for a in q.amounts if (a in worked_amounts or a.unit == "hours" and re.match(r"\s*(?:a|per|each|every)\s+day\b", q.text[a.end:], re.I)
                                        and _days_each(q, a) > 1)
               and not re.match(r"\s*(?:-\s*)?(?:nights?|evenings?)\b", q.text[a.end:], re.I)
               and not _said_by_others(q, a.start)]  # not 'foreman says shift premium is only on the 8 hr nights'
    said_so = [a for a in amounts if re.search(r"\bso\s*$", q.text[max(0, a.start - 6):a.start], re.I)]
    if not named and len(said_so) == 1 and len(amounts) > 1:
        amounts = said_so  # '2 hours of OT every night Monday to Friday, so 10 hours a night': the night's hours, added up
    whole_week = re.search(r"\b(?:week|wk|total)\b", q.asked(), re.I) or re.search(
        r"\b(?:all|whole|full)\s+(?:the\s+|last\s+|this\s+)?(?:wk|week)\b", q.text, re.I)  # 'all last week … on my stub?'
    if not named and len(amounts) >= 2 and whole_week and any(
            _days_each(q, a) > 1 for a in amounts):
        # 'mon-thu 8 hrs each, fri they kept us 11 hrs': 43; '… and we came back sat night for 6': six more, the unit left off
        more = sum(float(m.group("n")) for m in _CAME_BACK_FOR.finditer(q.text) if 0 < float(m.group("n")) <= 16)
        return sum(a.value * _days_each(q, a) for a in amounts) + more
    if not named and len(amounts) == 1 and re.search(r"\b(?:weeks?|wks?)\b", q.asked(), re.I) and _days_each(q, amounts[0]) > 1:
        # 'we did 10 hrs every day mon thru fri … for the week'; '8 hours a night except Thursday when they kept him for 10':
        # that night's hours instead
        but = re.search(rf"\b(?:except|but)\s+(?:on\s+)?{_DAY_NAME}\b[^.?!\d]{{0,40}}?\b(?P<n>\d{{1,2}}(?:\.\d+)?)\b(?!\s*(?:%|\$|:|am\b|pm\b))",
                        q.text[amounts[0].end:], re.I)
        other = float(but.group("n")) - amounts[0].value if but and 0 < float(but.group("n")) <= 24 else 0.0
        return amounts[0].value * _days_each(q, amounts[0]) + other

    one_shift = list(re.finditer(r"\b(?:his|her|my|their|a|the)\s+(?P<h>\d{1,2})[- ]?(?:hours?|hrs?)\s+(?:[\w-]+\s+)?shift\b", q.text, re.I))
    extra_told = list(_EXTRA_HOURS.finditer(q.text))
    if not named and len(one_shift) == 1 and len(extra_told) == 1 and not re.search(r"\b(?:each|every|a)\s+(?:night|day|shift)\b",
                                                                                  q.text[extra_told[0].end():extra_told[0].end() + 20], re.I):
        # 'worked his 10-hour night shift Wednesday plus 2 hours of overtime after it': the shift and its overtime
        return float(one_shift[0].group("h")) + float(extra_told[0].group("h") or extra_told[0].group("e"))
    if not named:
        # one shift's hours, overtime in them, when the premium alone is asked: 'Wednesday night I worked 10 hours: my
        # 8 regular plus 2 of overtime. How much shift premium?' (not 'what is he paid, premium included?')
        worked = list(_WORKED_HOURS.finditer(q.text))
        alone = re.search(r"\b(?:how much|what)\b[^.?!]{0,12}\b(?:shift\s+)?prem", q.asked(), re.I)
        if len(worked) != 1 or not alone:
            return None
        # 'worked 10 hours each night Monday to Friday': each of the days told
        told = next((a for a in q.amounts if a.unit == "hours" and a.start == worked[0].start(1)), None)
        return float(worked[0].group(1)) * (_days_each(q, told) if told is not None else 1)
    base = float(named[0].group("n")) * float(named[0].group("h"))
    extra = sum(float(m.group("h") or m.group("e")) * _nights_of_extra(q, m) for m in _EXTRA_HOURS.finditer(q.text))
    return base + extra


def _nights_of_extra(q: Question, extra: re.Match[str]) -> int:
    """How many of the shifts an overtime figure was worked on: 'held 2 hours of OT every night Monday to Friday' is
    five; one otherwise ('stayed 2 extra hours on Wednesday')."""
    after = q.text[extra.end():extra.end() + 50]
    if re.match(r"\s*(?:every|each|a|per)\s+(?:night|nite|day|shift|evening)s?\b", after, re.I):
        span = _DAY_RANGE.search(after[:45])
        return _span_days(span) if span else 1
    return 1


# A period's total asked for ('on my October paycheck', 'for the month', 'this pay period'), not a rate or one shift.
_PERIOD_TOTAL = re.compile(r"\bpay ?(?:check|cheque|stub)\b|\bpay ?period\b|\b(?:this|that|last|the|a|per|each|every|whole)\s+"
                           r"month\b|\bmonthly\b|\bfor (?:all of |the whole of )?(?:january|february|march|april|may|june|july|"
                           r"august|september|october|november|december)\b", re.I)


def _said_of_member(q: Question, entries: list[dict[str, Any]]) -> int | None:
    """The first of the rules' entries (a waiver, a class of employee) whose words the question says of the member,
    not negated ('I asked for an alternative work schedule'; not 'I'm not on an alternative schedule')."""
    for index, entry in enumerate(entries):
        words = "|".join(re.escape(str(w)) for w in entry.get("words", []))
        if words and q.affirms(rf"\b(?:{words})\b"):
            return index
    return None


def night_extract(q: Question, rules: Rules) -> Extraction:
    premium = premium_shift(rules, q.text)
    if premium is not None:  # a premium as a fraction of the rate for each hour or half-hour on the shift
        params: dict[str, Any] = {"kind": "premium", "shift": str(premium["name"])}
        rate = _hourly_rate(q) or next((a.value for a in q.amounts if a.unit == "dollars"), None)
        if rate is None:
            return Ask(["basic hourly rate"], "What is your basic hourly rate of pay?", params, rule=premium)
        params["hourly_rate"] = rate
        count = _shift_count(q) or _nights_spanned(q)
        if count is not None:
            params["shifts"] = count
        if rules.has("pay", "shift_premium", "short_stint"):
            stint = _short_stint(q)
            if stint is not None:
                params.update(stint_days=stint, next_to_shift_week=False)
                params.pop("shifts", None)
            elif re.search(r"\b(?:part|some|a (?:few|couple)(?: of)?)\s+(?:of\s+)?(?:the\s+|next\s+|this\s+)?(?:week|days|nights)\b", q.text, re.I):
                # 'moving me onto 3rd shift for part of next week': fewer days in a row than the premium needs are paid
                # another way, so how many is asked
                short = rules.get("pay", "shift_premium", "short_stint")
                return Ask(["days on the shift"], f"How many workdays in a row will you be on that shift that week? Fewer "
                           f"than {short['min_consecutive_days']} are paid differently.", params, rule=short)
        return Inputs(params)
    if not rules.has("pay", "night_shift"):
        # A contract that pays nights as a flat premium on each hour of the day's pay: 'third shift, worked 10
        # hours Monday at $48 — what do I get for the shift?' (the day's bands plus the premium).
        shift = shift_named(rules, q.text)
        # 'what should he have been paid for the 12 hours, shift premium included?', 'wed's pay all in': the day's pay
        included = re.search(r"\bprem\w*\s+(?:included|incl\w*)|\b(?:including|incl\.?|with|plus)\s+(?:the\s+|my\s+|his\s+|her\s+)?"
                             r"(?:shift\s+)?prem\w*|\ball[- ]in\b", q.asked(), re.I)
        if shift is not None and _PREMIUM_TOTAL.search(q.asked()) and not included:
            hours = _hours_on_premium(q)  # 'all wk, 5x8s + 2 hrs OT fri: how much shift prem total'
            if hours is not None:
                return Inputs({"kind": "premium_hours", "shift": shift, "day_hours": None, "premium_hours": hours})
        if shift is None or not (re.search(r"\b(night|nights|graveyard|third|3rd)\b", q.text, re.I) or included):
            return None
        by_day = overtime_extract(q, rules)
        if not isinstance(by_day, Inputs) or ("days_worked" not in by_day.params and "day_hours" not in by_day.params):
            return None
        if "days_worked" in by_day.params:  # 'mon 8 hrs, tue 10, wed 9.5 … those 3 days incl the shift premium'
            return Inputs({**{k: v for k, v in by_day.params.items() if k != "overtime_only"}, "kind": "day_pay", "shift": shift})
        return Inputs({**by_day.params, "kind": "day_pay"})
    meal = _meal_clocks(q)
    clocks = [c for c in q.clocks if meal is None or c not in meal]
    moved = [(a, b) for a, b in _clock_ranges(q.text, clocks) if re.search(
        r"\b(?:moving|moved|move|switching|switched|changing|changed|transferring|transferred|putting|put)\s+(?:me|her|him|us|them)?\s*"
        r"(?:to|onto|on)\b[^.;!?]{0,20}$", q.text[max(0, a.start - 45):a.start], re.I)]
    if len(moved) == 1 and len(clocks) >= 4:
        # 'currently on swing 1430-2300 … they're moving me to grave 2200-0630 … what's my night diff going to be?': the
        # shift moved to, not the one left
        clocks = [moved[0][0], moved[0][1]]
    if len(clocks) >= 2:
        per_hour = re.search(r"\b(?:an|per|each|every|a)\s+(?:hour|hr)\b|\bhourly\b", q.asked(), re.I)
        per_shift = re.search(r"\b(per|a|each|every|for (?:the|a|my))\s+(shift|night)\b(?!\s*(?:shift|differ|diff|premium))|"
                              r"\btotal\b", q.asked(), re.I)  # not 'qualify for a night shift differential'
        ask = "per_shift" if per_shift and not per_hour else "rate"
        params = {"start": clocks[0].hhmm, "end": clocks[1].hhmm, "ask": ask}
        if meal is not None and not _within(meal[0].minutes, clocks[0].minutes, clocks[1].minutes) \
                and _within((meal[0].minutes + 720) % 1440, clocks[0].minutes, clocks[1].minutes) \
                and _within((meal[1].minutes + 720) % 1440, clocks[0].minutes, clocks[1].minutes):
            # '2:00 pm to 10:30 pm with my unpaid lunch from 5:30 to 6:00': the meal in the shift's half of the day
            meal = (replace(meal[0], minutes=(meal[0].minutes + 720) % 1440), replace(meal[1], minutes=(meal[1].minutes + 720) % 1440))
        if meal is not None:
            params.update({"meal_start": meal[0].hhmm, "meal_end": meal[1].hhmm})
        elif (meal_minutes := _meal_taken(q)) and not _PAID_MEAL.search(q.text):
            params["meal_minutes"] = meal_minutes  # '2pm to 10:30pm w a half hr lunch': 8 paid hours
        waiver = _said_of_member(q, rules.get("pay", "night_shift").get("waived") or [])
        if waiver is not None:
            params["waived"] = waiver
        group = _said_of_member(q, rules.get("pay", "night_shift").get("groups") or [])  # a class of employee the rules name ('I'm a <class>')
        if group is not None:
            params["group"] = group
        part_time = rules.get("pay", "night_shift").get("part_time")
        if part_time and q.affirms("|".join(rf"(?<!\w){re.escape(str(w))}(?!\w)" for w in part_time.get("words", []))):
            share = _part_time_share(q)
            if share is None:  # 'i'm a part-timer … how much diff per weekend?': whether it is owed depends on the share
                return Ask(["part-time percent"], f"What share of full time are you scheduled (for example 60% or 0.6 FTE)? "
                           f"Part-time employees qualify at {float(part_time['min_percent']):g}% or more.", params,
                           rule=dict(part_time) | {"label": "Shift differential for part-time employees"})
            params["part_time_percent"] = share
        count = _shift_count(q) or _week_of_shifts(q) or _shifts_in_hours(q, params)
        if count is not None and not per_hour:
            params["shifts"] = count
        elif not per_hour and _PERIOD_TOTAL.search(q.asked()):
            # 'how much differential should be on my October paycheck?': a period's total needs its shifts
            return Ask(["shifts worked"], "How many of these shifts did you work in that pay period?", params)
        return Inputs(params)
    if re.search(r"\bim on (?:nights|evenings|swing|graves?|graveyards?)\b|"
                 r"\b(?:my|a new|the new|my new)\s+(?:regular )?shift\b|\bi (?:(?:regularly|usually|normally|always|now)\s+)?(?:work|am on|'m on|m on) (?:from|nights|evenings|swing|graves?|graveyards?|"
                 r"lates?|the (?:night|evening|swing|late) shift)\b|"
                 # 'starting on the evening crew after the new year'
                 # ('moving me to a 4x10 on the swing crew')
                 r"\b(?:starting|start|moving|move|moved|going|switching|put|putting)\s+(?:(?:me|us|him|her)\s+)?(?:on|to|onto)\s+"
                 r"(?:(?:a|an)\s+[\w-]+\s+(?:on\s+)?)?(?:the\s+)?(?:evening|night|swing|late|graveyard)\s+"
                 r"(?:crew|shift|rotation)\b", q.text, re.I):
        told_count = _shift_count(q)  # ('worked 21 shifts last month … for the month?': kept for the reply)
        return Ask(["shift start and end times"], "Which hours is your regular shift (for example 10 pm to 6:30 am)?",
                   {"shifts": told_count} if told_count is not None else {})
    return None


def _short_stint(q: Question) -> int | None:
    """'put on nights for just Tuesday and Wednesday nights … then back on days … Last week and next
    week are all days': the days on the shift this week, where the story puts them mid-week or says the weeks around
    them were on days; None otherwise (then the premium's own rule is read)."""
    told = re.search(rf"\b(?:just|only)\s+(?:for\s+)?(?P<days>{_DAY_NAME}(?:\s*(?:,|and|&|\+)\s*{_DAY_NAME})*)\b|"
                     rf"\b(?P<days2>{_DAY_NAME}(?:\s*(?:,|and|&|\+)\s*{_DAY_NAME})+)\s+only\b|"
                     r"\b(?:just|only)\s+(?:for\s+)?(?P<n>one|two|1|2)\s+(?:nights?|evenings?|shifts?|days?)\b|"
                     # the reply to 'how many workdays in a row will you be on that shift?'
                     r"^(?P<n2>[1-7])\s+days on the shift$", q.text, re.I | re.M)
    if told is None:
        return None
    if told.group("n2"):
        return int(told.group("n2"))  # the count told in reply: the premium's rule decides from it
    named = told.group("days") or told.group("days2")
    days = [m.group(1).lower()[:3] for m in re.finditer(rf"\b{_DAY_NAME}\b", named, re.I)] if named else []
    count = len(set(days)) if days else int(number(told.group("n")))
    mid_week = bool(days) and not {"mon", "fri", "sat", "sun"} & set(days)
    weeks_on_days = re.search(r"\b(?:on\s+)?days\s+all\s+(?:of\s+)?(?:last|next|the)\s+week\b|"
                              r"\b(?:last|previous|next|following)\s+week\b[^.?!]{0,30}\b(?:all\s+)?days\b|"
                              # ('the weeks before and after were all day shift')
                              r"\bweeks?\s+before\s+and\s+after\b[^.?!]{0,30}\b(?:days|day\s+shifts?)\b|"
                              r"\b(?:back|goes back|going back)\s+(?:on|to)\s+days\s+(?:all\s+)?next\s+week\b", q.text, re.I)
    return count if count < 3 and (mid_week or weeks_on_days) else None


_NIGHTS_SPANNED = re.compile(rf"\b{_DAY_NAME}\s+(?:night|nite|evening)s?\s*(?:to|through|thru|till|until|-|–)\s*{_DAY_NAME}\s+"
                             r"(?:morning|a\.?m\.?)\b", re.I)


def _nights_spanned(q: Question) -> int | None:
    """'sun night to fri morning': the night shifts worked between, one a night (Sunday to Friday is five)."""
    found = _NIGHTS_SPANNED.search(q.text)
    return (_weekday(found, 2) - _weekday(found, 1)) % 7 or 7 if found else None


def _shifts_in_hours(q: Question, shift: dict[str, Any]) -> int | None:
    """'Last month I worked 168 hours on that shift': a period's hours told as a total, as that many of the shift's
    paid hours (its span less an unpaid meal); None unless they make a whole number of shifts."""
    totals = [a for a in q.amounts if a.unit == "hours" and a.value > 16 and q.near(a, r"\b(?:worked|work|put in|did)\b[^.?!]{0,12}$",
                                                                                  before=25, after=0)]
    if len(totals) != 1:
        return None
    start, end = _minutes(shift["start"]), _minutes(shift["end"])
    span = (end - start) % (24 * 60) or 24 * 60
    if "meal_start" in shift:
        span -= (_minutes(shift["meal_end"]) - _minutes(shift["meal_start"])) % (24 * 60)
    span -= shift.get("meal_minutes", 0)
    shifts = totals[0].value * 60 / span if span > 0 else 0
    return int(round(shifts)) if 0 < shifts <= 31 and abs(shifts - round(shifts)) < 1e-6 else None


# --- holidays --------------------------------------------------------------------------------------------

_HOLIDAY = re.compile(r"\bholidays?\b", re.I)


def _holiday_named(text: str) -> bool:
    from assistant.calculators.holidays import holiday_name_pattern

    return bool(holiday_name_pattern().search(text))


_HOLIDAY_WORK = re.compile(r"\b(make|made|have|had|required|ordered|ask|asked|need|scheduled|rostered|assigned)\s+(?:me|us|you)?\s*"
                           r"(?:to\s+)?work|"
                           r"\bif i work|\bi work(?:ed)?\b(?:[^.?!]|\.\d){0,30}\bon\b|\bwork(?:ing|ed) (?:on )?(?:the |a )?holiday", re.I)


_DAY_OFF_INSTEAD = re.compile(r"\b(day off instead|get off instead|which day (?:do i|will i|would i) get off|observed|"
                              r"day off for it|holiday moved|moved to|falls? on a (?:saturday|sunday|weekend)|"
                              r"(?:is|lands on|falls on) a (?:saturday|sunday)|"
                              r"(?:do|will) (?:we|i) get (?:the )?\w+ or (?:the )?\w+ off)\b", re.I)


# 'my normal 8 hr shift', 'regular 10-hour day', 'my normal workday is 8 hours'
_NORMAL_DAY = re.compile(r"\b(?:normal|regular|usual|scheduled)\s+(?P<hours>\d+(?:\.\d+)?)[\s-]*(?:hours?|hrs?|h)\b[\s-]*"
                         r"(?:work\s*)?(?:shift|day)|\b(?:normal|regular|usual)\s+(?:work\s*)?(?:shift|day)\s+is\s+"
                         r"(?P<hours2>\d+(?:\.\d+)?)\s*(?:hours?|hrs?)\b|"
                         r"\b(?:normally|usually|regularly)\s+(?:i\s+)?work\b[^.?!]{0,25}?\b(?P<hours3>\d+(?:\.\d+)?)[\s-]*"
                         r"(?:hours?|hrs?|h)[\s-]*(?:days?|shifts?)\b|"  # 'normally i work mon-fri 8 hr days'
                         r"\b(?:regular|full[- ]time|ft|permanent)\b[^.?!]{0,20}?\b(?P<hours4>\d+(?:\.\d+)?)[\s-]*(?:hours?|hrs?|h)"
                         r"\s*(?:/|a|per|an)\s*day\b|"  # 'a regular FT 8-hr/day M-F employee'
                         # 'on a regular Monday-Friday 8-hour day shift'
                         r"\b(?:normal|regular|usual|scheduled)\b[^.?!\d]{0,25}?\b(?P<hours5>\d+(?:\.\d+)?)[\s-]*(?:hours?|hrs?|h)\b"
                         r"[\s-]*(?:work\s*)?(?:day\s+)?(?:shifts?|days?)\b", re.I)


def _holiday_taken_off(q: Question) -> bool:
    """'had <the holiday> (Wed) off as the holiday', 'had Wed Nov 11 off for the holiday': the holiday was a day off."""
    return any(_HOLIDAY.search(m.group(0)) or _holiday_named(m.group(0)) for m in re.finditer(
        r"\b(?:had|have|got|took)\s+[^.?!,;]{1,40}?\s+off\b(?:\s+(?:for|as)\s+(?:the|a|our)\s+(?:paid\s+)?holiday\b)?",
        q.text, re.I))


def _overnight_holiday_shift(q: Question) -> bool:
    """'im on graveyard 10p-6:30a … worked wed nite into <the holiday> morning and then thurs nite (<the holiday>) into fri
    … which shift gets the holiday pay?': a shift past midnight around a holiday, its holiday pay asked."""
    # (not 'what's the call-out worth in wages, not counting vacation/holiday pay?')
    def aside(text: str) -> str:
        return _HOLIDAY_PAY_ASIDE.sub(" ", text)

    return len(q.clocks) >= 2 and q.clocks[0].minutes >= 18 * 60 and q.clocks[1].minutes < q.clocks[0].minutes \
        and q.clocks[1].minutes <= 10 * 60 and bool(_HOLIDAY.search(aside(q.text)) or _holiday_named(aside(q.text))) \
        and bool(re.search(r"\bholiday\s+(?:pay|premium|comp\w*|credit)\b", aside(q.asked()), re.I))


_HOLIDAY_PAY_ASIDE = re.compile(r"\b(?:not counting|excluding|without|besides|minus|apart from|aside from|other than)\b[^.?!]{0,30}"
                                r"\bholiday\s+(?:pay|premium|comp\w*|credit)\b", re.I)


def _works_holiday(q: Question) -> bool:
    """'They made me work on the holiday', 'I worked … 8 hours on July 4th'."""
    return bool(_HOLIDAY_WORK.search(q.text) or _overnight_holiday_shift(q) or re.search(
        # ('they want me in for 10 hours on Christmas Day')
        r"\b(?:work\w*|(?:ordered|called|brought|came|come|wants?|wanted|needs?|needed|have|had|asked|put)(?:\s+(?:me|us|her|him|them))?\s+in)\b"
        r"[^.?!]{0,60}\b(?:hours?|hrs?)\s+on\s+(?:the\s+)?(?:holiday|"
        + _holiday_alternatives() + r")", q.text, re.I)
        or re.search(r"\bwork(?:ed|ing)\s+(?:on\s+)?(?:the\s+)?(?:" + _holiday_alternatives() + r")", q.text, re.I)  # 'worked labor day'
        # 'I'm scheduled to work Christmas Day', 'i'll work new years'
        or re.search(r"\b(?:to|will|'ll|must|gotta)\s+work\s+(?:on\s+)?(?:the\s+)?(?:holiday|" + _holiday_alternatives() + r")",
                     q.text, re.I)
        # 'worked my regular days Monday through Friday, including Wednesday (the holiday)'; 'working that holiday'
        or re.search(r"\bwork(?:ed|ing)\s+(?:on\s+)?(?:that|this|the)\s+holiday\b", q.text, re.I)
        # 'had to come in on boxing day', 'came in on Labour Day'
        or re.search(r"\b(?:came|come|coming|went|go|going)\s+in\s+on\s+(?:the\s+)?(?:holiday|" + _holiday_alternatives() + r")",
                     q.text, re.I)
        or re.search(r"\bwork(?:ed|ing)\b[^.?!]{0,80}\bincluding\b[^.?!]{0,40}(?:\bholiday\b|" + _holiday_alternatives() + r")",
                     q.text, re.I)
        # 'they scheduled me in on easter monday … ended up doing 11 hrs'
        # 'they made me come in on Thanksgiving (Nov 26) for 8 hrs'
        # "they're making me work christmas day"
        or re.search(r"\b(?:scheduled|called|brought|put|had|made|making|makes?|asked|needed)\s+(?:me|us|her|him|them)\s+"
                     r"(?:(?:in\s+|(?:to\s+)?(?:come|go)\s+in\s+)?on\s+|(?:to\s+)?work\s+(?:on\s+)?)(?:the\s+)?(?:holiday|"
                     + _holiday_alternatives() + r")", q.text, re.I)
        or (_holiday_named(q.text) and re.search(  # 'the week of July 4 … including 8 hours on the 4th'
            r"\b(?:work\w*|put in|pulled)\b[^.?!]{0,90}\b(?:hours?|hrs?)\s+on\s+the\s+\d{1,2}(?:st|nd|rd|th)\b", q.text, re.I)))


# 'counting only working days (not counting contract holidays)': how to count, not what is asked about.
_COUNTING_ASIDE = re.compile(r"\b(?:not\s+counting|excluding|except(?:\s+for)?|skipping|leaving\s+out|other\s+than)\s+"
                             r"(?:the\s+|any\s+)?(?:weekends?\s+(?:and|or)\s+|saturdays?,?\s+sundays?,?\s+(?:and|or)\s+)?"
                             r"(?:contract\s+|paid\s+|state\s+|legal\s+|public\s+)?holidays?|"
                             # 'before the vacation and holiday percentages get added': a pay allowance, not a holiday
                             r"\b(?:vacation\s+(?:and|&)\s+)?holiday\s+(?:pay\s+)?(?:percentages?|percent|%|allowances?)", re.I)


# A schedule written as days by hours: 'on 4-10s', '4x10 schedule', '5/8s' (a full-time week of about 40 hours).
_SCHEDULE_CODE = re.compile(r"\b(?P<days>[3-6])\s*[-x/]\s*(?P<hours>\d{1,2}(?:\.\d+)?)(?:'?s)?\b(?!\s*(?:am|pm|a\.m|p\.m|:))", re.I)
# '10 hr days', 'my whole 10 hr shift': a day's length said of every day, or of the shift the member works.
_DAY_LENGTH = re.compile(r"\b(?P<hours>\d{1,2}(?:\.\d+)?)[\s-]*(?:hours?|hrs?|h)[\s-]*(?:work\s*)?days\b|"
                         r"\b(?:my|our)\s+(?:whole|full|entire|normal|regular|usual)\s+(?P<hours2>\d{1,2}(?:\.\d+)?)[\s-]*"
                         r"(?:hours?|hrs?|h)[\s-]*(?:shift|day)\b", re.I)


def _schedule_day_hours(text: str) -> float | None:
    """The hours of a normal day when the question gives its schedule rather than saying 'normal day'."""
    for match in _SCHEDULE_CODE.finditer(text):
        days, hours = int(match.group("days")), float(match.group("hours"))
        if 6 <= hours <= 12 and 36 <= days * hours <= 42:
            return hours
    length = _DAY_LENGTH.search(text)
    if length:
        return float(length.group("hours") or length.group("hours2"))
    per_day = re.search(r"\b(\d{1,2}(?:\.\d+)?)[\s-]*(?:hours?|hrs?)[\s-]*(?:a|per|/)[\s-]*day\b", text, re.I)  # '8-hours-a-day'
    return float(per_day.group(1)) if per_day and 4 <= float(per_day.group(1)) <= 12 else None


# 'next spring', 'this fall': the year of a holiday asked about by season.
_SEASON = re.compile(r"\b(this|next|coming)\s+(spring|summer|fall|autumn|winter)\b", re.I)
_SEASON_START = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}


# 'i'll be working all 8', '… all 8 of my regular shift': the day's hours, said without their unit.
_ALL_OF_SHIFT = re.compile(r"\b(?:work\w*|do(?:ing)?|did)\s+(?:the\s+|my\s+)?(?:all|whole|full)\s+(?P<n>\d{1,2})(?:\s*(?:hours?|hrs?))?\b"
                           r"(?!\s*(?:am|pm|a\.m|p\.m|:|%))|\ball\s+(?P<of>\d{1,2})\s+(?:hours?\s+|hrs?\s+)?of\s+(?:my|the|her|his|their)\s+"
                           r"(?:regular\s+|normal\s+|usual\s+|scheduled\s+)?(?:shift|day|workday)\b", re.I)


def holidays_score(q: Question) -> float:
    if q.dates and q.dates[0].assumed is None and _DAY_OFF_INSTEAD.search(q.text) and not _grievance(q.text):
        return 2.6  # 'July 4th, 2026 falls on a Saturday … which day do I get off instead?'
    topic = _COUNTING_ASIDE.sub(" ", q.text)
    if not (_HOLIDAY.search(topic) or _holiday_named(topic)) or _grievance(q.text):
        return 0.0
    if _asks_part_time_holiday_off(q):
        return 2.6  # a part-timer's holiday not worked: its pay, where the rules give it
    if _overnight_holiday_shift(q) and _hourly_rate(q) is not None:
        return 2.8  # the holiday's pay for a shift past midnight, before the shift's differential
    if _works_holiday(q) and not (_holiday_taken_off(q) and _OVERTIME.search(q.asked())):
        # ('had <the holiday> (Wed) off as the holiday, worked my regular 8 hrs Mon, Tue, Thu and Fri, then … Saturday
        # … What should the OT come to?': the week's overtime, with the holiday off in it, not work on a holiday)
        # Working on a holiday: a calculation when the hours worked are given, else the holiday pay clause answers it;
        # a question that also asks something else ('… and do I qualify for a meal allowance?') gets the answerer's
        # clauses for that part after the calculation (assistant/second_part.py).
        if not q.amounts_in("hours") and _hourly_rate(q) is not None and (
                _PAY_ASKED.search(q.asked()) or re.search(r"\btotal\b|\bhow much\b[^.?!]{0,25}\b(?:get|receive|make)\b",
                                                          q.asked(), re.I)) and re.search(
                r"\b(?:how much|what(?:'s| is| will| would| should)?)\b", q.asked(), re.I):
            return 2.6  # 'had me in on Remembrance Day … at $33.40/hr. what's my pay for the holiday?': the hours are asked
        # ('What should his total compensation for the day be, including holiday pay?')
        return 2.6 if (q.amounts_in("hours") or _ALL_OF_SHIFT.search(q.text)) and (CALC.search(q.text) or re.search(
            r"\bhow much\b|\bwhat\b[^.?!]{0,40}\b(?:compensation|comp|pay|paid|owed|worth)\b", q.asked(), re.I)) else 0.0
    # ('… worked that Saturday on an overtime assignment. How many hours of holiday credit for the 4th?': the credit asked)
    if _OVERTIME.search(q.text) and not (re.search(r"\bholiday\s+credit\b", q.asked(), re.I)
                                         and not re.search(r"\bholidays\b", q.asked(), re.I)):  # (not several holidays')
        return 0.0
    if re.search(r"\b(?:vacation|sick|balance|accru\w*|premium|health|insurance|dental|pocket)\b", q.asked(), re.I) and not (
            _HOLIDAY.search(q.asked()) or _holiday_named(q.asked())):
        # 'she used 8 hrs vacation the week of <the holiday>. what should her vacation balance be?': the holiday only dates
        # something else asked about
        return 0.0
    if (re.search(r"\b(19|20|21)\d\d\b|\b(?:this|next) (?:year|yr|month)\b", q.text, re.I) or _SEASON.search(q.text)) and (
            CALC.search(q.text) or re.search(r"\b(list|which|what|observed|fall|falls|lands|schedule|when)\b|\b\w+day or (?:the )?\w+day off\b", q.text, re.I)):
        return 2.6
    return 0.0


_PART_TIME = re.compile(r"\bpart[- ]?tim(?:e|er)\b|\bfte\b", re.I)
_HOLIDAY_OFF = re.compile(r"\b(?:not|\w+n'?t|wont)\s+(?:\w+\s+){0,3}?(?:work(?:ing)?|scheduled|on the schedule)\b|"
                          r"\bclosed\b|\bhave (?:it|the day) off\b|\bday off\b", re.I)
_MONTH_WORKED = re.compile(r"\b(?:in\s+)?(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{4})?,?\s+"
                           r"(?:i\s+|she\s+|he\s+)?(?:worked|did|put in)\s+(?P<hours>\d{1,3}(?:\.\d+)?)\s*(?:hours|hrs)\s+"
                           r"(?:over|in|across)\s+(?P<days>\d{1,2})\s+days\b", re.I)


def _asks_part_time_holiday_off(q: Question) -> bool:
    """'0.6 FTE … not on the schedule for christmas … how many hrs of holiday pay?'"""
    return bool(_PART_TIME.search(q.text) and _HOLIDAY_OFF.search(q.text) and re.search(r"\bhow (?:much|many)\b", q.asked(), re.I))


def _part_time_holiday_off(q: Question) -> Extraction:
    """A part-timer's pay for a holiday not worked ('0.6 FTE, no set schedule … not on the schedule for christmas … in
    November I worked 84 hours over 14 days'): the FTE, the set schedule's hours or the month before the holiday's."""
    from assistant.calculators.holidays import holiday_name_pattern

    if not _asks_part_time_holiday_off(q):
        return None
    named = holiday_name_pattern().search(q.text)
    fte_match = re.search(r"(?<![\w.])(0?\.\d+)\s*fte\b|\bfte\s*(?:of|is|:|at)?\s*(0?\.\d+)\b|\bat\s+(0?\.\d+)\b", q.text, re.I)
    if named is None or fte_match is None:
        return None
    fte = float(next(g for g in fte_match.groups() if g))
    params: dict[str, Any] = {"kind": "part_time_off", "fte": fte}
    rate = _hourly_rate(q)
    if rate is not None:
        params["hourly_rate"] = rate
    if re.search(r"\b(?:no|not a|don'?t have a|without a)\s+(?:regularly\s+)?(?:set|regular|fixed)\s+(?:work\s+)?schedule\b|"
                 r"\bschedule (?:changes|varies)\b|\bweek to week\b", q.text, re.I):
        holiday_day = next((d.value for d in q.dates if d.start >= named.start() - 40), None)
        months = {m.group("month").lower()[:3]: m for m in _MONTH_WORKED.finditer(q.text)}
        wanted = None
        if holiday_day is not None:
            before = holiday_day.replace(day=1) - timedelta(days=1)
            wanted = months.get(f"{before:%b}".lower())
        elif len(months) == 1:
            wanted = next(iter(months.values()))
        if wanted is None:
            return Ask(["previous month's hours and days"], "How many hours, and on how many days, did you work in the "
                       "calendar month before the holiday?", params)
        params.update({"month_hours": float(wanted.group("hours")), "month_days": int(wanted.group("days"))})
        return Inputs(params)
    scheduled = re.search(r"\b(?P<hours>\d{1,2}(?:\.\d+)?)\s*(?:hours?|hrs?)\s+(?:a|per|each)\s+day\b|"
                          r"\b(?P<hours2>\d{1,2}(?:\.\d+)?)[- ]?(?:hour|hr)\s+days\b", q.text, re.I)
    if scheduled is None:
        return None
    params["scheduled_hours"] = float(scheduled.group("hours") or scheduled.group("hours2"))
    return Inputs(params)


def _works_moved_holiday(q: Question, rules: Rules) -> str | None:
    """'Christmas is on Friday Dec 25 … we're on 4x10 Mon-Thurs … scheduled 10 hrs on the 24th': hours told on the day
    the member's schedule observes a holiday that falls on its day off, by the contract's move for that schedule."""
    from assistant.calculators.holidays import schedule_move, schedule_named

    schedule = schedule_named(rules, q.text)
    if schedule is None:
        return None
    spec = schedule_move(rules, schedule)
    for day in q.dates if spec is not None else []:
        shift = spec.get("moves", {}).get(WEEKDAYS[day.value.weekday()]) if spec is not None else None
        name = _holiday_on(rules, day.value)
        if shift is None or name is None:
            continue
        observed = day.value + timedelta(days=int(shift))
        if any(other.value == observed and any(
                a.unit == "hours" and a.end <= other.start and re.fullmatch(r"\s*(?:on\s+(?:the\s+)?)?", q.text[a.end:other.start], re.I)
                for a in q.amounts) for other in q.dates):
            return (f"{name} falls on {day.value:%A, %B} {day.value.day}; on the {schedule} schedule it is observed "
                    f"{observed:%A, %B} {observed.day}, the day you worked.")
    return None


def _normal_day_hours(q: Question) -> float | None:
    """The hours of the member's normal day, said outright ('my normal 8 hr shift') or as a schedule ('4x10s',
    '10 hr days', 'an 8-hours-a-day schedule')."""
    normal = _NORMAL_DAY.search(q.text)
    if normal is None and (whole := _ALL_OF_SHIFT.search(q.text)) is not None and whole.group("of"):
        return float(whole.group("of"))  # 'all 8 of my regular shift'
    return number(next(g for g in normal.groups() if g)) if normal else _schedule_day_hours(q.text)


def _range_less_meal(q: Question, most: float) -> float | None:
    """Hours of the story's clock range less an unpaid meal taken ('10pm-6:30am with a 30 min unpaid lunch': 8);
    None without a range, or where the result is not more than 0 and at most `most`."""
    span = _clock_range(q)
    worked = None if span is None else span - _meal_taken(q) / 60
    return round(worked, 4) if worked is not None and 0 < worked <= most else None


def _holiday_pay_rule(rules: Rules) -> dict[str, Any] | None:
    """The first tier of the pay for working a holiday, quoted when a fact it needs is asked for."""
    first = (rules.get("holidays", "work_pay").get("tiers") or [None])[0]
    return dict(first) | {"label": "Pay for working a holiday"} if first else None


def holidays_extract(q: Question, rules: Rules) -> Extraction:
    from assistant.calculators.holidays import holiday_name_pattern, package_name, text_holidays

    if rules.has("holidays", "part_time") and (not_worked := _part_time_holiday_off(q)) is not None:
        return not_worked  # a part-timer's holiday not worked ('not on the schedule for christmas … 84 hours over 14 days')
    moved = None if _works_holiday(q) else _works_moved_holiday(q, rules)
    if moved is not None:
        q.assumptions.append(moved)
    if _works_holiday(q) or moved is not None:
        if not rules.has("holidays", "work_pay"):
            return None
        condition = str((rules.get("holidays", "work_pay").get("condition") or {}).get("quote", ""))
        if re.search(r"\bfull[- ]?time\b", condition, re.I) and re.search(
                r"\bpart[- ]?tim(?:e|er)\b|\bhalf[- ]?time\b|\b\d/\d\s+time\b|\bless than full[- ]?time\b", q.text, re.I):
            return None  # the rules' pay is a full-timer's: a part-timer's is the clauses' to answer
        # Hours said to be worked 'on' the day are the holiday's, even next to the week's total ('40 hours that
        # week and then 8 hours on July 4th'); otherwise hours that are not the week's or the normal day's.
        on_holiday = [a for a in q.amounts if a.unit == "hours" and re.match(r"\s*(?:of\s+work\s+|shift\s+|day\s+)?on\b",
                                                                            q.text[a.end:], re.I)]
        hours = [a for a in q.amounts if a.unit == "hours" and not q.near(a, _WEEK, before=20, after=15)
                 # ('my normal day is 8 hours', not '(… one of my normal days) - 10 hours straight')
                 and not q.near(a, r"\b(?:normal|regular|usual)\w*\s+(?:day|shift)s?\b[^()\-–]{0,12}$", before=25, after=0)
                 # 'half hr unpaid lunch': a meal break, not time worked
                 and not _MEAL_NAMED_AFTER.match(q.text, a.end)]
        # 'Monday through Friday, 8-hour days … from 7am to 1pm, so 6 hours': how long the days are is not the hours worked
        # on the holiday where other hours are told ('worked my regular 8-hour days … including thanksgiving' has none)
        lengths = [a for a in hours if re.match(r"\s*(?:-\s*)?(?:days|shifts|workdays)\b|[\s-]*(?:a|per|each|/)[\s-]*day\b",
                                                q.text[a.end:], re.I)]
        hours = [a for a in hours if a not in lengths] or hours
        if not (on_holiday or hours) and not re.search(r"\bweek|\bwk\b", q.text, re.I):
            # 'put in 10 hours total' on the day, in a story that tells no week: the day's hours
            alone = [a for a in q.amounts if a.unit == "hours" and 0 < a.value <= 16 and re.search(r"^\s*(?:in\s+)?total\b", q.text[a.end:], re.I)]
            hours = alone if len(alone) == 1 else []
        told_hours = (on_holiday or hours)[0] if (on_holiday or hours) else None
        worked_hours: float | None = told_hours.value if told_hours is not None else None
        if worked_hours is None:  # 'came in at 7, left at 1:30, half hr unpaid lunch': the clock range, less the meal
            worked_hours = _range_less_meal(q, most=24)
        if worked_hours is None and re.search(r"\b(?:my|the|a|her|his|their)\s+(?:full|whole|entire|normal|regular|usual)\s+"
                                              r"(?:shift|day|workday)\b", q.text, re.I):
            # 'told I have to work my full shift on Christmas Day' on 'an 8-hours-a-day schedule': the day's hours
            worked_hours = _normal_day_hours(q)
        all_of = _ALL_OF_SHIFT.search(q.text)
        if worked_hours is None and all_of is not None and 0 < int(all_of.group("n") or all_of.group("of")) <= 16:
            worked_hours = float(all_of.group("n") or all_of.group("of"))  # 'my regular shift is 8 hrs and i'll be working all 8'
        if worked_hours is None and _hourly_rate(q) is not None and (_PAY_ASKED.search(q.asked()) or re.search(
                # 'how much should I get for the holiday?'
                r"\bhow much\b[^.?!]{0,25}\b(?:get|receive|make)\b", q.asked(), re.I)):
            # 'had me in on Remembrance Day … at $33.40/hr. what's my pay for the holiday?': its pay turns on the hours
            return Ask(["hours worked"], "How many hours did you work on the holiday?", {"kind": "work_pay"},
                       rule=_holiday_pay_rule(rules))
        if worked_hours is None:
            return None
        # (the one the asking part names: '… both the <eve> and <holiday> night shifts … holiday pay for <the holiday>?')
        named = holiday_name_pattern().search(q.asked()) or holiday_name_pattern().search(q.text)
        temporary = rules.get("holidays", "temporary") if rules.has("holidays", "temporary") else None
        if temporary and any(re.search(rf"(?<!\w){re.escape(str(w))}(?!\w)", q.text, re.I) for w in temporary.get("words", [])):
            temp: dict[str, Any] = {"kind": "temporary_work", "hours_worked": worked_hours}  # 'im a temp w the county'
            temp_rate = _hourly_rate(q)
            if temp_rate is not None:
                temp["hourly_rate"] = temp_rate
            return Inputs(temp)
        work_pay: dict[str, Any] = {"kind": "work_pay", "hours_worked": worked_hours,
                                    "holiday": named.group(0) if named else None}
        if _overnight_holiday_shift(q):
            work_pay["overnight"] = True
        if told_hours is not None and re.match(r"\s*(?:of\s+work\s+|shift\s+|day\s+)?on\s+[^.;!?]{3,40}?\band\s+again\s+on\b",
                                               q.text[told_hours.end:], re.I):
            work_pay["days"] = 2  # '10 hours on Thursday, December 24 and again on Monday, December 28': two holidays
        rate = _hourly_rate(q)
        if rate is not None:
            work_pay["hourly_rate"] = rate
            if rules.has("pay", "overtime_meal", "rest_day") and re.search(
                    r"\b(?:including|incl\.?|with|plus|and)\s+(?:any\s+|the\s+|my\s+)?(?:ot\s+|overtime\s+)?meal\s+"
                    r"(?:money|allowance|allowances)\b", q.asked(), re.I):
                work_pay["with_meal"] = True  # 'What should I get for that day all in, including any meal money?'
        elif _MONEY_ASKED.search(q.asked()):  # 'how much money for that day?': hours of pay do not answer it
            return Ask(["hourly rate"], "What is your straight-time hourly rate?", work_pay, rule=_holiday_pay_rule(rules))
        if re.search(r"\b(?:not counting|excluding|without|apart from|aside from|besides|other than|leaving out|leave out|"
                     r"minus|not (?:asking|including|talking) about|(?:don'?t|do not) (?:count|include|care about))\b[^.?!]{0,30}"
                     r"\bholiday (?:credit|pay|compensation)|\bfor (?:just |only )?the (?:\d+(?:\.\d+)?\s*)?(?:hours|hrs|time) (?:i |he |she |they |we )?"
                     r"(?:actually |actualy |actully )?work|"
                     # 'how much for the hours? (i know there's the holiday credit on top)'
                     r"\b(?:i know|i get|i'?ll get|aside from)\b[^.?!]{0,20}\bholiday (?:credit|pay)\b[^.?!]{0,12}"
                     r"\b(?:on top|as well|separately)\b", q.text, re.I) and not re.search(
                         # 'the premium for the hours worked plus the holiday compensation': both
                         # ('… plus the cash for the holiday credit')
                         r"\b(?:plus|and|with|as well as|together with)\s+(?:the\s+|my\s+|her\s+|his\s+)?"
                         r"(?:(?:cash|pay|money)\s+for\s+(?:the\s+)?)?holiday (?:credit|pay|compensation)",
                         q.text, re.I):
            work_pay["worked_only"] = True  # 'for the hours I actually worked (not counting the holiday credit)'
        if rules.get("holidays", "work_pay").get("holiday_pay_hours") == "normal_day" and not work_pay.get("worked_only"):
            day_hours = _normal_day_hours(q)
            paid_day = re.search(r"\b(\d{1,2}(?:\.\d+)?)\s+paid\s+(?:hours|hrs)\b|\b(\d{1,2}(?:\.\d+)?)\s*(?:hours|hrs)\s+paid\b", q.text, re.I)
            if day_hours is None and paid_day:  # 'graveyard, 10:00 p.m. to 6:30 a.m. (8 paid hours)': the day's paid length
                day_hours = float(paid_day.group(1) or paid_day.group(2))
            if day_hours is None and q.clocks and re.search(r"\b(?:i work|i'?m(?: [\w-]+)? on|my (?:regular |normal |usual )?(?:shift|schedule|hours)"
                                                             r"(?: is| are)?)\b[^.;\d]{0,20}$",
                                                             q.text[max(0, q.clocks[0].start - 35):q.clocks[0].start], re.I):
                # 'I work graveyard, 10pm-6:30am with a 30 min unpaid lunch': the day, less the meal
                day_hours = _range_less_meal(q, most=16)
            if day_hours is None and work_pay.get("overnight"):
                # 'works graveyard, 10p to 6:30a …': the shift worked around the holiday is the member's own
                day_hours = _range_less_meal(q, most=16)
            if day_hours is None:
                return Ask(["normal day hours"], "How many hours is your normal scheduled workday?", work_pay)
            work_pay["normal_day_hours"] = day_hours
        return Inputs(work_pay)
    text_only = not rules.has("holidays", "list", "days")
    if text_only and not text_holidays(rules.contract):
        return None
    if _hourly_rate(q) is not None and re.search(r"\b(?:pay|paid|worth|owed|money|rates?)\b|\$|\bwhat\s+(?:should|would|will|do|does)\s+"
                                                 r"(?:i|we|she|he|they|each\s+\w+|every\s+\w+|the\s+\w+)\s+(?:get|make|earn|receive)\b",
                                                 q.asked(), re.I):
        # 'my rate is $33.40, what should Saturday pay?', '… base rate is $51.30. What should each guy get for those two
        # days?' ask for pay, not the holiday's date
        return None
    match = re.search(r"\b((?:19|20|21)\d\d)\b", q.text)
    season = _SEASON.search(q.text)
    if match:
        year = int(match.group(1))
    elif season:  # 'next spring', asked in November: the spring that comes next
        year = q.today.year + (1 if season.group(1).lower() in ("next", "coming") and q.today.month >= _SEASON_START[
            season.group(2).lower()] else 0)
    else:  # 'next month' asked in December is next year's January
        year = q.today.year + (1 if re.search(r"\bnext (?:year|yr)\b", q.text, re.I)
                               or q.today.month == 12 and re.search(r"\bnext month\b", q.text, re.I) else 0)
    said = match or season or re.search(r"\b(?:this|next)\s+(?:year|yr|month)\b", q.text, re.I)
    if q.dates and not (said and q.dates[0].assumed):  # a year said outright ('this year') wins over one assumed
        year = q.dates[0].value.year
    params: dict[str, Any] = {"year": year}
    from assistant.calculators.holidays import schedule_named

    schedule = schedule_named(rules, q.text)
    if schedule:
        params["schedule"] = schedule
    elif rules.has("holidays", "days_off"):
        off = _days_off(q)
        if off:
            params["days_off"] = off
    on_date = _holiday_on(rules, q.dates[0].value) if q.dates else None
    if q.dates and on_date is None and not (_HOLIDAY.search(q.text) or _holiday_named(q.text)):
        return None  # a date that is none of the contract's holidays
    # The holiday asked about is the one the asking sentence names ('Christmas is on a Saturday and Boxing
    # Day on the Sunday. Which date is my Boxing Day moved to?'), else the day given, else the first one named.
    asking = _asking_sentence(q.text)
    several = _holidays_with_years(q, rules) if not text_only and re.search(
        r"\bhow many\b[^.?!]{0,30}\bhours\b[^.?!]{0,40}\bcredit\b", asking, re.I) else []
    if len(several) >= 2:  # 'Christmas 2027 and New Year's Day 2028 both fall on a Saturday … how many hours of credit?'
        return Inputs({"year": several[0]["year"], "credit_of": several})
    named_in_asking = holiday_name_pattern().search(asking)
    date_in_asking = bool(q.dates) and q.text.find(asking) <= q.dates[0].start
    if on_date is not None and (named_in_asking is None or date_in_asking or str(on_date).lower() in asking.lower()):
        params["asked"] = on_date
        return Inputs(params)
    if text_only:
        named = holiday_name_pattern().search(asking) or holiday_name_pattern().search(q.text)
        if named:
            params["asked"] = named.group(0)
    # 'what were we entitled to for July 4': the contract's holiday of that name ('Independence Day') comes first,
    # before any other holiday the story mentions ('same as when Veterans Day lands on a Saturday')
    official = package_name(named_in_asking.group(0)) if named_in_asking is not None else None
    for where in ([] if text_only else [*([official.lower()] if official else []), asking.lower(), q.lowered]):
        for spec in rules.get("holidays", "list", "days"):
            name = str(spec["name"])
            words = [w for w in tokens(name.split("(")[0]) if w not in ("day",)]
            if words and all(re.search(rf"\b{re.escape(w)}", where) for w in words):
                params["asked"] = name.split("(")[0].strip()
                break
        if "asked" in params:
            break
    if "asked" not in params:
        for day in ("saturday", "sunday", "weekend"):
            if re.search(rf"\b{day}s?\b", q.lowered):
                params["asked"] = day
                break
    return Inputs(params)


def _holidays_with_years(q: Question, rules: Rules) -> list[dict[str, Any]]:
    """The contract's holidays a question names, each with the year written beside it ('Christmas 2027', 'new years
    (1/1/28)'); [] unless every one named has its year."""
    from assistant.calculators.holidays import holiday_name_pattern, package_name

    found: list[dict[str, Any]] = []
    for m in holiday_name_pattern().finditer(q.text):
        written = m.group(0).lower()
        official = (package_name(m.group(0)) or "").lower()
        spec = next((d for d in rules.get("holidays", "list", "days")
                     if (words := [w for w in tokens(str(d["name"]).split("(")[0]) if w != "day"])
                     and (all(re.search(rf"\b{re.escape(w)}", written) for w in words)
                          or official and all(re.search(rf"\b{re.escape(w)}", official) for w in words))), None)
        if spec is None:
            continue
        after = q.text[m.end():m.end() + 25]
        year_told = re.match(r"(?:'s)?\W{0,3}(?:day\W{0,3})?((?:19|20)\d\d)\b", after, re.I)
        dated = next((d for d in q.dates if 0 <= d.start - m.end() <= 12 and d.assumed is None), None)
        year = int(year_told.group(1)) if year_told else dated.value.year if dated else None
        if year is None:
            return []
        entry = {"name": str(spec["name"]).split("(")[0].strip(), "year": year}
        if entry not in found:
            found.append(entry)
    return found


def _asking_sentence(text: str) -> str:
    """The sentence that asks: the last one ending in a question mark, else the last one."""
    sentences = [p for p in re.split(r"(?<=[.!?])\s+", text.strip()) if p.strip()]
    asking = [p for p in sentences if p.rstrip().endswith("?")]
    return (asking or sentences or [text])[-1]


def _days_off(q: Question) -> list[str] | None:
    """The member's (first) two days off in week order, when they are not Saturday and Sunday: 'my days off are
    Wednesday and Thursday', 'fri sat sun are my days off', 'I work Friday through Tuesday', 'on 4-10s mon thru thu'
    (the two days after the last workday)."""
    named = re.search(rf"\bdays? off (?:are|is|:)?\s*(?:on\s+)?{_DAY_NAME}\s*(?:and|&|,|/|-)\s*{_DAY_NAME}\b", q.text, re.I)
    # 'fri sat sun are my days off': the first two of them (not the end of a range, 'wed-sat, sun mon …')
    listed = re.search(rf"(?<![-–])\b{_DAY_NAME}\s*(?:,|and|&|/)?\s*{_DAY_NAME}\b[^.?!]{{0,20}}\b(?:are|r|as)\s+(?:my|our)\s+"
                       r"days? off\b", q.text, re.I)
    for found in (named, listed):
        if found and (_weekday(found, 2) - _weekday(found, 1)) % 7 == 1:
            days = [WEEKDAYS[_weekday(found, 1)], WEEKDAYS[_weekday(found, 2)]]
            return None if days == ["saturday", "sunday"] else days
    span = re.search(rf"\b(?:work\w*|on\s+(?:4|four)\s*[-x/]?\s*(?:10|ten)'?s?)\s+(?:from\s+)?{_DAY_NAME}\s*"
                     rf"(?:through|thru|to|-|–)\s*{_DAY_NAME}\b", q.text, re.I)
    if span and _span_days(span) in (4, 5):  # a 4-10 week's first two days off are the two after its last workday
        last = _weekday(span, 2)
        days = [WEEKDAYS[(last + 1) % 7], WEEKDAYS[(last + 2) % 7]]
        return None if days == ["saturday", "sunday"] else days
    return None


def _holiday_on(rules: Rules, day: date) -> str | None:
    """The name of the contract's holiday that falls on a day, if one does."""
    from assistant.calculators import holidays

    if rules.has("holidays", "list", "days"):
        return next((str(e["name"]).split(" (")[0] for e in holidays.holiday_dates(rules, day.year) if e["date"] == day), None)
    found = holidays.text_holiday_dates(rules.contract, day.year).get(day)
    return found[0] if found else None


# --- travel ----------------------------------------------------------------------------------------------

_TRAVEL = re.compile(r"\b(mileage|miles?|mi|km|kilomet\w*|drove|drive|driving|per diem|meal allowance|meals?|breakfast|"
                     r"lunch|dinner|incidentals|travel\w*|trip|lodging|hotel|reimburs\w*)\b", re.I)
_MEALS = ("breakfast", "lunch", "dinner", "incidentals")


_TRAVEL_ASK = re.compile(r"\b(how much|how many|reimburs\w*|get back|owed|paid|claim|should (?:i|we|she|he|they) get|what's|whats|what is|rate|most|max\w*|total|"
                         r"limit|allowed|allowance|can i get|do i get|entitled|come to|what should)\b", re.I)


_TRAVELLED = re.compile(r"\b(?:travel\w*|travl\w*|on the road|door to door|flights?|flew|layover)\b", re.I)
_REST_DAY = re.compile(r"\b(?:days? of rest|rest days?|days? off)\b", re.I)
_TRAVEL_NO_WORK = re.compile(r"\b(?:no work|did no work|didn'?t (?:do any |do no )?work|did not (?:do any )?work|not working|"
                             r"(?:won'?t|wont|will not)\s+(?:be\s+)?(?:do(?:ing)?\s+(?:any\s+)?)?work|"  # 'I won't do any work that day'
                             r"without working|didn'?t work at all|never worked)\b", re.I)


def _asks_travel_time(q: Question) -> bool:
    """'The Employer had me travel on Saturday (my day of rest) … 6 hours, no work that day: what should I be paid?'"""
    return bool(_TRAVELLED.search(q.text) and (_REST_DAY.search(q.text) or re.search(r"\b(?:saturday|sunday)\b", q.text, re.I))
                and (_TRAVEL_NO_WORK.search(q.text) or re.search(r"\bworked\b", q.text, re.I))
                and re.search(r"\b(?:how much|how many hours of pay|what (?:should|do|will|would)|pay|paid|get|owed|supposed to|"
                              r"is that right|worth)\b", q.asked(), re.I))


def _travel_time(q: Question) -> Extraction:
    """The hours travelled (told, or from the clock times of leaving and arriving) and any worked after, on a day of rest;
    None where the day is not one, or the story neither says no work was done nor how long the work was."""
    if not _REST_DAY.search(q.text):
        day = re.search(r"\b(saturday|sunday)\b", q.text, re.I)
        if day is None:
            return None
        q.assumptions.append(f"I took {day.group(1).capitalize()} to be your day of rest.")
    hours = [a for a in q.amounts_in("hours", "minutes") if not _said_by_others(q, a.start)
             and not re.search(r"\b(?:paid|gave)\b[^.;,]{0,20}$", q.text[max(0, a.start - 25):a.start], re.I)]

    def as_hours(a: Amount) -> float:
        return a.value / 60 if a.unit == "minutes" else a.value
    worked = [a for a in hours if q.near(a, r"\bworked\b|\bwork(?:ing)?\s+(?:for\s+)?$", before=20, after=0)]
    travelled = [a for a in hours if a not in worked and (q.near(a, r"\b(?:travel\w*|travl\w*|on the road|door to door|trip)\b",
                                                                   before=30, after=30))]
    if not worked and not _TRAVEL_NO_WORK.search(q.text):
        return None
    if not travelled and not worked and len({a.value for a in hours}) == 1:
        travelled = hours[:1]  # no work that day: the one length of time told is the travel ('… for the employer, 10 hours')
    if len({a.value for a in travelled}) > 1 or len({a.value for a in worked}) > 1:
        return None  # several figures for one: not read here
    if travelled:
        travel_hours = as_hours(travelled[0])
    elif len(q.clocks) >= 2 and not worked:  # 'left 0530 got there 2130'
        travel_hours = ((q.clocks[-1].minutes - q.clocks[0].minutes) % (24 * 60)) / 60
    else:
        return Ask(["hours travelled"], "How many hours did you spend travelling that day?", {"kind": "travel_time"})
    params: dict[str, Any] = {"kind": "travel_time", "travel_hours": round(travel_hours, 4),
                              "worked_hours": as_hours(worked[0]) if worked else 0.0}
    rate = _hourly_rate(q)
    if rate is not None:
        params["hourly_rate"] = rate
    return Inputs(params)


def travel_score(q: Question) -> float:
    if _asks_travel_time(q):
        return 2.9  # 'travelled on Sunday, my day of rest, 9.5 hours, no work that day: how much?'
    if _asks_time_off_for_nights(q):
        return 2.9  # 'away from home 75 nights since April 1: how much travel status leave?'
    if _asks_subsistence(q):
        return 2.9  # 'how much subsistence should I get for the week?'
    if not _TRAVEL.search(q.text):
        return 0.0
    if _BEREAVEMENT.search(q.text) or _grievance(q.text) and re.search(r"\bgri[e]?v|\bappeal", q.text, re.I):
        return 0.0
    if q.amounts_in("miles", "kilometres") and (_TRAVEL_ASK.search(q.text) or _INITIAL_TERMINAL.search(q.text)) or \
            re.search(r"\bhow much\b.{0,40}\bmileage|mileage rate|per mile|cents a mile", q.text, re.I):
        return 2.9
    meals = r"\b(per diem|meal allowance|meals?|breakfast|lunch|dinner|incidentals)\b"
    # A trip, said outright or by leaving and getting back when the meals are what is asked; not
    # 'an hour lunch … didn't leave til 8:22pm … how much CTO?'
    trip = re.search(r"\b(travel\w*|trip|business|per diem|away from|overnight|hotel|lodging|out of town)\b", q.text, re.I) or (
        re.search(meals, q.asked(), re.I) and re.search(r"\b(left|leave|return\w*|got back|away)\b", q.text, re.I))
    if re.search(meals, q.text, re.I) and trip and _TRAVEL_ASK.search(q.text):
        return 2.9
    if _DRIVING.search(q.text) and re.search(r"\b(how much|get back|reimburs\w*|claim|owed|paid)\b", q.text, re.I):
        return 2.9  # 'how much do I get back for driving my own car to …': the mileage, once the miles are known
    return 0.0


_DRIVING = re.compile(r"\b(driv\w*|drove)\b[^.?!]{0,25}\b(my own|own car|personal (?:car|vehicle)|private (?:car|vehicle)|"
                      r"my car|my truck|my vehicle)\b", re.I)


_INITIAL_TERMINAL = re.compile(r"\b(?:initial|terminal)\s*(?:(?:and|&|\+|/)\s*terminal\s*)?travel\b|\bi\s*&\s*t\b", re.I)
_LAID_OFF = re.compile(r"\b(?:laid|layed|lay)[- ]?(?:(?:me|us|him|her|them|the crew|everyone)\s+)?off\b|\blay-?off\b|"
                       r"\bjob (?:ended|finished|wrapped)\b", re.I)
_QUIT = re.compile(r"\b(?:quit|resigned|walked off|terminated for cause|fired)\b", re.I)
_CLIENT_BUS = re.compile(r"\b(?:client|company|owner|contractor)\b[^.?!]{0,20}\b(?:bus\w*|provid\w*|suppl\w*|runs?|running)\b"
                         r"[^.?!]{0,25}\b(?:transport\w*|bus\w*|ride)?", re.I)


def _initial_terminal(q: Question) -> Extraction:
    """'310 radius km from city hall, on it 5 weeks then laid off: initial + terminal travel?'"""
    km = next((a for a in q.amounts if a.unit == "kilometres"), None)
    if km is None:
        return Ask(["distance"], "How far is the project from the hall, in radius kilometres?", {"kind": "initial_terminal"})
    ending = "quit" if _QUIT.search(q.text) and not q.denies(_QUIT) else "laid_off" if _LAID_OFF.search(q.text) else "on_job"
    params: dict[str, Any] = {"kind": "initial_terminal", "radius_km": km.value, "ending": ending}
    spans = [a for a in q.amounts if a.unit in ("days", "weeks", "months")]
    if spans:
        a = spans[0]
        params["days_on_job"] = int(a.value * {"days": 1, "weeks": 7, "months": 30}[a.unit])
    bus = _CLIENT_BUS.search(q.text)
    # (not 'the contractor bussed them from the motel so there's no daily km': the daily ride to site, not the trip out)
    daily = bus is not None and re.search(r"\bfrom\s+(?:the\s+)?(?:motel|hotel|camp|lodge|accommodations?)\b",
                                          re.split(r"[.?!]", q.text[bus.start():bus.end() + 30])[0], re.I)
    if bus and not daily and not q.negated(bus.start()) and not NEGATORS.search(bus.group(0)):
        params["client_transport"] = True
    return Inputs(params)


_SUBSISTENCE = re.compile(r"\bsubsist\w*|\bliving out allowance\b", re.I)


def _asks_subsistence(q: Question) -> bool:
    """'How much subsistence …', '… my subsistence total?': a sum of subsistence is asked (not 'not counting vac/holiday %
    or subsistence', 'leave subsistence out of it': set aside)."""
    said = [m for m in _SUBSISTENCE.finditer(q.text) if not re.search(
        r"\b(?:not counting|not including|excluding|apart from|leaving out|leave out|ignoring|ignore|without)\b[^.?!]{0,40}$",
        q.text[max(0, m.start() - 45):m.start()], re.I) and not re.match(r"\s*out of (?:it|this|that)\b", q.text[m.end():], re.I)]
    return bool(said and re.search(r"\bhow much\b|\btotal\b|\bowed\b|\bshould\b", q.asked(), re.I))
# Days worked or reported for: '9 days', 'one more day' ('one more day after I reported' is a day more, where '2 days
# after' would count from something).
_DAYS_SAID = re.compile(r"\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                        r"(?:(?:more|extra|other)\s+(?:days?|shifts?)\b|(?:days?|shifts?)\b(?!\s+(?:ago|before|after|notice)))", re.I)


_REPORTED_MORE = re.compile(r"\b(?:reported|showed up)\b[^.?!\d]{0,12}?\b(one|two|three|\d)\s+more\b(?!\s+(?:days?|shifts?)\b)|"
                            r"\+\s*(one|two|three|\d)\s+reported\b", re.I)


def _weekdays_told_at_work(q: Question) -> int:
    """The days of one week told as worked or reported for, by name ('worked Mon-Thu, and Friday I showed up but we got
    rained out' is five); a day said to be off is not one; 0 unless the story says it worked or reported."""
    if not re.search(r"\b(?:worked|work|showed up|reported|rained out|came in|was in|were in)\b", q.text, re.I):
        return 0
    covered: set[int] = set()
    spans = list(_DAY_RANGE.finditer(q.text))
    for span in spans:
        first = _weekday(span, 1)
        covered.update((first + k) % 7 for k in range(_span_days(span)))
    for m in re.finditer(rf"\b{_DAY_NAME}\b", q.text, re.I):
        if any(span.start() <= m.start() < span.end() for span in spans):
            continue
        if re.match(r"\s*(?:was\s+|were\s+|is\s+)?(?:off|a day off|my day off)\b", q.text[m.end():], re.I):
            return 0  # a day off told among them: which days count is for the member to say
        if q.negated(m.start()) or re.match(r"\s+(?:night|nite|evening)\s+before\b", q.text[m.end():], re.I):
            continue  # 'did not work or report on Sunday', 'stayed in a motel the Sunday night before starting'
        covered.add(_weekday(m, 1))
    return len(covered)


def _subsistence(q: Question, rules: Rules) -> Extraction:
    """'Subsistence job in <the town> … worked 10 shifts and reported for one more day': the days worked or
    reported for, and the area, which picks the rate from the contract's table (asked for when missing)."""
    found = [(m.start(), name) for names, _, _ in area_rates(rules) for name in names
             for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", q.text, re.I)]
    days = sum(int(number(m.group(1))) for m in _DAYS_SAID.finditer(q.text)
               if not re.search(r"\b(?:over|in|for|during)\s+(?:the\s+)?(?:last|past|next)\s*$", q.text[max(0, m.start() - 20):m.start()], re.I)
               # 'worked 12 days so far … for those 12 days': the same days again
               and not re.search(r"\b(?:those|these|the|them|all)\s*$", q.text[max(0, m.start() - 8):m.start()], re.I))
    # 'reported for one more that got rained out', '7 days actually worked + 1 reported and sent home'
    days += sum(int(number(m.group(1) or m.group(2))) for m in _REPORTED_MORE.finditer(q.text))
    if re.search(r"\b(?:do|does|will|would)\s+(?:i|we|he|she|they)\s+(?:still\s+)?get\b", q.asked(), re.I) and not re.search(
            r"\bhow much\b", q.asked(), re.I) or (
            not days and not re.search(r"\bhow much\b[^.?!]{0,40}\bsubsist", q.asked(), re.I)):
        return None  # 'do I still get my subsistence?': whether it is owed, which the clause answers
    params: dict[str, Any] = {"kind": "subsistence"}
    if not days:
        days = _weekdays_told_at_work(q)  # 'this week I worked Mon-Thu, and Friday I showed up but we got rained out'
    if days:
        params["days"] = days
    # The project's area, not where the member lives or the hall the distance is measured from ('I live in <town>
    # … on a subsistence job at <town>', '240 road km from the <town> hall', '260 km out from the city hall'): asked for
    # when no other is named.
    away = [(at, name) for at, name in found
            # ('dispatched out of <the town> to a shutdown in <another>': the hall's town)
            if not re.search(r"\b(?:live|lives|living|reside\w*|home|from|out of|dispatch\w*)\b[^.?!,]{0,12}$", q.text[max(0, at - 30):at], re.I)
            and not re.match(r"\s*(?:hall|union hall|hiring hall|city hall)\b", q.text[at + len(name):], re.I)]
    if not away:
        return Ask(["project area"], "Which town or area is the project in (the daily rate depends on it)?", params,
                   rules.get("travel", "subsistence", "default") | {"label": "Subsistence"})
    params["area"] = min(away)[1]
    extra = rules.get("travel", "subsistence").get("extra_day")
    if extra and q.affirms(r"\b(?:receipts?|reciepts?|proof|registration)\b") and re.search(
            r"\b(?:night|day)\s+(?:before|after)\b(?:[^.?!]{0,30}\b(?:start\w*|began|begin\w*|commenc\w*|first|last|finish\w*|"
            r"complet\w*|end\w*)\b|\s*(?:and|,|\.|$))", q.text, re.I):  # 'drove up the night before and have the receipt'
        road = re.search(r"\b(?P<over>over|more than|past|beyond)?\s*(?P<km>\d{2,4})\s*(?:road\s*(?:km|kilomet\w*)|"
                         r"(?:km|kilomet\w*)\s+(?:by|of)\s+road)", q.text, re.I)
        below = road is not None and not road.group("over") and int(road.group("km")) <= int(extra.get("min_road_km", 0))
        if not below:
            params["extra_day"] = True  # 'a motel receipt for the night before I started', '… the nite after my last shift'
        else:
            q.assumptions.append(f"No extra day: it is for projects more than {extra['min_road_km']} road km from the hall.")
    if not days:
        return Ask(["days"], "How many days did you work or report for?", params)
    return Inputs(params)


# Driven to a terminal and the car taken back: 'my wife is driving me there in my own car … taking it back home'.
_DROPPED = re.compile(r"\b(?:drove|drives|driving|drive|dropp(?:ed|ing)|drop)\s+(?:me|him|her|us)\b|\bdrop[- ]?off\b|"
                      r"\b(?:took|taking|take|drove|driving)\s+it\s+back\b|\b(?:not|won'?t be|wasn'?t|isn'?t)\s+parked\b", re.I)
_TERMINAL = re.compile(r"\b(?:airport|terminal|train station|bus station|bus depot|amtrak|greyhound)\b", re.I)


def _drop_off(q: Question, spec: dict[str, Any]) -> Extraction:
    """The terminal's distance from home and from headquarters ('24 miles from my house and 13 miles from my
    headquarters'), and whether the trip began early enough for the rule's exception: a time left home and the
    usual one an hour or more apart ('left the house at 4:30am, i normaly leave at 7:15'), or a day off."""
    miles = [a for a in q.amounts if a.unit == "miles"]
    home = next((a for a in miles if q.near(a, r"^[^.?!,;]{0,12}\b(?:house|home|residence|place)\b", before=0, after=25)), None)
    office = next((a for a in miles if q.near(a, r"^[^.?!,;]{0,12}\b(?:hq|headquarters|office|work|worksite|job)\b",
                                           before=0, after=25)), None)
    if home is None or office is None:
        return None
    early = False
    left = next((c for c in q.clocks if re.search(r"\b(?:leav\w*|left)\b[^.?!]{0,25}$", q.text[max(0, c.start - 40):c.start], re.I)
                 and not re.search(r"\b(?:normal\w*|usual\w*)\b", q.text[max(0, c.start - 40):c.start], re.I)), None)
    usual = next((c for c in q.clocks if re.search(r"\b(?:normal\w*|usual\w*|regular\w*)\b[^.?!]{0,25}$",
                                                    q.text[max(0, c.start - 40):c.start], re.I)), None)
    if left is not None and usual is not None:
        ahead = (usual.minutes - left.minutes) % (24 * 60)  # minutes left before the usual time
        early = 60 * float(spec.get("early_hours", 1)) <= ahead < 12 * 60
    if q.affirms(r"\b(?:day off|regular day off|rdo)\b"):
        early = True
    return Inputs({"kind": "drop_off", "home_miles": home.value, "office_miles": office.value, "from_home": early})


# A sum for travel asked for: 'what's my travel allowance for the week?', 'how much mileage do I get?'.
_TRAVEL_PAY_ASKED = re.compile(r"\b(?:how much|what(?:'s| is|s)?|owed|get)\b[^.?!]{0,40}\b(?:travel|mileage|transportation|"
                               r"km|kilomet\w*)\b[^.?!]{0,20}\b(?:allowance|pay|money|owed|get|for)?", re.I)


def travel_extract(q: Question, rules: Rules) -> Extraction:
    if not rules.has("travel"):
        return None
    travel = rules.get("travel")
    if "time_off" in travel and _asks_time_off_for_nights(q):
        return _time_off_for_nights(q, rules)
    if "travel_time" in travel and _asks_travel_time(q):
        return _travel_time(q)
    if "initial_terminal" in travel and _INITIAL_TERMINAL.search(q.text):
        moved = _initial_terminal(q)
        if "subsistence" in travel and _asks_subsistence(q) and isinstance(moved, Inputs):
            # 'What is the total I should get for subsistence plus initial and terminal travel?': both, added
            kept = _subsistence(q, rules)
            if not isinstance(kept, Inputs):
                return kept
            return Inputs(kept.params | {k: v for k, v in moved.params.items() if k != "kind"})
        return moved
    if "subsistence" in travel and _asks_subsistence(q):
        return _subsistence(q, rules)
    if "drop_off" in travel and _DROPPED.search(q.text) and _TERMINAL.search(q.text):
        dropped = _drop_off(q, travel["drop_off"])
        if dropped is not None:
            return dropped
    # A bound, not the distance: 'more than 50 miles', 'inside the 120 km ring', 'the 45 km free zone'.
    miles = [a for a in q.amounts if a.unit in ("miles", "kilometres")
             and not q.near(a, r"\b(more than|over|within|at least|farther|further|inside(?: of)?(?: the| a)?|"
                               r"under|less than|beyond|outside(?: of)?(?: the| a)?)\s*$", before=20, after=0)
             and not q.near(a, r"^\s*(?:radius\s+)?(?:free\s+)?(?:ring|zone|boundary|limit|circle|perimeter)\b", before=0, after=25)]
    asks_meals = re.search(r"\b(meals?|per diem|breakfast|lunch|dinner|incidentals)\b", q.asked(), re.I) and \
        not re.search(r"\b(mileage|miles?|mi|driv\w*|gas|car)\b", q.asked(), re.I)
    daily = next((o for o in travel.get("mileage", []) if o.get("per_day")), None)
    if daily is not None and miles and not asks_meals:
        return _daily_travel(q, daily, miles)
    if daily is not None and not miles and not asks_meals and _TRAVEL_PAY_ASKED.search(q.asked()):
        # 'inside the 120 km ring … what's my travel allowance for the week?': the rate needs the distance itself
        where = " from the " + str(daily["measured_from"][0]) if daily.get("measured_from") else ""
        return Ask(["distance"], f"How far is the project{where}, one way, in {daily.get('per', 'mile')}s?",
                   {"kind": "mileage", "vehicle": str(daily["vehicle"])}, rule=daily)
    both = re.search(r"\b(meals?|per diem|breakfast|lunch|dinner)\b", q.asked(), re.I) and \
        re.search(r"\b(mileage|miles?|driv\w*)\b", q.asked(), re.I)
    # 'what should my total reimbursement be?' after the miles driven and what each meal cost: all of it
    spent = _meal_costs(q)
    # ('What's the most I can claim on my travel expense claim?': the claim as a whole)
    whole_trip = bool(spent) and re.search(r"\b(total|altogether|all together|in all|everything)\b|\b(?:expense|travel)\s+claim\b",
                                           q.asked(), re.I)
    if (both or whole_trip) and "meals" in travel and "mileage" in travel and miles and daily is None:
        # 'what's the most I can get reimbursed for meals plus mileage?': both, added, where the trip's times are given
        times = _trip_times(q)
        driven = [a for a in miles if re.search(r"^\s*(?:round[- ]?trip|total|in all|altogether)\b", q.text[a.end:a.end + 20], re.I)
                  or q.near(a, r"\b(?:drove|driven|put on)\b[^.;]{0,12}$", before=25, after=0)] or miles
        day_trips = _day_trips(q)
        if day_trips is not None:
            # 'three separate day trips … Tuesday she left at 5:40 am and got home 7:20 pm: …; Wednesday …': each trip's meals,
            # and the miles of every trip ('73 miles each way': there and back, each time)
            after_miles = q.text[driven[-1].end:driven[-1].end + 20]
            legs = 2 * len(day_trips) if re.match(r"^[\s,]*(?:each|both)\s+ways?\b", after_miles, re.I) else len(day_trips) \
                if re.match(r"^[\s,]*(?:round[- ]?trip|each trip|per trip|a trip)\b", after_miles, re.I) else 1  # else the total
            return Inputs({"kind": "meals", "day_trips": day_trips, "miles": driven[-1].value * legs})
        if times is not None:
            costs = _other_costs(q, travel.get("actual_costs"))
            # '106 miles each way': driven there and back
            legs = 2 if re.match(r"^[\s,]*(?:each|both)\s+ways?\b", q.text[driven[-1].end:driven[-1].end + 15], re.I) else 1
            return Inputs({"kind": "meals", "departure": times[0], "return_at": times[1], "miles": driven[-1].value * legs,
                           **({"spent": spent} if spent else {}), **({"other_costs": costs} if costs else {})})
        if spent:  # what each meal cost, but not when the trip began and ended, which decides which meals count
            return Ask(["trip departure and return times"], "When did the trip start and end (for example 'left at 6 am, "
                                                             "back at 7:30 pm')? Which meals you can claim depends on it.")
    if miles and "mileage" in travel and not asks_meals:  # '80 mi away … max I can claim for meals?' asks the meals
        vehicle = None
        for option in travel["mileage"]:
            if any(re.search(rf"\b{re.escape(str(alias))}\b", q.text, re.I) for alias in option.get("aliases", [])):
                vehicle = str(option["vehicle"])
                if option is not travel["mileage"][0]:
                    break
        # 'My normal commute is 18 miles each way': the commute, not the distance driven for work.
        commute = next((a for a in miles if q.near(a, r"\bcommut\w*|\b(?:normally|usually|regularly|normal|usual)\s+(?:drive|driving)\b",
                                                    before=30, after=20)), None)
        driven = [a for a in miles if a is not commute] or miles
        both_ways = bool(re.search(r"\bround[- ]?trip|\bthere and back|\beach way\b|\bboth ways\b", q.text, re.I) and
                         re.search(r"\beach way\b|\bone way\b", q.text, re.I))

        # 'two round trips to a field site, 74 miles each round trip': the distance, that many times.
        trips = re.search(r"\b(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:round[- ]?)?trips\b", q.text, re.I)
        repeat = int(number(trips.group("n"))) if trips and q.near(driven[0], r"\beach\b|\bper\s+(?:round[- ]?)?trip\b|\ba\s+trip\b",
                                                                  before=0, after=25) else 1
        # 'for 3 days this month they sent me to the regional office … 41 mi each way': the distance each day
        # ('for one week (5 days)')
        days = re.search(r"(?:\bfor\s+|\(\s*)(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:work\s*|working\s+)?days\b",
                         q.text, re.I)
        daily_commutes = 1  # and the normal commute it replaces, each of those days
        if repeat == 1 and days and both_ways:
            repeat = daily_commutes = int(number(days.group("n")))

        def distance(amount: Amount) -> float:
            return amount.value * (0.621371 if amount.unit == "kilometres" else 1) * (2 if both_ways else 1)

        params: dict[str, Any] = {"kind": "mileage", "miles": round(distance(driven[0]) * repeat, 2)}
        if commute is not None and commute is not driven[0] and rules.has("travel", "mileage_note", "beyond_commute"):
            params["commute_miles"] = round(distance(commute) * daily_commutes, 2)
        elif commute is None and rules.has("travel", "mileage_note", "beyond_commute") and re.search(
                r"\b(?:alternate|alternative|other|different|another)\s+(?:work\s+)?(?:office|location|site|worksite|building|facility)\b|"
                r"\binstead\s+of\s+(?:my|her|his|their|the)\s+(?:usual|normal|regular|own)\s+(?:office|location|site|worksite|building)\b",
                q.text, re.I):
            # 'report to the alternate office in <town> for 3 days … 47 miles each way': only the miles beyond the normal
            # commute are paid, so the commute is asked for
            return Ask(["normal commute miles"], "How far is your normal commute to your usual office, each way? Only the "
                       "miles beyond it are reimbursed.", params, rule=rules.get("travel", "mileage_note"))
        if vehicle:
            params["vehicle"] = vehicle
        option = next((o for o in travel["mileage"] if str(o["vehicle"]) == vehicle), travel["mileage"][0])
        spent_else = [a for a in q.amounts_in("dollars") if not q.near(a, r"^\s*(?:/|per|an?|each)\s*(?:mile|mi|km|kilomet)|"
                                                                         r"\b(?:air\s?fare|fare|flight|ticket|plane)\b", before=60, after=12)]
        if ("meals" not in travel and (both or whole_trip)) or (spent_else and re.search(
                r"\b(?:total|altogether|all together|in all|everything)\b", q.asked(), re.I)):
            return None  # 'mileage, and I bought lunch for $16.40: my total?': the rest of the trip is the clauses' to answer
        cap = option.get("airfare_cap")
        if cap and re.search(r"\b(?:instead of|in lieu of|rather than)\s+(?:fly\w*|a flight|the plane|plane|air)", q.text, re.I):
            # 'drove my own car … instead of flying … the cheapest airfare … was $318': reimbursed up to the airfare
            fare = next((a for a in q.amounts_in("dollars") if q.near(a, r"\b(?:air\s?fare|fare|flight|ticket|plane)\b",
                                                                      before=60, after=20)), None)
            if fare is None:
                return Ask(["best airfare"], "What was the best available airfare for the trip? Driving instead of flying is "
                           "reimbursed up to it.", params, rule=cap)
            params["airfare"] = fare.value
        if "rate" not in option:  # a rate the contract names but sets elsewhere (a government mileage rate)
            told = _per_distance_rate(q)
            if told is None:
                return Ask([f"rate per {option.get('per', 'mile')}"], f"The contract pays {option.get('rate_from', 'a rate it does not state')}, "
                           f"without giving the figure. What was that rate per {option.get('per', 'mile')} on the day you "
                           "travelled?", params, rule=option)
            params["mileage_rate"] = told
        return Inputs(params)
    if re.search(r"mileage rate|per mile|a mile|cents", q.text, re.I) and "mileage" in travel:
        return Inputs({"kind": "mileage"})
    if _DRIVING.search(q.text) and "mileage" in travel and not asks_meals:
        return Ask(["miles driven"], "How many miles did you drive for work (say if that was a round trip)?")
    if "meals" not in travel:
        return None
    times = _trip_times(q)
    if times is not None:
        return Inputs({"kind": "meals", "departure": times[0], "return_at": times[1], **({"spent": spent} if spent else {})})
    if len(q.clocks) == 1 and _MULTI_DAY.search(q.text) and _FIRST_DAY.search(q.asked()):
        day = q.dates[0].value if q.dates else q.today  # 'leaving at 10:30 am Monday for a three-day trip … that first Monday'
        return Inputs({"kind": "first_day", "departure": f"{day.isoformat()}T{q.clocks[0].hhmm}"})
    if re.match(r"\s*(?:can|could|may|am|are|do|does|is|will|would)\s+(?:i|we|they|you|it|my|the)\b", q.asked(), re.I):
        return None  # 'Can I claim meals and a hotel for it?': whether, not how much: the clause answers it
    meal = next((m for m in _MEALS if re.search(rf"\b{m}\b", q.asked(), re.I)), None)
    if meal and not re.search(r"\b(left|leave|return\w*|got back|trip)\b", q.text, re.I):
        return Inputs({"kind": "meal_rate", "meal": meal})
    return Ask(["trip departure and return times"], "When did the trip start and end (for example 'left Monday at 7 am, "
                                                     "back Tuesday at 8 pm')?")


def _per_distance_rate(q: Question) -> float | None:
    """A rate per mile or kilometre the member tells: '$0.70/mile', '70 cents a mile', '0.725 per mile'."""
    found = re.search(r"(?:\$\s?(?P<d>\d*\.\d{1,3}|\d+(?:\.\d{1,3})?)|(?<![\d.])(?P<c>\d{1,3}(?:\.\d+)?)\s*(?:cents?|¢)|"
                      r"(?<![\d.$])(?P<b>0?\.\d{1,3}))\s*(?:/|per|an?|each)\s*(?:mile|mi|km|kilomet\w*)\b", q.text, re.I)
    if found is None:
        return None
    return float(found.group("d") or found.group("b")) if found.group("c") is None else round(float(found.group("c")) / 100, 4)


# A trip of more than a day, and a question about the day it begins.
_MULTI_DAY = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|several|multi)[- ](?:day|night)\b|\bmore than 24\b|"
                        r"\bover 24\b|\bovernight\b|\b(?:\d+|two|three|four|five) (?:days|nights)\b", re.I)
_FIRST_DAY = re.compile(r"\bfirst (?:day|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\bday (?:i|we) (?:leave|go)\b|"
                        r"\bthat first\b|\bdeparture day\b", re.I)


_ORDINAL_DAY = r"(?:an?|the)\s+(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+day"
_MORE_DAYS = rf"(?:(?P<n>\d+|one|two|three|a|an)\s+(?:more|other|extra|additional)\s+days?|another\s+day|{_ORDINAL_DAY})"
_MORE_REPORTED = re.compile(rf"\b(?:reported|showed up|came in|turned up)\b[^.;]{{0,30}}?\b{_MORE_DAYS}\b|"
                            rf"\b{_MORE_DAYS.replace('?P<n>', '?P<m>')}\b[^.;]{{0,30}}?\b(?:reported|showed up|came in|turned up)\b|"
                            # 'worked 4 days + showed up 1 day and got rained out'
                            r"\b(?:reported|showed up|came in|turned up)\s+(?:for\s+)?(?P<k>\d+|one|two|three)\s+days?\b|"
                            # 'plus one day i reported but got rained out', 'and reported friday but got rained out'
                            r"\b(?:plus|and|also)\s+(?P<p>one|a|two)\s+days?\s+(?:that\s+|when\s+)?(?:i|we)\s+(?:reported|showed up|came in)\b|"
                            rf"\b(?P<w>reported|showed up|came in|turned up)\s+(?:on\s+)?{_DAY_NAME}\b(?=[^.;]{{0,25}}\b(?:rain\w*|sent home|"
                            r"weather|no work|cancel\w*)\b)|"
                            # 'worked 4 days and on friday i showed up and got sent home'
                            rf"\b(?:and\s+|then\s+)?on\s+{_DAY_NAME.replace('(', '(?:', 1)}\s+(?:i|we)\s+(?:reported|showed up|came in|turned up)\b"
                            r"(?=[^.;]{0,25}\b(?:rain\w*|sent home|weather|no work|cancel\w*)\b)|"
                            # 'worked 4 days last week and got sent home for rain on the 5th after reporting'
                            r"\bsent home\b[^.;]{0,40}\bafter\s+(?:reporting|showing up|(?:i|we|he|she|they)\s+(?:reported|showed up))\b",
                            re.I)


def _more_days_reported(text: str) -> int:
    """Days reported for on top of the days worked: 'worked 4 days and reported for a 5th day that got
    rained out', 'on one more day I reported but we got rained out'."""
    extra = 0
    for match in _MORE_REPORTED.finditer(text):
        count = match.group("n") or match.group("m") or match.group("k") or match.group("p")
        extra += 1 if count is None or count.lower() == "a" else int(number(count))  # 'a 5th day', 'another day', 'friday': one
    return extra


def _days_named(q: Question) -> int | None:
    """Days worked or reported for: 'worked 4 days', or the weekdays a story names ('Monday to Thursday,
    and Friday I showed up but got rained out' is five)."""
    # not what was paid for: 'the employer paid daily travel for 4 days'
    said = next((a for a in q.amounts if a.unit == "days" and not _said_by_others(q, a.start)), None)
    if said is not None:
        return int(said.value) + _more_days_reported(q.text)
    days: set[int] = set()
    text = q.lowered
    for m in _DAY_RANGE.finditer(text):
        first, last = _weekday(m, 1), _weekday(m, 2)
        days.update(range(first, last + 1) if first <= last else [])
        text = text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]
    days.update(_weekday(m) for m in re.finditer(rf"\b{_DAY_NAME}\b", text))  # 'friday', 'fri', 'thurs'; not 'money'
    return len(days) or None


def _daily_travel(q: Question, option: dict[str, Any], distances: list[Amount]) -> Extraction:
    """A per-day travel rate on a one-way distance: the distance the rules' `measured_from` words point
    to (not a zone's radius or a line the story names), in the rate's unit, and the days."""
    per = str(option.get("per", "mile"))
    # not where the job is: '80 radius km from the hall', '100 km out from the hiring hall' (the rules' `not_measured_from`)
    elsewhere = [str(w) for w in option.get("not_measured_from", [])]
    usable = [a for a in distances if not re.match(r"\s*(?:radius\s+|road\s+)?(?:free\s+zone|zone|radius|line|limit)\b",
                                                    q.text[a.end:a.end + 20], re.I)
              and not re.search(r"\bradius\b", q.text[a.start:a.end], re.I)
              and not any(re.match(rf"[^.?!\d]{{0,25}}?\bfrom\s+(?:the\s+)?(?:\w+\s+)?{re.escape(w)}\b", q.text[a.end:], re.I)
                          for w in elsewhere)]
    words = [str(w) for w in option.get("measured_from", [])]
    if not usable and distances and option.get("ask_distance"):
        # 'Member's road km from edge of free zone to the site = 58': the figure written after its unit
        told = re.search(r"\b(?:road\s+)?(?:km|kms|kilomet\w*|miles?)\b[^.?!\d]{0,50}?(?:=|:|\bis\b|\bwas\b)\s*(\d+(?:\.\d+)?)\b",
                         q.text, re.I)
        if told is None:  # only how far the job is from the hall: the rate is paid on another distance
            return Ask(["road distance"], str(option["ask_distance"]), {"kind": "mileage", "vehicle": str(option["vehicle"])},
                       rule=option)
        distances = usable = [Amount(float(told.group(1)), "kilometres" if per.startswith("kilomet") else "miles", told.group(0),
                                     told.start(1), told.end(1))]
    pointed = [a for a in usable if any(q.near(a, rf"\b{re.escape(w)}\b", before=70, after=40) for w in words)]
    chosen = (pointed or usable or distances)[-1 if pointed else 0]
    value = chosen.value
    if chosen.unit == "miles" and per.startswith("kilomet"):
        value *= 1.609344
    elif chosen.unit == "kilometres" and per == "mile":
        value *= 0.621371
    days = _days_named(q)
    if days is None and re.search(r"\b(?:every|each|a|per)\s+day\b|\bdaily\b", q.asked(), re.I):
        days = 1  # 'what do I get for driving in every day?': the amount a day
    params: dict[str, Any] = {"kind": "mileage", "miles": round(value, 2), "vehicle": str(option["vehicle"])}
    if days is None:
        return Ask(["days worked"], "How many days did you work or report for work?", params, rule=option)
    params["days"] = days
    return Inputs(params)


_MEAL_COST = re.compile(r"\$\s?(?P<a>\d+(?:\.\d{1,2})?)\s+(?:(?:on|for)\s+)?(?:(?:my|the|a)\s+)?(?P<m>breakfast|lunch|dinner|supper)\b|"
                        r"\b(?P<m2>breakfast|lunch|dinner|supper)\s+(?:was|cost|came to|ran|for|:|-)?\s*\$\s?(?P<a2>\d+(?:\.\d{1,2})?)",
                        re.I)


# A meal's cost on a day of the trip: 'Tuesday lunch $12.40', 'Wed breakfast was $7.25'.
_DAY_MEAL_COST = re.compile(rf"\b{DAY_NAME}\s+(?P<m>breakfast|lunch|dinner|supper)\s*(?:was|cost|came to|ran|:|-|=)?\s*"
                            r"\$\s?(?P<a>\d+(?:\.\d{1,2})?)", re.I)
# Incidentals spent: '$5.00 in tips', '$4.50 on tips in each full 24 hours'.
_INCIDENTAL_COST = re.compile(r"\$\s?(?P<a>\d+(?:\.\d{1,2})?)\s+(?:in|on|for)\s+(?:tips|incidentals|incidental expenses)\b"
                              r"(?P<each>[^.?!]{0,25}\b(?:each|every|per)\b)?", re.I)


def _other_costs(q: Question, spec: dict[str, Any] | None) -> dict[str, float]:
    """Parking, tolls and fares the story says it paid, by the rules' words for them: '$4 at a parking
    meter', 'parking was $12', 'tolls $6.50'."""
    if not spec:
        return {}
    words = sorted((str(w) for w in spec.get("words", [])), key=len, reverse=True)
    costs: dict[str, float] = {}
    for amount in q.amounts:
        if amount.unit != "dollars":
            continue
        after = re.match(r"[^.;$\d]{0,25}", q.text[amount.end:]).group(0)  # type: ignore[union-attr]
        before = re.search(r"[^.;$\d]{0,20}$", q.text[:amount.start]).group(0)  # type: ignore[union-attr]
        for word in words:
            pattern = rf"\b{re.escape(word)}\b"
            if re.search(rf"^\s*(?:at|on|for|in)\s+(?:a\s+|the\s+)?{pattern}", after, re.I) or \
                    re.search(rf"{pattern}\s*(?:was|were|is|cost|of|:)?\s*$", before, re.I):
                costs[word] = costs.get(word, 0.0) + amount.value
                break
    return costs


def _meal_costs(q: Question) -> dict[str, float]:
    """What each meal cost: '$8.50 on breakfast, $11 on lunch', 'dinner was $16.75'; on a trip of several
    days, by the day ('Tuesday lunch $12.40' → 'tue:lunch'), and incidentals ('$5 in tips')."""
    costs: dict[str, float] = {}
    by_day = list(_DAY_MEAL_COST.finditer(q.text))
    for match in by_day:
        meal = match.group("m").lower().replace("supper", "dinner")
        costs.setdefault(f"{WEEKDAYS[_weekday(match)][:3]}:{meal}", float(match.group("a")))
    if by_day:
        incidental = _INCIDENTAL_COST.search(q.text)
        if incidental:
            costs["incidentals:each" if incidental.group("each") else "incidentals"] = float(incidental.group("a"))
        return costs
    for match in _MEAL_COST.finditer(q.text):
        meal = (match.group("m") or match.group("m2")).lower().replace("supper", "dinner")
        costs.setdefault(meal, float(match.group("a") or match.group("a2")))
    return costs


def _day_trips(q: Question) -> list[dict[str, Any]] | None:
    """Day trips told one by one after their days' names, each with when it began and ended and what its meals cost
    ('Tuesday she left at 5:40 am and got home 7:20 pm: spent $7.50 breakfast, …. Wednesday left 6:30 am, back 8:00 pm:
    …'); None unless two or more days are told that way, each with exactly two times, the story says the trips were
    separate day trips, and no day is named twice."""
    if not re.search(r"\b(?:separate\s+)?day\s+trips\b|\bno\s+overnight\b", q.text, re.I):
        return None
    starts = [m for m in re.finditer(rf"\b{_DAY_NAME}\b", q.text, re.I)]
    if len(starts) < 2:
        return None
    trips: list[dict[str, Any]] = []
    seen: set[int] = set()
    for here, after in zip(starts, [*starts[1:], None], strict=True):
        piece = q.text[here.start():after.start() if after else len(q.text)]
        told = read(piece, q.today)
        if len(told.clocks) != 2:
            return None
        weekday = _weekday(here)
        if weekday in seen:
            return None
        seen.add(weekday)
        day = date.fromordinal(q.today.toordinal() - (q.today.weekday() - weekday) % 7)
        first, last = told.clocks
        departure = datetime(day.year, day.month, day.day, first.minutes // 60, first.minutes % 60)
        arrival = datetime(day.year, day.month, day.day, last.minutes // 60, last.minutes % 60)
        if arrival <= departure:
            return None
        spent = _meal_costs(told)
        trips.append({"departure": departure.isoformat(timespec="minutes"), "return_at": arrival.isoformat(timespec="minutes"),
                      **({"spent": spent} if spent else {})})
    return trips if len(trips) >= 2 else None


def _trip_times(q: Question) -> tuple[str, str] | None:
    if len(q.clocks) < 2:
        return None
    first, last = q.clocks[0], q.clocks[-1]
    start_day = q.dates[0].value if q.dates else q.today
    end_day = q.dates[-1].value if len(q.dates) >= 2 else start_day
    nights = re.search(r"\b(\d+|one|two|three|four|five)\s+(?:hotel\s+|motel\s+|overnight\s+)?nights?\b", q.text, re.I)
    if len(q.dates) < 2 and nights:
        end_day = date.fromordinal(start_day.toordinal() + int(number(nights.group(1))))
    elif not q.dates:  # 'leaving Tuesday at 7:30 a.m. … back Thursday at 1:30 p.m.': the days named with the times
        def day_near(clock: ClockFact) -> int | None:
            named = list(re.finditer(rf"\b{_DAY_NAME}\b", q.text[max(0, clock.start - 25):clock.start], re.I))
            return _weekday(named[-1]) if named else None
        leave_day, back_day = day_near(first), day_near(last)
        if leave_day is not None:  # the day named: the last such weekday, so each day of the trip keeps its name
            start_day = date.fromordinal(start_day.toordinal() - (start_day.weekday() - leave_day) % 7)
            end_day = start_day
        if leave_day is not None and back_day is not None:
            end_day = date.fromordinal(start_day.toordinal() + (back_day - leave_day) % 7)
    departure = datetime(start_day.year, start_day.month, start_day.day, first.minutes // 60, first.minutes % 60)
    arrival = datetime(end_day.year, end_day.month, end_day.day, last.minutes // 60, last.minutes % 60)
    if arrival <= departure:
        return None
    return departure.isoformat(timespec="minutes"), arrival.isoformat(timespec="minutes")


# --- wage, additions and premiums ---------------------------------------------------------------------------

_WAGE_WORDS = re.compile(r"\b(premium|bonus|wage|hourly|an hour|per hour|an hr|per hr|pay(?:ed)?|paid|make|earn|rate|before tax\w*|"
                         r"leader|lead|payroll|how much extra)\b", re.I)  # ('how much extra am i getting on the payroll?')
_ORDINAL_NTH = re.compile(r"\b(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th)\b[^.?!]{0,30}?\b(semester|term|time|"
                          r"quarter|year|season)\b|"
                          # ('got my 1st <premium> bonus last spring'; not 'my first fall I got the 25-cent bonus')
                          r"\b(?:my|her|his|their|the)\s+(first|1st|second|2nd|third|3rd)\s+(?:[\w-]+\s+)?(bonus|premium)\b", re.I)
_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5}


_SEASON_WORD = r"(?:fall|spring|summer|winter|autumn)"
_PAST_PERIODS = re.compile(rf"\b(?:qualified(?:\s+for\s+(?:the|an|my)?\s*[\w ]{{0,25}}?premium)?|(?:got|received|earned|was paid|hit|made)\s+"
                           rf"(?:it|(?:the|an|my)?\s*[\w ]{{0,25}}?premium)|"
                           # 'first qualifying sem was fall 24'
                           rf"(?:(?:first|1st|second|2nd)\s+)?qualifying\s+(?:sem|semester|term|period)s?\s+(?:was|were|is|:)|"
                           # 'I previously met the experience premium requirements in spring 2025 and fall 2025'
                           rf"(?:met|hit|made)\s+(?:the|its|all the)?\s*[\w ]{{0,25}}?(?:requirements|reqs|criteria|conditions))(?:\s+for\s+the\s+(?:first|1st)\s+time)?\s+(?:in\s+)?(?:the\s+)?(?P<list>(?:(?:last|my|of my|her|of her|his|of his|their|first|second|third|"
                           rf"freshman|sophomore|junior|year|'\d\d|\d{{4}}|\d\d(?!\s*(?:hours?|hrs?|shifts?|%|\.\d))|and|again|also|in|,|\s)+|"
                           rf"{_SEASON_WORD})+)", re.I)


# A past period named before what was earned in it: 'freshman fall i hit the bonus', 'spring '25 I got the premium'.
_SEASON_FIRST = re.compile(rf"\b{_SEASON_WORD}\b[^.?!;]{{0,30}}?\b(?:i|we|she|he|they)\s+(?:hit|got|earned|made|received|"
                           rf"qualified for|was paid)\s+(?:the|an|my|her|his|their)?\s*[\w ]{{0,25}}?\b(?:premium|bonus)\b", re.I)


_PERIOD_MISSED = re.compile(r"\s*(?:'?\d\d|\d{4})?\s*,?\s*(?:(?:i|we|she|he|they)\s+(?:(?:was|were)\s+(?:abroad|away|off|out|gone|not)|"
                            r"wasn'?t|weren'?t|didn'?t|did not|missed|skipped)\b|(?:abroad|away|off)\b|(?:not|no)\b)", re.I)


def _past_periods(text: str) -> int:
    """How many earlier periods the member says they qualified in ('qualified fall '15 and spring '16' is two,
    'qualified for the premium in the fall of my first year' one); 0 when none is said."""
    total = 0
    for match in _PAST_PERIODS.finditer(text):
        before = text[max(0, match.start() - 12):match.start()]
        if re.search(r"\b(?:not|n't|never)\s*$", before, re.I):
            continue
        start = match.start("list")
        total += sum(1 for season in re.finditer(rf"\b{_SEASON_WORD}\b", match.group("list"), re.I)
                     # not 'spring 25 i was abroad' inside 'first qualifying sem was fall 24, spring 25 i was abroad'
                     if not _PERIOD_MISSED.match(text, start + season.end()))
        counted = re.match(r"\s*(?:in\s+)?(?:my|the)?\s*(?:first\s+)?(?P<n>one|two|three|four|\d)\s+(?:earlier\s+|previous\s+|prior\s+|past\s+|other\s+|separate\s+)?"
                           r"(?:semesters|terms|periods)\b",
                           text[match.end("list") - len(match.group("list")):], re.I)
        if counted:  # 'I met the experience premium requirements in my first two semesters'
            total = max(total, int(number(counted.group("n"))))
    if not total:  # 'freshman fall i hit the bonus. freshman spring … no bonus': the season said first
        for sentence in re.split(r"(?<=[.!?;])\s+", text):
            if _SEASON_FIRST.search(sentence) and not re.search(r"\bthis\b", sentence, re.I):
                total += 1
    return total


def _listed_durations(q: Question) -> float | None:
    """Hours of lengths of time written as one list ('2 h 45 min, 3 h 30 min and 4 h 15 min'), every one of the question's
    lengths of time in it; None otherwise."""
    lengths = q.amounts_in("hours", "minutes")
    if len(lengths) < 2 or not all(re.fullmatch(r"\s*(?:,|and|,\s*and|\+|plus|&)\s*", q.text[a.end:b.start], re.I)
                                   for a, b in zip(lengths, lengths[1:], strict=False)):
        return None
    return round(sum(a.value / 60 if a.unit == "minutes" else a.value for a in lengths), 4)


def _wage_terms(spec: dict[str, Any]) -> list[str]:
    words = [str(w) for a in spec.get("additions", []) for w in [a["name"], *a.get("words", [])]]
    premium = spec.get("premium") or {}
    return words + [str(w) for w in [premium.get("name", ""), *premium.get("words", [])] if w]


def wage_score(q: Question) -> float:
    asked = q.asked()
    if re.search(r"\b(how much|what(?:'s| is|s| should| will)?\b[^.?!]{0,45}\b(?:pay|paycheck|paycheque|rate|wage|premium|bonus|make|gross|"
                 r"hourly)|"
                 r"do i (?:\w+ )?get|will i get|am i owed|am i getting|should (?:i|she|he|they) (?:have )?(?:get|got|gotten)|"
                 r"how many (?:more )?(?:hours|hrs)|what should it (?:have )?be(?:en)?|(?:is|was) (?:that|it|this) right|"
                 r"short-?chang\w*|underpaid)\b", asked, re.I) and \
            (_WAGE_WORDS.search(asked) or re.search(r"\b(premium|bonus|wage|pay)\b", q.text, re.I)):
        return 1.5  # ('this is my first semester qualifying for the <premium> pay … how much am I gonna get?')
    return 0.0


def _premium_met(premium: dict[str, Any], hours: float | None, counts: dict[str, float]) -> bool:
    """Whether nothing told rules the premium out (too few hours, too few of a condition's shifts): then which
    period of it this is decides the rate."""
    threshold = premium.get("min_hours")
    if threshold is not None and hours is not None and hours < float(threshold):
        return False
    return all(counts.get(str(c["what"]), float(c.get("at_least", 1))) >= float(c.get("at_least", 1))
               for c in premium.get("conditions", []))


_WEEKS_COUNTED = re.compile(r"\b(?:all\s+(?:of\s+)?(?:the\s+)?)?(?P<w>\d{1,2}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen)\s+"
                            r"(?:regular\s+|full\s+|normal\s+)?weeks\b", re.I)
# 'Tuesdays and Thursdays 11:00-2:00', 'Sundays 5:00-8:30 pm': days named in the plural before a clock range, each a week
_WEEKLY_DAYS = re.compile(rf"\b((?:{DAY_NAME}s?(?:\s*(?:,|and|&|\+)\s*)?)+)\s*(?:from\s+)?$", re.I)


def _weeks_of_a_pattern(q: Question) -> float | None:
    """A period's hours from a weekly pattern times its weeks ('two 4 hr shifts a week … all 14 regular weeks';
    'Tuesdays and Thursdays 11:00-2:00 plus Sundays 5:00-8:30 pm, for 13 regular weeks'), plus shifts told apart
    from it ('plus 2 four-hour shifts during finals week'); None unless both a weekly pattern and a count of weeks
    are told, and no meal break is (which shift it comes off is not said)."""
    weeks = _WEEKS_COUNTED.search(q.text)
    if weeks is None or _meal_taken(q):
        return None
    sized = list(_SIZED_SHIFTS.finditer(q.text))
    weekly = sum(number(m.group("n")) * number(m.group("h")) for m in sized if m.group("week"))
    if not weekly:
        for first, second in zip(q.clocks, q.clocks[1:], strict=False):
            between = q.text[first.end:second.start]
            days = _WEEKLY_DAYS.search(q.text[max(0, first.start - 60):first.start])
            if _RANGE_END.search(between) and len(between) < 6 and days and re.search(r"days\b", days.group(1), re.I):
                named = {m.group(1).lower()[:3] for m in re.finditer(rf"\b{DAY_NAME}\b", days.group(1), re.I)}
                weekly += len(named) * _hours_between(first, second)
    if not weekly:
        return None
    others = sum(number(m.group("n")) * number(m.group("h")) for m in sized if not m.group("week"))
    return round(weekly * number(weeks.group("w")) + others, 4)


def _role_pattern(spec: dict[str, Any]) -> str:
    """Any name of a role the wage rules add to the rate, as one alternation ('' when there is none)."""
    return "|".join(rf"(?<!\w){re.escape(str(w))}(?!\w)" for a in spec.get("additions", []) for w in [a["name"], *a.get("words", [])])


_SHIFTS_EACH = re.compile(rf"\b(?P<n>{_COUNT_WORD})\s+(?:[\w-]+\s+){{0,3}}?shifts?\b(?P<mid>[^.;?!\d]{{0,40}}?)\(?\s*"
                          rf"(?P<h>\d+(?:\.\d+)?)\s*(?:hrs?|hours?)\s+each\b\)?", re.I)


def _shifts_of_each(q: Question, spec: dict[str, Any]) -> list[tuple[float, float, bool]] | None:
    """(count, hours, said to be in the role) for each 'N shifts … X hrs each' of the story ('3 <station> shifts as the
    <role>, 3.5 hrs each, plus 2 <other station> shifts (2 hrs each) where im not a <role>'); None where there is none."""
    role_pattern = _role_pattern(spec)
    found = list(_SHIFTS_EACH.finditer(q.text))
    if not found:
        return None
    # ('as the leader': a role named by the last word of its name, after 'as the')
    short = "|".join(sorted({re.escape(str(w).split()[-1]) for a in spec.get("additions", []) for w in [a["name"], *a.get("words", [])]}))
    role = "|".join(p for p in (role_pattern, rf"\bas\s+(?:the|a|an)\s+(?:{short})\b" if short else "") if p)
    told: list[tuple[float, float, bool]] = []
    for m, after in zip(found, [*found[1:], None], strict=True):
        said = m.group("mid") + q.text[m.end():after.start() if after else len(q.text)].split(".")[0]
        in_role = bool(role) and bool(re.search(role, said, re.I)) and not re.search(
            rf"\bnot\s+(?:as\s+)?(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+)?(?:{short or role_pattern})", said, re.I)
        told.append((number(m.group("n")), float(m.group("h")), in_role))
    return told


def _hours_by_role(q: Question, spec: dict[str, Any], amounts: list[Amount]) -> tuple[list[Amount], list[Amount]]:
    """The amounts of hours told as worked in a role, and those told as worked somewhere else: '8 hrs as <the role>
    and 6 hrs on the line' (the role's addition is for its own hours only); 'two 4-hour shifts as <the role> … a 6-hour
    line shift' (shifts counted, a role named after)."""
    role_pattern = _role_pattern(spec)
    if not role_pattern:
        return [], []
    in_role = [a for a in amounts if re.match(
        rf"\s*(?:hrs?|hours?)?\s*(?:shifts?\s+)?(?:as|doing)\s+(?:a\s+|the\s+|my\s+)?(?:[\w-]+\s+)?(?:{role_pattern})",
        q.text[a.end:a.end + 50], re.I)]
    elsewhere = [a for a in amounts if a not in in_role and re.match(
        r"\s*(?:hrs?|hours?)?\s*(?:(?:on|at|in|doing)\s+(?:a\s+|the\s+|my\s+)?[a-z]|(?:[\w-]+\s+){0,3}shifts?\b|"
        r"(?:regular|normal|usual)\s+[a-z])",  # '5 hrs regular <station>'

        q.text[a.end:a.end + 30], re.I)]
    return in_role, elsewhere


# The money a shift pays, asked: 'how much do i get paid for the shift?', 'what will I make for that shift?' (not 'do i
# still get the paid 10 min break on my 4 hr shift?').
_SHIFT_PAY_ASKED = re.compile(r"\b(?:how much|what)\s+(?:do|will|would|should|did)\s+(?:i|we|she|he|they)\s+(?:get\s+)?"
                              r"(?:paid|make|earn|gross)\b[^.?!]{0,25}\bshift\b", re.I)


def wage_extract(q: Question, rules: Rules) -> Extraction:
    """Rate, pay or premium from the wage rules: the roles the member holds, which period of the
    premium this is ('the second semester I've qualified'; 'got it for the first time last fall …
    this spring' is the second), the hours of the period and the counts its conditions need."""
    if not rules.has("pay", "wage"):
        return None
    spec = rules.get("pay", "wage")
    terms = _wage_terms(spec)
    if re.search(r"\b(?:bonus|premium)\b", q.text, re.I):
        # ('… 2+ shifts <the condition's week> … what should the bonus be': the premium by its conditions' words)
        terms += [str(w) for c in (spec.get("premium") or {}).get("conditions", []) for w in c.get("words", [])]
    if not any(re.search(rf"(?<!\w){re.escape(t)}(?!\w)", q.text, re.I) for t in terms) and \
            not re.search(r"\b(base|hourly) (?:wage|pay|rate)\b|\bpaid an hour\b|\bmake an hour\b", q.text, re.I) and \
            not ((_joined_ranges(q) or listed_total(q.amounts_in("hours")) is not None or _listed_durations(q) is not None
                  # 'had a 6 hr shift … how much do i get paid for the shift?': one shift's length, its money asked
                  or (any(q.near(a, r"^[\s-]*shift\b", before=0, after=8) for a in q.amounts_in("hours"))
                      and _SHIFT_PAY_ASKED.search(q.asked()) is not None))
                 and re.search(r"\b(gross|pay|paid|make|earn)\b", q.asked(), re.I)):  # a week of shifts, as times or hours
        return None
    # ('One of our <role holders> worked 140 hours': the role, said of one of them)
    roles = [a["name"] for a in spec.get("additions", [])
             if q.affirms("|".join(rf"(?<!\w){re.escape(str(w))}s?(?!\w)" for w in [a["name"], *a.get("words", [])]))]
    only_premium = re.search(r"\bhow much\s+(?:\w+\s+){0,2}?(?:premium|bonus)\b|\b(?:premium|bonus)\s+total\b|"
                             r"\btotal\s+(?:premium|bonus)\b", q.asked(), re.I) or (
        # 'the premium on my check only came to $64 … what should it have been??': the premium paid, checked
        re.search(r"\bwhat should it (?:have )?be(?:en)?|\b(?:is|was) (?:that|it|this) right|short-?chang\w*|underpaid", q.asked(), re.I)
        and re.search(r"\b(?:premium|bonus)\b[^.?!]{0,40}\$|\$\d+(?:\.\d\d)?[^.?!]{0,20}\b(?:premium|bonus|extra)\b|\bgave me \$", q.text, re.I))
    if roles and re.search(r"\b(?:on|as|in)\s+(?:a\s+|the\s+|my\s+)?regular\b|\bregular\s+(?:shifts?|hours|line|duties|work)\b|"
                           r"\bnot\s+as\s+(?:a\s+|the\s+)?", q.text, re.I) and not re.search(r"\ball (?:of )?my hours\b", q.text, re.I) \
            and not all(_hours_by_role(q, spec, q.amounts_in("hours"))):  # '8 hrs as <the role>, 6 hrs at the deli': told apart
        if not only_premium:
            return None  # 'tues as the student leader, thurs on regular dish line': the role's addition is not for every hour
        roles = []  # 'how much premium total?': the premium is on every hour, whatever the role
    premium = spec.get("premium") or {}
    premium_words = [str(w) for w in [premium.get("name", ""), *premium.get("words", [])] if w]
    mentions_premium = bool(premium_words) and any(re.search(rf"(?<!\w){re.escape(w)}", q.text, re.I) for w in premium_words)
    asked = q.asked()
    # ('… spring i only did like 96 hrs so no bonus': a bare 'no' in the story is about that period; only where it asks
    # does it set the premium aside)
    # ('before any experience pay': the premium by one of its names)
    premium_names = "|".join(["premium", "bonus", *(re.escape(w) for w in premium_words)])
    without = bool(re.search(r"\b(before|without|not counting|not including|excluding|leave out|leaving out|minus|ignore|ignoring)\b"
                             rf"[^.?!]{{0,20}}\b(?:{premium_names})", q.text, re.I)
                   or re.search(r"\bno\b[^.?!]{0,20}\b(premium|bonus)", asked, re.I))
    nth = None
    for m in _ORDINAL_NTH.finditer(q.text):
        if (m.group(2) or "").lower() == "year" and re.search(r"\bmy\s*$", q.text[max(0, m.start() - 10):m.start()], re.I):
            continue  # 'the fall of my first year': a year of school, not the premium's period
        nth = _NTH[(m.group(1) or m.group(3)).lower()]
        around = q.text[m.start():m.end() + 30]
        said_before = re.split(r"[.;!?]\s", q.text[:m.start()])[-1]
        later = re.search(rf"\bthis\s+(?:{_SEASON_WORD}|semester|term|year)\b|\b(?:then|now)\b|\b(?:{_SEASON_WORD})\s+(?:19|20)?\d\d\b",
                          q.text[m.end():], re.I)
        if re.search(r"\b(last|previous|before|already|ago)\b", around, re.I) or \
                re.search(r"\bwas\s+(?:the|my)\s*$", said_before, re.I) and not re.search(r"\bthis\b", said_before, re.I) and later:
            nth += 1  # 'got it for the first time last fall', 'fall 2025 was the first semester I met … this spring': the next
        else:
            # 'the first semester i qualified was fall 2025 … this past spring i worked …': the period asked about is
            # another season than the one that ordinal names, so it is a later one
            sentence = re.split(r"[.;!?]\s", q.text[m.start():])[0]
            # ('I qualified for the experience premium in fall 2016 (first time ever). This spring 2017 …': the season
            # may be told before the ordinal, in its sentence)
            whole = re.split(r"[.;!?]\s", q.text[:m.start()])[-1] + sentence
            its_season = {(w.lower(), _year_of(y)) for w, y in re.findall(
                # ('so fall 2025 i got the experience premium for the first time': the season starts the sentence)
                rf"(?:\b(?:was|in)\s+(?:in\s+)?(?:the\s+)?|^\W*(?:so\s+|and\s+|well\s+)?)({_SEASON_WORD})\b(?:\s+(?:of\s+)?'?(\d{{2}}|\d{{4}})\b)?",
                whole, re.I)}
            rest = q.text[m.start() + len(sentence):]
            # ('… first time in fall 2025. … This fall she has 124 hours': 'this fall' is this year's)
            others = {(w.lower(), _year_of(y) or (q.today.year if this else None)) for this, w, y in re.findall(
                rf"(\bthis\s+)?\b({_SEASON_WORD})\b(?:\s+(?:of\s+)?'?(\d{{2}}|\d{{4}})\b)?", rest, re.I)}
            # another season, or the same season of another year ('first time in Fall 2025 … This Fall 2026')
            if its_season and others and all(not any(w == ow and (y is None or oy is None or y == oy) for ow, oy in others)
                                             for w, y in its_season) or re.search(
                    # 'qualified … the fall before that (first time)'
                    rf"\bthe\s+(?:{_SEASON_WORD}|semester|term)\s+before\s+(?:that|this|then)\b", whole, re.I):
                nth += 1
        break
    told_tiers = nth is None
    times_before = re.search(r"\b(?:qualified|got|received|earned|had|hit|made|met)\b[^.?!]{0,30}?\b(once|twice|three times|(\d) times)\s+"
                             r"(?:before|already|previously|prior)\b", q.text, re.I)
    if times_before:  # 'I've only qualified twice before, my very first semester (fall '24) and last spring': the third
        nth = ({"once": 1, "twice": 2, "three times": 3}.get(times_before.group(1).lower()) or int(times_before.group(2))) + 1
    for tier in premium.get("tiers", []):  # 'I got the 25-cent premium for fall': that tier was the last one
        cents = int(round(float(tier["per_hour"]) * 100))
        said = re.search(rf"\b(?:got|received|earned|had|was paid|made)\b[^.?!]{{0,70}}?(?:\b{cents}[- ]?(?:cents?|¢)|"
                         rf"\$0?\.{cents:02d}\b)", q.text, re.I)
        if said and told_tiers:  # '… got the 25-cent bonus … got the bonus again at 50 cents': the highest told
            nth = max(nth or 0, int(tier["nth"]) + 1)
    if nth is not None and not mentions_premium:  # '3rd semester I've hit the 110 hrs + 2 finals week shifts'
        condition_words = [str(w) for c in premium.get("conditions", []) for w in c.get("words", [])]
        mentions_premium = any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", q.text, re.I) for w in condition_words)
    # The period's hours, not the premium's own threshold quoted back ('hit the 110 hrs + 2 finals shifts');
    # where several periods' hours are given ('95 hours that spring … this fall I did 118'), the one said of
    # this period, else none rather than a guess.
    threshold = premium.get("min_hours")
    candidates = [a for a in q.amounts if a.unit == "hours" and not (
        a.value == threshold and q.near(a, r"^\s*\+|^\s*or more|\bat least\s*$|\bover\s*$|\bthe\s*$", before=10, after=10))
        and not q.near(a, r"\bat least\s*$|\bover\s*$", before=10, after=0)]
    role_pattern = _role_pattern(spec)
    split = [a for a in candidates if role_pattern and re.match(
        rf"\s*(?:hrs?|hours?)?\s*(?:on|as|in|doing|at)\s+(?:a\s+|the\s+|my\s+)?(?:designated\s+)?(?:regular\b|{role_pattern})",
        q.text[a.end:a.end + 40], re.I)]
    in_role, elsewhere = _hours_by_role(q, spec, candidates)

    def with_count(a: Amount) -> float:
        times = re.search(r"\b(\d|two|three|four|five|six)\s*$", q.text[max(0, a.start - 8):a.start], re.I)
        return a.value * (number(times.group(1)) if times else 1)

    role_hours = None
    part_in_role = re.search(rf"\b(?P<n>\d+(?:\.\d+)?)\s+(?:(?:hrs?|hours?)\s+)?of\s+(?:those|these|them|that|it)\b[^.?!]{{0,30}}?"
                             rf"\b(?:as|doing)\s+(?:a\s+|the\s+|my\s+)?(?:designated\s+)?(?:[\w-]+\s+)?(?:{role_pattern})",
                             q.text, re.I) if role_pattern and roles and not in_role else None
    if part_in_role is not None and len({a.value for a in candidates}) == 1 and float(part_in_role.group("n")) < candidates[0].value:
        # '14 hrs total and 6 of those i was working as <the role>': the role's addition for its part of the hours
        role_hours = float(part_in_role.group("n"))
    if roles and in_role and elsewhere:
        role_hours = sum(with_count(a) for a in in_role)
        total_hours = role_hours + sum(with_count(a) for a in elsewhere)
        restated = [a for a in candidates if a not in in_role and a not in elsewhere]
        if all(abs(a.value - total_hours) < 0.01 for a in restated):  # the week's total said again ('all 14 hours')
            candidates = [replace(candidates[0], value=total_hours)]
            split = []
        else:
            role_hours = None
    each_told = _shifts_of_each(q, spec) if role_hours is None else None
    if each_told is not None and len(each_told) >= 2 and len(each_told) == len({a.value for a in candidates}):
        # '3 <station> shifts as the <role>, 3.5 hrs each, plus 2 <other station> shifts (2 hrs each) where im not a <role>': the
        # week's hours, the role's addition on its own shifts' hours only
        total = round(sum(n * h for n, h, _ in each_told), 4)
        in_role_hours = round(sum(n * h for n, h, in_role_told in each_told if in_role_told), 4)
        candidates, split = [replace(candidates[0], value=total)], []
        if roles and 0 < in_role_hours < total:
            role_hours = in_role_hours
    listed = listed_total(candidates)
    if len(split) >= 2 and len(split) == len(candidates):
        # '96 hrs on regular shifts + 20 hrs in the role': the period's hours in parts, by role
        candidates = [replace(candidates[0], value=sum(a.value for a in split))]
    elif listed is not None:  # 'shifts of 3.5, 3.5, 4 and 2.25 hrs': the period's hours, added up
        candidates = [replace(candidates[0], value=listed)]
    elif len(candidates) == 1 and (shifts_of := re.search(rf"\b(?P<n>{_COUNT_WORD})\s+shifts?\s+(?:of|at)\s*$",
                                                          q.text[max(0, candidates[0].start - 25):candidates[0].start], re.I)):
        # 'worked 6 shifts of 3.5 hrs this pay period': the period's hours
        candidates = [replace(candidates[0], value=number(shifts_of.group("n")) * candidates[0].value)]
    elif len(candidates) == 1 and re.match(r"\s*(?:hrs?|hours?)?\s*each\b", q.text[candidates[0].end:], re.I) and (
            shifts_each := re.search(rf"\b(?P<n>{_COUNT_WORD})\s+shifts?\b(?:(?!\d)[^.?!]){{0,40}}$",
                                     q.text[max(0, candidates[0].start - 50):candidates[0].start], re.I)):
        # 'worked 3 shifts this week, 3.5 hrs each': the period's hours
        candidates = [replace(candidates[0], value=number(shifts_each.group("n")) * candidates[0].value)]
    elif (joined := _listed_durations(q)) is not None:  # 'three shifts: 2 h 45 min, 3 h 30 min and 4 h 15 min'
        candidates = [Amount(joined, "hours", "", 0, 0)]
    elif (weekly := _weeks_of_a_pattern(q)) is not None:
        candidates = [Amount(weekly, "hours", "", 0, 0)]  # 'two 4 hr shifts a week … all 14 regular weeks, plus …'
    elif len(candidates) >= 2 and (each_day := _told_by_day(q, candidates)) is not None:
        # '3 hours Monday, 4 hours Wednesday and 2.5 on Saturday': the week's days, added up
        candidates = [Amount(round(sum(a.value for _, a in each_day), 4), "hours", "", 0, 0)]
    elif len(candidates) >= 2 and (story := _story(q)) is not None and len(story.days) >= 3 \
            and all(d.leave is None for d in story.days):
        # 'Monday 3.5 hours, Wednesday 4, Friday 2.75 and then Sunday brunch 5 hours': days' hours, some without their unit
        candidates = [Amount(round(sum(d.hours for d in story.days), 4), "hours", "", 0, 0)]
    asked_period = re.search(rf"\b({_SEASON_WORD})\s+((?:19|20)\d\d)\b", q.asked(), re.I) or re.search(
        rf"\bfor\s+(?:the\s+)?({_SEASON_WORD})\s+((?:19|20)\d\d)\b", q.text, re.I)  # '… a $64.00 bonus for Spring 2026. Is that right?'
    if len({a.value for a in candidates}) > 1 and asked_period:  # '… In Spring 2026 I worked 128 hours … for Spring 2026?'
        same = [a for a in candidates if re.search(rf"\b{asked_period.group(1)}\s+{asked_period.group(2)}\b",
                                                   re.split(r"[.;!?]\s", q.text[:a.start])[-1] + q.text[a.start:].split(". ")[0],
                                                   re.I)]
        if len({a.value for a in same}) == 1:
            candidates = same
    asked_at = q.asked_at()
    asked_hours = {a.value for a in q.amounts_in("hours") if 0 <= asked_at <= a.start}
    if len({a.value for a in candidates}) > 1 and len(asked_hours) == 1 and asked_hours <= {a.value for a in candidates}:
        # 'worked 14.5 hrs … (also a 2 hr training, paid separately) … my pay for the 14.5 hrs?': the hours asked about
        candidates = [a for a in candidates if a.value in asked_hours]
    if len({a.value for a in candidates}) > 1:
        period = str(premium.get("period", "period"))
        current = [a for a in candidates if re.search(
            rf"\bthis\s+(?:{re.escape(period)}|term|fall|spring|summer|winter)\b",
            re.split(r"[.;!?]", q.text[:a.start])[-1] + re.split(r"[.;!?,()]", q.text[a.start:a.end + 40])[0], re.I)]
        candidates = current if len({a.value for a in current}) == 1 else []
        if not candidates:
            return None
    hours = candidates[0].value if candidates else None
    told_length = hours is not None  # the hours as the member told them, a meal break not yet taken off
    shifts = _joined_ranges(q)
    if hours is None and shifts and re.search(r"\b(gross|pay|paid|make|earn|owed|before tax\w*)\b", asked, re.I):
        # 'Mon 11:00–14:00, Wed 1700–2100 and Sat 9am–1pm': the week's shifts, less an unpaid meal break taken
        hours = round(sum(shifts) - _meal_taken(q) / 60, 4)
        if hours <= 0:
            return None
        if roles and role_hours is None and role_pattern:
            # 'mon 6:30-10am as <the role>, wed 4:30-9pm on <a station> (took the unpaid 30 min meal brake), sat 10am-2pm
            # <a station>': the role's addition on the ranges told with it, each less a meal break said in its own clause
            by_range = _ranges_in_role(q, role_pattern)
            if by_range is not None and 0 < by_range < hours:
                role_hours = by_range
    if hours is not None and premium and re.search(r"\bhow many (?:more )?(?:hours|hrs)\b[^.?!]{0,40}\b(?:need|left|to go|to hit|"
                                                   r"to get|to qualify|until)\b|\bhow (?:many|much) more\b", asked, re.I):
        return Inputs({"ask": "hours_needed", "hours": hours, "roles": roles})  # 'at 96 hours, how many more to qualify?'
    counts: dict[str, float] = {}
    for condition in premium.get("conditions", []):
        words = "|".join(re.escape(str(w)) for w in condition.get("words", []))
        unit = re.escape(str(condition.get("unit", "")).rstrip("s"))
        # ('2 three-hour shifts in finals week': a shift's length may stand between the count and the unit)
        told = list(re.finditer(rf"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w.]+[- ]?(?:hours?|hrs?|h)\s+)?"
                                rf"{unit}s?\b[^.?!]{{0,40}}?(?:{words})", q.text, re.I))
        # this period's count, where an earlier period's is told too ('last spring only one shift … this fall three')
        this = [m for m in told if re.search(r"\bthis\s+(?:fall|spring|summer|winter|semester|term)\b",
                                             re.split(r"[.;!?]\s", q.text[:m.start()])[-1], re.I)]
        counted: re.Match[str] | None = (this or told)[-1] if (this or told) else None
        if counted:
            counts[str(condition["what"])] = number(counted.group(1))
        elif re.search(rf"\b(?:no|not|didn'?t|did not|never|zero|none|missed)\b[^.?!]{{0,30}}?\b{unit}s?\b[^.?!]{{0,30}}?(?:{words})",
                       q.text, re.I):
            counts[str(condition["what"])] = 0  # 'I did NOT work any shifts during the last week'
    earlier = re.search(r"\b(\d|zero|no|one|two|three|four)\s+(?:earlier|previous|prior|past|other)\s+(?:semesters?|terms?|periods?|"
                        r"quarters?|years?)\b", q.text, re.I)
    if nth is None and earlier:  # '2 earlier semesters earned' (the reply to the question asked below)
        nth = (0 if earlier.group(1).lower() in ("zero", "no") else int(number(earlier.group(1)))) + 1
    if nth is None and re.search(r"\b(?:the\s+)?only\s+other\s+(?:semester|term|period|quarter|time)\b[^.?!]{0,40}"
                                 r"\b(?:qualif\w*|earned|got|received|met|made)\b", q.text, re.I):
        nth = 2  # 'The only other semester she ever qualified for the premium was fall 2024': this one is the second
    if (nth is None or nth == 2) and mentions_premium:  # 'qualified fall '15 and spring '16, … this spring I'm qualifying again': the third
        # (also after 'the first qualifying semester was spring 24 … qualified again spring 25': more than the first)
        past = _past_periods(q.text)
        if past and (nth is None or past + 1 > nth):
            nth = past + 1
    if nth is None and mentions_premium:  # 'I already got the experience premium once': this one is the second
        times = re.search(r"\b(?:already\s+)?(?:got|received|earned|had|qualified(?:\s+for)?|met)\b[^.?!]{0,40}?"
                          r"\b(once|twice|three times|(\d)\s+times)\b", q.text, re.I)
        if times:
            nth = {"once": 1, "twice": 2, "three times": 3}.get(times.group(1).lower()) or int(times.group(2))
            nth += 1
    if re.search(r"\beffective\s+(?:hourly|rate|pay)|\btotal\s+hourly\b|\ball[- ]in\s+(?:hourly|rate)\b", asked, re.I):
        ask = "rate"  # 'base + leader pay + the premium, what's my effective hourly?'
    elif only_premium and mentions_premium and not without:
        ask = "premium"  # 'how much premium total?'
    elif premium_words and not without and any(re.search(rf"(?<!\w){re.escape(w)}", asked, re.I) for w in premium_words) \
            and not re.search(r"\b(?:total|gross|pay be|pay for|wages?|hourly|an hour|per hour|rate)\b", asked, re.I):
        ask = "premium"  # 'what experience premium should show up on their next paycheck?': the premium named is asked
    elif without or (re.search(r"\b(total|pay be|pay for|paycheck|paycheque|make for|earn for|pay this|gross|before tax\w*|"
                               # 'how much do I get paid for that shift at base rate?': the shift's pay, at that rate
                               r"paid for (?:that|this|the|my|those|these))\b", asked, re.I) and hours):
        ask = "pay"  # ('whats my gross before the <premium> stuff?' with the period's hours told)
    elif re.search(r"\b(hourly|an hour|per hour|an hr|per hr|rate)\b", asked, re.I) and not re.search(r"\b(premium|bonus)\b", asked, re.I):
        ask = "rate"
    elif mentions_premium and re.search(r"\b(premium|bonus|experience|how much|get|got|gotten)\b", asked, re.I):
        ask = "premium"
    elif hours and re.search(r"\b(pay|paid|make|earn)\b", asked, re.I):
        ask = "pay"
    elif re.search(r"\b(?:make|earn|gross|get paid)\b[^.?!]{0,25}\b(?:this|that|last|the|a|per|each)\s+(?:week|wk|pay ?period|"
                   r"month|semester|term|shift)\b|\bbefore tax", asked, re.I):
        ask = "pay"  # 'worked 4 shifts this week. how much do i make this week before taxes?': the week's hours decide it
    else:
        ask = "rate"
    if ask == "premium" and hours is None and re.search(r"\bhow many (?:hours|hrs)\b[^.?!]{0,30}\b(?:need|have to|must|required)\b",
                                                         q.text, re.I):
        return None  # 'how many hours do I need for the premium, and how much is it?' asks the conditions
    if ask in ("pay", "premium") and hours is None:
        what = "hours worked this " + str(premium.get("period", "period")) if ask == "premium" else "hours worked"
        return Ask([what], f"How many hours did you work ({what})?", {"ask": ask})
    met = q.affirms(r"\b(?:hit|met|meet|meeting|made|making|satisf\w*)\b[^.?!]{0,30}\b(?:req\w*|criteria|conditions?)\b|"
                    r"\bqualif(?:ied|ying|ies)\b")  # 'the 3rd semester i hit the experience premium reqs'
    if ask == "premium" and not without and not met:
        for condition in premium.get("conditions", []):  # a condition the question never touches is asked, not assumed
            named = [str(w) for w in condition.get("words", [])]
            if str(condition["what"]) not in counts and not any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", q.text, re.I)
                                                                for w in named):
                unit = str(condition.get("unit", "times"))
                return Ask([str(condition["what"])], f"How many {unit} did you work in the {named[0] if named else 'period'}? "
                           f"The premium needs at least {condition.get('at_least', 1):g}.",
                           {"ask": ask, "hours": hours, "roles": roles}, rule=premium)
    params: dict[str, Any] = {"ask": ask, "roles": roles, "without_premium": without}
    if hours is not None:
        params["hours"] = hours
    if ask == "pay" and told_length and rules.has("pay", "wage", "unpaid_meal") and (meal := _meal_taken(q)):
        params["meal_minutes"] = meal  # 'had a 5 hr shift … took the 30 min meal break': the shift less the unpaid meal
    if role_hours is not None and ask == "pay":
        params["role_hours"] = role_hours
    if nth is not None and (mentions_premium or ask == "premium"):
        params["nth"] = nth
    elif ask == "premium" and len(premium.get("tiers", [])) > 1 and _premium_met(premium, hours, counts):
        # the premium grows with each period earned: which one this is decides it, and nothing says so
        period = str(premium.get("period", "period"))
        return Ask([f"earlier {period}s earned"], f"How many earlier {period}s did you earn the {premium.get('name', 'premium')} "
                   f"in (0 if this is the first)? Its rate depends on it.", params, rule=premium)
    elif ask == "premium":
        params["nth"] = 1
    if counts:
        params["condition_counts"] = counts
    return Inputs(params)


# --- severance ---------------------------------------------------------------------------------------------

_SEVERANCE = re.compile(r"\b(severance|termination (?:benefit|pay)|separation pay)\b", re.I)
_LATER_LAY_OFF = re.compile(r"\b(second|2nd|third|3rd|another|subsequent|later)\s+lay[- ]?offs?\b|\blaid off (?:again|before|twice)\b|"
                            r"\blaid off (?:for )?the (?:second|2nd|third|3rd|fourth|4th) time\b|"
                            r"\b(?:second|2nd|third|3rd) time (?:\w+\s+){0,3}?laid off\b", re.I)


def severance_score(q: Question) -> float:
    """'12 years and 73 days, first lay-off, $30 an hour: how much severance?'"""
    if re.search(r"\b(?:does|do|would|will)\s+(?:it|that|this|those|the|my)(?:\s+(?:time|service|years?|period|months?))?\s+count\b", q.asked(), re.I) and not re.search(
            r"\bhow (?:much|many)\b", q.asked(), re.I):
        return 0.0  # 'does that time count for severance?' asks the rule
    return 2.8 if _SEVERANCE.search(q.asked()) and q.amounts_in("years") else 0.0


def severance_extract(q: Question, rules: Rules) -> Extraction:
    if not rules.has("pay", "severance"):
        return None
    years = q.amounts_in("years")
    days = [a for a in q.amounts_in("days") if years and 0 < a.start - years[0].end <= 25]
    params: dict[str, Any] = {"years": int(years[0].value), "days": int(days[0].value) if days else 0,
                              "first_lay_off": not _LATER_LAY_OFF.search(q.text)}
    # Another end of employment the contract pays severance for, named by the words its rules give ('passed away').
    for name, ending in (rules.get("pay", "severance").get("endings") or {}).items():
        if any(re.search(rf"\b{re.escape(str(word))}\b", q.text, re.I) for word in ending.get("words", [])):
            params["ending"] = str(name)
            break
    rate = _hourly_rate(q)
    if rate is not None:
        params["hourly_rate"] = rate
    deduct = rules.get("pay", "severance").get("unpaid_leave")
    leave = _UNPAID_LEAVE.search(q.text)
    if deduct and leave and not q.affirms(r"\b(?:illness|ill|sick|sickness|medical)\b"):
        amount = int(number(leave.group("n") or leave.group("n2")))
        unit = (leave.group("unit") or leave.group("unit2")).lower()
        params["unpaid_leave_days"] = amount * {"d": 1, "w": 7, "m": 30, "y": 365}[unit[0]]
        if unit.startswith(("m", "y")):
            q.assumptions.append(f"I counted the {amount} {unit} of unpaid leave as {params['unpaid_leave_days']} days.")
    return Inputs(params)


# 'a 150-day unpaid leave', '5 months of leave without pay', 'LWOP for 4 months'
_UNPAID_LEAVE = re.compile(r"\b(?P<n>\d{1,4})[- ](?P<unit>days?|weeks?|months?|years?)\s+(?:of\s+)?(?:an?\s+)?"
                           r"(?:unpaid|lwop|leave without pay)\b|"
                           r"\b(?:unpaid leave|leave without pay|lwop)\b[^.?!]{0,15}?\b(?P<n2>\d{1,4})\s*(?P<unit2>days?|weeks?|"
                           r"months?|years?)\b", re.I)


# --- acting in a higher classification ----------------------------------------------------------------------

_ACTING = re.compile(r"\b(?:acting(?: in capacity| capacity)?|act(?:ing)? up|out[- ]of[- ]class(?:ification)?|"
                     r"higher class(?:ification)?)\b", re.I)
_FIRST_STEP = r"\b(?:first step|step (?:1|one)|bottom (?:step )?of (?:the|its|their) (?:pay )?range|range starts|entry step)\b"


def acting_score(q: Question) -> float:
    """'I'm acting as a supervisor, base $30/hr, first step of the higher class is $31.10: what's my rate?'"""
    if not _ACTING.search(q.text):
        return 0.0
    asks = re.search(r"\bwhat (?:rate|hourly|pay)\b|\bwhat should (?:my|i)\b|\bhow much\b|\bwhat(?:'s| is|s) my\b[^.?!]{0,20}"
                     r"\b(?:rate|pay|hourly)\b|\brate should\b|\bpaid\b", q.asked(), re.I)
    return 2.7 if asks and any(a.unit == "dollars" for a in q.amounts) else 0.0


def acting_extract(q: Question, rules: Rules) -> Extraction:
    """The base rate (the amount called base, else the first) and the higher range's first step (the amount
    near 'first step', else the other amount); either missing is asked for in one line."""
    if not rules.has("pay", "acting"):
        return None
    amounts = [a for a in q.amounts if a.unit == "dollars"]
    first = next((a for a in amounts if q.near(a, _FIRST_STEP, before=45, after=10)), None)
    base = next((a for a in amounts if a is not first and q.near(a, r"\b(?:base|my rate|i make|i'm at|im at|current)\b",
                                                                 before=25, after=5)), None)
    others = [a for a in amounts if a is not first and a is not base]
    base = base or (others.pop(0) if others else None)
    first = first or (others.pop(0) if others else None)
    params: dict[str, Any] = {}
    if base is not None:
        params["base_rate"] = base.value
    if first is not None:
        params["first_step"] = first.value
    spec = rules.get("pay", "acting")
    if base is None:
        return Ask(["base rate"], "What is your own base hourly rate?", params, spec.get("rule"))
    if first is None:
        return Ask(["first step of the higher classification"],
                   "What is the first step (hourly) of the higher classification's pay range?", params, spec.get("rule"))
    return Inputs(params)


# --- rest breaks -------------------------------------------------------------------------------------------

_BREAK = re.compile(r"\b(rest )?(?:break|brake)\w*\b", re.I)  # "rest brake", as typed


def _listed_after(q: Question, amounts: list[Amount], word: str) -> list[Amount]:
    """The longest run of `amounts` written as a list ('3 hours, 3.5 hours, 4.25 hours and 2.5 hours': commas and a
    last 'and' between them) whose first follows `word` closely; [] when there is no run of two or more."""
    best: list[Amount] = []
    run: list[Amount] = []
    for amount in amounts:
        if run and re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)", q.text[run[-1].end:amount.start], re.I):
            run.append(amount)
        else:
            run = [amount]
        if len(run) >= 2 and len(run) > len(best) and re.search(word + r"[^.?!,]{0,12}$", q.text[max(0, run[0].start - 30):run[0].start], re.I):
            best = list(run)
    return best


def breaks_score(q: Question) -> float:
    """'Do I get a paid break, and how many minutes?' with the shift's times or length."""
    if not _BREAK.search(q.asked()) or not re.search(r"\bhow (?:many|much|long)\b|\bdo i get\b|\bam i\b|\bminutes\b",
                                                      q.asked(), re.I):
        return 0.0
    first = re.split(r",?\s+and\s+(?:do|does|is|will|would|can|should)\b", q.asked(), maxsplit=1, flags=re.I)[0]
    if first != q.asked() and not _BREAK.search(first) and re.search(r"\bhow much\b[^.?!]{0,30}\b(?:paid|pay|make|earn)\b",
                                                                     first, re.I):
        return 0.0  # 'How much do I get paid for that shift at base rate, and do I still get the 10 min break too?': the pay first
    return 2.4 if len(q.clocks) >= 2 or q.amounts_in("hours") else 0.0


def breaks_extract(q: Question, rules: Rules) -> Extraction:
    if not rules.has("pay", "rest_breaks"):
        return None
    shifts: list[float] = []
    starts: list[int] = []
    shift_days: list[str] = []
    clocks = list(q.clocks)
    while len(clocks) >= 2:  # consecutive pairs of times are the shifts: '10:30 to 2:00 … 11:00 to 2:00'
        first, second = clocks[0], clocks[1]
        minutes = (second.minutes - first.minutes) % (24 * 60)
        if re.search(r"\b(?:to|till|til|until|-|–|through)\b|[-–]", q.text[first.end:second.start], re.I) and minutes:
            shifts.append(round(minutes / 60, 3))
            starts.append(first.start)
            clocks = clocks[2:]
        else:
            clocks = clocks[1:]
    if not shifts:
        # 'worked Monday 3.5 hours, Wednesday 2.5 hours, …', 'fri 3 hrs 15 min' (a length in minutes; not a meal's)
        lengths = sorted([*_hours_worked_amounts(q), *(a for a in q.amounts_in("minutes") if a.value >= 60)], key=lambda a: a.start)
        by_day = _told_by_day(q, lengths)
        if by_day is not None:
            shifts = [a.value / 60 if a.unit == "minutes" else a.value for _, a in by_day]
            starts = [a.start for _, a in by_day]
            shift_days = [day for day, _ in by_day]  # ('a 4-hour shift Friday': the day may follow the length)
        # 'Mon 3 hrs, Tue 3.5, Wed 4 hrs but she took the unpaid 30-min meal break …, Thu 3.25, Fri 2.5': each day with a
        # number after it, the unit written on some
        listed_days = [(m.group(1).lower()[:3], float(m.group("h")), m.start()) for m in re.finditer(
            rf"\b{_DAY_NAME}\s*:?\s*(?P<h>\d{{1,2}}(?:\.\d+)?)(?:\s*(?:hrs?|hours?|h)\b)?(?!\d|\.\d|[:/-]|\s*(?:min|am\b|pm\b|%|\$|-|to\b))",
            q.text, re.I)]
        if len(listed_days) > max(len(shifts), 1) and len({d for d, _, _ in listed_days}) == len(listed_days) \
                and all(0 < h <= 16 for _, h, _ in listed_days):
            shifts = [h for _, h, _ in listed_days]
            starts = [at for _, _, at in listed_days]
            shift_days = [d for d, _, _ in listed_days]
    if not shifts:
        told = q.amounts_in("hours")
        # 'shifts of 3 hours, 3.5 hours, 4.25 hours and 2.5 hours': a list of lengths after the word, each a shift (not
        # 'the 3-hour shift' referred back to after it)
        listed = _listed_after(q, told, r"\bshifts?\b")
        # ('a 4-hour <station> shift': the shift's name between)
        shifts = [a.value for a in listed] if listed else [a.value for a in told if q.near(a, r"\bshift", before=25, after=20)]
    if not shifts:
        return Ask(["shift length"], "How long is your shift (for example '10:30 to 2:00' or '4 hours')?",
                   rule=rules.get("pay", "rest_breaks", "tiers")[0])
    params: dict[str, Any] = {"shift_hours": shifts}
    if rules.has("pay", "rest_breaks", "not_with_meal"):
        meal = _MEAL_BREAK_TAKEN.search(q.text)
        # (not 'she said no 10 min paid break': the rest break refused, not the meal skipped)
        skipped = next((m for m in _SKIPPED_MEAL.finditer(q.text) if not re.search(
            r"\b(?:paid|rest|coffee)\s+(?:break|brake)|\d+\s*min(?:ute)?s?\s+(?:paid\s+)?(?:break|brake)", m.group(0), re.I)), None)
        if skipped is not None and meal is not None and len(shifts) > 1 \
                and re.search(r"[;!?]|\.(?!\d)", q.text[min(meal.end(), skipped.end()):max(meal.start(), skipped.start())]):
            skipped = None  # 'Wednesday … with no meal break. Friday … took an unpaid meal break': each said of its own shift
        if meal is not None and skipped is None:
            if len(shifts) == 1:
                params["meal_shifts"] = [1]
            else:  # 'fri 5-9pm. on fri i … took the unpaid meal brake': the shift of the day named beside it
                sentence = re.split(r"[;!?]|\.(?!\d)", q.text[:meal.start()])[-1] + q.text[meal.start():meal.end()]  # not '3.5'
                named_days = list(re.finditer(rf"\b{_DAY_NAME}\b", sentence, re.I))
                day = named_days[-1] if named_days else None  # the day nearest the meal: '… fri 11am-3pm but on fri i …'
                if day is None or not starts:
                    return None  # which shift had the meal break is not said: the clauses answer
                named = [i for i, at in enumerate(starts, 1)
                         if (m := list(re.finditer(rf"\b{_DAY_NAME}\b", q.text[:at], re.I)))
                         and m[-1].group(1).lower()[:3] == day.group(1).lower()[:3]] if not shift_days else \
                    [i for i, told in enumerate(shift_days, 1) if told == day.group(1).lower()[:3]]
                if len(named) != 1:
                    return None
                params["meal_shifts"] = named
    return Inputs(params)


# 'took the unpaid meal break', 'I take the full 30 min meal break', 'had my lunch break'
_MEAL_BREAK_TAKEN = re.compile(r"\b(?:took|take|taking|takes|had|have|get|got|gets|gave\s+me|gives\s+me|given)\b[^.?!]{0,25}?"
                               r"\b(?:meal|lunch|dinner|supper)\s*"
                               r"(?:break|brake)s?\b", re.I)


# --- vacation pay as a percentage of wages -----------------------------------------------------------------

_VACATION_PAY = re.compile(r"\b(?:vacation|vac|holiday)\s+(?:pay|allowance|percentage|percent|%)|\bvacation\s+(?:pay\s+)?%", re.I)
_GROSS = r"\b(?:gross|wages|earned|earnings|made|T4|income)\b"


def vacation_pay_score(q: Question) -> float:
    """'5 years with this contractor, gross $88,400 this year: what vacation pay should I get?'"""
    if not _VACATION_PAY.search(q.text) or not re.search(r"\bhow much\b|\bwhat(?:'?s)?\b|\bamount\b|\bshould\b", q.asked(), re.I):
        return 0.0
    if q.amounts_in("years", "months"):
        return 2.6
    # 'grossed $2,384.50 last wk incl OT. what % vac pay should be on that?': the service that sets the percent is asked
    return 2.6 if any(q.near(a, r"\bgross\w*\b", before=20, after=15) for a in q.amounts_in("dollars")) else 0.0


_SERVICE_BREAK = re.compile(r"\b(?:laid off|off work|off|out|away|gone|break in (?:my )?service|break)\b[^.?!]{0,12}?\b(?:for\s+)?"
                    r"(?:about\s+|roughly\s+|around\s+|almost\s+|nearly\s+|of\s+)?(?P<n>\d{1,3}|one|two|three|four|five|six|seven|"
                    r"eight|nine|ten|eleven|twelve)\s+(?:calendar\s+)?(?P<unit>days?|weeks?|months?)\b"
                    r"(?:[^.?!(]{0,5}\((?:about\s+|roughly\s+|around\s+)?(?P<days>\d{1,3})\s+(?:calendar\s+)?days?\))?|"
                    # 'had about a 2 month gap between contracts'
                    r"\b(?P<n2>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\s-]+(?:calendar[\s-]+)?"
                    r"(?P<unit2>days?|weeks?|months?)[\s-]+(?:gap|break|layoff|lay-off)\b", re.I)


def _break_days(found: re.Match[str]) -> int:
    """The length of a break in service `_SERVICE_BREAK` found, in days (a month is 30)."""
    if found.group("days"):
        return int(found.group("days"))
    n = int(number(found.group("n") or found.group("n2")))
    return n * {"d": 1, "w": 7, "m": 30}[(found.group("unit") or found.group("unit2")).lower()[0]]


def _service_with_break(q: Question, rule: dict[str, Any]) -> tuple[int, str] | None:
    """Service told as before and after a break ('worked 6 years, was laid off for 75 calendar days, and has been back
    1 year and 3 months'): where the rules keep service across a break shorter than `days` (`service_break.days`),
    both parts count; after a longer one, only the time since. None when the question tells no such break."""
    limit = rule.get("days")
    found = _SERVICE_BREAK.search(q.text)
    if not limit or found is None:
        return None
    days = _break_days(found)
    spans = [a for a in q.amounts if a.unit in ("years", "months") and not (found.start() <= a.start < found.end())]
    before = [a for a in spans if a.end <= found.start()]
    after = [a for a in spans if a.start >= found.end()]
    if not before or not after:
        return None

    prior, since = _months_told(q, before), _months_told(q, after)
    if _QUIT.search(q.text) or re.search(r"\b(?:terminated|fired|dismissed|discharged)\b", q.text, re.I):
        return since, f"After a quit or termination, only the {since} months since you came back count."
    if days < int(limit):
        return prior + since, (f"A break of about {days} days is under {limit}: your {prior} months before it and "
                               f"{since} since count together ({prior + since} months).")
    return since, f"A break of about {days} days is not under {limit}: only the {since} months since it count."


_ANNIVERSARY_HIT = re.compile(r"\b(?:hit|reached|turned|passed|made|completed|celebrated)\s+(?:my\s+)?(?:\d+|\w+)\s*(?:yrs?|years?)\b", re.I)


def _anniversary_passed(q: Question) -> bool:
    """'hit 7 yrs with my employer on Nov 2 … the week ending Nov 29': the whole years were completed on a day before
    the one the pay is for (or before today, where the story tells no later day), so the service is more than them."""
    hit = _ANNIVERSARY_HIT.search(q.text)
    if hit is None:
        return False
    on = next((d for d in q.dates if 0 <= d.start - hit.end() <= 40 and re.search(r"\bon\s*$|\bas of\s*$", q.text[hit.end():d.start], re.I)), None)
    if on is None:
        return False
    later = [d for d in q.dates if d.start > on.end]
    return any(d.value > on.value for d in later) if later else q.today > on.value


def vacation_pay_extract(q: Question, rules: Rules) -> Extraction:
    """Years of service and the gross wages; a contract whose bands cover only some employees
    ('long-term maintenance employees only') is used only when the question says the member is one."""
    if not rules.has("leave", "vacation_pay"):
        return None
    spec = rules.get("leave", "vacation_pay")
    covered = [str(words) for words in spec.get("applies_to", [])]
    if covered and not any(re.search(rf"(?<!\w){re.escape(words)}(?!\w)", q.text, re.I) for words in covered):
        return None
    months, note = _service_months(q)
    broken = _service_with_break(q, spec.get("service_break") or {})
    gap = _SERVICE_BREAK.search(q.text)
    limit = (spec.get("service_break") or {}).get("days")
    if broken is not None:
        months, note = broken
    elif months is not None and gap is not None and limit and not _QUIT.search(q.text):
        # 'started with this employer march 2014, had about a 2 month gap between contracts': service counted from the
        # start, less a break short enough to keep it; a longer one starts service again on a day the story does not tell
        days = _break_days(gap)
        if days >= int(limit):
            return Ask(["return date"], f"When did you come back after the break? A break of {int(limit)} days or more "
                       "restarts your years of service.", rule=dict(spec["service_break"]) | {"label": "Break in service"})
        months -= round(days / 30)
        note = f"{note + ' ' if note else ''}A break of about {days} days is under {limit}: your service before it is kept; " \
               f"the break itself is not counted ({months} months)."
    if months is None and any(q.near(a, r"\bgross\w*\b", before=20, after=15) for a in q.amounts_in("dollars")):
        return Ask(["years of service"], "How many years of service do you have with the employer? The vacation pay "
                   "percentage depends on them.", {"kind": "vacation_pay"})
    if months is None:
        return None
    if note:
        q.assumptions.append(note)
    params: dict[str, Any] = {"kind": "vacation_pay", "months_of_service": months}
    if _anniversary_passed(q):
        params["past_anniversary"] = True
    dollars = [a for a in q.amounts if a.unit == "dollars"]
    gross = next((a for a in dollars if q.near(a, _GROSS, before=40, after=15)), None) or (
        max(dollars, key=lambda a: a.value) if dollars and max(a.value for a in dollars) >= 1000 else None)
    if gross is None:
        return Ask(["gross wages"], "What were the gross wages for the year (the vacation pay is a percentage of them)?",
                   params, band_for(rules, months, bool(params.get("past_anniversary"))) | {"label": "Vacation pay"})
    params["gross_wages"] = gross.value
    return Inputs(params)


# --- final pay deposited late ------------------------------------------------------------------------------

_FINAL_PAY = re.compile(r"\b(?:final|last)\s+(?:pay|cheque|check|paycheque|paycheck|deposit)\b|\bmonies owing\b|"
                        r"\bpay\b[^.?!]{0,20}\b(?:late|didn'?t (?:get )?deposit|wasn'?t deposited)\b", re.I)


def late_pay_score(q: Question) -> float:
    """'Laid off, my final pay landed 6 working days late, $47.90/hr: what do they owe me for the wait?'"""
    if not _FINAL_PAY.search(q.text) or not (_LAID_OFF.search(q.text) or _QUIT.search(q.text)):
        return 0.0
    return 3.6 if re.search(r"\bhow much\b|\bowe\w*\b|\bpenalty\b|\bextra\b|\bwhat do i get\b", q.asked(), re.I) else 0.0


def late_pay_extract(q: Question, rules: Rules) -> Extraction:
    if not rules.has("pay", "late_final_pay"):
        return None
    ending = "quit" if _QUIT.search(q.text) and not q.denies(_QUIT) else "laid_off"
    days = [a for a in q.amounts if a.unit == "days"]
    params: dict[str, Any] = {"ending": ending}
    rate = _hourly_rate(q) or next((a.value for a in q.amounts if a.unit == "dollars"
                                    and q.near(a, r"\b(?:rate|base|ST|straight)\b", before=25, after=5)), None)
    if rate is not None:
        params["hourly_rate"] = rate
    if not days and rate is None:
        return None  # 'if they are late, what penalty is owed?': the rule, which the clauses answer
    if not days:
        return Ask(["days late"], "How many working days late was the pay deposited?", params,
                   rules.get("pay", "late_final_pay", ending) | {"label": "Late pay"})
    params["days_late"] = int(days[0].value)
    if rate is None:
        return Ask(["hourly rate"], "What is your straight-time hourly rate?", params,
                   rules.get("pay", "late_final_pay", ending) | {"label": "Late pay"})
    return Inputs(params)


# --- a pay shortage corrected late ---------------------------------------------------------------------------

_SHORTED = re.compile(r"\b(?:short(?:ed|-?paid|age|changed)?|underpaid|under-?paid|missing)\b[^.?!]{0,40}\b(?:pay|paycheque|"
                      r"paycheck|cheque|check|hours?|hrs?|wages?)\b|\b(?:pay|paycheque|paycheck|cheque|check)\b[^.?!]{0,25}"
                      # ('pay came up 9 hours short')
                      r"\b(?:was|came up|came in)\s+(?:\d+(?:\.\d+)?\s*(?:hours?|hrs?)\s+|\$\d[\d,]*(?:\.\d\d)?\s+)?short\b", re.I)
_NOTICE_GIVEN = re.compile(r"\b(?:notice|notif\w*|notified|told|reported|wrote|written|in writing|emailed|email|received|got it|flagged)\b",
                           re.I)
_ADJUSTED = re.compile(r"\b(?:adjust\w*|correct\w*|fix\w*|made (?:it )?(?:right|up)|back ?pay|paid|deposit\w*|came|"
                       r"showed up|cheque|check|pay)\b", re.I)


def short_pay_score(q: Question) -> float:
    """'Weekly pay was short 12 hours; they received my written notice Nov 2 and adjusted on the Nov 19 pay: what
    penalty?' Above overtime and wage: the pay story is the shortage's, not the hours'. A date asked ('what's the
    latest day they have to fix it by?') is the time limit's, which the deadline tools answer."""
    if not _SHORTED.search(q.text) or not _NOTICE_GIVEN.search(q.text) or not q.dates:
        return 0.0  # without the story's dates ('how long do they have, and is there a penalty?') the clause answers
    if re.search(r"\b(?:when|what date|which date|what day|latest (?:date|day)|last day|deadline|by when|due date|how long)\b",
                 q.asked(), re.I) or re.search(r"\bif\s+(?:they|it|the employer|payroll|the company)\b", q.asked(), re.I):
        return 0.0  # ('is there a penalty if they're late?' asks the rule)
    asks = re.search(r"\bpenalty\b|\bhow much\b|\bowe\w*\b|\bowed\b|\bwhat do (?:i|they|we)\b|\blate\b|\bdeadline\b|"
                     r"\bdue\b|\bentitled\b", q.asked(), re.I)
    return 3.5 if asks else 0.0


def short_pay_extract(q: Question, rules: Rules) -> Extraction:
    """The day the notice was received (a date told with notice words before the adjustment's) and the day the
    adjustment came (a later date told with pay words); either missing is asked for."""
    if not rules.has("pay", "short_pay"):
        return None
    # not a date someone reckoned ('the employer says the deadline was Nov 17'); 'the employer received it Monday,
    # November 2' is the story's
    dated = sorted((d for d in q.dates if not re.search(r"\b(?:says?|said|claims?|thinks?|figures?|deadline|due)\b",
                                                         _sentence_before(q, d.start), re.I)), key=lambda d: d.start)
    notice = next((d for d in dated if _NOTICE_GIVEN.search(_sentence_before(q, d.start))), None)
    if notice is None and dated and re.search(r"\b(?:that|the)\s+same\s+day\b", q.text, re.I) and _NOTICE_GIVEN.search(
            q.text[dated[0].end:]):
        notice = dated[0]  # 'pay on Thursday, November 5 was short … I emailed payroll that same day'
    if notice is not None:
        # a day without its year, read as a year before the notice by the order of events a deadline expects, is the
        # same day in the notice's year: the adjustment comes after the notice
        dated = [replace(d, value=d.value.replace(year=d.value.year + 1)) if d.assumed and d.value < notice.value
                 and notice.value <= _next_year(d.value) <= q.today else d for d in dated]
    adjusted = next((d for d in dated if d is not notice and (notice is None or d.value > notice.value)
                     and _ADJUSTED.search(_sentence_before(q, d.start))), None)
    spec = rules.get("pay", "short_pay")
    rule = dict(spec["rule"]) | {"label": "Adjustment of a pay shortage"}
    if notice is None:
        return Ask(["notice received"], "On which day did the employer receive your written notice of the shortage?",
                   {"adjusted_on": adjusted.value.isoformat()} if adjusted else {}, rule=rule)
    if adjusted is None and re.search(r"\bstill\s+(?:no|not|nothing|waiting)\b|\b(?:has|have)(?:n'?t|\s+not)\s+(?:come|been|paid|fixed)|"
                                      r"\bnot\s+yet\b|\bnever\s+(?:came|paid|fixed)", q.text, re.I):
        q.assumptions.append(f"The adjustment has not come yet: I counted the days kept waiting to today ({q.today:%B} "
                             f"{q.today.day}, {q.today.year}).")
        return Inputs({"notice_received": notice.value.isoformat(), "adjusted_on": q.today.isoformat()})
    if adjusted is None:
        return Ask(["adjustment date"], "On which day was the adjustment paid?", {"notice_received": notice.value.isoformat()},
                   rule=rule)
    return Inputs({"notice_received": notice.value.isoformat(), "adjusted_on": adjusted.value.isoformat()})


def _next_year(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # February 29
        return day + timedelta(days=365)


def _sentence_before(q: Question, position: int) -> str:
    """The words of the sentence before `position` (a date's own clause: 'the employer received it Monday, November 2')."""
    before = q.text[max(0, position - 60):position]
    return re.split(r"[.?!;]\s|,\s(?=\w+\s+(?:the|but|and|so)\b)", before)[-1]


# --- flat pay differentials ---# --- flat pay differentials --------------------------------------------------------------------------------

_DIFFERENTIAL = re.compile(r"\b(?:differential|diff|differencial|diferential)\b", re.I)


def differential_score(q: Question) -> float:
    """'I'm on a 3/4 time base at the remote post: how much is my differential a month?'"""
    if not _DIFFERENTIAL.search(q.text) or not re.search(r"\bhow much\b|\bwhat(?:'s| is|s)\b|\bshould\b", q.asked(), re.I):
        return 0.0
    return 2.6


def differential_extract(q: Question, rules: Rules) -> Extraction:
    """The differential whose words the question uses, and the time base ('3/4 time base', 'half-time');
    'part time' without a fraction is asked about."""
    if not rules.has("pay", "differentials"):
        return None
    found = sorted((m.start(), str(spec["name"])) for spec in rules.get("pay", "differentials")
                   for word in spec.get("words", []) for m in re.finditer(rf"(?<!\w){re.escape(str(word))}", q.text, re.I))
    if not found:
        return None
    params: dict[str, Any] = {"name": found[0][1]}
    base = _time_base(q)
    if base is None:
        return Ask(["time base"], "What is your time base (for example '1/2 time' or '3/4 time')?", params,
                   next(dict(s) for s in rules.get("pay", "differentials") if s["name"] == found[0][1]) | {"label": found[0][1]})
    params["time_base"] = base
    return Inputs(params)


# --- allowances for a condition of the work -----------------------------------------------------------------

_WORTH = re.compile(r"\bhow much\b|\bwhat(?:'s| is|s| do| does| should| would| will)\b|\bworth\b|\bshould i (?:see|get)\b|"
                    # 'what height pay should he get for the two days?'
                    r"\bwhat\s+(?:[\w-]+\s+){1,3}(?:should|would|will|do|does)\s+(?:i|he|she|we|they)\s+(?:get|see|receive|be paid)\b|"
                    r"\bdo i get\b|\bextra\b|\bowed\b", re.I)
_TIMES = re.compile(r"\b(?P<n>\d{1,3}|once|twice|two|three|four|five|six|seven|eight|nine|ten)\s*(?:times|x\b)|"
                    r"\b(?P<m>once|twice)\b", re.I)
_KIND_OF_PAY = re.compile(r"\b(?:allowance|premium|prem|differential|diff|pay|bonus|extra|reimburse\w*)\b", re.I)
_COUNT_WORDS = {"once": 1, "twice": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10}


def allowance_score(q: Question) -> float:
    """'spent 3.5 hrs working at height, basic rate $34.40: how much height pay?', 'what do I get for the room move?'
    Just below the flat differentials: the tool takes a question only when it names an allowance of the rules."""
    if not _WORTH.search(q.asked()) or not _has_figure(q):
        return 0.0
    # Named as a kind of pay, it goes first; otherwise ('what do I get for the move?') only after every other tool.
    return 2.55 if _KIND_OF_PAY.search(q.text) else 0.5


def _has_figure(q: Question) -> bool:
    """Hours, money or a count to work with: without one, 'do I get height pay, and how much?' is the clause's."""
    return bool(q.amounts_in("hours", "minutes", "dollars") or _TIMES.search(q.text) or _hours_on_premium(q))


def _allowance_named(q: Question, rules: Rules) -> dict[str, Any] | None:
    """The allowance the question names: the longest of its `words`, else its `pattern` (a regular expression,
    for allowances members describe rather than name: 'had me train the new hires')."""
    specs = [dict(spec) for spec in rules.get("pay", "allowances")]
    found = longest_alias(q.text, ((spec.get("words", []), spec) for spec in specs))
    if found is None:
        found = next((spec for spec in specs if spec.get("pattern") and re.search(str(spec["pattern"]), q.text, re.I)), None)
    if found is None or q.denies(re.escape(str(found["name"]))):
        return None
    return found


def _times(q: Question) -> int:
    match = _TIMES.search(q.text)
    if not match:
        return 1
    word = (match.group("n") or match.group("m")).lower()
    return int(word) if word.isdigit() else _COUNT_WORDS[word]


def _allowance_hours(q: Question) -> float | None:
    """The hours worked under the condition: one stated figure, or a stretch's total ('40 hrs', '4 shifts x 10')."""
    durations: list[tuple[Amount, float]] = []  # '1 hour 50 minutes' is one duration
    for a in sorted(q.amounts_in("hours", "minutes"), key=lambda a: a.start):
        if re.match(r"\s*(?:of\s+)?(?:unpaid\s+)?(?:meal|lunch|break)\b", q.text[a.end:], re.I):
            continue
        hours = a.value if a.unit == "hours" else a.value / 60
        if (a.unit == "minutes" and durations and durations[-1][0].unit == "hours"
                and re.fullmatch(r"\s*(?:and\s+)?", q.text[durations[-1][0].end:a.start])):
            durations[-1] = (a, durations[-1][1] + hours)
        else:
            durations.append((a, hours))
    stated = sorted({round(hours, 4) for _, hours in durations})
    if len(stated) == 1 and len(durations) == 1:
        return stated[0]
    each_day = _told_by_day(q, [a for a, _ in durations]) if len(durations) >= 2 and all(
        a.unit == "hours" for a, _ in durations) else None
    if each_day is not None and len(each_day) == len(durations):
        return round(sum(a.value for _, a in each_day), 4)  # '2.5 hours Tuesday and 3.25 hours Wednesday': the days together
    if len(stated) == 1:
        return stated[0]
    return _hours_on_premium(q) or (max(stated) if stated else None)


def allowance_extract(q: Question, rules: Rules) -> Extraction:
    """The allowance named, and what it needs: the hours under the condition (paid by the hour), the basic
    hourly rate (a share of it, or hours of pay), or how many times (paid by the occasion). A missing one is
    asked for, after the rule is stated."""
    if not rules.has("pay", "allowances"):
        return None
    if not _has_figure(q):
        return None
    spec = _allowance_named(q, rules)
    if spec is None:
        return None
    params: dict[str, Any] = {"name": str(spec["name"])}
    rule = spec | {"label": str(spec["name"])}
    if allowances.needs_cost(spec):  # 'my monthly bus pass costs $72', 'spent $462 on uniform stuff'
        cost = next((a.value for a in q.amounts if a.unit == "dollars" and not q.near(a, r"(?:\b(?:an|per)\s*|/\s*)(?:hour|hr)\b|"
                                                                                       r"\bhourly\b", 12, 12)), None)
        if cost is None:
            return Ask(["cost"], f"How much did you pay for it (the {spec['name']})?", params, rule=rule)
        return Inputs(params | {"cost": cost})
    by_hour, by_rate = allowances.needs(spec)
    if by_rate:
        rate = _hourly_rate(q) or next((a.value for a in q.amounts if a.unit == "dollars"
                                        and not q.near(a, r"\b(?:month|monthly|year|annual|salary|week)\b", 15, 15)), None)
        if rate is None:
            return Ask(["basic hourly rate"], "What is your basic hourly rate of pay?", params, rule=rule)
        params["hourly_rate"] = rate
    if by_hour:
        hours = _allowance_hours(q)
        if hours is None:
            return Ask(["hours"], f"How many hours did you work under the {spec['name']}?", params, rule=rule)
        params["hours"] = hours
    else:
        params["times"] = _times(q)
    return Inputs(params)


# --- disability benefit ------------------------------------------------------------------------------------


def disability_score(q: Question) -> float:
    """'Out on disability, full pay about $420 a week: how much a week?', 'off on disability from Mon Nov 16: first
    day it pays?' A program's own initials (a letter before 'DI') are read as a disability benefit too."""
    if not re.search(r"\b(?:[a-z]?di|disab\w*)\b", q.text, re.I):
        return 0.0
    return 2.7 if re.search(r"\bhow much\b|\bwhat day\b|\bwhen\b|\bfirst day\b|\bwhat date\b|\bwhat(?:'?s)?\b[^.?!]{0,25}\bpay\b",
                            q.asked(), re.I) else 0.0


def disability_extract(q: Question, rules: Rules) -> Extraction:
    """Only a question that names the benefit as the rules do (`words`: its name and initials), so a question
    about leave for a disability is left to the clauses."""
    if not rules.has("pay", "disability_benefit"):
        return None
    spec = rules.get("pay", "disability_benefit")
    if not any(re.search(rf"(?<!\w){re.escape(str(w))}(?!\w)", q.text, re.I) for w in [spec["name"], *spec.get("words", [])]):
        return None
    if re.search(r"\bfirst day\b|\bwhat day\b|\bwhen\b|\bwhat date\b|\bstart(?:s)? pay", q.asked(), re.I):
        began = _first_match(q.dates, "start", "event", "unknown", "learned")
        if began is None:
            return Ask(["start date"], "On which day did the disability begin?", {"ask": "first_day"})
        return Inputs({"ask": "first_day", "began": began.value.isoformat()})
    pay = next((a.value for a in q.amounts if a.unit == "dollars" and q.near(a, r"\b(?:a|per|each)\s+week\b|\bweekly\b",
                                                                             before=10, after=15)), None)
    if pay is None:
        return Ask(["weekly pay"], "What is your full pay a week?", {"ask": "weekly"},
                   rules.get("pay", "disability_benefit") | {"label": str(rules.get("pay", "disability_benefit", "name"))})
    return Inputs({"ask": "weekly", "weekly_pay": pay})


# --- time off earned by counting (travel status leave) -----------------------------------------------------------

_NIGHTS = re.compile(r"(?<![\d$.])(?P<n>\d{1,3})\s+(?P<of>of\s+(?:those|them|these|the)\s+)?(?:more\s+|hotel\s+|overnight\s+)?"
                     r"(?:nights?|nites?)\b", re.I)
_TIME_OFF_ASKED = re.compile(r"\b(?:how (?:much|many)|what)\b[^.?!]{0,60}\b(?:leave|time off|hours?|hrs?|days? off|time)\b|"
                             r"\b(?:earned|earn|get|owed|entitled)\b[^.?!]{0,30}\b(?:leave|time off)\b", re.I)
# a count not to be counted: travel for a course, training, conference or seminar (one not required)
_NOT_COUNTED = re.compile(r"\b(?:courses?|training|conferences?|seminars?)\b", re.I)
_NOT_COUNTED_DENIED = re.compile(r"\b(?:not|no|none|never|n't)\b[^.;,]{0,25}\b(?:courses?|training|conferences?|seminars?)\b", re.I)


def _asks_time_off_for_nights(q: Question) -> bool:
    """'Away from home 75 nights on government business since April 1: how much travel status leave?'"""
    # ('sleeping away from home on the Employer's business … how many hours of travel status leave?': the nights asked)
    return bool((_NIGHTS.search(q.text) or re.search(r"\b(?:sleeping|slept|staying|stayed|nights?)\s+away from (?:home|my home|his home|"
                                                     r"her home)\b|"
                                                     # ('i've been away on travel status a lot this fiscal year': nights not told)
                                                     r"\baway\s+(?:on|for)\s+(?:\w+\s+){0,2}?(?:travel|business)\b", q.text, re.I))
                and _TIME_OFF_ASKED.search(q.asked()) and re.search(r"\b(?:leave|time off|status)\b", q.text, re.I))


def _time_off_for_nights(q: Question, rules: Rules) -> Extraction:
    """The units that count, added up: every 'N nights' told, less those the rules leave out (a course the member chose),
    a part said 'of those' taken from the total it belongs to."""
    if not rules.has("travel", "time_off"):
        return None
    entries = list(rules.get("travel", "time_off"))
    named = [e for e in entries if any(re.search(rf"(?<!\w){re.escape(str(w))}(?!\w)", q.text, re.I)
                                       for w in [e["name"], *e.get("words", [])])]
    if len(named) != 1:
        return None
    spec = named[0]
    if not _NIGHTS.search(q.text):
        return Ask(["nights away"], f"How many nights were you away this {spec.get('period', 'year')} (not counting courses or "
                   "training you chose to attend)?", {"kind": "time_off", "time_off": str(spec["name"])}, rule=spec)
    counted = 0.0
    for m in _NIGHTS.finditer(q.text):
        if _said_by_others(q, m.start()):  # 'a coworker says it's 8 hours for every 20 nights'
            continue
        if re.search(r"\b(?:every|each|per|a)\s+(?:additional\s+|extra\s+)?$", q.text[max(0, m.start() - 20):m.start()], re.I):
            continue  # 'she's claiming 24 hrs, 8 for every 20 nites': a rate believed, not nights away
        start = max(q.text.rfind(c, 0, m.start()) for c in ".;!?,(") + 1
        ends = [i for i in (q.text.find(c, m.end()) for c in ".;!?),") if i >= 0]
        piece = q.text[start:min(ends) if ends else len(q.text)]
        value = float(m.group("n"))
        required = [r for r in re.finditer(r"\b(?:required|mandatory|ordered|sent me)\b", piece, re.I) if not re.search(
            r"\b(?:not|nobody|no one|never|n't|wasn'?t)\s+(?:\w+\s+)?$", piece[:r.start()], re.I)]
        left_out = bool(_NOT_COUNTED.search(piece)) and not _NOT_COUNTED_DENIED.search(piece) and not required
        # part of a total already told: '12 of those nights', 'including 6 nights at a course'
        part = bool(m.group("of") or re.match(r"\s*of\s+(?:those|them|these)\b", q.text[m.end():], re.I)
                    # ('that includes 5 nights at a course I signed up for')
                    or re.search(r"\b(?:including|includes|included|incl\.?|of which)\s+(?:the\s+)?$",
                                 q.text[max(0, m.start() - 16):m.start()], re.I))
        if left_out:
            counted -= value if part else 0.0
            q.assumptions.append(f"Left out {value:g} nights for a course, training or conference you were not required to attend.")
        elif not part:
            counted += value
    if counted <= 0:
        return None
    return Inputs({"kind": "time_off", "nights": counted, "time_off": str(spec["name"])})
