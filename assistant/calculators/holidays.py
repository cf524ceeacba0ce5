"""A contract's holidays in a given year, from one of two sources:

* a rules file's list (``holidays.list.days``), with the contract's own weekend rules (a Sunday
  holiday moves to Monday; a Saturday one to Friday or to holiday credit, as the rules say);
* the holiday article of a contract nobody wrote rules for: its items are read from the text
  ("the third Monday in January", "July 4", "Juneteenth", "the Sovereign's birthday") and dated
  with the `holidays` package for the country whose calendar names most of them, with the
  package's observed days (a Saturday holiday observed on the Friday before, and so on).

Either way every holiday keeps the clause it was read from, so a count that skips it can cite it.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib import resources
from typing import Any

from dateutil.easter import easter

from assistant.calculators.calendar import WEEKDAYS
from assistant.calculators.result import CalcResult, fmt_date, fmt_hours, pay_for_hours
from assistant.calculators.rules import Rules, longest_alias
from assistant.citations import make_citation
from assistant.errors import ToolInputError
from assistant.schema import Citation
from ingest.structure import Contract, Section
from ingest.yaml_files import load_yaml

_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "last": -1}
_MONTHS = [m.lower() for m in calendar.month_name[1:]]
_NTH_WEEKDAY = re.compile(r"\b(first|1st|second|2nd|third|3rd|fourth|4th|last)\s+(" + "|".join(WEEKDAYS) + r")\s+(?:in|of)\s+("
                          + "|".join(_MONTHS) + r")\b", re.IGNORECASE)
_MONTH_DAY = re.compile(r"\b(" + "|".join(_MONTHS) + r")\s+(\d{1,2})(?:st|nd|rd|th)?\b", re.IGNORECASE)


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    days = [d for d in calendar.Calendar().itermonthdates(year, month) if d.month == month and d.weekday() == weekday]
    return days[nth - 1] if nth > 0 else days[nth]


def _spec_date(spec: dict[str, Any], year: int) -> date:
    if "day" in spec:
        actual = date(year, spec["month"], spec["day"])
    else:
        actual = _nth_weekday(year, spec["month"], spec["weekday"], spec["nth"])
    return actual + timedelta(days=spec.get("offset_days", 0))


def holiday_dates(rules: Rules, year: int) -> list[dict[str, Any]]:
    """Each holiday in a rules file's list: its date, observed date (or None) and treatment."""
    entries = []
    for spec in rules.get("holidays", "list", "days"):
        actual = _spec_date(spec, year)
        observed: date | None = actual
        treatment = "day off"
        credit = 0
        if actual.weekday() == 6 and rules.has("holidays", "sunday"):
            observed, treatment = actual + timedelta(days=1), "observed the following Monday"
        elif actual.weekday() == 5:
            if spec.get("saturday_rule") == "friday":
                observed, treatment = actual - timedelta(days=1), "observed the preceding Friday"
            elif rules.has("holidays", "saturday_credit_hours"):
                credit = rules.get("holidays", "saturday_credit_hours")
                observed, treatment = None, f"falls on a Saturday: {credit} hours of holiday credit, no day off"
        entries.append({"name": spec["name"], "date": actual, "observed": observed, "treatment": treatment,
                        "credit_hours": credit})
    return entries


def saturday_credit_total(rules: Rules, named: list[tuple[str, int]]) -> CalcResult:
    """The holiday credit several holidays earn by falling on a Saturday (each in its own year), added up: the hours
    the rules give such a holiday, none for one that does not fall on a Saturday or is moved to the Friday."""
    result = CalcResult(tool="holidays", summary="")
    result.cite(rules.cite(rules.get("holidays", "list")))
    total = 0.0
    for name, year in named:
        entry = next((e for e in holiday_dates(rules, year) if str(e["name"]).lower().startswith(name.lower())), None)
        if entry is None:
            raise ToolInputError(f"{name} is not one of this contract's holidays.")
        credit = float(entry["credit_hours"] or 0)
        total += credit
        where = (f"a Saturday, no day off: {credit:g} hours of holiday credit" if credit else
                 "a Saturday, observed the preceding Friday: no credit" if entry["date"].weekday() == 5 else
                 f"a {WEEKDAYS[entry['date'].weekday()].capitalize()}: no credit")
        result.work.append(f"{entry['name']}: {fmt_date(entry['date'])}, {where}")
    if rules.has("holidays", "saturday_credit"):
        result.cite(rules.cite(rules.get("holidays", "saturday_credit")))
    total = round(total, 3)
    names = " and ".join(f"{n} {y}" for n, y in named)
    result.summary = f"{names} earn {total:g} hours of holiday credit for falling on a Saturday."
    result.values = {"credit_hours": total}
    result.set_primary("hours", total, "holiday credit")
    return result


