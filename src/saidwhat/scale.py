"""Reading articles in parallel — in local processes or on Dask distributed workers — for one writer.

Why a module of its own, importable on every worker: Dask ships functions defined in `__main__` by
value, so a module-level model cache there never persists and every task would reload spaCy (~7
texts/s). Workers import `saidwhat.scale.read_batch` from the installed package instead; the model
loads once per worker process (the reader's `nlp.pipeline.load` is cached per process) and articles
travel in batches, not one per task (STACK.md: 4 batch tasks on 2 workers ~600 texts/s; one task per
text ~150). Workers only read: every result comes back to the one process that writes the store, in
input order, so a cluster run stores exactly what a local run does.
"""
from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from .errors import FormatError, SaidwhatError, StoreError
from .model import Article

#: articles per task. 16 keeps each task ~0.1-1 s of parsing (overhead per task is ~ms on Dask) while a
#: failing article costs at most one re-read of 15 others (see `read_batch`).
BATCH = 16


@dataclass(frozen=True, slots=True)
class Job:
    """One article to read: the raw record fields plus the content hash the store keys it by."""

    id: str
    text: str
    title: str | None
    published: str | None
    url: str | None
    source: str | None
    html: bool
    origin: str
    content_hash: str

    @classmethod
    def from_record(cls, rec: Any, content_hash: str = "", published: str | None = None) -> "Job":
        """A job for one `inputs.RawRecord`; `published` fills in a record that has no date of its own."""
        return cls(rec.id, rec.text, rec.title, rec.published or published, rec.url, rec.source, rec.html,
                   rec.origin, content_hash)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What reading one job gave: an article, or why it failed (the rest of the batch is unaffected)."""

    job: Job
    article: Article | None
    error: str | None = None


def _read_one(job: Job) -> Article:
    from . import read

    return read(job.text, published=job.published, doc_id=job.id, title=job.title, url=job.url,
                source=job.source, html=job.html)


def read_batch(jobs: list[Job]) -> list[Outcome]:
    """Read a batch with one shared parse; if any article fails, re-read one by one so only it fails."""
    from . import read_many

    try:
        arts = list(read_many(None, records=jobs))
        if len(arts) == len(jobs):
            return [Outcome(j, a) for j, a in zip(jobs, arts)]
    except Exception:  # noqa: BLE001 - isolate the failing article below
        pass
    out = []
    for j in jobs:
        try:
            out.append(Outcome(j, _read_one(j)))
        except SaidwhatError as e:
            out.append(Outcome(j, None, f"{type(e).__name__}: {e}"))
        except Exception as e:  # noqa: BLE001 - a reader bug on one article must not stop the others
            out.append(Outcome(j, None, f"internal error ({type(e).__name__}): {e}"))
    return out


def warm() -> bool:
    """Load the model now (called once per worker so the first batch is not slow)."""
    from .nlp.pipeline import load

    load()
    return True


def batches(jobs: Iterable[Job], size: int = BATCH) -> Iterator[list[Job]]:
    batch: list[Job] = []
    for j in jobs:
        batch.append(j)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _in_order(done: dict[int, list[Outcome]], nxt: int) -> tuple[list[Outcome], int]:
    out = []
    while nxt in done:
        out.extend(done.pop(nxt))
        nxt += 1
    return out, nxt


def read_local(jobs: Iterable[Job], *, workers: int = 1, size: int = BATCH) -> Iterator[Outcome]:
    """Outcomes in input order; `workers > 1` reads in that many spawned processes (one model each)."""
    if workers <= 1:
        for b in batches(jobs, size):
            yield from read_batch(b)
        return
    import concurrent.futures as cf
    import multiprocessing as mp

    # spawn, not fork: the parent holds a database connection and a progress-bar thread
    with cf.ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context("spawn")) as ex:
        yield from _pipeline(lambda b: _tag(ex.submit(read_batch, b), b), cf.wait, cf.FIRST_COMPLETED,
                             batches(jobs, size), 2 * workers)


def _pipeline(submit: Callable[[list[Job]], Any], wait: Callable, first: Any, bs: Iterator[list[Job]],
              window: int) -> Iterator[Outcome]:
    pending: dict[Any, int] = {}
    done: dict[int, list[Outcome]] = {}
    nxt = i = 0
    exhausted = False
    while True:
        while not exhausted and len(pending) < window:
            b = next(bs, None)
            if b is None:
                exhausted = True
                break
            pending[submit(b)] = i
            i += 1
        if not pending:
            break
        finished, _ = wait(list(pending), return_when=first)
        for f in finished:
            k = pending.pop(f)
            try:
                done[k] = f.result()
            except Exception as e:  # a worker died: fail only its batch's articles
                raise_if_fatal(e)
                done[k] = [Outcome(j, None, f"worker failed ({type(e).__name__}): {e}") for j in _jobs_of(f)]
        ready, nxt = _in_order(done, nxt)
        yield from ready


def raise_if_fatal(e: Exception) -> None:
    if isinstance(e, (KeyboardInterrupt, SystemExit)):
        raise e


def _tag(fut: Any, jobs: list[Job]) -> Any:
    fut._saidwhat_jobs = jobs
    return fut


def _jobs_of(fut: Any) -> list[Job]:
    return getattr(fut, "_saidwhat_jobs", [])


#: how long `dask_client` waits for a scheduler before giving up (tests lower it)
CONNECT_TIMEOUT = "10s"
_ADDRESS = re.compile(r"(?:(?P<scheme>[a-z]+)://)?(?P<host>\[[0-9a-fA-F:]+\]|[^\s:/\[\]]+):(?P<port>\d{1,5})/?")
_SCHEMES = ("tcp", "tls", "ws", "wss")


def check_address(address: str) -> None:
    """Refuse a `--dask` value that is neither "local" nor SCHEME://HOST:PORT, before anything is opened.

    Why here: distributed raises a bare ValueError deep in its comm layer for these, which would reach
    the user as a traceback, and only after the store was opened and the inputs planned.
    """
    if address == "local":
        return
    m = _ADDRESS.fullmatch(address.strip())
    scheme = (m.group("scheme") or "tcp") if m else None
    if m is None or scheme not in _SCHEMES or not 0 < int(m.group("port")) < 65536:
        raise FormatError(f"bad --dask address {address!r}: expected 'local' or a scheduler address "
                          f"SCHEME://HOST:PORT with SCHEME one of {', '.join(_SCHEMES)} "
                          "(e.g. tcp://10.0.0.5:8786)")


def dask_client(address: str, workers: int = 2):
    """A distributed Client: "local" starts a LocalCluster of `workers` processes; else a scheduler address."""
    check_address(address)
    try:
        from distributed import Client, LocalCluster
    except ImportError as e:  # pragma: no cover - dask is in the pinned stack
        raise StoreError(f"--dask needs the 'distributed' package: {e}") from None
    try:
        if address == "local":
            import warnings

            with warnings.catch_warnings():
                # the scheduler's HTTP server falls back to a random port when 8787 is taken: not news
                warnings.filterwarnings("ignore", message="Port 8787 is already in use")
                cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                                       dashboard_address=None)
            return Client(cluster)
        return Client(address.strip(), timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as e:
        raise SaidwhatError(f"cannot reach the Dask scheduler at {address}: {e}; start one with "
                            "`dask scheduler` and workers with `dask worker tcp://HOST:8786`, the saidwhat "
                            "package installed on every worker") from None


def read_dask(jobs: Iterable[Job], client, *, size: int = BATCH, window: int | None = None) -> Iterator[Outcome]:
    """Outcomes in input order, read on the cluster's workers (model loaded once per worker)."""
    from distributed import wait as dwait

    nworkers = max(1, len(client.scheduler_info().get("workers", {})))
    client.run(warm)  # load the model on every worker once, up front

    def submit(b: list[Job]):
        # pure=False: two equal batches must not be merged into one task
        return _tag(client.submit(read_batch, b, pure=False), b)

    def wait(fs, return_when):
        res = dwait(fs, return_when=return_when)
        return res.done, res.not_done

    yield from _pipeline(submit, wait, "FIRST_COMPLETED", batches(jobs, size), window or 3 * nworkers)


def close_client(client, *, local: bool) -> None:
    """Close a Dask client (None: nothing to do) and, for `--dask local`, the LocalCluster it started."""
    if client is None:
        return
    cluster = getattr(client, "cluster", None)
    client.close()
    if cluster is not None and local:
        cluster.close()


def cpu_count() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


__all__ = ["BATCH", "Job", "Outcome", "batches", "check_address", "dask_client", "read_batch", "read_dask", "read_local", "warm"]
