"""Time limits found in any contract's text: "within thirty (30) days of", "no later than ten (10)
working days after", "within 72 hours", "not later than the twenty-fifth (25th) day after".

Each limit keeps the sentence it comes from (verbatim, so it can be cited), the amount and unit,
what it counts from and the action it governs, and — where the text says — the grievance step it
belongs to. Alongside, the rules that say how a contract counts its limits (Saturdays, Sundays and
holidays excluded; a definition of working days) and whether they can be extended by agreement.

Only the contract's own words are used; nothing here knows any particular contract. The result is
plain data stored with the parsed contract, so deadline questions can be answered (and a draft
rules file written) for a contract nobody has written calculator rules for.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ingest.structure import Article, Clause, Contract, Section, TimeLimit, TimeRule

_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
          "seventeen eighteen nineteen").split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
             "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
             "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "ninetieth": 90}
NUMBER_WORDS: dict[str, int] = {w: i for i, w in enumerate(_UNITS)} | _TENS | {"hundred": 100} | _ORDINALS
_NUMWORD = "(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
_WORDS = rf"{_NUMWORD}(?:(?:\s+and\s+|[\s-]+){_NUMWORD})*"
_AMOUNT = (rf"(?:(?P<words>{_WORDS})\s*\((?P<paren>\d{{1,4}})(?:st|nd|rd|th)?\)"
           rf"|(?P<digits>\d{{1,4}})(?:st|nd|rd|th)?|(?P<bare>{_WORDS}))")
_UNIT = (r"(?P<qual>calendar|working|work|business|regular\s+work(?:ing)?|consecutive|school)?[\s-]*"
         r"(?P<unit>workdays?|days?|hours?|weeks?|months?|years?)\b")
_RELATION = (r"(?P<rel>within|no\s+later\s+than|not\s+later\s+than|no\s+more\s+than|not\s+more\s+than|"
             r"at\s+least|not\s+less\s+than|no\s+less\s+than|a\s+minimum\s+of)")
_FROM = (r"(?P<prep>of|after|from|following|since|prior\s+to|before|in\s+advance\s+of|preceding)")
_DAY_NAMES = (r"(?:saturdays?|sundays?|weekends?|(?:designated\s+(?:paid\s+)?|paid\s+|recognized\s+|statutory\s+|legal\s+|"
              r"general\s+)?holidays?)")
_DAY_LIST = rf"{_DAY_NAMES}(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+){_DAY_NAMES})*"
# 'ten (10) days exclusive of Saturdays, Sundays, and Recognized Holidays after receiving …': the days left
# out of the count may stand between the amount and what it counts from.
_INLINE_EXCLUSION = rf"\s*,?\s*(?:exclusive\s+of|excluding|not\s+counting)\s+{_DAY_LIST},?"
LIMIT = re.compile(
    rf"(?:{_RELATION}\s+(?:the\s+)?)?{_AMOUNT}\s*{_UNIT}(?P<excl>{_INLINE_EXCLUSION})?(?:\s+{_FROM}\b)?",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+(?=[A-Z(\"“*])|\n\s*\n")
_MODAL = re.compile(r"\b(shall|may|must|will|should|can|is to|are to)\b", re.IGNORECASE)
_STEP = re.compile(
    r"\bstep\s*(?P<n>\d+|one|two|three|four|five|six|i{1,3}|iv|v)\b|"
    r"\b(?P<o>first|second|third|fourth|fifth|final|1st|2nd|3rd|4th|5th)[\s-]+(?:level|step)\b|"
    r"\blevel\s+(?P<l>\d+|one|two|three|four|five)\b",
    re.IGNORECASE,
)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}
_ORDINAL_LEVEL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "1st": 1, "2nd": 2, "3rd": 3,
                  "4th": 4, "5th": 5}
GRIEVANCE_WORDS = re.compile(r"\b(grievances?|grievor|grievant|arbitrat\w*|adjudicat\w*|appeals?|disputes?|"
                             r"differences?|complaints?)\b", re.IGNORECASE)
_PARTS = (
    ("side letter", re.compile(r"\bside\s+letter", re.IGNORECASE)),
    ("letter of agreement", re.compile(r"\bletters?\s+of\s+(?:agreement|understanding)\b|\bLO[AU]\b|\bLETTER\s*#",
                                       re.IGNORECASE)),
    ("memorandum", re.compile(r"\bmemorand\w*\b|\bMO[UA]\b", re.IGNORECASE)),
    ("appendix", re.compile(r"\bappendix|\baddendum|\bexhibit|\bschedule\s+[A-Z]\b", re.IGNORECASE)),
)
_FROM_KINDS = (
    ("knowledge", re.compile(r"\b(learn\w*|aware\w*|knowledge|known|knew|discover\w*|notified|realiz\w*)\b", re.IGNORECASE)),
    ("due", re.compile(r"\bwas\s+due\b|\bdue\s+date\b", re.IGNORECASE)),
    ("receipt", re.compile(r"\b(decision|response|answer|reply|settlement|award)\b|^\s*(?:the\s+)?(?:receipt|receiving)"
                           r"(?:\s+thereof)?\s*$", re.IGNORECASE)),
    ("filing", re.compile(r"\b(filing|filed|presentation|presented|request\w*|notification|notice|submission|"
                          r"submitted|appeal\w*)\b|\b(receipt|received|receiving)\b.*\bgrievance", re.IGNORECASE)),
    ("meeting", re.compile(r"\b(meeting|hearing|conference)\b", re.IGNORECASE)),
    ("signature", re.compile(r"\b(sign\w*|ratif\w*|execution)\b", re.IGNORECASE)),
    ("event", re.compile(r"\b(incident|event|occurr\w*|occasion\w*|violation|action|circumstances?|effective\s+date|"
                         r"happen\w*|changed|date\s+of\s+the|arose|arising)\b", re.IGNORECASE)),
)
_ACTION_KINDS = (
    ("arbitrate", re.compile(r"\b(arbitrat\w*|adjudicat\w*)\b", re.IGNORECASE)),
    ("appeal", re.compile(r"\b(appeal\w*|next\s+(?:higher\s+)?(?:step|level)|succeeding\s+level|advance\s+the\s+grievance)\b",
                          re.IGNORECASE)),
    ("respond", re.compile(r"\b(respond\w*|response|reply|replies|answer\w*|decision|render\w*)\b", re.IGNORECASE)),
    ("file", re.compile(r"\b(file[ds]?|filing|submit\w*|present\w*|raise[ds]?|initiat\w*|lodge[ds]?|grieve[ds]?|"
                        r"written\s+request|request\s+(?:a|for\s+a)\s+meeting|notify|notif\w+)\b", re.IGNORECASE)),
    ("meet", re.compile(r"\b(meet|meeting|hearing|conference)\b", re.IGNORECASE)),
    ("pay", re.compile(r"\b(pa(?:y|id)|reimburs\w*|compensat\w*)\b", re.IGNORECASE)),
    ("notify", re.compile(r"\b(notice|inform\w*|advise[ds]?)\b", re.IGNORECASE)),
)
_PARTIES = (
    ("either", re.compile(r"\b(either\s+party|the\s+parties|party\s+raising|both\s+parties)\b", re.IGNORECASE)),
    ("union", re.compile(r"\b(union|council|association|local\s+lodge|local)\b", re.IGNORECASE)),
    ("grievant", re.compile(r"\b(grievant|grievor|employee|aggrieved|member)\b", re.IGNORECASE)),
    ("employer", re.compile(r"\b(employer|department|supervisor|manager|director|designee|county|state|college|"
                            r"company|person\s+designated|management|agency)\b", re.IGNORECASE)),
)
_EXCLUDES = re.compile(
    r"(?P<days>(?:saturdays?|sundays?|weekends?|(?:designated\s+(?:paid\s+)?|paid\s+|recognized\s+|legal\s+)?holidays?)"
    r"(?:\s*,\s*|\s+and\s+|\s+or\s+|(?:\s*,)?\s*and\s+)?){2,}[^.;]{0,40}?\b(?:shall|will)\s+(?:be\s+)?(?:excluded|not\s+(?:be\s+)?(?:counted|included))",
    re.IGNORECASE,
)
_EXCLUDING = re.compile(r"\bexcluding\s+(?P<days>(?:saturdays?|sundays?|weekends?|holidays?|[\s,]|and|or|statutory|paid|"
                        r"designated)+)", re.IGNORECASE)
_WORKING_DAYS = re.compile(r"[\"“']?(?:working|business|work)\s+days?[\"”']?[^.]{0,80}?\b(?:(?:is|are|shall\s+be)\s+defined\s+as|"
                           r"means?|shall\s+mean|refers?\s+to)\s+", re.IGNORECASE)
_EXTENSION = (
    re.compile(r"\btime\s+limit\w*|\btimelines?\b|\btime\s+periods?\b|\btime\s+frames?\b|\btime\s+within\s+which", re.IGNORECASE),
    re.compile(r"\b(extend\w*|extension|waive\w*|waiver)\b", re.IGNORECASE),
    re.compile(r"\b(mutual\w*|agree\w*|consent)\b", re.IGNORECASE),
)
_ONWARD = re.compile(r"\b(?:each\s+)?(?:succeeding|next|higher|subsequent)\s+(?:higher\s+)?(?:level|step)|\bbeyond\s+the\s+first\s+level",
                     re.IGNORECASE)
MAX_QUOTE = 600


def words_to_number(text: str) -> int | None:
    """'twenty-one' → 21, 'one hundred and eighty' → 180, 'twenty-fifth' → 25."""
    total, current = 0, 0
    found = False
    for word in re.split(r"[\s-]+", text.lower()):
        if word in ("", "and"):
            continue
        if word not in NUMBER_WORDS:
            return None
        value = NUMBER_WORDS[word]
        found = True
        if value == 100:
            current = max(current, 1) * 100
        else:
            current += value
    total += current
    return total if found else None


def _amount(match: re.Match[str]) -> int | None:
    if match.group("paren"):
        return int(match.group("paren"))
    if match.group("digits"):
        return int(match.group("digits"))
    return words_to_number(match.group("bare") or "")


def _unit(match: re.Match[str]) -> str:
    unit = match.group("unit").lower().rstrip("s")
    qual = (match.group("qual") or "").lower()
    if unit == "workday":
        return "working_days"
    if unit == "day":
        if qual == "calendar":
            return "calendar_days"
        if qual == "business":
            return "business_days"
        if qual.startswith(("working", "work", "regular")):
            return "working_days"
        return "days"
    return unit + "s"


def _sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end), cut to a readable window if the 'sentence' is a whole table."""
    left = 0
    for boundary in _SENTENCE_END.finditer(text, 0, min(len(text), start + 1)):
        if boundary.end() <= start:
            left = boundary.end()
    right_match = _SENTENCE_END.search(text, end)
    right = right_match.start() if right_match else len(text)
    if right - left > MAX_QUOTE:
        left = max(left, start - MAX_QUOTE // 3)
        right = min(right, end + MAX_QUOTE // 2)
        while left > 0 and not text[left - 1].isspace():
            left += 1
        while right < len(text) and not text[right].isspace():
            right -= 1
    return left, right


def _level_word(value: str) -> int | None:
    value = value.lower()
    if value.isdigit():
        return int(value)
    if value in _ROMAN:
        return _ROMAN[value]
    if value in _ORDINAL_LEVEL:
        return _ORDINAL_LEVEL[value]
    return words_to_number(value)


def step_levels(text: str) -> list[int]:
    """Step or level numbers named in a text: 'Step 2', 'Step Two', 'second level', 'level 3'."""
    levels = []
    for m in _STEP.finditer(text):
        word = m.group("n") or m.group("o") or m.group("l")
        if word and word.lower() == "final":
            continue
        level = _level_word(word) if word else None
        if level is not None and 0 < level < 10:
            levels.append(level)
    return levels


def _levels_done(action: str) -> list[int]:
    """Levels an action is at; 'not resolved at Step Two, … request arbitration' is the step after it."""
    levels = []
    for m in _STEP.finditer(action):
        word = m.group("n") or m.group("o") or m.group("l")
        level = _level_word(word) if word and word.lower() != "final" else None
        if level is None or not 0 < level < 10:
            continue
        before = action[max(0, m.start() - 30):m.start()]
        done = re.search(r"\b(resolved\s+(?:at|in)|after|following|beyond|completion\s+of)\s+(?:the\s+)?$", before, re.IGNORECASE)
        levels.append(level + 1 if done else level)
    return levels


_RUN_IN_STEP = re.compile(r"(?:^|\n|[.:;]\s+)\W*step\s*(\d+|one|two|three|four|five)\b", re.IGNORECASE)


def _context_level(section: Section, clause: Clause, article: Article | None, at: int | None = None) -> int | None:
    """The step a clause sits under: a 'Step N' that starts a sentence earlier in the same clause
    ('… Step 2 (Formal Grievance) If the grievance …', where the steps run on in one paragraph), else
    the nearest 'Step N' heading before the clause, else its section's title."""
    if at is not None:
        run_in = list(_RUN_IN_STEP.finditer(clause.text[:at]))
        if run_in:
            return _level_word(run_in[-1].group(1))
    before: list[str] = []
    for other in section.clauses:
        if other is clause:
            break
        before.append(other.text)
    text = "\n".join(before)
    headings = [m for m in re.finditer(r"(?:^|\n)\W*step\s*(\d+|one|two|three|four|five)\b", text, re.IGNORECASE)]
    if headings:
        return _level_word(headings[-1].group(1))
    lead = re.match(r"\W*step\s*(\d+|one|two|three|four|five)\b", clause.text, re.IGNORECASE)
    if lead:
        return _level_word(lead.group(1))
    levels = step_levels(section.title)
    if levels:
        return levels[-1]
    if re.search(r"\binformal\b", section.title, re.IGNORECASE):
        return 0
    return None


def _kinds(text: str) -> list[str]:
    found = [kind for kind, pattern in _FROM_KINDS if pattern.search(text)]
    if "receipt" in found and "filing" in found:
        found.remove("filing")  # 'receipt of the decision': the decision is what counts, not a filing
    if "knowledge" in found and "event" in found and not re.search(r"\bor\b", text, re.IGNORECASE):
        found.remove("event")  # 'known of the event': knowledge of it, one start
    return found or (["other"] if text.strip() else [])


def action_kind(action: str) -> str:
    """Classified by the verb after the first modal ('shall respond', 'may appeal'), else the whole text."""
    if _ACTION_KINDS[0][1].search(action):
        return "arbitrate"
    if _ONWARD.search(action):
        return "appeal"
    modal = _MODAL.search(action)
    if modal:
        verb = " ".join(action[modal.end():].split()[:6])
        kind = _first(_ACTION_KINDS, verb, "")
        if kind:
            return kind
    return _first(_ACTION_KINDS, action, "other")


def _first(patterns: tuple[tuple[str, re.Pattern[str]], ...], text: str, default: str) -> str:
    for kind, pattern in patterns:
        if pattern.search(text):
            return kind
    return default


def _action(sentence: str, rel_start: int, rel_end_of_from: int, parent: str) -> str:
    """What the time is for: the clause after the limit when the sentence opens with it, else the
    modal clause before it; for a bare list item, its parent's lead-in."""
    before = sentence[:rel_start].strip(" ,;:-*\n")
    if not _MODAL.search(before) and parent and not _MODAL.search(sentence[rel_end_of_from:]):
        return _lead_action(parent)
    if len(re.findall(r"[A-Za-z]+", before)) <= 2:
        after = sentence[rel_end_of_from:]
        comma = after.find(",")
        if comma >= 0 and _MODAL.search(after[comma:]):
            return after[comma + 1:].strip(" .;:\n")
        before = ""
    if before:
        segments = [s.strip() for s in re.split(r",\s+", before) if s.strip()]
        modal = [s for s in segments if _MODAL.search(s)]
        if modal:
            last = len(segments) - 1 - segments[::-1].index(modal[-1])
            if re.match(r"(?:or|and)\b", modal[-1], re.IGNORECASE):
                # the last item of a list ('grievances over A, B, or C must be filed'): the list is the subject, so
                # the action starts where the sentence's part before it does
                first = last
                while first > 0 and not _MODAL.search(segments[first - 1]):
                    first -= 1
                return ", ".join(segments[first:last + 1])
            return modal[-1]
        after = sentence[rel_end_of_from:]
        comma = after.find(",")
        if comma >= 0 and _MODAL.search(after[comma:]):
            return after[comma + 1:].strip(" .;:\n")
        if segments and len(segments[-1].split()) >= 3:
            return segments[-1]
    if parent.strip():
        return _lead_action(parent)
    return before


def _lead_action(parent: str) -> str:
    segments = [s.strip() for s in re.split(r",\s+", parent.strip()) if s.strip()]
    modal = [s for s in segments if _MODAL.search(s)]
    text = modal[-1] if modal else segments[-1]
    return re.sub(r"\s*(?:no\s+later\s+than|not\s+later\s+than|within|either|by)\s*:?\s*$", "", text,
                  flags=re.IGNORECASE).strip(" :")


def _counts_from(sentence: str, start: int) -> tuple[str, int]:
    """The event text after 'of/after/from …', up to the next comma or the sentence end."""
    rest = sentence[start:]
    stop = re.search(r",(?!\s*\d{4}\b)|;|\.(?:\s|$)|\bthe\s+(?:employee|grievant|grievor|union|employer)\s+(?:shall|may|must|will)\b|"
                     r"\s+to\s+(?:a|an|the)\s+(?!date|day|time)", rest)
    text = rest[: stop.start()] if stop else rest
    return text.strip(), start + len(text)


_OPENING_EVENT = re.compile(r"^\W*(?:[A-Za-z]\W\s*)?(?:on|upon|following|after)\s+(?P<event>(?:the\s+)?(?:receipt|"
                            r"receiving|service|delivery|issuance|notification|notice)\b[^,;:]*)", re.IGNORECASE)


def _opening_event(text: str) -> str:
    """What a limit without its own starting point counts from, when its sentence or the lead-in it
    completes opens with the event: 'On receipt of a notice referred to in clause (b), …'."""
    match = _OPENING_EVENT.search(text)
    if not match:
        return ""
    # 'On receipt of the proposal the employer shall, …': the event ends where its sentence's subject begins.
    return re.split(r"\s+(?:(?:the|this|that|each|either|any|it|they)\s+(?:[\w'-]+\s+){0,2})?(?:shall|may|must|will)\b",
                    match.group("event"), maxsplit=1, flags=re.IGNORECASE)[0].strip()


def _part(section: Section, article: Article | None) -> str:
    where = " ".join([section.id, section.title, article.number if article else "", article.title if article else ""])
    for name, pattern in _PARTS:
        if pattern.search(where):
            return name
    return "contract"


def _parent_text(section: Section, clause: Clause) -> str:
    """The lead-in a list item completes: its parent clause, or the clause before it when that ends with a colon."""
    if "." in clause.path:
        parent = section.clause(clause.path.rsplit(".", 1)[0])
        if parent is not None:
            return parent.text
    index = next((i for i, c in enumerate(section.clauses) if c is clause), 0)
    for previous in reversed(section.clauses[:index]):
        if previous.text.rstrip().endswith(":"):
            return previous.text
        if len(previous.text) > 200:
            break
    return ""


def _limits_in(contract: Contract, article: Article, section: Section, clause: Clause) -> Iterator[TimeLimit]:
    text = clause.text
    context = " ".join([section.title, article.title])
    for match in LIMIT.finditer(text):
        amount = _amount(match)
        if amount is None or amount <= 0:
            continue
        rel = re.sub(r"\s+", " ", (match.group("rel") or "").lower())
        prep = re.sub(r"\s+", " ", (match.group("prep") or "").lower())
        if not rel and prep not in ("after", "following", "from", "prior to", "before", "in advance of", "preceding"):
            continue  # 'up to three eight-hour days', '120 calendar days in any twelve months': amounts, not limits
        left, right = _sentence_span(text, match.start(), match.end())
        sentence = text[left:right]
        start, end = match.start() - left, match.end() - left
        counts_from, from_end = _counts_from(sentence, end) if prep else ("", end)
        parent = _parent_text(section, clause)
        if not counts_from:  # 'On receipt of the proposal, the other party (b) shall, within ten (10) days, reply'
            counts_from = _opening_event(sentence[:start]) or _opening_event(parent)
        action = _action(sentence, start, from_end, parent)
        relation = {"within": "within", "no later than": "no_later_than", "not later than": "no_later_than",
                    "no more than": "within", "not more than": "within", "at least": "at_least",
                    "not less than": "at_least", "no less than": "at_least", "a minimum of": "at_least"}.get(rel, "")
        if relation in ("no_later_than", "at_least") and prep in ("prior to", "before", "in advance of", "preceding"):
            # 'no later than N days prior to the event', 'not less than N days prior to it': the day it must be
            # done by is counted back from what it precedes
            relation = "before"
        if not relation:
            relation = "before" if prep in ("prior to", "before", "in advance of", "preceding") else (
                "no_later_than" if re.search(r"no\s+later\s+than|not\s+later\s+than", parent, re.IGNORECASE) else "after")
        unit = _unit(match)
        tail = sentence[end:]
        if unit == "days" and (match.group("excl") or _EXCLUDING.search(sentence[max(0, start - 20): end + 80])):
            unit = "working_days"  # 'within seven (7) days …, (excluding Saturday, Sunday and holidays)'
        whichever = None
        which = re.search(r"which\s?ever\s+(?:is|occurs|comes)\s+(earlier|later|sooner|first|last)", tail, re.IGNORECASE)
        if which:
            whichever = "earlier" if which.group(1).lower() in ("earlier", "sooner", "first") else "later"
        kinds = _kinds(counts_from) if counts_from else []
        grievance = bool(GRIEVANCE_WORDS.search(context) or GRIEVANCE_WORDS.search(sentence))
        kind_of_action = action_kind(action) if action else action_kind(sentence)
        level = None
        action_levels = [] if _ONWARD.search(action) else _levels_done(action)
        from_levels = step_levels(counts_from)
        if action_levels:
            level = action_levels[-1]
        elif from_levels and kind_of_action in ("appeal", "arbitrate", "file"):
            level = from_levels[-1] + 1
        elif grievance and not _ONWARD.search(action):
            level = _context_level(section, clause, article, match.start())
            if level is not None and kind_of_action == "appeal" and from_levels and level <= from_levels[-1]:
                level = from_levels[-1] + 1
        # Several limits in one sentence, each for its own case: the words before this one since the last limit
        # ('… at any level …, except the final level, within twenty (20) days') say what it is not for, the words
        # right after it ('within thirty (30) days where the grievance is presented at the final level') when it applies.
        since = sentence[_previous_limit_end(sentence, start):start]
        excluded = re.search(r"\bexcept(?:\s+(?:for|at|in))?\s+(?P<what>[^,;.]{3,60}?)\s*,", since, re.IGNORECASE)
        case = re.match(r"\s*(?:days?|hours?|weeks?|months?|working days?|calendar days?)?\s*(?:where|when|if|in which)\s+"
                        r"(?P<what>[^,;.]{3,80}?)(?=\s+except\b|[,;.]|$)", sentence[end:], re.IGNORECASE)
        own_case = ""
        if excluded and re.match(r"\s*(?:to|for|in)\s+which\b", since[excluded.end():], re.IGNORECASE):
            # '… except in the case of a policy grievance, to which the Employer shall respond within sixty (60) days':
            # the exception is this limit's own case
            own_case, excluded = excluded.group("what"), None
        found = TimeLimit(
            section=section.id,
            clause=clause.path,
            quote=_flat(sentence),  # whitespace folded (line breaks of the source); still found word for word
            phrase=_flat(text[match.start(): match.end()]),
            amount=amount,
            unit=unit,
            relation=relation,
            counts_from=_flat(counts_from),
            from_kinds=kinds,
            whichever=whichever,
            action=_flat(action),
            action_kind=kind_of_action,
            level=level,
            party=_first(_PARTIES, action, ""),
            grievance=grievance,
            part=_part(section, article),
            excludes=_flat(excluded.group("what")) if excluded else "",
            applies_when=_flat(case.group("what")) if case else _flat(own_case),
        )
        yield found
        # 'not less than 90 nor more than 120 days prior to June 30': a window; the nearer end is a
        # limit of its own (the latest day for notice), the one matched above the earliest.
        window = _WINDOW.search(sentence[:start])
        if window and relation == "before":
            low = words_to_number(window.group("low")) if not window.group("low").isdigit() else int(window.group("low"))
            if low and 0 < low < amount:
                yield found.model_copy(update={
                    "phrase": _flat(f"not less than {window.group('low')} "
                                    + re.sub(rf"^{_AMOUNT}\s*", "", text[match.start(): match.end()], flags=re.IGNORECASE)),
                    "amount": low, "relation": "before",
                    "action": _flat(action[: max(0, len(action) - len(window.group(0)))].rstrip() or action)})


def _previous_limit_end(sentence: str, start: int) -> int:
    """Where the limit before this one in the sentence ends (0 when it is the first)."""
    ends = [m.end() for m in LIMIT.finditer(sentence) if m.end() <= start]
    return ends[-1] if ends else 0


_WINDOW = re.compile(r"\b(?:not|no)\s+less\s+than\s+(?P<low>\d{1,4}|[a-z-]+)\s*(?:\(\d{1,4}\)\s*)?(?:\w+\s+)?"
                     r"(?:nor|and\s+not|and\s+no|or)\s+more\s+than\s*$", re.IGNORECASE)


def _rules_in(article: Article, section: Section, clause: Clause) -> Iterator[TimeRule]:
    text = clause.text
    for match in _EXCLUDES.finditer(text):
        left, right = _sentence_span(text, match.start(), match.end())
        yield TimeRule(kind="excludes", section=section.id, clause=clause.path, quote=_flat(text[left:right]),
                       excludes=excluded_days(match.group(0)), article=article.number)
    for match in _WORKING_DAYS.finditer(text):
        left, right = _sentence_span(text, match.start(), match.end())
        definition = text[match.start():right]
        excludes = excluded_days(definition)
        if re.search(r"monday\s+(?:through|to|-)\s+friday|weekdays?", definition, re.IGNORECASE):
            excludes = sorted(set(excludes) | {"saturday", "sunday"})
        if not excludes:
            continue
        yield TimeRule(kind="working_days", section=section.id, clause=clause.path, quote=_flat(text[left:right]),
                       excludes=excludes, article=article.number)
    left = 0
    for boundary in [*_SENTENCE_END.finditer(text), None]:
        right = boundary.start() if boundary else len(text)
        sentence = text[left:right]
        if all(p.search(sentence) for p in _EXTENSION):
            yield TimeRule(kind="extension", section=section.id, clause=clause.path, quote=_flat(sentence),
                           article=article.number)
        left = boundary.end() if boundary else len(text)


def _flat(text: str) -> str:
    return " ".join(text.split())


def excluded_days(text: str) -> list[str]:
    lowered = text.lower()
    found = set()
    if "saturday" in lowered or "weekend" in lowered:
        found.add("saturday")
    if "sunday" in lowered or "weekend" in lowered:
        found.add("sunday")
    if "holiday" in lowered:
        found.add("holidays")
    return sorted(found)


def extract(contract: Contract) -> tuple[list[TimeLimit], list[TimeRule]]:
    """Every time limit and counting rule in the contract, in document order."""
    limits: list[TimeLimit] = []
    rules: list[TimeRule] = []
    # The same words in two sentences of one clause are two limits (one step's '… will respond within N days.' and
    # the next step's, word for word the same): the sentence tells them apart.
    seen: set[tuple[str, str, str, str, int]] = set()
    for article in contract.articles:
        for section in article.sections:
            for clause in section.clauses:
                for limit in _limits_in(contract, article, section, clause):
                    key = (limit.section, limit.clause, limit.quote, limit.phrase, limit.amount)
                    if key not in seen:
                        seen.add(key)
                        limits.append(limit)
                rules.extend(_rules_in(article, section, clause))
    return limits, rules