def observed_days(rules: Rules, year: int) -> dict[date, str]:
    return {e["observed"]: e["name"] for e in holiday_dates(rules, year) if e["observed"] is not None}


def holidays_for_year(rules: Rules, year: int, asked: str | None = None) -> CalcResult:
    """The year's contract holidays; `asked` names one holiday or 'saturday'/'sunday'/'weekend' when
    the question is about those, so the result leads with that answer."""
    if not 1900 <= year <= 2200:
        raise ToolInputError(f"Year {year} is out of range; give a year such as {date.today().year}.")
    result = CalcResult(tool="holidays", summary="")
    entries = holiday_dates(rules, year)
    result.cite(rules.cite(rules.get("holidays", "list")))
    lines = []
    for entry in entries:
        line = f"{entry['name']}: {fmt_date(entry['date'])}"
        if entry["observed"] != entry["date"]:
            line += f" — {entry['treatment']}"
            if entry["observed"] is not None:
                line += f" ({fmt_date(entry['observed'])})"
        lines.append(line)
        if entry["date"].weekday() == 6 and rules.has("holidays", "sunday"):
            result.cite(rules.cite(rules.get("holidays", "sunday")))
        elif entry["date"].weekday() == 5:
            key = "saturday_friday" if entry["observed"] is not None else "saturday_credit"
            if rules.has("holidays", key):
                result.cite(rules.cite(rules.get("holidays", key)))
    result.work = lines
    result.values = {
        "year": year,
        "holidays": [
            {"name": e["name"], "date": e["date"].isoformat(),
             "observed": e["observed"].isoformat() if e["observed"] else None,
             "credit_hours": e["credit_hours"]}
            for e in entries
        ],
    }
    saturday = [e for e in entries if e["date"].weekday() == 5]
    sunday = [e for e in entries if e["date"].weekday() == 6]
    result.summary = f"{len(entries)} contract holidays in {year}" + (
        f"; {len(saturday)} fall on a Saturday" if saturday else "") + (f"; {len(sunday)} on a Sunday" if sunday else "") + "."
    named = _named(entries, asked)
    if named is not None and named["observed"] is None and named["credit_hours"]:
        result.summary = (f"{named['name']} falls on a Saturday in {year} ({fmt_date(named['date'])}): "
                          f"{named['credit_hours']} hours of holiday credit instead of a day off.")
        result.set_primary("hours", named["credit_hours"], "holiday credit")
    elif named is not None:
        day = named["observed"] or named["date"]
        result.summary = f"{named['name']} in {year}: {fmt_date(named['date'])}" + (
            f", {named['treatment']}" + (f" ({fmt_date(named['observed'])})" if named["observed"] else "")
            if named["observed"] != named["date"] else "") + "."
        result.set_primary("date", day.isoformat(), f"{named['name']} (observed)")
    elif asked in ("saturday", "sunday", "weekend"):
        chosen = {"saturday": saturday, "sunday": sunday, "weekend": saturday + sunday}[asked]
        names = ", ".join(f"{e['name']} ({e['date']:%b} {e['date'].day})" for e in chosen) or "none"
        result.summary = f"{len(chosen)} of the {len(entries)} contract holidays in {year} fall on a {asked}: {names}."
        result.set_primary("count", len(chosen), f"holidays on a {asked}")
    else:
        result.set_primary("count", len(entries), "contract holidays")
    rules.note(result, rules.data.get("holidays", {}).get("also"))
    if rules.has("holidays", "personal_holiday", "rule"):
        result.cite(rules.cite(rules.get("holidays", "personal_holiday", "rule")))
    return result


def _named(entries: list[dict[str, Any]], asked: str | None) -> dict[str, Any] | None:
    if not asked or asked in ("saturday", "sunday", "weekend"):
        return None
    wanted = asked.lower()
    return next((e for e in entries if wanted in e["name"].lower()), None)


# --- holidays read from a contract's text ------------------------------------------------------------

@dataclass(frozen=True)
class TextHoliday:
    name: str
    spec: dict[str, Any]
    citation: Citation


@cache
def _vocabulary() -> dict[str, Any]:
    text = resources.files("assistant.calculators").joinpath("holiday_names.yaml").read_text(encoding="utf-8")
    return dict(load_yaml(text))


