"""Attachment names from a file someone else made stay labels, never paths, and only
documents and pictures are handed to the computer's usual program."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from groupkeeper.library.names import MAX_NAME, can_open, real_kind, safe_name, title_for

PARTS = st.sampled_from(["..", ".", "/", "\\", "C:", "~", "\u202e", "\x00", "\n", "CON", "a"])
NAMES = st.one_of(
    st.text(max_size=400), st.lists(st.one_of(PARTS, st.text(max_size=8))).map("".join)
)


@given(NAMES)
def test_a_safe_name_stays_in_its_folder(name: str) -> None:
    safe = safe_name(name)
    folder = Path("/private/temp")
    assert (folder / safe).parent == folder
    assert safe and len(safe) <= MAX_NAME
    assert "/" not in safe and "\\" not in safe and safe not in (".", "..")
    assert not safe.startswith(".") and not safe.endswith((".", " "))
    assert all(unicodedata.category(ch) not in ("Cc", "Cf") for ch in safe)
    assert safe_name(safe) == safe  # reading it again changes nothing


def test_climbing_and_hiding_names_are_cut_down() -> None:
    assert safe_name("../../.config/autostart/evil.desktop") == "evil.desktop"
    assert safe_name("/home/ana/.bashrc") == "bashrc"
    assert safe_name("C:\\Users\\Ana\\Start Menu\\run.lnk") == "run.lnk"
    # A right-to-left override shows "photo\u202egpj.exe" as "photoexe.jpg".
    assert safe_name("photo\u202egpj.exe") == "photogpj.exe"
    assert safe_name("..") == "attached file"
    assert safe_name("con.txt") == "_con.txt"
    long = safe_name("a" * 500 + ".pdf")
    assert long.endswith(".pdf") and len(long) == MAX_NAME


def test_only_documents_and_pictures_open() -> None:
    for name in ["reading.pdf", "map.PNG", "minutes.docx", "list.odt", "notes.txt"]:
        assert can_open(name, b"%PDF-1.7" if name.endswith("pdf") else b"plain")
    for name in ["reading.pdf.exe", "setup.hta", "a.lnk", "x.desktop", "run.sh", "page.html"]:
        assert not can_open(name, b"")
    # Its first bytes count before its name.
    assert not can_open("reading.pdf", b"MZ\x90\x00")
    assert real_kind("reading.pdf", b"MZ\x90\x00") == "a Windows program"
    assert not can_open("notes.txt", b"  <!DOCTYPE html><script>")
    assert real_kind("x.desktop", b"[Desktop Entry]\nExec=rm") == "a Linux launcher"
    assert real_kind("run.sh", b"echo") == "a script"


def test_a_title_never_hides_the_real_extension() -> None:
    assert title_for("reading.pdf.exe") == "reading.pdf.exe"
    assert title_for("Picnic_flyer.pdf") == "Picnic flyer"
