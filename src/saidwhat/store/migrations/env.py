"""Alembic environment for the saidwhat store, run programmatically by `open_store` (no alembic.ini).

The caller passes an open connection in `config.attributes["connection"]`; migrations run inside the
caller's transaction so a failed upgrade leaves nothing half-written.
"""
from __future__ import annotations

from alembic import context

from saidwhat.store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata,
                  render_as_batch=connection.dialect.name == "sqlite", transactional_ddl=True)
with context.begin_transaction():
    context.run_migrations()
