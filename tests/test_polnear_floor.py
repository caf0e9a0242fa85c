"""PolNeAR scoring: the evaluator's span conventions (unit tests on made-up spans) and the dev-set floors.

The floor test reads the whole dev split (84 articles, about 35 s on the CI machine) and asserts the figures
in tests/floors/polnear.json, which are what we measured minus a small margin. Raise them when attribution
improves; never lower them silently.
"""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from conftest import shared_path
from saidwhat.eval import polnear

FLOORS = Path(__file__).parent / "floors" / "polnear.json"


def _gold(text: str, *pieces: tuple[int, int]) -> dict:
    start, end = pieces[0][0], pieces[-1][1]
    content = {"text": " ".join(text[s:e] for s, e in pieces), "start": start, "end": end}
    if len(pieces) > 1:
        content["spans"] = [list(p) for p in pieces]
    return {"content": content, "source": None, "cue": None}


def _span(text: str, piece: str) -> tuple[int, int]:
    i = text.index(piece)
    return i, i + len(piece)


def test_discontinuous_gold_is_scored_by_its_pieces():
    """ "“A,” he said, “B”": gold content is the two quotations; the words between are not content."""
    text = "“We will not leave,” the long-serving and much admired harbour master of the town said, “not now.”"
    a = _span(text, "“We will not leave,”")
    b = _span(text, "“not now.”")
    gold = [_gold(text, a, b)]
    gold_toks = polnear._piece_toks(polnear._gold_pieces(gold[0]), text)
    assert text.index("harbour") not in gold_toks and len(gold_toks) == 6
    # the two quotations match, though the 12 words between them outnumber their 6 (scored on outer bounds,
    # as before, the overlap would be 6 / 18 and no match)
    pred = [{"content": (a[0], b[1]), "pieces": [a, b], "source": None, "cue": None, "kind": "direct"}]
    assert polnear.match(text, pred, gold) == [(0, 0)]
    # a prediction of the whole sentence, cue and speaker included, is not that content (6 of its 18 tokens)
    whole = [{"content": (a[0], b[1]), "source": None, "cue": None, "kind": "direct"}]
    assert polnear.match(text, whole, gold) == []


def test_exact_match_ignores_final_punctuation():
    text = "She said the port would reopen."
    g = _span(text, "the port would reopen.")
    p = _span(text, "the port would reopen")
    counts: dict = defaultdict(int)
    by_kind: dict = defaultdict(lambda: defaultdict(int))
    polnear._score(text, [{"content": p, "pieces": [p], "source": None, "cue": None, "kind": "indirect"}],
                   [_gold(text, g)], counts, by_kind)
    assert counts["exact"] == 1 and counts["overlap"] == 1


@pytest.mark.model
def test_continuation_in_a_later_paragraph_is_not_merged():
    """A quote standing alone in the next paragraph is its own prediction, not one span over both paragraphs."""
    text = ("“The harbour is safe again,” the mayor said on Monday.\n\n"
            "“We will open the fish market next week and the ferry the week after that.”")
    preds = polnear.predictions(text, "2024-05-06")
    assert len(preds) == 2
    assert all("\n" not in text[p["content"][0]:p["content"][1]] for p in preds)


@pytest.mark.model
def test_gold_kind_reads_quotation_marks_written_as_two_apostrophes():
    assert polnear.gold_kind("''We will wait,''") == polnear.gold_kind("\u201cWe will wait,\u201d") == "direct"
    assert polnear.gold_kind("the plan was ''a disaster''") == "mixed"
    assert polnear.gold_kind("the plan was late") == "indirect"


def test_dev_scores_stay_above_floors():
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    res = polnear.evaluate(shared_path("data", "polnear", "dev.jsonl"))
    assert res["articles"] == 84
    for measure, want in floors["dev"].items():
        for stat, floor in want.items():
            got = res[measure][stat]
            assert got >= floor, f"{measure} {stat}: {got:.4f} < floor {floor}"
    for kind, want in floors["dev_by_kind"].items():
        got = res["by_kind"][kind]["content_overlap"]["f1"]
        assert got >= want, f"{kind} content overlap F1: {got:.4f} < floor {want}"
