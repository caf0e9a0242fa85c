"""Speaker resolution within one article: every speaker phrase to one canonical actor.

Mentions are fed in text order. A person is known by full name ("Vladimir Putin"); later "Mr Putin",
"Putin", a title learned beside the name ("the Russian President", "Kremlin leader") or a pronoun
("he") resolve to the same actor. Places standing for governments ("Kyiv", "the Kremlin") become the
country's government (`via="metonymy"`); plural common nouns ("Military analysts") become group actors.
Cross-article resolution lives in the store (`crossdoc.py`); this module never sees more than one article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from . import lexicon as lx
from .model import Actor
from .nlp.text import as_printed, doc_ents, doc_text
from .places import DEMONYMS, country_of, government_of

#: "the firm" / "the company" refer back to the last named organization rather than naming a new one
_ORG_ANAPHORS = {"firm", "company", "group", "carrier", "airline", "retailer", "bank", "insurer", "lender", "operator",
                 "manufacturer", "maker", "broadcaster", "publisher", "club", "corporation", "conglomerate", "chain"}
#: ("our": the paper's own "our correspondent"; not "his"/"their", whose owner tells different people apart)
_DETS = {"the", "a", "an", "this", "that", "these", "those", "our"}
_POSS_END = re.compile(r"(['’]s|['’])$")


@dataclass(slots=True)
class _Entry:
    id: str
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    titles: set[str] = field(default_factory=set)
    description: str | None = None
    used: bool = False
    gender: str | None = None  # "m" / "f" once an honorific, a gendered noun or a resolved he/she says so
    described: bool = False  # known only by a common noun ("Video" from "a video showing"), never by a name

    @property
    def surname(self) -> str:
        parts = self.name.split()
        return parts[-1].lower() if self.kind == "person" and parts else ""

    @property
    def first(self) -> str | None:
        parts = self.name.split()
        return parts[0].lower() if self.kind == "person" and len(parts) > 1 else None


@dataclass(frozen=True, slots=True)
class Resolution:
    actor: str | None
    name: str | None
    via: str


_LEADING_TIME = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
                 "tonight", "earlier", "later", "then", "now", "also", "meanwhile"}


#: titles that are part of how a person is named, not a role in front of the name
_STYLES = {"king", "queen", "prince", "princess", "pope", "emperor", "sheikh", "emir", "sultan", "ayatollah", "imam"}


def _clean_name(text: str) -> str:
    words = [w for w in text.replace("\n", " ").split() if w]
    # "Tuesday Mr Ebbers": a time word the parser left in front of the name is not part of it
    while len(words) > 1 and words[0].lower().strip(",") in _LEADING_TIME:
        words = words[1:]
    while words and words[0].lower().strip(".") in lx.HONORIFICS | {"mr", "mrs", "ms", "dr"}:
        words = words[1:]
    # "Songwriter Guy Chambers", "French Green MEP Ann Vey", "Archbishop Tutu": a role the recognizer took into
    # the name (a royal or religious style stays: "Prince Harry", "Pope Francis")
    roles = (lx.TITLE_NOUNS | lx.OCCUPATION_NOUNS | {"former", "late"}) - _STYLES
    last_role = max((i for i, w in enumerate(words[:-1]) if w.lower() in roles), default=-1)
    if last_role >= 0 and all(w[:1].isupper() for w in words) and len(words) - last_role - 1 >= min(last_role + 1, 2) \
            and not any(w.lower() in roles | {"justice"} for w in words[last_role + 1:]):
        # (words before the role need a full name after it: "Fairford Coach Action" is a body)
        words = words[last_role + 1:]  # ("Chief Justice" is a role, not a name: nothing is left after it)
    name = " ".join(words)
    return _POSS_END.sub("", name).strip(" ,.")


def _strip_det(text: str) -> str:
    words = text.split()
    while words and words[0].lower() in _DETS:
        words = words[1:]
    return _POSS_END.sub("", " ".join(words)).strip(" ,<>")  # (wire copy marks companies "<Gull Air Inc>")


#: the body a role is held in, after the role ("spokesman for the ministry"): the role word is the one before it
_ROLE_BODY = re.compile(rf"\s+(?:{'|'.join(lx.ROLE_PREPS)})\s.*$")


#: the maker of a report or survey, at the end of the speaker's phrase ("a survey of 280 schemes by X")
_MADE_BY = re.compile(r"\b(from|by)\s+(.+)$", re.S)

#: a government named by what it is only: whose it is comes from the story (`ActorBook._country_in_focus`)
_BARE_GOVERNMENT = {"the government", "the administration", "the cabinet", "government"}


def _title_key(text: str) -> str:
    return " ".join(w.lower() for w in _strip_det(text).split())


class ActorBook:
    """The actors of one article, and the salience state pronouns resolve against."""

    def __init__(self) -> None:
        self._entries: list[_Entry] = []
        self._by_key: dict[tuple[str, str], _Entry] = {}
        self._recent: list[tuple[str, str]] = []  # (actor id, role) in mention order
        self._speakers: list[str] = []
        self._avoid: frozenset[str] = frozenset()
        self._subject_people: list[_Entry] = []  # people named as the subject of a sentence, in text order
        self._countries: dict[str, int] = {}  # country -> mentions so far (names, seats, nationality adjectives)
        self._lead_countries: set[str] = set()  # countries named in the headline and the first two paragraphs
        self._paragraphs = 0

    # ------------------------------------------------------------------------------------- registry
    def _new(self, name: str, kind: str, description: str | None = None) -> _Entry:
        key = (kind, name.lower())
        if key in self._by_key:
            return self._by_key[key]
        e = _Entry(id="", name=name, kind=kind, description=description)
        self._entries.append(e)
        self._by_key[key] = e
        return e

    def _touch(self, e: _Entry, alias: str, role: str) -> None:
        alias = _POSS_END.sub("", alias.replace("\n", " ")).strip(" ,")
        if e.kind == "person" and e.gender is None:
            e.gender = gender_of(alias) or gender_of(e.description or "")
        if alias and alias not in e.aliases and alias != e.name:
            e.aliases.append(alias)
        self._recent.append((id(e), role))

    def promote(self, actor_id: str) -> None:
        """Make this actor the latest speaker again: "Ms A says Mr B denied it. She is asking ...": the one
        whose statement holds another's stays the one a later pronoun means."""
        e = next((e for e in self._entries if e.id == actor_id), None)
        if e is not None:
            self._recent.append((id(e), "speaker"))

    def _entry_by_pyid(self, pyid: int) -> _Entry | None:
        return next((e for e in self._entries if id(e) == pyid), None)

    def merge_surnames(self) -> dict[str, str]:
        """Fold a one-word organization that is really a person's surname ("Varga says" in a headline,
        tagged ORG by the small model) into that person. Returns old actor id -> new actor id."""
        moved: dict[str, str] = {}
        persons = {e.surname: e for e in self._entries if e.kind == "person" and e.used and e.first}
        for e in self._entries:
            if e.used and e.kind == "organization" and " " not in e.name and e.name.lower() in persons:
                target = persons[e.name.lower()]
                moved[e.id] = target.id
                if e.name not in target.aliases:
                    target.aliases.append(e.name)
                e.used = False
        return moved

    def actors(self, text: str = "") -> tuple[Actor, ...]:
        """Actors referenced by statements, numbered a1, a2 ... in order of first use; names spelt as `text`
        (the article) prints them, curly apostrophes included."""
        out = []
        for e in sorted((e for e in self._entries if e.used), key=lambda e: int(e.id[1:])):
            name = as_printed(e.name, text)
            aliases = dict.fromkeys(a for a in (as_printed(a, text) for a in e.aliases) if a != name)
            description = as_printed(e.description, text) if e.description else e.description
            out.append(Actor(id=e.id, name=name, kind=e.kind, aliases=tuple(aliases), description=description))
        return tuple(out)

    def _use(self, e: _Entry) -> str:
        if not e.used:
            e.used = True
            e.id = f"a{sum(1 for x in self._entries if x.used)}"
        return e.id

    # -------------------------------------------------------------------------------------- persons
    def _person(self, name: str, title: str | None, alias: str, role: str) -> tuple[_Entry, str]:
        name = _clean_name(name)
        parts = name.split()
        if not parts:
            return self._new(alias, "person"), "name"
        surname = parts[-1].lower()
        first = parts[0].lower() if len(parts) > 1 else None
        via = "name"
        match = None
        for e in reversed(self._entries):
            if e.kind != "person":
                continue
            if e.name.lower() == name.lower():
                match = e
                break
            if e.surname == surname and (first is None or e.first is None or e.first == first):
                match = e
                via = "alias"
                break
        if match is None:
            match = self._new(name, "person")
        elif first is not None and match.first is None:
            # a fuller name arrived after the surname: the fuller one becomes canonical
            old = match.name
            self._by_key.pop(("person", old.lower()), None)
            match.name = name
            self._by_key[("person", name.lower())] = match
            if old not in match.aliases:
                match.aliases.append(old)
        if title:
            match.titles.add(_title_key(title))
            if match.description is None or len(title) > len(match.description):
                match.description = _strip_det(title)
        self._touch(match, alias, role)
        return match, via

    def _known_person(self, words: list[str]) -> _Entry | None:
        """A person already named in the article that "Putin" / "Mr Putin" / "Vladimir Putin" refers to (and
        "Sir Howard" to Sir Howard Newby: a knight goes by the first name)."""
        if len(words) == 2 and words[0].lower() in ("sir", "dame"):
            knight = self._by_first_name(words[1])
            if knight is not None:
                return knight
        surname = words[-1].lower()
        first = words[0].lower() if len(words) > 1 else None
        for e in reversed(self._entries):
            if e.kind == "person" and e.surname == surname and (first is None or e.first in (None, first)):
                return e
        return None

    def _by_first_name(self, word: str) -> _Entry | None:
        return next((e for e in reversed(self._entries) if e.kind == "person" and e.first == word.lower()), None)

    def _knight(self, ent: Span) -> _Entry | None:
        """ "Sir Howard" (one name after Sir or Dame) after "Sir Howard Newby": the knight, by first name."""
        if len(ent) == 1 and ent.start > 0 and ent.doc[ent.start - 1].lower_ in ("sir", "dame"):
            return self._by_first_name(ent.text)
        if len(ent) == 2 and ent[0].lower_ in ("sir", "dame"):
            return self._by_first_name(ent[1].text)
        return None

    def _by_title(self, mention: str) -> _Entry | None:
        key = _title_key(mention)
        words = set(key.split())
        best, best_score = None, -1.0
        for rank, e in enumerate(self._entries):
            if e.kind != "person" or not e.titles:
                continue
            if any((q in words) != any(q in t.split() for t in e.titles) for q in ("shadow", "former")):
                continue  # the shadow foreign secretary is not the Foreign Secretary, nor a former one
            for t in e.titles:
                tw = set(t.split())
                if not words <= tw and not tw <= words:
                    continue
                if not (words & tw):
                    continue
                score = (3.0 if t == key else 1.0) + len(words & tw) + rank * 1e-3
                if score > best_score:
                    best, best_score = e, score
        return best

    # ---------------------------------------------------------------------------------------- public
    def note_entity(self, ent: Span) -> None:
        """An entity mentioned anywhere (not necessarily a speaker): learn names, titles, salience."""
        if self._mistagged_company(ent):
            # "Telecoms equipment supplier Ericsson": the small model's PERSON is a company
            self._org(ent.text, _subject_role(ent))
        elif _label(ent) == "PERSON" and _plural_subject(ent):
            pass  # "the Lib Dems say": no person
        elif _label(ent) == "PERSON" and self._knight(ent) is not None:
            start = ent.doc[ent.start - 1].idx if len(ent) == 1 else ent.start_char  # (from "Sir")
            self._touch(self._knight(ent), doc_text(ent.doc)[start:ent.end_char], "other")
        elif _label(ent) == "PERSON":
            np_start = _np_start(ent)
            title = doc_text(ent.doc)[np_start:ent.start_char].strip() if np_start < ent.start_char else None
            e, _via = self._person(ent.text, _title_only(title), ent.text, "other")
            if (e.first is not None or _honoured(ent, title)) and _leads_sentence(ent):
                # a person known by full name or with an honorific ("Lord Goldsmith", "Mr Hale")
                self._recent.append((id(e), "lead"))
            if _subject_role(ent) == "subject" and (e.first is not None or _honoured(ent, title)):
                self._subject_people.append(e)  # a full name or "Lord Falconer", not "Labour"
            if e.gender is None and title:
                e.gender = gender_of(title)  # "Mr", "Ms", "the actress"
        elif ent.label_ in ("ORG", "GPE") and len(ent) == 1 and _leads_sentence(ent) \
                and (known := self._known_person([ent.text])) is not None and known.first is not None:
            # "Bell, 30, had set his sights on ...", tagged ORG after "prop Duncan Bell": the man, as a subject
            self._recent.append((id(known), "lead"))
        elif ent.label_ in ("ORG",) and ent.text.upper() not in _TIME_ZONES:  # ("at 1130 GMT": no body)
            self._org(ent.text, _subject_role(ent))
        elif ent.label_ == "GPE" and _first_name_before(ent):
            # "forecasts by Terry Jordan": the small model tags the surname a country and leaves the first name out
            first = ent.doc[ent.start - 1]
            self._person(f"{first.text} {ent.text}", None, f"{first.text} {ent.text}", "other")
        elif ent.label_ == "GPE":
            hit = country_of(ent.text)
            if hit:
                e = self._government(hit[0])
                self._touch(e, ent.text, "other")
                self._count_country(hit[0])
        elif ent.label_ == "NORP" and DEMONYMS.get(ent.text.lower()):
            self._count_country(DEMONYMS[ent.text.lower()])  # "the Korean economy": a story about South Korea

    def begin_paragraph(self) -> None:
        """The reader moves to the next paragraph (the headline is the first)."""
        self._paragraphs += 1

    def _count_country(self, country: str) -> None:
        self._countries[country] = self._countries.get(country, 0) + 1
        if self._paragraphs <= 3:
            self._lead_countries.add(country)

    def _country_in_focus(self) -> str | None:
        """The country the story is about so far: named in its headline or first two paragraphs, at least twice,
        and at least twice as often as any other (a story that opens on Turkey and names it five times and the US
        once is about Turkey; one about a country the place list does not know, naming Paris twice on the way, is
        about neither)."""
        ranked = sorted(self._countries.items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]) \
                or ranked[0][0] not in self._lead_countries:
            return None
        return ranked[0][0]

    def note_title_subject(self, subj: Token) -> None:
        """ "The Tory leader was asked about quotas. He replies: ...": the holder of a title named before, made a
        main clause's subject by that title, is who a following he/she means, as a named subject is."""
        e = self._by_title(doc_text(subj.doc)[subj.left_edge.idx:subj.idx + len(subj.text)])
        if e is not None and e.first is not None:
            self._recent.append((id(e), "lead"))

    def _org(self, text: str, role: str) -> _Entry:
        hit = country_of(text)
        if hit:
            e = self._government(hit[0])
            self._count_country(hit[0])  # ("Downing Street said": the story is about Britain as much as "Britain")
        else:
            e = self._same_body(_strip_det(text)) or self._new(_strip_det(text), "organization")
        self._touch(e, _strip_det(text), role)
        return e

    def _mistagged_company(self, ent: Span) -> bool:
        """A company the small model tagged as a person, place or group: a one-word name after a company noun, a
        name already known as an organization, or the short form of one ("Gull" after "Gull Air Inc")."""
        return ent.label_ in ("PERSON", "GPE", "NORP", "PRODUCT") and not country_of(ent.text) and (
            _firm_described(ent) or ("organization", ent.text.lower()) in self._by_key
            or len(ent) == 1 and self._same_body(ent.text) is not None)

    def _group(self, text: str, role: str) -> _Entry:
        """A group actor named by the phrase ("Military analysts", "the Lib Dems")."""
        e = self._new(_strip_det(text), "group")
        self._touch(e, text, role)
        return e

    def _government(self, country: str) -> _Entry:
        """The actor standing for a country's government ("Kyiv", "the British government", "Ukraine")."""
        return self._new(country, "government", f"government of {country}")

    def _same_body(self, name: str) -> _Entry | None:
        """An organization already met under a longer or shorter form of this name ("Hyundai" / "Hyundai
        Motor"): one word that opens the other's capitalised name."""
        words = name.split()
        if not words or not words[0][:1].isupper():
            return None
        for e in reversed(self._entries):
            other = e.name.split()
            if e.kind != "organization" or not other or e.name == name:
                continue
            if other[0] == words[0] and (len(words) == 1 or len(other) == 1) or _core(other) == _core(words):
                return e
            short, long_ = sorted((words[0], other[0]), key=len)
            if len(short) >= 4 and long_.startswith(short) and _CAMEL.search(long_[len(short) - 1:len(short) + 1]):
                return e  # "Glaxo" / "GlaxoSmithKline": the first part of a brand written in inner capitals
        return None

    def resolve(self, doc: Doc, span: tuple[int, int], head: Token | None, role: str = "speaker",
                avoid: frozenset[str] = frozenset()) -> Resolution:
        """Resolve the phrase doc.text[span] (headed by `head`) to an actor, registering it. A pronoun never
        lands on an actor with a name word in `avoid` (people named in its own clause: "He tells Josh ...")."""
        text = doc_text(doc)[span[0]:span[1]]
        self._avoid = avoid
        try:
            res = self._resolve(doc, span, text, head, role)
        finally:
            self._avoid = frozenset()
        if res is None:
            return Resolution(None, None, "unresolved")
        entry, via = res
        if role == "speaker":
            self._speakers.append(entry.id or str(id(entry)))
            self._recent.append((id(entry), "speaker"))
        return Resolution(self._use(entry), entry.name, via)

    def _resolve(self, doc: Doc, span: tuple[int, int], text: str, head: Token | None,
                 role: str) -> tuple[_Entry, str] | None:
        low = text.lower().strip()
        of = _of_objects(head) if head is not None else []
        if head is not None and head.lemma_.lower() in lx.SHARE_NOUNS and of and of[0].pos_ in ("NOUN", "PROPN"):
            # "A total of 58% of landlords reported", "a majority of economists said": the people counted speak
            inner = of[0]
            while inner.lemma_.lower() in lx.SHARE_NOUNS or inner.like_num or inner.text == "%":
                nxt = _of_objects(inner)
                if not nxt:
                    break
                inner = nxt[0]
            if inner.lemma_.lower() in lx.SHARE_NOUNS or inner.like_num:
                return None
            first = next((t for t in doc[inner.left_edge.i:inner.i + 1] if not (
                t.like_num or t.text == "%" or t.dep_ in ("det", "quantmod", "nummod", "advmod", "punct"))), inner)
            start, end = first.idx, inner.idx + len(inner.text)
            return self._resolve(doc, (start, end), doc_text(doc)[start:end], inner, role)
        if head is not None and head.lower_ in _INDEFINITE and (
                head.pos_ == "PRON" or _ROLE_BODY.sub("", low) in _INDEFINITE):  # ("one of the riders")
            # ("One of the losing bidders, Dutch-based group Harbourco,")
            appos = next((c for h in [head, *of] for c in h.children if c.dep_ == "appos"), None)
            if appos is None:
                return None
            # "One of the riders, Tom Reyes, 41, said": the one named beside "one" speaks ("not everyone in the
            # industry agrees", with no name: no earlier actor is meant)
            start, end = appos.left_edge.idx, appos.idx + len(appos.text)
            return self._resolve(doc, (start, end), doc_text(doc)[start:end], appos, role)
        if head is not None and head.pos_ == "PRON" or low in ("he", "she", "it", "they", "we", "i"):
            return self._pronoun(_PRONOUN_BASE.get(low, low), head)
        if _AGE_DESCRIPTION.fullmatch(low):
            # "The 68-year-old told BBC Radio Leeds": news names its protagonist by age, after naming them
            e = self._last_subject(gender_of(low))
            if e is not None:
                self._touch(e, _strip_det(text), role)
                return e, "description"
        name = _clean_name(text)
        words = name.split()
        if 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words):
            known = self._known_person(words)
            if known is not None:
                self._touch(known, name, role)
                return known, "alias" if name != known.name else "name"
        gov = government_of(_strip_det(text))
        if gov is None and low in _BARE_GOVERNMENT:
            gov = self._country_in_focus()  # "the government said" in a story about Turkey: Turkey's
        if gov:  # "the British government said": the government of the United Kingdom
            e = self._government(gov)
            self._touch(e, _strip_det(text), role)
            return e, "name"
        party = lx.PARTIES.get(_strip_det(text).lower())
        if party is not None:  # "the Tories" and "the Conservatives": one party
            e = self._new(party, "organization")
            self._touch(e, _strip_det(text), role)
            return e, "name" if _strip_det(text) == party else "alias"
        if head is not None and head.lemma_.lower() in ("statement", "communique", "communiqué", "release") \
                and low.split()[0] == "the" and len(low.split()) == 2:
            # "the statement further claimed": the body that issued it; the body that spoke last, even when named
            # only by what it is ("In a statement, the party said ... said the statement"), else one with a name
            named = self._last_speaking_body() or self._last_named_body()
            if named is not None:
                self._touch(named, _strip_det(text), role)
                return named, "description"
        by = _MADE_BY.search(text) if head is not None and head.lemma_.lower() in lx.AUTHORED_NOUNS else None
        if by is not None:
            # "a survey of 280 schemes by Pension Data Services found", "research from Halifax suggests": the maker
            owner = re.sub(r"^[a-z]+['’]s\s+", "", _strip_det(by.group(2).strip()))  # ("the country's X": X)
            if by.group(1) == "from" and (country_of(owner) or owner.lower() in DEMONYMS):
                owner = ""  # "a study from Ghana": where it comes from, not who made it
            if re.search(r"\s(?:and|&)\s", owner):
                owner = ""  # "surveys from Nationwide and Halifax": two makers, neither one speaker
            got = self._owner(owner, role) or (self._group(owner, role), "group") if owner else None
            if got is not None:
                return got
        if head is not None and head.lemma_.lower() in _PAPER_NOUNS and head.idx > span[0]:
            # "A Minas de Almaden statement said", "the ministry's report said": the body behind the paper
            owner = _strip_det(doc_text(doc)[span[0]:head.idx].strip())
            if owner.lower().removesuffix("'s").removesuffix("’s") in _TIME_WORDS:
                owner = ""  # "Monday's report said": a day owns nothing
            if owner.lower() in ("his", "her", "its", "their"):
                found = self._pronoun(_PRONOUN_BASE.get(owner.lower(), owner.lower()), head)
                if found is not None:  # "His report called for ...": the one he is
                    self._touch(found[0], _strip_det(text), role)
                    return found
            if not any((t.ent_type_ and t.ent_type_ not in ("DATE", "TIME", "ORDINAL", "CARDINAL", "NORP"))
                       or t.tag_ == "POS" or (t.pos_ == "PROPN" and not t.is_sent_start)
                       for t in doc[max(0, head.i - 8):head.i] if t.idx >= span[0]) \
                    and not (country_of(owner) or government_of(owner)):
                owner = ""  # "Other reports said", "Press reports said": no one is named behind the paper
            got = self._owner(owner, role)
            if got is not None:
                return got
        m = _NAME_OF.fullmatch(name)
        if m and role == "speaker" and m.group(1).split()[0].lower() not in ("the", "a", "an") and not any(
                w.lower().strip(".,") in lx.ORG_NOUNS | _CORP_WORDS | lx.TITLE_NOUNS | _INSTITUTION_WORDS
                for w in m.group(1).split()):  # ("The University of California" is a body)
            # "said Perrin Long of Lipper Analytical": Reuters names analysts by their firm; the small model may
            # tag the person an organization
            e, via = self._person(m.group(1), None, m.group(1), role)
            if e.description is None:
                e.description = m.group(2)
            return e, via
        appos = self._apposed_person(doc, head, span[1])
        if appos is not None:
            # "the bank's chief economist, Maria Olsen, said": the person named beside the role speaks
            title = _strip_det(doc_text(doc)[span[0]:head.idx + len(head)]) if head.idx >= span[0] else None
            return self._person(appos.text, title, appos.text, role)
        if head is not None and head.pos_ in ("NOUN", "PROPN") and head.text[:1].isupper() and head.ent_type_ == "" \
                and any(c.dep_ == "poss" for c in head.children):
            known = self._known_person([head.text])
            if known is not None:  # "the Harbour Association's Vey said": the man named before
                self._touch(known, _strip_det(text), role)
                return known, "alias"
        ents = [e for e in doc_ents(doc) if e.start_char < span[1] and e.end_char > span[0]]
        head_ent = next((e for e in ents if head is not None and e.start <= head.i < e.end), None)
        person = next((e for e in ents if _label(e) == "PERSON"), None)
        if head_ent is not None and len(head_ent) == 1 and self._mistagged_company(head_ent):
            # a company named earlier ("supplier Ericsson") that the small model now tags as a person
            return self._org(head_ent.text, role), "name"
        if head_ent is not None and _label(head_ent) == "PERSON" and len(words) >= 2 \
                and all(w[:1].isupper() for w in words) \
                and words[-1].lower().strip(".,") in _CORP_WORDS | lx.ORG_NOUNS:
            # "The Harbour Media Collective said", tagged PERSON on its last word: a body by its name
            return self._org(_strip_det(text), role), "name"
        if head_ent is not None and _label(head_ent) == "PERSON" and _plural_subject(head_ent):
            # "the Lib Dems say": a name the small model takes for a person, with a plural verb
            return self._group(text, role), "group"
        if head_ent is None and person is not None and head is not None and head.pos_ == "PROPN" \
                and person.end <= head.i and any(t.lower_ in lx.TITLE_NOUNS for t in doc[person.end:head.i]):
            # "Nottingham City Councillor Ann Hale" with the place tagged a person: the name after the role
            k = head.i
            while k - 1 >= person.end and doc[k - 1].pos_ == "PROPN" and doc[k - 1].lower_ not in lx.TITLE_NOUNS:
                k -= 1
            name_text = doc[k:head.i + 1].text
            return self._person(name_text, _title_only(doc_text(doc)[span[0]:doc[k].idx].strip()), name_text, role)
        if head_ent is not None and _label(head_ent) == "PERSON" or (head_ent is None and person is not None
                                                                      and head is not None and head.pos_ == "PROPN"):
            ent = head_ent or person
            hit = country_of(ent.text)
            if hit:  # the small model tags some capitals as PERSON
                e = self._government(hit[0])
                self._touch(e, text, role)
                return e, hit[1]
            knight = self._knight(ent)
            if knight is not None:
                self._touch(knight, _strip_det(text), role)
                return knight, "alias"
            title = _title_only(doc_text(doc)[span[0]:ent.start_char].strip()) if ent.start_char > span[0] else None
            e, via = self._person(ent.text, title, _clean_name(text) if not title else ent.text, role)
            return e, via
        firm = next((e for e in ents if e.label_ == "ORG" and e.end == head_ent.start), None) \
            if head_ent is not None and head_ent.label_ in ("GPE", "LOC") else None
        if firm is not None:
            # "Ferrox Canada said": a company's national arm, not the country
            name = doc_text(doc)[firm.start_char:head_ent.end_char]
            e = self._org(name, role)
            self._touch(e, _strip_det(text), role)
            return e, "name"
        if head_ent is not None and head_ent.label_ in ("GPE", "ORG", "NORP", "FAC", "LOC"):
            owned = head_ent.start > 0 and doc[head_ent.start - 1].tag_ == "POS"
            hit = country_of(head_ent.text) if not owned else None  # ("Okafor's Ireland", a book, is no country)
            if hit and (head is None or head_ent.end - 1 == head.i or head.i in range(head_ent.start, head_ent.end)):
                e = self._government(hit[0])
                self._touch(e, _strip_det(text), role)
                return e, hit[1]
            if head_ent.label_ == "NORP" or (head is not None and head.tag_ == "NNPS"):
                return self._group(text, role), "group"
            if head_ent.label_ == "ORG" and head is not None and head_ent.start <= head.i < head_ent.end \
                    and head_ent.start_char > span[0]:
                # "Brewing giant Inbev", "South Korea's Hyundai Motor": the body is the name, the rest describes it
                e = self._org(head_ent.text, role)
                self._touch(e, _strip_det(text), role)
                if e.description is None:
                    e.description = _strip_det(doc_text(doc)[span[0]:head_ent.start_char].strip())
                return e, "name"
            return self._org(text, role), "name"
        hit = country_of(text)
        if hit:
            e = self._government(hit[0])
            self._touch(e, _strip_det(text), role)
            return e, hit[1]
        lemma = head.lemma_.lower() if head is not None else low.split()[-1]
        plural = head is not None and head.tag_ in ("NNS", "NNPS")
        if not plural and _names_a_firm(head, lemma, low):
            named = (self._last_named_outlet() if lemma in _OUTLET_NOUNS else None) or self._last_named_body(
                firm=lemma in _COMPANY_NOUNS)
            if named is not None:  # "the firm said" after "Eurotunnel": the firm is Eurotunnel
                self._touch(named, _strip_det(text), role)
                return named, "description"
        if not plural and (lemma in lx.TITLE_NOUNS or low.split()[-1] in lx.TITLE_NOUNS):
            # ("one analyst", "an official": somebody not named, never a holder of the title met before)
            e = None if low.split()[0] in ("a", "an", "one", "another") else (
                self._by_title(text) or self._untitled_subject(low, lemma, head))
            if e is not None:
                e.titles.add(_title_key(text))
                self._touch(e, _strip_det(text), role)
                return e, "title"
            if lemma in ("official", "analyst", "economist", "spokesman", "spokeswoman", "spokesperson", "source"):
                if low.split()[0] == "the" and len(low.split()) == 2:
                    # "the spokesman" after "a Vodafone spokesman": the one met before (another "an official" is
                    # not assumed to be the same one)
                    prior = next((x for x in reversed(self._entries) if x.kind == "person"
                                  and _ROLE_BODY.sub("", x.name.lower()).split()[-1:] == [lemma]), None)
                    if prior is not None:
                        self._touch(prior, text, role)
                        return prior, "description"
                e = self._new(_cap(_strip_det(text)), "person")
                self._touch(e, text, role)
                return e, "description"
            e = self._new(_cap(_strip_det(text)), "person")
            e.titles.add(_title_key(text))
            self._touch(e, text, role)
            return e, "title"
        if plural or lemma in lx.GROUP_NOUNS:
            return self._group(text, role), "group"
        if head is not None and head.pos_ == "PROPN":
            # an unrecognised proper name: person if it looks like "First Last", else an organization
            body = self._same_body(name) if len(words) == 1 else None
            if body is not None:  # "Gull said" after "Gull Air Inc said"
                self._touch(body, _strip_det(text), role)
                return body, "alias"
            if 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not any(
                w.lower().strip(".,") in lx.ORG_NOUNS | _CORP_WORDS for w in words
            ) and not (len(words) == 1 and _company_by_form(head)):
                return self._person(text, None, text, role)
            k = len(words)
            while k > 0 and words[k - 1][:1].isupper():
                k -= 1
            lead, tail = " ".join(words[:k]), words[k:]
            if 1 <= len(tail) <= 3 and _title_only(lead) and not any(w.lower() in lx.ORG_NOUNS for w in tail):
                # "union official Ana Ruiz" with no entity found: a role, then the person's name
                return self._person(" ".join(tail), _title_only(lead), " ".join(tail), role)
            return self._org(text, role), "name"
        if lemma in lx.ORG_NOUNS or not looks_human(lemma) and any(
                c.dep_ == "poss" and c.pos_ == "PROPN" for c in (head.children if head is not None else ())):
            return self._org(text, role), "description"
        # a common noun phrase that is neither a title, a group nor a known body: a person when its head names
        # one ("the Welsh striker", "the player"), else a thing that speaks only in metaphor ("the truck
        # market"), never a person, so "he" cannot land on it
        if looks_human(lemma) and low.split()[0] in _DETS - {"a", "an"}:
            e = self._by_title(text)  # "our correspondent" after "BBC correspondent James Hardy"
            if e is not None:
                self._touch(e, _strip_det(text), role)
                return e, "title"
            gender = gender_of(low)
            e = self._last_subject(gender) if lemma in _PROTAGONIST_NOUNS and gender is not None \
                and low.split()[0] == "the" else None
            if e is not None:
                # "Ann Vey has been criticised for ... The minister's wife is said to have praised": news
                # names its protagonist again by what she is, the person last the subject of a sentence
                self._touch(e, _strip_det(text), role)
                return e, "description"
        e = self._new(_cap(_strip_det(text)), "person" if looks_human(lemma) else "organization")
        e.described = e.described or not e.aliases  # made here, from a common noun
        self._touch(e, text, role)
        return e, "description"

    def _last_speaking_body(self) -> _Entry | None:
        """The last speaker, when that is an organization or a government (not a person)."""
        pyid = next((pyid for pyid, role in reversed(self._recent) if role == "speaker"), None)
        e = self._entry_by_pyid(pyid) if pyid is not None else None
        return e if e is not None and e.kind in ("organization", "government") else None

    def _last_named_body(self, firm: bool = False) -> _Entry | None:
        """The organization with a proper name that spoke last, else that was last the subject of a sentence, else
        the last one mentioned: "Ericsson posted a rise thanks to clients like Deutsche Telekom. ... the company
        reported" is Ericsson. With `firm` ("the company", "the firm"), a public body is skipped: "The SEC had
        accused Titan ... The company says it no longer tolerates such practices" is Titan, not the SEC."""
        def named_org(e: _Entry | None) -> bool:
            return e is not None and e.kind == "organization" and e.name[:1].isupper() and not e.described \
                and not (firm and _public_body(e.name))

        fallback = subject = None
        for pyid, role in reversed(self._recent[-60:]):
            e = self._entry_by_pyid(pyid)
            if named_org(e):
                if role == "speaker":  # the company that spoke last goes on speaking ("Gull said ... the company said")
                    return e
                if role == "subject":
                    subject = subject or e
                fallback = fallback or e
        if subject is not None:
            return subject
        return fallback or next((e for pyid, _r in reversed(self._recent)
                                 if named_org(e := self._entry_by_pyid(pyid))), None)

    def _last_subject(self, gender: str | None) -> _Entry | None:
        """The person last named as a sentence's subject whose known gender, if any, is `gender`."""
        return next((x for x in reversed(self._subject_people) if x.gender in (None, gender)), None)

    def _last_named_outlet(self) -> _Entry | None:
        """ "He told the newspaper" after "told the Evening Courier": the last named body that is a paper or a
        broadcaster by its name, before any other body the recognizer found since (a book's subject, a firm)."""
        for pyid, _role in reversed(self._recent[-60:]):
            e = self._entry_by_pyid(pyid)
            if e is not None and e.kind == "organization" and {w.lower() for w in e.name.split()} & _OUTLET_WORDS:
                return e
        return None

    def _owner(self, owner: str, role: str) -> tuple[_Entry, str] | None:
        """The one behind a paper, by name: a country's government, a person met before, else a body; None for a
        phrase naming no one (lowercase: "economists")."""
        hit = country_of(owner) if owner else None
        country = hit[0] if hit else government_of(owner)
        if country:
            e = self._government(country)
            self._touch(e, owner, role)
            return e, hit[1] if hit else "name"
        if owner[:1].isupper():
            owner_words = _clean_name(owner).split()
            known = self._known_person(owner_words) if 1 <= len(owner_words) <= 3 else None
            if known is not None:
                self._touch(known, owner, role)
                return known, "alias"
            return self._org(owner, role), "name"
        return None

    def _apposed_person(self, doc: Doc, head: Token | None, span_end: int | None = None) -> Span | None:
        """A PERSON entity in apposition to a common-noun head ("the editor, Jeff Smith"), or closing the
        speaker's phrase straight after a common word ("the minister for civil aviation Kofi Mensah": the parser
        makes the name the object of "for"; "a spokesman for Mr Obi" is Mr Obi's spokesman, not Mr Obi)."""
        if head is None or head.pos_ == "PROPN":
            return None
        for c in head.children:
            if c.dep_ == "appos":
                ent = next((e for e in doc_ents(doc) if e.start <= c.i < e.end and e.label_ == "PERSON"), None)
                if ent is not None and not country_of(ent.text):
                    return ent
        if span_end is not None:
            ent = next((e for e in doc_ents(doc) if e.label_ == "PERSON" and e.end_char == span_end
                        and e.start > head.i + 1), None)
            before = doc[ent.start - 1] if ent is not None else None
            if before is not None and before.is_lower and before.pos_ in ("NOUN", "ADJ") \
                    and before.lower_ not in lx.HONORIFICS and not country_of(ent.text):
                return ent
        return None

    def _pronoun(self, low: str, head: Token | None = None) -> tuple[_Entry, str] | None:
        if low in ("i", "we"):  # (me/my, us/our come here as i, we)
            return None  # outside a quotation "I wrote a year ago" is the writer, whom no earlier actor names
        if low in ("he", "she"):
            kinds = {"person"}
        elif low == "it":
            kinds = {"organization", "government"}
        else:
            kinds = {"group", "organization", "government"}
        gender = {"he": "m", "she": "f"}.get(low)
        e = self._sentence_subject(head, gender) if low in ("he", "she") else None
        if e is None:
            e = self._recent_of(kinds, gender)
        if e is None:
            return None
        if gender and e.gender is None:
            e.gender = gender
        return e, "pronoun"

    def _untitled_subject(self, low: str, lemma: str, head: Token | None = None) -> _Entry | None:
        """ "Gordon Brown has delivered a speech ... The chancellor said": a definite title nobody in the article
        holds yet names the person last the subject of a sentence, if that person has no title of their own."""
        if low.split()[0] != "the" or lemma in _GENERIC_ROLES or not self._subject_people or " of " in low:
            # ("the Archbishop of Canterbury": an office of its own, not whoever spoke last)
            return None
        e = self._subject_people[-1]
        if e.kind != "person":
            return None
        holders = [x for x in self._entries if x.kind == "person" and x.titles]
        if e.titles or any(_title_key(low) in x.titles for x in holders):
            return None
        if head is not None and any(_title_inside_their_clause(x, head) for x in doc_ents(head.doc)
                                    if x.label_ == "PERSON" and e.name.split()[-1] in x.text.split()):
            # "Mr Prescott hosted a dinner where the prime minister told ...": the title is another participant
            # of a clause the person is the subject of ("denied Mr Brown made that quote, and ... the chancellor
            # told reporters" leaves the chancellor free to be Mr Brown)
            return None
        return e

    def _sentence_subject(self, head: Token | None, gender: str | None) -> _Entry | None:
        """ "Greer quit the show over what she called ...": a he/she in a clause under a named person's own
        clause is that person (the subject of a governing verb in the same sentence)."""
        if head is None:
            return None
        for anc in head.ancestors:
            subj = next((c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < head.i
                         and (c.ent_type_ == "PERSON" or c.lemma_.lower() in lx.TITLE_NOUNS)), None)
            if subj is None:
                continue
            if subj.ent_type_ != "PERSON":
                # "the prime minister completed a tour, during which he unveiled ...": the holder of the title
                e = self._by_title(doc_text(head.doc)[subj.left_edge.idx:subj.idx + len(subj.text)])
                return e if e is not None and self._fits(e, gender) else None
            ent = next((x for x in doc_ents(head.doc) if x.start <= subj.i < x.end and x.label_ == "PERSON"), None)
            e = self._known_person(_clean_name(ent.text).split()) if ent is not None else None
            return e if e is not None and self._fits(e, gender) else None
        return None

    def _recent_of(self, kinds: set[str], gender: str | None) -> _Entry | None:
        """The last speaker of the right kind, then any recent mention of that kind; never one whose known
        gender is the other."""
        fits = []
        for pyid, role in reversed(self._recent[-40:]):
            # (a person who is the subject of a main clause since then is meant too: "Mr Okoro said X. Mr Hale
            # joined the council as a student. He said: ..." is Hale)
            e = self._entry_by_pyid(pyid) if role == "speaker" or role == "lead" and kinds == {"person"} else None
            if e is not None and e.kind in kinds and e not in fits and self._fits(e, gender):
                fits.append(e)
        if fits:
            return fits[0]
        for pyid, _role in reversed(self._recent):
            e = self._entry_by_pyid(pyid)
            if e is not None and e.kind in kinds and self._fits(e, gender):
                return e
        return None

    def _fits(self, e: _Entry, gender: str | None) -> bool:
        """May a he/she/it of this gender be `e`: no other known gender, and no name word the clause rules out."""
        return (gender is None or e.gender in (None, gender)) and not (
            self._avoid and {w.lower() for w in e.name.split()} & self._avoid)


