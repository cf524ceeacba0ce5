"""The HTTP API through FastAPI's TestClient, and once against a real uvicorn process."""

from __future__ import annotations

import json

import httpx
import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage

from assistant.api.deps import get_assistant
from assistant.core import Assistant

from ..helpers import api_client, free_port, start_server

SAMPLE = "csea-unit4-1999-2001"


@pytest.fixture
def client(shared_assistant):
    return api_client(raise_server_exceptions=False)


def test_health_and_readiness(client):
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["documents"] == len(client.get("/v1/contracts").json()) >= 5


def test_not_ready_without_an_index(tmp_path, monkeypatch):
    monkeypatch.setenv("CONTRACT_ASSISTANT_DATA_DIR", str(tmp_path / "empty"))
    client = api_client(raise_server_exceptions=False)
    assert client.get("/healthz").status_code == 200
    ready = client.get("/readyz")
    assert ready.status_code == 503 and "contract-assistant ingest" in ready.json()["reason"]
    answer = client.post("/v1/ask", json={"question": "How long do I have to file a grievance?"})
    assert answer.status_code == 503 and answer.json()["error"]["type"] == "IndexNotReady"


def test_ask_returns_the_answer_with_an_id(client):
    response = client.post("/v1/ask", json={"question": "How long do I have to file a grievance?"})
    assert response.status_code == 200
    body = response.json()
    assert body["answer_id"] and not body["abstained"]
    assert body["citations"][0]["section"] == "6.7" and body["citations"][0]["page"] == 26
    assert body["retrieved"][0] == {"contract": SAMPLE, "section": "6.7", "score": body["retrieved"][0]["score"]}
    calc = client.post("/v1/ask", json={"question": "I found out two weeks ago. When's my last day to file a grievance?",
                                        "asked_on": "2000-06-15", "contract": SAMPLE}).json()
    assert calc["tool"]["output"]["primary"] == {"type": "date", "value": "2000-06-22", "label": "due date"}


@pytest.mark.parametrize(
    ("payload", "status", "message"),
    [({"question": ""}, 422, "empty"), ({"question": "   "}, 422, "empty"), ({"question": "x" * 2001}, 422, "limit is 2,000"),
     ({"question": "hi", "contract": "nope"}, 404, "known ids"), ({}, 422, "question: Field required"),
     ({"question": 12}, 422, "question")],
)
def test_bad_requests_get_clear_json_errors(client, payload, status, message):
    response = client.post("/v1/ask", json=payload)
    assert response.status_code == status
    assert message in response.json()["error"]["message"]


def test_malformed_json_and_binary(client):
    response = client.post("/v1/ask", content=b'{"question": "unterminated', headers={"Content-Type": "application/json"})
    assert response.status_code == 422 and response.json()["error"]["type"] == "InvalidRequest"
    response = client.post("/v1/ask", content=b"\xff\xfe\x00binary", headers={"Content-Type": "application/json"})
    assert response.status_code == 400 and response.json()["error"]["message"]
    assert client.get("/healthz").status_code == 200  # still up


def test_contracts_sections_and_search(client):
    contracts = {c["id"]: c for c in client.get("/v1/contracts").json()}
    assert contracts[SAMPLE]["counts"]["sections"] > 180
    assert contracts[SAMPLE]["term"] == {"start": "1999-07-01", "end": "2001-07-02"}
    sections = client.get(f"/v1/contracts/{SAMPLE}/sections").json()
    assert {"section": "8.1", "article": "8", "article_title": "Leaves", "title": "Vacation Leave", "page": 32, "page_end": 33} in sections
    detail = client.get(f"/v1/contracts/{SAMPLE}/sections/Side%20Letter%205").json()
    assert detail["title"] == "Second Notice Request for Arbitration" and detail["clauses"][0]["page"] == 120
    assert client.get(f"/v1/contracts/{SAMPLE}/sections/99.9").status_code == 404
    vacation = client.get(f"/v1/contracts/{SAMPLE}/sections/Art%208%20Sec%201").json()
    assert vacation["section"] == "8.1"
    assert {"from_section": "8.1", "from_clause": "I", "text": "Section 8.1 J.", "status": "resolved", "section": "8.1",
            "clause": "J", "article": "", "reason": "", "contract": ""} in vacation["refers_to"]
    assert any(r["from_section"] == "18" and r["section"] == "8.1" for r in vacation["referred_by"])
    assert client.get("/v1/contracts/nope/sections").status_code == 404
    results = client.get("/v1/search", params={"q": "standby compensating time off", "k": 3, "contract": SAMPLE}).json()
    assert results[0]["section"] == "19.10" and results[0]["label"].startswith("Art. 19 §19.10")
    assert client.get("/v1/search", params={"q": " "}).status_code == 422


