"""Small servers that fail as real ones do, for the tests: each connection is answered by the next step
of a plan (an HTTP answer, bytes that are not HTTP, silence), and the server can die part way."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

NO_CONTENT = b"HTTP/1.1 204 No Content\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
NOT_HTTP = b"SSH-2.0-OpenSSH_9.6\r\n\r\n"
PAGE = b"<html><body><h1>Welcome</h1></body></html>\n"
HTML = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\nConnection: close\r\n\r\n"
        % len(PAGE)) + PAGE


def status(code: int, reason: str) -> bytes:
    return f"HTTP/1.1 {code} {reason}\r\nContent-Length: 2\r\nConnection: close\r\n\r\nno".encode()


class PlannedServer:
    """Answers connection n with plan[n] (bytes to send, or 'hang' to say nothing); once the plan is
    used up it answers with the last step, or dies (closes its port) if die_after is given."""

    def __init__(self, plan: list, die_after: int | None = None) -> None:
        self.plan, self.die_after = plan, die_after
        self.requests: list[bytes] = []
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(64)
        self.port = self.listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.stopped = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while not self.stopped.is_set():
            try:
                connection, _ = self.listener.accept()
            except OSError:
                return
            number = len(self.requests)
            self.requests.append(_read_request(connection))
            step = self.plan[min(number, len(self.plan) - 1)]
            if step == "hang":
                threading.Thread(target=_hold, args=(connection, self.stopped), daemon=True).start()
            else:
                try:
                    connection.sendall(step)
                finally:
                    connection.close()
            if self.die_after is not None and len(self.requests) >= self.die_after:
                self.close()
                return

    def close(self) -> None:
        self.stopped.set()
        self.listener.close()


def _hold(connection: socket.socket, stopped: threading.Event) -> None:
    stopped.wait(30)
    connection.close()


def _read_request(connection: socket.socket) -> bytes:
    connection.settimeout(5)
    data = b""
    try:
        while b"\r\n\r\n" not in data:
            chunk = connection.recv(65536)
            if not chunk:
                return data
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        length = next((int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                       if line.lower().startswith(b"content-length:")), 0)
        while len(body) < length:
            chunk = connection.recv(65536)
            if not chunk:
                break
            body += chunk
        return head + b"\r\n\r\n" + body
    except OSError:
        return data


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_oxigraph(location: Path) -> tuple[subprocess.Popen, str]:
    """An Oxigraph server on a free port of 127.0.0.1, answering; (process, base URL)."""
    binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    assert Path(binary).exists(), "the oxigraph server is installed with the test extras: pip install -e '.[test]'"
    port = free_port()
    process = subprocess.Popen([binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}",
                                "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 30
    while True:
        try:
            urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=1).read()
            return process, base
        except OSError:
            if time.time() > deadline or process.poll() is not None:
                process.kill()
                raise
            time.sleep(0.1)
