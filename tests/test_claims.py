"""Claims, conflicts and positions: the shared example's two conflicts, our own example, and small hand-built
articles (no model needed) for the rules, empty input, a single statement and undated statements."""
from __future__ import annotations

import json

import pytest

from conftest import EXAMPLES, shared_path
from saidwhat import claims as C
from saidwhat.claims.cluster import ClaimIndex
from saidwhat.claims.items import items_from_articles
from saidwhat.model import Actor, Article, Cue, Document, Span, Speaker, Statement


def make_article(doc_id: str, rows: list[tuple], published: str | None = "2024-05-10") -> Article:
    """rows: (speaker, act, content[, said_on]). Text = contents joined; offsets point into it."""
    text, stmts, actors = "", [], {}
    for k, row in enumerate(rows, 1):
        speaker, act, content = row[:3]
        said_on = row[3] if len(row) > 3 else None
        aid = actors.setdefault(speaker, f"a{len(actors) + 1}")
        sp_start = len(text)
        text += f"{speaker} said "
        cue = Cue("said", sp_start + len(speaker) + 1, sp_start + len(speaker) + 5, "say")
        start = len(text)
        text += content + ".\n\n"
        stmts.append(Statement(id=f"s{k}", kind="indirect", speaker=Speaker(speaker, sp_start, sp_start + len(speaker), aid,
                                                                              speaker, "name"),
                               cue=cue, act=act, content=Span(content, start, start + len(content)), said_on=said_on))
    acts = tuple(Actor(i, n, "person") for n, i in actors.items())
    return Article(Document(doc_id, None, published, None, None, text), actors=acts, statements=tuple(stmts))


# ------------------------------------------------------------------ hand-built articles (no model)

SIEGE = [
    ("Gen. Hollis", "assert", "the rebels in Varno are completely surrounded by government troops"),
    ("Mara Quill", "assert", "the rebels in Varno were not encircled by government troops"),
    ("Port authority", "assert", "the harbour will reopen for grain ships next week"),
]


def test_negated_paraphrase_is_a_contradiction_with_both_sides():
    found = C.claims([make_article("d1", SIEGE)])
    conf = C.conflicts(found)
    assert len(conf) == 1
    x = conf[0]
    assert x.kind == "contradiction"
    assert x.side_a.speakers == ("Gen. Hollis",) and x.side_b.speakers == ("Mara Quill",)
    assert "negation" in x.reasons and "antonymy" in x.reasons  # "surrounded" vs "not encircled"
    assert 0 < x.confidence <= 1
    siege = next(c for c in found if len(c.statements) == 2)
    assert siege.supporters == ("Gen. Hollis",) and siege.deniers == ("Mara Quill",)


def test_a_statement_dated_by_its_article_says_so():
    """A statement without a date of its own is placed at its article's publication date (said by then), and the
    reference says which kind of date it carries, so that no page prints one as the other."""
    rows = [SIEGE[0] + ("2024-05-08",), SIEGE[1], SIEGE[2]]
    refs = {s.ref.statement_id: s.ref for c in C.claims([make_article("d1", rows)]) for s in c.statements}
    assert (refs["s1"].date, refs["s1"].date_from) == ("2024-05-08", "said")
    assert (refs["s2"].date, refs["s2"].date_from) == ("2024-05-10", "published")
    undated = {s.ref.date_from for c in C.claims([make_article("d2", SIEGE, published=None)]) for s in c.statements}
    assert undated == {None}


def test_unrelated_statements_do_not_conflict():
    art = make_article("d1", [SIEGE[0], SIEGE[2], ("Mayor Ott", "assert", "the new library opens on Sunday")])
    found = C.claims([art])
    assert len(found) == 3 and all(len(c.statements) == 1 for c in found)
    assert C.conflicts(found) == []


def test_anaphoric_denial_joins_the_accusation():
    art = make_article("d1", [("Minister Bakr", "accuse", "border guards of taking bribes at the Tarn crossing"),
                              ("Tarn province", "deny", "something")])
    found = C.claims([art])
    claim = next(c for c in found if len(c.statements) == 2)
    assert [s.stance for s in claim.statements] == ["supports", "denies"]
    x = C.conflicts(found)[0]
    assert x.reasons == ("act opposition",)
    assert x.side_a.speakers == ("Minister Bakr",) and x.side_b.speakers == ("Tarn province",)
    assert x.side_b.statements[0].refers_to == "s1"


