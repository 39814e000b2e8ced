"""A group's meeting rule, edited like Outlook's recurrence dialog, with a quick-entry line for
the phrases the papers use ("1 gång/månad (ej juli)", "varannan vecka", "första tisdagen i
månaden kl 9").

A phrase fills the structured fields (through ``meeting_rules.read_phrase``); one it cannot read
fully leaves them alone and says beside the line what it understood and what not. While editing,
the rule is read back in Swedish with its next meetings (ISO weeks, holidays flagged). Saving
plans the meetings (``set_rule``: moved, cancelled and minuted meetings are kept, and so are
those with an agenda of their own), after asking when the new rule would remove planned meetings
(``meetings_removed_by``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.errors import DomainError, StaleRecordError, ValidationError
from samverkan_desktop.formatting import clock_held, iso_date
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.recurrence import Frequency, HolidayPolicy, Rule
from samverkan_desktop.services import linked_meetings, meeting_rules
from samverkan_desktop.services.meeting_common import rule_defaults, rule_first_day
from samverkan_desktop.services.meeting_planning import PlanResult
from samverkan_desktop.services.meeting_rules import RuleDetail
from ui import key_guide
from ui.context import AppContext
from ui.groups.removed_meetings import removal_question
from ui.groups.rule_dates import RuleDatesTable
from ui.groups.rule_fields import RuleFields
from ui.widgets.asking_dialog import AskingDialog
from ui.widgets.detail import section_heading
from ui.widgets.dialogs import button_box, confirm
from ui.widgets.leaf_style import style_leaves

PREVIEW_DELAY_MS = 120
ERROR_STYLE = "color: #b42318;"
DIALOG_STYLE = """
QLabel#readBack { font-size: 14px; font-weight: 600; color: #1c3b5a; background: #eef3f8;
                  border: 1px solid #d5dde6; border-radius: 6px; padding: 8px; }
QLabel#sectionHeading { font-weight: 600; color: #1c3b5a; padding-top: 4px;
                        border-bottom: 1px solid #e1e7ee; padding-bottom: 3px; }
QLabel#holidayText { color: #5f6b7a; }
QToolButton:checked { background: #1c4e80; color: white; border: 1px solid #1c4e80;
                      border-radius: 3px; }
