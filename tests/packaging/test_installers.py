"""The Windows and macOS installers' definitions and the release workflow, read as text: they
are built and smoke-tested on hosted CI (.github/workflows/release.yml), never here."""

from __future__ import annotations

import plistlib
import re
import xml.etree.ElementTree as ET

from tests.packaging.scripts import PACKAGING, ROOT

ISS = PACKAGING / "windows" / "groupkeeper.iss"


def iss_section(name: str) -> list[str]:
    text = ISS.read_text(encoding="utf-8")
    body = text.split(f"[{name}]", 1)[1].split("\n[", 1)[0]
    return [line.strip() for line in body.splitlines() if line.strip() and line[0] != ";"]


def test_the_windows_installer_needs_no_administrator_and_writes_only_for_the_person() -> None:
    setup = dict(line.split("=", 1) for line in iss_section("Setup"))
    assert setup["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in setup
    assert setup["DefaultDirName"] == r"{localappdata}\Programs\GroupKeeper"
    assert setup["ChangesAssociations"] == "yes"
    registry = iss_section("Registry")
    assert registry and all(line.startswith("Root: HKCU;") for line in registry)
    assert any(r'Subkey: "Software\Classes\.groupkeeper"' in line for line in registry)
    assert any('"%1"' in line and r"shell\open\command" in line for line in registry)
    assert all("uninsdelete" in line for line in registry if "Flags" in line)
    assert any(
        line.startswith('Name: "{autoprograms}\\GroupKeeper"') for line in iss_section("Icons")
    )


def test_the_windows_installer_carries_the_icon_licence_and_notices_that_exist() -> None:
    text = ISS.read_text(encoding="utf-8")
    named = re.findall(r"\{#RepoRoot\}\\([^\";\s]+)", text)
    icon = r"src\groupkeeper\resources\icons\groupkeeper.ico"
    assert {"LICENSE", r"packaging\THIRD-PARTY-NOTICES.md", icon} <= set(named)
    for relative in named:
        assert (ROOT / relative.replace("\\", "/")).is_file(), relative


def test_the_mac_app_owns_the_group_file_type_the_linux_desktop_knows() -> None:
    with (PACKAGING / "macos" / "Info.plist").open("rb") as f:
        info = plistlib.load(f)
    [exported] = info["UTExportedTypeDeclarations"]
    [document] = info["CFBundleDocumentTypes"]
    assert document["LSItemContentTypes"] == [exported["UTTypeIdentifier"]]
    assert document["LSHandlerRank"] == "Owner"
    tags = exported["UTTypeTagSpecification"]
    mime = ET.parse(PACKAGING / "linux" / "org.groupkeeper.GroupKeeper.mime.xml").getroot()
    [mime_type] = mime
    [glob] = [e for e in mime_type if e.tag.endswith("glob")]
    assert tags["public.mime-type"] == [mime_type.get("type")]
    assert [f"*.{ext}" for ext in tags["public.filename-extension"]] == [glob.get("pattern")]


def test_the_release_workflow_packages_and_smoke_tests_on_all_three_systems() -> None:
    text = (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    assert re.search(r"os: \[ubuntu-[\w.]+, windows-latest, macos-latest\]", text)
    package = text.index("run: python dev.py package")
    smoke = text.index("run: python dev.py smoke")
    upload = text.index("actions/upload-artifact")
    assert package < smoke < upload  # nothing is uploaded that did not pass
