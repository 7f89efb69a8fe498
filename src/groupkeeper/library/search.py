"""Turn what someone types into a safe FTS5 query.

FTS5 has its own query language (quotes, ``*``, ``NEAR``, ``AND``/``OR``/``NOT``, column
filters, parentheses); a person typing into a search box means none of it. So the words are
pulled out of the text and each becomes a quoted prefix term ("reun"* matches "réunion" as
they type), all of which must match. Nothing typed can make the query invalid.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 12

# Column weights for bm25: a match in the title counts most, then tags, then details (phone,
# region, author, file name), then the body text and the text inside attached files.
WEIGHTS = (10.0, 6.0, 3.0, 1.0)


def words(text: str) -> list[str]:
    return _WORD.findall(text)[:MAX_TERMS]


def fts_query(text: str) -> str | None:
    """The FTS5 MATCH expression for ``text``, or None when there is nothing to search for."""
    terms = words(text)
    if not terms:
        return None
    # \w never matches a double quote, so quoting needs no escaping.
    return " ".join(f'"{t}"*' for t in terms)
