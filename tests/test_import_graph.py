"""The shape of the code: no import cycle anywhere in src/, and no oversized window module.

The graph counts every import a module makes, wherever it is written: at the top, inside a
function (a lazy import still ties the two modules together) and under ``TYPE_CHECKING``
(a loop that only the type checker sees is still a loop for the next reader). A cycle is
reported with the modules in it, so the fix is where to look.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

SRC = Path(__file__).resolve().parent.parent / "src"
UI = SRC / "groupkeeper" / "ui"
MAX_UI_LINES = 600


def module_name(path: Path, root: Path = SRC) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph(root: Path = SRC) -> dict[str, set[str]]:
    """Each module of ``root`` and the modules of ``root`` it imports."""
    files = {module_name(p, root): p for p in root.rglob("*.py")}
    graph: dict[str, set[str]] = {name: set() for name in files}
    for name, path in files.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package
                    for _ in range(node.level - 1):
                        anchor = anchor.rpartition(".")[0]
                    base = f"{anchor}.{base}" if node.module else anchor
                targets = [base] + [f"{base}.{alias.name}" for alias in node.names]
            else:
                continue
            graph[name].update(t for t in targets if t in files and t != name)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work: list[tuple[str, list[str]]] = [(start, sorted(graph[start]))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, todo = work[-1]
            if todo:
                nxt = todo.pop()
                if nxt not in index:
                    index[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, sorted(graph.get(nxt, ()))))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_src_has_no_import_cycle() -> None:
    graph = import_graph()
    assert len(graph) > 100  # the whole of src/ was read
    assert cycles(graph) == []


def test_no_ui_module_is_over_600_lines() -> None:
    big = {
        str(p.relative_to(UI)): n
        for p in UI.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_UI_LINES
    }
    assert big == {}


def test_the_window_shell_is_at_most_400_lines() -> None:
    window = UI / "shell" / "window.py"
    assert len(window.read_text(encoding="utf-8").splitlines()) <= 400


def test_a_planted_cycle_is_found(tmp_path: Path) -> None:
    """The check itself can fail: three modules that import each other, one lazily and one
    only for the type checker, are reported as one cycle; a fourth outside it is not."""
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from pkg import b\n")
    (pkg / "b.py").write_text("def f():\n    from .c import thing\n")
    (pkg / "c.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import pkg.a\nthing = 1\n"
    )
    (pkg / "d.py").write_text("import pkg.a\n")
    assert cycles(import_graph(tmp_path)) == [["pkg.a", "pkg.b", "pkg.c"]]


@given(st.dictionaries(st.integers(0, 7), st.sets(st.integers(0, 7), max_size=4), max_size=8))
def test_cycles_agree_with_reachability(edges: dict[int, set[int]]) -> None:
    """Two modules share a reported cycle exactly when each can reach the other."""
    graph = {str(n): {str(m) for m in edges.get(n, set())} for n in range(8)}

    def reach(a: str) -> set[str]:
        seen, todo = set(), [a]
        while todo:
            for nxt in graph[todo.pop()]:
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        return seen

    found = cycles(graph)
    together = {(a, b) for comp in found for a in comp for b in comp if a != b}
    expected = {(a, b) for a in graph for b in graph if a != b and b in reach(a) and a in reach(b)}
    assert together == expected


@pytest.mark.parametrize("name", ["groupkeeper.ui.shell.window", "groupkeeper.store.database"])
def test_the_graph_sees_known_edges(name: str) -> None:
    graph = import_graph()
    assert graph[name], f"{name} imports nothing from src?"
