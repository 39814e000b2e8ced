"""Alarm units: inventory, loans, training and use (the area), shared with reception mode."""
