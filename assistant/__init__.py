"""Contract Assistant: answers questions about a collective bargaining agreement with citations.

The core is :class:`assistant.core.Assistant` (``answer()``); :mod:`assistant.services` builds it
once with the stores every front end needs, and the CLI, the HTTP API and Slack each call it.
"""
