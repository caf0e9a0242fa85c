"""Real articles that once crashed the reader, read from ../shared (never copied into the project)."""
from __future__ import annotations

import json

import pytest

import saidwhat
from conftest import shared_path

pytestmark = pytest.mark.model


def _bbc(ids: set[str] | None = None):
    with shared_path("data", "bbc", "articles.jsonl").open(encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if ids is None or d["id"] in ids:
                yield d


def _check(art) -> None:
    text = art.document.text
    for s in art.statements:
        assert text[s.content.start:s.content.end] == s.content.text


@pytest.mark.parametrize("article_id", [
    "bbc-business-325",  # a continuation quote pointed at a finding by list index; the list was re-sorted after
    "bbc-politics-244",  # an empty person name raised IndexError in actors
])
def test_article_that_once_crashed(nlp, article_id):
    (d,) = list(_bbc({article_id}))
    _check(saidwhat.read(d["text"], published="2005-01-01", doc_id=d["id"]))


@pytest.mark.slow
def test_every_bbc_article_reads(nlp):
    for art in saidwhat.read_many([d["text"] for d in _bbc()], published="2005-01-01"):
        _check(art)
