"""A reception desk's login on the shared database gets the reception's window even when the
program is started without --reception: the coordinator's window would be refused at every
view ("Ett oväntat fel inträffade: Din databasroll får inte …")."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from samverkan_desktop.cli import main as cli_main
from samverkan_desktop.db import open_database
from tests.core.alarm_data import make
from tests.core.db_logins import login
from tests.ui.windows import run_app
from ui.main_window import MainWindow
from ui.reception.window import ReceptionWindow


@pytest.fixture
def shared(pg_url: str) -> str:
    owner = open_database(pg_url)
    with owner.session() as s:
        make(s)
    owner.dispose()
    assert cli_main(["--db", pg_url, "db", "grant-roles"]) == 0
    return pg_url


@pytest.mark.postgres
@pytest.mark.usefixtures("app_settings")
@pytest.mark.parametrize(
    ("role", "kind"), [("reception", ReceptionWindow), ("coordinator", MainWindow)]
)
def test_a_login_opens_the_window_of_its_role(
    shared: str, monkeypatch: pytest.MonkeyPatch, role: str, kind: type[QWidget]
) -> None:
    # Started without --reception: the reception's login gets the desk, a coordinator's (a
    # member of no reception role, however the server answers) the coordinator's window.
    seen: list[str] = []
    argv = ["main.py", "--db", login(shared, role)]
    assert run_app(monkeypatch, argv, kind, lambda w: seen.append(w.windowTitle())) == 0
    assert seen
