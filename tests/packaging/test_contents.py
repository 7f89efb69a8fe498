"""packaging/pyinstaller/contents.py: what the bundle keeps of what PyInstaller finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.packaging.scripts import ROOT, contents

LINUX_QT = "PySide6/Qt/lib/libQt6{}.so.6"
WINDOWS_QT = "PySide6/Qt6{}.dll"
MACOS_QT = "PySide6/Qt/lib/Qt{0}.framework/Versions/A/Qt{0}"


@pytest.mark.parametrize("form", [LINUX_QT, WINDOWS_QT, MACOS_QT])
def test_qt_network_qml_quick_and_pdf_never_ship_on_any_system(form: str) -> None:
    for library in ("Network", "Qml", "QmlModels", "Quick", "Pdf", "WebEngineCore", "Multimedia"):
        dest = form.format(library)
        assert contents.qt_library(dest) == library
        assert not contents.keep_binary(dest, linux=form == LINUX_QT)
    for library in ("Core", "Gui", "Widgets", "PrintSupport", "Svg"):
        assert contents.keep_binary(form.format(library), linux=form == LINUX_QT)


def test_the_python_bindings_kept_are_the_ones_the_app_imports() -> None:
    assert contents.keep_binary("PySide6/QtWidgets.abi3.so", linux=True, extension=True)
    assert contents.keep_binary("PySide6/QtPrintSupport.pyd", linux=False, extension=True)
    assert not contents.keep_binary("PySide6/QtNetwork.abi3.so", linux=True, extension=True)
    assert not contents.keep_binary("PySide6/QtQml.pyd", linux=False, extension=True)
    excluded = contents.pyside_excludes(["QtCore", "QtGui", "QtNetwork", "QtQuick", "QtSvg"])
    assert excluded == ["PySide6.QtNetwork", "PySide6.QtQuick"]


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),  # needs QtNetwork
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/plugins/imageformats/qjpeg.dll", True),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),  # QtPdf
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", True),
        ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", True),
        ("PySide6/Qt/plugins/wayland-shell-integration/libqt-shell.so", True),
        ("PySide6/Qt/plugins/wayland-shell-integration/libwl-shell-plugin.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/plugins/networkinformation/libqnetworkmanager.so", False),
        ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
        ("PySide6/Qt/plugins/generic/libqevdevmouseplugin.so", False),
    ],
)
def test_only_the_plugins_the_window_uses(dest: str, kept: bool) -> None:
    assert contents.keep_binary(dest, linux=True) is kept


def test_on_linux_the_only_system_libraries_carried_are_the_interpreters_own() -> None:
    for carried in ("libpython3.11.so.1.0", "libsqlite3.so.0", "libffi.so.8", "libcrypto.so.3",
                    "liblzma.so.5", "libbz2.so.1.0", "libz.so.1", "libuuid.so.1"):  # fmt: skip
        assert contents.keep_binary(carried, linux=True), carried
    for system in ("libstdc++.so.6", "libX11.so.6", "libxcb-cursor.so.0", "libfontconfig.so.1",
                   "libglib-2.0.so.0", "libcairo.so.2", "libdbus-1.so.3", "libssl.so.3",
                   "libsystemd.so.0", "libreadline.so.8"):  # fmt: skip
        assert not contents.keep_binary(system, linux=True), system
        assert contents.keep_binary(system, linux=False)  # other systems: PyInstaller decides
    # Libraries inside a package's folder, and extension modules, stay.
    assert contents.keep_binary("pillow.libs/libjpeg-6dc8d115.so.62.4.0", linux=True)
    assert contents.keep_binary("PySide6/Qt/lib/libicudata.so.73", linux=True)
    assert contents.keep_binary("_cffi_backend.cpython-311-x86_64-linux-gnu.so", linux=True,
                                extension=True)  # fmt: skip


def test_qt_translations_only_for_english_french_and_spanish() -> None:
    folder = "PySide6/Qt/translations/"
    for kept in ("qtbase_fr.qm", "qtbase_es.qm", "qtbase_en.qm", "qt_fr.qm"):
        assert contents.keep_data(folder + kept)
    for dropped in ("qtbase_de.qm", "qt_ja.qm", "qtdeclarative_fr.qm", "assistant_fr.qm"):
        assert not contents.keep_data(folder + dropped)
    assert not contents.keep_data("PySide6/Qt/qml/QtQuick/qmldir")
    assert contents.keep_data("groupkeeper/resources/fonts/DejaVuSans.ttf")


def test_a_symlink_goes_with_what_it_points_to() -> None:
    binaries = [
        ("PySide6/Qt/lib/libQt6Core.so.6", "/site/libQt6Core.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Network.so.6", "/site/libQt6Network.so.6", "BINARY"),
        ("libX11.so.6", "/usr/lib/libX11.so.6", "BINARY"),
    ]
    datas = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("PySide6/Qt/translations/qtbase_de.qm", "/site/qtbase_de.qm", "DATA"),
    ]
    kept_binaries, kept_datas = contents.trim(binaries, datas, linux=True)
    assert [e[0] for e in kept_binaries] == ["PySide6/Qt/lib/libQt6Core.so.6"]
    assert [e[0] for e in kept_datas] == ["libQt6Core.so.6"]


def test_the_system_libraries_the_bundle_may_load_match_whole_names() -> None:
    pattern = contents.SYSTEM_LIBRARIES
    for name in ("libc.so.6", "ld-linux-x86-64.so.2", "libxcb-icccm.so.4", "libGL.so.1",
                 "libgtk-3.so.0", "libwayland-client.so.0", "libcups.so.2"):  # fmt: skip
        assert pattern.match(name), name
    for name in ("libQt6Network.so.6", "libpython3.11.so.1.0", "libsqlite3.so.0", "libcrypto.so.3",
                 "libicuuc.so.73", "libcrystal.so.1"):  # fmt: skip
        assert not pattern.match(name), name


def test_licences_are_found_for_each_bundled_distribution() -> None:
    names = contents.runtime_distributions("groupkeeper")
    normal = {re.sub(r"[-_.]+", "-", n).lower() for n in names}
    assert names[0] == "groupkeeper"
    assert {"sqlalchemy", "pyside6-essentials", "reportlab", "sqlcipher3-wheels"} <= normal
    assert not normal & {"pytest", "ruff", "mypy", "pyinstaller"}  # extras are not the app's
    found = contents.licence_files(["SQLAlchemy", "argon2-cffi"])
    folders = {folder for _source, folder in found}
    assert {"licenses/SQLAlchemy", "licenses/argon2-cffi"} <= folders
    assert all(Path(source).is_file() for source, _folder in found)


IMPORTS_PROCESSES = re.compile(
    r"^\s*(import|from)\s+(multiprocessing|concurrent\.futures\.process)\b|ProcessPoolExecutor",
    re.MULTILINE,
)


def test_the_runtime_hooks_left_out_are_not_needed_by_the_app() -> None:
    """pyi_rth_multiprocessing is dropped (it costs every start): nothing in the app may start
    child processes through multiprocessing without bringing it back."""
    assert "pyi_rth_multiprocessing" in contents.DROPPED_RUNTIME_HOOKS
    users = [
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "src").rglob("*.py")
        if IMPORTS_PROCESSES.search(path.read_text(encoding="utf-8"))
    ]
    assert users == []
    assert IMPORTS_PROCESSES.search("from concurrent.futures.process import x\n")
    assert IMPORTS_PROCESSES.search("    import multiprocessing\n")


def test_cldr_data_ships_for_every_locale_we_print_in_and_no_other(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every locale a group can print in (each language the welcome offers, in each country it
    offers) reads only the CLDR files the bundle keeps; and the bundle keeps no others."""
    import builtins
    from datetime import date, time

    from babel import localedata

    from groupkeeper import i18n
    from groupkeeper.group.models import LANGUAGES
    from groupkeeper.group.service import COUNTRIES

    read: set[str] = set()
    real_open = builtins.open

    def watched(file: object, *args: object, **kw: object) -> object:
        name = Path(str(file)).name
        if name.endswith(".dat") and name != "global.dat":
            read.add(name.removesuffix(".dat"))
        return real_open(file, *args, **kw)  # type: ignore[call-overload]

    locales = {
        i18n.group_locale(language, country)
        for language, _n in LANGUAGES
        for country, _c in COUNTRIES
    }
    # What formatting a date in each reads, parents included: each loaded afresh.
    localedata._cache.clear()
    monkeypatch.setattr(builtins, "open", watched)
    for locale in locales:
        localedata.load(str(i18n.babel_locale(locale)))
    monkeypatch.undo()
    for locale in locales:  # and each formats a date with what it read
        i18n.format_date(date(2026, 12, 1), long=True, locale=locale)
        i18n.format_time(time(19), locale=locale)
    assert read == contents.CLDR_LOCALES
    assert contents.keep_data("babel/locale-data/fr_CA.dat")
    assert not contents.keep_data("babel/locale-data/ja.dat")
    assert contents.keep_data("babel/global.dat")


def test_only_the_collation_table_pyuca_reads_ships() -> None:
    from pyuca import Collator

    assert f"allkeys-{Collator.UCA_VERSION}.txt" == contents.PYUCA_TABLE
    assert contents.keep_data(f"pyuca/{contents.PYUCA_TABLE}")
    assert not contents.keep_data("pyuca/allkeys-5.2.0.txt")
