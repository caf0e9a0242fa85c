"""The learned cue scorer (`cue_scorer.cue_model`, trained by `saidwhat.train.cues`).

Sentences are our own. Each paragraph carries a plain "said" sentence as well, because the reader parses only
paragraphs holding a cue word or a quotation; the model works inside those.
"""
from __future__ import annotations

import json
import math

import pytest

import saidwhat
from saidwhat import attribution as at
from saidwhat import cue_scorer as cs
from saidwhat import lexicon as lx
from saidwhat.train import cues as train_cues

from conftest import shared_path

TAIL = " Her office said more details would follow next week."


def _statements(text: str):
    return saidwhat.read(text).statements


def test_shipped_model_loads_and_is_small():
    assert cs.CUE_MODEL_PATH.exists()
    assert cs.CUE_MODEL_PATH.stat().st_size < 3 * 1024 * 1024
    m = at.cue_model()
    assert m is not None and m is at.cue_model()  # loaded once per process
    assert 0.0 < m.threshold < 1.0
    assert len(m.weights) > 1000 and "PolNeAR train" in m.meta["trained_on"]


@pytest.mark.model
@pytest.mark.parametrize("sentence, cue, lemma, speaker, words", [
    ("Residents are wary of the plan to build a second runway near the school.", "wary", "wary", "Residents",
     "second runway"),
    ("The minister decided that the ferry service would resume in May.", "decided", "decide", "The minister",
     "ferry service would resume"),
])
def test_a_cue_outside_the_lexicon_is_found_thanks_to_the_model(monkeypatch, sentence, cue, lemma, speaker, words):
    assert lemma not in lx.ACT_OF and lemma not in lx.PREP_CUES
    hits = [s for s in _statements(sentence + TAIL) if words in s.content.text]
    assert len(hits) == 1, [s.content.text for s in _statements(sentence + TAIL)]
    assert cue in hits[0].cue.text and hits[0].speaker is not None and hits[0].speaker.text == speaker
    monkeypatch.setattr(at, "cue_model", lambda: None)  # rules only: the lexicon has no such cue
    assert not [s for s in _statements(sentence + TAIL) if words in s.content.text]


@pytest.mark.model
def test_model_cue_with_a_one_word_content_is_dropped(nlp):
    # "wary of tolls" scores over the threshold, but a one-word content was right in an eighth of held-out cases
    text = "Residents are wary of tolls."
    doc = nlp(text)
    wary = next(t for t in doc if t.text == "wary")
    assert cs.model_candidate(wary) and at.cue_model().score(cs.cue_features(wary, set())) >= at.cue_model().threshold
    assert [s.cue.text for s in _statements(text + TAIL)] == ["said"]


@pytest.mark.model
def test_reader_works_rules_only_without_the_weights_file(monkeypatch, tmp_path):
    monkeypatch.setattr(cs, "CUE_MODEL_PATH", tmp_path / "absent.joblib")
    cs.cue_model.cache_clear()
    try:
        assert at.cue_model() is None
        got = _statements("“The bridge will open in June,” the mayor said.")
        assert len(got) == 1 and got[0].cue.text == "said"
    finally:
        cs.cue_model.cache_clear()


def test_score_is_a_probability():
    m = cs.CueModel({"l=a": 2.0, "c=ccomp": 1.0}, -1.0, 0.5, {})
    assert m.score(["l=a", "c=ccomp"]) == pytest.approx(1 / (1 + math.exp(-2.0)))
    assert m.score([]) < 0.5 < m.score(["l=a"])


@pytest.mark.model
def test_training_on_a_tiny_slice_runs(tmp_path):
    data = shared_path("data", "polnear", "train.jsonl").parent
    out = tmp_path / "cues.joblib"
    assert train_cues.main(["--data", str(data), "--out", str(out), "--limit", "5"]) == 0
    m = cs.load_cue_model(out)
    assert m.weights and 0.0 < m.threshold <= 1.0
    assert m.meta["trained_on"] == "PolNeAR train, 5 articles"
    json.dumps(m.meta)  # the search record is plain data


def test_missing_train_file_is_a_clear_error(tmp_path):
    from saidwhat.errors import InputError

    with pytest.raises(InputError, match="train.jsonl"):
        train_cues.main(["--data", str(tmp_path), "--out", str(tmp_path / "m.joblib")])
