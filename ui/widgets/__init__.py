"""Widgets shared by every area."""
