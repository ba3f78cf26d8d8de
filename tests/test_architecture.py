"""The shape of the package, checked: only ui/ imports Qt, imports between folders go the way the
README's map says, the command line reaches the window only through ``gui``, and no two modules
import each other, directly or round a circle (type-only imports included)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "qdacoder"
QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def imported_modules(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in PACKAGE.rglob("*.py")}


def parsed(name: str) -> ast.Module:
    return ast.parse(MODULES[name].read_text(encoding="utf-8"))


def qdacoder_imports(name: str, tree: ast.Module | None = None) -> dict[str, list[ast.AST]]:
    """The qdacoder modules ``name`` imports (anywhere in the file, also inside functions and
    ``if TYPE_CHECKING``), each with the import statements that name it."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: dict[str, list[ast.AST]] = {}
    for node in ast.walk(tree or parsed(name)):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join(base_parts + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            # ``from . import x`` names a module x where there is one, else the package itself
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base for a in node.names]
        else:
            continue
        for target in targets:
            while target and target not in MODULES:  # qdacoder.core.x.Y -> qdacoder.core.x
                target = target.rpartition(".")[0]
            if target:
                found.setdefault(target, []).append(node)
    return found


GRAPH = {name: set(qdacoder_imports(name)) for name in MODULES}


def folder(name: str) -> str:
    """The map's unit a module belongs to: ``core``, ``cli``, ``ui/document``, ``resources``..."""
    parts = name.split(".")[1:]
    if not parts:
        return "qdacoder"
    if parts[0] == "ui" and (len(parts) > 2 or parts[1:] == ["session"]):
        return f"ui/{parts[1]}"
    return parts[0]


def readme_map() -> dict[str, set[str]]:
    """The README's map: folder -> the folders it may import (its own is always allowed)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("### The map", 1)[1].split("\n#", 1)[0]
    rules = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 3 or not cells[0].startswith("`"):
            continue
        name = cells[0].strip("`").removeprefix("qdacoder/").rstrip("/").removesuffix(".py")
        rules[name] = set(re.findall(r"`([a-z_/]+)`", cells[2]))
    return rules


def test_only_the_ui_package_imports_qt():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if PACKAGE / "ui" in path.parents:
            continue
        offenders += [f"{path.relative_to(PACKAGE)}: {m}" for m in imported_modules(path) if m.split(".")[0] in QT]
    assert offenders == []
    assert len(list(PACKAGE.rglob("*.py"))) > 10  # the scan really saw the package


def test_the_check_itself_catches_a_qt_import(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6.QtCore import Qt\n")
    assert list(imported_modules(sample)) == ["PySide6.QtCore"]


def test_the_readme_map_names_every_folder_and_only_real_ones():
    rules = readme_map()
    units = {folder(name) for name in MODULES} - {"qdacoder", "__main__"}
    assert set(rules) == units


def test_imports_between_folders_go_the_way_the_map_says():
    rules = readme_map()
    offenders = []
    for name, targets in GRAPH.items():
        unit = folder(name)
        if unit in ("qdacoder", "__main__"):
            continue
        allowed = rules[unit] | {unit, "qdacoder", "resources"}  # the version and shipped files: anyone
        for target in targets:
            if unit == "cli" and target == "qdacoder.ui.app":
                continue  # the gui command's launcher, checked on its own below
            if folder(target) not in allowed:
                offenders.append(f"{name} -> {target}")
    assert offenders == []


def test_the_command_line_reaches_the_window_only_through_the_gui_command():
    offenders = []
    for name in MODULES:
        if folder(name) != "cli":
            continue
        tree = parsed(name)
        launchers = {id(n) for f in ast.walk(tree) if isinstance(f, ast.FunctionDef) and f.name == "gui"
                     for n in ast.walk(f)}
        for target, nodes in qdacoder_imports(name, tree).items():
            if folder(target).startswith("ui"):
                offenders += [f"{name} -> {target}" for node in nodes
                              if not (target == "qdacoder.ui.app" and id(node) in launchers)]
    assert offenders == []


def test_no_part_of_the_window_imports_the_main_window():
    """Panels and controllers know the session, never the window that composes them."""
    offenders = [name for name, targets in GRAPH.items()
                 if "qdacoder.ui.main_window" in targets and name not in ("qdacoder.ui.main_window", "qdacoder.ui.app")]
    assert offenders == []
    assert "qdacoder.ui.main_window" in GRAPH["qdacoder.ui.app"]  # the check sees real imports


def strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm: the groups of modules that import each other round a circle."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    circles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in graph[node]:
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                circles.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return circles


def test_no_module_is_in_an_import_circle():
    graph = {n: {t for t in GRAPH[n] if t != n} for n in GRAPH}
    assert strongly_connected(graph) == []


def test_the_circle_check_itself_finds_a_circle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert strongly_connected(graph) == [["a", "b", "c"]]


def test_the_tests_mirror_the_package():
    """tests/<folder>/ holds the tests of qdacoder/<folder>/, so a module's tests are found where
    the module is."""
    folders = {p.parent.relative_to(ROOT / "tests") for p in (ROOT / "tests").rglob("test_*.py")}
    missing = [str(f) for f in folders if str(f) != "." and not (PACKAGE / f).is_dir()]
    assert missing == []
    assert Path("ui/document") in folders  # the scan sees the nested folders
