"""Parsed Doc -> attributions: who (a speaker phrase) said what (content) with which cue.

Rules first: a cue word from `lexicon` anchors each statement; its dependency children
give the speaker (nsubj, agent), the content (ccomp, xcomp, object, an adjacent quotation) and the
addressee (dative/object of tell/urge/ask). Quotations are found on the text first, so a quote split
around its cue, a multi-sentence quote, or a quote standing alone after a cue ("continuation") is one
unit. Where the lexicon is silent, a small learned scorer (`cue_scorer`) may pick a verb or
predicate adjective as a cue ("doubled down on", "is wary of"), with the same span conventions. Speaker phrases
are resolved to actors later (`actors.py`); this module works on one Doc and knows nothing of the article
around it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from . import lexicon as lx
from .actors import looks_human
from .cue_scorer import CueModel, cue_features, cue_model, model_candidate, model_subject
from .nlp.text import doc_ents, doc_text, mark_opens

OPEN_QUOTES = "“«„"
CLOSE_QUOTES = "”»“"
_WORD = re.compile(r"\w+")
_SETTING_PREPS = {"on", "at", "in", "during", "after", "before", "since", "via", "through", "by", "from", "while"}
_TIME_ENTS = {"DATE", "TIME"}
_REASON_IN = re.compile(
    r"in (response|reply|light|exchange|return|retaliation|protest|support|favou?r|defen[cs]e|addition)\b")
_DANGLING = re.compile(r"\s(?:and|but|or|while|as)$")

#: A quotation with fewer words than this and no cue in reach is a scare quote or a title, not a statement.
#: (Set by reading PolNeAR train: unattributed quotes of 1-3 words are almost never annotated.)
MIN_STANDALONE_QUOTE_WORDS = 4
#: ... and one set inside a paragraph (text on both sides) needs this many: in PolNeAR train such quotes of
#: 4-8 words are annotated in 29 % of cases, of 9 words and more in 70 %.
MIN_INLINE_QUOTE_WORDS = 9


@dataclass(slots=True)
class Found:
    """One attribution in a Doc, in character offsets of `doc.text`."""

    kind: str  # direct | indirect | mixed
    content: tuple[int, int]
    cue: tuple[int, int] | None
    cue_lemma: str
    act: str
    speaker: tuple[int, int] | None = None
    speaker_head: int | None = None  # token index of the speaker phrase's head
    speaker_role: str = "nsubj"  # nsubj | agent | according | relative | continuation
    addressee: tuple[int, int] | None = None
    addressee_head: int | None = None
    cue_token: int | None = None
    #: token indices whose subtrees may hold the time the statement was made ("said on March 13")
    time_tokens: tuple[int, ...] = ()
    #: the statement (same paragraph) this quotation continues; an object, not an index, because the list of
    #: findings is re-sorted and de-duplicated after it is made
    continuation_of: "Found | None" = None
    continues_previous: bool = False  # a quote with no cue: continues the last statement before it
    quotes: tuple[tuple[int, int], ...] = field(default_factory=tuple)
    #: "Ms Obi told reporters:" closing its paragraph: what was said is the quotation that opens the next one
    #: (`content` is then the colon)
    opens_next: bool = False
    #: the content is a quotation after the cue's sentence ("said in a statement. “...”"): it yields to a cue of
    #: the quotation's own ("“...,” she said")
    borrowed: bool = False
    #: the words that are the cue's subject when they are not the speaker phrase itself: the relative pronoun of
    #: "tenant groups, who say ..." (the groups are resolved, "who" is the mention), like "he" for a pronoun
    mention: tuple[int, int] | None = None


# --------------------------------------------------------------------------------------------- quotes

def find_quotes(text: str) -> list[tuple[int, int]]:
    """Top-level quotations in `text` as (start, end) including the marks.

    Curly quotes pair by nesting depth; straight double quotes toggle, an opening one being one not
    preceded by a word character. A quote left open at the end of the paragraph runs to its end (the
    news convention for quotes continuing into the next paragraph).
    """
    if "‘" in text and not any(m in text for m in "“”\"«»"):
        return _single_quotes(text)
    out: list[tuple[int, int]] = []
    raw = text
    if "''" in text:  # typewriter double quotes written as two apostrophes (''like this'')
        text = text.replace("''", '"\x01')
    i, n = 0, len(text)
    start = -1
    depth = 0
    straight_open = False
    curly_inside = 0  # curly openings met inside an open straight quote
    while i < n:
        ch = text[i]
        if straight_open and ch == "“":
            curly_inside += 1
        elif straight_open and ch == "”":
            if curly_inside:
                curly_inside -= 1
            else:  # "... first,” Davenport said: a straight quote closed by a curly mark
                straight_open = False
                out.append((start, i + 1))
        if ch in "“«„" and not straight_open:
            if depth == 0:
                start = i
            depth += 1
        elif ch in "”»" and depth > 0 and not straight_open:
            depth -= 1
            if depth == 0:
                out.append((start, i + 1))
        elif ch == '"' and depth == 1 and not straight_open and not text[i - 1].isspace() and "”" not in text[i:] \
                and _STRAIGHT_CLOSER.match(text, i + 1):
            depth = 0  # '“... in the world," he said.': a curly quote closed by a straight mark before its cue
            out.append((start, i + 1))
        elif ch == '"' and depth == 0:
            if not straight_open:
                prev = text[i - 1] if i else " "
                if prev == "=":  # a markup attribute (<tweet author="...">), not a quotation
                    j = text.find('"', i + 1)
                    i = j + 1 if j > 0 else n
                    continue
                if not (prev.isalnum()) or prev in "(—–-":
                    straight_open = True
                    start = i
                    curly_inside = 0
            elif _reopens(text, start, i):
                out.append((start, _end_before_reopen(text, i)))
                start = i
            else:
                straight_open = False
                out.append((start, i + 1))
        i += 1
    if straight_open and start >= 0:
        # '"A release stated that “X. This is false,” Judge Davenport said.': the curly mark that a cue follows
        # closes the straight quote the writer opened
        closers = list(_CLOSE_BEFORE_CUE.finditer(text, start + 1))
        if closers:
            out.append((start, closers[-1].start() + 1))
            straight_open = False
    if (depth > 0 or straight_open) and start >= 0 and n - start > 1:
        out.append((start, n))
    if raw is not text:
        out = [(s, e + 1 if e < n and text[e] == "\x01" else e) for s, e in out]
    return out


#: the verbs of a cue that follows a closing quotation mark ("...,” Judge Ortiz said)
_CUE_WORDS = "said|says|told|added|wrote|stated"
_STRAIGHT_CLOSER = re.compile(rf"\s*(?:$|[A-Za-z][^\"“”\n]{{0,60}}?\b(?:{_CUE_WORDS}|asked)\b)")
_CLOSE_BEFORE_CUE = re.compile(rf"”(?=\s*[A-Z][^\"“”\n]{{0,80}}?\b(?:{_CUE_WORDS})\b)")


_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s:(—–-]))‘(?=\w)")
_SINGLE_CLOSE = re.compile(r"(?<=\S)’(?![\w])")


def _single_quotes(text: str) -> list[tuple[int, int]]:
    """Quotations in single curly marks, as British papers print them (‘It was shocking,’ he said), in a
    paragraph with no double marks. An opening ‘ stands at a word start; a closing ’ is one not followed by a
    letter (so not the apostrophe of "baby’s"); a quotation left open runs to the end of the paragraph."""
    out: list[tuple[int, int]] = []
    pos = 0
    while True:
        m = _SINGLE_OPEN.search(text, pos)
        if m is None:
            return out
        c = _SINGLE_CLOSE.search(text, m.end())
        nxt = _SINGLE_OPEN.search(text, m.end())
        if c is None or (nxt is not None and nxt.start() < c.start()):
            end = nxt.start() if nxt is not None else len(text)
            out.append((m.start(), _end_before_reopen(text, end) if nxt is not None else end))
            pos = end
            continue
        out.append((m.start(), c.end()))
        pos = c.end()


def _reopens(text: str, start: int, i: int) -> bool:
    """Is the straight quote at `i`, met while a quote opened at `start` is still open, a fresh opening?

    Scraped text often joins paragraphs, so a quote continued into the next paragraph (left open by the
    news convention) is followed by that paragraph's opening mark: `... against you. "We would ...`.
    A mark after a sentence end and a space, with a word right after it, opens; a closing mark sits
    against the word before it.
    """
    if i + 1 >= len(text) or not (text[i + 1].isalnum() or text[i + 1] in "‘'"):
        return False
    j = i
    while j > start and text[j - 1] in " \t":
        j -= 1
    return j < i and j > start + 1 and text[j - 1] in ".!?"


def _end_before_reopen(text: str, i: int) -> int:
    """End of a quote left open before a fresh opening mark at `i`: up to its last non-space character."""
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    return i


def _in_any(i: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= i < e for s, e in spans)


def _words(text: str) -> int:
    return len(_WORD.findall(text))


# ------------------------------------------------------------------------------------------- phrases

_LEAD_ADVERBS = {"afterwards", "afterward", "later", "earlier", "meanwhile", "separately", "however", "then",
                 "now", "also", "yesterday", "today", "previously", "subsequently"}


def noun_phrase(tok: Token) -> tuple[int, int]:
    """Character span of the noun phrase headed by `tok`, without relative clauses or appositions after it."""
    if tok.pos_ == "PRON":
        return tok.idx, tok.idx + len(tok.text)
    k = tok.i  # the phrase's first token
    body = _body_before_role(tok)
    if body is not None:
        k = body.left_edge.i  # "A Department for Work and Pensions spokeswoman" (`_role_after_body`)
    for child in tok.lefts:
        if child.dep_ in ("punct", "cc", "preconj") and child.i == tok.left_edge.i:
            continue
        if child.i == tok.left_edge.i and child.lower_ in _LEAD_ADVERBS:
            continue  # "Afterwards Mr Blair said": a sentence adverb the parser took for part of the name
        if tok.ent_type_ == "PERSON" and child.dep_ in ("compound", "poss") and any(
                t.ent_type_ in ("DATE", "TIME") for t in tok.doc[child.left_edge.i - 1:child.right_edge.i + 1]):
            continue  # "In last year's budget Hu said": a time phrase (and what it owns) hung on the name
        k = min(k, child.left_edge.i)
    end = tok.idx + len(tok.text)
    # "Mr Steve Witkoff" parses fine; keep right-hand name parts ("President Trump" where head is President)
    for child in tok.rights:
        if child.dep_ in ("compound", "flat", "nmod") and child.i == tok.i + 1 and child.pos_ == "PROPN":
            end = child.right_edge.idx + len(child.right_edge.text)
        elif child.dep_ == "prep" and child.i == tok.i + 1 and child.lower_ in ("of", "for") \
                and tok.text[:1].isupper():
            # "the Office for National Statistics", "the Bank of England": the name runs on through its proper
            # nouns (not "the Bank of the poor")
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ == "PROPN" and all(
                    t.pos_ in ("PROPN", "DET", "CCONJ", "ADP", "PUNCT") or t.text[:1].isupper()
                    for t in pobj.subtree):
                end = pobj.right_edge.idx + len(pobj.right_edge.text)
    preps = ("of", "in") if _quantity(tok) else lx.ROLE_PREPS if tok.lemma_.lower() in lx.ROLE_NOUNS else ()
    prep = next((c for c in tok.rights if c.dep_ == "prep" and c.i == tok.i + 1 and c.lower_ in preps), None)
    if tok.lemma_.lower() in lx.AUTHORED_NOUNS:
        prep = _author_prep(tok)
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    if pobj is not None and pobj.lemma_.lower() not in lx.EVENT_NOUNS:  # ("leaders at a summit in Lisbon")
        # "52 percent of registered voters", "half of the council", "4 in 10", "a spokesman for the ministry",
        # "the head of the port authority": a share, or a role, says nothing without whose it is
        last = pobj
        for t in tok.doc[pobj.i + 1:pobj.right_edge.i + 1]:
            if t.is_punct or t.dep_ == "relcl" or (t.head.dep_ == "relcl" and t.head.i > t.i):
                break  # "of the 900 people polled, who ...": the group, not what is said of it
            last = t
        gap = next((t for t in tok.doc[prep.i + 1:pobj.i] if t.text in ("(", "[", ",", "—", "–", ";")), None)
        if gap is not None:  # "by Incomes Data Services' (IDS)": the name, not its bracketed short form
            last = tok.doc[gap.i - 1]
        while last.i > prep.i + 1 and (last.tag_ == "POS" or last.is_punct or last.dep_ == "cc"):
            last = tok.doc[last.i - 1]  # (and not the "and" that joins a second title: see below)
        end = max(end, last.idx + len(last.text))
    both = _second_title(tok)
    if both is not None:  # "the former secretary of state and current presidential nominee": one person
        end = max(end, noun_phrase(both)[1])
    ent = next((e for e in doc_ents(tok.doc) if e.start <= tok.i < e.end and e.label_ in ("ORG", "FAC")), None)
    if ent is not None and ent.end_char > end:
        end = ent.end_char  # the recognizer knows the whole name
    doc = tok.doc
    if ent is not None and ent.start < k and ent.end == tok.i + 1 < len(doc) and doc[tok.i + 1].text == "<":
        k = ent.start  # "Bear Stearns Cos Inc <BSC> said": the parser scatters the name before the ticker
    hon = [t for t in doc[k + 1:tok.i] if t.lower_ in lx.HONORIFICS] if tok.pos_ == "PROPN" else []
    if hon:
        k = hon[-1].i  # "the Valley Forum Mr Okafor": the name starts at its honorific
    while k > 1 and doc[k - 1].text == "-" and not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_ \
            and doc[k - 2].is_alpha:
        k -= 2  # "Wal-Mart", "Rolls-Royce": the parser may split a hyphenated name into subjects
    start = doc[k].idx
    text = doc_text(doc)
    while end - start > 1 and text[end - 1] == ">" and "<" not in text[start:end - 1]:
        end -= 1  # "<Gull Air Inc> said": the recognizer keeps the wire copy's closing bracket in the name
        while end > start and text[end - 1].isspace():
            end -= 1
    return start, end


def _second_title(tok: Token) -> Token | None:
    """ "the chairman and chief executive", "the former secretary of state and current nominee": a singular
    description joined to another under one determiner names one person (not "the minister and the president",
    "the president and members of his cabinet")."""
    if tok.tag_ != "NN" or not any(c.dep_ == "det" for c in tok.children):
        return None
    return next((c for c in tok.rights if c.dep_ == "conj" and c.tag_ == "NN"
                 and not any(g.dep_ in ("det", "poss") for g in c.children)), None)


def _author_prep(tok: Token) -> Token | None:
    """The "from"/"by" naming who made a report or survey ("a survey of 280 schemes by Incomes Data Services", "a
    report earlier this week from the retail consortium"): in the noun's own phrase, before any punctuation."""
    sub = {t.i for t in tok.subtree}
    for t in tok.doc[tok.i + 1:tok.right_edge.i + 1]:
        if t.is_punct or t.i not in sub or t.dep_ == "relcl":
            return None
        if t.dep_ == "prep" and t.lower_ in ("from", "by") and t.i + 1 < len(tok.doc) \
                and tok.doc[t.i + 1].pos_ in ("DET", "PROPN", "NOUN", "ADJ"):
            return t
    return None


_SHARE_WORDS = lx.SHARE_NOUNS | lx.QUANTIFIERS


def _quantity(tok: Token) -> bool:
    """A head that is a share of a group: a number, "percent", "half", "two-thirds", "a majority"."""
    low = tok.lower_
    return tok.like_num or low in _SHARE_WORDS or low.endswith(
        ("-thirds", "-quarters", "-fifths", "-tenths"))


def _object_start(prep: Token) -> int:
    """Where what a preposition governs starts ("called for | the minister to resign")."""
    doc = prep.doc
    return doc[prep.i + 1].idx if prep.i + 1 < len(doc) else prep.idx + len(prep.text)


def _subtree_span(tok: Token, doc: Doc, stop: set[int] | None = None) -> tuple[int, int]:
    """Character span of `tok`'s subtree, cut before trailing appositions/relatives holding another cue."""
    left = tok.left_edge
    right = tok.right_edge
    if left.i < tok.head.i < tok.i:
        # a fronted relative pronoun ("an election, which Kyiv says is premature"): the subtree reaches back
        # over the cue and its speaker; the content starts after the cue
        left = doc[min(t.i for t in tok.subtree if t.i > tok.head.i)]
    if stop:
        for child in tok.rights:
            if child.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ in ("that", "whether")
                                            for c in child.children):
                continue  # "said A but that B": a second that-clause is more of the same report
            if child.dep_ in ("appos", "npadvmod", "relcl", "advcl", "conj", "parataxis") and any(
                t.i in stop and (t.i == child.i or t.head.i == child.i) for t in child.subtree
            ):
                right = doc[max(tok.i, child.left_edge.i - 1)]
                break
    start, end = left.idx, right.idx + len(right.text)
    return _trim(doc_text(doc), start, end)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip surrounding spaces and dangling punctuation (not quote marks, which belong to the content)."""
    if end > start and "''" in text[max(0, start - 1):start + 1] + text[end - 1:end + 1]:
        start, end = _whole_marks(text, start, end)
    while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-("):
        end -= 1
    m = _DANGLING.search(text, start, end)
    if m is not None and m.start() > start:  # "said it was early but": the coordinator leads elsewhere
        end = m.start()
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-("):
            end -= 1
    # keep the sentence-final period out unless it closes a quotation
    if end > start and text[end - 1] == "." and not text[start] in OPEN_QUOTES + '"':
        end -= 1
    return start, end


def _whole_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """A quotation written with two apostrophes (''...''), which the parser read as one mark with a space
    beside it (`nlp.text.for_parser`): a span edge falling between the two takes both, or neither when the mark
    belongs to the other side (an opening mark after the span's end, a closing one before its start)."""
    if start > 0 and text[start] == "'" and text[start - 1] == "'":
        start = start - 1 if mark_opens(text, start - 1) else start + 1
    if end < len(text) and text[end - 1] == "'" and text[end] == "'":
        if mark_opens(text, end - 1):
            end -= 1
            while end > start and text[end - 1].isspace():
                end -= 1
        else:
            end += 1
    return start, end


# ----------------------------------------------------------------------------------------------- cues

def _beside_quote(tok: Token) -> bool:
    """Does a quotation mark close just before the clause of `tok` ("“...,” Hale went on") or open right after
    its particle ("went on: “...”")?"""
    doc = tok.doc
    subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    start = min(t.i for t in subj.subtree) if subj is not None else tok.i
    before = doc[max(0, start - 2):start]
    after = doc[tok.i + 2:tok.i + 4]
    return any(t.text in "”\"'’" for t in before) or any(t.text in "“\"" for t in after)


def cue_lemma(tok: Token) -> str | None:
    """The lexicon lemma of a cue token ("call on", "make clear", "rule out"), or None if not a cue."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("VERB", "AUX") and not tok.tag_.startswith("VB"):
        # "“...,” Thomas interrupts.": after a quotation and a name the small tagger may take the verb for a noun
        if lemma in lx.SPEECH_CUES and tok.i >= 2 and tok.doc[tok.i - 1].pos_ in ("PROPN", "PRON") \
                and any(t.text in "”\"" for t in tok.doc[max(0, tok.i - 4):tok.i - 1]) \
                and tok.lower_.endswith("s"):
            return lemma
        if tok.lower_ == "read" and tok.i >= 2 and tok.doc[tok.i - 1].lemma_.lower() in _WRITINGS \
                and any(t.text in "”\"" for t in tok.doc[max(0, tok.i - 4):tok.i - 1]):
            return "read"  # "“...,” the email read.": the tagger takes "email read" for a compound noun
        return None
    if tok.dep_ == "amod" and tok.head.i > tok.i:
        return None  # "no known affiliations", "the proposed plan": a participle describing a noun says nothing
    children = {c.dep_: c for c in tok.children}
    prt = next((c for c in tok.children if c.dep_ == "prt"), None)
    if lemma == "make":
        nxt = next((t for t in tok.doc[tok.i + 1:tok.i + 3] if t.pos_ != "ADV"), None)
        if nxt is not None and nxt.lower_ == "clear":
            return "make clear"
        return None
    if lemma == "rule" and prt is not None and prt.lower_ == "out":
        return "rule out"
    if lemma == "go" and any(c.lower_ == "on" and c.i == tok.i + 1 for c in tok.children) \
            and not any(c.dep_ in ("xcomp", "prep", "advcl") for c in tok.children) and _beside_quote(tok):
        # "“...,” Hale went on." / "Hale went on: “...”": continuing to speak; "while the fighting goes on" is
        # no cue (nor a stop for the clause around it)
        return "go on"
    if lemma == "mention" and tok.i >= 2 and tok.doc[tok.i - 1].lower_ == "to" and tok.doc[tok.i - 2].lower_ == "not":
        return None  # "jazz lovers, not to mention critics": "also", nobody mentions anything
    if lemma == "oppose" and tok.lower_ == "opposing" and tok.i + 1 < len(tok.doc) \
            and tok.doc[tok.i + 1].lemma_.lower() in _SIDES:
        return None  # "clashed with opposing skipper Keane", "opposing views": the other side, no stance
    if lemma == "threaten" and not any(c.dep_ in ("xcomp", "ccomp") for c in tok.children) and any(
            c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or c.lower_ in _OBJECT_PRONOUNS) for c in tok.children):
        return None  # "threatened Gary Neville": menacing someone, not threatening to do something
    if lemma == "decline" and _thing_subject(tok) and not looks_human(
            next(c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")).lemma_.lower()):
        return None  # "the shares declined to stand 12p lower": falling, not refusing
    if lemma in ("name", "call", "dub") and tok.dep_ == "acl" and tok.tag_ == "VBN":
        return None  # "a player named Joe Reyes": what someone is called, not a naming
    if lemma == "name" and any(c.dep_ == "dobj" and c.lemma_.lower() in ("team", "side", "squad", "line-up", "lineup")
                               for c in tok.children):
        return None  # "the coach, who names his team on Friday": picking players, not saying
    if lemma == "add" and any(c.dep_ == "prep" and c.lower_ == "to" and c.i == tok.i + 1 for c in tok.children) \
            and not any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                        for c in tok.children):
        # "took the title, adding to a long run of wins", "adding to awards it has collected": adding to
        # something, not saying ("added to reporters that ..." is saying)
        return None
    if lemma == "offer" and tok.tag_ == "VBG" and _offering_thing(tok):
        # "tablets offering video calls", "with several boats offering lunch": what a thing has, no proposal
        # (a finite "offers" is left to stand: PolNeAR marks even a place that offers something, and some people
        # offering themselves go by nouns the lexicon does not know)
        return None
    if lemma == "read" and not any(c.dep_ == "nsubj" and c.lemma_.lower() in _WRITINGS for c in tok.children):
        return None  # "“...,” the statement read" quotes a paper; "she read the report" is reading
    if lemma == "weigh" and not any(c.lower_ == "in" for c in tok.children):
        return None  # "as the Senate weighed the bill": considering, not saying ("weighed in on" is a cue)
    if lemma == "call":
        prep = _call_prep(tok)
        if prep is not None:
            return f"call {prep.lower_}"
        if _for_clause(tok) is not None:
            return "call for"
    if lemma == "point" and not any(c.dep_ == "prep" and c.lower_ == "out" for c in tok.children) and (
        prt is None or prt.lower_ != "out"
    ):
        return None
    del children
    if lemma not in lx.ACT_OF and lemma in lx.PREP_CUES and _prep_child(tok, lx.PREP_CUES[lemma]) is not None:
        return lemma  # "pushed for X", "weighed in on X": a cue only with its preposition
    return lemma if lemma in lx.ACT_OF else None


#: what "opposing" describes as an adjective: the other side ("opposing skipper", "opposing views")
_SIDES = lx.TITLE_NOUNS | lx.OCCUPATION_NOUNS | {"team", "side", "player", "fan", "camp", "force", "army", "view",
                                                 "party", "counsel", "lawyer", "bench", "defence", "defense",
                                                 "supporter", "voice", "faction", "end", "goal", "number"}


def _call_prep(tok: Token) -> Token | None:
    """The "on"/"for"/"upon" of "call on/for", after the verb ("For the next three weeks, Okafor calls ..." is no
    call for the weeks)."""
    return next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "for", "upon") and c.i > tok.i),
                None)


def _only_the_told(dobj: Token | None, content: tuple[int, int]) -> bool:
    """Is the content just the object of "told" (a person or a group: "told reporters"), not what was told?"""
    return dobj is not None and content in (noun_phrase(dobj), _subtree_span(dobj, dobj.doc)) and (
        dobj.pos_ in ("PRON", "PROPN") or dobj.lemma_.lower() in lx.GROUP_NOUNS | lx.TITLE_NOUNS
        or dobj.lower_ in lx.GROUP_NOUNS)


def _colon_ending(text: str, tok: Token) -> int | None:
    """Offset of the colon when the cue's clause closes the paragraph with one ("Ms Obi told reporters:",
    "he said in a statement:"), the quotation following in the next paragraph; else None."""
    tail = text[tok.idx + len(tok.text):].rstrip()
    if not tail.endswith(":") or len(tail) > 80 or re.search(r"[.!?\"“”]", tail):
        return None
    return tok.idx + len(tok.text) + len(tail) - 1


def _for_clause(tok: Token) -> Token | None:
    """ "calling for the US to step up its efforts": spaCy makes "for" the mark of an infinitive clause (a day may
    stand between: "called Wednesday for the judge to resign")."""
    gap = tok.i + 1
    if gap < len(tok.doc) and (tok.doc[gap].lower_ in lx.DAY_WORDS or tok.doc[gap].ent_type_ == "DATE"
                               and tok.doc[gap].ent_iob_ == "B"
                               and (gap + 1 == len(tok.doc) or tok.doc[gap + 1].ent_type_ != "DATE")):
        gap += 1  # a one-word date
    return next((c for c in tok.rights if c.dep_ in ("advcl", "ccomp", "xcomp")
                 and any(m.dep_ == "mark" and m.lower_ == "for" and m.i == gap for m in c.children)), None)


def _prep_child(tok: Token, preps: set[str]) -> Token | None:
    """The preposition of a prepositional cue ("talked about", "lashed out at"), if it hangs on `tok`."""
    for c in tok.children:
        if c.dep_ in ("prep", "prt") and c.lower_ in preps and c.i > tok.i:
            return c
        if c.dep_ == "prt" and c.i == tok.i + 1:  # "lashed out at"
            for g in c.children:
                if g.dep_ == "prep" and g.lower_ in preps:
                    return g
            nxt = tok.doc[c.i + 1] if c.i + 1 < len(tok.doc) else None
            if nxt is not None and nxt.dep_ == "prep" and nxt.head.i == tok.i and nxt.lower_ in preps:
                return nxt
    return None


#: Acts a speaker can pledge on a condition ("will let them live if they surrender"); other verbs with "will ...
#: if" are mostly forecasts ("said we would end up with X if Y").
_PLEDGES = {"let", "spare", "honour", "honor", "give", "pay", "provide", "offer", "release", "free", "return",
            "withdraw", "stop", "halt", "end", "resign", "quit", "support", "back", "urge", "investigate", "invest",
            "help", "protect", "guarantee", "cut", "ensure", "allow", "accept", "sign", "meet", "talk", "negotiate",
            "keep", "apologise", "apologize", "lift", "ease", "drop", "restore", "open", "reopen", "pull", "send",
            "hand", "agree", "consider", "review", "compensate", "refund", "cooperate", "co-operate", "stand"}


_THREATS = {"fight", "attack", "strike", "retaliate", "sue", "punish", "destroy", "hit", "block", "veto", "sanction",
            "expel", "arrest", "prosecute", "respond", "act"}


def _about_self(root: Token) -> bool:
    """Is the reported clause's subject a personal pronoun for the speaker ("said he would ...", "says we will
    ...")? Inside a quotation only "I" and "we" are (in '"He backs the plan," the statement said' he is someone
    else)."""
    quoted = any(a <= root.idx < b for a, b in doc_quotes(root.doc))
    mine = ("i", "we") if quoted else ("he", "she", "i", "we", "they")
    return any(c.dep_ == "nsubj" and c.lower_ in mine for c in root.children)


#: What a report is called when it is denied, and the papers and claims so called.
_UNTRUE = {"false", "untrue", "baseless", "groundless", "unfounded", "fabricated", "fake", "bogus", "incorrect",
           "inaccurate", "nonsense", "lie", "lies", "fabrication", "fiction", "rubbish"}
_CLAIM_NOUNS = {"report", "claim", "allegation", "rumour", "rumor", "accusation", "suggestion", "story", "charge"}


def _called_untrue(root: Token) -> bool:
    """Is the reported clause "<reports/claims ...> are false (and fabricated)", not negated?"""
    if root.lemma_.lower() != "be" or _negated(root):
        return False
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    pred = next((c for c in root.children if c.dep_ in ("acomp", "attr")), None)
    return subj is not None and pred is not None and subj.lemma_.lower() in _CLAIM_NOUNS \
        and pred.lower_ in _UNTRUE


def _future(root: Token) -> bool:
    """Does the clause speak of what will be ("will grow", "would honour", "'ll pay")?"""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "would", "shall") for c in root.children)


#: Object pronouns: someone shown or denied something ("showed him how", "denying them seats").
_OBJECT_PRONOUNS = {"him", "her", "them", "us", "me", "you"}

#: Passive verbs of hearsay: "X is alleged / said / reported to have told Y" makes X the one who told.
_HEARSAY = {"allege", "say", "report", "believe", "understand", "think", "rumour", "rumor"}

#: Verbs whose infinitive is what someone was asked or urged to say ("asked to explain", "urged him to admit").
_ASKING = {"ask", "urge", "invite", "press", "encourage", "call", "challenge", "tell"}


def _speaks_through(tok: Token, base: str) -> bool:
    """Is the statement made by another cue hanging on this one: "quoted Mr Clarke telling activists ..." (Clarke
    told them), "continued to warn that ..." (the warning)?"""
    if base == "quote" and any(c.dep_ == "dobj" for c in tok.children):
        return any(c.tag_ == "VBG" and c.dep_ in ("xcomp", "advcl", "acl") and c.lemma_.lower() in lx.SPEECH_CUES
                   for c in tok.children)
    return base == "continue" and any(c.dep_ == "xcomp" and cue_lemma(c) is not None for c in tok.children)


def _shows_someone(tok: Token, base: str) -> bool:
    """ "Reyes showed Hale how to fold the sail": showing someone how, not a finding ("the poll showed Hale ahead" is
    one)."""
    shown = next((c for c in tok.children if c.dep_ in ("dobj", "dative")), None)
    return base in ("show", "demonstrate", "teach") and shown is not None and (
        shown.ent_type_ == "PERSON" or shown.lower_ in _OBJECT_PRONOUNS) and any(
        c.dep_ in ("xcomp", "ccomp") and any(g.lower_ == "how" for g in c.children) for c in tok.children)


def _indicative(root: Token) -> bool:
    """Does the clause state what is or will be ("children earn", "prices would rise"), rather than what should be
    ("he should resign", "he resign", "raising taxes")?"""
    auxes = {c.lower_ for c in root.children if c.dep_ == "aux"}
    if auxes & {"should", "must", "ought", "shall"}:
        return False
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if root.tag_ == "VBP" and subj is not None and (subj.lower_ in ("he", "she", "it") or subj.tag_ in ("NN", "NNP")):
        return False  # "suggested he resign": the subjunctive
    if "could" in auxes and "have" not in auxes:
        return False  # "suggested teachers could get more powers": a proposal ("could have been" is a guess)
    return root.tag_ in ("VBZ", "VBD", "VBP") or bool(auxes & {"will", "would", "may", "might", "could", "can"})


def act_of(lemma: str, content_root: Token | None, negated: bool) -> str:
    """The speech act of a cue, refined by its content ("said he wants X" is a demand)."""
    act = lx.ACT_OF.get(lemma, "assert")
    if lemma in ("say", "make clear", "tell", "add", "insist", "reiterate", "state") and content_root is not None:
        r = content_root.lemma_.lower()
        if r in ("want", "demand", "insist", "require") and any(
            c.dep_ in ("dobj", "ccomp", "xcomp") for c in content_root.children
        ) and (r != "require" or _about_self(content_root)) and not (r == "want" and any(
            c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() not in lx.ORG_NOUNS | lx.TITLE_NOUNS
            for c in content_root.children)):
            # ("said many investors still want to buy gold": what others wish, reported; "said Moscow wants ..." and
            # "said it wants ..." stay demands)
            # ("funding the shortfall requires inflows": a need; "does not want higher tax rates": a rejection; "did not
            # want to think about it": no demand)
            act = "demand" if not _negated(content_root) else "reject" if any(
                c.dep_ == "dobj" for c in content_root.children) else "assert"
        elif r in ("deny", "reject") and not any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in content_root.children):
            act = lx.ACT_OF[r]  # ("said it rejects X"; "said the parliament would reject X" foresees another's)
        elif _called_untrue(content_root):
            act = "deny"  # "said reports of the encirclement were false": a denial in other words
        elif _about_self(content_root) and r in ("support", "back", "accept", "welcome", "endorse") and any(
                c.dep_ in ("dobj", "xcomp") for c in content_root.children) and not any(
                c.dep_ == "aux" and c.lower_ in ("should", "must", "ought") for c in content_root.children):
            act = "reject" if _negated(content_root) else "agree"
            # "said he supported the proposal in principle"; "say they won't back a bid unless ..."
        elif _about_self(content_root) and r in _PLEDGES | _THREATS and not any(
                c.dep_ == "prt" for c in content_root.children) and _future(content_root) \
                and any(m.dep_ == "mark" and m.lower_ in ("if", "unless", "once", "provided") and m.head.dep_ == "advcl"
                        for m in content_root.subtree):  # (the parser may hang the if-clause on a participle)
            # "says he will let the troops live if they surrender": a conditional offer; "we will fight them if
            # they default": a threat
            act = "threaten" if r in _THREATS else "reject" if _negated(content_root) else "promise"
    if lemma == "suggest" and content_root is not None and _indicative(content_root):
        act = "assert"  # "a report suggests children earn most": a finding; "suggested he should resign" proposes
    if lemma in ("estimate", "reckon", "calculate") and content_root is not None and _future(content_root):
        act = "predict"  # "estimates that the market will grow 15%"
    if negated and act == "agree":
        act = "reject"
    elif negated and act in ("deny", "reject", "accuse", "admit", "confirm", "praise", "criticize", "promise"):
        act = "assert"  # "has not denied the report" is no denial, "did not admit any violation" no admission
    return act


# -------------------------------------------------------------------------------------------- extract

def rule_pass(doc: Doc, quotes: list[tuple[int, int]]) -> tuple[list[Found], dict[int, str], set[int], set[int]]:
    """The rules' statements, the lexicon cue tokens (index -> lemma), those with a subject of their own
    ("voiced": a content clause stops before them) and those the rules made nothing of, which the learned
    scorer may still take up (a deliberate no, a negated or declined cue or a prize claimed, is not offered)."""
    found: list[Found] = []
    cue_tokens: dict[int, str] = {}
    for tok in doc:
        if _in_any(tok.idx, quotes):
            continue
        lemma = cue_lemma(tok)
        if lemma:
            cue_tokens[tok.i] = lemma
    # "according to X, ..."
    for tok in doc:
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to" \
                and not _in_any(tok.idx, quotes):
            f = _according(doc, tok, quotes)
            if f:
                found.append(f)
    for tok in doc:
        if tok.lemma_.lower() in lx.HEDGE_CUES and tok.pos_ in ("VERB", "AUX") and tok.tag_ != "VBG" \
                and not _in_any(tok.idx, quotes):
            f = _hedge(doc, tok, quotes)
            if f:
                found.append(f)
    for tok in doc:
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in lx.NOMINAL_CUES and not _in_any(tok.idx, quotes):
            f = _nominal(doc, tok, quotes)
            if f:
                found.append(f)
    head = _headline(doc, quotes)
    if head is not None:
        found.append(head)
    for tok in doc:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in _DELIVER_VERBS and not _in_any(tok.idx, quotes):
            f = _delivered(doc, tok, quotes)
            if f is not None:
                found.append(f)
    # a content clause is cut before a clause holding another cue with a speaker of its own ("X said A, and
    # Y denied B"); a participle sharing the content's subject ("..., expressing hope that") stays inside
    voiced = {i for i, lemma in cue_tokens.items() if lemma not in lx.WEAK_CUES and not _for_to(doc[i])
              and (any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in doc[i].children)
                   or doc[i].tag_ in ("VBD", "VBZ", "VBP") or _comma_participle(doc[i]))}
    rejected: set[int] = set()
    for i, lemma in cue_tokens.items():
        f = _from_cue(doc, doc[i], lemma, quotes, voiced - {i}, found)
        if f is None:
            if not _not_done(doc[i]) and lemma.split()[0] not in ("claim", "deny", "comment") \
                    and not _silent(doc[i], lemma.split()[0]) and not _hypothetical(doc[i]) \
                    and not _shows_someone(doc[i], lemma.split()[0]) and not _plays_ball(doc[i]) \
                    and not _narrates(doc[i]) \
                    and not _speaks_through(doc[i], lemma.split()[0]):
                rejected.add(i)
            continue
        found.append(f)
    return found, cue_tokens, voiced, rejected


#: Saying participles that, after a comma, state something of their own ("said A, arguing that B": PolNeAR marks B
#: as a second relation); other participles ("said A, highlighting B") stay part of what was said
_PARTICIPLE_CUES = {"say", "tell", "argue", "add", "insist", "note", "claim", "warn", "suggest", "stress", "explain",
                    "contend", "acknowledge", "admit", "assert", "maintain", "predict", "imply", "vow", "allege",
                    "remark", "concede", "pledge", "promise", "complain"}


def _for_to(tok: Token) -> bool:
    """ "said it would be improper for him to speak on ...": a cue in a for-to infinitive is part of what is said
    (its subject comes after "for"), not a clause of its own that ends the content."""
    return tok.tag_ == "VB" and _to_infinitive(tok) and any(
        c.dep_ == "mark" and c.lower_ == "for" for c in tok.children)


def _to_infinitive(tok: Token) -> bool:
    """Does `tok` carry the "to" of an infinitive ("to suggest", "to discuss")?"""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _comma_participle(tok: Token) -> bool:
    """ "denied X had forced the changes, telling the BBC ..." (", arguing that ..."): a saying participle after a
    comma, hung by the parser on the reported clause, starts a statement of its own (the content before it stops
    there). Not when it tells "him" or "her" ("has said X ordered the changes, telling him to ...": X told the one
    saying it)."""
    return tok.tag_ == "VBG" and tok.dep_ == "advcl" and tok.lemma_.lower() in _PARTICIPLE_CUES and tok.i > 0 \
        and tok.doc[tok.i - 1].text == "," and tok.head.dep_ == "ccomp" and not any(
            c.dep_ in ("dobj", "dative") and c.lower_ in _OBJECT_PRONOUNS for c in tok.children)


def doc_quotes(doc: Doc) -> list[tuple[int, int]]:
    """`find_quotes` of the doc's text, found once and kept with the doc (the actor book asks again per name)."""
    quotes = doc.user_data.get(_QUOTES_KEY)
    if quotes is None:
        quotes = doc.user_data[_QUOTES_KEY] = find_quotes(doc_text(doc))
    return quotes