@cache
def holiday_name_alternatives() -> str:
    """Every public holiday's name as contracts and members write them, longest first, as one regex alternation
    for patterns that put a holiday in context ('the Wednesday before …', 'worked on …')."""
    return "|".join(re.escape(n) for n in sorted(_vocabulary()["names"], key=len, reverse=True))


@cache
def holiday_name_pattern() -> re.Pattern[str]:
    """Any public holiday's name, as contracts and members write them."""
    return re.compile(r"\b(" + holiday_name_alternatives() + r")", re.IGNORECASE)


def package_name(written: str) -> str | None:
    """The public holiday's own name for a name as members write it ('July 4' → 'Independence Day'), where
    the vocabulary maps it to one; None otherwise."""
    entry = _vocabulary()["names"].get(written.lower().strip())
    return str(entry["package"]) if isinstance(entry, dict) and entry.get("package") else None


def _item_spec(text: str) -> dict[str, Any] | None:
    lowered = text.lower().replace("’", "'")
    m = _NTH_WEEKDAY.search(lowered)
    if m:
        return {"month": _MONTHS.index(m.group(3).lower()) + 1, "weekday": WEEKDAYS.index(m.group(2).lower()),
                "nth": _NTH[m.group(1).lower()]}
    names = _vocabulary()["names"]
    for alias in sorted(names, key=len, reverse=True):
        if alias in lowered:
            return dict(names[alias])
    m = _MONTH_DAY.search(lowered)
    if m:
        day = int(m.group(2))
        month = _MONTHS.index(m.group(1).lower()) + 1
        if 1 <= day <= calendar.monthrange(2000, month)[1]:
            return {"month": month, "day": day}
    return None


def _holiday_section(contract: Contract) -> Iterator[Section]:
    """Sections that may list the holidays: titled so, or in an article titled so."""
    for article in contract.articles:
        in_article = bool(re.search(r"holiday", article.title, re.IGNORECASE))
        for section in article.sections:
            if in_article or re.search(r"holiday", section.title, re.IGNORECASE):
                yield section


_TEXT_CACHE: dict[tuple[str, str], tuple[TextHoliday, ...]] = {}


def _text_holidays(contract: Contract) -> tuple[TextHoliday, ...]:
    key = (contract.id, contract.sha256)
    if key not in _TEXT_CACHE:
        _TEXT_CACHE[key] = _read_text_holidays(contract)
    return _TEXT_CACHE[key]


def _mentions(text: str) -> list[tuple[int, int, dict[str, Any]]]:
    """Every holiday a text names, as (start, end, spec): by name ('Memorial Day', "the Sovereign's
    birthday"), by rule ('the first Monday in August') or by date ('July 4'); several may share a line
    (a list laid out in columns)."""
    found: list[tuple[int, int, dict[str, Any]]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b, _ in found)

    names = _vocabulary()["names"]
    for alias in sorted(names, key=len, reverse=True):
        pattern = r"\b" + r"\s+".join(re.escape(word) for word in alias.replace("'", "’'").split()) + r"\b"
        pattern = pattern.replace(re.escape("’'"), "['’]")
        for m in re.finditer(pattern, text, re.IGNORECASE):
            if free(m.start(), m.end()):
                tail = re.match(r"[’']?s?['’]?\s+(?:Jr\.\s+)?(?:Day|Birthday|Eve)\b", text[m.end():])  # 'Presidents’ Day'
                found.append((m.start(), m.end() + (tail.end() if tail else 0), dict(names[alias])))
    for m in _NTH_WEEKDAY.finditer(text):
        restated = text[max(0, m.start() - 2):m.start()].strip().endswith("(") and any(
            0 <= m.start() - end <= 30 for _, end, _ in found)  # "King's Birthday (3rd Monday in January)"
        if free(m.start(), m.end()) and not restated:
            found.append((m.start(), m.end(), {"month": _MONTHS.index(m.group(3).lower()) + 1,
                                               "weekday": WEEKDAYS.index(m.group(2).lower()), "nth": _NTH[m.group(1).lower()]}))
    for m in _MONTH_DAY.finditer(text):
        day, month = int(m.group(2)), _MONTHS.index(m.group(1).lower()) + 1
        if free(m.start(), m.end()) and 1 <= day <= calendar.monthrange(2000, month)[1]:
            found.append((m.start(), m.end(), {"month": month, "day": day}))
    return sorted(found, key=lambda item: item[0])


