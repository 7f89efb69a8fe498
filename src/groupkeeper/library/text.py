"""Read the words out of an attached file once, when it is attached, so search can find them.

PDFs go through pypdf (pure Python, about 1 MB installed, no compiled parts: it costs the
installer little and runs wherever Python does). Word-processor files (.docx, .odt) are zip
archives of XML and need nothing beyond the standard library. Anything else (images,
spreadsheets) has no text to read. A damaged or password-protected file never raises here:
it is still attached byte for byte, with a status saying its text could not be read.

An attachment may come from a stranger, so reading it is bounded whatever it says about
itself: a document's XML is inflated a chunk at a time up to MAX_INFLATED (a 3 MB zip bomb
once took 5 GB), a PDF is read to MAX_PAGES pages or MAX_SECONDS (a 795 KB PDF of 5,000
pages once kept attaching busy for hours), a plain-text file is decoded a chunk at a time,
every pattern is linear, and MAX_TEXT characters are kept of any file. What was read is
searchable, with a note saying only part of the file was read. A caller can cancel between
pages and chunks (``Cancelled``). Bounded only by pypdf's own limits (75 MB a stream, two
million operations a content stream): one PDF page, and opening the PDF (its cross-reference
table, read before anything else).
"""

from __future__ import annotations

import codecs
import io
import logging
import re
import time
import warnings
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from html import unescape
from typing import TYPE_CHECKING, Any

from groupkeeper.i18n import _
from groupkeeper.library.models import TextStatus

if TYPE_CHECKING:
    from pypdf import PageObject, PdfReader

MAX_TEXT = 2_000_000  # characters kept for search from one file; the file itself is kept whole
MAX_INFLATED = 20 * 1024 * 1024  # bytes of a document's XML inflated, whatever its header says
MAX_RATIO = 200  # inflated : deflated beyond which it is a zip bomb (real XML: about 5 to 20)
_RATIO_FLOOR = 1024 * 1024  # bytes of XML read whatever the ratio
MAX_PAGES = 500  # PDF pages read
MAX_SECONDS = 1.5  # reading one file, checked between pages and chunks: 2 s with the last
CHUNK = 256 * 1024  # bytes inflated or decoded at a time
_MAX_CARRY = 64 * 1024  # characters of an unfinished tag held over to the next chunk
_MAX_TREE_DEPTH = 100  # levels of a PDF's page tree (pypdf's own limit)
_INHERITED = ("/Resources", "/MediaBox", "/CropBox", "/Rotate")  # from the page tree to a page

# Linear: a tag cannot contain "<", so each match attempt stops at the next "<" and a run of
# "<" never closed costs one pass (`<[^>]+>` tried from every "<" of such a run: quadratic).
# A run of tags is one match: one space for "</w:t></w:r><w:r><w:rPr>...<w:t>". (Written to
# begin with a plain "<" so the engine can skip ahead to one: (?:<...>)+ tries every position.)
_TAGS = re.compile(r"<[^<>]+>(?:<[^<>]+>)*")
_PARAGRAPH_END = re.compile(r"</(?:w:p|text:p|text:h)>")
# Single character classes (fast); a line break is whatever splitlines() takes for one, "\r\n"
# becoming a blank line that _BLANK then drops.
_LINE_BREAK = re.compile("[\r\v\f\x1c-\x1e\x85\u2028\u2029]")
# Runs of the other white space (all str.isspace() knows) and of control characters: XML forbids
# those, and a zip bomb of zeros is nothing else.
_SPACES = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+"
)
_BLANK = re.compile(r" ?\n[ \n]*")  # a line break with the spaces and blank lines around it

CancelCheck = Callable[[], bool]


class Cancelled(Exception):
    """The caller asked, through ``cancelled``, for reading to stop."""


@dataclass(frozen=True)
class Extracted:
    """The searchable text of a file, what became of it, and how much of the file was read."""

    text: str
    status: TextStatus
    pages: int = 0  # pages in a PDF: counted when all were read, else as the PDF states it
    pages_read: int = 0  # pages whose text was read
    note: str = ""  # for people, when only part of the file was read; "" when all of it

    @property
    def stopped_early(self) -> bool:
        return bool(self.note)


def is_pdf(data: bytes) -> bool:
    return b"%PDF-" in data[:1024]


def extract(
    data: bytes, file_name: str, *, cancelled: CancelCheck | None = None
) -> tuple[str, TextStatus]:
    """The searchable text of a file and what became of it (``read_words`` says more)."""
    found = read_words(data, file_name, cancelled=cancelled)
    return found.text, found.status