#: Heads of a description that stands for a company named before ("the Leuven-based brewery", "the carmaker").
_FIRM_WORDS = {"brewer", "brewery", "beermaker", "carmaker", "automaker", "drugmaker", "miner", "supplier",
               "producer", "giant", "utility", "exporter", "importer", "outfit", "business", "multinational",
               "charity", "regulator", "watchdog", "union", "agency", "lobby", "organisation", "organization",
               "association", "body", "network", "studio", "label", "newspaper", "paper", "magazine", "channel"}


def _first_name_before(ent: Span) -> bool:
    """Is the one-word place `ent` a surname, with a first name right before it that the recognizer left out
    ("Terry Jordan", "Anna Chad"), rather than a place named with a qualifier ("North Jordan", "Mr Jordan")?"""
    if len(ent) != 1 or ent.start == 0:
        return False
    prev = ent.doc[ent.start - 1]
    return prev.pos_ == "PROPN" and prev.is_title and prev.is_alpha and not prev.ent_type_ \
        and prev.dep_ == "compound" and prev.head.i == ent.start \
        and prev.lower_ not in lx.HONORIFICS | lx.TITLE_NOUNS | _DIRECTIONS and not country_of(prev.text)


#: Qualifiers of place names ("North Korea" is one entity; "Northern Jordan" may not be).
_DIRECTIONS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "greater",
               "new", "upper", "lower", "old"}


