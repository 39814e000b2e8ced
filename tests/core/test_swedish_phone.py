"""Phone numbers as Excel left them (imports.swedish_phone): the 0 it dropped is put back only
where one reading is possible; otherwise the number is doubted, never changed."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from samverkan_desktop.imports.swedish_phone import restore_phone
from samverkan_desktop.services.validation import optional_phone

digits = st.text(alphabet="0123456789", min_size=1, max_size=14)


def mobiles() -> st.SearchStrategy[str]:
    """0701234567 as typed: 07 and eight digits."""
    return st.from_regex(r"\A07[0-9]{8}\Z")


def stockholm_numbers() -> st.SearchStrategy[str]:
    """08 and 6 to 8 digits (08-12 34 56, 08-508 10 000)."""
    return st.from_regex(r"\A08[1-9][0-9]{5,7}\Z")


def as_excel_number(typed: str) -> str:
    """What Excel keeps of digits typed in a cell: a number, its leading 0 gone."""
    return str(int(typed))


def as_scientific(number: str, *, decimal: str = ".", significant: int | None = None) -> str:
    """The number written as "4.6701234567E10" ("4,67012E+10" from Swedish Excel's CSV, with
    ``significant`` digits shown)."""
    shown = f"{int(number):.{(significant or len(number)) - 1}E}"
    mantissa, exponent = shown.split("E")
    return mantissa.replace(".", decimal) + "E" + exponent


@given(mobiles() | stockholm_numbers())
def test_a_swedish_number_excel_kept_as_a_number_gets_its_0_back(typed: str) -> None:
    restored = restore_phone(as_excel_number(typed))
    assert (restored.value, restored.doubt) == (typed, "")
    assert optional_phone(restored.value) == typed  # the register takes it as it is


@given(mobiles() | stockholm_numbers(), st.sampled_from([".", ","]))
def test_a_number_written_in_full_scientific_notation_is_read_back(
    typed: str, decimal: str
) -> None:
    restored = restore_phone(as_scientific(as_excel_number(typed), decimal=decimal))
    assert (restored.value, restored.doubt) == (typed, "")


@given(st.from_regex(r"\A[1-9][0-9]{8}\Z"))
@example("701234567")
def test_an_international_number_typed_with_plus_comes_back_with_it(national: str) -> None:
    """ "+46701234567" in a cell is the number 46701234567, saved as 4.6701234567E10."""
    number = "46" + national
    assert restore_phone(number).value == "+" + number
    assert restore_phone(as_scientific(number)).value == "+" + number


@given(st.from_regex(r"\A[1-9][0-9]{10}\Z"), st.integers(min_value=1, max_value=10))
@example("46701234567", 6)  # "4,67012E+10", as a narrow column shows and saves it
def test_a_number_excel_shortened_is_never_read_as_a_phone(number: str, shown: int) -> None:
    restored = restore_phone(as_scientific(number, decimal=",", significant=shown))
    assert restored.value == "" and "har kortats av Excel" in restored.doubt


@given(digits)
def test_restoring_only_ever_puts_a_0_or_a_plus_before_the_same_digits(text: str) -> None:
    """Never a changed digit: the number stands as it was, gets a 0 or + before it, or is
    doubted (and kept in the notes by the import)."""
    restored = restore_phone(text)
    if restored.doubt:
        assert restored.value == ""
        assert text.startswith(tuple("123456789")) and len(text) > 5
    else:
        assert restored.value in (text, "0" + text, "+" + text)


@given(digits.map(lambda text: "0" + text) | st.sampled_from(["112", "1177", "11414", "90000"]))
def test_a_number_with_its_0_and_a_short_number_stay_as_typed(text: str) -> None:
    assert restore_phone(text).value == text


@given(digits)
def test_a_restored_number_is_restored_no_further(text: str) -> None:
    once = restore_phone(text)
    if not once.doubt:
        assert restore_phone(once.value).value == once.value


@given(
    st.from_regex(r"\A[1-69][0-9]{5,8}\Z")  # another area code, or a foreign number
    | st.from_regex(r"\A7([0-9]{5,7}|[0-9]{9,11})\Z")  # no mobile has these lengths
    | st.from_regex(r"\A8[0-9]{5}\Z")  # an extension as likely as 08-12 34 5
    | st.from_regex(r"\A[1-9][0-9]{11,13}\Z")  # longer than a national number ever is
)
@example("31123456")  # 031-12 34 56, or a Norwegian number: which, the list does not say
def test_another_area_code_or_a_foreign_number_is_doubted_not_guessed(text: str) -> None:
    restored = restore_phone(text)
    assert restored.value == "" and "tappat sin inledande nolla" in restored.doubt


def test_the_country_code_keeps_no_trunk_0_and_a_written_plus_is_kept() -> None:
    assert restore_phone("+46 070-123 45 67").value == "+46 70-123 45 67"
    assert restore_phone("+46 70 123 45 67").value == "+46 70 123 45 67"
    assert restore_phone("+46 (0)70-123 45 67").value == "+46 (0)70-123 45 67"
