"""Printer backends: each sends finished bytes somewhere and says how the printer is.

- ``CupsQueue``: a CUPS queue through pycups (PDF, or raw ESC/POS to a thermal queue).
- ``EscposLink``: a thermal printer spoken to directly, over the network, serial or USB.
- ``FileSink``: a folder that keeps each job as a file, for demos.

No backend raises for printer trouble: each returns a ``PrintResult`` with a fault and the
printer's own words. ``printing.printers.build_printer`` pairs a backend with a renderer.
"""

from printing.backends.backend import Backend, DocumentFormat
from printing.backends.cups_queue import CupsQueue
from printing.backends.escpos_link import EscposLink
from printing.backends.file_sink import FileSink

__all__ = ["Backend", "CupsQueue", "DocumentFormat", "EscposLink", "FileSink"]