_QUOTES_KEY = "saidwhat.quotes"


def extract(doc: Doc) -> list[Found]:
    """Every attribution in `doc` (typically one paragraph), in text order."""
    text = doc_text(doc)
    quotes = doc_quotes(doc)
    found, cue_tokens, voiced, rejected = rule_pass(doc, quotes)
    used_quotes: set[tuple[int, int]] = set()
    model = cue_model()
    if model is not None:  # verbs the lexicon does not list or the rules found nothing for, by the learned scorer
        picked = model_cue_tokens(doc, set(cue_tokens), quotes, model, rejected)
        stop = voiced | set(picked)
        for i in picked:
            f = _from_model_cue(doc, doc[i], quotes, stop - {i}, cue_tokens.get(i))
            if f is not None and not any(g.content == f.content or g.cue_token == i or _cue_under(doc, g, i)
                                         for g in found):  # ("issued a statement: ..." is the statement's)
                found.append(f)
    found = [f for f in found if not (f.borrowed and any(g.content == f.content for g in found if g is not f))]
    for f in found:
        cut = _cut_at_next_sentence(text, f, quotes)
        if cut != f.content:
            f.content = cut
            f.kind, f.quotes = _quote_kind(text, cut, quotes)
    for f in found:
        if f.cue_token is not None and doc[f.cue_token].dep_ == "relcl" and _colon_after_pronoun(doc[f.cue_token]):
            # "Asked whether he thought X he said: “...”": the question stops where its answer's cue starts
            for g in found:
                if g is not f and g.content[0] < f.speaker[0] < g.content[1] and g.cue[1] <= f.speaker[0]:
                    g.content = _trim(text, g.content[0], f.speaker[0])
                    g.kind, g.quotes = _quote_kind(text, g.content, quotes)
        subj = _answering_subject(doc, f)
        if subj is not None:
            # "Asked if there was a timescale, Pound said: “...”": the question stops before the answer's clause
            f.content = _trim(text, f.content[0], subj.left_edge.idx)
            f.kind, f.quotes = _quote_kind(text, f.content, quotes)
    # (nested stances go first, so a quotation after them continues the statement that holds them)
    found = _drop_nested_wishes(sorted(found, key=lambda f: f.content[0]), doc)
    for f in found:
        for q in quotes:  # (a content may start just inside the opening mark)
            if f.content[0] <= q[0] + 1 and q[1] <= f.content[1] + 1:
                used_quotes.add(q)
    # quotations no cue claimed: continue the speaker of the statement before them
    for q in quotes:
        if q in used_quotes or any(f.content[0] <= q[0] + 1 < f.content[1] for f in found):
            continue
        nw = _words(text[q[0]:q[1]])
        if nw < MIN_STANDALONE_QUOTE_WORDS:
            continue
        if nw < MIN_INLINE_QUOTE_WORDS and text[:q[0]].strip() and text[q[1]:].strip(" \n.,;") \
                and not _whole_sentence(text, q):
            continue  # a short quote inside a paragraph with no cue is mostly a phrase the writer borrows
        if _title_case(doc, q):
            continue  # "KFC Gets Business License To Sell ...": a headline or a title, not something said
        prev = [f for f in found if f.content[1] <= q[0] and f.speaker_role != "continuation"
                and not wraps_statement(f, found)]
        if prev and prev[-1].speaker_role == "relative" and any(f.kind == "direct" for f in prev[:-1]):
            # ("“...,” said Ann Vey, who has since urged X. “...”": the quotation goes on with what she said,
            # not with the clause describing her)
            prev = [f for f in prev[:-1] if f.kind == "direct"]
        found.append(Found(
            kind="direct", content=q, cue=None, cue_lemma="", act="assert", speaker_role="continuation",
            continuation_of=prev[-1] if prev else None, continues_previous=not prev, quotes=(q,),
        ))
    # (a content of quotation marks only, from a stray mark in the source: '... he said, ""it does not ...')
    found = sorted((f for f in found if f.opens_next or re.search(r"\w", text[f.content[0]:f.content[1]])),
                   key=lambda f: f.content[0])  # ("X told reporters:" stands on its colon until its quotation)
    for f in found:
        if f.speaker_role == "relative" and f.cue_token is not None:
            rel = next((c for c in doc[f.cue_token].children if c.dep_ in ("nsubj", "nsubjpass")
                        and c.lower_ in ("who", "which", "that")), None)
            if rel is not None:
                f.mention = (rel.idx, rel.idx + len(rel.text))
    return _dedupe(found)


