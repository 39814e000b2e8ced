"""The group form's Status, and beside it what the status means for a group still to start
(it reads "Planerad" in the list whatever is chosen), one saved planned whose start has come
(it reads "Aktiv", services.group_standing) or ended (another status brings it back): said,
rather than left to a refusal on saving or a list that reads otherwise than chosen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from samverkan_desktop import clock
from samverkan_desktop.i18n import _
from samverkan_desktop.models import GroupStatus
from ui.widgets.fields import EnumCombo


class StatusRow(QWidget):
    def __init__(self, statuses: Sequence[GroupStatus], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combo = EnumCombo(statuses, parent=self)
        self.combo.set_value(GroupStatus.ACTIVE)
        layout.addWidget(self.combo)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5f6b7a;")
        self.hint.hide()
        layout.addWidget(self.hint, 1)
        layout.addStretch(0)  # the combo at its own width while no hint is shown
        self.setFocusProxy(self.combo)

    def say(self, start: dt.date | None, ended_on: dt.date | None) -> None:
        """The hint for the status chosen, the start typed and the group's end (if ended)."""
        status = self.combo.value()
        if status is GroupStatus.ENDED and ended_on is not None:
            hint = _("Ended {date}. Choose Planned or Active to bring it back.").format(
                date=ended_on.isoformat()
            )
        elif status is not GroupStatus.ENDED and start is not None and start > clock.today():
            hint = _("Planned until it starts {date}.").format(date=start.isoformat())
        elif status is GroupStatus.PLANNED and start is not None:
            hint = _("Reads as active: it started {date}.").format(date=start.isoformat())
        else:
            hint = ""
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
