"""Samverkan core: data, rules, reports and the command line. Never imports Qt."""

from __future__ import annotations

from samverkan_desktop import without_openssl

__version__ = "0.1.0"

without_openssl.install()  # before anything can import asyncio or SQLAlchemy
