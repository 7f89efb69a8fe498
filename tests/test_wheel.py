"""A built wheel is complete: installed on its own (not from this checkout), it writes a demo
group and prints a packet with the bundled fonts embedded."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = """
import sys
target, deps, work = sys.argv[1:4]
sys.path[:0] = [target, deps]  # the wheel's files, then the dependencies; no checkout
import groupkeeper
assert groupkeeper.__file__.startswith(target), groupkeeper.__file__
from pathlib import Path
from groupkeeper import cli
from groupkeeper.demo import write_demo
demo, pdf = Path(work) / "demo.groupkeeper", Path(work) / "packet.pdf"
write_demo(demo)
code = cli.main(["export", "packet", "--data", str(demo), "--out", str(pdf)])
assert code == 0, code
print(pdf)
"""


def test_an_installed_wheel_writes_a_demo_and_prints_a_packet(tmp_path: Path) -> None:
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--no-index", "-q", "-w", str(tmp_path / "dist"), str(ROOT)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    [wheel] = (tmp_path / "dist").glob("groupkeeper-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("groupkeeper/resources/fonts/DejaVuSans.ttf",
                   "groupkeeper/resources/fonts/DejaVuSans-Bold.ttf",
                   "groupkeeper/resources/fonts/LICENSE-DejaVu.txt",
                   "groupkeeper/store/migrations/env.py"):  # fmt: skip
        assert needed in names
    target = tmp_path / "installed"
    installed = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "-q",
         "--target", str(target), str(wheel)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert installed.returncode == 0, installed.stderr
    work = tmp_path / "work"
    work.mkdir()
    deps = sysconfig.get_paths()["purelib"]
    # -S: no site packages, so neither the editable install of this checkout nor anything
    # else is found but the wheel's files and the dependencies named above.
    ran = subprocess.run(
        [sys.executable, "-S", "-c", CHILD, str(target), deps, str(work)],
        capture_output=True, text=True, timeout=300, cwd=work,
        env={"GROUPKEEPER_HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    from pypdf import PdfReader

    reader = PdfReader(ran.stdout.strip().splitlines()[-1])
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()  # type: ignore[index]
    }
    assert any("DejaVuSans" in f for f in fonts), fonts
