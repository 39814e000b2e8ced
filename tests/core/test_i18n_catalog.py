"""The catalog read on demand (samverkan_desktop.i18n_catalog) answers exactly as gettext's own
reader of the whole file, for every text of the program, and decodes only what is asked for."""

from __future__ import annotations

import gettext
import io

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

from samverkan_desktop import i18n
from samverkan_desktop.i18n_build import conflicting_translations, load_catalog
from samverkan_desktop.i18n_catalog import LazyTranslations
from samverkan_desktop.paths import LOCALE_DIR

MO = LOCALE_DIR / "sv" / "LC_MESSAGES" / f"{i18n.DOMAIN}.mo"


def _both(data: bytes) -> tuple[gettext.GNUTranslations, LazyTranslations]:
    return gettext.GNUTranslations(io.BytesIO(data)), LazyTranslations(io.BytesIO(data))


def test_every_swedish_text_reads_as_gettext_reads_it() -> None:
    whole, lazy = _both(MO.read_bytes())
    messages = [message for message in load_catalog("sv") if message.id]
    assert len(messages) > 1000
    for message in messages:
        if isinstance(message.id, tuple):
            singular, plural = str(message.id[0]), str(message.id[1])
            for n in (0, 1, 2, 5):
                assert lazy.ngettext(singular, plural, n) == whole.ngettext(singular, plural, n)
        elif message.context:
            context, text = str(message.context), str(message.id)
            assert lazy.pgettext(context, text) == whole.pgettext(context, text), text
        else:
            assert lazy.gettext(str(message.id)) == whole.gettext(str(message.id)), message.id
    assert lazy.gettext("No such text in the catalog") == "No such text in the catalog"
    assert lazy.info() == whole.info() and lazy.charset() == whole.charset()


def test_contexts_plurals_and_a_missing_text() -> None:
    catalog = Catalog(locale="sv", domain="test", last_translator="Åsa Öberg <asa@example.se>")
    catalog.add("Open", "Öppna")
    catalog.add("Open", "Öppen", context="status")  # the same text in two senses
    catalog.add("Open", "Öppet", context="a door")
    # Babel writes by text, then context: this one lands between "Close" and "Open", out of the
    # keys' byte order ("zone\x04Close" > "Open").
    catalog.add("Close", "Stäng")
    catalog.add("Close", "Zonen stängs", context="zone")
    catalog.add(("{n} loan", "{n} loans"), ("{n} lån", "{n} lån"))
    catalog.add(("{n} day", "{n} days"), ("{n} dag", "{n} dagar"))
    catalog.add("Åsa", "Åsa (sv)")
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    whole, lazy = _both(buffer.getvalue())
    assert lazy.gettext("Open") == whole.gettext("Open") == "Öppna"
    assert lazy.pgettext("status", "Open") == "Öppen"
    assert lazy.pgettext("a door", "Open") == "Öppet"
    assert lazy.pgettext("zone", "Close") == whole.pgettext("zone", "Close") == "Zonen stängs"
    assert lazy.gettext("Close") == "Stäng"
    assert lazy.pgettext("elsewhere", "Open") == whole.pgettext("elsewhere", "Open") == "Open"
    for n in (0, 1, 2, 21):
        assert lazy.ngettext("{n} day", "{n} days", n) == whole.ngettext("{n} day", "{n} days", n)
        assert lazy.ngettext("{n} week", "{n} weeks", n) == ("{n} week" if n == 1 else "{n} weeks")
    assert lazy.gettext("{n} day") == whole.gettext("{n} day") == "{n} dag"
    assert lazy.gettext("Åsa") == "Åsa (sv)"
    assert lazy.gettext("Ås") == "Ås"
    assert lazy.info() == whole.info()  # the header, read as UTF-8 as gettext reads it
    assert lazy.info()["last-translator"].startswith("Åsa Öberg")


def test_a_text_is_decoded_when_first_asked_for() -> None:
    lazy = LazyTranslations(io.BytesIO(MO.read_bytes()))
    assert lazy._catalog.decoded() == 0  # nothing decoded by reading the file
    assert lazy.gettext("Name") == "Namn"
    assert lazy.gettext("Name") == "Namn"
    assert lazy._catalog.decoded() == 1


def test_a_file_that_is_no_catalog_is_refused() -> None:
    try:
        LazyTranslations(io.BytesIO(b"not a catalog at all"))
    except OSError:
        pass
    else:
        raise AssertionError("a broken catalog was taken for a good one")


def test_no_text_is_translated_two_ways() -> None:
    """The .po files merge into one catalog, which keeps one translation of a text: two files
    translating it differently made an action read "1 nytt" (the groups' word for a meeting)."""
    assert conflicting_translations() == []
