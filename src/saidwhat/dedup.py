"""Wire-copy and near-duplicate detection: MinHash signatures over word shingles, LSH for candidates.

The same Reuters story run by five outlets differs in its dateline, a headline, a trimmed last
paragraph; its 5-word shingles still overlap far more than any two different stories do. Each stored
article keeps its signature (as bytes) so the in-memory LSH index can be rebuilt when a store opens.
Standard library + datasketch + numpy only; no spaCy, no store.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

#: permutations per signature: 64 keeps the Jaccard estimate within ~±0.06 (1/sqrt(64)/2) at 256 bytes
#: an article, plenty to separate copies (J >= 0.5) from different stories (J < 0.1 on BBC/Reuters).
NUM_PERM = 64
#: word n-gram size; 5 is the usual choice for near-duplicate news detection (short n-grams make
#: unrelated stories on one topic share too many shingles; long ones let one edit break many).
SHINGLE = 5
#: Jaccard similarity above which two articles are one story. 0.5 was picked on Reuters-21578, where
#: re-filed and corrected versions of one story score 0.6-0.95 and distinct stories of the same kind
#: (e.g. two earnings reports, which share boilerplate) stay below 0.4 (bench/ingest_speed.py prints the
#: copy rate it finds).
THRESHOLD = 0.5
#: texts shorter than this (in words) get no signature: a handful of shingles gives a noisy estimate,
#: and short items (one-line briefs) are matched only when their normalised text is identical.
MIN_WORDS = 25
SEED = 7
#: datasketch 2 hashing scheme; stored signatures are only comparable within one scheme
SCHEME = "affine32"

_WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def normalised(text: str) -> str:
    """Lower-case words joined by single spaces: equal for texts differing only in spacing/punctuation."""
    return " ".join(words(text))


def signature(text: str) -> MinHash | None:
    """MinHash of the text's word shingles, or None when the text is too short to judge."""
    ws = words(text)
    if len(ws) < MIN_WORDS:
        return None
    shingles = {" ".join(ws[i:i + SHINGLE]).encode("utf-8") for i in range(len(ws) - SHINGLE + 1)}
    m = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    m.update_batch(list(shingles))
    return m


def to_bytes(m: MinHash) -> bytes:
    # the affine32 scheme's hash values are uint32
    return np.asarray(m.hashvalues, dtype="<u4").tobytes()


def from_bytes(b: bytes) -> MinHash:
    hv = np.frombuffer(b, dtype="<u4").copy()
    return MinHash(num_perm=len(hv), seed=SEED, hashvalues=hv, scheme=SCHEME)


@dataclass(frozen=True, slots=True)
class Match:
    key: str
    similarity: float


class CopyIndex:
    """An LSH index of article signatures: `add` stored articles, `best` finds the closest copy."""

    def __init__(self, threshold: float = THRESHOLD, num_perm: int = NUM_PERM) -> None:
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._sigs: dict[str, MinHash] = {}

    def __len__(self) -> int:
        return len(self._sigs)

    def __contains__(self, key: str) -> bool:
        return key in self._sigs

    def add(self, key: str, m: MinHash) -> None:
        if key in self._sigs:
            return
        self._lsh.insert(key, m)
        self._sigs[key] = m

    def best(self, m: MinHash) -> Match | None:
        """The most similar indexed article at or above the threshold (LSH candidates, then the estimate)."""
        best: Match | None = None
        for key in self._lsh.query(m):
            sim = float(m.jaccard(self._sigs[key]))
            if sim >= self.threshold and (best is None or sim > best.similarity or
                                          (sim == best.similarity and key < best.key)):
                best = Match(key, sim)
        return best


__all__ = ["CopyIndex", "MIN_WORDS", "Match", "NUM_PERM", "SHINGLE", "THRESHOLD", "from_bytes", "normalised",
           "signature", "to_bytes", "words"]
