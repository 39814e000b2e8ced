"""The PySide6 window. Imports the core; the core never imports this."""
