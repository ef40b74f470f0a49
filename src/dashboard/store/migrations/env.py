"""Alembic's entry point for the store's migrations.

The store runs them itself (`open_store`, `upgrade_database`), handing over a connection in a
transaction it holds. The alembic command line (a developer writing a new revision, see the
README) reaches the configured database instead.
"""

from alembic import context

from dashboard.store.database import database_url, store_engine
from dashboard.store.models import Base


def run_migrations(connection) -> None:
    # render_as_batch: SQLite alters a table by copying it; new revisions get that for free.
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is None:
    engine = store_engine(database_url())
    with engine.connect() as connection:
        run_migrations(connection)
    engine.dispose()
else:
    run_migrations(connection)
