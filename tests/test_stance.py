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
    assert m.words is not None  # the related-or-not perceptron ships with it


def test_broken_model_file_is_a_clear_error(tmp_path):
    from saidwhat.claims.stance import load_stance_model
    from saidwhat.errors import ModelError

    bad = tmp_path / "stance.joblib"
    bad.write_bytes(b"not a model")
    with pytest.raises(ModelError, match="make train"):
        load_stance_model(str(bad))
    with pytest.raises(ModelError, match="not found"):
        load_stance_model(str(tmp_path / "missing.joblib"))


@pytest.fixture(scope="module")
def small_body_model(tmp_path_factory):
    """A stance model trained as `make train` does, on every tenth pair of the body split's train part (~20 s)."""
    from saidwhat.train.stance import build

    data = fnc1.load(shared_path("data", "fnc1"))
    path = tmp_path_factory.mktemp("stance") / "body.joblib"
    build(data, fnc1.split(data, "train")[::10], verbose=False, split="body").save(path)
    return data, path


def test_a_model_trained_on_a_tenth_of_the_train_part_beats_trivial_baselines_on_held_out_bodies(small_body_model):
    """600 pairs from the held-out dev bodies, scored by a model trained on every tenth pair of the train part:
    far better than all-unrelated or all-discuss. (The shipped model has seen every training pair, so it cannot
    be judged on them.)"""
    from saidwhat.claims.stance import load_stance_model

    data, path = small_body_model
    model = load_stance_model(str(path))
    dev = fnc1.split(data, "dev")[::16][:600]
    gold = [p.stance for p in dev]
    pred = model.predict([p.headline for p in dev], [data.bodies[p.body_id] for p in dev])
    sc = fnc1.score(gold, pred)
    all_unrelated = fnc1.score(gold, ["unrelated"] * len(gold))
    all_discuss = fnc1.score(gold, ["discuss"] * len(gold))
    assert sc.percent > max(all_unrelated.percent, all_discuss.percent) + 25
    assert sc.f1["unrelated"] > 0.9 and sc.f1["discuss"] > 0.5


def _set(pairs: list[tuple[str, int, str]]) -> fnc1.Fnc1Set:
    bodies = {b: f"body {b}" for _, b, _ in pairs}
    return fnc1.Fnc1Set(bodies, tuple(fnc1.Pair(h, b, s) for h, b, s in pairs), "train", tuple(sorted(bodies)))


def test_claim_split_keeps_a_claim_on_one_side_and_drops_straddling_pairs():
    # headline k with bodies 10k and 10k+1 are one claim; the unrelated pairs join headlines to other claims' bodies
    rel = [(f"claim {k}", 10 * k + j, "agree" if j else "discuss") for k in range(40) for j in range(2)]
    unrel = [(f"claim {k}", 10 * ((k + 7) % 40), "unrelated") for k in range(40)]
    data = _set(rel + unrel)
    dev, train = fnc1.split(data, "claims-dev"), fnc1.split(data, "claims-train")
    assert dev and train
    dev_claims = {p.headline for p in dev}
    for k in range(40):  # both bodies of a claim fall on its headline's side
        side = {("dev" if p in dev else "train" if p in train else "out") for p in data.pairs
                if p.headline == f"claim {k}" and p.stance != "unrelated"}
        assert side == ({"dev"} if f"claim {k}" in dev_claims else {"train"})
    assert not {p.headline for p in train} & dev_claims
    assert not {p.body_id for p in train} & {p.body_id for p in dev}
    assert len(dev) + len(train) < len(data.pairs)  # unrelated pairs across the two sides are left out


def test_claim_split_of_the_shared_training_set_is_disjoint():
    data = fnc1.load(shared_path("data", "fnc1"))
    dev, train = fnc1.split(data, "claims-dev"), fnc1.split(data, "claims-train")
    assert {p.stance for p in dev} == set(fnc1.LABELS)
    assert not {p.headline for p in dev} & {p.headline for p in train}
    assert not {p.body_id for p in dev} & {p.body_id for p in train}
    with pytest.raises(fnc1.InputError, match="claims-dev"):
        fnc1.split(data, "claims")


def test_words_never_seen_in_training_still_tie_a_headline_to_its_body():
    """New stories are about names the fitted texts never had; they must count, not vanish from the vocabulary."""
    from saidwhat.claims.stance import FeatureExtractor

    topics = ["roads", "schools", "the budget", "parks", "buses", "taxes", "housing", "libraries"]
    fitted = [f"The council met and the mayor spoke about {a} and {b}." for a in topics for b in topics if a != b]
    fx = FeatureExtractor(svd_dim=4).fit(fitted)
    body = fx.body("Zorvath Quillan resigned from the Pemberline board after the vote.")
    near, far = fx.transform(["Quillan quits Pemberline board", "Mayor speaks about the budget"], [body, body])
    cos_body, coverage = 0, 24
    assert near[cos_body] > 0.3 and near[coverage] > 0.6  # all but "quits" (the body says "resigned")
    assert far[coverage] < 0.2


