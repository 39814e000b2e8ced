"""Start the window: ``run(sys.argv)``.

Opens (and migrates) the database, offers the example district on an empty one, shows the main
window. Problems with the database end in a clear Swedish message, never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from samverkan_desktop import i18n
from samverkan_desktop.db import Database, open_database
from samverkan_desktop.empty import is_empty
from samverkan_desktop.errors import DatabaseCorruptError, DomainError
from samverkan_desktop.i18n import _
from samverkan_desktop.paths import data_dir, default_database_url
from ui.context import AppContext, ChangeBus, Navigator
from ui.widgets.dialogs import show_error

log = logging.getLogger(__name__)
QT_TRANSLATION_DIRS = ("/usr/share/qt6/translations",)


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="samverkan-window", add_help=True)
    parser.add_argument("--db", metavar="URL", help="database address")
    parser.add_argument("--lang", choices=i18n.SUPPORTED_LANGUAGES, help="interface language")
    parser.add_argument(
        "--reception", action="store_true", help="full-screen lending and returns of alarm units"
    )
    # Qt's own options (-platform, -style ...) pass through untouched.
    args, _unknown = parser.parse_known_args(list(argv[1:]))
    return args


def _install_qt_translations(app: QApplication, language: str) -> None:
    """Qt's standard texts (context menus, colour dialog ...) in the same language if available."""
    if language == "en":
        return
    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), *QT_TRANSLATION_DIRS]
    for name in ("qtbase", "qt"):
        for folder in folders:
            translator = QTranslator(app)
            if translator.load(f"{name}_{language}", folder):
                app.installTranslator(translator)
                break
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))


def _log_to_file() -> None:
    logging.basicConfig(
        filename=str(data_dir() / "samverkan.log"),
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    # A programming error must not lose the user's work silently nor show a traceback.
    log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, error, tb)))
    show_error(
        None,
        _(
            "An unexpected error occurred: {reason}\nWhat you saved before is kept. "
            "The details are in the log file {path}."
        ).format(reason=error, path=data_dir() / "samverkan.log"),
    )


def _describe(url: str) -> str:
    if url.startswith("sqlite:///"):
        return str(Path(url.removeprefix("sqlite:///")))
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def open_or_explain(url: str) -> Database | None:
    try:
        return open_database(url)
    except DatabaseCorruptError as error:
        from ui.backups import recover_damaged

        return recover_damaged(url, error)  # offers a backup; never a silent reset
    except DomainError as error:
        show_error(None, error, _("The database cannot be opened"))
        return None


def offer_example(ctx: AppContext) -> None:
    from ui.first_start import FirstStartDialog

    if not ctx.call(is_empty):
        return
    from samverkan_desktop import demo  # only now: the example data is a tenth of start-up

    dialog = FirstStartDialog()
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.choice != FirstStartDialog.DEMO:
        return
    QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.BusyCursor))
    try:
        ctx.call(demo.load)
    except DomainError as error:
        show_error(None, error)
    finally:
        QGuiApplication.restoreOverrideCursor()


def _open_window(ctx: AppContext, place: str, reception: bool) -> QWidget:
    if reception:
        from ui.reception.window import ReceptionWindow

        reception_window = ReceptionWindow(ctx)
        reception_window.showFullScreen()
        return reception_window
    from ui.main_window import MainWindow

    window = MainWindow(ctx, place)
    window.show()
    return window


def roll_meetings_forward(ctx: AppContext) -> None:
    """Plan every group's meetings out to the rolling horizon, off the GUI thread.

    Cheap when nothing is due; after a long pause it may add many meetings, so the window opens
    first and the calendar refreshes when the work is done."""
    from samverkan_desktop.services.meeting_rules import extend_horizons
    from ui.runner import run_in_background

    def announce(added: int) -> None:
        if added:
            ctx.bus.announce("meetings", "calendar", "actions")

    run_in_background(
        lambda: ctx.db.call(extend_horizons),
        announce,
        lambda error: log.warning("Planning meetings ahead failed: %s", error.message),
    )


def run(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    _log_to_file()
    language = i18n.set_language(args.lang)
    app = QApplication.instance() or QApplication(list(argv))
    assert isinstance(app, QApplication)
    app.setApplicationName("Samverkan")
    app.setOrganizationName("Samverkan")
    app.setApplicationDisplayName(_("Samverkan"))
    _install_qt_translations(app, language)
    sys.excepthook = _excepthook

    url = args.db or default_database_url()
    db = open_or_explain(url)
    if db is None:
        return 1
    ctx = AppContext(db, QSettings(), ChangeBus(), Navigator())
    offer_example(ctx)

    window = _open_window(ctx, _describe(url), reception=args.reception)
    from ui.backups import start_daily_backup

    # Started once the window is up, so a failure can be told there (reception mode logs it).
    start_daily_backup(url, getattr(window, "show_warning", None))
    roll_meetings_forward(ctx)
    from ui.change_watcher import start_watching

    watcher = start_watching(ctx, window)  # another desk's changes show up here
    from ui import startup_probe

    if startup_probe.wanted():  # make bench: time to the first populated view
        startup_probe.report_when_shown(app)
    try:
        return app.exec()
    finally:
        watcher.stop()
        db.dispose()