def test_tools(client):
    names = {t["name"] for t in client.get("/v1/tools").json()}
    assert {"grievance_deadline", "grievance_timeline", "leave_accrual", "overtime", "holidays", "call_back", "travel"} <= names
    mileage = client.post("/v1/tools/travel", json={"kind": "mileage", "miles": 146, "contract": SAMPLE}).json()
    assert mileage["primary"] == {"type": "money", "value": 45.26, "label": "mileage reimbursement"}
    result = client.post("/v1/tools/leave_accrual", json={"months_of_service": 12, "contract": SAMPLE}).json()
    assert result["values"]["vacation_balance_hours"] == 84 and result["citations"]
    # With one contract loaded it is the one; with several, a tool needs its contract (test_generative, test_router).
    assert client.post("/v1/tools/leave_accrual", json={"months_of_service": 12}).json()["primary"]["value"] == 84
    timeline = client.post("/v1/tools/grievance_timeline", json={"start": "2000-02-08", "contract": SAMPLE}).json()
    assert timeline["values"]["steps"][1]["due"] == "2000-02-29"
    bad = client.post("/v1/tools/leave_accrual", json={"months_of_service": -3, "contract": SAMPLE})
    assert bad.status_code == 422 and "months_of_service" in bad.json()["error"]["message"]
    assert client.post("/v1/tools/teleport", json={}).status_code == 404


def test_feedback_is_stored(client, shared_assistant):
    answer = client.post("/v1/ask", json={"question": "what does 8.2 say"}).json()
    stored = client.post("/v1/feedback", json={"answer_id": answer["answer_id"], "helpful": False, "comment": "wrong part"})
    assert stored.status_code == 201
    rows = client.app.state.services.feedback.rows()
    assert rows[-1]["question"] == "what does 8.2 say" and rows[-1]["helpful"] == 0
    assert client.post("/v1/feedback", json={"answer_id": "missing", "helpful": True}).status_code == 404
    # The same caller rating again changes its rating; it does not add another.
    again = client.post("/v1/feedback", json={"answer_id": answer["answer_id"], "helpful": True})
    assert again.json()["id"] == stored.json()["id"]
    mine = [r for r in client.app.state.services.feedback.rows() if r["answer_id"] == answer["answer_id"]]
    assert len(mine) == 1 and mine[0]["helpful"] == 1


def test_answers_do_not_depend_on_the_feedback_database(sample_data_dir):
    for leftover in sample_data_dir.glob("feedback.sqlite3*"):
        leftover.unlink()
    (sample_data_dir / "feedback.sqlite3").mkdir()  # cannot be opened as a database
    client = api_client(raise_server_exceptions=False)
    answer = client.post("/v1/ask", json={"question": "How long do I have to file a grievance?"})
    assert answer.status_code == 200 and answer.json()["citations"]
    rating = client.post("/v1/feedback", json={"answer_id": answer.json()["answer_id"], "helpful": True})
    assert rating.status_code == 503 and rating.json()["error"]["type"] == "FeedbackUnavailable"


def test_api_keys_and_rate_limit(shared_assistant, monkeypatch):
    monkeypatch.setenv("CONTRACT_ASSISTANT_API_KEYS", "alpha, beta")
    monkeypatch.setenv("CONTRACT_ASSISTANT_RATE_LIMIT_PER_MINUTE", "2")
    client = api_client(raise_server_exceptions=False)
    assert client.get("/v1/contracts").status_code == 401
    assert client.get("/v1/contracts", headers={"Authorization": "Bearer nope"}).status_code == 401
    ok = {"Authorization": "Bearer alpha"}
    assert client.get("/v1/contracts", headers=ok).status_code == 200
    assert client.get("/v1/contracts", headers=ok).status_code == 200
    limited = client.get("/v1/contracts", headers=ok)
    assert limited.status_code == 429 and "Rate limit" in limited.json()["error"]["message"]
    assert client.get("/v1/contracts", headers={"Authorization": "Bearer beta"}).status_code == 200
    assert client.get("/healthz").status_code == 200


def test_conversations_are_private_to_each_caller(shared_assistant, monkeypatch):
    monkeypatch.setenv("CONTRACT_ASSISTANT_API_KEYS", "alpha,beta")
    client = api_client(raise_server_exceptions=False)
    alpha, beta = {"Authorization": "Bearer alpha"}, {"Authorization": "Bearer beta"}
    upe = "upe-dha-sdr-phase2-agreements"
    first = client.post("/v1/ask", headers=alpha, json={"question": "How long do I have to file a grievance?",
                                                        "contract": upe, "conversation_id": "s-42"})
    assert first.status_code == 200
    # Beta reuses the id: its question is answered on its own, not in alpha's scope.
    second = client.post("/v1/ask", headers=beta, json={"question": "How long do I have to file a grievance?",
                                                        "conversation_id": "s-42"}).json()
    assert second["citations"][0]["contract"] == SAMPLE
    # Alpha's own follow-up keeps its scope; choosing all documents explicitly (null) overrides it.
    kept = client.post("/v1/ask", headers=alpha, json={"question": "How long do I have to file a grievance?",
                                                       "conversation_id": "s-42"}).json()
    assert all(c["contract"] == upe for c in kept["citations"] + kept["see_also"])
    everything = client.post("/v1/ask", headers=alpha, json={"question": "How long do I have to file a grievance?",
                                                             "contract": None, "conversation_id": "s-42"}).json()
    assert everything["citations"][0]["contract"] == SAMPLE
    # An HTTP caller writing to a Slack-looking id lands in its own namespace, never a Slack user's.
    client.post("/v1/ask", headers=alpha, json={"question": "what does 8.2 say", "conversation_id": "cmd:C1"})
    conversations = client.app.state.services.assistant.conversations
    assert conversations.last("slack:T1:U1", "cmd:C1") is None
    assert all(namespace.startswith("key:") and "alpha" not in namespace for namespace, _ in conversations._data)


