"""The export: a declaration written into a copy of the official RMI template, where only the
input cells change and every other part of the package stays byte for byte the same."""

from __future__ import annotations

import os
import re
import zipfile
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path

from forms.atomic import atomic_write
from forms.declaration import Declaration
from forms.rules import checker_remaining
from forms.templates.model import ListSheet
from forms.workbook import package_audit
from forms.workbook import placement as placing
from forms.workbook.outcome import ExportError as ExportError
from forms.workbook.outcome import ExportResult as ExportResult
from forms.workbook.rowpatch import patch_sheet
from forms.workbook.sheetxml import value_cells
from forms.workbook.templatefile import TemplateFileError, TemplatePackage, open_template
from forms.workbook.xmlpatch import CLEAR, CellValue, PatchError, PatchValue
from forms.workbook.zipcopy import Replacement, copy_package, deflate

_CALC_PR = re.compile(rb"<calcPr\b([^>]*?)\s*/>|<calcPr\b([^>]*?)>")
_FULL_CALC = re.compile(rb'\sfullCalcOnLoad="[^"]*"')


def _full_calc_on_load(workbook: bytes) -> bytes:
    """`<calcPr … fullCalcOnLoad="1"/>`, so Excel recomputes labels, helper lists and Checker."""
    m = _CALC_PR.search(workbook)
    if m is None:
        anchor = workbook.find(b"</definedNames>")
        anchor = (
            anchor + len(b"</definedNames>") if anchor >= 0 else workbook.index(b"</sheets>") + 9
        )
        return workbook[:anchor] + b'<calcPr fullCalcOnLoad="1"/>' + workbook[anchor:]
    tag = _FULL_CALC.sub(b"", m.group(0))
    tag = re.sub(rb"\s*(/?)>$", rb' fullCalcOnLoad="1"\1>', tag)
    return workbook[: m.start()] + tag + workbook[m.end() :]


def _without_calc_chain(data: bytes, part: str) -> bytes:
    """Content types or workbook relationships without their calcChain entry."""
    data = re.sub(
        rb'<Override\b[^>]*PartName="/' + re.escape(part.encode()) + rb'"[^>]*/>', b"", data
    )
    return re.sub(rb"<Relationship\b[^>]*/calcChain\"[^>]*/>", b"", data)


class _Known:
    """What was learnt about a template file in this process (its identification and the
    cells of its lists that hold something), kept while the file is unchanged: the same
    device, inode, size, modification time and entry checksums. A user exporting again into
    the library's workbook does not pay for the same analysis twice."""

    def __init__(self) -> None:
        self.packages: dict[tuple[object, ...], TemplatePackage] = {}
        self.filled: dict[tuple[object, ...], frozenset[tuple[int, str]]] = {}

    @staticmethod
    def identity(zf: zipfile.ZipFile) -> tuple[object, ...] | None:
        fp = zf.fp
        try:
            st = os.fstat(fp.fileno()) if fp is not None else None
        except (OSError, AttributeError, ValueError):
            return None
        if st is None:
            return None
        return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)

    def package(self, zf: zipfile.ZipFile) -> TemplatePackage:
        """The template's identification, after its safety audit (both remembered while the
        file is unchanged)."""
        key = self.identity(zf)
        if key is None:
            package_audit.check(zf)
            return open_template(zf)
        pkg = self.packages.get(key)
        if pkg is None:
            if len(self.packages) > 16:
                self.packages.clear()
            package_audit.check(zf)
            pkg = self.packages[key] = open_template(zf)
        return pkg

    def filled_cells(
        self, zf: zipfile.ZipFile, part: str, xml: bytes, ls: ListSheet
    ) -> frozenset[tuple[int, str]]:
        identity = self.identity(zf)
        info = zf.getinfo(part)
        letters = tuple(c.letter for c in ls.columns)
        key = (identity, part, info.CRC, info.compress_size, ls.first_row, letters)
        cells = self.filled.get(key) if identity is not None else None
        if cells is None:
            cells = frozenset(value_cells(xml, letters, ls.first_row))
            if identity is not None:
                if len(self.filled) > 64:
                    self.filled.clear()
                self.filled[key] = cells
        return cells


_KNOWN = _Known()


