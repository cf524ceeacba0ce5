"""Fit the query adapter on the dev split and write ``query_adapter.npz`` (the matrix) and
``query_adapter.json`` (what it was fitted on and what it measured) beside this file:
`python -m assistant.learned.fit_adapter` (then refit the section ranker and the outcome model, whose
features read the question's vector: `python -m assistant.learned.fit_sections`, then
`python -m assistant.learned.fit_outcome`).

Rows: every dev question a contract answers, embedded as the search embeds it (after spelling and
vocabulary), with the sections that answer it. The matrix W starts as the identity and is fitted so
that, within the question's own contract, the chunks of a gold section are the most similar to
W·q (a softmax over all of that contract's chunks at temperature TEMPERATURE), with a penalty
PENALTY·‖W − I‖² that keeps questions close to where the embedding model put them. Only the question
side moves, so the index is not rebuilt. What to expect is measured before anything is written: the
share of questions whose most similar section (dense similarity alone) is a gold one, with each
question's adapter fitted without it (five folds) and without its contract (each contract with
enough questions left out in turn) — the latter is what a contract dropped into the folder tomorrow
will see. Only dev items are read; the test split never is.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from assistant.learned.dev import DEV, dev_items
from assistant.query_adapter import PACKAGED, QueryAdapter

HERE = Path(__file__).resolve().parent
TEMPERATURE = 0.05
PENALTY = 0.1  # 0.01 fitted the training questions almost perfectly and did worse with a contract left out
EPOCHS = 40
LEARNING_RATE = 1e-3
FOLDS = 5
MIN_CONTRACT_QUESTIONS = 30
ANSWERABLE = ("lookup", "multi", "crossref")


@dataclass
class Rows:
    """Per question: its id, contract, raw vector and the chunk rows of its gold sections; and the
    snapshot's chunk vectors with each contract's span."""

    ids: list[str]
    contracts: list[str]
    queries: np.ndarray
    positives: list[list[int]]
    chunks: np.ndarray
    spans: dict[str, tuple[int, int]]
    sections: list[str]
    model: str


def collect(items: list[dict[str, Any]]) -> Rows:
    from assistant.core import Assistant
    from assistant.settings import Settings

    settings = Settings(query_adapter_enabled=False)  # the raw vectors are fitted on
    assistant = Assistant(settings)
    snapshot = assistant.snapshot()
    ids, contracts, queries, positives = [], [], [], []
    for item in items:
        if item["kind"] not in ANSWERABLE or item["contract"] not in snapshot.spans:
            continue
        prepared = assistant._prepare(item["question"], item["contract"], None)
        text = assistant.query(prepared).search_text
        first, end = snapshot.spans[item["contract"]]
        gold = {g["section"] for g in item["gold"]}
        rows = [i for i in range(first, end) if snapshot.chunks[i].section in gold]
        if not rows:
            continue
        ids.append(item["id"])
        contracts.append(item["contract"])
        queries.append(np.asarray(snapshot.embeddings.embed_query(text), dtype=np.float32))
        positives.append(rows)
    config = settings.index_config().embedding
    return Rows(ids, contracts, np.array(queries, dtype=np.float32), positives, np.asarray(snapshot.vectors),
                dict(snapshot.spans), [c.section for c in snapshot.chunks], str(config.model_path or config.model_name))


def train(rows: Rows, chosen: np.ndarray) -> np.ndarray:
    """The matrix fitted on the chosen questions (full-batch Adam from the identity: deterministic)."""
    import torch

    torch.manual_seed(0)
    chunks = torch.from_numpy(rows.chunks)
    dimension = chunks.shape[1]
    identity = torch.eye(dimension)
    groups = []
    for contract in sorted({rows.contracts[i] for i in chosen}):
        members = [i for i in chosen if rows.contracts[i] == contract]
        first, end = rows.spans[contract]
        mask = torch.zeros((len(members), end - first), dtype=torch.bool)
        for r, i in enumerate(members):
            mask[r, [p - first for p in rows.positives[i]]] = True
        groups.append((torch.from_numpy(rows.queries[members]), chunks[first:end], mask))
    matrix = identity.clone().requires_grad_(True)
    optimiser = torch.optim.Adam([matrix], lr=LEARNING_RATE)
    for _ in range(EPOCHS):
        optimiser.zero_grad()
        loss = torch.zeros(())
        for queries, vectors, mask in groups:
            moved = torch.nn.functional.normalize(queries @ matrix.T, dim=1)
            logits = moved @ vectors.T / TEMPERATURE
            loss = loss + (torch.logsumexp(logits, 1) - torch.logsumexp(logits.masked_fill(~mask, -1e9), 1)).sum()
        loss = loss / max(1, len(chosen)) + PENALTY * ((matrix - identity) ** 2).sum()
        loss.backward()
        optimiser.step()
    return matrix.detach().numpy().astype(np.float32)


def _first_is_gold(rows: Rows, i: int, matrix: np.ndarray | None) -> tuple[bool, bool]:
    """Is the question's most similar section (best chunk) a gold one; is one among the best five?"""
    query = rows.queries[i] if matrix is None else QueryAdapter(matrix, rows.model)(rows.queries[i])
    first, end = rows.spans[rows.contracts[i]]
    similarity = rows.chunks[first:end] @ query
    best: dict[str, float] = {}
    for offset in np.argsort(-similarity, kind="stable"):
        best.setdefault(rows.sections[first + int(offset)], float(similarity[offset]))
    gold = {rows.sections[p] for p in rows.positives[i]}
    order = list(best)
    return order[0] in gold, bool(gold & set(order[:5]))


