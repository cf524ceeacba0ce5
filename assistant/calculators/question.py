"""Reading a calculator question: every date, clock time and amount in it, with the role each plays.

Dates are found by explicit patterns and read with python-dateutil (which validates them and
reads the many ways people write a date); relative dates ("two weeks ago", "last Friday") are
counted back from the day the question was asked with dateutil's relativedelta, so "a month ago"
is a calendar month. A date written without a year takes the year of the nearest date that has
one, kept in the order the story implies (an event before the day it was learned of), or else the
most recent such day on or before the day asked; the answer says what was assumed. Each date gets
a role from the words before it (or, failing that, after it): the day something happened, the day
it was learned of, the day a response was received (and at which step), the day something was
filed, the day service started. Clock times get roles too (shift start and end, called, worked
from/until), and amounts their units (minutes, hours, days, months, years, miles, kilometres,
dollars). Negation is read per mention: "I was NOT on standby" does not make a standby question.

Nothing here knows a contract: what a calculator needs from these facts is its own business
(``triggers``), and anything missing is asked for rather than guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import cache, lru_cache

from dateutil import parser as date_parser
from dateutil.relativedelta import relativedelta

from assistant.calculators.calendar import WEEKDAYS
from assistant.errors import DateOutOfRange

EARLIEST, LATEST = date(1900, 1, 1), date(2199, 12, 31)
MIN_YEAR, MAX_YEAR = EARLIEST.year, LATEST.year
_OUT_OF_RANGE = f"is out of range: give a date between {MIN_YEAR} and {MAX_YEAR}."
MONTH_NAMES = ("january february march april may june july august september october november december").split()
MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "couple": 2,
    "a couple of": 2, "several": 3, "half": 0.5, "a half": 0.5, "one and a half": 1.5, "a dozen": 12, "dozen": 12,
}
_WORD_NUMBER = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
# 'twenty-one': a unit after tens only ('a three-day suspension' is three days, not a one and a three).
NUMBER = (r"(?:\d+(?:,\d{3})*(?:\.\d+)?|\.\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-]"
          rf"(?:one|two|three|four|five|six|seven|eight|nine)\b|(?:{_WORD_NUMBER}))")
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
            "5th": 5, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}
STEP = re.compile(r"\b(?:step|level)\s*[#-]?\s*(\d|one|two|three|four|five|iv|v|i{1,3})\b|"
                  r"\b(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)[\s-]+(?:step|level)\b", re.IGNORECASE)
NEGATORS = re.compile(r"\b(?:not|never|no|nobody|none|without|neither|nor|no\s+one|wasn't|weren't|didn't|don't|"
                      r"doesn't|haven't|hasn't|isn't|aren't|wasnt|werent|didnt|dont|doesnt|isnt|cannot|can't)\b|n't\b",
                      re.IGNORECASE)

# Words before a date that say what the date is. Verbs are strong cues; nouns only count when no verb does.
# A response as a thing received: 'the step 1 decision', "DPA's Step 4 response", 'a denial', 'the answer came'.
_RESPONSE_NOUN = re.compile(
    r"(?:\b(?:the|a|an|my|our|their|his|her|its|this|that|any|written|final|formal|informal|level|step\s*\w+|\w+'s|\w+s')"
    r"\s+(?:\w+\s+){0,2}?)(decision|response|respon[cs]e|answer|reply|denial|determination|ruling|award)\b|"
    r"\b(decision|response|respon[cs]e|answer|reply|denial)\s+(?:came|arrived|was\s+(?:received|issued|given|sent|dated)|"
    r"back)\b", re.I)
# Where mail is delivered: 'got to the address on the form', 'came to her house'.
_DELIVERED_TO = r"(?:the|my|our|his|her|their)\s+(?:home\s+|mailing\s+|listed\s+)?(?:address|house|home|door|mailbox)"
_STRONG = (
    ("learned", re.compile(
        r"\b(found out|find out|finding out|found (?:it|them|this|that)|figured out|figure out|learn(?:ed|t)?|"
        # 'when she opened her pay stub on Friday, November 20'
        r"opened (?:my|her|his|the|their|our) (?:pay\s?)?(?:stub|check|cheque|paycheck|letter|mail|email|e-mail)|discover(?:ed)?|became aware|become aware|realiz(?:ed|e)|"
        r"noticed|notice (?:that|it|till|until|til)\b|first saw|looked at|spotted|caught (?:it|that|the)|"
        r"(?:till|until|til) i (?:checked|looked|got)|saw|see|seen|was told|were told|been told|got told|heard|hear|informed|knew|notified|"
        # "he wasn't told about it until Monday Nov 2"
        r"(?:wasn'?t|weren'?t|was not|were not|hadn'?t been|had not been)\s+(?:told|notified|informed)\b[^.?!]{0,25}\b(?:until|till|til)|"
        # 'she had no way of knowing until the list was posted Nov 4': the day learned, whatever made it known
        r"(?:no way of knowing|didn'?t know|did not know|wasn'?t aware|was not aware|had no idea)\b[^.?!]{0,40}?\b(?:until|till|til)\b"
        r"[^.?!]{0,40}|"
        r"told (?:me|us)|telling (?:me|us)|got (?:a|the|my|our) (?:letter|memo|notice|email|e-mail)|"
        # 'member was handed a schedule change notice on Monday Nov 16'
        r"(?:was|were|been|got)\s+handed(?!\s+(?:out|over|in)\b)|handed\s+(?:me|her|him|them|us)\b(?!\s+(?:in|over))|"
        # 'HR only emailed her fri nov 6' (not 'emailed her supervisor the request')
        r"(?:told|emailed|e-mailed|texted|messaged|notified|informed|called) (?:her|him|them|me|us)(?=\s*(?:on\b|that\b|about\b|[,.;]|$|"
        r"\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b|last\b|yesterday\b|today\b))|"

        # 'the memo only got put in my inbox when i got back mon 11/16' (back from leave; not 'got back to me')
        r"(?:put|landed|placed|left) in (?:my|our|her|his) (?:inbox|mailbox|box)|when (?:i|she|he|we) (?:got|came) back(?!\s+to\b)|"
        r"came to (?:my|our|her|his|their) attention|aware)\b", re.I)),
    ("received", re.compile(r"\b(?:(?:get|got|came)\s+(?:back\s+)?to\s+(?:me|us)|reached\s+(?:me|us)|arrived|"
                            # 'it got to the address on the grievance form Tuesday Dec 1': a reply delivered
                            r"(?:got|came|went)\s+to\s+" + _DELIVERED_TO + r"|"
                            r"(?:told|tells)\s+(?:me|us|her|him|them)\s+no|said no|showed up in (?:my|our) "
                            r"(?:mailbox|inbox|box)|"
                            # 'it didn't show up at his house … till Tues Nov 24': a reply delivered late
                            r"(?:didn'?t|did not|never|only|finally)\s+(?:show|turn)(?:ed)?\s+up\b[^.?!]{0,50}?\b(?:until|till|til|on)|"
                            r"(?:show|turn)(?:ed|s)?\s+up\s+(?:at|in)\s+(?:my|our|his|her|their)\s+(?:house|home|mailbox|inbox|door|"
                            r"place|address)|"
                            # 'it only hit her campus mailbox Tuesday Dec 1'
                            r"(?:hit|hits|reached|landed in)\s+(?:my|our|his|her|their)\s+(?:[\w-]+\s+)?(?:mailbox|inbox|box|desk)|"
                            # "it didn't actually reach our office until Monday, November 9"
                            r"reach(?:ed)?\s+(?:my|our|his|her|their|the)\s+(?:[\w-]+\s+)?(?:office|mailbox|inbox|box|desk|house|home)\b"
                            r"[^.?!]{0,12}?(?:until|till|til|on)|"
                            # 'sup denied my step 1 today': a decision on the grievance, not the grievable event
                            r"(?:denied|rejected|turned down)\s+(?:my|our|the|his|her|their)\s+(?:step\s*\w+|level\s*\w+|"
                            r"grievance|appeal)(?:\s+(?:grievance|appeal))?)\b", re.I)),  # 'it didn't actually get to me until Feb 29'
    ("filed", re.compile(r"\b(filed|submitted|turned (?:it |them )?in|handed (?:it )?in|put (?:it )?in|lodged|appealed|(?:raised|brought)\s+(?:it|this|that|(?:the|my|our|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:issue|problem|matter|grievance|complaint|concern))\s+(?:up\s+)?(?:with|to)|presented\s+(?:it|my grievance|the grievance|our grievance)|mailed|emailed|sent in|sent(?!\s+(?:[\w']+\s+){0,4}?(?:home|down the road|packing|off)))\b|"
                         r"\b(?:grievance|appeal)\b[^.?!]{0,40}?\b(?:was |were )?(?:received|delivered|got)\b|"
                         r"\b(?:got|received|recieved|receives|gets)\b(?!\s+to\s+" + _DELIVERED_TO + r")[^.?!]{0,30}?\b(?:grievance|appeal)\b", re.I)),
    ("event", re.compile(
        r"\b(happened|occurred|took place|posted|shorted|short paid|underpaid|paid|payday|disciplined|suspended|"
        r"fired|terminated|written up|wrote me up|reprimanded|denied|changed|assigned|effective|passed over|"
        r"docked|cut|laid off|demoted|transferred|started working out of class|occur|let (?:me|him|her|them|us) go|"
        r"sent (?:me|him|her|them|us)?\s*(?:down the road|packing|off the job)|sent (?:[\w']+\s+){0,4}?home|"
        # 'thurs nov 26 we showed up and got sent home': people reporting for work, not a letter turning up
        r"(?:we|i|he|she|they|the crew)\s+(?:all\s+)?(?:showed|show)\s+up(?!\s+(?:in|at)\s+(?:my|our|his|her|their)\s+\w+))\b",
        re.I)),
    ("start", re.compile(r"\b(hired|start date|started (?:work|working|with|at|for|here|my job|on|in)|began (?:work|working|on)|"
                         r"employed|been (?:here|with \w+)|seniority date|date of hire|since|started|began (?:full|part)[- ]time|"
                         r"came on (?:board|full[- ]time|part[- ]time)|joined)\b", re.I)),
)
_WEAK = (
    ("event", re.compile(r"\b(incident|violation|event|check|stub|paycheck|pay\s?check|occurrence)\b", re.I)),
)


# A named public holiday's date in a year, or None: supplied by the caller, who knows the contract's country.
HolidayDate = Callable[[str, int], "date | None"]


@cache
def _holiday_phrase() -> re.Pattern[str]:
    from assistant.calculators.holidays import holiday_name_alternatives

    names = holiday_name_alternatives()
    return re.compile(r"\b(?:the\s+)?(?P<weekday>" + "|".join(WEEKDAYS) + r"|day)\s+(?P<relation>before|after)\s+"
                      r"(?:the\s+)?(?P<name>" + names + r")(?:'s)?(?:\s+day)?\b(?:,?\s+(?:of\s+)?(?P<year>(?:19|20)\d\d)\b)?",
                      re.IGNORECASE)


@dataclass(frozen=True)
class DateFact:
    value: date
    role: str
    text: str
    start: int
    end: int
    level: int | None = None
    informal: bool = False
    assumed: str | None = None
    at: str | None = None  # a clock time written with the date, 'HH:MM'


@dataclass(frozen=True)
class ClockFact:
    minutes: int  # minutes after midnight
    text: str
    start: int
    end: int
    assumed: str | None = None

    @property
    def hhmm(self) -> str:
        return f"{self.minutes // 60:02d}:{self.minutes % 60:02d}"


@dataclass(frozen=True)
class Amount:
    value: float
    unit: str  # minutes | hours | days | weeks | months | years | miles | kilometres | dollars | percent
    text: str
    start: int
    end: int
    # Where a list of figures written with one unit starts ('shifts of 3.5, 3.5, 4 and 2.25 hrs'): the same
    # number for each of them, so a tool can add them up; None for a figure standing alone.
    group: int | None = None


@dataclass
class Question:
    text: str
    today: date
    dates: list[DateFact] = field(default_factory=list)
    clocks: list[ClockFact] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    assumptions: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    # The hourly rate worked out from a rate told by the year, by the contract's own definitions (set by the router,
    # which cites them): what a calculator takes where no hourly rate is told.
    derived_rate: float | None = None

    @property
    def lowered(self) -> str:
        return self.text.lower()

    def asked_at(self) -> int:
        """Where the asking part begins in the text (-1 when it cannot be found): a figure at or after it is one the
        question asks about ('… my pay for the 14.5 hrs?'), not one of the story's."""
        return self.lowered.rfind(self.asked().lower()[:40])

    def fresh(self) -> Question:
        """The same reading with lists of its own: an extraction may add assumptions to it, and a
        tool that passes must leave nothing behind for the next (the facts themselves are frozen)."""
        return replace(self, dates=list(self.dates), clocks=list(self.clocks), amounts=list(self.amounts),
                       assumptions=list(self.assumptions), problems=list(self.problems))

    def mentions(self, pattern: str | re.Pattern[str]) -> bool:
        return any(True for _ in _finditer(pattern, self.text))

    def denies(self, pattern: str | re.Pattern[str]) -> bool:
        """True when every mention of the pattern is negated ('I was NOT on standby')."""
        found = list(_finditer(pattern, self.text))
        return bool(found) and all(self.negated(m.start()) for m in found)

    def affirms(self, pattern: str | re.Pattern[str]) -> bool:
        """True when some mention of the pattern is not negated."""
        return any(not self.negated(m.start()) for m in _finditer(pattern, self.text))

    def negated(self, position: int) -> bool:
        """True when a negation (not, never, no one …) comes within five words before `position`."""
        left = self.text[max(0, position - 60):position]
        # a question word opens a clause of its own: 'if they pay cash not cto how much overtime' asks the overtime
        left = re.split(r"[.;!?,]|\bbut\b|\band\b(?!\s+(?:nobody|no one))|\b(?:how|what|when|which|why)\b", left)[-1]
        words = left.split()[-5:]
        return bool(NEGATORS.search(" ".join(words)))

    def asked(self) -> str:
        """The part of the question that asks: the last sentence with a question mark or an asking word;
        when that is only a few words, with the asking sentence just before it ('is it 14 days from the
        17th to file step 1 or what?? whats the actual last day' asks one thing in two sentences)."""
        parts = [p for p in re.split(r"(?<=[.?!])\s+", self.text) if p.strip()]
        asking = [bool("?" in part or re.match(r"\s*(what|when|how|which|is|are|do|does|can|will|should|by when|whats|"
                                               r"when's)\b", part, re.IGNORECASE)) for part in parts]
        if not any(asking):
            return parts[-1] if parts else self.text
        last = max(i for i, flag in enumerate(asking) if flag)
        if _CHECKS_A_CLAIM.search(parts[last]) and not _QUESTION_WORD.search(parts[last]):
            # 'how much OT pay do i get? coworker says its 1.25 hrs??', '… whats the last day? so Dec 8 right?': a figure
            # someone offers, put to the member's own question before it, which is what is asked
            earlier = next((i for i in range(last - 1, -1, -1) if asking[i] and _FIGURE_ASKED.search(parts[i])), None)
            if earlier is not None:
                last = earlier
        first = last
        if last > 0 and asking[last - 1] and re.match(r"\s*(?:and|also|plus)\b", parts[last], re.IGNORECASE):
            first = last - 1  # 'how much overtme pay is that? and do i get the $12 meal allowence for it?': both are asked
        while first > 0 and asking[first - 1]:
            tail = " ".join(parts[first:last + 1])
            # 'how many hrs do i earn a month? is it the same as the full timers get': the figure is asked first
            # ('isnt it 14 days from her answer?' checks a figure of its own)
            leans = not _FIGURE_ASKED.search(tail) and not re.search(r"\d", tail) and _FIGURE_ASKED.search(parts[first - 1])
            if len(tail.split()) > _SHORT_ASK and not leans:
                break
            first -= 1
        # '… supposed to come out to? like total $ for thanksgiving': a short tail that only sharpens the ask
        tail_parts = [p for p in parts[last + 1:] if len(p.split()) <= 8 and _SHARPENS.match(p)]
        if first == last and _ONLY_A_REQUEST.match(parts[last]):
            # 'member is asking how many vacaton hours she'll earn … can you work it out?': the request says nothing of
            # what is asked; the last sentence before it that names a figure does
            named = next((i for i in range(last - 1, -1, -1) if _FIGURE_ASKED.search(parts[i])), None)
            if named is not None:
                return " ".join([parts[named], parts[last]] + tail_parts)
        return " ".join(parts[first:last + 1] + tail_parts)

    def dates_with(self, *roles: str) -> list[DateFact]:
        return [d for d in self.dates if d.role in roles]

    def amounts_in(self, *units: str) -> list[Amount]:
        return [a for a in self.amounts if a.unit in units]

    def near(self, item: Amount | ClockFact | DateFact, pattern: str | re.Pattern[str], before: int = 40,
             after: int = 40) -> bool:
        """The pattern within a few words of a fact, in the same sentence."""
        compiled = pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, re.IGNORECASE)
        left = re.split(r"[.;!?]", self.text[max(0, item.start - before):item.start])[-1]
        right = re.split(r"[.;!?]", self.text[item.end:item.end + after])[0]
        return bool(compiled.search(left) or compiled.search(right))


