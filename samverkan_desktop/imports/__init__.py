"""Files from other programs read into the register: the contact list a district already keeps
in Excel. Each reader returns plain rows, so the window and the command line read alike."""
