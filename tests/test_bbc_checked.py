"""Hand-checked who-said-what on 24 real BBC articles (issue 3): precision, speaker, act, span and recall.

PolNeAR scores spans only; it cannot tell whether "he" was resolved to the right person or whether `act`
is right. `fixtures/bbc_checked.jsonl` holds a human verdict for every statement the reader emitted on
24 articles picked by a hash rule fixed before reading (sha1(id)[:8] % 40 == 7, not sport, first 24 by
id), split by the same hash (% 80 == 7 -> "dev", which the lead may look at; the rest "test", which nobody
tunes on), plus the statements it missed. The fixture stores offsets, ids and short notes only; the text
is read from ../shared at test time.

The reader keeps changing, so verdicts are re-applied to the *current* output, not replayed:
* a current statement is matched to a judged one in the same article by >= 50 % token overlap of the
  content spans (so moved or widened offsets still match); never-judged statements are printed as
  "unjudged", not failed;
* speaker: the current speaker's actor must be the one named at `right_speaker_at` (a mention of the
  right speaker chosen by hand);
* act: the current act must equal `right_act`;
* span: a span judged right must be unchanged; a span judged wrong that has since moved is "unknown"
  (printed), because nobody has looked at it;
* recall: judged real statements still found plus missed ones now found (a current cue overlaps the
  missed cue) over all real ones.
Floors are the figures measured when the fixture was written (commit 78fafbb) minus about 0.03.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from conftest import shared_path

pytestmark = pytest.mark.model

FIXTURE = Path(__file__).parent / "fixtures" / "bbc_checked.jsonl"
METRICS = ("precision", "speaker", "act", "span", "recall")
# measured minus ~0.03 (first at 78fafbb by the helper who judged the set; raised after the reader changes of
# 2026-12-03, figures below; the test half was consulted once, to catch a regression, see the closing note)
FLOORS = {
    # dev measured: 0.815 (75/92), 0.867 (65/75), 0.987 (74/75), 0.933 (70/75), 0.905 (76/84)
    "dev": {"precision": 0.78, "speaker": 0.83, "act": 0.95, "span": 0.90, "recall": 0.87},
    # test measured: 0.826 (76/92), 0.763 (58/76), 0.974 (74/76), 0.921 (70/76), 0.938 (76/81)
    "test": {"precision": 0.76, "speaker": 0.72, "act": 0.94, "span": 0.89, "recall": 0.92},
}

_DROP = {"the", "a", "an", "mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady"}


def _tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _overlap(a: str, b: str) -> float:
    """Shared tokens over the longer span's token count (0..1)."""
    ta, tb = Counter(_tokens(a)), Counter(_tokens(b))
    n = max(sum(ta.values()), sum(tb.values()))
    return sum((ta & tb).values()) / n if n else 0.0


def _norm(name: str) -> list[str]:
    toks = _tokens(re.sub(r"['’]s\b", "", name))
    while toks and toks[0] in _DROP:
        toks = toks[1:]
    return toks


def _same_actor(right: str, names: list[str]) -> bool:
    """Whether a hand-picked mention of the right speaker names the current actor (its canonical name).

    Only the name counts, not aliases: an actor named after debris ("ofNew Labour") is wrong even when the
    right mention was merged into it as an alias.

    Right means equal after dropping articles and honorifics, or the same final word when that word is a proper name
    ("Mr Wilson" ~ "Carlos Wilson", "The Sunday Telegraph" ~ "Telegraph"); a common noun must match whole,
    so a bare "Spokesman" is not "a Vodafone spokesman".
    """
    r = _norm(right)
    proper = bool(right.split()) and right.split()[-1][:1].isupper()
    for n in names:
        t = _norm(n)
        if t and (t == r or (proper and r and t[-1] == r[-1])):
            return True
    return False


