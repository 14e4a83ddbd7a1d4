"""The script PyInstaller freezes: the same `mrtdesk` entry point that pyproject.toml installs."""

import multiprocessing

from desktop.cli.main import entry

if __name__ == "__main__":
    # `forms.batch` starts worker processes; in the frozen app each one is this executable.
    multiprocessing.freeze_support()
    entry()
