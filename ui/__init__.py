"""The PySide6 window. Imports the core; the core never imports this."""

from ui._refcount_guard import make_singletons_immortal
from ui._source_scan import stop_keeping_sources

make_singletons_immortal()
stop_keeping_sources()