_SENTENCE_THEN_QUOTE = re.compile(r"(?<!\b[A-Z])(?<!\b[A-Z]\.[A-Z])[.!?]\s+(?=[“\"][A-Z])")  # (not "U.S. “...")


def _cut_at_next_sentence(text: str, f: Found, quotes: list[tuple[int, int]]) -> tuple[int, int]:
    """A reported clause ends with its sentence: when the parser runs it on into a quotation that opens the next
    one ("... who has accused rivals of spreading rumours. “Who believes ...”"), the content stops at the full
    stop, and the quotation is left to find its own speaker."""
    s, e = f.content
    if f.kind == "direct" or f.opens_next or f.cue_lemma == ":":
        return f.content  # (a "Name: ..." line is all that person's, sentence after sentence)
    for m in _SENTENCE_THEN_QUOTE.finditer(text, s, e):
        if m.start() > s and not any(q[0] < m.start() < q[1] for q in quotes):
            return s, m.start() + (1 if text[m.start()] != "." else 0)
    for q in quotes:  # ('singing "Blue forever" and "Never again." At the station, ...': a quotation closed it)
        if s <= q[0] and q[1] < e and text[q[1] - 2:q[1] - 1] in (".", "!", "?") \
                and re.match(r"\s+[A-Z]", text[q[1]:e]) and not re.search(r"\b[A-Z]\.$", text[q[0]:q[1] - 1]):
            return s, q[1]
    return f.content


def _cue_under(doc: Doc, g: Found, i: int) -> bool:
    """Is `g` the rules' statement on a plain saying verb that completes token i? ("She went on to say: ..." is
    one saying, not also a "went on" whose content is "to say" or the quotation)"""
    return g.cue_token is not None and doc[g.cue_token].head.i == i and doc[g.cue_token].dep_ == "xcomp" \
        and g.cue_lemma in _PLAIN_SAYING


#: verbs that only say (for "went on to say", "paused to add"): the verb before them is no statement of its own
_PLAIN_SAYING = {"say", "add", "tell", "write", "ask"}


_PLAIN_PRONOUNS = {"he", "she", "they", "it", "i", "we"}


def _tokens_in(doc: Doc, start: int, end: int) -> list[Token]:
    """The tokens starting in characters [start, end), found without walking the whole paragraph."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return [t for t in span if start <= t.idx < end] if span is not None else []


def _title_case(doc: Doc, q: tuple[int, int]) -> bool:
    """Is quotation q written in title case (its verbs, particles and prepositions capitalised after the first word:
    a headline, a book or a show), rather than a sentence someone said? Names (tagged PROPN) count neither way."""
    words = [t for t in _tokens_in(doc, q[0] + 1, q[1]) if t.is_alpha and t.pos_ != "PROPN"][1:]
    upper = sum(1 for t in words if t.text[:1].isupper() and t.lower_ != "i")
    return upper >= 2 and upper >= len(words) - upper


def _whole_sentence(text: str, q: tuple[int, int]) -> bool:
    """Is quotation q a sentence of its own ('... she said. "Now we know that, yes, they will." The ...'), not
    a phrase the writer borrows inside a sentence?"""
    before = text[:q[0]].rstrip()
    inner = text[q[0] + 1:q[1] - 1].strip()
    return (not before or before[-1] in ".!?\"”") and inner[:1].isupper() and inner[-1:] in (".", "!", "?")


def wraps_statement(f: Found, found: list[Found]) -> bool:
    """Does f's content hold another statement's cue? ("“A,” said X, as reported by Reuters": the report wraps
    X's statement, and a quote after it goes on with X, not with Reuters)"""
    return any(g is not f and g.cue is not None and f.content[0] <= g.cue[0] < f.content[1] for g in found)


def _drop_nested_wishes(found: list[Found], doc: Doc) -> list[Found]:
    """A weak cue inside another statement's content ("said he wants X") is part of it, not a statement; so is
    one whose subject is a thing ("complains that a flood of cheap imports threatens its survival")."""
    text = doc_text(doc)
    out = []
    for f in found:
        thing = f.cue_token is not None and f.speaker_head is not None and _thing_subject(doc[f.cue_token]) \
            and doc[f.speaker_head].lemma_.lower() not in _PAPERS | _STUDIES \
            and not looks_human(doc[f.speaker_head].lemma_.lower())  # ("the barrister had said ...": someone)
        # (a hedge: "said the rock seemed to ..."; a stance: "said voters oppose the plan", "a poll showing X")
        weak = f.cue_lemma in lx.WEAK_CUES or f.speaker is None or f.cue_lemma.split()[0] not in lx.SPEECH_CUES \
            or f.act == "assert" and text[f.speaker[0]:f.speaker[1]].lower() in _PLAIN_PRONOUNS \
            or f.cue is not None and _infinitive_cue(text, f.cue) or thing  # "said he told X", "expected X to respond"
        if f.cue is not None and weak and any(
            g is not f and g.speaker is not None and g.content[0] <= f.cue[0] < g.content[1] for g in found
        ):
            continue
        out.append(f)
    return out


def _infinitive_cue(text: str, cue: tuple[int, int]) -> bool:
    """Is the cue an infinitive ("expected the regulator to respond swiftly to ...": what someone expects, wants or
    plans another to say is no statement of theirs)?"""
    return text[cue[0]:cue[1]].lower().startswith("to ") or text[max(0, cue[0] - 4):cue[0]].lower() in (" to ", "\nto ")


def _dedupe(found: list[Found]) -> list[Found]:
    """Drop a statement whose content and cue duplicate another's (two cues on one clause keep the first)."""
    out: list[Found] = []
    seen: set[tuple] = set()
    for f in found:
        key = (f.content, f.cue)
        if key in seen:
            continue
        seen.add(key)
        out.append(f)
    return out


def _quote_kind(text: str, content: tuple[int, int], quotes: list[tuple[int, int]]) -> tuple[str, tuple]:
    """direct when the content is one quotation that reads as a sentence; mixed when it holds a quote."""
    s, e = content
    inside = tuple(q for q in quotes if q[0] >= s - 1 and q[1] <= e + 1 and q[1] > q[0])
    if not inside:
        return "indirect", ()
    if len(inside) == 1 and inside[0][0] <= s + 1 and inside[0][1] >= e - 1:
        q0, q1 = inside[0]
        # (a mark written as two apostrophes, ''like this'', is two characters wide)
        body = text[q0 + (2 if text.startswith("''", q0) else 1):q1 - (2 if text[q1 - 2:q1] == "''" else 1)].strip()
        # (a short whole sentence counts: 'shouted: "Build it now!"', '"We will wait," an aide said')
        sentence_like = bool(body) and body[0].isupper() and (
            _words(body) >= MIN_STANDALONE_QUOTE_WORDS or body[-1] in ".!?," and _words(body) >= 2)
        return ("direct" if sentence_like else "mixed"), inside
    return "mixed", inside


def _no_speaker(speaker: Token | None, cue: Token, quotes: list[tuple[int, int]]) -> bool:
    """Is the speaker a demonstrative ("that", "this") outside a relative clause, a thing said to show or confirm,
    a hypothetical someone ("how anyone could believe such a story"), or the writer's generic "you" ("what do you
    think of the homeless?"; inside a quotation "you said" addresses someone and stays)?"""
    if speaker is None:
        return False
    if speaker.lower_ == "you" and not _in_any(cue.idx, quotes):
        return True
    if speaker.dep_ not in ("nsubj", "nsubjpass"):
        return False
    # ("Not everyone agrees that ..." still reports a view: only the hypothetical "anyone" is dropped)
    if speaker.lower_ == "those" and any(c.dep_ in ("amod", "acl", "relcl", "prep") for c in speaker.children):
        return False  # "Those close to the talks say": people
    return speaker.lower_ in ("that", "this", "these", "those") and cue.dep_ != "relcl" or speaker.lower_ in (
        "anyone", "anybody", "whoever", "what", "whatever")  # ("in what promises to be a close race": a thing)


def _speaker(tok: Token) -> tuple[Token | None, str]:
    """The head token of the speaker of cue `tok`, and how it was found; a time ("Tuesday inviting them", "50 years
    talking about") is nobody ("the 46-year-old" or "three-quarters", tagged dates, are somebody)."""
    speaker, role = _speaker_token(tok)
    if speaker is not None and speaker.ent_type_ in ("DATE", "TIME") and speaker.lemma_.lower() in _TIME_HEADS:
        return None, "none"
    if speaker is not None and (_table_row(speaker) or speaker.pos_ != "PROPN" and (
            speaker.ent_type_ == "MONEY" or any(c.ent_type_ == "MONEY" for c in speaker.lefts))):
        # "£6m has rejected ...", "Wheat 21,044.6 20,398.3 ... added": figures, not speakers (a share of a group
        # speaks: "Sixty-six percent said", PolNeAR's polls)
        return None, "none"
    return speaker, role


def _table_row(tok: Token) -> bool:
    """A phrase made mostly of figures: a row of a table the parser ran into the next sentence."""
    sub = [t for t in tok.subtree if not t.is_punct and not t.is_space]
    nums = sum(t.like_num for t in sub)
    return nums >= 3 and nums * 2 >= len(sub)


#: Heads of time phrases the parser may leave as a verb's only subject ("Tuesday inviting", "50 years talking").
_TIME_HEADS = lx.DAY_WORDS | {"year", "month", "week", "day", "hour", "decade", "century", "morning", "evening",
                              "night", "weekend", "january", "february", "march", "april", "may", "june", "july",
                              "august", "september", "october", "november", "december"}


def _who_of(head: Token) -> Token:
    """The person a "who" clause describes: "Ann Vey, a former critic of the bridge, who has since called ...":
    the parser may hang the clause on the nearest noun, a thing; the person is up the appositive."""
    if head.pos_ != "NOUN" or looks_human(head.lemma_.lower()):
        return head
    node = head
    for _ in range(4):
        if node.dep_ not in ("pobj", "prep", "appos") or node.head.i == node.i:
            break
        node = node.head
        if node.pos_ == "PROPN" or node.pos_ == "NOUN" and looks_human(node.lemma_.lower()):
            return node
    return head


def _offering_thing(tok: Token) -> bool:
    """Is the one "offering" (the noun a participle describes, or its own subject) a thing, not a person or body?"""
    subj = tok.head if tok.dep_ == "acl" else next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.pos_ == "NOUN" and not subj.ent_type_ \
        and not looks_human(subj.lemma_.lower()) and subj.lemma_.lower() not in lx.ORG_NOUNS | lx.GROUP_NOUNS


def _name_before_appositive(tok: Token) -> Token | None:
    """ "Ed Marsh, a Salem, Ore., rabbi helping to run the food drive, said ...": the tagger took the role noun for a
    verb with the name as its subject, leaving "said" with none. The name opening the sentence is the speaker when
    a comma closes that misparsed clause right before the cue and what was said follows the cue."""
    left = next((c for c in tok.children if c.dep_ in ("ccomp", "advcl") and c.i < tok.i), None)
    if left is None or tok.i == 0 or tok.doc[tok.i - 1].text != "," \
            or not any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children):
        return None
    name = next((c for c in left.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
    if name is None or name.left_edge.i != tok.sent.start or any(t.text in "\"“”" for t in left.subtree):
        return None
    return name if tok.doc[name.i + 1].text == "," else None


def _name_in_opening_phrase(tok: Token) -> Token | None:
    """ "As a part of the plea, Ed Marsh, 61, said that ...": the parser hangs the name on the opening phrase as
    an appositive and leaves "said" with no subject; a name (with its age or role) closing right before ", said"
    is the speaker."""
    if tok.i < 2 or tok.doc[tok.i - 1].text != "," or tok.tag_ not in ("VBD", "VBZ", "VBP") or not any(
            c.dep_ == "ccomp" and c.i > tok.i for c in tok.children):
        return None
    opening = next((c for c in tok.lefts if c.dep_ == "prep" and c.left_edge.i == tok.sent.start), None)
    if opening is None:
        return None  # ("the mayor sacked her coach, Tom Ferris, acknowledging ...": the coach is not the one)
    for t in reversed(tok.doc[opening.i:tok.i - 1]):
        if t.dep_ == "appos" and t.pos_ == "PROPN" and t.ent_type_ == "PERSON" and t.right_edge.i in (tok.i - 2, tok.i - 1) \
                and t.head.pos_ == "NOUN" and opening.right_edge.i >= t.right_edge.i:
            return t
    return None


def _said_again(tok: Token) -> Token | None:
    """The second verb of a doubled cue ('said Tom Reyes, the manager said at ...'): a clause under `tok` with the
    same verb, whose subject starts right after `tok`."""
    again = next((c for c in tok.children if c.dep_ == "ccomp" and c.lemma_ == tok.lemma_ and c.i > tok.i), None)
    if again is None or not any(g.dep_ == "nsubj" and g.left_edge.i == tok.i + 1 for g in again.children):
        return None
    return again


def _speaker_token(tok: Token) -> tuple[Token | None, str]:
    if tok.tag_ == "VBG":
        sender = _sender_of_paper(tok)
        if sender is not None:
            return sender, "nsubj"
        quoted = next((c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i), None) \
            if tok.dep_ in ("xcomp", "advcl", "acl") and tok.head.lemma_.lower() in ("quote", "cite") else None
        if quoted is not None:
            return quoted, "nsubj"  # "the Standard quoted Mr Clarke telling activists ...": Clarke told them
        held = _with_absolute(tok)
        if held is not None:
            return held, "nsubj"
    for c in tok.children:
        if c.dep_ == "agent":
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj, "agent"
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "csubj")]
    if not subjects:
        # ('“...,” said Tom Reyes, the trust's manager said at the launch': a doubled "said" in the copy; the
        # parser gives the name to the second one)
        again = _said_again(tok)
        name = _name_before_appositive(tok) or _name_in_opening_phrase(tok) or (
            next(g for g in again.children if g.dep_ == "nsubj") if again is not None else None)
        if name is not None:
            return name, "nsubj"
    if len(subjects) > 1:  # "British Gas Plc <BRGS.L> said": a ticker in brackets is not a second subject
        subjects = [c for c in subjects if not (c.tag_ == "ADD" or c.text == ">"
                                                or c.i > 0 and tok.doc[c.i - 1].text == "<")] or subjects
    if len(subjects) == 1 and subjects[0].i > 1 and tok.doc[subjects[0].i - 1].text == "<" \
            and tok.doc[subjects[0].i - 2].pos_ == "PROPN" and subjects[0].text.upper() == subjects[0].text:
        subjects = [tok.doc[subjects[0].i - 2]]  # "British Gas Plc <BRGS.L> said": the company, not its ticker
    if len(subjects) == 1 and subjects[0].text == ">":  # (or the parser made the closing bracket the subject)
        opening = next((t for t in reversed(tok.doc[max(0, subjects[0].i - 6):subjects[0].i]) if t.text == "<"), None)
        if opening is not None and opening.i > 0 and tok.doc[opening.i - 1].pos_ == "PROPN":
            subjects = [tok.doc[opening.i - 1]]
        elif opening is not None and subjects[0].i - opening.i > 2:
            subjects = [tok.doc[subjects[0].i - 1]]  # "<Carolian Systems Inc> said": the name in the brackets
    before = tok.doc[tok.i - 2] if tok.i > 1 and tok.doc[tok.i - 1].text in ("”", '"', "’", "'") else \
        tok.doc[tok.i - 1] if tok.i > 0 else None
    if len(subjects) > 1 and before is not None and before.text in (",", "—", "–"):
        # "X, said Y" / “... every last bid,” said Y: the subject after the verb (the parser may take the
        # quotation's last words for a second one)
        subjects = [c for c in subjects if c.i > tok.i] + [c for c in subjects if c.i < tok.i]
    elif len(subjects) > 1:
        # "The nurse ... tried to help but the mother refused": two subjects hung on one verb, the nearer one
        # before it is its own
        subjects.sort(key=lambda c: (c.i > tok.i, abs(tok.i - c.i)))
    for c in subjects:
        role = _role_after_body(c, tok)
        if role is not None:
            return role, "nsubj"
        named = next((g for g in c.children if g.dep_ == "appos" and g.ent_type_ == "PERSON" and g.i > c.i), None)
        if named is not None and c.pos_ == "NOUN" and not c.ent_type_ and not looks_human(c.lemma_.lower()) \
                and c.lemma_.lower() not in lx.TITLE_NOUNS | lx.ORG_NOUNS | lx.GROUP_NOUNS:
            # "GM hopes to sell 8,000 cars, a five-fold rise over the year before, James Fry ... told a briefing"
            # (the parser makes the figure the subject), "Clinton's Democratic opponent, Sen. Bernie Sanders,
            # praised ...": the name apposed to a description that is no title speaks (a title keeps its phrase:
            # "the bank's chief economist, Maria Olsen, said"); PolNeAR train source tp +3
            return named, "nsubj"
        if c.lower_ in ("who", "which", "that") and tok.dep_ == "relcl":
            return (_who_of(tok.head) if c.lower_ == "who" else tok.head), "relative"
        named = next((g for g in c.children if g.dep_ == "conj" and g.pos_ == "PROPN" and g.ent_type_ == "PERSON"
                      and g.i > c.i), None)
        if named is not None and c.lemma_.lower() in lx.TITLE_NOUNS and c.pos_ == "NOUN" and not any(
                g.dep_ in ("det", "preconj") for g in c.children):  # ("the prime minister and Chancellor X": two)
            return named, "nsubj"  # "said Valley Bank chairman and chief executive Tom Reyes": the name closes
        if c.dep_ == "csubj" and c.tag_ == "VBG" and c.i < tok.i and c.left_edge.i == c.i:
            # "Welcoming the ruling, Tom Reyes, head of the Harbour Trust, said": the opening participle is
            # no speaker; the name the parser hung on it is
            name = next((g for g in c.subtree if g.dep_ in ("npadvmod", "appos", "nsubj") and g.pos_ == "PROPN"
                         and g.left_edge.i > c.i and tok.doc[g.left_edge.i - 1].text == ","), None)
            if name is not None:
                return name, "nsubj"
            continue
        last = next((g for g in reversed(list(c.children)) if g.dep_ == "conj" and c.i < g.i < tok.i), None)
        if last is not None and tok.tag_ == "VBZ" and c.pos_ == last.pos_ == "PROPN" \
                and c.ent_type_ == last.ent_type_ == "PERSON":
            return last, "nsubj"  # "His name is Tomas Vey and Pedro Alves says": one person with "says"
        return c, "nsubj"
    for c in tok.children:
        if c.dep_ == "nsubjpass":
            return None, "passive"
    if not subjects and tok.i > 1 and tok.doc[tok.i - 1].text in ('"', "\u201d", "'", "\u2019") and (
            tok.lemma_.lower() in lx.MANNER_CUES
            or tok.doc[tok.i - 2].text in (",", "?", "!") and tok.tag_ in ("VBD", "VBZ", "VBP")):
        obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
        if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
            # "“...,” smiles one broker", "“...,” warned Richards": the parser made the one speaking an object
            return obj, "nsubj"
    if tok.i == tok.sent.start and tok.lower_ in _SAID_FIRST and not subjects:
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubj", "attr") and c.i > tok.i), None)
        if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
            return obj, "nsubj"  # "Said the report: “...”": the one saying follows the verb
    if any(c.dep_ == "auxpass" for c in tok.children) and tok.dep_ == "conj":
        # "Reyes would not have started, but had been promised a place": the shared subject is the one promised
        return None, "passive"
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and prev.pos_ == "PROPN" and prev.dep_ == "pobj" and not subjects and tok.dep_ == "ROOT" \
            and tok.tag_ in ("VBD", "VBZ", "VBP") \
            and any(t.lower_ in lx.HONORIFICS for t in tok.doc[max(0, prev.i - 2):prev.i]):
        return prev, "nsubj"  # "In an address to the Valley Forum Mr Okafor said": the name hung on the phrase
    if prev is not None and tok.dep_ == "conj" and prev.pos_ == "PROPN" and prev.dep_ == "conj" \
            and prev.ent_type_ == "PERSON" and prev.head.i < prev.i and tok.tag_ in ("VBZ", "VBD"):
        return prev, "nsubj"  # "His name is Tomas Vey and Pedro Alves says ...": the name joined to the one before
    if tok.i > 0 and tok.doc[tok.i - 1].pos_ == "PROPN" and tok.doc[tok.i - 1].head.i == tok.i \
            and tok.doc[tok.i - 1].dep_ in ("advmod", "npadvmod", "compound", "dep") \
            and tok.doc[tok.i - 1].ent_type_ not in ("DATE", "TIME"):  # ("supporters Tuesday inviting them")
        return tok.doc[tok.i - 1], "nsubj"  # "Jolly said ...", the name misparsed as a modifier
    if tok.lower_ == "read" and tok.pos_ == "NOUN" and tok.i > 0 and tok.doc[tok.i - 1].head.i == tok.i \
            and tok.doc[tok.i - 1].lemma_.lower() in _WRITINGS:
        return tok.doc[tok.i - 1], "nsubj"  # "“...,” the email read." read as a compound noun (see cue_lemma)
    if tok.dep_ == "ROOT" and tok.i > 1 and tok.doc[tok.i - 1].pos_ == "PROPN" \
            and tok.doc[tok.i - 1].dep_ in ("conj", "appos", "pobj"):
        # "In a statement to the Post, O'Brien and Wright said:": the names hung on the phrase before them
        j = tok.i - 1
        while j > 0 and (tok.doc[j - 1].pos_ == "PROPN" or tok.doc[j - 1].lower_ in ("and", "&")):
            j -= 1
        if j > 0 and tok.doc[j - 1].text in (",", "—", "–") and tok.doc[j].pos_ == "PROPN":
            return tok.doc[j], "nsubj"
    if tok.i > 0 and tok.doc[tok.i - 1].text in (",", "—", "–"):
        # "“...,” Andrew Pendleton, the charity's head of policy, said.": the parser hung the name (as an
        # apposition) inside the quotation; the proper name right after the closing mark is the speaker
        for j in range(tok.i - 2, max(-1, tok.i - 30), -1):
            if tok.doc[j].text not in ('"', "”"):
                continue
            first = end = j + 1
            while end < tok.i and tok.doc[end].pos_ in ("PROPN", "NOUN", "ADJ"):
                end += 1  # "Devon trader Jo Bell", "stall holder Jo Bell"
            names = [t for t in tok.doc[first:end] if t.pos_ == "PROPN"]
            if not names or tok.doc[first].pos_ not in ("PROPN", "NOUN"):
                continue
            # a description set off by commas may hold verbs and quotations ("Jo Bell, with a “Buy Local” leaflet,")
            described = tok.doc[end].text == "," and end < tok.i - 1
            if not any(t.pos_ in ("VERB", "AUX") or t.is_quote for t in tok.doc[first:tok.i]) or described:
                return names[-1], "nsubj"
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _HEARSAY:
        subj = next((c for c in tok.head.children if c.dep_ == "nsubjpass"), None)
        if subj is not None:
            return subj, "nsubj"  # "Mr Okoro is alleged to have told the mayor": Okoro told
    if tok.tag_ == "VBN" and tok.dep_ in ("advcl", "acl") and not any(c.dep_ == "aux" for c in tok.children):
        return None, "passive"  # "Asked about X, Feinstein said": the one asked is not the asker
    if tok.dep_ == "acl" and tok.head.pos_ in ("PROPN", "NOUN") and tok.head.dep_ in ("nsubj", "nsubjpass"):
        return tok.head, "relative"  # a misparse: "Mr Trump called ..." with "called" hanging on Trump
    if tok.dep_ == "acl" and tok.tag_ in ("VBD", "VBZ") and tok.head.dep_ == "ROOT" and tok.head.pos_ == "PROPN" \
            and tok.head.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        # "Tom Reyes, chairman of the Harbour Trust, called on ...": the parser made the name the sentence's root
        # and its finite verb a clause describing it; the name is the subject
        return tok.head, "nsubj"
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _OBJECT_CONTROL:
        obj = next((c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i), None)
        if obj is not None and obj.pos_ in ("PROPN", "NOUN", "PRON"):
            return obj, "nsubj"  # "the pressure prompted the prime minister to say": he is the one who says
    # "..., saying that", "and added that": share the subject of the verb this one hangs on
    head = tok
    if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX"):
        head = tok.head.head  # "soared in the polls by saying that ...": the subject of "soared"
        for c in head.children:
            if c.dep_ == "nsubj":
                return c, "nsubj"
    for _ in range(3):
        if (head.dep_ in ("conj", "xcomp", "advcl") or head.dep_ == "dep" and head.tag_ in ("VBD", "VBZ")
                and head.head.tag_ == head.tag_ and head.head.i < head.i) and head.head.i != head.i:
            # ("smiled at the crowd, then leaned forward and boomed": the parser may leave a series verb as "dep")
            if head.dep_ == "advcl" and (head.lemma_.lower() in _GOES_ON or _comma_participle(head)) \
                    and head.head.dep_ == "ccomp" and not _thing_subject(head.head.head) \
                    and cue_lemma(head.head.head) in lx.ACT_OF and head.head.head.i < head.i:
                # "He said the charges would be filed within the week, adding that ..." (or ", telling the BBC"):
                # the parser hangs "adding" on the reported clause; the one adding is the speaker of the outer verb
                # (not a filing's: "filings revealed he had sued X, alleging ...": the one suing alleges)
                return _speaker(head.head.head)
            if head.dep_ == "conj" and head.head.dep_ == "ccomp" and cue_lemma(head.head.head) in lx.ACT_OF \
                    and (head.lemma_.lower() in _GOES_ON or _thing_subject(head.head)
                         or head.lemma_ == head.head.head.lemma_
                         and {head.tag_, head.head.head.tag_} in ({head.tag_}, {"VB", "VBP"})) \
                    and head.head.head.i < head.i:
                # ("neighbours say she has a soft voice and say that ...": the same verb again, the same speakers)
                # "he said X was Y but accepted that Z": the parser hangs "accepted" on the reported clause,
                # yet the one who goes on to add or accept is the speaker of the outer verb
                outer = head.head.head
                if head.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.head.children) or \
                        {head.tag_, outer.tag_} == {"VBZ", "VBD"} and head.lemma_.lower() not in _GOES_ON:
                    # "levies could drive X away and threaten Y" (under "could"), "said the budget could be
                    # published and calls for Y" (present against past): the thing's verb, not the speaker's
                    return None, "none"
                return _speaker(head.head.head)
            if head.dep_ == "conj" and head.lemma_.lower() in _GOES_ON:
                # "The market is improving, Harbourco said, but warned that ...": the inverted cue hangs on the
                # clause it reports, and the verb going on after it belongs to the same speaker
                inv = next((c for c in head.head.children if c.dep_ == "parataxis" and head.head.i < c.i < head.i
                            and cue_lemma(c) in lx.ACT_OF and any(g.dep_ == "nsubj" for g in c.children)), None)
                if inv is not None:
                    return _speaker(inv)
            head = head.head
            agent = next((g for c in head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"),
                         None)
            if agent is not None and tok.tag_ == "VBG":
                return agent, "agent"  # "X is being sued by Y, claiming ...": Y makes the claim
            for c in head.children:
                # (a passive subject too: "she's tacked left, criticizing X" is often parsed as a passive)
                if c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and tok.tag_ == "VBG"):
                    if c.lower_ in ("who", "which", "that") and head.dep_ == "relcl":
                        return head.head, "relative"
                    return c, "nsubj"
        else:
            break
    return None, "none"


