"""`saidwhat claims|conflicts|positions` on files and on a store, and `saidwhat eval fnc1`, run in-process."""
from __future__ import annotations

import csv
import json

import pytest

from conftest import EXAMPLES, shared_path
from corpus_kit import article, h
from saidwhat.cli import main

ZEL = {"Volodymyr Zelensky": ("e1", "Volodymyr Zelensky", "person", ["Mr Zelensky"])}
PUTIN = {"Vladimir Putin": ("e2", "Vladimir Putin", "person", ["Mr Putin"])}
KREMLIN = {"Kremlin": ("e3", "Russia", "country", ["Moscow", "the Kremlin"])}


@pytest.fixture()
def db(tmp_path):
    """A small store: a siege claim with sides, a demand later rejected, an undated article."""
    from saidwhat.store import open_store

    arts = [
        article("kyiv-1", [("Volodymyr Zelensky", "Our troops in Sudzha are not encircled by the enemy", "assert")],
                published="2025-03-08", actors=ZEL, said_on="2025-03-08"),
        article("moscow-1", [("Vladimir Putin", "Ukrainian troops in Sudzha are completely surrounded", "assert"),
                             ("Kremlin", "Kyiv must withdraw its troops from the four regions before any talks", "demand")],
                published="2025-03-12", actors={**PUTIN, **KREMLIN}, said_on="2025-03-12",
                tail="Grain traders in three ports followed the briefing closely on their screens until late."),
        article("moscow-2", [("Kremlin", "Kyiv must withdraw its troops from the four regions before any talks", "demand")],
                published="2025-02-20", actors=KREMLIN, said_on="2025-02-20",
                tail="Fuel prices in the capital rose for a third week as drivers queued at stations overnight."),
        article("undated", [("Harbour union", "the port will close on Monday", "warn")], published=None,
                tail="Shipping agents said the harbour master had not yet replied to the union's letter."),
    ]
    path = tmp_path / "t.db"
    with open_store(str(path), aliases=None) as st:
        for a in arts:
            assert st.ingest(a, content_hash=h(a), origin=a.document.id).status == "added"
    return str(path)


