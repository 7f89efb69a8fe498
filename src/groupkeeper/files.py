"""Writing a file whole or not at all: every export and every attached file saved back out.

Kept apart from ``export.styles`` so saving a file never loads reportlab.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from pathlib import Path

from groupkeeper.errors import GroupKeeperError


def write_whole(out: Path, write: Callable[[Path], None], kind: str = "PDF") -> Path:
    """Run ``write(tmp)`` then rename ``tmp`` to ``out``: the file is written whole or not at
    all, so a full disk or a crash never leaves half a PDF behind."""
    out = Path(out)
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise GroupKeeperError(
            f"The folder {folder} does not exist. Choose another place to save the file."
        )
    tmp = folder / f".{out.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.part"
    try:
        write(tmp)
        tmp.replace(out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise GroupKeeperError(
            f"Could not save the {kind} to {out} ({exc.strerror or exc}). "
            "Check there is free space and that the folder can be written to."
        ) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return out
