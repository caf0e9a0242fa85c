"""Word-level helpers shared by claim clustering, conflict rules and the stance model.

Standard library only. Tokens are lower-cased and crudely stemmed; a small concept lexicon folds
words that state the same proposition ("surrounded", "encircled", "cut off") onto one concept token,
so a hashing embedder and the conflict rules see them as one predicate.
"""
from __future__ import annotations

import re
from functools import lru_cache

WORD_RE = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*|\d[\d,.]*")
NUM_RE = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(%|per ?cent|percent|bn|billion|mln|million|"
                     r"m\b|thousand|hundred|k\b)?", re.I)

STOP = frozenset("""a an the of to in on at by for with from and or but as is are was were be been being has have had
do does did that this these those it its their they them he she his her him we our us you your i me my which who whom
what when where while than then there here so such into onto over under about after before also just very more most
said says say told tell would will could should can may might must shall mr mrs ms dr""".split())

NEGATIONS = frozenset("""not no never none nothing nobody nowhere neither nor cannot can't won't don't doesn't didn't
isn't aren't wasn't weren't hasn't haven't hadn't shouldn't wouldn't couldn't n't without""".replace("'", "'").split())
#: words that call a proposition untrue (FNC-1 baseline's refuting list, plus a few seen in news denials)
REFUTING = frozenset("""fake fraud hoax false falsely deny denies denied denying not despite nope doubt doubts bogus
debunk debunked debunks pranks retract retracted fabricated untrue baseless groundless lie lies myth rumour rumor
misleading incorrect wrong""".split())
#: words that call the statement they describe untrue ("reports of X are false and invented")
CALLED_UNTRUE = frozenset("""false falsely fabricated untrue baseless groundless bogus fake hoax lie lies myth
disinformation unfounded""".split())
#: words that weaken a proposition without denying it
HEDGES = frozenset("""alleged allegedly reportedly reported apparently claim claims claimed may might could possibly
possible perhaps likely unlikely unconfirmed unverified rumoured rumored suggest suggests nearly almost partly partially
some appear appears seem seems believed suspected""".split())
#: the narrower set that makes a statement *qualify* a claim rather than support it ("nearly cut off",
#: "reportedly"); "claims"/"suggests" are left out: in "regions that Moscow claims" they are not hedges
QUALIFIERS = frozenset("""alleged allegedly reportedly apparently nearly almost partly partially possibly perhaps
likely unlikely probably unconfirmed unverified may might could suspected seemingly""".split())
#: possibility modals, adverbs and forecasts: a statement that something could/may/is expected to happen asserts no fact, so a
#: negation or antonym against it is no contradiction (degree hedges like "nearly cut off" still take a side)
SPECULATIVE = frozenset("""could may might probably possibly perhaps likely unlikely expected expect expects
forecast forecasts""".split())
CONDITIONS = ("if ", "unless ", "until ", "provided ", "on condition", "conditions", "as long as", "only when",
              "only if", "in exchange for")

