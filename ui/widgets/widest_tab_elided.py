"""A tab bar whose widest tab gives way where the row lacks room: its text elided ("Sammanfattning
och avslut…"), whole in its tooltip, the other tabs whole, every tab in sight. Qt's scrolling
row hid a walk's last tab ("Uppföljning") behind two arrows at 900 px, and its eliding alone
takes alike from every tab ("Plane…")."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QTabBar, QTabWidget, QWidget


class WidestTabElided(QTabBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setElideMode(Qt.TextElideMode.ElideRight)
        self._cut: set[int] = set()  # the tabs whose tooltip this bar gave

    def _widest(self) -> int:
        return max(range(self.count()), key=lambda i: self.tabSizeHint(i).width(), default=-1)

    def minimumTabSizeHint(self, index: int) -> QSize:  # noqa: N802
        # Only the widest may be narrower than its text; with less room still, the row scrolls.
        if index == self._widest():
            return super().minimumTabSizeHint(index)
        return self.tabSizeHint(index)

    def tabLayoutChange(self) -> None:  # noqa: N802
        super().tabLayoutChange()
        for index in range(self.count()):
            if self.tabRect(index).width() < self.tabSizeHint(index).width():
                self.setTabToolTip(index, self.tabText(index).replace("&", ""))
                self._cut.add(index)
            elif index in self._cut:
                self.setTabToolTip(index, "")
                self._cut.discard(index)

    def elided(self) -> list[int]:
        """The tabs shown narrower than their text."""
        return sorted(self._cut)


def widest_tab_elided(tabs: QTabWidget) -> QTabWidget:
    """``tabs`` (before any tab is added) with a WidestTabElided bar, set as QTabWidget sets
    its own (the tab widget's frame is its base)."""
    bar = WidestTabElided(tabs)
    bar.setObjectName("qt_tabwidget_tabbar")
    bar.setDrawBase(False)
    tabs.setTabBar(bar)
    return tabs
