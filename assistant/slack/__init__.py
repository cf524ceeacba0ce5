"""Slack front end (slack-bolt): mentions, DMs, thread follow-ups, the /contract command and buttons."""
