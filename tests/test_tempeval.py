"""The TempEval-3 scorer (loading .tml and .jsonl, the TE3 metrics), the CLI command, and the floors
that our dev-split scores must not drop below."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from saidwhat.cli import main
from saidwhat.errors import FormatError, InputError
from saidwhat.eval import tempeval as te

from conftest import shared_path

FIXTURE = Path(__file__).parent / "fixtures" / "tempeval" / "mini.tml"
FLOORS = Path(__file__).parent / "floors" / "tempeval.json"


def test_tml_loader_reads_dct_text_and_offsets():
    (doc,) = te.load(FIXTURE)
    assert doc.id == "MINI_0001"
    assert doc.dct == dt.date(2025, 3, 13)
    assert doc.text.startswith("\nThe harbour board said today")
    assert [(t.text, t.type, t.value) for t in doc.timexes] == [
        ("today", "DATE", "2025-03-13"), ("next week", "DATE", "2025-W12"), ("three weeks", "DURATION", "P3W"),
        ("its fourth quarter", "DATE", "2024-Q4"), ("every afternoon", "SET", "P1D")]
    for t in doc.timexes:
        assert doc.text[t.start:t.end] == t.text


def test_scores_on_the_fixture_follow_te3_definitions():
    s = te.score(te.load(FIXTURE))
    # system: today, next week, three weeks, fourth quarter (inside "its fourth quarter"), every afternoon
    assert (s.gold, s.system) == (5, 5)
    assert (s.relaxed_gold, s.relaxed_sys) == (5, 5)
    assert (s.strict_gold, s.strict_sys) == (4, 4)  # "fourth quarter" is only a relaxed match
    f = s.figures()
    assert f["strict_f1"] == pytest.approx(0.8)
    assert f["relaxed_f1"] == pytest.approx(1.0)
    assert f["value_f1"] == pytest.approx(f["value_accuracy"] * f["relaxed_f1"])


def test_attribute_f1_is_accuracy_times_relaxed_f1():
    s = te.Scores(gold=10, system=8, relaxed_gold=6, relaxed_sys=6, value_match=3, type_match=6)
    f = s.figures()
    p, r = 6 / 8, 6 / 10
    assert f["relaxed_f1"] == pytest.approx(2 * p * r / (p + r))
    assert f["value_accuracy"] == pytest.approx(0.5)
    # the scorer's attribute precision/recall are accuracy-scaled relaxed precision/recall
    ap, ar = 0.5 * p, 0.5 * r
    assert f["value_f1"] == pytest.approx(2 * ap * ar / (ap + ar))
    assert f["type_f1"] == pytest.approx(f["relaxed_f1"])


def test_jsonl_loader_and_split(tmp_path):
    rows = [{"id": f"doc{i}", "dct": "2025-03-13", "text": "It rained today.",
             "timexes": [{"tid": "t1", "text": "today", "start": 10, "end": 15, "type": "DATE", "value": "2025-03-13"}]}
            for i in range(20)]
    path = tmp_path / "x.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    every = te.load(path)
    dev, train = te.load(path, "dev"), te.load(path, "train")
    assert len(every) == 20 and len(dev) + len(train) == 20
    assert {d.id for d in dev} == {d.id for d in every if te.in_dev(d.id)}
    assert te.score(every).figures()["value_f1"] == 1.0


def test_bad_inputs_raise_clear_errors(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        te.load(tmp_path / "missing")
    with pytest.raises(InputError, match="no .jsonl or .tml"):
        te.load(tmp_path)
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(FormatError, match="bad.jsonl:1"):
        te.load(bad)
    bad_xml = tmp_path / "bad.tml"
    bad_xml.write_text("<TimeML><TEXT>unclosed", encoding="utf-8")
    with pytest.raises(FormatError, match="well-formed"):
        te.load(bad_xml)
    with pytest.raises(FormatError, match="split"):
        te.load(FIXTURE, "test")


def test_cli_eval_tempeval_json(capsys):
    assert main(["eval", "tempeval", str(FIXTURE), "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["gold"] == 5 and out["relaxed_f1"] == 1.0


def test_cli_eval_tempeval_table_and_errors(capsys):
    assert main(["eval", "tempeval", str(FIXTURE)]) == 0
    assert "relaxed span" in capsys.readouterr().out
    assert main(["eval", "tempeval", str(FIXTURE), "--format", "xml"]) == 2
    assert "unknown output format" in capsys.readouterr().err


def test_dev_split_scores_stay_above_floors():
    """Our documented dev split (crc32(id) % 5 == 0) of the TempEval-3 training data; floors in tests/floors."""
    data = shared_path("data", "tempeval3", "train")
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    for split, mins in floors["splits"].items():
        s = te.evaluate(data, split)
        got = s.figures()
        low = {k: (round(got[k], 4), v) for k, v in mins.items() if got[k] < v}
        assert not low, f"{split}: below floor (got, floor): {low}"
        assert s.seconds < floors["max_seconds"][split], f"{split}: find_times took {s.seconds:.2f} s"
