"""Property-based tests of the meeting frequency phrase reader: whatever is typed, it answers
with a rule or a DomainError carrying a Swedish message (never another exception), and it never
guesses silently: a word it does not know makes it refuse and name that word."""

from __future__ import annotations

import ast
import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from samverkan_desktop.db import Database
from samverkan_desktop.errors import DomainError, ValidationError
from samverkan_desktop.paths import PROJECT_ROOT
from samverkan_desktop.recurrence import HolidayPolicy, describe, occurrences, parse_phrase
from samverkan_desktop.services.meeting_rules import read_phrase

START = dt.date(2026, 11, 30)
_WORDS = (
    "1 2 4 6 12 999999 0 en två tre gång gånger ggr / per månad månaden år året vecka veckan "
    "kvartal varje varannan var annan tredje 3:e 9:e första andra sista tisdag tisdagen "
    "torsdagar måndagar fredag och i kl klockan 9 9.30 25:99 13-15 18-17 förmiddag kväll fm em "
    "(ej juli) juni utom jan-mar sommaren endast den 31 31:a 2026-02-30 2026-03-12 från till "
    "t.o.m. ej inte kvartalsvis årligen halvårsvis veckovis , - ( ) plats: Rådhuset jämna udda "
    "ojämna veckor vardag vardagar mån fre tors –"
)
VOCABULARY = tuple(_WORDS.split(" "))
VALID = (
    "1 gång/månad (ej juli)",
    "varannan vecka",
    "första tisdagen i månaden kl 9",
    "4 gånger/år",
    "varje torsdag förmiddag",
    "torsdagar kl 13-15",
    "kvartalsvis",
    "sista fredagen i månaden",
    "varje måndag kl 18",
    "2 gånger/år",
    "den 15 i månaden kl 8.30-10",
    "tisdagar jämna veckor",
    "udda veckor onsdag kl 13",
    "varje vardag",
    "mån–fre kl 8.30",
)
phrases = st.one_of(
    st.lists(st.sampled_from(VOCABULARY), max_size=8).map(" ".join),
    st.text(max_size=60),
    st.sampled_from(VALID),
)


def _english_fragments() -> set[str]:
    """Stretches of English from the reader's own messages; none may reach the user in Swedish."""
    fragments = set()
    for path in (PROJECT_ROOT / "samverkan_desktop" / "recurrence").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "_"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                # Quoted parts are Swedish examples of phrases, kept as they are.
                english = re.sub(r"“[^”]*”", " ", str(node.args[0].value))
                for piece in re.split(r"\{\w+\}|[“”'.:,()]", english):
                    if len(piece.strip().split()) >= 2:
                        fragments.add(piece.strip())
    return fragments


ENGLISH = _english_fragments()


def _check_message(error: DomainError) -> None:
    assert error.message.strip(), "an empty message"
    assert "\n" not in error.message.strip()
    english = [f for f in ENGLISH if f in error.message]
    assert not english, f"untranslated: {english} in {error.message!r}"


def test_the_english_fragments_were_found() -> None:
    assert len(ENGLISH) > 10
    assert any("how often" in f for f in ENGLISH)


@settings(max_examples=400, deadline=None)
@given(phrases)
@example("var 999999:e vecka")
@example("den 31 i månaden")
@example("1 gång/år i februari den 30")
@example("kl 9-9")
@example("första\ntisdagen i\tmånaden xyz")
@example("varje\ntisdag varje\nonsdag 1 gång/månad")
def test_the_reader_answers_with_a_rule_or_a_swedish_message(text: str) -> None:
    try:
        rule = parse_phrase(text, starts_on=START)
    except ValidationError as error:
        _check_message(error)
        return
    # A rule that was read can be described and planned without surprises.
    assert describe(rule)
    try:
        occurrences(rule, START, START + dt.timedelta(days=400), HolidayPolicy.MOVE)
    except DomainError as error:
        _check_message(error)


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(VALID),
    st.text(alphabet="bcdfghjkqxz", min_size=4, max_size=8),
    st.integers(min_value=0, max_value=10),
)
def test_an_unknown_word_is_named_never_guessed_around(phrase: str, word: str, at: int) -> None:
    parse_phrase(phrase, starts_on=START)  # the phrase itself is understood
    words = phrase.split(" ")
    words.insert(at % (len(words) + 1), word)
    with pytest.raises(ValidationError) as raised:
        parse_phrase(" ".join(words), starts_on=START)
    assert word in raised.value.message
    _check_message(raised.value)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(phrases, st.sampled_from([None, 987654]))
def test_read_phrase_with_group_defaults_raises_only_domain_errors(
    sqlite_db: Database, text: str, group_id: int | None
) -> None:
    try:
        sqlite_db.call(read_phrase, group_id, text, START)
    except DomainError as error:
        _check_message(error)


def test_a_phrase_far_too_long_is_refused_quickly(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="för lång"):
        parse_phrase("varje tisdag " * 1000, starts_on=START)
