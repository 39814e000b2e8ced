"""Build and check the gettext catalogs (Babel).

    python -m samverkan_desktop.i18n_build            compile every language's .po files into .mo
    python -m samverkan_desktop.i18n_build --missing  list source strings without a Swedish translation
    python -m samverkan_desktop.i18n_build --unused   list Swedish translations no code asks for
    python -m samverkan_desktop.i18n_build --append resources/locale/sv/alarms.po [--under ui/alarms]
        append the untranslated strings (optionally only those from one folder) to a .po file,
        with empty translations to fill in

Each language folder holds several .po files (one per area); they are merged into one catalog.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from samverkan_desktop.i18n import DOMAIN, SUPPORTED_LANGUAGES
from samverkan_desktop.paths import LOCALE_DIR, PROJECT_ROOT

SOURCE_DIRS = ("samverkan_desktop", "ui")
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2)}


def load_catalog(language: str) -> Catalog:
    merged = Catalog(locale=language, domain=DOMAIN)
    for po_path in sorted((LOCALE_DIR / language).glob("*.po")):
        with po_path.open("rb") as handle:
            part = read_po(handle, locale=language)
        for message in part:
            if message.id:
                # Keyed by text and context: a msgctxt entry lands beside the plain one of the
                # same text, and the .mo stores it as "context\x04text" (what pgettext asks for).
                merged[message.id] = message
    return merged


def conflicting_translations(language: str = "sv") -> list[str]:
    """Texts translated differently in two .po files: the merged catalog keeps one, so the other
    place reads the wrong word ("1 nytt" for an action, meant for a meeting)."""
    seen: dict[object, tuple[str, object]] = {}
    conflicts: list[str] = []
    for po_path in sorted((LOCALE_DIR / language).glob("*.po")):
        with po_path.open("rb") as handle:
            part = read_po(handle, locale=language)
        for message in part:
            if not message.id:
                continue
            key = (message.context, message.id)
            earlier = seen.setdefault(key, (po_path.name, message.string))
            if earlier[1] != message.string:
                text = message.id if isinstance(message.id, str) else message.id[0]
                conflicts.append(f"{text!r}: {earlier[0]} and {po_path.name} differ")
    return conflicts


def compile_language(language: str) -> Path:
    catalog = load_catalog(language)
    target = LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.mo"
    target.parent.mkdir(parents=True, exist_ok=True)
    # Written aside and renamed: a program starting meanwhile reads the old or the new catalog,
    # never half of one.
    partial = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    with partial.open("wb") as handle:
        write_mo(handle, catalog)
    os.replace(partial, target)
    return target


def source_messages() -> Iterator[tuple[str, int, str | tuple[str, ...], str | None]]:
    """Yield (file, line, message id(s), context) for every marked string in the code."""
    for folder in SOURCE_DIRS:
        root = PROJECT_ROOT / folder
        for filename, lineno, message, _comments, context in extract_from_dir(
            str(root), keywords=KEYWORDS, comment_tags=()
        ):
            yield f"{folder}/{filename}", lineno, message, context


def missing_translations(language: str = "sv") -> list[str]:
    catalog = load_catalog(language)
    missing: list[str] = []
    for filename, lineno, message, context in source_messages():
        ids = message if isinstance(message, tuple) else (message,)
        key = ids[0] if len(ids) == 1 else ids[0]
        entry = catalog.get(key, context=context)  # pgettext never falls back to the plain one
        translated = entry is not None and (
            all(entry.string) if isinstance(entry.string, (tuple, list)) else bool(entry.string)
        )
        if not translated:
            missing.append(f"{filename}:{lineno}: {ids[0]!r}")
    return missing


def unused_translations(language: str = "sv") -> list[str]:
    """Catalog entries no marked string in the code asks for any more (left behind when a text
    was reworded or removed): "file.po: 'id'"."""
    used = set()
    for _filename, _lineno, message, context in source_messages():
        key = message[0] if isinstance(message, tuple) else message
        used.add((key, context))
    unused: list[str] = []
    for po_path in sorted((LOCALE_DIR / language).glob("*.po")):
        with po_path.open("rb") as handle:
            part = read_po(handle, locale=language)
        for entry in part:
            key = entry.id[0] if isinstance(entry.id, (tuple, list)) else entry.id
            if key and (key, entry.context) not in used:
                unused.append(f"{po_path.name}: {key!r}")
    return unused


def append_missing(po_path: Path, under: str | None = None, language: str = "sv") -> int:
    """Append untranslated source strings to ``po_path``; returns how many were added."""
    catalog = load_catalog(language)
    if po_path.exists():
        with po_path.open("rb") as handle:
            target = read_po(handle, locale=language)
    else:
        target = Catalog(locale=language, domain=DOMAIN)
    added = 0
    for filename, lineno, message, context in source_messages():
        if under and not filename.startswith(under.rstrip("/")):
            continue
        key = message[0] if isinstance(message, tuple) else message
        if catalog.get(key, context=context) is not None or target.get(key, context=context):
            continue
        target.add(
            message,
            string=("", "") if isinstance(message, tuple) else "",
            locations=[(filename, lineno)],
            context=context,
        )
        added += 1
    po_path.parent.mkdir(parents=True, exist_ok=True)
    with po_path.open("wb") as handle:
        write_po(handle, target, width=100, omit_header=True, no_location=True)
    return added


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="i18n_build")
    parser.add_argument("--missing", action="store_true", help="list untranslated strings")
    parser.add_argument("--unused", action="store_true", help="list translations nothing uses")
    parser.add_argument("--append", type=Path, help="append untranslated strings to this .po")
    parser.add_argument("--under", help="with --append: only strings from files under this path")
    args = parser.parse_args(argv)
    if args.append:
        print(f"{append_missing(args.append, args.under)} strings added to {args.append}")
        return 0
    if args.missing or args.unused:  # both given: both lists (the second was skipped)
        found = (missing_translations() if args.missing else []) + (
            unused_translations() if args.unused else []
        )
        if found:
            print("\n".join(found))
        return 1 if found else 0
    for language in SUPPORTED_LANGUAGES:
        if language != "en":
            compile_language(language)
    return 0


if __name__ == "__main__":
    sys.exit(main())
