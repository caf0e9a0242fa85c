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
from .text import (ANTONYM_CONCEPTS, CONCEPT_OF, NEGATIONS, REFUSING, is_conditional, is_fragment, is_noncommittal,
                   is_question, is_speculative, names, negated_all, negated_terms, negation_count, numbers, scope_terms,
                   words)
from .types import REASONS, Conflict, ConflictPair, Side, StatementRef

#: what users see by default (CLI `conflicts`, the web's conflicts page, /api/conflicts): conflicts below this
#: confidence were seldom right when checked by hand: 2 of 28 pairs against 18 of 44 at or above it, over every
#: sample judged (bench/claims_conflicts_fresh.jsonl, docs/claims.md "Figures"); `--min-confidence 0` shows all
REPORT_FLOOR = 0.6

AFFIRMING_ACTS = frozenset({"assert", "accuse", "confirm", "announce", "predict", "warn", "admit", "criticize",
                            "threaten", "promise"})
PROPOSING_ACTS = frozenset({"propose", "demand", "urge", "ask", "agree"})
#: base confidence per reason, hand-set (not fitted): an explicit denial act is the surest sign; figures and dates
#: were right in none of the tuning samples' pairs (Reuters 2,001-8,000), so they rank lowest. docs/claims.md
#: reports precision by confidence band on fresh hand-checked samples. A changed position read from wording alone
#: (negation, antonymy) was right in none of the 30 judged pairs of every round (each was one remark reported twice
#: and read two ways), so it stays under `REPORT_FLOOR`; one speaker's opposed acts (demanded, then rejected)
#: rank as an act opposition.
BASE = {"act opposition": 0.8, "negation": 0.7, "antonymy": 0.65, "changed position": 0.45,
        "numeric disagreement": 0.4, "different dates": 0.35}
#: numbers count as disagreeing when they differ by more than this factor (exact figures are often rounded:
#: "12,480 tonnes" vs "about 12,500"); vague quantities differ by 10x ("hundreds" vs "thousands").
NUMERIC_FACTOR = 1.25
#: a same-polarity pair must be this similar (cosine) before numbers or dates are compared: two statements
#: in one claim that both affirm often talk about different quantities on purpose.
SAME_FACT_SIM = 0.55
#: ... and share this much of their wording (Jaccard of content words without numbers)
TERM_OVERLAP = 0.4
#: two dates for one event only when the wording is nearly the same ("talks began today" / "will resume
#: tomorrow" are two events); on Reuters every looser date clash was two events
SAME_EVENT_OVERLAP = 0.6
FACT_ACTS = frozenset({"assert", "confirm", "announce", "predict", "admit"})
#: a same-speaker pair is a changed position only when the wording is this close (the same proposition, turned):
#: facts a speaker reports at two dates ("stocks rose on Monday" / "on Friday") are updates, not reversals
CHANGED_SIM = 0.6
#: opposite polarity counts only between statements this similar, unless they share a concept or one answers
#: the other; set on the Reuters sample (docs/claims.md): below it, "not" in one of two loosely related
#: statements was nearly always about something else
NEGATION_SIM = 0.5
ACT_SIM = 0.35
#: an accusation/demand and a denial/rejection that do not point at each other (anaphora) must share this much of
#: their wording (Jaccard of content terms) or one must hold nearly all the other's terms: a denial is an answer
#: to *that* accusation only when it repeats what it denies (tuned on Reuters stories 5,001-8,000)
ACT_OVERLAP = 0.3
#: a denial that calls the other side untrue as a whole ("reports ... are false") must share this much wording
UNTRUE_OVERLAP = 0.3


#: speaker names that are a role, not one actor: across articles, two "company" speakers are not one speaker
GENERIC_SPEAKERS = frozenset("""company spokesman spokeswoman spokesperson official officials source sources analyst
analysts bank automaker government ministry agency group statement report it they he she we""".split())


#: speaker heads that are not someone taking a side: the reader sometimes names a thing as the speaker
#: ("November orders were up", "One said", "Baker's remarks")
NON_SPEAKERS = frozenset("""one call order orders remarks comments comment none number proposal figures data this that
these those it""".split())


_BAD_NAME = re.compile(r"^\W*[\"'\u201c\u2018]|\d|%|^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$|"
                       r"^(his|her|its|their|our|my)\s", re.I)


def _speaker_ok(it: Item) -> bool:
    """Someone can take a side: not a thing ("November orders", "His pledge"), a quoted phrase, a figure ("2%") or
    a day."""
    name = (it.ref.speaker or "").strip()
    if not name or _BAD_NAME.search(name):
        return False
    head = words(name)[-1:] or [""]
    h = head[0][:-2] if head[0].endswith("'s") else head[0]
    return h not in NON_SPEAKERS


