"""A local stand-in for PDOK's Locatieserver: serves the recorded answers in tests/data/pdok.

    with FakeLocatieserver() as server:
        geocoder = Geocoder(server.url, timeout=1.0)

``mode`` makes it misbehave: "bad_json" (answers that are not JSON), "slow" (answers
after ``delay`` seconds, past a short timeout), "error" (HTTP 500). ``requests`` records
the paths and parameters asked, to check what the client sends.
"""

from __future__ import annotations

import json
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

DATA = Path(__file__).parent / "data" / "pdok"
PREFIX = "/bzk/locatieserver/search/v3_1"


def _empty() -> dict:
    return {"response": {"numFound": 0, "start": 0, "maxScore": 0.0, "numFoundExact": True, "docs": []},
            "highlighting": {}, "spellcheck": {"suggestions": [], "collations": []}}


class FakeLocatieserver:
    def __init__(self, mode: str = "ok", delay: float = 2.0) -> None:
        self.mode = mode
        self.delay = delay
        self.requests: list[tuple[str, dict[str, list[str]]]] = []
        self._stop = threading.Event()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                parsed = urllib.parse.urlparse(self.path)
                params = urllib.parse.parse_qs(parsed.query)
                owner.requests.append((parsed.path, params))
                if owner.mode == "slow":
                    owner._stop.wait(owner.delay)
                if owner.mode == "error":
                    self._send(500, b'{"error": "internal"}')
                elif owner.mode == "bad_json":
                    self._send(200, b"<html><body>Service tijdelijk niet beschikbaar</body></html>")
                else:
                    self._send(200, json.dumps(owner.answer(parsed.path, params)).encode("utf-8"))

            def _send(self, status: int, body: bytes) -> None:
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json; charset=utf-8")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout)
                    pass

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}{PREFIX}"

    def answer(self, path: str, params: dict[str, list[str]]) -> dict:
        endpoint = path.removeprefix(PREFIX)
        if endpoint == "/suggest":
            typed = " ".join(params.get("q", [""])[0].lower().split())
            for file in sorted(DATA.glob("suggest-*.json")):
                name = file.stem.removeprefix("suggest-")
                if (len(typed) >= 3 and name.startswith(typed[: len(name)])) or typed.startswith(name):
                    return json.loads(file.read_text(encoding="utf-8"))
            return _empty()
        if endpoint in ("/lookup",):
            ident = params.get("id", [""])[0]
            file = DATA / f"lookup-{ident}.json"
            if "/" not in ident and file.exists():
                return json.loads(file.read_text(encoding="utf-8"))
            return {"response": {"numFound": 0, "start": 0, "maxScore": 0.0, "numFoundExact": True, "docs": []}}
        return _empty()

    def __enter__(self) -> FakeLocatieserver:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
        time.sleep(0)


def closed_port_url() -> str:
    """A URL on this machine where nothing listens: the connection is refused at once."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}{PREFIX}"
