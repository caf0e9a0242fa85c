"""The `saidwhat read` shell: formats, the output contract, and one clean line for every bad input."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from conftest import EXAMPLES, ROOT

pytestmark = pytest.mark.model
SCHEMA = json.loads((ROOT / "docs" / "schema" / "saidwhat-1.json").read_text())


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    """Run the CLI in this process (the model loads once for the whole module) with byte streams."""
    from saidwhat.cli import main

    out, err = io.BytesIO(), io.BytesIO()
    old = sys.stdin, sys.stdout, sys.stderr
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin or b""), encoding="utf-8")
    sys.stdout = io.TextIOWrapper(out, encoding="utf-8", write_through=True)
    sys.stderr = io.TextIOWrapper(err, encoding="utf-8", write_through=True)
    wrappers = sys.stdin, sys.stdout, sys.stderr
    try:
        code = main(list(args))
    finally:
        sys.stdin, sys.stdout, sys.stderr = old
        for w in wrappers:
            w.flush() if w is not wrappers[0] else None
            w.detach()  # keep the BytesIO open after the wrapper is collected
    return subprocess.CompletedProcess(args, code, out.getvalue(), err.getvalue())


def test_real_process_prints_no_traceback(tmp_path):
    f = tmp_path / "bin.dat"
    f.write_bytes(b"\x00\xff" * 100)
    exe = Path(sys.executable).with_name("saidwhat")
    r = subprocess.run([str(exe), "read", str(f)], capture_output=True, timeout=120)
    assert r.returncode == 2 and b"Traceback" not in r.stderr and len(r.stderr.splitlines()) == 1


@pytest.fixture(scope="module")
def example_json():
    r = run("read", str(EXAMPLES / "ceasefire.txt"), "--date", "2025-06-14", "--format", "json")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_json_validates_against_schema(example_json):
    jsonschema.validate(example_json, SCHEMA)
    assert example_json["schema"] == "saidwhat/1"
    text = example_json["document"]["text"]
    for s in example_json["statements"]:
        for key in ("speaker", "cue", "content", "addressee"):
            span = s[key]
            if span:
                assert text[span["start"]:span["end"]] == span["text"]


def test_removed_offsets_index_the_input(example_json):
    raw = (EXAMPLES / "ceasefire.txt").read_text(encoding="utf-8")
    assert example_json["removed"], "debris expected in the bundled example"
    for r in example_json["removed"]:
        assert raw[r["start"]:r["end"]] == r["text"]


def test_python_api_matches_cli(example_json):
    import saidwhat

    art = saidwhat.read((EXAMPLES / "ceasefire.txt").read_text(encoding="utf-8"), published="2025-06-14")
    assert art.to_dict()["statements"] == example_json["statements"]
    assert art.statements[0].speaker.name == "Anton Varga"


def test_jsonl_from_stdin_one_line_per_article():
    lines = (EXAMPLES / "dump.jsonl").read_bytes()
    r = run("read", "-", "--format", "jsonl", stdin=lines)
    assert r.returncode == 0, r.stderr
    out = [json.loads(x) for x in r.stdout.decode().splitlines()]
    assert len(out) == len(lines.decode().strip().splitlines())
    for art in out:
        jsonschema.validate(art, SCHEMA)


def test_csv_one_row_per_statement(example_json):
    r = run("read", str(EXAMPLES / "ceasefire.txt"), "--date", "2025-06-14", "--format", "csv")
    assert r.returncode == 0
    rows = list(csv.DictReader(io.StringIO(r.stdout.decode())))
    assert len(rows) == len(example_json["statements"])
    assert rows[0]["speaker"] == example_json["statements"][0]["speaker"]["name"]


def test_html_page(tmp_path):
    r = run("read", str(EXAMPLES / "page.html"), "--format", "json")
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert d["statements"], "the bundled page has statements"
    assert "<" not in d["document"]["text"][:200]


def test_table_is_the_default_on_a_terminal_and_prints_speakers():
    r = run("read", str(EXAMPLES / "ceasefire.txt"), "--date", "2025-06-14", "--format", "table")
    assert r.returncode == 0
    assert "Anton Varga" in r.stdout.decode()


def test_spacy_component(nlp):
    import spacy

    from saidwhat.nlp.pipeline import load

    nlp2 = load(with_component=True)
    doc = nlp2("“We will not give up the port,” the rebel commander Pavel Danko said on Friday.")
    assert doc._.statements and doc._.statements[0].speaker.name == "Pavel Danko"
    assert "saidwhat" in spacy.registry.factories.get_all() or nlp2.has_pipe("saidwhat")


@pytest.mark.parametrize("content,args,needle", [
    (b"", [], "empty"),
    (b"\x00\x01\x02\x03binary\x00\xff" * 50, [], "binary"),
    (b"A" * 5000, ["--max-bytes", "1000"], "larger"),
    (None, ["--date", "2025-02-30"], "date"),
    (None, ["--format", "pdf"], "format"),
    (None, ["--input-format", "docx"], "format"),
])
def test_bad_input_one_line_exit_2(tmp_path, content, args, needle):
    f = tmp_path / "in.txt"
    f.write_bytes(content if content is not None else b"The minister said the port would reopen on Friday.")
    r = run("read", str(f), *args)
    err = r.stderr.decode()
    assert r.returncode == 2, (r.returncode, err)
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    assert needle in err.lower()


def test_missing_file_is_one_line(tmp_path):
    r = run("read", str(tmp_path / "nope.txt"))
    assert r.returncode == 2 and "Traceback" not in r.stderr.decode()


def test_non_utf8_is_decoded(tmp_path):
    f = tmp_path / "latin.txt"
    f.write_bytes("The café owner said prices would rise next week, according to Mr Müller.".encode("cp1252"))
    r = run("read", str(f), "--format", "json")
    assert r.returncode == 0, r.stderr
    assert "Müller" in json.loads(r.stdout)["document"]["text"]


def test_malformed_jsonl_line_reports_line_and_goes_on(tmp_path):
    f = tmp_path / "dump.jsonl"
    f.write_text('{"id": "a", "text": "The mayor said the bridge would reopen."}\n{not json\n'
                 '{"id": "b", "text": "Police said two men were arrested."}\n', encoding="utf-8")
    r = run("read", str(f), "--format", "jsonl")
    assert r.returncode == 2
    assert len(r.stdout.decode().splitlines()) == 2
    err = r.stderr.decode()
    assert f"{f}:2: not valid JSON" in err and "Traceback" not in err  # the line number, said once
    assert err.count(":2") == 1


def test_jobs_2_reads_the_same_as_one_job_in_input_order(tmp_path):
    import json as _json

    lines = [_json.dumps({"id": f"n{i}", "text": f"Mayor Ana Ruiz{i} said the bridge {i} would reopen. "
                                                 f"\u201cWe are ready,\u201d she said."}) for i in range(10)]
    f = tmp_path / "many.jsonl"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    one = run("read", str(f), "--format", "jsonl")
    two = run("read", str(f), "--format", "jsonl", "--jobs", "2")
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout
    assert [_json.loads(x)["document"]["id"] for x in two.stdout.splitlines()] == [f"n{i}" for i in range(10)]
