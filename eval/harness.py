"""`contract-assistant eval`: score configurations side by side on the gold set.

Configurations: bm25, dense, hybrid (plain retrieval + extractive answerer), full (the
project's pipeline: glossary, direct look-ups, calculators, abstention) and baseline (a plain
LangChain RAG). Metrics per item feed averages; failures are listed item by item.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

import yaml

from assistant.core import Assistant
from assistant.errors import DomainError
from assistant.schema import Answer
from assistant.services import get_services
from eval import metrics as m

GOLD = Path(__file__).parent / "gold" / "gold.jsonl"
THRESHOLDS = Path(__file__).parent / "thresholds.yaml"
CONFIGS = ("bm25", "dense", "hybrid", "full", "baseline")
ANSWERABLE = ("lookup", "multi")


def load_gold(path: Path = GOLD) -> list[dict[str, Any]]:
    items = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise DomainError(f"{path.name} line {number}: not valid JSON ({exc}).") from exc
    return items


def _ask(assistant: Assistant, config: str, item: dict[str, Any], baseline: Any, scoped: bool = True) -> Answer:
    if config == "baseline":
        return baseline.answer(item["question"])
    mode = "full" if config in ("full", "generative") else config
    # A member asks about their own contract (a Slack channel or the page's picker sets it), so each
    # item is asked within the document it names; with many contracts in the corpus, an unscoped
    # question measures which contract wins, not whether the right clause is found.
    return assistant.answer(item["question"], item.get("contract") if scoped else None, mode=mode)


def score_item(answer: Answer, item: dict[str, Any], assistant: Assistant, seconds: float) -> dict[str, Any]:
    snapshot = assistant.snapshot()
    row: dict[str, Any] = {"id": item["id"], "kind": item["kind"], "ms": seconds * 1000, "abstained": answer.abstained,
                           "cited": [f"{c.section} {c.clause}".strip() for c in answer.citations],
                           "retrieved": [r.section for r in answer.retrieved[:5]], "scores": {}}
    scores = row["scores"]
    if item["kind"] in ANSWERABLE:
        rank = m.rank_of_gold(answer, item)
        scores[m.HIT1] = float(rank == 1)
        scores[m.HIT5] = float(rank is not None and rank <= 5)
        scores[m.MRR] = 1.0 / rank if rank else 0.0
        scores[m.FALSE_ABSTAIN] = float(answer.abstained)
        if not answer.abstained:
            scores.update(m.citation_scores(answer, item))
    if item["kind"] == "unanswerable":
        scores[m.CORRECT_ABSTAIN] = float(answer.abstained)
    if item["kind"] == "calc":
        scores[m.CALC_EXACT] = m.calc_exact(answer, item)
    if item["kind"] != "unanswerable":
        scores[m.MUST_CONTAIN] = m.must_contain(answer, item)
    verbatim = m.verbatim_rate(answer, snapshot)
    if verbatim is not None:
        scores[m.VERBATIM] = verbatim
    if assistant.chat_model is not None:
        faithful = m.faithfulness(answer, snapshot)
        if faithful is not None:
            scores[m.FAITHFUL] = faithful
    return row


def aggregate(rows: list[dict[str, Any]]) -> dict[str, float]:
    result: dict[str, float] = {}
    for name in m.ORDER:
        values = [r["scores"][name] for r in rows if name in r["scores"]]
        if values:
            result[name] = sum(values) / len(values)
    latencies = [r["ms"] for r in rows]
    result[m.P50] = m.percentile(latencies, 0.5)
    result[m.P95] = m.percentile(latencies, 0.95)
    return result


def failures(rows: list[dict[str, Any]], items: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    bad = []
    for row in rows:
        problems = [name for name, value in row["scores"].items()
                    if (name in m.LOWER_IS_BETTER and value > 0) or (name not in m.LOWER_IS_BETTER and value < 1)]
        if problems:
            item = items[row["id"]]
            bad.append({"id": row["id"], "question": item["question"], "problems": problems,
                        "gold": [f"{g['section']} {g.get('clause', '')}".strip() for g in item["gold"]],
                        "cited": row["cited"], "retrieved": row["retrieved"], "abstained": row["abstained"]})
    return bad


def run(configs: list[str], items: list[dict[str, Any]], assistant: Assistant | None = None,
        scoped: bool = True) -> dict[str, Any]:
    assistant = assistant or get_services().assistant
    baseline = None
    if "baseline" in configs:
        from eval.baseline import Baseline

        baseline = Baseline(assistant.snapshot(), assistant.settings.contracts_dir)
    by_id = {i["id"]: i for i in items}
    report: dict[str, Any] = {"items": len(items), "configs": {}}
    for config in configs:
        if config != "baseline":  # load models and caches before timing
            assistant.answer("warm up", mode=config)
        rows = []
        for item in items:
            started = time.perf_counter()
            answer = _ask(assistant, config, item, baseline, scoped)
            rows.append(score_item(answer, item, assistant, time.perf_counter() - started))
        report["configs"][config] = {"metrics": aggregate(rows), "failures": failures(rows, by_id)}
    return report


def check_thresholds(report: dict[str, Any], path: Path = THRESHOLDS) -> list[str]:
    limits = yaml.safe_load(path.read_text(encoding="utf-8"))
    broken = []
    for config, data in report["configs"].items():
        scores = data["metrics"]
        for name, floor in (limits.get(config) or {}).items():
            if scores.get(name, 0.0) + 1e-9 < floor:
                broken.append(f"{config}: {name} = {scores.get(name, 0.0):.3f} is below {floor}")
        for name, ceiling in (limits.get(f"{config}_max") or {}).items():
            if scores.get(name, 0.0) - 1e-9 > ceiling:
                broken.append(f"{config}: {name} = {scores.get(name, 0.0):.3f} is above {ceiling}")
    return broken


def table(report: dict[str, Any]) -> str:
    configs = list(report["configs"])
    lines = [f"{'metric':<22}" + "".join(f"{c:>11}" for c in configs)]
    for name in m.ORDER:
        cells = []
        for config in configs:
            value = report["configs"][config]["metrics"].get(name)
            cells.append(f"{'-':>11}" if value is None else f"{value:>11.1f}" if name.startswith("latency") else f"{value:>11.3f}")
        if any(c.strip() != "-" for c in cells):
            lines.append(f"{name:<22}" + "".join(cells))
    return "\n".join(lines)


def write_report(report: dict[str, Any], folder: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    folder.mkdir(parents=True, exist_ok=True)
    configs = list(report["configs"])
    shown = [m.HIT1, m.HIT5, m.MRR, m.PRECISION, m.RECALL, m.VERBATIM, m.CORRECT_ABSTAIN, m.CALC_EXACT, m.MUST_CONTAIN]
    fig, ax = plt.subplots(figsize=(11, 4.5))
    width = 0.8 / max(len(configs), 1)
    for index, config in enumerate(configs):
        values = [report["configs"][config]["metrics"].get(name, 0.0) for name in shown]
        ax.bar([x + index * width for x in range(len(shown))], values, width, label=config)
    ax.set_xticks([x + width * (len(configs) - 1) / 2 for x in range(len(shown))], shown, rotation=30, ha="right")
    ax.set_ylim(0, 1.05)
    ax.set_title(f"Contract Assistant — {report['items']} gold items")
    ax.legend(ncol=len(configs), fontsize=8)
    fig.tight_layout()
    fig.savefig(folder / "scores.png", dpi=110)
    plt.close(fig)
    parts = [f"# Evaluation report\n\n{report['items']} gold items.\n\n![scores](scores.png)\n\n```\n{table(report)}\n```\n"]
    for config, data in report["configs"].items():
        parts.append(f"\n## Failures: {config} ({len(data['failures'])})\n")
        for f in data["failures"]:
            parts.append(f"- `{f['id']}` {f['question']} — {', '.join(f['problems'])}; gold {f['gold']}, "
                         f"cited {f['cited'] or '-'}, retrieved {f['retrieved']}{' (abstained)' if f['abstained'] else ''}")
    (folder / "report.md").write_text("\n".join(parts) + "\n", encoding="utf-8")


def register(commands: Any) -> None:
    """Adds `contract-assistant eval` (an entry point of group contract_assistant.commands)."""
    p = commands.add_parser("eval", help="score answers against the gold set")
    p.add_argument("--gold", help="gold JSONL file (default: eval/gold/gold.jsonl)")
    p.add_argument("--config", action="append", help="configuration(s) to run; default all")
    p.add_argument("--json", action="store_true")
    p.add_argument("--report", help="write report.md and scores.png to this folder")
    p.add_argument("--quick", action="store_true", help="full pipeline only, then check thresholds")
    p.add_argument("--check", action="store_true", help="exit 1 when a metric is below its threshold")
    p.add_argument("--unscoped", action="store_true",
                   help="ask every item across all documents instead of within the item's contract")
    p.add_argument("--export-feedback", help="write stored feedback as candidate gold items to this JSONL")
    p.set_defaults(func=main)


def main(args: argparse.Namespace) -> int:
    if args.export_feedback:
        candidates = get_services().feedback.export_candidates()
        Path(args.export_feedback).write_text("".join(json.dumps(c) + "\n" for c in candidates), encoding="utf-8")
        print(f"wrote {len(candidates)} candidate gold items to {args.export_feedback}")
        return 0
    items = load_gold(Path(args.gold) if args.gold else GOLD)
    configs = ["full"] if args.quick else (args.config or list(CONFIGS))
    unknown = [c for c in configs if c not in CONFIGS]
    if unknown:
        print(f"error: unknown configuration(s) {', '.join(unknown)}; use {', '.join(CONFIGS)}", file=sys.stderr)
        return 2
    report = run(configs, items, scoped=not args.unscoped)
    broken = check_thresholds(report) if (args.check or args.quick) else []
    report["threshold_failures"] = broken
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(table(report))
        for config, data in report["configs"].items():
            print(f"\n{config}: {len(data['failures'])} item(s) with a failed metric")
            for f in data["failures"][:8]:
                print(f"  {f['id']}: {', '.join(f['problems'])} (gold {f['gold']}, cited {f['cited'] or '-'})")
        for line in broken:
            print(f"THRESHOLD: {line}", file=sys.stderr)
    if args.report:
        write_report(report, Path(args.report))
    return 1 if broken else 0
