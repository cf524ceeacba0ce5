"""`make bench`: one-time model preparation, ingest time, cold start, warm latency, API throughput, memory, and growth.

Results go to bench-results/results.json and a markdown table on stdout (copied into the README
with the machine they were measured on). Growth adds synthetic contracts made from a slice of
the sample (Articles 6–8 and 19) with their own ids and changed numbers.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from eval.harness import load_gold
from eval.loadtest import rss_mb, run_load
from eval.metrics import percentile

ROOT = Path(__file__).resolve().parent.parent
CONTRACTS = ROOT / "data" / "contracts"
SAMPLE = "csea-unit4-1999-2001"
CLI = [sys.executable, "-m", "assistant.cli"]


def _env(data_dir: Path, contracts: Path) -> dict[str, str]:
    return {**os.environ, "CONTRACT_ASSISTANT_DATA_DIR": str(data_dir), "CONTRACT_ASSISTANT_CONTRACTS_DIR": str(contracts)}


def run_measured(command: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Seconds, peak memory (MB) of that one child, and its stdout: wait4 reports the child's own
    peak, where RUSAGE_CHILDREN would report the largest of every child so far."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert process.stdout is not None
    out = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    if process.returncode:
        raise subprocess.CalledProcessError(process.returncode, command, out)
    return seconds, usage.ru_maxrss / 1024, out


def timed_ingest(data_dir: Path, contracts: Path) -> dict[str, Any]:
    seconds, peak, out = run_measured([*CLI, "ingest", "--json"], _env(data_dir, contracts))
    summary = json.loads(out)
    return {"seconds": round(seconds, 1), "documents": summary["documents"], "chunks": summary["chunks"],
            "peak_rss_mb": round(peak, 1)}


def timed_prepare(cache: Path | None) -> dict[str, float]:
    """`prepare-model` into an empty cache: the one-time export (make install does it once per machine)."""
    env = {**os.environ, "CONTRACT_ASSISTANT_MODEL_CACHE_DIR": str(cache)} if cache else dict(os.environ)
    seconds, peak, _ = run_measured([*CLI, "prepare-model"], env)
    return {"seconds": round(seconds, 1), "peak_rss_mb": round(peak, 1)}


def cold_start(data_dir: Path, contracts: Path) -> float:
    started = time.perf_counter()
    subprocess.run([*CLI, "ask", "How long do I have to file a grievance?"], env=_env(data_dir, contracts),
                   capture_output=True, check=True)
    return round(time.perf_counter() - started, 2)


def warm_latency(data_dir: Path, contracts: Path, questions: list[str],
                 scope: list[str] | None = None) -> dict[str, float]:
    """Answer each question twice in one warm process; `scope` gives each question its contract."""
    code = (
        "import json,sys,time\nfrom assistant.services import get_services\na=get_services().assistant\nd=json.load(sys.stdin)\n"
        "qs,sc=d['q'],d['s']\na.answer(qs[0],sc[0])\nlat=[]\nfor _ in range(2):\n    for q,c in zip(qs,sc):\n"
        "        t=time.perf_counter(); a.answer(q,c); lat.append((time.perf_counter()-t)*1000)\n"
        "import resource\nprint(json.dumps({'lat': lat, 'rss': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024}))"
    )
    payload: dict[str, Any] = {"q": questions, "s": scope or [None] * len(questions)}
    out = subprocess.run([sys.executable, "-c", code], input=json.dumps(payload), env=_env(data_dir, contracts),
                         capture_output=True, text=True, check=True, cwd=ROOT)
    data = json.loads(out.stdout.strip().splitlines()[-1])
    return {"p50_ms": round(percentile(data["lat"], 0.5), 1), "p95_ms": round(percentile(data["lat"], 0.95), 1),
            "peak_rss_mb": round(data["rss"], 1)}


def api_throughput(data_dir: Path, contracts: Path, clients: int, seconds: float) -> dict[str, Any]:
    import socket

    import httpx

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen([*CLI, "serve", "--port", str(port)], env=_env(data_dir, contracts),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.5)
        result = run_load(f"http://127.0.0.1:{port}", clients, seconds, server.pid)
        result["server_rss_mb_end"] = rss_mb(server.pid)
        return result
    finally:
        server.terminate()
        server.wait(timeout=30)


def synthetic_contract(text: str, number: int) -> str:
    """A slice of the sample with its own numbers, so contracts differ as real units' do."""
    start = text.index("# **ARTICLE 6 - GRIEVANCE")
    end = text.index("# **ARTICLE 9 - HEALTH AND WELFARE")
    tail_start = text.index("# **ARTICLE 19 - HOURS")
    tail_end = text.index("# **ARTICLE 20")
    body = text[start:end] + "\n" + text[tail_start:tail_end]
    shift = number % 9 + 1
    body = re.sub(r"\((\d{1,2})\) calendar days", lambda m: f"({int(m.group(1)) + shift}) calendar days", body)
    return f"# UNIT {number} AGREEMENT\n\n" + body


