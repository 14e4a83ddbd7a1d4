"""Asking one's own suppliers: the supplier directory, campaigns (what was asked of whom, by
when), intake of the files that come back with a verdict each, feedback, and the response
share that answers the supplier-coverage question."""
