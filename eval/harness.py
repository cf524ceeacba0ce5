"""`contract-assistant eval`: score configurations on the dev and test splits, side by side.

Splits: ``eval/gold/dev/*.jsonl`` is what the project tunes on; ``eval/gold/test/*.jsonl`` is
frozen (written blind, never tuned on; its files are pinned by ``eval/gold/test/MANIFEST``), and
the README's headline comes from it. Failures are listed item by item for dev only: reading test
failures is how a test split stops being one (``--show-test-failures`` exists for audits).

Configurations: bm25, dense, hybrid (plain retrieval + extractive answerer), full (the project's
pipeline) and baseline (a plain LangChain RAG). Each question is asked scoped to its item's
contract, as a member's channel or page would (``--unscoped`` asks across all documents).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from assistant.core import Assistant
from assistant.errors import DomainError
from assistant.schema import Answer
from assistant.services import get_services
from eval import metrics as m
from eval.baseline import Baseline
from ingest.yaml_files import load_yaml

GOLD = Path(__file__).parent / "gold"
SPLITS = ("dev", "test")
THRESHOLDS = Path(__file__).parent / "thresholds.yaml"
CONFIGS = ("bm25", "dense", "hybrid", "full", "baseline")


def load_items(path: Path) -> list[dict[str, Any]]:
    items = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise DomainError(f"{path.name} line {number}: not valid JSON ({exc}).") from exc
    return items


def load_split(split: str, root: Path = GOLD) -> list[dict[str, Any]]:
    """Every item of one split, each tagged with it."""
    if split not in SPLITS:
        raise DomainError(f"Unknown split {split!r}; use one of {', '.join(SPLITS)}.")
    items = []
    for path in sorted((root / split).glob("*.jsonl")):
        for item in load_items(path):
            items.append(item | {"split": split})
    return items


def load_gold(splits: tuple[str, ...] = SPLITS, root: Path = GOLD) -> list[dict[str, Any]]:
    return [item for split in splits for item in load_split(split, root)]


def _ask(assistant: Assistant, config: str, item: dict[str, Any], baseline: Baseline | None, scoped: bool) -> Answer:
    contract = item["contract"] if scoped else None
    if baseline is not None and config == "baseline":
        return baseline.answer(item["question"], contract)
    mode = "full" if config in ("full", "generative") else config
    return assistant.answer(item["question"], contract, mode=mode, today=m.asked_on(item))


def score_item(answer: Answer, item: dict[str, Any], assistant: Assistant, seconds: float) -> dict[str, Any]:
    snapshot = assistant.snapshot()
    scores = m.score(answer, item, snapshot)
    if assistant.chat_model is not None:
        faithful = m.faithfulness(answer, snapshot)
        if faithful is not None:
            scores[m.FAITHFUL] = faithful
    gold = m.gold_sections(item)
    # For the calibration curve: the model's probability of `answered`, and whether quoting the
    # picked clause as the answer would be right (an answerable question, its clause in a gold section).
    quoted = answer.citations or answer.closest
    right = item["kind"] in m.ANSWERABLE and bool(quoted) and (quoted[0].contract, quoted[0].section) in gold
    return {"id": item["id"], "split": item.get("split", "dev"), "kind": item["kind"], "style": item.get("style", "plain"),
            "ms": seconds * 1000, "outcome": answer.outcome,
            "p_answered": answer.confidence.get("answered"), "answer_right": right,
            "cited": [f"{c.section} {c.clause}".strip() for c in answer.citations],
            "retrieved": [r.section for r in answer.retrieved[:5]], "scores": scores}


def aggregate(rows: list[dict[str, Any]]) -> dict[str, float]:
    result: dict[str, float] = {}
    for name in m.ORDER:
        values = [r["scores"][name] for r in rows if name in r["scores"]]
        if values:
            result[name] = sum(values) / len(values)
    latencies = [r["ms"] for r in rows]
    result[m.P50] = m.percentile(latencies, 0.5)
    result[m.P95] = m.percentile(latencies, 0.95)
    result["items"] = float(len(rows))
    return result


def failures(rows: list[dict[str, Any]], items: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    bad = []
    for row in rows:
        problems = [name for name, value in row["scores"].items()
                    if (name in m.LOWER_IS_BETTER and value > 0) or (name not in m.LOWER_IS_BETTER and value < 1)]
        if problems:
            item = items[row["id"]]
            bad.append({"id": row["id"], "split": row["split"], "kind": row["kind"], "question": item["question"],
                        "problems": problems, "gold": [f"{g['section']} {g.get('clause', '')}".strip() for g in item["gold"]],
                        "cited": row["cited"], "retrieved": row["retrieved"], "outcome": row["outcome"],
                        "expected_outcome": item.get("outcome")})
    return bad


def summarise(rows: list[dict[str, Any]], by_id: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Per split: overall metrics, metrics per kind and per style, and (dev only) the failures."""
    result: dict[str, Any] = {}
    for split in SPLITS:
        part = [r for r in rows if r["split"] == split]
        if not part:
            continue
        kinds: dict[str, list[dict[str, Any]]] = defaultdict(list)
        styles: dict[str, list[dict[str, Any]]] = defaultdict(list)
        sources: dict[str, list[dict[str, Any]]] = defaultdict(list)
        contracts: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for row in part:
            contracts[by_id[row["id"]]["contract"]].append(row)
            kinds[row["kind"]].append(row)
            styles[row["style"]].append(row)
            sources[by_id[row["id"]].get("source", "legacy")].append(row)
        result[split] = {
            "metrics": aggregate(part),
            "by_kind": {k: aggregate(v) for k, v in sorted(kinds.items())},
            "by_style": {k: aggregate(v) for k, v in sorted(styles.items())},
            "by_source": {k: aggregate(v) for k, v in sorted(sources.items())},
            "by_contract": {k: aggregate(v) for k, v in sorted(contracts.items())},
            "failures": failures(part, by_id),
        }
    return result


