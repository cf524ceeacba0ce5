"""Every hostile input the hardening issue lists gets a 4xx or a normal answer, never a 5xx; dates
out of range get a one-line explanation; an unexpected error is logged once, on one line."""

from __future__ import annotations

import json
import logging

import pytest

from ..helpers import api_client


@pytest.fixture
def client(shared_assistant):
    return api_client(raise_server_exceptions=False)


def ask(client, payload: dict):
    # ensure_ascii keeps lone surrogates as \\ud800 escapes, as a hostile client would send them.
    return client.post("/v1/ask", content=json.dumps(payload), headers={"Content-Type": "application/json"})


@pytest.mark.parametrize(
    "payload",
    [
        {"question": "How long do I have \ud800 to file a grievance?"},
        {"question": "\udfff\udfff what does 8.2 say \ud83d"},
        {"question": "what does 8.2 say", "conversation_id": "c-\ud800"},
        {"question": "what does 8.2 say", "contract": "x\ud800"},
        {"question": "what about part-timers?", "conversation_id": "\ud800"},
        {"question": "I learned of it 99999999 weeks ago. When is my last day to file a grievance?"},
        {"question": "I found out 99999999999999999999 days ago, when must I file a grievance?"},
        {"question": "How much vacation will I have after 99999999 years?"},
        {"question": "I worked 99999999999 hours of overtime this week, how much CTO do I get?"},
        {"question": "I was on standby for 1000000000000000000000 hours, how much CTO?"},
    ],
)
def test_hostile_questions_never_get_a_5xx(client, payload):
    response = ask(client, payload)
    assert response.status_code < 500, response.text
    assert response.status_code in (200, 404, 422)


@pytest.mark.parametrize(
    "question",
    [
        "I found out on December 30, 9999 that I was passed over. When is my last day to file a grievance?",
        "I found out on 12/30/9999. When is my last day to file a grievance?",
        "I found out on 9999-12-30. When is my deadline to file a grievance?",
        "I learned of it 99999999 weeks ago. When is my last day to file a grievance?",
        "I found out on March 3, 1066. When is my last day to file a grievance?",
    ],
)
def test_dates_out_of_range_get_a_one_line_explanation(client, question):
    response = ask(client, {"question": question})
    assert response.status_code == 422, response.text
    message = response.json()["error"]["message"]
    assert "\n" not in message and "out of range" in message and "between 1900 and 2199" in message


@pytest.mark.parametrize(
    ("name", "params"),
    [("grievance_deadline", {"start": "9999-12-31"}), ("grievance_timeline", {"start": "9999-12-31"}),
     ("grievance_timeline", {"start": "0001-01-01"}), ("grievance_deadline", {"start": "2000-01-01", "event_date": "9999-01-01"})],
)
def test_calculator_dates_out_of_range_are_refused(client, name, params):
    response = client.post(f"/v1/tools/{name}", json=params)
    assert response.status_code == 422 and "between 1900 and 2199" in response.json()["error"]["message"]


def test_hostile_searches_and_paths_never_get_a_5xx(client):
    for query in ("%ED%A0%80", "parking%00%00", "%FF%FE"):
        response = client.get(f"/v1/search?q={query}")
        assert response.status_code < 500, (query, response.text)
    assert client.get("/v1/contracts/%ED%A0%80/sections").status_code == 404
    assert client.get("/v1/contracts/csea-unit4-1999-2001/sections/%ED%A0%80").status_code == 404
    assert client.get("/v1/search", params={"q": "x", "k": "9999999999999999999999"}).status_code == 422


def test_an_unexpected_error_is_logged_once_on_one_line(client, monkeypatch, caplog):
    def boom(*args, **kwargs):
        raise RuntimeError("index exploded\nsecond line")

    monkeypatch.setattr(client.app.state.services.assistant, "answer", boom)
    with caplog.at_level(logging.INFO):
        response = client.post("/v1/ask", json={"question": "anything"})
    assert response.status_code == 500 and response.json()["error"]["type"] == "InternalError"
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1 and "\n" not in errors[0].getMessage()
    assert "RuntimeError: index exploded" in errors[0].getMessage() and errors[0].exc_info is None
