"""The main window: a sidebar of areas and the area shown beside it.

Areas are built when first shown (quick start-up). Window geometry and the last area are
remembered between starts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop import __version__
from samverkan_desktop.i18n import _
from ui.areas import AREAS, AreaSpec
from ui.context import AppContext
from ui.file_print import FilePrintEntry
from ui.widgets.area import Area
from ui.widgets.dialogs import show_info
from ui.widgets.notice import NoticeBar
from ui.widgets.path_line import PathLine

if TYPE_CHECKING:
    from pathlib import Path

    from ui.reception.window import ReceptionWindow

DEFAULT_SIZE = (1400, 860)
# A window saved smaller than this (closed tiny, or by a test) opens at the usual size instead.
SMALLEST_RESTORED = (640, 400)
SIDEBAR_STYLE = """
QListWidget#sidebar { background: #1c3b5a; color: #e8eef4; border: none; font-size: 14px;
                      padding-top: 8px; outline: 0; }
QListWidget#sidebar::item { padding: 10px 14px; border-left: 4px solid transparent; }
QListWidget#sidebar::item:selected { background: #25507a; color: white;
                                     border-left: 4px solid #f0b429; }
QListWidget#sidebar::item:hover:!selected { background: #234a70; }
"""


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, location: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(_("Samverkan"))
        self._specs: list[AreaSpec] = list(AREAS)
        self._areas: dict[str, Area] = {}
        self.reception: ReceptionWindow | None = None  # reception mode, while open

        # Made in the widget that shows it: moved there by the layout, the sidebar's style
        # sheet was resolved and its items measured again.
        central = QWidget(self)
        self.sidebar = QListWidget(central)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setStyleSheet(SIDEBAR_STYLE)
        self.sidebar.setFixedWidth(210)
        self.sidebar.setIconSize(QSize(20, 20))
        for spec in self._specs:
            item = QListWidgetItem(self.style().standardIcon(spec.icon), _(spec.title))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.sidebar.addItem(item)
        self.stack = QStackedWidget(central)
        for _spec in self._specs:
            self.stack.addWidget(QWidget(self.stack))  # placeholder until first shown
        self.sidebar.currentRowChanged.connect(self._show_row)
        # A click on the area already shown is chosen too (no change of row to signal it).
        self.sidebar.itemClicked.connect(
            lambda item: self.choose(str(item.data(Qt.ItemDataRole.UserRole)))
        )

        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        # Above every area: warnings that need no answer now (e.g. the daily backup failed).
        self.notice = NoticeBar(central)
        notice_row = QVBoxLayout()
        notice_row.setContentsMargins(10, 8, 10, 2)  # skipped while the notice is hidden
        notice_row.addWidget(self.notice)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addLayout(notice_row)
        column.addWidget(self.stack, 1)
        layout.addLayout(column, 1)
        self.setCentralWidget(central)

        self.location = location
        self._build_menus()
        # A long path elided in its middle, the file's name kept, the whole in the tooltip: cut
        # at its end, the name was what went.
        self.database_line = PathLine(location, self, lead=_("Database:") + " ")
        self.database_line.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.statusBar().addPermanentWidget(self.database_line)
        ctx.navigator.requested.connect(self.navigate)
        ctx.navigator.subset_requested.connect(self.navigate_to_subset)

        self._place(ctx.settings.value("window/geometry"))
        last = ctx.settings.value("window/area", "overview")
        self.navigate(str(last) if last in self.area_keys() else "overview")

    def _place(self, geometry: object) -> None:
        """Where the window was left, if that is still a usable window on a screen of this
        machine (a window closed tiny, or on a screen since removed, would open lost); else the
        usual size, or the whole screen when that is smaller (a laptop at 125 %)."""
        if (
            isinstance(geometry, QByteArray)
            and not geometry.isEmpty()
            and self.restoreGeometry(geometry)
            and self._usable()
        ):
            return
        self.resize(*DEFAULT_SIZE)
        screen = self.screen()
        if QGuiApplication.platformName() == "offscreen" or screen is None:
            return  # no real screen (tests, the bench's probes): the usual size as it is
        available = screen.availableGeometry()
        if available.width() < DEFAULT_SIZE[0] or available.height() < DEFAULT_SIZE[1]:
            # Fitted as well: a desktop without a window manager ignores "maximised".
            self.resize(
                min(DEFAULT_SIZE[0], available.width()), min(DEFAULT_SIZE[1], available.height())
            )
            self.move(available.topLeft())
            self.setWindowState(Qt.WindowState.WindowMaximized)

    def show_at_final_size(self) -> None:
        """Show the window at the size it keeps. A child's minimum set by its style sheet (the
        Overview's 22 px heading) reached the window only once the child was shown: the window
        first showed narrower (798 px on the bench's 800 px screen, the saved 969 px cut to the
        screen), grew right after, and every Overview entry was fitted at both widths. So the
        sizes are asked afresh before the first show (show() polishes and lays out anyway)."""
        self.ensurePolished()  # the style sheets' fonts
        for widget in self.findChildren(QWidget):
            widget.updateGeometry()  # a hidden child's size hint is kept from before its polish
        for layout in self.findChildren(QLayout):
            layout.invalidate()
        top = self.layout()
        if top is not None:
            top.activate()  # the window's minimum, which grows it now, before it is shown
        self.show()

    def _usable(self) -> bool:
        if self.width() < SMALLEST_RESTORED[0] or self.height() < SMALLEST_RESTORED[1]:
            return False
        if self.isMaximized() or QGuiApplication.platformName() == "offscreen":
            return True
        frame = self.frameGeometry()
        return any(
            screen.availableGeometry().intersects(frame) for screen in QGuiApplication.screens()
        )

    def show_warning(self, text: str, paths: Sequence[Path] = ()) -> None:
        """A non-modal warning above the areas, until the user closes it; ``paths`` under its
        text, each on a line of its own."""
        self.notice.show_warning(text, paths)

    def area_keys(self) -> list[str]:
        return [spec.key for spec in self._specs]

    def area_titles(self) -> list[tuple[str, str]]:
        """(key, title as the sidebar shows it) of every area, in the sidebar's order."""
        return [(spec.key, _(spec.title)) for spec in self._specs]

    def area(self, key: str) -> Area:
        """The area's view, built on first use."""
        if key not in self._areas:
            index = self.area_keys().index(key)
            spec = self._specs[index]
            view = spec.factory(self.ctx)
            placeholder = self.stack.widget(index)
            assert placeholder is not None  # the stack holds a placeholder for every area
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.stack.insertWidget(index, view)
            self._areas[key] = view
        return self._areas[key]

    def navigate(self, key: str, record_id: int | None = None) -> None:
        if key not in self.area_keys():
            return
        index = self.area_keys().index(key)
        came_from = self.current_area_key()
        view = self.area(key)
        if self.sidebar.currentRow() != index:
            self.sidebar.setCurrentRow(index)
        self.stack.setCurrentIndex(index)
        if record_id is not None:
            self.ctx.navigator.came_from = came_from if came_from != key else None
            view.show_record(record_id)

    def choose(self, key: str) -> None:
        """The user chose the area ``key`` (sidebar, View menu): shown, and told so."""
        self.navigate(key)
        if key in self.area_keys():
            self.area(key).chosen()

    def navigate_to_subset(self, key: str, subset: str) -> None:
        """Show an area filtered to a list it knows (an Overview card's "Show all")."""
        if key in self.area_keys():
            self.navigate(key)
            self.area(key).show_subset(subset)

    def current_area_key(self) -> str:
        return self.area_keys()[self.stack.currentIndex()]

    def _current_title(self) -> str:
        return dict(self.area_titles())[self.current_area_key()]

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self._specs):
            self.navigate(self._specs[row].key)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(_("&File"))
        self.print_entry = FilePrintEntry(
            file_menu,
            self,
            lambda: (self.area(self.current_area_key()), self._current_title()),
        )
        file_menu.addSeparator()
        settings_action = QAction(_("&Settings…"), self)
        settings_action.setShortcut(QKeySequence("Ctrl+,"))
        settings_action.triggered.connect(self.open_settings)
        file_menu.addAction(settings_action)
        backups_action = QAction(_("&Backups…"), self)
        backups_action.triggered.connect(self.open_backups)
        file_menu.addAction(backups_action)
        start_over_action = QAction(_("Start over with an empty database…"), self)
        start_over_action.triggered.connect(self.start_over)
        file_menu.addAction(start_over_action)
        file_menu.addSeparator()
        quit_action = QAction(_("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))  # the platform's own is empty on some
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(_("&View"))
        for number, spec in enumerate(self._specs, start=1):
            action = QAction(_(spec.title), self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, key=spec.key: self.choose(key))
            view_menu.addAction(action)
        view_menu.addSeparator()
        self.reception_action = QAction(_("Reception mode"), self)
        self.reception_action.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.reception_action.triggered.connect(self.open_reception)
        view_menu.addAction(self.reception_action)

        help_menu = self.menuBar().addMenu(_("&Help"))
        about = QAction(_("&About Samverkan"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        shortcuts = QAction(_("&Keyboard shortcuts"), self)
        shortcuts.triggered.connect(self.show_shortcuts)
        help_menu.addAction(shortcuts)

    def show_about(self) -> None:
        # Where the data and the log are: what support asks first, and what an error names.
        from samverkan_desktop.paths import log_file

        show_info(
            self,
            _(
                "Samverkan {version}\nThe safety coordinator's tool for collaboration, "
                "meetings, safety walks, alarms and crisis preparedness."
            ).format(version=__version__)
            + "\n\n"
            + _("Database: {location}\nLog file: {log}").format(
                location=self.location, log=log_file()
            ),
            _("About Samverkan"),
        )

    def show_shortcuts(self) -> None:
        from ui.shortcuts_dialog import ShortcutsDialog, collect

        ShortcutsDialog(collect(self), self).exec()

    def open_settings(self) -> None:
        from ui.settings_dialog import CHANGES, SettingsDialog
        from ui.widgets.operations import run_form

        run_form(SettingsDialog(self.ctx, self), self.ctx, CHANGES)

    def start_over(self) -> None:
        from ui.backups_dialog import start_over

        start_over(self, self.ctx, settle_typed=self.settle_typed)

    def open_backups(self) -> None:
        from ui.backups_dialog import open_backups

        open_backups(self, self.ctx.db.url, settle_typed=self.settle_typed)

    def open_reception(self) -> None:
        """Lending and returns of alarm units, full screen (F11 there leaves it again). Asked
        for while open (the desk looked something up in this window), the same one comes
        forward with what was typed in it: a second would ask the initials again and hide the
        first with its half-done lending."""
        if self.reception is not None:
            self.reception.showFullScreen()
            self.reception.raise_()
            self.reception.activateWindow()
            return
        from ui.reception.window import ReceptionWindow

        self.reception = ReceptionWindow(self.ctx)
        self.reception.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.reception.destroyed.connect(self._reception_closed)
        self.reception.showFullScreen()

    def _reception_closed(self) -> None:
        self.reception = None

    def settle_typed(self) -> bool:
        """Text typed in any area and not saved is saved (or asked about): the area shown
        first, then those the user left (an area never built holds nothing typed, and is not
        built for this). False: the user stays, to copy what could not be saved. Asked when the
        window closes, and before a restore or a new empty database replaces the database
        under it (afterwards it would go into the other database, or be lost)."""
        shown = self.current_area_key()
        for key in [shown, *(key for key in self._areas if key != shown)]:
            if not self.area(key).window_closing(shown=key == shown):
                self.navigate(key)
                return False
        return True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.settle_typed():
            event.ignore()
            return
        self.ctx.settings.setValue("window/geometry", self.saveGeometry())
        self.ctx.settings.setValue("window/area", self.current_area_key())
        self.ctx.settings.sync()
        super().closeEvent(event)
