"""Start the desktop app: pick the file, run the welcome dialog on first run, show the window."""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QSize, QTimer
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from groupkeeper import APP_NAME, __version__, paths, startup
from groupkeeper.errors import GroupKeeperError
from groupkeeper.store import open_store
from groupkeeper.ui import i18n
from groupkeeper.ui.kit import style
from groupkeeper.ui.shell.files import create_group_file
from groupkeeper.ui.shell.window import MainWindow

SCREENSHOT_SIZE = (1280, 800)
# The name the desktop entry, the MIME type and the AppStream file are installed under
# (packaging/linux/); on Wayland it is how the desktop finds the window's icon.
APP_ID = "org.groupkeeper.GroupKeeper"


def default_font() -> QFont:
    """The system font, but never smaller than 10.5 pt: old laptops, tired eyes."""
    font = QFont()
    font.setPointSizeF(max(font.pointSizeF(), 10.5))
    return font


def app_icon() -> QIcon:
    """GroupKeeper's icon at every size drawn for it (packaging/icons/render_icons.py), so
    the title bar, the taskbar and Alt+Tab each get a sharp one. Sizes come from the names,
    so no picture is decoded until Qt draws that size."""
    icon = QIcon()
    for png in (paths.resource_dir() / "icons").glob("groupkeeper-*.png"):
        side = int(png.stem.rpartition("-")[2])
        icon.addFile(str(png), QSize(side, side))
    return icon


def make_app() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(sys.argv[:1])
    app.setFont(default_font())
    i18n.install(app, i18n.chosen_language())  # before any window is built
    style.apply(app)  # a focus outline two pixels wide, whatever the computer's style
    app.setWindowIcon(app_icon())
    app.setDesktopFileName(APP_ID)
    return app


def save_screenshot(window: MainWindow, target: Path, view: str) -> None:
    window.resize(*SCREENSHOT_SIZE)
    window.show_view(view)
    window.show()
    QApplication.processEvents()
    # PNG quality 80 is zlib level ~2: same pixels, faster and here even smaller than default.
    if not window.grab().save(str(target), "PNG", 80):
        raise GroupKeeperError(f"Could not save the picture to {target}. Check the folder exists.")


def last_group_file() -> Path:
    """The group file to open when none is named: the one used last, if it is still there
    (a file on a stick that is not plugged in is skipped), else the usual one."""
    from groupkeeper import recent

    for path in recent.recent_files():
        if path.is_file():
            return path
    return paths.default_group_file()


def run_gui(data: Path | None, *, screenshot: Path | None = None, view: str = "home") -> int:
    from groupkeeper.ui import syslibs

    problem = syslibs.problem()  # Qt would abort naming the wrong library
    if problem is not None:
        syslibs.tell(problem)
        return 1
    app = make_app()
    path = Path(data) if data else last_group_file()
    if screenshot is not None:
        from groupkeeper.cli import passphrase_for

        try:
            store = open_store(path, passphrase=passphrase_for(path))
            store.backup_on_close = False  # a picture changes nothing; no backup either
            window = MainWindow(store, remember=False)
            save_screenshot(window, screenshot, view)
        except GroupKeeperError as exc:
            print(f"groupkeeper: {exc.message}", file=sys.stderr)
            return 1
        finally:
            startup.release_collector()
        window.close()
        return 0

    from groupkeeper import privatetemp

    sys.excepthook = _unexpected  # a problem in a click is a dialog, not a lost traceback

    privatetemp.sweep()  # copies left by a window that crashed
    window = MainWindow(None)
    if path.exists():
        # After the window is up, so a passphrase or damage question has a window to sit on.
        QTimer.singleShot(0, lambda: window.open_file(path))
        QTimer.singleShot(0, startup.release_collector)  # the file open and Home filled
    else:
        from groupkeeper.ui.shell.welcome import WelcomeDialog

        startup.release_collector()  # a person now fills in a form: start-up is over

        welcome = WelcomeDialog(ask_open_path=window.prompts.ask_open_path)
        answer = welcome.exec()
        if answer == WelcomeDialog.OPEN_EXISTING and welcome.chosen is not None:
            chosen = welcome.chosen  # a file from a stick or the last secretary: nothing made
            QTimer.singleShot(0, lambda: window.open_file(chosen))
            window.show()
            return app.exec()
        if answer != QDialog.DialogCode.Accepted:
            return 0
        try:
            window.set_store(create_group_file(path, welcome))
        except GroupKeeperError as exc:
            QMessageBox.warning(None, "Could not create the group file", exc.message)
    window.show()
    return app.exec()


def _unexpected(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Show an error that escaped a click: a plain problem (a full disk) in its own words;
    anything else as "something went wrong", with the details kept for whoever fixes it."""
    import traceback

    if isinstance(exc, GroupKeeperError):
        QMessageBox.warning(
            QApplication.activeWindow(),
            QApplication.translate("app", "Not done"),
            exc.message,
        )
        return
    traceback.print_exception(kind, exc, tb)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QApplication.translate("app", "Something went wrong"),
        QApplication.translate(
            "app",
            "GroupKeeper hit a problem it did not expect, and what you were doing may not have "
            "finished. Your saved records are safe. If it happens again, please pass on the "
            "details below to whoever looks after GroupKeeper.",
        ),
        QMessageBox.StandardButton.Ok,
        QApplication.activeWindow(),
    )
    box.setDetailedText("".join(traceback.format_exception(kind, exc, tb)))
    box.exec()
