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
    as_of: date | None = None  # reserved: the date whose contract terms apply

    @property
    def everything(self) -> bool:
        return not self.contracts

    @property
    def contract(self) -> str | None:
        """The one document in scope, if exactly one."""
        return self.contracts[0] if len(self.contracts) == 1 else None

    def allows(self, contract_id: str) -> bool:
        return not self.contracts or contract_id in self.contracts

    def chroma_filter(self) -> dict[str, object] | None:
        if not self.contracts:
            return None
        if len(self.contracts) == 1:
            return {"contract": self.contracts[0]}
        return {"contract": {"$in": list(self.contracts)}}


def resolve_scope(snapshot: Snapshot, requested: str | None, carried: tuple[str, ...] | None = None,
                  namespace: str = "") -> Scope:
    """``requested``: a contract id or ALL_DOCUMENTS (explicit; always wins), or None (unstated:
    the conversation's scope if it had one and its documents are still indexed, else all)."""
    if requested == ALL_DOCUMENTS:
        return Scope((), namespace)
    if requested:
        return Scope((snapshot.contract(requested).id,), namespace)  # UnknownContract names the known ids
    if carried and all(c in snapshot.contracts for c in carried):
        return Scope(tuple(carried), namespace)
    return Scope((), namespace)
