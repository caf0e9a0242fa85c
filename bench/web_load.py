"""Bounded load test of the web UI and JSON API on loopback: p50/p95/p99 per endpoint.

    .venv/bin/python bench/web_load.py --articles 20000 --clients 100 --requests 400

Builds (or reuses, `--db`) a store of synthetic hand-built articles (`saidwhat.web.sample`, no model),
starts `saidwhat serve` in its own process on a free loopback port, and runs `--clients` concurrent
keep-alive clients (asyncio, one connection each) over a fixed mix of pages and API calls. Each endpoint gets `--requests` requests with
varied parameters. Targets (issue 7): p99 < 500 ms for pages, < 100 ms for API searches; the last column
prints p99 / target measured in the same run. Client and server share this machine's cores, so
latencies include the client's own scheduling.
"""
from __future__ import annotations

import argparse
import asyncio
import hashlib
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from urllib.parse import quote

from saidwhat.store import open_store
from saidwhat.web.sample import PEOPLE, TOPICS, sample_articles
from saidwhat.web.serve import free_port

PAGE_TARGET_MS, API_SEARCH_TARGET_MS = 500.0, 100.0


def build(db: str, n: int) -> None:
    t = time.perf_counter()
    with open_store(db) as st:
        have = st.stats().articles
        if have >= n:
            print(f"store {db}: {have:,} articles already", flush=True)
            return
        arts = sample_articles(n, copies_every=10)[have:]
        for i, a in enumerate(arts, 1):
            st.ingest(a, content_hash=hashlib.sha256(a.document.text.encode()).hexdigest(), origin="bench")
            if i % 2000 == 0:
                print(f"  ingested {have + i:,} ({(have + i) / (time.perf_counter() - t):.0f}/s)", flush=True)
        print(f"store {db}: {st.stats().articles:,} articles, {st.stats().statements:,} statements, "
              f"built in {time.perf_counter() - t:.0f} s", flush=True)


def endpoints(store_db: str, rng: random.Random, vocab: str = "sample") -> dict[str, tuple[str, list[str]]]:
    """name -> (kind, list of paths); kind is 'page', 'api-search' or 'api'.

    `vocab="sample"`: search words and names from the synthetic generator; `"store"`: drawn from the store
    itself (words of 300 stored statements, the 30 most quoted actors), for a store of real articles.
    """
    with open_store(store_db, readonly=True) as st:
        ids = [a.id for a in st.list_articles(limit=200, offset=rng.randrange(max(1, st.stats().articles - 200))).items]
        top = st.actors(top=30).items
        actors = [a.id for a in top]
        if vocab == "store":
            hits = st.search(limit=300, offset=rng.randrange(1000)).items
            words = sorted({w.strip(".,;:\"'()“”’").lower() for h in hits for w in h.statement.content.text.split()
                            if len(w.strip(".,;:\"'()“”’")) > 4 and w.strip(".,;:\"'()“”’").isalpha()})
            names = [a.name for a in top]
    if vocab != "store":
        words = [w for c, _, q in TOPICS for w in (c.split() + q.split()) if len(w) > 4]
        names = [p[0] for p in PEOPLE]
    pick = rng.choice
    since = "&since=2024-06-01" if vocab != "store" else ""  # the synthetic stories are dated 2024-2025
    k = 50
    return {
        "page /": ("page", ["/"] * k),
        "page /articles/{id}": ("page", [f"/articles/{pick(ids)}" for _ in range(k)]),
        "page /actors/{id}": ("page", [f"/actors/{pick(actors)}" for _ in range(k)]),
        "page /search?q": ("page", [f"/search?q={pick(words)}" for _ in range(k)]),
        "page /search?filters": ("page", [f"/search?actor={quote(pick(names))}&act=deny{since}" for _ in range(k)]),
        "api /api/search?q": ("api-search", [f"/api/search?q={pick(words)}&limit=20" for _ in range(k)]),
        "api /api/search?actor&act": ("api-search", [f"/api/search?actor={quote(pick(names))}&act={pick(['deny', 'warn', 'assert'])}&limit=20"
                                                     for _ in range(k)]),
        "api /api/articles/{id}": ("api", [f"/api/articles/{pick(ids)}" for _ in range(k)]),
    }


