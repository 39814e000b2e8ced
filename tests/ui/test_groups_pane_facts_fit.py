"""Grupper och möten at 1024 × 768 in the program's own style: the group's place is said once
and "Möts" no longer repeats the rule, so more of its facts are in sight without scrolling.
Each next meeting repeated the place on a second line of its own ("Karlavägen 104,
sammanträdesrum Garnisonen" three times, and a fourth in the meeting rule), and "Möts" repeated
the list's column above the rule saying it in full: 7 of the 12 demo groups scrolled their
facts by 47–187 px, 22 facts out of sight (16 now; the 7 still scroll, by less), and at
1280 × 800 4 of them (2 now). A place the meetings share is now said once under them (the rule
does not say it again); where their places differ each link keeps its own."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.db import open_database
from samverkan_desktop.models import GroupType
from samverkan_desktop.services import (
    calendar,
    group_editing,
    group_rows,
    groups,
    meeting_rules,
    meetings,
)
from samverkan_desktop.services.calendar import CalendarFilter
from samverkan_desktop.services.meetings import MeetingInput
from tests.ui.own_style import LookAt
from tests.ui.tables import click_row
from tests.ui.text_fit import plain
from tests.ui.windows import keep_shot, settle, show_window
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.main_window import MainWindow

FACTS = (
    "priority_areas",
    "agreement",
    "convener",
    "district_contact",
    "police_contact",
    "organisations",
    "starts_on",
    "term",
    "ended_on",
    "follow_up",
    "meets",
    "rule",
)
GROUP = "Lokal beredningsgrupp Östermalm"  # meets in Garnisonen at Karlavägen 104
ELSEWHERE = "Polishuset, Kungsholmsgatan 37"


def _chosen(qtbot: QtBot, area: GroupsArea, name: str) -> None:
    click_row(qtbot, area.page.table, name)
    settle(qtbot)
    qtbot.wait(50)  # layout requests are posted
    assert area.detail.title.text() == name


def _area(qtbot: QtBot, window: MainWindow) -> GroupsArea:
    window.navigate("groups")
    area = window.area("groups")
    assert isinstance(area, GroupsArea)
    settle(qtbot)
    return area


def _below(widget: QWidget, viewport: QWidget) -> int:
    """By how many pixels ``widget`` ends below ``viewport``'s foot (0: in sight)."""
    return max(0, widget.mapTo(viewport, QPoint(0, widget.height())).y() - viewport.height())


def _texts(area: GroupsArea) -> list[str]:
    """What the details pane says, each label's text as read (links' markup left aside)."""
    labels = area.detail._body.findChildren(QLabel)
    return [plain(label.text()) for label in labels if label.isVisibleTo(area.detail)]


def test_the_place_said_once_and_more_facts_in_sight_at_1024_by_768(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow]
) -> None:
    def look(window: MainWindow) -> dict[str, list[str]]:
        area = _area(qtbot, window)
        model = area.page.table.model()
        names = [str(model.index(row, 0).data()) for row in range(model.rowCount())]
        out_of_sight: dict[str, list[str]] = {}
        for name in names:
            _chosen(qtbot, area, name)
            keep_shot(window, f"groups_facts_1024_{len(out_of_sight)}")
            pane, meetings_shown = area.detail, area.next_meetings
            viewport = pane._scroll.viewport()
            out_of_sight[name] = [
                key
                for key in FACTS
                if pane.facts.value_label(key).isVisibleTo(pane)
                and _below(pane.facts.value_label(key), viewport)
            ]
            # Every demo group meets at its rule's place: said once, under the meetings.
            group = area.current_group()
            assert group is not None and meetings_shown.links, name
            rule = area.ctx.call(meeting_rules.get_rule, group.id)
            assert rule is not None, name
            place = rule.rule.place
            assert place, name
            said = [text for text in _texts(area) if place in text]
            assert said == [f"Plats: {place}"], (name, said)
            assert all(place in link.accessibleName() for link in meetings_shown.links), name
            assert pane.facts.fact("rule") and not pane.facts.fact("meets"), name
        return out_of_sight

    out_of_sight = look_at_demo((1024, 768), look)
    assert len(out_of_sight) == 12, out_of_sight  # the demo's groups
    fit = [name for name, keys in out_of_sight.items() if not keys]
    assert len(fit) >= 5, out_of_sight
    hidden = sum(len(keys) for keys in out_of_sight.values())
    assert hidden <= 16, out_of_sight  # 22 before


