"""The annual exercise plan: twelve month boxes with the exercises planned in each, this month
marked; a click on an exercise opens it."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop import clock
from samverkan_desktop.errors import DomainError
from samverkan_desktop.formatting import MONTHS, date_with_week
from samverkan_desktop.i18n import _
from samverkan_desktop.models import ExerciseStatus
from samverkan_desktop.services import exercise_reading
from samverkan_desktop.services.exercise_rows import ExerciseRow, PlanMonth
from ui.context import AppContext
from ui.widgets.page_labels import heading
from ui.widgets.view_number import ViewNumberField

MONTH_STYLE = """
QFrame#month { background: white; border: 1px solid #d5dde6; border-radius: 6px; }
QFrame#month[current="true"] { border: 2px solid #1c4e80; }
QLabel#monthName { font-weight: 600; color: #1c3b5a; }
"""
STATUS_COLOURS = {
    ExerciseStatus.PLANNED: "#1c4e80",
    ExerciseStatus.CONDUCTED: "#b54708",
    ExerciseStatus.EVALUATED: "#1e7b34",
    ExerciseStatus.CANCELLED: "#6b7785",
}


def exercise_link(row: ExerciseRow) -> str:
    colour = STATUS_COLOURS[row.status]
    # As every list and printout writes a date ("2026-12-22 (v. 52)"), not "22/12".
    day = f"{date_with_week(row.date)} " if row.date else ""
    title = html.escape(row.title)
    if row.status is ExerciseStatus.CANCELLED:
        title = f"<s>{title}</s>"
    return (
        f'<a href="{row.id}" style="color: {colour}; text-decoration: none;">{day}{title}</a>'
        f' <span style="color: #6b7785;">({html.escape(_(row.type.label))})</span>'
    )


class AnnualPlanView(QWidget):
    open_requested = Signal(int)
    print_requested = Signal(int)  # the year

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setStyleSheet(MONTH_STYLE)
        self.year = ViewNumberField(self)
        self.year.setRange(2000, 2100)
        # In December (or from the month set) the plan being made, next year's, once this
        # year's exercises are done; until then this year's (exercise_reading.plan_year).
        self.year.setValue(ctx.call(exercise_reading.plan_year, clock.today()))
        self.year.setObjectName("planYear")
        self.year.valueChanged.connect(lambda _y: self.reload())
        print_button = QPushButton(_("Print exercise plan…"), self)
        print_button.clicked.connect(lambda: self.print_requested.emit(self.year.value()))
        top = QHBoxLayout()
        top.addWidget(heading(_("Annual exercise plan"), self))
        top.addWidget(self.year)
        top.addWidget(self.year.refusal_line)
        top.addStretch(1)
        top.addWidget(print_button)
        self.unplaced = QLabel(self)
        self.unplaced.setWordWrap(True)
        self.unplaced.linkActivated.connect(lambda link: self.open_requested.emit(int(link)))
        grid = QGridLayout()
        grid.setSpacing(8)
        self.months: list[QLabel] = []
        self.frames: list[QFrame] = []
        for index, name in enumerate(MONTHS):
            frame = QFrame(self)
            frame.setObjectName("month")
            box = QVBoxLayout(frame)
            box.setContentsMargins(8, 4, 8, 6)
            box.setSpacing(2)
            title = QLabel(_(name), frame)
            title.setObjectName("monthName")
            body = QLabel(frame)
            body.setWordWrap(True)
            body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            body.setTextFormat(Qt.TextFormat.RichText)
            body.linkActivated.connect(lambda link: self.open_requested.emit(int(link)))
            box.addWidget(title)
            box.addWidget(body)
            # A box beside a taller one in its row keeps its name and text at the top: the
            # room left over goes below them, not into the labels (the name centred lower).
            box.addStretch(1)
            grid.addWidget(frame, index // 4, index % 4)  # a row per four months
            self.months.append(body)
            self.frames.append(frame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.unplaced)
        layout.addLayout(grid)
        layout.addStretch(1)

    def needed_height(self, width: int) -> int:
        """The height the heading and the months need at ``width`` (a month's lines wrapped)."""
        layout = self.layout()
        assert layout is not None
        layout.activate()
        if layout.hasHeightForWidth():
            return layout.heightForWidth(width)
        return layout.sizeHint().height()

    def reload(self) -> None:
        year = self.year.value()
        try:
            plan: list[PlanMonth] = self.ctx.call(exercise_reading.annual_plan, year)
        except DomainError:
            return
        by_month = {m.month: m.exercises for m in plan}
        today = clock.today()
        nothing = html.escape(_("nothing planned"))
        for number, (body, frame) in enumerate(zip(self.months, self.frames, strict=True), 1):
            rows = by_month.get(number, ())
            body.setText(
                "<br>".join(exercise_link(r) for r in rows)
                if rows
                else f'<span style="color: #9aa5b1;">{nothing}</span>'
            )
            frame.setProperty("current", year == today.year and number == today.month)
            frame.style().unpolish(frame)
            frame.style().polish(frame)
        unplaced = by_month.get(0, ())
        self.unplaced.setVisible(bool(unplaced))
        self.unplaced.setText(
            _("Not yet placed in a month: {list}").format(
                list=", ".join(exercise_link(r) for r in unplaced)
            )
        )

    def month_texts(self) -> list[str]:
        """What each month box shows, as plain text (for tests and screen readers)."""
        from PySide6.QtGui import QTextDocument

        texts = []
        for body in self.months:
            document = QTextDocument()
            document.setHtml(body.text())
            texts.append(document.toPlainText())
        return texts