def test_numeric_disagreement():
    art = make_article("d1", [("Relief agency", "assert", "about 4,000 families fled the flooded Orsa valley this week"),
                              ("County office", "assert", "about 400 families fled the flooded Orsa valley this week")])
    x = C.conflicts(C.claims([art]))
    assert [c.kind for c in x] == ["disagreement"] and x[0].reasons == ("numeric disagreement",)
    same = make_article("d2", [("Relief agency", "assert", "about 4,000 families fled the flooded Orsa valley this week"),
                               ("County office", "assert", "some 4,100 families fled the flooded Orsa valley this week")])
    assert C.conflicts(C.claims([same])) == []


def test_same_speaker_reversal_is_a_changed_position():
    a = make_article("d1", [("Senator Pell", "assert", "the Harwick dam project is safe for the valley towns", "2024-03-01")])
    b = make_article("d2", [("Senator Pell", "assert", "the Harwick dam project is not safe for the valley towns", "2024-04-20")],
                     published="2024-04-21")
    x = C.conflicts(C.claims([a, b]))
    assert len(x) == 1 and x[0].kind == "changed position"
    assert x[0].side_a.statements[0].date == "2024-03-01" and x[0].side_b.statements[0].date == "2024-04-20"
    assert "changed position" in x[0].reasons


def test_a_changed_position_from_wording_alone_ranks_under_the_report_floor():
    """Every wording-only reversal judged by hand was one remark reported twice and read two ways, so it is kept
    (for `--min-confidence 0`) but not shown by default; one speaker demanding, then rejecting, is."""
    from saidwhat.claims.conflicts import REPORT_FLOOR
    a = make_article("d1", [("Senator Pell", "assert", "the Harwick dam project is safe for the valley towns", "2024-03-01")])
    b = make_article("d2", [("Senator Pell", "assert", "the Harwick dam project is not safe for the valley towns", "2024-04-20")],
                     published="2024-04-21")
    worded = C.conflicts(C.claims([a, b]))
    assert worded and all(c.confidence < REPORT_FLOOR for c in worded)
    c = make_article("d3", [("Mara Quill", "demand", "a full inquiry into the Varno siege", "2024-05-01")])
    d = make_article("d4", [("Mara Quill", "reject", "a full inquiry into the Varno siege", "2024-06-01")],
                     published="2024-06-02")
    acted = C.conflicts(C.claims([c, d]))
    assert acted and acted[0].kind == "changed position" and acted[0].confidence >= REPORT_FLOOR


def test_empty_input():
    assert C.claims([]) == []
    assert C.conflicts([]) == []
    assert C.positions([], "anyone") == []
    empty = Article(Document("d0", None, None, None, None, ""))
    assert C.claims([empty]) == [] and C.positions([empty], "x") == []


def test_single_statement():
    found = C.claims([make_article("d1", [SIEGE[0]])])
    assert len(found) == 1
    c = found[0]
    assert c.supporters == ("Gen. Hollis",) and c.deniers == () and c.first_date == c.last_date == "2024-05-10"
    assert C.conflicts(found) == []


def test_statements_without_dates():
    art = make_article("d1", SIEGE, published=None)
    found = C.claims([art])
    assert all(c.first_date is None and c.last_date is None for c in found)
    x = C.conflicts(found)
    assert len(x) == 1
    assert x[0].pairs[0].a.date is None and x[0].pairs[0].b.date is None
    json.dumps(C.plain(x))


def test_json_shapes():
    found = C.claims([make_article("d1", SIEGE)])
    d = found[0].to_dict()
    assert "work" not in d  # the working items stay out of the JSON
    assert set(d) == {"id", "label", "statements", "supporters", "deniers", "qualifiers", "first_date", "last_date"}
    assert set(d["statements"][0]) == {"ref", "stance"}
    x = C.conflicts(found)[0].to_dict()
    assert set(x) == {"id", "claim_id", "label", "kind", "reasons", "confidence", "side_a", "side_b", "pairs"}
    assert set(x["side_a"]) == {"stance", "speakers", "statements"}
    assert all(r in C.REASONS for r in x["reasons"])
    json.loads(json.dumps(x))


def test_conflicts_rebuild_claims_without_working_state():
    """A claim built by hand (or read back) has no `work`; conflicts() re-derives it."""
    from dataclasses import replace

    found = [replace(c, work=()) for c in C.claims([make_article("d1", SIEGE)])]
    x = C.conflicts(found)
    assert len(x) == 1 and x[0].side_b.speakers == ("Mara Quill",)


