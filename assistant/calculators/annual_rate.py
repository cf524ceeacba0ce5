"""An hourly rate from a rate told by the year ("annual rate of pay is $73,046.40"), by the contract's own definitions.

Why: members of salaried units know their pay by the year, while premiums and overtime are paid by the hour; the
conversion (weeks a year, hours a week) is the contract's, held in its rules as `pay.annual_rate`, and cited with the
answer so the figure is never the calculator's own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.calculators.question import Question
from assistant.calculators.result import CalcResult
from assistant.calculators.rules import Rules

# Words that make a dollar figure a year's pay: 'annual rate of pay is $73,046.40', '$61,000 a year', 'salary'.
YEARLY_PAY = re.compile(r"\b(?:annual(?:ly)?|yearly|a\s+year|per\s+year|per\s+annum|/\s*(?:yr|year)|salary|salaried)\b", re.I)


@dataclass(frozen=True)
class YearlyRate:
    annual: float
    weeks: float
    hours: float

    @property
    def weekly(self) -> float:
        return round(self.annual / self.weeks, 2)

    @property
    def hourly(self) -> float:
        return round(self.weekly / self.hours, 2)

    def explain(self, result: CalcResult, rules: Rules) -> None:
        """The conversion as the first step of the working, with the definitions it comes from."""
        spec = rules.get("pay", "annual_rate")
        result.work.insert(0, f"Hourly rate: ${self.annual:,.2f} a year ÷ {self.weeks:g} = ${self.weekly:,.2f} a week; "
                              f"÷ {self.hours:g} hours = ${self.hourly:,.2f} an hour")
        result.cite(rules.cite(spec["year"]))
        result.cite(rules.cite(spec["week"]))


def yearly_rate(q: Question, rules: Rules) -> YearlyRate | None:
    """The rate told by the year, where the contract defines how it turns into an hourly rate and the question tells
    exactly one yearly figure; None otherwise."""
    if not rules.has("pay", "annual_rate"):
        return None
    told = [a for a in q.amounts if a.unit == "dollars" and a.value >= 1000 and q.near(a, YEARLY_PAY, before=30, after=14)]
    if len(told) != 1:
        return None
    spec = rules.get("pay", "annual_rate")
    return YearlyRate(told[0].value, float(spec["weeks_per_year"]), float(spec["hours_per_week"]))