def read_words(data: bytes, file_name: str, *, cancelled: CancelCheck | None = None) -> Extracted:
    """The searchable text of a file, what became of it and whether all of it was read.

    Raises ``Cancelled`` when ``cancelled()`` turns true (asked between pages and chunks)."""
    started = time.monotonic()
    name = file_name.lower()
    if is_pdf(data):
        return _pdf_text(data, cancelled, started)
    if name.endswith((".docx", ".odt")):
        member = "word/document.xml" if name.endswith("x") else "content.xml"
        return _zipped_xml_text(data, member, cancelled, started)
    if name.endswith((".txt", ".md", ".csv")):
        return _plain_text(data, cancelled)
    return Extracted("", TextStatus.NONE)


def _check(cancelled: CancelCheck | None) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled


class _Tidy:
    """Text fed a piece at a time, kept as lines with their spaces collapsed and blank lines
    dropped, up to MAX_TEXT characters. Linear, and no list of lines: 25 MB of line breaks
    made a list of 25 million (200 MB) with splitlines()."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0

    @property
    def full(self) -> bool:
        return self.size > MAX_TEXT

    def feed(self, text: str) -> None:
        if text := _BLANK.sub("\n", _SPACES.sub(" ", _LINE_BREAK.sub("\n", text))):
            self.parts.append(text)
            self.size += len(text)

    def text(self) -> tuple[str, bool]:
        """The text, and whether it is all of what was fed."""
        # Once more over the whole: a run of spaces or of line breaks may span two pieces.
        text = _BLANK.sub("\n", _SPACES.sub(" ", "".join(self.parts))).strip()
        return text[:MAX_TEXT], len(text) <= MAX_TEXT


def _plain_text(data: bytes, cancelled: CancelCheck | None) -> Extracted:
    for encoding in ("utf-8-sig", "cp1252"):
        decoder = codecs.getincrementaldecoder(encoding)()
        tidy = _Tidy()
        at = 0
        try:
            while at < len(data) and not tidy.full:
                _check(cancelled)
                tidy.feed(decoder.decode(data[at : at + CHUNK]))
                at += CHUNK
            if at >= len(data):
                tidy.feed(decoder.decode(b"", final=True))
        except UnicodeDecodeError:
            continue
        text, all_kept = tidy.text()
        whole = at >= len(data) and all_kept
        note = (
            ""
            if whole
            else _("Only the first part of its text is searchable: the file is very long.")
        )
        return Extracted(text, TextStatus.READ, note=note)
    return Extracted("", TextStatus.NONE)


def _pdf_text(data: bytes, cancelled: CancelCheck | None, started: float) -> Extracted:
    from pypdf import PdfReader

    # pypdf reports odd-but-readable files through logging and warnings; they are not ours
    # to show, and one bad file must not fill a log.
    quiet = logging.getLogger("pypdf")
    level = quiet.level
    quiet.setLevel(logging.CRITICAL)
    tidy = _Tidy()
    read = said = 0
    slow = long = False  # why reading stopped before the end
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted and not _opens_without_password(reader):
                return Extracted("", TextStatus.PROTECTED)
            said = _said_page_count(reader)
            for page in _walk_pages(reader):
                _check(cancelled)  # between pages: one page is read within pypdf's limits
                if read and time.monotonic() - started > MAX_SECONDS:  # the first is read
                    slow = True
                    break
                if page is None:
                    continue
                if read >= MAX_PAGES or tidy.full:
                    long = True
                    break
                tidy.feed((page.extract_text() or "") + "\n")
                read += 1
    except Cancelled:
        raise
    except Exception:  # pypdf raises many kinds of error on a damaged file; all mean the same
        return Extracted("", TextStatus.UNREADABLE, said, read)
    finally:
        quiet.setLevel(level)
    text, all_kept = tidy.text()
    if not slow and not all_kept:
        long = True
    if not (slow or long):
        return Extracted(text, TextStatus.READ if text else TextStatus.NONE, read, read)
    note = _pages_note(read, said, slow).format(read=read, said=said)
    return Extracted(text, TextStatus.READ if text else TextStatus.NONE, said, read, note)


def _pages_note(read: int, said: int, slow: bool) -> str:
    """What a note says when only ``read`` pages of a PDF (of ``said``) were read: a message
    with ``{read}`` and ``{said}`` to fill."""
    if said > read:
        if slow:
            return _(
                "Its text is searchable up to page {read} of {said} only: the rest would take "
                "too long to read."
            )
        return _("Its text is searchable up to page {read} of {said} only: the file is long.")
    if slow:
        return _(
            "Its text is searchable up to page {read} only: the rest would take too long to read."
        )
    return _("Its text is searchable up to page {read} only: the file is long.")


def _said_page_count(reader: PdfReader) -> int:
    """The page count the PDF's page tree states (its /Count): for what the note says only."""
    from pypdf.generic import DictionaryObject

    pages = _entry(reader.root_object, "/Pages")
    count = _entry(pages, "/Count") if isinstance(pages, DictionaryObject) else None
    return count if isinstance(count, int) and 0 <= count < 10**7 else 0


