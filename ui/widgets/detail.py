"""The pane beside a list that shows the selected record: a title, a subtitle, sections of text
and facts under headings, and optionally a table below (members, people).

Lines are created once and filled on each selection; an empty text section or fact hides
itself, so the pane shows only what is known. Text can be selected and copied.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QLabel,
    QListView,
    QScrollArea,
    QSplitter,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.hanging_points import hanging_html
from ui.widgets.link_keys import LinkLabel

# A section's title, in a pane or a form (the style lives with the container: set it there).
SECTION_HEADING_STYLE = """QLabel#sectionHeading { font-weight: 600; color: #1c3b5a; padding-top: 8px;
                        border-bottom: 1px solid #e1e7ee; padding-bottom: 3px; }"""
DETAIL_STYLE = (
    """
QWidget#detailPane { background: white; }
QFrame#detailFrame { background: white; border: 1px solid #d5dde6; border-radius: 6px; }
QLabel#detailTitle { font-size: 18px; font-weight: 600; color: #1c3b5a; }
QLabel#detailSubtitle { color: #5f6b7a; font-size: 13px; }
"""
    + SECTION_HEADING_STYLE
    + """
QLabel#factLabel { color: #5f6b7a; }
/* padding: the hint in its narrow strip kept off the list's scroll bar */
QLabel#placeholder { color: #6b7785; font-size: 13px; padding: 0 10px; }
"""
)
SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse
LABEL_GAP = 16  # between a fact's label and its value
FACT_SPACING = 5  # between the lines of facts


def section_heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("sectionHeading")
    return label


