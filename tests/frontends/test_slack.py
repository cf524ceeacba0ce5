"""The real Bolt app, driven with signed requests, against a local fake Slack Web API."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from urllib.parse import urlencode

import pytest

from assistant.errors import ConfigError
from assistant.schema import Answer, Citation
from assistant.slack.blocks import SECTION_LIMIT, answer_blocks, cut, section_blocks
from assistant.slack.service import APOLOGY

from ..helpers import api_client
from .fake_slack import FakeSlack

SECRET = "test-signing-secret"
SAMPLE = "csea-unit4-1999-2001"


def signed(body: str, secret: str = SECRET, timestamp: int | None = None) -> dict[str, str]:
    ts = str(timestamp if timestamp is not None else int(time.time()))
    signature = "v0=" + hmac.new(secret.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": signature}


@pytest.fixture
def slack(shared_assistant, monkeypatch):
    with FakeSlack() as fake:
        monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
        monkeypatch.setenv("SLACK_SIGNING_SECRET", SECRET)
        monkeypatch.setenv("CONTRACT_ASSISTANT_SLACK_API_URL", fake.url + "/api/")
        # A union maps its channels (and members' DMs) to their contract; the corpus holds several.
        sample = "csea-unit4-1999-2001"
        monkeypatch.setenv("CONTRACT_ASSISTANT_SLACK_CHANNEL_CONTRACTS", f"C1={sample},C7={sample},D9={sample}")
        yield api_client(), fake


def event_body(event: dict, event_id: str) -> str:
    return json.dumps({"type": "event_callback", "team_id": "T1", "api_app_id": "A1", "event_id": event_id,
                       "event_time": int(time.time()), "authorizations": [{"user_id": "UBOT", "is_bot": True}],
                       "event": event})


def post_event(client, event: dict, event_id: str, retry: int | None = None):
    body = event_body(event, event_id)
    headers = {**signed(body), "Content-Type": "application/json"}
    if retry is not None:
        headers["X-Slack-Retry-Num"] = str(retry)
        headers["X-Slack-Retry-Reason"] = "http_timeout"
    return client.post("/slack/events", content=body, headers=headers)


def mention(text: str, ts: str = "1700000000.000100", channel: str = "C1", **extra) -> dict:
    return {"type": "app_mention", "user": "U1", "text": f"<@UBOT> {text}", "ts": ts, "channel": channel, **extra}


def test_mention_is_answered_in_its_thread_with_quote_citation_and_buttons(slack):
    client, fake = slack
    response = post_event(client, mention("my boss called me back in after my shift, how many hours do I get paid?"), "Ev1")
    assert response.status_code == 200
    message = fake.wait_for("chat.postMessage")[0]
    assert message["channel"] == "C1" and message["thread_ts"] == "1700000000.000100"
    blocks = message["blocks"]
    texts = json.dumps(blocks)
    assert "four (4) hours" in texts and ">An employee who has completed a normal work shift" in texts
    context = next(b for b in blocks if b["type"] == "context")
    assert "Unit 4 MOU · Art. 19 §19.9 A (p. 105)" in context["elements"][0]["text"]
    actions = [e["action_id"] for e in blocks[-1]["elements"]]
    assert actions[0] == "full_clause_1" and "feedback_helpful" in actions and "feedback_not_helpful" in actions
    assert all(len(b["text"]["text"]) <= SECTION_LIMIT for b in blocks if b["type"] == "section")


def test_retries_do_not_answer_twice(slack):
    client, fake = slack
    question = mention("what does 8.2 say", ts="1700000001.000100")
    assert post_event(client, question, "EvRetry").status_code == 200
    fake.wait_for("chat.postMessage")
    assert post_event(client, question, "EvRetry", retry=1).status_code == 200
    assert post_event(client, question, "EvRetry", retry=2).status_code == 200
    time.sleep(1.5)
    assert len(fake.matching("chat.postMessage")) == 1


def test_bot_messages_and_edits_are_ignored(slack):
    client, fake = slack
    own = {"type": "message", "channel": "D1", "channel_type": "im", "user": "UBOT", "bot_id": "BBOT",
           "text": "Here is what the Unit 4 MOU says", "ts": "1700000002.000100"}
    edit = {"type": "message", "subtype": "message_changed", "channel": "D1", "channel_type": "im",
            "ts": "1700000003.000100", "message": {"text": "edited"}}
    assert post_event(client, own, "EvBot").status_code == 200
    assert post_event(client, edit, "EvEdit").status_code == 200
    time.sleep(1.5)
    assert fake.matching("chat.postMessage") == []


def test_direct_message_and_thread_follow_up(slack):
    client, fake = slack
    dm = {"type": "message", "channel": "D9", "channel_type": "im", "user": "U2", "text": "section 6.7",
          "ts": "1700000004.000100"}
    post_event(client, dm, "EvDm")
    reply = fake.wait_for("chat.postMessage")[0]
    assert reply["channel"] == "D9" and "thread_ts" not in reply or reply.get("thread_ts") is None
    assert "§6.7" in json.dumps(reply["blocks"], ensure_ascii=False)
    post_event(client, mention("How much sick leave do full-time employees earn each month?", ts="1700000005.000100",
                               channel="C7"), "EvFirst")
    fake.wait_for("chat.postMessage", 2)
    # The asker's own follow-up in the thread (conversations are private to their Slack user).
    follow = {"type": "message", "channel": "C7", "channel_type": "channel", "user": "U1", "text": "what about part-timers?",
              "ts": "1700000006.000100", "thread_ts": "1700000005.000100"}
    post_event(client, follow, "EvFollow")
    answer = fake.wait_for("chat.postMessage", 3)[2]
    assert answer["thread_ts"] == "1700000005.000100"
    assert "8.2" in json.dumps(answer["blocks"]) or "7 L" in json.dumps(answer["blocks"])
    stranger = {**follow, "thread_ts": "1600000000.000000", "ts": "1700000007.000100"}
    post_event(client, stranger, "EvStranger")
    time.sleep(1.5)
    assert len(fake.matching("chat.postMessage")) == 3  # not a bot thread: not answered


def command(client, text: str, channel: str = "C1", response_url: str = "", user: str = "U1"):
    body = urlencode({"command": "/contract", "text": text, "channel_id": channel, "user_id": user, "team_id": "T1",
                      "response_url": response_url, "trigger_id": "1.2.3"})
    started = time.monotonic()
    response = client.post("/slack/events", content=body,
                           headers={**signed(body), "Content-Type": "application/x-www-form-urlencoded"})
    return response, time.monotonic() - started


def test_slash_command_question_section_help_and_use(slack):
    client, fake = slack
    response, seconds = command(client, "How long do I have to file a grievance?", response_url=f"{fake.url}/respond/q")
    assert response.status_code == 200 and seconds < 3
    answer = fake.wait_for("/respond/q")[0]
    assert answer["response_type"] == "ephemeral" and "Art. 6 §6.7" in json.dumps(answer["blocks"], ensure_ascii=False)
    command(client, "section 6.7", response_url=f"{fake.url}/respond/s")
    section = fake.wait_for("/respond/s")[0]
    assert "6.7 Formal Grievance - Step 1" in json.dumps(section["blocks"])
    command(client, "help", response_url=f"{fake.url}/respond/h")
    assert "/contract section 6.7" in fake.wait_for("/respond/h")[0]["text"]
    command(client, "use no-such-contract", channel="C5", response_url=f"{fake.url}/respond/bad", user="UADMIN")
    assert "known ids" in fake.wait_for("/respond/bad")[0]["text"]
    command(client, "use upe-dha-sdr-phase2-agreements", channel="C5", response_url=f"{fake.url}/respond/use", user="UADMIN")
    announced = fake.wait_for("/respond/use")[0]
    assert announced["response_type"] == "in_channel"
    assert "<@UADMIN>" in announced["text"] and "UPE SDR Phase II agreements" in announced["text"]
    command(client, "how long do workers get held harmless for errors?", channel="C5", response_url=f"{fake.url}/respond/c5")
    scoped = fake.wait_for("/respond/c5")[0]
    assert "upe-dha-sdr-phase2-agreements" in json.dumps(scoped["blocks"]) or "UPE SDR" in json.dumps(scoped["blocks"])
    assert "Unit 4 MOU" not in json.dumps(scoped["blocks"])


def block_action(client, action_id: str, value: str, response_url: str):
    payload = {"type": "block_actions", "user": {"id": "U1"}, "team": {"id": "T1"}, "api_app_id": "A1",
               "container": {"type": "message", "channel_id": "C1"}, "channel": {"id": "C1"}, "trigger_id": "1.2.3",
               "response_url": response_url, "actions": [{"action_id": action_id, "block_id": "b1", "value": value,
                                                           "type": "button", "action_ts": "1"}]}
    body = urlencode({"payload": json.dumps(payload)})
    return client.post("/slack/events", content=body, headers={**signed(body), "Content-Type": "application/x-www-form-urlencoded"})


def test_buttons_show_the_full_clause_and_store_feedback(slack):
    client, fake = slack
    post_event(client, mention("What is the maximum CTO I can accrue?", ts="1700000010.000100"), "EvButtons")
    message = fake.wait_for("chat.postMessage")[0]
    buttons = {e["action_id"]: e["value"] for e in message["blocks"][-1]["elements"]}
    assert block_action(client, "full_clause_1", buttons["full_clause_1"], f"{fake.url}/respond/clause").status_code == 200
    clause = fake.wait_for("/respond/clause")[0]
    assert clause["response_type"] == "ephemeral" and clause["replace_original"] is False
    assert "19.2 Overtime" in json.dumps(clause["blocks"]) and "▶ *Art. 19 §19.2 H" in json.dumps(clause["blocks"], ensure_ascii=False)
    block_action(client, "feedback_helpful", buttons["feedback_helpful"], f"{fake.url}/respond/fb")
    assert "Thanks" in fake.wait_for("/respond/fb")[0]["text"]
    row = client.app.state.services.feedback.rows()[-1]
    assert row["source"] == "slack" and row["helpful"] == 1 and row["user_id"] is None


def test_bad_and_old_signatures_are_rejected(slack):
    client, fake = slack
    body = event_body(mention("hi"), "EvSig")
    bad = client.post("/slack/events", content=body, headers={**signed(body, secret="wrong"), "Content-Type": "application/json"})
    assert bad.status_code == 401
    old = client.post("/slack/events", content=body, headers={**signed(body, timestamp=int(time.time()) - 3600),
                                                               "Content-Type": "application/json"})
    assert old.status_code == 401
    time.sleep(0.5)
    assert fake.matching("chat.postMessage") == []


def test_a_failure_answers_with_an_apology(slack, monkeypatch):
    client, fake = slack

    def boom(*args, **kwargs):
        raise RuntimeError("index exploded")

    monkeypatch.setattr("assistant.slack.listeners.events.answer_payload", boom)
    post_event(client, mention("anything", ts="1700000020.000100"), "EvBoom")
    assert fake.wait_for("chat.postMessage")[0]["text"] == APOLOGY


def test_refuses_slack_mode_without_a_signing_secret(shared_assistant, monkeypatch):
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
    with pytest.raises(ConfigError, match="SLACK_SIGNING_SECRET"):
        api_client()


def test_long_text_is_cut_at_a_word_with_a_note(sample_contract):
    text = "word " * 1000
    short = cut(text, 100)
    assert len(short) <= 100 and short.endswith("for the whole text)_") and "wor…" not in short
    assert short.split("…")[0].rstrip().endswith("word")
    blocks = section_blocks(sample_contract, sample_contract.section("9.1"))
    assert len(blocks) <= 50 and all(len(b["text"]["text"]) <= SECTION_LIMIT for b in blocks)


def test_a_pdfs_line_wraps_are_joined_in_a_quoted_clause():
    citation = Citation(contract="c", document="Agreement", section="5.2", title="Lunch", label="Sec. 5.2",
                        quote="Unpaid lunch periods shall not be\nless than thirty (30) minutes.\n(a) An item.")
    blocks = answer_blocks(Answer(answer="", lead="The Agreement says:", citations=[citation]), "a1")
    texts = [b["text"]["text"] for b in blocks if b.get("type") == "section"]
    assert ">Unpaid lunch periods shall not be less than thirty (30) minutes.\n>(a) An item." in texts


def test_socket_mode_needs_an_app_token(monkeypatch):
    from assistant.services import build_services
    from assistant.settings import Settings
    from assistant.slack.socket import run_socket_mode

    settings = Settings(SLACK_BOT_TOKEN="xoxb-test", SLACK_SIGNING_SECRET=SECRET)
    with pytest.raises(ConfigError, match="SLACK_APP_TOKEN"):
        run_socket_mode(build_services(settings))


def test_only_admins_and_stewards_change_a_channels_contract(slack, monkeypatch):
    client, fake = slack
    command(client, "use upe-dha-sdr-phase2-agreements", channel="C8", response_url=f"{fake.url}/respond/member")
    refused = fake.wait_for("/respond/member")[0]
    assert refused["response_type"] == "ephemeral" and "workspace admins" in refused["text"]
    assert client.app.state.services.channels.get("C8") is None
    # A steward named in the settings may, and the change is announced in the channel.
    monkeypatch.setenv("CONTRACT_ASSISTANT_SLACK_STEWARDS", "U7, T9:U8")
    from ..helpers import api_client as fresh

    steward = fresh()
    command(steward, "use upe-dha-sdr-phase2-agreements", channel="C8", response_url=f"{fake.url}/respond/steward", user="U7")
    announced = fake.wait_for("/respond/steward")[0]
    assert announced["response_type"] == "in_channel" and announced["text"].startswith("<@U7> set this channel")
    assert "before, it answered from all documents" in announced["text"]
    assert steward.app.state.services.channels.get("C8") == "upe-dha-sdr-phase2-agreements"


def test_a_replayed_slash_command_is_answered_once(slack):
    client, fake = slack
    body = urlencode({"command": "/contract", "text": "section 6.7", "channel_id": "C1", "user_id": "U1", "team_id": "T1",
                      "response_url": f"{fake.url}/respond/replay", "trigger_id": "9.9.9"})
    headers = {**signed(body), "Content-Type": "application/x-www-form-urlencoded"}
    assert client.post("/slack/events", content=body, headers=headers).status_code == 200
    fake.wait_for("/respond/replay")
    assert client.post("/slack/events", content=body, headers=headers).status_code == 200
    time.sleep(1.0)
    assert len(fake.matching("/respond/replay")) == 1


HOSTILE_EVENT = {"type": "event_callback", "team_id": "T1", "event_id": "EvHostile",
                 "event": {"type": "app_mention", "text": "<@UBOT> hi", "channel": "C1", "ts": "1700000030.000100"}}


@pytest.mark.parametrize(
    ("name", "body", "headers", "content_type", "status"),
    [
        ("unsigned", "{}", {}, "application/json", 401),
        ("timestamp not a number", "{}", {"X-Slack-Request-Timestamp": "abc", "X-Slack-Signature": "v0=00"}, "application/json", 401),
        ("timestamp a float", "{}", {"X-Slack-Request-Timestamp": "1.5", "X-Slack-Signature": "v0=00"}, "application/json", 401),
        ("timestamp huge", "{}", {"X-Slack-Request-Timestamp": "9" * 30, "X-Slack-Signature": "v0=00"}, "application/json", 401),
        ("timestamp negative", "{}", {"X-Slack-Request-Timestamp": "-5", "X-Slack-Signature": "v0=00"}, "application/json", 401),
        ("bad json", '{"type": ', None, "application/json", 400),
        ("json list", "[1, 2]", None, "application/json", 400),
        ("json string", '"x"', None, "application/json", 400),
        ("event_id a list", json.dumps({**HOSTILE_EVENT, "event_id": ["a"]}), None, "application/json", 400),
        ("event_id an object", json.dumps({**HOSTILE_EVENT, "event_id": {"a": 1}}), None, "application/json", 400),
        ("event not an object", json.dumps({**HOSTILE_EVENT, "event": "x"}), None, "application/json", 400),
        ("team a number", json.dumps({**HOSTILE_EVENT, "team": 5}), None, "application/json", 400),
        ("authorizations not a list", json.dumps({**HOSTILE_EVENT, "authorizations": "x"}), None, "application/json", 400),
        ("form payload not json", "payload=%7Bnot", None, "application/x-www-form-urlencoded", 400),
        ("form payload a list", "payload=%5B1%5D", None, "application/x-www-form-urlencoded", 400),
        ("not utf-8", b'{"type": "\xed\xb3\xbf"}', None, "application/json", 400),
    ],
)
def test_hostile_slack_requests_get_a_4xx(slack, name, body, headers, content_type, status):
    client, fake = slack
    raw = body if isinstance(body, bytes) else body.encode()
    if headers is None:
        ts = str(int(time.time()))
        signature = "v0=" + hmac.new(SECRET.encode(), f"v0:{ts}:".encode() + raw, hashlib.sha256).hexdigest()
        headers = {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": signature}
    response = client.post("/slack/events", content=raw, headers={**headers, "Content-Type": content_type})
    assert response.status_code == status, (name, response.text)
    time.sleep(0.3)
    assert fake.matching("chat.postMessage") == []


def test_an_event_without_a_channel_or_with_odd_fields_is_ignored(slack):
    client, fake = slack
    odd = {"type": "app_mention", "user": "U1", "text": "<@UBOT> hi", "ts": "1700000040.000100", "subtype": ["x"]}
    assert post_event(client, odd, "EvOdd").status_code == 200
    time.sleep(1.0)
    assert fake.matching("chat.postMessage") == []


HOSTILE_DOC = """ARTICLE 1 - NOTICES