# A request that names no figure: 'can you work it out?', 'could u figure that out for me?', 'pls help?'.
_ONLY_A_REQUEST = re.compile(r"\s*(?:(?:so\s+)?(?:can|could|would)\s+(?:you|u)\s+(?:please\s+|pls\s+)?(?:work|figure|check|calculate|"
                             r"compute|help|do)\b[^?.!]{0,25}|(?:pls|please)?\s*help(?:\s+me)?|thoughts|any ideas?)\s*\??\s*$", re.I)
# A tail after the question that says more exactly what it asks: 'like total $', 'i mean in hours', 'as in the date'.
_SHARPENS = re.compile(r"\s*(?:like|i mean|as in|meaning|so like|in total|total|in \$|in dollars|in hours|in days)\b", re.I)


def listed_total(amounts: list[Amount]) -> float | None:
    """The sum of figures written as one list ('3.5, 3.5, 4 and 2.25 hrs'), when every one of these
    amounts belongs to the same list; None otherwise."""
    groups = {a.group for a in amounts}
    if len(amounts) < 2 or len(groups) != 1 or None in groups:
        return None
    return round(sum(a.value for a in amounts), 4)


def _finditer(pattern: str | re.Pattern[str], text: str) -> list[re.Match[str]]:
    compiled = pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, re.IGNORECASE)
    return list(compiled.finditer(text))


def number(text: str) -> float:
    text = text.lower().strip().replace(",", "")
    if text in NUMBER_WORDS:
        return float(NUMBER_WORDS[text])
    parts = re.split(r"[\s-]+", text)
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return float(NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]])
    return float(text)


def level_number(word: str) -> int | None:
    word = word.lower()
    if word.isdigit():
        return int(word)
    return ORDINALS.get(word)


def step_mentions(text: str) -> list[tuple[int, int]]:
    """(level, position) of every 'step 2', 'second level', 'Step IV' in a text."""
    found = []
    for m in STEP.finditer(text):
        level = level_number(m.group(1) or m.group(2))
        if level:
            found.append((level, m.start()))
    return found


# --- dates -------------------------------------------------------------------------------------------

_DATE_PATTERNS = (
    re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b"),
    re.compile(r"(?<![\d/$.])(?P<m>\d{1,2})/(?P<d>\d{1,2})(?:/(?P<y>\d{4}|\d{2}))?(?![\d/])"
               r"(?!\s*(?:time\b|time\s*base|timebase|-?time\b|of\s+(?:an?\s+)?(?:hour|day|time)))"),
    re.compile(r"(?<![\d/$.])(?P<m>\d{1,2})-(?P<d>\d{1,2})-(?P<y>\d{4}|\d{2})(?![\d-])"),
    re.compile(rf"\b(?P<mon>{MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:hours?|hrs?|minutes?|mins?|days?|"
               rf"weeks?|months?|years?|miles?|am\b|pm\b|a\.m|p\.m|:))(?:,?\s*(?:of\s+)?(?P<y>(?!0)\d{{4}}(?!\d)|'\d{{2}}))?",
               re.IGNORECASE),
    re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{MONTH})\b\.?(?:,?\s*(?P<y>(?!0)\d{{4}}(?!\d)))?",
               re.IGNORECASE),
)
_RELATIVE_AGO = re.compile(rf"\b(?P<n>{NUMBER})\s+(?P<u>day|week|month|year)s?\s+ago\b", re.IGNORECASE)
_DAY_ONLY = re.compile(rf"\b(?:on\s+)?the\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)\b(?!\s*(?:of\s+)?{MONTH}\b)(?!\s+(?:step|level|day|"
                       r"hour|week|month|time|of|semester|year|quarter|term|shift|grievance|call|offen[cs]e|warning|period|"
                       r"appeal|trip|round|class|grade|tier|stage|phase|installment|payment|pay ?check|cheque|check|attempt|"
                       r"interview|meeting|hearing|test|notice|letter|request|response|decision|answer|reply|denial|notification|"
                       r"extension|arbitrat\w*|one))", re.IGNORECASE)
DAY_NAME = r"(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?s?"
_WEEKDAY_DAY = re.compile(rf"\b{DAY_NAME}\.?,?\s+"
                          r"(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?![:.]\d|\s*(?:am|pm|a\.m|p\.m|hrs?|hours?|h\b|%|"
                          # ('tue 7-10am': a range of hours, not the 7th)
                          r"days?|shifts?|min|\s*[-–]\s*\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m|p\.m)))", re.IGNORECASE)
_RELATIVE_WORD = re.compile(r"\b(?P<w>today|yesterday|tomorrow|the day before yesterday)\b", re.IGNORECASE)
_RELATIVE_WEEKDAY = re.compile(r"\b(?:(?P<which>last|this past|past|this|on)|"
                               # 'my supervisor emailed me Monday', 'found out Tuesday': a weekday told after what happened
                               # (not 'he only told me Monday', 'texted me Saturday': who was told, or a message, not news)
                               r"(?P<verb>(?:emailed|informed|notified|wrote)\s+(?:me|us|her|him|them)|found out|learned))\s+"
                               r"(?P<day>monday|tuesday|wednesday|thursday|"
                               r"friday|saturday|sunday)\b", re.IGNORECASE)
_TIME_BEFORE_DATE = re.compile(r"(?:at\s+)?\b(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s?m\b\.?,?\s+(?:on\s+)?$", re.IGNORECASE)
_TIME_AFTER_DATE = re.compile(r"^\s*(?:,\s*)?(?:at\s+)?(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s?m\b\.?", re.IGNORECASE)


def _in_range(year: int) -> bool:
    return MIN_YEAR <= year <= MAX_YEAR


