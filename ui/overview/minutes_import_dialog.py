"""Veckosammanställning → Hämta från möte…: the network meetings with minutes (day and group),
the chosen one's minuted agenda items to tick (all ticked, except those already in the summary;
Space ticks) and the text each brings; "Hämta punkterna" (or Enter) adds the ticked ones to the
summary.

The meetings are those of the summary's week and the week before (the network meets on
Thursday; a summary begun earlier in the week takes the week before's); the latest of the SLK
network is chosen. "Alla gruppers möten" lists every group's, not only the networks'. Nothing
is typed here: closing it loses nothing. When another desk changed the summary meanwhile, the
import is refused and the list read anew (what is already in the summary), the ticks kept:
importing again adds the ticked items to the summary as it is now."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QListWidgetItem, QPlainTextEdit, QWidget

from samverkan_desktop.errors import StaleRecordError, ValidationError
from samverkan_desktop.formatting import WEEKDAYS_SHORT, display_datetime
from samverkan_desktop.i18n import _
from samverkan_desktop.models import BriefSource
from samverkan_desktop.services import brief_imports, weekly_briefs
from samverkan_desktop.services.brief_imports import ImportResult, MinutedItem, MinutedMeeting
from samverkan_desktop.services.weekly_briefs import BriefWeek
from ui import key_guide
from ui.context import AppContext
from ui.widgets.check_list import CheckList
from ui.widgets.form_dialog import FormDialog
from ui.widgets.record_table import RecordTable
from ui.widgets.table_model import Column

NOTE_STYLE = "color: #5f6b7a;"


def _when(meeting: MinutedMeeting) -> str:
    weekday = _(WEEKDAYS_SHORT[meeting.starts_at.weekday()])
    return f"{weekday} {display_datetime(meeting.starts_at)}"


def meeting_columns() -> list[Column[MinutedMeeting]]:
    return [
        Column(_("Date"), _when),
        Column(_("Group"), lambda m: m.label, wrap=True, width=260),
        Column(_("Source"), lambda m: _(m.source.label)),
    ]


def item_line(item: MinutedItem) -> str:
    line = f"{item.number}. {item.heading}"
    return _("{line} (already in the summary)").format(line=line) if item.imported else line


class MinutesImportDialog(FormDialog):
    def __init__(
        self, ctx: AppContext, week: BriefWeek, version: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            _("Import from a meeting"), parent, _("Import the items"), ctx.settings, (760, 560)
        )
        self.ctx = ctx
        self.week = week  # the summary's
        self.version = version
        self.imported: ImportResult | None = None
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)
        self.all_groups = QCheckBox(_("Every group's meetings, not only the networks'"), self)
        self.all_groups.toggled.connect(lambda _checked: self.load())
        self.meetings: RecordTable[MinutedMeeting] = RecordTable(
            meeting_columns(), self, id_of=lambda m: m.meeting_id
        )
        self.meetings.setSortingEnabled(False)  # in time order
        self.meetings.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.meetings.set_empty_text(
            _("No meeting of this week or the week before has minutes to import.")
        )
        self.meetings.current_changed.connect(self._chosen)
        self.meetings.setMaximumHeight(150)  # a week or two of networks: a few rows
        self.items = CheckList(self)
        self.items.setMaximumHeight(160)
        # rows as tall as the meetings' above them: packed tight, they read as another form's
        self.items.rows_at_least(self.meetings.verticalHeader().defaultSectionSize())
        # Space ticks the item under the cursor; Enter imports, as it does on the list above.
        key_guide.IMPORT_ITEMS.bind(self.items, self.accept, Qt.ShortcutContext.WidgetShortcut)
        self.meetings.activated.connect(lambda _meeting: self.accept())
        self.items.currentItemChanged.connect(self._show_text)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(_("The item's minutes, as they come into the summary"))
        self.form.addRow(self.note)
        self.form.addRow(self.all_groups)
        self.add_row("meeting_id", _("Meeting"), self.meetings)
        self.add_row("items", _("Agenda items"), self.items)
        self.add_row("text", _("Text"), self.text)
        self.load()

    def load(self) -> None:
        every = self.all_groups.isChecked()
        earlier = self.week.moved(-1)
        found = [
            *self.ctx.call(
                brief_imports.minuted_meetings, earlier, all_groups=every, into=self.week
            ),
            *self.ctx.call(brief_imports.minuted_meetings, self.week, all_groups=every),
        ]
        self.note.setText(
            _(
                "Meetings of week {earlier} and {week} with minutes; the ticked items are added "
                "to the summary of week {week}."
            ).format(earlier=earlier.week, week=self.week.week)
        )
        self.meetings.set_rows(found)
        slk = [m for m in found if m.source is BriefSource.SLK]
        if found:
            self.meetings.select_id((slk or found)[-1].meeting_id)  # the latest Thursday's
        else:
            self._chosen(None)

    def _chosen(self, meeting: MinutedMeeting | None) -> None:
        self.items.clear()
        self.text.clear()
        if meeting is None:
            return
        self.items.set_items([(i.agenda_item_id, item_line(i)) for i in meeting.items])
        self.items.set_values(i.agenda_item_id for i in meeting.items if not i.imported)
        self.items.setCurrentRow(0)

    def _show_text(self, current: QListWidgetItem | None) -> None:
        meeting = self.meetings.current_row()
        if current is None or meeting is None:
            self.text.clear()
            return
        item_id = current.data(Qt.ItemDataRole.UserRole)
        item = next((i for i in meeting.items if i.agenda_item_id == item_id), None)
        self.text.setPlainText(item.text or "" if item is not None else "")

    def save(self) -> None:
        meeting = self.meetings.current_row()
        if meeting is None:
            raise ValidationError(_("Choose a meeting."), field="meeting_id")
        try:
            self.imported = self.ctx.call(
                brief_imports.import_items,
                self.week,
                meeting.meeting_id,
                self.items.values(),
                self.version,
            )
        except StaleRecordError:
            self._read_anew(meeting.meeting_id)
            raise StaleRecordError(
                _(
                    "Another desk changed this week's summary meanwhile, so nothing was imported. "
                    "The list now shows what the summary holds: press “{button}” again to import "
                    "the ticked items."
                ).format(button=_("Import the items"))
            ) from None

    def _read_anew(self, meeting_id: int) -> None:
        """The summary as the other desk left it: its version, and the items it already holds
        marked in the list; the meeting and the ticks stay as the user left them."""
        ticked = self.items.values()
        self.version = self.ctx.call(weekly_briefs.get_brief, self.week).version
        self.load()
        self.meetings.select_id(meeting_id)
        self.items.set_values(ticked)

    def edited(self) -> bool:
        return False  # a choice, nothing typed: closing it asks nothing
