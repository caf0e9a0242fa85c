"""Commands registered on the saidwhat CLI (being written)."""
from .app import app  # noqa: F401
