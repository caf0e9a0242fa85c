"""The web UI: server-rendered pages (views), highlighting, charts and the claims adapter.

`saidwhat.api.create_app` mounts these pages next to the JSON API; `render_highlights` is the pure
function that turns an article's text and statements into highlighted, escaped HTML.
"""
from __future__ import annotations

from .highlight import render_highlights

__all__ = ["render_highlights"]
