"""Raw scraped text or HTML -> cleaned article text, the debris removed, and a little metadata.

Why a separate stage: scraped news text carries page furniture (newsletter promos, photo credits,
"Follow topic:", share and related-link lines, a trailing wire credit) that the attribution stage would
otherwise read as sentences. Cleaning is line-based and conservative: a line is dropped only when it
matches one of the debris rules below, and the rules that could match a prose line are guarded so that a
normal sentence (>= 8 words, ending in . ! ? or a closing quote) is never removed (tested over BBC articles).

Contract (see `Cleaned`):

* `text` is the article as paragraphs separated by one blank line ("\\n\\n"); every character of it comes
  from the input, so `to_raw(i)` maps it back. Characters are copied verbatim except the whitespace that
  joins paragraphs and hard-wrapped lines (it maps to a whitespace character of the input) and the HTML
  character references scraped text keeps ("communiqu&#233;" reads "communiqué": the decoded character maps
  to the reference, and a span ending on it maps to the reference's end).
* `removed` lists what was dropped, with offsets into `source` and a `reason` from `REASONS`.
  For plain text `source` is the input itself; for HTML it is the text trafilatura extracted from the page
  (with the page title prepended as the first line when the body does not start with it) - offsets of an
  HTML input index that extracted text, not the markup.
* Image captions are *kept* in the text (they are real lines and offsets stay simple) and listed in
  `captions` as spans of `text`, so the reader keeps them out of statements.
* The headline (first line when short, without a final period and followed by more text) stays in the text
  as the first paragraph, because headlines carry statements ("X says he will ..."); it also becomes `title`.

No spaCy, no store: this runs on every article and must stay well under a millisecond for a typical one.
"""
from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from .errors import EmptyInputError, InputError
from .model import Removed

#: Every `Removed.reason` cleaning can emit (documented in docs/output.md).
REASONS: tuple[str, ...] = (
    "promo",          # newsletter / subscription / app promotions
    "ad",             # "Advertisement" markers
    "photo-credit",   # "PHOTO: EPA-EFE", "ST PHOTO: ...", "Image source, Getty Images", "(Photo: AFP)"
    "caption-label",  # the "Image caption, " label in front of a (kept) caption
    "follow-topic",   # "Follow topic:" and "Follow us on ..."
    "see-more",       # "See more on ..."
    "share",          # "Share this article", "Tweet", "Copy link"
    "related",        # "Read more:", "READ MORE:", "Related:", "Click here ...", "Most read"
    "wire-credit",    # a bare "REUTERS" line or trailing token; becomes `Cleaned.wire`
    "dateline",       # "WASHINGTON (Reuters) - " in front of the first paragraph; also sets `wire`
    "byline",         # "Reporting by ...; Editing by ..."
    "copyright",      # "(c) 2025 ...", "All rights reserved"
    "timestamp",      # "Published Mar 16, 2025, 10:00 AM" lines; may set `published`
)

# --- wire services ------------------------------------------------------------------------------------