def test_incremental_add_joins_existing_claims():
    first = items_from_articles([make_article("d1", SIEGE)])
    later = items_from_articles([make_article("d2", [("Col. Vance", "assert",
                                                          "the rebels in Varno are cut off and encircled by troops")])])
    idx = ClaimIndex()
    idx.add(first)
    before = [list(m) for m in idx.members]
    (c,) = idx.add(later)
    assert c == idx.claim_of[0]  # joined the siege claim
    assert [m[:len(b)] for m, b in zip(idx.members, before)] == before  # nothing earlier was moved


def test_positions_kinds_dates_and_change():
    a = make_article("d1", [
        ("Harbour union", "demand", "a 9 percent pay rise for all dock workers", "2024-02-01"),
        ("Harbour union", "assert", "it will strike on Monday unless the port authority negotiates"),
        ("Port authority", "reject", "the demand"),
    ], published="2024-02-02")
    b = make_article("d2", [("Port authority", "agree", "a 9 percent pay rise for all dock workers", "2024-03-05")],
                     published="2024-03-06")
    union = C.positions([a, b], "Harbour union")
    assert [(p.kind, p.date) for p in union] == [("demand", "2024-02-01"), ("condition", "2024-02-02")]
    port = C.positions([a, b], "port authority")  # names match case-insensitively
    assert [(p.kind, p.change) for p in port] == [("rejection", "new"), ("agreement", "changed")]
    assert port[0].text.startswith("a 9 percent")  # "the demand" resolved to what was demanded
    assert port[0].evidence.statement_id == "s3" and port[1].evidence.article_id == "d2"
    assert C.positions([a], "a2")[0].kind == "rejection"  # an actor id works too
    json.dumps([p.to_dict() for p in union])


def test_positions_rejects_empty_actor():
    from saidwhat.errors import InputError

    with pytest.raises(InputError):
        C.positions([], " ")


# ------------------------------------------------------------------ real reading (spaCy model)


@pytest.fixture(scope="module")
def shared_article():
    import saidwhat

    text = shared_path("example", "article.txt").read_text(encoding="utf-8")
    return saidwhat.read(text, published="2025-03-16")


def _conflict_with(conflicts, speaker_a, speaker_b):
    for x in conflicts:
        if speaker_a in x.side_a.speakers and speaker_b in x.side_b.speakers:
            return x
    raise AssertionError(f"no conflict {speaker_a} vs {speaker_b}: "
                         f"{[(x.side_a.speakers, x.side_b.speakers) for x in conflicts]}")


@pytest.mark.model
def test_shared_example_encirclement_conflict(shared_article):
    x = _conflict_with(C.conflicts(C.claims([shared_article])), "Donald Trump", "Volodymyr Zelensky")
    assert x.kind == "contradiction"
    assert set(x.side_a.speakers) == {"Donald Trump", "Military analysts"}
    assert set(x.side_b.speakers) == {"Volodymyr Zelensky", "Ukraine’s general staff"}
    assert all("encircl" in r.text or "surrounded" in r.text or "cut off" in r.text
               for r in x.side_a.statements + x.side_b.statements)
    assert {"negation", "antonymy"} <= set(x.reasons)


@pytest.mark.model
def test_shared_example_crimes_conflict(shared_article):
    x = _conflict_with(C.conflicts(C.claims([shared_article])), "Vladimir Putin", "Ukraine")
    assert x.side_a.speakers == ("Vladimir Putin",) and x.side_b.speakers == ("Ukraine",)
    assert x.side_a.statements[0].act == "accuse" and x.side_b.statements[0].act == "deny"
    assert "crimes" in x.side_a.statements[0].text
    assert "act opposition" in x.reasons


@pytest.mark.model
def test_shared_example_positions(shared_article):
    putin = C.positions([shared_article], "Vladimir Putin")
    kinds = [p.kind for p in putin]
    assert "demand" in kinds and "condition" in kinds
    assert putin[0].date == "2025-03-13"  # date order: the dated statement first
    assert [p.kind for p in C.positions([shared_article], "Ukraine")] == ["rejection"]


@pytest.fixture(scope="module")
def own_articles():
    import saidwhat

    return [saidwhat.read((EXAMPLES / "ceasefire.txt").read_text(encoding="utf-8"), published="2025-06-14"),
            saidwhat.read((EXAMPLES / "second.txt").read_text(encoding="utf-8"), published="2025-06-20")]


