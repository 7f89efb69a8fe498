"""The window's actions in one registry that each feature fills.

A feature adds an :class:`ActionSpec` per command (words, shortcut, tip, the menus it is in,
when it is enabled); the shell builds the menus from the specs and brings every action's
enabled state up to date in one place. A shortcut already taken is refused when the second
action is added: two actions on one key means neither fires.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None


@dataclass(frozen=True)
class ActionSpec:
    key: str
    """How features and tests name the action ("fill", "export_ics")."""
    text: str
    slot: Callable[[], object]
    shortcut: Shortcut = None
    tip: str = ""
    menus: tuple[str, ...] = ()
    """Where it is listed: "menu" or "menu:group" (a separator between groups), in the order
    the specs are added."""
    enabled_when: Callable[[], bool] | None = None
    """Besides a file being open and unlocked; None: whenever one is."""
    needs_file: bool = True


class DuplicateShortcutError(ValueError):
    pass


class Actions:
    def __init__(self, parent: QWidget) -> None:
        self.parent = parent
        self._specs: dict[str, ActionSpec] = {}
        self._actions: dict[str, QAction] = {}
        self._keys: dict[str, str] = {}  # portable shortcut text -> action key

    def add(self, spec: ActionSpec) -> QAction:
        if spec.key in self._specs:
            raise ValueError(f"two actions named {spec.key!r}")
        action = QAction(spec.text, self.parent)
        if spec.shortcut is not None:
            sequence = QKeySequence(spec.shortcut)
            for one in self._each_key(spec.shortcut):
                taken = self._keys.get(one)
                if taken is not None:
                    raise DuplicateShortcutError(
                        f"{one} is already the shortcut of {taken!r}; {spec.key!r} cannot have it"
                    )
                self._keys[one] = spec.key
            action.setShortcut(sequence)
        if spec.tip:
            action.setToolTip(spec.tip)
            action.setStatusTip(spec.tip)
        action.triggered.connect(spec.slot)
        self.parent.addAction(action)
        self._specs[spec.key] = spec
        self._actions[spec.key] = action
        return action

    @staticmethod
    def _each_key(shortcut: QKeySequence | QKeySequence.StandardKey | str) -> list[str]:
        # A standard key may stand for several sequences on this platform; each is taken.
        if isinstance(shortcut, QKeySequence.StandardKey):
            found = QKeySequence.keyBindings(shortcut)
        else:
            found = [QKeySequence(shortcut)]
        portable = QKeySequence.SequenceFormat.PortableText
        return [t for k in found if (t := k.toString(portable))]

    def __getitem__(self, key: str) -> QAction:
        return self._actions[key]

    def __contains__(self, key: object) -> bool:
        return key in self._actions

    def __iter__(self) -> Iterator[QAction]:
        return iter(self._actions.values())

    def shortcuts(self) -> dict[str, str]:
        """Every taken shortcut and the action that has it."""
        return dict(self._keys)

    def sync(self, has_file: bool) -> None:
        """Enable each action as its spec says; without an open file only the file ones."""
        for key, spec in self._specs.items():
            on = has_file or not spec.needs_file
            if on and spec.enabled_when is not None:
                on = spec.enabled_when()
            self._actions[key].setEnabled(on)

    def fill_menu(self, menu: QMenu, name: str) -> None:
        """Add the actions listed in menu ``name``: by group, a separator between groups, and
        in the order they were added within one."""
        placed: list[tuple[str, int, str]] = []
        for order, (key, spec) in enumerate(self._specs.items()):
            for place in spec.menus:
                where, _, group = place.partition(":")
                if where == name:
                    placed.append((group, order, key))
        last: str | None = None
        for group, _order, key in sorted(placed):
            if last is not None and group != last:
                menu.addSeparator()
            last = group
            menu.addAction(self._actions[key])

    def button(self, text: str, key: str) -> QPushButton:
        """A big button that runs action ``key``, greys out with it and names its shortcut."""
        action = self._actions[key]
        button = QPushButton(text)
        button.setMinimumHeight(34)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(f"{action.toolTip()} ({keys})" if keys else action.toolTip())
        button.setEnabled(action.isEnabled())
        button.clicked.connect(action.trigger)
        action.enabledChanged.connect(button.setEnabled)
        return button
