"""The ranking configuration: every tuned number of retrieval and answering, read once from
``ranking.yaml`` (or the file the settings name) and passed to the code that uses it."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from assistant.errors import ConfigError
from ingest.yaml_files import load_yaml


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RetrievalConfig(_Strict):
    rrf_k: int = 60
    candidates: int = 30
    bm25_weight: float = 1.0
    non_binding_weight: float = 0.6
    expansion_weight: float = 0.6


class AnswerConfig(_Strict):
    section_prior: tuple[float, ...] = (0.5, 0.2, 0.05, 0.0)
    dense_weight: float = 1.0
    title_weight: float = 0.5
    parent_weight: float = 0.5
    answer_type_bonus: float = 0.3
    second_same_section: float = 0.15
    second_other_section: float = 0.35
    second_section_probability: float = 0.5
    follow_found_sections: int = 0
    quotes: int = 3
    list_items: int = 2
    quote_chars: int = 800
    quote_sentence_weight: float = 0.0
    see_also: int = 3
    closest: int = 2


class RankingConfig(_Strict):
    version: int
    retrieval: RetrievalConfig = RetrievalConfig()
    answer: AnswerConfig = AnswerConfig()


@lru_cache(maxsize=4)
def load_ranking(path: Path | None = None) -> RankingConfig:
    """The packaged ranking.yaml, or another file (for experiments on dev)."""
    try:
        text = path.read_text(encoding="utf-8") if path else resources.files("assistant").joinpath("ranking.yaml").read_text(encoding="utf-8")
        return RankingConfig.model_validate(load_yaml(text) or {})
    except (OSError, yaml.YAMLError, ValidationError) as exc:
        raise ConfigError(f"The ranking configuration {path or 'ranking.yaml'} cannot be used ({exc}); "
                          "fix it or unset CONTRACT_ASSISTANT_RANKING_CONFIG.") from exc
