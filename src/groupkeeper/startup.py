"""Start-up without the cyclic garbage collector scanning everything it has just made.

Starting makes a few hundred thousand objects that live as long as the program does: the Qt
and SQLAlchemy classes, the mapped tables, the window. Python's collector scans all of them
again each time enough new objects pile up, and once more when the program exits: on the demo
file that was about 0.1 s of the start-up and 0.1 s of the exit (bench/bench_startup.py).

So the ``groupkeeper`` command holds the collector while it starts. Once the window is up (or
a headless command has read its arguments) it freezes what exists, so later scans skip those
long-lived objects, and the collector runs as usual from then on. Reference counting frees
objects all along; only garbage in reference cycles waits, and start-up makes little of it.

It also sets the person's language for the core's words (:func:`use_person_language`) before
the command line is read, so its help and its errors are in that language too.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Mapping

_held = False


def hold_collector() -> None:
    """Pause the cyclic collector for start-up; release_collector() ends the pause."""
    global _held
    _held = True
    gc.disable()


def release_collector() -> None:
    """Freeze what start-up made and collect as usual; does nothing unless the collector is held.

    Called where start-up ends (the window shown, a command's arguments read). When main() runs
    inside another program, as in the tests, the collector was never held and stays untouched.
    """
    global _held
    if not _held:
        return
    _held = False
    gc.freeze()
    gc.enable()


def import_core() -> None:
    """Import the storage layer, the feature models and their services before PySide6.

    The window needs them all to show a file. Made before Qt's libraries are loaded, their
    many small objects are not scattered between Qt's allocations: on the demo file the
    window starts about 6% sooner and peaks about 15 MiB lower (bench/bench_startup.py).
    """
    import groupkeeper.roster.service  # Home
    import groupkeeper.schedule.service  # the Schedule section
    import groupkeeper.store.database
    import groupkeeper.store.registry  # noqa: F401  (every feature's models and seeds)


LANGUAGE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
"""Where the computer says its language, in the order gettext reads them."""


def person_language(environ: Mapping[str, str] | None = None) -> str:
    """The person's language as given: the one chosen in GroupKeeper (Settings > Language),
    else the computer's (the first of :data:`LANGUAGE_VARIABLES` set, such as "fr_CA.UTF-8"),
    else English. ``LANGUAGE`` may list several ("fr:en"): the first is taken."""
    from groupkeeper import preferences

    if chosen := preferences.ui_language():
        return chosen
    env = os.environ if environ is None else environ
    for name in LANGUAGE_VARIABLES:
        if value := env.get(name, "").split(":")[0].strip():
            return value
    return "en"


def use_person_language() -> None:
    """Speak the person's language in the core's words from now on (``i18n.use``)."""
    from groupkeeper import i18n

    i18n.use(person_language())
