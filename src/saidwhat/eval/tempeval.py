"""Score `find_times` against TimeML/TempEval-3 annotations, the way the TempEval-3 scorer does.

Inputs: a directory of TimeML `.tml` files (the TE3 layout: `<DCT><TIMEX3 .../></DCT>`, `<TEXT>` with inline
`<TIMEX3>` tags), a single `.tml`, a `.jsonl` file, or a directory of `.jsonl` files in the format of
`../shared/data/tempeval3` (`{"id","dct","text","timexes":[{"start","end","type","value",...}]}`).

Metrics (UzZaman et al. 2013, "SemEval-2013 Task 1: TempEval-3", and its scorer `evaluate_entities.py`):

- strict match: a system and a gold timex with exactly the same extent;
  relaxed match: any character overlap. Precision = matched system timexes / system timexes,
  recall = matched gold timexes / gold timexes, F1 their harmonic mean.
- attribute accuracy (type, value): over gold timexes that have a relaxed match, the share whose
  attribute equals the gold one (each gold timex is paired with the system timex overlapping it most).
- attribute F1 = attribute accuracy x relaxed F1 (the scorer scales relaxed P and R by the accuracy,
  so the harmonic mean scales the same way). "value F1" is the TempEval-3 headline normalisation score.

`--split dev` uses our fixed split of the training data: a document is in dev when
crc32(id) % 5 == 0 (50 of the 256 documents, 365 of 1,822 timexes); we tuned the grammar on the
other 206 documents only.
"""
from __future__ import annotations

import datetime as dt
import json
import time
import xml.etree.ElementTree as ET
import zlib
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from saidwhat.errors import FormatError, InputError

SPLITS = ("all", "dev", "train")


