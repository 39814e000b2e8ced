"""A compiled gettext catalog (.mo) read on demand.

``gettext.GNUTranslations`` decodes every entry into a dict when the file is read: 2,500
entries, 0.5 MiB of strings and about 6 ms of every start, of which the first window shows a
few hundred. Here the file stays one ``bytes`` object with its keys' offsets sorted; a text is
found by binary search when first asked for and kept. The answers are GNUTranslations' own
(its ``gettext``, ``ngettext``, ``pgettext`` run over this catalog); tests/core/test_i18n_catalog.py
compares them for every entry of the program's catalog.
"""

from __future__ import annotations

import gettext
import struct
import sys
from array import array
from typing import Any

_MAGIC = {0x950412DE: "<", 0xDE120495: ">"}  # the byte order the file was written in
_MISSING = object()


def _table(data: bytes, at: int, count: int, order: str) -> array[int]:
    table = array("I", data[at : at + 8 * count])
    if order != ("<" if sys.byteorder == "little" else ">"):
        table.byteswap()
    return table


class MoCatalog:
    """The mapping GNUTranslations looks texts up in: ``"text"``, ``"context\\x04text"`` or
    ``("singular", plural_index)``, answered from the file's bytes."""

    def __init__(self, data: bytes, charset: str = "utf-8") -> None:
        magic = struct.unpack("<I", data[:4])[0] if len(data) >= 20 else None
        if magic not in _MAGIC:
            raise OSError(f"not a gettext catalog ({len(data)} bytes)")
        order = _MAGIC[magic]
        _version, count, keys_at, values_at = struct.unpack(order + "4I", data[4:20])
        if max(keys_at, values_at) + 8 * count > len(data):
            raise OSError(f"a gettext catalog cut short ({len(data)} bytes)")
        self._data = data
        self.charset = charset  # the header's, set once it is read
        self._keys = _table(data, keys_at, count, order)  # length, offset, length, offset ...
        self._values = _table(data, values_at, count, order)
        # Entries in the byte order of their keys (a writer may sort otherwise: Babel sorts
        # by text, then context), so that a key is found by binary search.
        keys = [
            data[at : at + size] for size, at in zip(self._keys[::2], self._keys[1::2], strict=True)
        ]
        self._sorted = array("I", sorted(range(count), key=keys.__getitem__))
        self._found: dict[Any, Any] = {}

    def _key(self, entry: int) -> bytes:
        length, offset = self._keys[2 * entry], self._keys[2 * entry + 1]
        return self._data[offset : offset + length]

    def _value(self, entry: int) -> bytes:
        length, offset = self._values[2 * entry], self._values[2 * entry + 1]
        return self._data[offset : offset + length]

    def _first_at_or_after(self, key: bytes) -> int:
        low, high = 0, len(self._sorted)
        while low < high:
            middle = (low + high) // 2
            if self._key(self._sorted[middle]) < key:
                low = middle + 1
            else:
                high = middle
        return low

    def raw(self, key: bytes) -> bytes | None:
        """The translation stored under ``key`` exactly (the header under b"")."""
        at = self._first_at_or_after(key)
        if at < len(self._sorted) and self._key(self._sorted[at]) == key:
            return self._value(self._sorted[at])
        return None

    def _look_up(self, key: Any) -> Any:
        if isinstance(key, tuple):  # (singular, n-th plural form)
            singular, index = key
            prefix = singular.encode(self.charset) + b"\0"  # stored as singular\0plural
            at = self._first_at_or_after(prefix)
            if at < len(self._sorted) and self._key(self._sorted[at]).startswith(prefix):
                forms = self._value(self._sorted[at]).split(b"\0")
                if 0 <= index < len(forms):
                    return forms[index].decode(self.charset)
            return _MISSING
        value = self.raw(key.encode(self.charset))
        return _MISSING if value is None else value.decode(self.charset)

    def get(self, key: Any, default: Any = None) -> Any:
        found = self._found.get(key, _MISSING)
        if found is _MISSING:
            found = self._found[key] = self._look_up(key)  # misses too: asked again and again
        return default if found is _MISSING else found

    def __getitem__(self, key: Any) -> Any:
        found = self.get(key, _MISSING)
        if found is _MISSING:
            raise KeyError(key)
        return found

    def __contains__(self, key: object) -> bool:
        return self.get(key, _MISSING) is not _MISSING

    def decoded(self) -> int:
        """How many texts have been looked up so far (for tests)."""
        return len(self._found)


class LazyTranslations(gettext.GNUTranslations):
    """GNUTranslations over a MoCatalog: the header (charset, plural rule) is read at once,
    each text when first asked for."""

    _catalog: MoCatalog  # type: ignore[assignment]

    def _parse(self, fp: Any) -> None:  # a binary file (typeshed: _TranslationsReader)
        catalog = MoCatalog(fp.read())
        header = catalog.raw(b"")
        self._info: dict[str, str] = {}
        self._charset = None
        self.plural = lambda n: int(n != 1)  # as GNUTranslations without a Plural-Forms line
        for line in (header or b"").decode("utf-8", "replace").splitlines():  # as gettext does
            name, _, value = line.partition(":")
            name, value = name.strip().lower(), value.strip()
            if not name:
                continue
            self._info[name] = value
            if name == "content-type" and "charset=" in value:
                self._charset = catalog.charset = value.split("charset=")[1].strip()
            elif name == "plural-forms" and "plural=" in value:
                self.plural = gettext.c2py(value.split("plural=")[1].rstrip(";"))
        self._catalog = catalog