def _walk_pages(reader: PdfReader) -> Iterator[PageObject | None]:
    """The pages in order, found one at a time, with what they inherit from the page tree.

    pypdf's ``reader.pages`` reads every page of the tree before giving the first (2 s for
    5,000 pages, about 40 for the 100,000 it allows). This walks the tree as pypdf does, giving
    None for each node that is not a page so the caller can stop between any two steps.
    Each node is visited once, so a cycle or a node listed twice ends there."""
    from pypdf import PageObject
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject

    root = reader.root_object.get("/Pages")
    # A stack of the /Kids being walked, each with what its /Pages node passes down.
    stack: list[tuple[Iterator[Any], dict[str, Any]]] = [(iter([root]), {})]
    seen: set[int] = set()
    while stack:
        kids, inherit = stack[-1]
        kid = next(kids, None)
        if kid is None:
            stack.pop()
            continue
        node = kid.get_object()
        if not isinstance(node, DictionaryObject) or not node or id(node) in seen:
            continue
        seen.add(id(node))
        kind = _entry(node, "/Type") or ("/Pages" if "/Kids" in node else "/Page")
        if kind == "/Pages":
            if len(stack) > _MAX_TREE_DEPTH:
                raise ValueError("page tree too deep")
            below = _entry(node, "/Kids")  # anything but a list: no kids
            below = below if isinstance(below, ArrayObject) else ArrayObject()
            passed = inherit | {NameObject(key): node[key] for key in _INHERITED if key in node}
            stack.append((iter(below), passed))
            yield None
        elif kind == "/Page":
            page = PageObject(reader, kid if isinstance(kid, IndirectObject) else None)
            page.update(node)
            for key, value in inherit.items():
                if key not in page:  # its own value, if it has one, wins
                    page[key] = value
            yield page
        else:
            yield None


def _entry(dictionary: Any, key: str) -> Any:
    """A PDF dictionary's entry, a reference followed (pypdf's .get gives the reference)."""
    value = dictionary.get(key)
    return value.get_object() if value is not None else None


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


def _zipped_xml_text(
    data: bytes, member: str, cancelled: CancelCheck | None, started: float
) -> Extracted:
    """The text of one XML member, inflated a chunk at a time.

    The member's sizes in the zip's directory are not trusted as a promise: what is read is
    counted. They are used as a bound only where zipfile itself enforces them (it never reads
    more than ``compress_size`` deflated bytes), so more than MAX_RATIO inflated bytes for
    each of those is a bomb, and reading stops there."""
    tidy = _Tidy()
    inflated = 0
    stopped = False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            info = archive.getinfo(member)
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                # zipfile inflates bzip2 and lzma without a bound per read: a few KB read
                # could be gigabytes. Word processors write deflate (or store).
                return Extracted("", TextStatus.UNREADABLE)
            limit = min(MAX_INFLATED, max(_RATIO_FLOOR, MAX_RATIO * info.compress_size))
            decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
            carry = ""
            with archive.open(info) as stream:
                while True:
                    _check(cancelled)
                    chunk = stream.read(min(CHUNK, limit - inflated + 1))
                    inflated += len(chunk)
                    xml = carry + decoder.decode(chunk, final=not chunk)
                    end = _whole_up_to(xml) if chunk else len(xml)
                    xml, carry = xml[:end], xml[end:]
                    tidy.feed(unescape(_TAGS.sub(" ", _PARAGRAPH_END.sub("\n", xml))))
                    if not chunk:
                        break
                    if inflated > limit or tidy.full or time.monotonic() - started > MAX_SECONDS:
                        stopped = True
                        break
    except (
        zipfile.BadZipFile, KeyError, OSError, RuntimeError, ValueError, EOFError,
        NotImplementedError, zlib.error,
    ):  # fmt: skip
        return Extracted("", TextStatus.UNREADABLE)
    text, all_kept = tidy.text()
    note = (
        _(
            "Only the first part of its text is searchable: the file is very long or unusually "
            "packed."
        )
        if stopped or not all_kept
        else ""
    )
    return Extracted(text, TextStatus.READ if text else TextStatus.NONE, note=note)


def _whole_up_to(xml: str) -> int:
    """Where to cut a chunk of XML so no tag or entity is split; the rest waits for the next."""
    end = len(xml)
    opened = xml.rfind("<")
    if opened != -1 and xml.find(">", opened) == -1:
        end = opened
    amp = xml.rfind("&", max(0, end - 40), end)
    if amp != -1 and xml.find(";", amp, end) == -1:
        end = amp
    return end if len(xml) - end <= _MAX_CARRY else len(xml)  # a "<" never closed: not a tag
