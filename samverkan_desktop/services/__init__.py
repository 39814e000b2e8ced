"""Use cases: one function per thing a user does. Each takes a session, validates, raises a
typed error from ``samverkan_desktop.errors`` and returns plain, immutable data."""
