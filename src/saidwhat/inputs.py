"""Reading what users feed saidwhat: files, directories, globs and stdin, in text, HTML and JSON forms.

Why a module of its own: every shell (CLI, REST, ingest) must turn the same messy inputs into the same
`RawRecord`s and reject bad input with the same clear errors. A problem with one file or one JSON line
becomes an `InputFailure` (yielded, so the rest is still read); a problem with the request itself (an
unsupported `fmt`, a bad `published` date) raises at once.

Formats: txt (also .text, .md), html (.html, .htm, .xhtml), json (one object or a list of objects),
jsonl (.jsonl, .ndjson), each optionally gzip-compressed (.gz). "auto" picks by extension, and sniffs
content without one (stdin): "[" -> json, "{" -> json or jsonl, "<tag" -> html, otherwise txt.
In a directory walk, files of other extensions, hidden files and gold sidecars (`*.expected.json`) are skipped.
"""
from __future__ import annotations

import datetime as dt
import glob as _glob
import gzip
import hashlib
import io
import json
import os
import re
import sys
import unicodedata
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .errors import (BinaryInputError, DateError, DecodeError, EmptyInputError, FormatError, InputError,
                     SaidwhatError, TooLargeError)

#: Values of `fmt` (and `--format`) that `iter_records` accepts.
FORMATS: tuple[str, ...] = ("auto", "txt", "html", "json", "jsonl")
_EXT = {
    ".txt": "txt", ".text": "txt", ".md": "txt",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
}
#: Keys of a JSON record holding the article text, in order of preference ("html" holds markup).
TEXT_KEYS: tuple[str, ...] = ("text", "body", "content", "articleBody", "article")
DATE_KEYS: tuple[str, ...] = ("published", "date", "datePublished", "published_at", "pubdate")
SOURCE_KEYS: tuple[str, ...] = ("source", "publisher", "site", "outlet")
DEFAULT_MAX_BYTES = 50_000_000
# Share of control characters above which decoded text is called binary. 5 %: real articles (including
# cp1252 files and the BBC/Reuters sets) have none besides \t \n \r \f; random bytes decode to ~12 % C0/C1.
_CONTROL_MAX = 0.05
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_SUPPORTED = "txt, html/htm, json, jsonl (optionally .gz)"


@dataclass(frozen=True, slots=True)
class RawRecord:
    """One article as given, before cleaning. `html` says `text` is markup; `origin` is "path:line"."""

    id: str
    text: str
    title: str | None
    published: str | None
    url: str | None
    source: str | None
    html: bool
    origin: str


@dataclass(frozen=True, slots=True)
class InputFailure:
    """One file or record that could not be read; reading goes on with the rest."""

    origin: str
    error: SaidwhatError

    def __str__(self) -> str:
        return f"{self.origin}: {self.error}"


# --- dates and hashes ---------------------------------------------------------------------------------------

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_STAMP = re.compile(r"(\d{4}-\d{2}-\d{2})[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?")


def parse_date(s: str, *, what: str = "--date") -> dt.date:
    """A date the user gave: ISO "2025-03-16" (or an ISO timestamp), or a common written form
    ("16 March 2025", "March 16, 2025") via dateparser with strict settings (day, month and year required).

    Raises DateError for garbage and impossible dates (2025-02-30); never guesses a missing part.
    """
    if isinstance(s, dt.datetime):
        return s.date()
    if isinstance(s, dt.date):
        return s
    text = str(s).strip()
    bad = DateError(f"bad {what} '{s}': expected YYYY-MM-DD")
    if not text or len(text) > 64:
        raise bad
    iso = _ISO_DAY.fullmatch(text) or _ISO_STAMP.fullmatch(text)
    if iso:
        try:
            return dt.date.fromisoformat(iso.group(1) if iso.re is _ISO_STAMP else text)
        except ValueError:
            raise DateError(f"bad {what} '{s}': no such day; expected YYYY-MM-DD") from None
    if not re.search(r"\d{4}", text) or not re.search(r"[A-Za-z]{3}|\d{1,2}[/.]\d{1,2}", text):
        raise bad
    import dateparser  # lazy: ~0.2 s to import, needed only for written-out dates

    try:
        got = dateparser.parse(text, languages=["en"], settings={
            "STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"],
            "DATE_ORDER": "DMY", "RETURN_AS_TIMEZONE_AWARE": False,
        })
    except Exception:  # dateparser raises assorted errors on odd input
        got = None
    if got is None:
        raise bad
    return got.date()


