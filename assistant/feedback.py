"""Feedback on answers, stored durably in SQLite under the data dir.

Recent answers are kept in memory only; an answer's question and citations are written to
disk when someone gives feedback on it, so nothing a member asked is stored unless they (or a
steward) rate the answer. Slack user ids are kept only when the setting allows it.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
import uuid
from collections import OrderedDict
from pathlib import Path
from typing import Any

from assistant.errors import UnknownAnswer
from assistant.schema import Answer

RECENT_ANSWERS = 5000


SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    answer_id TEXT NOT NULL,
    helpful INTEGER NOT NULL,
    comment TEXT,
    question TEXT NOT NULL,
    contract TEXT,
    citations TEXT NOT NULL,
    abstained INTEGER NOT NULL,
    source TEXT NOT NULL,
    user_id TEXT,
    created REAL NOT NULL
);
"""


class FeedbackStore:
    def __init__(self, path: Path, store_user_ids: bool = False):
        self.path = path
        self.store_user_ids = store_user_ids
        self._lock = threading.Lock()
        self._recent: OrderedDict[str, dict[str, Any]] = OrderedDict()
        path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as db:
            db.executescript(SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=10)
        db.execute("PRAGMA journal_mode=WAL")
        return db

    def remember(self, question: str, contract: str | None, answer: Answer) -> str:
        """Keep an answer briefly so feedback can refer to it; returns its answer_id."""
        answer_id = uuid.uuid4().hex
        record = {
            "question": question,
            "contract": contract,
            "citations": [{"contract": c.contract, "section": c.section, "clause": c.clause, "quote": c.quote} for c in answer.citations],
            "abstained": answer.abstained,
        }
        with self._lock:
            self._recent[answer_id] = record
            while len(self._recent) > RECENT_ANSWERS:
                self._recent.popitem(last=False)
        return answer_id

    def add(self, answer_id: str, helpful: bool, comment: str | None = None, source: str = "api",
            user_id: str | None = None) -> int:
        with self._lock:
            record = self._recent.get(answer_id)
        if record is None:
            raise UnknownAnswer(f"No recent answer with id {answer_id!r}; feedback must follow an answer from this server.")
        with self._connect() as db:
            cursor = db.execute(
                "INSERT INTO feedback (answer_id, helpful, comment, question, contract, citations, abstained, source,"
                " user_id, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (answer_id, int(helpful), (comment or "")[:2000] or None, record["question"], record["contract"],
                 json.dumps(record["citations"]), int(record["abstained"]), source,
                 user_id if self.store_user_ids else None, time.time()),
            )
            return int(cursor.lastrowid or 0)

    def rows(self) -> list[dict[str, Any]]:
        with self._connect() as db:
            db.row_factory = sqlite3.Row
            return [dict(r) for r in db.execute("SELECT * FROM feedback ORDER BY id")]

    def export_candidates(self) -> list[dict[str, Any]]:
        """Feedback as candidate gold items for a maintainer to review (gold sections to confirm)."""
        items = []
        for row in self.rows():
            citations = json.loads(row["citations"])
            items.append({
                "id": f"fb{row['id']:05d}",
                "question": row["question"],
                "kind": "unanswerable" if row["abstained"] and row["helpful"] else "lookup",
                "contract": row["contract"] or (citations[0]["contract"] if citations else ""),
                "gold": [{"section": c["section"], "clause": c["clause"]} for c in citations] if row["helpful"] else [],
                "quote": citations[0]["quote"] if citations and row["helpful"] else "",
                "answer": "",
                "must_contain": [],
                "plain_words": True,
                "candidate": {"helpful": bool(row["helpful"]), "comment": row["comment"], "source": row["source"],
                              "needs_review": True},
            })
        return items


def feedback_path(data_dir: Path) -> Path:
    return data_dir / "feedback.sqlite3"
