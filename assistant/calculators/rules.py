"""A contract's calculator rules, checked against its ingested text before any number is used.

A rule reference is any mapping in the rules file with ``section`` and ``quote`` (and
optionally ``clause``). Every reference's quote must occur verbatim in that clause (or section)
of the parsed contract; one that does not is refused with an error naming it, so a calculator
can never cite words the contract does not contain.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import yaml

from assistant.citations import make_citation
from assistant.errors import RulesError, ToolInputError
from assistant.schema import Citation
from assistant.text import occurs_in
from ingest.structure import Contract
from ingest.yaml_files import load_yaml


@dataclass(frozen=True)
class Rules:
    """A contract's calculator rules: a hand-written rules file, or (``source == "text"``) rules
    drafted from the time limits found in the text at ingest."""

    contract: Contract
    data: dict[str, Any]
    path: str
    source: str = "file"

    def get(self, *keys: str) -> Any:
        node: Any = self.data
        for key in keys:
            if not isinstance(node, dict) or key not in node:
                raise RulesError(f"{Path(self.path).name}: missing rule '{'.'.join(keys)}' needed by this calculator.")
            node = node[key]
        return node

    def has(self, *keys: str) -> bool:
        try:
            self.get(*keys)
        except RulesError:
            return False
        return True

    def named(self, what: str, name: str, *keys: str) -> dict[str, Any]:
        """The entry of the list at `keys` whose name is `name` (in any case): a differential, an allowance, a
        capped leave …; a name the rules do not list is an error the member can act on."""
        for spec in self.get(*keys):
            if str(spec["name"]).lower() == name.lower():
                return dict(spec)
        raise ToolInputError(f"No {what} named {name!r} in this contract's rules.")

    def cite(self, ref: dict[str, Any]) -> Citation:
        section = self.contract.section(str(ref["section"]))
        if section is None:  # validated at load; kept for type narrowing
            raise RulesError(f"rule cites unknown section {ref['section']}")
        clause = section.clause(str(ref.get("clause", ""))) if ref.get("clause") else None
        return make_citation(self.contract, section, clause, str(ref["quote"]))

    def note(self, result: Any, ref: dict[str, Any] | None) -> None:
        """Add a rule's note to a result with the clause it comes from; a rule without one adds nothing."""
        if ref and ref.get("note"):
            if ref["note"] not in result.notes:
                result.notes.append(str(ref["note"]))
            result.cite(self.cite(ref))


T = TypeVar("T")


def longest_alias(text: str, options: Iterable[tuple[Iterable[Any], T]],
                  flatten: Callable[[str], str] = lambda value: value) -> T | None:
    """The option one of whose names (as the rules write them) the text holds as whole words, the
    longest name found winning ('first (night) shift' over 'first shift'); None when none is found.
    `flatten` is applied to the text and to each name before they are compared."""
    flat = flatten(text)
    best: tuple[int, T] | None = None
    for names, value in options:
        for name in names:
            if re.search(rf"(?<!\w){re.escape(flatten(str(name)))}s?(?!\w)", flat, re.IGNORECASE) and (  # ("night shifts")
                    best is None or len(str(name)) > best[0]):
                best = (len(str(name)), value)
    return best[1] if best else None


def _references(node: Any, path: str = "") -> list[tuple[str, dict[str, Any]]]:
    found: list[tuple[str, dict[str, Any]]] = []
    if isinstance(node, dict):
        if "quote" in node or "section" in node:
            found.append((path or "(top)", node))
        for key, value in node.items():
            found.extend(_references(value, f"{path}.{key}" if path else str(key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            label = value.get("id") if isinstance(value, dict) and "id" in value else index
            found.extend(_references(value, f"{path}[{label}]"))
    return found


def validate(contract: Contract, data: dict[str, Any], name: str) -> None:
    if str(data.get("contract", contract.id)) != contract.id:
        raise RulesError(f"{name}: written for contract {data.get('contract')!r}, not {contract.id!r}.")
    for where, ref in _references(data):
        if "section" not in ref or "quote" not in ref:
            raise RulesError(f"{name}: rule {where} needs both 'section' and 'quote'.")
        section = contract.section(str(ref["section"]))
        if section is None:
            raise RulesError(f"{name}: rule {where} cites section {ref['section']!r}, which {contract.id} does not have.")
        text = section.text
        if ref.get("clause"):
            clause = section.clause(str(ref["clause"]))
            if clause is None:
                raise RulesError(f"{name}: rule {where} cites clause {ref['clause']!r} of {section.id}, which does not exist.")
            text = clause.text
        if not occurs_in(str(ref["quote"]), text):
            where_text = f"{section.id} {ref.get('clause', '')}".strip()
            raise RulesError(f"{name}: rule {where} quotes words not found in {where_text}: {str(ref['quote'])[:80]!r}")


_cache: dict[tuple[str, str, float], Rules] = {}


def load_rules(contract: Contract) -> Rules | None:
    """The validated rules of a contract, or None when it has no rules file."""
    if not contract.rules_file:
        return None
    path = contract.rules_file
    try:
        mtime = os.stat(path).st_mtime
    except OSError as exc:
        raise RulesError(f"The rules file {path} for {contract.id} is missing; re-run ingest.") from exc
    key = (contract.id, contract.sha256, mtime)
    if key in _cache:
        return _cache[key]
    try:
        data = load_yaml(Path(path).read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise RulesError(f"{Path(path).name}: not valid YAML ({exc}).") from exc
    if not isinstance(data, dict):
        raise RulesError(f"{Path(path).name}: must be a mapping.")
    validate(contract, data, Path(path).name)
    rules = Rules(contract=contract, data=data, path=path)
    _cache[key] = rules
    return rules