#: Wire credit tokens (upper-cased) -> the normalised name stored in `Cleaned.wire`.
WIRES: dict[str, str] = {
    "REUTERS": "Reuters", "AFP": "AFP", "AGENCE FRANCE-PRESSE": "AFP", "AP": "AP", "ASSOCIATED PRESS": "AP",
    "THE ASSOCIATED PRESS": "AP", "BLOOMBERG": "Bloomberg", "NYTIMES": "NYTimes", "NYT": "NYTimes",
    "NEW YORK TIMES": "NYTimes", "THE NEW YORK TIMES": "NYTimes", "WASHINGTON POST": "Washington Post",
    "THE WASHINGTON POST": "Washington Post", "XINHUA": "Xinhua", "DPA": "dpa", "KYODO": "Kyodo",
    "YONHAP": "Yonhap", "ANADOLU": "Anadolu", "EFE": "EFE", "ANSA": "ANSA", "TASS": "TASS",
    "BERNAMA": "Bernama", "AGENCIES": "agencies", "UPI": "UPI", "UNITED PRESS INTERNATIONAL": "UPI",
    "PA": "PA", "PRESS ASSOCIATION": "PA", "PTI": "PTI", "IANS": "IANS", "CNN": "CNN",
}
_WIRE_ALT = "|".join(sorted((re.escape(w) for w in WIRES), key=len, reverse=True))
# A line that is nothing but a wire credit: "REUTERS", "AFP, REUTERS", "- Reuters", "(AP)".
_WIRE_LINE = re.compile(rf"[-–—]?\s*\(?((?:{_WIRE_ALT})(?:\s*(?:,|/|&|and)\s*(?:{_WIRE_ALT}))*)\)?\.?", re.I)
# A wire token trailing the last sentence on the same line: "... remains in force. REUTERS".
# Upper case only (or the agencies' own spelling), so "... said Reuters." style prose never matches.
_WIRE_TOKEN = rf"(?:{_WIRE_ALT}|Reuters|Bloomberg|Xinhua|Kyodo|Yonhap|Anadolu|Bernama)"
_TRAILING_WIRE = re.compile(rf"(?<=[.!?\"”’)\]])[ \t\u00a0]+({_WIRE_TOKEN}(?:\s*(?:,|/|&)\s*{_WIRE_TOKEN})*)\.?$")
_TRAILING_SEE_MORE = re.compile(r"[ \t\u00a0]+(See (?:more|all) (?:on|at|from)\b.{0,80})$")
# what may precede a trailing "See more on": the end of a sentence or a wire credit
_TAIL_OK = re.compile(rf"(?:[.!?\"”’)\]]|\b{_WIRE_TOKEN})$")
# "WASHINGTON (Reuters) - ", "LONDON, March 3 (AFP) — ", "(Reuters) - " (place cut off), at the start of a paragraph.
_DATELINE = re.compile(
    rf"(?:[A-Z][A-Za-z .,'/-]{{1,40}}?(?:,\s*[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}})?\s*)?"
    rf"\(({_WIRE_ALT}|Reuters|Bloomberg)\)\s*[-–—]+\s*"
)


# "STRELSAU – " (an upper-case place and a dash, no wire) at the start of a paragraph.
_BARE_DATELINE = re.compile(r"[A-Z]{3,}(?:[ .'-][A-Z]{2,}){0,3}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
                            r"[ \u00a0]+[-–—][ \u00a0]+(?=[A-Z“\"‘'])")


def _wire_name(token: str) -> str:
    parts = re.split(r"\s*(?:,|/|&|\band\b)\s*", token.strip().strip("()."), flags=re.I)
    names = [WIRES.get(p.upper(), p) for p in parts if p]
    return ", ".join(dict.fromkeys(names))


# --- line rules -------------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Rule:
    reason: str
    pattern: re.Pattern[str]
    #: guarded rules never remove a line that reads as a normal sentence (see `_is_sentence`)
    guarded: bool = True


def _rx(p: str, flags: int = re.I) -> re.Pattern[str]:
    return re.compile(p, flags)


