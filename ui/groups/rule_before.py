"""The rule editor's page for a group meeting before another group's meetings ("inför
chefsamråd"): which group, and how many days before (a week unless changed). The dates follow that
group's meetings; the rest of the rule (time, place, first and last day) is the editor's."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from samverkan_desktop import unit_words
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.recurrence import Frequency, Rule
from samverkan_desktop.recurrence.rule import MAX_LEAD_DAYS
from ui.widgets.counted_spin import CountedSpinBox


class BeforeGroupPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QComboBox(self)
        self.group.setObjectName("beforeGroup")
        self.group.setMinimumContentsLength(24)
        self.lead_days = CountedSpinBox(
            lambda n: ngettext(" day before", " days before", n),
            self,
            keep_outside=True,  # refused by RuleFields.rule, as typed
            unit=unit_words.days,
        )
        self.lead_days.setObjectName("leadDays")
        self.lead_days.setRange(1, MAX_LEAD_DAYS)
        self.lead_days.setValue(7)
        which = QHBoxLayout()
        which.addWidget(QLabel(_("Each meeting of"), self))
        which.addWidget(self.group, 1)
        lead = QHBoxLayout()
        lead.addWidget(self.lead_days)
        lead.addWidget(QLabel(_("(a weekend or public holiday: the working day before)"), self))
        lead.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(which)
        layout.addLayout(lead)

    def set_choices(self, groups: list[tuple[int, str]]) -> None:
        """The groups to choose from (the rule's own group left out)."""
        chosen = self.group.currentData()
        self.group.blockSignals(True)
        self.group.clear()
        for group_id, name in groups:
            self.group.addItem(name, group_id)
        self.group.setCurrentIndex(max(self.group.findData(chosen), 0))
        self.group.blockSignals(False)

    def set_rule(self, rule: Rule) -> None:
        index = self.group.findData(rule.before_group_id)
        if index < 0:  # ended since, or not yet listed: shown all the same
            self.group.addItem(rule.before_group or "?", rule.before_group_id)
            index = self.group.count() - 1
        self.group.setCurrentIndex(index)
        self.lead_days.setValue(rule.lead_days)

    def rule(self, common: dict[str, Any]) -> Rule:
        """The linked rule with the editor's time, place and term (no months, no exceptions)."""
        values = {**common, "months": (), "exdates": ()}
        return Rule(
            before_group_id=self.group.currentData(),
            before_group=self.group.currentText() or None,
            lead_days=self.lead_days.value(),
            **{**values, "frequency": Frequency.BEFORE_GROUP},
        )
