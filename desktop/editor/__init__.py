"""The guided editor: section list, pages, findings, undo."""
