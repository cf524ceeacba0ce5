"""Helpers several test modules share: two tiny contracts, the server as a TestClient, and a
real uvicorn process."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
from fastapi.testclient import TestClient

ALPHA = """ARTICLE 1 - GRIEVANCES

1.1 Filing

A. A grievance shall be filed within ten (10) calendar days of the event.

B. The supervisor shall respond within five (5) calendar days.

1.2 Parking

A. Employees shall receive free parking at the main office.
"""
BETA = """ARTICLE 1 - LEAVE

1.1 Vacation

A. Employees earn eight (8) hours of vacation each month.
"""


def two_contracts(folder: Path) -> Path:
    """`folder` (made if missing) holding the two tiny contracts, alpha.md and beta.md."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "alpha.md").write_text(ALPHA)
    (folder / "beta.md").write_text(BETA)
    return folder


def api_client(**kwargs: Any) -> TestClient:
    """The whole server (API, web page, Slack when configured) built from the current
    environment, as `contract-assistant serve` builds it."""
    from assistant.server import create_app
    from assistant.services import build_services
    from assistant.settings import Settings

    return TestClient(create_app(build_services(Settings())), **kwargs)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(data_dir: Path, port: int, extra_env: dict[str, str] | None = None,
                 log: Path | None = None) -> subprocess.Popen:
    """A real `contract-assistant serve`; its output (access log included) goes to ``log`` if given."""
    env = {**os.environ, "CONTRACT_ASSISTANT_DATA_DIR": str(data_dir), **(extra_env or {})}
    output = open(log, "wb") if log else subprocess.DEVNULL  # noqa: SIM115 - the child holds it open
    process = subprocess.Popen([sys.executable, "-m", "assistant.cli", "serve", "--port", str(port)], env=env,
                               stdout=output, stderr=subprocess.STDOUT if log else subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=2).status_code == 200:
                return process
        except httpx.HTTPError:
            pass
        if process.poll() is not None:
            raise RuntimeError("server exited")
        time.sleep(0.5)
    process.kill()
    raise RuntimeError("server did not become ready")
