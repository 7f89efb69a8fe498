"""Read the words out of an attached file once, when it is attached, so search can find them.

PDFs go through pypdf (pure Python, about 1 MB installed, no compiled parts: it costs the
installer little and runs wherever Python does). Word-processor files (.docx, .odt) are zip
archives of XML and need nothing beyond the standard library. Anything else (images,
spreadsheets) has no text to read. A damaged or password-protected file never raises here:
it is still attached byte for byte, with a status saying its text could not be read.
"""

from __future__ import annotations

import io
import logging
import re
import warnings
import zipfile
from html import unescape
from typing import TYPE_CHECKING

from groupkeeper.library.models import TextStatus

if TYPE_CHECKING:
    from pypdf import PdfReader

MAX_TEXT = 2_000_000  # characters kept for search from one file; the file itself is kept whole
_TAG = re.compile(r"<[^>]+>")
_PARAGRAPH_END = re.compile(r"</(?:w:p|text:p|text:h)>")
_SPACES = re.compile(r"[ \t\r\f\v]+")


def is_pdf(data: bytes) -> bool:
    return b"%PDF-" in data[:1024]


def extract(data: bytes, file_name: str) -> tuple[str, TextStatus]:
    """The searchable text of a file and what became of it."""
    name = file_name.lower()
    if is_pdf(data):
        return _pdf_text(data)
    if name.endswith((".docx", ".odt")):
        return _zipped_xml_text(data, "word/document.xml" if name.endswith("x") else "content.xml")
    if name.endswith((".txt", ".md", ".csv")):
        for encoding in ("utf-8-sig", "cp1252"):
            try:
                return _tidy(data.decode(encoding)), TextStatus.READ
            except UnicodeDecodeError:
                continue
    return "", TextStatus.NONE


def _tidy(text: str) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)[:MAX_TEXT]


def _pdf_text(data: bytes) -> tuple[str, TextStatus]:
    from pypdf import PdfReader

    # pypdf reports odd-but-readable files through logging and warnings; they are not ours
    # to show, and one bad file must not fill a log.
    quiet = logging.getLogger("pypdf")
    level = quiet.level
    quiet.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted and not _opens_without_password(reader):
                return "", TextStatus.PROTECTED
            parts: list[str] = []
            size = 0
            for page in reader.pages:
                part = page.extract_text() or ""
                parts.append(part)
                size += len(part)
                if size > MAX_TEXT:
                    break
    except Exception:  # pypdf raises many kinds of error on a damaged file; all mean the same
        return "", TextStatus.UNREADABLE
    finally:
        quiet.setLevel(level)
    text = _tidy("\n".join(parts))
    return text, TextStatus.READ if text else TextStatus.NONE


def _opens_without_password(reader: PdfReader) -> bool:
    """True when an encrypted PDF opens with the empty password (only an owner password)."""
    from pypdf.errors import DependencyError, PdfReadError

    try:
        return bool(reader.decrypt(""))
    except (PdfReadError, DependencyError, NotImplementedError):
        # Each means "needs a password we do not have" for our purpose: a real user password
        # (PdfReadError), AES without pypdf's optional cryptography package (DependencyError),
        # or an encryption scheme pypdf does not implement (NotImplementedError).
        return False


def _zipped_xml_text(data: bytes, member: str) -> tuple[str, TextStatus]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            xml = archive.read(member).decode("utf-8", errors="replace")
    except (zipfile.BadZipFile, KeyError, OSError, RuntimeError, ValueError):
        return "", TextStatus.UNREADABLE
    text = _tidy(unescape(_TAG.sub(" ", _PARAGRAPH_END.sub("\n", xml))))
    return text, TextStatus.READ if text else TextStatus.NONE