def _firm_word(word: str) -> bool:
    """A noun that names a company by what it is ("firm", "brewery", "carmaker")."""
    return word in _ORG_ANAPHORS or word in _FIRM_WORDS or word.endswith("maker")


def _plural_subject(ent: Span) -> bool:
    """Is this name the subject of a plural verb ("the Lib Dems say"), so no one person? (Not "X and Y say".)"""
    root = ent.root
    return root.dep_ == "nsubj" and root.head.tag_ == "VBP" and not any(c.dep_ == "conj" for c in root.children)


def _firm_described(ent: Span) -> bool:
    """A one-word name right after a company noun ("equipment supplier Ericsson", "drugmaker Pfizer"), with one
    in apposition ("Parmalat, the Italian food group"), or written in the inner capitals of brand names
    ("GlaxoSmithKline", "PepsiCo"; not "McCain", "DeLay")."""
    if len(ent) != 1:
        return False
    if _company_by_form(ent.root):
        return True
    if ent.start == 0:
        return False
    prev = ent.doc[ent.start - 1]
    w = prev.lower_
    parsed = ent.doc.has_annotation("DEP")  # paragraphs with no cue get the entity recognizer alone
    return (prev.head.i == ent.root.i and prev.dep_ == "compound" if parsed else prev.text.islower()) and (
        _firm_word(w) or w in lx.ORG_NOUNS)


