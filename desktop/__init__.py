"""MRT Desk's user interface: the PySide6 application and the Qt-free command line."""