def _read_text_holidays(contract: Contract) -> tuple[TextHoliday, ...]:
    best: list[TextHoliday] = []
    for section in _holiday_section(contract):
        found: list[TextHoliday] = []
        for clause in section.clauses:
            for start, end, spec in _mentions(clause.text):
                words = clause.text[start:end]
                found.append(TextHoliday(" ".join(words.split()), spec, make_citation(contract, section, clause, words)))
        if len(found) > len(best):
            best = found
    return tuple(best) if len(best) >= 3 else ()


def text_holidays(contract: Contract) -> tuple[TextHoliday, ...]:
    """The holidays a contract's holiday article lists (at least three, or none)."""
    return _text_holidays(contract)


@cache
def _country_calendar(country: str, year: int) -> dict[date, str]:
    import holidays as holiday_package

    kind = holiday_package.country_holidays(country).__class__
    found = holiday_package.country_holidays(country, years=year, categories=kind.supported_categories, observed=True)
    return dict(found.items())


@cache
def _regional_days(country: str, year: int, name: str) -> list[date]:
    """A holiday the national calendar lacks but provinces or states keep ('Family Day' in Canada):
    the date most of the regions that have it give it (its own date, not an observed one)."""
    import holidays as holiday_package

    votes: Counter[date] = Counter()
    for region in holiday_package.list_supported_countries().get(country, []):
        found = holiday_package.country_holidays(country, subdiv=region, years=year)
        votes.update({d for d, n in found.items() if any(part.strip() == name for part in n.split(";"))})
    return [votes.most_common(1)[0][0]] if votes else []


def _country_for(items: tuple[TextHoliday, ...], year: int) -> str:
    countries = _vocabulary()["countries"]
    wanted = [i.spec["package"] for i in items if "package" in i.spec]
    if not wanted:
        return str(countries[0])

    def score(country: str) -> int:
        days = _country_calendar(country, year)
        return sum(1 for name in wanted if any(_is_named(n, name) for n in days.values()))

    return max(countries, key=lambda c: (score(c), -countries.index(c)))


def _is_named(names: str, wanted: str) -> bool:
    """'Independence Day' is the package's 'Independence Day' or 'Independence Day (observed)', not
    'Juneteenth National Independence Day'; a day may carry several names joined by '; '."""
    return any(part == wanted or part == f"{wanted} (observed)" for part in (p.strip() for p in names.split(";")))


def observed_in_text_year(contract: Contract, year: int) -> set[date]:
    """The days in `year` that stand in for a listed holiday falling on a weekend (the public
    calendar's observed days), as opposed to the holidays' own dates."""
    items = text_holidays(contract)
    if not items:
        return set()
    package = _country_calendar(_country_for(items, year), year)
    wanted = [i.spec["package"] for i in items if "package" in i.spec]
    return {d for d, names in package.items() for part in names.split(";")
            if part.strip().endswith("(observed)") and part.strip()[: -len(" (observed)")] in wanted}


def public_holiday_date(name: str, year: int, contract: Contract | None = None) -> date | None:
    """The date in `year` of a public holiday a member names ('Thanksgiving', 'Good Friday', 'the day after
    Thanksgiving'), in the calendar of the country whose holidays the contract lists (Thanksgiving is in
    October in Canada); without a contract, or one that lists none, the vocabulary's first country."""
    spec = _item_spec(name)
    if spec is None:
        return None
    items = text_holidays(contract) if contract is not None else ()
    country = _country_for(items, year)
    if "after" in spec:
        base = public_holiday_date(str(spec["after"]), year, contract)
        return base + timedelta(days=int(spec.get("offset_days", 0))) if base else None
    if "package" in spec:
        days = sorted(d for d, names in _country_calendar(country, year).items()
                      if any(part.strip() == spec["package"] for part in names.split(";"))) \
            or _regional_days(country, year, spec["package"])
        return days[0] if days else None
    if "easter" in spec:
        return easter(year) + timedelta(days=spec["easter"])
    return _spec_date(spec, year) if "month" in spec else None


def text_holiday_dates(contract: Contract, year: int) -> dict[date, tuple[str, Citation]]:
    """Dates in `year` of the holidays the contract's text lists, with the clause each came from."""
    items = text_holidays(contract)
    if not items:
        return {}
    country = _country_for(items, year)
    package = _country_calendar(country, year)
    dates: dict[date, tuple[str, Citation]] = {}
    named: dict[str, date] = {}
    for item in items:
        spec = item.spec
        days: list[date] = []
        if "package" in spec:
            days = [d for d, n in package.items() if _is_named(n, spec["package"])] \
                or _regional_days(country, year, spec["package"])
        elif "easter" in spec:
            days = [easter(year) + timedelta(days=spec["easter"])]
        elif "month" in spec:
            days = [_spec_date(spec, year)]
        for day in days:
            dates[day] = (item.name, item.citation)
            named.setdefault(item.name.lower(), day)
    for item in items:
        if "after" in item.spec:
            base = next((d for name, d in named.items() if item.spec["after"] in name), None)
            if base is None:
                base = next((d for d, n in package.items() if item.spec["after"] in n.lower() and "observed" not in n), None)
            if base is not None:
                dates[base + timedelta(days=item.spec["offset_days"])] = (item.name, item.citation)
    return dates