def run(configs: list[str], items: list[dict[str, Any]], assistant: Assistant | None = None,
        scoped: bool = True) -> dict[str, Any]:
    assistant = assistant or get_services().assistant
    baseline = None
    if "baseline" in configs:
        baseline = Baseline(assistant.snapshot(), assistant.settings.contracts_dir)
    by_id = {i["id"]: i for i in items}
    report: dict[str, Any] = {"items": len(items), "scoped": scoped, "configs": {}}
    for config in configs:
        if config != "baseline":  # load models and caches before timing
            assistant.answer("warm up", mode=config)
        rows = []
        for item in items:
            started = time.perf_counter()
            answer = _ask(assistant, config, item, baseline, scoped)
            rows.append(score_item(answer, item, assistant, time.perf_counter() - started))
        report["configs"][config] = {"rows": rows, **summarise(rows, by_id)}
    return report


def check_thresholds(report: dict[str, Any], path: Path = THRESHOLDS) -> list[str]:
    """`<config>.<split>` floors and `<config>.<split>_max` ceilings, per metric."""
    limits = load_yaml(path.read_text(encoding="utf-8")) or {}
    broken = []
    for config, data in report["configs"].items():
        for split in SPLITS:
            if split not in data:
                continue
            scores = data[split]["metrics"]
            for name, floor in ((limits.get(config) or {}).get(split) or {}).items():
                if scores.get(name, 0.0) + 1e-9 < floor:
                    broken.append(f"{config} {split}: {name} = {scores.get(name, 0.0):.3f} is below {floor}")
            for name, ceiling in ((limits.get(config) or {}).get(f"{split}_max") or {}).items():
                if scores.get(name, 0.0) - 1e-9 > ceiling:
                    broken.append(f"{config} {split}: {name} = {scores.get(name, 0.0):.3f} is above {ceiling}")
    return broken


def _cell(name: str, value: float | None) -> str:
    if value is None:
        return f"{'-':>9}"
    return f"{value:>9.1f}" if name.startswith("latency") else f"{value:>9.3f}"


def table(report: dict[str, Any]) -> str:
    """Configurations as columns, dev and test side by side."""
    columns = [(c, s) for c in report["configs"] for s in SPLITS if s in report["configs"][c]]
    lines = [f"{'metric':<26}" + "".join(f"{(c + ' ' + s)[:17]:>18}" for c, s in columns)]
    for name in ["items", *m.ORDER]:
        cells = [_cell(name, report["configs"][c][s]["metrics"].get(name)) for c, s in columns]
        if any(cell.strip() != "-" for cell in cells):
            lines.append(f"{name:<26}" + "".join(f"{cell:>18}" for cell in cells))
    return "\n".join(lines)