@pytest.mark.model
def test_own_example_conflicts(own_articles):
    x = C.conflicts(C.claims(own_articles))
    siege = _conflict_with(x, "Anton Varga", "Pavel Danko")
    assert set(siege.side_b.speakers) == {"Pavel Danko", "Northern Front’s military council"}
    assert "Military analysts" in siege.side_a.speakers
    smuggling = _conflict_with(x, "Anton Varga", "France")
    assert smuggling.reasons == ("act opposition",)
    vote = _conflict_with(x, "Ruritania’s opposition", "Ruritanian leader")  # "dismissed the demand", next article
    assert "vote" in vote.side_b.statements[0].text or "vote" in vote.label


def test_outputs_validate_against_the_schema():
    import jsonschema

    from conftest import ROOT

    schema = json.loads((ROOT / "docs" / "schema" / "claims.json").read_text())
    arts = [make_article("d1", SIEGE + [("Minister Bakr", "accuse", "border guards of taking bribes"),
                                        ("Tarn province", "deny", "something")]),
            make_article("d2", [("Mara Quill", "demand", "a full inquiry into the Varno siege"),
                                ("Mara Quill", "reject", "a full inquiry into the Varno siege", "2024-06-01")],
                         published=None)]
    found = C.claims(arts)
    x = C.conflicts(found)
    assert {c.kind for c in x} >= {"contradiction", "changed position"}
    doc = {"claims": C.plain(found), "conflicts": C.plain(x), "positions": C.plain(C.positions(arts, "Mara Quill"))}
    jsonschema.validate(json.loads(json.dumps(doc)), schema)


# ------------------------------------------------------------------ conflict filters (pair level, own sentences)
# Each filter is tested with a control: the same pair without the feature the filter looks at is a conflict,
# so the test fails if the filter stops working and also if the pair stops being compared at all.

def _pair(rows_a: list[tuple], rows_b: list[tuple] | None = None):
    """Judge two statements as one claim: (reasons, confidence) or None. One article, or two when rows_b given."""
    from saidwhat.claims.conflicts import pair_conflict
    from saidwhat.claims.embed import get_embedder

    arts = [make_article("p1", rows_a)] + ([make_article("p2", rows_b)] if rows_b else [])
    items = items_from_articles(arts)
    for it, v in zip(items, get_embedder().encode([it.text for it in items])):
        it.vec = v
    assert len(items) == 2
    return pair_conflict(items[0], items[1])


BRIDGE = ("Road office", "assert", "the Orsa bridge will reopen to lorries in May")


def test_negation_must_apply_to_the_shared_predicate():
    plain = _pair([BRIDGE, ("Mayor Ott", "assert", "the Orsa bridge will not reopen to lorries in May")])
    assert plain and "negation" in plain[0]
    # the "not" is about pricing, not about the reopening both statements report
    assert _pair([BRIDGE, ("Mayor Ott", "assert",
                           "the Orsa bridge will reopen to lorries in May but tolls will not change")]) is None


def test_conditional_and_speculative_negations_take_no_side():
    assert _pair([BRIDGE, ("Mayor Ott", "assert", "the Orsa bridge will not reopen to lorries in May if the "
                                                  "repairs run late")]) is None
    assert _pair([BRIDGE, ("Mayor Ott", "assert", "the Orsa bridge might not reopen to lorries in May")]) is None


def test_questions_take_no_side():
    assert _pair([BRIDGE, ("Mayor Ott", "ask", "whether the Orsa bridge will not reopen to lorries in May")]) is None


def test_fragment_cannot_be_denied_unless_it_is_answered():
    accused = ("Admiral Rusk", "assert", "coastal shipping")
    denial = ("Tessa navy", "deny", "that Tessa coastal shipping is under any threat from its patrols")
    assert _pair([accused, denial]) is None
    full = ("Admiral Rusk", "accuse", "the Tessa navy of threatening coastal shipping with its patrols")
    assert _pair([full, denial]) is not None


def test_denial_must_refer_to_the_accusation():
    accusation = ("Minister Bakr", "accuse", "Tarn border guards of taking bribes at the crossing")
    unrelated = ("Tarn province", "deny", "that the Tarn crossing was closed for repairs in the spring")
    assert _pair([accusation, unrelated]) is None
    answer = ("Tarn province", "deny", "that Tarn border guards were taking bribes at the crossing")
    found = _pair([accusation, answer])
    assert found and "act opposition" in found[0]
    # a denial whose content still holds its own "denied" (the reader kept the whole sentence) refers to nothing known
    garbled = ("Tarn province", "deny",
               "Tarn denied reports of bribes and warned border guards of taking bribes at the crossing")
    assert _pair([accusation, garbled]) is None