@dataclass(frozen=True, slots=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class GoldDoc:
    id: str
    dct: dt.date | None
    text: str
    timexes: tuple[GoldTimex, ...]


@dataclass
class Scores:
    """Counts and the TempEval-3 figures computed from them."""

    docs: int = 0
    gold: int = 0
    system: int = 0
    strict_sys: int = 0
    strict_gold: int = 0
    relaxed_sys: int = 0
    relaxed_gold: int = 0
    type_match: int = 0
    value_match: int = 0
    seconds: float = 0.0
    errors: list[dict] = field(default_factory=list)

    @staticmethod
    def _prf(num_p: int, den_p: int, num_r: int, den_r: int) -> tuple[float, float, float]:
        p = num_p / den_p if den_p else 0.0
        r = num_r / den_r if den_r else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def figures(self) -> dict[str, float]:
        sp, sr, sf = self._prf(self.strict_sys, self.system, self.strict_gold, self.gold)
        rp, rr, rf = self._prf(self.relaxed_sys, self.system, self.relaxed_gold, self.gold)
        type_acc = self.type_match / self.relaxed_gold if self.relaxed_gold else 0.0
        value_acc = self.value_match / self.relaxed_gold if self.relaxed_gold else 0.0
        return {
            "strict_precision": sp, "strict_recall": sr, "strict_f1": sf,
            "relaxed_precision": rp, "relaxed_recall": rr, "relaxed_f1": rf,
            "type_accuracy": type_acc, "type_f1": type_acc * rf,
            "value_accuracy": value_acc, "value_f1": value_acc * rf,
        }

    def to_dict(self) -> dict:
        d = {k: v for k, v in asdict(self).items() if k != "errors"}
        d.update({k: round(v, 4) for k, v in self.figures().items()})
        return d


def in_dev(doc_id: str) -> bool:
    """Our fixed dev split: crc32 of the document id modulo 5 is 0 (about 20 % of documents)."""
    return zlib.crc32(doc_id.encode("utf-8")) % 5 == 0


def load(path: str | Path, split: str = "all") -> list[GoldDoc]:
    """Gold documents from a .tml/.jsonl file or a directory of them, filtered to `split`."""
    if split not in SPLITS:
        raise FormatError(f"unknown split {split!r}: supported are {', '.join(SPLITS)}")
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file or directory (expected a .tml/.jsonl file or a directory of them)")
    if p.is_dir():
        files = sorted(p.rglob("*.jsonl")) + sorted(p.rglob("*.tml"))
        if not files:
            raise InputError(f"{p}: no .jsonl or .tml files in this directory")
    else:
        files = [p]
    docs: list[GoldDoc] = []
    for f in files:
        if f.suffix == ".jsonl":
            docs.extend(_load_jsonl(f))
        elif f.suffix in (".tml", ".xml"):
            docs.append(_load_tml(f))
        else:
            raise FormatError(f"{f}: unsupported file type {f.suffix!r}; supported are .tml and .jsonl")
    if split == "dev":
        docs = [d for d in docs if in_dev(d.id)]
    elif split == "train":
        docs = [d for d in docs if not in_dev(d.id)]
    return docs


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _load_jsonl(path: Path) -> Iterable[GoldDoc]:
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
                text = d["text"]
                tx = tuple(GoldTimex(t["start"], t["end"], text[t["start"]:t["end"]], t["type"], t.get("value", ""))
                           for t in d.get("timexes", []))
                yield GoldDoc(str(d.get("id", f"{path.name}:{n}")), _date(d.get("dct")), text, tx)
            except (json.JSONDecodeError, KeyError, TypeError) as e:
                raise FormatError(f"{path}:{n}: not a TempEval JSON line ({e}); expected keys id, dct, text, timexes") from None


def _load_tml(path: Path) -> GoldDoc:
    """One TimeML document: DCT from <DCT><TIMEX3 value=...>, text and timexes from <TEXT>."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        raise FormatError(f"{path}: not well-formed TimeML XML ({e})") from None
    dct_el = root.find("DCT/TIMEX3")
    dct = _date(dct_el.get("value") if dct_el is not None else None)
    text_el = root.find("TEXT")
    if text_el is None:
        raise FormatError(f"{path}: no <TEXT> element; expected the TempEval-3 TimeML layout")
    parts: list[str] = []
    timexes: list[GoldTimex] = []
    pos = 0

    def walk(el: ET.Element) -> None:
        nonlocal pos
        if el.text:
            parts.append(el.text)
            pos += len(el.text)
        for child in el:
            start = pos
            walk(child)
            if child.tag == "TIMEX3":
                t = "".join(parts)[start:pos]
                timexes.append(GoldTimex(start, pos, t, child.get("type", ""), child.get("value", "")))
            if child.tail:
                parts.append(child.tail)
                pos += len(child.tail)

    walk(text_el)
    doc_id = (root.findtext("DOCID") or path.stem).strip()
    return GoldDoc(doc_id, dct, "".join(parts), tuple(timexes))


def score(docs: Iterable[GoldDoc], keep_errors: bool = False) -> Scores:
    """Run `find_times` on each document and count matches as the TempEval-3 scorer does."""
    from saidwhat.timex import find_times

    s = Scores()
    t0 = time.perf_counter()
    for doc in docs:
        found = find_times(doc.text, doc.dct)
        s.docs += 1
        s.gold += len(doc.timexes)
        s.system += len(found)
        gold_spans = {(g.start, g.end) for g in doc.timexes}
        for t in found:
            if (t.start, t.end) in gold_spans:
                s.strict_sys += 1
            if any(t.start < g.end and g.start < t.end for g in doc.timexes):
                s.relaxed_sys += 1
            elif keep_errors:
                s.errors.append({"doc": doc.id, "kind": "spurious", "text": t.text, "type": t.type, "value": t.value})
        sys_spans = {(t.start, t.end) for t in found}
        for g in doc.timexes:
            if (g.start, g.end) in sys_spans:
                s.strict_gold += 1
            best, best_overlap = None, 0
            for t in found:
                ov = min(t.end, g.end) - max(t.start, g.start)
                if ov > best_overlap:
                    best, best_overlap = t, ov
            if best is None:
                if keep_errors:
                    s.errors.append({"doc": doc.id, "kind": "missed", "text": g.text, "type": g.type, "value": g.value})
                continue
            s.relaxed_gold += 1
            s.type_match += best.type == g.type
            s.value_match += best.value == g.value
            if keep_errors and (best.value != g.value or best.type != g.type or (best.start, best.end) != (g.start, g.end)):
                s.errors.append({"doc": doc.id, "kind": "value" if best.value != g.value else
                                 ("type" if best.type != g.type else "extent"),
                                 "text": g.text, "type": g.type, "value": g.value, "got_text": best.text,
                                 "got_type": best.type, "got_value": best.value, "dct": str(doc.dct)})
    s.seconds = time.perf_counter() - t0
    return s


def evaluate(path: str | Path, split: str = "all", keep_errors: bool = False) -> Scores:
    docs = load(path, split)
    if not docs:
        raise InputError(f"{path}: no documents in split {split!r}")
    return score(docs, keep_errors=keep_errors)


def format_table(s: Scores, title: str = "") -> str:
    f = s.figures()
    lines = []
    if title:
        lines.append(title)
    lines.append(f"documents {s.docs}  gold timexes {s.gold}  system timexes {s.system}  "
                 f"({s.seconds:.2f} s)")
    lines.append(f"{'':18}{'P':>8}{'R':>8}{'F1':>8}")
    lines.append(f"{'strict span':18}{f['strict_precision']:8.3f}{f['strict_recall']:8.3f}{f['strict_f1']:8.3f}")
    lines.append(f"{'relaxed span':18}{f['relaxed_precision']:8.3f}{f['relaxed_recall']:8.3f}{f['relaxed_f1']:8.3f}")
    lines.append(f"{'':18}{'accuracy':>10}{'F1':>8}")
    lines.append(f"{'type':18}{f['type_accuracy']:10.3f}{f['type_f1']:8.3f}")
    lines.append(f"{'value':18}{f['value_accuracy']:10.3f}{f['value_f1']:8.3f}")
    return "\n".join(lines)
