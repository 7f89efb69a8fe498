"""The names offered when a person saves something: one file in the folder chosen, whatever
the group or member is called."""

from __future__ import annotations

from datetime import date

from groupkeeper.export.registry import Document
from groupkeeper.files import name_part


def test_a_name_with_folder_or_windows_characters_stays_one_file() -> None:
    assert name_part("Hope/Recovery: Tues*") == "Hope Recovery  Tues"
    assert name_part(' \\/:*?"<>| ') == "Group"
    assert name_part("Elm Falls Hope Group") == "Elm Falls Hope Group"


def test_every_document_offers_a_plain_file_name() -> None:
    for doc in Document:
        name = doc.file_name("Hope/Recovery", date(2026, 12, 8))
        assert "/" not in name and name.endswith(".pdf")
