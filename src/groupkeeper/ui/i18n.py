"""The window's language: our own translations (Qt .ts sources in resources/translations,
compiled into the package by ``dev.py``) and Qt's for its standard dialogs, chosen under
Settings > Language… or, by default, the computer's language when we ship it.

The choice takes effect at the next start: every window string is read once, as it is built.
"""

from __future__ import annotations

from importlib import resources
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from groupkeeper import preferences
from groupkeeper.ui.shell.actions import ActionSpec

if TYPE_CHECKING:
    from groupkeeper.ui.context import AppContext

SHIPPED = {"en": "English", "fr": "Français", "es": "Español"}
"""The window's languages, each named in itself."""

_installed: list[QTranslator] = []


def system_language() -> str:
    return QLocale.system().name().split("_")[0]


def chosen_language(preferred: str | None = None, system: str | None = None) -> str:
    """The language to show: the one chosen in Settings, else the computer's if we ship it,
    else English."""
    wanted = preferences.ui_language() if preferred is None else preferred
    if wanted in SHIPPED:
        return wanted
    own = system_language() if system is None else system
    return own if own in SHIPPED else "en"


def _ours(language: str) -> str | None:
    found = resources.files("groupkeeper") / "resources" / "translations"
    path = found / f"groupkeeper_{language}.qm"
    return str(path) if path.is_file() else None


class _Catalogue(QTranslator):
    """Our catalogue, looked up in the caller's context and then in none: lupdate files the
    strings it finds through a helper (``tr = ctx.tr``, a module's own ``tr()``) under no
    context, while at run time they arrive with one ("Roster", "AppContext")."""

    def __init__(self, app: QCoreApplication, inner: QTranslator) -> None:
        super().__init__(app)
        self.inner = inner

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        text = self.inner.translate(context, source, disambiguation, n)
        if not text and context:
            text = self.inner.translate("", source, disambiguation, n)
        return text or None  # None: not ours, the source text stays (Qt's null string)

    def isEmpty(self) -> bool:
        return self.inner.isEmpty()


def install(app: QCoreApplication, language: str) -> str:
    """Show the window in ``language`` from now on (what is already built stays as it is);
    returns the language in use."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if _ours(language) is None:
        language = "en"  # no catalogue for it: English, left to right
    if language != "en":
        qt = QTranslator(app)
        if qt.load(
            f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            app.installTranslator(qt)
            _installed.append(qt)
    # English's catalogue holds only the "%n" strings' forms: "1 day", "2 days".
    ours = _ours(language)
    mine = QTranslator(app)
    if ours is not None and mine.load(ours):
        catalogue = _Catalogue(app, mine)
        app.installTranslator(catalogue)
        _installed.append(catalogue)
    from groupkeeper import i18n as core

    core.use(language)  # the core's words (errors, labels, dates) in the window's language
    # Qt's own date fields ("mar. 2 sept. 2025") and number formats in that language too.
    QLocale.setDefault(QLocale(language))
    direction = QLocale(language).textDirection()
    if hasattr(app, "setLayoutDirection"):  # a right-to-left language lays the window out so
        app.setLayoutDirection(direction)
    return language


def choose(ctx: AppContext) -> None:
    """Settings > Language…: ask, remember, and say it applies at the next start."""
    codes = ["", *SHIPPED]
    names = [
        QCoreApplication.translate("i18n", "The computer's language ({name})").format(
            name=SHIPPED.get(system_language(), "English")
        ),
        *SHIPPED.values(),
    ]
    picked = ctx.prompts.ask_choice(
        QCoreApplication.translate("i18n", "Language"),
        QCoreApplication.translate("i18n", "Show GroupKeeper's window in:"),
        names,
    )
    if picked is None:
        return
    preferences.set_ui_language(codes[picked])
    name = SHIPPED[chosen_language(codes[picked])]
    ctx.tell(
        QCoreApplication.translate(
            "i18n", "GroupKeeper will be shown in {name} the next time it starts."
        ).format(name=name)
    )


def register(ctx: AppContext) -> None:
    ctx.actions.add(ActionSpec(
        "language", QCoreApplication.translate("i18n", "&Language…"), lambda: choose(ctx),
        None, QCoreApplication.translate("i18n", "The language of GroupKeeper's window"),
        ("settings:9",), needs_file=False,
    ))  # fmt: skip
