"""Wrong usage of the command line (a missing argument, an unknown option or command) said as
our other refusals are: "Fel: --out FIL.pdf saknas (var PDF-filen ska sparas)." and a pointer
to the command's help, exit 2. argparse printed the usage text and its own sentence without a
period ("samverkan print minutes: fel användning: följande argument krävs: --out").

An option the command does not have is said first, before what argparse meets first (an
argument missing, a value it cannot read): "--ot a.pdf" typed for "--out a.pdf" leaves --out
missing too, but the typo is what the user has to hear about."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from samverkan_desktop.cli.argument_parser import sentence
from samverkan_desktop.i18n import _, ngettext


def said(parser: argparse.ArgumentParser, problem: str) -> str:
    """What stderr gets: the problem as main says an error, then where the help is."""
    error = _("Error: {message}").format(message=sentence(problem))
    pointer = _("See {command} --help.").format(command=parser.prog)
    return f"{error}\n{pointer}\n"


def missing(parser: argparse.ArgumentParser, message: str) -> str | None:
    """argparse's "the following arguments are required: --out, MÖTES_ID" as "--out FIL.pdf
    (var PDF-filen ska sparas) och MÖTES_ID (mötets nummer) saknas"; None for another message.
    argparse hands over only the text, so the names are read back from its own template."""
    filled = _filled(_("the following arguments are required: %s"), message)
    if filled is None:
        return None
    names = filled.split(", ")
    by_name = {_action_name(action): action for action in parser._actions}
    actions = [by_name[name] for name in names if name in by_name]
    if len(actions) != len(names):
        return None
    if len(actions) == 1 and isinstance(actions[0], argparse._SubParsersAction):
        return _("{name} is missing; write one of: {choices}.").format(
            name=_written(parser, actions[0]), choices=", ".join(actions[0].choices)
        )
    described = [_described(parser, action) for action in actions]
    listed = _and(described)
    return ngettext("{names} is missing.", "{names} are missing.", len(described)).format(
        names=listed
    )


def unknown_command(parser: argparse.ArgumentParser, value: str, choices: Sequence[str]) -> str:
    """ "”lista” är inget kommando i samverkan meetings; skriv ett av: list, …": argparse said
    "argumentet KOMMANDO: ogiltigt val: 'lista' (välj bland 'list', …)"."""
    return _("“{value}” is not a command of {command}; write one of: {choices}.").format(
        value=value, command=parser.prog, choices=", ".join(choices)
    )


def unknown_words(parser: argparse.ArgumentParser, words: Sequence[str]) -> str:
    """Arguments no option or argument of the command takes: the options misspelt (with the
    nearest the command has), else the words too many (with what the command does take)."""
    options = [w.partition("=")[0] for w in words if _is_option(parser, w)]
    if len(options) == 1:
        import difflib  # only for a misspelt option

        known = [s for action in parser._actions for s in action.option_strings]
        # Above difflib's 0.6: "--bogus" is not taken for "--out", "--form" is for "--from".
        nearest = difflib.get_close_matches(options[0], known, n=1, cutoff=0.7)
        if nearest:
            return _("{option} is not an option of {command}; did you mean {nearest}?").format(
                option=options[0], command=parser.prog, nearest=nearest[0]
            )
    if options:
        return ngettext(
            "{options} is not an option of {command}.",
            "{options} are not options of {command}.",
            len(options),
        ).format(options=_and(options), command=parser.prog)
    quoted = _and([_("“{text}”").format(text=word) for word in words])
    taken = [_written(parser, a) for a in parser._actions if not a.option_strings]
    if taken:
        return _("{words} is more than {command} takes ({arguments}).").format(
            words=quoted, command=parser.prog, arguments=" ".join(taken)
        )
    return _("{words} is more than {command} takes: it takes only options.").format(
        words=quoted, command=parser.prog
    )


def unknown_options(parser: argparse.ArgumentParser, words: Sequence[str]) -> list[str]:
    """The words of ``parser``'s own (up to "--" or a subcommand's name, after which the words
    are the subcommand's) that argparse reads as an option the parser does not have."""
    commands = {
        name
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
        for name in action.choices
    }
    found = []
    for word in words:
        if word == "--" or word in commands:
            break
        if _is_option(parser, word) and _names_no_option(parser._parse_optional(word)):
            found.append(word)
    return found


