"""What a grievance draft is made of: the request, and the draft's parts."""

from __future__ import annotations

from pydantic import BaseModel, Field, model_validator

from assistant.grievance.filing import FilingStep
from assistant.schema import AmendmentNotice, Citation
from assistant.versions import RequestDate


class DraftRequest(BaseModel):
    description: str = Field(description="What happened, in the steward's words.")
    contract: str | None = Field(None, max_length=200, description="The contract; default: the one contract loaded.")
    incident_date: RequestDate | None = Field(None, description="When it happened.")
    learned_date: RequestDate | None = Field(None, description="When the grievant learned of it (the deadline counts from it).")
    grievant: str | None = Field(None, max_length=200, description="The grievant's name, if it should appear.")

    @model_validator(mode="after")
    def _learned_after_it_happened(self) -> DraftRequest:
        if self.incident_date and self.learned_date and self.learned_date < self.incident_date:
            raise ValueError("the grievant cannot have learned of it before it happened (learned_date < incident_date)")
        return self


class Violation(BaseModel):
    """A clause the described facts point to, quoted verbatim and cited."""

    citation: Citation
    strength: str = Field(description="answered: the clause speaks to what happened; related: the closest language, "
                                      "which may not settle it — check it applies.")


class Remedy(BaseModel):
    text: str
    contract_language: bool = Field(description="True when quoted from the contract; False for a general request.")
    citation: Citation | None = None


class GrievanceDraft(BaseModel):
    contract: str
    document: str
    grievant: str | None = None
    incident_date: str | None = None
    learned_date: str | None = None
    dates_from_description: bool = Field(False, description="The incident date was read from the description.")
    facts: list[str] = Field(description="The description, sentence by sentence, as given.")
    violated: list[Violation] = Field(default_factory=list)
    amendments: list[AmendmentNotice] = Field(default_factory=list, description="Letters or MOUs that change a cited clause.")
    remedy: list[Remedy] = Field(default_factory=list)
    filing: FilingStep | None = None
    notes: list[str] = Field(default_factory=list)
    markdown: str = ""
