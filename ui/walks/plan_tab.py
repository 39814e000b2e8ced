"""Step 1, planning: the walk's facts, its route (ordered stops) and who takes part."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.formatting import clock_held, long_date_with_week, with_clock
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.services import walk_route
from samverkan_desktop.services.walk_rows import RECOMMENDED_MAX_PEOPLE, WalkDetail
from ui import key_guide
from ui.context import AppContext
from ui.walks.common import roomy
from ui.walks.route_dialogs import ParticipantDialog, StopDialog
from ui.walks.walk_dialog import WalkDialog
from ui.widgets.arrow_buttons import as_down, as_up, enable_arrows
from ui.widgets.dialogs import confirm
from ui.widgets.empty_text import button_named
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.list_key import own_key
from ui.widgets.next_choice import choice_followed
from ui.widgets.operations import perform, refused_before_asking
from ui.widgets.page_labels import heading, muted
from ui.widgets.removal_focus import back_to_list
from ui.widgets.wording import or_empty


def facts_text(walk: WalkDetail) -> str:
    lines = [
        clock_held(with_clock(long_date_with_week(walk.date), walk.start_time, walk.end_time)),
        f"{_(walk.light.label)} · {_(walk.format.label)}",
        _("Meeting point: {place}").format(place=or_empty(walk.meeting_point)),
        _("Organiser: {name}").format(name=or_empty(walk.organiser)),
        _("Checklist: {name}").format(name=or_empty(walk.checklist_name)),
    ]
    if walk.purpose:
        lines.append(walk.purpose)
    return "\n".join(lines)


def _count_text(named: int, residents: int) -> str:
    """How many take part, the counts that are none left out: "3 namngivna personer och 0
    boende: 3 totalt" said a nought and a sum of one number."""
    if named and residents:
        return ngettext(
            "{n} named person and {r} residents: {total} in all.",
            "{n} named people and {r} residents: {total} in all.",
            named,
        ).format(n=named, r=residents, total=named + residents)
    if named:
        return ngettext("{n} named person.", "{n} named people.", named).format(n=named)
    if residents:
        return ngettext("{r} resident.", "{r} residents.", residents).format(r=residents)
    return _("No named people or residents yet.")


def _delete_key(
    items: QListWidget,
    button: QPushButton,
    tip: str,
    keys: key_guide.Keys,
    remove: Callable[[], None],
) -> None:
    """Delete in ``items`` removes the one chosen there, as its "Ta bort" ``button`` (whose
    tooltip names the key), as in a group's members: it reached the walk's own Delete."""
    button.setToolTip(key_guide.with_keys(tip, keys))
    own_key(items, keys, remove, lambda: items.currentItem() is not None)


class PlanTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.walk: WalkDetail | None = None
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.edit_button = QPushButton(_("Change the plan…"), self)
        self.edit_button.clicked.connect(self.edit_walk)

        self.stops = roomy(QListWidget(self))
        self.stops.setObjectName("stops")
        self.stops.setWordWrap(True)
        self.stops.itemActivated.connect(lambda _item: self.edit_stop())
        self.add_stop_button = QPushButton(_("Add stop…"), self)
        self.add_stop_button.clicked.connect(self.add_stop)
        self.edit_stop_button = QPushButton(_("Edit…"), self)
        self.edit_stop_button.clicked.connect(self.edit_stop)
        # Arrows, as in the program's other ordered lists: "Flytta upp" and "Flytta ned" in
        # words held the route's column too wide for the participants' buttons beside it.
        self.up_button = as_up(QPushButton(self))
        self.up_button.clicked.connect(lambda: self.move_stop(-1))
        self.down_button = as_down(QPushButton(self))
        self.down_button.clicked.connect(lambda: self.move_stop(+1))
        self.remove_stop_button = QPushButton(_("Remove…"), self)
        self.remove_stop_button.clicked.connect(self.remove_stop)
        back_to_list(self.remove_stop_button, self.stops, self.add_stop_button)
        _delete_key(
            self.stops,
            self.remove_stop_button,
            _("Remove the stop from the route"),
            key_guide.WALK_STOP_REMOVE,
            self.remove_stop,  # asks first, as the button does
        )

        self.people = roomy(QListWidget(self))
        self.people.setObjectName("participants")
        # "Anna Berglund, Trygghets- och säkerhetssamordnare, Östermalms …" on two lines rather
        # than behind a sideways scroll bar (the lists share a laptop's width).
        self.people.setWordWrap(True)
        self.add_person_button = QPushButton(_("Add person…"), self)
        self.add_person_button.clicked.connect(lambda: self.add_participant(True))
        self.add_org_button = QPushButton(_("Add organisation…"), self)
        self.add_org_button.clicked.connect(lambda: self.add_participant(False))
        self.remove_person_button = QPushButton(_("Remove…"), self)
        self.remove_person_button.clicked.connect(self.remove_participant)
        back_to_list(self.remove_person_button, self.people, self.add_person_button)
        _delete_key(
            self.people,
            self.remove_person_button,
            _("Remove the participant from the walk"),
            key_guide.WALK_PARTICIPANT_REMOVE,
            self.remove_participant,  # asks first, as the button does
        )
        self.count_label = muted("", self)
        # An empty route said nothing, beside the participants' "Inga namngivna … ännu.".
        self.route_note = muted(
            _("No stops yet. Add them with {button}, or decide the route on the spot.").format(
                button=button_named(self.add_stop_button.text())
            ),
            self,
        )
        # The buttons for a chosen stop or participant wait for the choice (they did nothing).
        self.stops.currentItemChanged.connect(lambda *_items: self._enable_buttons())
        self.people.currentItemChanged.connect(lambda *_items: self._enable_buttons())

        # Rows of buttons that wrap when the window is narrow (side by side, one line each
        # would need 830 px).
        stop_buttons = FlowLayout()
        for button in (
            self.add_stop_button,
            self.edit_stop_button,
            self.up_button,
            self.down_button,
            self.remove_stop_button,
        ):
            stop_buttons.addWidget(button)
        self.people_buttons = people_buttons = FlowLayout()
        for button in (self.add_person_button, self.add_org_button, self.remove_person_button):
            people_buttons.addWidget(button)

        self.grid = grid = QGridLayout(self)
        grid.setContentsMargins(12, 12, 12, 12)
        # The route's buttons on one line: at 1024 px the route's column was 18 px short of
        # them and "Ta bort" stood alone under them. A narrower gap gives the participants'
        # column back the room for its own buttons side by side (_share_width).
        grid.setHorizontalSpacing(12)
        self.stop_buttons = stop_buttons
        grid.setColumnMinimumWidth(0, stop_buttons.sizeHint().width())
        left = QVBoxLayout()
        left.addWidget(heading(_("The plan"), self))
        left.addWidget(self.facts)
        left.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignLeft)
        left.addSpacing(12)
        left.addWidget(heading(_("Route"), self))
        left.addWidget(self.stops, 1)
        left.addWidget(self.route_note)
        left.addLayout(stop_buttons)
        right = QVBoxLayout()
        right.addWidget(heading(_("Participants"), self))
        right.addWidget(self.people, 1)
        right.addWidget(self.count_label)
        right.addLayout(people_buttons)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        self._share_width()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._share_width()

    def _share_width(self) -> None:
        """Three fifths of the width to the route, unless the participants' buttons would
        wrap where the route's leave them the room side by side: "Ta bort" stood alone on a
        second line under "Lägg till person…" and "Lägg till organisation…". Stretch, not a
        minimum width: the window may still be made narrower, the buttons then wrap."""
        margins = self.grid.contentsMargins()
        room = self.width() - margins.left() - margins.right() - self.grid.horizontalSpacing()
        people = self.people_buttons.sizeHint().width()
        if room * 2 // 5 < people <= room - self.stop_buttons.sizeHint().width():
            self.grid.setColumnStretch(0, room - people)
            self.grid.setColumnStretch(1, people)
        else:
            self.grid.setColumnStretch(0, 3)
            self.grid.setColumnStretch(1, 2)

    def show_walk(self, walk: WalkDetail) -> None:
        self.walk = walk
        self.facts.setText(facts_text(walk))
        with choice_followed(self.stops, lambda stop: stop.id):
            self.stops.clear()
            for stop in self.ctx.call(walk_route.list_stops, walk.id):
                text = stop.label + (f" — {stop.description}" if stop.description else "")
                item = QListWidgetItem(text, self.stops)
                item.setData(Qt.ItemDataRole.UserRole, stop)
        self.route_note.setVisible(self.stops.count() == 0)
        rows = self.ctx.call(walk_route.list_participants, walk.id)
        with choice_followed(self.people, lambda person: person.id):
            self.people.clear()
            for person in rows:
                if person.is_person:
                    text = person.name + "".join(
                        f", {p}" for p in (person.title, person.organisation) if p
                    )
                else:
                    text = _("{organisation} (organisation)").format(organisation=person.name)
                item = QListWidgetItem(text, self.people)
                item.setData(Qt.ItemDataRole.UserRole, person)
        named = sum(1 for p in rows if p.is_person)
        total = named + walk.resident_count
        text = _count_text(named, walk.resident_count)
        if total > RECOMMENDED_MAX_PEOPLE:
            text += " " + _(
                "The method suggests at most about {max}: split into two groups."
            ).format(max=RECOMMENDED_MAX_PEOPLE)
        self.count_label.setText(text)
        self._enable_buttons()

    def _enable_buttons(self) -> None:
        stop = self.stops.currentItem() is not None
        for button in (self.edit_stop_button, self.remove_stop_button):
            button.setEnabled(stop)
        place = self.stops.currentRow() if stop else None
        enable_arrows(self.up_button, self.down_button, place, self.stops.count(), self.stops)
        self.remove_person_button.setEnabled(self.people.currentItem() is not None)

    def _stop(self) -> walk_route.StopRow | None:
        item = self.stops.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def edit_walk(self) -> None:
        if self.walk is not None and WalkDialog(self.ctx, self.walk.id, parent=self).exec():
            self.ctx.bus.announce("walks")

    def add_stop(self) -> None:
        if self.walk is not None and StopDialog(self.ctx, self.walk.id, parent=self).exec():
            self.ctx.bus.announce("walks")
            self.stops.setCurrentRow(self.stops.count() - 1)

    def edit_stop(self) -> None:
        stop = self._stop()
        if (
            self.walk is not None
            and stop is not None
            and StopDialog(self.ctx, self.walk.id, stop, parent=self).exec()
        ):
            self.ctx.bus.announce("walks")

    def move_stop(self, offset: int) -> None:
        stop = self._stop()
        if stop is not None and perform(
            self, self.ctx, "walks", walk_route.move_stop, stop.id, offset
        ):
            row = max(0, min(self.stops.count() - 1, stop.position - 1 + offset))
            self.stops.setCurrentRow(row)

    def remove_stop(self) -> None:
        stop = self._stop()
        if stop is None or refused_before_asking(
            self, self.ctx, "walks", walk_route.check_stop_removable, stop.id
        ):
            return
        if confirm(
            self,
            _("Remove stop"),
            _("Remove “{name}” from the route?").format(name=stop.name),
            _("Remove"),
        ):
            perform(self, self.ctx, "walks", walk_route.remove_stop, stop.id)

    def add_participant(self, people: bool) -> None:
        if (
            self.walk is not None
            and ParticipantDialog(self.ctx, self.walk.id, people, parent=self).exec()
        ):
            self.ctx.bus.announce("walks")

    def remove_participant(self) -> None:
        """Asked first, as the route's stop, an exercise's participant and a group's member are:
        one Delete took a named person off the walk's list, with nothing to undo it."""
        item = self.people.currentItem()
        if item is None:
            return
        person: walk_route.ParticipantRow = item.data(Qt.ItemDataRole.UserRole)
        if confirm(
            self,
            _("Remove participant"),
            _("Remove “{name}” from the walk?").format(name=person.name),
            _("Remove"),
        ):
            perform(self, self.ctx, "walks", walk_route.remove_participant, person.id)