#: (not "so", "yes", "the same": PolNeAR counts "said so" as an attribution, whose content is found by anaphora)
_EMPTY_CONTENT = {"nothing", "anything", "something", "much", "little", "everything"}

#: Words by which calling something so is a criticism of it ("branded the decision unacceptable").
_DISPARAGING = {"unacceptable", "wrong", "disgraceful", "disgrace", "shameful", "outrageous", "ridiculous",
                "irresponsible", "tasteless", "offensive", "absurd", "scandalous", "scandal", "appalling", "disastrous",
                "disaster", "mistake", "failure", "dangerous", "reckless", "racist", "unfair", "unjust", "hypocritical",
                "pathetic", "laughable", "worthless", "shambles", "farce", "nonsense", "insulting", "deplorable",
                "despicable", "incompetent", "misleading", "dishonest", "cynical", "betrayal", "travesty"}

#: What one claims by winning it
_PRIZES = {"medal", "title", "victory", "win", "seat", "prize", "record", "lead", "crown", "place", "spot", "share",
           "percent", "vote", "trophy", "championship", "gold", "silver", "bronze", "life", "live", "point",
           "delegate", "nomination", "majority", "cup", "final", "pole", "stage", "scalp", "wicket", "goal", "try"}

#: What a player blasts, hits or attacks in a match report
_PLAYS = {"ace", "shot", "ball", "net", "forehand", "backhand", "serve", "return", "winner", "volley", "lob", "smash",
          "header", "kick", "free-kick", "penalty", "drive", "putt", "six", "four", "boundary", "corner", "cross",
          "post", "bar", "crossbar", "line", "basket", "hole", "fairway", "green", "pitch", "bowling"}


def _plays_ball(tok: Token) -> bool:
    """ "blasts an ace", "attacks the net", "slammed a header": play in a match report, not criticism."""
    return tok.lemma_.lower() in ("blast", "attack", "hammer", "slam", "hit") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _PLAYS for c in tok.children)


def _narrates(tok: Token) -> bool:
    """ "The film tells the story of two men": a narrative, not someone telling ("the witness told a story of abuse"
    still is)."""
    if tok.lemma_.lower() not in ("tell", "recount"):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.pos_ != "PRON" and subj.ent_type_ != "PERSON" \
        and not looks_human(subj.lemma_.lower()) and subj.lemma_.lower() not in lx.GROUP_NOUNS | lx.ORG_NOUNS \
        and any(c.dep_ == "dobj" and c.lemma_.lower() in ("story", "tale", "saga") for c in tok.children)


#: Verbs whose object did what the infinitive after it says ("the pressure prompted the minister to say"); not
#: requests ("asked him to condemn X"), where the saying is only wanted
_OBJECT_CONTROL = {"prompt", "force", "lead", "cause", "compel", "drive", "get", "spur", "provoke"}

def _thing_subject(verb: Token) -> bool:
    """Is the subject of `verb` a thing, which cannot go on to promise or warn ("said the convoy showed X, and
    promised that ...": the one promising is the speaker)?"""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.pos_ == "NOUN" and not subj.ent_type_ and subj.lemma_.lower() not in (
        lx.TITLE_NOUNS | lx.GROUP_NOUNS | lx.ORG_NOUNS)


#: Verbs that continue what the same speaker was saying ("said X and added that Y").
_GOES_ON = {"add", "accept", "acknowledge", "admit", "concede", "insist", "stress", "note", "explain",
            "emphasise", "emphasize", "warn", "continue"}


#: Things that speak for their authors ("the study found", "a poll showed").
_STUDIES = {"study", "survey", "poll", "review", "report", "audit", "analysis", "inquiry", "investigation", "paper",
            "book", "article", "document", "research", "figures", "data", "statistics", "findings", "ruling",
            "verdict", "judgment", "judgement", "decision", "court", "panel", "committee", "board", "commission"}

#: What one sends, releases or writes to someone ("released a statement to X denying ...")
_PAPERS = {"statement", "letter", "email", "e-mail", "message", "note", "memo", "release", "communique", "tweet",
           "post", "notice", "filing", "report"}


#: Written things that "read" what they say ("the placard read: ...", "the statement read")
_WRITINGS = _PAPERS | {"sign", "banner", "placard", "headline", "caption", "text", "motion", "resolution", "plaque",
                       "inscription", "slogan", "sticker", "poster"}


def _sender_of_paper(tok: Token) -> Token | None:
    """ "DHS released a statement to The New Republic and ABC News denying that ...": the parser hangs the
    participle on the addressees; the one denying is the sender of the paper (subject of the verb that takes it)."""
    node, steps = tok, 0
    while node.head.i != node.i and steps < 4:
        node, steps = node.head, steps + 1
        if node.dep_ == "prep" and node.lower_ == "to" and node.head.lemma_.lower() in _PAPERS:
            verb = node.head.head
            return next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb.pos_ == "VERB" else None
    return None


#: Cues whose object is the one spoken to ("told reporters", "urged Russia to agree"), not what was said.
_TOLD_CUES = {"tell", "urge", "ask", "press", "warn", "inform", "assure", "brief", "implore", "encourage", "beg",
              "call on", "call upon", "appeal", "promise", "caution", "remind", "advise", "challenge"}


#: nouns that go on naming an outlet after its name ("the Courier newspaper"), not a clause's subject
_OUTLET_TAILS = {"newspaper", "paper", "magazine", "channel", "broadcaster", "station", "website", "programme",
                 "program", "show", "radio", "network", "agency", "tabloid", "daily", "weekly"}


def _told_body_then_clause(doc, tok: Token) -> tuple[Token, Token] | None:
    """ "told BBC News schools had been crying out for help": a named body told, run straight into the subject of
    what it was told (no "that"); the parser makes the subject part of the body's noun phrase. Returns the body's
    last token (the addressee) and the clause's first word, or None."""
    i = tok.i + 1 + (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "the")
    ent = next((e for e in doc_ents(doc) if e.start == i and e.label_ == "ORG"), None)
    if ent is None or ent.end + 1 >= len(doc):
        return None
    first = doc[ent.end]
    if not (first.tag_ in ("NN", "NNS") and first.text.islower() and first.lower_ not in _OUTLET_TAILS):
        return None
    k = first.i + 1
    if doc[k].tag_ in ("NN", "NNS") and doc[k].text.islower():
        k += 1  # "rail passengers were ..."
    if k >= len(doc) or doc[k].tag_ not in ("VBD", "VBZ", "VBP", "MD"):
        return None
    return doc[ent.end - 1], first


def _addressee(tok: Token, lemma: str, content_tok: Token | None) -> Token | None:
    if lemma in _TOLD_CUES:
        for c in tok.children:
            if c.dep_ in ("dative", "dobj") and (content_tok is None or c.i != content_tok.i) \
                    and c.pos_ in ("PROPN", "NOUN", "PRON"):
                return c
            if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to") and lemma in ("call on", "call upon", "appeal"):
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
        # "urged Russia to agree": spaCy often makes Russia the subject of the xcomp
        if content_tok is not None and content_tok.dep_ in ("xcomp", "ccomp") and lemma not in ("tell", "promise"):
            for c in content_tok.children:
                if c.dep_ == "nsubj" and c.i < content_tok.i and c.i > tok.i:
                    return c
    if lemma in ("say", "explain", "write", "declare", "announce", "complain", "confirm", "deny"):
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "to":
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.pos_ in ("PROPN", "NOUN", "PRON"):
                    return pobj
    return None


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


#: what opens a clause of time or manner after a cue ("she said as the crowd cheered"): never what was said
_WHEN_MARKS = {"as", "while", "whilst", "when", "after", "before", "until", "once"}