_WEEKEND_RULE = re.compile(r"\bfalls?\s+on\s+(?:a\s+)?(?:saturday|sunday)|\b(?:saturday|sunday)\b[^.]{0,60}\b(?:observed|"
                           r"considered|moved|preceding|following)", re.IGNORECASE)


def _weekend_rule(contract: Contract) -> Citation | None:
    """The sentence of the holiday article that says what happens to a weekend holiday, if any."""
    for section in _holiday_section(contract):
        for clause in section.clauses:
            for sentence in re.split(r"(?<=[.;])\s+", clause.text):
                if _WEEKEND_RULE.search(sentence):
                    return make_citation(contract, section, clause, sentence.strip())
    return None


def holidays_from_text(contract: Contract, year: int, asked: str | None = None) -> CalcResult:
    """The holidays a contract's holiday article lists, dated for `year` (observed days as the
    country's calendar keeps them), for a contract with no holiday list in a rules file."""
    if not 1900 <= year <= 2199:
        raise ToolInputError(f"Year {year} is out of range: give a date between 1900 and 2199.")
    items = text_holidays(contract)
    if not items:
        raise ToolInputError(f"No list of holidays was found in {contract.name}.")
    dated = text_holiday_dates(contract, year)
    stand_ins = observed_in_text_year(contract, year)
    result = CalcResult(tool="holidays", summary="")
    entries: list[dict[str, Any]] = []
    for item in items:
        days = sorted(d for d, (name, _) in dated.items() if name == item.name and d.year == year)
        own = [d for d in days if d not in stand_ins]
        if not own:
            continue
        actual = own[0]
        # the stand-in beside this year's day: December 31 stands in for the next year's New Year's Day, not this one's
        moved = [d for d in days if d in stand_ins and abs((d - actual).days) <= 3]
        observed = moved[0] if moved else actual
        entries.append({"name": item.name, "date": actual, "observed": observed, "citation": item.citation,
                        "package": item.spec.get("package")})
    rule = _weekend_rule(contract)
    for entry in entries:
        line = f"{entry['name']}: {fmt_date(entry['date'])}"
        if entry["observed"] != entry["date"]:
            line += f" — observed {fmt_date(entry['observed'])}"
        result.work.append(line)
    result.values = {"year": year, "holidays": [{"name": e["name"], "date": e["date"].isoformat(),
                                                 "observed": e["observed"].isoformat()} for e in entries]}
    wanted = (asked or "").lower()
    official = package_name(wanted) if wanted else None  # 'MLK' is the public calendar's Martin Luther King Jr. Day
    named = next((e for e in entries if wanted and wanted not in ("saturday", "sunday", "weekend")
                  and (wanted in e["name"].lower() or e["name"].lower().split(" (")[0] in wanted
                       or official is not None and e["package"] == official)), None)
    if named is not None:
        result.cite(named["citation"])
        result.summary = f"{named['name']} in {year}: {fmt_date(named['date'])}" + (
            f", observed {fmt_date(named['observed'])}." if named["observed"] != named["date"] else ".")
        if named["observed"] != named["date"] and rule is not None:
            result.cite(rule)
        result.set_primary("date", named["observed"].isoformat(), f"{named['name']} (observed)")
    else:
        for entry in entries:
            result.cite(entry["citation"])
        if wanted in ("saturday", "sunday", "weekend"):
            weekday = {"saturday": (5,), "sunday": (6,), "weekend": (5, 6)}[wanted]
            chosen = [e for e in entries if e["date"].weekday() in weekday]
            result.summary = f"{len(chosen)} of the {len(entries)} holidays in {year} fall on a {wanted}."
            result.set_primary("count", len(chosen), f"holidays on a {wanted}")
        else:
            result.summary = f"{len(entries)} holidays listed for {year}."
            result.set_primary("count", len(entries), "holidays")
        if rule is not None:
            result.cite(rule)
    result.assumptions.append("Observed days follow the public calendar's rule for a weekend holiday, as the quoted "
                              "clause describes; check any day your employer designates.")
    return result


