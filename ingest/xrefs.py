"""Cross-references: the places where a clause points elsewhere, resolved to sections and clauses.

"The cap of Section 8.1 J." only answers a question once it is followed to 8.1 J, so every
clause's references are found (ingest.ids) and resolved at ingest against the contract's own
numbering. A reference that names something the contract does not have stays unresolved with
the reason, never linked to a guess; statutes and codes are marked external.
"""

from __future__ import annotations

import re

from ingest.ids import Found, Target, find_references, id_key
from ingest.structure import Article, Clause, Contract, Reference, ReferenceStatus, Section


def link_references(contract: Contract) -> None:
    """Find and resolve the references in every clause of the contract (in place): by number, and
    by the title the contract gives a section or article elsewhere ('in accordance with the Business
    and Travel Expense provision')."""
    titles = _titles(contract)
    for article in contract.articles:
        for section in article.sections:
            for clause in section.clauses:
                clause.refs = [_resolve(contract, article, section, clause, found)
                               for found in find_references(clause.text, "text")]
                clause.refs += _title_references(contract, article, section, clause, titles)


# What a contract calls one of its own parts after its title: 'the Grievance Procedure Article'.
_PART_NOUN = r"(?:provisions?|articles?|sections?|procedures?|clauses?|programs?|policy|policies|plan)"
_MINOR_WORDS = frozenset({"and", "or", "of", "the", "for", "to", "in", "on", "a", "an", "with", "by", "at"})
# Titles that name a kind of document, not one place: 'the Letter of Understanding' may be any of several.
_KIND_TITLE = re.compile(r"\b(?:letters?|memorand(?:um|a)|appendi(?:x|ces)|addend(?:um|a)|schedules?|exhibits?|"
                         r"side letters?|agreements?)\b", re.IGNORECASE)


def _title_key(title: str) -> str:
    return " ".join(re.sub(r"[^\w\s&]", " ", title).lower().split())


def _titles(contract: Contract) -> dict[str, tuple[str, str]]:
    """Each title borne by exactly one section or article of the contract: key → (article, section).
    An article's title resolves to the article (its own section when it has one)."""
    seen: dict[str, list[tuple[str, str]]] = {}
    for article in contract.articles:
        if article.title and article.number:
            seen.setdefault(_title_key(article.title), []).append((article.number, ""))
        for section in article.sections:
            if section.title:
                seen.setdefault(_title_key(section.title), []).append((article.number, section.id))
    # A party's name (a letter headed with the employer's name) is not a pointer to that letter.
    names = {key for name in [contract.title, *contract.parties] if len((key := _title_key(name)).split()) >= 2}
    unique: dict[str, tuple[str, str]] = {}
    for key, places in seen.items():
        if _KIND_TITLE.search(key) or any(key in name or name in key for name in names):
            continue
        places = list(dict.fromkeys(places))
        articles = {a for a, _ in places}
        # An article titled like its only section names one place.
        if len(places) == 1 or (len(articles) == 1 and len([s for _, s in places if s]) <= 1):
            if any(len(word) >= 4 for word in key.split()):
                unique[key] = next(((a, s) for a, s in places if s), places[0])
    return unique


def _title_references(contract: Contract, article: Article, section: Section, clause: Clause,
                      titles: dict[str, tuple[str, str]]) -> list[Reference]:
    """'the Business and Travel Expense provision', 'the Employee Assistance Program': a title of
    another article's section or of another article, after 'the', written as a name (its words
    capitalised, as contracts write their own parts' names) or followed by 'provision', 'article' …
    A one-word title counts only with such a noun ('the Seniority Article'). Spans already read as
    numbered references are left to them."""
    taken = [(ref.start, ref.end) for ref in clause.refs]
    refs: list[Reference] = []
    for key, (number, section_id) in titles.items():
        if section_id == section.id or (not section_id and number == article.number):
            continue  # a part naming its own section or article is not a pointer elsewhere
        words = key.split()
        pattern = r"\bthe\s+(" + r"[\s\W]+".join(re.escape(w) for w in words) + r")(?:\s+(" + _PART_NOUN + r"))?\b"
        for match in re.finditer(pattern, clause.text, re.IGNORECASE):
            named = match.group(1)
            capitalised = all(w[0].isupper() for w in re.findall(r"[A-Za-z]+", named) if w.lower() not in _MINOR_WORDS)
            if (len(words) < 2 and not match.group(2)) or not (capitalised or match.group(2)):
                continue
            start, end = match.start(1), match.end()
            if any(start < b and a < end for a, b in taken):
                continue
            taken.append((start, end))
            target = section_id or _own_section(contract, number)
            refs.append(Reference(text=clause.text[start:end], start=start, end=end, status="resolved",
                                  section=target, article="" if section_id else number,
                                  reason="named by its title"))
    return sorted(refs, key=lambda ref: ref.start)


def _context_article(contract: Contract, article: Article, section: Section) -> str:
    """The number of the article a clause sits in ('' in letters and appendices)."""
    number = section.article or article.number
    return number if contract.article(number) is not None and number[:1].isdigit() else ""


def _ref(found: Found, status: ReferenceStatus, section: str = "", clause: str = "", article: str = "",
         reason: str = "") -> Reference:
    return Reference(text=found.text, start=found.start, end=found.end, status=status, section=section,
                     clause=clause, article=article, reason=reason)