def _value_label(parent: QWidget) -> LinkLabel:
    label = LinkLabel(parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(SELECTABLE)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _marked_html(text: str, length: int, colour: QColor) -> str:
    """``text`` as markup, its first ``length`` characters in ``colour``; its lines kept."""

    def markup(part: str) -> str:
        return html.escape(part).replace("\n", "<br>")

    head, rest = markup(text[:length]), markup(text[length:])
    return f'<span style="color: {colour.name()};">{head}</span>{rest}'


class FactList(QWidget):
    """Lines of "label  value"; a line without a value is hidden."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows = QVBoxLayout(self)
        self._rows.setContentsMargins(0, 4, 0, 0)
        self._rows.setSpacing(FACT_SPACING)
        self._wrap_policy = QFormLayout.RowWrapPolicy.DontWrapRows
        self._forms: list[QFormLayout] = []
        self._form = self._new_form()  # the lines beside their labels, until one goes under
        self._values: dict[str, LinkLabel] = {}
        self._links: dict[str, str] = {}  # key: the plain text of a value shown as a link
        self._marked: dict[str, str] = {}  # key: the plain text of a value coloured in part
        self._headings: dict[str, QLabel] = {}  # key: the label over a value under it

    def _new_form(self) -> QFormLayout:
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        # The gap between label and value is the label's own right margin, not the form's
        # spacing: a form that puts a long value under its label (WrapLongRows) weighs a row
        # by the widest label and the value's least width but not the spacing between them,
        # so with spacing a value it kept beside its label stood out by the spacing, cut by the
        # pane's edge ("Första tisdagen varj" beside "Mötesregel" at 1024 px with a scroll bar).
        form.setHorizontalSpacing(0)
        form.setVerticalSpacing(FACT_SPACING)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setRowWrapPolicy(self._wrap_policy)
        self._rows.addLayout(form)
        self._forms.append(form)
        return form

    def wrap_long_rows(self) -> None:
        """A value whose long word does not fit beside its label goes under it, rather than
        widening the pane beyond its width at a laptop's size (cut at the right)."""
        self._wrap_policy = QFormLayout.RowWrapPolicy.WrapLongRows
        for form in self._forms:
            form.setRowWrapPolicy(self._wrap_policy)

    def add_fact(self, key: str, label: str, under: bool = False) -> QLabel:
        """``under``: the value a paragraph under its label, across the list's width (a meeting
        rule's four sentences took eight lines beside its label in a third of 1280 px). Not a
        form's row spanning both columns: QFormLayout then gave wrapped values the heights of
        other rows (a group's priority areas cut, its rule with a blank line)."""
        name = QLabel(label, self)
        name.setObjectName("factLabel")
        name.setContentsMargins(0, 0, LABEL_GAP, 0)
        # Beside the first line of its value: the form gives the label the row's first lines'
        # height, and centred in it "Möts" stood between "1 gång/månad (ej juni–" and "aug)".
        name.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        value = _value_label(self)
        self._values[key] = value
        if not under:
            self._form.addRow(name, value)
            return value
        self._headings[key] = name
        self._rows.addWidget(name)
        self._rows.addWidget(value)
        self._form = self._new_form()  # the lines after it
        return value

    def set_fact(
        self, key: str, text: str | None, colour: QColor | None = None, marked: str | None = None
    ) -> None:
        """``marked``: the start of ``text`` that alone carries ``colour`` (the date of a plan
        due to be exercised, not the exercise's title and the reason after it, which read as
        warnings too when the whole value was orange); by default the whole value."""
        value = self._values[key]
        if self._links.pop(key, None) is not None:
            value.setTextInteractionFlags(SELECTABLE)
        self._marked.pop(key, None)
        value.setTextFormat(Qt.TextFormat.PlainText)
        shown = text or ""
        if colour is not None and marked and shown != marked and shown.startswith(marked):
            self._marked[key] = shown
            value.setTextFormat(Qt.TextFormat.RichText)
            value.setText(_marked_html(shown, len(marked), colour))
            colour = None
        else:
            value.setText(shown)
        value.setStyleSheet(f"color: {colour.name()};" if colour is not None else "")
        heading = self._headings.get(key)
        if heading is None:
            self._form_of(value).setRowVisible(value, bool(text))
        else:
            heading.setVisible(bool(text))
            value.setVisible(bool(text))
        self._invalidate()

    def _form_of(self, value: QLabel) -> QFormLayout:
        return next(form for form in self._forms if form.indexOf(value) >= 0)

    def _invalidate(self) -> None:
        # QFormLayout keeps stale heights of wrapped labels after setText (a line gets cut).
        for form in self._forms:
            form.invalidate()
        if len(self._forms) > 1:
            self._align_labels()

    def _align_labels(self) -> None:
        """The values beside their labels in one column, though in forms above and below a
        value under its label: each form's labels as wide as the widest shown."""
        labels = [
            label
            for form in self._forms
            for row in range(form.rowCount())
            if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
            and isinstance(label := item.widget(), QLabel)
            and form.isRowVisible(row)
        ]
        widest = max((label.sizeHint().width() for label in labels), default=0)
        for label in labels:
            label.setMinimumWidth(widest)

    def set_link(self, key: str, text: str | None) -> None:
        """A value that opens something (the label's ``linkActivated`` gives ``key``), by mouse
        or by Tab and Enter or Space (``LinkLabel``)."""
        self.set_fact(key, text)
        if text:
            value = self._values[key]
            self._links[key] = text
            value.setTextFormat(Qt.TextFormat.RichText)
            value.href = key
            value.setText(f'<a href="{key}">{html.escape(text)}</a>')
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)

    def value_label(self, key: str) -> QLabel:
        return self._values[key]

    def label_of(self, key: str) -> QLabel:
        """The label beside (or over) a value."""
        heading = self._headings.get(key)
        if heading is not None:
            return heading
        value = self._values[key]
        label = self._form_of(value).labelForField(value)
        assert isinstance(label, QLabel)
        return label

    def fact(self, key: str) -> str:
        """The value shown on a line ("" when hidden)."""
        return self._links.get(key) or self._marked.get(key) or self._values[key].text()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            # QFormLayout keeps the wrapped values' heights of the old width too: a pane made
            # narrower cut their last line ("Sara Holm · Lokalpolisområde" without "Norrmalm").
            self._invalidate()


def rows_need(view: QAbstractItemView) -> int:
    """The height ``view`` (a list or a table) needs to show all its rows, their wrapped lines
    at its width; an empty one its least height."""
    model = view.model()
    rows = range(model.rowCount() if model is not None else 0)
    frame = 2 * view.frameWidth() if isinstance(view, QFrame) else 0
    if isinstance(view, QTableView):
        header = view.horizontalHeader()
        shown = sum(view.rowHeight(row) for row in rows) + frame
        shown += header.sizeHint().height() if not header.isHidden() else 0
    else:
        view.doItemsLayout()  # an item's wrapped lines at the list's width (hints say one line)
        spacing = 2 * view.spacing() if isinstance(view, QListView) else 0
        heights = (view.visualRect(model.index(row, 0)).height() + spacing for row in rows)
        shown = sum(heights) + frame
    return max(shown, view.minimumSizeHint().height())


