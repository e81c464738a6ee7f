; Inno Setup script (Inno Setup 6) for the frozen Windows build of crisisdesk.
;
;   python -m crisisdesk.build                       (makes dist\crisisdesk\)
;   iscc /DAppVersion=0.1.0 installer\crisisdesk.iss (makes dist\crisisdesk-0.1.0-setup.exe)
;
; Silent, per-machine install for software distribution (SCCM, Intune):
;   crisisdesk-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /CONFIG="\\server\share\crisisdesk.toml"
; /CONFIG (optional) copies the desk's configuration to C:\ProgramData\crisisdesk\crisisdesk.toml.
; Uninstall leaves the users' data folders and that configuration alone.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{0C878565-5546-487D-A7B4-0A7E5B52A639}
AppName=crisisdesk
AppVersion={#AppVersion}
AppVerName=crisisdesk {#AppVersion}
AppPublisher=crisisdesk
DefaultDirName={autopf}\crisisdesk
DefaultGroupName=crisisdesk
DisableProgramGroupPage=yes
LicenseFile=..\LICENSE
OutputDir=..\dist
OutputBaseFilename=crisisdesk-{#AppVersion}-setup
SetupIconFile=..\resources\icons\crisisdesk.ico
UninstallDisplayIcon={app}\crisisdesk-desk.exe
Compression=lzma2
SolidCompression=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern
ShowLanguageDialog=no

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"

[Files]
Source: "..\dist\crisisdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{param:CONFIG}"; DestDir: "{commonappdata}\crisisdesk"; DestName: "crisisdesk.toml"; \
  Flags: external skipifsourcedoesntexist onlyifdoesntexist uninsneveruninstall; Check: HasConfig

[Icons]
Name: "{group}\crisisdesk"; Filename: "{app}\crisisdesk-desk.exe"; Comment: "Openbare orde en crisisbeheersing"
Name: "{group}\crisisdesk (demo)"; Filename: "{app}\crisisdesk-desk.exe"; Parameters: "--demo"
Name: "{group}\Handleiding crisisdesk"; Filename: "{app}\_internal\crisisdesk\data\help\handleiding.html"

[Run]
Filename: "{app}\crisisdesk-desk.exe"; Description: "crisisdesk starten"; Flags: nowait postinstall skipifsilent

[Code]
function HasConfig(): Boolean;
begin
  Result := ExpandConstant('{param:CONFIG}') <> '';
end;