1.1 Posting of Notices

A. Notices of overtime shall be posted on the union board <!channel> and sent to <@U123> & <https://evil.example|the portal> by the supervisor.
"""


def test_a_document_with_mentions_is_quoted_harmlessly(tmp_path, monkeypatch):
    from assistant.settings import Settings
    from ingest.index import build_index

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "notices.md").write_text(HOSTILE_DOC)
    monkeypatch.setenv("CONTRACT_ASSISTANT_CONTRACTS_DIR", str(docs))
    build_index(Settings().index_config())
    with FakeSlack() as fake:
        monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
        monkeypatch.setenv("SLACK_SIGNING_SECRET", SECRET)
        monkeypatch.setenv("CONTRACT_ASSISTANT_SLACK_API_URL", fake.url + "/api/")
        client = api_client()
        post_event(client, mention("where are notices of overtime posted?", ts="1700000050.000100"), "EvDoc")
        message = fake.wait_for("chat.postMessage")[0]
        command(client, "section 1.1", response_url=f"{fake.url}/respond/doc")
        section = fake.wait_for("/respond/doc")[0]
    for payload in (message, section):
        texts = [payload["text"]] + [b["text"]["text"] for b in payload["blocks"] if b["type"] == "section"]
        everything = "\n".join(texts)
        assert "&lt;!channel&gt;" in everything and "&lt;@U123&gt;" in everything
        assert "&amp;" in everything and "&lt;https://evil.example|the portal&gt;" in everything
        assert "<!" not in everything and "<@" not in everything and "<http" not in everything


def view_submission(client, values: dict, channel: str = "C1"):
    payload = {"type": "view_submission", "team": {"id": "T1"}, "user": {"id": "U1", "team_id": "T1"}, "api_app_id": "A1",
               "trigger_id": "1.2.4", "view": {"id": "V1", "type": "modal", "callback_id": "grievance_draft",
                                               "private_metadata": json.dumps({"channel": channel}),
                                               "state": {"values": values}}}
    body = urlencode({"payload": json.dumps(payload)})
    return client.post("/slack/events", content=body, headers={**signed(body), "Content-Type": "application/x-www-form-urlencoded"})


def test_grievance_form_opens_and_its_draft_arrives_as_a_direct_message(slack):
    client, fake = slack
    response, seconds = command(client, "grievance", response_url=f"{fake.url}/respond/g")
    assert response.status_code == 200 and seconds < 3
    opened = fake.wait_for("views.open")[0]
    view = json.loads(opened["view"]) if isinstance(opened["view"], str) else opened["view"]
    assert opened["trigger_id"] == "1.2.3" and view["callback_id"] == "grievance_draft"
    assert [b.get("block_id") for b in view["blocks"][:4]] == ["description", "incident", "learned", "grievant"]
    assert "Unit 4 MOU" in json.dumps(view)  # the channel's contract
    # A form with no description is sent back with the error beside the field; nothing is drafted.
    refused = view_submission(client, {"description": {"value": {"type": "plain_text_input", "value": " "}}})
    assert refused.status_code == 200 and refused.json()["response_action"] == "errors"
    assert "description" in refused.json()["errors"]
    described = ("My supervisor ordered me back to work after I had finished my normal shift and gone home. "
                 "I worked one hour and was only credited with one hour of work time.")
    accepted = view_submission(client, {
        "description": {"value": {"type": "plain_text_input", "value": described}},
        "incident": {"value": {"type": "datepicker", "selected_date": "2000-03-03"}},
        "learned": {"value": {"type": "datepicker", "selected_date": None}},
        "grievant": {"value": {"type": "plain_text_input", "value": "<!channel> Pat"}}})
    assert accepted.status_code == 200
    message = fake.wait_for("chat.postMessage")[0]
    blocks = json.dumps(message["blocks"], ensure_ascii=False)
    assert message["channel"] == "U1"
    assert "File a formal grievance (Step 1): due by Friday, March 24, 2000." in blocks
    assert "Art. 19 §19.9 A (p. 105)" in blocks and "four (4) hours work time" in blocks
    assert "not contract language" in blocks and "<!channel>" not in json.dumps(message)
