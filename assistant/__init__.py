"""Contract Assistant: answers questions about a collective bargaining agreement with citations.

The public entry point is :func:`assistant.core.answer`; every front end (CLI, HTTP, Slack) calls it.
"""
