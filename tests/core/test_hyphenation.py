"""Where a word too long for its line may take a hyphen: between a compound's parts, marked as
the better breaks, else by syllable; never beside a linking "s" on the wrong side, nor inside
two letters read as one sound, nor with under two letters either side."""

from __future__ import annotations

from samverkan_desktop.hyphenation import break_points


def shown(word: str) -> list[str]:
    """The word's heads: "himmels|" between parts, "him-" by syllable."""
    return [word[: p.at] + ("|" if p.between_parts else "-") for p in break_points(word)]


def test_compounds_break_between_their_parts() -> None:
    assert shown("himmelsfärdsdag") == ["him-", "himmels|", "himmelsfärds|"]
    assert shown("Krisstödsgruppen") == ["Kris|", "Krisstöds|", "Krisstödsgrup-"]
    parts = [head for head in shown("Säkerhetssamordnarnätverket") if head.endswith("|")]
    assert parts == ["Säkerhets|", "Säkerhetssamordnar|"]
    assert "Nyårs|" in shown("Nyårsafton") and "Nyår-" not in shown("Nyårsafton")


def test_other_words_break_by_syllable_two_letters_either_side() -> None:
    assert shown("Norrmalms") == ["Norr-"]
    assert shown("Lappis") == ["Lap-"]
    assert shown("ringen") == []  # "ng" is one sound: not "rin-gen"
    assert shown("jul") == [] and shown("2026-12-01") == []