def _from_cue(doc: Doc, tok: Token, lemma: str, quotes: list[tuple[int, int]], other_cues: set[int],
              earlier: list[Found]) -> Found | None:
    text = doc_text(doc)
    sent = tok.sent
    content: tuple[int, int] | None = None
    content_tok: Token | None = None
    # the clause after the cue first: a ccomp on its left is often a misparsed subject or another statement
    ccomps = [c for c in tok.children if c.dep_ == "ccomp" and not (c.i > tok.i and any(
        m.dep_ == "mark" and m.lower_ in _WHEN_MARKS and m.i == c.left_edge.i for m in c.children))
        and not _possessive_s(c) and not c.is_punct  # (a hyphen of "re-sell" the parser made a clause)
        and not (c.i < tok.i and cue_lemma(c) is not None and any(g.dep_ == "nsubj" for g in c.children)
                 and any(not _in_any(c.idx + m.start(), quotes) and m.group(1).lower() not in _ABBREVIATIONS
                         and len(m.group(1)) > 1 for m in _SENTENCE_BREAK.finditer(text[c.idx:tok.idx])))]
    # (nor a statement of its own in an earlier sentence the parser ran into the cue's: "... the company said it
    # was halving its dividend. Looking ahead, Mr Cherkasky forecast growth")
    ccomp = next((c for c in ccomps if c.i > tok.i), ccomps[0] if ccomps else None)
    again = _said_again(tok) if ccomp is not None else None
    if again is not None and again.i == ccomp.i:
        ccomp = None  # (the doubled "said" holds the speaker, not what was said)
    xcomp = next((c for c in tok.children if c.dep_ == "xcomp"), None)
    if ccomp is not None and ccomp.i < tok.i and xcomp is not None and xcomp.i > tok.i \
            and lemma.split()[0] in lx.XCOMP_CUES and any(c.lower_ == "to" for c in xcomp.children) \
            and any(t.text in ("-", "—", "–", ";") for t in doc[ccomp.i:tok.i]):
        ccomp = None  # "X tried to solve this - they wanted to make Y": the infinitive after it is its own
    dobj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    oprd = next((c for c in tok.children if c.dep_ in ("oprd", "acomp")), None)
    base = "continue" if lemma == "go on" else lemma.split()[0]
    if xcomp is not None and base not in lx.XCOMP_CUES and any(
            c.dep_ == "prep" and c.i > tok.i and c.right_edge.i == xcomp.left_edge.i - 1 for c in tok.children):
        xcomp = None  # "he said, on condition of anonymity to speak freely": the infinitive is the noun's
    stop = other_cues
    if _quoted_as_saying(tok):
        return None  # "Interfax quoted the minister as saying ...": the statement is made by "quoted" (below)
    if _unsaid_infinitive(tok) or _chose_to_say(tok):
        return None
    if base == "add" and tok.tag_ == "VBN" and tok.i > 0 and doc[tok.i - 1].lower_ == "time":
        return None  # "a challenge in time added on": stoppage time, not something added to what was said
    if base == "deny" and ccomp is None and dobj is not None and dobj.ent_type_ == "PERSON" and dobj.pos_ == "PROPN":
        return None  # "the keeper denied Duff, Jarosik and Kezman": saves, not a denial
    if _speaks_through(tok, base):
        return None
    if base in ("encourage", "press") and _thing_subject(tok) and next(
            c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")).lemma_.lower() not in _STUDIES | _PAPERS:
        return None  # "low grain prices encouraged farmers to expand": a cause, not someone urging
    saying = _quoted_as_saying_of(tok) if base == "quote" and dobj is not None else None
    if saying is not None:
        return _quoted_speaker(doc, tok, dobj, saying, ccomp, quotes, stop)

    prep_frame: Token | None = None
    interrupted = False  # the content runs around the cue clause ("X, he said, Y")
    borrowed = False
    if ccomp is not None and base in lx.CLAUSE_CUES and lemma != "make clear":
        content_tok = ccomp
        content = _subtree_span(ccomp, doc, stop)
        later = [c for c in ccomps if c.i > ccomp.i and ccomp.i > tok.i]
        if ccomp.i > tok.i and any(c.dep_ == "aux" and c.tag_ == "MD" for c in ccomp.children):
            # "predicts GNP will grow ..., accelerate during the second quarter and show a 4.5 pct rate": the
            # parser hangs the bare verbs that go on from "will grow" on the cue
            bare = [c for c in tok.rights if c.dep_ == "conj" and c.tag_ == "VB" and c.i > ccomp.i and not any(
                g.dep_ in ("nsubj", "nsubjpass", "aux") for g in c.children)]
            if bare:
                content = (content[0], max(content[1], _subtree_span(bare[-1], doc)[1]))
        if later and _split_subordinate(doc, ccomp, later[0]):
            # "said the changes were made after film studio New Line expressed concern": the parser made the
            # clause after "after" a second clause of "said"; it is the first one's, even with a cue of its own
            content = (content[0], max(content[1], _subtree_span(later[0], doc)[1]))
        elif later and not any(t.i in stop or t.text in (".", ";", "?", "!") for t in doc[ccomp.i:later[-1].i + 1]) \
                and cue_lemma(later[-1]) is None:
            # "said he was confident Mr Davis would set out ...": the parser split one clause into two
            content = (content[0], max(content[1], _subtree_span(later[-1], doc, stop)[1]))
        if dobj is not None and tok.i < dobj.i < ccomp.i and base not in _TOLD_CUES and not any(
                c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in ccomp.children) \
                and content[0] > dobj.left_edge.idx and not _in_any(dobj.idx, quotes) \
                and dobj.lower_ not in ("something", "nothing", "anything", "everything", "much", "little", "more"):
            # "said the fire late last week was heartbreaking": the parser took the clause's subject for the
            # verb's object
            content = (dobj.left_edge.idx, content[1])
        if base in lx.SPEECH_CUES:
            widened = _around_cue_clause(doc, tok, ccomp, content)
            interrupted = widened[0] < tok.idx < widened[1]
            content = widened
        # a ccomp under "make clear" is the content; one ending inside a quotation is that quotation
    elif lemma == "make clear":
        cl = next((t for t in doc[tok.i + 1:tok.i + 3] if t.lower_ == "clear"), None)
        cc = next((c for c in (cl.children if cl is not None else ()) if c.dep_ == "ccomp"), None)
        cc = cc or next((c for c in tok.children if c.dep_ == "ccomp"), None)
        if cc is not None:
            content_tok = cc
            content = _subtree_span(cc, doc, stop)
            if cl is not None and content[0] <= cl.idx < content[1]:
                content = _trim(text, cl.idx + len(cl.text), content[1])
    if content is None and xcomp is not None and base in lx.XCOMP_CUES | {"call"}:
        if base in ("want", "hope", "expect") and dobj is None and not any(
                c.dep_ == "nsubj" for c in xcomp.children):
            return None  # "wants to win" is a wish about oneself, not a demand made of others
        if base in ("promise", "threaten") and xcomp.lemma_ in ("be", "become") and (_thing_subject(tok) or any(
                c.dep_ == "nsubj" and c.lower_ in ("what", "which", "it") for c in tok.children)):
            return None  # "the final promises to be close", "threatens to become a mismatch": a prospect, no one speaks
        content_tok = xcomp
        content = _subtree_span(xcomp, doc, stop)
        prep = _call_prep(tok) if lemma == "call for" else None
        if prep is not None and prep.lower_ == "for" and prep.i < xcomp.left_edge.i:
            # "called for the minister to resign": who is to act is part of what is called for ("called on the
            # minister to resign" makes the minister the one addressed)
            content = (_object_start(prep), content[1])
    if content is None and base == "call" and lemma.startswith("call ") :
        prep = _call_prep(tok)
        clause = _for_clause(tok) if prep is None and lemma == "call for" else None
        if clause is not None:
            content_tok = prep_frame = clause
            mark = next(m for m in clause.children if m.dep_ == "mark" and m.lower_ == "for")
            content = _trim(text, doc[mark.i + 1].idx, _subtree_span(clause, doc, stop)[1])
        if prep is not None:
            if lemma == "call for":
                content_tok = prep_frame = prep
                content = _subtree_span(prep, doc, stop)
                content = (_object_start(prep), content[1]) if content[1] > content[0] else content
                inf = _infinitive_after(tok, prep, stop)
                if inf is not None:  # "called for the minister to resign": the parser hangs "to resign" on the verb
                    content = (content[0], max(content[1], _subtree_span(inf, doc, stop)[1]))
            else:
                # "called on the regulator to fine the airline": the parser makes the infinitive an xcomp or advcl
                inf = xcomp or next((c for c in tok.rights if c.dep_ == "advcl" and c.i > prep.i and any(
                    a.dep_ == "aux" and a.lower_ == "to" and a.i < c.i for a in c.children)), None)
                if inf is not None:
                    content_tok, prep_frame = inf, prep
                    content = _subtree_span(inf, doc, stop)
    if content is None and base in lx.NAMING_CUES:
        named = _naming(doc, tok, dobj, oprd, ccomp, quotes)
        if named is not None:
            content_tok, content = named
            prep_frame = prep_frame or content_tok  # a predicate was found: not a bare weak verb
    if content is None and oprd is not None and any(_overlaps(_subtree_span(oprd, doc), q) for q in quotes):
        content_tok = oprd
        content = _quote_near(_subtree_span(oprd, doc), quotes) or _subtree_span(oprd, doc)
    if content is None:
        as_prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        if as_prep is not None and lemma in ("describe", "call", "label", "dub"):
            sp = _subtree_span(as_prep, doc)
            q = _quote_near(sp, quotes)
            if q:
                content_tok, content = as_prep, q
    if content is None and dobj is not None and (base in lx.OBJECT_CUES) and dobj.lower_ not in (
        "that", "which", "what", "it", "this", "so", "nothing", "anything", "something"
    ):
        content_tok = dobj
        start, end = _subtree_span(dobj, doc, stop)
        if base in lx.OBJECT_PLUS_CUES:
            # "accused Y of doing Z in W": the object and everything after it in the clause
            for c in tok.rights:
                if c.i > dobj.i and _setting_phrase(c, base):
                    if base == "blame" and any(g.dep_ == "prep" and g.lower_ in ("on", "for") and g.i > c.i
                                               for g in tok.rights):
                        continue  # "blamed the blasts in recent months on the rebels": on whom is the point
                    break  # "praised the plan in an interview on Saturday": where and when, not what
                if c.i > dobj.i and c.dep_ not in ("punct", "cc", "conj", "npadvmod", "appos", "advcl",
                                                   "parataxis", "relcl") and not any(t.i in stop for t in c.subtree):
                    end = max(end, _subtree_span(c, doc, stop)[1])
        else:
            # "sought the suspension of the deal in response to the tests": a prepositional phrase right after
            # the object, other than a time, place or medium ("on Monday", "in a statement", "at a rally")
            nxt = next((c for c in tok.rights if c.i > dobj.right_edge.i), None)
            if nxt is not None and nxt.dep_ == "prep" and nxt.i == dobj.right_edge.i + 1 \
                    and not _setting_phrase(nxt, base) and not any(t.i in stop for t in nxt.subtree):
                end = max(end, _subtree_span(nxt, doc, stop)[1])
        inf = _infinitive_after(tok, dobj, stop)
        if inf is not None and dobj.pos_ == "NOUN" and dobj.lemma_.lower() in lx.INFINITIVE_NOUNS:
            # "defended his call to raise the toll": the parser hangs the noun's infinitive on the verb
            end = max(end, _subtree_span(inf, doc, stop)[1])
        content = (start, end)
        if base in ("call",) and not any(_overlaps(content, q) for q in quotes):
            return None
    if content is None and dobj is None and base in lx.OBJECT_CUES and any(c.dep_ == "agent" for c in tok.children):
        # "the claim was denied by a spokesman": the passive subject is what the agent denied
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if subj is not None and subj.lower_ not in ("it", "this", "that", "which", "who"):
            content_tok = subj
            content = _subtree_span(subj, doc, stop)
    if content is None and lemma in ("call", "describe", "label", "dub", "term") and (dobj or oprd) is not None:
        # "called Mr Putin's statement “very promising”": the quotation right after the object
        obj = oprd or dobj
        q = next((q for q in quotes if obj.idx < q[0] <= obj.right_edge.idx + len(obj.right_edge.text) + 2), None)
        if q is not None:
            content_tok, content = obj, q
    if content is None and lemma in lx.PREP_CUES:
        # "talked about X", "railed against X", "referred to X": the prepositional object is the content
        prep = _prep_child(tok, lx.PREP_CUES[lemma])
        pobj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
        if pobj is not None and not (dobj is not None and lemma in lx.OBJECT_CUES):
            content_tok, prep_frame = prep, prep
            content = _subtree_span(pobj, doc, stop)
    if content is None and base in lx.SPEECH_CUES and (tok.dep_ not in ("relcl", "acl") or _colon_after_pronoun(tok)):
        # a quotation in the same sentence, next to the cue: “...,” he said. / He said: “...”
        q = _adjacent_quote(doc, tok, sent, quotes)
        if q is not None:
            content = q
    if content is None and base in lx.PARENTHETICAL_CUES and ccomp is None and xcomp is None and (
            dobj is None or base == "tell"):  # "..., his aide told the Gazette": the object is the one told
        # (a left "subject" of an inverted cue — "The rejection of X signals Y, said Wilders" — is its content)
        # "X, he said, Y" / "X, said Y.": the cue clause interrupts or closes its content
        content = _parenthetical(doc, tok, quotes) if not (tok.dep_ == "relcl" and any(
            c.dep_ == "nsubj" and c.lower_ in ("who", "which", "that") for c in tok.children)) else None
        # (", who has written for many bands,": what the person does, not a comment on the rest)
        interrupted = content is not None and content[0] < tok.idx < content[1]
    if content is None and tok.dep_ == "advcl" and dobj is None \
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children) \
            and not (tok.tag_ == "VBN" and base not in lx.SPEECH_CUES
                     and not any(c.dep_ == "aux" for c in tok.children)):
        # (nor a participle of a non-speech verb: "as required by the harbour board" is compliance)
        # (not with an object of its own: "..., as more mills are finding buyers" is no "as X said")
        # "As Ryan has pointed out, that is the definition of racism": the clause the as-clause modifies
        content = _as_clause_host(doc, tok)
        interrupted = False
    if content is None and base in lx.PARENTHETICAL_CUES and tok.dep_ not in ("relcl", "acl", "amod"):
        # "Gomez said seeing police was welcome" / "Aides say the more delegates ...": the parser found no
        # clause, yet what follows a verb of saying is what was said
        rights = [c for c in tok.rights if c.dep_ in ("dobj", "xcomp", "attr", "oprd", "acomp", "intj", "advcl")
                  and (c.left_edge.i if base == "say" else c.i) <= tok.i + 3  # ("said the\xa0new X ...")
                  and not (c.dep_ == "advcl" and any(
                      m.dep_ == "mark" and m.lower_ in ("while", "when", "after", "before", "as", "until")
                      for m in c.children))]  # "said while he was in Paris": when, not what
        if rights and (base in ("write", "add") or base == "say" and _words_spoken(rights[0])) \
                and rights[0].dep_ == "dobj" \
                and not any(_overlaps(_subtree_span(rights[0], doc), q) for q in quotes) \
                and not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in rights[0].subtree):
            rights = []  # "its engineers wrote the code", "writing her monthly letter", "the group added Avis rental
            # cars", "farm exports will add 1.2 pct to output": what is written or added, not said; "by saying
            # its name", "said a prayer": words spoken, not a claim
        if rights:
            last = max(t.i for c in tok.rights if c.i >= rights[0].i and c.dep_ not in ("punct", "cc", "conj")
                       for t in c.subtree)
            content_tok = rights[0]
            content = _trim(text, rights[0].left_edge.idx, doc[last].idx + len(doc[last].text))
    if content is None and base in ("tell", "assure", "inform", "remind", "warn") and dobj is not None:
        # "Mr Howard told the Today programme Mr Blair had misled ...": the parser ends the sentence after the
        # object and makes the reported clause a sentence of its own
        nxt = doc[dobj.right_edge.i + 1] if dobj.right_edge.i + 1 < len(doc) else None
        while nxt is not None and nxt.dep_ in ("compound", "det", "amod", "poss") and nxt.head.i > nxt.i:
            nxt = nxt.head  # from the subject's first word to its head ("Mr Blair")
        root = nxt
        while root is not None and root.dep_ != "ROOT" and root.head.i != root.i:
            root = root.head
        if nxt is not None and nxt.dep_ in ("nsubj", "nsubjpass") and root.i != tok.i \
                and nxt.left_edge.i == dobj.right_edge.i + 1 and nxt.head.i > nxt.i \
                and not any(t.i == tok.i for t in root.subtree):
            content_tok = nxt.head
            last = max(t.i for t in root.subtree if t.dep_ != "punct")
            content = _trim(text, nxt.left_edge.idx, doc[last].idx + len(doc[last].text))
    if content is None and base in lx.SPEECH_CUES and tok.dep_ not in ("relcl", "acl", "amod"):
        # "a spokesman said yesterday although X, Y meant Z": the parser lost the clause, but what follows the
        # cue (after a time word) opens with a subordinator: the rest of the sentence is what was said
        nxt = next((t for t in doc[tok.i + 1:tok.i + 4] if t.dep_ not in ("npadvmod", "tmod", "advmod")), None)
        if nxt is not None and nxt.dep_ == "mark" and nxt.lower_ in ("although", "though", "while", "because",
                                                                     "since", "if", "unless", "whereas"):
            last = max((t for t in tok.sent if t.i > nxt.i and not t.is_punct), key=lambda t: t.i, default=None)
            comma = next((t for t in tok.sent if t.i > nxt.i and t.text == ","), None)
            main = comma is not None and last is not None and any(
                t.pos_ in ("VERB", "AUX") for t in doc[comma.i + 1:last.i + 1])  # "although X, Y did Z"
            if main and last.i - nxt.i >= 4:
                content_tok = nxt.head
                content = _trim(text, nxt.idx, last.idx + len(last.text))
    told_first = base == "tell" and content is not None and dobj is not None and content[0] == dobj.left_edge.idx
    if (content is None or told_first) and base in lx.CLAUSE_CUES and tok.dep_ not in ("relcl", "acl", "amod"):
        # ("told the Valley Post in an interview that ...": the one told is no part of what was told)
        # "says in a statement that the race ...", "said that X — itself Y — was Z": the parser hung the
        # that-clause on a noun after the cue or cut the sentence; a complementizer right after the cue, with
        # no verb between, still opens what was said
        that = next((t for t in doc[tok.i + 1:tok.i + 12] if t.lower_ == "that" and t.dep_ == "mark"), None)
        if that is not None and that.head.i != tok.i and not any(
                t.pos_ in ("VERB", "AUX") or t.i in stop or t.text in ".;:" for t in doc[tok.i + 1:that.i]):
            last = max(t.i for t in that.head.subtree)
            if last > that.i:
                content_tok = that.head
                content = _trim(text, that.idx, doc[last].idx + len(doc[last].text))
    if content is None and tok.dep_ in ("relcl", "acl") and tok.head.lower_ in lx.PROPOSITION_NOUNS \
            and tok.head.left_edge.i > 0 and doc[tok.head.left_edge.i - 1].text in (",", "—", "–"):
        # "..., something Kyiv denies" / "..., a demand rejected by Kyiv": the content is the clause before
        content = _antecedent_clause(doc, tok.head, earlier)
    if content is None and base in lx.SPEECH_CUES and tok.dep_ == "ROOT" and dobj is None and xcomp is None \
            and ccomp is None and sent[-1].text == "." and not any(q[0] < sent.end_char and q[1] > sent.start_char - 3
                                                                 for q in quotes):  # (nor one just before it)
        # "Tom Reyes, the trust's spokesman, said in a statement. “...”": the copy closed the cue sentence with a
        # full stop where a colon belonged; the quotation right after it is what was said
        content = next((q for q in quotes if sent.end_char <= q[0] <= sent.end_char + 2
                        and _words(text[q[0]:q[1]]) >= MIN_STANDALONE_QUOTE_WORDS), None)
        borrowed = content is not None
    colon = _colon_ending(text, tok) if base in lx.SPEECH_CUES and tok.dep_ not in ("relcl", "acl") else None
    if colon is not None and (content is None or _only_the_told(dobj, content)):
        # (anything else before the colon is itself what was said: "calls for an inquiry into X:")
        speaker, role = _speaker(tok)
        if speaker is None:
            return None
        addressee = _addressee(tok, lemma, None)
        return Found(kind="direct", content=(colon, colon + 1), cue=_cue_span(doc, tok, lemma), cue_lemma=lemma,
                     act=lx.ACT_OF.get(lemma, "assert"), speaker=noun_phrase(speaker), speaker_head=speaker.i,
                     speaker_role=role, addressee=noun_phrase(addressee) if addressee is not None else None,
                     addressee_head=addressee.i if addressee is not None else None, cue_token=tok.i,
                     time_tokens=tuple(c.i for c in tok.children if c.dep_ in ("prep", "npadvmod", "advmod")),
                     opens_next=True)
    if content is None or content[1] <= content[0]:
        return None
    if text[content[0]:content[1]].lower() in _EMPTY_CONTENT:
        return None  # "urged him to say nothing", "said so": nothing that was said is given
    if base == "tell" and _only_the_told(dobj, content) and not any(
            content[1] <= q[0] <= content[1] + 3 for q in quotes):
        return None  # "she told reporters.": the ones told, not what was told
    if _shows_someone(tok, base):
        return None
    if base in _HEARSAY and any(c.dep_ == "nsubjpass" for c in tok.children) and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in lx.SPEECH_CUES and cue_lemma(c) for c in tok.children):
        return None  # "is alleged to have told the mayor: ...": the telling is the statement, with its teller
    if base == "claim" and dobj is not None and ccomp is None and (
            dobj.lemma_.lower() in _PRIZES or any(t.like_num or t.text == "%" for t in dobj.subtree)):
        return None  # "claimed the gold medal", "claiming 41% of the vote": winning, not saying
    if _plays_ball(tok) or _narrates(tok):
        return None
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None  # the token right after the cue
    if base == "deny" and (any(c.dep_ == "dative" for c in tok.children) or after is not None
                           and after.lower_ in _OBJECT_PRONOUNS and after.tag_ == "PRP" and after.i + 1 < len(doc)
                           and not doc[after.i + 1].is_punct
                           and doc[after.i + 1].lower_ not in ("that", "of", "and", "or")):
        # "deny him the nomination", "denying them seats they would win": withholding, not denying a claim
        return None
    if base == "deny" and dobj is not None and any(c.dep_ == "nsubjpass" for c in tok.children):
        return None  # "Greene was denied gold", "was denied bail": the one passive subject went without it
    if prep_frame is not None and base in _SILENCE_VERBS and _not_done(tok):
        return None  # "did not comment on X", "has yet to respond to X": nothing was said
    if _silent(tok, base):
        return None  # "declined to say whether the accord had secret terms": nothing was said
    if _hypothetical(tok) and not any(_overlaps(content, q) for q in quotes):
        return None  # "until it agrees to stop making such loans": a condition, not something said
    to_inf = _to_infinitive(tok)
    if tok.dep_ in ("acl", "relcl") and tok.head.pos_ == "NOUN" and to_inf \
            and not any(_overlaps(content, q) for q in quotes):
        return None  # "no credible intelligence to suggest X": what a thing could show, not what anyone said
    if base not in lx.SPEECH_CUES and tok.dep_ in ("advcl", "xcomp", "acl", "relcl") and to_inf \
            and not any(_overlaps(content, q) for q in quotes):
        return None  # "met her to discuss the plan": a purpose, not something said
    if tok.dep_ in ("xcomp", "advcl") and tok.head.lemma_.lower() in _ASKING and tok.head.i < tok.i and to_inf \
            and not any(_overlaps(content, q) for q in quotes):
        return None  # "Asked to explain the delay, Okafor said": what was asked for, not yet said
    cue_end = tok.idx + len(tok.text)
    if content[0] <= tok.idx < content[1] and not interrupted:
        # the clause holds its own cue ("which Kyiv says is premature"): the content starts after the cue
        content = _trim(text, cue_end, content[1])
        if content[1] <= content[0]:
            return None
    if base in lx.WEAK_CUES and ccomp is None and not any(_overlaps(content, q) for q in quotes) \
            and content_tok is not xcomp and prep_frame is None:
        return None
    content = _close_quotes(_as_quotation(_cut_writers_tail(doc, content, quotes), quotes), quotes)
    kind, inside = _quote_kind(text, content, quotes)
    speaker, role = _speaker(tok)
    if _no_speaker(speaker, tok, quotes):
        return None  # "the album came out and that confirmed his status": a thing, not a speaker
    if speaker is None and role in ("none", "passive") and kind == "indirect" and tok.dep_ not in ("relcl", "acl"):
        # source-less attributions ("it was reported that") are kept only with a subject-less passive cue
        if role != "passive":
            return None
    addressee = _addressee(tok, lemma, content_tok)
    if addressee is not None and speaker is not None and addressee.i == speaker.i:
        addressee = None  # "“...,” warned Richards": the object the parser found is the one speaking
    if base == "tell" and addressee is None and after is not None and after.dep_ == "compound" \
            and after.tag_ == "NNS" and after.head.dep_ in ("nsubj", "nsubjpass") and after.idx == content[0]:
        # "told reporters prices would rise": the parser made the ones told a modifier of the clause's subject
        addressee = after
        content = _trim(text, doc[after.i + 1].idx, content[1])
    told_body = _told_body_then_clause(doc, tok) if base == "tell" else None
    if told_body is not None and told_body[1].idx < content[1]:
        # "told BBC News schools had been crying out": the body told, then the clause's own subject
        addressee, content = told_body[0], _trim(text, told_body[1].idx, content[1])
    if addressee is not None and content[0] <= addressee.idx < content[1]:
        if content_tok is not None and content_tok.dep_ in ("xcomp", "ccomp") and addressee.head is content_tok:
            content = (addressee.right_edge.idx + len(addressee.right_edge.text), content[1])
            content = _trim(text, *content)
        else:
            addressee = None
    if speaker is not None and content[0] <= speaker.idx < content[1] and role != "relative" and not interrupted:
        q = next((q for q in quotes if q[0] - 1 <= content[0] < q[1] and q[1] <= speaker.idx
                  and not text[q[1]:noun_phrase(speaker)[0]].strip(" ,")), None)
        if q is None:
            return None
        content, kind, inside = q, "direct", (q,)  # the quotation before the name the parser hung inside it
    sp = noun_phrase(speaker) if speaker is not None else None
    time_tokens = tuple(
        c.i for c in tok.children
        if c.dep_ in ("prep", "npadvmod", "advmod", "tmod", "obl", "nmod") and not (content[0] <= c.idx < content[1])
    )
    if tok.dep_ in ("xcomp", "conj", "advcl") and speaker is not None:
        time_tokens += tuple(c.i for c in tok.head.children if c.dep_ in ("prep", "npadvmod") and c.i < tok.i)
    cue_span = _cue_span(doc, tok, lemma)
    if prep_frame is not None and prep_frame.dep_ == "prep" and prep_frame.i <= tok.i + 3:
        cue_span = (cue_span[0], prep_frame.idx + len(prep_frame.text))
    act = act_of(lemma, content_tok if content_tok is not None and content_tok.dep_ == "ccomp" else None, _negated(tok))
    if act == "assert" and base in lx.NAMING_CUES and _DISPARAGING & set(re.findall(r"[a-z]+", text[
            content[0]:content[1]].lower())):
        act = "criticize"  # "branded the decision unacceptable", "called it a disgrace"
    return Found(
        kind=kind, content=content, cue=cue_span, cue_lemma=lemma,
        act=act,
        speaker=sp, speaker_head=speaker.i if speaker is not None else None,
        speaker_role=role if speaker is not None else "none",
        addressee=noun_phrase(addressee) if addressee is not None else None,
        addressee_head=addressee.i if addressee is not None else None,
        cue_token=tok.i, time_tokens=time_tokens, quotes=inside, borrowed=borrowed,
    )


