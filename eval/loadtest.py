"""A bounded load test of the HTTP API on loopback: N concurrent clients for S seconds.

    python -m eval.loadtest --url http://127.0.0.1:8000 --clients 400 --seconds 60

Only loopback addresses are accepted. Each client connects from its own loopback address
(127.0.x.y), as separate members would, so the server's per-address rate limit applies to each
one. Reports requests, answers, the share refused by the rate limit (429) and shed by the
in-flight bound (503), other errors, throughput, p50/p95 latency of answers and of all
responses, and the server's RSS over the run (when its pid is given).
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


def client_address(index: int) -> str:
    """A distinct loopback source address per client: 127.0.1.1, 127.0.1.2, …"""
    return f"127.0.{1 + index // 250}.{1 + index % 250}"


def run_load(url: str, clients: int, seconds: float, pid: int | None = None, max_requests: int = 100_000,
             spread_addresses: bool = True) -> dict[str, Any]:
    host = urlparse(url).hostname or ""
    if not host.startswith(LOOPBACK):
        raise SystemExit(f"refusing to load {host}: only loopback targets are allowed")
    latencies: list[float] = []  # answered (200)
    all_latencies: list[float] = []
    statuses: dict[int, int] = {}
    errors: list[str] = []
    lock = threading.Lock()
    stop = time.monotonic() + seconds
    rss_samples: list[float] = []

    def worker(seed: int) -> None:
        rng = random.Random(seed)
        transport = httpx.HTTPTransport(local_address=client_address(seed)) if spread_addresses and host.startswith("127.") else None
        with httpx.Client(base_url=url, timeout=30, transport=transport) as client:
            while time.monotonic() < stop:
                with lock:
                    if len(all_latencies) + len(errors) >= max_requests:
                        return
                started = time.perf_counter()
                try:
                    response = client.post("/v1/ask", json={"question": rng.choice(QUESTIONS)})
                    status: int | None = response.status_code
                    detail = f"HTTP {response.status_code}"
                except httpx.HTTPError as exc:
                    status, detail = None, type(exc).__name__
                elapsed = (time.perf_counter() - started) * 1000
                with lock:
                    if status is not None:
                        statuses[status] = statuses.get(status, 0) + 1
                        all_latencies.append(elapsed)
                    if status == 200:
                        latencies.append(elapsed)
                    elif status not in (429, 503):
                        errors.append(detail)
                if status in (429, 503):
                    # A polite client honours Retry-After (capped so the run stays bounded).
                    retry = min(float(response.headers.get("Retry-After", "1") or 1), 2.0)
                    time.sleep(retry * rng.uniform(0.5, 1.0))

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
    total = sum(statuses.values()) + sum(1 for e in errors if not e.startswith("HTTP"))
    return {
        "clients": clients, "seconds": round(elapsed, 1), "requests": total, "answered": len(latencies),
        "rate_limited_429": statuses.get(429, 0), "shed_503": statuses.get(503, 0),
        "share_429": round(statuses.get(429, 0) / total, 3) if total else 0.0,
        "share_503": round(statuses.get(503, 0) / total, 3) if total else 0.0,
        "errors": len(errors), "error_kinds": sorted(set(errors)),
        "throughput_rps": round(len(latencies) / elapsed, 1),
        "p50_ms": round(percentile(latencies, 0.5), 1), "p95_ms": round(percentile(latencies, 0.95), 1),
        "p95_all_responses_ms": round(percentile(all_latencies, 0.95), 1),
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
    parser.add_argument("--one-address", action="store_true", help="every client from 127.0.0.1 (one rate-limit budget)")
    args = parser.parse_args()
    if not 1 <= args.clients <= 500 or not 0 < args.seconds <= 600:
        raise SystemExit("clients must be 1–500 and seconds 1–600")
    print(json.dumps(run_load(args.url, args.clients, args.seconds, args.pid, spread_addresses=not args.one_address), indent=2))


if __name__ == "__main__":
    main()
