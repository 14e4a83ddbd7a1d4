<#
.SYNOPSIS
  Builds the Windows installer of MRT Desk: dist\mrtdesk-<version>-windows-setup.exe.

.DESCRIPTION
  Creates (or reuses) a virtual environment in build\installer\venv-win, installs PyInstaller
  and MRT Desk into it, freezes installer\mrtdesk.spec into dist\mrtdesk, checks that the frozen
  mrtdesk-cli.exe prints the version from the package metadata, and compiles
  installer\windows\mrtdesk.iss with Inno Setup's ISCC, passing that version.

  Needs: 64-bit Windows 10 or later, Python 3.11+ (the "py" launcher or -Python), Inno Setup 6.3+.

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1
.EXAMPLE
  .\installer\windows\build.ps1 -Python "C:\Python311\python.exe" -Iscc "D:\Inno Setup 6\ISCC.exe"
#>
[CmdletBinding()]
param(
    # Interpreter that creates the build environment; default: the py launcher's 3.11.
    [string]$Python = "",
    # Path of ISCC.exe; default: on PATH, else the usual Inno Setup 6 install folders.
    [string]$Iscc = "",
    # pip requirement for PyInstaller; default: the version the Linux build was tested with.
    [string]$PyInstallerSpec = "pyinstaller==6.22.3"
)

$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

# Native programs do not throw on failure: stop on a non-zero exit code ourselves.
# The arguments come as one array, so that "-m" and the like are not taken for parameters here.
function Invoke-Checked([string]$Exe, [string[]]$Arguments) {
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "'$Exe $($Arguments -join ' ')' failed with exit code $LASTEXITCODE" }
}

$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
$Venv = Join-Path $Root "build\installer\venv-win"
$Work = Join-Path $Root "build\installer\work-win"
$Dist = Join-Path $Root "dist"
$Py = Join-Path $Venv "Scripts\python.exe"
$Started = Get-Date

if (-not (Test-Path $Py)) {
    Write-Host "== creating $Venv"
    if ($Python) { Invoke-Checked $Python @("-m", "venv", $Venv) }
    else { Invoke-Checked "py" @("-3.11", "-m", "venv", $Venv) }
}

Write-Host "== installing $PyInstallerSpec and MRT Desk into the build environment"
Invoke-Checked $Py @("-m", "pip", "install", "-q", "--disable-pip-version-check", $PyInstallerSpec)
# A regular (not editable) install, so that the bundled dist-info is the real one.
Invoke-Checked $Py @("-m", "pip", "install", "-q", "--disable-pip-version-check", $Root)
$Version = (& $Py -c "import importlib.metadata as m; print(m.version('mrtdesk'))").Trim()
if ($LASTEXITCODE -ne 0 -or -not $Version) { throw "cannot read the version of mrtdesk" }
$PyInstallerVersion = (& $Py -m PyInstaller --version).Trim()
Write-Host "== PyInstaller $PyInstallerVersion, MRT Desk $Version"

Write-Host "== freezing (installer\mrtdesk.spec)"
$App = Join-Path $Dist "mrtdesk"
if (Test-Path $App) { Remove-Item -Recurse -Force $App }
New-Item -ItemType Directory -Force -Path $Work | Out-Null
# From the work folder: in the repository root the development mrtdesk.egg-info would be found
# instead of the installed metadata.
Push-Location $Work
try {
    Invoke-Checked $Py @("-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--workpath", $Work,
        "--distpath", $Dist, (Join-Path $Root "installer\mrtdesk.spec"))
}
finally { Pop-Location }

$Said = (& (Join-Path $App "mrtdesk-cli.exe") --version | Out-String).Trim()
if ($Said -ne "mrtdesk $Version") { throw "the frozen app says '$Said', expected 'mrtdesk $Version'" }

if (-not $Iscc) {
    $Found = Get-Command ISCC.exe -ErrorAction SilentlyContinue
    $Candidates = @(
        $(if ($Found) { $Found.Source }),
        (Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"),
        (Join-Path $env:ProgramFiles "Inno Setup 6\ISCC.exe"),
        (Join-Path $env:LOCALAPPDATA "Programs\Inno Setup 6\ISCC.exe")
    ) | Where-Object { $_ -and (Test-Path $_) }
    if (-not $Candidates) { throw "ISCC.exe not found: install Inno Setup 6.3+ or pass -Iscc" }
    $Iscc = @($Candidates)[0]
}

# VersionInfoVersion takes up to four numbers: 0.1.0.dev3 becomes 0.1.0.0.
$Numbers = @([regex]::Matches($Version, '^\d+(\.\d+){0,3}')[0].Value.Split('.'))
while ($Numbers.Count -lt 4) { $Numbers += "0" }
$Numeric = $Numbers -join '.'

Write-Host "== compiling the installer with $Iscc"
Invoke-Checked $Iscc @("/DAppVersion=$Version", "/DAppVersionNumeric=$Numeric", "/DSourceDir=$App",
    "/DOutputDir=$Dist", (Join-Path $PSScriptRoot "mrtdesk.iss"))

$Setup = Join-Path $Dist "mrtdesk-$Version-windows-setup.exe"
$AppMiB = (Get-ChildItem -Recurse -File $App | Measure-Object -Property Length -Sum).Sum / 1MB
$SetupMiB = (Get-Item $Setup).Length / 1MB
Write-Host ("== app folder dist\mrtdesk: {0:N1} MiB; installer {1}: {2:N1} MiB" -f $AppMiB, (Split-Path $Setup -Leaf), $SetupMiB)
Write-Host ("== built in {0:N0} s" -f ((Get-Date) - $Started).TotalSeconds)
