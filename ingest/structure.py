"""The parsed contract: Contract → Article → Section → Clause, each clause with its printed page.

Ingest, retrieval, citations and calculators all share these plain models, so a citation can
always be traced back to the exact clause text it quotes.
"""

from __future__ import annotations

import re
from typing import Literal, get_args

from pydantic import BaseModel, Field, PrivateAttr

from ingest.ids import UNIT_FAMILY, Target, id_key, parse_id

DocumentKind = Literal["contract", "side-agreement", "bulletin", "guidance"]
DOCUMENT_KINDS: tuple[str, ...] = get_args(DocumentKind)
BINDING_KINDS: frozenset[str] = frozenset({"contract", "side-agreement"})


ReferenceStatus = Literal["resolved", "unresolved", "external"]


class Reference(BaseModel):
    """A place where a clause points elsewhere ("the cap of Section 8.1 J."), resolved at ingest.

    Unresolved references keep the reason (a section the contract does not have) and are never
    linked to a guess; references to statutes and codes are marked external.
    """

    text: str = Field(description="As written in the clause: 'Section 8.1 J.'")
    start: int = Field(description="Character offsets of the reference in the clause text.")
    end: int
    status: ReferenceStatus
    section: str = Field("", description="The section it resolves to ('' for a whole article or when unresolved).")
    clause: str = Field("", description="The clause path inside that section; '' for the whole section.")
    article: str = Field("", description="The article, when the reference names a whole article.")
    reason: str = Field("", description="Why it is unresolved or external, or what was only partly found.")
    contract: str = Field("", description="The document it leads into, when not the one it is written in (a side "
                                          "agreement's references to the contract it amends).")

    @property
    def destination(self) -> str:
        """Where it leads, as a steward would look it up: '8.1 J', 'Article 6', '' when unresolved."""
        if self.status != "resolved":
            return ""
        where = f"{self.contract} " if self.contract else ""
        if self.article and not self.section:
            return f"{where}Article {self.article}"
        return f"{where}{self.section} {self.clause}".strip()

    def is_self(self, section_id: str) -> bool:
        """'this Section' inside the section itself: true, but nothing to follow."""
        return self.status == "resolved" and self.section == section_id and not self.clause


class Clause(BaseModel):
    path: str = Field(description="Letter/number path inside the section, e.g. 'A.1'; '' for intro text.")
    text: str
    page: int | None = None
    start: int = Field(0, description="Character offset of the clause in the source text.")
    end: int = 0
    refs: list[Reference] = Field(default_factory=list, description="References in the text, resolved at ingest.")
    role: str = Field("", description="'' for contract text; 'signatures' (a signature block) is kept but never quoted.")

    @property
    def answerable(self) -> bool:
        return not self.role


class Section(BaseModel):
    id: str = Field(description="As the document numbers it: '6.7', '7' (an article's own text), 'Side Letter 5'.")
    article: str
    title: str
    page_start: int | None = None
    page_end: int | None = None
    clauses: list[Clause] = Field(default_factory=list)
    label: str = Field("", description="Citation head in the contract's own style ('Art. IV §4.1', 'Art. 12, Sec. 3'); "
                                       "'' for the default ('Art. 6 §6.7', 'Side Letter 5').")

    @property
    def text(self) -> str:
        """The section's full text with clause labels, as a steward reads it."""
        return "\n\n".join(_labelled(c) for c in self.clauses)

    @property
    def pages(self) -> str:
        """'p. 32' or 'p. 32–33', as printed."""
        if self.page_start is None:
            return "no printed page numbers"
        if self.page_end is None or self.page_end == self.page_start:
            return f"p. {self.page_start}"
        return f"p. {self.page_start}–{self.page_end}"

    def clause(self, path: str) -> Clause | None:
        return next((c for c in self.clauses if c.path == path), None)


class Article(BaseModel):
    number: str = Field(description="'6', or a name for unnumbered parts: 'Preamble', 'Side Letters'.")
    title: str
    sections: list[Section] = Field(default_factory=list)


AmendmentRelation = Literal["replaces", "amends", "overrides", "interprets"]
# Precedence: the text that controls comes first. A replacement or an amendment says what the
# clause now reads; "notwithstanding" overrides it where they conflict; an interpretation only
# says how it is read.
AMENDMENT_PRECEDENCE: dict[str, int] = {"replaces": 0, "amends": 1, "overrides": 2, "interprets": 3}


