"""`doc.text` without the cost: spaCy rebuilds `Doc.text` from every token on each access.

Attribution and actor rules slice the paragraph text dozens of times per paragraph; caching the string
in `doc.user_data` makes that a dictionary lookup (about a tenth of the reader's time on BBC articles).
"""
from __future__ import annotations

_KEY = "saidwhat.text"


def doc_text(doc) -> str:
    """The text of `doc` (a `Doc`), built once and kept with the doc."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text
