"""Schedule tables: meeting series, their formats, and per-date exceptions."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import Column, Enum, Float, ForeignKey, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from groupkeeper.materials.models import meeting_format
from groupkeeper.schedule.occurrences import Attendance, ExceptionKind
from groupkeeper.store.base import Base

series_format = Table(
    "series_format",
    Base.metadata,
    Column(
        "series_id",
        ForeignKey("meeting_series.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    # Built-in Meeting Guide codes live in code (formats.py), so this is a plain code.
    Column("code", String(16), primary_key=True),
)


class CustomFormat(Base):
    """A format code the group added itself, with its label."""

    __tablename__ = "custom_format"

    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    label: Mapped[str] = mapped_column(String(100))


class MeetingSeries(Base):
    __tablename__ = "meeting_series"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    # RFC 5545 RRULE without DTSTART; NULL for a one-off meeting on start_date.
    rrule: Mapped[str | None] = mapped_column(String(200))
    start_date: Mapped[date] = mapped_column()
    end_date: Mapped[date | None] = mapped_column()
    # Wall-clock time in the group's time zone: 19:00 stays 19:00 across DST.
    start_time: Mapped[time] = mapped_column()
    duration_minutes: Mapped[int] = mapped_column()
    location_name: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    room: Mapped[str] = mapped_column(String(200), default="")
    directions: Mapped[str] = mapped_column(Text, default="")
    accessibility: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(35), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # The meeting format it follows; NULL for the group's first (usual) format.
    format_id: Mapped[int | None] = mapped_column(
        ForeignKey(meeting_format.c.id, ondelete="SET NULL"), default=None
    )
    # In person, online or hybrid, with the link and dial-in (0011).
    attendance: Mapped[Attendance] = mapped_column(
        Enum(Attendance, native_enum=False, length=12), default=Attendance.IN_PERSON
    )
    conference_url: Mapped[str] = mapped_column(String(2000), default="")
    conference_url_notes: Mapped[str] = mapped_column(Text, default="")
    conference_phone: Mapped[str] = mapped_column(String(100), default="")
    conference_phone_notes: Mapped[str] = mapped_column(Text, default="")
    # What the intergroup's meeting list keeps (0011): the list's own ids for this meeting,
    # as JSON {"0": "monday-night"} by weekday (0 = Monday), and where it puts the place.
    listing_slugs: Mapped[str] = mapped_column(Text, default="")
    latitude: Mapped[float | None] = mapped_column(Float, default=None)
    longitude: Mapped[float | None] = mapped_column(Float, default=None)
    region: Mapped[str] = mapped_column(String(200), default="")
    sub_region: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column()
    # In UTC from 0011 on (local time before: ambiguous in the repeated autumn hour).
    updated_at: Mapped[datetime] = mapped_column()

    exceptions: Mapped[list[MeetingException]] = relationship(
        back_populates="series", cascade="all, delete-orphan", passive_deletes=True
    )


class MeetingException(Base):
    """One date of a series that is cancelled or moved, with the group's note."""

    __tablename__ = "meeting_exception"
    __table_args__ = (UniqueConstraint("series_id", "original_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    series_id: Mapped[int] = mapped_column(
        ForeignKey("meeting_series.id", ondelete="CASCADE"), index=True
    )
    original_date: Mapped[date] = mapped_column(index=True)
    kind: Mapped[ExceptionKind] = mapped_column(Enum(ExceptionKind, native_enum=False, length=12))
    new_date: Mapped[date | None] = mapped_column(index=True)
    new_time: Mapped[time | None] = mapped_column()
    note: Mapped[str] = mapped_column(Text, default="")

    series: Mapped[MeetingSeries] = relationship(back_populates="exceptions")
