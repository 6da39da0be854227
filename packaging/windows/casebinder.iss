; Inno Setup script: a per-user installer for the one-folder build (no administrator rights needed).
;   packaging\windows\build.ps1     builds dist\casebinder, then runs:  iscc packaging\windows\casebinder.iss
; The version comes from the command line: iscc /DAppVersion=0.1.0 ...
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6B1E0D4A-3C1F-4E51-9C8B-2F0A5C1D7E21}
AppName=Casebinder
AppVersion={#AppVersion}
AppPublisher=The Casebinder developers
DefaultDirName={localappdata}\Programs\Casebinder
DefaultGroupName=Casebinder
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=Casebinder-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\casebinder.ico
UninstallDisplayIcon={app}\casebinder.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes

[Files]
Source: "..\..\dist\casebinder\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Casebinder"; Filename: "{app}\casebinder.exe"
Name: "{userdesktop}\Casebinder"; Filename: "{app}\casebinder.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; Flags: unchecked

[Registry]
; Double-clicking a .casebinder vault opens it (per user; removed on uninstall).
Root: HKCU; Subkey: "Software\Classes\.casebinder"; ValueType: string; ValueData: "Casebinder.Vault"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\Casebinder.Vault"; ValueType: string; ValueData: "Casebinder vault"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Casebinder.Vault\DefaultIcon"; ValueType: string; ValueData: "{app}\casebinder.exe,0"
Root: HKCU; Subkey: "Software\Classes\Casebinder.Vault\shell\open\command"; ValueType: string; ValueData: """{app}\casebinder.exe"" ""%1"""

[Run]
Filename: "{app}\casebinder.exe"; Description: "Start Casebinder"; Flags: nowait postinstall skipifsilent