def test_the_shipped_model_is_trained_on_every_pair_so_dev_is_scored_by_one_trained_without_it(
        tmp_path, monkeypatch, capsys):
    """`saidwhat eval fnc1` on the training files never scores a split with a model that saw it: the shipped
    model (trained on all pairs) hands dev to a model trained on the train part, built once and cached."""
    from saidwhat.claims.stance import DEFAULT_PATH, load_stance_model

    if not DEFAULT_PATH.is_file():
        pytest.skip("no shipped stance model; `make train` builds it")
    assert fnc1.trained_split(load_stance_model().meta) == "all"
    monkeypatch.setenv("SAIDWHAT_CACHE", str(tmp_path / "cache"))
    built: list[tuple[str, str]] = []

    def fake_training(data, part, name, path):  # the real one takes ~3 min: a copy of the shipped file stands in
        built.append((part, name))
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(DEFAULT_PATH.read_bytes())

    monkeypatch.setattr(fnc1, "train_held_out", fake_training)
    data = fnc1.load(shared_path("data", "fnc1"))
    first = fnc1.held_out_model(data, "dev", None)
    assert built == [("train", "body")] and first.startswith(str(tmp_path / "cache"))
    assert "trained on every pair" in capsys.readouterr().err
    assert fnc1.held_out_model(data, "dev", None) == first and len(built) == 1  # cached: not trained again
    fnc1.held_out_model(data, "claims-dev", None)
    assert built[-1] == ("claims-train", "claims")
    assert fnc1.held_out_model(data, "train", None) is None  # training splits are scored in-sample, as asked


def test_a_given_model_that_saw_the_split_is_used_with_a_warning(small_body_model, capsys):
    data, path = small_body_model
    assert fnc1.held_out_model(data, "dev", str(path)) == str(path)
    assert capsys.readouterr().err == ""
    sc, n = fnc1.evaluate(shared_path("data", "fnc1"), which="claims-dev", limit=5, model_path=str(path))
    assert n == 5 and sc is not None
    assert "not held out" in capsys.readouterr().err


def test_labels_are_chosen_for_the_fnc1_score_not_the_probability():
    import numpy as np

    from saidwhat.claims.stance import fnc1_decision

    # related pays 0.25 + 0.75 for the right label, unrelated only 0.25: 30 % related is worth the call
    p = np.array([[0.2, 0.0, 0.1, 0.7], [0.05, 0.0, 0.05, 0.9], [0.1, 0.3, 0.4, 0.2]])
    assert fnc1_decision(p) == ["agree", "unrelated", "discuss"]
    assert fnc1_decision(np.zeros((0, 4))) == []


def test_related_vote_averages_only_how_much_is_related():
    import numpy as np

    from saidwhat.claims.stance import related_vote

    p = np.array([[0.3, 0.1, 0.2, 0.4], [0.0, 0.0, 0.0, 1.0]])
    v = related_vote(p, np.array([1.0, 0.5]))
    # row 0: related 0.6 and 1.0 average to 0.8, split 3:1:2 as before; row 1: nothing related before, so the
    # voted related mass is shared evenly
    assert v[0] == pytest.approx([0.4, 0.8 / 6, 0.8 / 3, 0.2])
    assert v[1] == pytest.approx([0.25 / 3, 0.25 / 3, 0.25 / 3, 0.75])
    assert v.sum(1) == pytest.approx([1.0, 1.0])


def test_word_counts_are_the_headline_and_body_counts_and_their_cosine():
    """The perceptron's input folds the wide hashed counts; it must equal hashing straight to 2**TF_BITS."""
    import numpy as np
    from sklearn.feature_extraction.text import HashingVectorizer

    from saidwhat.claims.stance import COS_BODY, TF_BITS, FeatureExtractor, _toks

    fitted = [f"The council met about {a} on day {i}." for i, a in enumerate(["roads", "parks", "buses", "taxes"] * 3)]
    fx = FeatureExtractor(svd_dim=2).fit(fitted)
    heads = ["Council shuts Pemberline bridge", "Parks open late"]
    bodies = [fx.body("The council shut the Pemberline bridge. Repairs start in May."), fx.body("Buses run late.")]
    x = fx.word_counts(heads, bodies, fx.transform(heads, bodies)[:, COS_BODY])
    n = 1 << TF_BITS
    assert x.shape == (2, 2 * n + 1)
    hv = HashingVectorizer(tokenizer=_toks, lowercase=False, token_pattern=None, n_features=n,
                           alternate_sign=False, norm="l2")
    assert np.allclose(x[:, :n].toarray(), hv.transform(heads).toarray(), atol=1e-6)
    assert np.allclose(x[0, n:2 * n].toarray(), hv.transform(["The council shut the Pemberline bridge. "
                                                               "Repairs start in May."]).toarray(), atol=1e-6)
    cos = x[:, 2 * n].toarray().ravel()
    assert cos[0] == pytest.approx(fx.transform(heads[:1], bodies[:1])[0, 0], abs=1e-6) and cos[0] > 0.2
    assert fx.word_counts([], [], []).shape == (0, 2 * n + 1)
