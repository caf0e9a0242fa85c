"""Positions: what one actor demands, proposes, promises, rejects or conditions, over time, with evidence.

A position is a statement by the actor whose act (or wording) commits the actor to something:
- demand (acts demand, urge, ask), proposal (propose), promise (promise, or "he/we will ..." asserted by the
  speaker about itself), rejection (reject), agreement (agree), threat (threaten), warning (warn);
- condition: any of these, or an assertion, that ties the commitment to a condition ("if they surrender",
  "until several conditions are worked out", "unless ...") — the condition is what matters to the other side.
Denials of facts ("X denies the crimes") are not positions; they are conflicts.

The actor's positions are clustered among themselves (cluster.py) so positions on one topic can be compared in
date order: `change` is "new" the first time, "repeated" for the same kind again, "changed" when an earlier
position on the topic was the opposite (a demand or proposal later rejected, a rejection later agreed to).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from ..model import Article
from .cluster import ClaimIndex
from .embed import Embedder
from .grouping import label_of, reference
from .items import RESPONSE_ACTS, Item, items_from_articles
from .text import has_condition, is_anaphoric
from .types import Position

KIND_OF_ACT: dict[str, str] = {
    "demand": "demand", "urge": "demand", "ask": "demand", "propose": "proposal", "promise": "promise",
    "reject": "rejection", "agree": "agreement", "threaten": "threat", "warn": "warning",
}
#: kinds that bind the actor to something; a later rejection of the same topic reverses them and vice versa
_FOR = frozenset({"demand", "proposal", "promise", "agreement", "condition"})
_AGAINST = frozenset({"rejection"})
#: an assertion about the speaker's own future conduct ("he will spare...", "we would honour ...")
_SELF_FUTURE = re.compile(r"^\W*(he|she|it|they|we|i)\s+(will|would|shall|is ready to|are ready to|was ready to)\b",
                          re.I)


def position_kind(act: str, text: str) -> str | None:
    """The position kind a statement expresses, or None when it expresses none."""
    kind = KIND_OF_ACT.get(act)
    if kind is None and act == "assert" and _SELF_FUTURE.match(text):
        kind = "promise"
    if has_condition(text) and (kind is not None or act == "assert"):
        return "condition"
    return kind


def _names(art: Article, actor: str) -> set[str]:
    """Ids of the article's actors that `actor` names (an id, a name or an alias; case-insensitive)."""
    want = actor.strip().casefold()
    return {a.id for a in art.actors
            if a.id == actor or a.name.casefold() == want or any(x.casefold() == want for x in a.aliases)}


def _is_actor(it: Item, ids: set[str], actor: str) -> bool:
    if it.ref.speaker_actor and it.ref.speaker_actor in ids:
        return True
    return (it.ref.speaker or "").casefold() == actor.strip().casefold()


def positions_from_items(items: list[Item], *, embedder: Embedder | str | None = None,
                         actor_label: str | None = None) -> list[Position]:
    """Positions among `items` (all by one actor), in date order, with topic and change filled in."""
    kinds = [position_kind(it.ref.act, it.text) for it in items]
    # `target`s index the list the items came from, not `chosen`: a resolved response already reads its
    # target's words, which is what places it on the topic
    chosen = [(replace(it, target=None), k) for it, k in zip(items, kinds) if k]
    if not chosen:
        return []
    chosen.sort(key=lambda p: (p[0].ref.date or "9999-99-99", p[0].ref.article_id, p[0].ref.start))
    idx = ClaimIndex(embedder)
    topic_of = idx.add([it for it, _ in chosen])
    labels = {c: label_of(reference([idx.items[i] for i in m])) for c, m in enumerate(idx.members) if m}
    seen: dict[int, list[str]] = {}
    out: list[Position] = []
    for (it, kind), c in zip(chosen, topic_of):
        before = seen.setdefault(c, [])
        if not before:
            change = "new"
        elif (kind in _AGAINST and any(k in _FOR for k in before)) or (kind in _FOR and any(k in _AGAINST for k in before)):
            change = "changed"
        else:
            change = "repeated"
        before.append(kind)
        out.append(Position(actor=actor_label or it.ref.speaker or "", kind=kind, text=it.text, date=it.ref.date,
                            evidence=it.ref, topic=labels.get(c), change=change))
    return out


def positions(articles: Iterable[Article], actor: str, *, embedder: Embedder | str | None = None) -> list[Position]:
    """What `actor` (an actor id, name or alias) demands, proposes, promises, rejects or conditions, in date order
    (undated statements last). Ids are matched within each article: `read` gives article-local ids ("a1"),
    the store corpus-wide ones, so a name is the safe choice across articles read separately."""
    if not actor or not actor.strip():
        from ..errors import InputError

        raise InputError("positions need an actor id or name, got an empty string")
    mine: list[Item] = []
    label = None
    for art in articles:
        ids = _names(art, actor)
        arts_items = items_from_articles([art])
        for it in arts_items:
            if _is_actor(it, ids, actor):
                mine.append(it)
                label = label or it.ref.speaker
    return positions_from_items(mine, embedder=embedder, actor_label=label or actor)


def positions_in_store(store, actor_id: str, actor_name: str, *, limit: int | None = None) -> list[Position]:
    """An actor's positions from a store (`saidwhat.store.Store`, passed in: claims never imports the store):
    its own statements, resolved against the other statements of the articles they stand in. `limit`: only
    its newest `limit` statements (the web keeps pages bounded); None: all."""
    from .items import items_from_hits

    own: list = []
    while True:  # newest first, a page at a time
        want = 10_000 if limit is None else min(10_000, limit - len(own))
        if want <= 0:
            break
        got = store.search(actor=actor_id, limit=want, offset=len(own)).items
        own.extend(got)
        if len(got) < want:
            break
    # only statements that can express a position need their article's context (most of an actor's statements
    # are plain assertions): the kind depends on act and words alone, and the words of an assertion are its own
    # (anaphora replace only a response's words, and every response act that is a position is in KIND_OF_ACT,
    # whose kind does not depend on the words)
    own = [h for h in own if h.statement.content and position_kind(h.statement.act, h.statement.content.text)]
    if not own:
        return []
    # a response that only points back ("rejected it") reads what it answers from its article's other
    # statements; every other statement stands on its own words, so only those articles are read whole
    answering = {h.article_id for h in own if h.statement.act in RESPONSE_ACTS and is_anaphoric(h.statement.content.text)}
    hits = [*store.article_statements(answering), *(h for h in own if h.article_id not in answering)]
    mine = {(h.article_id, h.statement.id) for h in own}
    items = items_from_hits(hits, keep=lambda it: (it.ref.article_id, it.ref.statement_id) in mine)
    return positions_from_items(items, actor_label=actor_name)