def in_range(value: date) -> date:
    """The date, or DateOutOfRange with one line saying why: a deadline counted from the year 9999
    overflows, and no grievance starts in 1066."""
    day = value.date() if isinstance(value, datetime) else value
    if not EARLIEST <= day <= LATEST:
        raise DateOutOfRange(f"The date {day.isoformat()} {_OUT_OF_RANGE}")
    return value


def _holiday_relative(q: Question, holiday: HolidayDate, match: re.Match[str]) -> date | None:
    """'the Wednesday before Thanksgiving', 'the day after Christmas': the occurrence
    nearest the day asked (the one before it when two are as near)."""
    options = []
    # 'the Tuesday after Thanksgiving 1999': the year written; else the occurrence nearest the day asked
    years = (int(match.group("year")),) if match.group("year") else (q.today.year - 1, q.today.year, q.today.year + 1)
    for year in years:
        base = holiday(match.group("name"), year)
        if base is None:
            continue
        weekday, relation = match.group("weekday").lower(), match.group("relation").lower()
        if weekday == "day":
            value = base + timedelta(days=-1 if relation == "before" else 1)
        else:
            wanted = WEEKDAYS.index(weekday)
            step = -1 if relation == "before" else 1
            value = base + timedelta(days=step)
            while value.weekday() != wanted:
                value += timedelta(days=step)
        options.append(value)
    return min(options, key=lambda d: (abs((d - q.today).days), d > q.today)) if options else None


def _find_dates(q: Question, holiday: HolidayDate | None = None) -> list[tuple[int, int, date | None, bool, str]]:
    """(start, end, date or None when unreadable, year written?, text) in text order, overlaps removed."""
    found: list[tuple[int, int, date | None, bool, str]] = []
    taken: list[tuple[int, int]] = []
    text = q.text

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    if holiday is not None:
        for m in _holiday_phrase().finditer(text):
            value = _holiday_relative(q, holiday, m)
            if value is not None:
                found.append((m.start(), m.end(), value, True, m.group(0)))
                taken.append((m.start(), m.end()))
                q.assumptions.append(f"I took “{m.group(0).strip()}” as {_fmt(value)}.")

    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            if not free(m.start(), m.end()):
                continue
            span = m.group(0)
            if m.group("d") and int(m.group("d")) > 31:
                continue  # 'on the 9/80': a schedule (dateutil would read the 80 as a year)
            year_text = m.group("y")
            has_year = year_text is not None
            if has_year:
                year = int(year_text.strip("'"))
                year = year + (2000 if year < 50 else 1900) if year < 100 else year
                if not _in_range(year):
                    q.problems.append(f"The date “{span.strip()}” {_OUT_OF_RANGE}")
                    taken.append((m.start(), m.end()))
                    continue
            try:
                # dateutil reads and validates the date; the default supplies a year when none was written.
                default = datetime(2000, 1, 1)  # a leap year, so 'Feb 29' without a year can be read
                parsed = date_parser.parse(span.replace("'", ""), default=default, dayfirst=False).date()
            except (ValueError, OverflowError):
                if "/" in span or "-" in span:
                    continue  # '13/45' is not a date, and nothing else either
                q.problems.append(f"“{span.strip()}” is not a date I can read; give it as, for example, March 3, 2000.")
                taken.append((m.start(), m.end()))
                continue
            if has_year:
                parsed = parsed.replace(year=year)
            found.append((m.start(), m.end(), parsed, has_year, span))
            taken.append((m.start(), m.end()))
    for m in _RELATIVE_AGO.finditer(text):
        if not free(m.start(), m.end()):
            continue
        amount = number(m.group("n"))
        unit = m.group("u").lower()
        try:
            if amount > 100_000:
                raise OverflowError
            delta = relativedelta(**{unit + "s": int(amount)}) if unit in ("month", "year") else \
                timedelta(days=amount * (7 if unit == "week" else 1))
            value = q.today - delta
            if not _in_range(value.year):
                raise OverflowError
        except (OverflowError, ValueError):
            q.problems.append(f"“{m.group(0).strip()}” {_OUT_OF_RANGE}")
            taken.append((m.start(), m.end()))
            continue
        found.append((m.start(), m.end(), value, True, m.group(0)))
        taken.append((m.start(), m.end()))
    for m in _DAY_ONLY.finditer(text):
        if not free(m.start(), m.end()):
            continue
        day = int(m.group("d"))
        weekday_told = re.search(rf"\b{DAY_NAME}\s*,?\s*$", text[max(0, m.start() - 14):m.start()], re.IGNORECASE)
        by_weekday = _weekday_near_story_date(found, m.start(), day, weekday_told.group(1)) if weekday_told else None
        if by_weekday is not None:  # 'Good Friday is March 26, 2027 … Thursday the 25th': March 25, a Thursday
            found.append((m.start(), m.end(), by_weekday, True, m.group(0)))
            taken.append((m.start(), m.end()))
            q.assumptions.append(f"I took “{m.group(0).strip()}” as {_fmt(by_weekday)}, the "
                                 f"{WEEKDAYS[by_weekday.weekday()].capitalize()} nearest the date before it.")
            continue
        anchored = _day_after_story_date(text, found, m.start(), day)
        if anchored is not None:
            found.append((m.start(), m.end(), anchored, True, m.group(0)))
            taken.append((m.start(), m.end()))
            same = any(item[2] == anchored for item in found[:-1])
            q.assumptions.append(f"I took “{m.group(0).strip()}” as {_fmt(anchored)}, " +
                                 ("the date named before it." if same else "the next one after the date before it."))
            continue
        month_only = _day_after_month_date(found, m.start(), day)
        if month_only is not None:  # 'happened oct 9 but I only found out on the 20th': October 20
            found.append((m.start(), m.end(), month_only, False, m.group(0)))
            taken.append((m.start(), m.end()))
            continue
        named_day = re.search(rf"\b{DAY_NAME}\s*,?\s*$", text[max(0, m.start() - 14):m.start()], re.IGNORECASE)
        if named_day is not None:  # 'Friday the 25th': the nearest month whose 25th is a Friday, before or after today
            weekday = next(i for i, name in enumerate(WEEKDAYS) if name.startswith(named_day.group(1).lower()[:2]))
            fits = [c for k in range(-12, 13) if (c := _month_day(q.today, k, day)) is not None and c.weekday() == weekday]
            if fits:
                nearest = min(fits, key=lambda c: (abs((c - q.today).days), c > q.today))
                found.append((m.start(), m.end(), nearest, True, m.group(0)))
                taken.append((m.start(), m.end()))
                q.assumptions.append(f"I took “{named_day.group(0).strip()} {m.group(0).strip()}” as {_fmt(nearest)}, the "
                                     f"nearest {WEEKDAYS[weekday].capitalize()} the {m.group(0).split()[-1]}.")
                continue
        recent: date | None = None
        year, month = q.today.year, q.today.month
        for _ in range(12):  # the most recent such day on or before the day asked
            candidate: date | None
            try:
                candidate = date(year, month, day)
            except ValueError:
                candidate = None
            if candidate is not None and candidate <= q.today:
                recent = candidate
                break
            year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        if recent is None:
            continue
        found.append((m.start(), m.end(), recent, True, m.group(0)))
        taken.append((m.start(), m.end()))
        q.assumptions.append(f"I took “{m.group(0).strip()}” as {_fmt(recent)}, the most recent one.")
    for m in _WEEKDAY_DAY.finditer(text):  # 'missed mon nov 16, tues 17 and wed 18': days of that month
        near = [item for item in found if 0 <= m.start() - item[1] <= 40 and not re.search(r"[.?!;]", text[item[1]:m.start()])]
        if not free(m.start(), m.end()) or not near:
            continue  # only in the same sentence as the date it follows
        if re.search(rf"\b{DAY_NAME}\.?\s+\d{{1,2}}(?:\.\d+)?\s*(?:hrs?|hours?|h)\b", sentence_at(text, m.start()), re.IGNORECASE):
            continue  # 'Week of Nov 9 I did Mon 10 hrs, Tue 8, …': a day's hours in a list of them, not November 8
        month_only = _day_after_month_date(near, m.start(), int(m.group("d")))
        if month_only is not None and not any(
                (c := _with_year(month_only, year)) is not None and WEEKDAYS[c.weekday()].startswith(m.group(1).lower()[:3])
                for year in (q.today.year - 1, q.today.year, q.today.year + 1)):
            continue  # 'Wed Nov 11 worked 8, Thu 8, Fri 8': a day of that month on another weekday is not the day named
        if month_only is not None:
            found.append((m.start(), m.end(), month_only, False, m.group(0)))
            taken.append((m.start(), m.end()))
    for m in _RELATIVE_WORD.finditer(text):
        if free(m.start(), m.end()):
            back = {"today": 0, "yesterday": 1, "tomorrow": -1, "the day before yesterday": 2}[m.group("w").lower()]
            found.append((m.start(), m.end(), q.today - timedelta(days=back), True, m.group(0)))
            taken.append((m.start(), m.end()))
    for m in _RELATIVE_WEEKDAY.finditer(text):
        if not free(m.start(), m.end()):
            continue
        if any(0 <= s - m.end() <= 3 or (s >= m.end() and re.fullmatch(r"[\s,.]*the\s+", text[m.end():s])) for s, _ in taken):
            continue  # 'Tuesday, May 2, 2000', 'Monday the 16th of November': the weekday of a date already read
        weekday = WEEKDAYS.index(m.group("day").lower())
        back = (q.today.weekday() - weekday) % 7
        which = (m.group("which") or "on").lower()
        if which in ("last", "this past", "past") and back == 0:
            back = 7
        value = q.today - timedelta(days=back)
        begin = m.start("day") if m.group("verb") else m.start()  # the verb's words tell its role, as words before a date do
        found.append((begin, m.end(), value, True, text[begin:m.end()]))
        taken.append((begin, m.end()))
        if which in ("on", "this"):
            q.assumptions.append(f"I took “{text[begin:m.end()].strip()}” as the most recent {m.group('day').title()}, "
                                 f"{_fmt(value)}.")
    found.sort(key=lambda item: item[0])
    return found


_SHORT_ASK = 6  # words: 'whats the actual last day' leans on the sentence before it
# A question asking for a figure; a yes-or-no question after one ('is that the same for part-timers?') leans on it.
_FIGURE_ASKED = re.compile(r"\bhow (?:much|many|long|soon)\b|\bwhat (?:date|day)\b|\bwhen\b|\bby when\b|\bwhat(?:'s|s| is| are)? "
                           r"(?:the |my )?(?:total|deadline|last day|rate|amount)\b", re.IGNORECASE)
# A figure put forward to be confirmed: someone else's ('coworker says its 1.25 hrs??', 'payroll told her 14 days') or
# the member's own with 'right?' ('so Dec 8 right?').
_CHECKS_A_CLAIM = re.compile(r"^\s*(?:but\s+|and\s+|so\s+)?(?:my\s+|the\s+|our\s+|a\s+|his\s+|her\s+)?(?:co-?workers?|buddy|"
                             r"fore?man|forman|lead(?:\s+hand)?|sup\w*|boss|payroll|hr|manager|someone|somebody|they|he|she|"
                             r"every(?:one|body)|people)\s+(?:says?|said|told\s+\w+|thinks?|claims?|figures?|reckons?)\b|"
                             r"\d[^?]*\b(?:right|correct|yes|yeah)\s*\?+\s*$", re.IGNORECASE)
_QUESTION_WORD = re.compile(r"\b(?:how|what|whats|when|which|where|why)\b", re.IGNORECASE)
_MONTH_WORD = re.compile(rf"\b(?P<m>{MONTH})\b", re.IGNORECASE)