def test_cross_article_sides_must_share_their_participants():
    rise = ("Canal office", "assert", "the Tessa Canal tolls will rise by eight percent this year")
    other_canal = ("Harbour board", "assert", "the Orsa Canal tolls will not rise this year")
    same_canal = ("Harbour board", "assert", "the Tessa Canal tolls will not rise this year")
    assert _pair([rise], [other_canal]) is None
    assert _pair([rise], [same_canal]) is not None


def test_different_speakers_talking_about_themselves_do_not_conflict():
    assert _pair([("Orsa Steel", "assert", "it is not the target of a tax inquiry by the Velm revenue office"),
                  ("Ivo Brant", "admit", "he is the target of a tax inquiry by the Velm revenue office")]) is None
    named = _pair([("Orsa Steel", "assert", "it is not the target of a tax inquiry by the Velm revenue office"),
                   ("Ivo Brant", "assert", "Orsa Steel is the target of a tax inquiry by the Velm revenue office")])
    assert named and "negation" in named[0]


def test_facts_and_directives_are_not_compared_by_polarity():
    cut = ("Bank of Tessa", "assert", "interest rates in Tessa were cut by half a point last week")
    assert _pair([cut, ("Finance minister Oren", "urge", "the bank not to cut interest rates in Tessa")]) is None
    assert _pair([cut, ("Finance minister Oren", "assert", "interest rates in Tessa were not cut by half a point "
                                                            "last week")]) is not None


def test_one_speaker_under_two_names_is_not_two_sides():
    union = ("Mill Workers Union", "assert", "about 4,000 members at the Orsa mill joined the strike on Monday")
    revised = ("MWU", "assert", "about 400 members at the Orsa mill joined the strike on Monday")
    other = ("Mill owners", "assert", "about 400 members at the Orsa mill joined the strike on Monday")
    assert _pair([union, revised]) is None
    found = _pair([union, other])
    assert found and "numeric disagreement" in found[0]


def test_cannot_say_is_noncommittal():
    assert _pair([BRIDGE, ("Mayor Ott", "assert", "she cannot say whether the Orsa bridge will reopen to lorries "
                                                  "in May")]) is None


def test_not_only_is_no_negation():
    from saidwhat.claims.text import is_negated

    assert not is_negated("we decided not only to lower the levy but also to open the port")
    assert is_negated("we decided not to lower the levy")


def test_negated_predicate_skips_names():
    from saidwhat.claims.text import negated_terms

    assert negated_terms("the towns opposed Velm's toll rise") == {"toll"}  # not the name "Velm"
    assert negated_terms("Kyiv's troops were not encircled") == {"ENCIRCLE"}


def test_typed_anaphor_answers_only_its_kind():
    art = make_article("d1", [("Analyst Reni", "assert", "the new drug rules will help the Tessa pharmacies a lot"),
                              ("Pharmacists", "reject", "the proposal")])
    items = items_from_articles([art])
    assert items[1].target is None  # "the proposal" finds no proposal: it answers nothing rather than the analyst
    art = make_article("d2", [("Health office", "propose", "new drug rules for the Tessa pharmacies"),
                              ("Pharmacists", "reject", "the proposal")])
    assert items_from_articles([art])[1].target == 0


def test_denial_answers_claims_not_demands():
    demand = ("Senator Pell", "demand", "hearings on the Orsa airline's labour tactics at the Velm depot")
    denial = ("Orsa airline", "deny", "that the Orsa airline used unfair labour tactics at the Velm depot")
    assert _pair([demand, denial]) is None
    claim = ("Senator Pell", "accuse", "the Orsa airline of using unfair labour tactics at the Velm depot")
    assert _pair([claim, denial]) is not None


def test_urging_a_rejection_agrees_with_the_rejection():
    offer = "the Brant family's offer for the Orsa mill shares"
    assert _pair([("Orsa board", "urge", "shareholders to reject " + offer),
                  ("Shareholders", "reject", offer)]) is None
    assert _pair([("Orsa board", "urge", "shareholders to accept " + offer),
                  ("Shareholders", "reject", offer)]) is not None


def test_rejecting_another_figure_is_another_offer():
    assert _pair([("Velm Holdings", "propose", "90 crowns a share for the Orsa mill company"),
                  ("Orsa board", "reject", "the 60 crowns a share offer for the Orsa mill company")]) is None
    assert _pair([("Velm Holdings", "propose", "90 crowns a share for the Orsa mill company"),
                  ("Orsa board", "reject", "the 90 crowns a share offer for the Orsa mill company")]) is not None


