"""Alembic migrations of the store, shipped inside the package and run by `db.migrate` at open."""

HEAD = "0004_summary"
"""The newest revision in `versions/` (a test keeps it true): an up-to-date database is
recognised without loading Alembic."""
