"""The typer application object and its sub-groups; command modules attach to these.

Kept apart from `__init__` so each command module (read, corpus, claims, web, time, eval) can import
`app` without import cycles. Nothing in the library imports the CLI.
"""
from __future__ import annotations

import typer

app = typer.Typer(
    name="saidwhat",
    help="Who said what, to whom, and when: evidence-linked statements from news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
eval_app = typer.Typer(help="Score saidwhat against annotated data sets.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")
actors_app = typer.Typer(help="Canonical actors in a store: list, merge, split.", invoke_without_command=True)


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        from saidwhat.model import SCHEMA

        typer.echo(f"saidwhat {version('saidwhat')} (output {SCHEMA})")
        raise typer.Exit(0)


@app.callback()
def _root(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Print the version and the output schema, then exit.")) -> None:
    """Who said what, to whom, and when: evidence-linked statements from news articles."""
