"""The calendar's filters: group, group type, priority area, "Show cancelled" and "Past, not
held" (with its bulk action). They wrap onto a second line on a narrow window (a laptop at
125 % scaling).

"Past, not held" lists planned meetings only: while it is on, "Show cancelled" is unticked and
greyed (ticked, it read as if cancelled meetings were shown), and gets the user's choice back
when it is off.

"Show walks and exercises" (on unless turned off, remembered) adds the safety walks and dated
exercises to every view and to the export; they belong to no group, so the box is greyed while a
group, type or priority area is chosen (or "Past, not held" is on): none is shown then."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from samverkan_desktop.i18n import _
from samverkan_desktop.models import GroupType
from samverkan_desktop.services import calendar
from samverkan_desktop.services.calendar import CalendarFilter
from samverkan_desktop.services.calendar_entries import EntryKind
from ui.calendar.chip import group_colour
from ui.calendar.not_held import NotHeldFilter
from ui.context import AppContext
from ui.widgets.combo_widths import choices_width, filter_whole
from ui.widgets.fields import EnumCombo
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.notice import NoticeBar
from ui.widgets.record_combo import RecordCombo


def colour_icon(index: int) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(group_colour(index))
    return QIcon(pixmap)


SHOW_ENTRIES_KEY = "calendar/show_walks_and_exercises"


class CalendarFilterBar(QObject):
    changed = Signal()  # a filter changed: show the calendar again

    def __init__(self, ctx: AppContext, page: QWidget, notice: NoticeBar) -> None:
        super().__init__(page)
        self.settings = ctx.settings
        self.flow = FlowLayout()
        alls = (_("All groups"), _("All types"), _("All priority areas"))
        self.group_filter = RecordCombo(alls[0], page, editable=False)
        self.group_filter.setObjectName("groupFilter")
        self.type_filter = EnumCombo(GroupType, alls[1], page)
        self.area_filter = RecordCombo(alls[2], page, editable=False)
        self._choice_widths: dict[QComboBox, int] = {}
        self.cancelled_check = QCheckBox(_("Show cancelled"), page)
        self.cancelled_check.setChecked(True)
        self._show_cancelled = True  # the user's choice, kept while "Past, not held" is on
        self.cancelled_check.toggled.connect(self._cancelled_toggled)
        self.not_held = NotHeldFilter(ctx, page, notice)
        self.not_held.check.toggled.connect(self._not_held_toggled)  # before the reload
        self.not_held.cancel_button.clicked.connect(lambda _c=False: self.not_held.cancel_shown())
        # Each as narrow as its "all" text, growing towards its longest choice where its line
        # has room: as wide as their longest choices (the group's 26 characters, the areas'
        # longest name) the three took a line each beside the buttons at 1024 px, five lines
        # of filters over the month.
        combos = (self.group_filter, self.type_filter, self.area_filter)
        for combo, all_text in zip(combos, alls, strict=True):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            filter_whole(combo, all_text)
            self.flow.addWidget(combo)
            self.flow.grow(combo, partial(self._choice_width, combo))
        self._measure()
        self.entries_check = QCheckBox(_("Show walks and exercises"), page)
        self.entries_check.setObjectName("entriesFilter")
        shown = self.settings.value(SHOW_ENTRIES_KEY, True)
        self.entries_check.setChecked(shown not in (False, "false"))  # as QSettings reads it
        self.entries_check.toggled.connect(lambda on: self.settings.setValue(SHOW_ENTRIES_KEY, on))
        self.changed.connect(self._entries_available)
        for check in (self.cancelled_check, self.entries_check, self.not_held.check):
            check.toggled.connect(lambda _on: self.changed.emit())
        self.flow.addWidget(self.entries_check)
        self.flow.addWidget(self.cancelled_check)
        self.flow.addWidget(self.not_held.check)
        self.flow.addWidget(self.not_held.cancel_button)
        self._entries_available()

    def set_choices(self, groups: list[tuple[int, str]], areas: list[tuple[int, str]]) -> None:
        """The groups, each with its colour, and the priority areas to choose from (id, name);
        the choice made stays when it is still there. Shows nothing again by itself."""
        self.group_filter.blockSignals(True)
        self.group_filter.set_items(groups)
        for index, (group_id, _name) in enumerate(groups, start=1):
            self.group_filter.setItemIcon(index, colour_icon(calendar.colour_index(group_id)))
        self.group_filter.blockSignals(False)
        self.area_filter.blockSignals(True)
        self.area_filter.set_items(areas)
        self.area_filter.blockSignals(False)
        self._measure()

    def _choice_width(self, combo: QComboBox) -> int:
        return self._choice_widths.get(combo, 0)

    def _measure(self) -> None:
        """Each filter's width with its longest choice whole (the groups' with their colour),
        once per filling, not at every resize."""
        icon = self.group_filter.iconSize().width() + 4
        for combo in (self.group_filter, self.type_filter, self.area_filter):
            extra = icon if combo is self.group_filter else 0
            self._choice_widths[combo] = choices_width(combo) + extra
        self.flow.invalidate()

    def filters(self) -> CalendarFilter:
        group_id = self.group_filter.value()
        return CalendarFilter(
            group_ids=(group_id,) if group_id is not None else (),
            group_type=self.type_filter.value(),
            priority_area_id=self.area_filter.value(),
            include_cancelled=self._show_cancelled,  # the export's too, whatever is listed
            entry_kinds=frozenset(EntryKind) if self.entries_check.isChecked() else frozenset(),
        )

    def chosen_names(self) -> list[str]:
        """The group, type and priority area chosen, as shown (the export's file name)."""
        return [
            combo.currentText()
            for combo in (self.group_filter, self.type_filter, self.area_filter)
            if combo.value() is not None
        ]

    def show_not_held(self) -> None:
        """Every past meeting not held, whatever group, type or area was chosen: the list the
        Overview's card counts."""
        for combo in (self.group_filter, self.type_filter, self.area_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        if self.not_held.check.isChecked():
            self.changed.emit()
        else:
            self.not_held.check.setChecked(True)

    def _entries_available(self) -> None:
        """Greyed while no walk or exercise can be shown (the service leaves them out)."""
        chosen = any(
            c.value() is not None for c in (self.group_filter, self.type_filter, self.area_filter)
        )
        off = chosen or self.not_held.check.isChecked()
        self.entries_check.setEnabled(not off)
        self.entries_check.setToolTip(
            _("Walks and exercises belong to no group: shown when no group, type or area is chosen")
            if off
            else _("Safety walks and exercises with a date, beside the meetings")
        )

    def _cancelled_toggled(self, on: bool) -> None:
        self._show_cancelled = on  # by the user: the box is greyed while "Past, not held" is on

    def _not_held_toggled(self, on: bool) -> None:
        check = self.cancelled_check
        check.blockSignals(True)  # one reload, by the "Past, not held" box
        check.setChecked(False if on else self._show_cancelled)
        check.blockSignals(False)
        check.setEnabled(not on)
        check.setToolTip(_("“Past, not held” lists planned meetings only") if on else "")