def _dashless(text: str) -> str:
    return re.sub(r"\s*[-\u2010-\u2015]\s*|\s+", " ", text)


def schedule_named(rules: Rules, text: str) -> str | None:
    """The schedule whose observance rule a question's words name ('we're on 4x10s Monday to
    Thursday'), by the longest alias found; None when the rules have no such schedules."""
    if not rules.has("holidays", "schedule_moves"):
        return None
    # 'Tuesday-to-Friday', 'Tues–Fri' and 'tuesday to friday' are one schedule.
    return longest_alias(text, (([spec["schedule"], *spec.get("aliases", [])], str(spec["schedule"]))
                                for spec in rules.get("holidays", "schedule_moves")), flatten=_dashless)


def schedule_move(rules: Rules, schedule: str | None) -> dict[str, Any] | None:
    """The rules' observance rule for a schedule whose days off a holiday may fall on (`holidays.schedule_moves`);
    None where the rules give that schedule none."""
    if schedule is None or not rules.has("holidays", "schedule_moves"):
        return None
    return next((s for s in rules.get("holidays", "schedule_moves") if s["schedule"] == schedule), None)


def observed_weekday(spec: dict[str, Any], weekday: str) -> str:
    """The weekday a holiday falling on `weekday` is kept on under a schedule's observance rule ('friday' is kept on
    'thursday' where the rule moves a Friday holiday back a day); the same weekday where it moves none."""
    shift = spec.get("moves", {}).get(weekday)
    return WEEKDAYS[(WEEKDAYS.index(weekday) + int(shift)) % 7] if shift is not None else weekday


def _asked_day(result: CalcResult) -> tuple[str, date] | None:
    """The holiday a calendar result answers and the day it actually falls on (before any observed
    move), for the moves a member's schedule or days off make; None when the result is not one date."""
    if result.primary is None or result.primary.type != "date":
        return None
    name = result.primary.label.replace(" (observed)", "")
    listed = next((h for h in result.values.get("holidays", []) if h["name"] == name), None)
    return name, date.fromisoformat(listed["date"] if listed else str(result.primary.value))


def move_for_schedule(rules: Rules, result: CalcResult, schedule: str) -> CalcResult:
    """One holiday's day as the member's schedule observes it: where the contract moves a holiday
    that falls on a schedule's day off ('moved to the preceding Thursday'), the move replaces the
    public calendar's, cited to the clause that says so."""
    spec = next((s for s in rules.get("holidays", "schedule_moves") if s["schedule"] == schedule), None)
    if spec is None:
        raise ToolInputError(f"No holiday rule for the {schedule!r} schedule.")
    asked = _asked_day(result)
    if asked is None:
        return result
    name, actual = asked
    shift = spec.get("moves", {}).get(WEEKDAYS[actual.weekday()])
    observed = actual + timedelta(days=int(shift)) if shift is not None else actual
    result.work.append(f"On the {schedule} schedule: {name} falls on {fmt_date(actual)}"
                       + (f", observed {fmt_date(observed)}" if observed != actual else ", a workday: observed that day"))
    result.cite(rules.cite(spec))
    result.summary = f"{name} on the {schedule} schedule: observed {fmt_date(observed)}."
    result.assumptions = [a for a in result.assumptions if "public calendar" not in a]
    result.set_primary("date", observed.isoformat(), f"{name} (observed, {schedule})")
    return result


def move_for_days_off(rules: Rules, result: CalcResult, days_off: list[str]) -> CalcResult:
    """One holiday's day for a member whose days off are not the weekend: where the contract says a
    holiday on the first day off is observed the day before and on the second the day after
    (`holidays.days_off`: days to add for each), that replaces the public calendar's move."""
    spec = rules.get("holidays", "days_off")
    asked = _asked_day(result)
    if asked is None or len(days_off) != 2:
        return result
    name, actual = asked
    weekday = WEEKDAYS[actual.weekday()]
    shift = {days_off[0]: int(spec["first"]), days_off[1]: int(spec["second"])}.get(weekday, 0)
    observed = actual + timedelta(days=shift)
    where = ("your first day off" if weekday == days_off[0] else "your second day off" if weekday == days_off[1]
             else "a workday")
    result.work.append(f"With {days_off[0].title()} and {days_off[1].title()} off: {name} falls on {fmt_date(actual)}, "
                       f"{where}" + (f" → observed {fmt_date(observed)}" if observed != actual else ""))
    result.cite(rules.cite(spec))
    result.summary = f"{name} with {days_off[0].title()} and {days_off[1].title()} off: observed {fmt_date(observed)}."
    result.assumptions = [a for a in result.assumptions if "public calendar" not in a]
    result.set_primary("date", observed.isoformat(), f"{name} (observed on your schedule)")
    return result


