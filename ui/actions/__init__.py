"""Actions: every action from meetings, safety walks and exercises, followed up until closed."""
