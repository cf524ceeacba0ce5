"""Feedback on answers, and the answer records it refers to, in SQLite under the data dir.

Answering never touches the database: ``remember()`` keeps the answer in memory and hands its
record to a writer thread, so a full disk or a damaged database degrades feedback (reported by
``/readyz``) but never fails a question. Records are on disk so a rating still finds its answer
after a restart or on another replica sharing the data dir; they keep a hash of the question
unless ``CONTRACT_ASSISTANT_STORE_QUESTION_TEXT`` is on, and are pruned after
``CONTRACT_ASSISTANT_ANSWER_RECORD_DAYS``. A rating made in the process that answered also
carries the question's text, as before. Each rater (an API key or client, a Slack user —
stored as a hash) has one rating per answer, which they can change but not repeat.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import queue
import sqlite3
import threading
import time
import uuid
from collections import OrderedDict
from pathlib import Path
from typing import Any

from assistant.errors import FeedbackUnavailable, UnknownAnswer, describe
from assistant.schema import Answer

RECENT_ANSWERS = 5000
QUEUE_LIMIT = 10_000
PRUNE_EVERY = 1000
log = logging.getLogger("contract_assistant.feedback")

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
CREATE TABLE IF NOT EXISTS answers (
    answer_id TEXT PRIMARY KEY,
    question TEXT,
    question_hash TEXT NOT NULL,
    contract TEXT,
    citations TEXT NOT NULL,
    abstained INTEGER NOT NULL,
    created REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS answers_created ON answers(created);
"""
# Added to a feedback table made by an earlier version; NULL raters (old rows) never collide.
MIGRATIONS = {"rater": "ALTER TABLE feedback ADD COLUMN rater TEXT",
              "updated": "ALTER TABLE feedback ADD COLUMN updated REAL"}
ONE_PER_RATER = "CREATE UNIQUE INDEX IF NOT EXISTS feedback_one_per_rater ON feedback(answer_id, rater)"


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()


def _text(value: str) -> str:
    """Storable text: a lone surrogate cannot be written as UTF-8."""
    return value.encode("utf-8", "replace").decode("utf-8")


