"""Hand-built articles with exact statement offsets, for tests, demos and the web load benchmark.

Nothing here runs the reader: each article is assembled piece by piece and every span (speaker, cue,
content, addressee) is recorded while the text is written, so offsets are right by construction and
thousands of articles take a second. The people, places and events are invented.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from ..model import Actor, Addressee, Article, Cue, Document, Removed, Span, Speaker, Statement, TimeExpr

PEOPLE: tuple[tuple[str, str, str], ...] = (
    # (name, role, short form used on second mention)
    ("Maria Lopez", "mayor of Springfield", "Lopez"),
    ("John Carter", "opposition leader", "Carter"),
    ("Aiko Tanaka", "finance minister", "Tanaka"),
    ("Pieter de Vries", "union spokesman", "de Vries"),
    ("Amara Okafor", "health commissioner", "Okafor"),
    ("Lena Berg", "transport secretary", "Berg"),
    ("Rafael Ortega", "chief negotiator", "Ortega"),
    ("Sunita Rao", "central bank governor", "Rao"),
    ("Tomasz Nowak", "defence minister", "Nowak"),
    ("Grace Mwangi", "environment minister", "Mwangi"),
    ("Hugo Laurent", "prime minister", "Laurent"),
    ("Ines Duarte", "trade envoy", "Duarte"),
)
ORGS: tuple[tuple[str, str], ...] = (
    ("Harbor Workers Union", "organization"), ("Ministry of Finance", "government"),
    ("Riverside Council", "government"), ("Northern Alliance Party", "organization"),
)
TOPICS: tuple[tuple[str, str, str], ...] = (
    # (claim, its negation, quote)
    ("the bridge is safe to reopen", "the bridge is not safe to reopen", "We will not cut corners on safety"),
    ("the budget deficit will shrink next year", "the budget deficit will not shrink next year",
     "The numbers speak for themselves"),
    ("the strike will end this week", "the strike will not end this week", "Our members are ready to talk"),
    ("the ceasefire is holding", "the ceasefire is not holding", "Both sides must show restraint"),
    ("the new tariffs will protect jobs", "the new tariffs will not protect jobs", "This is about fairness"),
    ("the vaccine campaign is on track", "the vaccine campaign is not on track", "Every clinic has enough doses"),
    ("interest rates will fall soon", "interest rates will not fall soon", "Inflation is still too high"),
    ("the river cleanup has worked", "the river cleanup has not worked", "The water is cleaner than in decades"),
)
ACTS_FOR = ("assert", "announce", "promise", "predict", "confirm")
ACTS_AGAINST = ("deny", "reject", "criticize", "warn")
WIRES = ("Northwire", "Metro Press", "Coastal Daily")


def actor_id(name: str) -> str:
    return "a-" + "-".join(name.lower().split())


@dataclass
class Builder:
    """Appends text and records spans as it goes, so every offset is exact."""

    text: str = ""
    actors: dict[str, Actor] = field(default_factory=dict)
    statements: list[Statement] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)

    def add(self, piece: str) -> Span:
        start = len(self.text)
        self.text += piece
        return Span(piece, start, len(self.text))

    def actor(self, name: str, kind: str = "person", aliases: tuple[str, ...] = ()) -> str:
        aid = actor_id(name)
        if aid not in self.actors:
            self.actors[aid] = Actor(aid, name, kind, aliases)  # type: ignore[arg-type]
        return aid

    def speaker(self, mention: str, name: str, via: str = "name", kind: str = "person",
                aliases: tuple[str, ...] = ()) -> Speaker:
        sp = self.add(mention)
        return Speaker(sp.text, sp.start, sp.end, self.actor(name, kind, aliases), name, via)

    def cue(self, word: str, lemma: str) -> Cue:
        sp = self.add(word)
        return Cue(sp.text, sp.start, sp.end, lemma)

    def addressee(self, mention: str, name: str | None, kind: str = "group") -> Addressee:
        sp = self.add(mention)
        return Addressee(sp.text, sp.start, sp.end, self.actor(name, kind) if name else None, name)

    def statement(self, kind: str, speaker: Speaker | None, cue: Cue | None, act: str, content: Span,
                  addressee: Addressee | None = None, said_on: str | None = None,
                  when: TimeExpr | None = None) -> Statement:
        st = Statement(f"s{len(self.statements) + 1}", kind, speaker, cue, act, content, addressee, said_on,
                       "text" if when else ("publication" if said_on else None), when)
        self.statements.append(st)
        return st

    def article(self, doc_id: str, title: str, published: str, wire: str | None, source: str | None = None,
                url: str | None = None, removed: tuple[Removed, ...] = ()) -> Article:
        return Article(Document(doc_id, title, published, wire, source or wire, self.text, url), removed,
                       tuple(self.actors.values()), tuple(self.statements), tuple(self.times))


def story(i: int, rng: random.Random, *, start: date = date(2024, 1, 1), days: int = 540) -> Article:
    """Article number `i`: two or three speakers on one topic, for and against, with a nested quote."""
    topic_i = rng.randrange(len(TOPICS))
    claim, negation, quote = TOPICS[topic_i]
    a, b = rng.sample(PEOPLE, 2)
    pub = start + timedelta(days=rng.randrange(days))
    said = pub - timedelta(days=1)
    wire = WIRES[i % len(WIRES)]
    bd = Builder()
    # paragraph 1: indirect statement with a dated cue, "X, the ROLE, said on Monday that CLAIM."
    sp = bd.speaker(a[0], a[0], aliases=(a[2],))
    bd.add(f", the {a[1]}, ")
    cue = bd.cue("said", "say")
    bd.add(" on ")
    w = bd.add(said.strftime("%A"))
    when = TimeExpr(w.text, w.start, w.end, "DATE", said.isoformat(), "publication", "t1")
    bd.times.append(when)
    bd.add(" ")
    content = bd.add(f"that {claim}")
    act_for = ACTS_FOR[i % len(ACTS_FOR)]
    bd.statement("indirect", sp, cue, act_for, content, said_on=said.isoformat(), when=when)
    bd.add(".\n\n")
    # paragraph 2: direct quote told to an addressee, pronoun speaker
    content = bd.add(f"\u201c{quote},\u201d")
    bd.add(" ")
    sp = bd.speaker(a[2], a[0], via="alias")
    bd.add(" ")
    cue = bd.cue("told", "tell")
    bd.add(" ")
    ad = bd.addressee("reporters", "Reporters")
    bd.statement("direct", sp, cue, act_for, content, ad, said_on=pub.isoformat())
    bd.add(".\n\n")
    # paragraph 3: the other side, whose content quotes the first speaker (nested speaker span)
    sp = bd.speaker(b[0], b[0], aliases=(b[2],))
    bd.add(f", the {b[1]}, ")
    act_against = ACTS_AGAINST[i % len(ACTS_AGAINST)]
    verb = {"deny": "denied", "reject": "rejected", "criticize": "criticised", "warn": "warned"}[act_against]
    cue = bd.cue(verb, act_against)
    bd.add(" ")
    c_start = len(bd.text)
    bd.add("that ")
    inner_sp = bd.speaker(a[2], a[0], via="alias")
    bd.add(" ")
    inner_cue = bd.cue("was right", "be")
    bd.add(", ")
    inner = bd.add(f"saying {negation}")
    content = Span(bd.text[c_start:], c_start, len(bd.text))
    bd.statement("indirect", sp, cue, act_against, content, said_on=pub.isoformat())
    # the nested one: the second speaker reports the first's position (content inside content)
    bd.statements.append(Statement(f"s{len(bd.statements) + 1}", "indirect", inner_sp, inner_cue, "assert", inner,
                                   None, pub.isoformat(), "publication"))
    bd.add(".\n\n")
    # paragraph 4: an organisation with a demand to a named addressee
    org, kind = ORGS[i % len(ORGS)]
    sp = bd.speaker(f"The {org}", org, kind=kind)
    bd.add(" ")
    cue = bd.cue("urged", "urge")
    bd.add(" ")
    ad = bd.addressee(b[2], b[0], kind="person")
    bd.add(" ")
    content = bd.add(f"to publish the full report on whether {claim}")
    bd.statement("indirect", sp, cue, "urge", content, ad, said_on=pub.isoformat())
    bd.add(". The talks continue.\n")
    title = f"{a[2]} says {claim}; {b[2]} disagrees"
    return bd.article(f"sample-{i:06d}", title, pub.isoformat(), wire, url=f"https://news.example/{wire.lower().replace(' ', '-')}/{i}",
                      removed=(Removed(0, 22, "Share this article · Print", "boilerplate"),))


def wire_copy(article: Article, source: str) -> Article:
    """The same story as printed by another outlet: a dateline line in front, every offset shifted."""
    prefix = f"SPRINGFIELD ({source}) - "
    n = len(prefix)

    def sh(x):
        return None if x is None else replace(x, start=x.start + n, end=x.end + n)
    stmts = tuple(Statement(s.id, s.kind, sh(s.speaker), sh(s.cue), s.act, sh(s.content), sh(s.addressee), s.said_on,
                            s.said_on_from, sh(s.when), s.about) for s in article.statements)
    d = article.document
    doc = Document(f"{d.id}-{source.lower().replace(' ', '-')}", d.title, d.published, source, source, prefix + d.text, None)
    return Article(doc, article.removed, article.actors, stmts, tuple(sh(t) for t in article.times))


def hostile(i: int = 0) -> Article:
    """An article whose text, names, title and URL try to inject markup and script."""
    bd = Builder()
    evil_name = '"><img src=x onerror=alert(1)>'
    sp = bd.speaker(evil_name, evil_name)
    bd.add(" ")
    cue = bd.cue("said", "say")
    bd.add(" ")
    content = bd.add("<script>alert('xss')</script> and </span><b onmouseover=alert(2)>bold</b>")
    bd.statement("indirect", sp, cue, "assert", content, None, said_on="2025-03-01")
    bd.add(". ")
    sp = bd.speaker("Robert'); DROP TABLE statements;--", "Robert'); DROP TABLE statements;--")
    bd.add(" ")
    cue = bd.cue("warned", "warn")
    bd.add(" ")
    ad = bd.addressee("<svg onload=alert(3)>", "<svg onload=alert(3)>")
    bd.add(" ")
    content = bd.add("that {{ 7*7 }} and ${7*7} are not templates")
    bd.statement("indirect", sp, cue, "warn", content, ad, said_on="2025-03-01")
    bd.add(".\n")
    return bd.article(f"hostile-{i}", "<script>alert('title')</script> \"quoted\" & <i>more</i>", "2025-03-02",
                      "<b>Wire</b>", url="javascript:alert('url')",
                      removed=(Removed(0, 10, "<img src=x onerror=alert(4)>", "<script>alert(5)</script>"),))


def sample_articles(n: int, *, seed: int = 7, copies_every: int = 5) -> list[Article]:
    """`n` stories, plus a wire copy of every `copies_every`-th one (0: no copies)."""
    rng = random.Random(seed)
    out: list[Article] = []
    for i in range(n):
        art = story(i, rng)
        out.append(art)
        if copies_every and i % copies_every == 0:
            out.append(wire_copy(art, WIRES[(i + 1) % len(WIRES)]))
    return out


__all__ = ["Builder", "PEOPLE", "TOPICS", "hostile", "sample_articles", "seed", "story", "wire_copy"]


def seed(url: str, n: int = 40, *, with_hostile: bool = True, seed: int = 7) -> list[Article]:
    """Create a store at `url` holding `sample_articles(n)` (and `hostile()`); returns what was ingested."""
    import hashlib

    from ..store import open_store

    arts = sample_articles(n, seed=seed) + ([hostile()] if with_hostile else [])
    with open_store(url) as st:
        for a in arts:
            st.ingest(a, content_hash=hashlib.sha256(a.document.text.encode("utf-8")).hexdigest(), origin="sample")
    return arts
