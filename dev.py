"""The developer entry point: sets up a virtual environment and runs the app or the test suite.

`python3 dev.py app` starts MRT Desk; `python3 dev.py test` runs every check (ruff, mypy,
import-linter, pytest). Both create `.venv` and install the project on first use, and reinstall
when `pyproject.toml` changes, so a fresh clone needs nothing else.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".mrtdesk-installed"


def ensure_env() -> None:
    """Create the virtual environment and install the project when needed."""
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == wanted and PY.exists():
        return
    if not _has_pip():
        # Also repairs a .venv left half-made by an interrupted first run.
        print("Creating .venv …", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    print("Installing MRT Desk and its development tools …", flush=True)
    run([str(PY), "-m", "pip", "install", "-q", "--upgrade", "pip"])
    run([str(PY), "-m", "pip", "install", "-q", "-e", f"{ROOT}[dev]"])
    STAMP.write_text(wanted)


def _has_pip() -> bool:
    if not PY.exists():
        return False
    probe = subprocess.run([str(PY), "-m", "pip", "--version"], capture_output=True, cwd=ROOT)
    return probe.returncode == 0


def run(cmd: list[str], env: dict[str, str] | None = None) -> None:
    code = subprocess.call(cmd, cwd=ROOT, env=env)
    if code != 0:
        sys.exit(code)


def test(extra: list[str]) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    print("== ruff", flush=True)
    run([str(PY), "-m", "ruff", "check", "."], env)
    run([str(PY), "-m", "ruff", "format", "--check", "."], env)
    print("== mypy", flush=True)
    run([str(PY), "-m", "mypy"], env)
    print("== import-linter", flush=True)
    run([str(BIN / "lint-imports")], env)
    print("== pytest", flush=True)
    run([str(PY), "-m", "pytest", *extra], env)


def main() -> None:
    args = sys.argv[1:]
    if not args or args[0] not in {"app", "test", "bench", "setup"}:
        sys.exit("usage: python3 dev.py app|test|bench|setup [arguments …]")
    ensure_env()
    if args[0] == "app":
        run([str(BIN / "mrtdesk"), *args[1:]])
    elif args[0] == "test":
        test(args[1:])
    elif args[0] == "bench" and "--scale" in args:
        # 10,000 declarations and 1,000 received files, every figure in one table.
        run(
            [str(PY), "tests/bench/bench_scale.py", *args[1:]],
            dict(os.environ, MRTDESK_BENCH_SCALE="1"),
        )
    elif args[0] == "bench":
        # Benchmarks are bench_*.py so that the default test run does not collect them.
        bench = ["-o", "python_files=bench_*.py", "-s", "-p", "no:cacheprovider"]
        run([str(PY), "-m", "pytest", "tests/bench", *bench, *args[1:]])


if __name__ == "__main__":
    main()