class FeedbackStore:
    def __init__(self, path: Path, store_user_ids: bool = False, store_question_text: bool = False,
                 record_days: int = 30):
        self.path = path
        self.store_user_ids = store_user_ids
        self.store_question_text = store_question_text
        self.record_seconds = record_days * 86400
        self._lock = threading.Lock()
        self._init_lock = threading.Lock()
        self._recent: OrderedDict[str, dict[str, Any]] = OrderedDict()
        self._pending: queue.Queue[dict[str, Any]] = queue.Queue(QUEUE_LIMIT)
        self._writer: threading.Thread | None = None
        self._ready = False
        self._written = 0
        self.degraded: str | None = None  # why records or ratings could not be written, if they could not

    # -- the database, opened only off the answer path -------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        if self._ready:
            return sqlite3.connect(self.path, timeout=10)
        with self._init_lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, timeout=10)
            try:
                if not self._ready:
                    db.execute("PRAGMA journal_mode=WAL")
                    db.executescript(SCHEMA)
                    columns = {row[1] for row in db.execute("PRAGMA table_info(feedback)")}
                    for column, statement in MIGRATIONS.items():
                        if column not in columns:
                            db.execute(statement)
                    db.execute(ONE_PER_RATER)
                    db.commit()
                    self._ready = True
            except BaseException:
                db.close()
                raise
            return db

    def _fail(self, what: str, exc: BaseException) -> None:
        reason = f"{what} ({describe(exc)})"
        if reason != self.degraded:
            log.error("feedback store degraded: %s", reason)  # once per distinct problem, not per answer
        self.degraded = reason

    # -- the answer path: memory and a queue, nothing else -----------------------------------------

    def remember(self, question: str, contract: str | None, answer: Answer) -> str:
        """Keep an answer so feedback can refer to it; returns its answer_id. Never blocks on or
        fails because of the database."""
        answer_id = uuid.uuid4().hex
        text = _text(question if isinstance(question, str) else str(question))
        record = {
            "answer_id": answer_id,
            "question": text,
            "question_hash": digest(text),
            "contract": contract,
            "citations": [{"contract": c.contract, "section": c.section, "clause": c.clause, "quote": c.quote}
                          for c in answer.citations],
            "abstained": answer.abstained,
            "created": time.time(),
        }
        with self._lock:
            self._recent[answer_id] = record
            while len(self._recent) > RECENT_ANSWERS:
                self._recent.popitem(last=False)
            if self._writer is None:
                self._writer = threading.Thread(target=self._write_loop, name="answer-records", daemon=True)
                self._writer.start()
        try:
            self._pending.put_nowait(record)
        except queue.Full:
            self._fail("answer records are arriving faster than they can be written", RuntimeError("queue full"))
        return answer_id

    def _write_loop(self) -> None:
        while True:
            batch = [self._pending.get()]
            while len(batch) < 200:
                try:
                    batch.append(self._pending.get_nowait())
                except queue.Empty:
                    break
            try:
                self._write(batch)
                self.degraded = None
            except (sqlite3.Error, OSError) as exc:
                self._fail("answer records cannot be written", exc)
            finally:
                for _ in batch:
                    self._pending.task_done()

    def _write(self, batch: list[dict[str, Any]]) -> None:
        rows = [(r["answer_id"], r["question"] if self.store_question_text else None, r["question_hash"], r["contract"],
                 json.dumps(r["citations"]), int(r["abstained"]), r["created"]) for r in batch]
        db = self._connect()
        try:
            with db:
                db.executemany("INSERT OR IGNORE INTO answers (answer_id, question, question_hash, contract, citations,"
                               " abstained, created) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
                self._written += len(rows)
                if self._written >= PRUNE_EVERY:
                    self._written = 0
                    db.execute("DELETE FROM answers WHERE created < ?", (time.time() - self.record_seconds,))
        finally:
            db.close()

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until every remembered answer is written (shutdown, tests); False on timeout."""
        deadline = time.monotonic() + timeout
        while self._pending.unfinished_tasks:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.01)
        return True

    # -- ratings ----------------------------------------------------------------------------------

    def _record(self, db: sqlite3.Connection, answer_id: str) -> dict[str, Any] | None:
        with self._lock:
            record = self._recent.get(answer_id)
        if record is not None:
            return record
        row = db.execute("SELECT question, question_hash, contract, citations, abstained FROM answers "
                         "WHERE answer_id = ?", (answer_id,)).fetchone()
        if row is None:
            return None
        return {"question": row[0] or "", "question_hash": row[1], "contract": row[2],
                "citations": json.loads(row[3]), "abstained": bool(row[4])}

    def add(self, answer_id: str, helpful: bool, comment: str | None = None, source: str = "api",
            user_id: str | None = None, rater: str | None = None) -> int:
        """Store a rating; the same rater rating the same answer again changes their rating.
        Returns the rating's id (the same id when changed)."""
        rater_hash = digest(rater or f"anonymous:{uuid.uuid4().hex}")[:32]
        now = time.time()
        try:
            db = self._connect()
            try:
                record = self._record(db, answer_id)
                if record is None:
                    raise UnknownAnswer(f"No answer with id {answer_id!r}; feedback must follow an answer from "
                                        f"this service (answers are kept for {self.record_seconds // 86400} days).")
                with db:
                    db.execute(
                        "INSERT INTO feedback (answer_id, helpful, comment, question, contract, citations, abstained,"
                        " source, user_id, created, rater, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        " ON CONFLICT(answer_id, rater) DO UPDATE SET helpful = excluded.helpful,"
                        " comment = COALESCE(excluded.comment, feedback.comment), updated = excluded.updated",
                        (answer_id, int(helpful), _text(comment or "")[:2000] or None, record["question"],
                         record["contract"], json.dumps(record["citations"]), int(record["abstained"]), source,
                         user_id if self.store_user_ids else None, now, rater_hash, now),
                    )
                    row = db.execute("SELECT id FROM feedback WHERE answer_id = ? AND rater = ?",
                                     (answer_id, rater_hash)).fetchone()
            finally:
                db.close()
        except (sqlite3.Error, OSError) as exc:
            self._fail("ratings cannot be stored", exc)
            raise FeedbackUnavailable("Feedback can't be stored right now; answers are not affected. "
                                      "Please try again later.") from exc
        return int(row[0])

    def check(self, min_free_bytes: int = 1024 * 1024) -> str | None:
        """None when ratings can be written now, else why not (for /readyz: feedback is degraded,
        answering is not). Takes the write lock and looks at free space; writes nothing."""
        try:
            db = self._connect()
            try:
                db.execute("BEGIN IMMEDIATE")
                db.execute("SELECT COUNT(*) FROM feedback").fetchone()
                db.rollback()
            finally:
                db.close()
            disk = os.statvfs(self.path.parent)
            if disk.f_bavail * disk.f_frsize < min_free_bytes:
                raise OSError(28, "No space left on device")
        except (sqlite3.Error, OSError) as exc:
            self._fail("the feedback database cannot be written", exc)
            return self.degraded
        if self._pending.qsize() >= QUEUE_LIMIT:
            return self.degraded
        self.degraded = None
        return None

    def rows(self) -> list[dict[str, Any]]:
        db = self._connect()
        try:
            db.row_factory = sqlite3.Row
            return [dict(r) for r in db.execute("SELECT * FROM feedback ORDER BY id")]
        finally:
            db.close()

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