def test_more_groups_show_all_their_facts_at_1280_by_800(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow]
) -> None:
    """A laptop's wider window: 10 of the 12 demo groups end their facts above the pane's foot
    (8 before: the rule of Norrmalms trygghetsråd and Lokal styrgrupp Östermalm scrolled)."""

    def look(window: MainWindow) -> dict[str, int]:
        area = _area(qtbot, window)
        model = area.page.table.model()
        below: dict[str, int] = {}
        for name in [str(model.index(row, 0).data()) for row in range(model.rowCount())]:
            _chosen(qtbot, area, name)
            below[name] = _below(area.detail.facts, area.detail._scroll.viewport())
        return below

    below = look_at_demo((1280, 800), look)
    assert len(below) == 12, below
    assert len([name for name, px in below.items() if px == 0]) >= 10, below


def test_meetings_at_different_places_each_say_their_own(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow], sqlite_url: str
) -> None:
    """The group's second meeting moved to the police station: each link names its place, and
    the rule still says where the group usually meets."""
    today = clock.today()
    db = open_database(sqlite_url)
    try:
        with db.session(write=True) as session:
            group = next(g for g in groups.list_groups(session) if g.name == GROUP)
            window = CalendarFilter(group_ids=(group.id,), include_cancelled=False)
            rows = calendar.list_calendar(session, today, today + dt.timedelta(days=366), window)
            moved = rows[1]
            data = MeetingInput(moved.starts_at, moved.ends_at, ELSEWHERE, moved.title)
            meetings.update_meeting(session, moved.id, data)
            usual = rows[0].place
    finally:
        db.dispose()
    assert usual

    def look(window: MainWindow) -> tuple[list[str], list[str], str]:
        area = _area(qtbot, window)
        _chosen(qtbot, area, GROUP)
        keep_shot(window, "groups_places_differ_1024")
        links = [plain(link.text()) for link in area.next_meetings.links]
        return links, _texts(area), plain(area.detail.facts.fact("rule"))

    links, texts, rule = look_at_demo((1024, 768), look)
    assert len(links) == 3, links
    assert usual in links[0] and ELSEWHERE in links[1] and usual in links[2], links
    assert not [text for text in texts if text.startswith("Plats:")], texts  # no shared place
    assert f"Plats: {usual}" in rule


def test_meets_shown_for_a_group_without_a_rule_only(qtbot: QtBot, demo_ctx: AppContext) -> None:
    """Without a rule, "Möts" is how the group says it meets; the next group's rule hides it."""
    new = "Krisstöd vid behov"
    demo_ctx.call(
        group_editing.create_group,
        group_rows.GroupInput(new, GroupType.NATVERK, meeting_frequency="vid behov"),
    )
    area = show_window(qtbot, GroupsArea(demo_ctx), 1280, 800)
    facts = area.detail.facts
    click_row(qtbot, area.page.table, new)
    assert facts.fact("meets") == "vid behov" and facts.label_of("meets").isVisible()
    assert not facts.fact("rule")
    click_row(qtbot, area.page.table, GROUP)
    assert not facts.fact("meets") and not facts.label_of("meets").isVisible()
    assert facts.fact("rule")
    click_row(qtbot, area.page.table, new)
    assert facts.fact("meets") == "vid behov" and facts.label_of("meets").isVisible()
