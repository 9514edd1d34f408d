; Inno Setup script for Roots on Windows: a per-user install (no administrator rights), Start-menu
; and optional desktop shortcuts, and the .roots file type. NOT RUN on the Linux machines Roots is
; developed on: the release workflow (.github/workflows/release.yml) builds it on a Windows runner.
;   iscc /DVersion=0.1.0 /DSource=..\..\dist\roots packaging\windows\roots.iss
#ifndef Version
  #define Version "0.0.0"
#endif
#ifndef Source
  #define Source "..\..\dist\roots"
#endif

[Setup]
AppId={{6C0D5E2B-8E1C-4C49-9B39-0A1D7F3A5B17}
AppName=Roots
AppVersion={#Version}
AppPublisher=Roots maintainers
DefaultDirName={localappdata}\Programs\Roots
DefaultGroupName=Roots
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=Roots-Setup-{#Version}
SetupIconFile=..\..\build\packaging\icons\roots.ico
UninstallDisplayIcon={app}\roots-app.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Code signing: the workflow passes /DSignTool=... when the district's certificate is configured.
#ifdef SignTool
SignTool={#SignTool}
#endif

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Source}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Roots"; Filename: "{app}\roots-app.exe"
Name: "{userdesktop}\Roots"; Filename: "{app}\roots-app.exe"; Tasks: desktopicon

[Registry]
; The .roots file type, for this user only: a double-click runs "roots-app.exe FILE.roots", which opens
; the import preview (or hands the file to the Roots already open).
Root: HKCU; Subkey: "Software\Classes\.roots"; ValueType: string; ValueName: ""; ValueData: "Roots.File"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\Roots.File"; ValueType: string; ValueName: ""; ValueData: "Roots file"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Roots.File\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\roots-app.exe,0"
Root: HKCU; Subkey: "Software\Classes\Roots.File\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\roots-app.exe"" ""%1"""

[Run]
Filename: "{app}\roots-app.exe"; Description: "{cm:LaunchProgram,Roots}"; Flags: nowait postinstall skipifsilent

; The uninstaller removes the program folder only: the user's data folder
; (%LOCALAPPDATA%\Roots, see the README) stays, as the README promises.
