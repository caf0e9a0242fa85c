"""Tests of saidwhat.inputs: every bad-input case gets its own error, and good inputs become RawRecords."""
from __future__ import annotations

import datetime as dt
import gzip
import io
import json
from pathlib import Path

import pytest

from saidwhat.errors import (BinaryInputError, DateError, EmptyInputError, FormatError, InputError,
                             TooLargeError)
from saidwhat.inputs import (FORMATS, InputFailure, RawRecord, content_hash, decode, iter_records, parse_date,
                             read_record)

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
ARTICLE = "Varga says he will stay\n\nRuritanian President Anton Varga said on Friday he would not resign.\n"


def records(*args, **kwargs) -> list[RawRecord | InputFailure]:
    return list(iter_records(*args, **kwargs))


def only_failure(out: list) -> InputFailure:
    assert len(out) == 1 and isinstance(out[0], InputFailure), out
    return out[0]


# --- plain files --------------------------------------------------------------------------------------------

def test_txt_file(tmp_path: Path) -> None:
    p = tmp_path / "varga.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    [r] = records(str(p), published="2025-06-14")
    assert isinstance(r, RawRecord)
    assert (r.id, r.text, r.published, r.html, r.origin) == ("varga", ARTICLE, "2025-06-14", False, str(p))


def test_utf8_bom_is_stripped(tmp_path: Path) -> None:
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode())
    [r] = records(str(p))
    assert r.text == ARTICLE


def test_cp1252_file_is_decoded(tmp_path: Path) -> None:
    text = "Caf\u00e9 owners said the \u201cnew rules\u201d would cost \u20ac2,000 a year \u2013 too much.\n"
    p = tmp_path / "legacy.txt"
    p.write_bytes(text.encode("cp1252"))
    [r] = records(str(p))
    assert isinstance(r, RawRecord)
    assert r.text == text


def test_empty_file(tmp_path: Path) -> None:
    p = tmp_path / "empty.txt"
    p.write_text("  \n\n\t ", encoding="utf-8")
    f = only_failure(records(str(p)))
    assert isinstance(f.error, EmptyInputError) and "empty" in str(f.error)


def test_binary_file(tmp_path: Path) -> None:
    p = tmp_path / "blob.txt"
    p.write_bytes(bytes(range(256)) * 10)
    f = only_failure(records(str(p)))
    assert isinstance(f.error, BinaryInputError)
    assert "binary" in str(f.error)


def test_control_character_soup_is_binary() -> None:
    with pytest.raises(BinaryInputError):
        decode(bytes([1, 2, 3, 4, 5, 6, 7, 8, 65]) * 100, "x")


def test_too_large_is_checked_before_reading(tmp_path: Path) -> None:
    p = tmp_path / "big.txt"
    p.write_text(ARTICLE * 100, encoding="utf-8")
    f = only_failure(records(str(p), max_bytes=1000))
    assert isinstance(f.error, TooLargeError)
    assert "1,000" in str(f.error)


def test_gzip_bomb_is_too_large(tmp_path: Path) -> None:
    p = tmp_path / "big.jsonl.gz"
    p.write_bytes(gzip.compress((json.dumps({"text": "x" * 5000}) + "\n").encode() * 10))
    f = only_failure(records(str(p), max_bytes=20_000))
    assert isinstance(f.error, TooLargeError) and "decompressed" in str(f.error)


def test_unknown_extension(tmp_path: Path) -> None:
    p = tmp_path / "report.pdf"
    p.write_bytes(b"%PDF-1.4")
    f = only_failure(records(str(p)))
    assert isinstance(f.error, FormatError)
    assert "'.pdf'" in str(f.error) and "jsonl" in str(f.error)


def test_unknown_format_value_raises_at_once() -> None:
    with pytest.raises(FormatError) as e:
        iter_records("x.txt", fmt="docx")
    assert "docx" in str(e.value) and all(f in str(e.value) for f in FORMATS)


def test_missing_file_and_bad_glob(tmp_path: Path) -> None:
    f = only_failure(records(str(tmp_path / "nope.txt")))
    assert isinstance(f.error, InputError) and "no such file" in str(f.error)
    f = only_failure(records(str(tmp_path / "*.nothing")))
    assert "no files match" in str(f.error)


def test_no_sources() -> None:
    with pytest.raises(InputError):
        iter_records([])


# --- JSON and JSONL -------------------------------------------------------------------------------------------------