def test_denied_motion_is_a_ruling_not_a_denial_of_the_charge():
    charge = ("Tenants", "accuse", "the Orsa landlord of overcharging rent at the Velm flats")
    ruling = ("District court", "deny",
              "a motion by the tenants who accuse the Orsa landlord of overcharging rent at the Velm flats")
    assert _pair([charge, ruling]) is None


def test_refusal_to_answer_takes_no_side():
    ask = ("Velm council", "ask", "the Tessa port to halt night shipments at the Orsa quay")
    refusal = ("Port chief Rusk", "reject", "to answer questions about halting night shipments at the Orsa quay")
    assert _pair([ask, refusal]) is None


@pytest.mark.parametrize("name", ["His pledge", "\"a very good offer", "2%", "Friday"])
def test_things_are_not_speakers(name):
    base = ("Mayor Ott", "assert", "the Orsa bridge will not reopen to lorries in May")
    assert _pair([BRIDGE, base]) is not None
    assert _pair([(name, "assert", "the Orsa bridge will reopen to lorries in May"), base]) is None


def test_number_words_are_no_shared_participant():
    from saidwhat.claims.text import entities

    assert entities("sales for the five weeks ended April Four were up") == frozenset()
    own = [("Orsa Stores", "assert", "sales for the five weeks ended April Four were up 12 percent to 500 mln crowns"),
           ("Velm Stores", "assert", "sales for the five weeks ended April Four were up 8 percent to 160 mln crowns")]
    assert _pair(own) is None  # two firms, each about its own sales
    region = [("Retail board", "assert", "retail sales in Tessa for the five weeks ended April Four were up 12 percent"),
              ("Shop union", "assert", "retail sales in Tessa for the five weeks ended April Four were up 4 percent")]
    found = _pair(region)
    assert found and "numeric disagreement" in found[0]


def _claim_ids(items_by_article: list[list], idx: ClaimIndex | None = None) -> tuple[ClaimIndex, list[int]]:
    idx = idx or ClaimIndex()
    out = []
    for its in items_by_article:
        out += idx.add(its)
    return idx, out


def test_a_shared_concept_and_common_words_do_not_join_stories():
    """Two stories saying something rose by the same figure are not one claim: "rose" is a concept, "pct" is
    common and numbers say nothing about what rose. In one article the subject is shared by context."""
    filler = [items_from_articles([make_article(f"f{k}", [(f"Desk {k}", "assert",
                                                             f"freight volume at dock {k} was {k} pct of capacity")])])
              for k in range(60)]
    profit = ("Tull Mills", "assert", "its net profit rose 4 pct")
    cocoa = ("Grinders guild", "assert", "cocoa grindings rose 4 pct")
    _, (*_, a, b) = _claim_ids([*filler, items_from_articles([make_article("x1", [profit])]),
                                items_from_articles([make_article("x2", [cocoa])])])
    assert a != b
    _, (*_, a, b) = _claim_ids([*filler, items_from_articles([make_article("x3", [profit, cocoa])])])
    assert a == b


def test_a_shared_name_joins_stories_on_a_concept():
    _, (a, b) = _claim_ids([items_from_articles([make_article("y1", [SIEGE[0]])]),
                            items_from_articles([make_article("y2", [SIEGE[1]])])])
    assert a == b  # Varno: surrounded / not encircled, reported by two outlets


# ------------------------------------------------------------------ round 6 rules (PolNeAR train tuning)

def test_opening_no_answers_someone_and_negates_nothing():
    from saidwhat.claims.text import is_negated, negated_terms, negation_count

    assert not is_negated("No, I meant that the mayor built the Orsa dam himself")
    assert negation_count("No, I meant that the mayor built the Orsa dam himself") == 0
    assert negated_terms("No, I meant that the mayor built the Orsa dam himself") == frozenset()
    # a real negation after the particle still counts, and "no one" is no particle
    assert is_negated("No, the mayor did not build the Orsa dam himself")
    assert is_negated("no one built the Orsa dam")


def test_one_speaker_saying_the_same_thing_with_an_opening_no_has_not_turned_round():
    first = ("Mayor Ott", "assert", "I meant it: the mayor of Velm owns the Orsa dam himself", "2024-05-09")
    again = ("Mayor Ott", "assert", "No, I meant the mayor of Velm owns the Orsa dam himself", "2024-05-10")
    assert _pair([first], [again]) is None
    turned = ("Mayor Ott", "assert", "the mayor of Velm does not own the Orsa dam himself", "2024-05-10")
    found = _pair([first], [turned])
    assert found and "changed position" in found[0]


