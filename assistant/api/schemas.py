"""Request and response bodies of the HTTP API (kept apart from the core's Answer)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from assistant.schema import AmendmentNotice, Answer
from assistant.scope import ALL_DOCUMENTS
from assistant.versions import RequestDate


class AskRequest(BaseModel):
    question: str = Field(description="The member's question, in their own words.")
    contract: str | None = Field(
        None, max_length=200,
        description="Limit the answer to one document id; null (or '*') chooses all documents explicitly. "
        "Left out, a follow-up keeps its conversation's choice.")
    conversation_id: str | None = Field(
        None, max_length=200,
        description="Keeps context for follow-up questions; private to the caller (API key, else client address).")
    as_of: RequestDate | None = Field(
        None, description="Answer from the version of the agreement in force on this date (YYYY-MM-DD); default: the "
        "date the question begins with ('On March 1, 2021, …'), else today.")
    asked_on: RequestDate | None = Field(None, description="Answer calculator questions as if asked on this day (default: today).")

    def requested_scope(self) -> str | None:
        """The contract asked for, ALL_DOCUMENTS when null was sent, None when it was left out."""
        if self.contract:
            return self.contract
        return ALL_DOCUMENTS if "contract" in self.model_fields_set else None

    model_config = {"json_schema_extra": {"examples": [
        {"question": "How long do I have to file a grievance?"},
        {"question": "what about part-timers?", "conversation_id": "steward-42", "contract": "csea-unit4-1999-2001"},
        {"question": "How much is the on-call premium?", "as_of": "2024-03-01"},
    ]}}


class AskResponse(Answer):
    answer_id: str = Field(description="Pass to /v1/feedback to rate this answer.")


class FeedbackRequest(BaseModel):
    answer_id: str = Field(min_length=1, max_length=64)
    helpful: bool
    comment: str | None = Field(None, max_length=2000)

    model_config = {"json_schema_extra": {"examples": [{"answer_id": "3f2c…", "helpful": True, "comment": "Right clause."}]}}


class ContractSummary(BaseModel):
    id: str
    title: str
    name: str = Field("", description="The name citations use (versions of one agreement are told apart by it).")
    kind: str
    parties: list[str]
    term: dict[str, str | None]
    counts: dict[str, int]
    agreement: str = Field("", description="Shared by the versions of one agreement ('' when it has no other version).")
    supersedes: list[str] = Field(default_factory=list, description="Earlier versions this one replaces.")
    superseded_by: list[str] = Field(default_factory=list, description="Later versions that replace this one.")
    amends: str | None = Field(None, description="For a side agreement: the contract it amends.")


class SectionSummary(BaseModel):
    section: str
    article: str
    article_title: str
    title: str
    page: int | None
    page_end: int | None


class ClauseOut(BaseModel):
    path: str
    text: str
    page: int | None
    label: str


class ReferenceOut(BaseModel):
    """A cross-reference: `from_*` is where it is written, `section`/`clause`/`article` where it leads."""

    from_section: str
    from_clause: str
    text: str
    status: str = Field(description="resolved | unresolved | external (a statute or code)")
    section: str
    clause: str
    article: str
    reason: str
    contract: str = Field("", description="The document it leads into, when another (a side agreement's references "
                                          "to the contract it amends).")


class SectionOut(BaseModel):
    contract: str
    document: str
    section: str
    article: str
    title: str
    page_start: int | None
    page_end: int | None
    clauses: list[ClauseOut]
    refers_to: list[ReferenceOut] = Field(default_factory=list, description="References in this section's clauses.")
    referred_by: list[ReferenceOut] = Field(default_factory=list, description="Resolved references to this section.")
    amended_by: list[AmendmentNotice] = Field(
        default_factory=list, description="Letters, MOUs and side agreements that change this section, in precedence order.")
    amends: list[AmendmentNotice] = Field(default_factory=list, description="What this letter or MOU changes.")


class SearchResult(BaseModel):
    contract: str
    document: str
    section: str
    clauses: list[str]
    title: str
    page: int | None
    label: str
    score: float
    text: str


class ToolInfo(BaseModel):
    name: str
    description: str
    input_schema: dict[str, Any]


class ErrorBody(BaseModel):
    error: dict[str, str]
