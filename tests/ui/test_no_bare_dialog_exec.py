"""No dialog in ui/ is run with a bare ``exec()``: made with a parent, a dialog closed is only
hidden and stays alive under its view for the rest of the session (ui/widgets/one_time_dialog.py).
A dialog derives from OneTimeDialog, or a Qt one made on the spot goes through ``exec_once``.

Every ``….exec()`` in ui/ is read: what it is called on is found from the call before it
(``Dialog(…).exec()``), the variable's assignment in the function (``dialog = Dialog(…)``) or the
parameter's type (``dialog: OneTimeDialog``), and the class imported to ask whether it is a
QDialog that is not a OneTimeDialog. What cannot be told is refused too: a new way of writing it
must be made readable here rather than slip through."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMenu

from ui.widgets.one_time_dialog import OneTimeDialog

ROOT = Path(__file__).resolve().parents[2]
# Not dialogs: the application's event loop; a menu (a right-click's goes through popup_once,
# tests/ui/test_menus_not_kept.py).
NOT_DIALOGS = (QCoreApplication, QMenu)


def _names(tree: ast.Module, module: str) -> dict[str, str]:
    """Each name the file imports (anywhere, also inside a function) or defines at its top:
    the dotted path of what it names."""
    names = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                names[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            names[node.name] = f"{module}.{node.name}"
    return names


def _load(path: str) -> object:
    module, _dot, name = path.rpartition(".")
    return getattr(importlib.import_module(module), name, None)


def _made_by(node: ast.expr) -> str | None:
    """The class name a receiver is made by: ``Dialog(…)``, an annotation ``Dialog``, or the
    first of ``QApplication.instance() or QApplication(argv)`` that tells."""
    if isinstance(node, ast.BoolOp):
        return next(filter(None, map(_made_by, node.values)), None)
    if isinstance(node, ast.Call):
        node = node.func
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value  # a quoted annotation
    return None


def _receiver_class(receiver: ast.expr, function: ast.AST | None) -> str | None:
    if isinstance(receiver, ast.Call):
        return _made_by(receiver)
    if not isinstance(receiver, ast.Name) or function is None:
        return None
    assert isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef)
    for arg in [*function.args.args, *function.args.kwonlyargs]:
        if arg.arg == receiver.id and arg.annotation is not None:
            return _made_by(arg.annotation)
    made = None
    for node in ast.walk(function):
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == receiver.id for target in node.targets
        ):
            made = _made_by(node.value)
    return made


def bare_execs(source: str, module: str) -> list[str]:
    """Where ``source`` (the module ``module``) runs a dialog with a bare ``exec()``, or runs
    something whose class cannot be told: "line: what"."""
    tree = ast.parse(source)
    names = _names(tree, module)
    found = []

    def visit(node: ast.AST, function: ast.AST | None) -> None:
        for child in ast.iter_child_nodes(node):
            inner = child if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef) else function
            if (
                isinstance(child, ast.Call)
                and isinstance(child.func, ast.Attribute)
                and child.func.attr in {"exec", "exec_"}
            ):
                name = _receiver_class(child.func.value, function)
                kind = _load(names[name]) if name in names else None
                if not isinstance(kind, type):
                    found.append(f"{child.lineno}: {ast.unparse(child)} (on what?)")
                elif issubclass(kind, QDialog) and not issubclass(kind, OneTimeDialog):
                    found.append(f"{child.lineno}: {ast.unparse(child)} ({kind.__name__})")
                elif not issubclass(kind, (QDialog, *NOT_DIALOGS)):
                    found.append(f"{child.lineno}: {ast.unparse(child)} ({kind.__name__}?)")
            visit(child, inner)

    visit(tree, None)
    return found


def test_every_dialog_in_ui_is_run_once() -> None:
    offenders = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        found = bare_execs(path.read_text(encoding="utf-8"), module)
        offenders += [f"{path.relative_to(ROOT)}:{line}" for line in found]
    assert offenders == []


SAMPLE = """
from PySide6.QtWidgets import QDialog, QMessageBox
from ui.crisis.exercise_dialog import ExerciseDialog
from ui.widgets.one_time_dialog import exec_once


def ask(parent, ctx, chosen: QDialog):
    if ExerciseDialog(ctx, parent=parent).exec():  # a OneTimeDialog: deleted after
        pass
    box = QMessageBox(parent)
    exec_once(box)
    box.exec()
    QDialog(parent).exec()
    chosen.exec()
    parent.helper().exec()
"""


def test_a_bare_exec_is_found() -> None:
    """The reading above finds each way of writing one (so that the test of ui/ means
    something): a message box, a Qt dialog made on the spot, a parameter typed QDialog, and
    what cannot be told."""
    assert [found.split(": ", 1)[1] for found in bare_execs(SAMPLE, "sample")] == [
        "box.exec() (QMessageBox)",
        "QDialog(parent).exec() (QDialog)",
        "chosen.exec() (QDialog)",
        "parent.helper().exec() (on what?)",
    ]