#: Each pattern must match the *whole* stripped line. Order matters only for the reason reported.
_RULES: tuple[_Rule, ...] = (
    _Rule("promo", _rx(r"(?:sign[ -]?up|subscribe|register)\b.{0,200}?(?:newsletters?|inbox|alerts?)\b.{0,120}"),
          guarded=False),
    _Rule("promo", _rx(r"(?:sign[ -]?up|subscribe|register)(?:\s+(?:now|here|today|for free|free))?\s*"
                       r"(?:[:!.\-–—|]\s*.{0,160}|(?:to|for)\b.{0,160})?")),
    _Rule("promo", _rx(r"(?:get|receive) (?:[\w']+ )?newsletters? .{0,120}|download (?:the|our) .{0,40}app\b.{0,80}")),
    _Rule("ad", _rx(r"(?:advertisement|advertising|sponsored(?: content)?|story continues below(?: this)? advertisement"
                    r"|article continues (?:below|after (?:this )?advertisement))\.?")),
    _Rule("photo-credit", _rx(r"(?:[A-Z]{1,12}\s+)?(?:file\s+)?(?:photos?|photograph|pictures?|images?|video|graphic)"
                              r"(?:\s+credit)?\s*:\s*\S.{0,80}"), guarded=False),
    _Rule("photo-credit", _rx(r"(?:image source|photo credit|picture credit|image credit)\s*[,:]\s*.{1,80}"),
          guarded=False),
    _Rule("photo-credit", _rx(r"\(?(?:photo|picture|image)s?\s+by\s+[^.]{1,80}\)?")),
    _Rule("follow-topic", _rx(r"follow(?: this)?(?: topics?| us| authors?)?\s*:.{0,80}|follow (?:us|topic|this topic) "
                              r"on\b.{0,60}"), guarded=False),
    _Rule("see-more", _rx(r"see (?:more|all)(?: (?:on|at|from|stories|articles|coverage)\b.{0,80})?")),
    _Rule("share", _rx(r"(?:share(?: this)?(?: article| story| page| post| on \w+)?|tweet(?: this)?|e-?mail(?: this)?"
                       r"(?: article| story)?|print(?: this)?(?: article| story| page)?|copy link(?: to clipboard)?"
                       r"|whatsapp|facebook|twitter|linkedin|telegram|reddit|gift (?:this )?article|save(?: article)?)"
                       r"[.!:]?")),
    _Rule("related", _rx(r"(?:read more|read also|also read|related(?: articles?| stories| topics| coverage| links"
                         r"| content| reading)?|more on this(?: story| topic)?|recommended(?: stories| reading)?"
                         r"|you may also like|most read|top stories|explore more|listen to (?:this )?article|watch"
                         r"|more:)\s*[:\-–—|»>]\s*.{0,200}"), guarded=False),
    _Rule("related", _rx(r"(?:read more|read also|also read|related(?: articles?| stories| topics| coverage| links)?"
                         r"|more on this(?: story| topic)?|you may also like|most read|top stories|explore more"
                         r"|listen to (?:this )?article|click here\b.{0,120}|tap here\b.{0,120})[.!]?")),
    _Rule("byline", _rx(r"(?i:additional )?(?i:reporting|writing|editing) by\b[^.]{0,200};[^.]{0,200}\.?"
                        r"|(?i:additional )?(?i:reporting|writing|editing) by [A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}"
                        r"(?:(?:,| and) [A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}){0,4}(?: in [A-Z]\w+)?\.?", 0),
          guarded=False),
    _Rule("copyright", _rx(r"(?:©|\(c\)|copyright)\s*(?:©\s*)?\d{4}\b.{0,160}|all rights reserved\.?")),
)

_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
_TIMESTAMP = re.compile(
    r"(?:published|updated|posted|last updated)\s*(?:on|at|:)?\s*:?\s*"
    r"(?:(\d{4})-(\d{2})-(\d{2})|([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})|(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4}))"
    r"[\w ,:.+\-/()]{0,40}",
    re.I,
)
#: every unguarded rule needs one of these, so a prose line without any skips the rule table
_UNGUARDED_HINTS = ("newsletter", "inbox", "alert", ":", "image source", "credit", " by ")
_CREDIT_FIRST = re.compile(r"(?:image source|photo credit|picture credit|image credit)\b", re.I)
_CAPTION_PREFIX = re.compile(r"(?:image caption|caption)\s*[,:]\s*", re.I)
_PICTURED = re.compile(r"(?:pictured|above|top|below|left|right|inset)\s*:\s*\S", re.I)
# A photo credit trailing a caption on the same line: "Soldiers in Kursk on March 12. PHOTO: REUTERS".
_TRAILING_CREDIT = re.compile(
    r"(?<=[.!?\"”’)\]])[ \t\u00a0]+(\(?(?:[A-Z]{1,12}\s+)?(?:FILE\s+)?(?:PHOTOS?|PICTURES?|IMAGES?|Photo|Picture|Image)"
    r"\s*:\s*[^\n]{1,60}?\)?|\((?:photo|picture|image)s?\s*(?::|by)\s*[^)\n]{1,60}\))$"
)
_FINAL = (".", "!", "?", "…")
_SENT_CLOSE = ".!?\"”’"
_PARA_OPEN = "\"“‘'"
_CLOSE_QUOTES = "\"”’"
_CLOSERS = "\"'”’)]"
_BULLET = re.compile(r"[-*•·–—]\s")
# Lines that would make good headlines are at most this long: the longest of the 2,225 BBC titles is 52
# chars, the shared Straits Times example's 90; 160 leaves room without swallowing a lead paragraph
# (every BBC and example first line is detected, no BBC body paragraph is taken: see tests/test_clean.py).
_HEADLINE_MAX_CHARS = 160
_HEADLINE_MAX_WORDS = 25
#: share of the wrap width a hard-wrapped line reaches before its break (see `_wrapped`)
_WRAP_FILL = 0.6


