"""One translation mechanism: every user-visible string has a Swedish translation, and each
translation keeps the placeholders of its original (a missing {name} would crash at run time)."""

from __future__ import annotations

import string
from pathlib import Path

import pytest

from samverkan_desktop import i18n, i18n_build
from samverkan_desktop.i18n_build import load_catalog, missing_translations, unused_translations
from samverkan_desktop.i18n_catalog import LazyTranslations


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _texts(value: str | tuple[str, ...] | list[str] | None) -> tuple[str, ...]:
    """A catalog message's id or string: one text, one a plural form, or none."""
    if value is None:
        return ()
    return (value,) if isinstance(value, str) else tuple(value)


def test_every_source_string_has_a_swedish_translation() -> None:
    assert missing_translations("sv") == []


def test_no_translation_is_left_behind_by_a_reworded_text() -> None:
    """A text reworded in the code leaves its old Swedish behind; `python -m
    samverkan_desktop.i18n_build --unused` lists them (16 had piled up by 1 December)."""
    assert unused_translations("sv") == []


def test_translations_keep_their_placeholders() -> None:
    wrong = []
    for message in load_catalog("sv"):
        if not message.id:
            continue
        ids, strings = _texts(message.id), _texts(message.string)
        expected = _placeholders(ids[-1]) | _placeholders(ids[0])
        for translated in strings:
            if translated and _placeholders(translated) - expected:
                wrong.append((ids[0], translated))
            if (
                translated
                and not _placeholders(translated)
                and _placeholders(ids[0]) - {"n", "count"}
            ):
                wrong.append((ids[0], translated))
    assert wrong == []


def test_swedish_is_the_default_and_english_is_available() -> None:
    try:
        assert i18n.set_language(None) == "sv"
        assert i18n._("Name") == "Namn"
        i18n.set_language("en")
        assert i18n._("Name") == "Name"
    finally:
        i18n.set_language("sv")


def test_a_text_with_a_context_keeps_its_plain_translation_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """pgettext: the same English word in two senses ("Open" a door, an "Open" status) gets two
    Swedish words; the msgctxt entry overwrote the plain one when the .po files were merged."""
    (tmp_path / "sv").mkdir()
    (tmp_path / "sv" / "area.po").write_text(
        'msgid "Open"\nmsgstr "Öppna"\n\nmsgctxt "status"\nmsgid "Open"\nmsgstr "Öppen"\n',
        encoding="utf-8",
    )
    (tmp_path / "sv" / "other.po").write_text(
        'msgctxt "a door"\nmsgid "Close"\nmsgstr "Stäng"\n', encoding="utf-8"
    )
    monkeypatch.setattr(i18n_build, "LOCALE_DIR", tmp_path)
    with i18n_build.compile_language("sv").open("rb") as handle:
        monkeypatch.setattr(i18n, "_translations", LazyTranslations(handle))
    assert i18n._("Open") == "Öppna"
    assert i18n.pgettext("status", "Open") == "Öppen"
    assert i18n.pgettext("a door", "Close") == "Stäng"
    assert i18n._("Close") == "Close"  # only the door's is translated


def test_the_catalog_check_with_both_flags_lists_both(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`i18n_build --missing --unused` (the check run before every merge) ran only the first
    and said nothing of translations no code asks for."""
    monkeypatch.setattr(i18n_build, "missing_translations", lambda: [])
    monkeypatch.setattr(i18n_build, "unused_translations", lambda: ["ui.po: 'Gone'"])
    assert i18n_build.main(["--missing", "--unused"]) == 1
    assert capsys.readouterr().out == "ui.po: 'Gone'\n"
    monkeypatch.setattr(i18n_build, "unused_translations", lambda: [])
    assert i18n_build.main(["--missing", "--unused"]) == 0
    assert capsys.readouterr().out == ""  # nothing to say: not even an empty line