_CAMEL = re.compile(r"[a-z][A-Z]")
_AGE_DESCRIPTION = re.compile(r"the \d{1,3}-year-old(?: [a-z-]+){0,2}")
#: Heads of bodies named "X of Y" that are no person's name ("University of California", "Bank of England").
_INSTITUTION_WORDS = {"university", "college", "institute", "school", "museum", "academy", "society", "foundation",
                      "bank", "church", "federation", "association", "league", "chamber", "court", "republic",
                      "kingdom", "state", "city", "county", "province", "house", "hospital"}

#: "Perrin Long of Lipper Analytical": two or three capitalised words, then "of" and a capitalised body
_NAME_OF = re.compile(r"((?:[A-Z][\w.'’-]*\s){1,2}[A-Z][\w'’-]+)"  # the person
                      r"\s+of\s+((?:the\s)?[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*)*)")  # the body


def _company_by_form(tok: Token) -> bool:
    """A one-word name that shows it is a company: brand capitals ("GlaxoSmithKline", "PepsiCo"; not "McCain") or a
    company noun in apposition ("Parmalat, the Italian food group")."""
    if _CAMEL.search(tok.text) and not tok.text.startswith(("Mc", "Mac", "De", "Di", "La", "Le", "Van", "O'", "O’")):
        return True
    return tok.doc.has_annotation("DEP") and any(
        c.dep_ == "appos" and (_firm_word(c.lemma_.lower()) or c.lemma_.lower() in lx.ORG_NOUNS)
        for c in tok.children)


