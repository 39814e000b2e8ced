"""The structured part of the meeting-rule editor, like Outlook's recurrence dialog: weekly or
every n weeks on weekdays, or in even or odd (ISO) weeks; monthly on a day or on the n-th weekday;
every n months or quarterly; only chosen months or all but some; or before each meeting of another
group ("inför chefsamråd", ``rule_before``); time, place, first day, last day and public holidays.

``rule()`` builds a ``Rule`` (its ValidationError names the field); ``set_rule`` fills the fields;
``changed`` tells the dialog to read the rule back again.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop import unit_words
from samverkan_desktop.errors import DomainError, ValidationError
from samverkan_desktop.formatting import MONTHS, WEEKDAYS
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.recurrence import Frequency, HolidayPolicy, Rule, WeekParity
from ui.groups.rule_before import BeforeGroupPage
from ui.widgets.calendar_key import CalendarKey
from ui.widgets.calendar_popup import calendar_popup
from ui.widgets.counted_spin import CountedSpinBox, nth_month_suffix
from ui.widgets.fields import EnumCombo, OptionalDateEdit
from ui.widgets.number_field import NumberField, refused_number
from ui.widgets.reload_offer import ERROR_STYLE
from ui.widgets.time_field import TimeEdit

EVERY_MONTH, EVERY_N_MONTHS, QUARTERLY, ONLY_MONTHS, EXCEPT_MONTHS = range(5)
ORDINALS = ((1, "first"), (2, "second"), (3, "third"), (4, "fourth"), (-1, "last"))
WORD_GAP = 6  # pixels either side of a word between two fields ("2026-01-01 till –")


def short_name(name: str) -> str:
    """ "Mån", "Tis" / "Jan", "Feb": the first three letters of a translated name."""
    return _(name)[:3].capitalize()


def duration_text(minutes: int) -> str:
    """ "(1 tim 30 min)", "(30 min)", "(2 tim)": how long a meeting is; empty when it is not."""
    if minutes <= 0:
        return ""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return _("({minutes} min)").format(minutes=rest)
    if not rest:
        return _("({hours} h)").format(hours=hours)
    return _("({hours} h {minutes} min)").format(hours=hours, minutes=rest)


class RuleFields(QWidget):
    changed = Signal()  # filled or edited: read the rule back again
    edited = Signal()  # changed by the user (not by set_rule)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filling = False
        self._exdates: tuple[dt.date, ...] = ()
        self._number_errors: dict[NumberField, QLabel] = {}  # the refusal line under each
        form = self._form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(8)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        self.frequency = QComboBox(self)
        self.frequency.setObjectName("frequency")
        self.frequency.addItem(_("Weekly"), Frequency.WEEKLY)
        self.frequency.addItem(_("Monthly"), Frequency.MONTHLY)
        self.frequency.addItem(_("Before another group's meetings"), Frequency.BEFORE_GROUP)
        form.addRow(_("Repeats"), self.frequency)

        self.before = BeforeGroupPage(self)
        before_lines = self.before.layout()
        assert before_lines is not None
        before_lines.addWidget(self._error_under(self.before.lead_days, self.before))
        self.pattern = QStackedWidget(self)
        self.pattern.addWidget(self._weekly_page())
        self.pattern.addWidget(self._monthly_page())
        self.pattern.addWidget(self.before)
        form.addRow("", self.pattern)

        self.months_part = self._months_part()
        form.addRow(_("Months"), self.months_part)

        times = QHBoxLayout()
        self.start_time = TimeEdit(self)
        self.start_time.setObjectName("startTime")
        self.end_time = TimeEdit(self, field="end_time")
        self.end_time.setObjectName("endTime")
        times.setSpacing(WORD_GAP)
        times.addWidget(self.start_time)
        times.addWidget(QLabel("–", self))
        times.addWidget(self.end_time)
        times.addSpacing(8)
        self.duration_label = QLabel(self)
        self.duration_label.setObjectName("durationLabel")
        times.addWidget(self.duration_label)
        times.addStretch(1)
        form.addRow(_("Time"), times)

        self.place = QLineEdit(self)
        self.place.setObjectName("place")
        self.place.setPlaceholderText(_("e.g. Karlavägen 104, room Tessin"))
        form.addRow(_("Place"), self.place)

        term = QHBoxLayout()
        self.starts_on = QDateEdit(self)
        self.starts_on.setObjectName("startsOn")
        self.starts_on.setDisplayFormat("yyyy-MM-dd")
        calendar_popup(self.starts_on)
        CalendarKey(self.starts_on)
        self.until = OptionalDateEdit(self)
        self.until.setObjectName("until")
        # "till" set apart from the dates as a word between them (it read squeezed).
        term.setSpacing(WORD_GAP)
        self.until_label = QLabel(_("until"), self)
        term.addWidget(self.starts_on)
        term.addWidget(self.until_label)
        term.addWidget(self.until)
        term.addStretch(1)
        form.addRow(_("From"), term)

        self.holidays = EnumCombo(HolidayPolicy, parent=self)
        self.holidays.setObjectName("holidayPolicy")
        form.addRow(_("Public holidays"), self.holidays)

        for signal in (
            self.frequency.currentIndexChanged,
            self.week_interval.valueChanged,
            self.week_parity.currentIndexChanged,
            self.month_day.valueChanged,
            self.ordinal.currentIndexChanged,
            self.ordinal_weekday.currentIndexChanged,
            self.month_mode.currentIndexChanged,
            self.month_interval.valueChanged,
            self.start_time.timeChanged,
            self.end_time.timeChanged,
            self.place.textChanged,
            self.starts_on.dateChanged,
            self.until.dateChanged,
            self.before.group.currentIndexChanged,
            self.before.lead_days.valueChanged,
        ):
            signal.connect(self._changed)
        # A number typed outside its range changes no value: read back, it is refused at once.
        numbers = (self.week_interval, self.month_day, self.month_interval, self.before.lead_days)
        for number in numbers:
            number.lineEdit().textEdited.connect(self._changed)
        # The holiday choice is not part of a phrase: changing it keeps the phrase.
        self.holidays.currentIndexChanged.connect(self._policy_changed)
        for box in [*self.weekdays, *self.months]:
            box.toggled.connect(self._changed)
        self.by_day.toggled.connect(self._changed)
        self._update_enabled()

    # --- parts -------------------------------------------------------------------------------

    def _weekly_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        every = QHBoxLayout()
        self.week_interval = NumberField(page, keep_outside=True, unit=unit_words.weeks)
        self.week_interval.setObjectName("weekInterval")
        self.week_interval.setRange(1, 52)
        self.week_unit = QLabel(page)  # "vecka på" after 1, "veckor på" after 2, as typed
        self.week_unit.setObjectName("weekUnit")
        self.week_interval.lineEdit().textChanged.connect(self._week_unit_follows)
        self._week_unit_follows()
        every.addWidget(QLabel(_("Every"), page))
        every.addWidget(self.week_interval)
        every.addWidget(self.week_unit)
        every.addStretch(1)
        layout.addLayout(every)
        layout.addWidget(self._error_under(self.week_interval, page))
        days = QHBoxLayout()
        self.weekdays = []
        for number, name in enumerate(WEEKDAYS):
            box = QCheckBox(short_name(name), page)
            box.setObjectName(f"weekday{number}")
            box.setToolTip(_(name).capitalize())
            self.weekdays.append(box)
            days.addWidget(box)
        days.addStretch(1)
        layout.addLayout(days)
        weeks = QHBoxLayout()
        self.week_parity = QComboBox(page)
        self.week_parity.setObjectName("weekParity")
        self.week_parity.addItem(_("all weeks"), None)
        self.week_parity.addItem(_("even weeks (2, 4 … 52)"), WeekParity.EVEN)
        self.week_parity.addItem(_("odd weeks (1, 3 … 53)"), WeekParity.ODD)
        weeks.addWidget(QLabel(_("Weeks"), page))
        weeks.addWidget(self.week_parity)
        weeks.addStretch(1)
        layout.addLayout(weeks)
        return page

    def _monthly_page(self) -> QWidget:
        page = QWidget(self)
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 0, 0, 0)
        self.by_day = QRadioButton(_("On day"), page)
        self.by_day.setObjectName("byDay")
        self.by_weekday = QRadioButton(_("On the"), page)
        self.by_weekday.setObjectName("byWeekday")
        group = QButtonGroup(page)
        group.addButton(self.by_day)
        group.addButton(self.by_weekday)
        self.month_day = NumberField(page, keep_outside=True)
        self.month_day.setObjectName("monthDay")
        self.month_day.setRange(1, 28)
        self.ordinal = QComboBox(page)
        self.ordinal.setObjectName("ordinal")
        for value, word in ORDINALS:
            self.ordinal.addItem(_(word), value)
        self.ordinal_weekday = QComboBox(page)
        self.ordinal_weekday.setObjectName("ordinalWeekday")
        for number, name in enumerate(WEEKDAYS):
            self.ordinal_weekday.addItem(_(name), number)
        grid.addWidget(self.by_day, 0, 0)
        grid.addWidget(self.month_day, 0, 1)
        grid.addWidget(self._error_under(self.month_day, page), 1, 1, 1, 3)
        grid.addWidget(self.by_weekday, 2, 0)
        grid.addWidget(self.ordinal, 2, 1)
        grid.addWidget(self.ordinal_weekday, 2, 2)
        grid.setColumnStretch(3, 1)
        return page

    def _error_under(self, field: NumberField, parent: QWidget) -> QLabel:
        """The line under a number field that says why its number is refused."""
        line = QLabel(parent)
        line.setStyleSheet(ERROR_STYLE)
        line.setWordWrap(True)
        line.hide()
        field.lineEdit().textEdited.connect(lambda _text: line.hide())
        self._number_errors[field] = line
        return line

    def show_refusal(self, error: DomainError) -> bool:
        """Say under its field why a number is refused; False: the refusal is no number's."""
        shown = False
        for field, line in self._number_errors.items():
            mine = field.objectName() == error.field
            line.setText(error.message if mine else "")
            line.setVisible(mine)
            shown = shown or mine
        self.pattern.adjustSize()  # the stack takes the line's height (or gives it back)
        return shown

    def refusal_under(self, field: NumberField) -> str:
        """What the line under ``field`` says ("" when it is hidden)."""
        line = self._number_errors[field]
        return "" if line.isHidden() else line.text()

    def clear_refusals(self) -> None:
        for line in self._number_errors.values():
            line.hide()

    def _week_unit_follows(self) -> None:
        n = self.week_interval.typed_value()
        self.week_unit.setText(ngettext("week on", "weeks on", n))

    def _months_part(self) -> QWidget:
        part = QWidget(self)
        layout = QVBoxLayout(part)
        layout.setContentsMargins(0, 0, 0, 0)
        mode = QHBoxLayout()
        self.month_mode = QComboBox(part)
        self.month_mode.setObjectName("monthMode")
        for text in (
            _("Every month"),
            _("Every n months"),
            _("Quarterly"),
            _("Only in the chosen months"),
            _("Every month except the chosen"),
        ):
            self.month_mode.addItem(text)
        self.month_interval = CountedSpinBox(
            nth_month_suffix,
            part,
            keep_outside=True,
            unit=unit_words.months,
        )
        self.month_interval.setObjectName("monthInterval")
        self.month_interval.setRange(2, 12)
        self.month_interval.setPrefix(_("every "))
        mode.addWidget(self.month_mode)
        mode.addWidget(self.month_interval)
        mode.addStretch(1)
        layout.addLayout(mode)
        layout.addWidget(self._error_under(self.month_interval, part))
        grid = QGridLayout()
        grid.setSpacing(3)
        self.months = []
        for number, name in enumerate(MONTHS):
            button = QToolButton(part)
            button.setObjectName(f"month{number + 1}")
            button.setText(short_name(name))
            button.setToolTip(_(name).capitalize())
            button.setCheckable(True)
            button.setMinimumWidth(44)
            self.months.append(button)
            grid.addWidget(button, number // 6, number % 6)
        layout.addLayout(grid)
        return part

    # --- state -------------------------------------------------------------------------------

    def _changed(self, *_args: object) -> None:
        self._update_enabled()
        if not self._filling:
            self.edited.emit()
            self.changed.emit()

    def _policy_changed(self, _index: int) -> None:
        if not self._filling:
            self.changed.emit()

    def _update_enabled(self) -> None:
        frequency = self.frequency.currentData()
        weekly = frequency is Frequency.WEEKLY
        linked = frequency is Frequency.BEFORE_GROUP  # its days, and holidays, are the other's
        self.pattern.setCurrentIndex(2 if linked else 0 if weekly else 1)
        # The stack takes the height of the page shown, not of its tallest (a blank row stood
        # under the group choice of a rule before another group's meetings).
        shown = self.pattern.currentWidget()
        for page in (self.pattern.widget(i) for i in range(self.pattern.count())):
            if page is not None:
                policy = (
                    QSizePolicy.Policy.Preferred if page is shown else QSizePolicy.Policy.Ignored
                )
                page.setSizePolicy(policy, policy)
        self.pattern.adjustSize()
        self._form.setRowVisible(self.months_part, not linked)
        self._form.setRowVisible(self.holidays, not linked)
        model = self.month_mode.model()
        for row in (EVERY_N_MONTHS, QUARTERLY):  # weekly rules count weeks, not months
            item = model.item(row)  # type: ignore[attr-defined]
            item.setEnabled(not weekly)
        if weekly and self.month_mode.currentIndex() in (EVERY_N_MONTHS, QUARTERLY):
            self.month_mode.setCurrentIndex(EVERY_MONTH)
        mode = self.month_mode.currentIndex()
        self.month_interval.setVisible(mode == EVERY_N_MONTHS)
        for button in self.months:
            button.setEnabled(mode in (ONLY_MONTHS, EXCEPT_MONTHS))
        # Even or odd weeks are every week of that kind: no "every n weeks" beside them.
        self.week_interval.setEnabled(self.week_parity.currentData() is None)
        self.week_parity.setEnabled(self.week_interval.value() == 1)
        self.month_day.setEnabled(self.by_day.isChecked())
        self.ordinal.setEnabled(not self.by_day.isChecked())
        self.ordinal_weekday.setEnabled(not self.by_day.isChecked())
        self.duration_label.setText(duration_text(self._duration_minutes()))

    def _duration_minutes(self) -> int:
        return self.start_time.time().secsTo(self.end_time.time()) // 60

    # --- reading and filling -----------------------------------------------------------------

    def holiday_policy(self) -> HolidayPolicy:
        return self.holidays.value()  # type: ignore[no-any-return]

    def rule(self) -> Rule:
        """The rule the fields describe (ValidationError with the field when it is not one)."""
        # A number typed outside its range is kept as typed and refused, not another saved.
        page = self.pattern.currentWidget()
        shown = [self.months_part] if page is None else [page, self.months_part]
        refused = refused_number(shown)
        if refused is not None:
            raise ValidationError(refused[1], field=refused[0].objectName())
        frequency = self.frequency.currentData()
        linked = frequency is Frequency.BEFORE_GROUP
        mode = EVERY_MONTH if linked else self.month_mode.currentIndex()
        chosen = tuple(n + 1 for n, b in enumerate(self.months) if b.isChecked())
        months: tuple[int, ...] = ()
        if mode == ONLY_MONTHS:
            if not chosen:
                raise ValidationError(_("Choose the months the group meets in."), field="months")
            months = chosen
        elif mode == EXCEPT_MONTHS:
            months = tuple(m for m in range(1, 13) if m not in chosen)
            if not months:
                raise ValidationError(_("Leave at least one month unmarked."), field="months")
        start = self.start_time.value()  # "25:00" typed: refused, naming the problem
        self.end_time.value()
        if self._duration_minutes() <= 0:
            raise ValidationError(_("The meeting must end after it starts."), field="end_time")
        common = {
            "starts_on": self.starts_on.date().toPython(),
            "frequency": frequency,
            "months": months,
            "start_time": start,
            "duration_minutes": self._duration_minutes(),
            "until": self.until.value(),
            "place": self.place.text(),
            "exdates": self._exdates,
        }
        if linked:
            return self.before.rule(common)
        if frequency is Frequency.WEEKLY:
            weekdays = tuple(n for n, b in enumerate(self.weekdays) if b.isChecked())
            return Rule(
                interval=self.week_interval.value(),
                weekdays=weekdays,
                week_parity=self.week_parity.currentData(),
                **common,
            )
        interval = {EVERY_N_MONTHS: self.month_interval.value(), QUARTERLY: 3}.get(mode, 1)
        if self.by_day.isChecked():
            return Rule(interval=interval, month_day=self.month_day.value(), **common)
        return Rule(
            interval=interval,
            ordinal=self.ordinal.currentData(),
            weekdays=(self.ordinal_weekday.currentData(),),
            **common,
        )

    def set_rule(self, rule: Rule, policy: HolidayPolicy | None = None) -> None:
        self._filling = True
        try:
            self._exdates = rule.exdates
            weekly = rule.frequency is Frequency.WEEKLY
            self.frequency.setCurrentIndex(self.frequency.findData(rule.frequency))
            self._update_enabled()
            if rule.is_linked:
                self.before.set_rule(rule)
            elif weekly:
                self.week_interval.setValue(rule.interval)
                parities = [self.week_parity.itemData(i) for i in range(self.week_parity.count())]
                self.week_parity.setCurrentIndex(parities.index(rule.week_parity))
                for number, box in enumerate(self.weekdays):
                    box.setChecked(number in rule.weekdays)
            else:
                by_day = rule.month_day is not None
                self.by_day.setChecked(by_day)
                self.by_weekday.setChecked(not by_day)
                if by_day:
                    self.month_day.setValue(rule.month_day or 1)
                else:
                    self.ordinal.setCurrentIndex(max(self.ordinal.findData(rule.ordinal), 0))
                    self.ordinal_weekday.setCurrentIndex(rule.weekdays[0])
            if rule.months:
                excluded = len(rule.months) >= 7  # a long list reads better as what is left out
                self.month_mode.setCurrentIndex(EXCEPT_MONTHS if excluded else ONLY_MONTHS)
                marked = rule.excluded_months if excluded else rule.months
                for number, button in enumerate(self.months):
                    button.setChecked(number + 1 in marked)
            else:
                for button in self.months:
                    button.setChecked(False)
                if weekly or rule.interval == 1:
                    self.month_mode.setCurrentIndex(EVERY_MONTH)
                elif rule.interval == 3:
                    self.month_mode.setCurrentIndex(QUARTERLY)
                else:
                    self.month_mode.setCurrentIndex(EVERY_N_MONTHS)
                    self.month_interval.setValue(rule.interval)
            self.start_time.setTime(QTime(rule.start_time.hour, rule.start_time.minute))
            self.end_time.setTime(QTime(rule.end_time.hour, rule.end_time.minute))
            self.place.setText(rule.place or "")
            start = rule.starts_on
            self.starts_on.setDate(QDate(start.year, start.month, start.day))
            self.until.set_value(rule.until)
            if policy is not None:
                self.holidays.set_value(policy)
        finally:
            self._filling = False
        self._update_enabled()
        self.changed.emit()

    def starts(self) -> dt.date:
        day = self.starts_on.date()
        return dt.date(day.year(), day.month(), day.day())
