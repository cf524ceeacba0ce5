"""What changed between two versions of an agreement, section by section, word by word.

Sections are paired by what they are, not only by their number: a section whose text is the
same is the same section wherever it now stands ("moved" when its id changed — Art. 6 §4 that
became §2); then a section with the same id and the same title (or mostly the same words); then
one with the same title; then the closest text. Only then is a section "added" or "removed". A
section renumbered into the old number of another is therefore never paired with that other.

Words are compared as a reader compares them: line breaks, column gaps, curly quotes and dashes,
and ligatures (ﬁ, ﬀ) do not count. Where a section shows PDF extraction damage — U+FFFD where a
ligature was, or a ligature dropped ("Atorney" beside "Attorney") — a damaged word that stands
for a word of the other version counts as that word, and the section is said to differ only in
extraction when nothing else changed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from ingest.ids import id_key
from ingest.loader import load_document
from ingest.readers import SUPPORTED_SUFFIXES
from ingest.structure import Contract, Section, citation_label

Status = Literal["unchanged", "changed", "moved", "added", "removed"]
DAMAGE = "\ufffd"
# What a lost ligature stood for: ff, fi, fl, ffi, ffl, ft, st, tt and the "ti" some fonts join.
_LIGATURES = r"(?:ffi|ffl|ff|fi|fl|ft|st|tt|ti|f|t)"
_TRANSLATE = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
                            "\u00a0": " "})
CONTEXT_WORDS = 6
SAME_TEXT_SHARE = 0.5  # words shared (Jaccard) for the same id to count as the same section
SAME_TITLE_SHARE = 0.3  # … for the same title under another id
CLOSEST_SHARE = 0.6  # … for a section with neither id nor title in common


class SectionInfo(BaseModel):
    section: str
    title: str
    label: str = Field(description="The citation head in the contract's style, e.g. 'Art. 6, Sec. 4'.")


class WordChange(BaseModel):
    """One run of changed words, with a few unchanged words either side to find it by."""

    op: Literal["delete", "insert", "replace"]
    old: str = ""
    new: str = ""
    before: str = ""
    after: str = ""


class SectionDiff(BaseModel):
    status: Status
    old: SectionInfo | None = None
    new: SectionInfo | None = None
    changed: bool = Field(False, description="The words differ (a moved section may also have changed).")
    similarity: float = Field(1.0, description="Share of words the two versions have in common (Jaccard).")
    changes: list[WordChange] = Field(default_factory=list)
    note: str = ""


class ContractDiff(BaseModel):
    old: str
    new: str
    old_title: str
    new_title: str
    counts: dict[str, int]
    sections: list[SectionDiff]


@dataclass
class _Side:
    section: Section
    words: list[str]
    damaged: bool

    @property
    def vocabulary(self) -> set[str]:
        return set(self.words)


def _normal(text: str) -> str:
    return unicodedata.normalize("NFKC", text).translate(_TRANSLATE)


def _title_key(section: Section) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", _normal(section.title).casefold()))


def _side(section: Section) -> _Side:
    text = _normal(section.text)
    return _Side(section, text.split(), DAMAGE in text)


def _repair(word: str, other: set[str], damaged: bool) -> str:
    """The other version's word a damaged word stands for, or the word itself."""
    if word in other:
        return word
    if DAMAGE in word:
        pattern = re.compile(re.escape(word).replace(re.escape(DAMAGE), _LIGATURES).replace(DAMAGE, _LIGATURES))
        found = sorted(w for w in other if pattern.fullmatch(w))
        if len(found) == 1:
            return found[0]
    if damaged:  # a ligature dropped whole: 'Atorney' for 'Attorney', 'writen' for 'written'
        for index, char in enumerate(word):
            if char in "ft":
                doubled = word[:index] + char + word[index:]
                if doubled in other:
                    return doubled
    return word


def _keys(mine: _Side, theirs: _Side) -> tuple[list[str], int]:
    """This side's words as compared (damaged words read as the other side's), and how many were repaired."""
    damaged = mine.damaged or theirs.damaged
    other = theirs.vocabulary
    repaired = [_repair(w, other, damaged) if (damaged or DAMAGE in w) else w for w in mine.words]
    return repaired, sum(1 for a, b in zip(repaired, mine.words, strict=True) if a != b)


def _share(a: _Side, b: _Side) -> float:
    left, right = a.vocabulary, b.vocabulary
    if not left and not right:
        return 1.0
    return len(left & right) / len(left | right)


def _info(section: Section) -> SectionInfo:
    return SectionInfo(section=section.id, title=section.title, label=citation_label(section).split(" (p.")[0])


def _changes(old: _Side, new: _Side) -> tuple[list[WordChange], int]:
    old_keys, repaired_old = _keys(old, new)
    new_keys, repaired_new = _keys(new, old)
    matcher = SequenceMatcher(None, old_keys, new_keys, autojunk=False)
    changes: list[WordChange] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        changes.append(WordChange(
            op=op,
            old=" ".join(old.words[i1:i2]), new=" ".join(new.words[j1:j2]),
            before=" ".join(new.words[max(0, j1 - CONTEXT_WORDS):j1]),
            after=" ".join(new.words[j2:j2 + CONTEXT_WORDS])))
    return changes, repaired_old + repaired_new


