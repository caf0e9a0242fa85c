"""Hand-built articles for store tests: exact offsets, no model. Text written for these tests."""
from __future__ import annotations

import hashlib

from saidwhat.model import Actor, Addressee, Article, Cue, Document, Span, Speaker, Statement

FILLER = ("Officials from several delegations met behind closed doors on the second floor of the old "
          "conference hall, where negotiators argued for most of the afternoon about maps, supply routes "
          "and the wording of a joint communique that none of them wanted to sign first.")


def article(aid: str, said: list[tuple], *, title: str | None = None, published: str | None = "2025-03-10",
            wire: str | None = None, source: str | None = None, lead: str = "", tail: str = FILLER,
            actors: dict[str, tuple] | None = None, said_on: str | None = None) -> Article:
    """said: (speaker text, content, act[, kind[, addressee]]) per statement, written as
    `Speaker said "content".` paragraphs. actors: speaker text -> (local id, name, kind, aliases)."""
    actors = actors or {}
    text = lead
    stmts = []
    used: dict[str, Actor] = {}
    for i, item in enumerate(said):
        who, content, act = item[:3]
        kind = item[3] if len(item) > 3 else "direct"
        to = item[4] if len(item) > 4 else None
        start = len(text)
        text += who
        sp_end = len(text)
        text += " "
        cue_start = len(text)
        cue_text = "told" if to else "said"
        text += cue_text
        addr = None
        if to:
            text += " "
            addr = Addressee(to, len(text), len(text) + len(to), None, to)
            text += to
        text += " "
        text += '"'
        c0 = len(text)
        text += content
        c1 = len(text)
        text += '".\n\n'
        local = actors.get(who)
        if local:
            lid, name, akind, aliases = local
            used[lid] = Actor(lid, name, akind, tuple(aliases))
            speaker = Speaker(who, start, sp_end, lid, name, "name")
        else:
            speaker = Speaker(who, start, sp_end, None, who, "name")
        stmts.append(Statement(f"s{i + 1}", kind, speaker, Cue(cue_text, cue_start, cue_start + 4,
                                                                 "tell" if to else "say"),
                               act, Span(content, c0, c1), addressee=addr, said_on=said_on))
    text += tail
    doc = Document(aid, title or f"Story {aid}", published, wire, source, text)
    art = Article(doc, actors=tuple(used.values()), statements=tuple(stmts))
    for s in stmts:  # the evidence contract: offsets index the document text
        assert text[s.content.start:s.content.end] == s.content.text
        assert text[s.speaker.start:s.speaker.end] == s.speaker.text
    return art


def h(art: Article) -> str:
    return hashlib.sha256(art.document.text.encode()).hexdigest()


PUTIN = {"Vladimir Putin": ("e1", "Vladimir Putin", "person", ["Mr Putin", "the Russian President"])}