def _day_after_month_date(found: list[tuple[int, int, date | None, bool, str]], at: int, day: int) -> date | None:
    """A day written alone after a date written without its year ('oct 9 … until the 20th') is in
    that date's month, or the next one when the day is earlier; its year is settled with the other
    year-less dates (the year stays the placeholder the parser gave them)."""
    before = [item for item in found if item[0] < at and item[2] is not None]
    if not before:
        return None
    anchor = max(before, key=lambda item: item[0])
    value = anchor[2]
    if anchor[3] or value is None or not re.search(r"[A-Za-z]{3}", anchor[4]):
        return None  # only after a month written as a word: '3/2 … the 20th' stays the most recent 20th
    try:
        candidate = value.replace(day=day)
        if day < value.day:
            candidate = (value.replace(day=1) + relativedelta(months=1)).replace(day=day)
    except ValueError:
        return None
    return candidate


def _weekday_near_story_date(found: list[tuple[int, int, date | None, bool, str]], at: int, day: int,
                             weekday_name: str) -> date | None:
    """'… March 26, 2027 … on Thursday the 25th': a day of the month told with its weekday, after a date whose year is
    written, is the nearest such day (a month either side) that falls on that weekday; None when none does."""
    before = [item for item in found if item[0] < at and item[3] and item[2] is not None]
    if not before:
        return None
    anchor = max(before, key=lambda item: item[0])[2]
    assert anchor is not None
    weekday = next(i for i, name in enumerate(WEEKDAYS) if name.startswith(weekday_name.lower()[:2]))
    fits = [c for k in (-1, 0, 1) if (c := _month_day(anchor, k, day)) is not None and c.weekday() == weekday]
    return min(fits, key=lambda c: abs((c - anchor).days)) if fits else None


def _day_after_story_date(text: str, found: list[tuple[int, int, date | None, bool, str]], at: int, day: int) -> date | None:
    """'Got the letter on October 28, 2019 … back on the 12th': a day written without its month,
    after a date whose year is written, is the first such day after that date (in the month the
    story names in between, if it names one), not the most recent one before today."""
    before = [item for item in found if item[0] < at and item[3] and item[2] is not None]
    if not before:
        return None
    start, end, anchor, _, _ = max(before, key=lambda item: item[0])
    assert anchor is not None
    named = [m for m in _MONTH_WORD.finditer(text, end, at) if not re.fullmatch(r"may|mar", m.group(0), re.IGNORECASE)
             and not any(s <= m.start() < e for s, e, *_ in found)  # not the month of another date ('Feb 29')
             # a month the story is in ('in November', 'early in dec'), not one that names a thing ('my october overtime')
             and re.search(r"\b(?:in|of|on|early|late|mid|until|till|by|from|during)\s*-?\s*$", text[max(0, m.start() - 10):m.start()],
                           re.IGNORECASE)]
    if named:
        month = next(i for i, name in enumerate(MONTH_NAMES, 1) if name.startswith(named[-1].group("m").lower()[:3]))
        for year in (anchor.year, anchor.year + 1):
            try:
                candidate = date(year, month, day)
            except ValueError:
                return None
            if candidate >= anchor and _in_range(year):
                return candidate
        return None
    if day == anchor.day:
        return anchor  # 'worked 8 hrs on july 4 … the hours I worked on the 4th': that same day
    value = anchor
    for _ in range(13):  # the first such day after the anchor
        value = (value.replace(day=1) + relativedelta(months=1)) if value.day >= day else value
        try:
            candidate = value.replace(day=day)
        except ValueError:
            continue
        if candidate > anchor:
            return candidate
    return None


def _fmt(value: date) -> str:
    return f"{value:%B} {value.day}, {value.year}"


# Someone's reckoning of a deadline, ending in the date it gives: 'HR says 10 working days from the 29th was
# nov 12', 'my coworker says its 21 days from the letter so dec 3'.
_CLAIMED = re.compile(r"\b(?:says|said|saying|claims?|claimed|claiming|thinks|insists?|told (?:me|her|him|them|us)|according to)\b"
                      r"[^.?!]{0,70}"
                      r"\b(?:days?|deadline|due|last day|late|untimely|timely)\b[^.?!]{0,60}"
                      # ('… thinks we only had 21 days like the earlier steps, so we blew the deadline on November 30')
                      r"\b(?:so|was|is|would be|which is|making it|means|be|that'?s|thats|its|it'?s|=|"
                      r"(?:blew|missed|passed|past)\s+(?:the\s+|our\s+|that\s+)?deadline)\s*(?:on\s+|the\s+)?$", re.I)

# Someone else's word on how long a party has, ending in the date: 'the labor relations guy is telling our member
# the department has til dec 4 to answer', 'HR said we have until the 14th'.
_CLAIMED_UNTIL = re.compile(r"\b(?:says|said|saying|claims?|claimed|claiming|thinks|insists?|telling|told|according to)\b"
                            r"[^.?!]{0,60}\b(?:has|have|had|gets?|got)\s+(?:until|till|til|thru|through)\s+(?:the\s+)?$", re.I)

# Someone's count of days from a date the story already told: "she's telling me she has 14 calendar days from the
# 30th", "I've been telling her we have 14 days from the 27th" (the date is the base of a reckoning to check).
_CLAIMED_FROM = re.compile(r"\b(?:says|said|saying|claims?|claimed|thinks|insists?|telling|told|figures?|figured)\b[^.?!]{0,60}"
                           r"\b\d+\s+(?:calendar\s+|working\s+|business\s+|work\s+)?days\s+(?:from|after|since)\s+(?:the\s+)?$", re.I)

_PLANNED = re.compile(r"\b(?:plan(?:ning|ned)?\s+(?:on|to)|going to|gonna|intend(?:ing)?\s+to|thinking of|hoping to)\b"
                      r"[^.?!]{0,40}$", re.I)
# The member's own sum, offered to be checked: '14 days from her answer right?? so like the 14th?'
_OWN_SUM = re.compile(r"\b\d+\s+(?:calendar\s+|working\s+|business\s+|work\s+)?days\b[^.!]{0,60}"
                      # ('… 14 days from his answer, so until December 14')
                      r"(?:\b(?:so|which is|which would be|making it|that'?s|thats)|=)\s+(?:like\s+|about\s+|around\s+)?"
                      r"(?:until\s+|till\s+|til\s+|by\s+)?(?:on\s+)?(?:the\s+)?$",
                      re.I)

_ROLE_ORDER = {"event": 0, "start": 0, "learned": 1, "received": 2, "filed": 2, "unknown": 1}


def _role(q: Question, start: int, end: int, previous_end: int) -> tuple[str, int | None, bool]:
    """The role of a date, from the cue words nearest before it in its sentence, else just after it."""
    if re.search(r"\b(before|prior to|earlier than|no later than|not later than)\s*$", q.text[max(0, start - 16):start], re.I):
        return "condition", None, False  # 'grievances filed before July 1, 1998': a condition, not something that happened
    if re.match(r"\s+off\b", q.text[end:end + 8], re.I):
        return "condition", None, False  # 'the county did NOT give us the day after thanksgiving off': a day off, not an event
    left_text = q.text[previous_end:start]
    left_text = re.split(r"[.!?;]\s", left_text)[-1][-110:]
    if re.search(r"\btoday(?:'s|s|\s+is)\s+(?:the\s+)?$", q.text[max(0, start - 16):start], re.I) or (
            re.fullmatch(r"today", q.text[start:end].strip(), re.I) and re.match(
                r"(?:'s|s|\s+is)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\b|[a-z]{3,9}\.?\s+\d{1,2}\b)", q.text[end:end + 20], re.I)):
        return "claim", None, False  # "today's the 2nd": when they ask, not a day of the story
    sentence = re.split(r"[.!?;]\s", q.text[:start])[-1]  # the date's sentence, before it
    if _PLANNED.search(sentence[-60:]):
        return "claim", None, False  # 'I was planning to drop it off this friday dec 4': what they mean to do, to be checked
    day = re.search(r"\d{1,2}", q.text[start:end])
    if day and _CLAIMED_FROM.search(sentence[-120:]) and re.search(
            rf"(?<![\d/.:$]){day.group(0)}(?:st|nd|rd|th)?\b", q.text[:start - len(sentence)]):
        return "claim", None, False  # "she's telling me she has 14 days from the 30th": a reckoning from a day told before
    if _OWN_SUM.search(q.text[max(0, start - 120):start]):
        return "claim", None, False  # 'i have 14 days from her answer right?? so like the 14th?': their own sum to check
    if _CLAIMED.search(sentence[-120:]) or _CLAIMED_UNTIL.search(sentence[-120:]):
        return "claim", None, False  # 'my coworker says it's 21 days from the letter, so dec 3': their sum, not a fact
    if re.search(r"\b(?:logged|stamped|date[- ]stamped|marked|signed for|clocked)\s+(?:it|the\s+(?:appeal|grievance))\s+(?:as\s+)?"
                 r"(?:received|in)\s+(?:on\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?$", left_text, re.I):
        return "filed", None, False  # 'the manager's office logged it as received on Friday Nov 20': our appeal, in their hands
    if re.search(r"\b(?:is|was|were)?\s*(?:dated|postmarked)\s*(?:on\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?$",
                 left_text, re.I):
        return "event", None, False  # 'the decision is dated Feb 22 … didn't get to me until Feb 29': issued, not received
    if re.match(r"[^.?!]{0,80}?\b(?:i|she|he|we|they|member|grievant|employee)\s+(?:knew|found out|learned|learnt|heard|was told|"
                r"were told)\b[^.?!]{0,20}?\b(?:that(?:\s+same)?|the\s+same)\s+day\b", q.text[end:], re.I):
        return "learned", None, False  # 'On Mon Nov 16 my supervisor denied my request and I knew about it that day'
    if _UNION_TOLD.search(left_text):
        return "reported", None, False  # 'Member told me today that …': the day the union heard, not the day the member learned
    role = _cue(left_text)
    window = left_text
    if role is None:
        right_text = re.split(r"[.!?;,]|\b(?:but|and)\b", q.text[end:end + 80])[0]  # not the next date's cue
        role = _cue(right_text, from_left=False)
        window = right_text
    levels = [level for level, _ in step_mentions(window)]
    informal = bool(re.search(r"\binformal", window, re.IGNORECASE))
    return role or "unknown", (levels[-1] if levels else None), informal


# The member bringing it to the steward: 'Member told me today', 'a member came to us on Monday' (not 'my supervisor told me',
# nor 'my coworker told me', which is how a member learns).
_UNION_TOLD = re.compile(r"\b(?:member|grievant|employee)\s+(?:only\s+|just\s+|first\s+|finally\s+)?"
                         r"(?:told|came\s+to|called|contacted|emailed|e-mailed|texted|reached\s+out\s+to|let)\s+(?:me|us)"
                         r"(?:\s+know)?(?:\s+about\s+(?:it|this|that))?\s*(?:on\s+|this\s+|last\s+)?$", re.I)


def _cue(window: str, from_left: bool = True) -> str | None:
    if re.search(r"\b(?:decision|response|answer|ruling|determination)\s+(?:was|were|got)\s+(?:made|issued|signed|written|dated)\s+"
                 r"(?:on\s+)?(?:\w+,?\s+)?$", window, re.I):
        return "event"  # 'the decision was made on Oct 28 but he wasn't told until Nov 2': made then, not received
    if _RESPONSE_NOUN.search(window) and not re.search(r"\b(filed|submitted|turned in|handed in|lodged|mailed|emailed)\b",
                                                        window[_RESPONSE_NOUN.search(window).end():], re.I):  # type: ignore[union-attr]
        return "received"
    best: tuple[int, str] | None = None
    for role, pattern in _STRONG:
        for m in pattern.finditer(window):
            # From the left the nearest cue (last one) governs; from the right the first one does.
            key = m.end() if from_left else -m.start()
            if best is None or key > best[0]:
                best = (key, role)
    if best is not None:
        return best[1]
    for role, pattern in _WEAK:
        if pattern.search(window):
            return role
    return None


