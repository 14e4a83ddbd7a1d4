"""Smoke test of the frozen Linux bundle: the program a user unpacks, run as a user would.

Runs only when a bundle is at hand: `dist/mrtdesk/` from installer/build_linux.sh, or
`MRTDESK_BUILD_BUNDLE=1`, which builds it first (about 4 minutes on 2 cores from scratch).
"""

from __future__ import annotations

import importlib.metadata
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT, SHARED, TEMPLATE_FILES, missing

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800)]

DIST = ROOT / "dist" / "mrtdesk"
EXE = DIST / "mrtdesk"
BUILD = os.environ.get("MRTDESK_BUILD_BUNDLE", "") in {"1", "true", "yes"}
FILLED = sorted((SHARED / "fixtures" / "filled").glob("*.xlsx"))
MAX_BUNDLE_MIB = 250  # measured 158.6 MiB; a guard against pulling in Qt modules by accident


@pytest.fixture(scope="module")
def bundle() -> Path:
    if not sys.platform.startswith("linux"):
        pytest.skip("the smoke test freezes the Linux bundle")
    if BUILD:
        started = time.monotonic()
        subprocess.run(["bash", str(ROOT / "installer" / "build_linux.sh")], check=True)
        print(f"\nbuild_linux.sh took {time.monotonic() - started:.0f} s")
    elif not EXE.exists():
        pytest.skip("no bundle: run installer/build_linux.sh or set MRTDESK_BUILD_BUNDLE=1")
    return DIST


@pytest.fixture
def home(tmp_path: Path) -> dict[str, str]:
    """An environment whose home and data folder are empty temporary folders."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MRTDESK_")}
    env.update(HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")
    env["MRTDESK_DATA_DIR"] = str(tmp_path / "data")
    (tmp_path / "home").mkdir()
    return env


def run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(EXE), *args], env=env, capture_output=True, text=True, timeout=120, check=False
    )


def commands(env: dict[str, str]) -> str:
    return run(["--help"], env).stdout


def need_command(name: str, env: dict[str, str]) -> None:
    listed = commands(env)
    assert f"    {name} " in listed or f"    {name}\n" in listed, f"no `mrtdesk {name}`: {listed}"


def test_version_comes_from_the_bundled_metadata(bundle: Path, home: dict[str, str]) -> None:
    result = run(["--version"], home)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"mrtdesk {importlib.metadata.version('mrtdesk')}"


def test_every_cli_command_is_found_in_the_frozen_app(bundle: Path, home: dict[str, str]) -> None:
    # main.py imports each command's module by name (COMMANDS): it must be in the bundle. Each
    # command's own --help imports its module, which a listing of placeholders does not.
    from desktop.cli.main import COMMANDS

    listed = commands(home)
    missing = [name for name in sorted(COMMANDS) if f"    {name}" not in listed]
    assert not missing, f"commands missing from the frozen `mrtdesk --help`: {missing}\n{listed}"
    broken = {n: r.stderr for n in sorted(COMMANDS) if (r := run([n, "--help"], home)).returncode}
    assert not broken, f"commands whose module is missing from the bundle: {broken}"


def test_the_filled_workbooks_are_at_hand(bundle: Path) -> None:
    # Without them the inspect test below has no cases and would pass by saying nothing.
    if not FILLED:
        missing(f"no filled workbooks in {SHARED / 'fixtures' / 'filled'}")


@pytest.mark.parametrize("workbook", FILLED, ids=[p.name for p in FILLED])
def test_inspect_reads_a_filled_workbook(
    bundle: Path, home: dict[str, str], workbook: Path
) -> None:
    need_command("inspect", home)
    result = run(["inspect", str(workbook)], home)
    assert result.returncode == 0, result.stderr
    assert "Company" in result.stdout
    as_json = run(["inspect", "--json", str(workbook)], home)
    assert as_json.returncode == 0, as_json.stderr
    assert '"mrt-declaration/1"' in as_json.stdout


@pytest.mark.parametrize("template", [None, "CMRT-6.5"])
def test_export_writes_a_workbook_the_reader_reads_back(
    bundle: Path, home: dict[str, str], tmp_path: Path, template: str | None
) -> None:
    need_command("export", home)
    out = tmp_path / "out.xlsx"
    args = ["export", "--input", str(ROOT / "tests" / "data" / "cmrt-6.5-complete.json")]
    if template is not None:
        official = SHARED / "rmi-templates" / TEMPLATE_FILES[template]
        if not official.exists():
            missing(f"{official} is absent")
        args += ["--template", str(official)]
    result = run([*args, "--output", str(out)], home)
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(out) as zf:
        assert "xl/workbook.xml" in zf.namelist()
    back = run(["inspect", str(out)], home)
    assert back.returncode == 0, back.stderr
    assert "CMRT" in back.stdout


def test_window_starts_offscreen_and_ends_on_sigterm(
    bundle: Path, home: dict[str, str], tmp_path: Path
) -> None:
    proc = subprocess.Popen(
        [str(EXE), "--data-dir", str(tmp_path / "gui-data")],
        env=home,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        time.sleep(5)
        alive = proc.poll() is None
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert alive, f"the app exited early with {proc.returncode}:\n{err}"
    # 0 when the app handles SIGTERM by quitting, -SIGTERM when Python's default applies;
    # anything else (a crash, an abort) is a failure.
    assert proc.returncode in (0, -signal.SIGTERM), err
    assert "Traceback" not in err, err
    # The store opened, so the bundled Alembic migrations ran.
    assert (tmp_path / "gui-data" / "mrtdesk.sqlite").exists()


def test_bundle_holds_what_the_app_needs_and_nothing_from_shared(bundle: Path) -> None:
    files = [p for p in bundle.rglob("*") if p.is_file()]
    names = {p.name for p in files}
    rel = {p.relative_to(bundle).as_posix() for p in files}
    assert not [n for n in names if n.startswith("RMI_") and n.endswith(".xlsx")]
    fixtures = {p.name for p in (SHARED / "fixtures").rglob("*") if p.is_file()}
    assert not (names & fixtures), f"fixtures from ../shared in the bundle: {names & fixtures}"
    assert not [r for r in rel if "/tests/" in f"/{r}"], "tests must not be bundled"
    internal = "_internal/"
    assert f"{internal}db/migrations/env.py" in rel
    assert f"{internal}db/migrations/script.py.mako" in rel
    assert any(r.startswith(f"{internal}db/migrations/versions/") for r in rel)
    assert f"{internal}desktop/resources/icons/mrtdesk-256.png" in rel
    assert f"{internal}desktop/resources/translations/mrtdesk_zh_CN.qm" in rel
    assert any(r.startswith(f"{internal}mrtdesk-") and ".dist-info/" in r for r in rel)
    unwanted = ("QtWebEngine", "Qt6Qml", "Qt6Quick", "Qt6Multimedia", "Qt63D", "libqgtk3")
    assert not [r for r in rel if any(u in r for u in unwanted)]
    # PyInstaller links some libraries into place: count each file once, as `du` does.
    size = sum(p.stat().st_size for p in files if not p.is_symlink()) / 2**20
    print(f"\nbundle: {len(files)} files, {size:.1f} MiB unpacked")
    assert size < MAX_BUNDLE_MIB