def _of_objects(tok: Token) -> list[Token]:
    """The objects of the "of" phrases hung on `tok` ("a total of 58%", "58% of landlords")."""
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
            if g.dep_ == "pobj"]


#: time zones the small model tags as organizations ("at 1130 GMT")
_TIME_ZONES = {"GMT", "BST", "UTC", "CET", "CEST", "EST", "EDT", "CST", "CDT", "PST", "PDT", "JST", "IST"}


def _honoured(ent: Span, title: str | None) -> bool:
    """Is the name introduced by an honorific ("Lord Falconer", "Mr Okoro"): surely a person, though one word?"""
    words = ((title or "") + " " + ent.text).split()
    return any(w.lower().strip(".") in (lx.HONORIFICS | {"mr", "mrs", "ms", "dr"}) - {"sir", "dame"}
               for w in words[:-1])  # ("Sir Howard" is a first name: not this one's surname)


def _title_inside_their_clause(ent: Span, head: Token) -> bool:
    """Is the title phrase headed by `head` inside the clause whose subject is the name `ent`?"""
    root = ent.root
    if root.dep_ not in ("nsubj", "nsubjpass") or not (root.sent.start <= head.i < root.sent.end):
        return False
    verb = root.head
    return head.i != root.i and any(t.i == head.i for t in verb.subtree) \
        and not any(t.i == head.i for t in root.subtree)


