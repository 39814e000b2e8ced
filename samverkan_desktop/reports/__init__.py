"""Printouts (ReportLab), one module per document, sharing ``style``. Each builder returns PDF
bytes, so the window's preview, printing and the command line use the same output."""

from samverkan_desktop.reports.reportlab_patterns import import_paragraph

import_paragraph()  # first, before a report imports reportlab.platypus (see the module)
