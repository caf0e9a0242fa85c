"""Shared pytest configuration: paths to ../shared, the one loaded English pipeline, fixture modules."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

pytest_plugins = ["pg"]

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, skipping the test with a reason when the data is not beside the repo."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} not present (CI puts ../shared beside the repo)")
    return p


@pytest.fixture(scope="session")
def nlp():
    from saidwhat.nlp.pipeline import load

    return load()
