"""Printouts (ReportLab), one module per document, sharing ``style``. Each builder returns PDF
bytes, so the window's preview, printing and the command line use the same output."""
