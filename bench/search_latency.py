"""Search latency p50/p95 over 1,000 random queries on an SQLite store: real articles, then 1 M statements.

    .venv/bin/python bench/search_latency.py                       # build from BBC + 3,000 Reuters, grow to 1 M
    .venv/bin/python bench/search_latency.py --db real.db          # reuse a store (a copy is grown, not it)
    .venv/bin/python bench/search_latency.py --db real.db --grow 0 # the real store only

Stage 1 is a store of real articles made by the normal ingest path (`saidwhat.store.ingest.ingest`) from
../shared/data/bbc (all 2,225) and the first --reuters stories of Reuters-21578 (data never copied into
the project), or the --db given. Stage 2 grows a copy of it to --grow statements in all with synthetic
rows (see `grow`), then runs the same kind of query mix again.

Queries are what a user would type, drawn from the store at random (seeded): one or two full-text terms
taken from a random stored statement (so common and rare words turn up as often as they do in text),
alone or combined with an actor (the speaker of a random statement, given by name), a speech act, a
date range of 1-12 months, or filters without text (actor+act, act+date). Each query is one
`Store.search(..., limit=20)` call as the CLI, REST API and web UI make it, including the `total` count;
timed in a warm process after 20 warm-up queries (the first builds the in-memory actor index).
Target (issue 5): p95 < 50 ms.
"""
from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
BBC = DATA / "bbc" / "articles.jsonl"
REUTERS = DATA / "reuters21578" / "articles.jsonl.gz"
TARGET_MS = 50.0
STOP = set("""a an and are as at be been but by for from had has have he her his i if in into is it its
of on or our she so that the their them there these they this those to was we were what when which who
will with would you your not no than then also can could may might must should do does did just""".split())
WORD = re.compile(r"[A-Za-z][A-Za-z'-]{2,}")


# ------------------------------------------------------------------------------------------- build
def build(db: Path, reuters: int) -> None:
    """Stage 1 store: the normal ingest path over every BBC article and the first `reuters` stories."""
    import gzip
    import itertools

    from saidwhat.store import open_store
    from saidwhat.store.ingest import ingest

    src = db.with_name("reuters-slice.jsonl")
    with gzip.open(REUTERS, "rt", encoding="utf-8") as f, src.open("w", encoding="utf-8") as out:
        out.writelines(itertools.islice(f, reuters))
    with open_store(db, aliases=None) as st:
        for path in (BBC, src):
            t = time.perf_counter()
            s = ingest(st, [str(path)], fmt="jsonl", jobs=2)
            print(f"  ingested {path.name}: {s.stored} stored, {s.statements} statements, "
                  f"{time.perf_counter() - t:.0f} s", file=sys.stderr)


