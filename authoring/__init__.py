"""Authoring aids for the service catalogue: tools a content editor runs, never the kiosk.

``authoring`` imports ``core`` and ``pyxform`` only (never Qt, never storage).
"""

from authoring.xlsform_import import import_xlsform
from authoring.xlsform_problems import ImportProblem, ImportResult, XlsformImportError

__all__ = ["ImportProblem", "ImportResult", "XlsformImportError", "import_xlsform"]