class Amendment(BaseModel):
    """A letter, memorandum, side letter or side agreement that changes a section of a contract,
    linked at ingest: from explicit words in its text ("Article 12, Section 3 is amended to read",
    "notwithstanding Section 6.7", "in lieu of Section 9.2") or from a `.meta.yaml` list.
    Stored on the amended contract, in precedence order."""

    relation: AmendmentRelation
    section: str = Field(description="The amended section of this contract ('' when a whole article is named).")
    clause: str = Field("", description="The amended clause, when the words name one.")
    article: str = Field("", description="The article, when the words name a whole article.")
    by_contract: str = Field(description="The document holding the amending text.")
    by_section: str = Field(description="The letter, MOU or section of that document that amends.")
    by_clause: str = Field("", description="Its clause holding the amending words.")
    text: str = Field("", description="The words that say so, verbatim: 'notwithstanding Section 6.7'.")
    source: Literal["text", "meta"] = "text"

    def covers(self, section: Section) -> bool:
        """True when this amendment changes the section (named itself, or its whole article)."""
        if self.section:
            return id_key(self.section) == id_key(section.id)
        return bool(self.article) and id_key(self.article) == id_key(section.article)


class DeclaredAmendment(BaseModel):
    """One entry of a `.meta.yaml` `amendments:` list, checked when every document is loaded."""

    by: str = Field("", description="The amending section of this document ('' for a one-section side agreement).")
    clause: str = ""
    target: str = Field(description="The section it changes.")
    contract: str = Field("", description="The document `target` is in (default: `amends:`, else this document).")
    relation: Literal["replaces", "amends", "overrides", "interprets", "none"] = "amends"




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
    excludes: str = Field("", description="What the sentence says the limit is not for, in its words ('the final level' "
                          "in 'at any level … except the final level, within twenty (20) days').")
    applies_when: str = Field("", description="The case the sentence gives this limit ('the grievance is presented at "
                              "the final level' in '… and within thirty (30) days where the grievance is presented at "
                              "the final level').")


class TimeRule(BaseModel):
    """How a contract says its time limits are counted or changed: days excluded from counting,
    a definition of working days, extension by mutual agreement."""

    kind: Literal["excludes", "working_days", "extension"]
    section: str
    clause: str = ""
    quote: str
    excludes: list[str] = Field(default_factory=list, description="saturday | sunday | holidays")
    article: str = Field("", description="The article it governs ('' for the whole document).")
