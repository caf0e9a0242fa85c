"""Conflicts: statements within one claim that cannot both be true, with the reason and a confidence.

Only statements of the same claim are compared (claims are small), so finding conflicts stays linear in the
number of statements for bounded claim sizes. Reasons (docs/claims.md):
- negation: one side negates what the other affirms ("surrounded" vs "not encircled");
- antonymy: the same predicate said with other words, or opposite ones ("surrounded" / "cut off" /
  "encircled"; "rose" vs "fell");
- act opposition: accuse/assert/confirm vs deny, propose/demand/urge vs reject (incl. "something Kyiv denies");
- numeric disagreement: the same quantity with values far apart ("thousands" vs "hundreds");
- different dates: the same event placed on different dates;
- changed position: the same speaker on both sides, at different times or in different articles.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

from .grouping import build_claim, polarity, reference
from .items import Item
from .text import ANTONYM_CONCEPTS, CONCEPT_OF, is_noncommittal, numbers, words
from .types import REASONS, Conflict, ConflictPair, Side, StatementRef

AFFIRMING_ACTS = frozenset({"assert", "accuse", "confirm", "announce", "predict", "warn", "admit", "criticize",
                            "threaten", "promise"})
PROPOSING_ACTS = frozenset({"propose", "demand", "urge", "ask", "agree"})
#: base confidence per reason, hand-set (not fitted): an explicit denial act is the surest sign, a date
#: mismatch the weakest. docs/claims.md reports how often reported conflicts were right on a hand-checked sample.
BASE = {"act opposition": 0.8, "negation": 0.7, "antonymy": 0.65, "changed position": 0.6,
        "numeric disagreement": 0.55, "different dates": 0.5}
#: numbers count as disagreeing when they differ by more than this factor (exact figures are often rounded:
#: "12,480 tonnes" vs "about 12,500"); vague quantities differ by 10x ("hundreds" vs "thousands").
NUMERIC_FACTOR = 1.25
#: a same-polarity pair must be this similar (cosine) before numbers or dates are compared: two statements
#: in one claim that both affirm often talk about different quantities on purpose.
SAME_FACT_SIM = 0.55
#: ... and share this much of their wording (Jaccard of content words without numbers)
TERM_OVERLAP = 0.4
FACT_ACTS = frozenset({"assert", "confirm", "announce", "predict", "admit"})
#: a same-speaker pair is a changed position only when the wording is this close (the same proposition, turned):
#: facts a speaker reports at two dates ("stocks rose on Monday" / "on Friday") are updates, not reversals
CHANGED_SIM = 0.6
#: opposite polarity counts only between statements this similar, unless they share a concept or one answers
#: the other; set on the Reuters sample (docs/claims.md): below it, "not" in one of two loosely related
#: statements was nearly always about something else
NEGATION_SIM = 0.5
ACT_SIM = 0.35


#: speaker names that are a role, not one actor: across articles, two "company" speakers are not one speaker
GENERIC_SPEAKERS = frozenset("""company spokesman spokeswoman spokesperson official officials source sources analyst
analysts bank automaker government ministry agency group statement report it they he she we""".split())


def _proper(name: str) -> bool:
    n = name.strip()
    return bool(n) and n[:1].isupper() and n.lower() not in GENERIC_SPEAKERS


def _same_speaker(a: Item, b: Item) -> bool:
    """Actor ids are article-local in `read` output and corpus-wide in the store: compare ids within one
    article (or when both come from the store), else the resolved names. Across articles only a proper name
    ("Mara Quill", not "company" or "Spokesman") makes two statements one speaker's."""
    same_article = a.ref.article_id == b.ref.article_id
    na, nb = (a.ref.speaker or "").strip(), (b.ref.speaker or "").strip()
    if not same_article and not (_proper(na) and _proper(nb)):
        return False
    ia, ib = a.ref.speaker_actor, b.ref.speaker_actor
    if ia and ib and (same_article or a.extra.get("corpus_ids")):
        return ia == ib
    return bool(na) and na.lower() == nb.lower()


def _linked(a: Item, b: Item) -> bool:
    """b answers a (or a answers b): "something Kyiv denies" resolved to the accusation before it."""
    if a.ref.article_id != b.ref.article_id:
        return False
    return (a.ref.refers_to == b.ref.statement_id) or (b.ref.refers_to == a.ref.statement_id)


#: statements about the speaker itself ("it filed ...", "its sales rose ..."): two speakers' figures about
#: themselves do not disagree
_LEAD = re.compile(r"^[\W_]*(that\s+)?")
_SELF = ("it ", "its ", "he ", "his ", "she ", "her ", "we ", "our ", "they ", "their ", "the company")


