"""Cross-article actor resolution: one corpus actor for "Mr Putin", "Vladimir Putin" and "the Russian
President" seen in different articles, without merging namesakes on a shared surname alone.

The reader already links mentions *within* an article (an `Actor` with `name` and `aliases`). Here each
such article actor is matched against the corpus:

1. its full names ("vladimir putin") against names seen before (exact, after dropping titles);
2. else its surname against corpus people with that surname, keeping only those whose evidence
   agrees: the same first name (or an initial of it, or none known) and no clashing gendered title
   ("Mr" vs "Mrs"). A surname with two or more compatible people is ambiguous: no merge;
3. else a role description ("the Russian President") seen before as an alias of exactly one named
   person. Generic roles ("the spokesman", "the minister") never resolve across articles: a role must
   carry at least two words, one of them capitalised (a nationality, a body), to count as evidence;
4. else a new corpus actor.

User decisions (`saidwhat actors merge A B`, `split A ALIAS`) are rules replayed on every ingest, so
they survive re-ingest. This module holds the in-memory index and makes the decisions; the store
persists them. Standard library only.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

#: titles and honorifics dropped before comparing names ("President Putin" -> "putin")
TITLES = frozenset("""
mr mrs ms miss mx dr sir dame lord lady madam president vice prime minister deputy foreign defence defense
interior finance secretary chancellor general gen lt lieutenant colonel col major maj captain capt admiral
sergeant sgt senator sen rep representative congressman congresswoman governor gov mayor king queen prince
princess emperor pope cardinal bishop archbishop rev reverend father sister brother sheikh ayatollah imam
rabbi judge justice chief commissioner ambassador envoy professor prof spokesman spokeswoman spokesperson
chairman chairwoman chair ceo director leader premier president-elect mp mep speaker attorney state
""".split())
#: gendered honorifics: a clash ("Mr Johnson" vs "Mrs Johnson") is evidence of two people
GENDER = {"mr": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m", "father": "m", "brother": "m",
          "congressman": "m", "spokesman": "m", "chairman": "m",
          "mrs": "f", "ms": "f", "miss": "f", "dame": "f", "lady": "f", "madam": "f", "queen": "f",
          "princess": "f", "sister": "f", "congresswoman": "f", "spokeswoman": "f", "chairwoman": "f"}
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
ARTICLES = frozenset({"the", "a", "an"})
PERSON = "person"

_TOKEN = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).replace("’", "'")


@dataclass(frozen=True, slots=True)
class Name:
    """A mention parsed for matching. `key` is the lookup key (namespaced: "p:", "o:", "r:")."""

    text: str
    key: str
    kind: str  # "name" (a full or single name), "role" (a description), "" (nothing usable)
    first: str | None = None
    last: str | None = None
    gender: str | None = None
    role_evidence: bool = False  # a role specific enough to resolve across articles


def parse(text: str, actor_kind: str = PERSON) -> Name:
    """Parse a mention: drop titles and articles, split first/last name, detect role descriptions."""
    raw = _TOKEN.findall(_fold(text))
    toks = [t.lower() for t in raw]
    if not toks:
        return Name(text, "", "")
    person = actor_kind == PERSON
    rest = [(r, t) for r, t in zip(raw, toks) if t not in ARTICLES]
    content = [t for _, t in rest]
    capital = any(r[:1].isupper() and t not in TITLES for r, t in rest)
    if not person and capital:
        # "the Kremlin", "the United Nations": a body's name, with or without its article
        return Name(text, "o:" + " ".join(content), "name")
    if toks[0] in ARTICLES or all(t in TITLES for t in toks) or not capital:
        # a description: "the Russian President", "the ministry", "Prime Minister"
        return Name(text, "r:" + " ".join(content), "role", role_evidence=len(content) >= 2 and capital)
    if not person:
        return Name(text, "o:" + " ".join(t for t in toks if t not in ARTICLES), "name")
    gender = next((GENDER[t] for t in toks if t in GENDER), None)
    # drop the leading run of titles and qualifiers: "Russian President Vladimir Putin" -> "vladimir putin"
    last_title = max((i for i, t in enumerate(toks[:-1]) if t in TITLES), default=-1)
    name = toks[last_title + 1:]
    while len(name) > 1 and name[-1] in SUFFIXES:
        name = name[:-1]
    if not name:
        return Name(text, "", "")
    first = name[0] if len(name) > 1 else None
    return Name(text, "p:" + " ".join(name), "name", first=first, last=name[-1], gender=gender)


def key_of(text: str, actor_kind: str = PERSON) -> str:
    return parse(text, actor_kind).key


@dataclass
class CorpusActor:
    id: str
    name: str
    kind: str
    first: str | None = None
    last: str | None = None
    gender: str | None = None

    @property
    def is_person(self) -> bool:
        return self.kind == PERSON


@dataclass(frozen=True, slots=True)
class Mention:
    """One article actor (or a bare speaker name) to resolve: its name, the aliases the reader linked."""

    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    description: str | None = None


@dataclass
class Resolution:
    actor_id: str
    created: bool
    #: (key, text, alias kind) to record for the actor
    aliases: list[tuple[str, str, str]] = field(default_factory=list)
    #: the actor's display name or first name changed (a surname-only actor learnt its full name)
    renamed: bool = False


def _first_agrees(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return True
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def slug(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", _fold(text).lower()).strip("-")
    return s[:100] or "actor"


class Resolver:
    """The in-memory corpus actor index (loaded from the store, kept in step by the single writer)."""

    def __init__(self) -> None:
        self.actors: dict[str, CorpusActor] = {}
        self.alias: dict[str, Counter[str]] = {}
        self.surname: dict[str, set[str]] = {}
        self.merges: list[tuple[str, str]] = []
        #: (alias key, actor name key): the user said this alias is not that actor
        self.splits: set[tuple[str, str]] = set()

    # -- loading -----------------------------------------------------------------------------------
    def add_actor(self, actor_id: str, name: str, kind: str, gender: str | None = None) -> CorpusActor:
        p = parse(name, kind)
        a = CorpusActor(actor_id, name, kind, p.first, p.last, gender or p.gender)
        self.actors[actor_id] = a
        if a.is_person and a.last:
            self.surname.setdefault(a.last, set()).add(actor_id)
        return a

    def add_alias(self, key: str, actor_id: str, n: int = 1) -> None:
        if key:
            self.alias.setdefault(key, Counter())[actor_id] += n

    def add_rule(self, op: str, a: str, b: str) -> None:
        if op == "merge":
            self.merges.append((a, b))
        elif op == "split":
            self.splits.add((key_of(b), self._name_key(a)))

    def drop_actor(self, actor_id: str) -> None:
        a = self.actors.pop(actor_id, None)
        if a and a.last:
            self.surname.get(a.last, set()).discard(actor_id)
        for c in self.alias.values():
            c.pop(actor_id, None)

    def _name_key(self, name: str) -> str:
        return key_of(name)

    # -- lookups -----------------------------------------------------------------------------------
    def find(self, name_or_id: str) -> CorpusActor | None:
        """An actor by id, exact name, or a name key seen for exactly one (or mostly one) actor."""
        if name_or_id in self.actors:
            return self.actors[name_or_id]
        low = name_or_id.strip().lower()
        for a in self.actors.values():
            if a.name.lower() == low:
                return a
        for kind in (PERSON, "organization"):
            c = self.alias.get(key_of(name_or_id, kind))
            if c:
                best = [aid for aid, n in c.most_common() if n > 0 and aid in self.actors]
                if best:
                    return self.actors[best[0]]
        return None

    def _allowed(self, mention_keys: Iterable[str], actor_id: str) -> bool:
        if not self.splits:
            return True
        akey = self._name_key(self.actors[actor_id].name)
        return not any((k, akey) in self.splits for k in mention_keys)

    def resolve(self, m: Mention, new_id: "callable[[str], str] | None" = None) -> Resolution:
        """Match one article actor to a corpus actor, creating it when nothing agrees."""
        person = m.kind == PERSON
        names = [parse(t, m.kind) for t in (m.name, *m.aliases) if t]
        full = [n for n in names if n.kind == "name"]
        roles = [n for n in names if n.kind == "role"]
        keys = [n.key for n in names if n.key]
        best_name = next((n for n in full if n.first), full[0] if full else None)
        gender = next((n.gender for n in full if n.gender), None)
        chosen: str | None = None

        # 1. exact full-name keys
        for n in sorted(full, key=lambda n: n.first is None):
            if person and n.first is None:
                continue  # single names go through the surname evidence check
            c = self.alias.get(n.key)
            if c:
                ids = [aid for aid, k in c.most_common() if k > 0 and aid in self.actors and self._allowed(keys, aid)]
                if person:
                    ids = [aid for aid in ids if self._compatible(self.actors[aid], n.first, gender)]
                else:
                    ids = [aid for aid in ids if self.actors[aid].kind != PERSON]
                if ids:
                    chosen = ids[0]
                    break
        # 2. surname with agreeing evidence
        if chosen is None and person and best_name is not None and best_name.last:
            cands = [self.actors[aid] for aid in self.surname.get(best_name.last, ())
                     if aid in self.actors and self._allowed(keys, aid)]
            cands = [a for a in cands if self._compatible(a, best_name.first, gender)]
            if best_name.first:
                same = [a for a in cands if a.first and _first_agrees(a.first, best_name.first)]
                # a surname-only actor ("Mr Johnson") joins the first full name that agrees with it
                cands = same or [a for a in cands if a.first is None]
            if len(cands) == 1:
                chosen = cands[0].id
            elif len(cands) > 1 and not best_name.first:
                # ambiguous surname: only an actor known by the bare surname itself may take it
                bare = [a for a in cands if a.first is None]
                chosen = bare[0].id if len(bare) == 1 else None
        # 3. a specific role, when there is no name at all
        if chosen is None and not full:
            for n in roles:
                c = self.alias.get(n.key)
                if n.role_evidence and c:
                    ids = [aid for aid, k in c.most_common() if k > 0 and aid in self.actors
                           and self.actors[aid].kind == m.kind and self._allowed(keys, aid)]
                    if ids:
                        chosen = ids[0]
                        break
        created = False
        renamed = False
        if chosen is None:
            display = (best_name.text if best_name else m.name).strip()
            if person and best_name is not None:
                display = _display(best_name)
            aid = new_id(display) if new_id else self._new_id(display)
            self.add_actor(aid, display, m.kind, gender)
            chosen, created = aid, True
        else:
            a = self.actors[chosen]
            if a.is_person and a.first is None and best_name is not None and best_name.first \
                    and best_name.last == a.last:
                a.name, a.first = _display(best_name), best_name.first
                renamed = True
            if a.gender is None and gender:
                a.gender = gender
                renamed = True
        res = Resolution(chosen, created, renamed=renamed)
        seen = set()
        for n in names:
            if not n.key or n.key in seen:
                continue
            seen.add(n.key)
            if n.kind == "role" and not n.role_evidence:
                continue
            kind = "role" if n.kind == "role" else ("surname" if person and n.first is None else "name")
            res.aliases.append((n.key, n.text, kind))
            self.add_alias(n.key, chosen)
        return res

    def _compatible(self, a: CorpusActor, first: str | None, gender: str | None) -> bool:
        if not a.is_person:
            return False
        if gender and a.gender and gender != a.gender:
            return False
        return _first_agrees(a.first, first)

    def _new_id(self, display: str) -> str:
        base = slug(display)
        aid, i = base, 2
        while aid in self.actors:
            aid, i = f"{base}-{i}", i + 1
        return aid

    def merge_targets(self) -> list[tuple[str, str]]:
        """(keep, drop) actor-id pairs the user's merge rules ask for and the index does not yet honour."""
        out = []
        for a, b in self.merges:
            x, y = self.find(a), self.find(b)
            if x is not None and y is not None and x.id != y.id:
                out.append((x.id, y.id))
        return out

    def merge(self, keep: str, drop: str) -> None:
        for c in self.alias.values():
            if drop in c:
                c[keep] += c.pop(drop)
        self.drop_actor(drop)


def _display(n: Name) -> str:
    """A display name from a parsed person mention: the original capitalisation, titles dropped (a bare
    surname keeps its gendered title: "Mrs Johnson")."""
    if n.first is None and n.gender:
        title = next((t for t in _TOKEN.findall(n.text) if t.lower() in GENDER), None)
        if title:
            return f"{title} {_display_tokens(n)}"
    return _display_tokens(n)


def _display_tokens(n: Name) -> str:
    toks = _TOKEN.findall(n.text)
    k = n.key[2:].split()
    # keep the last len(k) tokens that spell the key (titles were a leading run)
    low = [t.lower() for t in toks]
    for i in range(len(toks) - len(k) + 1):
        if [_fold(t).lower() for t in toks[i:i + len(k)]] == k:
            return " ".join(toks[i:i + len(k)])
    return " ".join(w.capitalize() for w in k) if low else n.text


__all__ = ["CorpusActor", "Mention", "Name", "Resolution", "Resolver", "key_of", "parse", "slug"]
