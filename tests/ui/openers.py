"""The views UI tests start from, opened as a coordinator reaches them: the main window on an
area, an action chosen, a meeting in its calendar, a plan or an exercise from its list, Larm → Utbildning,
the Overview's cards and entries, its weekly summary; an area in a window of its own; the
reception window with the desk's initials answered; a form shown; a group's Mötesregel, a
phrase read in it. A walk or an exercise on one of its tabs: tests.ui.record_tabs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDateEdit, QDialog, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.services import meetings
from tests.ui.answers import answer_initials
from tests.ui.clicks import click_button, click_tab, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.menus import choose_in_menu
from tests.ui.tables import click_row, column_texts
from tests.ui.text_fit import plain
from tests.ui.windows import area_of, settle, show_window, wait_exposed
from ui.actions.area import ActionsArea
from ui.actions.detail import ActionDetailPane
from ui.alarms.area import AlarmsArea
from ui.alarms.training_page import TrainingPage
from ui.calendar.area import CalendarArea
from ui.calendar.list_view import item_key
from ui.context import AppContext
from ui.crisis.area import CrisisArea
from ui.crisis.exercise_view import ExerciseView
from ui.crisis.plan_detail import PlanDetailPane
from ui.groups.area import GroupsArea
from ui.groups.rule_dialog import RuleDialog
from ui.main_window import MainWindow
from ui.meetings.editor import MeetingEditor
from ui.overview.entry_button import EntryButton
from ui.overview.view import OverviewArea, SectionCard
from ui.overview.weekly_brief_dialog import WeeklyBriefDialog
from ui.reception.window import ReceptionWindow
from ui.training.sessions import SessionsListPage

if TYPE_CHECKING:
    from samverkan_desktop.services.brief_reading import BriefWeek
    from samverkan_desktop.services.meeting_rows import MeetingDetail

A = TypeVar("A", bound=QWidget)
D = TypeVar("D", bound=QDialog)


def area_in_window(
    qtbot: QtBot, ctx: AppContext, key: str, kind: type[A], width: int = 1280, height: int = 800
) -> tuple[MainWindow, A]:
    """The main window shown at a laptop's size, on the area ``key`` (of class ``kind``)."""
    window = show_window(qtbot, MainWindow(ctx, "test.sqlite3"), width, height)
    window.navigate(key)
    area = window.area(key)
    assert isinstance(area, kind)
    return window, area


def crisis_tab(
    qtbot: QtBot, ctx: AppContext, page: str, width: int = 1280, height: int = 800
) -> tuple[MainWindow, CrisisArea]:
    """The main window on Kris och övningar, its tab of ``page`` (the area's attribute:
    "org_page", "plans_page", "exercises_stack") clicked."""
    window, _area = area_in_window(qtbot, ctx, "crisis", CrisisArea, width, height)
    return window, crisis_page(qtbot, window, page)


def crisis_page(qtbot: QtBot, window: MainWindow, page: str) -> CrisisArea:
    """Kris och övningar in ``window``, its tab of ``page`` clicked (see crisis_tab)."""
    window.navigate("crisis")
    area = area_of(window, "crisis", CrisisArea)
    click_tab(qtbot, area.tabs, getattr(area, page))
    settle(qtbot)
    return area


def chosen_plan(qtbot: QtBot, window: MainWindow, name: str) -> PlanDetailPane:
    """Kris och övningar → Planer in ``window``, the plan ``name`` clicked: its pane, laid out."""
    area = crisis_page(qtbot, window, "plans_page")
    click_row(qtbot, area.plans_page.table, name)
    settle(qtbot)
    return area.plans_page.detail


def open_first_exercise(qtbot: QtBot, area: CrisisArea) -> ExerciseView:
    """Kris och övningar on its exercises' tab (``crisis_tab``): the list's first row clicked and
    Enter pressed, as a coordinator opens an exercise; the exercise's view, once shown."""
    table = area.exercises_page.table
    first = table.visualRect(table.model().index(0, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=first)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: area.exercises_stack.currentWidget() is area.exercise_view)
    return area.exercise_view


def chosen_group(qtbot: QtBot, window: MainWindow, name: str) -> GroupsArea:
    """Grupper och möten in ``window`` with the group ``name`` chosen in the list."""
    window.navigate("groups")
    area = window.area("groups")
    assert isinstance(area, GroupsArea)
    settle(qtbot)
    click_row(qtbot, area.page.table, name)
    settle(qtbot)
    assert area.detail.title.text() == name
    return area


