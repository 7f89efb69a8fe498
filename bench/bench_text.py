"""Reading the text of an attached file, the work attach does before it stores the file:
a 25 MB .docx (40 MB of XML and a 22 MB picture), a PDF of 5,000 pages, a zip bomb (1 MB that
inflates to 1 GB of zeros) and a 25 MB plain-text file, all built here.

Each is read in-process (median) and once in a child process for its peak memory (what the
laptop feels: the interpreter, pypdf and the file's bytes included). Baseline in the same run,
for each file: hashing its bytes with sha256 (what attach does anyway), in-process and in a
child that reads and hashes the file. Targets: at most 2 s and 150 MiB peak for each file.
"""

from __future__ import annotations

import io
import os
import random
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import median_ms, timed

MB = 1024 * 1024
WORDS = ("meeting", "group", "newcomer", "sponsor", "family", "recovery", "support", "crisis",
         "phone", "hope", "share", "listen", "coffee", "hall", "church", "welcome", "service",
         "step", "tradition", "reading", "réunion", "famille", "soutien", "café")  # fmt: skip

# Each child prints its own peak resident memory. (The rusage a parent gets for its child is no
# use here: Linux carries the parent's peak into a child it starts, and this parent holds the
# files.) VmHWM is the peak of the process image since exec; ru_maxrss elsewhere.
PEAK = """
def peak_mib():
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource, sys
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / 2**20 if sys.platform == "darwin" else rss / 1024
"""
CHILD = (
    PEAK
    + """
import sys
from pathlib import Path
from groupkeeper.library.text import read_words
read_words(Path(sys.argv[1]).read_bytes(), sys.argv[1])
print(peak_mib())
"""
)
BASE = (
    PEAK
    + """
import hashlib, sys
from pathlib import Path
hashlib.sha256(Path(sys.argv[1]).read_bytes()).hexdigest()
print(peak_mib())
"""
)


def child_peak(script: str, path: Path, env: dict[str, str]) -> float:
    out = subprocess.run([sys.executable, "-c", script, str(path)], env=env, check=True,
                         capture_output=True, text=True).stdout  # fmt: skip
    return float(out.split()[-1])


def docx_25mb(rng: random.Random) -> bytes:
    """A 25 MB .docx as Word writes one: about 40 MB of paragraph XML deflated, plus a picture
    (random bytes, stored) making up the rest."""

    def paragraph() -> str:
        runs = "".join(
            f'<w:r w:rsidR="00{rng.randrange(10**6):06d}"><w:rPr><w:sz w:val="24"/></w:rPr>'
            f'<w:t xml:space="preserve">{" ".join(rng.choices(WORDS, k=8))} &amp; </w:t></w:r>'
            for _ in range(3)
        )
        return f'<w:p w:rsidR="00A1{rng.randrange(999):03d}">{runs}</w:p>'

    block = "".join(paragraph() for _ in range(4000)).encode()  # about 2 MB, repeated
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as xml:
            xml.write(b"<w:document><w:body>")
            for _ in range(40 * MB // len(block)):
                xml.write(block)
            xml.write(b"</w:body></w:document>")
        picture = 25 * MB - out.tell() - 1024
        archive.writestr("word/media/image1.png", rng.randbytes(picture), zipfile.ZIP_STORED)
    return out.getvalue()


def long_pdf(pages: int) -> bytes:
    from reportlab.lib.pagesizes import LETTER
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=LETTER)
    for n in range(1, pages + 1):
        for line in range(8):
            pdf.drawString(72, 700 - 18 * line, f"Page {n}, line {line}: " + " ".join(WORDS[:9]))
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def zip_bomb(megabytes: int) -> bytes:
    """A .docx-shaped zip of about 1 MB whose document inflates to `megabytes` MB of zeros."""
    zeros = bytes(MB)
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = packer.compress(zeros) + packer.flush(zlib.Z_FULL_FLUSH)  # repeatable as it is
    body = block * megabytes + packer.flush()
    crc = 0
    for _ in range(megabytes):
        crc = zlib.crc32(zeros, crc)
    name, size = b"word/document.xml", megabytes * MB
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 33, crc, len(body), size,
                        len(name), 0)  # fmt: skip
    central = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 33, crc,
                          len(body), size, len(name), 0, 0, 0, 0, 0, 0)  # fmt: skip
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(central) + len(name),
                      len(local) + len(name) + len(body), 0)  # fmt: skip
    return local + name + body + central + name + end


def plain_text(rng: random.Random) -> bytes:
    line = " ".join(rng.choices(WORDS, k=10)) + "\n"
    return (line * (25 * MB // len(line.encode()))).encode()


def main(repeat: int = 5) -> dict[str, float]:
    import hashlib

    from groupkeeper.library.text import read_words

    tmp = Path(tempfile.mkdtemp(prefix="gk-bench-text-"))
    env = dict(os.environ, GROUPKEEPER_HOME=str(tmp / "home"))
    rng = random.Random(20)
    files = {
        "minutes.docx": docx_25mb(rng),
        "binder.pdf": long_pdf(5000),
        "bomb.docx": zip_bomb(1024),
        "notes.txt": plain_text(rng),
    }
    figures: dict[str, float] = {}
    print(f"Reading an attachment's text (in-process median of {repeat}; peak in a child)")
    print(f"  {'file':14} {'size':>8} {'read':>9} {'sha256':>8} {'ratio':>6} "
          f"{'peak':>8} {'base':>7}   what was read")  # fmt: skip
    for name, data in files.items():
        path = tmp / name
        path.write_bytes(data)
        found = read_words(data, name)
        took = median_ms(timed(partial(read_words, data, name), repeat))
        base = median_ms(timed(partial(hashlib.sha256, data), repeat))
        peak = child_peak(CHILD, path, env)
        base_peak = child_peak(BASE, path, env)
        what = f"{len(found.text):,} characters, {found.status.value}"
        if found.pages:
            what += f", {found.pages_read} of {found.pages} pages"
        print(f"  {name:14} {len(data) / MB:6.1f}MB {took:7.0f}ms {base:6.0f}ms {took / base:6.1f} "
              f"{peak:6.0f}MiB {base_peak:5.0f}MiB   {what}"
              + ("; stopped early" if found.stopped_early else ""))  # fmt: skip
        stem = name.split(".")[0]
        figures |= {f"{stem}_ms": took, f"{stem}_base_ms": base, f"{stem}_mib": peak}
    worst_ms = max(v for k, v in figures.items() if k.endswith("_ms") and "_base" not in k)
    worst_mib = max(v for k, v in figures.items() if k.endswith("_mib"))
    print(f"  worst: {worst_ms:.0f} ms (target <= 2000), {worst_mib:.0f} MiB (target <= 150)")
    shutil.rmtree(tmp, ignore_errors=True)
    return figures


if __name__ == "__main__":
    main()