def _initials(name: str) -> str:
    return "".join(w[0] for w in words(name) if w not in ("of", "and", "the", "for", "de", "inc", "corp", "co"))


def _related_names(na: str, nb: str) -> bool:
    """Two names for one speaker within an article: "Agriculture Ministry" / "ministry", "Mining ministry
    spokesman" / "Spokesman", "American Petroleum Institute" / "API", "JAMA spokesman" / "Japan Automobile
    Manufacturers Association"."""
    wa, wb = set(words(na)), set(words(nb))
    if not wa or not wb:
        return False
    if wa <= wb or wb <= wa:
        return True
    ia, ib = _initials(na), _initials(nb)
    return (len(ia) >= 3 and ia in wb) or (len(ib) >= 3 and ib in wa)


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
    if same_article and na and nb and _related_names(na, nb):
        return True
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


#: "denied a motion / the request / bail": a ruling on a request (a rejection), not a denial of a fact
_DENIED_REQUEST = re.compile(r"^\W*(that\s+)?((a|an|the|its|his|her|their)\s+)?(\w+\s+)?"
                             r"(motion|request|application|appeal|"
                             r"petition|bid|permission|licen[cs]e|visa|access|entry|bail|approval)\b", re.I)


def _act(it: Item) -> str | None:
    if it.ref.act == "deny" and _DENIED_REQUEST.match(it.ref.text or ""):
        return "reject"
    return it.ref.act


def _acts_oppose(a: Item, b: Item) -> bool:
    """A denial answers an affirmation (accuse/assert vs deny), a rejection answers a demand or offer; a demand
    is not denied ("demanded hearings on X" / "denied X"), and urging to reject X agrees with rejecting X."""
    x, y = _act(a), _act(b)
    for (p, ip), (q, iq) in (((x, a), (y, b)), ((y, b), (x, a))):
        if q == "deny" and p in AFFIRMING_ACTS:
            return True
        if q == "reject" and p in PROPOSING_ACTS | {"promise"} and not any(w in REFUSING for w in words(ip.text)):
            return True  # one rejects what is asked or offered, not a fact ("the union rejected the offer")
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


#: a statement whose subject is its own speaker: third-person pronouns the reader resolved to the speaker, and the
#: first person of a quote ("I'm not being paid", "we're ready"): two speakers' "I" are two different people
_SUBJECT_PRONOUNS = ("it ", "he ", "she ", "we ", "they ", "the company ", "i ", "i'", "we'")


def _self_subjects(a: Item, b: Item) -> bool:
    """Different speakers, and one talks about itself ("it is not the target ...", "they had no plans to ...")
    while the other does not name it: the two statements have different subjects, so they do not contradict."""
    if _same_speaker(a, b):
        return False
    for x, y in ((a, b), (b, a)):
        if _LEAD.sub("", x.text.lower().replace("\u2019", "'")).startswith(_SUBJECT_PRONOUNS):
            name = {w for w in words(x.ref.speaker or "") if w not in GENERIC_SPEAKERS and len(w) > 2}
            if not (name & set(words(y.text))):
                return True
    return False


#: statements of facts and statements of what should happen answer different questions: "X was a factor in the
#: dollar's fall" does not contradict "urged him not to cut rates". Polarity conflicts stay within one family.
DIRECTIVE_ACTS = frozenset({"urge", "demand", "ask", "propose", "promise", "agree", "reject", "threaten"})


#: an exhortation ("let's make it great again", "let us go") proposes, whatever act the reader gave it
_EXHORTATION = re.compile(r"^[\W_]*(and\s+|so\s+|now\s+)?let(['\u2019]s|\s+us)\b", re.I)


def _directive(it: Item) -> bool:
    return it.ref.act in DIRECTIVE_ACTS or bool(_EXHORTATION.match(it.ref.text or ""))


def _same_family(a: Item, b: Item) -> bool:
    return _directive(a) == _directive(b)


def _negation_applies(neg: Item, other: Item) -> bool:
    """The negated side's "not" is about what the other side affirms: the negated predicate is one of the other's
    terms ("not encircled" vs "surrounded": ENCIRCLE), or the whole statement is called untrue and the two share
    a concept or their wording; and it is not a negation under a condition ("if X does not ...") or a counterfactual."""
    if is_conditional(neg.text):
        return False
    if negated_terms(neg.text) & negated_terms(other.text):
        return False  # both negate it ("you don't do deals ... you don't" / "you don't do deals"): they agree
    if negated_terms(neg.text) & scope_terms(other.text):
        return True
    shared_concept = any(t.isupper() for t in set(neg.terms) & set(other.terms))
    return negated_all(neg.text) and (shared_concept or _term_overlap(neg, other) >= UNTRUE_OVERLAP)


