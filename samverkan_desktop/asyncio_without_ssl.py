"""asyncio loaded without its optional SSL support, saving about 5 MiB of every start.

SQLAlchemy 2.1 imports asyncio whatever the driver (sqlalchemy.util.concurrency), and asyncio
imports ``ssl`` for its TLS transports, which maps OpenSSL's libssl and libcrypto: 5 MiB
resident of a window that peaks at about 115 MiB (issue 7 budgets it at twice a bare PySide6
window). The program never runs an event loop, let alone a TLS one: SQLite is a file, and
psycopg talks TLS to PostgreSQL through libpq's own OpenSSL. So while asyncio's modules run,
``import ssl`` fails as on a Python built without it (each of them then sets ``ssl = None``);
afterwards ``import ssl`` works as ever for anything that wants it.

``install()`` is called as the package is imported, before anything can import asyncio; if
asyncio is already loaded (a test runner's plugin), it changes nothing.
"""

from __future__ import annotations

import sys
from importlib.machinery import ModuleSpec, PathFinder

TYPE_CHECKING = False  # not typing's: the bare window of make bench imports this package too
if TYPE_CHECKING:
    from types import ModuleType
    from typing import Any


class _Finder:  # a meta path finder (not importlib.abc's: that module alone is 2 MiB)
    def find_spec(
        self, fullname: str, path: Any = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if fullname != "asyncio":
            return None
        if self in sys.meta_path:
            sys.meta_path.remove(self)  # once: its submodules are found the ordinary way
        spec = PathFinder.find_spec(fullname, path, target)
        if spec is None or spec.loader is None:
            return spec  # the ordinary finders decide (not found, frozen, ...)
        spec.loader = _Loader(spec.loader)  # type: ignore[assignment]
        return spec


class _Loader:
    def __init__(self, loader: Any) -> None:
        self._loader = loader

    def __getattr__(self, name: str) -> Any:  # get_source, get_filename, is_package ...
        return getattr(self._loader, name)

    def create_module(self, spec: ModuleSpec) -> ModuleType | None:
        return self._loader.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        blocked = "ssl" not in sys.modules
        if blocked:
            sys.modules["ssl"] = None  # type: ignore[assignment]  # "import ssl" raises ImportError
        try:
            self._loader.exec_module(module)
        finally:
            if blocked and "ssl" in sys.modules and sys.modules["ssl"] is None:
                del sys.modules["ssl"]


def install() -> None:
    if "asyncio" not in sys.modules and not any(isinstance(f, _Finder) for f in sys.meta_path):
        sys.meta_path.insert(0, _Finder())
