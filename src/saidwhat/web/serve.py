"""Run the app on a free loopback port in a background thread: for browser tests and the load benchmark."""
from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator

from ..errors import SaidwhatError


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running(app, *, host: str = "127.0.0.1", port: int | None = None, timeout: float = 20.0) -> Iterator[str]:
    """Serve `app` with uvicorn while the block runs; yields the base URL ("http://127.0.0.1:PORT")."""
    import uvicorn

    port = port or free_port(host)
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, name=f"saidwhat-web-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise SaidwhatError(f"the web server did not start on {host}:{port} within {timeout:.0f} s")
        time.sleep(0.02)
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


__all__ = ["free_port", "running"]