def test_streaming_with_a_generative_model(shared_assistant):
    model = GenericFakeChatModel(messages=iter([AIMessage(content=(
        'A formal grievance may be filed within "Twenty-one (21) calendar days" [1].'))]))
    client = api_client()
    client.app.dependency_overrides[get_assistant] = lambda: Assistant(shared_assistant.settings, chat_model=model)
    with client.stream("POST", "/v1/ask?stream=true", json={"question": "How long do I have to file a grievance?"}) as response:
        assert response.headers["content-type"].startswith("text/event-stream")
        text = "".join(response.iter_text())
    events = [block.split("\n") for block in text.strip().split("\n\n")]
    kinds = [e[0].removeprefix("event: ") for e in events]
    assert kinds.count("token") > 1 and kinds[-1] == "answer"
    final = json.loads(events[-1][1].removeprefix("data: "))
    assert final["citations"][0]["section"] == "6.7" and final["answer_id"]


def test_openapi_docs_have_examples(client):
    assert client.get("/docs").status_code == 200
    schema = client.get("/openapi.json").json()
    assert "/v1/ask" in schema["paths"]
    assert schema["components"]["schemas"]["AskRequest"]["examples"][0]["question"]


def test_web_page_is_served_without_external_resources(client):
    page = client.get("/")
    assert page.status_code == 200 and "Contract Assistant" in page.text
    assert "http://" not in page.text and "https://" not in page.text
    assert client.get("/static/app.js").status_code == 200 and client.get("/static/nope.js").status_code == 404


@pytest.mark.slow
def test_feedback_works_after_a_restart(sample_data_dir):
    port = free_port()
    server = start_server(sample_data_dir, port)
    try:
        answer = httpx.post(f"http://127.0.0.1:{port}/v1/ask", json={"question": "what does 8.2 say"}, timeout=30).json()
    finally:
        server.terminate()  # a graceful stop writes the queued answer records
        server.wait(timeout=30)
    server = start_server(sample_data_dir, port)
    try:
        rating = httpx.post(f"http://127.0.0.1:{port}/v1/feedback", json={"answer_id": answer["answer_id"], "helpful": True},
                            timeout=30)
        assert rating.status_code == 201, rating.text
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.mark.slow
def test_real_uvicorn_process(built_index):
    port = free_port()
    server = start_server(built_index, port)
    try:
        response = httpx.post(f"http://127.0.0.1:{port}/v1/ask", json={"question": "Art. 19", "contract": SAMPLE}, timeout=30)
        assert response.status_code == 200 and response.json()["citations"][0]["section"] == "19.1"
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_access_log_filter_drops_query_strings():
    import logging

    from assistant.server import DropQueryStrings, log_config
    from assistant.settings import Settings

    record = logging.LogRecord("uvicorn.access", logging.INFO, "x", 1, '%s - "%s %s HTTP/%s" %d',
                               ("127.0.0.1:5", "GET", "/v1/search?q=my+boss+yelled", "1.1", 200), None)
    assert DropQueryStrings().filter(record) and record.getMessage() == '127.0.0.1:5 - "GET /v1/search HTTP/1.1" 200'
    assert log_config(Settings())["loggers"]["uvicorn.access"]["filters"] == ["drop_query_strings"]
    assert "filters" not in log_config(Settings(log_full_text=True))["loggers"]["uvicorn.access"]


@pytest.mark.slow
def test_real_access_log_keeps_questions_out(built_index, tmp_path):
    for full_text, expected in ((False, False), (True, True)):
        port = free_port()
        log = tmp_path / f"server-{full_text}.log"
        server = start_server(built_index, port, {"CONTRACT_ASSISTANT_LOG_FULL_TEXT": str(full_text).lower()}, log=log)
        try:
            assert httpx.get(f"http://127.0.0.1:{port}/v1/search", params={"q": "secret grievance words"}, timeout=30).status_code == 200
        finally:
            server.terminate()
            server.wait(timeout=30)
        text = log.read_text()
        assert "GET /v1/search" in text
        assert ("secret" in text) is expected, text[-2000:]
