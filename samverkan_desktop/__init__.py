"""Samverkan core: data, rules, reports and the command line. Never imports Qt."""

from __future__ import annotations

__version__ = "0.1.0"