def growth(counts: list[int], questions: list[str], workdir: Path) -> list[dict[str, Any]]:
    sample_text = (CONTRACTS / f"{SAMPLE}.md").read_text(encoding="utf-8")
    rows = []
    for count in counts:
        contracts = workdir / f"contracts-{count}"
        contracts.mkdir(parents=True, exist_ok=True)
        shutil.copy(CONTRACTS / f"{SAMPLE}.md", contracts)
        shutil.copy(CONTRACTS / f"{SAMPLE}.meta.yaml", contracts)
        for number in range(2, count + 1):
            (contracts / f"synthetic-unit-{number:03d}.md").write_text(synthetic_contract(sample_text, number), encoding="utf-8")
            (contracts / f"synthetic-unit-{number:03d}.meta.yaml").write_text(
                f"id: synthetic-unit-{number:03d}\ntitle: Synthetic Unit {number} agreement\nkind: contract\n", encoding="utf-8")
        data_dir = workdir / f"var-{count}"
        ingest = timed_ingest(data_dir, contracts)
        latency = warm_latency(data_dir, contracts, questions)
        size = sum(p.stat().st_size for p in (data_dir / "index").rglob("*") if p.is_file()) / 1e6
        rows.append({"contracts": count, "ingest_s": ingest["seconds"], "chunks": ingest["chunks"],
                     "index_mb": round(size, 1), **latency})
    return rows


MANY_SOURCES = (f"{SAMPLE}.md", "tbs-canada-ship-repair-east-fgdtlc-2018-2022.md",
                "boilermakers-local-146-bca-alberta-maintenance-2025-2028.md")


def varied_contract(text: str, number: int, rng: Any) -> str:
    """A copy of a real agreement made different the way real units differ: a subset of its articles
    (so numbering has gaps and sizes vary), other day counts and dollar amounts."""
    from ingest.scheme import ARTICLE_RE, clean_line

    lines = text.split("\n")
    starts = [i for i, line in enumerate(lines) if ARTICLE_RE.match(clean_line(line)[0]) and
              (line.lstrip().startswith("#") or clean_line(line)[0].isupper() or ":" in line[:20])]
    if len(starts) < 4:
        return text
    keep = sorted(rng.sample(range(len(starts)), k=min(len(starts), rng.randint(5, 9))))
    body: list[str] = [f"# UNIT {number} COLLECTIVE AGREEMENT", ""]
    for index in keep:
        end = starts[index + 1] if index + 1 < len(starts) else len(lines)
        body.extend(lines[starts[index]:end])
    shift = number % 7 + 1
    result = "\n".join(body)
    result = re.sub(r"\((\d{1,2})\) (calendar|working) days",
                    lambda m: f"({int(m.group(1)) + shift}) {m.group(2)} days", result)
    return re.sub(r"\$(\d{1,3})\.(\d\d)", lambda m: f"${int(m.group(1)) + shift}.{m.group(2)}", result)


