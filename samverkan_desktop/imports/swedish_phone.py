"""A phone number as Excel left it, read back as the number the list meant.

Excel keeps "0701234567" typed in a cell as the number 701234567 (the leading 0 gone), and
"+46701234567" as 46701234567, shown and saved to CSV as "4,67012E+10" when the column is
narrow. A Swedish number without its 0 is put right only where one reading is possible: the
national number after the 0 has 7 to 9 digits, and only a mobile (7…, 9 digits) or a Stockholm
number (8…, 7 to 9 digits) can be told from a foreign one (Norway and Denmark dial 8 digits
with no 0). Anything else is not guessed: the caller keeps it in the notes with the reason."""

from __future__ import annotations

import re
from dataclasses import dataclass

from samverkan_desktop.i18n import _

# "4.6701234567E10", "4,6701234567E+10" (Swedish Excel's CSV), "4,67012E+10".
_SCIENTIFIC = re.compile(r"^([1-9])(?:[.,]([0-9]+))?[eE]\+?([0-9]{1,2})$")
_DIGITS = re.compile(r"^[0-9]+$")
# "+46 070-123 45 67": the 0 after the country code is never dialled.
_TRUNK_ZERO = re.compile(r"^\+46[\s\-]*0(?=[1-9])")
# Up to this many digits a number is a short one (112, 1177, 114 14) or an extension.
SHORT_NUMBER_DIGITS = 5


@dataclass(frozen=True)
class PhoneReading:
    value: str  # what the phone field gets (the text as it was when nothing needed doing)
    # Why the number is not used but kept in the notes ("" when ``value`` stands).
    doubt: str = ""


def restore_phone(text: str) -> PhoneReading:
    """``text`` with what Excel dropped put back, or the reason it cannot be."""
    original = cleaned = text.strip()
    scientific = _SCIENTIFIC.match(cleaned)
    if scientific is not None:
        digits = scientific.group(1) + (scientific.group(2) or "")
        length = int(scientific.group(3)) + 1
        if len(digits) < length:  # "4,67012E+10": the last digits are gone
            return PhoneReading(
                "",
                _(
                    "the phone “{value}” was shortened by Excel (its last digits are lost), "
                    "kept in the notes"
                ).format(value=original),
            )
        if len(digits) > length:
            return PhoneReading(cleaned)  # not a whole number: no phone, said by the validator
        cleaned = digits
    if _TRUNK_ZERO.match(cleaned):
        return PhoneReading(_TRUNK_ZERO.sub("+46 ", cleaned))
    if not _DIGITS.match(cleaned) or cleaned[0] == "0" or len(cleaned) <= SHORT_NUMBER_DIGITS:
        return PhoneReading(cleaned)
    if (cleaned[0] == "7" and len(cleaned) == 9) or (cleaned[0] == "8" and 7 <= len(cleaned) <= 9):
        return PhoneReading("0" + cleaned)
    if cleaned.startswith("46") and len(cleaned) in (10, 11) and cleaned[2] != "0":
        return PhoneReading("+" + cleaned)  # typed "+46…", the + taken as a plus sign
    return PhoneReading(
        "",
        _("the phone “{value}” may have lost its leading 0 in Excel, kept in the notes").format(
            value=original
        ),
    )
