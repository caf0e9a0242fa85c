"""Properties of find_times on generated text: it never raises, offsets slice to the reported text,
ids are unique and in order, anchors point at an earlier id or the publication date."""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from saidwhat.timex import find_times

WORDS = [
    "on", "Friday", "March", "13", "30", "February", "2025", "20250", "1990s", "the", "third", "quarter", "last",
    "next", "week", "weekend", "a", "year", "ago", "earlier", "later", "after", "on,", "said", "will", "three",
    "days", "hours", "3", "p.m.", "noon", "every", "daily", "now", "recently", "tonight", "yesterday", "night",
    "of", "early", "mid-", "fiscal", "Dec.", "31,", "'90s", "twenty", "four", "minutes", "9:99", "0", "since",
    "Christmas", "Easter", "summer", "fall", "that", "day", "century", "20th", ".", ",", "\n", "$", "-", "per",
]
TYPES = {"DATE", "TIME", "DURATION", "SET"}

texts = st.one_of(
    st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join),
    st.text(max_size=200),
)
dcts = st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))


@settings(max_examples=200, deadline=None)
@given(texts, dcts, st.sampled_from([None, "past", "future", "present"]))
def test_find_times_is_total_and_consistent(text, dct, tense):
    tense_at = (lambda i: tense) if tense else None
    times = find_times(text, dct, tense_at=tense_at)
    ids = [t.id for t in times]
    assert ids == [f"t{i + 1}" for i in range(len(times))]
    starts = [t.start for t in times]
    assert starts == sorted(starts)
    for t in times:
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start:t.end] == t.text
        assert t.type in TYPES
        assert t.value
        assert t.anchor in (None, "publication") or t.anchor in ids[: ids.index(t.id)]
    for a, b in zip(times, times[1:]):
        assert a.end <= b.start  # no overlaps
