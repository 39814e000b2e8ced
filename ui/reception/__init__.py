"""Reception mode: full-screen lending and returns of alarm units."""
