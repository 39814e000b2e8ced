"""A value not given reads "–" from one constant (ui/widgets/wording.EMPTY) in Kris och övningar,
Trygghetsvandringar and Grupper och möten: the plans register's "Nästa revidering", Brandskydd's
remarks and a place's priority without a reason wrote the dash themselves, so a change of the
window's empty value would have left them behind."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
AREAS = ("ui/crisis", "ui/walks", "ui/groups")
# Dashes that are not an empty value: the span between two clock fields ("09.00 – 10.30"), and
# an exercise participant's "no" beside the "✓" of one who attended.
NOT_EMPTY = {("ui/groups/rule_fields.py", 1), ("ui/crisis/exercise_tabs.py", 1)}


def _dashes(path: Path) -> int:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return sum(isinstance(n, ast.Constant) and n.value == "–" for n in ast.walk(tree))


def test_no_area_writes_the_empty_dash_itself() -> None:
    found = {
        (str(path.relative_to(ROOT)), count)
        for area in AREAS
        for path in sorted((ROOT / area).glob("*.py"))
        if (count := _dashes(path))
    }
    assert found == NOT_EMPTY
