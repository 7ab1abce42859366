"""Migrating the test database to an earlier state and back, for tests of data migrations:
rows are created with the models as they were then (``Migrator.apps``), the migration
under test is applied, and the rows are read with today's models. Such tests need
``django_db(transaction=True)``: schema changes cannot run inside the test's transaction
on SQLite."""

from django.db import connection
from django.db.migrations.executor import MigrationExecutor


class Migrator:
    def __init__(self) -> None:
        self.executor = MigrationExecutor(connection)

    def migrate(self, targets: list[tuple[str, str | None]]):
        """Migrate to ``targets`` (forwards or backwards; ``(app, None)`` unapplies an app);
        returns the app registry of the models as the applied migrations leave them."""
        self.executor.loader.build_graph()
        self.executor.migrate(targets)
        self.executor.loader.build_graph()
        applied = list(self.executor.loader.applied_migrations)
        return self.executor.loader.project_state(applied).apps

    def migrate_to_latest(self) -> None:
        self.executor.loader.build_graph()
        self.executor.migrate(self.executor.loader.graph.leaf_nodes())
