"""LibreOffice, headless, as RMI's Checker: recalculates exported workbooks in one batch and
reads `Checker!D2` from the CSV it writes."""

from __future__ import annotations

import csv
import subprocess
from pathlib import Path

# A profile that makes LibreOffice recalculate every formula of an .xlsx when it loads it
# (its default keeps the cached values, which would only echo the template's blank state).
_PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
 xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load">
 <prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load">
 <prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""
CHECKER_SHEET = 6  # 1-based position of the Checker tab in every CMRT, CRT and EMRT
AMRT_CHECKER_SHEET = 7  # the AMRT has its Minerals Scope sheet before the Checker
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,false,false,false,{sheet}"


def profile(folder: Path) -> str:
    """A LibreOffice user installation in `folder` that recalculates on load (its URL)."""
    user = folder / "user"
    user.mkdir(parents=True, exist_ok=True)
    (user / "registrymodifications.xcu").write_text(_PROFILE, encoding="utf-8")
    return folder.resolve().as_uri()


def _command(
    soffice: str, profile_url: str, files: list[Path], outdir: Path, sheet: int
) -> list[str]:
    return [
        soffice,
        f"-env:UserInstallation={profile_url}",
        "--headless",
        "--convert-to",
        CSV_FILTER.format(sheet=sheet),
        "--outdir",
        str(outdir),
        *map(str, files),
    ]


def checker_remaining(
    soffice: str, work: Path, files: list[Path], jobs: int = 2, sheet: int = CHECKER_SHEET
) -> dict[Path, int]:
    """`Checker!D2` of each workbook after LibreOffice recalculated it. The files are split
    over `jobs` LibreOffice processes (each with its own profile), each converting its share in
    one run. `sheet`: the Checker's 1-based position (`AMRT_CHECKER_SHEET` for the AMRT)."""
    outdir = work / "csv"
    outdir.mkdir(parents=True, exist_ok=True)
    procs = []
    for j in range(jobs):
        share = files[j::jobs]
        if share:
            url = profile(work / f"lo-profile-{j}")
            cmd = _command(soffice, url, share, outdir, sheet)
            procs.append(subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE))
    for proc in procs:
        _, err = proc.communicate(timeout=120 + 15 * len(files))
        if proc.returncode != 0:
            raise RuntimeError(
                f"soffice failed ({proc.returncode}): {err.decode(errors='replace')}"
            )
    out = {}
    for f in files:
        rows = list(csv.reader((outdir / f"{f.stem}-Checker.csv").open(encoding="utf-8")))
        out[f] = int(float(rows[1][3] or 0))
    return out