class Connection:
    """One keep-alive HTTP/1.1 connection on loopback, spoken by hand.

    Why not httpx: with 100 connections its client work ran on the cores the server also needs and the
    bench measured mostly itself (closed loop: 97 req/s with httpx, 469 req/s with this client against the
    same server and store). GET only; Content-Length or chunked bodies.
    """

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> int:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        try:
            self.writer.write(f"GET {path} HTTP/1.1\r\nHost: {self.host}\r\n\r\n".encode())
            await self.writer.drain()
            head = await self.reader.readuntil(b"\r\n\r\n")
            status = int(head.split(b" ", 2)[1])
            headers = {k.strip().lower(): v.strip() for k, _, v in
                       (line.partition(b":") for line in head.split(b"\r\n")[1:] if line)}
            if headers.get(b"transfer-encoding", b"").lower() == b"chunked":
                while size := int((await self.reader.readuntil(b"\r\n")).strip(), 16):
                    await self.reader.readexactly(size + 2)
                await self.reader.readuntil(b"\r\n")
            else:
                await self.reader.readexactly(int(headers.get(b"content-length", b"0")))
            if headers.get(b"connection", b"").lower() == b"close":
                self.close()
            return status
        except (OSError, asyncio.IncompleteReadError, ValueError):
            self.close()  # the next request reconnects
            raise

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def run(port: int, eps: dict, clients: int, per_endpoint: int, rng: random.Random,
              think: float = 0.0) -> tuple[dict[str, list[float]], float, int]:
    """Each client takes the next request from one shuffled queue; with `think`, it pauses 0.5-1.5x `think`
    between requests and starts at a random moment within the first `think` (people do not all click in the
    same millisecond; without that, the first 100 requests arrive as one burst and fill the top 5 %)."""
    jobs = [(name, rng.choice(paths)) for name, (_, paths) in eps.items() for _ in range(per_endpoint)]
    rng.shuffle(jobs)
    lat: dict[str, list[float]] = {name: [] for name in eps}
    errors: dict[str, int] = {}
    queue: asyncio.Queue = asyncio.Queue()
    for j in jobs:
        queue.put_nowait(j)

    async def worker() -> None:
        conn = Connection("127.0.0.1", port)
        if think:
            await asyncio.sleep(think * rng.random())
        while True:
            try:
                name, path = queue.get_nowait()
            except asyncio.QueueEmpty:
                conn.close()
                return
            t = time.perf_counter()
            try:
                ok = await asyncio.wait_for(conn.get(path), 60) == 200
            except (OSError, asyncio.IncompleteReadError, asyncio.TimeoutError, ValueError) as e:
                ok = False  # a dropped or timed-out connection counts as an error, not a crash
                errors[f"{name} ({type(e).__name__})"] = errors.get(f"{name} ({type(e).__name__})", 0) + 1
            dt = (time.perf_counter() - t) * 1000
            if not ok:
                errors[name] = errors.get(name, 0) + 1
            lat[name].append(dt)
            if think:
                await asyncio.sleep(think * (0.5 + rng.random()))

    t0 = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(clients)))
    wall = time.perf_counter() - t0
    print(f"{len(jobs):,} requests by {clients} concurrent clients in {wall:.1f} s ({len(jobs) / wall:.0f} req/s); "
          f"errors: {errors or 'none'}")
    return lat, len(jobs) / wall, sum(v for k, v in errors.items() if "(" not in k)


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=20_000, help="stories in the store (plus 1 wire copy per 10)")
    ap.add_argument("--clients", type=int, default=100)
    ap.add_argument("--requests", type=int, default=300, help="requests per endpoint")
    ap.add_argument("--db", help="store to build or reuse (default: a temporary file, removed after)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--workers", type=int, default=2, help="server processes (saidwhat serve --workers)")
    ap.add_argument("--vocab", choices=("sample", "store"), default="sample",
                    help="search words and names: from the synthetic generator, or drawn from the store (real data)")
    ap.add_argument("--think-ms", type=float, default=0.0,
                    help="pause of each client between its requests (0: closed loop, every client always waiting)")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    tmp = None
    if not args.db:
        tmp = tempfile.TemporaryDirectory(prefix="saidwhat-bench-")
        args.db = str(Path(tmp.name) / "bench.db")
    if args.vocab == "sample":
        build(args.db, args.articles)
    eps = endpoints(args.db, rng, args.vocab)
    port = free_port()
    exe = Path(sys.executable).with_name("saidwhat")
    server = subprocess.Popen([str(exe), "serve", "--db", args.db, "--port", str(port),
                               "--workers", str(args.workers)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(base + "/api/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                print("server did not start:", server.stderr.read() if server.poll() is not None else "timeout")
                return 1
            time.sleep(0.3)
        # each server process clusters claims once at start (a few seconds of CPU): wait for that, so the
        # run measures serving, not start-up; /api/conflicts blocks until its process has finished
        for _ in range(4 * args.workers):
            httpx.get(base + "/api/conflicts?limit=1", timeout=600)
        for _, (_, paths) in eps.items():  # warm caches and the thread pool, one request per endpoint
            httpx.get(base + paths[0], timeout=60)
        lat, rate, failed = asyncio.run(run(port, eps, args.clients, args.requests, rng, args.think_ms / 1000))
    finally:
        died = server.poll()
        server.terminate()
        server.wait(timeout=20)
        if died is not None:
            print(f"server exited with {died} during the run:\n{server.stderr.read()[-2000:]}")
        if tmp:
            tmp.cleanup()
    print(f"\n{'endpoint':32} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'target':>8} {'p99/target':>10}")
    worst = 0.0
    for name, (kind, _) in eps.items():
        xs = lat[name]
        target = PAGE_TARGET_MS if kind == "page" else API_SEARCH_TARGET_MS if kind == "api-search" else None
        p99 = pct(xs, 99)
        ratio = f"{p99 / target:.2f}" if target else "-"
        worst = max(worst, p99 / target) if target else worst
        print(f"{name:32} {len(xs):5d} {pct(xs, 50):8.1f} {pct(xs, 95):8.1f} {p99:8.1f} "
              f"{(f'{target:.0f}' if target else '-'):>8} {ratio:>10}")
    print(f"\nall: p50 {statistics.median([x for v in lat.values() for x in v]):.1f} ms; "
          f"worst p99/target {worst:.2f} ({'meets' if worst < 1 else 'misses'} the targets) on "
          f"{args.articles:,} stories, {os.cpu_count()} CPU(s), {args.workers} server process(es), "
          f"think time {args.think_ms:.0f} ms, {rate:.0f} req/s")
    if failed:
        print(f"{failed} request(s) failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
