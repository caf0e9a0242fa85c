"""Data flows one way: each layer imports only the layers below it, checked in a fresh interpreter.

errors <- model <- clean / timex <- nlp, attribution, actors <- reader <- store, claims <- api, web <- cli.
A violation shows up as a module appearing in `sys.modules` that the imported one has no business loading
(e.g. the store pulling in spaCy, or the library pulling in the CLI).
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

# module -> modules (prefixes) that importing it must NOT load
FORBIDDEN = {
    # (importing any submodule runs the package __init__, which loads model; errors.py itself imports nothing)
    "saidwhat.errors": ["saidwhat.clean", "saidwhat.reader", "saidwhat.cli", "spacy", "sqlalchemy"],
    "saidwhat.model": ["saidwhat.cli", "saidwhat.store", "spacy", "sqlalchemy", "fastapi"],
    "saidwhat.clean": ["saidwhat.cli", "saidwhat.store", "saidwhat.reader", "spacy", "sqlalchemy"],
    "saidwhat.timex": ["saidwhat.cli", "saidwhat.store", "saidwhat.reader", "spacy", "sqlalchemy"],
    "saidwhat": ["saidwhat.cli", "saidwhat.store", "saidwhat.api", "spacy", "sqlalchemy", "fastapi", "typer"],
    # (spaCy itself imports typer for its own CLI, so typer is not a signal here)
    "saidwhat.reader": ["saidwhat.cli", "saidwhat.store", "saidwhat.api", "saidwhat.web", "saidwhat.claims",
                        "sqlalchemy", "fastapi"],
    "saidwhat.store": ["saidwhat.cli", "saidwhat.api", "saidwhat.web", "saidwhat.reader", "saidwhat.attribution",
                       "spacy", "fastapi", "typer"],
    "saidwhat.claims": ["saidwhat.cli", "saidwhat.api", "saidwhat.web", "saidwhat.store", "fastapi", "typer"],
    "saidwhat.api": ["saidwhat.cli", "typer"],
}


def _loaded(module: str) -> set[str]:
    code = f"import sys, json, {module}; print(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    return set(json.loads(out.stdout.splitlines()[-1]))


@pytest.mark.parametrize("module", sorted(FORBIDDEN))
def test_layer_imports_nothing_above_it(module):
    loaded = _loaded(module)
    bad = sorted(m for m in loaded for f in FORBIDDEN[module] if m == f or m.startswith(f + "."))
    assert not bad, f"importing {module} loads {bad}"


def test_errors_module_imports_nothing_of_saidwhat():
    from pathlib import Path

    import saidwhat.errors as errors

    src = Path(errors.__file__).read_text(encoding="utf-8")
    assert "from ." not in src and "import saidwhat" not in src and "from saidwhat" not in src
