"""The composition root: builds the Assistant, the stores and the clients once, and hands
them to each front end (CLI, HTTP API, Slack), so no front end builds or imports another's."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

from assistant.channels import ChannelStore, channels_path
from assistant.core import Assistant
from assistant.feedback import FeedbackStore, feedback_path
from assistant.settings import Settings, get_settings


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


def build_services(settings: Settings | None = None, chat_model: Any | None = None) -> Services:
    return Services(settings or get_settings(), chat_model=chat_model)


@lru_cache(maxsize=1)
def get_services() -> Services:
    """The process's services, for entry points (CLI, server); tests clear the cache."""
    return build_services()
