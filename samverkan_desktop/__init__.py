"""Samverkan core: data, rules, reports and the command line. Never imports Qt."""

from __future__ import annotations

from samverkan_desktop import asyncio_without_ssl

__version__ = "0.1.0"

asyncio_without_ssl.install()  # before SQLAlchemy can import asyncio
