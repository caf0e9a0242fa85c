"""The learned cue scorer: which verbs the lexicon leaves out still introduce what someone said or holds.

PolNeAR counts stances, evaluations and actions as attributions ("generated support for", "doubled down on",
"hold favorable opinions of"); no list of verbs of saying reaches that long tail. A per-token logistic
regression (`saidwhat.train.cues`, trained on PolNeAR train) scores the verbs and predicate adjectives the
lexicon does not list, from features of the reader's one parse; `attribution` turns a token scoring over the
shipped threshold into a statement with its rule conventions. The model is a weight per feature string, scored
in plain Python: a handful of dictionary lookups per verb, no sklearn at run time.
"""
from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Token

from . import lexicon as lx

CUE_MODEL_PATH = Path(__file__).resolve().parent / "data" / "cues.joblib"
_SUBJ_DEPS = ("nsubj", "nsubjpass", "csubj")
_PRON_SUBJ = {"he", "she", "they", "we", "i", "you", "it", "who"}


@dataclass(frozen=True, slots=True)
class CueModel:
    """Linear cue scorer: P(cue) = sigmoid(bias + sum of the weights of a token's features)."""

    weights: dict[str, float]
    bias: float
    threshold: float
    meta: dict

    def score(self, feats: list[str]) -> float:
        w = self.weights
        z = self.bias + sum(w.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@functools.lru_cache(maxsize=1)
def cue_model() -> CueModel | None:
    """The shipped cue model, loaded once per process; None (rules only) when the file is absent."""
    if not CUE_MODEL_PATH.exists():
        return None
    return load_cue_model(CUE_MODEL_PATH)


def load_cue_model(path: Path) -> CueModel:
    import joblib

    d = joblib.load(str(path))
    return CueModel(weights=d["weights"], bias=float(d["bias"]), threshold=float(d["threshold"]),
                    meta=d.get("meta", {}))


def model_candidate(tok: Token) -> bool:
    """Tokens the cue model scores: verbs (not auxiliaries, not hedges) outside quotations."""
    if tok.pos_ == "ADJ":  # "is eager to", "are wary of", "has been critical of": the adjective is the cue
        return tok.dep_ == "acomp" and tok.head.lemma_.lower() in _LINKING and tok.is_alpha
    return tok.pos_ == "VERB" and tok.lemma_.lower() not in lx.HEDGE_CUES and tok.is_alpha


_LINKING = {"be", "remain", "become", "sound", "grow", "stay"}


def model_subject(tok: Token) -> Token | None:
    """The subject of a candidate: its own, or the linking verb's for a predicate adjective."""
    for c in tok.children:
        if c.dep_ in _SUBJ_DEPS:
            return c
    if tok.dep_ == "acomp":
        return next((c for c in tok.head.children if c.dep_ in _SUBJ_DEPS), None)
    return None


def cue_features(tok: Token, lex_cues: set[int]) -> list[str]:
    """Feature strings of a candidate cue token, all read off the paragraph's one parse."""
    lemma = tok.lemma_.lower()
    lex = tok.i in lex_cues  # a listed cue the rules made nothing of: its own weights ("x" + lemma)
    if lex:
        lemma = "x" + lemma
    f = [f"l={lemma}", f"lex={int(lex)}", f"t={tok.tag_}", f"d={tok.dep_}", f"hd={tok.head.dep_}|{tok.dep_}",
         f"hp={tok.head.pos_}|{tok.dep_}"]
    frame = []
    subj = model_subject(tok)
    for c in tok.children:
        dep = c.dep_
        if dep in _SUBJ_DEPS:
            continue
        elif dep in ("prep", "prt", "agent"):
            f.append(f"c={dep}:{c.lower_}")
            f.append(f"lc={lemma}|{c.lower_}")
            frame.append(c.lower_)
        elif dep in ("ccomp", "xcomp", "dobj", "dative", "acomp", "oprd", "attr", "advcl", "neg", "aux", "auxpass"):
            f.append(f"c={dep}")
            frame.append(dep)
            if dep in ("dobj", "xcomp", "ccomp", "acomp", "attr"):
                f.append(f"cl={dep}:{c.lemma_.lower()}")
                f.append(f"lc={lemma}|{dep}")
                if dep == "ccomp":
                    f.append(f"ccm={int(any(g.dep_ == 'mark' for g in c.children))}")
    fr = "+".join(sorted(set(frame)))
    f += [f"fr={fr}", f"lfr={lemma}|{fr}"]
    if subj is None:
        f.append("s=none")
    else:
        ent = subj.ent_type_ or "-"
        kind = "pron" if subj.lower_ in _PRON_SUBJ else subj.pos_
        f += [f"se={ent}", f"sk={kind}", f"sd={subj.dep_}", f"ls={lemma}|{ent if ent != '-' else kind}",
              f"sl={subj.lemma_.lower()}", f"sfr={ent if ent != '-' else kind}|{fr}"]
        if subj.lower_ in lx.GROUP_NOUNS or subj.lemma_.lower() in lx.TITLE_NOUNS or subj.lower_ in lx.ORG_NOUNS:
            f.append("sn=role")
    anc, steps = tok.head, 0
    while anc.i != tok.i and steps < 4:
        if anc.i in lex_cues:
            f.append(f"anc={steps}")
            break
        if anc.head.i == anc.i:
            break
        anc, steps = anc.head, steps + 1
    sent = tok.sent
    f.append(f"pos={min(3, (tok.i - sent.start) * 4 // max(1, len(sent)))}")
    if tok.i + 1 < len(tok.doc):
        f.append(f"n={tok.doc[tok.i + 1].lower_}")
    if tok.i > 0:
        f.append(f"p={tok.doc[tok.i - 1].lower_}")
    return f
