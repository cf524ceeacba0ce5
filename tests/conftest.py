"""Shared fixtures: every test gets its own data dir; the real sample index is built once per session."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CONTRACTS = ROOT / "data" / "contracts"
SAMPLE_ID = "csea-unit4-1999-2001"
# The sample corpus the answer, API and Slack tests are written against: one contract and its side
# documents. The other agreements in data/contracts are parser fixtures (tests/ingest/test_fixtures.py);
# questions asked without a contract would otherwise be answered from whichever contract matches.
SAMPLE_CORPUS = (SAMPLE_ID, "upe-dha-sdr-phase2-agreements", "case-unit2-bargaining-report-2022-08-11",
                 "ca-labor-relations-strategy-procedures", "good-jobs-lmp-training-guide")


def _reset_caches() -> None:
    from assistant.services import get_services
    from assistant.settings import get_settings

    get_settings.cache_clear()
    get_services.cache_clear()


@pytest.fixture(scope="session")
def sample_corpus(tmp_path_factory) -> Path:
    """data/contracts limited to the sample corpus (documents, sidecars and source notes)."""
    target = tmp_path_factory.mktemp("sample-corpus")
    for path in CONTRACTS.iterdir():
        if path.is_file() and (path.name == "SOURCES.md" or path.name.split(".")[0] in SAMPLE_CORPUS):
            shutil.copy2(path, target / path.name)
    return target


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch, sample_corpus):
    """No test touches ./var or a developer's .env: settings come from this environment only.
    The model cache is kept: it holds the machine's unpacked model and ONNX export, not state."""
    monkeypatch.chdir(tmp_path)
    for key in list(os.environ):
        if key == "CONTRACT_ASSISTANT_MODEL_CACHE_DIR":
            continue
        if key.startswith("CONTRACT_ASSISTANT_") or key.startswith("SLACK_"):
            monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("CONTRACT_ASSISTANT_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("CONTRACT_ASSISTANT_CONTRACTS_DIR", str(sample_corpus))
    _reset_caches()
    yield
    _reset_caches()


@pytest.fixture(scope="session")
def sample_contract():
    from ingest.loader import load_document

    return load_document(CONTRACTS / f"{SAMPLE_ID}.md", 10**9)


@pytest.fixture(scope="session")
def sample_rules(sample_contract):
    from assistant.calculators.rules import load_rules

    return load_rules(sample_contract)


@pytest.fixture(scope="session")
def built_index(tmp_path_factory, sample_corpus) -> Path:
    """The real index of the sample corpus (MiniLM + embedded Chroma), built once for the session."""
    from assistant.settings import Settings
    from ingest.index import build_index

    data_dir = tmp_path_factory.mktemp("sample-index")
    summary = build_index(Settings(data_dir=data_dir, contracts_dir=sample_corpus).index_config())
    assert not summary.errors, summary.errors
    return data_dir


@pytest.fixture
def sample_data_dir(built_index, tmp_path, monkeypatch) -> Path:
    """A private copy of the session index, so a test may break or rebuild it freely."""
    target = tmp_path / "var"
    shutil.copytree(built_index, target, dirs_exist_ok=True)
    monkeypatch.setenv("CONTRACT_ASSISTANT_DATA_DIR", str(target))
    _reset_caches()
    return target


@pytest.fixture
def assistant(sample_data_dir):
    from assistant.services import get_services

    return get_services().assistant


@pytest.fixture
def shared_assistant(built_index, monkeypatch):
    """Read-only use of the session index (no copy): for tests that only ask questions."""
    monkeypatch.setenv("CONTRACT_ASSISTANT_DATA_DIR", str(built_index))
    _reset_caches()
    from assistant.services import get_services

    return get_services().assistant