KIND_METRICS = {"lookup": [m.HIT1, m.HIT5, m.PRECISION, m.KEY_FACT, m.FALSE_ABSTAIN],
                "multi": [m.HIT1, m.HIT5, m.RECALL, m.KEY_FACT, m.FALSE_ABSTAIN],
                "crossref": [m.HIT1, m.HIT5, m.RECALL, m.KEY_FACT, m.FALSE_ABSTAIN],
                "calc": [m.CALC_EXACT, m.CALC_WRONG],
                "related": [m.CORRECT_UNANSWERED, m.NOT_ANSWERED, m.RELATED_CITES_GOLD],
                "unanswerable": [m.CORRECT_UNANSWERED, m.NOT_ANSWERED]}


def kind_table(report: dict[str, Any], config: str = "full", group: str = "by_kind") -> str:
    """One configuration's headline metrics per kind (or style), dev | test."""
    data = report["configs"][config]
    lines = [f"{config}, {group.replace('by_', 'per ')}: dev | test"]
    keys = sorted({k for s in SPLITS if s in data for k in data[s][group]})
    for key in keys:
        names = KIND_METRICS.get(key, [m.HIT1, m.HIT5, m.FALSE_ABSTAIN, m.FALSE_ANSWER, m.CALC_EXACT, m.KEY_FACT])
        cells = []
        for name in names:
            values = [data[s][group].get(key, {}).get(name) if s in data else None for s in SPLITS]
            if all(v is None for v in values):
                continue
            cells.append(f"{name} " + " | ".join("-" if v is None else f"{v:.2f}" for v in values))
        counts = " | ".join(str(int(data[s][group].get(key, {}).get("items", 0))) if s in data else "0" for s in SPLITS)
        lines.append(f"  {key:<13} n={counts:<9} " + "; ".join(cells))
    return "\n".join(lines)


def calibration(rows: list[dict[str, Any]], bins: int = 5) -> list[dict[str, float]]:
    """Predicted probability of `answered` against how often answering would have been right."""
    scored = [r for r in rows if r.get("p_answered") is not None]
    out = []
    for index in range(bins):
        low, high = index / bins, (index + 1) / bins
        inside = [r for r in scored if low <= r["p_answered"] < high or (index == bins - 1 and r["p_answered"] == 1.0)]
        if inside:
            out.append({"from": low, "to": high, "items": len(inside),
                        "predicted": sum(r["p_answered"] for r in inside) / len(inside),
                        "observed": sum(r["answer_right"] for r in inside) / len(inside)})
    return out


def _plot_calibration(report: dict[str, Any], folder: Path) -> None:
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(4.5, 4.5))
    ax.plot([0, 1], [0, 1], color="grey", linestyle=":", label="perfect")
    for split in SPLITS:
        if split in report["configs"]["full"]:
            points = calibration([r for r in report["configs"]["full"]["rows"] if r["split"] == split])
            ax.plot([b["predicted"] for b in points], [b["observed"] for b in points], marker="o", label=split)
    ax.set_xlabel("predicted P(answered)")
    ax.set_ylabel("answering would be right")
    ax.set_title("Outcome model calibration")
    ax.legend()
    fig.tight_layout()
    fig.savefig(folder / "calibration.png", dpi=110)
    plt.close(fig)


