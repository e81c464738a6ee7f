"""A local tile server for tests: http.server in a thread, serving small PNG tiles.

    with FakeTileServer() as server:
        server.url        # "http://127.0.0.1:PORT/tiles/{z}/{x}/{y}.png"
        server.requests   # the paths asked for, in order
        server.mode = "error"   # answer 500 from now on ("ok", "error", "html", "slow")

Each tile is a light tint with a grid line and its z/x/y written on it, so a screenshot
shows where tiles came from. Tiles with y > 2**z - 1 answer 404, as a real service does.
"""

from __future__ import annotations

import io
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from PIL import Image, ImageDraw


def tile_png(z: int, x: int, y: int) -> bytes:
    tint = (236 - (x * 7) % 24, 240 - (y * 5) % 20, 230)
    image = Image.new("RGB", (256, 256), tint)
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 0, 255, 255], outline=(200, 204, 208))
    draw.line([(0, 128), (255, 128)], fill=(214, 218, 222))
    draw.line([(128, 0), (128, 255)], fill=(214, 218, 222))
    draw.text((8, 8), f"{z}/{x}/{y}", fill=(150, 150, 150))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


class FakeTileServer:
    def __init__(self) -> None:
        self.requests: list[str] = []
        self.mode = "ok"
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.requests.append(self.path)
                if server.mode == "slow":
                    time.sleep(2)
                if server.mode == "error":
                    self.send_error(500)
                    return
                if server.mode == "html":
                    body = b"<html>login</html>"
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                    return
                try:
                    _empty, _tiles, z, x, name = self.path.split("/")
                    z_, x_, y_ = int(z), int(x), int(name.split(".")[0])
                except ValueError:
                    self.send_error(400)
                    return
                if not (0 <= x_ < 2 ** z_ and 0 <= y_ < 2 ** z_):
                    self.send_error(404)
                    return
                body = tile_png(z_, x_, y_)
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/tiles/{{z}}/{{x}}/{{y}}.png"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> FakeTileServer:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()