def groups_print_dialog(qtbot: QtBot, area: GroupsArea, entry: str, kind: type[D]) -> D:
    """Grupper och möten → Skriv ut → ``entry`` (the "Skriv ut" button's menu): the dialog of
    class ``kind`` it opens, once on the screen."""
    choose_in_menu(area.printing.menu, entry)
    qtbot.waitUntil(lambda: area.findChild(kind) is not None)
    dialog = area.findChild(kind)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def group_members(qtbot: QtBot, area: GroupsArea, name: str | None = None) -> QWidget:
    """Grupper och möten: the group ``name`` chosen (if given) and its Medlemmar tab clicked;
    the tab's page, with the members and their buttons."""
    if name is not None:
        click_row(qtbot, area.page.table, name)
    click_tab(qtbot, area.tabs, area.detail.members_page)
    return area.detail.members_page


def overview_entries(
    qtbot: QtBot, ctx: AppContext, width: int = 1280, height: int = 800
) -> list[EntryButton]:
    """The Overview's entries (every card's lines), laid out in a window of that size."""
    _window, overview = area_in_window(qtbot, ctx, "overview", OverviewArea, width, height)
    settle(qtbot)
    return overview.findChildren(EntryButton)


def actions_with_rows(
    qtbot: QtBot, ctx: AppContext, width: int = 1280, height: int = 800
) -> ActionsArea:
    """The main window on Actions, once its list shows rows."""
    window, _area = area_in_window(qtbot, ctx, "actions", ActionsArea, width, height)
    return actions_listed(qtbot, window)


def actions_listed(qtbot: QtBot, window: MainWindow) -> ActionsArea:
    """Åtgärder in ``window``, once its list shows rows, laid out."""
    window.navigate("actions")
    area = area_of(window, "actions", ActionsArea)
    qtbot.waitUntil(lambda: area.table.isVisible() and area.table.model().rowCount() > 0)
    settle(qtbot)
    return area


def choose_action(qtbot: QtBot, area: ActionsArea, title: str) -> ActionDetailPane:
    """The action ``title`` clicked in Åtgärder's list; its pane, once it shows that action,
    laid out."""
    click_row(qtbot, area.table, title)
    qtbot.waitUntil(lambda: area.detail.title.text() == title)
    settle(qtbot)
    return area.detail


def first_action(qtbot: QtBot, window: MainWindow) -> ActionsArea:
    """Åtgärder in ``window``, the list's first action clicked and shown in its pane beside the
    list."""
    area = actions_listed(qtbot, window)
    choose_action(qtbot, area, column_texts(area.table, "Åtgärd")[0])
    return area


def overview_card(qtbot: QtBot, window: MainWindow, key: str) -> SectionCard:
    """Back on the Overview: its card ``key`` once the cards' entries and links are shown."""
    window.navigate("overview")
    settle(qtbot)
    overview = area_of(window, "overview", OverviewArea)
    return next(c for c in overview.section_cards() if c.section.key == key)


def weekly_brief(
    qtbot: QtBot,
    window: MainWindow,
    modals: ModalDriver,
    answer: Callable[[WeeklyBriefDialog], None],
    week: BriefWeek | None = None,
) -> None:
    """Översikt → Veckosammanställning… in ``window``, ``answer`` acting in the dialog once it is
    laid out (``answer`` closes it). This week's is opened with the Overview's button, as a
    coordinator opens it; ``week``'s as from the reminder of it or the history."""

    def laid_out(dialog: QWidget) -> None:
        assert isinstance(dialog, WeeklyBriefDialog)
        settle(qtbot)
        qtbot.wait(50)  # layout requests are posted
        answer(dialog)

    window.navigate("overview")
    overview = area_of(window, "overview", OverviewArea)
    modals.answer(laid_out)
    if week is None:
        click_button(qtbot, overview, "Veckosammanställning…")
    else:
        overview.open_weekly_brief(week)
    modals.check()


