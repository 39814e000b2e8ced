"""Start the Samverkan window: ``python main.py [--db URL] [--reception] [--lang sv|en]``."""

from __future__ import annotations

import sys

if __name__ == "__main__":
    from ui.app import run

    sys.exit(run(sys.argv))
