"""The public one-call pipeline: raw article -> `Article` with statements, actors, times.

Data flows one way: clean (no spaCy) -> pick the paragraphs that can hold an attribution (a quotation
mark or a cue word) -> parse only those with spaCy, in one `nlp.pipe` batch -> attribution per paragraph
-> actor resolution across the article in text order -> time expressions -> frozen dataclasses.
Parsing only candidate paragraphs is what keeps `read` at or under the cost of a bare spaCy pass.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Token

from . import lexicon as lx
from .attribution import Found, extract, wraps_statement
from .actors import ActorBook, title_subjects
from .clean import Cleaned, clean
from .errors import DateError, EmptyInputError
from .nlp.text import doc_ents, doc_text, for_parser, parsed
from .model import Addressee, Article, Cue, Document, Span, Speaker, Statement, TimeExpr

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_PARA = re.compile(r"\n\s*\n")


def _inflections(lemma: str) -> set[str]:
    w = lemma.split()[0]
    forms = {w, w + "s", w + "es", w + "ed", w + "d", w + "ing"}
    if w.endswith("e"):
        forms |= {w[:-1] + "ing"}
    if w.endswith("y"):
        forms |= {w[:-1] + "ied", w[:-1] + "ies"}
    if re.search(r"[^aeiou][aeiou][bdgmnprt]$", w):
        forms |= {w + w[-1] + "ed", w + w[-1] + "ing"}
    return forms


_IRREGULAR = {"said", "told", "wrote", "written", "thought", "sought", "made", "swore", "sworn", "forecast",
              "according", "clear", "shown", "found", "spoke", "spoken", "warned"}


@functools.lru_cache(maxsize=1)
def _candidate_re() -> re.Pattern[str]:
    forms: set[str] = set(_IRREGULAR)
    for lemma in (*lx.ACT_OF, *lx.PREP_CUES, *lx.HEDGE_CUES):
        if lemma != "read":  # (a paper that "read" something quotes it: the quotation mark makes it a candidate)
            forms |= _inflections(lemma)
    alt = "|".join(sorted((re.escape(f) for f in forms), key=len, reverse=True))
    # ... or a line opening with a short name and a colon ("Trump: ...", the headline form of a quote), or a
    # paragraph closing on a colon ("the mayor issued the following statement:", the quotation comes next)
    return re.compile(rf"[“”\"«»‘]|\b(?:{alt})\b|(?m-i:^[A-Z][^\n:]{{0,60}}:\s*\S)|:\s*$", re.I)


def is_candidate(paragraph: str) -> bool:
    """Can this paragraph hold an attribution? (a quotation mark or a cue word form)."""
    return _candidate_re().search(paragraph) is not None


def parse_published(published: str | dt.date | None) -> dt.date | None:
    """A publication date given by the caller; DateError when it is not a real date."""
    if published is None or published == "":
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    s = str(published).strip()
    try:
        return dt.date.fromisoformat(s[:10])
    except ValueError:
        pass
    try:
        from .inputs import parse_date

        return parse_date(s)
    except ImportError:  # pragma: no cover
        raise DateError(f"bad date '{s}': expected YYYY-MM-DD") from None


@dataclass(frozen=True, slots=True)
class _Para:
    start: int
    text: str


def _paragraphs(text: str) -> list[_Para]:
    out: list[_Para] = []
    pos = 0
    for m in _PARA.finditer(text):
        if m.start() > pos:
            out.append(_Para(pos, text[pos:m.start()]))
        pos = m.end()
    if pos < len(text):
        out.append(_Para(pos, text[pos:]))
    return [p for p in out if p.text.strip()]


def _nlp():
    from .nlp.pipeline import load

    return load()


def read(text: str, *, published: str | dt.date | None = None, doc_id: str | None = None,
         title: str | None = None, url: str | None = None, source: str | None = None,
         html: bool = False) -> Article:
    """Read one article: statements (who said what, to whom, when) with evidence offsets.

    `published` (ISO date) anchors relative dates ("on Friday", a year-less "March 13"); without it
    a date in the HTML metadata or the text is used, and if there is none relative dates stay unresolved.
    """
    return next(read_many([text], published=published, doc_ids=[doc_id], titles=[title], urls=[url],
                          sources=[source], html=html))


@dataclass(frozen=True, slots=True)
class _Prepared:
    cleaned: Cleaned
    paras: list[_Para]
    cand: list[int]
    meta: dict


def read_many(texts: Iterable[str], *, published: str | dt.date | None = None, doc_ids=None, titles=None,
              urls=None, sources=None, html: bool = False, batch_size: int = 64, jobs: int = 1,
              records=None) -> Iterator[Article]:
    """Read many articles with one model load, parsing their candidate paragraphs in shared batches.

    `records` (an iterable of `inputs.RawRecord`) may be given instead of `texts` and the per-item lists.
    `jobs > 1` reads in that many processes (the model loads once per process).
    """
    if records is None:
        texts = list(texts)
        n = len(texts)
        doc_ids = list(doc_ids or [None] * n)
        titles = list(titles or [None] * n)
        urls = list(urls or [None] * n)
        sources = list(sources or [None] * n)
        items = [dict(text=t, published=published, doc_id=doc_ids[i], title=titles[i], url=urls[i],
                      source=sources[i], html=html) for i, t in enumerate(texts)]
    else:
        items = [dict(text=r.text, published=r.published or published, doc_id=r.id, title=r.title, url=r.url,
                      source=r.source, html=r.html) for r in records]
    if jobs > 1 and len(items) > 1:
        yield from _read_parallel(items, jobs, batch_size)
        return
    for i in range(0, len(items), batch_size):
        yield from _read_batch(items[i:i + batch_size])


def _read_parallel(items: list[dict], jobs: int, batch_size: int) -> Iterator[Article]:
    import concurrent.futures as cf
    import multiprocessing as mp

    # about eight chunks per process, so a slow last chunk does not leave the other processes idle (four
    # gave 1.77x on 2 cores for 400 BBC articles in bench/read_speed.py, eight 1.98x; parsing in chunks
    # of 25+ keeps spaCy's batching)
    chunk = max(4, min(batch_size, -(-len(items) // (jobs * 8))))
    chunks = [items[i:i + chunk] for i in range(0, len(items), chunk)]
    ctx = mp.get_context("fork")
    with cf.ProcessPoolExecutor(max_workers=jobs, mp_context=ctx) as ex:
        for arts in ex.map(_read_batch_list, chunks):
            yield from arts


def _read_batch_list(items: list[dict]) -> list[Article]:
    return list(_read_batch(items))


def _prepare(item: dict) -> _Prepared:
    cleaned = clean(item["text"], html=item.get("html", False))
    if not cleaned.text.strip():
        raise EmptyInputError("the article holds no text after cleaning")
    paras = _paragraphs(cleaned.text)
    caps = cleaned.captions
    cand = [k for k, p in enumerate(paras)
            if is_candidate(p.text) and not any(s <= p.start and p.start + len(p.text) <= e for s, e in caps)]
    return _Prepared(cleaned, paras, cand, item)


def _parse(nlp, texts: list[str]):
    """Docs of `texts` in order, parsed from their `for_parser` form and reading as the originals."""
    return parsed(nlp.pipe(map(for_parser, texts), batch_size=256), texts)


def _read_batch(items: list[dict]) -> Iterator[Article]:
    nlp = _nlp()
    prepared = [_prepare(it) for it in items]
    texts = [p.paras[k].text for p in prepared for k in p.cand]
    rest = [sorted(set(range(len(p.paras))) - set(p.cand)) for p in prepared]
    docs = _parse(nlp, texts)
    # paragraphs that cannot hold an attribution still name people and firms that later "he" or "the firm"
    # refer to: they get the entity recognizer alone (it has its own embedding layer), about a fifth of a parse
    with nlp.select_pipes(enable=_MENTION_PIPES):
        mtexts = [p.paras[k].text for p, ks in zip(prepared, rest) for k in ks]
        mdocs = iter(list(_parse(nlp, mtexts)))
    for p, ks in zip(prepared, rest):
        pdocs = [(p.paras[k], next(docs)) for k in p.cand]
        mentions = [(p.paras[k], next(mdocs)) for k in ks]
        yield _assemble(p, pdocs, mentions=mentions)


def statements_from_doc(doc, published: str | None = None):
    """Statements and actors of a single parsed Doc (the spaCy component's path; no cleaning)."""
    item = dict(text=doc.text, published=published, doc_id=None, title=None, url=None, source=None)
    prep = _Prepared(cleaned=None, paras=[_Para(0, doc.text)], cand=[0], meta=item)  # type: ignore[arg-type]
    art = _assemble(prep, [(prep.paras[0], doc)], text=doc.text)
    return art.statements, art.actors


_LOOKING_AHEAD = ("be", "plan", "expect", "schedule", "want", "aim", "hope", "intend", "promise", "pledge", "vow",
                  "agree", "need", "seek", "try", "threaten", "prepare", "decide")
_MODALS = ("could", "may", "might", "should", "must", "can", "would", "'d")


def _deadline(tok) -> bool:
    """Is this time word the object of "by"/"until"/"before" (a deadline)?"""
    for t in (tok, tok.head):
        if t.dep_ == "pobj" and t.head.lower_ in ("by", "until", "till", "before"):
            return True
    return False


def _tense_lookup(pdocs):
    """tense_at(offset) for the time module: the tense of the verb governing that character."""
    starts = [p.start for p, _ in pdocs]

    def tense_at(i: int) -> str | None:
        import bisect

        k = bisect.bisect_right(starts, i) - 1
        if k < 0:
            return None
        para, doc = pdocs[k]
        local = i - para.start
        if local >= len(doc_text(doc)):
            return None
        tok = doc.char_span(local, local + 1, alignment_mode="expand")
        if tok is None or not len(tok):
            return None
        t = tok[0]
        for _ in range(6):
            if t.pos_ in ("VERB", "AUX"):
                break
            if t.head.i == t.i:
                break
            t = t.head
        aux = [c.lower_ for c in t.children if c.dep_ in ("aux", "auxpass")]
        if any(a in ("will", "'ll", "shall") for a in aux) or (t.lower_ in ("will", "shall")):
            return "future"
        if "to" in aux and t.head.i != t.i and t.head.lemma_ in _LOOKING_AHEAD:
            return "future"
        if any(a in _MODALS for a in aux) and not any(a in ("have", "'ve") for a in aux):
            return "future"  # "could reach Orsk by Monday": a modal looks ahead
        tense = t.morph.get("Tense")
        if (not tense or tense[0] == "Pres") and _deadline(tok[0]):
            return "future"  # "wants them out by August": a present wish with a deadline is ahead
        if tense and tense[0] == "Past":
            return "past"
        if any(a in ("did", "had", "was", "were", "has", "have") for a in aux):
            return "past"
        if tense and tense[0] == "Pres":
            return "present"
        return None

    return tense_at


def _find_times(text: str, anchor: dt.date | None, tense_at) -> list[TimeExpr]:
    from .timex import find_times

    return find_times(text, anchor, tense_at=tense_at)


def _anchor_from_text(text: str) -> dt.date | None:
    """Without a publication date: the first full calendar date written in the text, if any."""
    for t in _find_times(text[:4000], None, None):
        if t.type == "DATE" and _ISO_DAY.match(t.value):
            try:
                return dt.date.fromisoformat(t.value)
            except ValueError:
                continue
    return None


_MENTION_PIPES = ["place_ruler", "ner"]


def _assemble(p: _Prepared, pdocs, text: str | None = None, mentions=()) -> Article:
    meta = p.meta
    cleaned = p.cleaned
    text = cleaned.text if cleaned is not None else text
    pub = parse_published(meta.get("published"))
    if pub is None and cleaned is not None and cleaned.published:
        pub = parse_published(cleaned.published)
    anchor = pub if pub is not None else _anchor_from_text(text)
    times = _find_times(text, anchor, _tense_lookup(pdocs))
    book = ActorBook()
    statements: list[Statement] = []
    captions = cleaned.captions if cleaned is not None else ()
    last: Statement | None = None
    opened: Statement | None = None  # "X told reporters:" closing the paragraph before: its quote comes next
    last_para_end = -1
    parsed = {id(doc) for _, doc in pdocs}
    for para, doc in sorted([*pdocs, *mentions], key=lambda pd: pd[0].start):
        book.begin_paragraph()
        if id(doc) not in parsed:  # entity mentions only: no parse, no statements
            for e in doc_ents(doc):
                book.note_entity(e)
            continue
        found = extract(doc)
        off = para.start
        # entity mentions and speakers in text order: mentions before a speaker inform its resolution
        events: list[tuple[int, int, object]] = [(e.start_char, 1, e) for e in doc_ents(doc)]
        events += [(f.speaker[0] if f.speaker else f.content[0], 0, f) for f in found]
        events += [(t.idx, 1, t) for t in title_subjects(doc)]
        events.sort(key=lambda x: (x[0], x[1]))
        resolved: dict[int, Statement] = {}
        for _pos, _order, ev in events:
            if isinstance(ev, Token):
                book.note_title_subject(ev)
                continue
            if not isinstance(ev, Found):
                book.note_entity(ev)
                continue
            f = ev
            if any(s <= off + f.content[0] < e for s, e in captions):
                continue
            if f.continues_previous and opened is not None and f.content[0] == _first_char(doc):
                st = _opened_quote(f, off, text, opened, times)
                opened = None
            else:
                st = _statement(f, doc, off, text, book, times, found, resolved,
                                last if last_para_end >= 0 else None)
            if st is None:
                continue
            if f.opens_next:
                opened = st
                continue
            resolved[id(f)] = st
            statements.append(st)
            if not wraps_statement(f, found):  # a quote in the next paragraph goes on with X, not with
                last = st                      # the outlet that reported X ("..., as reported by Reuters")
            _promote_outer(book, f, found, resolved)
        if not any(f.opens_next for f in found):
            opened = None
        last_para_end = off + len(para.text)
    statements.sort(key=lambda s: (s.content.start, s.content.end))
    moved = book.merge_surnames()
    actors = book.actors(text)
    names = {a.id: a.name for a in actors}
    statements = [_finalise(s, f"s{i + 1}", names, moved) for i, s in enumerate(statements)]
    document = Document(
        id=meta.get("doc_id") or _default_id(text),
        title=meta.get("title") or (cleaned.title if cleaned is not None else None),
        published=pub.isoformat() if pub else None,
        wire=cleaned.wire if cleaned is not None else None,
        source=meta.get("source"), text=text, url=meta.get("url"),
    )
    return Article(document=document, removed=cleaned.removed if cleaned is not None else (),
                   actors=actors, statements=tuple(statements), times=tuple(times))


_REPLIES = {"reply", "respond", "answer", "retort", "counter"}


def _named_in_clause(doc, f: Found, head) -> frozenset[str]:
    """Name words of people named after a pronoun speaker in its own clause ("He tells Josh ...", "he says as
    Josh pulls out the money") or inside the quotation it speaks: the pronoun cannot be them."""
    if head is None or head.pos_ != "PRON" or f.cue_token is None:
        return frozenset()
    cue = doc[f.cue_token]
    named = {t.lower_ for t in cue.subtree if t.i > head.i and t.pos_ == "PROPN" and t.ent_type_ in ("PERSON", "")}
    if f.kind == "direct":
        # '“Ruth Kelly wants to ditch the Tomlinson report ...,” he said': nobody quoted names himself this way
        named |= {t.lower_ for t in doc if f.content[0] <= t.idx < f.content[1] and t.ent_type_ == "PERSON"}
    return frozenset(named)


def _first_char(doc) -> int:
    """Offset of the paragraph's first non-space character."""
    t = doc_text(doc)
    return len(t) - len(t.lstrip())


def _opened_quote(f: Found, off: int, text: str, opened: Statement, times: list[TimeExpr]) -> Statement:
    """The quotation opening a paragraph, said by the one whose cue closed the paragraph before with a colon."""
    cs, ce = f.content[0] + off, f.content[1] + off
    return replace(opened, content=Span(text[cs:ce], cs, ce), kind="direct", about=_about(times, cs, ce))


def _about(times: list[TimeExpr], cs: int, ce: int) -> tuple[str, ...]:
    """TIMEX3 values of the time expressions inside the content span [cs, ce)."""
    return tuple(tx.value for tx in times if cs <= tx.start and tx.end <= ce)


def _promote_outer(book: ActorBook, f: Found, found: list[Found], resolved: dict[int, Statement]) -> None:
    """After a statement reported inside another ("Ms A says Mr B denied it"), the reporter is again the
    latest speaker, so "She is asking ..." next means Ms A."""
    outer = next((resolved[id(g)] for g in found if g is not f and id(g) in resolved
                  and g.content[0] <= f.content[0] and f.content[1] <= g.content[1]), None)
    if outer is not None and outer.speaker is not None and outer.speaker.actor:
        book.promote(outer.speaker.actor)


def _default_id(text: str) -> str:
    import hashlib

    return "sha1-" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def _finalise(s: Statement, new_id: str, names: dict[str, str], moved: dict[str, str]) -> Statement:
    """Number the statement and give speaker/addressee the actor's final canonical name.

    (An actor first met as "Putin" is renamed "Vladimir Putin" when the full name appears later.)
    """
    from dataclasses import replace

    sp, ad = s.speaker, s.addressee
    if sp is not None and sp.actor in moved:
        sp = replace(sp, actor=moved[sp.actor], via="alias")
    if ad is not None and ad.actor in moved:
        ad = replace(ad, actor=moved[ad.actor])
    if sp is not None and sp.actor in names:
        sp = replace(sp, name=names[sp.actor])
    if ad is not None and ad.actor in names:
        ad = replace(ad, name=names[ad.actor])
    return replace(s, id=new_id, speaker=sp, addressee=ad)


def _statement(f: Found, doc, off: int, text: str, book: ActorBook, times: list[TimeExpr], found: list[Found],
               resolved: dict[int, Statement], last: Statement | None) -> Statement | None:
    cs, ce = f.content[0] + off, f.content[1] + off
    content = Span(text[cs:ce], cs, ce)
    cue = Cue(text[f.cue[0] + off:f.cue[1] + off], f.cue[0] + off, f.cue[1] + off, f.cue_lemma) if f.cue else None
    speaker = None
    said_on = None
    when = None
    act = f.act
    if f.speaker_role == "continuation":
        prev = None
        if f.continuation_of is not None and id(f.continuation_of) in resolved:
            prev = resolved[id(f.continuation_of)]
        elif f.continues_previous and last is not None:
            prev = last
        act = "assert"
        if prev is not None and prev.speaker is not None:  # (else no cue and no earlier speaker: kept, unknown)
            speaker = Speaker(prev.speaker.text, prev.speaker.start, prev.speaker.end, prev.speaker.actor,
                              prev.speaker.name, "continuation")
            cue = prev.cue
            said_on, when = prev.said_on, prev.when
    elif f.speaker is not None:
        head = doc[f.speaker_head] if f.speaker_head is not None else None
        avoid = _named_in_clause(doc, f, head)
        if head is not None and head.pos_ == "PRON" and f.cue_lemma in _REPLIES and last is not None \
                and last.speaker is not None and last.speaker.name:
            # "“You touched my heart,” he told his friend. ... “I don't know what to say,” he replied.": who
            # replies is not who just spoke
            avoid |= frozenset(w.lower() for w in last.speaker.name.split())
        res = book.resolve(doc, f.speaker, head, avoid=avoid)
        ms, me = f.mention or f.speaker  # ("who" of "analysts, who say": the mention; the analysts resolved)
        ss, se = ms + off, me + off
        speaker = Speaker(text[ss:se], ss, se, res.actor, res.name, res.via)
    addressee = None
    if f.addressee is not None:
        head = doc[f.addressee_head] if f.addressee_head is not None else None
        res = book.resolve(doc, f.addressee, head, role="addressee")
        if head is not None and head.pos_ == "PRON" and speaker is not None and res.actor is not None \
                and res.actor == speaker.actor and speaker.name and head.lower_ not in ("himself", "herself"):
            # "Pullman, who had told him that ...": "him" is not the one telling
            res = book.resolve(doc, f.addressee, head, role="addressee",
                               avoid=frozenset(w.lower() for w in speaker.name.split()))
        a0, a1 = f.addressee[0] + off, f.addressee[1] + off
        addressee = Addressee(text[a0:a1], a0, a1, res.actor, res.name)
    if f.speaker_role != "continuation" and f.time_tokens:
        spans = []
        for i in f.time_tokens:
            t = doc[i]
            spans.append((t.left_edge.idx + off, t.right_edge.idx + len(t.right_edge.text) + off))
        for tx in times:
            if any(s <= tx.start and tx.end <= e for s, e in spans) and not (cs <= tx.start < ce):
                when = tx
                if tx.type == "DATE" and _ISO_DAY.match(tx.value):
                    said_on = tx.value
                break
    about = _about(times, cs, ce)
    return Statement(id="", kind=f.kind, speaker=speaker, cue=cue, act=act, content=content, addressee=addressee,
                     said_on=said_on, said_on_from="text" if said_on else None, when=when, about=about)


def read_with_source_map(text: str, **kwargs) -> tuple[Article, Cleaned]:
    """Like `read`, also returning the `Cleaned` stage whose `to_raw` maps offsets back to `text`.

    Evaluation against corpora annotated on the raw text (PolNeAR) needs that map.
    """
    item = dict(text=text, published=kwargs.get("published"), doc_id=kwargs.get("doc_id"),
                title=kwargs.get("title"), url=None, source=None, html=kwargs.get("html", False))
    prep = _prepare(item)
    nlp = _nlp()
    texts = [prep.paras[k].text for k in prep.cand]
    docs = list(_parse(nlp, texts))
    return _assemble(prep, [(prep.paras[k], d) for k, d in zip(prep.cand, docs)]), prep.cleaned
