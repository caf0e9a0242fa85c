"""Properties of `saidwhat.read` over random text, and the tense that places relative dates.

Random text mixes quote marks, cue words, names, dates and debris lines so the attribution rules actually
fire; whatever comes out must keep every offset slicing to the reported text.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import saidwhat
from saidwhat.errors import SaidwhatError

pytestmark = pytest.mark.model

PIECES = ["Mr Varga", "Ms Kessler", "the minister", "He", "she", "they", "Orsk", "Berlin", "said", "told reporters",
          "denied", "urged", "warned", "according to officials", "that", "“", "”", '"', "'", ",", ".", "\n\n",
          "on Friday", "last week", "on March 3", "next month", "PHOTO: AFP", "Follow topic:", "troops", "were",
          "not", "surrounded", "will", "talks", "é", "\u200b", "—", ":", "(", ")"]
TEXTS = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), min_size=1, max_size=60).map(" ".join)


def _check_offsets(art) -> None:
    text = art.document.text
    for s in art.statements:
        for part in (s.speaker, s.cue, s.content, s.addressee):
            if part is not None and part.start is not None:
                assert 0 <= part.start <= part.end <= len(text)
                assert text[part.start:part.end] == part.text
        if s.said_on is not None:
            assert s.said_on_from == "text"
    for t in art.times:
        assert text[t.start:t.end] == t.text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS, st.sampled_from([None, "2025-03-16", "2024-02-29"]))
def test_read_never_crashes_and_offsets_slice(nlp, text, published):
    try:
        art = saidwhat.read(text, published=published)
    except SaidwhatError:
        return  # e.g. nothing left after cleaning: a clean, typed error is the contract
    _check_offsets(art)
    art.to_dict()  # serialisable


@pytest.mark.parametrize("sentence, expected", [
    ("The first convoy could reach the city by Monday, Ms Brandt said.", "2025-06-16"),
    ("The government wants peacekeepers to leave by August, Mr Varga said.", "2025-08"),
    ("The convoy reached the city on Monday, Ms Brandt said.", "2025-06-09"),
])
def test_tense_places_relative_dates(nlp, sentence, expected):
    # published on a Saturday: "by Monday" after a modal is ahead, "on Monday" after a past verb behind
    art = saidwhat.read(sentence, published="2025-06-14")
    values = [t.value for t in art.times]
    assert expected in values, values
