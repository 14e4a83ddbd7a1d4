"""Reading a file in a child process with its CPU time and peak memory measured by the kernel
(`os.wait4`), so that lxml's and zlib's own allocations count too (tracemalloc sees neither).

Linux carries the parent's peak into a child's `ru_maxrss` across fork and exec, so under a test
runner that has grown large that figure is the runner's size, not the child's; the child
therefore also reports its own high-water mark (`VmHWM` of /proc/self/status, counted from its
exec), which is what is held to the bound where the system has it (`ru_maxrss` elsewhere)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

CPU_LIMIT_S = 5.0
RSS_LIMIT_MB = 256.0
_WALL_KILL_S = 120.0

_CHILD = """
import json, re, sys
from pathlib import Path
from forms.workbook import reader

def hwm():
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return None
    m = re.search(r"VmHWM:\\s+(\\d+) kB", status)
    return int(m.group(1)) / 1024 if m else None

try:
    result = reader.read_file(Path(sys.argv[1]))
except reader.UnreadableWorkbook as exc:
    out = {"kind": exc.kind, "message": str(exc)}
else:
    out = {"kind": "read", "codes": [f.code for f in result.findings],
           "smelters": len(result.declaration.smelters),
           "company": result.declaration.company.name}
out["hwm_mb"] = hwm()
print(json.dumps(out))
"""


@dataclass
class ChildRun:
    cpu_s: float
    rss_mb: float
    outcome: dict[str, object]

    def within_bounds(self) -> None:
        own = self.outcome.get("hwm_mb")
        print(f"child: {self.cpu_s:.2f} s CPU, peak RSS {self.rss_mb:.0f} MB (own {own} MB)")
        assert self.cpu_s < CPU_LIMIT_S, f"{self.cpu_s:.1f} s of CPU"
        peak = own if isinstance(own, float) else self.rss_mb
        assert peak < RSS_LIMIT_MB, f"peak RSS {peak:.0f} MB"


def read_in_child(path: Path, code: str = _CHILD) -> ChildRun:
    """Run `code` (the reader by default) on `path` in a fresh interpreter."""
    root = Path(__file__).resolve().parents[3]
    env = dict(os.environ, PYTHONPATH=str(root))
    proc = subprocess.Popen(
        [sys.executable, "-c", code, str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    killer = threading.Timer(_WALL_KILL_S, proc.kill)
    killer.start()
    try:
        assert proc.stdout is not None and proc.stderr is not None
        out, err = proc.stdout.read(), proc.stderr.read()
        _, status, usage = os.wait4(proc.pid, 0)
    finally:
        killer.cancel()
    proc.returncode = os.waitstatus_to_exitcode(status)
    assert proc.returncode == 0, err.decode(errors="replace")[-2000:]
    rss_mb = usage.ru_maxrss / 1024 if sys.platform != "darwin" else usage.ru_maxrss / 2**20
    outcome = json.loads(out.decode().strip().splitlines()[-1])
    return ChildRun(usage.ru_utime + usage.ru_stime, rss_mb, outcome)
