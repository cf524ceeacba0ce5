"""Builds the Bolt app; the HTTP mount and Socket Mode both use it."""

from __future__ import annotations

from typing import Any

from slack_bolt import App
from slack_sdk import WebClient

from assistant.errors import AssistantError
from assistant.settings import Settings
from assistant.slack.listeners import register
from assistant.slack.service import SlackService


class SlackConfigError(AssistantError):
    http_status = 500


def check_slack_settings(settings: Settings) -> None:
    """Slack mode needs the bot token and the signing secret; refuse to start without them."""
    if not settings.slack_bot_token:
        raise SlackConfigError("SLACK_BOT_TOKEN is not set; Slack mode needs the bot token (xoxb-…).")
    if not settings.slack_signing_secret:
        raise SlackConfigError("SLACK_SIGNING_SECRET is not set; refusing to run Slack mode without verifying requests.")


def build_bolt_app(settings: Settings, assistant_factory: Any, store: Any) -> App:
    check_slack_settings(settings)
    client = WebClient(token=settings.slack_bot_token, base_url=settings.slack_api_url or WebClient.BASE_URL)
    app = App(client=client, signing_secret=settings.slack_signing_secret, process_before_response=False)
    register(app, SlackService(settings=settings, assistant_factory=assistant_factory, store=store))

    @app.error
    def on_error(error: Exception, logger: Any) -> None:
        logger.exception("Slack listener failed: %s", error)

    return app
