"""The composition root: builds the Assistant, the stores and the clients once, and hands
them to each front end (CLI, HTTP API, Slack), so no front end builds or imports another's."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

from assistant.channels import ChannelStore, channels_path
from assistant.core import Assistant
from assistant.errors import DomainError, describe, without_paths
from assistant.feedback import FeedbackStore, feedback_path
from assistant.settings import Settings, get_settings
from ingest.index import probe_chroma_server


@dataclass
class Services:
    settings: Settings
    chat_model: Any | None = None

    @cached_property
    def assistant(self) -> Assistant:
        return Assistant(self.settings, chat_model=self.chat_model)

    @cached_property
    def feedback(self) -> FeedbackStore:
        """Its database is opened by its writer thread and by ratings, never on the answer path."""
        settings = self.settings
        return FeedbackStore(feedback_path(settings.data_dir), settings.store_user_ids, settings.store_question_text,
                             settings.answer_record_days)

    @cached_property
    def channels(self) -> ChannelStore:
        return ChannelStore(channels_path(self.settings.data_dir), self.settings.channel_contracts)


    def readiness(self) -> tuple[bool, dict[str, Any]]:
        """(ready, report): ready only when the index opens, every listed document has chunks and
        the vector store answers (within the Chroma timeouts). Feedback that cannot be written is
        reported as degraded without making the service unready, since answers do not need it.
        The report names states and reasons, never filesystem paths."""
        components: dict[str, dict[str, Any]] = {}
        report: dict[str, Any] = {"components": components}
        try:
            snapshot = self.assistant.snapshot()
        except DomainError as exc:
            components["index"] = {"state": "down", "reason": without_paths(str(exc))}
            snapshot = None
        if snapshot is not None:
            components["index"] = {"state": "ok", "build": snapshot.build}
            report.update(build=snapshot.build, documents=len(snapshot.contracts), chunks=len(snapshot.chunks))
            counts = {contract_id: 0 for contract_id in snapshot.contracts}
            for chunk in snapshot.chunks:
                counts[chunk.contract] = counts.get(chunk.contract, 0) + 1
            empty = sorted(c for c, n in counts.items() if not n)
            if not counts:
                components["documents"] = {"state": "down", "reason": "No documents are indexed; add them to the "
                                           "contracts dir and run `contract-assistant ingest`."}
            elif empty:
                components["documents"] = {"state": "down", "reason": f"No chunks for {', '.join(empty)}: questions "
                                           "about them would all abstain; run `contract-assistant ingest`."}
            else:
                components["documents"] = {"state": "ok", "count": len(counts)}
            components["vector_store"] = self._vector_store_state(snapshot)
        problem = self.feedback.check()
        components["feedback"] = {"state": "degraded", "reason": without_paths(problem)} if problem else {"state": "ok"}
        failing = [c for c in components.values() if c["state"] == "down"]
        if failing:
            report["reason"] = failing[0]["reason"]
        return not failing, report

    def _vector_store_state(self, snapshot: Any) -> dict[str, Any]:
        try:
            if self.settings.chroma_url:
                probe_chroma_server(self.settings.index_config())
            count = snapshot.store._collection.count()
        except DomainError as exc:
            return {"state": "down", "reason": without_paths(str(exc))}
        except Exception as exc:  # noqa: BLE001 - whatever the store raises, it is not answering
            return {"state": "down", "reason": f"The vector store did not answer ({describe(exc)})."}
        if count != len(snapshot.chunks):
            return {"state": "down", "reason": f"The vector store holds {count} chunks, the index {len(snapshot.chunks)}; "
                                               "run `contract-assistant ingest`."}
        return {"state": "ok", "kind": "server" if self.settings.chroma_url else "embedded"}


def build_services(settings: Settings | None = None, chat_model: Any | None = None) -> Services:
    return Services(settings or get_settings(), chat_model=chat_model)


@lru_cache(maxsize=1)
def get_services() -> Services:
    """The process's services, for entry points (CLI, server); tests clear the cache."""
    return build_services()
