"""Short lists people type into one box ("crisis, newcomers; family"): tags, languages, focus
areas. Kept apart from the services that use them so reading one does not load another."""

from __future__ import annotations

from collections.abc import Iterable


def clean_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Tags trimmed, inner spaces collapsed, duplicates (any case) dropped, order kept."""
    seen: set[str] = set()
    out = []
    for tag in tags:
        t = " ".join(tag.split())[:60]
        if t and t.casefold() not in seen:
            seen.add(t.casefold())
            out.append(t)
    return tuple(out)


def parse_tags(text_: str) -> tuple[str, ...]:
    """Tags typed as "crisis, newcomers; family"."""
    return clean_tags(text_.replace(";", ",").split(","))
