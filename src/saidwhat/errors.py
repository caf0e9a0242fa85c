"""The one exception tree of saidwhat.

Every error says what was found and what is supported. The library raises these; only the shells
(CLI, REST) turn them into exit codes or HTTP statuses. This module imports nothing of saidwhat.
"""
from __future__ import annotations


class SaidwhatError(Exception):
    """Base of every error saidwhat raises on purpose. `exit_code` is what the CLI exits with."""

    exit_code = 2
    http_status = 400


class InputError(SaidwhatError):
    """The input cannot be read: empty, binary, undecodable, too large, malformed."""


class EmptyInputError(InputError):
    """The input holds no text."""


class BinaryInputError(InputError):
    """The input looks binary (NUL bytes or mostly control characters)."""


class DecodeError(InputError):
    """The input is not valid text in any encoding we try."""


class TooLargeError(InputError):
    """The input is larger than the configured `max_bytes`."""

    http_status = 413


class FormatError(InputError):
    """Unknown or malformed format (e.g. a bad JSON line, an unknown `--format`)."""


class DateError(SaidwhatError):
    """A date given by the user (e.g. `--date`) cannot be parsed."""


class ModelError(SaidwhatError):
    """A model or data file the package needs is missing or broken."""


class StoreError(SaidwhatError):
    """The store cannot be opened or written (bad URL, locked, read-only, newer schema)."""


class OutdatedStoreError(StoreError):
    """The store was made by an older saidwhat: opening it writable once upgrades it (alembic)."""


class NotFoundError(SaidwhatError):
    """A requested article, actor or statement does not exist."""

    http_status = 404
