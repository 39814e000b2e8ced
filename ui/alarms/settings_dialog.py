"""The alarm settings shared by every desk: lending without valid training (warn or block) and
how long borrowers stay in the loan history before they are pseudonymised. The Settings form
(Arkiv → Inställningar…) with the alarms' section only."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QSpinBox, QWidget

from samverkan_desktop.i18n import _
from samverkan_desktop.services import alarm_loans, alarm_usage
from ui.context import AppContext
from ui.settings_dialog import SettingsDialog


class AlarmSettingsDialog(SettingsDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, sections=("alarms.",), title=_("Alarm settings"))
        training = self.editors[alarm_loans.TRAINING_SETTING]
        retention = self.editors[alarm_usage.RETENTION_SETTING]
        assert isinstance(training, QComboBox) and isinstance(retention, QSpinBox)
        self.training_combo = training
        self.retention_spin = retention
