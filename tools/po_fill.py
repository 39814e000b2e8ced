"""Fill a .po file's empty translations from a Python dict file.

Usage: python tools/po_fill.py PO DICT.py  (DICT.py holds one dict literal: English -> Swedish)
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

from babel.messages.pofile import read_po, write_po


def fill(po: Path, translations: dict[str, str | tuple[str, ...]]) -> list[str]:
    """Write the given translations into ``po``; return the msgids still untranslated."""
    with po.open("rb") as handle:
        catalog = read_po(handle, locale="sv")
    missing = []
    for message in catalog:
        if not message.id:
            continue
        key = str(message.id[0] if isinstance(message.id, tuple) else message.id)
        if key in translations:
            message.string = translations[key]
        elif not (all(message.string) if isinstance(message.string, tuple) else message.string):
            missing.append(key)
    with po.open("wb") as handle:
        write_po(handle, catalog, width=100, omit_header=True, no_location=True)
    return missing


if __name__ == "__main__":
    po_path, dict_path = Path(sys.argv[1]), Path(sys.argv[2])
    table = ast.literal_eval(dict_path.read_text(encoding="utf-8"))
    print("still missing:", fill(po_path, table))
