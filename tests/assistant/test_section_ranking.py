"""The learned section ranker: its model file, how its scores order sections, and that answers
follow it."""

from __future__ import annotations

import json

import pytest

from assistant.errors import ConfigError
from assistant.retrieval import Hit, rank_sections
from assistant.section_ranking import (
    LIMIT,
    SECTION_FEATURES,
    SectionRanker,
    load_section_ranker,
    section_features,
)
from assistant.snapshot import ChunkRecord

SAMPLE = "csea-unit4-1999-2001"


def _hit(index: int, section: str, score: float, learned: float | None = None) -> Hit:
    chunk = ChunkRecord(index, f"x:{index}", "", {"contract": "x", "section": section})
    return Hit(chunk, score, section_score=learned)


def test_sections_rank_by_fusion_until_the_ranker_has_scored_them():
    hits = [_hit(0, "1", 0.03), _hit(1, "2", 0.02), _hit(2, "2", 0.025), _hit(3, "3", 0.01)]
    assert [key[1] for key, _ in rank_sections(hits)] == ["1", "2", "3"]  # a section scores as its best chunk
    learned = [_hit(0, "1", 0.03, 0.2), _hit(1, "2", 0.02, 0.9), _hit(2, "2", 0.025, 0.9), _hit(3, "3", 0.01)]
    ranked = rank_sections(learned)
    assert [key[1] for key, _ in ranked] == ["2", "1", "3"]  # scored sections first, by probability
    assert ranked[0][1] == 0.9 and ranked[2][1] == 0.01  # an unscored one keeps its fused score, after them
    ties = [_hit(0, "1", 0.01, 0.5), _hit(1, "2", 0.03, 0.5)]
    assert [key[1] for key, _ in rank_sections(ties)] == ["2", "1"]  # equal probabilities: fusion decides


def _spec(**weights: float) -> dict:
    coef = [weights.get(name, 0.0) for name in SECTION_FEATURES]
    return {"features": list(SECTION_FEATURES), "mean": [0.0] * len(coef), "scale": [1.0] * len(coef),
            "coef": coef, "intercept": 0.0}


def test_the_probability_rises_with_a_positively_weighted_feature():
    ranker = SectionRanker(_spec(title=4.0))
    base = dict.fromkeys(SECTION_FEATURES, 0.0)
    assert ranker.probability(base) == pytest.approx(0.5)
    assert ranker.probability(base | {"title": 1.0}) > 0.95 > 0.05 > ranker.probability(base | {"title": -1.0})
    assert 0.0 <= ranker.probability(base | {"title": 1e6}) <= 1.0  # no overflow on wild inputs


def test_a_model_naming_features_this_code_lacks_or_of_mismatched_lengths_is_refused(tmp_path):
    with pytest.raises(ConfigError, match="refit"):
        SectionRanker(_spec() | {"features": [*SECTION_FEATURES[:-1], "horoscope"]})
    with pytest.raises(ConfigError, match="refit"):
        SectionRanker(_spec() | {"coef": [0.0]})
    path = tmp_path / "sections.json"
    path.write_text("{not json")
    with pytest.raises(ConfigError, match="cannot be read"):
        load_section_ranker(path)


def test_the_packaged_ranker_was_fitted_on_dev_only_and_measured_against_fusion():
    from importlib import resources

    spec = json.loads(resources.files("assistant").joinpath("learned/sections.json").read_text(encoding="utf-8"))
    assert spec["fitted_on"]["files"] and not any("test" in f for f in spec["fitted_on"]["files"])
    assert spec["features"] == list(SECTION_FEATURES)
    measured = spec["first_section_is_gold"]
    assert {"fusion", "ranker", "contract_left_out"} <= set(measured)


def test_an_answer_lists_its_sections_in_the_rankers_order(shared_assistant):
    question = "how many days do I have to appeal a step 2 grievance decision"
    found = shared_assistant.retrieval_for(question, SAMPLE)
    assert found is not None
    snapshot, query, hits = found
    scored = section_features(snapshot, query, hits)
    assert 0 < len(scored) <= LIMIT and all(set(s.features) == set(SECTION_FEATURES) for s in scored)
    ranker = shared_assistant.section_ranker
    by_probability = sorted(scored, key=lambda s: -round(ranker.probability(s.features), 6))
    answer = shared_assistant.answer(question, SAMPLE)
    assert [r.section for r in answer.retrieved[:3]] == [s.key[1] for s in by_probability[:3]]
    assert answer.retrieved[0].score == pytest.approx(ranker.probability(by_probability[0].features), abs=1e-5)


def test_the_features_never_depend_on_an_earlier_learned_order(shared_assistant):
    """Scoring hits twice gives the same features: they are read from fusion's ranking."""
    found = shared_assistant.retrieval_for("can I carry over vacation days", SAMPLE)
    assert found is not None
    snapshot, query, hits = found
    first = [s.features for s in section_features(snapshot, query, hits)]
    shared_assistant.section_ranker.rank(snapshot, query, hits)
    assert [s.features for s in section_features(snapshot, query, hits)] == first
