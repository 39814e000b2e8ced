from __future__ import annotations

import sys

from samverkan_desktop.cli import main

sys.exit(main())
