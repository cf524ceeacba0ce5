"""The HTTP API and the steward's web page: FastAPI, thin over the same core as the CLI and Slack."""
