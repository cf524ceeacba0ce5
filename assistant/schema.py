"""The answer contract every front end returns: an answer, its verified citations, and evidence."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field


class Citation(BaseModel):
    contract: str = Field(description="Document id, e.g. 'csea-unit4-1999-2001'.")
    document: str = Field("", description="The document's short title, shown with the citation.")
    kind: str = Field("contract", description="contract | side-agreement | bulletin | guidance")
    section: str = Field(description="Section as the document numbers it: '6.7', '7', 'Side Letter 5'.")
    clause: str = Field("", description="Clause path inside the section, e.g. 'A.1'.")
    title: str = Field("", description="Section title.")
    page: int | None = Field(None, description="Printed page of the clause.")
    quote: str = Field(description="Verbatim words of the clause.")
    label: str = Field("", description="Citation as printed, e.g. 'Art. 6 §6.7 A.1 (p. 26)'.")


class Retrieved(BaseModel):
    contract: str
    section: str
    score: float


class ToolRun(BaseModel):
    name: str
    input: dict[str, Any]
    output: dict[str, Any]


Outcome = Literal["answered", "related", "not_covered"]


class Answer(BaseModel):
    """The answer as parts — outcome, lead line, quotes with citations, tool result, closest
    language, see-also, notes — which each front end renders its own way; ``answer`` is the same
    parts rendered once as markdown (the CLI and the API's text)."""

    answer: str = Field(description="The answer rendered as markdown (the CLI's and the API's text).")
    outcome: Outcome = Field(
        "answered",
        description="answered: the quoted clauses answer it; related: the contract has nearby language but does "
        "not settle it (see `closest`); not_covered: the contract does not address it (see `see_also`).",
    )
    citations: list[Citation] = Field(default_factory=list, description="Clauses that answer the question.")
    closest: list[Citation] = Field(
        default_factory=list, description="For `related`: the closest language, quoted and cited, which does not settle it."
    )
    abstained: bool = Field(False, description="True when the outcome is not_covered (kept for compatibility).")
    lead: str = Field("", description="The lead line: what the contract says, or that it does not settle or address it.")
    key_fact: str | None = Field(
        None, description="The operative words asked for ('thirty (30) calendar days'), verbatim from a quoted clause."
    )
    notes: list[str] = Field(default_factory=list, description="Caveats, e.g. that a document is guidance, not contract.")
    confidence: dict[str, float] = Field(
        default_factory=dict, description="The outcome model's probability for each outcome (empty for look-ups and tools)."
    )
    tool: ToolRun | None = Field(None, description="The calculator that produced the answer, if any.")
    retrieved: list[Retrieved] = Field(default_factory=list)
    see_also: list[Citation] = Field(default_factory=list, description="Closest sections when abstaining.")
    flags: list[str] = Field(default_factory=list, description="e.g. 'unverified-citation-removed'.")
    needs: list[str] = Field(default_factory=list, description="Inputs a calculator still needs.")
    conversation_id: str | None = None
