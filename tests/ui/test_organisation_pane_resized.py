"""Kontakter → Organisationer with Östermalm's administration chosen (23 people, the longest
titles), in the program's own style at 1024 × 768 and 900 × 700: the list and the pane share the
width as when it is chosen at the window's size, also after the window is resized (chosen at
1024 px and made 900 px wide, the pane kept the room worked out for 1024 px, its names cut; made
1024 px again, it kept its 900 px room); the people's titles wrap whole; the tool bar's every
action is in sight beside the pane."""

from __future__ import annotations

from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from tests.ui.cell_room import cut_cells, lines_of_column
from tests.ui.own_style import LookAt
from tests.ui.tables import click_row
from tests.ui.test_contacts_at_900 import shown_titles
from tests.ui.test_organisation_people_at_1024 import ORGANISATION, SECRETARY
from tests.ui.windows import keep_shot, settle
from ui.contacts.area import ContactsArea
from ui.contacts.organisations_page import OrganisationsPage
from ui.main_window import MainWindow
from ui.widgets.toolbar_keys import EXTENSION

SIZES = {1024: (1024, 768), 900: (900, 700)}


def chosen_organisation(qtbot: QtBot, window: MainWindow) -> OrganisationsPage:
    """Kontakter → Organisationer, Östermalm's administration chosen."""
    window.navigate("contacts")
    settle(qtbot)
    area = window.area("contacts")
    assert isinstance(area, ContactsArea)
    page = area.organisations
    area.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.table.isVisible() and page.table.model().rowCount() > 0)
    click_row(qtbot, page.table, ORGANISATION)
    settle(qtbot)
    return page


def resized(qtbot: QtBot, window: MainWindow, width: int) -> None:
    window.resize(*SIZES[width])
    settle(qtbot)


Split = tuple[list[int], dict[str, list[str]], int, int]


def split(page: OrganisationsPage) -> Split:
    """The list's and the pane's widths, the texts cut in either (the pane's people's names,
    titles and phones, the list's names and counts), and how far either scrolls sideways."""
    people = page.detail.people
    cut = {title: cut_cells(page.table, title) for title in shown_titles(page.table)}
    for title in shown_titles(people):
        cut[f"pane {title}"] = cut_cells(people, title)
    return (
        page.splitter.sizes(),
        {title: texts for title, texts in cut.items() if texts},
        page.table.horizontalScrollBar().maximum(),
        people.horizontalScrollBar().maximum(),
    )


def test_the_pane_is_shared_out_again_when_the_window_is_resized(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow]
) -> None:
    def from_1024(window: MainWindow) -> dict[str, Split]:
        page = chosen_organisation(qtbot, window)
        seen = {"chosen at 1024": split(page)}
        resized(qtbot, window, 900)
        keep_shot(window, "organisation-resized-to-900")
        seen["made 900"] = split(page)
        resized(qtbot, window, 1024)
        seen["made 1024 again"] = split(page)
        return seen

    def from_900(window: MainWindow) -> dict[str, Split]:
        page = chosen_organisation(qtbot, window)
        seen = {"chosen at 900": split(page)}
        resized(qtbot, window, 1024)
        keep_shot(window, "organisation-resized-to-1024")
        seen["made 1024"] = split(page)
        return seen

    seen = look_at_demo(SIZES[1024], from_1024) | look_at_demo(SIZES[900], from_900)
    at_1024, at_900 = seen["chosen at 1024"], seen["chosen at 900"]
    # read whole as chosen: no text cut, nothing to scroll sideways to
    assert at_1024[1:] == ({}, 0, 0)
    assert at_900[1:] == ({}, 0, 0)
    assert {
        "made 900": seen["made 900"],
        "made 1024 again": seen["made 1024 again"],
        "made 1024": seen["made 1024"],
    } == {"made 900": at_900, "made 1024 again": at_1024, "made 1024": at_1024}


def test_long_titles_wrap_whole_in_the_pane(qtbot: QtBot, look_at_demo: LookAt[MainWindow]) -> None:
    """The people's titles break between words onto more lines, never cut nor broken inside a
    word ("Biståndshandlägg…" at 1024 px, whole only in its tooltip); their names and phones
    each on one line, whole."""

    def look(window: MainWindow) -> dict[int, object]:
        seen: dict[int, object] = {}
        page = chosen_organisation(qtbot, window)
        for width in (1024, 900):
            resized(qtbot, window, width)
            keep_shot(window, f"organisation-titles-{width}")
            people = page.detail.people
            lines = lines_of_column(people, "Befattning")
            seen[width] = (
                {title: cut_cells(people, title) for title in ("Namn", "Befattning", "Telefon")},
                people.wordWrap(),
                max(lines_of_column(people, "Namn").values()),  # "Emma" / "Sjöström" broke
                lines["Biståndshandläggare"],
                lines[SECRETARY] > 1,
            )
        return seen

    whole: object = ({"Namn": [], "Befattning": [], "Telefon": []}, True, 1, 1, True)
    assert look_at_demo(SIZES[1024], look) == {1024: whole, 900: whole}


def test_every_organisation_action_in_sight_beside_the_pane(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow]
) -> None:
    """Beside a chosen organisation at 900 px "Redigera…", "Ta bort…" and "Historik…" went
    behind the tool bar's » in the list's column (at 1024 px "Historik…" too, once the pane
    took the room for its people's titles): above the list and the pane, each is in sight."""

    def look(window: MainWindow) -> dict[int, tuple[list[str], bool]]:
        seen = {}
        page = chosen_organisation(qtbot, window)
        for width in (900, 1024):
            resized(qtbot, window, width)
            qtbot.wait(50)  # layout requests are posted
            keep_shot(window, f"organisation-actions-{width}")
            toolbar = page.toolbar
            shown = [
                action.text()
                for action in toolbar.actions()
                if isinstance(button := toolbar.widgetForAction(action), QToolButton)
                and button.isVisibleTo(window)
            ]
            extension = toolbar.findChild(QToolButton, EXTENSION)
            seen[width] = (shown, extension is not None and extension.isVisibleTo(window))
        return seen

    every = (["Ny organisation…", "Redigera…", "Ta bort…", "Historik…"], False)
    assert look_at_demo(SIZES[900], look) == {900: every, 1024: every}