_TAIL_DEPS = {"relcl", "appos"}
_TAIL_WH = {"which", "who", "whom", "whose", "where", "when"}


def _cut_writers_tail(doc: Doc, content: tuple[int, int], quotes: list[tuple[int, int]]) -> tuple[int, int]:
    """Cut a trailing non-restrictive relative clause or apposition the writer hangs on the content.

    "announced it would seek a recanvass in the primary, where he trailed by one point": what follows the comma
    explains the reader's context, it is not what the campaign announced (PolNeAR leaves such tails out).
    """
    text = doc_text(doc)
    for t in _tokens_in(doc, content[0] + 1, content[1]):
        if t.dep_ not in _TAIL_DEPS or _in_any(t.idx, quotes):
            continue
        first = t.left_edge
        if first.i == 0 or doc[first.i - 1].text not in (",", "—", "–"):
            continue
        if t.dep_ == "relcl" and first.lower_ not in _TAIL_WH or t.dep_ == "appos" and t.pos_ == "PROPN":
            continue  # (a name in apposition says who is meant: "his challenger, John Kerry")
        if t.dep_ == "appos" and any(c.dep_ in ("conj", "cc") for c in t.children):
            continue  # "differ on Israel, the nuclear deal and the court": a list, not a description
        last = t.right_edge
        if last.idx + len(last.text) < content[1] - 1 or _in_any(last.idx, quotes):
            continue  # not at the end of the content (or the tail is inside a quotation)
        cut = _trim(text, content[0], doc[first.i - 1].idx)
        if _words(text[cut[0]:cut[1]]) >= 3:
            return cut
    return content


def _quoted_as_saying(tok: Token) -> bool:
    """Is `tok` the "saying" of "quoted the minister as saying"?"""
    return tok.dep_ == "pcomp" and tok.head.lower_ == "as" and tok.head.head.lemma_.lower() == "quote"


def _quoted_as_saying_of(tok: Token) -> Token | None:
    """The "saying" of "quoted X as saying", when `tok` is that "quoted"."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "as":
            p = next((g for g in c.children if g.dep_ == "pcomp" and g.lemma_.lower() in lx.SPEECH_CUES), None)
            if p is not None:
                return p
    return None


def _quoted_speaker(doc: Doc, tok: Token, dobj: Token, saying: Token, ccomp: Token | None,
                    quotes: list[tuple[int, int]], stop: set[int]) -> Found | None:
    """'"...," Arab News quoted Prince Saud as saying' / 'Interfax quoted the minister as saying that X': the one
    quoted is the speaker, the outlet only reports; what was said is the quotation or the clause after "saying"."""
    text = doc_text(doc)
    said = next((c for c in saying.children if c.dep_ == "ccomp"), None)
    if said is not None:
        content = _subtree_span(said, doc, stop)
    elif ccomp is not None:
        content = _subtree_span(ccomp, doc, stop)
    else:
        content = _adjacent_quote(doc, tok, tok.sent, quotes)
    if content is None or content[1] <= content[0]:
        return None
    content = _as_quotation(_close_quotes(content, quotes), quotes)
    kind, inside = _quote_kind(text, content, quotes)
    start, end = noun_phrase(dobj)
    k = dobj.i + 1  # "Prince Saud": the parser may cut the name after its first word
    while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].i < saying.i:
        end = doc[k].idx + len(doc[k].text)
        k += 1
    return Found(kind=kind, content=content, cue=_cue_span(doc, tok, "quote"), cue_lemma="quote", act="assert",
                 speaker=(start, end), speaker_head=doc[k - 1].i if k - 1 > dobj.i else dobj.i,
                 speaker_role="nsubj", cue_token=tok.i,
                 time_tokens=tuple(c.i for c in tok.children if c.dep_ in ("prep", "npadvmod") and c.lower_ != "as"),
                 quotes=inside)


#: Verbs of saying that, declined or refused, leave nothing said ("declined to say whether", "refused to confirm").
_UNSAID = {"say", "comment", "confirm", "disclose", "reveal", "specify", "elaborate", "discuss", "answer", "name",
           "identify", "deny", "speculate", "give"}


def _hypothetical(tok: Token) -> bool:
    """Is the cue the verb of a condition ("if he says so", "until it agrees to stop"), or what someone else
    reports might happen ("said the parliament would then reject the plan": a forecast, not a rejection)?"""
    if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in lx.SPEECH_CUES and any(
            c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "may") for c in tok.children) and any(
            c.dep_ == "nsubj" and c.pos_ != "PRON" for c in tok.children):
        return True
    if tok.dep_ in ("ccomp", "advcl") and tok.head.lemma_.lower() in ("ask", "wonder", "question") and any(
            c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in tok.children):
        return True  # "was asked whether he thought the war had made ...": the question, not his answer
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "until")
                                       for c in tok.children)


#: Words opening a question-clause: "did not say why ..." leaves the answer unsaid.
_WH = {"why", "whether", "how", "what", "when", "where", "who", "which", "if"}


def _silent(tok: Token, base: str) -> bool:
    """A declined saying, or the declining of one: silence, like "has yet to comment"."""
    if base in _UNSAID and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("decline", "refuse"):
        return True
    if base in _UNSAID and _negated(tok) and any(
            c.dep_ in ("ccomp", "xcomp", "dobj", "advcl") and c.i > tok.i and c.left_edge.lower_ in _WH
            for c in tok.children):
        return True  # "The spokeswoman did not say why the two men were held": what was not said
    if base in ("disclose", "reveal", "release", "publish", "name", "identify") and _negated(tok):
        return True  # "Harbourco doesn't disclose its pilots' salaries": kept back, not said
    if base == "tell" and not any(c.dep_ in ("dobj", "dative") for c in tok.children) and any(
            c.dep_ == "aux" and c.lower_ in ("can", "could", "cannot") for c in tok.children):
        return True  # "the shop could tell if its posters brought buyers": finding out, nobody is told
    if base in ("decline", "refuse") and any(c.dep_ == "dobj" and c.lemma_.lower() in ("comment", "interview")
                                             for c in tok.children):
        return True  # "declined comment on the bid": nothing said
    if base in ("ask", "request") and any(c.dep_ == "xcomp" and c.lemma_.lower() in ("name", "identify", "quote")
                                          and _negated(c) for c in tok.children):
        return True  # "an official, who asked not to be named, said": the condition of speaking, not a request
    return base in ("decline", "refuse") and any(c.dep_ == "xcomp" and c.lemma_.lower() in _UNSAID
                                                  for c in tok.children)


#: Cues whose prepositional object is only a topic ("commented on the report"): said of silence, they say nothing.
_SILENCE_VERBS = {"comment", "respond", "reply", "speak", "talk", "answer", "elaborate", "expand"}


def _not_done(tok: Token) -> bool:
    """Is the act negated or put off: "did not comment", "declined/refused to comment", "has yet to respond"?"""
    if _negated(tok):
        return True
    head = tok.head
    return tok.dep_ == "xcomp" and (head.lemma_.lower() in ("decline", "refuse", "fail") or _negated(head)
                                    or any(c.lower_ == "yet" for c in head.children) or _unsaid_infinitive(tok))


def _unsaid_infinitive(tok: Token) -> bool:
    """ "avoided suggesting anyone was playing politics": what someone avoided saying. (Not "needs to recognise",
    "has to explain": PolNeAR train marks those, "the campaign needs to realize that ...", as attributions; taking
    them out lost 4 of its matches for 1 false one.)"""
    return tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "avoid"


def _cue_clause_start(tok: Token, skip: Token | None) -> int:
    """Token index where the cue's own clause begins (its subject, auxiliaries, adverbs left of it)."""
    left = tok.i
    subjects = [c.i for c in tok.lefts if c.dep_ in ("nsubj", "nsubjpass")]
    for c in tok.lefts:
        if c is skip or c.dep_ not in _CLAUSE_DEPS or (skip is not None and c.i < skip.i < tok.i):
            continue
        if c.dep_ in ("nsubj", "nsubjpass") and c.i < subjects[-1] and tok.doc[subjects[-1]].pos_ == "PRON":
            continue  # "The role of firms now, she said, was ...": the content's subject, given to the cue as well
        left = min(left, c.left_edge.i)
    return left


_CLAUSE_DEPS = {"nsubj", "nsubjpass", "expl", "aux", "auxpass", "neg", "advmod", "npadvmod", "prep"}


def _around_cue_clause(doc: Doc, tok: Token, ccomp: Token, content: tuple[int, int]) -> tuple[int, int]:
    """Widen a clause content to the sentence around a cue clause set off by commas.

    "The FBI looked ... and did not find ties, said the director" (content before the cue: from the
    sentence start, which a clipped subtree may miss) and "In 2008, Trump said, the foundation paid"
    (the words before the interrupting cue belong to the content, PolNeAR marks both pieces).
    """
    text = doc_text(doc)
    sent = tok.sent
    if tok.dep_ in ("relcl", "acl"):
        return content  # "Woods, who said he would not return, ...": a relative clause interrupts nothing
    left = _cue_clause_start(tok, ccomp)
    if ccomp.i < tok.i:
        end_tok = doc[left - 1] if left - 1 >= sent.start else None
        if end_tok is not None and end_tok.text in (",", "—", "–") and left - 1 > ccomp.i:
            start = min(content[0], sent.start_char)
            if not _in_other_clause(doc, sent.start, ccomp.left_edge.i) and not any(
                    cue_lemma(t) is not None for t in ccomp.subtree if t.i != ccomp.i):
                return _trim(text, start, end_tok.idx)
        return content
    if left - 1 > sent.start and doc[left - 1].text == "," and content[0] > tok.idx and tok.i - left <= 4 \
            and not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD", "VBG") for t in doc[sent.start:left - 1]) \
            and not (any(_bare_infinitive(t) for t in doc[sent.start:left - 1])
                     and not (tok.i + 1 < len(doc) and doc[tok.i + 1].text == ",")):
        # "Over the years, she said, email has ..." (the words before the comma are no clause of their own; a
        # purpose clause before a cue with no comma after it is the writer's frame: "To broaden its base, Sears
        # said it will issue ...")
        if not _in_other_clause(doc, sent.start, left - 1):
            return _trim(text, sent.start_char, content[1])
    return content


def _in_other_clause(doc: Doc, start: int, end: int) -> bool:
    """Is there a verb of saying or a quotation mark in tokens [start, end)? (then the span is not ours; a bare
    infinitive, "such storms are hard to predict, forecasters say", speaks for no one)"""
    return any(cue_lemma(t) is not None and not _bare_infinitive(t) or t.text in ('"', "“", "”")
               for t in doc[start:end])


def _bare_infinitive(tok: Token) -> bool:
    return tok.tag_ == "VB" and _to_infinitive(tok) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


#: conjunctions that open a clause of time, reason or concession, never one of what was said
_SUBORDINATORS = {"while", "whilst", "although", "though", "whereas", "because", "since", "when", "after", "before",
                  "if", "unless", "once", "until"}


def _infinitive_after(tok: Token, phrase: Token, stop: set[int]) -> Token | None:
    """An infinitive clause the parser hung on the cue `tok` right after `phrase` ("called for the minister | to
    resign", "defended his call | to raise the toll"), holding no other cue; None when there is none."""
    return next((c for c in tok.rights if c.dep_ == "advcl" and c.left_edge.i == phrase.right_edge.i + 1
                 and c.left_edge.lower_ == "to" and c.left_edge.dep_ == "aux"
                 and not any(t.i in stop for t in c.subtree)), None)


def _setting_phrase(c: Token, base: str) -> bool:
    """A prepositional phrase on the cue that says where, when or through what it was said ("in an interview",
    "on Twitter", "during the rally"), not a part of what was said ("blamed the crash on the pilot" excepted)."""
    if c.dep_ != "prep" or (base == "blame" and c.lower_ == "on"):
        return False
    if c.lower_ in _SETTING_PREPS and not _REASON_IN.search(doc_text(c.doc), c.idx, c.idx + 20):
        return True
    # a time phrase is the preposition's own object ("on Saturday", "in recent days"), not a time somewhere inside
    # what was said ("accused China of hacking agencies in recent years")
    return any(t.ent_type_ in _TIME_ENTS for o in c.children if o.dep_ == "pobj"
               for t in c.doc[o.left_edge.i:o.i + 1])


