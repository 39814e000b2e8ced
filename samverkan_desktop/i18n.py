"""One translation mechanism (gettext) for the window, the printouts and the command line.

User text is written in English in the code and wrapped in ``_()``; Swedish is the default
language. Catalogs live in ``resources/locale/<lang>/*.po`` (one file per area, so areas can be
translated independently) and are compiled into ``<lang>/LC_MESSAGES/samverkan.mo`` by
``python -m samverkan_desktop.i18n_build`` (run by ``make``).

Strings defined at import time (enum labels) are marked with ``N_()`` and translated with
``_()`` where they are shown, so switching the language later still works.
"""

from __future__ import annotations

import gettext as _gettext
import os

from samverkan_desktop.i18n_catalog import LazyTranslations
from samverkan_desktop.paths import LOCALE_DIR

DOMAIN = "samverkan"
DEFAULT_LANGUAGE = "sv"
SUPPORTED_LANGUAGES = ("sv", "en")

_translations: _gettext.NullTranslations = _gettext.NullTranslations()
_language = "en"
# The catalog last read and the file it was read from (path, size, modification time): setting
# the same language again (at import, then from the command line) does not read it again.
_read: tuple[tuple[str, int, int], LazyTranslations] | None = None


def set_language(language: str | None = None) -> str:
    """Activate a language (default: SAMVERKAN_LANG or Swedish); returns the one in force."""
    global _translations, _language, _read
    language = language or os.environ.get("SAMVERKAN_LANG") or DEFAULT_LANGUAGE
    if language not in SUPPORTED_LANGUAGES:
        language = DEFAULT_LANGUAGE
    if language == "en":
        _translations = _gettext.NullTranslations()
    else:
        # Read the file ourselves: gettext.translation() caches by path, which would keep a
        # catalog that was rebuilt while the program runs (tests, the build step).
        # A changed file (same path, other size or time) is read again. Each text is decoded
        # when first asked for (i18n_catalog): the window shows a few hundred of thousands.
        path = LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.mo"
        try:
            with path.open("rb") as handle:
                info = os.fstat(handle.fileno())
                key = (str(path), info.st_size, info.st_mtime_ns)
                if _read is None or _read[0] != key:
                    _read = (key, LazyTranslations(handle))
                _translations = _read[1]
        except OSError:
            _translations = _gettext.NullTranslations()
    _language = language
    return language


def current_language() -> str:
    return _language


def _(message: str) -> str:
    return _translations.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _translations.ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    return _translations.pgettext(context, message)


def ordinal_number(n: int) -> str:
    """``n`` as an ordinal in figures: "4:e", "21:a" in Swedish (":a" after a last digit 1 or 2,
    but "11:e", "12:e"); "4th", "21st" in English. A rule, not a catalog entry: gettext picks a
    text by one number's plural form, and Swedish "var {n}:e" was wrong for 21, 22, 31 ..."""
    tens, last = n % 100, n % 10
    if _language == "sv":
        return f"{n}:a" if last in (1, 2) and tens not in (11, 12) else f"{n}:e"
    suffix = "th" if 11 <= tens <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(last, "th")
    return f"{n}{suffix}"


def N_(message: str) -> str:
    """Mark a string for extraction without translating it now."""
    return message


set_language()