def _resolve(contract: Contract, article: Article, section: Section, clause: Clause, found: Found) -> Reference:
    if found.external:
        return _ref(found, status="external", reason=found.external)
    target = found.target
    here = _context_article(contract, article, section)
    if target.kind == "relative":
        if target.relative == "article":
            if not here:
                return _ref(found, status="unresolved", reason="it is not inside a numbered article")
            return _ref(found, status="resolved", article=here, section=_own_section(contract, here))
        if target.relative == "section":
            return _ref(found, status="resolved", section=section.id)
        return _ref(found, status="resolved", section=section.id, clause=clause.path)
    if target.kind == "article":
        named = contract.article(target.article)
        if named is None:
            return _ref(found, status="unresolved", reason=f"this contract has no Article {target.article}")
        return _ref(found, status="resolved", article=named.number, section=_own_section(contract, named.number))
    if target.kind == "subsection":
        return _resolve_label(contract, section, clause, found, here)
    destination = contract.find(target, here)
    if destination is None and _outside_numbering(contract, target):
        return _ref(found, status="external", reason="numbered like a code or regulation, not like this contract")
    if destination is None:
        return _ref(found, status="unresolved", reason=_missing(contract, target, here))
    if not target.clause:
        return _ref(found, status="resolved", section=destination.id)
    path = _find_clause(destination, target.clause)
    if path is None:
        return _ref(found, status="resolved", section=destination.id,
                         reason=f"{destination.id} has no clause {target.clause}; linked to the section")
    return _ref(found, status="resolved", section=destination.id, clause=path)


def _outside_numbering(contract: Contract, target: Target) -> bool:
    """'Section 599.690' in a contract of 22 articles is a regulation's numbering, not a missing section."""
    head = target.section.split(".")[0]
    if target.kind != "section" or target.article or "." not in target.section or not head.isdigit():
        return False
    numbers = [int(a.number) for a in contract.articles if a.number.isdigit()]
    return bool(numbers) and int(head) >= 100 and int(head) > 2 * max(numbers)


def _own_section(contract: Contract, number: str) -> str:
    """An article without numbered sections is its own section ('7'); otherwise ''."""
    own = contract.section(number)
    return own.id if own is not None and own.article == number and id_key(own.id) == id_key(number) else ""


def _missing(contract: Contract, target: Target, here: str) -> str:
    if target.kind == "unit":
        return f"this contract has no {target.unit_id}"
    if target.kind == "item":
        return f"this document has no item {target.number}"
    candidates = contract._section_candidates(target, here)
    if not candidates:
        return f"Section {target.section} could not be placed in an article"
    wanted = candidates[0]
    head = wanted.split(".")[0]
    named = contract.article(head) if "." in wanted else None
    if named is not None and named.sections:
        ids = [s.id for s in named.sections]
        return f"this contract has no Section {wanted} (Article {named.number} has {ids[0]}–{ids[-1]})"
    return f"this contract has no Section {wanted}"


def _find_clause(section: Section, path: str) -> str | None:
    """The clause a written path names: exact, then ignoring case, then a unique clause ending in it."""
    paths = [c.path for c in section.clauses]
    if path in paths:
        return path
    folded = [p for p in paths if p.lower() == path.lower()]
    if len(folded) == 1:
        return folded[0]
    ending = [p for p in paths if p.endswith("." + path)]
    return ending[0] if len(ending) == 1 else None


def _resolve_label(contract: Contract, section: Section, clause: Clause, found: Found, here: str) -> Reference:
    """'subsection C. above', 'paragraph 2 of this section', 'paragraph (a) of Section 15.02'."""
    target = found.target
    if target.section:
        destination = contract.find(Target("section", section=target.section), here)
        if destination is None:
            return _ref(found, status="unresolved",
                             reason=_missing(contract, Target("section", section=target.section), here))
        path = _find_clause(destination, target.clause)
        if path is None:
            return _ref(found, status="resolved", section=destination.id,
                             reason=f"{destination.id} has no clause {target.clause}; linked to the section")
        return _ref(found, status="resolved", section=destination.id, clause=path)
    path = _nearest_label(section, clause, target.clause, target.direction)
    if path is None:
        return _ref(found, status="unresolved",
                         reason=f"no single clause {target.clause} in {section.id} that this can mean")
    return _ref(found, status="resolved", section=section.id, clause=path)


def _nearest_label(section: Section, clause: Clause, label: str, direction: str) -> str | None:
    """The clause labelled `label` closest in the outline to the one that mentions it: a sibling,
    then a sibling of each ancestor; 'above' and 'below' must hold."""
    order = {c.path: index for index, c in enumerate(section.clauses)}
    here = order.get(clause.path, -1)

    def fits(path: str) -> bool:
        there = order[path]
        return not direction or (there < here if direction == "above" else there > here)

    parts = clause.path.split(".") if clause.path and not clause.path.startswith("¶") else []
    for depth in range(len(parts), -1, -1):
        prefix = ".".join(parts[:depth])
        for candidate in (f"{prefix}.{label}" if prefix else label, f"{prefix}.{label.upper()}" if prefix else label.upper()):
            if candidate in order and candidate != clause.path and fits(candidate):
                return candidate
    ending = [p for p in order if (p == label or p.endswith("." + label)) and p != clause.path and fits(p)]
    return ending[0] if len(ending) == 1 else None


def resolve_in(contract: Contract, found: Found) -> Reference:
    """A reference written in another document (a side agreement that declares the contract it
    amends), resolved against `contract`'s numbering. Relative references ('this Section') and
    clause labels without a section mean the other document itself, so they stay unresolved here."""
    if found.external:
        return _ref(found, status="external", reason=found.external)
    target = found.target
    if target.kind == "relative" or (target.kind == "subsection" and not target.section):
        return _ref(found, status="unresolved", reason="it refers to the document it is written in")
    if target.kind == "section" and "." not in target.section and not target.article \
            and contract.numbering.sections == "restarting":
        return _ref(found, status="unresolved", reason=f"Section {target.section} names no article of {contract.id}")
    holder = Article(number="", title="")
    return _resolve(contract, holder, Section(id="", article="", title=""), Clause(path="", text=""), found)