def _is_sentence(line: str) -> bool:
    """A normal prose sentence: ends with . ! ? (or a closing quote) and has at least 8 words."""
    if line.count(" ") < 7 or len(line.split()) < 8:
        return False
    if line[-1] in _CLOSE_QUOTES:
        return True
    return line.rstrip(_CLOSERS)[-1:] in _FINAL


def _line_reason(line: str) -> str | None:
    """The debris reason for a whole stripped line, or None to keep it."""
    if len(line) > 260:  # debris lines are short; the longest rule above allows ~250 chars
        return None
    sentence = _is_sentence(line)
    if sentence:
        low = line.lower()
        if not any(h in low for h in _UNGUARDED_HINTS):
            return None  # fast path for prose: only unguarded rules could match, and each needs one of these
    for rule in _RULES:
        if rule.pattern.fullmatch(line):
            if rule.guarded and sentence:
                continue
            return rule.reason
    return None


# --- the result ----------------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Cleaned:
    """Cleaned article text, what was removed and why, and metadata found on the way.

    Offsets in `removed` and the result of `to_raw` index `source`: the input itself for plain text, the
    text trafilatura extracted for HTML. `captions` are spans of `text`.
    """

    text: str
    removed: tuple[Removed, ...]
    title: str | None
    wire: str | None
    published: str | None
    captions: tuple[tuple[int, int], ...]
    source: str = field(repr=False)
    _clean_starts: tuple[int, ...] = field(default=(), repr=False, compare=False)
    _raw_starts: tuple[int, ...] = field(default=(), repr=False, compare=False)
    _decoded: tuple[tuple[int, int], ...] = field(default=(), repr=False, compare=False)  # (last char, raw end)

    def to_raw(self, i: int) -> int:
        """Map an offset in `text` (0 <= i <= len(text)) to the offset in `source` it came from.

        `i == len(text)` maps to just after the last copied character, so spans map with
        `(to_raw(start), to_raw(end - 1) + 1)`; see `span_to_raw`.
        """
        n = len(self.text)
        if not 0 <= i <= n:
            raise IndexError(f"offset {i} outside cleaned text of length {n}")
        if not self._clean_starts:
            return 0
        if i == n:
            return self._raw_end(n - 1) if n else 0
        k = bisect_right(self._clean_starts, i) - 1
        return self._raw_starts[k] + (i - self._clean_starts[k])

    def span_to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map a non-empty span of `text` to the span of `source` it covers."""
        if end <= start:
            r = self.to_raw(start)
            return r, r
        return self.to_raw(start), self._raw_end(end - 1)

    def _raw_end(self, i: int) -> int:
        """The end in `source` of the character at `i` of `text`: past the whole reference if it was decoded."""
        for last, raw_end in self._decoded:
            if last == i:
                return raw_end
        return self.to_raw(i) + 1

    def in_caption(self, start: int, end: int | None = None) -> bool:
        """True when the span (or offset) of `text` lies inside an image caption."""
        end = start + 1 if end is None else end
        return any(cs <= start and end <= ce for cs, ce in self.captions)


# --- the work ------------------------------------------------------------------------------------------------------

_NL = re.compile(r"\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


@dataclass(slots=True)
class _Line:
    start: int           # stripped content start in source
    end: int             # stripped content end in source
    blank_before: bool   # a blank line (or the start) precedes it
    indented: bool       # leading whitespace of >= 2 columns (paragraph starts in hard-wrapped text)
    keep: bool = True
    caption: bool = False
    forced_break: bool = False  # a removed line sat right before it
    cont: bool = False          # continues the previous line's paragraph (hard-wrapped text only)


def _split_lines(s: str) -> list[_Line]:
    """Non-blank lines with stripped offsets. `str.splitlines` breaks on exactly the characters of `_NL`."""
    out: list[_Line] = []
    blank = True
    pos = 0
    for chunk in s.splitlines(True):
        body = chunk.strip()
        if body:
            lead = len(chunk) - len(chunk.lstrip())
            a = pos + lead
            out.append(_Line(a, a + len(body), blank, chunk[:1] == "\t" or lead >= 2))
            blank = False
        else:
            blank = True
        pos += len(chunk)
    return out


def _wrapped(lines: list[_Line]) -> int:
    """The wrap width when the text is hard-wrapped (Reuters-21578 style), else 0.

    Hard-wrapped: lines inside blocks are at most 100 chars and most reach close to the widest line
    (or some reach it and paragraphs start indented, as in Reuters-21578 tables).
    Scraped web text has one paragraph per line, almost always longer than 100 chars.
    """
    inner = [ln.end - ln.start for i, ln in enumerate(lines[:-1]) if not lines[i + 1].blank_before]
    if len(inner) < 2:
        return 0
    width = max(ln.end - ln.start for ln in lines)
    if width > 100:
        return 0
    # 0.6 of the width: Reuters-21578 lines run 60-70 chars and break on words, so a wrapped line is
    # rarely shorter than ~45 of 70; most one-sentence-per-line texts fail the majority test below.
    long = sum(1 for w in inner if w >= _WRAP_FILL * width)
    indented = any(ln.indented for ln in lines)
    return width if long * 2 > len(inner) or (indented and long * 4 > len(inner)) else 0


def _mark_continuations(s: str, lines: list[_Line], width: int) -> None:
    """Flag lines that continue the previous line's paragraph (hard-wrapped text).

    A line continues when it follows without a blank line or indent and either the previous line filled
    the wrap width (unless it ended a sentence and this line starts like a new one), or it starts in
    lower case after a line with no sentence end ("Showers continued throughout the week in\nthe Bahia"
    in Reuters-21578, whose first lines are cut short by the stripped dateline). Known miss: a short first
    line followed by a capital ("Standard Oil Co and BP North America\nInc said ...") stays apart, as a
    headline would.
    """
    # paragraphs marked by indentation (Reuters-21578): a line neither indented nor after a blank line goes
    # on with the paragraph, however short the line before it ("Spain's Minas de Almaden y Arrayanes S.A.\n
    # Said it will ...", its first line cut short by the stripped dateline)
    by_indent = bool(width) and any(ln.indented for ln in lines[1:])
    for k in range(1, len(lines)):
        prev, ln = lines[k - 1], lines[k]
        if ln.blank_before or ln.indented or _BULLET.match(s, ln.start):
            continue
        if by_indent and (not prev.indented or prev.end - prev.start >= _WRAP_FILL * width):
            ln.cont = True
        elif width and prev.end - prev.start >= _WRAP_FILL * width:
            # a full line ending a sentence, followed by a capital or a quote, may be a paragraph end in
            # text with one short paragraph per line; splitting a wrapped paragraph there costs little
            if not (s[prev.end - 1] in _SENT_CLOSE and (s[ln.start] in _PARA_OPEN or s[ln.start].isupper())):
                ln.cont = True
        elif s[prev.end - 1] not in ".!?:;\"”’)]":
            if s[ln.start].islower():
                ln.cont = True


def _extract_html(raw: str) -> tuple[str, str | None, str | None]:
    """Main text, title and date of an HTML page via trafilatura (text paragraphs one per line)."""
    import trafilatura  # lazy: importing it costs ~0.3 s, and most inputs are plain text

    try:
        doc = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False,
                                          include_tables=False, include_images=False)
    except Exception as exc:  # trafilatura raises assorted lxml errors on broken markup
        raise InputError(f"cannot parse HTML ({type(exc).__name__}: {exc}); give the page as UTF-8 HTML") from exc
    text = title = date = None
    if doc is not None:
        get = doc.get if isinstance(doc, dict) else (lambda k: getattr(doc, k, None))
        text, title, date = get("text"), get("title"), get("date")
    if not text or not text.strip():
        text = trafilatura.html2txt(raw) or ""
    if not text.strip():
        raise EmptyInputError("the HTML page holds no article text (trafilatura found no main content)")
    title = title.strip() if title and title.strip() else None
    if title:
        first = text.lstrip().split("\n", 1)[0].strip()
        if first != title:
            text = f"{title}\n\n{text}"
    if date and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        date = date[:10] if re.match(r"\d{4}-\d{2}-\d{2}", date) else None
    return text, title, date


def _timestamp_date(m: re.Match[str]) -> str | None:
    g = m.groups()
    if g[0]:
        y, mo, d = int(g[0]), int(g[1]), int(g[2])
    elif g[3]:
        mo, d, y = _MONTHS.get(g[3][:3].lower(), 0), int(g[4]), int(g[5])
    else:
        d, mo, y = int(g[6]), _MONTHS.get(g[7][:3].lower(), 0), int(g[8])
    try:
        return date(y, mo, d).isoformat()
    except ValueError:
        return None


#: An HTML character reference left in scraped text ("communiqu&#233;", "AT&amp;T"): decoded, so that names and
#: quotations read as printed. Only references that `html.unescape` knows change; "&foo;" stays as it is.
_CHAR_REF = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _pieces(s: str, a: int, b: int) -> Iterator[tuple[str, int, int]]:
    """`s[a:b]` as runs `(text, raw_start, raw_end)`: verbatim runs, and each decoded character reference."""
    at = a
    for m in _CHAR_REF.finditer(s, a, b):
        dec = html.unescape(m.group())
        if dec == m.group() or not dec:
            continue
        if m.start() > at:
            yield s[at:m.start()], at, m.start()
        yield dec, m.start(), m.end()
        at = m.end()
    if at < b:
        yield s[at:b], at, b


def _last_newline(s: str, a: int, b: int) -> int:
    k = max(s.rfind("\n", a, b), s.rfind("\r", a, b))
    return k if k >= 0 else a


def clean(raw: str, *, html: bool = False) -> Cleaned:
    """Clean one article. Plain text by default; `html=True` extracts the main text with trafilatura first.

    Never raises on any plain string; for HTML raises `EmptyInputError` when the page has no text.
    """
    if not isinstance(raw, str):
        raise InputError(f"clean() takes text (str), got {type(raw).__name__}; decode bytes first")
    meta_title = meta_date = None
    if html:
        source, meta_title, meta_date = _extract_html(raw)
    else:
        source = raw
    s = source
    lines = _split_lines(s)
    width = 0 if html else _wrapped(lines)  # trafilatura gives one paragraph per line
    _mark_continuations(s, lines, width)
    removed: list[Removed] = []
    wire: list[str] = []
    published = meta_date

    def drop(a: int, b: int, reason: str) -> None:
        removed.append(Removed(a, b, s[a:b], reason))

    # 1. whole-line debris
    for i, ln in enumerate(lines):
        if ln.cont:  # the middle of a wrapped paragraph is prose, never debris ("... 1.53 dlrs a\nshare.")
            continue
        text = s[ln.start:ln.end]
        if len(text) <= 40 and _WIRE_LINE.fullmatch(text):
            ln.keep = False
            drop(ln.start, ln.end, "wire-credit")
            wire.append(_wire_name(_WIRE_LINE.fullmatch(text).group(1)))
            continue
        reason = _line_reason(text)
        if reason is None and len(text) <= 120:
            tm = _TIMESTAMP.fullmatch(text)
            if tm:
                reason = "timestamp"
                published = published or _timestamp_date(tm)
        if reason is not None:
            ln.keep = False
            drop(ln.start, ln.end, reason)
            if reason == "photo-credit" and not _CREDIT_FIRST.match(text):
                # the line before a bare "PHOTO: X" credit is the caption of that photo (Straits Times
                # layout); BBC's "Image source, X" comes before its "Image caption, ..." line instead
                for j in range(i - 1, max(i - 3, -1), -1):
                    if lines[j].keep:
                        headline = not any(x.keep for x in lines[:j])
                        if not headline and len(s[lines[j].start:lines[j].end].split()) <= 80:
                            lines[j].caption = True
                        break
            continue
        # caption with its credit on the same line
        low = text.lower()
        hint = "photo" in low or "picture" in low or "image" in low
        m = _TRAILING_CREDIT.search(text) if hint else None
        if m and ln.end - ln.start > m.end(1) - m.start(1):
            drop(ln.start + m.start(1), ln.end, "photo-credit")
            ln.end = ln.start + m.start()
            ln.caption = True
            continue
        m = _CAPTION_PREFIX.match(text)
        if m and m.end() < len(text):
            drop(ln.start, ln.start + len(m.group().rstrip()), "caption-label")
            ln.start += m.end()
            ln.caption = True
            continue
        if _PICTURED.match(text):
            ln.caption = True

    kept = [ln for ln in lines if ln.keep]

    # 2. tail debris on the last kept line: "... in force. REUTERS" and "... See more on"
    if kept:
        last = kept[-1]
        for _ in range(4):
            text = s[last.start:last.end]
            m = _TRAILING_SEE_MORE.search(text)
            if m and not _TAIL_OK.search(text, 0, m.start()):
                m = None
            m = m or _TRAILING_WIRE.search(text)
            if not m:
                break
            if m.re is _TRAILING_WIRE:
                drop(last.start + m.start(1), last.end, "wire-credit")
                wire.append(_wire_name(m.group(1)))
            else:
                drop(last.start + m.start(1), last.end, "see-more")
            last.end = last.start + m.start()

    # 3. dateline "WASHINGTON (Reuters) - " at the start of one of the first paragraphs
    for ln in kept[:3]:
        m = _DATELINE.match(s, ln.start, ln.end)
        if m and m.end() < ln.end:
            drop(ln.start, ln.start + len(m.group().rstrip()), "dateline")
            wire.append(_wire_name(m.group(1)))
            ln.start = m.end()
            break
    else:
        # "STRELSAU – " only in front of the first body paragraph that reads as a sentence (>= 8 words
        # after it), so table rows ("ZINC - PRIME WESTERN ...") and notes ("NOTE - ...") further down stay
        for ln in kept[:2]:
            m = _BARE_DATELINE.match(s, ln.start, ln.end)
            if m and _is_sentence(s[m.end():ln.end]):
                drop(ln.start, ln.start + len(m.group().rstrip()), "dateline")
                ln.start = m.end()
                break
            if ln.end - ln.start > _HEADLINE_MAX_CHARS or _is_sentence(s[ln.start:ln.end]):
                break  # the first paragraph is body text: the dateline could only have been there

    # 4. a removed line splits paragraphs
    prev_keep = True
    for ln in lines:
        if ln.keep and not prev_keep:
            ln.forced_break = True
        prev_keep = ln.keep

    # 5. headline
    title = meta_title
    if kept and len(kept) > 1:
        first = "".join(p for p, _, _ in _pieces(s, kept[0].start, kept[0].end))
        if (len(first) <= _HEADLINE_MAX_CHARS and len(first.split()) <= _HEADLINE_MAX_WORDS
                and (not first.endswith((".", ":", ",", ";")) or first.endswith("...")) and not kept[0].caption
                and not kept[1].cont
                and (kept[1].blank_before or kept[1].forced_break or not (width or kept[1].indented))):
            title = title or first
            kept[1].forced_break = True

    # 6. assemble paragraphs; map offsets with (clean_start, raw_start) segments
    parts: list[str] = []
    cstarts: list[int] = []
    rstarts: list[int] = []
    captions: list[tuple[int, int]] = []
    decoded: list[tuple[int, int]] = []
    pos = 0
    prev: _Line | None = None
    for ln in kept:
        if ln.start >= ln.end:
            continue
        if prev is not None:
            new_para = not ln.cont or ln.forced_break or prev.caption != ln.caption
            first_nl = _NL.search(s, prev.end, ln.start)
            nls = [first_nl.start(), max(first_nl.start(), _last_newline(s, prev.end, ln.start))] if first_nl \
                else [prev.end]
            if new_para:
                sep, raws = "\n\n", (nls[0], nls[-1])
            else:
                sep, raws = " ", (nls[0],)
            for r in raws:
                cstarts.append(pos)
                rstarts.append(r)
                pos += 1
            parts.append(sep)
        line_start, joined = pos, bool(parts) and parts[-1] == " "
        for piece, ra, rb in _pieces(s, ln.start, ln.end):
            if rb - ra == len(piece):
                cstarts.append(pos)
                rstarts.append(ra)
            else:  # a decoded character reference: each character maps to the reference's start
                for k in range(len(piece)):
                    cstarts.append(pos + k)
                    rstarts.append(ra)
                decoded.append((pos + len(piece) - 1, rb))
            parts.append(piece)
            pos += len(piece)
        if ln.caption:
            if captions and captions[-1][1] == line_start - 1 and prev is not None and prev.caption and joined:
                captions[-1] = (captions[-1][0], pos)
            else:
                captions.append((line_start, pos))
        prev = ln

    removed.sort(key=lambda r: r.start)
    return Cleaned(
        text="".join(parts),
        removed=tuple(removed),
        title=title,
        wire=", ".join(dict.fromkeys(wire)) or None,
        published=published,
        captions=tuple(captions),
        source=source,
        _clean_starts=tuple(cstarts),
        _raw_starts=tuple(rstarts),
        _decoded=tuple(decoded),
    )


__all__ = ["REASONS", "WIRES", "Cleaned", "clean"]
