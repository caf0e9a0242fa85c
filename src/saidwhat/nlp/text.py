"""`doc.text` and `doc.ents` without the cost: spaCy rebuilds both from the tokens on each access.

Attribution and actor rules slice the paragraph text and scan its entities dozens of times per paragraph;
keeping them in `doc.user_data` makes that a dictionary lookup (about a tenth of the reader's time on BBC
articles). Only for docs whose annotation no longer changes.
"""
from __future__ import annotations

import re

_KEY = "saidwhat.text"
_ENTS = "saidwhat.ents"


def doc_text(doc) -> str:
    """The text of `doc` (a `Doc`), built once and kept with the doc."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text


def doc_ents(doc) -> tuple:
    """The entities of `doc` as a tuple of Spans, built once and kept with the doc; plus bodies the small model
    misses that news names by a role and an acronym ("regulator AMF", "the watchdog FSA"), as ORG."""
    ents = doc.user_data.get(_ENTS)
    if ents is None:
        ents = doc.user_data[_ENTS] = tuple(sorted((*doc.ents, *_acronyms(doc)), key=lambda e: e.start))
    return ents


#: nouns that name what a body is, before its acronym
_BODY_NOUNS = {"regulator", "watchdog", "agency", "group", "firm", "company", "bank", "union", "body", "authority",
               "commission", "party", "ministry", "broadcaster", "carrier", "airline", "giant", "operator",
               "retailer", "insurer", "lender", "council", "association", "federation", "organisation",
               "organization", "institute", "board", "exchange", "maker", "network", "charity"}


def _acronyms(doc) -> list:
    """ "regulator AMF": an all-capital word of 2-6 letters right after a body noun, outside any entity."""
    from spacy.tokens import Span

    taken = {t.i for e in doc.ents for t in e}
    out = []
    for t in doc[1:]:
        if t.i in taken or not (2 <= len(t.text) <= 6 and t.text.isupper() and t.text.isalpha()):
            continue
        prev = doc[t.i - 1]
        if prev.lower_ in _BODY_NOUNS and prev.i not in taken:
            out.append(Span(doc, t.i, t.i + 1, label="ORG"))
    return out


_CURLY_APOSTROPHE = re.compile(r"(?<=\w)\u2019(?=\w)")


def for_parser(text: str) -> str:
    """`text` as the parser reads it: a curly apostrophe inside a word ("I’m", "Trump’s", "didn’t") becomes a
    straight one, and curly double marks straight ones. The small English model learned contractions, possessives
    and quotations with straight marks and misparses the curly ones ("I’m told" gives "’m" as a subject, "Trump’s
    plan" no possessive); on PolNeAR dev this took content F1 0.7077 -> 0.7094. One character for one, so every
    offset still indexes the original text, from which all output spans are cut (`parsed` keeps it for the rules);
    names taken from entity tokens get their marks back through `as_printed`."""
    text = _CURLY_APOSTROPHE.sub("'", text) if "\u2019" in text else text
    if "''" in text:
        text = _TWO_APOSTROPHES.sub(_one_mark, text)
    return text.replace("\u201c", '"').replace("\u201d", '"')


#: a typewriter double quote written as two apostrophes (''like this'', the style of some wire and archive feeds)
_TWO_APOSTROPHES = re.compile(r"(?<!')''(?!')")


def mark_opens(text: str, i: int) -> bool:
    """Does the quotation mark at `i` open a quotation (start of text, or after a space or an opening bracket or
    dash)? Shared by the parser's reading of ''this'' and by the rules that cut spans around it."""
    return i == 0 or text[i - 1].isspace() or text[i - 1] in "([{\u2014\u2013-"


def _one_mark(m: re.Match) -> str:
    """''  ->  ' "' when it opens and '" ' when it closes: one straight mark against the words it quotes.

    The parser reads two apostrophes as no quotation mark and ran the sentence before an opening one into the
    quotation, so the rules took "X, she noted, Y. ''Z,'' she said." as one sentence and the quotation as the
    content of both cues; with the mark apart from its words it ran the quotation into the sentence before.
    A span cut from the mark's token misses the other apostrophe; `attribution._trim` takes it back."""
    s = m.string
    opens = mark_opens(s, m.start()) and m.end() < len(s) and not s[m.end()].isspace()
    return ' "' if opens else '" '


def parsed(docs, texts):
    """Pair each parsed doc with the original text it was parsed from (`for_parser` of that text): the rules read
    the original through `doc_text` (quotation marks, names as printed), the parse is of the normalized form."""
    for doc, text in zip(docs, texts):
        doc.user_data[_KEY] = text  # (the same length as doc.text, and equal to it when nothing was normalized)
        yield doc


def as_printed(name: str, text: str) -> str:
    """`name` (built from the parsed tokens, so with straight marks) spelt as `text` prints it: "Siobhan O'Brien"
    is "Siobhan O’Brien" when the article has the curly apostrophe. Unchanged when the text has no such spelling."""
    if "'" not in name and '"' not in name:
        return name
    pattern = "".join("['\u2019]" if c == "'" else '["\u201c\u201d]' if c == '"' else re.escape(c) for c in name)
    m = re.search(pattern, text)
    return m.group(0) if m else name