#: concept folding: each word maps to one concept token (the same proposition said with other words)
_CONCEPTS: dict[str, tuple[str, ...]] = {
    "ENCIRCLE": ("surround", "surrounded", "surrounding", "encircle", "encircled", "encirclement", "encircling",
                 "cut-off", "trapped", "besieged", "encirclements"),
    "RAISE": ("raise", "raised", "rise", "rose", "risen", "increase", "increased", "hike", "hiked", "up", "higher",
              "grew", "grow", "growth", "gain", "gained", "jump", "jumped", "climb", "climbed"),
    "LOWER": ("lower", "lowered", "cut", "cuts", "fall", "fell", "fallen", "decrease", "decreased", "drop", "dropped",
              "decline", "declined", "down", "shrink", "shrank", "slump", "slumped", "lost", "reduce", "reduced"),
    "WIN": ("win", "won", "wins", "victory", "victorious"),
    "LOSE": ("lose", "loses", "defeat", "defeated"),
    "KILL": ("kill", "killed", "killing", "dead", "died", "death", "deaths"),
    "CRIME": ("crime", "crimes", "atrocities", "atrocity", "abuses", "abuse", "war-crimes"),
    "CEASEFIRE": ("ceasefire", "truce", "cease-fire", "armistice"),
}
CONCEPT_OF: dict[str, str] = {w: c for c, ws in _CONCEPTS.items() for w in ws}
#: pairs of concepts that cannot both hold of the same thing
ANTONYM_CONCEPTS: frozenset[frozenset[str]] = frozenset({
    frozenset({"RAISE", "LOWER"}), frozenset({"WIN", "LOSE"}),
})
#: single-word antonyms outside the concepts (checked on stems)
ANTONYMS: frozenset[frozenset[str]] = frozenset(frozenset(p) for p in [
    ("true", "false"), ("guilty", "innocent"), ("alive", "dead"), ("accept", "reject"), ("legal", "illegal"),
    ("success", "failure"), ("safe", "unsafe"), ("open", "closed"), ("profit", "loss"), ("surplus", "deficit"),
    ("support", "oppose"), ("agree", "disagree"), ("confirm", "deny"), ("possible", "impossible"),
])
#: demonyms and capital metonyms folded onto the country, so "Kyiv's troops" and "Ukrainian troops" share it
PLACE_OF: dict[str, str] = {
    "ukrainian": "ukraine", "ukrainians": "ukraine", "kyiv": "ukraine", "kiev": "ukraine",
    "russian": "russia", "russians": "russia", "moscow": "russia", "kremlin": "russia",
    "american": "us", "americans": "us", "washington": "us", "u.s.": "us", "usa": "us", "united": "united",
    "british": "uk", "britain": "uk", "london": "uk", "chinese": "china", "beijing": "china",
    "french": "france", "paris": "france", "german": "germany", "berlin": "germany", "israeli": "israel",
    "japanese": "japan", "tokyo": "japan", "iranian": "iran", "tehran": "iran",
}
#: phrases folded before tokenising (multi-word concepts)
_PHRASES = [(re.compile(r"\bcut\s+off\b", re.I), "cut-off"), (re.compile(r"\bwar\s+crimes?\b", re.I), "war-crimes"),
            (re.compile(r"\bcease\s+fire\b", re.I), "ceasefire")]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude suffix stripper: enough to match troops/troop and forces/force without a model."""
    w = word.lower().replace("\u2019", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for suf, rep in (("ies", "y"), ("sses", "ss"), ("ses", "s"), ("s", "")):
        if w.endswith(suf) and len(w) - len(suf) >= 3 and not w.endswith("ss") and not w.endswith("us"):
            return w[: -len(suf)] + rep
    return w


def words(text: str) -> list[str]:
    """Lower-cased word tokens (apostrophes kept, phrases folded)."""
    for rx, rep in _PHRASES:
        text = rx.sub(rep, text)
    out = []
    for w in WORD_RE.findall(text):
        w = w.lower().replace("\u2019", "'")
        # a closing quote mark glued to the word ("'encirclement'") is punctuation, not part of it
        w = w.rstrip("'-") if not w.endswith("n't") else w
        if w:
            out.append(w)
    return out


def content_terms(text: str) -> list[str]:
    """Stemmed content terms with concepts and places folded; stop words and negations dropped."""
    out = []
    for w in words(text):
        if w in STOP or w in NEGATIONS or len(w) < 2:
            continue
        w = w[:-2] if w.endswith("'s") else w
        if w in CONCEPT_OF:
            out.append(CONCEPT_OF[w])
        elif w in PLACE_OF:
            out.append(PLACE_OF[w])
        else:
            s = stem(w)
            out.append(CONCEPT_OF.get(s, PLACE_OF.get(s, s)))
    return out


def negation_count(text: str) -> int:
    """How many negators (not, never, no, n't ...) the text holds (an opening "No," answers someone: not counted)."""
    return sum(1 for w in words(_RESPONSE_PARTICLE.sub(" ", text)) if w in NEGATIONS or w.endswith("n't"))


def is_negated(text: str) -> bool:
    """True when the text negates its proposition: an odd number of negators, counting any refuting words
    ("false", "false and invented") as one more negator: piling up refutations does not cancel them."""
    ws = main_clause(words(_without_non_negators(text)))
    neg = sum(1 for w in ws if w in NEGATIONS or w.endswith("n't") or w in REFUSING)
    refute = any(w in CALLED_UNTRUE for w in ws)
    return (neg + int(refute)) % 2 == 1


#: words that open a subordinate or relative clause: a "not" after them belongs to that clause ("shares not held
#: by", "costs that no longer ...", "if the mill pays no rent"), not to what the statement asserts
SUBORDINATORS = frozenset("""which who whom whose if unless because as when while although though whether since
until where whereas""".split())


def main_clause(ws: list[str]) -> list[str]:
    """The words before the first subordinate clause opener (a leading complementizer "that" skipped). Without a
    parser, relative "that" and reduced relatives ("goods not sold by") are not cut."""
    start = 1 if ws[:1] == ["that"] else 0
    for k in range(start + 2, len(ws)):
        if ws[k] in SUBORDINATORS:
            return ws[start:k]
    return ws[start:]


#: "up from none last year", "from nil": a quantity, not a negation
_NIL_COMPARISON = re.compile(r"\b(compared\s+with|compared\s+to|from|against|versus|vs\.?|with)\s+(none|nil|nothing|zero)\b",
                             re.I)
#: "not only X but also Y" affirms X
_NOT_ONLY = re.compile(r"\bnot\s+(only|just|merely)\b", re.I)
#: an opening "No," / "Yes," / "Well," answers the interviewer or an earlier remark; it does not negate what the
#: sentence then says ("No, I meant he is the founder" affirms that he is the founder)
_RESPONSE_PARTICLE = re.compile(r"^[\W_]*(no|nope|yes|yeah|well|oh)\s*[,.!\u2014\u2013-]+\s*", re.I)


#: an appositive relative clause between commas (", who left the network in 2013,") says something about a
#: participant, not what the statement asserts; cutting the main clause at its "who" would drop the predicate
_APPOSITIVE = re.compile(r",\s+(who|whom|whose|which)\b[^,;:]{0,120},")


def _without_non_negators(text: str) -> str:
    """The text with the "no"/"not" that negate nothing taken out: "up from none", "not only", an opening "No,",
    an appositive clause between commas."""
    return _RESPONSE_PARTICLE.sub(" ", _NOT_ONLY.sub(" ", _NIL_COMPARISON.sub(" ", _APPOSITIVE.sub(" ", text))))
#: verbs of refusing inside the content negate what follows ("she opposes the new levy", "the union rejected the
#: offer"), so they agree with a rejection of the same thing rather than contradict it
REFUSING = frozenset("""oppose opposes opposed opposing refuse refuses refused refusing reject rejects rejected
rejecting""".split())


def hedge_count(text: str) -> int:
    return sum(1 for w in words(text) if w in HEDGES)


#: statements that take no side: a refusal to comment or a "no decision yet" neither affirms nor denies
_NONCOMMITTAL = re.compile(r"\b(no|any)\s+(immediate\s+)?(comment|decision|decisions|information|details?)\b|"
                           r"\bdeclin\w*\s+to\s+(comment|say|elaborate|give)|\bnot\s+(disclose|comment|elaborate)\b|"
                           r"\btoo\s+early\s+to\b|\bnothing\s+to\s+say\b|\bno\s+sign\s+of\b|"
                           r"\b(cannot|can't|could\s+not|couldn't|would\s+not|wouldn't|unable\s+to)\s+(say|tell|confirm|"
                           r"predict|estimate)\b|\b(did|do|does)\s+not\s+know\b|"
                           r"^\W*to\s+(answer|comment|elaborate|discuss|say|give\s+details|disclose|reveal|specify)\b", re.I)


def is_noncommittal(text: str) -> bool:
    return bool(_NONCOMMITTAL.search(text))


def is_speculative(text: str) -> bool:
    # "May" with a capital inside a sentence is the month ("reopen in May"), not the modal
    ws = [w for w in main_clause(words(re.sub(r"(?<=\w )May\b", "", text)))]
    return any(w in SPECULATIVE for w in ws)


def is_qualified(text: str) -> bool:
    return any(w in QUALIFIERS for w in words(text))


def has_condition(text: str) -> bool:
    t = " " + text.lower() + " "
    return any(" " + c in t for c in CONDITIONS)


_VAGUE = {"dozens": 24.0, "scores": 40.0, "hundreds": 300.0, "thousands": 3000.0, "millions": 3e6, "billions": 3e9,
          "tens of thousands": 30000.0, "hundreds of thousands": 300000.0}
_SCALE = {"bn": 1e9, "billion": 1e9, "mln": 1e6, "million": 1e6, "m": 1e6, "thousand": 1e3, "k": 1e3,
          "hundred": 1e2}


def numbers(text: str) -> list[tuple[float, str]]:
    """Quantities in the text as (value, unit): "thousands" -> (3000, ""), "3.5%" -> (3.5, "%")."""
    out: list[tuple[float, str]] = []
    low = text.lower()
    for phrase in sorted(_VAGUE, key=len, reverse=True):
        if re.search(rf"\b{phrase}\b", low):
            out.append((_VAGUE[phrase], "vague"))
            low = re.sub(rf"\b{phrase}\b", " ", low)
    for m in NUM_RE.finditer(low):
        raw, unit = m.group(1), (m.group(2) or "").lower().replace(" ", "")
        try:
            val = float(raw.replace(",", ""))
        except ValueError:
            continue
        if 1900 <= val <= 2100 and not unit:  # a year, not a quantity
            continue
        if unit in _SCALE:
            val *= _SCALE[unit]
            unit = ""
        elif unit in ("percent", "percent", "per cent", "percent"):
            unit = "%"
        out.append((val, "%" if unit.startswith("per") else unit))
    return out


#: capitalised words that name no participant (dates, number words as in "April Four", sentence openers seen in quotes)
NOT_ENTITIES = frozenset("""january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday i we our this that these those there it its he she they
year-to-date reports report one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty hundred thousand million billion first second third
""".split())


def entities(text: str) -> frozenset[str]:
    """Capitalised names in the text (places folded, months and days left out), a model-free stand-in for the
    shared entities/arguments two statements must have to be about the same thing. The first word counts only
    when it is a place or demonym ("Ukrainian forces ..."), as any sentence starts with a capital."""
    out = set()
    toks = WORD_RE.findall(text)
    for i, t in enumerate(toks):
        if not t[:1].isupper():
            continue
        w = t.lower().replace("\u2019", "'").rstrip("'-")
        w = w[:-2] if w.endswith("'s") else w
        if w in STOP or w in NOT_ENTITIES or (i == 0 and w not in PLACE_OF):
            continue
        out.add(PLACE_OF.get(w, w))
    return frozenset(out)


def names(text: str) -> frozenset[str]:
    """`entities`, plus a sentence-initial word that starts a multi-word name ("Panama Canal tolls ..."): the
    stricter participant comparison of conflicts needs the first name too."""
    out = set(entities(text))
    toks = WORD_RE.findall(text)
    if len(toks) >= 2 and toks[0][:1].isupper() and toks[1][:1].isupper():
        w = toks[0].lower().replace("\u2019", "'").rstrip("'-")
        if w not in STOP and w not in NOT_ENTITIES:
            out.add(PLACE_OF.get(w, w))
    return frozenset(out)


#: content that only points back at something said just before ("something Kyiv denies", "a demand rejected by")
ANAPHORIC = re.compile(r"^\W*(something|it|this|that|these|those|the (claim|claims|allegation|allegations|accusation|"
                       r"accusations|report|reports|charge|charges|demand|demands|idea|proposal|suggestion)|"
                       r"which|a demand|an allegation|the move)\W*$", re.I)


def is_anaphoric(text: str) -> bool:
    return bool(ANAPHORIC.match(text.strip())) or len(content_terms(text)) == 0


#: words skipped when looking for what a negator negates: auxiliaries, light verbs, adverbs, generic nouns ("there
#: has never been a man more qualified" negates "qualified", not "man") and "no reason/evidence/plans to" carry no
#: predicate ("did not take any defensive measures" negates "defensive measures", "has not yet
#: submitted" negates "submitted", "no reason to believe the pact broke" negates what follows)
_SCOPE_SKIP = frozenset("""be been being am take took taken make made get got give given any yet necessarily always ever
also even only longer all immediately currently really quite so too to going reason reasons evidence sign signs
plan plans intention intend intended way up down out easily
man men woman women person people anyone anybody anything someone somebody something thing things""".split())
_CASED_RE = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*|\d[\d,.]*")


#: broad concepts ("up", "cut", "fall", "raised" an issue) say a direction, not one predicate: a negated word of
#: these is matched by its own stem, so "not the lower limit" does not deny "the dollar's drop"; so is winning
#: (a state, the nomination, support, "a victory of sorts"): "cannot win X" does not deny a victory in Y
BROAD_CONCEPTS = frozenset({"RAISE", "LOWER", "WIN", "LOSE"})


#: negators that quantify a noun phrase: what they deny is the predicate said of it after the auxiliary
_QUANTIFIER_NEGATORS = frozenset({"no", "none", "nobody", "nothing", "neither"})


def negated_terms(text: str) -> frozenset[str]:
    """What the text's negators apply to: for each negator (or refusal verb) of the main clause, the first content
    term after it (stemmed, narrow concepts folded), names and particles skipped. "Troops were not encircled" ->
    {ENCIRCLE}; "it will not allow Iran" -> {allow}; "opposed Washington's proposal" -> {proposal}. Conflicts use
    it to check that a "not" is about the predicate both statements share, rather than about something else said
    alongside it (match against `scope_terms` of the other side). A word calling the statement untrue ("false")
    stands for all of it: `negated_all` tells that case."""
    clean = _without_non_negators(text)
    toks = _CASED_RE.findall(clean)
    # a word written with a capital after the first token is a name: a negated predicate is never a name
    cased = {t.lower().replace("\u2019", "'").rstrip("'-") for t in toks[1:] if t[:1].isupper()}
    cased |= {w[:-2] for w in cased if w.endswith("'s")}
    ws = main_clause(words(clean))
    out: set[str] = set()
    for i, w in enumerate(ws):
        if not (w in NEGATIONS or w.endswith("n't") or w in REFUSING):
            continue
        start = i + 1
        if w in _QUANTIFIER_NEGATORS:
            # "none of the material was marked ..." negates "marked", not "material"; "no plans to", "no evidence
            # that" (no auxiliary before "to"/"that") keep the first-term rule
            for k in range(i + 1, min(i + 6, len(ws))):
                if ws[k] in ("that", "to"):
                    break
                if ws[k] in _AUX:
                    start = k + 1
                    break
        for nxt in ws[start:start + 5]:
            if nxt in STOP or nxt in NEGATIONS or nxt in _SCOPE_SKIP or len(nxt) < 2 or nxt in cased:
                continue
            t = content_terms(nxt)
            if t:
                out.add(stem(nxt) if t[0] in BROAD_CONCEPTS else t[0])
                break
    return frozenset(out)


def scope_terms(text: str) -> frozenset[str]:
    """The terms a negated predicate is matched against: content terms with narrow concepts folded, plus plain
    stems (for the broad direction concepts)."""
    terms = {t for t in content_terms(text) if t not in BROAD_CONCEPTS}
    return frozenset(terms | {stem(w) for w in words(text) if w not in STOP})


def negated_all(text: str) -> bool:
    """The text calls its proposition untrue as a whole ("reports of a siege are false")."""
    return any(w in CALLED_UNTRUE for w in main_clause(words(text)))


#: conditions and counterfactuals: "if X does not ...", "would have risen without ...", "unless", "until"; a
#: negation under them does not deny the other side's plain statement
_CONDITIONAL = re.compile(r"(^|\W)(if|unless|until|provided|even\s+if|as\s+long\s+as|only\s+when|only\s+if|"
                          r"in\s+exchange\s+for|would\s+have|could\s+have|might\s+have|should\s+have)\W", re.I)


def is_conditional(text: str) -> bool:
    return bool(_CONDITIONAL.search(" " + text + " "))


_QUESTION = re.compile(r"\?\W*$|^\W*(whether|who|what|why|how)\b", re.I)


def is_question(text: str) -> bool:
    """A question or an embedded question ("whether the plant will close") asserts nothing either way."""
    return bool(_QUESTION.search(text.strip()))


#: fewer content terms than this (numbers aside), with no auxiliary or negator to make a clause of them, is a
#: fragment ("Gulf shipping", "subsidized wheat", "a more powerful model", "long distance services"): the reader
#: kept a noun phrase, not a proposition, so there is nothing to contradict unless it answers a statement
#: (anaphora). "His fighters were not encircled" (two terms, a clause) is not one.
MIN_TERMS = 4
_AUX = frozenset("is are was were be been has have had will would could can should must did does do may might".split())


def is_fragment(text: str) -> bool:
    n = len([t for t in content_terms(text) if not t[:1].isdigit()])
    if n >= MIN_TERMS:
        return False
    ws = words(text)
    return n < 2 or not any(w in _AUX or w in NEGATIONS or w.endswith("n't") for w in ws)
