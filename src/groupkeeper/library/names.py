"""An attached file's name and kind, made safe: a file from someone else chooses both.

The name stored with an attachment is only a label. It is reduced to a plain base name (no
folder parts, no ``..``, no control or bidirectional-override characters, nothing Windows
refuses, a sane length) when a file is attached and again whenever it is read from a group
file, because a hostile file sets it directly. Only documents and pictures on an allow-list
are handed to the computer's usual program; anything else can be saved, with a warning that
names what it really is (from its first bytes, not its name).
"""

from __future__ import annotations

import unicodedata

from groupkeeper.i18n import N_, _

MAX_NAME = 120  # characters, extension included

# Opened in the computer's usual program: documents and pictures that cannot run code by
# being opened. Web pages, scripts, programs, shortcuts and launchers are saved, never opened.
OPENABLE = frozenset({
    ".pdf", ".txt", ".md", ".rtf", ".doc", ".docx", ".odt", ".xls", ".xlsx", ".ods",
    ".ppt", ".pptx", ".odp", ".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp", ".tif", ".tiff",
})  # fmt: skip

_WINDOWS_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL"] + [f"{p}{n}" for p in ("COM", "LPT") for n in range(1, 10)]
)
_WINDOWS_FORBIDDEN = set('<>:"|?*')


def _allowed(ch: str) -> bool:
    # Cc: control characters; Cf: format characters, among them the right-to-left override
    # (U+202E) that shows "gpj.exe" as "exe.jpg"; Zl/Zp: line and paragraph separators.
    return unicodedata.category(ch) not in ("Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn")


def safe_name(name: str, fallback: str = "attached file") -> str:
    """``name`` as a plain file name that stays in whatever folder it is written to."""
    base = str(name).replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(
        "_" if ch in _WINDOWS_FORBIDDEN else ch
        for ch in unicodedata.normalize("NFC", base)
        if _allowed(ch)
    )
    base = " ".join(base.split())  # tabs, runs of spaces
    base = base.strip(" .")  # Windows drops trailing dots; "..", ".bashrc" lose their dots
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        stem, suffix = base, ""
    if stem.split(".")[0].upper() in _WINDOWS_RESERVED:
        stem = "_" + stem
    suffix = suffix[:16]
    keep = MAX_NAME - (len(suffix) + 1 if dot else 0)
    base = stem[:keep].rstrip(" .") + (f".{suffix}" if dot else "")
    return base if base and base != "." + suffix else fallback


def extension(name: str) -> str:
    """The last extension of a safe name, lower-case with its dot (".pdf"), or ""."""
    stem, dot, suffix = safe_name(name).rpartition(".")
    return f".{suffix.lower()}" if dot and stem else ""


# What a file is, in words (marked here, translated where they are given out).
_WINDOWS_PROGRAM = N_("a Windows program")
_MAC_PROGRAM = N_("a Mac program")
_SCRIPT = N_("a script")
_WINDOWS_SHORTCUT = N_("a Windows shortcut")
_LINUX_LAUNCHER = N_("a Linux launcher")
_WEB_APPLICATION = N_("a web application")
_WEB_PAGE = N_("a web page")

# First bytes of kinds that must never be opened, whatever the name says.
_RUNNABLE: tuple[tuple[bytes, str], ...] = (
    (b"MZ", _WINDOWS_PROGRAM),
    (b"\x7fELF", N_("a program")),
    (b"\xcf\xfa\xed\xfe", _MAC_PROGRAM),
    (b"\xca\xfe\xba\xbe", _MAC_PROGRAM),
    (b"#!", _SCRIPT),
    (b"L\x00\x00\x00\x01\x14\x02\x00", _WINDOWS_SHORTCUT),
    (b"[Desktop Entry]", _LINUX_LAUNCHER),
)

_KINDS = {
    ".exe": _WINDOWS_PROGRAM, ".com": _WINDOWS_PROGRAM, ".scr": _WINDOWS_PROGRAM,
    ".msi": N_("a Windows installer"), ".bat": _SCRIPT, ".cmd": _SCRIPT, ".ps1": _SCRIPT,
    ".vbs": _SCRIPT, ".js": _SCRIPT, ".jse": _SCRIPT, ".wsf": _SCRIPT,
    ".sh": _SCRIPT, ".py": _SCRIPT, ".hta": _WEB_APPLICATION,
    ".html": _WEB_PAGE, ".htm": _WEB_PAGE, ".svg": N_("a drawing that can hold a script"),
    ".lnk": _WINDOWS_SHORTCUT, ".url": N_("an internet shortcut"),
    ".desktop": _LINUX_LAUNCHER, ".app": _MAC_PROGRAM, ".jar": N_("a Java program"),
    ".zip": N_("a compressed folder"), ".docm": N_("a document with macros"),
    ".xlsm": N_("a spreadsheet with macros"), ".pptm": N_("a presentation with macros"),
}  # fmt: skip


# Markup a browser would run, matched in lower case after leading space.
_MARKUP: tuple[tuple[bytes, str], ...] = (
    (b"<hta", _WEB_APPLICATION),
    (b"<!doctype html", _WEB_PAGE),
    (b"<html", _WEB_PAGE),
    (b"<script", _WEB_PAGE),
)


def _runnable(head: bytes) -> str | None:
    """What a file's first bytes say it is when that is something that runs, else None
    (untranslated: see :func:`real_kind`)."""
    start = head.lstrip()[:64]
    lowered = start.lower()
    for magic, kind in _RUNNABLE:
        if start.startswith(magic):
            return kind
    for marker, kind in _MARKUP:
        if lowered.startswith(marker):
            return kind
    return None


def real_kind(name: str, head: bytes) -> str:
    """What the file is, in words, judged from its first bytes before its name."""
    if kind := _runnable(head):
        return _(kind)
    ext = extension(name)
    if ext in _KINDS:
        return _(_KINDS[ext])
    if ext:
        return _("a {extension} file").format(extension=ext[1:].upper())
    return _("a file of unknown kind")


def can_open(name: str, head: bytes) -> bool:
    """True when the file is a document or picture that is safe to hand to its program."""
    return extension(name) in OPENABLE and _runnable(head) is None


def title_for(name: str) -> str:
    """The title a new attachment gets from its name: without the extension only when it is
    a kind that can be opened, so "reading.pdf.exe" is never shown as "reading.pdf"."""
    safe = safe_name(name)
    stem, dot, _suffix = safe.rpartition(".")
    if dot and stem and extension(safe) in OPENABLE:
        return stem.replace("_", " ").strip() or safe
    return safe