_YEAR = re.compile(r"(?<![\d$.:/-])(19\d\d|20\d\d)(?!\d|[:/.-]\d|\s*(?:hours?|hrs?|h\b|minutes?|dollars|miles|km|\$|%))")


def _standalone_years(text: str, raw: list[tuple[int, int, date | None, bool, str]]) -> list[tuple[int, int]]:
    """Years the question names on their own ('in 2000', 'this is 2022'), outside any date it gives
    and any 24-hour clock time ('came back 1930-2100')."""
    taken = [(start, end) for start, end, *_ in raw] + [(start, end) for start, end, _ in military_times(text)]
    return [(m.start(), int(m.group(1))) for m in _YEAR.finditer(text)
            if not any(start <= m.start() < end for start, end in taken)]


_HOUR_WORDS = {w: i for i, w in enumerate("one two three four five six seven eight nine ten eleven twelve".split(), 1)}
_SPOKEN_CLOCK = re.compile(r"\b(?:a\s+)?(?P<part>quarter|half|five|ten|twenty|twenty[- ]five)(?:\s+minutes)?\s+(?P<rel>to|past|after|til)\s+"
                           r"(?P<h>1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|midnight|noon)\b"
                           r"(?!\s*(?:hours?|hrs?|minutes?|mins?|days?))(?:\s*(?P<ap>[ap])\.?\s?m\b\.?)?", re.IGNORECASE)
_SPOKEN_MINUTES = {"quarter": 15, "half": 30, "five": 5, "ten": 10, "twenty": 20, "twenty-five": 25, "twenty five": 25}
_HHMM = r"(?:[01]\d|2[0-3])[0-5]\d"
# A day of the week as members type it: 'fri', 'tues', 'Thursday', 'sats'; group 1 is its first letters.
_MILITARY_RANGE = re.compile(rf"(?<![\d$.,/:-])(?P<a>{_HHMM})\s*(?:-|–|(?:straight\s+(?:thru|through)\s+)?(?:to|until|till|til))\s*(?P<b>{_HHMM})(?![\d/:])", re.IGNORECASE)
# A lone four-digit time after a word that places it: 'at 0430', 'til 0700', 'shift starts 0700', 'fri 2300',
# 'got to the office 0530'; one written with its leading zero ('0530') is a time wherever it stands.
_MILITARY_AT = re.compile(rf"(?:\b(?:at|@|by|from|until|till|til|to|after|past|my|starts?|started|begins?|began|ends?|ended|"
                          rf"arrived|reported|there|in|office|site|shop|plant|yard|back|home|returned|{DAY_NAME})\s*|@|(?<![\w$.,/:-])(?=0\d[0-5]\d))(?P<a>{_HHMM})(?:\s*(?:hrs?|h)\b)?(?![\d/:]|,\s*\d)", re.IGNORECASE)
_TIME_CONTEXT = re.compile(r"\b(shift|worked|work|came back|come back|called|back in|start\w*|finish\w*|end\w*|done|left|"
                           r"hrs|overtime|ot|punch\w*|clock\w*|quitting|stay\w*|kept|knocked off|wrapped up|keep going)\b", re.IGNORECASE)
_YEAR_CONTEXT = re.compile(r"\b(year|years|fiscal|contract|agreement|term|expires?|effective|from \w+ \d)\b", re.IGNORECASE)


@lru_cache(maxsize=256)  # read twice per question: for its years, then for its clock times
def military_times(text: str) -> tuple[tuple[int, int, int], ...]:
    """24-hour clock times written as four digits ('2345 to 0815', 'done at 1615', 'came back
    1930-2100'), as (start, end, minutes after midnight). A pair both of whose numbers could be years
    counts only beside words about work and none about years; a lone one only after 'at', 'from' …"""
    found: list[tuple[int, int, int]] = []
    for m in _MILITARY_RANGE.finditer(text):
        a, b = m.group("a"), m.group("b")
        if all(1900 <= int(x) <= 2100 for x in (a, b)):
            around = text[max(0, m.start() - 40):m.end() + 20]
            # ('Tuesday 1900-2000': a weekday's hours; a span of years follows no weekday)
            weekday = re.search(r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\.?\s*[:,]?\s*$",
                                text[max(0, m.start() - 14):m.start()], re.IGNORECASE)
            if not (_TIME_CONTEXT.search(around) or weekday) or _YEAR_CONTEXT.search(around) or abs(int(b) - int(a)) <= 10:
                continue  # '2019 to 2021' is years: a shift is not two minutes long
        found.append((m.start("a"), m.end("a"), int(a[:2]) * 60 + int(a[2:])))
        found.append((m.start("b"), m.end("b"), int(b[:2]) * 60 + int(b[2:])))
    for m in _MILITARY_AT.finditer(text):
        if any(s <= m.start("a") < e for s, e, _ in found):
            continue
        a = m.group("a")
        if 1900 <= int(a) <= 2100 and not re.match(r"\s*(?:hrs?|h)\b", text[m.end("a"):], re.IGNORECASE) and \
                (not _TIME_CONTEXT.search(text[max(0, m.start() - 40):m.end() + 20])
                 or _YEAR_CONTEXT.search(text[max(0, m.start() - 40):m.end() + 20])
                 or not (re.match(r"(?:at|@|back|home|returned|arrived)\b|@", m.group(0), re.IGNORECASE)
                         or found and re.match(r"(?:until|till|til)\b", m.group(0), re.IGNORECASE))):
            continue  # 'from 2019' is a year; 'at 1930' beside work words is a time
        found.append((m.start("a"), m.end("a"), int(a[:2]) * 60 + int(a[2:])))
    return tuple(sorted(found))


def _resolve_years(q: Question, raw: list[tuple[int, int, date | None, bool, str]],
                   roles: list[tuple[str, int | None, bool]]) -> list[DateFact]:
    facts: list[DateFact] = []
    # Dates whose year is written out anchor the others; 'the 24th' or 'last Tuesday' carry a year
    # only because they were counted from today, so a year the story names ('This is all 2000') wins.
    years = _standalone_years(q.text, raw)
    explicit = [(i, item) for i, item in enumerate(raw) if item[3] and item[2] is not None
                and (re.search(r"\d{4}|'\d\d\b|\d/\d{2}\b", item[4])
                     or not (years or re.fullmatch(r"(?:on\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?", item[4].strip(), re.I)))]
    # 'been with them since March 2, 2024': a period that runs to today, so it says nothing of the
    # year of the story's other dates ('passed away Nov 14' is the last Nov 14, not the one before 2024)
    explicit = [(i, item) for i, item in explicit if not _SINCE.search(q.text[max(0, item[0] - 12):item[0]])
                and roles[i][0] not in ("condition", "claim", "start")  # nor a day that is no part of the story's events,
                # nor the day service began ('started w the state march 1 2024 … the dec 1 credit already posted'), which
                # is often years before the story
                # nor today said as a word ('as of today … the dec 1 credit already posted'): a day without a year is
                # placed from today as any other is, the last one unless something says it is ahead
                and not re.fullmatch(r"(?:as of\s+)?(?:today|yesterday|tomorrow|tonight|this (?:morning|afternoon|evening))",
                                     item[4].strip(), re.I)]
    for index, (start, end, value, has_year, text) in enumerate(raw):
        if value is None:
            continue
        role, level, informal = roles[index]
        assumed = None
        if not has_year:
            if explicit:
                anchor_index, anchor = min(explicit, key=lambda e: abs(e[1][0] - start))
                anchor_date = anchor[2]
                assert anchor_date is not None
                candidate = _with_year(value, anchor_date.year)
                anchor_role = roles[anchor_index][0]
                mine, theirs = _ROLE_ORDER.get(role, 1), _ROLE_ORDER.get(anchor_role, 1)
                if "unknown" in (role, anchor_role):  # no cue says which came first: the story's order does
                    mine = theirs
                earlier = mine < theirs or (mine == theirs and start < anchor[0])
                if candidate is not None and earlier and candidate > anchor_date:
                    candidate = _with_year(value, anchor_date.year - 1)
                elif candidate is not None and not earlier and candidate < anchor_date:
                    candidate = _with_year(value, anchor_date.year + 1)
            elif years:
                # 'new years day 2000 … friday dec 31', 'this is 2022 … on March 3': the year the question names
                candidate = _with_year(value, min(years, key=lambda y: abs(y[0] - start))[1])
            else:
                candidate = _with_year(value, q.today.year)
                if candidate is None or candidate > q.today:
                    candidate = _with_year(value, q.today.year - 1)
                told = _told_weekday(q.text, start, end)
                ahead = _with_year(value, q.today.year + (1 if (_with_year(value, q.today.year) or q.today) < q.today else 0))
                fits = [c for year in (q.today.year - 1, q.today.year, q.today.year + 1)
                        if (c := _with_year(value, year)) is not None and c.weekday() == told]
                if told is not None and len(fits) == 1:
                    candidate = fits[0]  # 'Monday, January 25' asked in December 2026: the January 25 that is a Monday
                elif told is None and ahead is not None and _FUTURE_CUE.search(_sentence_before(q.text, start)):
                    candidate = ahead  # 'orientation will be January 25': the next one, not the last
            if candidate is None:
                q.problems.append(f"“{text.strip()}” is not a date in the year I took for it; give the year.")
                continue
            value = candidate
            assumed = f"No year was given for “{text.strip()}”; I took it as {_fmt(value)}."
            if role != "claim":  # someone's reckoning is checked, not counted from: its year is no assumption of ours
                q.assumptions.append(assumed)
        at = None
        clock = _TIME_AFTER_DATE.match(q.text[end:end + 16]) or _TIME_BEFORE_DATE.search(q.text[max(0, start - 20):start])
        if clock:
            hour = int(clock.group(1)) % 12 + (12 if clock.group(3).lower() == "p" else 0)
            at = f"{hour:02d}:{int(clock.group(2) or 0):02d}"
        facts.append(DateFact(value=value, role=role, text=text, start=start, end=end, level=level,
                              informal=informal, assumed=assumed, at=at))
    return facts


_SINCE = re.compile(r"\bsince\s*$", re.IGNORECASE)

# Words that place a day ahead of the one the question is asked on: 'is scheduled for', 'will be', 'next', 'coming up'.
_FUTURE_CUE = re.compile(r"\b(?:will|going to|gonna|scheduled|set for|planned|plans? to|coming|upcoming|starts? on|"
                         r"is on|takes? place|takes? effect|goes into effect|(?:has|have|gets?)\s+(?:until|till|til|thru|through)|"
                         # 'what should my vacation balance be on jan 1st?': a day the balance is projected to
                         r"should\s+(?:\w+\s+){0,3}be\s+(?:on|by|as of))\b", re.IGNORECASE)


def _sentence_before(text: str, start: int) -> str:
    """The words of a date's sentence that come before it."""
    begin = max((m.end() for m in re.finditer(r"[.?!;]\s", text[:start])), default=0)
    return text[begin:start]


