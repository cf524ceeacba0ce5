"""What every calculator returns: the one result asked for, the arithmetic shown step by step,
notes and assumptions, and the citations every number and note comes from."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from assistant.schema import Citation

PrimaryType = Literal["date", "hours", "minutes", "money", "rate", "days", "count", "needs"]


class Primary(BaseModel):
    """The one date or number the question asked for, as the answer's lead line states it."""

    type: PrimaryType
    value: Any
    label: str = Field("", description="What the value is, e.g. 'due date', 'CTO earned'.")


class CalcResult(BaseModel):
    tool: str
    summary: str = Field(description="The answer in one or two sentences.")
    primary: Primary | None = None
    values: dict[str, Any] = Field(default_factory=dict, description="Machine-readable results.")
    work: list[str] = Field(default_factory=list, description="The arithmetic, one step a line.")
    notes: list[str] = Field(default_factory=list, description="What the contract adds; each from a cited clause.")
    assumptions: list[str] = Field(default_factory=list, description="What the calculator assumed from the question.")
    citations: list[Citation] = Field(default_factory=list)

    def cite(self, citation: Citation) -> None:
        if all((c.section, c.clause, c.quote) != (citation.section, citation.clause, citation.quote) for c in self.citations):
            self.citations.append(citation)

    def set_primary(self, type_: PrimaryType, value: Any, label: str = "") -> None:
        if isinstance(value, float):
            value = round(value, 4)
            if value.is_integer():
                value = int(value)
        self.primary = Primary(type=type_, value=value, label=label)


def fmt_hours(value: float) -> str:
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return f"{text} hour" + ("" if text == "1" else "s")


def fmt_money(value: float) -> str:
    return f"${value:,.2f}"


def fmt_date(value: Any) -> str:
    return f"{value:%A, %B} {value.day}, {value.year}"


def pay_for_hours(result: CalcResult, hours: float, hourly_rate: float | None, label: str, hours_summary: str,
                  money_summary: str) -> None:
    """The last step of a calculator that owes hours of straight-time pay: the hours, or with the rate
    their amount (`money_summary` may use {amount})."""
    result.values["hours"] = hours
    if hourly_rate is None:
        result.summary = hours_summary
        result.set_primary("hours", hours, f"hours of {label}")
        return
    amount = round(hours * hourly_rate + 1e-9, 2)
    result.work.append(f"{hours:g} hours × {fmt_money(hourly_rate)} = {fmt_money(amount)}")
    result.values["amount"] = amount
    result.summary = money_summary.format(amount=fmt_money(amount))
    result.set_primary("money", amount, label)
