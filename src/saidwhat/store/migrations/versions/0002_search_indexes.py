"""Search indexes: (act | actor_id | nothing, canonical, said_date) so filtered searches read in date order.

Why: `search` filters on act/actor/date with `canonical IS 1` and orders newest first. With only
single-column indexes SQLite fetched every statement of an act (60% of the corpus for "assert") and
sorted them for a page of 20, and counted through the table for `canonical`; these composite indexes
let it walk one index range in order and count from the index alone. The single-column act and
actor_id indexes are prefixes of the new ones and are dropped. `lower(actors.name)` lets `--actor NAME`
be found by index instead of loading every actor into memory.

Revision ID: 0002
Revises: 0001
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_statements_act_canonical_date", "statements", ["act", "canonical", "said_date"])
    op.create_index("ix_statements_actor_canonical_date", "statements", ["actor_id", "canonical", "said_date"])
    op.create_index("ix_statements_canonical_date", "statements", ["canonical", "said_date"])
    op.drop_index("ix_statements_act", table_name="statements")
    op.drop_index("ix_statements_actor_id", table_name="statements")
    op.create_index("ix_actors_lower_name", "actors", [sa.text("lower(name)")])


def downgrade() -> None:
    op.drop_index("ix_actors_lower_name", table_name="actors")
    op.create_index("ix_statements_actor_id", "statements", ["actor_id"])
    op.create_index("ix_statements_act", "statements", ["act"])
    op.drop_index("ix_statements_canonical_date", table_name="statements")
    op.drop_index("ix_statements_actor_canonical_date", table_name="statements")
    op.drop_index("ix_statements_act_canonical_date", table_name="statements")
