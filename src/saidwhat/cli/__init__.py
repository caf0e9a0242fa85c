"""Command-line shell over the library: turns `SaidwhatError` into one line on stderr and exit code 2.

Each command module registers itself on `app` when imported below.
"""
from __future__ import annotations

import sys

from saidwhat.errors import SaidwhatError

from .app import app


def _register() -> None:
    from . import read  # noqa: F401  (read, eval polnear)
    from . import time  # noqa: F401  (timeline, eval tempeval)
    from . import corpus  # noqa: F401  (ingest, search, actors, actor, articles, export)
    from . import claims  # noqa: F401  (claims, conflicts, positions, eval fnc1)
    from . import web  # noqa: F401  (serve)


def main(argv: list[str] | None = None) -> int:
    """Entry point of `saidwhat`. Library errors become one clean line, never a traceback."""
    _register()
    try:
        rv = app(args=argv, prog_name="saidwhat", standalone_mode=False)
        if isinstance(rv, int):
            return rv
    except SaidwhatError as e:
        print(f"saidwhat: error: {e}", file=sys.stderr)
        return e.exit_code
    except KeyboardInterrupt:
        print("saidwhat: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except SystemExit as e:  # typer/click exits (usage errors already printed)
        return e.code if isinstance(e.code, int) else (0 if e.code is None else 2)
    except Exception as e:  # click usage errors raised in non-standalone mode
        import click

        if isinstance(e, click.exceptions.ClickException):
            e.show()
            return e.exit_code
        if isinstance(e, click.exceptions.Abort):
            print("saidwhat: aborted", file=sys.stderr)
            return 1
        raise
    return 0


if __name__ == "__main__":
    sys.exit(main())
