"""kill -9 in the middle of an ingest, then run it again: nothing lost, nothing doubled.

A child process ingests hand-built articles one transaction each; we SIGKILL it while it writes (several
times), re-run it to completion, and check every article is stored exactly once with all its statements,
and the full-text index agrees with the tables.
"""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

N = 300

SCRIPT = textwrap.dedent(f"""
    import sys
    sys.path.insert(0, {str(Path(__file__).parent)!r})
    from corpus_kit import article, h
    from saidwhat.store import open_store
    st = open_store(sys.argv[1], aliases=None)
    for i in range({N}):
        a = article(f"art-{{i}}", [(f"Speaker{{i % 7}} Person", f"statement number {{i}} about topic{{i}}", "assert"),
                                   ("Mr Other", f"reply number {{i}}", "reject")],
                    tail=f"Unique filler {{i}} " * 30)
        st.ingest(a, content_hash=h(a))
    st.close()
    print("done")
""")


def _count(db: Path) -> int:
    try:
        c = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        n = c.execute("select count(*) from articles").fetchone()[0]
        c.close()
        return n
    except sqlite3.OperationalError:
        return 0


def test_kill_9_mid_ingest_then_rerun(tmp_path):
    db = tmp_path / "crash.db"
    script = tmp_path / "ingest.py"
    script.write_text(SCRIPT)
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    kills = 0
    for target in (40, 120, 200):
        p = subprocess.Popen([sys.executable, str(script), str(db)], env=env, stdout=subprocess.PIPE)
        deadline = time.time() + 120
        while _count(db) < target and p.poll() is None and time.time() < deadline:
            time.sleep(0.02)
        if p.poll() is None:
            p.send_signal(signal.SIGKILL)
            kills += 1
        p.wait()
        assert _count(db) < N, "the child finished before it could be killed"
    assert kills == 3
    out = subprocess.run([sys.executable, str(script), str(db)], env=env, capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0, out.stderr
    c = sqlite3.connect(db)
    assert c.execute("pragma integrity_check").fetchone()[0] == "ok"
    assert c.execute("select count(*), count(distinct id), count(distinct content_hash) from articles").fetchone() \
        == (N, N, N)
    # every article has both its statements, none twice
    per = c.execute("select a.id, count(s.pk) from articles a left join statements s on s.article_pk = a.pk "
                    "group by a.id").fetchall()
    assert {n for _, n in per} == {2}
    assert c.execute("select count(*) from statements").fetchone()[0] == 2 * N
    # the full-text index holds exactly the stored rows
    assert c.execute("select count(*) from statements_fts where statements_fts match 'reply'").fetchone()[0] == N
    assert c.execute("select count(*) from articles_fts where articles_fts match 'unique'").fetchone()[0] == N
    assert c.execute("select count(*) from article_actors where actor_id is null").fetchone()[0] == 0
    c.close()