# -------------------------------------------------------------------------------------------- grow
def grow(db: Path, total: int, seed: int, per_article: int = 20) -> int:
    """Add synthetic articles and statements until the store holds `total` statements; returns how many added.

    How: bulk INSERTs through SQLAlchemy Core on the store's own table objects (`saidwhat.store.schema`),
    10,000 statements per transaction, plus the matching FTS5 rows (statements_fts, articles_fts) the
    store's `ingest` would write. Going through `Store.ingest` would re-run actor resolution and wire-copy
    detection per article (~hours for 1 M statements); the rows written here are the same shape. Content
    is 8-30 words drawn from the real statements' vocabulary with its real frequencies, so full-text
    terms keep a realistic selectivity; speakers are the real actors (by their real statement counts)
    plus 20,000 synthetic people; acts follow the real act mix; dates spread over 1987-2025. Each
    synthetic article's text is its statements joined, so evidence offsets stay true.
    """
    from sqlalchemy import func, insert, select, text

    from saidwhat.crossdoc import key_of
    from saidwhat.store import open_store
    from saidwhat.store import schema as S

    rng = random.Random(seed)
    with open_store(db, aliases=None) as st, st.engine.connect() as conn:
        have = conn.execute(select(func.count()).select_from(S.statements)).scalar_one()
        need = total - have
        if need <= 0:
            return 0
        vocab: Counter[str] = Counter()
        for (c,) in conn.execute(select(S.statements.c.content_text)):
            vocab.update(w.lower() for w in WORD.findall(c))
        words, wweights = zip(*vocab.most_common(30_000))
        acts: Counter[str] = Counter(dict(conn.execute(select(S.statements.c.act, func.count())
                                                       .group_by(S.statements.c.act)).all()))
        real = conn.execute(select(S.statements.c.actor_id, S.actors.c.name, func.count())
                            .join(S.actors, S.actors.c.id == S.statements.c.actor_id)
                            .group_by(S.statements.c.actor_id, S.actors.c.name)).all()
        conn.rollback()
    syn_actors = [(f"synth-{i:05d}", f"Synthetic Person {i:05d}") for i in range(20_000)]
    speakers = [(a, n) for a, n, _ in real] + syn_actors
    sweights = [c for _, _, c in real] + [1.0] * len(syn_actors)
    act_names, act_w = zip(*acts.items())
    # cumulative weights once: random.choices re-sums plain weights on every call (O(vocabulary) each)
    wcum, scum, acum = (list(itertools.accumulate(w)) for w in (wweights, sweights, act_w))
    day0, span = date(1987, 1, 1), (date(2025, 12, 31) - date(1987, 1, 1)).days
    added = 0
    with open_store(db, aliases=None) as st:
        eng = st.engine
        with eng.begin() as conn:
            conn.execute(insert(S.actors), [dict(id=a, name=n, kind="person") for a, n in syn_actors])
            conn.execute(insert(S.aliases), [dict(key=key_of(n), actor_id=a, text=n, kind="name", n=1)
                                             for a, n in syn_actors])
            # the actor cache of any open Store is keyed by this generation number
            conn.execute(text("UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) "
                              "WHERE key = 'actor_gen'"))
        art_no = 0
        while added < need:
            chunk = min(10_000, need - added)
            arts, stories, stmts, fts_a = [], [], [], []
            with eng.begin() as conn:
                pk0 = conn.execute(select(func.coalesce(func.max(S.articles.c.pk), 0))).scalar_one()
                spk0 = conn.execute(select(func.coalesce(func.max(S.statements.c.pk), 0))).scalar_one()
                n_arts = -(-chunk // per_article)
                for j in range(n_arts):
                    art_no += 1
                    pk = pk0 + j + 1
                    aid, sid = f"synth-{art_no:06d}", f"s-synth-{art_no:06d}"
                    day = day0 + timedelta(days=rng.randrange(span))
                    n = min(per_article, chunk - j * per_article)
                    body, rows = "", []
                    for k in range(n):
                        content = " ".join(rng.choices(words, cum_weights=wcum, k=rng.randint(8, 30))).capitalize()
                        sp_id, sp_name = rng.choices(speakers, cum_weights=scum)[0]
                        sp_start = len(body)
                        start = sp_start + len(sp_name) + len(' said: "')
                        body += f'{sp_name} said: "{content}".\n\n'
                        rows.append(dict(article_pk=pk, seq=k, sid=f"s{k + 1}", story_id=sid, canonical=True,
                                         kind="direct", act=rng.choices(act_names, cum_weights=acum)[0], content_text=content,
                                         content_start=start, content_end=start + len(content),
                                         speaker_text=sp_name, speaker_start=sp_start,
                                         speaker_end=sp_start + len(sp_name),
                                         speaker_name=sp_name, speaker_via="name", actor_id=sp_id,
                                         said_date=day.isoformat(), about="[]"))
                    wire = "Synthwire" if art_no % 10 == 0 else None
                    stories.append(dict(id=sid, lead_article_id=aid))
                    arts.append(dict(pk=pk, id=aid, content_hash=f"synthetic-{art_no:06d}", story_id=sid,
                                     title=f"Synthetic story {art_no}", published=day.isoformat(), wire=wire,
                                     source="synthetic", origin="synthetic", text=body, n_statements=n,
                                     ingested_at="2026-01-01T00:00:00+00:00"))
                    fts_a.append({"pk": pk, "t": f"Synthetic story {art_no}", "x": body})
                    stmts.extend(rows)
                conn.execute(insert(S.stories), stories)
                conn.execute(insert(S.articles), arts)
                conn.execute(insert(S.statements), stmts)
                conn.execute(text("INSERT INTO articles_fts(rowid, title, text) VALUES (:pk, :t, :x)"), fts_a)
                conn.execute(text("INSERT INTO statements_fts(rowid, content_text, speaker_name) "
                                  "SELECT pk, content_text, speaker_name FROM statements WHERE pk > :p"),
                             {"p": spk0})
            added += chunk
            if added % 100_000 < chunk:
                print(f"  grown by {added:,} statements", file=sys.stderr)
        st.optimize()  # what the end of an ingest run does: fresh planner statistics
    return added


# ----------------------------------------------------------------------------------------- queries
def make_queries(db: Path, n: int, seed: int) -> list[dict]:
    """`n` queries drawn from the store's own statements (see the module docstring for the mix)."""
    c = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        top = c.execute("SELECT max(pk) FROM statements").fetchone()[0]
        rng = random.Random(seed)

        def sample() -> tuple:
            while True:
                row = c.execute("SELECT s.content_text, a.name, s.act, s.said_date FROM statements s "
                                "LEFT JOIN actors a ON a.id = s.actor_id WHERE s.pk >= ? AND s.canonical "
                                "ORDER BY s.pk LIMIT 1", (rng.randint(1, top),)).fetchone()
                if row:
                    return row

        def terms() -> str:
            while True:
                ws = [w for w in WORD.findall(sample()[0]) if w.lower() not in STOP]
                if ws:
                    return " ".join(rng.sample(ws, min(len(ws), rng.choice((1, 1, 2)))))

        def window() -> dict:
            d = None
            while d is None:
                d = sample()[3]
            start = date.fromisoformat(d) - timedelta(days=rng.randint(0, 60))
            return {"since": start, "until": start + timedelta(days=rng.choice((30, 90, 365)))}

        def actor() -> str:
            name = None
            while not name:
                name = sample()[1]
            return name

        out = []
        for _ in range(n):
            r = rng.random()
            if r < 0.45:
                q = {"q": terms()}
            elif r < 0.60:
                q = {"q": terms(), "actor": actor()}
            elif r < 0.75:
                q = {"q": terms(), "act": sample()[2]}
            elif r < 0.85:
                q = {"q": terms(), **window()}
            elif r < 0.93:
                q = {"actor": actor(), "act": sample()[2]}
            else:
                q = {"act": sample()[2], **window()}
            out.append(q)
        return out
    finally:
        c.close()


def shape(q: dict) -> str:
    return "+".join(k for k in ("q", "actor", "act", "since") if k in q).replace("since", "dates")


def run(db: Path, queries: list[dict]) -> dict:
    from saidwhat.errors import NotFoundError
    from saidwhat.store import open_store

    times: list[float] = []
    by_shape: dict[str, list[float]] = {}
    slow: list[tuple[float, dict, int]] = []
    with open_store(db, readonly=True, aliases=None) as st:
        for q in queries[:20]:  # warm-up: the actor index and SQLite page cache
            try:
                st.search(q.get("q"), actor=q.get("actor"), act=q.get("act"), since=q.get("since"),
                          until=q.get("until"), limit=20)
            except NotFoundError:
                pass
        for q in queries:
            t = time.perf_counter()
            try:
                page = st.search(q.get("q"), actor=q.get("actor"), act=q.get("act"), since=q.get("since"),
                                 until=q.get("until"), limit=20)
                total = page.total
            except NotFoundError:  # an actor name that resolves ambiguously: still a timed query
                total = -1
            ms = (time.perf_counter() - t) * 1000
            times.append(ms)
            by_shape.setdefault(shape(q), []).append(ms)
            slow.append((ms, q, total))
    slow.sort(key=lambda x: -x[0])
    return {"times": times, "by_shape": by_shape, "slowest": slow[:5]}


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def report(label: str, db: Path, res: dict) -> None:
    c = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    n_st, n_art = (c.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("statements", "articles"))
    c.close()
    t = res["times"]
    p50, p95 = pct(t, 50), pct(t, 95)
    print(f"\n{label}: {n_art:,} articles, {n_st:,} statements, {len(t)} queries, "
          f"{db.stat().st_size / 1e6:.0f} MB")
    print(f"  {'':14} {'measured':>10} {'target':>10}")
    print(f"  {'p50':14} {p50:>8.1f}ms {'':>10}")
    print(f"  {'p95':14} {p95:>8.1f}ms {'< ' + str(int(TARGET_MS)) + ' ms':>10}  {'OK' if p95 < TARGET_MS else 'MISSED'}")
    print(f"  {'p99 / max':14} {pct(t, 99):>8.1f}ms {max(t):>8.1f}ms")
    for s, xs in sorted(res["by_shape"].items()):
        print(f"  {s:14} n={len(xs):<4} p50 {pct(xs, 50):6.1f} ms  p95 {pct(xs, 95):6.1f} ms")
    for ms, q, total in res["slowest"][:3]:
        qq = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in q.items()}
        print(f"  slow: {ms:6.1f} ms  {json.dumps(qq)}  ({total} hits)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, help="an existing SQLite store to measure (never modified: stage 2 grows a copy)")
    ap.add_argument("--reuters", type=int, default=3000, help="Reuters stories in the built store (no --db)")
    ap.add_argument("--queries", type=int, default=1000)
    ap.add_argument("--grow", type=int, default=1_000_000, help="statements in the stage-2 store (0 = skip)")
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--keep", type=Path, help="keep the stage-2 store here instead of a temp dir")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        if a.db:
            if not a.db.exists():
                print(f"no store at {a.db}", file=sys.stderr)
                return 2
            db = a.db
        else:
            if not BBC.exists() or not REUTERS.exists():
                print(f"data missing under {DATA}", file=sys.stderr)
                return 2
            db = tmp / "real.db"
            print(f"building the real store from BBC + {a.reuters} Reuters stories ...", file=sys.stderr)
            build(db, a.reuters)
        report("real articles" if not a.db else f"store {a.db}", db, run(db, make_queries(db, a.queries, a.seed)))
        if a.grow:
            big = a.keep or tmp / "grown.db"
            c = sqlite3.connect(db)
            c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            c.close()
            shutil.copyfile(db, big)
            t = time.perf_counter()
            n = grow(big, a.grow, a.seed)
            print(f"grew the store by {n:,} synthetic statements in {time.perf_counter() - t:.0f} s", file=sys.stderr)
            c = sqlite3.connect(big)
            c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            c.close()
            report(f"grown to {a.grow:,} statements", big, run(big, make_queries(big, a.queries, a.seed)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
