"""Socket Mode, for workspaces without a public URL: `contract-assistant slack --socket`."""

from __future__ import annotations

from slack_bolt.adapter.socket_mode import SocketModeHandler

from assistant.api.deps import get_feedback_store
from assistant.core import get_assistant
from assistant.settings import Settings
from assistant.slack.app import SlackConfigError, build_bolt_app


def run_socket_mode(settings: Settings) -> None:
    if not settings.slack_app_token:
        raise SlackConfigError("SLACK_APP_TOKEN (xapp-…) is not set; Socket Mode needs an app-level token.")
    app = build_bolt_app(settings, get_assistant, get_feedback_store())
    SocketModeHandler(app, settings.slack_app_token).start()
