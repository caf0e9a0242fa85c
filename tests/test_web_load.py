"""The bounded load test (bench/web_load.py) runs: 100 concurrent keep-alive clients on loopback against a
real `saidwhat serve` with two processes, every request answered, p50/p95/p99 reported per endpoint.

Latency targets are the bench's business (README "Speed"), not asserted here: a shared CI machine's timing
says little. What this pins is that the server survives 100 connections at once and the report is complete.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path


ROOT = Path(__file__).resolve().parents[1]


def test_hundred_concurrent_clients_are_all_served(tmp_path):
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "web_load.py"), "--articles", "400",
                          "--clients", "100", "--requests", "25", "--think-ms", "100",
                          "--db", str(tmp_path / "load.db")],
                         capture_output=True, text=True, timeout=280, env=env, cwd=ROOT)
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
    assert "errors: none" in out.stdout
    rows = {m.group(1).strip(): m for m in re.finditer(r"^((?:page|api) \S+)\s+(\d+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)",
                                                       out.stdout, re.M)}
    assert len(rows) == 8, out.stdout
    for name, m in rows.items():
        assert int(m.group(2)) == 25, name
        p50, p95, p99 = (float(m.group(k)) for k in (3, 4, 5))
        assert 0 < p50 <= p95 <= p99, name
