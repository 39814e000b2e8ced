"""Start the window: ``run(sys.argv)``.

Opens (and migrates) the database, offers the example district on an empty one, shows the main
window. Problems with the database end in a clear Swedish message, never a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, Qt, QTimer, QTranslator
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QApplication

from samverkan_desktop import clock, i18n
from samverkan_desktop.errors import (
    DatabaseCorruptError,
    DatabaseError,
    DomainError,
    MigrationFailedError,
)
from samverkan_desktop.i18n import _
from samverkan_desktop.paths import default_database_url, log_file
from ui.context import AppContext, ChangeBus, Navigator
from ui.widgets.dialogs import show_error

if TYPE_CHECKING:  # loaded when first needed: the window may open before the database layer
    from PySide6.QtWidgets import QWidget

    from samverkan_desktop.db import Database
    from samverkan_desktop.overview_items import OverviewSection
    from ui.change_watcher import ChangeWatcher

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
    try:
        filename: str | None = str(log_file())
    except DomainError:  # no folder of its own: said once the window can say it (run)
        filename = None  # on stderr meanwhile
    logging.basicConfig(
        filename=filename,
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    # A programming error must not lose the user's work silently nor show a traceback.
    log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, error, tb)))
    from samverkan_desktop.db_errors import user_error

    # The database's refusal in the user's words, never its SQL; a database error already in
    # them (a view that read without the runner) as it is, not as "an unexpected error: …".
    explained = error if isinstance(error, DatabaseError) else user_error(error)
    if explained is not None:
        show_error(None, explained)
        return
    show_error(
        None,
        _(
            "An unexpected error occurred: {reason}\nWhat you saved before is kept. "
            "The details are in the log file {path}."
        ).format(reason=error, path=log_file()),
    )


def _describe(url: str) -> str:
    if url.startswith("sqlite:///"):
        return str(Path(url.removeprefix("sqlite:///")))
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def open_or_explain(url: str) -> Database | None:
    from samverkan_desktop.db import open_database

    try:
        return open_database(url)
    except DatabaseCorruptError as error:
        from ui.backups import recover_damaged

        return recover_damaged(url, error)  # offers a backup; never a silent reset
    except MigrationFailedError as error:
        show_error(None, error, _("The upgrade of the database failed"))
        return None
    except DomainError as error:
        # A file the message names stands whole on a line of its own (not ours, say).
        file = [Path(_describe(url))] if url.startswith("sqlite:///") else []
        show_error(None, error, _("The database cannot be opened"), paths=file)
        return None


def _reception_login(ctx: AppContext) -> bool:
    """A shared database's reception login gets the reception's window even without
    --reception: the coordinator's would be refused at every view."""
    if not str(ctx.db.url).startswith("postgresql"):
        return False  # SQLite has no roles: no unit of work at start for it
    from samverkan_desktop import roles

    return ctx.call(roles.reception_only)


def offer_example(ctx: AppContext) -> None:
    """On an empty database: the example district, or an empty start, which is remembered
    (the welcome is not shown again for this database; closed unanswered, it is)."""
    from PySide6.QtWidgets import QDialog

    from samverkan_desktop.empty import decline_example, offers_example
    from ui.first_start import FirstStartDialog

    if not ctx.call(offers_example):
        return
    from samverkan_desktop import demo  # only now: the example data is a tenth of start-up

    dialog = FirstStartDialog()
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    if dialog.choice != FirstStartDialog.DEMO:
        try:
            ctx.call(decline_example)
        except DomainError as error:  # a role that may not write: asked again next time
            log.warning("The choice to start empty was not kept: %s", error.message)
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
    window.show_at_final_size()
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
        name="planning meetings ahead",
    )


PSEUDONYMISE_BATCH = 500  # loans per transaction: a lend waits at most for one batch


def pseudonymise_past_retention(ctx: AppContext) -> None:
    """Take the borrowers out of the loans returned longer ago than the retention period (the
    setting), off the GUI thread, a batch per transaction: the period is kept without anyone
    having to remember "Pseudonymise old loans…". A desk whose database role may not (the
    reception's, the read-only) leaves it to the coordinator's; that is only logged."""
    from samverkan_desktop.services.alarm_usage import pseudonymise_old_loans
    from ui.runner import run_in_background

    def work() -> int:
        total = 0
        while True:
            count = ctx.db.call(pseudonymise_old_loans, limit=PSEUDONYMISE_BATCH).count
            total += count
            if count < PSEUDONYMISE_BATCH:
                return total

    def done(total: int) -> None:
        if total:
            log.info("Pseudonymised %d loans past the retention period", total)
            ctx.bus.announce("alarms")

    run_in_background(
        work,
        done,
        lambda error: log.warning("Pseudonymising old loans failed: %s", error.message),
        name="pseudonymising old loans",
    )


