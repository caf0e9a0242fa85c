"""saidwhat: who said what, to whom, and when — evidence-linked statements from news articles.

    >>> import saidwhat
    >>> art = saidwhat.read(text, published="2025-03-16")
    >>> art.statements[0].speaker.name

The heavy parts (spaCy) load lazily on the first `read`, once per process.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .errors import SaidwhatError
from .model import Actor, Article, Cue, Document, Removed, Span, Speaker, Statement, TimeExpr

__version__ = "0.1.0"

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Iterable, Iterator


def read(text: str, **kwargs) -> Article:
    """Read one article (plain text, or HTML with `html=True`); see `saidwhat.reader.read`."""
    from .reader import read as _read

    return _read(text, **kwargs)


def read_many(texts: "Iterable[str]", **kwargs) -> "Iterator[Article]":
    """Read many articles with one model load, batched; see `saidwhat.reader.read_many`."""
    from .reader import read_many as _read_many

    return _read_many(texts, **kwargs)


__all__ = ["Actor", "Article", "Cue", "Document", "Removed", "SaidwhatError", "Span", "Speaker",
           "Statement", "TimeExpr", "read", "read_many"]
