"""The FNC-1 scorer and the shipped stance model (size, loading, better than a trivial baseline on held-out data)."""
from __future__ import annotations

import pytest

from conftest import shared_path
from saidwhat.eval import fnc1


def test_official_score_by_hand():
    gold = ["agree", "disagree", "unrelated", "discuss", "unrelated"]
    pred = ["agree", "discuss", "unrelated", "unrelated", "agree"]
    s = fnc1.score(gold, pred)
    # agree right: 1.0; disagree->discuss: related right 0.25; unrelated right 0.25; discuss->unrelated 0;
    # unrelated->agree 0. Max: 3 related x 1.0 + 2 unrelated x 0.25
    assert s.score == pytest.approx(1.5) and s.max_score == pytest.approx(3.5)
    assert s.percent == pytest.approx(100 * 1.5 / 3.5)
    assert s.f1["agree"] == pytest.approx(2 / 3) and s.f1["disagree"] == 0.0


def test_hold_out_split_is_by_body_and_disjoint():
    tr, dv = fnc1.hold_out_ids(tuple(range(100)))
    assert len(tr) == 80 and len(dv) == 20 and not tr & dv


def test_shipped_model_is_small_and_loads():
    from saidwhat.claims.stance import DEFAULT_PATH, LABELS, load_stance_model

    if not DEFAULT_PATH.is_file():
        pytest.skip("no shipped stance model; `make train` builds it")
    assert DEFAULT_PATH.stat().st_size < 20e6
    m = load_stance_model()
    p = m.predict_proba(["Council closes old bridge"], ["The council closed the old bridge on Tuesday for repairs."])
    assert p.shape == (1, len(LABELS)) and abs(p.sum() - 1) < 1e-6


def test_broken_model_file_is_a_clear_error(tmp_path):
    from saidwhat.claims.stance import load_stance_model
    from saidwhat.errors import ModelError

    bad = tmp_path / "stance.joblib"
    bad.write_bytes(b"not a model")
    with pytest.raises(ModelError, match="make train"):
        load_stance_model(str(bad))
    with pytest.raises(ModelError, match="not found"):
        load_stance_model(str(tmp_path / "missing.joblib"))


def test_shipped_model_beats_trivial_baselines_on_held_out_sample():
    """600 pairs from the held-out dev bodies (never trained on): far better than all-unrelated or majority-related."""
    from saidwhat.claims.stance import DEFAULT_PATH

    if not DEFAULT_PATH.is_file():
        pytest.skip("no shipped stance model; `make train` builds it")
    data = fnc1.load(shared_path("data", "fnc1"))
    dev = fnc1.split(data, "dev")[::16][:600]
    gold = [p.stance for p in dev]
    pred = fnc1.predict(dev, data.bodies)
    model = fnc1.score(gold, pred)
    all_unrelated = fnc1.score(gold, ["unrelated"] * len(gold))
    all_discuss = fnc1.score(gold, ["discuss"] * len(gold))
    assert model.percent > max(all_unrelated.percent, all_discuss.percent) + 25
    assert model.f1["unrelated"] > 0.9 and model.f1["discuss"] > 0.5
