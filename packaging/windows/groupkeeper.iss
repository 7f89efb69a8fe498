; GroupKeeper's Windows installer (Inno Setup 6). Built by `python dev.py package` on Windows,
; which passes the version and the folders:
;   ISCC /DAppVersion=0.1.0 /DBundleDir=dist\GroupKeeper /DRepoRoot=. /DOutputDir=dist
;        /DOutputBaseFilename=GroupKeeper-0.1.0-windows-x64-setup packaging\windows\groupkeeper.iss
;
; For the person only, without administrator rights (a shared church-hall laptop rarely gives
; them): the program goes to %LOCALAPPDATA%\Programs\GroupKeeper, the Start menu entry and the
; .groupkeeper file type are the person's own (HKEY_CURRENT_USER), and Settings > Apps removes
; it all again. Group files and backups (in %LOCALAPPDATA%\GroupKeeper) are never touched.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef RepoRoot
  #define RepoRoot "..\.."
#endif
#ifndef BundleDir
  #define BundleDir RepoRoot + "\dist\GroupKeeper"
#endif
#ifndef OutputDir
  #define OutputDir RepoRoot + "\dist"
#endif
#ifndef OutputBaseFilename
  #define OutputBaseFilename "GroupKeeper-" + AppVersion + "-windows-x64-setup"
#endif
#define AppExe "GroupKeeper.exe"
#define FileClass "GroupKeeper.Group"

[Setup]
; Keep this id: Windows knows an installed GroupKeeper by it, so a new version replaces the old.
AppId={{6F1C3B52-9E0A-4D7B-8C21-5A4E2F7D9B10}
AppName=GroupKeeper
AppVersion={#AppVersion}
AppVerName=GroupKeeper {#AppVersion}
AppPublisher=GroupKeeper
AppComments=Keep a peer-led group's meetings, service roster and printed materials, offline
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\GroupKeeper
DisableDirPage=auto
DefaultGroupName=GroupKeeper
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ChangesAssociations=yes
CloseApplications=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile={#RepoRoot}\src\groupkeeper\resources\icons\groupkeeper.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName=GroupKeeper
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
OutputDir={#OutputDir}
OutputBaseFilename={#OutputBaseFilename}

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; A new version's bundle replaces the old one whole: no library of the old Qt stays behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{#RepoRoot}\LICENSE"; DestDir: "{app}"; DestName: "LICENSE.txt"; Flags: ignoreversion
Source: "{#RepoRoot}\packaging\THIRD-PARTY-NOTICES.md"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\GroupKeeper"; Filename: "{app}\{#AppExe}"; AppUserModelID: "org.groupkeeper.GroupKeeper"
Name: "{autodesktop}\GroupKeeper"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The .groupkeeper file type, for this person only: double-click opens the file in GroupKeeper.
Root: HKCU; Subkey: "Software\Classes\.groupkeeper"; ValueType: string; ValueName: ""; ValueData: "{#FileClass}"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.groupkeeper\OpenWithProgids"; ValueType: string; ValueName: "{#FileClass}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\{#FileClass}"; ValueType: string; ValueName: ""; ValueData: "GroupKeeper group file"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\{#FileClass}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"
Root: HKCU; Subkey: "Software\Classes\{#FileClass}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".groupkeeper"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,GroupKeeper}"; Flags: nowait postinstall skipifsilent
