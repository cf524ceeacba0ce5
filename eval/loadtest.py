"""A bounded load test of the HTTP API on loopback: N concurrent clients for S seconds.

    python -m eval.loadtest --url http://127.0.0.1:8000 --clients 8 --seconds 60

Only loopback addresses are accepted. Reports requests, errors, throughput, p50/p95 latency and
the server's RSS before and after (when its pid is given), to show memory stays steady.
"""

from __future__ import annotations

import argparse
import json
import random
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import httpx

from eval.metrics import percentile

QUESTIONS = [
    "How long do I have to file a grievance?", "what does 8.2 say", "my boss called me back in after my shift, how many hours do I get paid?",
    "I'm on call this weekend, what do I get for it?", "How much vacation will I have after a year?",
    "Can I bring my dog to the office?", "What is the maximum CTO I can accrue?", "can I work from home?",
]
LOOPBACK = ("127.", "localhost", "::1")


def rss_mb(pid: int | None) -> float | None:
    if not pid:
        return None
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def run_load(url: str, clients: int, seconds: float, pid: int | None = None, max_requests: int = 100_000) -> dict[str, Any]:
    host = urlparse(url).hostname or ""
    if not host.startswith(LOOPBACK):
        raise SystemExit(f"refusing to load {host}: only loopback targets are allowed")
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    stop = time.monotonic() + seconds
    rss_samples: list[float] = []

    def worker(seed: int) -> None:
        rng = random.Random(seed)
        with httpx.Client(base_url=url, timeout=30) as client:
            while time.monotonic() < stop:
                with lock:
                    if len(latencies) + len(errors) >= max_requests:
                        return
                started = time.perf_counter()
                try:
                    response = client.post("/v1/ask", json={"question": rng.choice(QUESTIONS)})
                    ok = response.status_code == 200
                    detail = f"HTTP {response.status_code}"
                except httpx.HTTPError as exc:
                    ok, detail = False, type(exc).__name__
                with lock:
                    (latencies.append((time.perf_counter() - started) * 1000) if ok else errors.append(detail))

    def sampler() -> None:
        while time.monotonic() < stop:
            value = rss_mb(pid)
            if value is not None:
                rss_samples.append(value)
            time.sleep(1)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(clients)] + [threading.Thread(target=sampler)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    third = max(1, len(rss_samples) // 3)
    return {
        "clients": clients, "seconds": round(elapsed, 1), "requests": len(latencies), "errors": len(errors),
        "error_kinds": sorted(set(errors)), "throughput_rps": round(len(latencies) / elapsed, 1),
        "p50_ms": round(percentile(latencies, 0.5), 1), "p95_ms": round(percentile(latencies, 0.95), 1),
        "rss_mb_first_third": round(sum(rss_samples[:third]) / third, 1) if rss_samples else None,
        "rss_mb_last_third": round(sum(rss_samples[-third:]) / third, 1) if rss_samples else None,
        "rss_mb_peak": round(max(rss_samples), 1) if rss_samples else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--url", default="http://127.0.0.1:8000")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--pid", type=int, help="server pid, to sample its memory")
    args = parser.parse_args()
    if not 1 <= args.clients <= 64 or not 0 < args.seconds <= 600:
        raise SystemExit("clients must be 1–64 and seconds 1–600")
    print(json.dumps(run_load(args.url, args.clients, args.seconds, args.pid), indent=2))


if __name__ == "__main__":
    main()