def _parenthetical(doc: Doc, tok: Token, quotes: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Content of a cue clause set off by commas inside or at the end of its sentence."""
    sent = tok.sent
    left = _cue_clause_start(tok, None)
    if tok.i > sent.start and doc[tok.i - 1].text in (",", "—", "–") and any(
            c.dep_ == "nsubj" and c.i > tok.i for c in tok.children):
        left = tok.i  # "X, said Wilders": a "subject" left of the inverted cue is the parser's take on X
    subj = next((c for c in reversed(list(tok.lefts)) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.left_edge.i - 2 >= sent.start and doc[subj.left_edge.i - 1].text == "," and (all(
            t.dep_ in ("advmod", "cc", "punct") for t in doc[left:subj.left_edge.i]) or tok.dep_ == "parataxis"
            and (not any(t.pos_ in ("VERB", "AUX") for t in doc[left:subj.left_edge.i])
                 or all(_phrase_on(t, tok) for t in doc[left:subj.left_edge.i]))):
        # "Instead, Harlan told the Courier, his plan ...": the adverb is the content's; so is the opening phrase
        # of "At times last year, people close to him said, the mention of her name ..."
        left = subj.left_edge.i
    right = max((t.i for t in tok.subtree if (not t.is_punct or t.text in (")", "]")) and t.i >= tok.i),
                default=tok.i)  # ("said at the Harbour Trade Show (HTS), was ...": the bracket closes the clause)
    rest = next((c for c in tok.rights if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.left_edge.i > tok.i + 1
                 and doc[c.left_edge.i - 1].text == "," and not any(g.dep_ in ("nsubj", "nsubjpass", "expl")
                                                                      for g in c.children)
                 and not any(t.dep_ == "cc" and t.head.i == tok.i for t in doc[tok.i:c.i])), None)
    if rest is not None:
        # "The job of firms now, she said in a speech, was to ensure ...": the parser joins the content's verb to
        # the cue; it is the rest of what was said
        right = rest.left_edge.i - 2
    if left - 1 < sent.start or doc[left - 1].text not in (",", "—", "–"):
        return None
    after = doc[right + 1] if right + 1 < sent.end else None
    if after is not None and after.text not in (",", ".", "—", "–", ";", ":", '"', "”", "?", "!"):
        return None
    if _in_other_clause(doc, sent.start, left - 1) and not any(q[0] >= sent.start_char for q in quotes) \
            and not (tok.dep_ == "parataxis" and all(_phrase_on(t, tok) for t in doc[sent.start:left])):
        return None  # (a cue inside the opening phrase, "After being told he would be charged, police said,
        # X went to ...", is part of what was said)
    if any(c.dep_ == "advcl" and c.left_edge.i == sent.start and c.right_edge.i >= left - 2 and any(
            m.dep_ == "mark" and m.lower_ in _SUBORDINATORS for m in c.children) for c in tok.lefts) \
            and not (tok.dep_ == "parataxis" and after is not None and after.text == ","):
        # "While Hale was praised, Vey was warned by the club": when or why, not what was said (but "Though the
        # change went smoothly, he said, replacing her would be harder": the cue sits inside what was said)
        return None
    start, end = sent.start_char, sent.end_char
    if after is None or after.text in (".", "?", "!", '"', "”"):
        end = doc[left - 1].idx  # "X, he said."
    out = _trim(doc_text(doc), start, end)
    return out if _words(doc_text(doc)[out[0]:out[1]]) >= 3 else None


def _phrase_on(t: Token, tok: Token) -> bool:
    """Is `t` part of a phrase of place, time or manner the parser hung on `tok` ("At times last year", "After
    being told he would be charged"), or a comma between such phrases?"""
    while t.head.i != tok.i and t.head.i != t.i:
        t = t.head
    return t.head.i == tok.i and t.dep_ in ("advmod", "cc", "punct", "prep", "npadvmod")


def _as_clause_host(doc: Doc, tok: Token) -> tuple[int, int] | None:
    """The rest of the sentence around an "as X said" clause, when that clause opens or closes it."""
    sent = tok.sent
    first, last = tok.left_edge.i, tok.right_edge.i
    if first == sent.start or (first == sent.start + 1 and (doc[sent.start].is_punct or doc[sent.start].dep_ == "cc")):
        out = _trim(doc_text(doc), doc[last].idx + len(doc[last].text), sent.end_char)
    elif last >= sent.end - 2:
        out = _trim(doc_text(doc), sent.start_char, doc[first].idx)
    else:
        return None
    return out if _words(doc_text(doc)[out[0]:out[1]]) >= 3 else None


#: what may stand between the quoted items of one list of names ("…,” a “…” and an “…”, “…” who is “…”)
_LIST_GAP = re.compile(r"[\s,]*(?:(?:and|or|but|also|who|which|is|was|are|were|a|an|the)\b[\s,]*){0,3}", re.I)


def _naming(doc: Doc, tok: Token, dobj: Token | None, oprd: Token | None, ccomp: Token | None,
            quotes: list[tuple[int, int]]) -> tuple[Token, tuple[int, int]] | None:
    """ "called the plan “a disaster”", "called him competent", "described it as a mistake": object + predicate."""
    text = doc_text(doc)
    oprds = [c for c in tok.rights if c.dep_ == "oprd"]
    if dobj is None and len(oprds) >= 2:
        dobj, oprd = oprds[0], oprds[-1]  # "called Oz a quack, fake and charlatan": the parser makes both predicates
    if dobj is not None and dobj.i > tok.i:
        pred = oprd if oprd is not None and oprd.i > dobj.i else None
        if pred is None:
            pred = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > dobj.i), None)
        end = None
        if pred is not None:
            end = _subtree_span(pred, doc)[1]
        dend = dobj.right_edge.idx + len(dobj.right_edge.text)
        q = next((q for q in quotes if dend <= q[0] <= dend + 25 and not re.search(r"[,;.]", text[dend:q[0]])), None)
        if q is not None:  # the quotation closes the predicate ("called X “a disaster,” adding ...")
            end = q[1]
            while True:  # ... and “a hoax” and “a scam”, a “liar” who is “amoral,” a “bully” and a “narcissist”
                nxt = next((r for r in quotes if end < r[0] <= end + 16
                            and _LIST_GAP.fullmatch(text[end:r[0]])), None)
                if nxt is None:
                    break
                end = nxt[1]
        if end is None:
            return None
        return dobj, _trim(text, dobj.left_edge.idx, end)
    if ccomp is not None and ccomp.i > tok.i and any(c.dep_ == "nsubj" for c in ccomp.children) \
            and ccomp.pos_ in ("NOUN", "ADJ", "PROPN"):
        return ccomp, _subtree_span(ccomp, doc)
    if dobj is None and oprd is not None and oprd.i > tok.i and any(c.dep_ == "case" for c in oprd.children):
        # "called Mr Varga's offer “a serious step”": the parser makes the owner the predicate and the thing
        # owned a verb; the quotation right after is still what it was called
        q = next((q for q in quotes if oprd.idx < q[0] <= oprd.idx + 40), None)
        if q is not None:
            return oprd, (oprd.left_edge.idx, q[1])
    return None


def _as_quotation(content: tuple[int, int], quotes: list[tuple[int, int]]) -> tuple[int, int]:
    """A content that sits whole in a quotation is direct speech: the quotation, marks included."""
    qn = _quote_near(content, quotes)
    return qn if qn and qn[0] <= content[0] + 2 and qn[1] >= content[1] - 2 else content


def _close_quotes(content: tuple[int, int], quotes: list[tuple[int, int]]) -> tuple[int, int]:
    """Extend a content span that opens a quotation to the quotation's closing mark: parsers drop the mark,
    and a partial quote opened inside reported speech runs on past the parser's sentence end
    ("said Cruz “has courage. He is not afraid.”" is one content)."""
    s, e = content
    for q in quotes:
        if s <= q[0] < e < q[1]:
            e = q[1]
        elif q[0] < s <= q[0] + 2 and s < q[1] <= e:
            s = q[0]  # 'said "it is more likely than not" that ...': the opening mark the parser left on the cue
    return s, e


def _cue_span(doc: Doc, tok: Token, lemma: str) -> tuple[int, int]:
    """The cue's characters: the verb with its auxiliaries/negation next to it and particles ("has said", "called on")."""
    start = tok.idx
    for c in tok.lefts:
        if c.dep_ in ("aux", "auxpass", "neg") and c.i >= tok.i - 3 and not any(
            t.dep_ in ("nsubj", "nsubjpass") for t in doc[c.i:tok.i]
        ):
            start = min(start, c.idx)
            break
    end = tok.idx + len(tok.text)
    prt = next((c for c in tok.rights if c.dep_ == "prt" and c.i == tok.i + 1), None)
    if prt is not None:  # "pointed out", "hit back", "played down"
        end = prt.idx + len(prt.text)
    if " " in lemma:
        second = lemma.split()[1]
        for c in doc[tok.i + 1:tok.i + 4]:
            if c.lower_ == second:
                end = c.idx + len(c.text)
                break
    return start, end


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _quote_near(span: tuple[int, int], quotes: list[tuple[int, int]]) -> tuple[int, int] | None:
    best = None
    for q in quotes:
        if _overlaps(span, q):
            if best is None or (q[1] - q[0]) > (best[1] - best[0]):
                best = q
    return best


def _possessive_s(tok: Token) -> bool:
    """ "told BBC Radio 4's The World at One": the parser may read a possessive "'s" before a title as "is", a
    clause; not the contraction of "it's fine", "Trump's going"."""
    doc = tok.doc
    return tok.lower_ in ("'s", "’s") and 0 < tok.i < len(doc) - 1 and not doc[tok.i - 1].whitespace_ \
        and doc[tok.i - 1].pos_ in ("PROPN", "NUM") and doc[tok.i + 1].text[:1].isupper()


def _words_spoken(obj: Token) -> bool:
    """ "by saying its name", "said a prayer": a short noun object of "say" naming words spoken, or said by way of
    doing something, is no claim (the parser's "said the new rules were unfair" has a verb in it; PolNeAR counts
    "saying racist things", "was saying the opposite", "said goodbye": those stay)."""
    sub = list(obj.subtree)
    verb = obj.head
    return obj.pos_ == "NOUN" and len(sub) <= 3 and obj.i == sub[-1].i and not any(
        t.pos_ in ("VERB", "AUX") for t in sub) and (
        obj.lemma_.lower() in ("name", "prayer", "grace", "mass", "vow", "line")
        or verb.dep_ == "pcomp" and verb.head.lower_ == "by")


def _role_after_body(subj: Token, tok: Token) -> Token | None:
    """ "A Department for Work and Pensions spokeswoman said": a body's name with "and" in it, which the parser
    makes the subject, hanging the role noun on it as a preposition's object or a conjunct; the role noun just
    before the verb speaks (its phrase starts at the body's name: `_body_before_role`)."""
    if subj.pos_ != "PROPN" or subj.i >= tok.i:
        return None
    k = tok.i - 1
    while k > subj.i and tok.doc[k].pos_ in ("AUX", "ADV", "PART"):
        k -= 1
    role = tok.doc[k]
    body = _body_before_role(role) if k > subj.i else None
    return role if body is not None and body.i == subj.i else None


def _body_before_role(role: Token) -> Token | None:
    """The body's name (a proper-noun subject) a role noun hangs on through capitalised words only."""
    if role.pos_ != "NOUN" or role.lemma_.lower() not in lx.ROLE_NOUNS or role.dep_ not in ("pobj", "conj") \
            or role.right_edge.i != role.i:
        return None
    subj = role.head.head if role.dep_ == "pobj" else role.head
    if subj.pos_ != "PROPN" or subj.dep_ not in ("nsubj", "nsubjpass") or subj.i >= role.i:
        return None
    between = role.doc[subj.i + 1:role.i]  # ("Smith and his spokesman": two speakers, not one name)
    if not all(t.text[:1].isupper() or t.lower_ in ("and", "&", "for", "of", ",") for t in between):
        return None
    return subj


def _chose_to_say(tok: Token) -> bool:
    """ "preferred to state that ...", "chose to say": the statement is the saying (its own cue), not a preference."""
    return tok.lemma_.lower() in ("prefer", "choose", "opt") and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in _PLAIN_STATING and not _negated(c) for c in tok.children)


#: what one can choose to do with words that is itself a statement ("chose to dismiss the claims", "preferred not
#: to answer" are PolNeAR's own attributions on the choosing verb)
_PLAIN_STATING = {"say", "state", "tell", "note", "add", "write", "explain", "stress", "emphasise", "emphasize",
                  "declare", "describe", "point"}


def _with_absolute(tok: Token) -> Token | None:
    """ "..., with Rovers boss Mark Hughes claiming it had been ...": the one after "with" says it (the parser
    makes the name the preposition's object and hangs the participle on the main verb)."""
    if tok.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None
    prev = tok.doc[tok.i - 1]
    if prev.dep_ == "pobj" and prev.head.lower_ == "with" and prev.head.i < prev.i and (
            prev.pos_ == "PROPN" or prev.pos_ == "NOUN" and (looks_human(prev.lemma_.lower())
                                                             or prev.lower_ in lx.GROUP_NOUNS)):
        # (not "replacing it with softer language calling for ...": the language is no one)
        return prev
    return None


#: a word, a full stop (or ? !) and a capital: the parser may run two sentences together ("$360m. Looking
#: ahead, ..."); not after an abbreviation ("Ms. Sherry") or an initial ("U.S. Steel")
_SENTENCE_BREAK = re.compile(r"([\w$%)]+)[.!?]\s+[A-Z]")
_ABBREVIATIONS = {"mr", "ms", "mrs", "dr", "st", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "jr", "sr", "inc",
                  "co", "corp", "ltd", "no", "vs", "prof", "rev", "hon", "mt", "ft", "sept", "oct", "nov", "dec",
                  "jan", "feb", "aug", "u.s", "u.k", "d.c", "a.m", "p.m"}


def _split_subordinate(doc: Doc, first: Token, later: Token) -> bool:
    """Does `later` (a second clause the parser hung on the cue) continue `first` after a subordinating
    preposition ("made after film studio | New Line expressed concern")?"""
    end = first.right_edge
    if later.left_edge.i != end.i + 1:
        return False
    inside = {t.i for t in first.subtree}
    return any(a.dep_ == "pobj" and a.head.dep_ == "prep" and a.head.i in inside
               and a.head.lower_ in ("after", "before", "because", "since", "until", "as")
               for a in [end, *end.ancestors] if a.i in inside)


def _answering_subject(doc: Doc, f: Found) -> Token | None:
    """The subject of the clause an opening "Asked ..." / "Pressed ..." hangs on, when the question's content
    runs into it ("Asked if there was a timescale, Pound said: “...”": the parser gives "Asked" no clause of its
    own to stop at, and the content ran on through the answer)."""
    if f.cue_token is None:
        return None
    tok = doc[f.cue_token]
    if tok.dep_ != "advcl" or tok.tag_ != "VBN" or tok.head.i <= tok.i:
        return None
    subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or cue_lemma(tok.head) is None:
        return None
    start = subj.left_edge.idx
    return subj if f.content[0] < start < f.content[1] else None


def _colon_after_pronoun(tok: Token) -> bool:
    """ "Asked whether he liked the show he said: “...”": with no comma the parser makes "he said" a relative
    clause of the question's last noun; a personal pronoun, the verb and a colon are a cue all the same."""
    doc = tok.doc
    return tok.i > 0 and tok.i + 1 < len(doc) and doc[tok.i + 1].text == ":" and doc[tok.i - 1].dep_ == "nsubj" \
        and doc[tok.i - 1].lower_ in ("he", "she", "they", "we", "i") and doc[tok.i - 1].head.i == tok.i


def _adjacent_quote(doc: Doc, tok: Token, sent: Span, quotes: list[tuple[int, int]]) -> tuple[int, int] | None:
    """A quotation touching the cue's clause: only the speaker, the cue and punctuation lie between them."""
    text = doc_text(doc)
    best = None
    for q in quotes:
        if q[1] <= tok.idx:  # quote before the cue: “...,” Mr X said
            gap = text[q[1]:tok.idx]
            if text[max(q[0], q[1] - 3):q[1]].rstrip("”\"’' ").endswith(".") \
                    and any(c.dep_ in ("prep", "dobj", "dative", "xcomp", "advcl", "ccomp") for c in tok.rights):
                # “... next year.” Mr Okoro is continuing in his job / Ms Vey has written to the board saying:
                # a quotation closed by its full stop, then a new sentence going on past its verb, not a cue
                continue
            if q[1] >= sent.start_char - 1 and len(gap) <= 60 and "“" not in gap and '"' not in gap \
                    and not _verb_between(doc, q[1], tok.idx):
                if re.fullmatch(r"[\s,]*([\w’'.\- ]+?\s)?(has |had |have )?", gap) or gap.strip(" ,") == "":
                    best = q
        elif q[0] >= tok.idx + len(tok.text):  # He said: “...”
            # (from after the verb's particle: "Ms Vey went on: “...”")
            prt = next((c for c in tok.children if c.dep_ == "prt" and c.i == tok.i + 1), tok)
            gap = text[prt.idx + len(prt.text):q[0]]
            if q[0] <= sent.end_char + 1 and len(gap) <= 40 \
                    and not _verb_between(doc, prt.idx + len(prt.text), q[0]) and (
                    re.fullmatch(r"[\s,:]*((to|of) [\w’'. ]+?)?[\s,:]*", gap)
                    or tok.lemma_.lower() in ("tell", "assure", "warn", "inform")
                    and re.fullmatch(r"\s+[\w’'.\- ]{1,36}?\s*:\s*", gap)):  # "told Radio Dales: “...”"
                return q
    return best


def _verb_between(doc: Doc, start: int, end: int) -> bool:
    """Does a verb stand between a quotation and a later cue? (“...” Reuters said that X shouted ...: the
    quote is not what X shouted; only a speaker and auxiliaries may lie between a quote and its cue.)"""
    return any(t.pos_ == "VERB" or t.lower_ == "that" for t in _tokens_in(doc, start, end))


def _antecedent_clause(doc: Doc, head: Token, earlier: list[Found]) -> tuple[int, int] | None:
    """The clause an appositive like "something Kyiv denies" comments on."""
    start_np = head.left_edge.idx
    for f in reversed(earlier):
        if f.content[1] <= start_np and f.content[0] >= head.sent.start_char:
            return f.content
    sent = head.sent
    start, end = sent.start_char, start_np
    # from the governing clause's subject onwards
    return _trim(doc_text(doc), start, end) if end - start > 10 else None


def _hedge(doc: Doc, tok: Token, quotes: list[tuple[int, int]]) -> Found | None:
    """ "X seemed to Y", "X appears Z", "X is expected to Y": an attribution with no source (PolNeAR marks the
    writer's hedges so), the content being the subject with its predicate."""
    lemma = tok.lemma_.lower()
    kids = list(tok.children)
    if lemma == "expect":
        if not any(c.dep_ == "auxpass" for c in kids):
            return None
        comp = next((c for c in kids if c.dep_ == "xcomp" and c.i > tok.i), None)
    else:
        comp = next((c for c in kids if c.dep_ in ("xcomp", "acomp", "attr", "oprd", "ccomp") and c.i > tok.i), None)
        if comp is None:  # "the plan seems like a stretch"
            comp = next((c for c in kids if c.dep_ == "prep" and c.lower_ == "like" and c.i == tok.i + 1), None)
    if comp is None or (comp.dep_ == "xcomp" and not any(t.lower_ == "to" for t in doc[tok.i + 1:comp.i + 1])
                        and lemma != "seem" and comp.pos_ not in ("ADJ", "NOUN")):
        return None
    subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is not None and subj.lower_ in ("who", "which", "that"):
        return None
    end = _subtree_span(comp, doc)[1]
    if subj is None or subj.dep_ == "expl" or subj.lower_ == "it":
        start = comp.left_edge.idx if comp.left_edge.i > tok.i else doc[tok.i + 1].idx
    else:
        start = subj.left_edge.idx
    content = _trim(doc_text(doc), start, end)
    if content[1] <= content[0] or _words(doc_text(doc)[content[0]:content[1]]) < 3:
        return None
    kind, inside = _quote_kind(doc_text(doc), content, quotes)
    return Found(kind=kind, content=content, cue=_cue_span(doc, tok, lemma), cue_lemma=lemma, act="assert",
                 speaker_role="none", cue_token=tok.i, quotes=inside)


#: what qualifies demand in the economic sense ("domestic demand", "consumer demand", "weak demand")
_MARKET_DEMAND = {"domestic", "consumer", "internal", "external", "global", "world", "aggregate", "private",
                  "public", "strong", "weak", "robust", "sluggish", "export", "import", "energy", "oil", "market",
                  "seasonal", "underlying", "final", "overall"}


def _nominal(doc: Doc, tok: Token, quotes: list[tuple[int, int]]) -> Found | None:
    """ "Rubio's claim that he is the strongest", "his criticism of the plan", "her call for a ceasefire":
    a noun of saying with a possessive source and a clause or prepositional object as its content."""
    lemma = tok.lemma_.lower()
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    if lemma == "demand" and any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in _MARKET_DEMAND
                                 for c in tok.children):
        return None  # "to stimulate their domestic demand for goods": a market's demand, not one made
    if any(a.lemma_.lower() in _SILENCE_VERBS and _not_done(a) for a in list(tok.ancestors)[:3]):
        return None  # "did not elaborate on his views of X": what was not said
    content_tok = None
    for c in tok.rights:
        if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX") and any(
                g.dep_ in ("mark", "aux") and g.lower_ in ("that", "to") and g.i < c.i for g in c.children):
            content_tok = c
            break
        if c.dep_ == "prep" and c.lower_ in lx.NOMINAL_PREPS and c.i == tok.i + 1:
            pobj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None:
                content_tok = pobj
                break
    if content_tok is None:
        return None
    start, end = _subtree_span(content_tok, doc)
    content = _close_quotes(_trim(doc_text(doc), start, end), quotes)
    if content[1] <= content[0] or (poss.lower_ == "its" and lemma in ("support", "view")):
        return None
    kind, inside = _quote_kind(doc_text(doc), content, quotes)
    sp = noun_phrase(poss)
    sp = (sp[0], poss.idx + len(poss.text))  # "Rubio's" -> "Rubio"
    return Found(kind=kind, content=content, cue=(tok.idx, tok.idx + len(tok.text)), cue_lemma=lemma,
                 act=lx.NOMINAL_CUES[lemma], speaker=sp, speaker_head=poss.i, speaker_role="nsubj",
                 cue_token=tok.i, quotes=inside)