def _pair(old: list[_Side], new: list[_Side]) -> list[tuple[int | None, int | None]]:
    """Which old section is which new one (None: added or removed)."""
    partner: dict[int, int] = {}
    taken: set[int] = set()

    def link(i: int, j: int) -> None:
        partner[i] = j
        taken.add(j)

    by_text: dict[str, list[int]] = {}
    for j, side in enumerate(new):
        by_text.setdefault(" ".join(side.words), []).append(j)
    # 1. The same words: the same section, wherever it stands now (the same id first).
    for i, side in enumerate(old):
        same = [j for j in by_text.get(" ".join(side.words), []) if j not in taken]
        if side.words and same:
            same.sort(key=lambda j: id_key(new[j].section.id) != id_key(side.section.id))
            link(i, same[0])
    # 2. The same id, and the same title or mostly the same words.
    new_by_id = {id_key(s.section.id): j for j, s in enumerate(new)}
    for i, side in enumerate(old):
        same_id = new_by_id.get(id_key(side.section.id))
        if i in partner or same_id is None or same_id in taken:
            continue
        if _title_key(side.section) == _title_key(new[same_id].section) or _share(side, new[same_id]) >= SAME_TEXT_SHARE:
            link(i, same_id)
    # 3. The same title elsewhere, with some words in common; 4. the closest text.
    for threshold, same_title in ((SAME_TITLE_SHARE, True), (CLOSEST_SHARE, False)):
        candidates = sorted(
            ((_share(old[i], new[j]), i, j) for i in range(len(old)) if i not in partner
             for j in range(len(new)) if j not in taken
             and (not same_title or _title_key(old[i].section) == _title_key(new[j].section))),
            key=lambda c: (-c[0], c[1], c[2]))
        for share, i, j in candidates:
            if share >= threshold and i not in partner and j not in taken:
                link(i, j)
    # In the new document's order, each removed section after the new place of the one before it.
    order: list[tuple[int | None, int | None]] = []
    old_of = {j: i for i, j in partner.items()}
    removed_after: dict[int, list[int]] = {}
    leading_removed: list[int] = []
    for i in range(len(old)):
        if i in partner:
            continue
        previous = next((k for k in range(i - 1, -1, -1) if k in partner), None)
        if previous is None:
            leading_removed.append(i)
        else:
            removed_after.setdefault(partner[previous], []).append(i)
    order.extend((k, None) for k in leading_removed)
    for j in range(len(new)):
        order.append((old_of.get(j), j))
        order.extend((k, None) for k in removed_after.get(j, []))
    return order


def diff_contracts(old: Contract, new: Contract) -> ContractDiff:
    """Section by section: unchanged, changed (with word-level changes), moved (renumbered, maybe
    changed too), added, removed."""
    old_sides = [_side(s) for s in old.sections() if any(c.answerable for c in s.clauses)]
    new_sides = [_side(s) for s in new.sections() if any(c.answerable for c in s.clauses)]
    results: list[SectionDiff] = []
    for pair in _pair(old_sides, new_sides):
        i, j = pair
        if i is None and j is not None:
            results.append(SectionDiff(status="added", new=_info(new_sides[j].section), changed=True, similarity=0.0))
            continue
        if j is None and i is not None:
            results.append(SectionDiff(status="removed", old=_info(old_sides[i].section), changed=True, similarity=0.0))
            continue
        assert i is not None and j is not None
        a, b = old_sides[i], new_sides[j]
        changes, repaired = _changes(a, b)
        moved = id_key(a.section.id) != id_key(b.section.id)
        status: Status = "moved" if moved else "changed" if changes else "unchanged"
        note = ""
        if repaired and not changes:
            note = f"Differs only in PDF extraction ({repaired} damaged word{'s' if repaired != 1 else ''} read as printed)."
        elif repaired:
            note = f"{repaired} damaged word{'s' if repaired != 1 else ''} from PDF extraction read as printed."
        results.append(SectionDiff(status=status, old=_info(a.section), new=_info(b.section), changed=bool(changes),
                                   similarity=round(_share(a, b), 3), changes=changes, note=note))
    counts = {status: sum(1 for r in results if r.status == status)
              for status in ("unchanged", "changed", "moved", "added", "removed")}
    return ContractDiff(old=old.id, new=new.id, old_title=old.name, new_title=new.name, counts=counts, sections=results)


def inline(change: WordChange) -> str:
    """A change as a reader scans it: … before [-old-]{+new+} after …"""
    parts = [f"… {change.before}" if change.before else "…"]
    if change.old:
        parts.append(f"[-{change.old}-]")
    if change.new:
        parts.append(f"{{+{change.new}+}}")
    parts.append(f"{change.after} …" if change.after else "…")
    return " ".join(parts)


def render_text(result: ContractDiff, show_unchanged: bool = False) -> str:
    """The diff as the CLI prints it."""
    counts = result.counts
    lines = [f"{result.old} → {result.new}: {counts['changed']} changed, {counts['moved']} moved, "
             f"{counts['added']} added, {counts['removed']} removed, {counts['unchanged']} unchanged"]
    for item in result.sections:
        if item.status == "unchanged" and not show_unchanged and not item.note:
            continue
        if item.status == "added" and item.new:
            lines.append(f"added     {item.new.label} {item.new.title}")
        elif item.status == "removed" and item.old:
            lines.append(f"removed   {item.old.label} {item.old.title}")
        elif item.old and item.new:
            where = f"{item.old.label} → {item.new.label}" if item.status == "moved" else item.new.label
            same = " (same text)" if item.status == "moved" and not item.changed else ""
            lines.append(f"{item.status:<9} {where} {item.new.title}{same}")
        if item.note:
            lines.append(f"    ({item.note})")
        for change in item.changes:
            lines.append(f"    {inline(change)}")
    return "\n".join(lines)


def document(reference: str, indexed: Callable[[str], Contract], max_bytes: int) -> Contract:
    """A document to compare: a file (read and parsed on the spot, no index needed) or the id of
    an indexed document."""
    path = Path(reference)
    if path.suffix.lower() in SUPPORTED_SUFFIXES and path.is_file():
        return load_document(path, max_bytes)
    return indexed(reference)