def start_services(ctx: AppContext, url: str, window: QWidget) -> ChangeWatcher:
    """What runs beside the open window: the daily backup, planning meetings ahead, taking
    borrowers out of loans past the retention period, and watching for other desks' changes
    (returned, to be stopped at the end)."""
    from ui.backups import start_daily_backup
    from ui.change_watcher import start_watching

    # Started once the window is up, so a failure can be told there (main window or reception).
    start_daily_backup(url, getattr(window, "show_warning", None))
    roll_meetings_forward(ctx)
    pseudonymise_past_retention(ctx)
    return start_watching(ctx, window)  # another desk's changes show up here


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
    from ui.fonts import keep_capitals_whole
    from ui.gc_guard import collect_in_gui_thread

    collect_in_gui_thread(app)  # never in a worker thread: it may free widgets there
    sys.excepthook = _excepthook
    from ui import startup_probe

    try:
        url = args.db or default_database_url()
    except DomainError as error:  # no folder of its own for the database
        show_error(None, error, _("The database cannot be opened"))
        return 1
    settings = QSettings()
    if not args.reception:
        from ui import fast_start

        today = clock.today()
        snapshot = fast_start.current_snapshot(url, settings, language, today)
        if snapshot is not None:
            return _run_from_snapshot(app, url, settings, today, snapshot)

    keep_capitals_whole(app)  # before any dialog or window (the quick start: after its paint)
    db = open_or_explain(url)
    if db is None:
        return 1
    ctx = AppContext(db, settings, ChangeBus(), Navigator())
    login_of_reception = not args.reception and _reception_login(ctx)
    reception = args.reception or login_of_reception
    # The example is the coordinator's to load: at the desk its default (Enter) filled the
    # district's shared register with an invented one (and a reception login may not read what
    # the question asks about).
    if not reception:
        offer_example(ctx)
    window = _open_window(ctx, _describe(url), reception=reception)
    watcher = start_services(ctx, url, window)
    if startup_probe.wanted():  # make bench: time to the first populated view
        startup_probe.report_ready(app, then_live=True)
    try:
        return app.exec()
    finally:
        watcher.stop()
        db.dispose()


def _run_from_snapshot(
    app: QApplication,
    url: str,
    settings: QSettings,
    today: dt.date,
    snapshot: list[OverviewSection],
) -> int:
    """The window with the saved Overview first; the database right after the first paint."""
    from ui import startup_probe
    from ui.fast_start import FIRST_VIEW, DeferredDatabase, StartAborted
    from ui.fonts import give_room_now, keep_capitals_whole
    from ui.main_window import MainWindow
    from ui.overview.view import OverviewArea

    deferred = DeferredDatabase(url, open_or_explain)
    ctx = AppContext(deferred, settings, ChangeBus(), Navigator())  # type: ignore[arg-type]
    window = MainWindow(ctx, _describe(url))
    first = window.area(FIRST_VIEW)
    assert isinstance(first, OverviewArea)
    first.show_snapshot(today, snapshot)
    give_room_now(window, app)  # the style that does it for every later label comes after
    window.show_at_final_size()
    watchers: list[ChangeWatcher] = []

    def finish() -> None:
        app.processEvents()  # the snapshot is painted before the database layer loads
        if startup_probe.wanted():  # make bench: time to the first populated view
            startup_probe.ready_now()
        keep_capitals_whole(app)  # before anything else can open a label or tab
        try:
            deferred.open()
        except StartAborted:
            app.exit(1)
            return
        ctx.bus.announce(FIRST_VIEW)  # gathered again, from the database
        watchers.append(start_services(ctx, url, window))
        if startup_probe.wanted():
            startup_probe.report_live(app)

    QTimer.singleShot(0, finish)
    try:
        return app.exec()
    finally:
        for watcher in watchers:
            watcher.stop()
        deferred.dispose()
