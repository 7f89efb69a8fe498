"""Errors a person can act on. Their message is plain words: what went wrong, what to do."""

from __future__ import annotations


class GroupKeeperError(Exception):
    """Base for errors shown to the user as they are (no traceback)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(GroupKeeperError):
    """Input that cannot be saved; ``problems`` lists every reason."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(" ".join(problems))
        self.problems = problems
