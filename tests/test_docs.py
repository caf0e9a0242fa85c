"""The README and docs stay true: every command they show exists with the options shown, CI runs `make test`.

Commands are checked by parsing them with the real CLI (`--help` appended, so nothing runs), which fails
on an unknown command or option.
"""
from __future__ import annotations

import re
import shlex

import pytest

from saidwhat.cli import main
from conftest import ROOT

DOCS = [ROOT / "README.md", ROOT / "docs" / "output.md", ROOT / "docs" / "claims.md"]


def _commands() -> list[tuple[str, str]]:
    found = []
    for doc in DOCS:
        if not doc.exists():
            continue
        in_code = False
        for line in doc.read_text(encoding="utf-8").splitlines():
            if line.startswith("```"):
                in_code = not in_code
                continue
            if not in_code:
                continue
            # a command starts its line or follows a pipe: "[.venv/bin/]saidwhat CMD ..."
            m = re.search(r"(?:^|\|)\s*(?:\.venv/bin/)?saidwhat ((?:[a-z][\w-]*)(?: [^|>#]*)?)", line)
            if m and not line.lstrip().startswith(("import", "from", "art", "for", "#")):
                found.append((doc.name, m.group(1).strip()))
    return found


COMMANDS = _commands()


def test_readme_has_the_two_setup_commands():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make demo" in text and "make test" in text
    make = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^demo:", make, re.M) and re.search(r"^test:", make, re.M)
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_docs_show_commands():
    assert len(COMMANDS) >= 15, COMMANDS


@pytest.mark.parametrize("where, command", COMMANDS, ids=[c for _, c in COMMANDS])
def test_documented_command_parses(where, command, capsys):
    args = shlex.split(command)
    # keep the command path and its options; `--help` makes click parse them and stop before running
    words = [a for a in args if a != "-"]
    rc = main([*words, "--help"])
    out = capsys.readouterr()
    assert rc == 0, f"{where}: `saidwhat {command}` does not parse: {out.err.strip()}"


def test_no_placeholder_left_in_readme():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert not re.search(r"\b[A-Z]+_SECTION\b|TODO|TBD", text)


def test_output_doc_lists_every_act_reason_and_via():
    import json
    import typing

    from saidwhat.clean import REASONS
    from saidwhat.model import ACTS, SpeakerVia

    doc = (ROOT / "docs" / "output.md").read_text(encoding="utf-8")
    schema = json.loads((ROOT / "docs" / "schema" / "saidwhat-1.json").read_text(encoding="utf-8"))
    vias = set(typing.get_args(SpeakerVia))
    speaker = schema["$defs"]["statement"]["properties"]["speaker"]["oneOf"][1]
    assert vias == set(speaker["properties"]["via"]["enum"])
    assert set(ACTS) == set(schema["$defs"]["statement"]["properties"]["act"]["enum"])
    for word in (*ACTS, *REASONS, *vias):
        assert f"| `{word}` |" in doc, word


def test_packaged_schema_is_the_documented_one():
    from importlib.resources import files

    packaged = files("saidwhat").joinpath("schema/saidwhat-1.json").read_text(encoding="utf-8")
    assert packaged == (ROOT / "docs" / "schema" / "saidwhat-1.json").read_text(encoding="utf-8")


def _cli_commands() -> list[str]:
    import typer

    from saidwhat.cli import _register
    from saidwhat.cli.app import app

    _register()
    root = typer.main.get_command(app)
    out = []
    for name, cmd in root.commands.items():
        subs = getattr(cmd, "commands", None)
        out += [f"{name} {s}" for s in subs] if subs else [name]
        if subs and name == "actors":
            out.append(name)  # `actors` itself lists actors
    return sorted(out)


@pytest.mark.parametrize("command", _cli_commands())
def test_every_cli_command_is_documented(command):
    text = "\n".join(d.read_text(encoding="utf-8") for d in DOCS if d.exists())
    assert re.search(rf"saidwhat {re.escape(command)}\b", text), f"`saidwhat {command}` is not shown in README/docs"
