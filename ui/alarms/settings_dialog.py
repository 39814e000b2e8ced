"""The alarm settings shared by every desk: lending without valid training (warn or block) and
how long borrowers stay in the loan history before they are pseudonymised."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QSpinBox, QWidget

from samverkan_desktop.i18n import _
from samverkan_desktop.services import alarm_loans, alarm_usage, settings
from samverkan_desktop.services.settings import ChoiceSpec, SettingSpec
from ui.context import AppContext
from ui.widgets.form_dialog import FormDialog


class AlarmSettingsDialog(FormDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(_("Alarm settings"), parent, ok_text=_("Save"), settings=ctx.settings)
        self.ctx = ctx
        training = settings.SPECS[alarm_loans.TRAINING_SETTING]
        retention = settings.SPECS[alarm_usage.RETENTION_SETTING]
        assert isinstance(training, ChoiceSpec) and isinstance(retention, SettingSpec)
        self.training_combo = QComboBox(self)
        for value, label in training.choices:
            self.training_combo.addItem(_(label), value)
        current = ctx.call(settings.get_choice, training.key)
        self.training_combo.setCurrentIndex(max(0, self.training_combo.findData(current)))
        self.add_row(training.key, _(training.label), self.training_combo)
        self.retention_spin = QSpinBox(self)
        self.retention_spin.setRange(retention.minimum, retention.maximum)
        self.retention_spin.setSuffix(" " + _("months"))
        self.retention_spin.setValue(ctx.call(settings.get_int, retention.key))
        self.add_row(retention.key, _(retention.label), self.retention_spin)
        self.setMinimumWidth(720)

    def save(self) -> None:
        self.ctx.call(
            settings.set_choice, alarm_loans.TRAINING_SETTING, self.training_combo.currentData()
        )
        self.ctx.call(settings.set_int, alarm_usage.RETENTION_SETTING, self.retention_spin.value())