def test_jsonl_with_a_malformed_line_goes_on(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"a{i}", "text": ARTICLE, "date": "2025-06-14"}) for i in range(6)]
    lines.insert(6, '{"id": "bad", "text": "unterminated}')
    lines.append(json.dumps({"id": "b", "body": ARTICLE, "title": "T", "url": "https://x.example/1",
                             "publisher": {"name": "Veldt Herald"}}))
    p = tmp_path / "dump.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = records(str(p))
    assert len(out) == 8
    bad = out[6]
    assert isinstance(bad, InputFailure)
    assert isinstance(bad.error, FormatError)
    assert str(bad.error).startswith("not valid JSON (")
    assert bad.origin == f"{p}:7"
    last = out[7]
    assert isinstance(last, RawRecord)
    assert (last.id, last.title, last.url, last.source) == ("b", "T", "https://x.example/1", "Veldt Herald")
    assert out[0].published == "2025-06-14"


def test_json_record_without_text(tmp_path: Path) -> None:
    p = tmp_path / "one.json"
    p.write_text(json.dumps({"id": "x", "title": "No body"}), encoding="utf-8")
    f = only_failure(records(str(p)))
    assert isinstance(f.error, FormatError) and "articleBody" in str(f.error)


def test_json_list_and_html_key(tmp_path: Path) -> None:
    p = tmp_path / "list.json"
    p.write_text(json.dumps([{"text": ARTICLE}, {"html": "<p>Hi there.</p>"}, "oops"]), encoding="utf-8")
    out = records(str(p), published="2025-06-20")
    assert [type(r).__name__ for r in out] == ["RawRecord", "RawRecord", "InputFailure"]
    assert out[0].id == "list-1" and out[0].published == "2025-06-20"
    assert out[1].html is True
    assert out[2].origin.endswith("#3")


def test_bad_date_in_record(tmp_path: Path) -> None:
    p = tmp_path / "d.jsonl"
    p.write_text(json.dumps({"text": ARTICLE, "published": "soon"}) + "\n", encoding="utf-8")
    f = only_failure(records(str(p)))
    assert isinstance(f.error, DateError) and "'soon'" in str(f.error)


def test_iso_timestamp_in_record(tmp_path: Path) -> None:
    p = tmp_path / "d.jsonl.gz"
    p.write_bytes(gzip.compress((json.dumps({"text": ARTICLE, "date": "1987-02-26T15:01:01"}) + "\n").encode()))
    [r] = records(str(p))
    assert r.published == "1987-02-26" and r.id == "d-1"


# --- stdin, directories, globs ------------------------------------------------------------------------------------------

def test_stdin_text() -> None:
    [r] = records("-", stdin=io.BytesIO(ARTICLE.encode()), published="2025-06-14")
    assert r.text == ARTICLE and r.id == "stdin" and r.origin == "-"


def test_stdin_jsonl_is_sniffed() -> None:
    data = "\n".join(json.dumps({"id": str(i), "text": ARTICLE}) for i in range(3)).encode()
    out = records("-", stdin=io.BytesIO(data))
    assert [r.id for r in out] == ["0", "1", "2"]


def test_stdin_html_is_sniffed() -> None:
    [r] = records("-", stdin=io.BytesIO(b"<!DOCTYPE html><html><body><p>Hello.</p></body></html>"))
    assert r.html is True


def test_stdin_empty() -> None:
    f = only_failure(records("-", stdin=io.BytesIO(b"")))
    assert isinstance(f.error, EmptyInputError)


def test_stdin_stream_through_the_real_sys_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.TextIOWrapper(io.BytesIO(ARTICLE.encode()), encoding="utf-8")
    monkeypatch.setattr("sys.stdin", fake)
    [r] = records("-")
    assert r.text == ARTICLE


