"""``samverkan db``: the shared PostgreSQL database – roles and logins."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from samverkan_desktop import roles
from samverkan_desktop.cli.argument_parser import subcommands
from samverkan_desktop.cli.choices import choice
from samverkan_desktop.cli.database_opening import open_db
from samverkan_desktop.cli.output import add_json_flag, print_json
from samverkan_desktop.i18n import _


def register(commands: Any) -> None:
    parser = commands.add_parser("db", help=_("the shared database: roles and logins"))
    sub = subcommands(parser, "db")
    p = sub.add_parser(
        "grant-roles",
        help=_("create the reception, read-only and coordinator roles (PostgreSQL only)"),
    )
    p.add_argument("--show", action="store_true", help=_("only print the SQL, change nothing"))
    add_json_flag(p)
    p.set_defaults(handler=grant_roles)
    p = sub.add_parser("add-login", help=_("let a person log in with one of the roles"))
    p.add_argument("name", metavar=_("NAME"), help=_("the login name (a–z, digits, _)"))
    p.add_argument(
        "--role",
        required=True,
        choices=sorted(roles.ROLE_NAMES),
        type=choice("--role", {name: name for name in sorted(roles.ROLE_NAMES)}),
        help=_("the role"),
    )
    p.add_argument(
        "--password-stdin", action="store_true", help=_("read the password from standard input")
    )
    p.set_defaults(handler=add_login)


def grant_roles(args: argparse.Namespace) -> int:
    if args.show:
        print(";\n".join(roles.grant_statements()) + ";")
        return 0
    db = open_db(args)
    try:
        created = roles.grant_roles(db.engine)
    finally:
        db.dispose()
    if args.json:
        print_json({"roles": created})
    else:
        print(_("Roles ready: {roles}.").format(roles=", ".join(created)))
    return 0


def add_login(args: argparse.Namespace) -> int:
    password = sys.stdin.readline().rstrip("\n") if args.password_stdin else None
    db = open_db(args)
    try:
        roles.add_login(db.engine, args.name, args.role, password)
    finally:
        db.dispose()
    print(
        _("{name} can now log in as {role}.").format(
            name=args.name, role=roles.ROLE_NAMES[args.role]
        )
    )
    return 0