#: across articles, two sides of one proposition name mostly the same participants (Jaccard >= 0.5 of the capitalised
#: names): "Welland Canal tolls will rise" and "Panama Canal tolls will not rise" share only "Canal"
CORE_ENTITY_OVERLAP = 0.5


def _core_shared(a: Item, b: Item) -> bool:
    """Both sides are about the same participants: within one article the context fixes them; across articles
    their named participants must largely agree."""
    if a.ref.article_id == b.ref.article_id:
        return True
    ea, eb = names(a.text), names(b.text)
    return len(ea & eb) / max(len(ea | eb), 1) >= CORE_ENTITY_OVERLAP


_OWN_CUE = {"deny": re.compile(r"\bden(y|ies|ied|ying)\b", re.I),
            "reject": re.compile(r"\breject(s|ed|ing)?\b", re.I)}


def _reads_own_cue(it: Item) -> bool:
    """The content of a denial still holds its own "denied" ("Iran on Sunday denied as baseless reports that ...
    and warned ..."): the reader took the whole sentence as content, so what is denied is not known."""
    rx = _OWN_CUE.get(it.ref.act or "")
    return bool(rx and rx.search(it.ref.text or ""))


def _holds_the_denial(a: Item, b: Item) -> bool:
    """One side's content holds the other side's denial verb ("Denial: [Williams denied that ...]", "[Sources
    denied that she had been there], as claimed by websites"): the reader took the denying sentence itself as
    the other statement's content, so the two are one sentence, not two sides. The other way round is a real
    answer: "denied [X's claim that ...]" holds the claim's verb inside the denial's content."""
    if a.ref.article_id != b.ref.article_id:
        return False
    for d, o in ((a, b), (b, a)):
        cue = d.extra.get("cue")
        if _act(d) in ("deny", "reject") and cue and o.ref.start <= cue[0] and cue[1] <= o.ref.end:
            return True
    return False


#: one quote reported twice: the contents share a run of at least this many identical words, making up at least
#: this share of the shorter content (PolNeAR/FNC-1: one congressman's sentence quoted in five articles, one of
#: them quoting also his next clause "dozens more that did not get caught" and so read as his turning round)
ONE_QUOTE_RUN = 6
ONE_QUOTE_SHARE = 0.6
_NUMBER_WORDS = {w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve"
                                                 .split())}


def _one_quote(a: Item, b: Item) -> bool:
    """The two contents are the same words (a long shared run, most of the shorter one) with no negator just
    before the run on either side: the polarity difference comes from words only one of them quotes, which are
    about something else. "will not raise rates next month" / "will raise rates next month" is no such case: the
    "not" stands right before the shared words."""
    from difflib import SequenceMatcher

    wa = [_NUMBER_WORDS.get(w, w) for w in words(a.text)]
    wb = [_NUMBER_WORDS.get(w, w) for w in words(b.text)]
    m = SequenceMatcher(None, wa, wb, autojunk=False).find_longest_match(0, len(wa), 0, len(wb))
    if m.size < ONE_QUOTE_RUN or m.size < ONE_QUOTE_SHARE * min(len(wa), len(wb)):
        return False
    before = wa[max(0, m.a - 3):m.a] + wb[max(0, m.b - 3):m.b]
    return not any(w in NEGATIONS or w.endswith("n't") for w in before)


def _answers(a: Item, b: Item) -> bool:
    """A denial/rejection is about the accusation/demand: it points at it (anaphora), shares its wording, or
    repeats nearly all of the shorter one's terms."""
    if _linked(a, b):
        return True
    if _reads_own_cue(a) or _reads_own_cue(b) or _numeric_clash(a, b):
        return False  # "proposed 65 dlrs a share" / "rejected the 52 dlr offer": two different offers
    if any(_act(x) not in ("deny", "reject") and _OWN_CUE["deny"].search(x.ref.text or "") for x in (a, b)):
        return False  # the affirming side reports a denial ("Denial: Williams denied that ..."): it is no accusation
    if _term_overlap(a, b) >= ACT_OVERLAP:
        return True
    ta, tb = set(a.terms), set(b.terms)
    small, big = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return bool(small) and len(small & big) >= 0.8 * len(small)


