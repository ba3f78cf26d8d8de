"""The core stays free of Qt: only qdacoder/ui may import PySide6 (or shiboken6)."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "qdacoder"
QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def imported_modules(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


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
