"""The open-time schema check (store/schema.py): what refusing planted triggers, views and
tables adds to opening the demo file.

Baseline, in the same run: ``inspect_file`` (the header, quick check and version read every
open does) with the schema check switched off. Target: the check adds at most 5 ms.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import median_ms, timed


def main() -> None:
    import os

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["GROUPKEEPER_HOME"] = tmp
        from groupkeeper.demo import write_demo
        from groupkeeper.store import database, schema

        path = write_demo(Path(tmp) / "demo.groupkeeper", today=date(2026, 12, 1))
        checked = timed(lambda: database.inspect_file(path), 40)
        real = schema.unexpected
        schema.unexpected = lambda _conn, _rev: []  # type: ignore[assignment]
        try:
            bare = timed(lambda: database.inspect_file(path), 40)
        finally:
            schema.unexpected = real
        import sqlite3

        conn = sqlite3.connect(path)
        alone = timed(lambda: schema.unexpected(conn, "0007_group_uid"), 200)
        conn.close()
    added = median_ms(checked) - median_ms(bare)
    print(
        f"schema check at open: inspect {median_ms(checked):.2f} ms with it, "
        f"{median_ms(bare):.2f} ms without (ratio {median_ms(checked) / median_ms(bare):.2f}); "
        f"adds {added:.2f} ms (check alone {median_ms(alone):.3f} ms; target at most 5 ms)"
    )


if __name__ == "__main__":
    main()
