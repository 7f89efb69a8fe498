"""The open-time checks of a file from someone else: its schema (store/schema.py: no planted
triggers, views or tables) and its values (store/values.py: every value one GroupKeeper could
have written), and what they add to opening the demo file.

Baseline, in the same run: ``inspect_file`` (the header, quick check and version read every
open does) with both checks switched off. Target: the schema check adds at most 5 ms.
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
        from groupkeeper.store import schema, sqlitefile, values

        path = write_demo(Path(tmp) / "demo.groupkeeper", today=date(2026, 12, 1))
        checked = timed(lambda: sqlitefile.inspect_file(path), 40)
        real, real_values = schema.unexpected, values.unreadable
        schema.unexpected = lambda _conn, _rev: []  # type: ignore[assignment]
        values.unreadable = lambda _conn: []  # type: ignore[assignment]
        try:
            bare = timed(lambda: sqlitefile.inspect_file(path), 40)
        finally:
            schema.unexpected, values.unreadable = real, real_values
        import sqlite3

        conn = sqlite3.connect(path)
        alone = timed(lambda: schema.unexpected(conn, "0007_group_uid"), 200)
        scan = timed(lambda: values.unreadable(conn), 40)
        conn.close()
    added = median_ms(checked) - median_ms(bare)
    print(
        f"checks at open: inspect {median_ms(checked):.2f} ms with them, "
        f"{median_ms(bare):.2f} ms without (ratio {median_ms(checked) / median_ms(bare):.2f}); "
        f"adds {added:.2f} ms: schema alone {median_ms(alone):.3f} ms (target at most 5 ms), "
        f"values alone {median_ms(scan):.2f} ms"
    )


if __name__ == "__main__":
    main()