def ambiguous(parser: argparse.ArgumentParser, word: str, options: Sequence[str]) -> str:
    """ "--s kan betyda --status eller --search i samverkan walks list; …": argparse said
    "ambiguous option: --s could match --status, --search"."""
    typed = word.partition("=")[0] if word.startswith("--") else word
    return _("{option} could mean {options} in {command}; write the option's whole name.").format(
        option=typed,
        options=_listed(list(dict.fromkeys(options)), _("{first} or {last}")),
        command=parser.prog,
    )


def argument_problem(parser: argparse.ArgumentParser, error: argparse.ArgumentError) -> str:
    """An option given without its value ("--kind needs a value: write --kind TYP"), else
    argparse's words as a sentence after the option's name."""
    no_value = (_("expected one argument"), _("expected at least one argument"))
    action = next(
        (a for a in parser._actions if _action_name(a) == error.argument_name),
        None,
    )
    if action is not None and action.option_strings and error.message in no_value:
        return _("{option} needs a value: write {written}.").format(
            option=action.option_strings[-1], written=_written(parser, action)
        )
    other = _filled(_("not allowed with argument %s"), error.message)
    if error.argument_name and other:  # mutually exclusive options (or period_options._NotWith)
        return _("{option} cannot be given together with {other}.").format(
            option=error.argument_name, other=other
        )
    if error.argument_name:
        return f"{error.argument_name}: {sentence(error.message)}"
    # Newer Pythons raise the arguments missing as an ArgumentError where 3.11 calls error().
    return missing(parser, error.message) or error.message


def _filled(template: str, message: str) -> str | None:
    """What argparse put for the ``%s`` of its (translated) ``template`` in ``message``."""
    head, _sep, tail = template.partition("%s")
    if len(message) <= len(head + tail) or not message.startswith(head):
        return None
    return message[len(head) : len(message) - len(tail)] if message.endswith(tail) else None


def _names_no_option(parsed: object) -> bool:
    """Whether argparse's reading of a word (``_parse_optional``: None for an argument, a
    tuple, or in newer Pythons a list of tuples, whose first item is the option's action)
    is an option it has no action for."""
    readings = parsed if isinstance(parsed, list) else [parsed]
    return parsed is not None and all(isinstance(r, tuple) and r[0] is None for r in readings)


def _is_option(parser: argparse.ArgumentParser, word: str) -> bool:
    negative = parser._negative_number_matcher.match(word)  # type: ignore[attr-defined]
    return word.startswith("-") and len(word) > 1 and not negative


def _action_name(action: argparse.Action) -> str | None:
    return argparse._get_action_name(action)  # the name argparse's messages use


def _written(parser: argparse.ArgumentParser, action: argparse.Action) -> str:
    """How the action is typed: "--out FIL.pdf", "MÖTES_ID", "KOMMANDO"."""
    formatter = parser._get_formatter()
    if not action.option_strings:
        return str(action.metavar or action.dest)
    if action.nargs == 0:
        return action.option_strings[-1]
    value = formatter._format_args(action, action.dest.upper())  # type: ignore[attr-defined]
    return f"{action.option_strings[-1]} {value}"


def _described(parser: argparse.ArgumentParser, action: argparse.Action) -> str:
    """ "--out FIL.pdf (var PDF-filen ska sparas)": how it is typed and its help."""
    written = _written(parser, action)
    if not action.help or action.help == argparse.SUPPRESS:
        return written
    # The help as written (no %-fields in ours), without the choices the help lists after it.
    return f"{written} ({' '.join(action.help.split()).rstrip('.')})"


def _and(items: Sequence[str]) -> str:
    """ "a", "a och b", "a, b och c"."""
    return _listed(items, _("{first} and {last}"))


def _listed(items: Sequence[str], last_joined: str) -> str:
    """ "a", and "a, b och c" or "a, b eller c" by ``last_joined`` ("{first} … {last}")."""
    if len(items) == 1:
        return items[0]
    return last_joined.format(first=", ".join(items[:-1]), last=items[-1])
