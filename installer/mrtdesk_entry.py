"""The script PyInstaller freezes: the same `mrtdesk` entry point that pyproject.toml installs."""

from desktop.cli.main import entry

if __name__ == "__main__":
    entry()
