"""Socket Mode, for workspaces without a public URL: `contract-assistant slack --socket`."""

from __future__ import annotations

from slack_bolt.adapter.socket_mode import SocketModeHandler

from assistant.errors import ConfigError
from assistant.services import Services
from assistant.slack.app import build_bolt_app


def run_socket_mode(services: Services) -> None:
    settings = services.settings
    if not settings.slack_app_token:
        raise ConfigError("SLACK_APP_TOKEN (xapp-…) is not set; Socket Mode needs an app-level token.")
    app = build_bolt_app(services)
    SocketModeHandler(app, settings.slack_app_token).start()