def test_two_speakers_each_saying_i_are_two_subjects():
    assert _pair([("Captain Rell", "assert", "I am paid to watch the Orsa coast for smugglers every night"),
                  ("Ivo Brant", "assert", "I am not paid to watch the Orsa coast for smugglers every night")]) is None
    # the other side names the speaker: the same subject, a conflict
    found = _pair([("Captain Rell", "assert", "I am paid to watch the Orsa coast for smugglers every night"),
                   ("Ivo Brant", "assert", "Rell is not paid to watch the Orsa coast for smugglers every night")])
    assert found and "negation" in found[0]


def _nested(text: str, rows: list[tuple[str, str, str, str]]) -> list:
    """One article from `text`; rows: (speaker, cue, act, content), each located by its first occurrence."""
    stmts, actors = [], {}
    for k, (speaker, cue, act, content) in enumerate(rows, 1):
        aid = actors.setdefault(speaker, f"a{len(actors) + 1}")
        sp, cu, co = text.index(speaker), text.index(cue), text.index(content)
        stmts.append(Statement(id=f"s{k}", kind="indirect", speaker=Speaker(speaker, sp, sp + len(speaker), aid,
                                                                             speaker, "name"),
                               cue=Cue(cue, cu, cu + len(cue), cue), act=act,
                               content=Span(content, co, co + len(content))))
    acts = tuple(Actor(i, n, "organization") for n, i in actors.items())
    return [Article(Document("n1", None, "2024-05-10", None, None, text), actors=acts, statements=tuple(stmts))]


def test_a_side_that_holds_the_other_sides_denial_verb_is_the_same_sentence():
    from saidwhat.claims.conflicts import pair_conflict
    from saidwhat.claims.embed import get_embedder

    def judge(arts):
        items = items_from_articles(arts)
        if len(items) < 2:
            return None  # the report holding the denial is no side at all (claims.items._wrappers)
        for it, v in zip(items, get_embedder().encode([it.text for it in items])):
            it.vec = v
        return pair_conflict(items[0], items[1])

    # the reader gave the radio the whole denying sentence as its content
    garbled = "Orsa fighters denied that the Velm envoy had visited the northern camps, as claimed by Tessa radio."
    assert judge(_nested(garbled, [("Tessa radio", "claimed", "assert",
                                    "Orsa fighters denied that the Velm envoy had visited the northern camps"),
                                   ("Orsa fighters", "denied", "deny",
                                    "that the Velm envoy had visited the northern camps")])) is None
    # a denial whose content holds the claim's verb answers that claim
    nested = "Orsa fighters denied Tessa radio's claim that the Velm envoy had visited the northern camps."
    found = judge(_nested(nested, [("Tessa radio", "claim", "assert",
                                    "that the Velm envoy had visited the northern camps"),
                                   ("Orsa fighters", "denied", "deny",
                                    "Tessa radio's claim that the Velm envoy had visited the northern camps")]))
    assert found and "act opposition" in found[0]


def test_a_person_as_content_points_at_a_statement_only_about_the_responder():
    # "the council opposes him": a person, not the previous speaker's words
    art = make_article("d1", [("Union leader Pask", "agree", "to back the candidacy of Ivo Brant for mayor"),
                              ("Orsa council", "reject", "him")])
    assert items_from_articles([art])[1].target is None
    # "Ott contradicted him" after a remark about Ott: Ott answers it
    art = make_article("d2", [("Host Rell", "propose", "that Ott only meant the Orsa dam was badly managed"),
                              ("Mayor Ott", "deny", "him")])
    assert items_from_articles([art])[1].target == 0
    # a rejected proposal need not name who rejects it
    art = make_article("d3", [("Velm Holdings", "propose", "90 crowns a share for the Orsa mill company"),
                              ("Orsa board", "reject", "the proposal")])
    assert items_from_articles([art])[1].target == 0


def test_none_of_a_noun_negates_its_predicate():
    from saidwhat.claims.text import negated_terms

    assert negated_terms("none of the ledgers was signed by the Orsa treasurer") == {"signed"}
    assert negated_terms("No troops were encircled near Varno") == {"ENCIRCLE"}
    assert negated_terms("there is no plan to close the Orsa mine") == {"close"}
    signed = ("Auditor Rell", "assert", "some of the ledgers held entries added by the Orsa treasurer")
    assert _pair([signed, ("Treasurer Pask", "assert",
                           "none of the ledgers held entries added by the Orsa treasurer")]) is not None
    assert _pair([signed, ("Treasurer Pask", "assert",
                           "none of the ledgers was signed by the Orsa treasurer")]) is None