class DetailPane(QWidget):
    """Title, subtitle and sections; ``placeholder`` shows while nothing is selected."""

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(DETAIL_STYLE)
        self._texts: dict[str, tuple[QLabel, QLabel]] = {}
        self._plain: dict[str, str] = {}  # each text as given, its points shown as markup
        self._stack = QStackedLayout(self)

        self.placeholder = QLabel(placeholder, self)
        self.placeholder.setObjectName("placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self._stack.addWidget(self.placeholder)

        frame = QFrame(self)
        frame.setObjectName("detailFrame")
        frame_layout = QVBoxLayout(frame)
        frame_layout.setContentsMargins(16, 12, 12, 12)
        self.title = QLabel(frame)
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(SELECTABLE)
        self.subtitle = QLabel(frame)
        self.subtitle.setObjectName("detailSubtitle")
        self.subtitle.setWordWrap(True)
        frame_layout.addWidget(self.title)
        frame_layout.addWidget(self.subtitle)

        body = QWidget()
        body.setObjectName("detailPane")
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 8, 8)
        self.sections = QVBoxLayout()
        self.sections.setSpacing(4)
        body_layout.addLayout(self.sections)
        # Kept at the top by a stretch below them, not by the layout's alignment: an aligned
        # layout gets its size hint's height, which counts a row of buttons wrapped in a narrow
        # pane as one line, and the last line of a long origin or name was cut off.
        body_layout.addStretch(1)
        self._body = body
        self._body_layout = body_layout
        self._scroll = scroll = QScrollArea(frame)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        scroll.setMinimumHeight(1)  # a record with nothing to say above its table leaves no gap
        self._splitter = QSplitter(Qt.Orientation.Vertical, frame)
        self._splitter.setChildrenCollapsible(False)
        self._splitter.addWidget(scroll)
        frame_layout.addWidget(self._splitter, 1)
        self._frame_layout = frame_layout
        self._stack.addWidget(frame)
        self._fitted = False  # the record shown was fitted (fit again at another size)
        self._need: tuple[int, int | None] = (
            0,
            None,
        )  # the sections' and the part below's, as last measured
        self._bottom_rows: QAbstractItemView | None = None  # the list of the part below
        # A divider the user dragged stays while the record is shown (resized, refreshed after
        # a change); another record is fitted anew: the fit is the record's own, a divider
        # kept from one with fewer facts would cut another's, or leave a gap under them.
        self._record: object = None
        self._dragged = False
        self._splitter.splitterMoved.connect(self._divider_dragged)

    # --- building --------------------------------------------------------------------------

    def add_heading(self, text: str) -> QLabel:
        label = section_heading(text, self)
        self.sections.addWidget(label)
        return label

    def add_text(self, key: str, heading: str) -> QLabel:
        """A heading with a paragraph under it; both hide when the text is empty."""
        title = self.add_heading(heading)
        text = _value_label(self)
        self.sections.addWidget(text)
        self._texts[key] = (title, text)
        self._plain[key] = ""
        return text

    def add_facts(self, heading: str | None = None) -> FactList:
        if heading:
            self.add_heading(heading)
        facts = FactList(self)
        self.sections.addWidget(facts)
        return facts

    def add_bottom(
        self,
        widget: QWidget,
        stretch: tuple[int, int] = (3, 2),
        rows: QAbstractItemView | None = None,
    ) -> None:
        """A part below the scrolling sections (a table), sharing the height by ``stretch``.
        ``rows``: the list in it (or the part itself), often empty or short: the part then
        needs no more than its rows (``bottom_need``), and sections taller than two thirds of
        the pane take the rest rather than scroll beside an empty list."""
        self._bottom_rows = rows
        self._splitter.addWidget(widget)
        self._splitter.setStretchFactor(0, stretch[0])
        self._splitter.setStretchFactor(1, stretch[1])
        self._splitter.setSizes([stretch[0] * 1000, stretch[1] * 1000])

    # --- filling ---------------------------------------------------------------------------

    def show_record(self, title: str, subtitle: str = "", record: object = None) -> None:
        """``record``: what identifies the record (its id): shown again (after a save), a
        divider the user dragged stays and the sections keep where they were scrolled to;
        another one (or None) is fitted anew and shown from its top."""
        if record is None or record != self._record:
            self._dragged = False
            # The pane kept where the record before was scrolled to: the next one opened with
            # its first heading and lines out of sight, as if cut (Grupper, 59f92ad8).
            self._scroll.verticalScrollBar().setValue(0)
        self._record = record
        self.title.setText(title)
        self.subtitle.setText(subtitle)
        self.subtitle.setVisible(bool(subtitle))
        self._stack.setCurrentIndex(1)

    def fit_sections(self) -> None:
        """After filling: the sections get the height they need (at most two thirds, or all
        that the part below leaves: ``bottom_need``), the part below the rest, so a short record
        leaves no empty gap. The fit depends on the record shown only: it is measured after the
        new title's layout, at the width without a scroll bar, with no size kept from the
        record shown before. A divider the user dragged for this record stays."""
        if self._splitter.count() < 2 or self._dragged:
            return
        self._fitted = True
        self._lay_out_frame()
        self._need = (self.sections_need(), self.bottom_need())
        self._share()

    def _share(self) -> None:
        """The splitter's height shared by the needs last measured."""
        total = sum(self._splitter.sizes())
        if total <= 0:
            return
        top_need, below = self._need
        most = total * 2 // 3
        if below is not None:
            most = max(most, total - below)
        top = min(top_need, most)
        self._splitter.setSizes([top, total - top])
        self._rethink_scroll_bar()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if not self._fitted or self._dragged or not self.showing_record():
            return
        if event.size().width() != event.oldSize().width():
            # The first record widens the pane beside its list after the fit; a narrower or
            # wider pane wraps the facts anew: measured again at the new width.
            self.fit_sections()
        else:
            # Only the height: the facts wrap as they did, their need is as measured.
            self._share()

    def _divider_dragged(self, _position: int, _index: int) -> None:
        self._dragged = True

    def bottom_need(self) -> int | None:
        """The height the part below needs for what it shows (an empty list: its least
        height), so the sections take the rest before they scroll; None (no ``rows`` given):
        it keeps a third at least."""
        rows = self._bottom_rows
        part = self._splitter.widget(1)
        if rows is None or part is None:
            return None
        # The part's heading, fields and buttons around the list (none: the part is the list).
        others = part.minimumSizeHint().height() - rows.minimumSizeHint().height()
        return others + rows_need(rows)

    def _lay_out_frame(self) -> None:
        """The frame laid out for the record now shown: a title on more or fewer lines than
        the last one's changed the splitter's height only when the layout's posted request was
        handled, after the fit (the splitter then shared the difference between its parts)."""
        self._frame_layout.invalidate()
        self._frame_layout.activate()

    def _rethink_scroll_bar(self) -> None:
        """The scroll area decides on its scroll bar at the viewport's width of the moment: a
        scroll bar of the record before (a narrower viewport, higher wrapped texts) stayed for
        sections given all they need. Without one first, it is shown only when they scroll."""
        scroll = self._scroll
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def sections_need(self) -> int:
        """The height the sections above the part below need at the pane's width (without a
        scroll bar). The layouts inside are brought up to date first, innermost first: a fact
        list lays itself out on its posted request, so its height of the record before was
        read (an action needing 211 px was measured at 366: the need of the one before it)."""
        body = self._body
        for widget in reversed(body.findChildren(QWidget)):
            inner = widget.layout()
            if inner is not None and widget.isVisibleTo(body):
                inner.activate()
        layout = self._body_layout
        layout.invalidate()
        layout.activate()
        width = self._scroll.maximumViewportSize().width()
        need = layout.heightForWidth(width) if layout.hasHeightForWidth() else -1
        if need <= 0:
            need = layout.sizeHint().height()
        return need + 8

    def room_for(self, part: QWidget, width: int) -> int:
        """The pane's width that gives ``part`` (a table below, inside it) ``width`` pixels: with
        the margins and frames around it. What a pane asks of the list beside it for a table's
        words whole (``RecordTable.whole_words_width``)."""
        room = width
        widget = part.parentWidget()
        while widget is not None:
            layout = widget.layout()
            if layout is not None:
                margins = layout.contentsMargins()
                room += margins.left() + margins.right()
            if isinstance(widget, QFrame):
                room += 2 * widget.frameWidth()
            if widget is self:
                break
            widget = widget.parentWidget()
        return room

    def show_placeholder(self) -> None:
        # The record and its divider are remembered: a list reloaded after a change chooses
        # none for a moment, then the same record again.
        self._fitted = False
        self._stack.setCurrentIndex(0)

    def showing_record(self) -> bool:
        return self._stack.currentIndex() == 1

    def set_text(self, key: str, text: str | None) -> None:
        """``text`` under its heading; lines after a bullet hang (their wrapped lines under
        their text)."""
        title, label = self._texts[key]
        self._plain[key] = text or ""
        label.ensurePolished()  # the font the bullet is measured in
        points = hanging_html(text or "", label.fontMetrics())
        label.setTextFormat(Qt.TextFormat.PlainText if points is None else Qt.TextFormat.RichText)
        label.setText(text or "" if points is None else points)
        title.setVisible(bool(text))
        label.setVisible(bool(text))

    def text_label(self, key: str) -> QLabel:
        return self._texts[key][1]

    def text(self, key: str) -> str:
        """The text as given (not the markup its points are shown in)."""
        return self._plain.get(key, "")
