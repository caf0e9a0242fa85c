"""Statements from articles or from the store, turned into the working items clustering and conflicts use.

One place resolves what a statement is *about*: a denial whose content only points back ("something Kyiv
denies", "a demand rejected by Kyiv") takes the content of the statement it follows, so it lands in that
statement's claim with the opposite stance.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ..model import Article, Statement
from .text import PLACE_OF, content_terms, words as content_words, entities, is_anaphoric, is_negated, is_qualified
from .types import StatementRef

#: acts that answer an earlier statement (a denial, rejection, agreement points back at something said)
RESPONSE_ACTS = frozenset({"deny", "reject", "agree", "confirm", "admit", "criticize", "praise"})
#: how far back (characters of article text) an anaphoric response may look for what it answers; "something
#: Kyiv denies" follows its accusation within the same sentence, a short paragraph is ~300 characters.
ANAPHORA_WINDOW = 400
#: an anaphor that names what it answers ("dismissed the demand", "a charge X rejects") looks further back
#: (a paragraph or two) for the nearest statement of that kind before settling for the nearest one
TYPED_WINDOW = 1500
_NOUN_ACTS: dict[str, frozenset[str]] = {
    "demand": frozenset({"demand", "urge", "ask"}), "call": frozenset({"demand", "urge", "ask"}),
    "request": frozenset({"demand", "urge", "ask"}), "appeal": frozenset({"demand", "urge", "ask"}),
    "proposal": frozenset({"propose"}), "plan": frozenset({"propose"}), "idea": frozenset({"propose"}),
    "suggestion": frozenset({"propose"}), "offer": frozenset({"propose", "promise"}),
    "accusation": frozenset({"accuse"}), "allegation": frozenset({"accuse"}), "charge": frozenset({"accuse"}),
    "claim": frozenset({"assert", "accuse", "announce"}), "report": frozenset({"assert", "announce"}),
    "move": frozenset({"announce", "propose", "promise", "agree"}),
    "decision": frozenset({"announce", "agree"}),
}
#: pronoun anaphors ("something Kyiv denies", "which", "it") may answer the nearest statement of any kind; a
#: nominal one ("the proposal", "the move") answers only a statement of its kind, or nothing
_PRONOUN = re.compile(r"^\W*(something|it|this|that|these|those|which|them)\W*$", re.I)
#: a person as the content ("contradicted him", "oppose her", "deny him a path"): it points at someone, not at
#: something said, so it answers a statement only when that statement is about the responder
_PERSON = re.compile(r"^\W*(him|her|them|me|us|you)\W*$", re.I)
#: words of a responder's name that do not single it out ("the Clinton campaign", "a company spokesman")
_ROLE_WORDS = frozenset("""campaign company spokesman spokeswoman spokesperson official officials source sources
government ministry agency group team office party committee department administration the of and for""".split())


def _about_responder(response: Item, cand: Item) -> bool | None:
    """Whether `cand` names the one who answers it (a word of the responder's name, places folded): None when
    the name has no such word to look for. "The council opposes him", "they deny him a path": the content is a
    person, and the nearest statement before is someone else's words about something else."""
    name = {PLACE_OF.get(w, w) for w in content_words(response.ref.speaker or "")
            if len(w) > 2 and w not in _ROLE_WORDS}
    name |= {w[:-2] for w in name if w.endswith("'s")}
    if not name:
        return None
    said = {PLACE_OF.get(w, w) for w in content_words(cand.text)}
    said |= {w[:-2] for w in said if w.endswith("'s")}
    return bool(name & said)


@dataclass
class Item:
    ref: StatementRef
    #: the text the proposition is read from (the resolved target's content for anaphoric responses)
    text: str
    terms: list[str]
    entities: frozenset[str]
    negated: bool
    hedged: bool
    about: tuple[str, ...] = ()
    target: int | None = None  # index of the item this one answers
    vec: Any = None
    extra: dict = field(default_factory=dict)

    @property
    def key(self) -> str:
        return f"{self.ref.article_id}#{self.ref.statement_id}"


def _date(st: Statement, published: str | None) -> tuple[str | None, str | None]:
    """The statement's date and where it came from (see `StatementRef.date_from`)."""
    if st.said_on:
        return st.said_on[:10], "said"
    return (published[:10], "published") if published else (None, None)


def _ref(st: Statement, article_id: str, title: str | None, published: str | None,
         speaker_name: str | None = None, speaker_actor: str | None = None) -> StatementRef:
    sp = st.speaker
    name = speaker_name or (sp.name if sp and sp.name else (sp.text if sp else None))
    actor = speaker_actor or (sp.actor if sp else None)
    date, date_from = _date(st, published)
    return StatementRef(article_id=article_id, statement_id=st.id, speaker=name, speaker_actor=actor, act=st.act,
                        text=st.content.text, date=date, start=st.content.start, end=st.content.end,
                        article_title=title, date_from=date_from)


def _make(ref: StatementRef, st: Statement) -> Item:
    """An item with its words only; `_describe` reads the rest once anaphora are resolved."""
    it = Item(ref=ref, text=ref.text, terms=[], entities=frozenset(), negated=False, hedged=False,
              about=tuple(st.about or ()))
    if st.cue:
        it.extra["cue"] = (st.cue.start, st.cue.end)  # where the saying verb is: conflicts check nesting with it
    return it


def _describe(it: Item) -> None:
    """Terms, entities, negation and hedging from the item's final text (its target's for a resolved anaphor:
    a denial's polarity comes from its act, its stance, not from its words)."""
    it.terms = content_terms(it.text)
    it.entities = entities(it.text)
    it.negated = is_negated(it.text)
    it.hedged = is_qualified(it.text)


def _resolve(items: list[Item], stmts: list[Statement]) -> None:
    """Point anaphoric responses at the nearest earlier statement by someone else (same article); an anaphor
    that names a kind of statement ("the demand") prefers the nearest statement of that kind."""
    order = sorted(range(len(items)), key=lambda i: items[i].ref.start)
    for pos, i in enumerate(order):
        it, st = items[i], stmts[i]
        if it.ref.act not in RESPONSE_ACTS or not is_anaphoric(it.text):
            continue
        anchor = st.cue.start if st.cue else it.ref.start
        anchor = min(anchor, it.ref.start, st.speaker.start if st.speaker else anchor)
        kind = next((n for w in content_words(it.text) for n in _NOUN_ACTS if w in (n, n + "s")), None)
        wanted = _NOUN_ACTS[kind] if kind else None
        # a person as content ("oppose him") answers only what was said about the responder. Not required of
        # "denied the reports/claims": on fresh FNC-1 bodies the antecedent names the denier by a pronoun ("accused
        # him"), a demonym ("Kurds" for "Kurdish sources") or not at all ("accounts ... denied the reports") as often
        # as the rule removed a wrong link (round 6, docs/claims.md)
        must_name_responder = bool(_PERSON.match(it.text))

        def ok(j: int, window: int) -> bool | None:
            cand = items[j]
            if cand.ref.end > anchor + 1:
                return False
            if anchor - cand.ref.end > window:
                return None  # too far: stop looking
            if is_anaphoric(cand.text) or (cand.ref.speaker_actor and cand.ref.speaker_actor == it.ref.speaker_actor):
                return False
            if must_name_responder and _about_responder(it, cand) is False:
                return False
            return True

        found = None
        if wanted:
            for j in reversed(order[:pos]):
                r = ok(j, TYPED_WINDOW)
                if r is None:
                    break
                if r and items[j].ref.act in wanted:
                    found = j
                    break
        if found is None and (not wanted or _PRONOUN.match(it.text)):
            for j in reversed(order[:pos]):
                r = ok(j, ANAPHORA_WINDOW)
                if r is None:
                    break
                if r:
                    found = j
                    break
        if found is not None:
            j = found
            cand = items[j]
            it.target = j
            it.text = cand.text
            it.ref = _replace(it.ref, refers_to=cand.ref.statement_id)


def _replace(ref: StatementRef, **kw) -> StatementRef:
    from dataclasses import replace

    return replace(ref, **kw)


def _has_content(st: Statement) -> bool:
    return bool(st.content and st.content.text.strip())


def _wrappers(stmts: list[Statement]) -> set[int]:
    """Plain reports whose content holds another statement's cue ("The army says it holds her, the BBC
    reported"): the claim is the inner speaker's, so the report itself is no side (it stays as anaphora context).
    A denial or accusation holding another cue ("denied that X accused Y") is a side and is kept."""
    cues = [(k, s.cue.start) for k, s in enumerate(stmts) if s.cue is not None and s.speaker is not None
            and s.speaker.via != "continuation"]
    return {k for k, s in enumerate(stmts) if s.act == "assert"
            and any(j != k and s.content.start <= c < s.content.end for j, c in cues)}


def _add_article(out: list[Item], its: list[Item], stmts: list[Statement],
                 keep: Callable[[Item], bool] | None = None) -> None:
    """Resolve anaphora among one article's items, then append them (only those `keep` accepts, when given) with
    `target`s shifted to `out`'s indices; a target that was not kept is dropped. Words are read only for the
    items appended, after resolution: the other statements serve as context."""
    _resolve(its, stmts)
    wrappers = _wrappers(stmts)
    kept = [k for k, it in enumerate(its) if k not in wrappers and (keep is None or keep(it))]
    new_index = {k: len(out) + n for n, k in enumerate(kept)}
    for k in kept:
        it = its[k]
        it.target = new_index.get(it.target) if it.target is not None else None
        _describe(it)
        out.append(it)


def items_from_articles(articles: Iterable[Article]) -> list[Item]:
    out: list[Item] = []
    for art in articles:
        doc = art.document
        stmts = [s for s in art.statements if _has_content(s)]
        _add_article(out, [_make(_ref(s, doc.id, doc.title, doc.published), s) for s in stmts], stmts)
    return out


def items_from_hits(hits: Iterable[Any], keep: Callable[[Item], bool] | None = None) -> list[Item]:
    """From the store's `StatementHit`s (grouped by article so anaphora resolve within an article); with `keep`,
    only the items it accepts, the others having served as context for anaphora."""
    by_article: dict[str, list[Any]] = {}
    for h in hits:
        by_article.setdefault(h.article_id, []).append(h)
    out: list[Item] = []
    for aid, hs in by_article.items():
        hs = [h for h in hs if _has_content(h.statement)]
        its = [_make(_ref(h.statement, aid, h.article_title, h.published, h.speaker_name, h.speaker_actor_id),
                     h.statement) for h in hs]
        for it in its:
            it.extra["corpus_ids"] = True  # the store's actor ids are corpus-wide
        _add_article(out, its, [h.statement for h in hs], keep)
    return out
