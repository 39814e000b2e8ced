"""Arkiv → Inställningar…: the settings every desk shares (services.settings), in one form with
a section per area. Each row is built from its declaration: a number with its unit, a named
value (a weekday), one of a few choices or a line of text (the report's signature). The Alarms area opens the same form with its own
section only."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from samverkan_desktop import backup
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import N_, _, ngettext
from samverkan_desktop.services import alarm_usage, settings
from samverkan_desktop.services.setting_losses import period_text
from samverkan_desktop.services.settings import ChoiceSpec, Spec, TextSpec
from ui.alarms.retention import confirm_shorter_retention
from ui.backups import confirm_fewer_backups
from ui.context import AppContext
from ui.widgets.counted_spin import CountedSpinBox, unit_suffix
from ui.widgets.detail import SECTION_HEADING_STYLE, section_heading
from ui.widgets.leaf_style import style_leaves
from ui.widgets.number_field import NumberField
from ui.widgets.record_form import RecordForm

# Key prefix → section title, in the order shown.
SECTIONS = (
    ("meetings.", N_("Meetings")),
    ("alarms.", N_("Alarms")),
    ("crisis.", N_("Crisis & exercises")),
    ("backups.", N_("Backups")),
    ("reports.", N_("Report to the district council")),
)
# What a saved change may show anew (the calendar after a longer horizon, the lending checks).
CHANGES = ("settings", "meetings", "calendar", "alarms", "crisis")


Values = dict[str, int | str]


class SettingsDialog(RecordForm[Values]):
    """Saves only the settings changed here, checked against what it showed: another desk's
    change to another setting stays, one to the same setting refuses the save (F5 loads it)."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        sections: tuple[str, ...] | None = None,
        title: str | None = None,
    ) -> None:
        super().__init__(title or _("Settings"), parent, ok_text=_("Save"), settings=ctx.settings)
        self.ctx = ctx
        self.editors: dict[str, Editor] = {}
        values = ctx.call(settings.current_values)
        shown = [(p, t) for p, t in SECTIONS if sections is None or p in sections]
        for prefix, section in shown:
            if len(shown) > 1:
                self.form.addRow(section_heading(_(section), self))
            for key, spec in settings.SPECS.items():
                if key.startswith(prefix):
                    editor = _editor(spec, self)
                    self.editors[key] = editor
                    self.add_row(key, _(spec.label), editor)
        style_leaves(self, SECTION_HEADING_STYLE)  # not on the form: its fields would leak
        self.show_record(values)
        self.setMinimumWidth(720)

    def read_record(self, shown: Values) -> Values:
        return self.ctx.call(settings.current_values)

    def fill(self, record: Values) -> None:
        for key, editor in self.editors.items():
            _show(editor, record[key])

    def changed_fields(self, before: Values, after: Values) -> list[str]:
        return [key for key in self.editors if before.get(key) != after.get(key)]

    def values(self) -> dict[str, int | str]:
        found: dict[str, int | str] = {}
        for key, editor in self.editors.items():
            if isinstance(editor, NumberField):
                found[key] = editor.typed_value()  # one out of range too, to be refused
            elif isinstance(editor, QSpinBox):
                found[key] = editor.value()
            elif isinstance(editor, QLineEdit):
                found[key] = editor.text()
            else:
                found[key] = editor.currentData()
        return found

    def save(self) -> None:
        values = self.values()
        self._ask_before_lowering(values)
        self.ctx.call(settings.save_settings, values, shown=self.record)

    def _ask_before_lowering(self, values: Values) -> None:
        """A lower value of these removes data for good (borrowers from old loans at the next
        start, old backups at the next backup): asked first. Declined, nothing is saved and
        the field says so."""
        questions: dict[str, tuple[Callable[[int], bool], Callable[[int], str]]] = {
            alarm_usage.RETENTION_SETTING: (
                lambda months: confirm_shorter_retention(self, self.ctx, months),
                lambda months: _("Nothing was saved: the retention period stays {period}.").format(
                    period=period_text(months)
                ),
            ),
            backup.KEEP_SETTING: (
                lambda keep: confirm_fewer_backups(self, self.ctx.db.url, keep),
                lambda keep: ngettext(
                    "Nothing was saved: {count} backup is still kept.",
                    "Nothing was saved: {count} backups are still kept.",
                    keep,
                ).format(count=keep),
            ),
        }
        for key, (ask, kept) in questions.items():
            if key not in self.editors or self.record is None:
                continue
            before, after = int(self.record[key]), int(values[key])
            settings.check_int(key, after)  # 0 backups is refused, not asked about
            if after < before and not ask(after):
                raise ValidationError(kept(before), field=key)


Editor = QSpinBox | QComboBox | QLineEdit


def _editor(spec: Spec, parent: QWidget) -> Editor:
    if isinstance(spec, TextSpec):
        line = QLineEdit(parent)
        line.setMaxLength(spec.max_length)
        if spec.empty_text:
            line.setPlaceholderText(_(spec.empty_text))
        return line
    if isinstance(spec, ChoiceSpec):
        combo = QComboBox(parent)
        for choice, label in spec.choices:
            combo.addItem(_(label), choice)
        return combo
    if spec.value_names:
        named = QComboBox(parent)
        for number, name in enumerate(spec.value_names, start=spec.minimum):
            named.addItem(_(name), number)
        return named
    spin = (
        CountedSpinBox(unit_suffix(spec.unit), parent, keep_outside=True, unit=spec.unit)
        if spec.unit
        else NumberField(parent, keep_outside=True)
    )
    spin.setRange(spec.minimum, spec.maximum)
    if spec.off_text:
        spin.set_off_number(_(spec.off_text))  # 0 is typed and stored, as in a script
    return spin


def _show(editor: Editor, value: int | str) -> None:
    if isinstance(editor, QLineEdit):
        editor.setText(str(value))
    elif isinstance(editor, QComboBox):
        editor.setCurrentIndex(max(0, editor.findData(value)))
    else:
        editor.setValue(int(value))
