"""`saidwhat serve`: the REST API and web UI over a store, on loopback unless told otherwise."""
from __future__ import annotations

import ipaddress
import json
import os
import secrets
import sys

import typer

from .app import app


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


#: seconds an idle keep-alive connection stays open; uvicorn's 5 s closed pooled connections that busy clients
#: were about to reuse (connection resets in bench/web_load.py under load)
KEEP_ALIVE_S = 30


@app.command(help="Serve the web UI and JSON API (/api/, docs at /docs) over a store, on 127.0.0.1 by default.")
def serve(
    db: str = typer.Option(None, "--db", help="Store URL or SQLite path (default: $SAIDWHAT_DB or saidwhat.db)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind; anything but loopback exposes the store."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="Port to listen on."),
    allow_upload: bool = typer.Option(False, "--allow-upload",
                                      help="Enable paste/upload pages and POST routes, guarded by a token."),
    token: str = typer.Option(None, "--token", help="Upload token (default: a random one, printed at start)."),
    max_body: int = typer.Option(5_000_000, "--max-body", min=1024, help="Largest request body in bytes (413 above)."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, max=64,
                                help="Server processes (uvicorn workers); one per core serves most under load."),
) -> None:
    import uvicorn

    from saidwhat.api import SETTINGS_ENV, create_app

    url = db or os.environ.get("SAIDWHAT_DB") or "saidwhat.db"
    if allow_upload and not token:
        token = secrets.token_urlsafe(24)
        print(f"saidwhat: upload token: {token}", file=sys.stderr)
    application = create_app(url, allow_upload=allow_upload, upload_token=token, max_body=max_body)
    if not _is_loopback(host):
        print(f"saidwhat: warning: binding to {host}: anyone who can reach this address can read the store"
              + (" and upload with the token" if allow_upload else ""), file=sys.stderr)
    print(f"saidwhat: serving {url} on http://{host}:{port}/ (API docs at /docs)", file=sys.stderr)
    if workers > 1:
        # each worker process builds its own app from the same settings (the store was opened once above
        # to fail early with a clear message; workers reopen it)
        application.state.saidwhat.close()
        os.environ[SETTINGS_ENV] = json.dumps({"store_url": url, "allow_upload": allow_upload,
                                               "upload_token": token, "max_body": max_body})
        uvicorn.run("saidwhat.api:app_from_env", factory=True, workers=workers, host=host, port=port,
                    log_level="warning", server_header=False, timeout_graceful_shutdown=5,
                    timeout_keep_alive=KEEP_ALIVE_S)
        return
    uvicorn.run(application, host=host, port=port, log_level="warning", server_header=False,
                timeout_graceful_shutdown=5, timeout_keep_alive=KEEP_ALIVE_S)
