"""A meeting rule read back in the window ("Varje tisdag kl. 09.00–10.30") never breaks after
"kl.": in Grupper och möten at 1024 × 768 (the program's own style) the group's rule (and the
"Meets" line of a group without one) hold "kl." to the time with a no-break space, wherever
the pane's width wraps them. What is stored and what the form saves back keep the plain
space."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from samverkan_desktop.db import open_database
from samverkan_desktop.models import GroupType
from samverkan_desktop.services import group_editing
from samverkan_desktop.services.group_rows import GroupInput
from tests.ui.own_style import LookAt
from tests.ui.tables import click_row
from tests.ui.text_fit import plain, wrapped_lines
from tests.ui.windows import settle
from ui.groups.area import GroupsArea
from ui.main_window import MainWindow

# Every group of the demo has a rule: this one has only its "Möts" line, as an older group may;
# at 1024 px its line is full just after "kl." (it broke there before the no-break space).
WITHOUT_RULE = GroupInput(
    "Arbetsgrupp utan regel",
    GroupType.ARBETSGRUPP,
    meeting_frequency="Varannan torsdag i Östermalms stadshus kl. 13.00–14.30",
)


def test_a_rule_shown_never_breaks_after_kl(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow], sqlite_url: str
) -> None:
    db = open_database(sqlite_url)
    try:
        db.call(group_editing.create_group, WITHOUT_RULE)
    finally:
        db.dispose()

    def look(window: MainWindow) -> dict[str, list[str]]:
        window.navigate("groups")
        area = window.area("groups")
        assert isinstance(area, GroupsArea)
        settle(qtbot)
        model = area.page.table.model()
        names = [model.index(row, 0).data() for row in range(model.rowCount())]
        seen = {}
        for name in names:
            click_row(qtbot, area.page.table, name)
            settle(qtbot)
            group = area.current_group()
            assert group is not None
            facts = area.detail.facts
            if facts.value_label("rule").text():
                seen[name] = wrapped_lines(facts.value_label("rule"))
                assert "kl.\u00a0" in facts.value_label("rule").text()
            # "Möts" only for a group without a rule (the rule says it in full).
            if not facts.fact("rule") and "kl" in (group.meeting_frequency or ""):
                seen[f"{name} (meets)"] = wrapped_lines(facts.value_label("meets"))
                assert plain(facts.fact("meets")) == group.meeting_frequency
        return seen

    seen = look_at_demo((1024, 768), look)
    assert len(seen) >= 5, seen
    assert f"{WITHOUT_RULE.name} (meets)" in seen
    for name, lines in seen.items():
        assert not any(line.endswith(("kl.", "kl")) for line in lines), (name, lines)
