"""Dask scale-out against a real `distributed.LocalCluster` (2 worker processes, 1 thread each).

What must hold: reading on the cluster's workers stores exactly what a local run stores (same
articles, stories, statements, actors, aliases), whichever worker read which batch and in whatever
order the batches finished; and a bad or unreachable `--dask` address is one clean line, exit 2, with
no store created. The articles are short ones written for this test (two stories across two days with
recurring speakers, one wire copy), so the whole module runs in well under a minute.
"""
from __future__ import annotations

import json
import socket
import sqlite3
from pathlib import Path

import pytest

from saidwhat import scale
from saidwhat.cli import main
from saidwhat.inputs import InputFailure, content_hash, iter_records

# the scheduler's HTTP server moves off 8787 when another cluster holds it; harmless here
pytestmark = pytest.mark.filterwarnings("ignore:Port 8787 is already in use")

ARTICLES = [
    ("harbour-1", "2025-04-02", "Port strike enters third day",
     "Dock workers in Westhaven stayed off the job for a third day on Wednesday as talks over pay stalled.\n\n"
     "\"We are not going back until the offer matches the cost of living,\" union leader Maria Okonkwo told "
     "reporters outside the gates.\n\n"
     "Harbour master Peter Lindqvist said the backlog of container ships had grown to fourteen vessels.\n\n"
     "Ms Okonkwo accused the port authority of refusing to publish its accounts. \"They say there is no money, "
     "but they will not show us the books,\" she said.\n\n"
     "The authority denied that it was hiding anything and said it would meet the union again on Friday."),
    ("harbour-2", "2025-04-04", "Port talks resume as ships queue",
     "Talks between the Westhaven port authority and the dock workers' union resumed on Friday.\n\n"
     "Mr Lindqvist warned that perishable cargo was already being diverted to other ports. \"Every day we lose "
     "is a day our competitors win,\" he said.\n\n"
     "Maria Okonkwo said the union had made a new offer but would not describe it.\n\n"
     "\"We want a fair deal, not a quick one,\" Ms Okonkwo said."),
    ("school-1", "2025-05-11", "Council votes to close village school",
     "The district council voted on Tuesday to close the primary school in Ashby Fields at the end of the year.\n\n"
     "Councillor David Mensah, who chairs the education committee, said falling pupil numbers left the council "
     "no choice.\n\n"
     "\"We cannot keep a building open for nineteen children when the school in the next town has empty "
     "classrooms,\" Mr Mensah said.\n\n"
     "Parents urged the council to reconsider. \"Closing it will tear the heart out of this village,\" said "
     "Helen Varga, who has two children at the school."),
    ("school-2", "2025-05-12", "Parents vow to fight school closure",
     "Parents in Ashby Fields said on Wednesday they would challenge the council's decision to shut the village "
     "primary school.\n\n"
     "Helen Varga said a petition had gathered more than eight hundred signatures in a day.\n\n"
     "\"The council never asked us what we thought,\" Ms Varga told a meeting in the church hall.\n\n"
     "David Mensah insisted the consultation had been fair and said he would meet the parents next week."),
    ("river-1", "2025-06-20", "Flood barrier opens early",
     "Engineers raised the new flood barrier on the river Aldon two weeks ahead of schedule on Friday.\n\n"
     "\"This barrier will protect four thousand homes from the kind of flooding we saw last winter,\" said the "
     "regional environment minister, Sofia Brandt.\n\n"
     "Ms Brandt denied that costs had overrun, saying the project had come in under budget.\n\n"
     "Local resident Tomasz Nowak said he was relieved. \"For the first time in years I will sleep through a "
     "storm,\" he said."),
]
# a wire copy of the last story: new headline, one sentence trimmed
ARTICLES.append(("river-1-copy", "2025-06-20", "Aldon barrier raised ahead of time",
                 ARTICLES[4][3].replace("Local resident Tomasz Nowak", "Resident Tomasz Nowak")))


@pytest.fixture(scope="module")
def feed(tmp_path_factory) -> Path:
    p = tmp_path_factory.mktemp("dask") / "feed.jsonl"
    with p.open("w", encoding="utf-8") as f:
        for aid, day, title, text in ARTICLES:
            f.write(json.dumps({"id": aid, "published": day, "title": title, "text": text}) + "\n")
    return p


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=50) as cl, distributed.Client(cl) as client:
        yield cl, client


