"""The home page: the list of declarations and the first-run state."""