def _without_leftovers(
    filled: frozenset[tuple[int, str]], ls: ListSheet | None, values: dict[str, CellValue]
) -> dict[str, PatchValue]:
    """`values` plus a `CLEAR` for every cell of the list's columns that holds something the
    declaration does not fill (another declaration's rows in a filled workbook, rows pasted
    below the template's end). The template's footer line stays."""
    out: dict[str, PatchValue] = dict(values)
    if ls is None:
        return out
    for row, col in filled:
        if row != ls.last_row + 1:
            out.setdefault(f"{col}{row}", CLEAR)
    return out


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


_THREAD_DEFLATE = 256 * 1024
"""Parts at least this large are compressed in the background."""


def _patched_parts(
    decl: Declaration, template: Path, pool: ThreadPoolExecutor
) -> tuple[dict[str, Replacement], frozenset[str]]:
    """The new content of every part the export changes, and the parts it leaves out."""
    with zipfile.ZipFile(template) as zf:
        pkg = _KNOWN.package(zf)
        want = decl.template
        if pkg.template.key != want.key:
            raise ExportError(
                f"{template.name} is the {pkg.template.family} {pkg.template.version} "
                f"template, but the declaration is for {want.family} {want.version}; "
                f"add the official {want.family} {want.version} workbook"
            )
        replace: dict[str, Replacement] = {}
        lists = {
            ls.sheet: ls for ls in (want.smelter_list, want.product_list, want.mine_list) if ls
        }
        placed = placing.placement(decl)
        missing = [sheet for sheet in placed if sheet not in pkg.sheets]
        if missing:
            raise ExportError(f"{template.name} has no sheet {missing[0]!r}")
        # The largest first, so that its compression overlaps the rest of the work.
        order = sorted(placed, key=lambda sheet: -zf.getinfo(pkg.sheets[sheet]).file_size)
        for sheet in order:
            part = pkg.sheets[sheet]
            xml = zf.read(part)
            ls = lists.get(sheet)
            filled = _KNOWN.filled_cells(zf, part, xml, ls) if ls else frozenset()
            patched = patch_sheet(xml, _without_leftovers(filled, ls, placed[sheet]))
            big = len(patched) >= _THREAD_DEFLATE
            replace[part] = pool.submit(deflate, patched) if big else patched
        replace[pkg.workbook_part] = _full_calc_on_load(zf.read(pkg.workbook_part))
        drop: frozenset[str] = frozenset()
        if pkg.calc_chain is not None and pkg.calc_chain in zf.namelist():
            drop = frozenset({pkg.calc_chain})
            for part in ("[Content_Types].xml", pkg.rels_part):
                replace[part] = _without_calc_chain(zf.read(part), pkg.calc_chain)
    return replace, drop


def export_official(decl: Declaration, template: Path, output: Path) -> ExportResult:
    """Write `decl` into a copy of the official `template` workbook at `output`."""
    template, output = Path(template), Path(output)
    if _same_file(template, output):
        raise ExportError("the output file must not be the template itself")
    # Large parts are compressed in a thread while the rest is patched (zlib runs without the
    # GIL); the pool is closed, its work finished or dropped, before this function returns.
    with ThreadPoolExecutor(max_workers=1) as pool:
        try:
            replace, drop = _patched_parts(decl, template, pool)
        except FileNotFoundError:
            raise ExportError(f"the template {template} does not exist") from None
        except (zipfile.BadZipFile, TemplateFileError) as exc:
            raise ExportError(f"{template.name} is not a usable official template: {exc}") from None
        except (placing.PlacementError, PatchError) as exc:
            raise ExportError(str(exc)) from None
        except OSError as exc:
            raise ExportError(
                f"cannot read the template {template}: {exc.strerror or exc}"
            ) from None
        try:
            atomic_write(output, lambda fh: copy_package(template, fh, replace, drop))
        except OSError as exc:
            raise ExportError(f"cannot write {output}: {exc.strerror or exc}") from None
    written = placing.as_written(decl)
    return ExportResult(output, True, checker_remaining(written), placing.export_findings(decl))


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def suggested_file_name(decl: Declaration, today: date | None = None) -> str:
    """`companyname-YYYY-MM-DD.xlsx`, as the template's instructions suggest (the date of the
    export; the company name made safe for every file system)."""
    day = (today or date.today()).isoformat()
    name = _UNSAFE.sub(" ", decl.company.name or "").strip(" .")
    name = re.sub(r"\s+", " ", name)[:80].strip(" .") or "declaration"
    return f"{name}-{day}.xlsx"


def export_layout(decl: Declaration, output: Path) -> ExportResult:
    """The compatible layout (see `forms.workbook.layout`)."""
    from forms.workbook.layout import export_layout as build

    return build(decl, output)
