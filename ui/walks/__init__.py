"""Safety walks: places and their priorities, walks carried through the method's steps."""
