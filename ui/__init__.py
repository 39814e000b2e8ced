"""The PySide6 window. Imports the core; the core never imports this."""

from ui._bool_refcount import make_bools_immortal
from ui._source_scan import stop_keeping_sources

make_bools_immortal()
stop_keeping_sources()
