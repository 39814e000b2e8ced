"""A PostgreSQL server that does not answer (not started, a wrong port): one Swedish line
naming the host and port, "Kan inte ansluta till databasservern på 127.0.0.1:5999 – kör
servern?", not the driver's two English lines; those go to the log."""

from __future__ import annotations

import logging
import socket

import pytest

from tests.core.test_cli import run_cli


@pytest.fixture
def closed_port() -> int:
    """A port on loopback nothing listens on: taken from the system, then let go."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_an_unreachable_server_is_named_in_one_swedish_line(
    closed_port: int, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    url = f"postgresql+psycopg://samverkan:x@127.0.0.1:{closed_port}/samverkan"
    with caplog.at_level(logging.INFO, logger="samverkan_desktop.db_translation"):
        code, out, err = run_cli(capsys, "--db", url, "units", "list")
    assert (code, out) == (1, "")
    assert err == (
        f"Fel: Kan inte ansluta till databasservern på 127.0.0.1:{closed_port} – kör servern?\n"
    )
    assert "Connection refused" in caplog.text  # the driver's own words, for whoever helps
