"""Paper in the group's language, whoever prints it and from where: every document printed for
a French and a Spanish group holds none of the English labels the English one does, carries
its dates in the group's words, and reads the same from the command line as from the window."""

from __future__ import annotations

import re
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from pypdf import PdfReader
from sqlalchemy import update

from groupkeeper import i18n
from groupkeeper.__main__ import main
from groupkeeper.export.registry import Document, Request, prepare, render
from groupkeeper.group.models import Group
from groupkeeper.materials.service import upcoming
from groupkeeper.schedule.occurrences import Occurrence
from groupkeeper.store import open_store
from tests.conftest import TODAY
from tests.dump import own_words

ROOT = Path(__file__).resolve().parents[2] / "src" / "groupkeeper"
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2)}
# The words of the paper itself (not the group's own data, such as its library or roles).
LABEL_SOURCES = ("export", "schedule")
MONTH = {"fr": "mars", "es": "mar"}  # TODAY is in March 2026


def _labels() -> set[str]:
    """Every run of two or more words in the messages the paper's code marks, without their
    placeholders: "Meeting schedule", "Every other", "PLEASE KEEP PRIVATE"."""
    found: set[str] = set()
    for folder in LABEL_SOURCES:
        for *_where, message, _comments, _context in extract_from_dir(
            str(ROOT / folder), keywords=KEYWORDS, comment_tags=()
        ):
            for text in message if isinstance(message, tuple) else (message,):
                for piece in re.split(r"\{[^}]*\}|\n", text or ""):
                    piece = piece.strip(" .,:;·–—()")
                    if len(piece.split()) >= 2:
                        found.add(piece)
    return found


def _request(doc: Document, meeting: Occurrence) -> Request:
    """Everything a document can print: names, notes, two months of meetings."""
    last = TODAY + timedelta(days=60)
    return Request(doc, meeting=meeting, names=True, notes=True, first=TODAY, last=last)


def _texts(file: Path, tmp: Path, name: str) -> dict[Document, str]:
    texts = {}
    store = open_store(file)
    with store.session() as s:
        meeting = upcoming(s, TODAY)[0]
        prepared = {doc: prepare(s, _request(doc, meeting), TODAY) for doc in Document}
    store.close()
    for doc, data in prepared.items():
        out = render(data, _request(doc, meeting), tmp / f"{name}-{doc.name}.pdf", printed=TODAY)
        texts[doc] = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    return texts


def _speaking(file: Path, language: str, country: str = "CA") -> None:
    store = open_store(file)
    with store.session() as s, s.begin():
        s.execute(update(Group).values(language=language, country=country))
    store.close()


@pytest.fixture(scope="module")
def english(tmp_path_factory: pytest.TempPathFactory) -> dict[Document, str]:
    from groupkeeper.demo import write_demo

    tmp = tmp_path_factory.mktemp("english")
    return _texts(write_demo(tmp / "demo.groupkeeper", TODAY), tmp, "en")


@pytest.mark.parametrize("language", ["fr", "es"])
def test_no_english_label_is_left_on_any_document(
    language: str, english: dict[Document, str], demo_file: Path, tmp_path: Path
) -> None:
    _speaking(demo_file, language)
    i18n.use("en")  # the person at the computer reads English: the paper still does not
    texts = _texts(demo_file, tmp_path, language)
    theirs = own_words(demo_file)  # read once, not once per label
    labels = {label for label in _labels() if label not in theirs}
    left = {
        doc.name: sorted(label for label in labels if label in english[doc] and label in text)
        for doc, text in texts.items()
    }
    assert {doc: found for doc, found in left.items() if found} == {}
    flyer = texts[Document.FLYER]
    assert MONTH[language] in flyer  # dates in the group's words
    assert "Mar 2026" not in flyer


def test_the_command_line_and_the_window_print_the_same_words(
    demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The command line speaks the person's language (English here); the window's worker
    thread another (Spanish); a French group's flyer reads the same from both."""
    _speaking(demo_file, "fr")
    first, last = "2026-03-02", "2026-04-30"
    cli_pdf = tmp_path / "cli.pdf"
    argv = ["export", "schedule", "--data", str(demo_file), "--out", str(cli_pdf)]
    assert main([*argv, "--from", first, "--to", last]) == 0
    window_pdf = tmp_path / "window.pdf"

    def as_the_window_does() -> None:
        i18n.use("es")
        try:
            store = open_store(demo_file)
            with store.session() as s:
                req = Request(Document.FLYER, first=TODAY, last=TODAY.replace(month=4, day=30))
                data = prepare(s, req, TODAY)
            store.close()
            render(data, req, window_pdf)
        finally:
            i18n.use("en")

    worker = threading.Thread(target=as_the_window_does)
    worker.start()
    worker.join()
    cli_text = [p.extract_text() for p in PdfReader(cli_pdf).pages]
    window_text = [p.extract_text() for p in PdfReader(window_pdf).pages]
    assert cli_text == window_text
    assert "Calendrier des réunions · du lun. 2 mars 2026 au" in cli_text[0]