def content_hash(text: str) -> str:
    """sha256 (hex) of the text with Unicode (NFC), whitespace and BOM normalised: the same article pasted
    twice, re-wrapped or with CRLF line ends, hashes the same, so ingest is idempotent."""
    norm = unicodedata.normalize("NFC", text.replace("\ufeff", ""))
    norm = " ".join(norm.split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


# --- bytes -> text ------------------------------------------------------------------------------------------------

def decode(data: bytes, origin: str = "input") -> str:
    """Bytes to text: UTF-8 (BOM stripped), UTF-16 with a BOM, else the encoding charset_normalizer finds
    (cp1252 when it finds none). Raises BinaryInputError, DecodeError or EmptyInputError."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DecodeError(f"{origin}: has a UTF-16 byte-order mark but is not valid UTF-16 "
                              f"({exc.reason})") from None
    else:
        if b"\x00" in data[:65536]:
            raise BinaryInputError(f"{origin}: looks binary (NUL bytes); give text, HTML or JSON ({_SUPPORTED})")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = _decode_legacy(data, origin)
    if not text.strip():
        raise EmptyInputError(f"{origin}: is empty (no text)")
    sample = text[:65536]
    if len(_CONTROL.findall(sample)) > _CONTROL_MAX * len(sample):
        raise BinaryInputError(f"{origin}: looks binary (mostly control characters); give text, HTML or JSON "
                               f"({_SUPPORTED})")
    return text


def _decode_legacy(data: bytes, origin: str) -> str:
    """Non-UTF-8 bytes: the encoding charset_normalizer finds, preferring cp1252 whenever it is a plausible
    candidate. On short Western texts charset_normalizer ranks DOS code pages (cp775, cp850) first with
    chaos 0.0 vs ~0.03 for cp1252, but cp1252 is what legacy news files use; a chaos margin of 0.1 keeps
    that preference from overriding a clear winner (e.g. cp1251 for Cyrillic, where cp1252 is no candidate)."""
    from charset_normalizer import from_bytes  # lazy: installed with requests/trafilatura

    matches = list(from_bytes(data[:1_000_000]))
    encodings: list[str] = []
    if matches:
        best = matches[0]
        if any("cp1252" in m.could_be_from_charset and m.chaos <= best.chaos + 0.1 for m in matches):
            encodings.append("cp1252")
        encodings.append(best.encoding)
    encodings.append("cp1252")
    for enc in dict.fromkeys(encodings):
        try:
            return data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    raise DecodeError(f"{origin}: is not UTF-8 and no other encoding fits (tried {', '.join(encodings)}); "
                      "save it as UTF-8")


def _read_limited(f: BinaryIO, max_bytes: int, origin: str, what: str = "") -> bytes:
    data = f.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise TooLargeError(f"{origin}: is larger than the limit of {max_bytes:,} bytes{what}; "
                            "split it or raise max_bytes (--max-bytes)")
    return data


def _gunzip(data: bytes, max_bytes: int, origin: str) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as g:
            return _read_limited(g, max_bytes, origin, " once decompressed")
    except (OSError, EOFError, zlib.error) as exc:
        raise FormatError(f"{origin}: is not valid gzip ({exc})") from None


# --- format detection ----------------------------------------------------------------------------------------------

def _format_of(name: str) -> tuple[str | None, bool]:
    """(format by extension or None when the name has no known extension, gzip?)."""
    lower = name.lower()
    gz = lower.endswith(".gz")
    if gz:
        lower = lower[:-3]
    suffix = os.path.splitext(lower)[1]
    if not suffix:
        return None, gz
    if suffix not in _EXT:
        raise FormatError(f"{name}: unsupported file type '{suffix}'; supported: {_SUPPORTED}")
    return _EXT[suffix], gz


def _sniff(text: str) -> str:
    head = text.lstrip("\ufeff \t\r\n")[:200]
    if head.startswith("["):
        return "json"
    if head.startswith("{"):
        try:
            json.loads(text)
            return "json"
        except ValueError:
            return "jsonl"
    if re.match(r"<(?:!doctype|html|head|body|article|div|p|meta|\?xml|!--)", head, re.I):
        return "html"
    return "txt"


# --- records -------------------------------------------------------------------------------------------------------

def _stem(origin: str) -> str:
    if origin == "-":
        return "stdin"
    name = os.path.basename(origin)
    for ext in (".gz", *sorted(_EXT, key=len, reverse=True)):
        if name.lower().endswith(ext):
            name = name[: -len(ext)]
    return name or "input"


def _str_field(obj: dict, keys: tuple[str, ...]) -> str | None:
    for k in keys:
        v = obj.get(k)
        if isinstance(v, str) and v.strip():
            return v.strip()
        if isinstance(v, dict) and isinstance(v.get("name"), str):  # schema.org {"publisher": {"name": ...}}
            return v["name"].strip()
    return None


def _record_date(value: str | None, where: str) -> str | None:
    if value is None:
        return None
    return parse_date(value, what=f"date in {where}").isoformat()


def _from_object(obj: object, where: str, stem: str, n: int, published: str | None) -> RawRecord | InputFailure:
    if not isinstance(obj, dict):
        return InputFailure(where, FormatError(f"{where}: expected a JSON object, got {type(obj).__name__}"))
    html = False
    text = None
    for k in TEXT_KEYS:
        v = obj.get(k)
        if isinstance(v, str):
            text = v
            break
    if text is None and isinstance(obj.get("html"), str):
        text, html = obj["html"], True
    if text is None:
        return InputFailure(where, FormatError(
            f"{where}: no article text; expected one of the keys {', '.join(TEXT_KEYS)} or html"))
    if not text.strip():
        return InputFailure(where, EmptyInputError(f"{where}: the article text is empty"))
    try:
        date = _record_date(_str_field(obj, DATE_KEYS), where) or published
    except DateError as exc:
        return InputFailure(where, exc)
    rid = obj.get("id")
    return RawRecord(
        id=str(rid) if rid not in (None, "") else f"{stem}-{n}",
        text=text,
        title=_str_field(obj, ("title", "headline")),
        published=date,
        url=_str_field(obj, ("url", "link")),
        source=_str_field(obj, SOURCE_KEYS),
        html=html,
        origin=where,
    )


def _records_in(text: str, fmt: str, origin: str, published: str | None) -> Iterator[RawRecord | InputFailure]:
    stem = _stem(origin)
    if fmt == "json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            yield InputFailure(origin, FormatError(
                f"{origin}: not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})"))
            return
        items = data if isinstance(data, list) else [data]
        if not items:
            yield InputFailure(origin, EmptyInputError(f"{origin}: the JSON list is empty"))
        for n, obj in enumerate(items, start=1):
            where = f"{origin}#{n}" if isinstance(data, list) else origin
            yield _from_object(obj, where, stem, n, published)
        return
    if fmt == "jsonl":
        for n, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            where = f"{origin}:{n}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield InputFailure(where, FormatError(f"not valid JSON ({exc.msg} at column {exc.colno})"))
                continue
            yield _from_object(obj, where, stem, n, published)
        return
    yield RawRecord(id=stem, text=text, title=None, published=published, url=None, source=None,
                    html=fmt == "html", origin=origin)


def _read_source(origin: str, fmt: str, max_bytes: int, published: str | None,
                 stdin: BinaryIO | None) -> Iterator[RawRecord | InputFailure]:
    try:
        # an explicit format overrides the extension ("--format txt notes.log")
        by_ext = None if origin == "-" or fmt != "auto" else _format_of(origin)[0]
        if origin == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            data = _read_limited(stream, max_bytes, "stdin")
        else:
            try:
                size = os.stat(origin).st_size
            except FileNotFoundError:
                raise InputError(f"{origin}: no such file or directory") from None
            except OSError as exc:
                raise InputError(f"{origin}: cannot be read ({exc.strerror})") from None
            if size > max_bytes:
                raise TooLargeError(f"{origin}: is {size:,} bytes, larger than the limit of {max_bytes:,}; "
                                    "split it or raise max_bytes (--max-bytes)")
            try:
                with open(origin, "rb") as f:
                    data = _read_limited(f, max_bytes, origin)
            except OSError as exc:
                raise InputError(f"{origin}: cannot be read ({exc.strerror})") from None
        if data[:2] == b"\x1f\x8b":  # gzip magic, whatever the name says
            data = _gunzip(data, max_bytes, origin)
        elif origin.lower().endswith(".gz"):
            raise FormatError(f"{origin}: named .gz but is not gzip-compressed")
        text = decode(data, "stdin" if origin == "-" else origin)
        use = fmt if fmt != "auto" else (by_ext or _sniff(text))
        if use == "json" and fmt == "auto" and by_ext == "json" and _sniff(text) == "jsonl":
            use = "jsonl"  # a .json file holding one object per line
        yield from _records_in(text, use, origin, published)
    except SaidwhatError as exc:
        yield InputFailure(origin, exc)


def _expand(source: str) -> list[str] | InputFailure:
    """A source -> the files it names (dirs walked recursively, globs expanded), sorted."""
    if source == "-":
        return ["-"]
    p = Path(source)
    if p.is_dir():
        out = []
        for root, dirs, files in os.walk(p):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.startswith(".") or name.lower().endswith(".expected.json"):
                    continue
                try:
                    ext, _ = _format_of(name)
                except FormatError:
                    continue
                if ext is not None:
                    out.append(os.path.join(root, name))
        if not out:
            return InputFailure(source, EmptyInputError(f"{source}: directory holds no {_SUPPORTED} files"))
        return out
    if not p.exists() and any(c in source for c in "*?["):
        hits = sorted(h for h in _glob.glob(source, recursive=True) if os.path.isfile(h))
        if not hits:
            return InputFailure(source, InputError(f"{source}: no files match this pattern"))
        return hits
    return [source]


def iter_records(sources: list[str] | str, *, fmt: str = "auto", max_bytes: int = DEFAULT_MAX_BYTES,
                 published: str | None = None, stdin: BinaryIO | None = None) -> Iterator[RawRecord | InputFailure]:
    """Records from files, directories (recursive), globs and "-" (stdin), one per article.

    `published` (validated now) is the date for records that carry none. Raises FormatError for an
    unsupported `fmt` and DateError for a bad `published` before reading anything; problems with a file
    or a record are yielded as `InputFailure` and reading continues. `stdin` overrides `sys.stdin.buffer`.
    """
    if fmt not in FORMATS:
        raise FormatError(f"unknown format '{fmt}'; supported: {', '.join(FORMATS)}")
    if max_bytes <= 0:
        raise InputError(f"max_bytes must be positive, got {max_bytes}")
    pub = parse_date(published).isoformat() if published not in (None, "") else None
    srcs = [sources] if isinstance(sources, str) else list(sources)
    if not srcs:
        raise InputError("no input given: name files, directories, globs or - for stdin")
    return _iter(srcs, fmt, max_bytes, pub, stdin)


def _iter(srcs: list[str], fmt: str, max_bytes: int, pub: str | None,
          stdin: BinaryIO | None) -> Iterator[RawRecord | InputFailure]:
    for source in srcs:
        files = _expand(source)
        if isinstance(files, InputFailure):
            yield files
            continue
        for path in files:
            yield from _read_source(path, fmt, max_bytes, pub, stdin)


def read_record(source: str, **kwargs) -> RawRecord:
    """Exactly one record from one source; raises the failure's error (for `saidwhat read FILE`)."""
    out = list(iter_records(source, **kwargs))
    for r in out:
        if isinstance(r, InputFailure):
            raise r.error
    if len(out) != 1:
        raise FormatError(f"{source}: holds {len(out)} articles; expected one (use ingest for many)")
    return out[0]  # type: ignore[return-value]


__all__ = ["DEFAULT_MAX_BYTES", "FORMATS", "InputFailure", "RawRecord", "content_hash", "decode", "iter_records",
           "parse_date", "read_record"]
