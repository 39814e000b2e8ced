"""An option whose values the usage hides behind a name ("--period PERIOD") lists them in its
help, as the other choices do: "samverkan print followup --help" told neither t1, t2 nor vb.
Codes argparse already shows ("{keep,skip,move}") are listed again only with their Swedish
meaning."""

from __future__ import annotations

import pytest

from tests.core.test_cli import run_cli


@pytest.mark.parametrize(
    ("words", "listed"),
    [
        (
            ["print", "followup"],
            "uppföljningsperioden (en av: t1 (jan–apr), t2 (maj–aug), vb (helår))",
        ),
        (
            ["rule"],
            "vad som händer med möten på helgdagar (en av: keep (Behåll mötet och markera det), "
            "skip (Hoppa över mötet), move (Flytta det till nästa arbetsdag))",
        ),
    ],
)
def test_the_help_names_the_values_an_option_takes(
    capsys: pytest.CaptureFixture[str], words: list[str], listed: str
) -> None:
    code, printed, _error = run_cli(capsys, *words, "--help")
    assert code == 0
    assert listed in " ".join(printed.split())  # as one line, however the help wraps it
