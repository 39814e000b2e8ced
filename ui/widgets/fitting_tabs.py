"""A tab bar whose tabs fit its tab widget's width: where they do not on one line each, the
widest tab's text goes on two lines (broken between words, the lines as even as may be), then
the next widest, until they fit. A meeting's five tabs at 900 px ("Åtgärder (2 nya, 1 öppen
sedan tidigare)") ran past the window's edge behind scroll arrows; a tab's text is never cut
nor shortened, and ``tabText`` stays the whole text on one line. A count stays with its word:
the lines were "Åtgärder (2 nya, 1" over "öppen sedan tidigare)"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QStyleOptionTab, QTabBar, QTabWidget, QWidget

from ui.widgets.kept_together import NO_BREAK, counts_kept

MNEMONIC = Qt.TextFlag.TextShowMnemonic


def on_two_lines(text: str, width_of: Callable[[str], int], *, after_comma: bool = False) -> str:
    """``text`` broken between two words where its longer line is shortest; ``after_comma``:
    only after a comma ("Åtgärder (2 nya," / "1 öppen sedan tidigare)"), the text unbroken
    where it has none. Never between a count and its word, nor leaving a line without a word
    ("Närvaro" / "(2/3)")."""
    words = counts_kept(text).split(" ")
    breaks = []
    for at in range(1, len(words)):
        if after_comma and not words[at - 1].endswith(","):
            continue
        lines = (" ".join(words[:at]), " ".join(words[at:]))
        if all(_has_word(line) for line in lines):
            breaks.append("\n".join(lines).replace(NO_BREAK, " "))
    return min(breaks, key=width_of, default=text)


def _has_word(line: str) -> bool:
    return any(char.isalpha() for char in line)


class FittingTabBar(QTabBar):
    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self._tabs = tabs
        self._fitted: tuple[tuple[int, tuple[str, ...]], list[str]] | None = None
        # Before the tab widget lays out its bar for a new width: the tabs' sizes for it.
        tabs.installEventFilter(self)

    def shown_text(self, index: int) -> str:
        """The tab's text as the bar shows it ("\n" where it goes on two lines)."""
        return self._fit()[index]

    def _fit(self) -> list[str]:
        texts = tuple(self.tabText(index) for index in range(self.count()))
        key = (self._tabs.width(), texts)
        if self._fitted is not None and self._fitted[0] == key:
            return self._fitted[1]
        metrics = self.fontMetrics()

        def width_of(text: str) -> int:
            return metrics.size(MNEMONIC, text).width()

        whole = [super(FittingTabBar, self).tabSizeHint(i).width() for i in range(len(texts))]
        shown = list(texts)

        def total() -> int:
            pairs = zip(whole, texts, shown, strict=True)
            return sum(w - width_of(t) + width_of(s) for w, t, s in pairs)

        room = self._tabs.width()
        tried: set[int] = set()  # a tab broken, or with no break allowed ("Närvaro (2/3)")
        while total() > room:
            may_break = [i for i, s in enumerate(shown) if i not in tried and " " in s.strip()]
            if not may_break:
                break  # the style's scroll arrows, as before
            widest = max(may_break, key=lambda i: width_of(shown[i]))
            tried.add(widest)
            # After a comma where that is enough, else where the lines are most even.
            for after_comma in (True, False):
                shown[widest] = on_two_lines(texts[widest], width_of, after_comma=after_comma)
                if "\n" in shown[widest] and total() <= room:
                    break
        self._fitted = (key, shown)
        return shown

    def tabSizeHint(self, index: int) -> QSize:  # noqa: N802
        size = super().tabSizeHint(index)
        shown = self._fit()[index]
        whole = self.tabText(index)
        if shown == whole:
            return size
        metrics = self.fontMetrics()
        lines, line = metrics.size(MNEMONIC, shown), metrics.size(MNEMONIC, whole)
        return QSize(
            size.width() - line.width() + lines.width(),
            size.height() + lines.height() - line.height(),
        )

    def initStyleOption(self, option: QStyleOptionTab, tabIndex: int) -> None:  # noqa: N802, N803
        super().initStyleOption(option, tabIndex)
        option.text = self._fit()[tabIndex]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._tabs and event.type() == QEvent.Type.Resize:
            self.setElideMode(self.elideMode())  # lays the tabs out again (QTabBar's refresh)
        return super().eventFilter(watched, event)


def fitting_tabs(parent: QWidget | None = None) -> QTabWidget:
    """A tab widget with a ``FittingTabBar``."""
    tabs = QTabWidget(parent)
    tabs.setTabBar(FittingTabBar(tabs))
    return tabs
