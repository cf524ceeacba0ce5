"""Builds the Bolt app; the HTTP mount and Socket Mode both use it."""

from __future__ import annotations

from typing import Any

from slack_bolt import App
from slack_sdk import WebClient

from assistant.errors import ConfigError
from assistant.services import Services
from assistant.settings import Settings
from assistant.slack.listeners import register
from assistant.slack.service import SlackService


def check_slack_settings(settings: Settings) -> None:
    """Slack mode needs the bot token and the signing secret; refuse to start without them."""
    if not settings.slack_bot_token:
        raise ConfigError("SLACK_BOT_TOKEN is not set; Slack mode needs the bot token (xoxb-…).")
    if not settings.slack_signing_secret:
        raise ConfigError("SLACK_SIGNING_SECRET is not set; refusing to run Slack mode without verifying requests.")


def build_bolt_app(services: Services) -> App:
    settings = services.settings
    check_slack_settings(settings)
    client = WebClient(token=settings.slack_bot_token, base_url=settings.slack_api_url or WebClient.BASE_URL)
    app = App(client=client, signing_secret=settings.slack_signing_secret, process_before_response=False)
    register(app, SlackService(services))

    @app.error
    def on_error(error: Exception, logger: Any) -> None:
        # One line per failure; the traceback only at debug level.
        logger.error("Slack listener failed: %s: %s", type(error).__name__, error)
        logger.debug("traceback", exc_info=error)

    return app