def _told_weekday(text: str, start: int, end: int) -> int | None:
    """The day of the week written with a date ('Monday, January 25', 'Jan 25 (a Monday)'), as date.weekday()."""
    before = re.search(rf"\b({DAY_NAME})\W{{0,3}}(?:the\s+)?$", text[max(0, start - 18):start], re.IGNORECASE)
    after = re.match(rf"\W{{0,3}}(?:\(?\s*(?:a|which is a|that'?s a)\s+)?({DAY_NAME})\b", text[end:end + 20], re.IGNORECASE)
    found = before or after
    if found is None:
        return None
    first = found.group(1).lower()[:2]
    return next(i for i, name in enumerate(WEEKDAYS) if name.startswith(first))


def _month_day(today: date, offset: int, day: int) -> date | None:
    """Day `day` of the month `offset` months from today's; None where that month has no such day."""
    index = today.year * 12 + today.month - 1 + offset
    try:
        return date(index // 12, index % 12 + 1, day)
    except ValueError:
        return None


def _with_year(value: date, year: int) -> date | None:
    if not _in_range(year):
        return None
    try:
        return value.replace(year=year)
    except ValueError:  # February 29 in a year that has none
        return None


# --- clock times ---------------------------------------------------------------------------------------

_CLOCK = re.compile(
    # '9:30 pm', and '930pm' or '930 pm' as texted (without the colon, not 'am I': 'room 214 am i' is no time)
    r"\b(?P<h>\d{1,2})(?:(?P<colon>:)?(?P<m>[0-5]\d))?(?(colon)\s*|(?(m)(?![ ]?a\.?m\.?\s+i\b)[ ]?|\s*))(?P<ap>[ap])\.?\s?m\b\.?|"
    r"\b(?P<h2>\d{1,2}):(?P<m2>\d{2})\b(?!\s*(?:hours?|hrs?|minutes?))|"
    r"\b(?P<word>noon|midnight)\b",
    re.IGNORECASE,
)
# A clock time in a range written with a one-letter half of the day, as schedules are texted:
# '2:30p–11:00p', '7a-3:30p', '11p to 7a'.
_PART_OF_DAY = re.compile(r"\s*(?:o'?clock\s+)?(?:in\s+the\s+|at\s+|this\s+|last\s+|the\s+next\s+|the\s+following\s+|tomorrow\s+|"
                          r"next\s+)(?P<p>morning|afternoon|evening|night)\b",
                          re.IGNORECASE)
_SHORT_MERIDIEM = re.compile(
    # '9p-11p', or with its minutes anywhere: 'left the house 10:40p, got to the shop 11:10p'
    # ('3p-1130p', 'lunch 7-730p': the minutes may follow the hour without a colon)
    r"\b(?P<h>\d{1,2})(?::?(?P<m>[0-5]\d))?(?P<ap>[ap])(?:(?=\s*(?:[-–]|to\b|til\b|till\b|until\b))|(?<=\d\d[ap])(?=[^\w]|$))|"
    r"(?:[-–]|\bto\b|\btil\b|\btill\b|\buntil\b)\s*(?P<h2>\d{1,2})(?::?(?P<m2>[0-5]\d))?(?P<ap2>[ap])\b",
    re.IGNORECASE,
)
_LABEL_BEFORE = re.compile(r"\b(?:section|sec|article|art|clause|step|level|grade|appendix|item|room|unit|range|"
                           r"class|no|number)\.?\s*$|§\s*$", re.IGNORECASE)  # '5a' in 'section 5a to 6b' is a label
# A bare hour in a range or after a time word: 'from 8 to 5', 'worked til 8', 'left at 11', 'ended 4:30'.
_BARE = re.compile(
    r"(?:\b(?P<cue>from|to|til|till|until|at|around|by|ended|ends|end|off|started|start|starts|begins|began|-|through|thru)\s+|"
    r"(?:(?<=\d)|(?<=\d[ap]m)|(?<=\d\s[ap]m)|(?<=\d[ap]))\s?[-–]\s?)(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\b(?!\s*(?:hours?|hrs?|minutes?|mins?|days?|miles?|years?|months?|weeks?|"
    r"percent|%|/|\.\d|[ap]\.?\s?m\b|am\b|pm\b|o'clock\b))",
    re.IGNORECASE,
)


# A bare hour whose half of the day is said after it: 'sun 10 at night', '4 in the morning'.
_HOUR_TOLD_HALF = re.compile(r"(?<![\d/.$:,])(?P<h>\d{1,2})(?::(?P<m>\d{2}))?(?=" + _PART_OF_DAY.pattern + ")", re.IGNORECASE)


_RANGE_START = re.compile(r"(?<![\d/.$:])(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*(?:to|-|–|until|till|til)\s*(?=\d)"
                          r"(?!\d+(?:\.\d+)?\s*(?:hours?|hrs?|minutes?|mins?|days?|miles?|years?|months?|weeks?)\b)", re.IGNORECASE)


# A shift worked overnight, whose bare range '11 to 7' runs from the evening into the morning.
_NIGHT_SHIFT = re.compile(r"\b(?:nights?|graveyard|overnight|third)\s+shift\b|\bon nights\b|\bgraveyard\b", re.IGNORECASE)
# A sentence that places a bare hour in the evening: 'last night … around 9', 'this evening at 7'.
_NIGHT = re.compile(r"\b(?:last|to|at|that|this|one|the|(?:mon|tues|wednes|thurs|fri|satur|sun)day|sat|sun|fri)\s*"
                    r"(?:night|nite|evening)\b|\btonight\b", re.IGNORECASE)


def sentence_at(text: str, position: int) -> str:
    """The sentence of `text` around `position` (a bare clock time takes its half of the day from it)."""
    start = max(text.rfind(mark, 0, position) for mark in ".?!\n") + 1
    ends = [i for mark in ".?!\n" if (i := text.find(mark, position)) >= 0]
    return text[start:min(ends) if ends else len(text)]


def _clock_minutes(hour: int, minute: int, meridiem: str | None) -> int | None:
    if minute > 59:
        return None
    if meridiem:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem == "p" else 0)
    elif hour > 24:
        return None
    return (hour % 24) * 60 + minute


def _find_clocks(q: Question) -> list[ClockFact]:
    text = q.text
    found: list[tuple[int, int, int | None, str, bool]] = []  # start, end, minutes, text, has meridiem
    for m in _CLOCK.finditer(text):
        if m.group("word"):
            found.append((m.start(), m.end(), 0 if m.group("word").lower() == "midnight" else 12 * 60, m.group(0), True))
        elif m.group("ap"):
            minutes = _clock_minutes(int(m.group("h")), int(m.group("m") or 0), m.group("ap").lower())
            found.append((m.start(), m.end(), minutes, m.group(0), True))
        else:
            minutes = _clock_minutes(int(m.group("h2")), int(m.group("m2")), None)
            found.append((m.start("h2"), m.end(), minutes, m.group(0), int(m.group("h2")) > 12))
    for m in _SHORT_MERIDIEM.finditer(text):
        group = "h" if m.group("h") else "h2"
        start = m.start(group)
        if any(s <= start < e for s, e, *_ in found) or _LABEL_BEFORE.search(text[max(0, start - 16):start]):
            continue
        minute = m.group("m" if group == "h" else "m2")
        meridiem = m.group("ap" if group == "h" else "ap2").lower()
        found.append((start, m.end(), _clock_minutes(int(m.group(group)), int(minute or 0), meridiem),
                      text[start:m.end()], True))
    for m in _SPOKEN_CLOCK.finditer(text):  # 'quarter to one', 'half past nine', 'a quarter after 11 pm', 'ten to midnight'
        word = m.group("h").lower()
        part = _SPOKEN_MINUTES[m.group("part").lower()]
        before = m.group("rel").lower() in ("to", "til")
        meridiem = m.group("ap")
        if before and part % 15 and word not in ("midnight", "noon") and "minute" not in m.group(0).lower():
            continue  # 'from ten to twelve' is a range; 'ten minutes to twelve', 'ten to midnight' are times
        if word in ("midnight", "noon"):
            hour = 24 if word == "midnight" else 12
            minutes = hour * 60 - part if before else (hour % 24) * 60 + part
            meridiem = "p" if word == "midnight" and before or word == "noon" and not before else "a"
            found = [f for f in found if not m.start() <= f[0] < m.end()]  # 'midnight' inside 'ten to midnight'
            found.append((m.start(), m.end(), minutes % (24 * 60), m.group(0), True))
            continue
        hour = int(word) if word.isdigit() else _HOUR_WORDS[word]
        minutes = (((hour - 1) or 12) * 60 + 60 - part) if before else hour * 60 + part
        if meridiem:
            minutes = minutes % (12 * 60) + (12 * 60 if meridiem.lower() == "p" else 0)
        found = [f for f in found if not m.start() <= f[0] < m.end()]  # '11 pm' inside 'a quarter after 11 pm'
        found.append((m.start(), m.end(), minutes % (24 * 60), m.group(0), bool(meridiem)))
    for start, end, minutes in military_times(text):
        if not any(s <= start < e for s, e, *_ in found):
            found.append((start, end, minutes, text[start:end], True))
    spans = [(s, e) for s, e, *_ in found]
    bare = [*_BARE.finditer(text), *_HOUR_TOLD_HALF.finditer(text), *(m for m in _RANGE_START.finditer(text)
                                     if re.search(r"\bshift|\bwork|\bhours?\s+are\b|\bsched", text[max(0, m.start() - 40):m.start()],
                                                  re.IGNORECASE)
                                     # 'thu 11-2': a range of hours after a day of the week
                                     or re.search(rf"\b{DAY_NAME}\s*$", text[max(0, m.start() - 12):m.start()], re.IGNORECASE))]
    for m in bare:
        start = m.start("h")
        if any(s <= start < e for s, e in spans):
            continue
        if m.re is not _HOUR_TOLD_HALF and not re.search(r"\b(shift|work|worked|called|call|left|ended|got off|clock|meeting|"
                                                         r"back|home|o'?clock|am|pm|a\.m|p\.m|noon|midnight)\b|\d:\d\d|"
                                                         r"\d\s?[ap]\.?m\b",  # ('tue 7-10am': the range's own meridiem)
                                                         text, re.IGNORECASE):
            continue
        minutes = _clock_minutes(int(m.group("h")), int(m.group("m") or 0), None)
        end = m.end("m") if m.group("m") else m.end("h")
        found.append((start, end, minutes, text[start:end], False))
        spans.append((start, m.end()))
    found.sort(key=lambda item: item[0])
    # Bare hours take their half of the day from their neighbours: '10:00 to 11:00 pm' → 22:00–23:00;
    # 'called back at 7pm, worked til 8' → 20:00; a range '8 to 5' with no am/pm → 08:00–17:00.
    clocks: list[ClockFact] = []
    told_half: dict[int, int] = {}  # times whose half of the day a word after them says ('4:10 this morning')
    for index, (start, end, minutes, span, has_meridiem) in enumerate(found):
        if minutes is None:
            continue
        if re.match(r"\s*0\d:[0-5]\d\b", span):
            has_meridiem = True  # '05:40' with its leading zero is a 24-hour time: morning, whatever follows
        assumed = None
        told = _PART_OF_DAY.match(text, end)
        if told and not has_meridiem and minutes < 13 * 60:  # '4:50 in the morning', '9 at night'
            hour = minutes // 60
            if told.group("p").lower() == "morning":
                minutes -= 12 * 60 if hour == 12 else 0
            elif hour != 12 or told.group("p").lower() == "night":
                minutes = (minutes + 12 * 60) % (24 * 60) if hour != 12 else 0
            told_half[index] = minutes
        elif not has_meridiem and minutes < 13 * 60:
            # the next time written, when it has its half of the day: never one beyond a bare time that
            # closes this one's range ('7:30 to 4 but stayed till 9pm' is a morning shift)
            following = next((f for f in found[index + 1:index + 2] if f[4] and f[2] is not None and f[0] - end < 30), None)
            # ('called at 4:10 this morning … got to the site at 4:45': the nearest time whose half is known)
            preceding = next(((f[0], f[1], told_half.get(i, f[2]), f[3], True) for i, f in reversed(list(enumerate(found[:index])))
                              if (f[4] or i in told_half) and f[2] is not None), None)
            hour = minutes // 60
            ahead = found[index + 1] if index + 1 < len(found) else None
            # '… 8:30pm, thu 11-2': a bare time that opens a bare range ending earlier on the clock starts a new
            # day's range (11 to 2), not the evening the time before it was in
            opens_range = ahead is not None and not ahead[4] and ahead[2] is not None and ahead[0] - end < 4 \
                and ahead[2] < minutes and re.fullmatch(r"\s*[-–]\s*", text[end:ahead[0]]) is not None
            # 'started at 7 and didn't leave till 8:30 pm': a day begun in the morning, where the morning reading
            # makes a working day (at most 16 hours) — not '10:00 to 11:00 pm'
            day_start = following is not None and following[2] is not None and re.search(
                r"\b(?:start(?:ed|s)?|began|begin|came in|clocked in|got in|punched in)\s+(?:at\s+)?(?:around\s+|about\s+)?$",
                text[max(0, start - 25):start], re.IGNORECASE) is not None and following[2] - minutes <= 16 * 60
            if following is not None and following[2] is not None and following[2] >= 12 * 60 \
                    and (minutes + 12 * 60) <= following[2] and hour != 12 and not day_start:
                minutes += 12 * 60  # '10:00 to 11:00 pm'
            elif preceding is not None and preceding[2] is not None and preceding[2] >= 12 * 60 and hour != 12 \
                    and (minutes + 12 * 60 >= preceding[2] or minutes + 12 * 60 >= preceding[2] - 60 and re.search(
                        r"\b(?:got there|got in|arrived|showed up|was there|reached)\b[^.?!\d]{0,10}$",
                        text[max(0, start - 25):start], re.IGNORECASE)) and not opens_range:
                # 'at 7pm, worked til 8'; 'come back that night at 9:00 … got there at 8:55' (an arrival a little before it)
                minutes += 12 * 60
            elif preceding is not None and preceding[2] is not None and preceding[2] > minutes \
                    and hour == 12 and preceding[2] >= 18 * 60:
                minutes -= 12 * 60  # 'at 11:05 pm, done by 12:25': past midnight
                assumed = f"I took “{span.strip()}” as 12:{minutes % 60:02d} am (after midnight)."
            else:
                nxt = found[index + 1] if index + 1 < len(found) else None
                prv = found[index - 1] if index > 0 else None
                if prv is not None and not prv[4] and prv[2] is not None and prv[2] < 13 * 60 and start - prv[1] < 12 \
                        and prv[2] > minutes and hour != 12 and clocks and clocks[-1].start == prv[0] \
                        and _NIGHT_SHIFT.search(sentence_at(text, start)):
                    began = clocks[-1]  # 'night shift is 11 to 7': 11 pm to 7 am
                    clocks[-1] = replace(began, minutes=(began.minutes + 12 * 60) % (24 * 60),
                                         assumed=f"I took “{began.text.strip()}” as {began.minutes // 60}:"
                                                 f"{began.minutes % 60:02d} pm (a night shift).")
                    q.assumptions = [a for a in q.assumptions if a != began.assumed] + [clocks[-1].assumed or ""]
                elif prv is not None and not prv[4] and prv[2] is not None and prv[2] < 13 * 60 and start - prv[1] < 12 \
                        and prv[2] > minutes and hour != 12:
                    minutes += 12 * 60  # the end of '8 to 5'
                    assumed = f"I took “{span.strip()}” as {minutes // 60 - 12}:{minutes % 60:02d} pm."
                elif nxt is not None and not nxt[4] and nxt[2] is not None and nxt[0] - end < 12 and nxt[2] < minutes:
                    assumed = f"I took “{span.strip()}” as {hour}:{minutes % 60:02d} am."  # the start of '8 to 5'
                elif 1 <= hour <= 6 and re.search(r"\b(ended|ends|end|off|left|got off|clocked out|finished)\b",
                                                  text[max(0, start - 25):start], re.IGNORECASE) or (
                        1 <= hour <= 6 and re.search(r"\bfinished\s+(?:my|the|her|his)\s+(?:regular\s+|normal\s+|usual\s+)?shift\s+at\s+$",
                                                     text[max(0, start - 40):start], re.IGNORECASE)):
                    minutes += 12 * 60  # 'shift ended 4:30', 'finished my regular shift at 5'
                    assumed = f"I took “{span.strip()}” as {hour}:{minutes % 60:02d} pm."
                    told_half[index] = minutes  # and the bare times after it are that evening's: 'around 9 … done by 11'

                elif 5 <= hour <= 11 and _NIGHT.search(sentence_at(text, start)) and not (
                        (prv is not None and start - prv[1] < 12) or (nxt is not None and nxt[0] - end < 12)):
                    minutes += 12 * 60  # 'last night … phoned around 9'
                    assumed = f"I took “{span.strip()}” as {hour}:{minutes % 60:02d} pm (at night)."
                    # and it leads the bare times after it: 'last night at 10:40 … got to the plant at 11:15 and was done
                    # at 12:30' ends after midnight, not at noon
                    told_half[index] = minutes
        if assumed:
            q.assumptions.append(assumed)
        clocks.append(ClockFact(minutes=minutes % (24 * 60), text=span, start=start, end=end, assumed=assumed))
    return clocks