def pair_reasons(a: Item, b: Item, ref: Item) -> tuple[list[str], float]:
    """Why a and b cannot both be true (empty when they can), and the cosine they were judged at."""
    sim = float(a.vec @ b.vec) if a.vec is not None and b.vec is not None else 0.0
    reasons: list[str] = []
    if not comparable(a, b) or is_noncommittal(a.text) or is_noncommittal(b.text):
        return reasons, sim  # "no comment on ...", "no decision yet": no side to conflict with
    linked = _linked(a, b)
    if not linked and (is_fragment(a.text) or is_fragment(b.text) or is_question(a.text) or is_question(b.text)
                       or _self_subjects(a, b)):
        return reasons, sim  # a noun phrase or a question takes no side; two speakers' "it ..." are two subjects
    if not (_speaker_ok(a) and _speaker_ok(b)) or not (linked or _core_shared(a, b)):
        return reasons, sim
    if a.ref.act == b.ref.act and ((a.terms == b.terms and a.negated == b.negated) or (
            _term_overlap(a, b) >= 0.8 and negation_count(a.text) == negation_count(b.text)
            and not _numeric_clash(a, b))):
        return reasons, sim  # the same words with the same act (e.g. one wire story in two papers) agree
    if _holds_the_denial(a, b):
        return reasons, sim
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
        # opposite polarity means something only when both say the same predicate: a shared concept, an
        # answer to the other (linked), or near-paraphrase wording
        if not (linked or same_predicate or sim >= NEGATION_SIM):
            return reasons, sim
        acts = _acts_oppose(a, b) and _answers(a, b)
        if not (acts or linked or _same_family(a, b)):
            return [], sim
        if a.negated != b.negated and not linked:
            neg, other = (a, b) if a.negated else (b, a)
            if _negation_applies(neg, other) and not is_conditional(other.text) and \
                    not (is_speculative(neg.text) or is_speculative(other.text)):
                reasons.append("negation")
            elif not acts:
                return [], sim  # the "not" is about something else: the two sides may well agree
        if reasons and not (acts or linked) and _one_quote(a, b):
            return [], sim  # one quote reported twice, one report quoting more of it
        if acts:
            reasons.append("act opposition")
        hedged_or_if = a.hedged or b.hedged or is_conditional(a.text) or is_conditional(b.text) or \
            is_speculative(a.text) or is_speculative(b.text)
        if (any(ca[c] != cb[c] for c in shared) or (set(ca) ^ set(cb) and polarity(a) == polarity(b))) and \
                (reasons or (not hedged_or_if and _term_overlap(a, b) >= TERM_OVERLAP)):
            # a bare "rose" vs "fell" is a conflict only about one subject, said plainly
            reasons.append("antonymy")
        if not reasons and linked:
            reasons.append("act opposition")
    elif sim >= SAME_FACT_SIM and same_subject(a, b) and not _same_speaker(a, b) and a.ref.date == b.ref.date \
            and a.ref.act in FACT_ACTS and b.ref.act in FACT_ACTS and _term_overlap(a, b) >= TERM_OVERLAP \
            and a.entities & b.entities and not (is_conditional(a.text) or is_conditional(b.text)):
        # two sides giving different figures or dates for one fact on the same day, about a named participant;
        # one speaker's different figures are usually different periods or a revision, and figures said on
        # different days change
        if _numeric_clash(a, b):
            reasons.append("numeric disagreement")
        da, db = _dates(a), _dates(b)
        if da and db and not (da & db) and _term_overlap(a, b) >= SAME_EVENT_OVERLAP:
            reasons.append("different dates")
    return reasons, sim


def _term_overlap(a: Item, b: Item) -> float:
    """Jaccard of the content words, numbers and concept tokens left out (what the figures are about)."""
    ta = {t for t in a.terms if not t.isupper() and not t[:1].isdigit()}
    tb = {t for t in b.terms if not t.isupper() and not t[:1].isdigit()}
    return len(ta & tb) / max(len(ta | tb), 1)


def _confidence(reasons: Sequence[str], sim: float, a: Item, b: Item) -> float:
    """Hand-set: the reason's base, more for several reasons, scaled by how much wording the sides share (cosine
    and term overlap: a denial that repeats what it denies is surer); docs/claims.md gives precision by band."""
    if "changed position" in reasons and "act opposition" not in reasons:
        c = BASE["changed position"]
    else:
        c = max(BASE[r] for r in reasons) + 0.08 * (len(reasons) - 1)
    c *= 0.7 + 0.3 * min(1.0, sim / 0.6)
    if not _linked(a, b):
        c *= 0.8 + 0.2 * min(1.0, _term_overlap(a, b) / 0.5)
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