def snapshot(db: Path) -> dict[str, list]:
    """Everything a run stores that must not depend on where or in what order articles were read."""
    c = sqlite3.connect(db)
    q = {
        "articles": "SELECT id, content_hash, story_id, title, published, wire, n_statements, similarity, text "
                    "FROM articles ORDER BY pk",
        "stories": "SELECT id, lead_article_id FROM stories ORDER BY id",
        "statements": "SELECT a.id, s.seq, s.sid, s.story_id, s.canonical, s.kind, s.act, s.content_text, "
                      "s.content_start, s.content_end, s.speaker_text, s.speaker_name, s.actor_id, s.addr_actor_id, "
                      "s.cue_lemma, s.said_on, s.said_date FROM statements s JOIN articles a ON a.pk = s.article_pk "
                      "ORDER BY s.pk",
        "actors": "SELECT id, name, kind, honorific FROM actors ORDER BY id",
        "aliases": "SELECT key, actor_id, text, kind, n FROM aliases ORDER BY key, actor_id",
        "article_actors": "SELECT a.id, x.local_id, x.name, x.actor_id FROM article_actors x "
                          "JOIN articles a ON a.pk = x.article_pk ORDER BY a.pk, x.local_id",
        "removed": "SELECT a.id, r.seq, r.start, r.end, r.reason FROM removed r JOIN articles a ON a.pk = r.article_pk "
                   "ORDER BY a.pk, r.seq",
    }
    try:
        return {k: c.execute(v).fetchall() for k, v in q.items()}
    finally:
        c.close()


def test_cli_on_a_cluster_stores_what_a_local_run_stores(cluster, feed, tmp_path, capsys):
    from distributed import get_task_stream

    cl, client = cluster
    local_db, dask_db = tmp_path / "local.db", tmp_path / "dask.db"
    assert main(["ingest", str(feed), "--db", str(local_db), "-q"]) == 0
    # --batch 1: six tasks, so both workers read and batches can finish out of order
    with get_task_stream(client) as ts:
        assert main(["ingest", str(feed), "--db", str(dask_db), "-q", "--batch", "1",
                     "--dask", cl.scheduler_address]) == 0
    err = capsys.readouterr().err
    assert "read 6, stored 6 (5 new, 1 copies" in err, err
    ran_on = {t["worker"] for t in ts.data if str(t["key"]).startswith("read_batch")}
    assert len(ran_on) == 2, ts.data

    local, dask = snapshot(local_db), snapshot(dask_db)
    assert len(local["articles"]) == 6 and len(local["stories"]) == 5
    assert len(local["statements"]) >= 15
    # the same speaker across articles is one corpus actor with statements in both
    okonkwo = {r[0] for r in local["statements"] if r[11] and "Okonkwo" in r[11]}
    assert okonkwo == {"harbour-1", "harbour-2"}
    assert len({r[12] for r in local["statements"] if r[0] in okonkwo and r[11] and "Okonkwo" in r[11]}) == 1
    for table in local:
        assert dask[table] == local[table], table

    # idempotent on the cluster too: the same feed again reads nothing and adds nothing
    assert main(["ingest", str(feed), "--db", str(dask_db), "-q", "--dask", cl.scheduler_address]) == 0
    assert "skipped 6 duplicate" in capsys.readouterr().err
    assert snapshot(dask_db) == dask


def test_read_dask_returns_outcomes_in_input_order(cluster, feed):
    _, client = cluster
    recs = [r for r in iter_records([str(feed)], fmt="jsonl") if not isinstance(r, InputFailure)]
    jobs = [scale.Job(r.id, r.text, r.title, r.published, r.url, r.source, r.html, r.origin, content_hash(r.text))
            for r in recs]
    # a failing job (text that is not a string) must fail alone, without losing its batch-mates
    bad = scale.Job("broken", None, None, None, None, None, False, "broken", "x" * 64)  # type: ignore[arg-type]
    jobs.insert(2, bad)
    got = list(scale.read_dask(jobs, client, size=2, window=2))
    want = list(scale.read_local(jobs))
    assert [o.job.id for o in got] == [j.id for j in jobs]
    assert [o.article is None for o in got] == [j is bad for j in jobs]
    assert [o.article.to_dict() if o.article else None for o in got] == \
        [o.article.to_dict() if o.article else None for o in want]


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("address", ["nonsense", "foo://host:8786", "tcp://host:99999", "tcp://host"])
def test_malformed_dask_address_is_one_line_exit_2(address, feed, tmp_path, capsys):
    db = tmp_path / "x.db"
    assert main(["ingest", str(feed), "--db", str(db), "--dask", address]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("saidwhat: error: bad --dask address"), err
    assert not db.exists()


def test_unreachable_scheduler_is_one_line_exit_2(feed, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(scale, "CONNECT_TIMEOUT", "1s")
    db = tmp_path / "x.db"
    assert main(["ingest", str(feed), "--db", str(db), "--dask", f"tcp://127.0.0.1:{_closed_port()}"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("saidwhat: error: cannot reach the Dask scheduler"), err
    assert not db.exists()


@pytest.mark.slow
def test_dask_local_matches_a_local_run(feed, tmp_path, capsys):
    """`--dask local` starts (and stops) its own LocalCluster of --jobs workers."""
    local_db, dask_db = tmp_path / "local.db", tmp_path / "dask.db"
    assert main(["ingest", str(feed), "--db", str(local_db), "-q"]) == 0
    assert main(["ingest", str(feed), "--db", str(dask_db), "-q", "--dask", "local", "--jobs", "2",
                 "--batch", "2"]) == 0
    assert snapshot(dask_db) == snapshot(local_db)