def write_report(report: dict[str, Any], folder: Path, show_test_failures: bool = False) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    folder.mkdir(parents=True, exist_ok=True)
    configs = list(report["configs"])
    shown = [m.HIT1, m.HIT5, m.PRECISION, m.RECALL, m.KEY_FACT, m.CORRECT_UNANSWERED, m.NOT_ANSWERED, m.CALC_EXACT]
    split = "test" if any("test" in report["configs"][c] for c in configs) else "dev"
    fig, ax = plt.subplots(figsize=(11, 4.5))
    width = 0.8 / max(len(configs), 1)
    for index, config in enumerate(configs):
        data = report["configs"][config].get(split, {}).get("metrics", {})
        ax.bar([x + index * width for x in range(len(shown))], [data.get(n, 0.0) for n in shown], width, label=config)
    ax.set_xticks([x + width * (len(configs) - 1) / 2 for x in range(len(shown))], shown, rotation=30, ha="right")
    ax.set_ylim(0, 1.05)
    ax.set_title(f"Contract Assistant — {split} split")
    ax.legend(ncol=len(configs), fontsize=8)
    fig.tight_layout()
    fig.savefig(folder / "scores.png", dpi=110)
    plt.close(fig)
    parts = [f"# Evaluation report\n\n{report['items']} gold items "
             f"({'each asked in its own contract' if report['scoped'] else 'asked across all documents'}).\n\n"
             f"![scores](scores.png)\n\n```\n{table(report)}\n```\n"]
    if "full" in report["configs"]:
        _plot_calibration(report, folder)
        parts.append("\n![calibration](calibration.png)\n")
        for split in SPLITS:
            if split in report["configs"]["full"]:
                bins = calibration([r for r in report["configs"]["full"]["rows"] if r["split"] == split])
                parts.append(f"\nCalibration, {split}: " + "; ".join(
                    f"{b['from']:.1f}–{b['to']:.1f}: predicted {b['predicted']:.2f}, observed {b['observed']:.2f} "
                    f"(n={b['items']})" for b in bins) + "\n")
        parts.append(f"\n```\n{kind_table(report)}\n\n{kind_table(report, group='by_style')}\n\n"
                     f"{kind_table(report, group='by_contract')}\n```\n")
    for config, data in report["configs"].items():
        for split_name in SPLITS:
            if split_name not in data or (split_name == "test" and not show_test_failures):
                continue
            bad = data[split_name]["failures"]
            parts.append(f"\n## Failures: {config}, {split_name} ({len(bad)})\n")
            for f in bad:
                parts.append(f"- `{f['id']}` {f['question']} — {', '.join(f['problems'])}; gold {f['gold']}, "
                             f"cited {f['cited'] or '-'}, retrieved {f['retrieved']}, outcome {f['outcome']}")
    (folder / "report.md").write_text("\n".join(parts) + "\n", encoding="utf-8")


def register(commands: Any) -> None:
    """Adds `contract-assistant eval` (an entry point of group contract_assistant.commands)."""
    p = commands.add_parser("eval", help="score answers on the dev and test gold splits")
    p.add_argument("--split", choices=[*SPLITS, "both"], default="both")
    p.add_argument("--gold", help="a gold JSONL file instead of the splits (its items count as dev)")
    p.add_argument("--config", action="append", help="configuration(s) to run; default all")
    p.add_argument("--kind", action="append", help="only items of these kinds")
    p.add_argument("--unscoped", action="store_true", help="ask every question across all documents")
    p.add_argument("--json", action="store_true")
    p.add_argument("--report", help="write report.md and scores.png to this folder")
    p.add_argument("--quick", action="store_true", help="full pipeline only, then check thresholds")
    p.add_argument("--check", action="store_true", help="exit 1 when a metric is below its threshold")
    p.add_argument("--show-test-failures", action="store_true", help="list test-split failures too (audits only)")
    p.add_argument("--export-feedback", help="write stored feedback as candidate gold items to this JSONL")
    p.set_defaults(func=main)


def main(args: argparse.Namespace) -> int:
    if args.export_feedback:
        candidates = get_services().feedback.export_candidates()
        Path(args.export_feedback).write_text("".join(json.dumps(c) + "\n" for c in candidates), encoding="utf-8")
        print(f"wrote {len(candidates)} candidate gold items to {args.export_feedback}")
        return 0
    if args.gold:
        items = [i | {"split": "dev"} for i in load_items(Path(args.gold))]
    else:
        items = load_gold(SPLITS if args.split == "both" else (args.split,))
    if args.kind:
        items = [i for i in items if i["kind"] in args.kind]
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
        if "full" in report["configs"]:
            print("\n" + kind_table(report) + "\n\n" + kind_table(report, group="by_style") + "\n\n"
                  + kind_table(report, group="by_contract"))
        for config, data in report["configs"].items():
            if "dev" in data:
                print(f"\n{config} dev: {len(data['dev']['failures'])} item(s) with a failed metric")
                for f in data["dev"]["failures"][:8]:
                    print(f"  {f['id']}: {', '.join(f['problems'])} (gold {f['gold']}, cited {f['cited'] or '-'})")
        for line in broken:
            print(f"THRESHOLD: {line}", file=sys.stderr)
    if args.report:
        write_report(report, Path(args.report), args.show_test_failures)
    return 1 if broken else 0