def week_of(qtbot: QtBot, area: CalendarArea, day: dt.date) -> None:
    """The calendar's week view, stepped on with Alt+→ from today's week to the week of ``day``."""
    alt = Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(area, Qt.Key.Key_W, alt)
    monday = clock.today() - dt.timedelta(days=clock.today().weekday())
    for _step in range((day - monday).days // 7):
        qtbot.keyClick(area, Qt.Key.Key_Right, alt)
    week = day.isocalendar()[1]  # the long title, or a short one ("v. 49, 2026 · …")
    assert plain(area.title.text()).startswith((f"Vecka {week},", f"v. {week},", f"v. {week} ·"))


def calendar_week(qtbot: QtBot, window: MainWindow, day: dt.date) -> CalendarArea:
    """The calendar in ``window`` on the week of ``day`` (week_of), laid out."""
    window.navigate("calendar")
    area = area_of(window, "calendar", CalendarArea)
    settle(qtbot)
    week_of(qtbot, area, day)
    settle(qtbot)
    return area


def calendar_window(
    qtbot: QtBot, ctx: AppContext, width: int = 1280, height: int = 800
) -> tuple[MainWindow, CalendarArea]:
    """The main window on the calendar."""
    return area_in_window(qtbot, ctx, "calendar", CalendarArea, width, height)


def recent_alarm_training() -> str:
    """The demo's latest Larmutbildning as the training list shows it: five months ago, on a
    weekday (samverkan_desktop.demo.alarms), "2026-07-01 (v. 27)" when run on 1 December."""
    from samverkan_desktop.formatting import date_with_week

    return date_with_week(recent_alarm_training_day())


def recent_alarm_training_day() -> dt.date:
    """The day of the demo's latest Larmutbildning (recent_alarm_training)."""
    from dateutil.relativedelta import relativedelta

    from samverkan_desktop.demo.alarms import _weekday_on_or_before

    return _weekday_on_or_before(clock.today() - relativedelta(months=5))


def a_usual_coming_meeting(detail: MeetingDetail) -> bool:
    """A coming meeting as most are: open actions carried from earlier ones, and a next one."""
    return bool(detail.carried_actions) and detail.next_meeting is not None


def first_coming_meeting(
    area: CalendarArea, where: Callable[[MeetingDetail], bool] = a_usual_coming_meeting
) -> int:
    """The calendar's first meeting from today on (``where`` it is so): the demo's earlier
    ones are held, with minutes. Which meetings the period shown holds depends on the day the
    demo was built (late in December, none that carries actions): the calendar steps on
    (› ahead) until one is found."""
    from samverkan_desktop.services import meetings

    today = clock.today()
    for _period in range(4):
        for row in area.rows:
            if row.starts_at.date() >= today and where(area.ctx.call(meetings.get_meeting, row.id)):
                return row.id
        area.step(1)
    raise AssertionError("no such meeting in the demo's coming four periods")


def open_meeting(
    qtbot: QtBot, area: CalendarArea, meeting_id: int | None = None, tab: str | None = None
) -> MeetingEditor:
    """Open a meeting (the calendar's first unless named) on one of the editor's tabs
    (``"agenda_tab"``, ...), its window active: keys and focus act as for a user."""
    area.open_meeting(first_coming_meeting(area) if meeting_id is None else meeting_id)
    editor = area.editor
    if tab is not None:
        editor.tabs.setCurrentWidget(getattr(editor, tab))
    window = area.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return editor


def meeting_editor(
    qtbot: QtBot, ctx: AppContext, tab: str | None = None, width: int = 1280, height: int = 800
) -> MeetingEditor:
    """The calendar's first meeting open in the main window's editor (see open_meeting)."""
    _window, area = calendar_window(qtbot, ctx, width, height)
    return open_meeting(qtbot, area, tab=tab)


def area_alone(qtbot: QtBot, area: A, width: int = 1400, height: int = 860) -> A:
    """An area in a window of its own, room for its lists and detail side by side (shown, not
    waited for: as the area tests always had it)."""
    qtbot.addWidget(area)
    area.resize(width, height)
    area.show()
    return area


def alarms_area(qtbot: QtBot, ctx: AppContext) -> AlarmsArea:
    """The Alarms area in a window of its own."""
    return area_alone(qtbot, AlarmsArea(ctx))


def alarms_training(qtbot: QtBot, ctx: AppContext) -> TrainingPage:
    """Larm → Utbildning in the main window: the sessions and the chosen one's attendees."""
    _window, area = area_in_window(qtbot, ctx, "alarms", AlarmsArea)
    area.tabs.setCurrentWidget(area.training_page)
    return area.training_page


def sessions_page(qtbot: QtBot, window: MainWindow, key: str) -> SessionsListPage:
    """The training sessions' list in ``window``, of Larm → Utbildning ("alarms") or of Kris och
    övningar → Utbildning ("crisis"), reached by clicking the area's tabs."""
    window.navigate(key)
    if key == "alarms":
        alarms = area_of(window, key, AlarmsArea)
        click_tab(qtbot, alarms.tabs, alarms.training_page)
        page: SessionsListPage = alarms.training_page
    else:
        crisis = area_of(window, key, CrisisArea)
        click_tab(qtbot, crisis.tabs, crisis.training_tabs)
        page = crisis.sessions_page
    settle(qtbot)
    return page


def open_reception(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver, width: int = 1280, height: int = 800
) -> ReceptionWindow:
    """The reception window, once the desk has answered "who is at the desk?" (NH, the
    initials remembered from last time) and the question has closed."""
    ctx.settings.setValue("alarms/initials", "NH")
    modals.answer(answer_initials(qtbot))
    window = ReceptionWindow(ctx)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitUntil(lambda: len(modals.seen) == 1 and QApplication.activeModalWidget() is None)
    return window


def enter_at_desk(qtbot: QtBot, window: ReceptionWindow, text: str) -> None:
    """``text`` typed into the reception's field and Enter pressed, as the desk types a name or
    a code, or the scanner reads one."""
    type_text(qtbot, window.input, text)
    qtbot.keyClick(window.input, Qt.Key.Key_Return)


def in_settings(
    qtbot: QtBot, window: MainWindow, modals: ModalDriver, edit: Callable[[QWidget], None]
) -> None:
    """Inställningar opened with its key (Ctrl+,) from the active window, ``edit`` answering
    the dialog."""
    modals.answer(edit)
    window.activateWindow()  # a menu's shortcut works in the active window
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    modals.check()


def shown_form(qtbot: QtBot, dialog: D) -> D:
    """A form dialog shown as the program opens it (not modal to a window), on the screen."""
    qtbot.addWidget(dialog)
    dialog.show()
    wait_exposed(qtbot, dialog)
    return dialog


def rule_dialog(qtbot: QtBot, ctx: AppContext, group_id: int, name: str) -> RuleDialog:
    """The group ``name``'s Mötesregel dialog, shown as the group view opens it."""
    return shown_form(qtbot, RuleDialog(ctx, group_id, name))


def read_rule(qtbot: QtBot, dialog: RuleDialog, phrase: str) -> None:
    """``phrase`` typed over what the rule dialog's phrase line held, and Enter pressed: the
    fields follow it, or the line says what was not understood."""
    dialog.phrase.clear()
    type_text(qtbot, dialog.phrase, phrase)
    qtbot.keyClick(dialog.phrase, Qt.Key.Key_Return)


def rule_start_clicked(
    qtbot: QtBot, ctx: AppContext, group_id: int, name: str
) -> tuple[RuleDialog, QDateEdit]:
    """The group's Mötesregel dialog (rule_dialog), its window active and its first meeting day
    ("Från", a plain date field) clicked into: the field has the focus."""
    dialog = rule_dialog(qtbot, ctx, group_id, name)
    field = dialog.fields.starts_on
    assert isinstance(field, QDateEdit)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.mouseClick(field.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(field.hasFocus)
    return dialog, field


def holidays_moved(qtbot: QtBot, dialog: RuleDialog) -> None:
    """The rule dialog's Helgdagar set to "Flytta det till nästa arbetsdag" by typing its first
    letter in the list, as a coordinator picks it with the keys."""
    holidays = dialog.fields.holidays
    holidays.setFocus()
    qtbot.keyClicks(holidays, "F")
    assert holidays.currentText() == "Flytta det till nästa arbetsdag"


def _partly_closed(window: MainWindow, area: CalendarArea) -> int:
    """A meeting in the list with actions from earlier meetings, some closed since: the longest
    line over them ("… (fortfarande öppna: 1)")."""
    with window.ctx.db.session() as s:
        for row in area.list_view.rows():
            if item_key(row)[0] != "meeting":
                continue
            carried = meetings.get_meeting(s, row.id).carried_actions
            if any(a.is_open for a in carried) and not all(a.is_open for a in carried):
                return row.id
    raise AssertionError("no meeting in the list with earlier actions partly closed")


def meeting_with_earlier_actions(qtbot: QtBot, window: MainWindow) -> MeetingEditor:
    """The calendar's list in ``window``, and the first meeting in it with actions from
    earlier meetings, some closed since, opened with a click (December's, under the moment
    2026-12-05: "Åtgärder (2 nya, 1 öppen sedan tidigare)", the longest tab)."""
    sidebar = window.sidebar
    calendar = sidebar.item(window.area_keys().index("calendar"))
    qtbot.mouseClick(
        sidebar.viewport(),
        Qt.MouseButton.LeftButton,
        pos=sidebar.visualItemRect(calendar).center(),
    )
    area = window.area("calendar")
    assert isinstance(area, CalendarArea)
    qtbot.mouseClick(area.list_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    table = area.list_view
    assert table.select_id(("meeting", _partly_closed(window, area)))
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualRect(table.currentIndex()).center(),
    )
    return area.editor
