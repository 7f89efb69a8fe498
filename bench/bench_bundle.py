"""The installed program (the PyInstaller bundle) against the same code run from the .venv.

Sizes: the bundle folder in dist/ as installed (target <= 180 MB) and the download next to it
(the Linux .tar.xz: target <= 60 MB).

Start-up, the same command both ways on the demo file, offscreen:
(v) the .venv's ``groupkeeper --screenshot`` (its bytecode compiled first, as pip does),
(b) the bundle's ``GroupKeeper --screenshot``;
and a headless command, ``settings`` (no Qt), as (vh) and (bh). Runs alternate v, b, vh, bh...
so machine noise hits both alike. Target: b/v <= 1.00 (the issue: no slower than the venv).

Needs ``python3 dev.py package`` first; without a bundle it says so and measures nothing.
"""

from __future__ import annotations

import compileall
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import ROOT, alternate

NAME = "GroupKeeper"
MB = 1_000_000


def folder_size(folder: Path) -> tuple[int, int]:
    """(bytes, files) as installed: each file once, symlinks as links."""
    paths = [p for p in folder.rglob("*") if p.is_file() or p.is_symlink()]
    return sum(p.lstat().st_size for p in paths), len(paths)


def bundle_program() -> Path | None:
    dist = ROOT / "dist"
    for candidate in (
        dist / NAME / NAME,
        dist / NAME / f"{NAME}.exe",
        dist / f"{NAME}.app" / "Contents" / "MacOS" / NAME,
    ):
        if candidate.is_file():
            return candidate
    return None


def sizes(program: Path) -> dict[str, float]:
    folder = program.parent if program.parent.name != "MacOS" else program.parents[2]
    size, files = folder_size(folder)
    result = {"installed_mb": size / MB}
    print(f"Bundle {folder.relative_to(ROOT)}: {size / MB:.1f} MB in {files} files (target <= 180)")
    for download in sorted((ROOT / "dist").glob(f"{NAME}-*")):
        print(f"  {download.name}: {download.stat().st_size / MB:.1f} MB", end="")
        if download.name.endswith(".tar.xz"):
            result["archive_mb"] = download.stat().st_size / MB
            print(" (target <= 60)", end="")
        print()
    return result


def main(rounds: int = 15) -> dict[str, float]:
    program = bundle_program()
    if program is None:
        print("bench_bundle: no bundle in dist/; build one with: python3 dev.py package")
        return {}
    result = sizes(program)
    import groupkeeper
    from groupkeeper.demo import write_demo

    tmp = Path(tempfile.mkdtemp(prefix="gk-bench-bundle-"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", GROUPKEEPER_HOME=str(tmp / "home"))
    compileall.compile_dir(Path(groupkeeper.__file__).parent, quiet=1)
    demo = tmp / "demo.groupkeeper"
    write_demo(demo)
    shot = str(tmp / "shot.png")
    venv = str(Path(sys.executable).with_name("groupkeeper"))
    if not Path(venv).exists():  # Windows: Scripts\groupkeeper.exe
        venv += ".exe"
    gui = ["--data", str(demo), "--screenshot", shot]
    headless = ["settings", "--data", str(demo)]
    commands = {
        "v": [venv, *gui],
        "b": [str(program), *gui],
        "vh": [venv, *headless],
        "bh": [str(program), *headless],
    }
    times, peaks = alternate(commands, env, rounds)
    med = {k: statistics.median(v) for k, v in times.items()}
    labels = {
        "v": ".venv   groupkeeper --screenshot",
        "b": "bundle  GroupKeeper --screenshot",
        "vh": ".venv   groupkeeper settings",
        "bh": "bundle  GroupKeeper settings",
    }
    print(f"Start-up ({rounds} alternating runs each, offscreen): median / fastest, peak memory")
    for key, label in labels.items():
        ms = f"{med[key] * 1000:6.0f} / {min(times[key]) * 1000:4.0f} ms"
        print(f"  ({key:2s}) {label:34s} {ms}   {peaks[key]:6.1f} MiB")
    result |= {
        "venv_ms": med["v"] * 1000,
        "bundle_ms": med["b"] * 1000,
        "b/v": med["b"] / med["v"],
        # v and b of one round run back to back, so they share the machine's noise.
        "b/v_paired": statistics.median(b / v for v, b in zip(times["v"], times["b"], strict=True)),
        "bh/vh": med["bh"] / med["vh"],
    }
    print(
        f"  b/v = {result['b/v']:.2f} median ({result['b/v_paired']:.2f} paired by round), "
        f"target <= 1.00;  bh/vh = {result['bh/vh']:.2f} (headless)"
    )
    return result


if __name__ == "__main__":
    main()
