"""What one question may draw on, and on whose behalf: resolved once where the core is entered.

Before, the contract id travelled as a loose string that retrieval, the calculator router, the
tools and the generative path each looked up again, and a conversation could silently
substitute the contract of an earlier question. A :class:`Scope` is decided once — an explicit
choice on the request wins, "all documents" can be chosen explicitly, only an unstated scope
is taken from the conversation — and every layer receives the same value.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.snapshot import Snapshot

ALL_DOCUMENTS = "*"
"""A request's explicit choice of every document (``"contract": null`` in the API, ``--contract '*'``)."""


@dataclass(frozen=True)
class Scope:
    contracts: tuple[str, ...] = ()  # empty: every document
    namespace: str = ""  # whose conversations these are: an API key's hash, a client address, a Slack team+user
    as_of: date | None = None  # the date whose contract terms apply (asked for, or the question began with it)
    excluded: tuple[str, ...] = ()  # versions of an agreement not in force on that date (or today), left out
    asked_for: str | None = None  # the contract the request named, when a date chose another version of it

    @property
    def everything(self) -> bool:
        return not self.contracts

    @property
    def contract(self) -> str | None:
        """The one document in scope, if exactly one."""
        return self.contracts[0] if len(self.contracts) == 1 else None

    def allows(self, contract_id: str) -> bool:
        return (not self.contracts or contract_id in self.contracts) and contract_id not in self.excluded

    def chroma_filter(self) -> dict[str, object] | None:
        if not self.contracts:
            if self.excluded:
                return {"contract": {"$nin": list(self.excluded)}}
            return None
        if len(self.contracts) == 1:
            return {"contract": self.contracts[0]}
        return {"contract": {"$in": list(self.contracts)}}


def resolve_scope(snapshot: Snapshot, requested: str | None, carried: tuple[str, ...] | None = None,
                  namespace: str = "", as_of: date | None = None, today: date | None = None) -> Scope:
    """``requested``: a contract id or ALL_DOCUMENTS (explicit; always wins), or None (unstated:
    the conversation's scope if it had one and its documents are still indexed, else all).

    ``as_of``: the date whose terms apply. A named contract that has other versions is answered
    from the version in force on that date; all documents means, for each agreement, only the
    version in force on that date (or today, when no date is given)."""
    from assistant.versions import superseded_on, version_on

    day = as_of or today or date.today()
    if requested == ALL_DOCUMENTS or not (requested or (carried and all(c in snapshot.contracts for c in carried))):
        return Scope((), namespace, as_of, superseded_on(snapshot.contracts, day))
    named = (snapshot.contract(requested).id,) if requested else tuple(carried or ())  # UnknownContract names the known ids
    if as_of is None:
        return Scope(named, namespace)
    chosen = tuple(dict.fromkeys(version_on(snapshot.contracts, snapshot.contracts[c], as_of).contract.id for c in named))
    return Scope(chosen, namespace, as_of, asked_for=named[0] if chosen != named else None)
