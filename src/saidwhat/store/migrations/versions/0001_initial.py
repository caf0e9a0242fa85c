"""Initial store schema: stories, articles, removed spans, times, actors, aliases, statements, user alias
rules; FTS5 (SQLite) or tsvector + GIN (PostgreSQL) over statement content and article text.

Revision ID: 0001
Revises:
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('actors',
    sa.Column('id', sa.String(length=128), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('honorific', sa.String(length=16), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('alias_rules',
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('op', sa.String(length=8), nullable=False),
    sa.Column('a', sa.Text(), nullable=False),
    sa.Column('b', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('pk')
    )
    op.create_table('meta',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('stories',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('lead_article_id', sa.String(length=255), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('aliases',
    sa.Column('key', sa.String(length=255), nullable=False),
    sa.Column('actor_id', sa.String(length=128), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('n', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], ondelete='CASCADE'),
    sa.UniqueConstraint('key', 'actor_id', name='uq_alias_key_actor')
    )
    op.create_index(op.f('ix_aliases_actor_id'), 'aliases', ['actor_id'], unique=False)
    op.create_index('ix_aliases_key', 'aliases', ['key'], unique=False)
    op.create_table('articles',
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('id', sa.String(length=255), nullable=False),
    sa.Column('content_hash', sa.String(length=128), nullable=False),
    sa.Column('story_id', sa.String(length=64), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('published', sa.String(length=32), nullable=True),
    sa.Column('wire', sa.String(length=255), nullable=True),
    sa.Column('source', sa.String(length=255), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('origin', sa.Text(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('n_statements', sa.Integer(), nullable=False),
    sa.Column('minhash', sa.LargeBinary(), nullable=True),
    sa.Column('similarity', sa.String(length=16), nullable=True),
    sa.Column('ingested_at', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['story_id'], ['stories.id'], ),
    sa.PrimaryKeyConstraint('pk'),
    sa.UniqueConstraint('content_hash'),
    sa.UniqueConstraint('id')
    )
    op.create_index(op.f('ix_articles_published'), 'articles', ['published'], unique=False)
    op.create_index(op.f('ix_articles_story_id'), 'articles', ['story_id'], unique=False)
    op.create_index(op.f('ix_articles_wire'), 'articles', ['wire'], unique=False)
    op.create_table('article_actors',
    sa.Column('article_pk', sa.Integer(), nullable=False),
    sa.Column('local_id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('aliases', sa.Text(), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('actor_id', sa.String(length=128), nullable=True),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], ),
    sa.ForeignKeyConstraint(['article_pk'], ['articles.pk'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_pk', 'local_id')
    )
    op.create_index(op.f('ix_article_actors_actor_id'), 'article_actors', ['actor_id'], unique=False)
    op.create_table('removed',
    sa.Column('article_pk', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('reason', sa.String(length=255), nullable=False),
    sa.ForeignKeyConstraint(['article_pk'], ['articles.pk'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_pk', 'seq')
    )
    op.create_table('statements',
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('article_pk', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('sid', sa.String(length=64), nullable=False),
    sa.Column('story_id', sa.String(length=64), nullable=False),
    sa.Column('canonical', sa.Boolean(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('act', sa.String(length=32), nullable=False),
    sa.Column('content_text', sa.Text(), nullable=False),
    sa.Column('content_start', sa.Integer(), nullable=False),
    sa.Column('content_end', sa.Integer(), nullable=False),
    sa.Column('speaker_text', sa.Text(), nullable=True),
    sa.Column('speaker_start', sa.Integer(), nullable=True),
    sa.Column('speaker_end', sa.Integer(), nullable=True),
    sa.Column('speaker_local', sa.String(length=64), nullable=True),
    sa.Column('speaker_name', sa.Text(), nullable=True),
    sa.Column('speaker_via', sa.String(length=32), nullable=True),
    sa.Column('actor_id', sa.String(length=128), nullable=True),
    sa.Column('cue_text', sa.Text(), nullable=True),
    sa.Column('cue_start', sa.Integer(), nullable=True),
    sa.Column('cue_end', sa.Integer(), nullable=True),
    sa.Column('cue_lemma', sa.String(length=64), nullable=True),
    sa.Column('addr_text', sa.Text(), nullable=True),
    sa.Column('addr_start', sa.Integer(), nullable=True),
    sa.Column('addr_end', sa.Integer(), nullable=True),
    sa.Column('addr_local', sa.String(length=64), nullable=True),
    sa.Column('addr_name', sa.Text(), nullable=True),
    sa.Column('addr_actor_id', sa.String(length=128), nullable=True),
    sa.Column('said_on', sa.String(length=32), nullable=True),
    sa.Column('said_on_from', sa.String(length=32), nullable=True),
    sa.Column('said_date', sa.String(length=10), nullable=True),
    sa.Column('when_json', sa.Text(), nullable=True),
    sa.Column('about', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], ),
    sa.ForeignKeyConstraint(['addr_actor_id'], ['actors.id'], ),
    sa.ForeignKeyConstraint(['article_pk'], ['articles.pk'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk')
    )
    op.create_index(op.f('ix_statements_act'), 'statements', ['act'], unique=False)
    op.create_index(op.f('ix_statements_actor_id'), 'statements', ['actor_id'], unique=False)
    op.create_index(op.f('ix_statements_article_pk'), 'statements', ['article_pk'], unique=False)
    op.create_index(op.f('ix_statements_said_date'), 'statements', ['said_date'], unique=False)
    op.create_index(op.f('ix_statements_story_id'), 'statements', ['story_id'], unique=False)
    op.create_table('times',
    sa.Column('article_pk', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('tid', sa.String(length=64), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('type', sa.String(length=16), nullable=False),
    sa.Column('value', sa.String(length=64), nullable=False),
    sa.Column('anchor', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['article_pk'], ['articles.pk'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_pk', 'seq')
    )
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        # external-content FTS5: the index only, the text stays in articles/statements (rows are written
        # by the store in the same transaction as their article)
        op.execute("CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', "
                   "content_rowid='pk', tokenize='porter unicode61')")
        op.execute("CREATE VIRTUAL TABLE statements_fts USING fts5(content_text, speaker_name, "
                   "content='statements', content_rowid='pk', tokenize='porter unicode61')")
    elif dialect == "postgresql":
        op.execute("ALTER TABLE articles ADD COLUMN tsv tsvector GENERATED ALWAYS AS "
                   "(to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED")
        op.execute("CREATE INDEX ix_articles_tsv ON articles USING GIN (tsv)")
        op.execute("ALTER TABLE statements ADD COLUMN tsv tsvector GENERATED ALWAYS AS "
                   "(to_tsvector('english', content_text || ' ' || coalesce(speaker_name, ''))) STORED")
        op.execute("CREATE INDEX ix_statements_tsv ON statements USING GIN (tsv)")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TABLE IF EXISTS statements_fts")
        op.execute("DROP TABLE IF EXISTS articles_fts")
    for name in ("statements", "article_actors", "times", "removed", "articles", "aliases", "stories", "meta",
                 "alias_rules", "actors"):
        op.drop_table(name)