#: what a company is called when it is not named ("the company said"): never a regulator, court or ministry
_COMPANY_NOUNS = {"company", "firm", "corporation", "business", "group", "carmaker", "brewer", "insurer", "retailer",
                  "bank", "lender", "airline", "operator", "manufacturer", "maker", "producer", "supplier"}
#: words naming a public body ("Securities and Exchange Commission", "Justice Department", "SEC")
_PUBLIC_WORDS = {"commission", "department", "ministry", "court", "agency", "council", "committee", "office",
                 "authority", "government", "parliament", "police", "bureau", "administration", "treasury", "senate",
                 "congress", "sec", "ftc", "fda", "epa", "fsa", "ofcom", "ofwat", "ofgem", "regulator", "watchdog"}


def _public_body(name: str) -> bool:
    return bool({w.lower().strip(".,()") for w in name.split()} & _PUBLIC_WORDS)


def _label(ent: Span) -> str:
    """The entity's label, with a two- or three-word "organization" given a personal title in apposition read as
    the person it is ("according to Carly Vey, chief of technology giant Harbour Systems": the small model's ORG)."""
    if ent.label_ != "ORG" or not 2 <= len(ent) <= 3 or ent.end + 1 >= len(ent.doc) \
            or ent.doc[ent.end].text != "," or any(
                t.pos_ != "PROPN" or not t.text[:1].isupper() or t.lower_ in _CORP_WORDS | lx.ORG_NOUNS for t in ent):
        return ent.label_
    role = ent.doc[ent.end + 1]
    if role.dep_ == "det" and ent.end + 2 < len(ent.doc):
        role = ent.doc[ent.end + 2]
    if role.pos_ == "NOUN" and role.text.islower() and role.lemma_ in lx.TITLE_NOUNS | lx.ROLE_NOUNS \
            and ent.root.i in {a.i for a in role.ancestors} | {c.i for c in role.children}:
        return "PERSON"  # (the parser may hang the title on the company named after it, itself apposed)
    return ent.label_