def test_directory_walk_and_glob(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sub" / "b.html").write_text("<html><body><p>Hi.</p></body></html>", encoding="utf-8")
    (tmp_path / "sub" / "c.jsonl").write_text(json.dumps({"text": ARTICLE}) + "\n", encoding="utf-8")
    (tmp_path / "a.expected.json").write_text("[]", encoding="utf-8")  # gold sidecar: skipped
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")                      # other types: skipped in a walk
    (tmp_path / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")
    out = records(str(tmp_path))
    assert [Path(r.origin).name for r in out] == ["a.txt", "b.html", "c.jsonl:1"]
    out = records(str(tmp_path / "**" / "*.txt"))
    assert [Path(r.origin).name for r in out] == ["a.txt"]


def test_examples_directory_reads_cleanly() -> None:
    if not (EXAMPLES / "dump.jsonl").exists():
        pytest.skip("examples not written yet")
    out = records(str(EXAMPLES))
    assert all(isinstance(r, RawRecord) for r in out), [str(r) for r in out if isinstance(r, InputFailure)]
    ids = [r.id for r in out]
    assert "ceasefire" in ids and "second" in ids and len(ids) == len(set(ids))


def test_read_record_raises_the_failure(tmp_path: Path) -> None:
    p = tmp_path / "e.txt"
    p.write_text("", encoding="utf-8")
    with pytest.raises(EmptyInputError):
        read_record(str(p))


# --- dates and hashes -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("s,expected", [
    ("2025-03-16", dt.date(2025, 3, 16)),
    ("2025-03-16T08:00:00Z", dt.date(2025, 3, 16)),
    ("16 March 2025", dt.date(2025, 3, 16)),
    ("March 16, 2025", dt.date(2025, 3, 16)),
    ("  2024-02-29 ", dt.date(2024, 2, 29)),
])
def test_parse_date_good(s: str, expected: dt.date) -> None:
    assert parse_date(s) == expected


@pytest.mark.parametrize("s", ["2025-02-30", "garbage", "", "March 2025", "16 March", "2025-13-01", "tomorrow",
                               "31 February 2025", "12345678901234567890"])
def test_parse_date_bad(s: str) -> None:
    with pytest.raises(DateError) as e:
        parse_date(s)
    assert f"bad --date '{s}'" in str(e.value) and "YYYY-MM-DD" in str(e.value)


def test_bad_published_raises_before_reading() -> None:
    with pytest.raises(DateError):
        iter_records("-", published="2025-02-30")


def test_content_hash_normalises_whitespace_and_bom() -> None:
    a = content_hash("Hello  world.\r\nNext line.")
    assert a == content_hash("\ufeffHello world.\nNext line.  ")
    assert a != content_hash("Hello world. Next line!")
    assert len(a) == 64


def test_cp1251_file_is_not_forced_to_cp1252(tmp_path: Path) -> None:
    text = "Президент Антон Варга заявил в пятницу, что не уйдет в отставку.\n"
    p = tmp_path / "ru.txt"
    p.write_bytes(text.encode("cp1251"))
    [r] = records(str(p))
    assert r.text == text


def test_latin1_french(tmp_path: Path) -> None:
    text = "Le président a déclaré vendredi qu'il ne démissionnerait pas, selon l'agence.\n"
    p = tmp_path / "fr.txt"
    p.write_bytes(text.encode("latin-1"))
    [r] = records(str(p))
    assert r.text == text


def test_explicit_format_overrides_extension(tmp_path: Path) -> None:
    p = tmp_path / "notes.log"
    p.write_text(ARTICLE, encoding="utf-8")
    f = only_failure(records(str(p)))
    assert isinstance(f.error, FormatError) and "'.log'" in str(f.error)
    [r] = records(str(p), fmt="txt")
    assert r.text == ARTICLE


def test_gz_name_without_gzip_content(tmp_path: Path) -> None:
    p = tmp_path / "x.jsonl.gz"
    p.write_text(json.dumps({"text": ARTICLE}), encoding="utf-8")
    f = only_failure(records(str(p)))
    assert isinstance(f.error, FormatError) and "not gzip" in str(f.error)


def test_corrupt_gzip(tmp_path: Path) -> None:
    p = tmp_path / "x.jsonl.gz"
    p.write_bytes(gzip.compress(b'{"text": "hello there"}\n')[:-12])
    f = only_failure(records(str(p)))
    assert isinstance(f.error, FormatError) and "gzip" in str(f.error)


def test_pretty_printed_json_object_on_stdin() -> None:
    data = json.dumps({"id": "p", "text": ARTICLE, "title": "T"}, indent=2).encode()
    [r] = records("-", stdin=io.BytesIO(data))
    assert r.id == "p" and r.title == "T"


def test_html_file_is_marked_html() -> None:
    page = EXAMPLES / "page.html"
    if not page.exists():
        pytest.skip("examples/page.html not written yet")
    [r] = records(str(page))
    assert r.html and r.id == "page" and "<article>" in r.text
