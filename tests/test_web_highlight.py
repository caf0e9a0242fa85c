"""render_highlights: statements shown in place, escaped, with overlapping spans split but never lost."""
from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as stg

from saidwhat.model import Addressee, Cue, Span, Speaker, Statement
from saidwhat.web.highlight import render_highlights


def stmt(sid: str, text: str, content: tuple[int, int], speaker: tuple[int, int] | None = None,
         cue: tuple[int, int] | None = None, addressee: tuple[int, int] | None = None, act: str = "assert") -> Statement:
    def piece(r):
        return text[r[0]:r[1]]
    return Statement(
        id=sid, kind="direct", act=act,
        content=Span(piece(content), *content),
        speaker=Speaker(piece(speaker), *speaker, actor="a1", name="Ana Pérez", via="name") if speaker else None,
        cue=Cue(piece(cue), *cue, lemma=piece(cue)) if cue else None,
        addressee=Addressee(piece(addressee), *addressee, actor=None, name=None) if addressee else None,
        said_on="2025-03-14",
    )


class Spans(HTMLParser):
    """Walks the output: the text back, and for each (statement, role) the character positions it covers."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str]] = []
        self.text = ""
        self.cover: dict[tuple[str, str], set[int]] = {}

    def handle_starttag(self, tag, attrs):
        assert tag == "span"
        a = dict(attrs)
        self.stack.append((a["data-s"], a["data-role"]))

    def handle_endtag(self, tag):
        assert tag == "span"
        self.stack.pop()

    def handle_data(self, data):
        for key in self.stack:
            self.cover.setdefault(key, set()).update(range(len(self.text), len(self.text) + len(data)))
        self.text += data


def parse(out: str) -> Spans:
    p = Spans()
    p.feed(out)
    p.close()
    assert p.stack == [], "every opened span is closed"
    return p


def strip(out: str) -> str:
    return html.unescape(re.sub(r"<[^>]*>", "", out))


def test_simple_statement_has_three_styles():
    text = 'Ana Pérez said "we will stay".'
    out = render_highlights(text, [stmt("s1", text, (16, 28), speaker=(0, 9), cue=(10, 14))])
    assert strip(out) == text
    assert '<span class="sw-hl sw-speaker" data-s="s1"' in out
    assert 'class="sw-hl sw-cue"' in out and 'class="sw-hl sw-content"' in out
    assert "Ana Pérez — assert on 2025-03-14 (direct)" in out


def test_no_statements_is_escaped_text():
    text = "<b>&amp;</b>"
    assert str(render_highlights(text, [])) == "&lt;b&gt;&amp;amp;&lt;/b&gt;"


def test_text_and_titles_are_escaped():
    text = '"><img src=x onerror=alert(1)> said <script>alert(2)</script>'
    s = stmt('s"1<', text, (36, len(text)), speaker=(0, 30), cue=(31, 35))
    out = str(render_highlights(text, [s]))
    assert "<img" not in out and "<script" not in out
    assert 'data-s="s&#34;1&lt;"' in out
    assert strip(out) == text


def test_content_containing_another_speaker_nests():
    text = 'Kim said that "Lee told us no" yesterday.'
    inner = stmt("s2", text, (24, 29), speaker=(15, 18), cue=(19, 23))
    outer = stmt("s1", text, (14, 30), speaker=(0, 3), cue=(4, 8))
    p = parse(str(render_highlights(text, [outer, inner])))
    assert p.text == text
    assert p.cover[("s1", "content")] == set(range(14, 30))
    assert p.cover[("s2", "speaker")] == set(range(15, 18))
    assert p.cover[("s2", "content")] == set(range(24, 29))


def test_crossing_spans_are_split_and_reopened():
    text = "abcdefghij"
    a = stmt("s1", text, (0, 6))
    b = stmt("s2", text, (3, 9))
    out = str(render_highlights(text, [a, b]))
    p = parse(out)
    assert p.text == text
    assert p.cover[("s1", "content")] == set(range(0, 6))
    assert p.cover[("s2", "content")] == set(range(3, 9))
    assert out.count(" sw-cont\"") == 1  # s2 reopened once after s1 closes


def test_identical_ranges_nest_content_outside_cue():
    text = "says"
    s = stmt("s1", text, (0, 4), cue=(0, 4))
    out = str(render_highlights(text, [s]))
    assert out.index("sw-content") < out.index("sw-cue")


def test_out_of_range_offsets_are_clipped_not_fatal():
    text = "short"
    s = Statement(id="s1", kind="direct", speaker=None, cue=None, act="assert", content=Span("x", 3, 99))
    bad = Statement(id="s2", kind="direct", speaker=None, cue=None, act="assert", content=Span("", 4, 2))
    p = parse(str(render_highlights(text, [s, bad])))
    assert p.text == text
    assert p.cover == {("s1", "content"): {3, 4}}


alphabet = stg.sampled_from(list("ab <>&\"'\n é") + ["</span>", "&amp;", "<script>"])


@stg.composite
def text_and_statements(draw):
    text = "".join(draw(stg.lists(alphabet, max_size=40)))
    n = len(text)
    rng = stg.tuples(stg.integers(-2, n + 2), stg.integers(-2, n + 2))
    opt = stg.one_of(stg.none(), rng)
    stmts = []
    for i in range(draw(stg.integers(0, 5))):
        c, sp, cu, ad = draw(rng), draw(opt), draw(opt), draw(opt)
        mk = lambda r: (r[0], r[1], text[max(0, r[0]):max(0, r[1])])  # noqa: E731
        stmts.append(Statement(
            id=f"s{i}", kind="direct", act="warn",
            content=Span(mk(c)[2], c[0], c[1]),
            speaker=Speaker(mk(sp)[2], sp[0], sp[1], None, "X<y>", "name") if sp else None,
            cue=Cue(mk(cu)[2], cu[0], cu[1], "say") if cu else None,
            addressee=Addressee(mk(ad)[2], ad[0], ad[1], None, None) if ad else None,
        ))
    return text, stmts


@settings(max_examples=300, deadline=None)
@given(text_and_statements())
def test_property_stripping_tags_gives_back_the_text(case):
    text, stmts = case
    out = str(render_highlights(text, stmts))
    assert strip(out) == text
    p = parse(out)
    assert p.text == text
    # each (statement, role) covers exactly its clipped offsets
    n = len(text)
    for s in stmts:
        for role, span in (("content", s.content), ("speaker", s.speaker), ("cue", s.cue), ("addressee", s.addressee)):
            if span is None:
                continue
            want = set(range(max(0, span.start), min(n, span.end)))
            assert p.cover.get((s.id, role), set()) == want