def _leads_sentence(ent: Span) -> bool:
    """Is `ent` the subject of its sentence's main verb ("Mr Hale joined the council as a student"), outside any
    quotation (a name inside one, "“Mr Hale and I agree,” he said", is no one the writer goes on about)?"""
    if not (ent.doc.has_annotation("DEP") and ent.root.dep_ in ("nsubj", "nsubjpass")
            and ent.root.head.dep_ == "ROOT"):
        return False
    from .attribution import doc_quotes  # (attribution imports this module)

    return not any(a <= ent.start_char < b for a, b in doc_quotes(ent.doc))


def title_subjects(doc) -> list[Token]:
    """Heads of "the <title>" phrases that are the subject of their sentence's main verb, outside quotations
    ("The Tory leader was asked ..."): candidates for `ActorBook.note_title_subject`."""
    from .attribution import doc_quotes  # (attribution imports this module)

    out = []
    for t in doc:
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and t.pos_ == "NOUN" and not t.ent_type_ \
                and t.lemma_.lower() in lx.TITLE_NOUNS \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) \
                and not any(a <= t.idx < b for a, b in doc_quotes(doc)):
            out.append(t)
    return out


def _subject_role(ent: Span) -> str:
    """ "subject" for an entity that is a sentence's subject (in a paragraph that was only tagged for entities:
    one among the paragraph's first words, where news puts the subject), else "other"."""
    if ent.doc.has_annotation("DEP"):
        return "subject" if ent.root.dep_ in ("nsubj", "nsubjpass") else "other"
    return "subject" if ent.start <= 6 else "other"


def _names_a_firm(head: Token | None, lemma: str, low: str) -> bool:
    """ "the firm", "the Leuven-based brewery", "South Korea's top car maker": a definite description of a company,
    with no name of its own (a place may qualify it)."""
    if not _firm_word(lemma):
        return False
    if head is None:
        return low.split()[0] == "the" and len(low.split()) == 2
    lefts = list(head.lefts)
    if lemma == "producer" and not any(c.dep_ == "compound" and c.pos_ == "NOUN" or c.tag_ == "JJS" for c in lefts):
        return False  # "the British producer" of a show is a person; "the oil producer", "the largest producer" a firm
    definite = any(c.lower_ in ("the", "this") for c in lefts) or any(c.dep_ == "poss" for c in lefts)
    named = any(t.pos_ == "PROPN" and t.dep_ == "compound" and t.head.i == head.i and t.ent_type_ not in ("GPE", "NORP")
                for t in head.subtree if t.i < head.i)
    return definite and not named and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in lefts)


#: Descriptions of a news outlet ("the paper"), and words in outlets' names ("The Evening Courier", "Radio Dales").
_OUTLET_NOUNS = {"newspaper", "paper", "magazine", "channel", "broadcaster", "station", "tabloid", "daily", "weekly"}
_OUTLET_WORDS = {"times", "post", "telegraph", "guardian", "observer", "herald", "journal", "news", "mail", "express",
                 "independent", "gazette", "courier", "tribune", "chronicle", "mirror", "sun", "standard", "examiner",
                 "daily", "sunday", "magazine", "bbc", "itv", "cnn", "radio", "tv", "television", "press", "reuters",
                 "economist", "record", "today", "weekly", "inquirer", "globe", "telegram", "bulletin", "sky", "ft",
                 "wsj", "nyt", "ap", "afp", "abc", "nbc", "cbs", "npr", "cnbc", "rte", "zdf", "ard", "interfax",
                 "xinhua", "tass"}