"""


class RuleDialog(AskingDialog):
    """Esc, Avbryt or the window's close ask before a changed rule (a phrase read, a month
    ticked) is thrown away, as every form does."""

    def __init__(
        self,
        ctx: AppContext,
        group_id: int,
        group_name: str,
        parent: QWidget | None = None,
        meets: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.group_id = group_id
        self._meets = meets  # the group's "meets" text: the first rule is read from it
        self.setWindowTitle(_("Meeting rule – {group}").format(group=group_name))
        self.result_of_save: PlanResult | None = None
        self.removed = False
        self._phrase: str | None = None  # the phrase the fields came from, saved with the rule
        self._read_text = ""  # what the quick-entry line said when last read
        self.detail: RuleDetail | None = ctx.call(meeting_rules.get_rule, group_id)

        self.phrase = QLineEdit(self)
        self.phrase.setObjectName("phrase")
        self.phrase.setPlaceholderText(
            _("Write as in the papers: “1 gång/månad (ej juli)”, “varannan vecka” …")
        )
        self.phrase.installEventFilter(self)
        self.read_button = QPushButton(_("Read"), self)
        self.read_button.setObjectName("readPhrase")
        self.read_button.setAutoDefault(False)
        self.read_button.clicked.connect(self.read_phrase)
        self.phrase_error = QLabel(self)
        self.phrase_error.setObjectName("phraseError")
        self.phrase_error.setStyleSheet(ERROR_STYLE)
        self.phrase_error.setWordWrap(True)
        self.phrase_error.hide()

        self.fields = RuleFields(self)
        self.fields.before.set_choices(ctx.call(linked_meetings.group_choices, group_id))
        self.fields.changed.connect(self._preview_timer_start)
        self.fields.edited.connect(self._fields_edited)

        self.read_back = QLabel(self)
        self.read_back.setObjectName("readBack")
        self.read_back.setWordWrap(True)
        self.read_back.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.holiday_text = QLabel(self)
        self.holiday_text.setObjectName("holidayText")
        self.holiday_text.setWordWrap(True)
        self.past_note = QLabel(self)  # the rule begins before today: planned from today
        self.past_note.setObjectName("pastNote")
        self.past_note.setWordWrap(True)
        self.past_note.hide()
        self.rule_error = QLabel(self)
        self.rule_error.setObjectName("ruleError")
        self.rule_error.setStyleSheet(ERROR_STYLE)
        self.rule_error.setWordWrap(True)
        self.rule_error.hide()
        self.dates = RuleDatesTable(self)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.update_preview)

        self.buttons = button_box(_("Save"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.remove_button = QPushButton(_("Remove rule…"), self)
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_rule)
        self.remove_button.setVisible(self.detail is not None)
        self._layout()
        style_leaves(self, DIALOG_STYLE)  # not on the dialog: its fields would leak (the module)
        self._fill_initial()
        # Roomy, but never beyond the screen: a laptop at 125 % has about 1093 x 614 pixels,
        # where 660 high put "Spara" below the taskbar.
        room = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(1180, room.width() - 40), min(660, room.height() - 40))

    def _layout(self) -> None:
        quick = QHBoxLayout()
        quick.addWidget(self.phrase, 1)
        quick.addWidget(self.read_button)
        left = QVBoxLayout()
        left.addWidget(section_heading(_("Quick entry"), self))
        left.addLayout(quick)
        left.addWidget(self.phrase_error)
        left.addSpacing(6)
        left.addWidget(section_heading(_("Recurrence"), self))
        left.addWidget(self.fields)
        left.addStretch(1)
        left.setSpacing(6)
        right = QVBoxLayout()
        right.addWidget(section_heading(_("Read back"), self))
        right.addWidget(self.read_back)
        right.addWidget(self.holiday_text)
        right.addWidget(self.past_note)
        right.addWidget(self.rule_error)
        right.addWidget(section_heading(_("Next meetings"), self))
        right.addWidget(self.dates, 1)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addLayout(left, 5)
        columns.addLayout(right, 4)
        bottom = QHBoxLayout()
        bottom.addWidget(self.remove_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)

    def _fill_initial(self) -> None:
        if self.detail is not None:
            self._phrase = self.detail.phrase
            self._read_text = self.detail.phrase or ""
            self.phrase.setText(self.detail.phrase or "")
            self.fields.set_rule(self.detail.rule, self.detail.holiday_policy)
            return
        defaults = self.ctx.call(rule_defaults, self.group_id)
        rule = Rule(
            starts_on=self.ctx.call(rule_first_day, self.group_id),
            frequency=Frequency.MONTHLY,
            ordinal=1,
            weekdays=(defaults.weekday,),
            start_time=defaults.start_time,
            duration_minutes=defaults.duration_minutes,
        )
        self.fields.set_rule(rule, HolidayPolicy.KEEP)
        if self._meets:
            # "1 gång/månad, ej juli" already written on the group: read it, rather than offer a
            # default rule with July in it (a text it cannot read is said beside the line).
            self.phrase.setText(self._meets)
            self.read_phrase()

    # --- the quick-entry line ----------------------------------------------------------------

    def read_phrase(self) -> bool:
        """Fill the fields from the phrase; on a phrase not fully understood, say so beside the
        line and change nothing. True when the fields now follow the phrase."""
        text = self.phrase.text().strip()
        try:
            rule = self.ctx.call(
                meeting_rules.read_phrase,
                self.group_id,
                text,
                self.fields.starts(),
                self.fields.place.text() or None,
            )
        except ValidationError as error:
            self.phrase_error.setText(error.message)
            self.phrase_error.show()
            return False
        self.phrase_error.hide()
        if not rule.is_linked:  # a rule before another group's meetings has no exceptions
            rule = rule.with_changes(exdates=self._exdates_kept())
        self.fields.set_rule(rule)
        self._phrase = text
        self._read_text = text
        return True

    def _preview_timer_start(self) -> None:
        self._preview_timer.start()

    def _exdates_kept(self) -> tuple[dt.date, ...]:
        return self.detail.rule.exdates if self.detail else ()

    def _fields_edited(self) -> None:
        self._phrase = None  # changed by hand: the phrase no longer says what is saved

    # --- read-back ---------------------------------------------------------------------------

    def current_rule(self) -> Rule:
        return self.fields.rule()

    def update_preview(self) -> None:
        self._preview_timer.stop()
        try:
            rule = self.current_rule()
            preview = self.ctx.call(
                meeting_rules.preview_rule, self.group_id, rule, self.fields.holiday_policy()
            )
        except DomainError as error:
            self._refused(error)
            self.read_back.setText("")
            self.read_back.hide()
            self.holiday_text.setText("")
            self.past_note.hide()
            self.dates.setRowCount(0)
            return
        self.rule_error.hide()
        self.fields.clear_refusals()
        self.read_back.show()
        self.read_back.setText(clock_held(preview.description))
        self.holiday_text.setText(preview.holiday_text)
        if preview.planned_from is not None:
            self.past_note.setText(
                _("Meetings are planned from today, {today}: no past meetings are added.").format(
                    today=iso_date(preview.planned_from)
                )
            )
        self.past_note.setVisible(preview.planned_from is not None)
        self.dates.show_dates(preview.dates)
        if not preview.dates:
            first, last = preview.first_day, preview.last_day
            self.rule_error.setText(
                _("The rule gives no meeting from {first} to {last} (the group's term).").format(
                    first=iso_date(first), last=iso_date(last)
                )
                if first <= last
                else _("The group's term ended on {last}: the rule gives no meeting.").format(
                    last=iso_date(last)
                )
            )
            self.rule_error.show()

    def read_back_text(self) -> str:
        return self.read_back.text()

    def date_texts(self) -> list[str]:
        return self.dates.date_texts()

    # --- saving ------------------------------------------------------------------------------

    def accept(self) -> None:
        text = self.phrase.text().strip()
        if text and text != self._read_text and not self.read_phrase():
            self.phrase.setFocus()
            return  # a phrase typed but not understood: nothing is saved
        if self._preview_timer.isActive():
            # Now, not after: a refusal of the save below stays shown (the pending read-back
            # hid it a moment later).
            self.update_preview()
        try:
            rule = self.current_rule()
            going = self.ctx.call(
                meeting_rules.meetings_removed_by,
                self.group_id,
                rule,
                self.fields.holiday_policy(),
            )
            if going and not self._confirm_removal(going):
                return  # nothing saved; the dialog stays open to change the rule
            self.result_of_save = self.ctx.call(
                meeting_rules.set_rule,
                self.group_id,
                rule,
                self.fields.holiday_policy(),
                phrase=self._phrase,
                expected=self._read_rule(),
            )
        except DomainError as error:
            self._refused(error)
            return
        self.ctx.bus.announce("meetings", "calendar", "groups")
        super().accept()

    def _confirm_removal(self, going: list[dt.datetime]) -> bool:
        """Ask before the new rule deletes planned meetings; the safe answer is the default."""
        lead = ngettext(
            "The new rule removes {count} planned meeting:",
            "The new rule removes {count} planned meetings:",
            len(going),
        ).format(count=len(going))
        message = removal_question(lead, going)
        return confirm(self, _("Change meeting rule"), message, _("Save and remove meetings"))

    def remove_rule(self) -> None:
        question = _(
            "Remove the meeting rule? Its planned meetings go; moved, cancelled and minuted "
            "meetings stay as single meetings."
        )
        if not confirm(self, _("Remove rule"), question, _("Remove rule")):
            return
        try:
            self.result_of_save = self.ctx.call(
                meeting_rules.clear_rule, self.group_id, expected=self._read_rule()
            )
        except DomainError as error:
            self._refused(error)
            return
        self.removed = True
        self.ctx.bus.announce("meetings", "calendar", "groups")
        super().accept()

    def _read_rule(self) -> meeting_rules.ExpectedRule:
        """The rule this dialog read, for the service to refuse a save over another desk's."""
        if self.detail is None:
            return None
        return (self.detail.rule, self.detail.holiday_policy)

    def _refused(self, error: DomainError) -> None:
        """Say why beside the rule, the fields as typed. Another desk's rule saved meanwhile is
        read now, so Save again (the user told) replaces it rather than being refused again."""
        if self.fields.show_refusal(error):  # a number refused: said under it, not here too
            self.rule_error.hide()
        else:
            self.rule_error.setText(clock_held(error.message))  # the rule it quotes, as shown
            self.rule_error.show()
        if isinstance(error, StaleRecordError):
            self.detail = self.ctx.call(meeting_rules.get_rule, self.group_id)
            self.remove_button.setVisible(self.detail is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Enter in the quick-entry line reads the phrase; it must not also press Save.
        if (
            watched is self.phrase
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and key_guide.RULE_READ.matches(event)
        ):
            self.read_phrase()
            return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: object) -> None:  # noqa: N802
        super().showEvent(event)  # type: ignore[arg-type]
        self.update_preview()
        if self._as_opened is None:  # filled by now (a new group's phrase read too)
            self.remember_as_opened()
