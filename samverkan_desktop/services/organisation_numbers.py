"""Swedish organisation numbers (organisationsnummer): ten digits written NNNNNN-NNNN, the last a
Luhn check digit over the first nine. Typed without the hyphen they are stored with it."""

from __future__ import annotations

import re

from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _

# Ten digits, the hyphen before the last four optional ("2120000142").
ORG_NUMBER_PATTERN = re.compile(r"^(\d{6})-?(\d{4})$")
EXAMPLE = "212000-0142"  # Stockholms stad's own: the form's placeholder shows it too


def check_digit(first_nine: str) -> int:
    """The Luhn digit that ends a number whose first nine digits are ``first_nine``."""
    total = 0
    for position, digit in enumerate(first_nine):
        value = int(digit) * (2 if position % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return (10 - total % 10) % 10


def organisation_number(value: str, field: str = "org_number") -> str:
    """``value`` (already cleaned, not empty) as NNNNNN-NNNN; refused naming what is wrong:
    not ten digits at all, or ten whose check digit does not add up (a digit mistyped)."""
    found = ORG_NUMBER_PATTERN.match(value)
    if found is None:
        raise ValidationError(
            _("“{value}” is not an organisation number; write it as {example}.").format(
                value=value, example=EXAMPLE
            ),
            field=field,
        )
    digits = found.group(1) + found.group(2)
    if check_digit(digits[:9]) != int(digits[9]):
        raise ValidationError(
            _(
                "The organisation number “{value}” does not add up: its last digit, the check "
                "digit, does not match the nine before it. Look for a digit typed wrong."
            ).format(value=value),
            field=field,
        )
    return f"{found.group(1)}-{found.group(2)}"
