"""A place's position is read as typed in Sweden (decimal comma) or with a dot; anything else
is refused naming the field, with an example written the Swedish way."""

from __future__ import annotations

import pytest

from samverkan_desktop.errors import ValidationError
from samverkan_desktop.services.places import read_coordinate


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("59,3293", 59.3293),
        ("59.3293", 59.3293),
        (" 18,0686 ", 18.0686),
        ("-3,5", -3.5),
        ("", None),
    ],
)
def test_a_coordinate_is_read_with_comma_or_dot(typed: str, value: float | None) -> None:
    assert read_coordinate(typed, "latitude") == value


@pytest.mark.parametrize("typed", ["59°20'", "norr", "nan", "inf", "59,32,93"])
def test_what_is_not_a_number_is_refused_with_a_comma_example(typed: str) -> None:
    with pytest.raises(ValidationError) as refused:
        read_coordinate(typed, "longitude")
    assert refused.value.field == "longitude"
    assert str(refused.value) == "Longituden ska vara ett tal, t.ex. 18,0686."