# --- amounts -------------------------------------------------------------------------------------------

_HALF_HOUR = re.compile(r"\b(?:(?P<n>" + NUMBER + r")\s+and\s+a\s+half\s+hours?|(?:an?\s+|one\s+)?hour\s+and\s+a\s+half|"
                        r"half\s+an?\s+hour|a\s+half\s+hour|half[\s-]hour)\b", re.IGNORECASE)
_UNIT_AMOUNT = re.compile(
    rf"(?<![\w.$])(?P<n>{NUMBER})(?:\s*(?:-|to)\s*(?P<n2>\d+(?:\.\d+)?))?\s*(?:and\s+a\s+half\s+)?(?:(?:statute|road|radius|round[- ]trip|business|working|calendar|driving|extra|more|full|whole|complete|after[- ]hours|"
    r"overtime|on[- ]call|standby|qualifying|paid|unpaid|authori[sz]ed|approved|additional)\s+)?-?"
    # 'six qualifying monthly pay periods': months, as the contract counts them
    r"(?P<u>monthly\s+pay\s+periods?|hours?|hrs?|h\b|minutes?|mins?|days?|weeks?|wks?|months?|mos?|years?|yrs?|miles?|mi\b|kilomet(?:er|re)s?|"
    r"kms?\b|percent|%)(?![a-z])",  # not 'no amounts' (a mo…)
    re.IGNORECASE,
)
_MONEY = re.compile(r"\$\s?(?P<n>\d+(?:,\d{3})*(?:\.\d{1,2})?)|(?P<n2>\d+(?:\.\d{1,2})?)\s*(?:dollars|bucks)\b|"
                    r"(?<![\w.$])(?P<n3>\d+(?:\.\d{1,2})?)(?=\s*(?:an?\s+|per\s+|/\s*)(?:hour|hr)\b)|"  # '14.20 an hr': a rate
                    # 'rate 32.12', "rate's 31.33", 'base is 48.50': cents written, after a word for the rate
                    # ('basic hourly is 32.20', 'straight time is 30.56')
                    r"\b(?:rate|base|basic|wage|straight[- ]time|hourly)(?:\s+hourly)?(?:'s|\s+is|\s*:|\s+of|\s+(?:on|in|from)\s+(?:my|the)\s+\w+\s+is)?\s+(?P<n4>\d{1,4}\.\d{2})(?![\d%])"
                    r"(?!\s*(?:/|per|an?)\s*(?:km|kilomet|kms|mi|miles?|day|week|wk|month|year|yr)\b)",
                    re.IGNORECASE)
# A rate said in words, dollars then cents: 'eighteen forty-four an hour', 'base rate is forty-six fifty'.
_TWO_DIGITS = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
               r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)")
_SPOKEN_CENTS = rf"(?:{_TWO_DIGITS}|oh[- ](?:one|two|three|four|five|six|seven|eight|nine))"
_SPOKEN_RATE = re.compile(rf"\b(?P<d>{_TWO_DIGITS})[- ](?P<c>{_SPOKEN_CENTS})\b(?=\s*(?:an?\s+|per\s+|/\s*)(?:hour|hr)\b)|"
                          rf"\b(?:rate|base|wage|make|making|earn|earning)(?:'s|\s+is|\s*:|\s+of)?\s+"
                          rf"(?P<d2>{_TWO_DIGITS})[- ](?P<c2>{_SPOKEN_CENTS})\b|"
                          # 'I make thirty bucks an hour'
                          rf"\b(?P<d3>{_TWO_DIGITS})\s+(?:bucks|dollars)\b(?=\s*(?:an?\s+|per\s+|/\s*)(?:hour|hr)\b)", re.IGNORECASE)


def _spoken_rate(match: re.Match[str]) -> float:
    if match.group("d3"):
        return float(number(match.group("d3")))
    dollars, cents = (match.group("d"), match.group("c")) if match.group("d") else (match.group("d2"), match.group("c2"))
    return round(number(dollars) + number(re.sub(r"^oh[- ]", "", cents, flags=re.IGNORECASE)) / 100, 2)


_UNIT_NAMES = {"hour": "hours", "hr": "hours", "h": "hours", "minute": "minutes", "min": "minutes", "day": "days",
               "week": "weeks", "wk": "weeks", "month": "months", "mo": "months", "year": "years", "yr": "years",
               "mile": "miles", "mi": "miles", "kilometer": "kilometres", "kilometre": "kilometres", "km": "kilometres",
               "percent": "percent", "%": "percent"}


