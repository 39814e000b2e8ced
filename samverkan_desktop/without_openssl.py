"""asyncio and SQLAlchemy loaded without OpenSSL, saving about 4.5 MiB of every start.

SQLAlchemy 2.1 imports asyncio whatever the driver (sqlalchemy.util.concurrency), and asyncio
imports ``ssl`` for its TLS transports, which maps OpenSSL's libssl: 1.2 MiB resident of a
window that peaked at 116 MiB (issue 7 budgets it at twice a bare PySide6 window, 58 MiB). The program never runs an event loop, let alone a TLS one: SQLite is a file, and
psycopg talks TLS to PostgreSQL through libpq's own OpenSSL. So while asyncio's modules run,
``import ssl`` fails as on a Python built without it (each of them then sets ``ssl = None``);
afterwards ``import ssl`` works as ever for anything that wants it.

SQLAlchemy's ``util.compat`` imports ``hashlib`` for one use, an MD5 that shortens over-long
constraint names, and hashlib maps libcrypto (3.4 MiB resident) for its OpenSSL-backed
constructors. While that module runs, ``import _hashlib`` fails, so it gets hashlib's built-in
constructors (the same digests); that hashlib is then forgotten, so that the next
``import hashlib`` anywhere gets the usual one, OpenSSL and all.

``install()`` is called as the package is imported, before anything can import asyncio or
SQLAlchemy; a module already loaded (a test runner's plugin) changes nothing.
"""

from __future__ import annotations

import sys
from importlib.machinery import ModuleSpec, PathFinder

TYPE_CHECKING = False  # not typing's: the bare window of make bench imports this package too
if TYPE_CHECKING:
    from types import ModuleType
    from typing import Any


class _Finder:  # a meta path finder (not importlib.abc's: that module alone is 2 MiB)
    """Loads ``module`` while ``blocked`` cannot be imported; afterwards forgets the modules of
    ``forget`` that were loaded meanwhile (they hold the lesser version)."""

    def __init__(self, module: str, blocked: str, forget: tuple[str, ...] = ()) -> None:
        self.module, self.blocked, self.forget = module, blocked, forget

    def find_spec(
        self, fullname: str, path: Any = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if fullname != self.module:
            return None
        if self in sys.meta_path:
            sys.meta_path.remove(self)  # once: its submodules are found the ordinary way
        spec = PathFinder.find_spec(fullname, path, target)
        if spec is None or spec.loader is None:
            return spec  # the ordinary finders decide (not found, frozen, ...)
        spec.loader = _Loader(spec.loader, self)  # type: ignore[assignment]
        return spec


class _Loader:
    def __init__(self, loader: Any, finder: _Finder) -> None:
        self._loader = loader
        self._finder = finder

    def __getattr__(self, name: str) -> Any:  # get_source, get_filename, is_package ...
        return getattr(self._loader, name)

    def create_module(self, spec: ModuleSpec) -> ModuleType | None:
        return self._loader.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        blocked, forget = self._finder.blocked, self._finder.forget
        block = all(name not in sys.modules for name in (blocked, *forget))
        if block:
            sys.modules[blocked] = None  # type: ignore[assignment]  # its import raises ImportError
        try:
            self._loader.exec_module(module)
        finally:
            if block:
                if blocked in sys.modules and sys.modules[blocked] is None:
                    del sys.modules[blocked]
                for name in forget:
                    sys.modules.pop(name, None)


FINDERS = (
    ("asyncio", "ssl", ()),
    ("sqlalchemy.util.compat", "_hashlib", ("hashlib",)),
)


def install() -> None:
    for module, blocked, forget in FINDERS:
        if module not in sys.modules and not any(
            isinstance(f, _Finder) and f.module == module for f in sys.meta_path
        ):
            sys.meta_path.insert(0, _Finder(module, blocked, forget))