#: Papers a body speaks through: "a company statement said" is the company speaking.
_PAPER_NOUNS = {"statement", "report", "announcement", "release", "communique", "communiqué", "filing",
                "letter", "memo", "notice", "circular", "bulletin", "prospectus"}

#: Possessive and object forms resolve as their subject form ("his views", "told her").
_PRONOUN_BASE = {"his": "he", "him": "he", "himself": "he", "her": "she", "hers": "she", "herself": "she",
                 "its": "it", "itself": "it", "their": "they", "them": "they", "theirs": "they",
                 "themselves": "they", "me": "i", "my": "i", "us": "we", "our": "we"}

#: ("chairman" and "spokesman" are not here: British papers use them for women too, "UKIP chairman Petrina ...")
_MALE = {"mr", "man", "father", "son", "husband", "boy", "brother", "boyfriend", "king", "prince", "duke",
         "businessman", "actor", "uncle", "nephew", "grandfather", "sir", "lord"}
_FEMALE = {"mrs", "ms", "miss", "woman", "mother", "daughter", "wife", "girl", "sister",
           "girlfriend", "queen", "princess", "duchess", "chairwoman", "spokeswoman", "businesswoman", "actress",
           "aunt", "niece", "grandmother", "lady", "dame", "widow"}


def gender_of(phrase: str) -> str | None:
    """m / f when a word of the phrase says so ("Mr", "the actress", "chairwoman"), else None."""
    words = {re.sub(r"['’]s$", "", w.lower().strip(",.")) for w in phrase.split()}
    male, female = bool(words & _MALE), bool(words & _FEMALE)
    return "m" if male and not female else "f" if female and not male else None


#: Words that end a company's name ("Gull Air Inc", "Korvan Holdings")
_CORP_WORDS = {"inc", "corp", "co", "ltd", "plc", "llc", "ag", "sa", "nv", "gmbh", "holdings", "airlines", "airways",
               "bancorp", "systems", "technologies", "industries", "motors", "pharmaceuticals", "partners", "air",
               "energy", "oil", "petroleum", "steel", "telecom", "communications", "securities", "capital",
               "media", "collective", "centre", "center", "press", "news", "network", "foundation", "trust",
               "alliance", "coalition", "front", "movement", "league", "society", "observatory", "forum", "fund",
               "radio", "tv", "television", "times", "journal", "herald", "daily", "magazine", "monitor"}

_LEGAL_FORMS = {"inc", "corp", "corporation", "co", "ltd", "plc", "llc", "ag", "sa", "nv", "gmbh", "limited"}


def _core(words: list[str]) -> list[str]:
    """A company name without its legal form: "Gull Air Inc" and "Gull Air" are one body."""
    out = list(words)
    while len(out) > 1 and out[-1].lower().strip(".,") in _LEGAL_FORMS:
        out.pop()
    return out


#: Roles many people in one story hold: "the official said" names no one in particular.
_GENERIC_ROLES = {"official", "spokesman", "spokeswoman", "spokesperson", "analyst", "economist", "source",
                  "lawyer", "attorney", "witness", "expert", "officer", "aide", "adviser", "advisor", "member"}

#: Days and times that may stand before a paper noun ("Monday's report", "yesterday's statement").
_TIME_WORDS = lx.DAY_WORDS | {"last week", "this week", "last year", "this year", "last month"}

#: Pronouns that point at nobody in particular, so never at an earlier actor.
_INDEFINITE = {"everyone", "everybody", "someone", "somebody", "anyone", "anybody", "nobody", "one", "none", "all",
               "some", "many", "most", "few", "others", "several", "both", "each", "you", "another", "those"}

#: people named by what they are or do, beyond the titles in `lexicon.TITLE_NOUNS`
_PERSON_NOUNS = {"source", "insider", "boss", "coach", "player", "agent", "star", "captain", "veteran", "champion",
                 "judge", "witness",
                 "victim", "man", "woman", "boy", "girl", "mother", "father", "son", "daughter", "wife", "husband",
                 "friend", "colleague", "expert", "aide", "ally", "lawyer", "attorney", "guy", "patient", "student",
                 "pupil", "fan", "resident", "survivor", "prosecutor", "defendant", "candidate", "rival", "actress",
                 "artist", "author", "novelist", "singer", "athlete", "midfielder", "defender", "goalkeeper",
                 "striker", "winger", "forward", "rookie", "skipper", "manager", "owner", "founder", "analyst",
                 "economist", "scientist", "researcher", "activist", "campaigner", "chef", "priest", "bishop",
                 "cardinal", "doctor", "nurse", "teacher", "professor", "soldier", "officer", "detective"}
#: what news calls its protagonist on a second mention, with a gender to check ("the actress", "the minister's
#: wife"); not roles that are often someone else in the story ("the veteran striker", the judge, the witness)
_PROTAGONIST_NOUNS = {"wife", "husband", "actress", "actor", "widow"}
#: agent nouns (-er/-or/-ist/-ian) that name bodies or things, not people ("producer" is not here: "the oil
#: producer" is caught as a firm by `_names_a_firm`, and a show's producer is a person)
_NOT_PEOPLE = {"paper", "newspaper", "computer", "sector", "register", "letter", "order", "number", "quarter",
               "center", "centre", "border", "water", "power", "matter", "error", "factor", "monitor", "supplier",
               "provider", "exporter", "importer", "regulator", "distributor", "carrier", "retailer",
               "lender", "insurer", "operator", "manufacturer", "broadcaster", "publisher", "developer", "tracker",
               "trailer", "poster", "filter", "layer", "motor", "mirror", "indicator", "barometer", "meter"}


def looks_human(lemma: str) -> bool:
    """Does this common noun name a person ("barrister", "farmer", "the player"), not a thing or a body?"""
    if lemma in _PERSON_NOUNS or lemma in lx.TITLE_NOUNS:
        return True
    if lemma in _NOT_PEOPLE or lemma in lx.ORG_NOUNS or lemma in _ORG_ANAPHORS:
        return False
    return len(lemma) > 4 and lemma.endswith(("er", "or", "ist", "ian"))


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _np_start(ent: Span) -> int:
    """Start of the title words in front of a name ("Russian President" in "Russian President Vladimir Putin")."""
    doc = ent.doc
    i = ent.start
    while i > 0:
        t = doc[i - 1]
        if t.dep_ in ("compound", "amod", "nmod", "punct") and t.head.i >= i - 1 and t.head.i < ent.end + 2 \
                and t.text not in (",", "(", "“", '"') and (t.text[:1].isupper() or t.lower_ in lx.TITLE_NOUNS
                                                            or t.text in ("-",) or t.lower_ in ("general",)):
            i -= 1
            continue
        if t.dep_ in ("appos",) and t.lower_ in lx.TITLE_NOUNS:
            i -= 1
            continue
        break
    return doc[i].idx


def _title_only(title: str | None) -> str | None:
    """Keep a title only when it names a role ("US President", "Kremlin leader"); drop "Mr", "Mrs"."""
    if not title:
        return None
    words = [w for w in title.split() if w.lower().strip(".") not in {"mr", "mrs", "ms", "dr", "miss"}]
    if not words:
        return None
    if not any(w.lower().strip(",") in lx.TITLE_NOUNS or "-" in w for w in words):
        return None
    return " ".join(words).strip(" ,")