def fold_of(item_id: str) -> int:
    return zlib.crc32(item_id.encode("utf-8")) % FOLDS


def out_of_fold(rows: Rows) -> dict[str, np.ndarray]:
    """Each question's matrix fitted without its fold: what the section ranker and the outcome model
    are fitted on, so they learn from similarities an unseen question would have."""
    folds = np.array([fold_of(i) for i in rows.ids])
    matrices = {f: train(rows, np.flatnonzero(folds != f)) for f in range(FOLDS)}
    return {item_id: matrices[int(f)] for item_id, f in zip(rows.ids, folds, strict=True)}


def held_out(items: list[dict[str, Any]], default: QueryAdapter | None) -> dict[str, QueryAdapter]:
    """Per dev question, an adapter fitted without it (for the later fits); questions the adapter was
    never fitted on (related, unanswerable, calculator) keep ``default``. None: no adapter in use."""
    if default is None:
        return {}
    rows = collect(items)
    return {item_id: QueryAdapter(matrix, rows.model) for item_id, matrix in out_of_fold(rows).items()}


def measure(rows: Rows, held_out: dict[str, np.ndarray]) -> dict[str, Any]:
    everything = range(len(rows.ids))
    base = [_first_is_gold(rows, i, None) for i in everything]
    folds = [_first_is_gold(rows, i, held_out[rows.ids[i]]) for i in everything]
    contracts = np.array(rows.contracts)
    large = [c for c in sorted(set(rows.contracts)) if np.sum(contracts == c) >= MIN_CONTRACT_QUESTIONS]
    unseen: dict[str, Any] = {}
    for contract in large:
        matrix = train(rows, np.flatnonzero(contracts != contract))
        mine = np.flatnonzero(contracts == contract)
        before = [base[i] for i in mine]
        after = [_first_is_gold(rows, int(i), matrix) for i in mine]
        unseen[contract] = {"questions": int(len(mine)),
                            "hit@1": [round(float(np.mean([b[0] for b in before])), 3), round(float(np.mean([a[0] for a in after])), 3)],
                            "hit@5": [round(float(np.mean([b[1] for b in before])), 3), round(float(np.mean([a[1] for a in after])), 3)]}
    return {
        "questions": len(rows.ids),
        "dense_section_hit@1": [round(float(np.mean([b[0] for b in base])), 3), round(float(np.mean([f[0] for f in folds])), 3)],
        "dense_section_hit@5": [round(float(np.mean([b[1] for b in base])), 3), round(float(np.mean([f[1] for f in folds])), 3)],
        "contract_left_out": unseen,
        "read_as": "[without the adapter, with one fitted without the question]",
    }


def write(matrix: np.ndarray, model: str, out: Path) -> None:
    with out.open("wb") as handle:
        np.savez_compressed(handle, matrix=matrix.astype(np.float32), model=np.array(model))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m assistant.learned.fit_adapter", description=__doc__)
    parser.add_argument("--gold", nargs="*", type=Path, help="dev JSONL files (default: eval/gold/dev/*.jsonl)")
    parser.add_argument("--out", type=Path, default=HERE / PACKAGED)
    parser.add_argument("--no-measure", action="store_true", help="skip the held-out measurement (about a minute)")
    args = parser.parse_args(argv)
    paths = args.gold or sorted(DEV.glob("*.jsonl"))
    rows = collect(dev_items(paths))
    if not rows.ids:
        raise SystemExit("no dev questions with a gold section in the index: nothing to fit on")
    matrix = train(rows, np.arange(len(rows.ids)))
    report: dict[str, Any] = {"model": rows.model, "temperature": TEMPERATURE, "penalty": PENALTY, "epochs": EPOCHS,
                              "distance_from_identity": round(float(np.sum((matrix - np.eye(len(matrix))) ** 2)), 4)}
    if not args.no_measure:
        report["measured"] = measure(rows, out_of_fold(rows))
    report["fitted_on"] = {"files": [p.name for p in paths], "questions": len(rows.ids), "date": time.strftime("%Y-%m-%d")}
    write(matrix, rows.model, args.out)
    args.out.with_suffix(".json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
