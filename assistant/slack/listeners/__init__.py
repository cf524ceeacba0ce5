"""Bolt listeners, one short module per kind, each with register(app, service)."""

from __future__ import annotations

from slack_bolt import App

from assistant.slack.listeners import actions, commands, events, grievance
from assistant.slack.service import SlackService


def register(app: App, service: SlackService) -> None:
    events.register(app, service)
    commands.register(app, service)
    actions.register(app, service)
    grievance.register(app, service)
