"""The schema versions this program knows, read from the migration scripts.

Without SQLAlchemy or alembic: reading the ``revision``/``down_revision`` lines is all the window
and the print commands need to know whether a database is current, and importing alembic (with
mako and pygments) only to learn that nothing needs migrating was a sixth of the window's start.
"""

from __future__ import annotations

import ast
import functools
import re
from collections.abc import Callable

from samverkan_desktop.paths import MIGRATIONS_DIR

_REVISION_LINE = re.compile(r"^(revision|down_revision)\s*(?::[^=\n]*)?=\s*(.+?)\s*$", re.MULTILINE)

Revisions = tuple[frozenset[str], frozenset[str]]


def _from_alembic() -> Revisions:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    script = ScriptDirectory.from_config(config)
    heads = frozenset(script.get_heads())
    return heads, frozenset(rev.revision for rev in script.walk_revisions())


@functools.cache
def script_revisions(fallback: Callable[[], Revisions] = _from_alembic) -> Revisions:
    """(heads, every known revision). The scripts do not change while the program runs, so
    they are read once per process; a script written some other way is left to alembic."""
    revisions: set[str] = set()
    downs: set[str] = set()
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        found = dict(_REVISION_LINE.findall(path.read_text(encoding="utf-8")))
        try:
            revision = ast.literal_eval(found["revision"])
            down = ast.literal_eval(found["down_revision"])
        except (KeyError, ValueError, SyntaxError):
            return fallback()
        revisions.add(revision)
        downs.update(down if isinstance(down, tuple | list) else [down] if down else [])
    return frozenset(revisions - downs), frozenset(revisions)


def alembic_revisions() -> Revisions:
    return _from_alembic()


def head_revisions() -> set[str]:
    """The newest schema version(s) this program knows (one, unless branches are being merged)."""
    return set(script_revisions()[0])


def known_revisions() -> set[str]:
    return set(script_revisions()[1])
