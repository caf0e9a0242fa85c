"""Golden tests: the shared example article and our own bundled example, statement by statement.

Expectations for the shared example are keyed by a few words of each statement's content (the test reads
the article from ../shared; the project holds no copy of it).
"""
from __future__ import annotations

import json

import pytest

from conftest import EXAMPLES, shared_path

pytestmark = pytest.mark.model

# (speaker, a few words of the content, said_on, act) — checked by hand against the article
SHARED_EXPECTED = [
    ("Vladimir Putin", "let Ukrainian", None, "promise"),
    ("Vladimir Putin", "spare the lives of Ukrainian troops", None, "promise"),
    ("Donald Trump", "to spare Ukrainian troops", "2025-03-14", "urge"),
    ("Vladimir Putin", "he would honour", None, "promise"),
    ("Donald Trump", "very good and productive", None, "assert"),
    ("Donald Trump", "finally come to an end", None, "assert"),
    ("Donald Trump", "completely surrounded thousands", None, "assert"),
    ("Donald Trump", "I have strongly requested", None, "assert"),
    ("Volodymyr Zelensky", "were not encircled", "2025-03-15", "assert"),
    ("Volodymyr Zelensky", "This indicates an intention", None, "assert"),
    ("Volodymyr Zelensky", "We are aware of this", None, "assert"),
    ("Military analysts", "nearly cut off", None, "assert"),
    ("Vladimir Putin", "carrying out crimes", None, "accuse"),
    ("Ukraine", "carrying out crimes", None, "deny"),
    ("Vladimir Putin", "he understood the call", None, "assert"),
    ("Vladimir Putin", "lay down their arms", None, "assert"),
    ("Volodymyr Zelensky", "define a clear position", "2025-03-15", "assert"),
    ("Volodymyr Zelensky", "contingent must be stationed", None, "assert"),
    ("Volodymyr Zelensky", "security guarantee for Europe", None, "assert"),
    ("Ukraine", "Kursk rout", None, "deny"),
    ("United States", "to agree to a ceasefire", None, "urge"),
    ("Russia", "recaptured another Kursk village", "2025-03-14", "assert"),
    ("Ukraine’s general staff", "remained largely unchanged", None, "assert"),
    ("Ukraine’s general staff", "are false and fabricated", None, "deny"),
    ("Ukraine’s general staff", "withdrawn to more advantageous", None, "assert"),
    ("Volodymyr Zelensky", "succeeded in diverting", None, "assert"),
    ("Volodymyr Zelensky", "a good chance", None, "assert"),
    ("Russia", "cautious optimism", None, "assert"),
    ("Mark Rutte", "extremely helpful", None, "assert"),
    ("Mark Rutte", "long-term collective deterrence", None, "assert"),
    ("Donald Trump", "sign ceasefire deal", None, "urge"),
    ("Donald Trump", "a ceasefire and final agreement", "2025-03-14", "urge"),
    ("Vladimir Putin", "supported Mr Trump", "2025-03-13", "agree"),
    ("Donald Trump", "very promising", None, "assert"),
    ("Vladimir Putin", "drop its ambitions", None, "demand"),
    ("Russia", "cede control of four regions", None, "demand"),
    ("Ukraine", "cede control of four regions", None, "reject"),
    ("Vladimir Putin", "Western sanctions eased", None, "demand"),
    ("Ukraine", "is premature", None, "assert"),
]


@pytest.fixture(scope="module")
def shared_article():
    import saidwhat

    text = shared_path("example", "article.txt").read_text(encoding="utf-8")
    return saidwhat.read(text, published="2025-03-16")


def _find(article, speaker, words):
    hits = [s for s in article.statements if words in s.content.text]
    assert hits, f"no statement whose content holds {words!r}"
    same = [s for s in hits if s.speaker and s.speaker.name == speaker]
    assert same, f"{words!r}: speakers found {[s.speaker.name if s.speaker else None for s in hits]}, expected {speaker}"
    return same[0]


@pytest.mark.parametrize("speaker,words,said_on,act", SHARED_EXPECTED, ids=[w for _s, w, _d, _a in SHARED_EXPECTED])
def test_shared_example_statement(shared_article, speaker, words, said_on, act):
    s = _find(shared_article, speaker, words)
    assert s.said_on == said_on
    assert s.act == act
    if said_on:
        assert s.said_on_from == "text" and s.when is not None
        assert shared_article.document.text[s.when.start:s.when.end] == s.when.text


def test_shared_example_no_debris_and_no_extra_statements(shared_article):
    text = shared_article.document.text
    for debris in ("Sign up now", "PHOTO:", "Follow topic", "See more on"):
        assert debris not in text
    assert shared_article.document.wire == "Reuters"
    # every statement is one we expect: no invented ones
    expected = {w for _s, w, _d, _a in SHARED_EXPECTED}
    extra = [s.content.text for s in shared_article.statements if not any(w in s.content.text for w in expected)]
    assert not extra, extra


def test_shared_example_actors(shared_article):
    by_name = {a.name: a for a in shared_article.actors}
    assert by_name["Ukraine"].kind == "government" and "Kyiv" in by_name["Ukraine"].aliases
    assert by_name["Russia"].kind == "government"
    assert by_name["Military analysts"].kind == "group"
    assert by_name["Vladimir Putin"].kind == "person"
    vias = {(s.speaker.text, s.speaker.via) for s in shared_article.statements if s.speaker}
    assert ("Kyiv", "metonymy") in vias
    assert any(via == "title" and "President" in text for text, via in vias)
    assert any(via == "pronoun" for _t, via in vias)


def test_shared_example_offsets(shared_article):
    text = shared_article.document.text
    for s in shared_article.statements:
        assert text[s.content.start:s.content.end] == s.content.text
        if s.speaker:
            assert text[s.speaker.start:s.speaker.end] == s.speaker.text
        if s.cue:
            assert text[s.cue.start:s.cue.end] == s.cue.text


OWN = json.loads((EXAMPLES / "ceasefire.expected.json").read_text(encoding="utf-8"))
#: our own example's statements the reader still gets wrong, with why (kept visible, not deleted)
OWN_KNOWN_MISSES: dict[str, str] = {}


@pytest.fixture(scope="module")
def own_article():
    import saidwhat

    return saidwhat.read((EXAMPLES / "ceasefire.txt").read_text(encoding="utf-8"), published="2025-06-14")


@pytest.mark.parametrize("exp", OWN, ids=[f"{e['speaker']}:{e['content_contains'][:30]}" for e in OWN])
def test_own_example_statement(own_article, exp, request):
    reason = OWN_KNOWN_MISSES.get(exp["content_contains"])
    if reason:
        request.applymarker(pytest.mark.xfail(reason=reason, strict=False))
    speakers = [exp["speaker"], *exp.get("speaker_also", [])]
    hits = [s for s in own_article.statements if exp["content_contains"] in s.content.text
            and s.speaker and s.speaker.name in speakers]
    assert hits, f"missing: {exp}"
    s = hits[0]
    assert s.said_on == exp["said_on"]
    assert s.act in [exp["act"], *exp.get("act_also", [])]
    if "kind" in exp:
        assert s.kind == exp["kind"] or exp.get("kind_also") and s.kind in exp["kind_also"]