def many(total: int, batch: int, questions: list[str], workdir: Path, out: Path) -> dict[str, Any]:
    """Ingest `total` varied contracts in batches (each batch an incremental ingest) and measure, after
    each batch: ingest rate, warm latency scoped to one contract and across all, peak memory. Results
    are written after every batch, so a long run leaves its figures so far."""
    import random

    rng = random.Random(14)
    contracts = workdir / "many-contracts"
    contracts.mkdir(parents=True, exist_ok=True)
    sources = [(CONTRACTS / name).read_text(encoding="utf-8") for name in MANY_SOURCES]
    data_dir = workdir / "many-var"
    rows: list[dict[str, Any]] = []
    made = 0
    while made < total:
        for number in range(made + 1, min(made + batch, total) + 1):
            name = f"unit-{number:04d}"
            (contracts / f"{name}.md").write_text(varied_contract(sources[number % len(sources)], number, rng),
                                                  encoding="utf-8")
            (contracts / f"{name}.meta.yaml").write_text(
                f"id: {name}\ntitle: Unit {number} collective agreement\nkind: contract\n", encoding="utf-8")
        added = min(made + batch, total) - made
        made += added
        ingest = timed_ingest(data_dir, contracts)
        scoped = warm_latency(data_dir, contracts, questions, scope=[f"unit-{rng.randint(1, made):04d}"
                                                                      for _ in questions])
        across = warm_latency(data_dir, contracts, questions)
        rows.append({"contracts": made, "chunks": ingest["chunks"], "batch_ingest_s": ingest["seconds"],
                     "documents_per_min": round(added / ingest["seconds"] * 60, 1),
                     "ingest_peak_rss_mb": ingest["peak_rss_mb"], "scoped": scoped, "across_all": across})
        (out / "many.json").write_text(json.dumps(rows, indent=2), encoding="utf-8")
        print(json.dumps(rows[-1]), flush=True)
    return {"rows": rows}


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    memory = int(next(line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal"))) / 1e6
    return f"{os.cpu_count()} CPU cores ({cpu}), {memory:.0f} GB RAM, Python {platform.python_version()}, {platform.system()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--growth", default="1,10,100", help="contract counts for the growth table ('' to skip)")
    parser.add_argument("--load-seconds", type=float, default=30)
    parser.add_argument("--out", default="bench-results")
    parser.add_argument("--many", type=int, default=0,
                        help="only the many-contracts run: ingest this many varied real contracts and measure")
    parser.add_argument("--batch", type=int, default=100, help="contracts per incremental ingest in --many")
    args = parser.parse_args()
    questions = [item["question"] for item in load_gold()][:60]
    results: dict[str, Any] = {"machine": machine()}
    if args.many:
        out = Path(args.out)
        out.mkdir(exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix="bench-many-"))
        try:
            timed_prepare(None)
            results["many"] = many(args.many, args.batch, questions[:40], work, out)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        (out / "many.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
        return
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        work = Path(tmp)
        results["model_prepare_once"] = timed_prepare(work / "model-cache")
        timed_prepare(None)  # the machine's own cache, so no ingest below pays for an export
        results["ingest"] = timed_ingest(work / "var", CONTRACTS)
        results["reingest_unchanged_s"] = timed_ingest(work / "var", CONTRACTS)["seconds"]
        results["cold_start_to_first_answer_s"] = cold_start(work / "var", CONTRACTS)
        results["warm_latency"] = warm_latency(work / "var", CONTRACTS, questions)
        results["api_8_clients"] = api_throughput(work / "var", CONTRACTS, 8, args.load_seconds)
        counts = [int(c) for c in args.growth.split(",") if c.strip()]
        results["growth"] = growth(counts, questions[:30], work) if counts else []
    out = Path(args.out)
    out.mkdir(exist_ok=True)
    (out / "results.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
