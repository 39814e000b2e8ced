"""The PySide6 window. Imports the core; the core never imports this."""

from ui._bool_refcount import make_bools_immortal

make_bools_immortal()