class Numbering(BaseModel):
    """How a document numbers its sections, which decides what a bare "Section 3" inside it means:
    'dotted' (sections written 12.3: "Section 7" is section 7), 'restarting' ("Section 3." inside
    each article: "Section 3" is section 3 of the article it appears in) or 'plain' (one sequence)."""

    sections: Literal["dotted", "restarting", "plain"] = "dotted"
    article_style: Literal["arabic", "roman"] = "arabic"
    article_word: str = "Article"
    zero_padded: bool = False


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
    numbering: Numbering = Field(default_factory=Numbering)
    articles: list[Article] = Field(default_factory=list)
    amends: str | None = Field(None, description="For a side agreement in its own file: the contract it amends (meta).")
    declared_amendments: list[DeclaredAmendment] = Field(
        default_factory=list, description="Amendments listed in the meta file, linked when every document is loaded.")
    amended_by: list[Amendment] = Field(
        default_factory=list, description="What amends this contract's sections, in precedence order (linked at ingest).")
    agreement: str = Field("", description="Key shared by the versions of one agreement ('' when it has no other version).")
    supersedes: list[str] = Field(default_factory=list, description="Earlier versions this one replaces (meta, or inferred).")
    superseded_by: list[str] = Field(default_factory=list, description="Later versions that replace this one.")
    time_limits: list[TimeLimit] = Field(default_factory=list, description="Time limits found in the text at ingest.")
    time_rules: list[TimeRule] = Field(default_factory=list, description="How the text says time limits are counted.")
    _index: dict[str, Section] | None = PrivateAttr(default=None)
    _units: dict[tuple[str, str], list[Section]] | None = PrivateAttr(default=None)

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
        """The section an id names, as stored ('6.7', 'Side Letter 5') or as people type it
        ('Art 6 Sec 7', 'side letter #5', 'letter of agreement 14', 'Article XLIV Section 3')."""
        found = self._keys().get(id_key(section_id))
        if found is not None:
            return found
        target = parse_id(section_id)
        return self.find(target) if target is not None else None

    def article(self, number: str) -> Article | None:
        wanted = id_key(number)
        return next((a for a in self.articles if id_key(a.number) == wanted), None)

    def find(self, target: Target, article: str = "") -> Section | None:
        """The section a target names; `article` is the article the reference was written in,
        which a bare "Section 3" means in a contract whose sections restart in each article."""
        keys = self._keys()
        if target.kind == "section":
            for candidate in self._section_candidates(target, article):
                if id_key(candidate) in keys:
                    return keys[id_key(candidate)]
            return None
        if target.kind == "article":
            found = self.article(target.article)
            if found is None or not found.sections:
                return None
            own = next((s for s in found.sections if id_key(s.id) == id_key(found.number)), None)
            # 'Article 18' opens at its first section with words: a document may leave a number empty.
            return own or next((s for s in found.sections if s.clauses), found.sections[0])
        if target.kind == "unit":
            exact = keys.get(id_key(target.unit_id))
            if exact is not None:
                return exact
            # 'LOA 3' in a contract whose letters are all LOUs: the same letter, if there is only one.
            same = self._unit_index().get((UNIT_FAMILY.get(target.unit, target.unit), id_key(target.number)), [])
            return same[0] if len(same) == 1 else None
        if target.kind == "item":
            return keys.get(id_key(target.number))
        return None

    def _section_candidates(self, target: Target, article: str) -> list[str]:
        number = target.section
        if "." in number:
            return [number]
        if target.article:
            return [f"{target.article}.{number}"]
        if target.in_this_article or self.numbering.sections == "restarting":
            return [f"{article}.{number}"] if article else []
        return [number]

    def _keys(self) -> dict[str, Section]:
        if self._index is None:
            index: dict[str, Section] = {}
            for section in self.sections():
                index.setdefault(id_key(section.id), section)
            self._index = index
        return self._index

    def _unit_index(self) -> dict[tuple[str, str], list[Section]]:
        if self._units is None:
            units: dict[tuple[str, str], list[Section]] = {}
            for section in self.sections():
                target = parse_id(section.id)
                if target is not None and target.kind == "unit":
                    key = (UNIT_FAMILY.get(target.unit, target.unit), id_key(target.number))
                    units.setdefault(key, []).append(section)
            self._units = units
        return self._units

    def amendments_of(self, section: Section, clause: str = "") -> list[Amendment]:
        """What amends a section (or, with `clause`, that clause: amendments naming another
        clause of the section are left out), in precedence order."""
        return [a for a in self.amended_by
                if a.covers(section) and (not clause or not a.clause or a.clause == clause)]

    def references_from(self, section: Section) -> list[tuple[Clause, Reference]]:
        """What a section's clauses point to, in order."""
        return [(clause, ref) for clause in section.clauses for ref in clause.refs]

    def references_to(self, section_id: str) -> list[tuple[Section, Clause, Reference]]:
        """Resolved references elsewhere in the contract that point into this section."""
        wanted = id_key(section_id)
        return [
            (section, clause, ref)
            for section in self.sections()
            for clause in section.clauses
            for ref in clause.refs
            if ref.status == "resolved" and ref.section and id_key(ref.section) == wanted and not ref.contract
            and id_key(section.id) != wanted
        ]


def _labelled(clause: Clause) -> str:
    label = clause.path.rsplit(".", 1)[-1] if clause.path else ""
    if not label or label.startswith("¶"):
        return clause.text
    return f"{label}. {clause.text}"


def citation_label(section: Section, clause_path: str = "", page: int | None = None) -> str:
    """The citation a steward can find in the printed document, e.g. 'Art. 6 §6.7 A.1 (p. 26)'."""
    sid = section.id
    if section.label:
        head = section.label
    elif sid.isdigit() and sid == section.article:
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