#: "issued the following statement:", "delivered a sharp retort:": a verb that hands over an utterance ...
_DELIVER_VERBS = {"issue", "deliver", "give", "make", "release", "offer", "post", "send", "put", "fire", "read"}
#: ... and the utterance, whose words follow the colon (the noun's act where it has one)
_UTTERANCES = {"statement", "retort", "reply", "response", "answer", "warning", "message", "remark", "remarks",
               "comment", "comments", "explanation", "rebuttal", "plea", "appeal", "tweet", "note", "verdict",
               "assessment", "prediction", "promise", "pledge", "vow", "assurance", "apology", "denial", "riposte"}


def _delivered(doc: Doc, tok: Token, quotes: list[tuple[int, int]]) -> Found | None:
    """ "Ferris delivered a sharp retort: “...”" / "the mayor issued the following statement:" closing its
    paragraph: the words after the colon (or the quotation opening the next paragraph) are the subject's."""
    text = doc_text(doc)
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in _UTTERANCES), None)
    if obj is None or _not_done(tok):
        return None
    end = obj.right_edge.idx + len(obj.right_edge.text)
    gap = text[end:end + 3]
    if not gap.lstrip().startswith(":"):
        return None
    colon = end + gap.index(":")
    speaker, role = _speaker(tok)
    if speaker is None:
        return None
    lemma = obj.lemma_.lower()
    act = lx.NOMINAL_CUES.get(lemma) or lx.ACT_OF.get(lemma) or "assert"
    common = dict(cue=(_cue_span(doc, tok, tok.lemma_.lower())[0], end), cue_lemma=lemma, act=act,
                  speaker=noun_phrase(speaker), speaker_head=speaker.i, speaker_role=role, cue_token=tok.i,
                  time_tokens=tuple(c.i for c in tok.children if c.dep_ in ("prep", "npadvmod", "advmod")))
    q = next((q for q in quotes if colon < q[0] <= colon + 3), None)
    if q is not None:
        return Found(kind="direct", content=q, quotes=(q,), **common)
    if not text[colon + 1:].strip():
        return Found(kind="direct", content=(colon, colon + 1), opens_next=True, **common)
    return None


_HEADLINE = re.compile(r"(?:[-•*–]\s+)?"  # (a list's dash or bullet)
                       r"([A-Z][\w.’'&\- ]{0,40}?)(?: (?:[Oo]n|[Tt]o|[Aa]bout) [\w.’'\- ]{1,30})?"
                       r"(?P<role>, (?:the |a |an )?[\w.’'&\- ]{1,50})?\s?:\s*(?=\S)")
_NOT_SPEAKERS = {"note", "notes", "update", "updated", "photo", "photos", "video", "watch", "read", "related", "source",
                 "sources", "editor", "correction", "clarification", "disclosure", "subscribe", "follow", "share",
                 "see", "more", "click", "image", "images", "credit", "tags", "filed", "posted", "by", "breaking",
                 "live", "exclusive", "analysis", "opinion", "here", "this", "that", "listen", "also", "contributing",
                 "even", "q", "question", "caption", "transcript", "warning", "fact", "bottom", "verdict", "answer",
                 "claim", "claims", "denial", "section", "rating", "summary", "background", "context", "origin",
                 "origins", "conclusion", "response", "what", "why", "how", "true", "false", "status", "bottom line",
                 "earlier", "previously", "meanwhile", "elsewhere", "advertisement", "sponsored", "promoted",
                 # (a preposition opens a caption's place or time, never a name: "From Yorkshire: ...")
                 "from", "in", "at", "on", "after", "before", "during", "inside", "outside", "near", "with",
                 # (a match report's labels: "Result: Nadal 6-2 6-2 Roddick", "Replacements: ...")
                 "result", "results", "score", "scores", "scorer", "scorers", "replacements", "substitutes", "subs",
                 "attendance", "referee", "venue", "teams", "squad", "line-up", "lineup", "fixtures", "standings"}


_SAID_FIRST = {"said", "says", "added", "adds"}


#: a comma-separated list of capitalised names ("Peel, Wilson, Van der Berg, Shaw")
_NAME = r"[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|de|van|der|von|la|le|da|di|du|del|bin|al)){0,3}"
_NAME_LIST = re.compile(rf"{_NAME}(?:(?:,| and| &) {_NAME})+")


#: words a headline in title case has and a list of names does not ("If He Says It, It's True")
_TITLE_CASE_WORDS = {"if", "it", "it's", "it’s", "is", "are", "was", "were", "be", "the", "a", "an", "or", "not", "no",
                     "we", "i", "you", "he", "she", "they", "will", "says", "said", "say", "to", "of", "in", "on",
                     "for", "has", "have", "can", "do", "does", "my", "our", "this", "that", "what", "why", "how"}


def _name_list(text: str) -> bool:
    """ "Peel, Wilson, Van der Berg, Shaw": names and commas only (not a headline in title case)."""
    return _NAME_LIST.fullmatch(text) is not None and not any(
        w.lower() in _TITLE_CASE_WORDS for w in re.findall(r"[\w'’]+", text))


def _label(words: list[str]) -> bool:
    """Is a "Name:" opening a page's label ("Editor's Note:", "The Latest:", "Delegate Update:", "Still:")?"""
    first = re.sub(r"['’]s$", "", words[0].lower().strip("."))
    return first in _NOT_SPEAKERS or " ".join(words).lower() in _LABELS or words[-1].lower() in _LABEL_ENDS


_LABELS = {"still", "yet", "so", "but", "and", "now", "then", "first", "second", "finally", "plus"}
_LABEL_ENDS = {"update", "updates", "note", "notes", "latest"}


def _headline(doc: Doc, quotes: list[tuple[int, int]]) -> Found | None:
    """ "Trump: My plans aren't set in stone" / "Poll: X leads": a short name and a colon open a line."""
    text = doc_text(doc)
    m = _HEADLINE.match(text)
    if m is None or (m.start(1) > 0 or m.group("role")) and text[m.end():m.end() + 1] not in ('"', "“"):
        # ("- Harbour Rovers coach Tom Reyes: “...”" a listed quotation; "- Late Review: shown at 9pm" a listing;
        # "Tom Reyes, the club's coach: “...”" a name and its role before a quotation)
        return None
    name = m.group(1).strip()
    words = name.split()
    start = m.start(1)
    verb = None
    if len(words) > 1 and words[0].lower() in _SAID_FIRST:
        # "Added Ms Obi: “...”" (the tagger may take the verb for part of the name): the verb is the cue
        verb = (start, start + len(words[0]))
        start += len(words[0]) + 1
        name, words = " ".join(words[1:]), words[1:]
    if not words or len(words) > 5 or _label(words) or not words[-1][:1].isupper():
        return None
    line_end = text.find("\n", m.end())
    line_end = len(text) if line_end < 0 else line_end
    content = _trim(text, m.end(), line_end)
    if _words(text[content[0]:content[1]]) < 2 or _name_list(text[content[0]:content[1]].rstrip(".")):
        return None  # ("Replacements: Peel, Wilson, Shaw", "Scorers: Tait, May": a team sheet, not a saying)
    sp = doc.char_span(start, start + len(name), alignment_mode="expand")
    if sp is None or not len(sp) or any(t.like_num for t in sp):
        return None
    colon = text.index(":", start + len(name))
    if any(t.tag_ == "VBG" or t.tag_.startswith("VB") and t.lemma_.lower() in lx.SPEECH_CUES
           for t in _tokens_in(doc, start, colon)):
        return None  # "Listening to the message he said:": a sentence with its own cue, not a "Name:" line
    kind, inside = _quote_kind(text, content, quotes)
    if verb is not None:
        lemma = "add" if text[verb[0]:verb[1]].lower().startswith("add") else "say"
        return Found(kind=kind, content=content, cue=verb, cue_lemma=lemma, act="assert",
                     speaker=(sp.start_char, sp.end_char), speaker_head=sp.root.i, speaker_role="nsubj",
                     cue_token=None, quotes=inside)
    return Found(kind=kind, content=content, cue=(colon, colon + 1), cue_lemma=":", act="assert",
                 speaker=(sp.start_char, sp.end_char), speaker_head=sp.root.i, speaker_role="headline",
                 cue_token=None, quotes=inside)


#: what "according to" measures something by, not who says it ("according to rules set by the coders")
_NO_SOURCE_NOUNS = {"rule", "law", "tradition", "custom", "design", "principle", "standard", "specification",
                    "procedure", "protocol", "formula", "recipe", "need", "size", "age", "weight", "height", "merit",
                    "ability", "wish", "preference", "taste", "priority", "rank"}


def _apposed_name(doc: Doc, last: Token) -> int | None:
    """End of a name set off by commas right after the source of "According to" (", Ofcom,", ", Harbour Tales by
    journalist Tom Reyes,"), when the source ends in a noun that names a body or a text ("watchdog", "book"):
    capitalised first word, no verb, then a comma. ("According to police, Smith, 45, was ...": no.)"""
    if last.lemma_.lower() not in _STUDIES | _PAPERS | _NAMED_SOURCES or last.i + 2 >= len(doc) \
            or doc[last.i + 1].text != "," or not doc[last.i + 2].text[:1].isupper():
        return None
    for t in doc[last.i + 2:last.i + 14]:
        if t.text == ",":
            return t.idx if t.i > last.i + 2 else None
        if t.pos_ in ("VERB", "AUX") or t.is_sent_end:
            return None
    return None


#: nouns that name a source which may then be given its name: "the industry watchdog, Ofcom,"
_NAMED_SOURCES = {"watchdog", "regulator", "journalist", "author", "newspaper", "agency", "website", "magazine",
                  "broadcaster", "channel", "organisation", "organization", "group", "charity", "firm", "consultancy"}


def _according(doc: Doc, tok: Token, quotes: list[tuple[int, int]]) -> Found | None:
    to = doc[tok.i + 1]
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.lemma_.lower() in _NO_SOURCE_NOUNS:
        return None  # ("modelled according to the laws of physics": a measure, not a source)
    phrase_start = tok.idx
    phrase_end = pobj.right_edge.idx + len(pobj.right_edge.text)
    speaker, head = noun_phrase(pobj), pobj
    nxt = doc[pobj.right_edge.i + 1] if pobj.right_edge.i + 1 < len(doc) else None
    if nxt is not None and nxt.lemma_.lower() in _PAPERS | _STUDIES and pobj.pos_ == "PROPN":
        # "According to the Datamonitor report the trend ...": the parser took "report" for a verb
        speaker, head = (speaker[0], nxt.idx + len(nxt.text)), nxt
        phrase_end = speaker[1]
    sent = tok.sent
    text = doc_text(doc)
    named = _apposed_name(doc, pobj.right_edge) if phrase_start - sent.start_char < 3 else None
    if named is not None:
        # "According to figures gathered by industry watchdog, Ofcom, the growth ...", "According to a new book,
        # Harbour Tales by journalist Tom Reyes, the mayor ...": the name apposed to the source belongs to it
        phrase_end = named
        speaker = (speaker[0], phrase_end)
    paren = text.rfind("(", sent.start_char, phrase_start)
    if paren >= 0 and ")" not in text[paren:phrase_start] and ")" in text[phrase_end:phrase_end + 3]:
        # "(about a day, according to Apple)": what the bracket says before the phrase
        content = _trim(text, paren + 1, phrase_start)
    elif phrase_start - sent.start_char < 3:  # "According to X, content."
        # ('According to X, “A. B.”': the quotation runs past the parser's sentence)
        content = _close_quotes(_trim(text, phrase_end, sent.end_char), quotes)
    else:  # "content, according to X." / "A, according to X, B." (the phrase interrupts its content)
        content = _trim(text, sent.start_char, phrase_start)
        # (the parser often hangs the comma that closes the phrase on X: "A, according to X, was B")
        rest = ("," if text[phrase_end - 1] == "," else "") + text[phrase_end:sent.end_char].lstrip()
        if rest[:1] in (",", "-", "\u2013", "\u2014") and _words(rest) >= 3 \
                and not re.match(r"[,\-\u2013\u2014]\s*(who|which|whose|where)\b", rest):
            # "Most residents - 63 percent, according to the survey - still back the plan": one claim
            content = _trim(text, sent.start_char, sent.end_char)
    if content[1] - content[0] < 8:
        return None
    kind, inside = _quote_kind(text, content, quotes)
    return Found(
        kind=kind, content=content, cue=(tok.idx, to.idx + len(to.text)), cue_lemma="according to", act="assert",
        speaker=speaker, speaker_head=head.i, speaker_role="according", cue_token=tok.i, quotes=inside,
    )


# -------------------------------------------------------------------------------------- learned cues
# Verbs the lexicon leaves out, picked by the learned scorer (`cue_scorer`), become statements with the rule
# conventions below (content = its clause, object or prepositional object; speaker = its subject).


def _model_content(doc: Doc, tok: Token, stop: set[int]) -> tuple[tuple[int, int], Token, Token | None] | None:
    """Content of a learned cue: its clause, infinitive, object (with a phrase right after it) or prepositional
    object, as (span, content head, preposition the cue span runs to)."""
    kids = list(tok.children)
    ccomp = next((c for c in kids if c.dep_ == "ccomp" and c.i > tok.i), None)
    if ccomp is not None:
        return _subtree_span(ccomp, doc, stop), ccomp, None
    xcomp = next((c for c in kids if c.dep_ == "xcomp" and c.i > tok.i), None)
    if xcomp is not None:
        return _subtree_span(xcomp, doc, stop), xcomp, None
    dobj = next((c for c in kids if c.dep_ == "dobj" and c.i > tok.i), None)
    if dobj is not None and dobj.lower_ not in ("that", "which", "what", "it", "this", "so"):
        start, end = _subtree_span(dobj, doc, stop)
        nxt = next((c for c in tok.rights if c.i > dobj.right_edge.i), None)
        if nxt is not None and nxt.dep_ == "prep" and nxt.i == dobj.right_edge.i + 1 \
                and nxt.lower_ not in _SETTING_PREPS and not any(t.ent_type_ in _TIME_ENTS for t in nxt.subtree) \
                and not any(t.i in stop for t in nxt.subtree):
            end = max(end, _subtree_span(nxt, doc, stop)[1])
        return (start, end), dobj, None
    for c in kids:
        if c.dep_ in ("prep", "prt") and tok.i < c.i <= tok.i + 3 and c.lower_ not in _SETTING_PREPS:
            prep = c
            if c.dep_ == "prt":
                prep = next((g for g in c.children if g.dep_ == "prep"), None) or next(
                    (g for g in kids if g.dep_ == "prep" and g.i == c.i + 1), None)
                if prep is None or prep.lower_ in _SETTING_PREPS:
                    continue
            pobj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None and not any(t.ent_type_ in _TIME_ENTS for t in pobj.subtree):
                return _subtree_span(pobj, doc, stop), pobj, prep
    return None


#: Listed cues whose object senses are business as usual, not speech ("added 6.4%", "posted a loss",
#: "is recalling 19,924 cars", "saw its shares rise", "accepted a $6.75bn offer"): the rules' no stands.
_NOT_REVIVED = {"add", "post", "recall", "see", "accept"}


def _from_model_cue(doc: Doc, tok: Token, quotes: list[tuple[int, int]], stop: set[int],
                    lex_lemma: str | None = None) -> Found | None:
    """A statement anchored on a verb the cue model picked: rule conventions, with a speaker required.

    `lex_lemma` is the lexicon's lemma when the verb is a listed cue the rules made nothing of ("strongly
    supported him": an object, not a clause); its speech act then comes from the lexicon."""
    text = doc_text(doc)
    got = _model_content(doc, tok, stop)
    if got is None:
        return None
    content, content_tok, prep = got
    if content[1] <= content[0] or content[0] <= tok.idx < content[1]:
        return None
    if lex_lemma in _TOLD_CUES and content_tok.dep_ in ("dobj", "dative"):
        return None  # "told BBC Radio 4's Today programme": the one told, not what was told
    if lex_lemma == "say" and content_tok.dep_ == "dobj" and _words_spoken(content_tok):
        return None
    if _chose_to_say(tok) or _unsaid_infinitive(tok) or tok.lemma_.lower() == "know" and tok.tag_ == "VBN":
        return None  # ("being best known for brewing lager": a reputation, no one says it)
    if lex_lemma and (lex_lemma in _NOT_REVIVED or _thing_subject(tok)):
        return None  # "Brent crude added $1.89", "posted a 22% rise in profit": figures and things, not speech
    content = _cut_writers_tail(doc, content, quotes)
    if tok.dep_ == "acomp":
        speaker, role = model_subject(tok), "nsubj"
        if speaker is not None and speaker.lower_ in ("who", "which", "that") and tok.head.dep_ == "relcl":
            speaker, role = tok.head.head, "relative"
    else:
        speaker, role = _speaker(tok)
    if speaker is None or content[0] <= speaker.idx < content[1] or role == "relative" \
            or _no_speaker(speaker, tok, quotes):
        return None  # (relative-clause speakers: right in a quarter of held-out train cases)
    if _words(text[content[0]:content[1]]) < 2:
        return None  # a one-word object ("released it", "won Iowa"): right in an eighth of held-out train cases
    content = _close_quotes(content, quotes)
    kind, inside = _quote_kind(text, content, quotes)
    lemma = lex_lemma or tok.lemma_.lower()
    cue_span = _cue_span(doc, tok, lemma)
    if tok.dep_ == "acomp" and tok.head.i < tok.i:  # "is wary": from the linking verb
        cue_span = (min(cue_span[0], _cue_span(doc, tok.head, tok.head.lemma_)[0]), cue_span[1])
    if prep is not None:
        cue_span = (cue_span[0], max(cue_span[1], prep.idx + len(prep.text)))
    act = act_of(lemma, None, _negated(tok)) if lex_lemma else "assert"
    told = None
    if lemma in _DARING and content_tok.dep_ == "xcomp":
        # "challenged Mr Brown to deny the reports": a call on someone to act (the lexicon leaves "challenge" out:
        # as a cue of its own, "challenged the ruling", PolNeAR train lost more than it gained)
        act = "urge"
        told = next((c for c in tok.children if c.dep_ in ("dobj", "dative") and c.i < content_tok.i), None)
    return Found(kind=kind, content=content, cue=cue_span, cue_lemma=lemma, act=act, speaker=noun_phrase(speaker),
                 addressee=noun_phrase(told) if told is not None else None,
                 addressee_head=told.i if told is not None else None,
                 speaker_head=speaker.i, speaker_role=role, cue_token=tok.i,
                 time_tokens=tuple(c.i for c in tok.children if c.dep_ in ("prep", "npadvmod")
                                   and not (content[0] <= c.idx < content[1])), quotes=inside)


#: verbs a learned cue may be that call on someone to act, with the one called on as their object
_DARING = {"challenge", "dare"}


def model_candidates(doc: Doc, lex_cues: set[int], quotes: list[tuple[int, int]],
                     rejected: set[int]) -> list[Token]:
    """Tokens the cue model scores: candidates outside quotations the lexicon leaves out or the rules rejected."""
    return [tok for tok in doc if (tok.i not in lex_cues or tok.i in rejected) and model_candidate(tok)
            and not _in_any(tok.idx, quotes)]


def model_cue_tokens(doc: Doc, lex_cues: set[int], quotes: list[tuple[int, int]],
                     model: CueModel, rejected: set[int] = frozenset()) -> dict[int, float]:
    """Candidate tokens scoring at or over the model's threshold, with their probability."""
    out: dict[int, float] = {}
    for tok in model_candidates(doc, lex_cues, quotes, rejected):
        p = model.score(cue_features(tok, lex_cues))
        if p >= model.threshold:
            out[tok.i] = p
    return out
