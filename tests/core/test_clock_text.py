"""A plain time of day (a walk's or an exercise's start, a backup's stamp) is written by one
function as Swedish writes it, "18.30", in the window, the printouts and the Overview alike; a
backup's naive local stamp is written as it stands, not taken for UTC."""

from __future__ import annotations

import datetime as dt

from samverkan_desktop.formatting import clock_text, display_datetime, wall_datetime, with_clock


def test_a_time_of_day_is_written_with_a_dot() -> None:
    assert clock_text(dt.time(18, 30)) == "18.30"
    assert clock_text(dt.time(9, 5)) == "09.05"
    assert clock_text(dt.time(0, 0)) == "00.00"  # midnight is a time, not "no time"
    assert clock_text(None) == ""


def test_a_day_gets_its_time_after_it_when_there_is_one() -> None:
    assert with_clock("20 april 2021", dt.time(18, 30)) == "20 april 2021 kl.\u00a018.30"
    assert with_clock("20 april 2021", dt.time(0, 0)) == "20 april 2021 kl.\u00a000.00"
    assert with_clock("20 april 2021", None) == "20 april 2021"


def test_kl_and_its_time_stay_on_one_line() -> None:
    """A no-break space: a narrow pane or a printout broke "kl." / "22.00" over two lines."""
    said = with_clock("20 april 2021", dt.time(22, 0), dt.time(23, 30))
    assert said.endswith("kl.\u00a022.00–23.30")
    assert " " not in said.removeprefix("20 april 2021 ")  # the only break is before "kl."


def test_a_backups_local_stamp_is_written_as_it_stands() -> None:
    summer = dt.datetime(2026, 7, 1, 14, 5, 59)  # from "…-2026-07-01_140559-manual.sqlite3"
    assert wall_datetime(summer) == "2026-07-01 14.05"
    assert display_datetime(summer) == "2026-07-01 16.05"  # what taking it for UTC would show
