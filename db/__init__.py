"""The local store: every declaration kept in SQLite, with history, backups and migrations."""