def same_subject(a: Item, b: Item) -> bool:
    """Stricter than `comparable`, for numbers and dates: most named participants shared (Jaccard >= 0.5), and
    not two different speakers each talking about themselves."""
    if not _same_speaker(a, b):
        ta, tb = (_LEAD.sub("", x.text.lower()) for x in (a, b))
        if ta.startswith(_SELF) or tb.startswith(_SELF):
            return False
    ea, eb = a.entities, b.entities
    if not ea and not eb:
        return a.ref.article_id == b.ref.article_id
    return len(ea & eb) / max(len(ea | eb), 1) >= 0.5


def comparable(a: Item, b: Item) -> bool:
    """Whether two statements can be about the same thing: in one article (local context fixes "the city"), or
    naming a shared participant (entities, places folded). Across articles, statements that name nobody
    ("sales fell 3 percent", said by two companies) are not comparable: they are usually about different subjects."""
    if a.ref.article_id == b.ref.article_id:
        return True
    return bool(a.entities & b.entities)


def _concept_words(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for w in words(text):
        c = CONCEPT_OF.get(w)
        if c:
            out.setdefault(c, set()).add(w)
    return out


def _acts_oppose(a: Item, b: Item) -> bool:
    x, y = a.ref.act, b.ref.act
    for p, q in ((x, y), (y, x)):
        if q == "deny" and (p in AFFIRMING_ACTS or p in PROPOSING_ACTS):
            return True
        if q == "reject" and p in PROPOSING_ACTS | {"promise"}:  # one rejects what is asked or offered,
            return True                                            # not a fact ("the union rejected the offer")
    return _linked(a, b)


def _numeric_clash(a: Item, b: Item) -> bool:
    na, nb = numbers(a.text), numbers(b.text)
    if not na or not nb:
        return False
    for va, ua in na:
        for vb, ub in nb:
            if ua == ub or {ua, ub} <= {"", "vague"}:
                lo, hi = sorted((va, vb))
                if lo > 0 and hi / lo <= NUMERIC_FACTOR:
                    return False  # some figure agrees
    # all comparable figures disagree; require at least one comparable pair
    return any(ua == ub or {ua, ub} <= {"", "vague"} for _, ua in na for _, ub in nb)


def _dates(it: Item) -> set[str]:
    return {v[:10] for v in it.about if len(v) >= 7 and v[:4].isdigit()}


def pair_reasons(a: Item, b: Item, ref: Item) -> tuple[list[str], float]:
    """Why a and b cannot both be true (empty when they can), and the cosine they were judged at."""
    sim = float(a.vec @ b.vec) if a.vec is not None and b.vec is not None else 0.0
    reasons: list[str] = []
    if not comparable(a, b) or is_noncommittal(a.text) or is_noncommittal(b.text):
        return reasons, sim  # "no comment on ...", "no decision yet": no side to conflict with
    if a.terms == b.terms and a.negated == b.negated and a.ref.act == b.ref.act:
        return reasons, sim  # the same words with the same act (e.g. one wire story in two papers) agree
    if a.ref.article_id == b.ref.article_id and a.ref.start < b.ref.end and b.ref.start < a.ref.end \
            and not _acts_oppose(a, b):
        # overlapping spans: one sentence read twice ("did not ask whether" / "ask whether"); the exception is
        # one content shared by an accusation and its denial ("X accused Y of Z, which Y denies")
        return reasons, sim
    pa, pb = polarity(a, ref), polarity(b, ref)
    if pa != pb:
        ca, cb = _concept_words(a.text), _concept_words(b.text)
        shared = set(ca) & set(cb)
        same_predicate = bool(shared) or any(x in ca and y in cb for x, y in map(tuple, ANTONYM_CONCEPTS)) or \
            any(y in ca and x in cb for x, y in map(tuple, ANTONYM_CONCEPTS))
        linked = _linked(a, b)
        # opposite polarity means something only when both say the same predicate: a shared concept, an
        # answer to the other (linked), or near-paraphrase wording
        if not (linked or same_predicate or sim >= NEGATION_SIM):
            return reasons, sim
        if _acts_oppose(a, b) and (linked or same_predicate or sim >= ACT_SIM):
            reasons.append("act opposition")
        if a.negated != b.negated:
            reasons.append("negation")
        if any(ca[c] != cb[c] for c in shared) or (set(ca) ^ set(cb) and polarity(a) == polarity(b)):
            reasons.append("antonymy")
        if not reasons and linked:
            reasons.append("act opposition")
    elif sim >= SAME_FACT_SIM and same_subject(a, b) and not _same_speaker(a, b) and a.ref.date == b.ref.date \
            and a.ref.act in FACT_ACTS and b.ref.act in FACT_ACTS and _term_overlap(a, b) >= TERM_OVERLAP:
        # two sides giving different figures or dates for one fact on the same day; one speaker's different
        # figures are usually different periods or a revision, and figures said on different days change
        if _numeric_clash(a, b):
            reasons.append("numeric disagreement")
        da, db = _dates(a), _dates(b)
        if da and db and not (da & db):
            reasons.append("different dates")
    return reasons, sim


def _term_overlap(a: Item, b: Item) -> float:
    """Jaccard of the content words, numbers and concept tokens left out (what the figures are about)."""
    ta = {t for t in a.terms if not t.isupper() and not t[:1].isdigit()}
    tb = {t for t in b.terms if not t.isupper() and not t[:1].isdigit()}
    return len(ta & tb) / max(len(ta | tb), 1)


def _confidence(reasons: Sequence[str], sim: float, a: Item, b: Item) -> float:
    c = max(BASE[r] for r in reasons) + 0.08 * (len(reasons) - 1)
    c *= 0.7 + 0.3 * min(1.0, sim / 0.6)
    if a.hedged or b.hedged:
        c -= 0.1
    return round(max(0.05, min(0.99, c)), 3)


def _ordered(rs: set[str] | list[str]) -> tuple[str, ...]:
    return tuple(r for r in REASONS if r in rs)


def _cid(*keys: str) -> str:
    return "x-" + hashlib.sha1("|".join(sorted(keys)).encode()).hexdigest()[:10]


def _side(stance: str, items: Sequence[Item]) -> Side:
    names: list[str] = []
    for it in items:
        n = it.ref.speaker or "(unknown speaker)"
        if n not in names:
            names.append(n)
    return Side(stance, tuple(names), tuple(it.ref for it in items))


def _when(it: Item) -> tuple[str, str, int]:
    return (it.ref.date or "", it.ref.article_id, it.ref.start)


def conflicts_in_cluster(items: Sequence[Item]) -> list[Conflict]:
    if len(items) < 2:
        return []
    ref = reference(items)
    claim = build_claim(items)
    contra: list[tuple[Item, Item, list[str], float]] = []
    out: list[Conflict] = []
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            a, b = items[i], items[j]
            if a.ref.article_id == b.ref.article_id and a.ref.statement_id == b.ref.statement_id:
                continue
            if not (a.ref.speaker and b.ref.speaker):
                continue  # a side needs someone on it: statements without a speaker are not compared
            reasons, sim = pair_reasons(a, b, ref)
            if not reasons:
                continue
            same = _same_speaker(a, b)
            if same:
                if a.ref.article_id == b.ref.article_id and a.ref.date == b.ref.date:
                    continue  # one speaker, one article, one day: a qualification, not a reversal
                if sim < CHANGED_SIM and not _linked(a, b):
                    continue  # "reject X" then "demand Y" by one speaker is not a reversal unless X is Y
                first, later = sorted((a, b), key=_when)
                rs = _ordered(set(reasons) | {"changed position"})
                conf = _confidence(rs, sim, a, b)
                out.append(Conflict(
                    id=_cid(a.key, b.key), claim_id=claim.id, label=claim.label, kind="changed position", reasons=rs,
                    confidence=conf, side_a=_side("before", [first]), side_b=_side("after", [later]),
                    pairs=(ConflictPair(first.ref, later.ref, rs, conf),)))
            elif "numeric disagreement" in reasons or "different dates" in reasons:
                rs = _ordered(reasons)
                conf = _confidence(rs, sim, a, b)
                out.append(Conflict(
                    id=_cid(a.key, b.key), claim_id=claim.id, label=claim.label, kind="disagreement", reasons=rs,
                    confidence=conf, side_a=_side("supports", [a]), side_b=_side("supports", [b]),
                    pairs=(ConflictPair(a.ref, b.ref, rs, conf),)))
            else:
                contra.append((a, b, reasons, sim))
    if contra:
        pos = [it for it in items if polarity(it, ref) > 0]
        neg = [it for it in items if polarity(it, ref) < 0]
        involved = {id(x) for a, b, _, _ in contra for x in (a, b)}
        pos = sorted([it for it in pos if id(it) in involved], key=_when)
        neg = sorted([it for it in neg if id(it) in involved], key=_when)
        pairs = []
        for a, b, rs, sim in contra:
            p, n = (a, b) if polarity(a, ref) > 0 else (b, a)
            rs_o = _ordered(rs)
            pairs.append(ConflictPair(p.ref, n.ref, rs_o, _confidence(rs_o, sim, a, b)))
        pairs.sort(key=lambda p: -p.confidence)
        allr = _ordered({r for p in pairs for r in p.reasons})
        out.insert(0, Conflict(
            id=_cid(*(it.key for it in pos + neg)), claim_id=claim.id, label=claim.label, kind="contradiction",
            reasons=allr, confidence=pairs[0].confidence, side_a=_side("supports", pos), side_b=_side("denies", neg),
            pairs=tuple(pairs)))
    return out


def pair_conflict(a: Item, b: Item) -> tuple[list[str], float] | None:
    """Judge one pair as if it were a two-statement claim (the hand-checked set is scored this way)."""
    found = conflicts_in_cluster([a, b])
    if not found:
        return None
    c = found[0]
    return list(c.reasons), c.confidence


def same_ref(a: StatementRef, b: StatementRef) -> bool:
    return a.article_id == b.article_id and a.statement_id == b.statement_id
