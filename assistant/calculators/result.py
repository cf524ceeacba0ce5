"""What every calculator returns: the result, the arithmetic shown step by step, and citations."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from assistant.schema import Citation


class CalcResult(BaseModel):
    tool: str
    summary: str = Field(description="The answer in one or two sentences.")
    values: dict[str, Any] = Field(default_factory=dict, description="Machine-readable results.")
    work: list[str] = Field(default_factory=list, description="The arithmetic, one step a line.")
    notes: list[str] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)

    def cite(self, citation: Citation) -> None:
        if all((c.section, c.clause, c.quote) != (citation.section, citation.clause, citation.quote) for c in self.citations):
            self.citations.append(citation)


def fmt_hours(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return f"{text} hour" + ("" if text == "1" else "s")


def fmt_date(value: Any) -> str:
    return f"{value:%A, %B} {value.day}, {value.year}"
