"""Settings: one class, the environment or .env, and .env.example documents every field."""

from __future__ import annotations

import re
from pathlib import Path

from assistant.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def test_env_example_documents_every_setting_and_loads_as_is():
    text = (ROOT / ".env.example").read_text()
    names = set(re.findall(r"^([A-Z_]+)=", text, re.M))
    for name, field in Settings.model_fields.items():
        expected = field.validation_alias or f"CONTRACT_ASSISTANT_{name.upper()}"
        assert expected in names, f"{expected} is missing from .env.example"
    settings = Settings(_env_file=str(ROOT / ".env.example"))
    assert settings.embedding_model_path is None and settings.chroma_url is None and settings.llm is None
    assert settings.slack_bot_token is None and settings.api_key_set == frozenset()
    assert settings.ranking_config is None and settings.outcome_model is None and settings.max_question_chars == 2000


def test_channel_map_and_keys(monkeypatch):
    monkeypatch.setenv("CONTRACT_ASSISTANT_SLACK_CHANNEL_CONTRACTS", "C1=csea-unit4-1999-2001, C2=other")
    monkeypatch.setenv("CONTRACT_ASSISTANT_API_KEYS", "a, b,,")
    settings = Settings()
    assert settings.channel_contracts == {"C1": "csea-unit4-1999-2001", "C2": "other"}
    assert settings.api_key_set == {"a", "b"}