def holiday_work_pay(rules: Rules, hours_worked: float, holiday: str | None = None,
                     hourly_rate: float | None = None, normal_day_hours: float | None = None,
                     worked_only: bool = False, days: int = 1, overnight: bool = False) -> CalcResult:
    """Hours of pay (at the straight-time rate) for working on a holiday: the holiday pay or credit
    plus each tier of hours at its multiplier, as the rules say; in dollars too when the member gave
    their rate. Where the holiday pay is 'a normal scheduled workday' (`holiday_pay_hours:
    normal_day`), it is the member's own normal day, which they must give. `worked_only` leaves the
    holiday pay out, for a member who asks about the hours worked alone ('not counting the holiday
    credit'); the work says so. `days`: holidays worked with the same hours each ('10 hours on the 24th and again on the
    28th'), each paid the same way. `overnight`: the shift runs past midnight; where the rules say which shift the
    premium is for (`overnight`: the one that begins on the holiday), the answer names it and cites the clause."""
    spec = rules.get("holidays", "work_pay")
    if not 1 <= days <= 31:
        raise ToolInputError("Give the number of holidays worked (1 to 31).")
    extra_spec = spec.get("holiday_pay_hours", 0)
    if extra_spec == "normal_day" and normal_day_hours is None and not worked_only:
        raise ToolInputError("Give the hours of your normal scheduled workday: the holiday pay is that many hours.")
    if not 0 < hours_worked <= 24:
        raise ToolInputError("Give the hours worked on the holiday (more than 0, at most 24).")
    result = CalcResult(tool="holidays", summary="")
    total = 0.0
    remaining = hours_worked
    previous = 0.0
    for tier in spec["tiers"]:
        limit = tier.get("up_to")
        span = remaining if limit is None else min(remaining, float(limit) - previous)
        if span <= 0:
            continue
        pay = span * float(tier["multiplier"])
        total += pay
        result.work.append(f"{span:g} hours × {float(tier['multiplier']):g} = {fmt_hours(pay)} of pay")
        result.cite(rules.cite(tier))
        remaining -= span
        previous = float(limit) if limit is not None else previous + span
    extra = float(normal_day_hours or 0) if extra_spec == "normal_day" else float(extra_spec)
    if extra and worked_only:
        result.work.append(f"Not in this figure, as asked for the hours worked: the {spec.get('holiday_pay_label', 'holiday pay')}"
                           f" ({fmt_hours(extra)}) comes on top of it")
        result.cite(rules.cite(spec["holiday_pay"]))
        extra = 0.0
    if extra:
        total += extra
        result.work.append(f"Plus {spec.get('holiday_pay_label', 'holiday pay')}: {fmt_hours(extra)}")
        result.cite(rules.cite(spec["holiday_pay"]))
    rules.note(result, spec.get("condition"))
    past_midnight = overnight and bool(spec.get("overnight"))
    if past_midnight:
        rules.note(result, spec["overnight"])  # which of the two shifts around the holiday the premium is for
    if days > 1:
        result.work.append(f"{days} holidays × {fmt_hours(total)} = {fmt_hours(total * days)} of pay")
        total *= days
    result.values = {"hours_worked": hours_worked * days, "total_hours_pay": round(total, 3), "holiday": holiday}
    day = f" on each of {days} holidays" if days > 1 else f" on {holiday}" if holiday else " on the holiday"
    if past_midnight and days == 1 and spec["overnight"].get("premium_shift") in ("begins", "ends"):
        day = f" on the shift that {spec['overnight']['premium_shift']} on {holiday or 'the holiday'}"
    result.summary = (f"Working {hours_worked:g} hours{day} is worth {fmt_hours(total)} of pay at your straight-time rate"
                      f" ({', '.join(result.work)}).")
    result.set_primary("hours", total, "hours of pay, straight-time")
    if hourly_rate is not None:
        amount = round(total * hourly_rate, 2)
        result.values["pay"] = amount
        result.work.append(f"{fmt_hours(total)} × ${hourly_rate:,.2f} an hour = ${amount:,.2f}")
        result.summary = (f"Working {hours_worked:g} hours{day} is worth ${amount:,.2f}: {fmt_hours(total)} of pay at "
                          f"your straight-time rate of ${hourly_rate:,.2f} ({', '.join(result.work[:-1])}).")
        result.set_primary("money", amount, "pay for the day")
    return result


