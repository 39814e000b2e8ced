"""Holidays kept on disk between runs: read back without the holidays package, recomputed when
the file is damaged or the package changed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from samverkan_desktop.recurrence import holiday_cache
from samverkan_desktop.recurrence.days import _holidays_of, holiday_name

CHRISTMAS = {dt.date(2031, 12, 25): "Juldagen"}


@pytest.fixture
def cache_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / holiday_cache.CACHE_FILE
    monkeypatch.setattr(holiday_cache, "_path", lambda: path)
    monkeypatch.setattr(holiday_cache, "_loaded", None)
    _holidays_of.cache_clear()  # the process keeps tables too: ask the file each time
    return path


def _never() -> dict[dt.date, str]:
    raise AssertionError("computed although the table is on disk")


def test_a_computed_year_is_read_back_from_disk(cache_file: Path) -> None:
    assert holiday_cache.holidays_of(2031, "sv", lambda: CHRISTMAS) == CHRISTMAS
    assert cache_file.exists()
    holiday_cache._loaded = None  # as in the next run of the program
    assert holiday_cache.holidays_of(2031, "sv", _never) == CHRISTMAS
    # Another language is another table.
    assert holiday_cache.holidays_of(2031, "en", lambda: {}) == {}


@pytest.mark.parametrize("damage", ["{not json", '{"signature": 1, "tables": []}', ""])
def test_a_damaged_file_means_computing_again(cache_file: Path, damage: str) -> None:
    cache_file.write_text(damage, encoding="utf-8")
    assert holiday_cache.holidays_of(2031, "sv", lambda: CHRISTMAS) == CHRISTMAS
    holiday_cache._loaded = None
    assert holiday_cache.holidays_of(2031, "sv", _never) == CHRISTMAS


def test_another_holidays_package_means_computing_again(
    cache_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    holiday_cache.holidays_of(2031, "sv", lambda: CHRISTMAS)
    monkeypatch.setattr(holiday_cache, "_signature", lambda: "a newer package")
    holiday_cache._loaded = None
    assert holiday_cache.holidays_of(2031, "sv", lambda: {}) == {}


def test_the_real_table_names_swedish_holidays(cache_file: Path) -> None:
    assert holiday_name(dt.date(2032, 6, 6)) == "Nationaldagen"
    assert holiday_name(dt.date(2032, 6, 7)) is None
    assert "2032:sv" in cache_file.read_text(encoding="utf-8")
