"""A layout that lines its widgets up left to right and wraps onto the next line when the width
runs out: a row of buttons that lets its page be narrow (a laptop at 125 % scaling) without
cutting a button or forcing the window wider. The usual Qt example, kept small; a widget may
grow into the room its line leaves (``grow``), never onto another line for it, and widgets may
go onto a new line together (``keep_together``) rather than one of them alone, and the first line
may leave room at its right for buttons the page puts there (``reserve_first_line``): the lines
under them then have the whole width."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


def shared_out(spare: int, wants: list[int]) -> list[int]:
    """``spare`` pixels shared evenly, each at most what it ``wants``: what the least wanting
    leave goes to the others."""
    given = [0] * len(wants)
    waiting = len(wants)
    for at in sorted(range(len(wants)), key=lambda i: wants[i]):
        given[at] = max(min(wants[at], spare // waiting), 0)
        spare -= given[at]
        waiting -= 1
    return given


class FlowLayout(QLayout):
    def __init__(
        self, parent: QWidget | None = None, spacing: int = 6, centred: bool = False
    ) -> None:
        """``centred``: each widget as tall as its line where it may be, else in the middle of
        it, as in a QHBoxLayout (a label "Från" beside a date field); else at the line's top."""
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._centred = centred
        self._widest: dict[QWidget, Callable[[], int]] = {}
        self._groups: list[tuple[QWidget, ...]] = []
        self._reserve: Callable[[], int] | None = None
        self.setContentsMargins(0, 0, 0, 0)

    def grow(self, widget: QWidget, widest: Callable[[], int]) -> None:
        """``widget`` takes up to ``widest()`` pixels where its line has room beside its size
        hint (a filter whose longest choice reads whole when the list is wide)."""
        self._widest[widget] = widest
        self.invalidate()

    def keep_together(self, *widgets: QWidget) -> None:
        """``widgets`` (side by side in the layout) wrap onto the next line together where the
        line lacks room for them all: "Öppna fil" and "Ta bort…", which act on the chosen
        file, rather than "Ta bort…" alone on a line as if it stood for the whole list."""
        self._groups.append(widgets)
        self.invalidate()

    def reserve_first_line(self, width: Callable[[], int]) -> None:
        """Leave ``width()`` pixels free at the right of the first line, for what the page
        places over the layout's top right corner (the calendar's "Nytt möte…" and outputs):
        beside a column of their own, the filters' later lines stopped short under them."""
        self._reserve = width
        self.invalidate()

    def _reserved(self, line: int) -> int:
        """The pixels line ``line`` (0 first) leaves free at its right."""
        if line or self._reserve is None:
            return 0
        return self._reserve() + self._spacing

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt's name)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        """All on one line."""
        width = height = 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + (self._spacing if width else 0)
            height = max(height, hint.height())
        return self._with_margins(QSize(width + self._reserved(0), height))

    def minimumSize(self) -> QSize:  # noqa: N802
        """As wide as the widest item: the rest wraps."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        return self._with_margins(size)

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _with_margins(self, size: QSize) -> QSize:
        margins: QMargins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        lines: list[list[QLayoutItem]] = [[]]
        x, y, line_height = area.x(), area.y(), 0
        visible = self._visible()
        for item in visible:
            hint = item.sizeHint()
            right = area.right() - self._reserved(len(lines) - 1)
            if x > area.x() and x + self._run_width(item, visible) > right + 1:
                x, y = area.x(), y + line_height + self._spacing
                line_height = 0
                lines.append([])
            lines[-1].append(item)
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        if move:
            self._place(lines, area)
        return y + line_height - rect.y() + margins.bottom()

    def _run_width(self, item: QLayoutItem, visible: list[QLayoutItem]) -> int:
        """The width ``item`` needs on its line: with those kept together with it when it is
        the first of them shown (the others then wrap only if the group is wider than a line)."""
        widget = item.widget()
        group = next((g for g in self._groups if widget in g), None)
        shown = [i for i in visible if group is not None and i.widget() in group]
        if not shown or shown[0] is not item:
            return item.sizeHint().width()
        return sum(i.sizeHint().width() for i in shown) + self._spacing * (len(shown) - 1)

    def _place(self, lines: list[list[QLayoutItem]], area: QRect) -> None:
        y = area.y()
        for at, line in enumerate(lines):
            hints = [item.sizeHint() for item in line]
            used = sum(h.width() for h in hints) + self._spacing * (len(line) - 1)
            room = area.width() - self._reserved(at)
            extra = shared_out(
                room - used, [self._wants(i, h) for i, h in zip(line, hints, strict=True)]
            )
            x = area.x()
            height = max((h.height() for h in hints), default=0)
            for item, hint, more in zip(line, hints, extra, strict=True):
                size, top = hint + QSize(more, 0), y
                if self._centred:  # as tall as the line where it may be (a label): as Qt does
                    size.setHeight(max(hint.height(), min(height, item.maximumSize().height())))
                    top += (height - size.height()) // 2
                item.setGeometry(QRect(QPoint(x, top), size))
                x += hint.width() + more + self._spacing
            y += height + self._spacing

    def _wants(self, item: QLayoutItem, hint: QSize) -> int:
        """The pixels ``item`` would grow by to be as wide as it may be (0: keeps its hint)."""
        widget = item.widget()
        widest = self._widest.get(widget) if widget is not None else None
        return max(widest() - hint.width(), 0) if widest is not None else 0
