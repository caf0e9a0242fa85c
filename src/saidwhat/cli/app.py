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