def with_meal_allowance(rules: Rules, result: CalcResult, hours_worked: float) -> CalcResult:
    """The day's pay with the overtime meal allowance a holiday's long day earns, where the rules give one for days of rest
    and holidays (`pay.overtime_meal.rest_day`: none for the first `free_hours`, one for each further `each_hours`)."""
    spec = rules.get("pay", "overtime_meal")
    rest = spec["rest_day"]
    periods = int(max(0.0, hours_worked - float(rest["free_hours"])) // float(rest["each_hours"]))
    allowance = round(periods * float(spec["amount"]), 2)
    result.cite(rules.cite(rest))
    result.work.append(f"Meal allowance: {hours_worked:g} hours, none for the first {float(rest['free_hours']):g}, "
                       f"{periods} full period(s) of {float(rest['each_hours']):g} hours after × ${float(spec['amount']):,.2f} "
                       f"= ${allowance:,.2f}")
    result.values["meal_allowance"] = allowance
    if result.primary is not None and result.primary.type == "money":
        total = round(float(result.primary.value) + allowance, 2)
        result.values["pay_with_meals"] = total
        result.summary += f" With the meal allowance (${allowance:,.2f}), ${total:,.2f} in all."
        result.set_primary("money", total, "pay for the day with the meal allowance")
    return result


def part_time_holiday_pay(rules: Rules, fte: float, scheduled_hours: float | None = None, month_hours: float | None = None,
                          month_days: int | None = None, hourly_rate: float | None = None) -> CalcResult:
    """A part-timer's pay for a holiday not worked (`holidays.part_time`): none under the FTE the contract sets; the hours
    a set schedule would have had that day; without a set schedule, the previous calendar month's hours divided by its
    days worked."""
    spec = rules.get("holidays", "part_time")
    if not 0 < fte <= 1:
        raise ToolInputError("Give your FTE as a fraction of full time, above 0 and at most 1.0.")
    result = CalcResult(tool="holidays", summary="")
    result.cite(rules.cite(spec))
    if fte < float(spec["min_fte"]):
        result.work.append(f"FTE {fte:g} is under the {float(spec['min_fte']):g} the holiday compensation needs")
        result.values = {"fte": fte, "hours": 0.0}
        result.summary = f"At {fte:g} FTE the contract gives no holiday compensation (it needs {float(spec['min_fte']):g})."
        result.set_primary("hours", 0.0, "hours of holiday pay")
        return result
    if scheduled_hours is not None:
        hours = scheduled_hours
        result.cite(rules.cite(spec["set_schedule"]))
        result.work.append(f"The hours your set schedule has that day: {fmt_hours(hours)}")
    elif month_hours is not None and month_days:
        hours = round(month_hours / month_days, 2)
        result.cite(rules.cite(spec["no_set_schedule"]))
        result.work.append(f"{fmt_hours(month_hours)} worked the previous month ÷ {month_days} days worked = {fmt_hours(hours)}")
    else:
        raise ToolInputError("Give the hours your schedule has that day, or, without a set schedule, the hours and days "
                             "worked the previous calendar month.")
    result.values = {"fte": fte}
    pay_for_hours(result, hours, hourly_rate, "holiday pay", f"Your holiday pay should be {fmt_hours(hours)} at your "
                  "straight-time rate.", f"Your holiday pay should be {{amount}} ({fmt_hours(hours)} at your rate).")
    return result


def temporary_holiday_work_pay(rules: Rules, hours_worked: float, hourly_rate: float | None = None) -> CalcResult:
    """A temporary employee's pay for hours worked on a holiday (`holidays.temporary`): the hours at the multiplier the
    contract gives them, and nothing more of the holiday article."""
    spec = rules.get("holidays", "temporary")
    if not 0 < hours_worked <= 24:
        raise ToolInputError("Give the hours worked on the holiday (more than 0, at most 24).")
    multiplier = float(spec["multiplier"])
    total = round(hours_worked * multiplier, 4)
    result = CalcResult(tool="holidays", summary="")
    result.cite(rules.cite(spec))
    rules.note(result, spec.get("only"))
    result.work.append(f"{hours_worked:g} hours × {multiplier:g} = {fmt_hours(total)} of pay")
    result.values = {"hours_worked": hours_worked, "total_hours_pay": total}
    pay_for_hours(result, total, hourly_rate, "pay for the day", f"As a temporary employee, {hours_worked:g} hours on the "
                  f"holiday is worth {fmt_hours(total)} of pay.", f"As a temporary employee, {hours_worked:g} hours on the "
                  "holiday pays {amount}.")
    return result
