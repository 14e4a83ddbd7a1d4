; Inno Setup 6 script for MRT Desk: a per-user installer (no administrator rights) of the
; PyInstaller folder dist\mrtdesk. Compile with installer\windows\build.ps1, which passes:
;   ISCC /DAppVersion=0.1.0 /DAppVersionNumeric=0.1.0.0 /DSourceDir=...\dist\mrtdesk
;        /DOutputDir=...\dist installer\windows\mrtdesk.iss
; Needs Inno Setup 6.3 or later (the x64compatible architecture identifier).
; What each directive was checked against is listed in installer/README.md.

#ifndef AppVersion
  #error Pass the version from the package metadata: ISCC /DAppVersion=X.Y.Z (build.ps1 does)
#endif
#ifndef AppVersionNumeric
  #define AppVersionNumeric "0.0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\mrtdesk"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

#define AppName "MRT Desk"
#define AppExe "mrtdesk.exe"
; The ProgID under which MRT Desk offers to open workbooks ("Open with"), never the default.
#define ProgId "MRTDesk.Workbook"

[Setup]
; AppId identifies the installation for upgrades and uninstall: never change it.
AppId={{5B0F5E7C-2D1A-4C39-9A57-3E6C1F0B8D42}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductName={#AppName}
; Per-user install: no UAC prompt; {autopf} is {userpf} = %LOCALAPPDATA%\Programs in this mode.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
; Qt 6 runs on 64-bit Windows 10 and later only.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=mrtdesk-{#AppVersion}-windows-setup
SetupIconFile=..\..\desktop\resources\icons\mrtdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; Tells Explorer that file associations changed (the "Open with" entry below).
ChangesAssociations=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the whole program folder, so no library of an older version lingers.
; The user's data is not here: it lives in %LOCALAPPDATA%\MRT Desk, outside {app}.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; mrtdesk.exe (the window), mrtdesk-cli.exe (the command line) and _internal\.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; HKA is HKCU in this non-administrative mode, so Software\Classes here is the user's own.
; .xlsx\OpenWithProgids lists MRT Desk in "Open with" without touching the default program.
Root: HKA; Subkey: "Software\Classes\.xlsx\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Excel workbook (MRT Desk)"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".xlsx"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes only what Setup installed, so the data folder
; (%LOCALAPPDATA%\MRT Desk: database, backups, settings) stays for a later reinstall.
