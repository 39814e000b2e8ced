"""``samverkan settings list`` and ``samverkan settings set KEY VALUE``: the settings every desk
shares (as Arkiv → Inställningar… in the window), for scripts and for a shared database set up
before the first desk starts."""

from __future__ import annotations

import argparse
import re
from typing import Any

from samverkan_desktop import backup
from samverkan_desktop.cli.argument_parser import subcommands
from samverkan_desktop.cli.database_opening import open_db
from samverkan_desktop.cli.output import add_json_flag, print_json, print_table, print_warning
from samverkan_desktop.db import Database
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.services import alarm_usage, setting_losses, settings
from samverkan_desktop.services.settings import ChoiceSpec, SettingSpec, Spec, TextSpec


def register(commands: Any) -> None:
    parser = commands.add_parser("settings", help=_("the settings every desk shares"))
    sub = subcommands(parser, "settings")
    list_parser = sub.add_parser("list", help=_("every setting, its value and what it may be"))
    add_json_flag(list_parser)
    list_parser.set_defaults(handler=list_settings)
    set_parser = sub.add_parser("set", help=_("change one setting"))
    set_parser.add_argument("key", metavar=_("KEY"), help=_("as settings list shows it"))
    set_parser.add_argument("value", metavar=_("VALUE"), help=_("the new value"))
    set_parser.set_defaults(handler=set_setting)


def _allowed(spec: Spec) -> str:
    if isinstance(spec, TextSpec):
        allowed = _("text, at most {count} characters").format(count=spec.max_length)
        return f"{allowed} ({_(spec.empty_text)})" if spec.empty_text else allowed
    if isinstance(spec, ChoiceSpec):
        return ", ".join(f"{value} ({_(label)})" for value, label in spec.choices)
    if spec.value_names:
        return ", ".join(f"{n} ({_(name)})" for n, name in _named(spec))
    return settings.range_shown(spec)


def _number(spec: SettingSpec, text: str) -> int:
    """The number given, or a named value (a weekday) by its name too, as the window chooses
    it. A named value's refusal lists the names, for a number outside them too ("9"); another
    whole number outside the range ("-1") is the service's to refuse, naming the range, and
    text that is no whole number ("tre", "1,5") is refused in the same words."""
    names = {_(name).casefold(): n for n, name in _named(spec)}
    if text.casefold() in names:
        return names[text.casefold()]
    if not spec.value_names:
        # A thousand digits at most: Python refuses to read a far longer number (a traceback).
        if re.fullmatch(r"-?[0-9]{1,1000}", text) is None:
            raise settings.not_a_number(spec.key, text)
        return int(text)
    if text.isdigit() and spec.minimum <= int(text) <= spec.maximum:
        return int(text)
    raise ValidationError(
        _("{label}: one of {allowed}, by its number or its name, not “{value}”.").format(
            label=_(spec.label), allowed=_allowed(spec), value=text
        )
    )


def _named(spec: SettingSpec) -> list[tuple[int, str]]:
    """A setting's values with their names (a weekday's), marked with N_()."""
    return list(enumerate(spec.value_names, start=spec.minimum))


def list_settings(args: argparse.Namespace) -> int:
    db = open_db(args)
    values = db.call(settings.current_values)
    if args.json:
        print_json(
            [
                {"key": key, "value": values[key], "default": spec.default}
                for key, spec in settings.SPECS.items()
            ]
        )
        return 0
    print_table(
        [_("Key"), _("Value"), _("Setting"), _("May be")],
        [(key, values[key], _(spec.label), _allowed(spec)) for key, spec in settings.SPECS.items()],
    )
    return 0


def set_setting(args: argparse.Namespace) -> int:
    if not args.key.strip():
        raise ValidationError(
            _("Give the name of a setting: {keys}.").format(keys=", ".join(settings.SPECS))
        )
    spec = settings.SPECS.get(args.key)
    if spec is None:
        raise ValidationError(
            _("There is no setting {key}; settings list shows them.").format(key=args.key)
        )
    value: int | str = args.value.strip()
    if isinstance(spec, SettingSpec):
        value = _number(spec, str(value))
    elif isinstance(spec, ChoiceSpec):  # the value or its label as the window shows it, any case
        by_label = {_(label).casefold(): choice for choice, label in spec.choices}
        value = by_label.get(str(value).casefold(), value)
    db = open_db(args)
    before = db.call(settings.current_values)[args.key]
    db.call(settings.save_settings, {args.key: value})
    shown = value
    if isinstance(spec, ChoiceSpec):
        shown = next((_(label) for choice, label in spec.choices if choice == value), value)
    elif isinstance(spec, TextSpec):
        shown = db.call(settings.get_text, args.key) or (
            _(spec.empty_text) if spec.empty_text else ""
        )
    elif spec.off_text and value == spec.minimum:
        shown = _(spec.off_text)
    elif spec.value_names:
        shown = next(_(name) for n, name in _named(spec) if n == value)
    print(_("{label}: {value}").format(label=_(spec.label), value=shown))
    if isinstance(value, int) and isinstance(before, int) and value < before:
        _say_what_is_lost(args, db, value, before)
    return 0


def _say_what_is_lost(args: argparse.Namespace, db: Database, value: int, before: int) -> None:
    """The window asks before a lower value of these removes data for good; saved here at once
    (scripts rely on it), this says what goes and how to keep it: nothing is removed before the
    next start or backup, so setting it back still helps."""
    lost: str | None = None
    if args.key == alarm_usage.RETENTION_SETTING:
        lost = db.call(setting_losses.shorter_retention, value, before)
    elif args.key == backup.KEEP_SETTING:
        database = backup.sqlite_path(db.url)
        lost = (
            setting_losses.fewer_backups(database, value, before) if database is not None else None
        )
    if lost is not None:
        print_warning(lost)
