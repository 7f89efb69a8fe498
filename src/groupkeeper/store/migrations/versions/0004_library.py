"""The resource library: items of four kinds, their tags, attached files kept inside the
group file in chunks, the text read from them, lending-shelf loans and the full-text index;
plus the group's country, which chooses the starter crisis lines.

An upgraded file gets an empty library; the Library view offers the starter set.

Revision ID: 0004_library
Revises: 0003_members_roster
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_library"
down_revision = "0003_members_roster"
branch_labels = None
depends_on = None

KIND = sa.Enum("READING", "DOCUMENT", "CONTACT", "BOOK", name="kind", native_enum=False, length=20)
STATUS = sa.Enum(
    "READ", "NONE", "UNREADABLE", "PROTECTED", name="textstatus", native_enum=False, length=20
)
# Written out here, not imported: a migration must keep doing what it did when it shipped.
FTS_DDL = (
    "CREATE VIRTUAL TABLE resource_fts USING fts5("
    "title, tags, details, body, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
)


def upgrade() -> None:
    with op.batch_alter_table("group_info") as batch:
        batch.add_column(sa.Column("country", sa.String(2), nullable=False, server_default=""))
    with op.batch_alter_table("group_info") as batch:
        batch.alter_column("country", server_default=None)
    op.create_table(
        "resource",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", KIND, nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("phone", sa.String(100), nullable=False),
        sa.Column("text_line", sa.String(100), nullable=False),
        sa.Column("hours", sa.String(200), nullable=False),
        sa.Column("region", sa.String(100), nullable=False),
        sa.Column("website", sa.String(300), nullable=False),
        sa.Column("crisis", sa.Boolean(), nullable=False),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("copies", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(255), nullable=False),
        sa.Column("media_type", sa.String(100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("text_status", STATUS, nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("copies >= 0", name=op.f("ck_resource_copies_not_negative")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resource")),
    )
    op.create_index(op.f("ix_resource_kind"), "resource", ["kind"])
    op.create_table(
        "resource_tag",
        sa.Column("resource_id", sa.Integer(), nullable=False),
        sa.Column("tag", sa.String(60, collation="NOCASE"), nullable=False),
        sa.ForeignKeyConstraint(["resource_id"], ["resource.id"], ondelete="CASCADE",
                                name=op.f("fk_resource_tag_resource_id_resource")),
        sa.PrimaryKeyConstraint("resource_id", "tag", name=op.f("pk_resource_tag")),
    )  # fmt: skip
    op.create_index(op.f("ix_resource_tag_tag"), "resource_tag", ["tag"])
    op.create_table(
        "attachment_chunk",
        sa.Column("resource_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["resource_id"], ["resource.id"], ondelete="CASCADE",
                                name=op.f("fk_attachment_chunk_resource_id_resource")),
        sa.PrimaryKeyConstraint("resource_id", "seq", name=op.f("pk_attachment_chunk")),
    )  # fmt: skip
    op.create_table(
        "document_text",
        sa.Column("resource_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["resource_id"], ["resource.id"], ondelete="CASCADE",
                                name=op.f("fk_document_text_resource_id_resource")),
        sa.PrimaryKeyConstraint("resource_id", name=op.f("pk_document_text")),
    )  # fmt: skip
    op.create_table(
        "loan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resource_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("borrower", sa.String(200), nullable=False),
        sa.Column("out_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("returned_on", sa.Date(), nullable=True),
        sa.CheckConstraint("due_on >= out_on", name=op.f("ck_loan_due_after_out")),
        sa.ForeignKeyConstraint(["resource_id"], ["resource.id"], ondelete="CASCADE",
                                name=op.f("fk_loan_resource_id_resource")),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"], ondelete="SET NULL",
                                name=op.f("fk_loan_member_id_member")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loan")),
    )  # fmt: skip
    op.create_index(op.f("ix_loan_resource_id"), "loan", ["resource_id"])
    op.execute(FTS_DDL)
