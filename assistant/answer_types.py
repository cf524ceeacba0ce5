"""What kind of answer a question asks for, and where a clause states one.

"How many days do I have", "how much is the allowance", "when does it expire", "who decides",
"can I": a clause that answers carries a duration, an amount, a date, a party — or, for a yes/no
question, a rule (shall, may, entitled, not). Selection prefers such clauses, and the answer's
lead line repeats the span word for word. General English patterns only: nothing here knows a
particular contract.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

AnswerType = Literal["duration", "amount", "date", "count", "who", "yes_no", "none"]

_NUMBER_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
                r"hundred|half|a|an)")
_QUANTITY = rf"(?:{_NUMBER_WORD}(?:[\s-]+{_NUMBER_WORD})*\s*(?:\(\s*\d[\d,.]*\s*\))?|\d[\d,.]*(?:\s*\(\s*\d[\d,.]*\s*\))?)"
# Up to two qualifiers between the number and its unit: "six (6) continuous months", "two (2) full
# working days", "ten (10) additional hours".
_QUALIFIER = (r"(?:calendar|working|work|business|consecutive|continuous|successive|regular|scheduled|full|"
              r"additional|paid|unpaid|earned|normal|clock|accumulated)")
_UNIT = rf"(?:{_QUALIFIER}\s+){{0,2}}(?:days?|weeks?|months?|years?|hours?|minutes?|workdays?|shifts?)"
_MONTHS = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"

SPANS: dict[str, re.Pattern[str]] = {
    "duration": re.compile(rf"\b{_QUANTITY}\s+{_UNIT}\b", re.IGNORECASE),
    "amount": re.compile(
        r"(?:\\?\$\s?\d[\d,]*(?:\.\d+)?|\b\d[\d,]*(?:\.\d+)?\s*(?:%|percent\b|cents?\b|dollars?\b)|"
        r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|fifty)[\w\s-]*percent\s*\(\d+%\))",
        re.IGNORECASE,
    ),
    "date": re.compile(rf"\b{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,\s*\d{{4}})?|\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b",
                       re.IGNORECASE),
    "count": re.compile(rf"\b{_QUANTITY}\b(?=\s+[a-z])", re.IGNORECASE),
    "who": re.compile(
        r"\b(?:supervisor|manager|department|director|employer|appointing power|designee|union|steward|"
        r"arbitrator|committee|board|commissioner|administrator|chief|president|representative|"
        r"human resources|personnel officer|management)\b",
        re.IGNORECASE,
    ),
    "yes_no": re.compile(r"\b(?:shall|may|must|will not|entitled|eligible|allowed|permitted|prohibited|not)\b",
                         re.IGNORECASE),
}

_QUESTION: list[tuple[AnswerType, re.Pattern[str]]] = [
    ("duration", re.compile(
        r"\bhow (?:long|soon|many (?:calendar |working |business |work )?(?:days?|weeks?|months?|years?|hours?|minutes?))\b|"
        r"\bhow much (?:time|notice|leave|vacation|sick|overtime|comp|cto|credit)\b|\bdeadline\b|\btime ?limits?\b|"
        r"\bby when\b|\bwithin how\b|\bhow far (?:back|in advance)\b|\bhow (?:early|late)\b|\bnotice\b.*\bhow\b",
        re.IGNORECASE)),
    ("amount", re.compile(
        r"\bhow much (?:money|pay|is|are|do|does|will|would|can|could|per|for|of)\b|\bwhat(?:'s| is| are) the (?:rate|amount|"
        r"allowance|differential|stipend|reimbursement|premium|contribution|cost|fee|price)\b|\brate\b|\bdollars?\b|\$|"
        r"\bpercent(?:age)?\b|\bhow much\b.*\b(?:paid|pay|cost|worth|reimburs\w*|allowance|differential)\b",
        re.IGNORECASE)),
    ("date", re.compile(r"\bwhat (?:date|day)\b|\bwhen (?:does|did|do|is|will) .*\b(?:expire|end|start|begin|run out|"
                        r"take effect|effective|terminate)\b|\beffective date\b|\bexpir\w+\b", re.IGNORECASE)),
    ("count", re.compile(r"\bhow many\b", re.IGNORECASE)),
    ("who", re.compile(r"^\s*(?:and\s+)?who\b|\bwho (?:decides|approves|pays|is responsible|gets|can|has to|must|do i)\b|"
                       r"\bto whom\b|\bwhich (?:office|person|manager|supervisor|department)\b", re.IGNORECASE)),
    ("yes_no", re.compile(r"^\s*(?:and\s+|so\s+|but\s+)?(?:can|may|do|does|is|are|am|will|should|could|must|have|has|"
                          r"would|did|was|were)\b", re.IGNORECASE)),
]


def question_type(question: str) -> AnswerType:
    """The first kind of answer the question asks for, most specific first."""
    for kind, pattern in _QUESTION:
        if pattern.search(question):
            return kind
    return "none"


def answer_spans(text: str, kind: AnswerType) -> list[tuple[int, int]]:
    """Where the text states an answer of that kind (character spans, in order)."""
    return list(_spans(text, kind))


@lru_cache(maxsize=32768)
def _spans(text: str, kind: AnswerType) -> tuple[tuple[int, int], ...]:
    """Clause texts are searched for every question that reaches them, so the spans are kept."""
    pattern = SPANS.get(kind)
    if pattern is None:
        return ()
    spans = [m.span() for m in pattern.finditer(text)]
    if kind in ("duration", "amount", "count"):
        spans = [s for s in spans if re.search(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                                                r"twenty|thirty|forty|fifty|hundred|half)\b", text[s[0]:s[1]], re.I)]
    return tuple(spans)


def holds(text: str, kind: AnswerType) -> bool:
    return bool(answer_spans(text, kind))


def key_span(text: str, kind: AnswerType) -> str | None:
    """The first span of that kind, word for word: what the lead line states."""
    if kind in ("yes_no", "none", "who"):
        return None
    spans = answer_spans(text, kind)
    if not spans:
        return None
    start, end = spans[0]
    return text[start:end].strip(" ,;.")
