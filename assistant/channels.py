"""Which contract a Slack channel answers from: set with `/contract use`, kept in SQLite.

Defaults come from the settings (`CONTRACT_ASSISTANT_SLACK_CHANNEL_CONTRACTS`); a stored choice
overrides them. A store of its own, so the feedback database is not on Slack's path.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS channel_contracts (
    channel TEXT PRIMARY KEY,
    contract TEXT NOT NULL,
    updated REAL NOT NULL
);
"""


class ChannelStore:
    def __init__(self, path: Path, defaults: dict[str, str] | None = None):
        self.path = path
        self.defaults = dict(defaults or {})
        self._ready = False

    def _connect(self) -> sqlite3.Connection:
        if not self._ready:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=10)
        if not self._ready:
            db.executescript(SCHEMA)
            self._ready = True
        return db

    def set(self, channel: str, contract: str) -> None:
        with self._connect() as db:
            db.execute("INSERT INTO channel_contracts (channel, contract, updated) VALUES (?, ?, ?) "
                       "ON CONFLICT(channel) DO UPDATE SET contract=excluded.contract, updated=excluded.updated",
                       (channel, contract, time.time()))

    def get(self, channel: str | None) -> str | None:
        if not channel:
            return None
        with self._connect() as db:
            row = db.execute("SELECT contract FROM channel_contracts WHERE channel = ?", (channel,)).fetchone()
        return row[0] if row else self.defaults.get(channel)


def channels_path(data_dir: Path) -> Path:
    return data_dir / "slack-channels.sqlite3"
