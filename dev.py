"""Developer entry point: ``python3 dev.py run`` or ``python3 dev.py check``.

Each command first makes (or refreshes) a private virtual environment in ``.venv`` with
everything GroupKeeper needs, so a fresh machine needs nothing but Python 3.11+.
Standard library only, so it runs before anything is installed.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".installed"


def ensure_venv(dev: bool = True) -> None:
    """Create .venv and install the project when pyproject changed: only what the app needs
    for ``run``; with the tools (tests, linters, type checker) for ``check`` and ``bench``."""
    want = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    have = STAMP.read_text().split(":") if STAMP.exists() else []
    if PY.exists() and have[:1] == [want] and (not dev or have[1:] == ["dev"]):
        return
    if not PY.exists():
        print("Setting up .venv (first run only)...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    pip = [str(PY), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "-e", f"{ROOT}[dev]" if dev else str(ROOT)], check=True)
    STAMP.write_text(f"{want}:dev" if dev else want)


def run(cmd: list[str], env: dict[str, str] | None = None) -> int:
    print("$", " ".join(cmd), flush=True)
    return subprocess.run(cmd, cwd=ROOT, env=env).returncode


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "check", "bench"}:
        print("usage: python3 dev.py run [APP ARGS] | check | bench", file=sys.stderr)
        return 2
    what, rest = argv[0], argv[1:]
    ensure_venv(dev=what != "run")
    if what == "run":
        return run([str(PY), "-m", "groupkeeper", *rest])
    if what == "bench":
        status = 0
        for script in sorted((ROOT / "bench").glob("bench_*.py")):
            status |= run([str(PY), str(script), *rest])
        return status
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for step in (
        [str(PY), "-m", "ruff", "check", "."],
        [str(PY), "-m", "ruff", "format", "--check", "."],
        [str(PY), "-m", "mypy"],
        [str(PY), "-m", "pytest", *rest],
    ):
        code = run(step, env)
        if code:
            return code
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
