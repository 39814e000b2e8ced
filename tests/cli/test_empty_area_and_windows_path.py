"""Two refusals of the command line's options: an empty `walks list --area` is refused as
empty, as --place is (it answered with the list of known areas, as for an area no place is
in); and a Windows path given as --db on this system is said not to be a database address
with the address's general form (it was offered "sqlite:////<this folder>/C:\\data\\x.sqlite",
a file named with backslashes in the current folder)."""

from __future__ import annotations

import pytest

from tests.cli.test_error_style import _refusal


@pytest.mark.parametrize("typed", ["", "  "])
def test_an_empty_area_is_refused_as_empty(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], typed: str
) -> None:
    assert _refusal(capsys, "--db", sqlite_url, "walks", "list", "--area", typed) == (
        "--area är tomt; ange ett område i platsregistret (walks places listar platserna och "
        "deras områden)."
    )


@pytest.mark.parametrize(
    "typed", ["C:\\data\\x.sqlite", "C:/data/x.sqlite", "data\\x.sqlite", "c:samverkan.db"]
)
def test_a_windows_path_as_database_address_suggests_only_the_general_form(
    capsys: pytest.CaptureFixture[str], typed: str
) -> None:
    assert _refusal(capsys, "--db", typed, "groups", "list") == (
        f"Ogiltig databasadress: {typed}; skriv en fil som "
        "sqlite:////hela/sökvägen/samverkan.sqlite3."
    )
