"""The parsed contract: Contract → Article → Section → Clause, each clause with its printed page.

Ingest, retrieval, citations and calculators all share these plain models, so a citation can
always be traced back to the exact clause text it quotes.
"""

from __future__ import annotations

import re
from typing import Literal, get_args

from pydantic import BaseModel, Field

DocumentKind = Literal["contract", "side-agreement", "bulletin", "guidance"]
DOCUMENT_KINDS: tuple[str, ...] = get_args(DocumentKind)
BINDING_KINDS: frozenset[str] = frozenset({"contract", "side-agreement"})


class Clause(BaseModel):
    path: str = Field(description="Letter/number path inside the section, e.g. 'A.1'; '' for intro text.")
    text: str
    page: int | None = None
    start: int = Field(0, description="Character offset of the clause in the source text.")
    end: int = 0


class Section(BaseModel):
    id: str = Field(description="As the document numbers it: '6.7', '7' (an article's own text), 'Side Letter 5'.")
    article: str
    title: str
    page_start: int | None = None
    page_end: int | None = None
    clauses: list[Clause] = Field(default_factory=list)

    @property
    def text(self) -> str:
        """The section's full text with clause labels, as a steward reads it."""
        return "\n\n".join(_labelled(c) for c in self.clauses)

    @property
    def pages(self) -> str:
        """'p. 32' or 'p. 32–33', as printed."""
        if self.page_end is None or self.page_end == self.page_start:
            return f"p. {self.page_start}"
        return f"p. {self.page_start}–{self.page_end}"

    def clause(self, path: str) -> Clause | None:
        return next((c for c in self.clauses if c.path == path), None)


class Article(BaseModel):
    number: str = Field(description="'6', or a name for unnumbered parts: 'Preamble', 'Side Letters'.")
    title: str
    sections: list[Section] = Field(default_factory=list)


TimeUnit = Literal["calendar_days", "working_days", "business_days", "days", "hours", "weeks", "months", "years"]


class TimeLimit(BaseModel):
    """A time limit found in the text at ingest ("within thirty (30) days of …"): how much time,
    counted from what, for doing what. Plain data, so a deadline can be computed and cited on a
    contract nobody wrote calculator rules for."""

    section: str
    clause: str = ""
    quote: str = Field(description="The sentence that states the limit, verbatim from the clause.")
    phrase: str = Field(description="The limit itself as written, e.g. 'within thirty (30) working days of'.")
    amount: int
    unit: TimeUnit
    relation: Literal["within", "no_later_than", "after", "before", "at_least"] = "within"
    counts_from: str = Field("", description="What the time counts from, in the contract's words.")
    from_kinds: list[str] = Field(default_factory=list, description="knowledge | event | receipt | filing | due | meeting | signature | other")
    whichever: Literal["earlier", "later"] | None = None
    action: str = Field("", description="What must be done in the time, in the contract's words.")
    action_kind: str = Field("other", description="file | appeal | respond | meet | arbitrate | notify | pay | other")
    level: int | None = Field(None, description="Grievance step or level the limit belongs to, when the text says.")
    party: str = Field("", description="grievant | union | employer | either | ''")
    grievance: bool = Field(False, description="Part of a grievance, appeal or arbitration procedure.")
    part: str = Field("contract", description="contract | side letter | letter of agreement | memorandum | appendix")


class TimeRule(BaseModel):
    """How a contract says its time limits are counted or changed: days excluded from counting,
    a definition of working days, extension by mutual agreement."""

    kind: Literal["excludes", "working_days", "extension"]
    section: str
    clause: str = ""
    quote: str
    excludes: list[str] = Field(default_factory=list, description="saturday | sunday | holidays")
    article: str = Field("", description="The article it governs ('' for the whole document).")


class Contract(BaseModel):
    id: str
    title: str
    short_title: str = ""
    kind: DocumentKind = "contract"
    parties: list[str] = Field(default_factory=list)
    term_start: str | None = None
    term_end: str | None = None
    source: str = Field("", description="File name the document was read from.")
    sha256: str = ""
    rules_file: str | None = Field(None, description="Calculator rules beside the document, if any.")
    glossary: dict[str, list[str]] = Field(
        default_factory=dict, description="This contract's own terms for members' words (<id>.glossary.yaml)."
    )
    articles: list[Article] = Field(default_factory=list)
    time_limits: list[TimeLimit] = Field(default_factory=list, description="Time limits found in the text at ingest.")
    time_rules: list[TimeRule] = Field(default_factory=list, description="How the text says time limits are counted.")

    @property
    def binding(self) -> bool:
        """Contract language and side agreements bind; guidance and news do not."""
        return self.kind in BINDING_KINDS

    @property
    def name(self) -> str:
        return self.short_title or self.title

    def sections(self) -> list[Section]:
        return [s for a in self.articles for s in a.sections]

    def section(self, section_id: str) -> Section | None:
        wanted = normalize_section_id(section_id)
        return next((s for s in self.sections() if normalize_section_id(s.id) == wanted), None)


def normalize_section_id(section_id: str) -> str:
    """'side letter #5', 'Side Letter 5' and 'SIDE LETTER 5' name the same section."""
    return " ".join(section_id.replace("#", " ").replace("§", " ").lower().split()).rstrip(".")


def _labelled(clause: Clause) -> str:
    label = clause.path.rsplit(".", 1)[-1] if clause.path else ""
    if not label or label.startswith("¶"):
        return clause.text
    return f"{label}. {clause.text}"


def citation_label(section: Section, clause_path: str = "", page: int | None = None) -> str:
    """The citation a steward can find in the printed document, e.g. 'Art. 6 §6.7 A.1 (p. 26)'."""
    sid = section.id
    if sid.isdigit() and sid == section.article:
        head = f"Art. {sid}"
    elif re.fullmatch(r"\d+\.\d+", sid):
        head = f"Art. {section.article} §{sid}"
    elif sid.isdigit():
        head = f"item {sid}"
    else:
        head = sid
    if clause_path and not clause_path.startswith("¶"):
        head = f"{head} {clause_path}"
    page = page if page is not None else section.page_start
    return f"{head} (p. {page})" if page is not None else head
