"""The command line's argument parsers: argparse's own texts in the user's language, usage
errors said in one line (exit 2), the values a ``choice`` option takes listed in its help, and
the options many commands share (their subcommands, ``--search``)."""

from __future__ import annotations

import argparse
import sys
from typing import Any, NoReturn

from samverkan_desktop import i18n
from samverkan_desktop.errors import DomainError, ValidationError
from samverkan_desktop.i18n import N_, _


def _route_argparse_texts() -> None:
    # argparse looks up its own texts ("usage: ", "options", "invalid choice ...") through the
    # gettext functions bound in its module; ours serve them from resources/locale/*/core.po.
    argparse._ = i18n._  # type: ignore[attr-defined]
    argparse.ngettext = i18n.ngettext  # type: ignore[attr-defined]


_route_argparse_texts()


# The texts of argparse's that the catalog translates (marked here so they count as used).
ARGPARSE_TEXTS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("unrecognized arguments: %s"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("not allowed with argument %s"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("invalid %(type)s value: %(value)r"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("%(prog)s: error: %(message)s\n"),
)


class ChoiceHelpFormatter(argparse.HelpFormatter):
    """An option read by ``choice`` (a metavar, not argparse's ``choices``) lists the values
    it takes in its help: "--status STATUS  bara vandringar i detta steg (en av: planning
    (Planering), …)"."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        text = super()._get_help_string(action)
        accepted = getattr(action.type, "accepted", None)
        if not text or accepted is None:
            return text
        shown = accepted()
        # Codes argparse shows ("{keep,skip,move}") are listed again only for their labels.
        codes_shown = action.choices is not None and action.metavar is None
        if codes_shown and shown == ", ".join(str(c) for c in action.choices or ()):
            return text
        # argparse formats help with %: a literal % in a label must not be read as a field.
        values = shown.replace("%", "%%")
        listed = _("one of: {values}").format(values=values)
        return f"{text} ({listed})"

    def add_argument(self, action: argparse.Action) -> None:
        super().add_argument(action)
        # argparse measures a subcommand without the indent it is printed at, so the longest
        # ("organisations", "pseudonymise") went on a line of its own above its help.
        if action.help is not argparse.SUPPRESS:
            for subaction in self._iter_indented_subactions(action):  # indented meanwhile
                length = len(self._format_action_invocation(subaction)) + self._current_indent
                self._action_max_length = max(self._action_max_length, length)


class SwedishArgumentParser(argparse.ArgumentParser):
    """Usage errors in the user's language, exit code 2; choices listed in the help. A value
    its type refuses (a wrong date, id or year) is wrong input, not wrong usage: one line,
    exit 1, as a value outside ``choice``'s."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", ChoiceHelpFormatter)
        # parse_known_args says argparse's ArgumentErrors itself (cli/usage_errors.py).
        kwargs.setdefault("exit_on_error", False)
        super().__init__(*args, **kwargs)

    def parse_args(self, args: Any = None, namespace: Any = None) -> Any:
        namespace, extras = self.parse_known_args(args, namespace)
        if extras:
            self.refuse(_usage_errors().unknown_words(self, extras))
        return namespace

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
        # The words, for an option the parser lacks to be said before what argparse meets first.
        self._words = list(sys.argv[1:] if args is None else args)
        try:
            return super().parse_known_args(args, namespace)
        except argparse.ArgumentError as error:
            self.refuse_unknown_options()
            self.refuse(_usage_errors().argument_problem(self, error))

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        if isinstance(action, argparse._SubParsersAction) and value not in action.choices:
            # Said at once: the words after a command not known are not this parser's.
            self.refuse(_usage_errors().unknown_command(self, value, list(action.choices)))
        super()._check_value(action, value)  # type: ignore[misc]

    def _get_value(self, action: argparse.Action, arg_string: str) -> Any:
        # argparse turns a type's refusal into a usage error (its usage text, exit 2); main
        # prints a ValidationError as one line, exit 1 ("--from: ”31/2” är inte ett datum …").
        try:
            return super()._get_value(action, arg_string)  # type: ignore[misc]
        except argparse.ArgumentError as error:
            self.refuse_unknown_options()
            raise ValidationError(refused_value(error), field=action.dest) from None
        except DomainError:  # a value outside a choice's
            # "print minutes --ot a.pdf" read a.pdf as the meeting's number: the typo goes first.
            self.refuse_unknown_options()
            raise

    def _get_option_tuples(self, option_string: str) -> Any:
        # An abbreviation of several options, in our words (argparse's came after "Fel:").
        found = super()._get_option_tuples(option_string)  # type: ignore[misc]
        if len(found) > 1:
            options = [option for _action, option, *_rest in found]
            self.refuse(_usage_errors().ambiguous(self, option_string, options))
        return found

    def error(self, message: str) -> NoReturn:
        # What argparse still says itself: the arguments missing.
        self.refuse_unknown_options()
        self.refuse(_usage_errors().missing(self, message) or message)

    def refuse_unknown_options(self) -> None:
        """Wrong usage naming the options this parser does not have among its words, if any."""
        options = _usage_errors().unknown_options(self, getattr(self, "_words", ()))
        if options:
            self.refuse(_usage_errors().unknown_words(self, options))

    def refuse(self, problem: str) -> NoReturn:
        """Wrong usage: one line naming the problem and a pointer to the help, exit 2."""
        self.exit(2, _usage_errors().said(self, problem))


def _usage_errors() -> Any:
    # Loaded only for a wrong command line: a command loads no more than it runs (test_cli_lazy).
    from samverkan_desktop.cli import usage_errors

    return usage_errors


def refused_value(error: argparse.ArgumentError) -> str:
    """A value its type refused, as our own refusals read: the option (or the argument's name)
    first, then a sentence ending with a period: "--from: ”31/2” är inte ett datum (skriv till
    exempel ÅÅÅÅ-MM-DD)." (today's date as the example, argument_types.iso_date) rather than
    argparse's "argumentet --from: …" with none."""
    message = sentence(error.message)
    return f"{error.argument_name}: {message}" if error.argument_name else message


def sentence(text: str) -> str:
    """``text`` ending as a sentence does (the types' own words mostly had no period)."""
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else text + "."


class SubcommandParser(SwedishArgumentParser):
    """A command's parser (``samverkan backups``, ``settings set``): an argument it does not
    know is wrong usage of the command, whose help it points to. argparse hands such arguments up to the top
    level, which named them under ``samverkan``'s usage, not the command's."""

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
        namespace, extras = super().parse_known_args(args, namespace)
        if extras:
            self.refuse(_usage_errors().unknown_words(self, extras))
        return namespace, extras


def subcommands(parser: argparse.ArgumentParser, name: str, metavar: str | None = None) -> Any:
    """``samverkan NAME ...``'s own commands, one of which must be given (its name lands in
    ``args.NAME_command``), parsed as Swedishly as the top level."""
    sub = parser.add_subparsers(
        dest=f"{name}_command", metavar=metavar or _("COMMAND"), parser_class=type(parser)
    )
    sub.required = True
    return sub


def add_search_option(parser: argparse.ArgumentParser, where: str) -> None:
    """``--search TEXT`` of a list: ``where`` says which texts it looks in."""
    parser.add_argument("--search", metavar=_("TEXT"), help=where)
