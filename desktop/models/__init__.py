"""Qt item models over domain objects (no views here)."""
