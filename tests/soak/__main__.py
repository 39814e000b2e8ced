"""A long session at the coordinator's window, to see what it keeps:
``python -m tests.soak --minutes N [--rounds N] [--db FILE] [--classes] [--short]``.

Opens the main window offscreen on a copy of the example district (made fresh, or copied from
``--db``) with what runs beside it in the program (daily backup, planning ahead, the watcher of
other desks' changes), then plays rounds (tests/soak/rounds.py) and prints after each: live
widgets, Python objects and resident memory, with the growth since the round before. Growth that
goes on round after round, once the first few rounds have built every area, is a leak;
``--classes`` names the widget classes that grew.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is loaded


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m tests.soak", description=__doc__)
    parser.add_argument("--minutes", type=float, help="play rounds for this long")
    parser.add_argument("--rounds", type=int, help="at most this many rounds")
    parser.add_argument("--db", type=Path, help="a demo SQLite file to copy (default: a new one)")
    parser.add_argument("--classes", action="store_true", help="name the widget classes grown")
    parser.add_argument("--short", action="store_true", help="short rounds: a few dialogs each")
    args = parser.parse_args(argv)
    if args.minutes is None and args.rounds is None:
        parser.error("give --minutes, --rounds or both")
    return args


def demo_copy(folder: Path, source: Path | None) -> str:
    """The address of a demo database in ``folder``: ``source`` copied, or loaded anew."""
    from samverkan_desktop import clock, demo
    from samverkan_desktop.db import open_database

    target = folder / "samverkan.sqlite3"
    if source is not None:
        shutil.copyfile(source, target)
        return f"sqlite:///{target}"
    database = open_database(f"sqlite:///{target}")
    try:
        database.call(demo.load, clock.today())
    finally:
        database.dispose()
    return f"sqlite:///{target}"


def _quiet_offscreen(kind: object, context: object, message: str) -> None:
    """Qt's messages on stderr, less the offscreen platform's notes at every dialog and menu
    shown ("This plugin does not support propagateSizeHints()", "… raise()", …)."""
    if not message.startswith("This plugin does not support"):
        print(message, file=sys.stderr)


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    from PySide6.QtCore import QSettings, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from samverkan_desktop import i18n
    from samverkan_desktop.db import open_database
    from tests.soak.report import RoundPrinter
    from tests.soak.rounds import one_round, short_round
    from tests.soak.session import Soak
    from ui.app import start_services
    from ui.context import AppContext, ChangeBus, Navigator
    from ui.fonts import keep_capitals_whole
    from ui.gc_guard import collect_in_gui_thread
    from ui.main_window import MainWindow

    i18n.set_language("sv")
    qInstallMessageHandler(_quiet_offscreen)
    app = QApplication.instance() or QApplication(["soak"])
    assert isinstance(app, QApplication)
    collect_in_gui_thread(app)
    keep_capitals_whole(app)
    with tempfile.TemporaryDirectory(prefix="samverkan-soak-") as folder:
        url = demo_copy(Path(folder), args.db)
        db = open_database(url)
        settings = QSettings(str(Path(folder) / "soak.ini"), QSettings.Format.IniFormat)
        ctx = AppContext(db, settings, ChangeBus(), Navigator())
        window = MainWindow(ctx, url)
        window.show()
        watcher = start_services(ctx, url, window)
        soak = Soak(
            window,
            RoundPrinter(args.classes),
            rounds=args.rounds,
            minutes=args.minutes,
            play=short_round if args.short else one_round,
        )
        soak.player.ended.connect(app.quit)
        soak.start()
        app.exec()
        watcher.stop()
        window.close()
        db.dispose()
    if soak.player.error is not None:
        print(f"The soak stopped: {soak.player.error!r}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