def run(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_conflicts_from_store_json(db, capsys):
    code, out, _ = run(capsys, "conflicts", "--db", db, "--format", "json")
    assert code == 0
    found = json.loads(out)
    assert len(found) == 1
    x = found[0]
    assert x["kind"] == "contradiction" and "negation" in x["reasons"]
    assert x["side_a"]["speakers"] == ["Vladimir Putin"] and x["side_b"]["speakers"] == ["Volodymyr Zelensky"]


def test_conflicts_since_filters_by_statement_date(db, capsys):
    code, out, _ = run(capsys, "conflicts", "--db", db, "--since", "2025-03-10", "-f", "jsonl")
    assert code == 0 and out.strip() == ""  # Zelensky's denial is older: no pair left
    code, out, _ = run(capsys, "conflicts", "--db", db, "--since", "2025-03-01", "-f", "jsonl")
    assert len(out.strip().splitlines()) == 1


def test_claims_topic_and_table(db, capsys):
    code, out, _ = run(capsys, "claims", "--db", db, "--topic", "Sudzha", "-f", "json")
    assert code == 0
    (c,) = json.loads(out)
    assert c["supporters"] == ["Vladimir Putin"] and c["deniers"] == ["Volodymyr Zelensky"]
    assert (c["first_date"], c["last_date"]) == ("2025-03-08", "2025-03-12")
    code, out, _ = run(capsys, "claims", "--db", db)
    assert code == 0 and "claim(s)" in out
    code, out, _ = run(capsys, "claims", "--db", db, "--min-statements", "1", "-f", "jsonl")
    assert len(out.strip().splitlines()) == 3  # siege, the twice-made demand, the undated warning


def test_positions_from_store(db, capsys):
    code, out, _ = run(capsys, "positions", "Russia", "--db", db, "-f", "json")
    assert code == 0
    ps = json.loads(out)
    assert [(p["kind"], p["date"], p["change"]) for p in ps] == [("demand", "2025-02-20", "new"),
                                                                  ("demand", "2025-03-12", "repeated")]
    assert ps[0]["actor"] == "Russia"
    code, _, err = run(capsys, "positions", "Nobody Known", "--db", db)
    assert code == 2 and "no actor" in err and "Traceback" not in err


def test_conflicts_table_says_when_its_dates_are_the_days_of_the_report(capsys):
    """The "dates" of a conflict whose statements carry only their article's publication date say "(reported)";
    the JSON says it per statement (date_from)."""
    import csv
    import io

    args = ("conflicts", str(EXAMPLES / "ceasefire.txt"), "--date", "2025-06-14")
    code, out, _ = run(capsys, *args, "-f", "json")
    only_published = [not any(r["date_from"] == "said" for side in ("side_a", "side_b") for r in x[side]["statements"])
                      for x in json.loads(out)]
    code, out, _ = run(capsys, *args, "-f", "csv")
    assert code == 0
    marked = [r["dates"].endswith(" (reported)") for r in csv.DictReader(io.StringIO(out))]
    assert marked == only_published and any(marked)


def test_empty_store_is_clear(tmp_path, capsys):
    from saidwhat.store import open_store

    path = str(tmp_path / "empty.db")
    with open_store(path, aliases=None):
        pass
    code, out, _ = run(capsys, "conflicts", "--db", path, "-f", "json")
    assert code == 0 and json.loads(out) == []
    code, out, _ = run(capsys, "claims", "--db", path)
    assert code == 0 and "0 claim(s)" in out


def test_bad_input_is_one_line(tmp_path, capsys, db):
    code, _, err = run(capsys, "conflicts", str(tmp_path / "missing.txt"))
    assert code == 2 and err.startswith("saidwhat: error:") and "Traceback" not in err
    code, _, err = run(capsys, "conflicts", "--db", db, "--format", "xml")
    assert code == 2 and "xml" in err
    code, _, err = run(capsys, "claims", "--db", db, "--since", "yesterday-ish")
    assert code == 2
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    code, _, err = run(capsys, "conflicts", str(empty))
    assert code == 2 and err.count("\n") == 1


@pytest.mark.model
def test_conflicts_on_the_shared_example(capsys):
    path = shared_path("example", "article.txt")
    code, out, _ = run(capsys, "conflicts", str(path), "--date", "2025-03-16", "-f", "json")
    assert code == 0
    pairs = {(tuple(x["side_a"]["speakers"]), tuple(x["side_b"]["speakers"])) for x in json.loads(out)}
    assert (("Vladimir Putin",), ("Ukraine",)) in pairs
    assert any("Donald Trump" in a and "Volodymyr Zelensky" in b for a, b in pairs)


@pytest.mark.model
def test_positions_on_own_example_table(capsys):
    code, out, _ = run(capsys, "positions", "Anton Varga", str(EXAMPLES / "ceasefire.txt"), "--date", "2025-06-14")
    assert code == 0 and "position(s) of Anton Varga" in out and "condition" in out


def test_eval_fnc1_on_a_small_set(tmp_path, capsys):
    """Our own tiny set in the official layout (a test-style pair of files: all of it is scored)."""
    from saidwhat.claims.stance import DEFAULT_PATH

    if not DEFAULT_PATH.is_file():
        pytest.skip("no shipped stance model (make train)")
    d = tmp_path / "fnc"
    d.mkdir()
    with open(d / "competition_test_bodies.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["Body ID", "articleBody"])
        w.writerow([1, "The city council voted on Tuesday to close the old bridge for repairs. Engineers found "
                       "cracks in two of its supports. The bridge will stay closed for six months."])
        w.writerow([2, "A local bakery won a national prize for its rye bread. The owner said the recipe came "
                       "from her grandmother."])
    with open(d / "competition_test_stances.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["Headline", "Body ID", "Stance"])
        w.writerow(["Council closes old bridge for repairs", 1, "agree"])
        w.writerow(["Bakery wins national bread prize", 1, "unrelated"])
        w.writerow(["Old bridge to stay open, council says", 2, "unrelated"])
    out_csv = tmp_path / "pred.csv"
    code, out, _ = run(capsys, "eval", "fnc1", str(d), "--out", str(out_csv), "-f", "json")
    assert code == 0
    d = json.loads(out)
    assert d["n"] == 3 and 0 <= d["percent"] <= 100 and set(d["f1"]) == {"agree", "disagree", "discuss", "unrelated"}
    rows = list(csv.reader(open(out_csv)))
    assert rows[0] == ["Headline", "Body ID", "Stance"] and len(rows) == 4
    assert {r[2] for r in rows[1:]} <= {"agree", "disagree", "discuss", "unrelated"}


def test_eval_fnc1_bad_directory(tmp_path, capsys):
    code, _, err = run(capsys, "eval", "fnc1", str(tmp_path))
    assert code == 2 and "no FNC-1 layout" in err


def test_conflicts_below_the_report_floor_are_hidden_unless_asked(db, capsys, monkeypatch):
    """Hand checks found few right conflicts under confidence 0.6, so users see them only when they ask."""
    import dataclasses

    import saidwhat.claims as C

    real = C.conflicts

    def with_weak(found):
        xs = real(found)
        return xs + [dataclasses.replace(x, id=x.id + "-weak", confidence=C.REPORT_FLOOR - 0.05) for x in xs]

    monkeypatch.setattr(C, "conflicts", with_weak)
    code, out, _ = run(capsys, "conflicts", "--db", db, "-f", "json")
    shown = json.loads(out)
    assert code == 0 and shown and all(x["confidence"] >= C.REPORT_FLOOR for x in shown)
    code, out, _ = run(capsys, "conflicts", "--db", db, "-f", "json", "--min-confidence", "0")
    every = json.loads(out)
    assert len(every) == 2 * len(shown)


def test_eval_fnc1_scores_the_test_files_when_a_directory_has_both(tmp_path, capsys):
    """The official repository holds the training and the competition test files side by side: an evaluation
    scores the test set (and says so); `--split train` still reads the training files."""
    from saidwhat.claims.stance import DEFAULT_PATH

    if not DEFAULT_PATH.is_file():
        pytest.skip("no shipped stance model (make train)")
    d = tmp_path / "fnc"
    d.mkdir()
    for stem, n in (("train", 4), ("competition_test", 2)):
        with open(d / f"{stem}_bodies.csv", "w", newline="") as f:
            w = csv.writer(f)
            w.writerow(["Body ID", "articleBody"])
            for i in range(n):
                w.writerow([i, f"The ferry to the island number {i} was cancelled because of the storm on Monday."])
        with open(d / f"{stem}_stances.csv", "w", newline="") as f:
            w = csv.writer(f)
            w.writerow(["Headline", "Body ID", "Stance"])
            for i in range(n):
                w.writerow([f"Storm cancels island ferry {i}", i, "agree"])
    code, out, _ = run(capsys, "eval", "fnc1", str(d), "-f", "json")
    assert code == 0
    got = json.loads(out)
    assert got["n"] == 2 and got["stances"] == "competition_test_stances.csv"
    code, out, _ = run(capsys, "eval", "fnc1", str(d), "--split", "train", "-f", "json")
    got = json.loads(out)
    assert code == 0 and got["stances"] == "train_stances.csv, train split" and got["n"] >= 1
