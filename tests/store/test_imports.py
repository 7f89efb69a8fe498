"""The store's modules import one another in one direction: no module of it can reach itself
through imports, counting those inside functions and the package's own ``__init__``."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"


def import_graph(src: Path = SRC) -> dict[str, set[str]]:
    """Each module under ``src`` and the modules it names in an import anywhere in it;
    ``from a import b`` names ``a`` and, when that is a module, ``a.b``."""
    modules = {}
    for path in src.rglob("*.py"):
        name = ".".join(path.relative_to(src).with_suffix("").parts)
        modules[name.removesuffix(".__init__")] = path
    graph = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        named: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                named.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = package if node.level else ""
                for _ in range(node.level - 1):
                    base = base.rpartition(".")[0]
                module = ".".join(part for part in (base, node.module) if part)
                named.add(module)
                named.update(f"{module}.{alias.name}" for alias in node.names)
        graph[name] = {other for other in named if other in modules and other != name}
    return graph


def reachable(graph: dict[str, set[str]], start: str) -> set[str]:
    seen: set[str] = set()
    todo = list(graph[start])
    while todo:
        module = todo.pop()
        if module not in seen:
            seen.add(module)
            todo.extend(graph[module])
    return seen


def test_no_store_module_imports_its_way_back_to_itself() -> None:
    graph = import_graph()
    store = [m for m in graph if m == "groupkeeper.store" or m.startswith("groupkeeper.store.")]
    assert len(store) > 10
    assert sorted(m for m in store if m in reachable(graph, m)) == []
