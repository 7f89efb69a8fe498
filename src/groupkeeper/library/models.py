"""Library tables: one ``resource`` row per item of any kind, its tags, an attached file's
bytes in 1 MiB chunks, the text read out of it, the lending shelf's loans, and the full-text
index.

The file's bytes live in their own table (``attachment_chunk``) and are read only when someone
opens or saves the document, so a file holding 200 MB of handouts lists, searches and opens
as fast as one holding none. The search index (``resource_fts``, SQLite FTS5) is derived data:
:func:`groupkeeper.library.service.rebuild_index` can always make it again from the tables.
"""

from __future__ import annotations

import enum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Connection,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    event,
)

from groupkeeper.i18n import _
from groupkeeper.store.base import Base

M = Base.metadata


class Kind(enum.Enum):
    READING = "reading"
    DOCUMENT = "document"
    CONTACT = "contact"
    BOOK = "book"

    @property
    def label(self) -> str:
        return {
            Kind.READING: _("Reading"),
            Kind.DOCUMENT: _("Document"),
            Kind.CONTACT: _("Referral contact"),
            Kind.BOOK: _("Book"),
        }[self]

    @property
    def plural(self) -> str:
        return {
            Kind.READING: _("Readings"),
            Kind.DOCUMENT: _("Documents"),
            Kind.CONTACT: _("Referral contacts"),
            Kind.BOOK: _("Lending shelf"),
        }[self]


class TextStatus(enum.Enum):
    """What became of the text inside an attached file."""

    READ = "read"  # extracted and searchable
    NONE = "none"  # a kind of file with no text to read (an image, a spreadsheet...)
    UNREADABLE = "unreadable"  # a PDF or document whose text could not be read (damaged)
    PROTECTED = "protected"  # a password-protected PDF

    @property
    def label(self) -> str:
        return {
            TextStatus.READ: _("Its text is searchable."),
            TextStatus.NONE: _(
                "No text was found in it to search; its title and tags are searchable."
            ),
            TextStatus.UNREADABLE: _(
                "Its text could not be read (the file may be damaged), so only its title and "
                "tags are searchable. It is stored as it is and opens as usual."
            ),
            TextStatus.PROTECTED: _(
                "It is protected with a password, so its text could not be read; only its "
                "title and tags are searchable. It is stored as it is."
            ),
        }[self]


resource = Table(
    "resource",
    M,
    Column("id", Integer, primary_key=True),
    Column("kind", Enum(Kind, native_enum=False, length=20), nullable=False, index=True),
    Column("title", String(300), nullable=False),
    # A reading's text; notes for the other kinds.
    Column("body", Text, nullable=False),
    Column("archived", Boolean, nullable=False),
    # Referral contacts.
    Column("phone", String(100), nullable=False),
    Column("text_line", String(100), nullable=False),
    Column("hours", String(200), nullable=False),
    Column("region", String(100), nullable=False),
    Column("website", String(300), nullable=False),  # written down as text, never fetched
    Column("crisis", Boolean, nullable=False),
    # Books on the lending shelf.
    Column("author", String(200), nullable=False),
    Column("copies", Integer, nullable=False),
    # Attached documents.
    Column("file_name", String(255), nullable=False),
    Column("media_type", String(100), nullable=False),
    Column("size", Integer, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("text_status", Enum(TextStatus, native_enum=False, length=20), nullable=True),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    CheckConstraint("copies >= 0", name="copies_not_negative"),
)

resource_tag = Table(
    "resource_tag",
    M,
    Column("resource_id", ForeignKey("resource.id", ondelete="CASCADE"), primary_key=True),
    Column("tag", String(60, collation="NOCASE"), primary_key=True, index=True),
)

attachment_chunk = Table(
    "attachment_chunk",
    M,
    Column("resource_id", ForeignKey("resource.id", ondelete="CASCADE"), primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("data", LargeBinary, nullable=False),
)

document_text = Table(
    "document_text",
    M,
    Column("resource_id", ForeignKey("resource.id", ondelete="CASCADE"), primary_key=True),
    Column("text", Text, nullable=False),
)

loan = Table(
    "loan",
    M,
    Column("id", Integer, primary_key=True),
    Column(
        "resource_id", ForeignKey("resource.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("member_id", ForeignKey("member.id", ondelete="SET NULL"), nullable=True),
    Column("borrower", String(200), nullable=False),  # as written: "Dana K." or "the Tuesday group"
    Column("out_on", Date, nullable=False),
    Column("due_on", Date, nullable=False),
    Column("returned_on", Date, nullable=True),
    CheckConstraint("due_on >= out_on", name="due_after_out"),
)

# Not a SQLAlchemy table: FTS5 keeps its own shadow tables (resource_fts_data, ...). The
# migration that added the library writes this same statement out.
FTS_TABLE = "resource_fts"
FTS_DDL = (
    "CREATE VIRTUAL TABLE resource_fts USING fts5("
    "title, tags, details, body, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
)


@event.listens_for(resource, "after_create")
def _create_index(_target: Table, connection: Connection, **_kw: object) -> None:
    connection.exec_driver_sql(FTS_DDL)


@event.listens_for(resource, "before_drop")
def _drop_index(_target: Table, connection: Connection, **_kw: object) -> None:
    connection.exec_driver_sql("DROP TABLE IF EXISTS resource_fts")


def is_index_table(name: str | None) -> bool:
    """True for the full-text index and its shadow tables, which no model describes."""
    return bool(name) and str(name).startswith(FTS_TABLE)