def test_generic_nouns_carry_no_predicate():
    from saidwhat.claims.text import negated_terms

    assert negated_terms("there has never been a man more able than Pask") == {"able"}
    assert negated_terms("the man was never charged") == {"charged"}


def test_winning_is_matched_by_its_own_word():
    from saidwhat.claims.text import negated_terms

    assert negated_terms("Pask cannot win the Velm nomination") == {"win"}
    assert _pair([("Pask campaign", "assert", "a victory of sorts for Pask in the Velm primary"),
                  ("Rival Ott", "assert", "Pask cannot win the Velm nomination in the autumn")]) is None
    found = _pair([("Pask campaign", "assert", "Pask will win the Velm nomination in the autumn"),
                   ("Rival Ott", "assert", "Pask cannot win the Velm nomination in the autumn")])
    assert found and "negation" in found[0]


def test_an_exhortation_is_a_directive_not_a_fact():
    goal = ("Senator Pask", "assert", "the goal of the Velm campaign was not to make Orsa rich again")
    assert _pair([("Mayor Ott", "assert", "And let's make Orsa rich again with the Velm campaign"), goal]) is None
    assert _pair([("Mayor Ott", "assert", "the goal of the Velm campaign was to make Orsa rich again"),
                  goal]) is not None


def test_one_quote_reported_twice_is_not_a_turn():
    short = ("Senator Pask", "assert", "at least ten smugglers have been caught crossing the Orsa river near Velm",
             "2024-05-09")
    longer = ("Senator Pask", "assert", "at least 10 smugglers have been caught crossing the Orsa river near Velm "
                                        "and dozens more that did not get caught by the guards", "2024-05-10")
    assert _pair([short], [longer]) is None
    # the same words with the "not" right before them: a turn
    turned = ("Senator Pask", "assert", "no smugglers have been caught crossing the Orsa river near Velm",
              "2024-05-10")
    found = _pair([short], [turned])
    assert found and "changed position" in found[0]


def test_nowhere_is_a_negator():
    from saidwhat.claims.text import is_negated

    assert is_negated("the envoy was nowhere near the Orsa camps")
    assert _pair([("Velm radio", "assert", "the envoy was nowhere near the Orsa camps that week"),
                  ("Tessa fighters", "assert", "the envoy was not near the Orsa camps that week")]) is None


def test_an_appositive_clause_neither_negates_nor_cuts_the_main_clause():
    from saidwhat.claims.text import is_negated

    assert is_negated("the two editors, who left the Velm paper in May, knew the story was not true")
    assert not is_negated("the two editors, who did not leave the Velm paper, knew the story was true")
    # a restrictive clause without commas is still cut ("shares not held by ..." belongs to it)
    assert not is_negated("the editors who did not leave the Velm paper knew the story was true")


def test_an_affirming_side_that_reports_a_denial_is_no_accusation():
    report = ("Profile page", "assert", "Mayor Ott denied that he took money from the Orsa dam builders")
    denial = ("Mayor Ott", "deny", "that he took money from the Orsa dam builders")
    assert _pair([report, denial]) is None
    accusation = ("Profile page", "assert", "Mayor Ott took money from the Orsa dam builders")
    found = _pair([accusation, denial])
    assert found and "act opposition" in found[0]


def test_a_plain_report_of_someone_elses_claim_is_no_side():
    """ "The army says it holds her, the Courier reported": the claim is the army's; the report is context."""
    text = "The Orsa army says it has detained the envoy's wife, the Tessa Courier reported."
    art = _nested(text, [("the Tessa Courier", "reported", "assert",
                          "The Orsa army says it has detained the envoy's wife"),
                         ("The Orsa army", "says", "assert", "it has detained the envoy's wife")])
    items = items_from_articles(art)
    assert [it.ref.speaker for it in items] == ["The Orsa army"]
    # a denial holding another statement's verb stays a side
    text = "Orsa fighters denied Tessa radio's claim that the envoy had visited the camps."
    art = _nested(text, [("Tessa radio", "claim", "assert", "that the envoy had visited the camps"),
                         ("Orsa fighters", "denied", "deny", "Tessa radio's claim that the envoy had visited the camps")])
    assert len(items_from_articles(art)) == 2
