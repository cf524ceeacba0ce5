"""A local fake of the Slack Web API (and of response_url), recording every call it receives."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

ADMINS = frozenset({"UADMIN"})


class FakeSlack:
    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self._lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode("utf-8")
                if "json" in (self.headers.get("Content-Type") or ""):
                    body = json.loads(raw or "{}")
                else:
                    body = {k: v[0] for k, v in parse_qs(raw).items()}
                with fake._lock:
                    fake.calls.append((self.path, body))
                if self.path.endswith("auth.test"):
                    reply = {"ok": True, "user_id": "UBOT", "bot_id": "BBOT", "team_id": "T1", "user": "contract", "team": "Union"}
                elif self.path.endswith("users.info"):
                    user = body.get("user")
                    reply = {"ok": True, "user": {"id": user, "is_admin": user in ADMINS, "is_owner": False}}
                elif self.path.endswith("chat.postMessage"):
                    reply = {"ok": True, "channel": body.get("channel"), "ts": f"{time.time():.6f}"}
                else:
                    reply = {"ok": True}
                data = json.dumps(reply).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> FakeSlack:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def matching(self, suffix: str) -> list[dict[str, Any]]:
        with self._lock:
            return [body for path, body in self.calls if path.endswith(suffix)]

    def wait_for(self, suffix: str, count: int = 1, timeout: float = 30.0) -> list[dict[str, Any]]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.matching(suffix)
            if len(found) >= count:
                return found
            time.sleep(0.05)
        raise AssertionError(f"expected {count} call(s) to {suffix}; got {self.matching(suffix)}")
