"""export/ imports in one direction: the registry reaches every document, no document reaches
back, counting the imports inside functions too (they still run, only later)."""

from __future__ import annotations

import ast
from pathlib import Path

import groupkeeper.export

PACKAGE = "groupkeeper.export"
FOLDER = Path(groupkeeper.export.__file__).parent


def _graph() -> dict[str, set[str]]:
    """Each module of export/ and the modules of export/ it imports, anywhere in its text."""
    modules = {f"{PACKAGE}.{p.stem}": p for p in FOLDER.glob("*.py") if p.stem != "__init__"}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module:
                found.add(node.module)  # from groupkeeper.export import styles: the module too
                found.update(f"{node.module}.{alias.name}" for alias in node.names)
        graph[name] = {m for m in found if m in modules and m != name}
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle as a path that ends where it starts, or [] when there is none."""
    done: set[str] = set()

    def visit(node: str, path: list[str]) -> list[str]:
        if node in path:
            return [*path[path.index(node) :], node]
        if node in done:
            return []
        for nxt in sorted(graph[node]):
            if found := visit(nxt, [*path, node]):
                return found
        done.add(node)
        return []

    for start in sorted(graph):
        if found := visit(start, []):
            return found
    return []


def test_the_cycle_finder_sees_a_cycle() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set(), "c": {"a", "b"}}) == []


def test_no_import_cycle_in_export_even_inside_functions() -> None:
    graph = _graph()
    assert {"groupkeeper.export.packet", "groupkeeper.export.parts"} <= graph.keys()
    assert "groupkeeper.export.parts" in graph["groupkeeper.export.packet"]
    assert _cycle(graph) == []
