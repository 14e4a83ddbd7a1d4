"""Reusable widgets: bound form fields and the findings panel."""