@dataclass
class Tally:
    """Counts for one split; each figure is ok / judged."""
    matched: int = 0
    real: int = 0
    speaker_ok: int = 0
    act_ok: int = 0
    span_ok: int = 0
    span_known: int = 0
    real_judged: int = 0
    missed_judged: int = 0
    missed_found: int = 0
    unjudged: list[str] = field(default_factory=list)
    span_unknown: int = 0
    lost: int = 0

    def figures(self) -> dict[str, float]:
        def r(a: int, b: int) -> float:
            return a / b if b else 1.0
        return {"precision": r(self.real, self.matched), "speaker": r(self.speaker_ok, self.real),
                "act": r(self.act_ok, self.real), "span": r(self.span_ok, self.span_known),
                "recall": r(self.real + self.missed_found, self.real_judged + self.missed_judged)}

    def line(self, split: str) -> str:
        f = self.figures()
        return (f"{split}: precision {f['precision']:.3f} ({self.real}/{self.matched})  "
                f"speaker {f['speaker']:.3f} ({self.speaker_ok}/{self.real})  "
                f"act {f['act']:.3f} ({self.act_ok}/{self.real})  "
                f"span {f['span']:.3f} ({self.span_ok}/{self.span_known}; {self.span_unknown} moved, unjudged)  "
                f"recall {f['recall']:.3f} ({self.real + self.missed_found}/{self.real_judged + self.missed_judged}; "
                f"{self.lost} judged real now lost, {self.missed_found} missed now found)  "
                f"unjudged statements {len(self.unjudged)}")


def _verdicts() -> dict[str, list[dict]]:
    by_article: dict[str, list[dict]] = {}
    with FIXTURE.open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            by_article.setdefault(row["article_id"], []).append(row)
    return by_article


def _read(ids: set[str]):
    import saidwhat

    recs = []
    with shared_path("data", "bbc", "articles.jsonl").open(encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["id"] in ids:
                recs.append(d)
    if {d["id"] for d in recs} != ids:
        pytest.skip("the BBC articles in ../shared are not the ones the fixture was judged on")
    arts = saidwhat.read_many([d["text"] for d in recs], doc_ids=[d["id"] for d in recs],
                              titles=[d.get("title") for d in recs])
    return {d["id"]: a for d, a in zip(recs, arts)}


def score(verdicts: dict[str, list[dict]], arts: dict) -> dict[str, Tally]:
    """Re-apply the hand verdicts to the current reading of each article, per split."""
    tallies = {"dev": Tally(), "test": Tally()}
    for aid, rows in verdicts.items():
        art = arts[aid]
        text = art.document.text
        t = tallies[rows[0]["split"]]
        names = {a.id: [a.name] for a in art.actors}
        judged = [r for r in rows if not r.get("missed")]
        stmts = list(art.statements)
        pairs = []
        for i, r in enumerate(judged):
            jt = text[r["content_start"]:r["content_end"]]
            for k, s in enumerate(stmts):
                exact = (s.content.start, s.content.end) == (r["content_start"], r["content_end"])
                ov = 1.0 if exact else _overlap(jt, s.content.text)
                if ov >= 0.5:
                    pairs.append((exact, ov, -i, -k))
        pairs.sort(reverse=True)
        used_j: dict[int, int] = {}
        used_s: set[int] = set()
        for _exact, _ov, mi, mk in pairs:
            i, k = -mi, -mk
            if i not in used_j and k not in used_s:
                used_j[i] = k
                used_s.add(k)
        for i, r in enumerate(judged):
            if r["is_statement"]:
                t.real_judged += 1
            if i not in used_j:
                t.lost += r["is_statement"]
                continue
            s = stmts[used_j[i]]
            t.matched += 1
            if not r["is_statement"]:
                continue
            t.real += 1
            a, b = r["right_speaker_at"]
            sp = s.speaker
            t.speaker_ok += bool(sp and sp.actor and _same_actor(text[a:b], names.get(sp.actor, [])))
            t.act_ok += s.act == r["right_act"]
            if (s.content.start, s.content.end) == (r["content_start"], r["content_end"]):
                t.span_known += 1
                t.span_ok += bool(r["span_ok"])
            elif r["span_ok"]:
                t.span_known += 1  # was right, now different: counted wrong until someone re-judges it
            else:
                t.span_unknown += 1
        for r in rows:
            if r.get("missed"):
                t.missed_judged += 1
                a, b = r["cue_at"]
                t.missed_found += any(s.cue and s.cue.start < b and a < s.cue.end for s in stmts)
        for k, s in enumerate(stmts):
            if k not in used_s:
                t.unjudged.append(f"{aid} [{s.content.start}:{s.content.end}] {s.content.text[:60]!r}")
    return tallies


def test_bbc_checked_figures(nlp):
    verdicts = _verdicts()
    tallies = score(verdicts, _read(set(verdicts)))
    for split in ("dev", "test"):
        t = tallies[split]
        print(t.line(split))
        for u in t.unjudged:
            print("  unjudged:", u)
    for split in ("dev", "test"):
        got = tallies[split].figures()
        low = {m: round(got[m], 3) for m in METRICS if got[m] < FLOORS[split][m]}
        assert not low, f"{split} below floor {FLOORS[split]}: {low}"