def _find_amounts(q: Question, date_spans: list[tuple[int, int]], clock_spans: list[tuple[int, int]]) -> list[Amount]:
    text = q.text
    taken = list(date_spans)
    amounts: list[Amount] = []
    for m in _HALF_HOUR.finditer(text):
        whole = number(m.group("n")) if m.group("n") else (0.0 if "half" in m.group(0).lower()[:5] else 1.0)
        if re.match(r"(?:a\s+)?half", m.group(0), re.IGNORECASE):
            whole = 0.0
        amounts.append(Amount(whole + 0.5, "hours", m.group(0), m.start(), m.end()))
        taken.append((m.start(), m.end()))
    spoken = [(m.start("d" if m.group("d") else "d2" if m.group("d2") else "d3"), m.end(), _spoken_rate(m)) for m in _SPOKEN_RATE.finditer(text)
              if not any(s <= m.start() < e for s, e in taken)]
    for start, end, value in spoken:
        amounts.append(Amount(value, "dollars", text[start:end], start, end))
        taken.append((start, end))
    for m in _UNIT_AMOUNT.finditer(text):
        if any(s <= m.start() < e for s, e in taken) or any(s <= m.start() < e for s, e in clock_spans if text[s:e].count(":")):
            continue
        if m.group("n").lower() in ("a", "an") and (any(0 <= m.start() - end <= 2 for _, end, _ in spoken) or re.search(
                rf"(\$\s?\d[\d,.]*|\d\s*(?:dollars|bucks|cents)|\d|\b{_TWO_DIGITS})\s*$|\b(per|paid|make|earn|rate)\s*$",
                text[max(0, m.start() - 14):m.start()], re.IGNORECASE)):
            continue  # '$20 an hour', 'eighteen forty-four an hour', 'forty four an hour': a rate, not an hour
        if m.group("u") == "H" or re.search(r"\b(?:section|sec|art|article|clause|§)\.?\s*$",
                                            text[max(0, m.start() - 12):m.start()], re.IGNORECASE):
            continue  # 'under 19.2 H' names a clause, not 19.2 hours
        try:
            value = number(m.group("n"))
        except ValueError:
            continue
        begins = m.start()
        if m.group("n2") and any(s <= m.start() < e for s, e in clock_spans):
            # '0800 to 1700 - 9 hours of travel': a clock time, then the length; not a range of hours
            value, begins = float(m.group("n2")), m.start("n2")
        elif m.group("n2"):
            value = max(value, float(m.group("n2")))
        if "and a half" in m.group(0).lower():
            value += 0.5
        unit_word = "month" if m.group("u").lower().startswith("monthly") else m.group("u").lower().rstrip(".")
        unit_word = unit_word if unit_word in _UNIT_NAMES else unit_word.rstrip("s")
        unit = _UNIT_NAMES.get(unit_word, unit_word)
        amounts.append(Amount(value, unit, text[begins:m.end()], begins, m.end()))
        taken.append((begins, m.end()))
    for amount in [a for a in amounts if a.unit not in ("percent",)]:
        listed = _LISTED.search(text[max(0, amount.start - 80):amount.start])
        if not listed:
            continue
        offset = max(0, amount.start - 80) + listed.start()
        items = [(offset + n.start(), offset + n.end(), float(n.group(0))) for n in re.finditer(r"\d+(?:\.\d+)?", listed.group(0))]
        if any(s <= a < e for a, _, _ in items for s, e in taken) or any(v >= 1000 for *_, v in items) or \
                _NOT_A_LIST.search(text[max(0, items[0][0] - 12):items[0][0]]):
            continue  # 'in 2019, 3 days', 'section 12, 10 days', 'step 2, 10 days': not one list
        amounts.remove(amount)
        for a, b, value in items:
            amounts.append(Amount(value, amount.unit, text[a:b], a, b, group=items[0][0]))
            taken.append((a, b))
        amounts.append(replace(amount, group=items[0][0]))
    for m in _WEEK_TOLD.finditer(text):
        if not any(s <= m.start("n") < e for s, e in taken):  # 'worked my full 40 mon-fri': a week's hours, unit unsaid
            amounts.append(Amount(float(m.group("n")), "hours", m.group("n"), m.start("n"), m.end("n")))
            taken.append((m.start("n"), m.end("n")))
    for unsaid, between in _HOURS_UNIT_SAID_ONCE:
        for m in unsaid.finditer(text):
            if any(s <= m.start("n") < e for s, e in taken):
                continue
            if any(a.unit == "hours" and a.end <= m.start() and between.fullmatch(text[a.end:m.start()]) for a in amounts):
                amounts.append(Amount(float(m.group("n")), "hours", m.group("n"), m.start("n"), m.end("n")))
                taken.append((m.start("n"), m.end("n")))
    for m in _MONEY.finditer(text):
        if m.group("n4"):
            if any(s <= m.start("n4") < e for s, e in taken):
                continue
            amounts.append(Amount(float(m.group("n4")), "dollars", m.group("n4"), m.start("n4"), m.end("n4")))
            continue
        amounts.append(Amount(float((m.group("n") or m.group("n2") or m.group("n3")).replace(",", "")), "dollars", m.group(0),
                              m.start(), m.end()))
    # 'half an hour' / '2 hours and 22 minutes': join an hours amount with the minutes right after it.
    amounts.sort(key=lambda a: a.start)
    merged: list[Amount] = []
    for amount in amounts:
        if merged and merged[-1].unit == "hours" and amount.unit == "minutes" and \
                re.fullmatch(r"[\s,]*(?:and)?\s*", text[merged[-1].end:amount.start]):
            last = merged.pop()
            merged.append(Amount(last.value * 60 + amount.value, "minutes", text[last.start:amount.end], last.start,
                                 amount.end))
            continue
        merged.append(amount)
    return merged


# Figures listed before the one that carries their unit: '3.5, 3.5, 4 and 2.25 hrs', '4 + 6 + 3 hours' (at least
# one comma or plus, so 'between 2 and 3 hours' and 'from 8 and 10 hours' stay one figure).
_LISTED = re.compile(r"(?<![\w.$/:-])(?:\d+(?:\.\d+)?\s*(?:,|\+|&)\s*)+(?:\d+(?:\.\d+)?\s*(?:,\s*)?(?:and|\+|&)\s*)?$")


_NOT_A_LIST = re.compile(r"(?:\b(?:section|sec|art|article|clause|step|level|stage|no|number|unit|room|page|p|pp|grade|"
                         r"class|range|rule|local|bullet|item|tier|band|schedule|appendix)\.?|§|#)\s*$", re.I)


# A week's hours said without the unit: 'did my regular 40 mon-fri', 'worked my full 40 that week'.
_WEEK_TOLD = re.compile(r"\b(?:my|the|a|our|her|his|their)\s+(?:full|regular|normal|usual|standard|scheduled)\s+(?P<n>[2-6]\d)\b"
                        r"(?!\s*(?:hours?|hrs?|h\b|min|minutes?|%|percent|dollars|cents|miles?|km|days?|weeks?|months?|years?|"
                        r"[-/:.]\d))", re.I)


# A day's hours with the unit unsaid ('… and Saturday for 6'), read as hours only right after another day's hours.
_DAY_HOURS_UNSAID = re.compile(rf"\b{DAY_NAME}\s+(?:for\s+|:\s*)(?P<n>\d{{1,2}}(?:\.\d+)?)"
                               r"(?![\d:/]|\.\d|\s*(?:am|pm|a\.m|p\.m|hours?|hrs?|h\b|min|%|th\b|st\b|nd\b|rd\b|dollars|bucks))", re.I)


# A day's hours with the unit unsaid, told before the day ('… and 2.5 on Saturday'), read only after another day's hours.
_HOURS_ON_DAY_UNSAID = re.compile(rf"(?<![\d$.:/])(?P<n>\d{{1,2}}(?:\.\d+)?)\s+on\s+(?={DAY_NAME}\b)", re.I)


# A day's hours with the unit said once, read only right after another day's hours, with what may stand between:
# 'Friday for 9 hours and Saturday for 6' ('friday for 9 hrs (not a weather make-up day) and saturday for 5': an aside);
# '3 hours Monday, 4 hours Wednesday and 2.5 on Saturday' (the earlier amount's day between).
_HOURS_UNIT_SAID_ONCE = (
    (_DAY_HOURS_UNSAID, re.compile(r"[\s,]*(?:\([^()]{0,60}\))?[\s,]*(?:and|&|then)?\s*")),
    (_HOURS_ON_DAY_UNSAID, re.compile(rf"\s*(?:on\s+)?{DAY_NAME}[\s,]*(?:and|&|then)?\s*", re.IGNORECASE)),
)


_CORRECTION = re.compile(r"[\s,.;:!()–—-]*(?:no wait|wait|sorry|i mean|i meant|actually|correction|scratch that|oops|make that|"
                         r"er+|um+)[\s,.;:!()–—-]*(?:no,?\s*|it was\s*|it'?s\s*)?", re.I)


# A correction with a few words of its own before the figure it gives: '12 hrs -- wait no, just checked my timesheet, it
# was 11.5 hours'.
_CORRECTED_AFTER = re.compile(r"[\s,.;:!()–—-]*(?:no wait|wait no|wait|sorry|correction|oops|scratch that)\b[^.?!\d]{0,50}?"
                              r"\b(?:it was|it'?s|it is|was|actually|make that|really)\s*$", re.I)


# Between a date and the one that corrects it: ' when the schedule got posted - wait no, sorry, it was Tuesday ',
# '... no wait, scratch that, it was Friday '.
# ('- wait no, the letter is dated thurs the 26th but she received it friday' adds a day; it corrects none)
_CORRECTION_WORD = r"(?:no wait|wait no|wait|sorry|correction|scratch that|oops|i mean|i meant|no)"
_DATE_CORRECTED = re.compile(rf"[^.?!\d]{{0,40}}?(?:\.\.\.|[\s,;:!()–—-])*\b{_CORRECTION_WORD}\b(?:[\s,;:!.–—-]*{_CORRECTION_WORD}\b)*"
                             r"[\s,;:!.–—-]*(?:it was|it'?s|it is|make that|actually|i think)?\s*"
                             r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?(?:the\s+)?", re.I)


# 'worked 10 1/2 hrs', '1/2 hr': a fraction of an amount, not a date (January 2)
_MIXED_FRACTION = re.compile(r"(?<![\d/.])(?:(?P<whole>\d{1,3})\s+)?(?P<num>[13])/(?P<den>[24])(?=\s*(?:hrs?|hours?|h|days?|"
                             r"miles?|mi|km|kilomet\w*|weeks?|months?)\b)", re.IGNORECASE)


def _fractions(text: str) -> str:
    """Mixed fractions written out as decimals, padded to the same length so every position in the text stays put."""
    def decimal(m: re.Match[str]) -> str:
        if int(m.group("num")) >= int(m.group("den")):
            return m.group(0)
        value = (int(m.group("whole")) if m.group("whole") else 0) + int(m.group("num")) / int(m.group("den"))
        return f"{value:g}".ljust(len(m.group(0)))
    return _MIXED_FRACTION.sub(decimal, text)


def read(text: str, today: date, holiday: HolidayDate | None = None) -> Question:
    """Every date, clock time and amount in the question, with roles and what was assumed. `holiday` gives a
    named public holiday's date in a year (in the calendar of the contract asked about), so 'the Wednesday
    before Thanksgiving' is a date."""
    text = _fractions(text)
    q = Question(text=text, today=today)
    raw = _find_dates(q, holiday)
    roles = []
    previous_end = 0
    for start, end, *_ in raw:
        roles.append(_role(q, start, end, previous_end))
        previous_end = end
    dates = [d for d in _resolve_years(q, raw, roles) if d.role != "claim"]
    # 'I found out Monday the 16th … - wait no, sorry, it was Tuesday the 17th': the day corrected is not one of the
    # story's, and the day that corrects it takes its role (found out): the same fact, told again ('it was' is no cue)
    kept: list[DateFact] = []
    for i, fact in enumerate(dates):
        if i + 1 < len(dates) and _DATE_CORRECTED.fullmatch(text[fact.end:dates[i + 1].start]):
            dates[i + 1] = replace(dates[i + 1], role=fact.role, level=fact.level, informal=fact.informal)
            continue
        kept.append(fact)
    q.dates = kept
    date_spans = [(s, e) for s, e, *_ in raw]
    clocks = _find_clocks(q)
    q.clocks = [c for c in clocks if not any(s <= c.start < e for s, e in date_spans)]
    amounts = _find_amounts(q, date_spans, [(c.start, c.end) for c in q.clocks])
    # 'i missed 2 days - no wait, 3 days': the figure corrected is not one of the story's
    q.amounts = [a for i, a in enumerate(amounts) if not (
        i + 1 < len(amounts) and amounts[i + 1].unit == a.unit and (_CORRECTION.fullmatch(text[a.end:amounts[i + 1].start])
                                                                    or _CORRECTED_AFTER.fullmatch(text[a.end:amounts[i + 1].start])))]
    return q
