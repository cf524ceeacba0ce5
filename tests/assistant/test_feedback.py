"""Feedback off the answer path: answer records written behind the answer, found after a restart
and by another replica; one rating per answer per rater; a broken database degrades feedback only."""

from __future__ import annotations

import json
import sqlite3

import pytest

from assistant import feedback as feedback_module
from assistant.errors import FeedbackUnavailable, UnknownAnswer
from assistant.feedback import FeedbackStore, digest
from assistant.schema import Answer, Citation

ANSWER = Answer(answer="Quoted.", citations=[Citation(contract="c", section="1.1", clause="A", quote="ten days")])


def test_remembering_an_answer_never_touches_a_broken_database(tmp_path):
    path = tmp_path / "feedback.sqlite3"
    path.mkdir()  # a directory where the database should be: nothing can open it
    store = FeedbackStore(path)
    answer_id = store.remember("How long?", None, ANSWER)
    assert len(answer_id) == 32
    assert store.flush()
    assert store.degraded and "answer records cannot be written" in store.degraded
    assert str(tmp_path) not in store.degraded
    with pytest.raises(FeedbackUnavailable, match="answers are not affected"):
        store.add(answer_id, True, rater="r1")
    assert store.check() is not None


def test_records_survive_a_restart_and_serve_another_replica(tmp_path):
    path = tmp_path / "feedback.sqlite3"
    first = FeedbackStore(path)
    answer_id = first.remember("How long do I have to file?", "c", ANSWER)
    assert first.flush() and first.degraded is None
    replica = FeedbackStore(path)  # a restarted process, or a second replica on the same data dir
    replica.add(answer_id, True, rater="api:r1")
    row = replica.rows()[-1]
    # Only the question's hash was on disk (the default), so the replica's row has no text.
    assert row["question"] == "" and json.loads(row["citations"])[0]["section"] == "1.1"
    with sqlite3.connect(path) as db:
        stored = db.execute("SELECT question, question_hash FROM answers WHERE answer_id = ?", (answer_id,)).fetchone()
    assert stored == (None, digest("How long do I have to file?"))
    with pytest.raises(UnknownAnswer):
        replica.add("0" * 32, True, rater="api:r1")


def test_question_text_is_kept_only_when_the_setting_allows(tmp_path):
    path = tmp_path / "feedback.sqlite3"
    store = FeedbackStore(path, store_question_text=True)
    answer_id = store.remember("What about part-timers?", None, ANSWER)
    store.flush()
    FeedbackStore(path).add(answer_id, False, rater="r")
    assert FeedbackStore(path).rows()[-1]["question"] == "What about part-timers?"
    # In the process that answered, a rating carries the text whatever the setting (as before).
    other = FeedbackStore(tmp_path / "other.sqlite3")
    other.add(other.remember("asked here", None, ANSWER), True, rater="r")
    assert other.rows()[-1]["question"] == "asked here"


def test_one_rating_per_answer_per_rater_changeable_not_stackable(tmp_path):
    store = FeedbackStore(tmp_path / "feedback.sqlite3")
    answer_id = store.remember("q", None, ANSWER)
    first = store.add(answer_id, True, "right clause", rater="key:alpha")
    again = store.add(answer_id, True, rater="key:alpha")
    changed = store.add(answer_id, False, "wrong after all", rater="key:alpha")
    assert first == again == changed
    rows = store.rows()
    assert len(rows) == 1 and rows[0]["helpful"] == 0 and rows[0]["comment"] == "wrong after all"
    assert "alpha" not in rows[0]["rater"]  # raters are stored as hashes
    store.add(answer_id, True, rater="key:beta")
    assert len(store.rows()) == 2


def test_an_older_feedback_database_is_migrated(tmp_path):
    path = tmp_path / "feedback.sqlite3"
    with sqlite3.connect(path) as db:
        db.executescript(feedback_module.SCHEMA.split("CREATE TABLE IF NOT EXISTS answers")[0])
        db.execute("INSERT INTO feedback (answer_id, helpful, question, citations, abstained, source, created) "
                   "VALUES ('old', 1, 'old question', '[]', 0, 'api', 0)")
    store = FeedbackStore(path)
    answer_id = store.remember("new", None, ANSWER)
    store.add(answer_id, True, rater="r")
    store.add(answer_id, False, rater="r")
    assert [(r["answer_id"], r["helpful"]) for r in store.rows()] == [("old", 1), (answer_id, 0)]


def test_old_answer_records_are_pruned(tmp_path, monkeypatch):
    monkeypatch.setattr(feedback_module, "PRUNE_EVERY", 1)
    store = FeedbackStore(tmp_path / "feedback.sqlite3", record_days=1)
    stale = store.remember("old", None, ANSWER)
    store.flush()
    with sqlite3.connect(store.path) as db:
        db.execute("UPDATE answers SET created = 0 WHERE answer_id = ?", (stale,))
    store.remember("new", None, ANSWER)
    store.flush()
    with sqlite3.connect(store.path) as db:
        assert [r[0] for r in db.execute("SELECT answer_id FROM answers")] != [] and not db.execute(
            "SELECT 1 FROM answers WHERE answer_id = ?", (stale,)).fetchone()


def test_a_lone_surrogate_is_stored_safely(tmp_path):
    store = FeedbackStore(tmp_path / "feedback.sqlite3", store_question_text=True)
    answer_id = store.remember("bad \ud800 text", None, ANSWER)
    assert store.flush() and store.degraded is None
    store.add(answer_id, True, "also \udfff here", rater="r")
    assert store.rows()[-1]["question"] == "bad ? text"
