"""Files for other programs: calendars (.ics) and, later, spreadsheets. Each exporter takes a
session and returns bytes, so the window and the command line write the same file."""
