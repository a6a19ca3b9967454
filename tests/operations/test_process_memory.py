"""A scanned page's memory leaves the kiosk process with the page.

Each case scans pages through the real pipeline (the simulated scanner's A4 pages, colour at
300 dpi and gray at 200 dpi in turn, each on a worker thread as the kiosk scans) in a fresh
Python, so the allocator starts from its defaults, and reads the resident size after each
page with free heap given back. First without the fix, to show the test sees the problem,
then with it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

MB = 1024 * 1024

SCRIPT = textwrap.dedent(
    """
    import ctypes, ctypes.util, json, os, sys, threading
    from operations.process_memory import return_big_buffers_on_free

    if sys.argv[1] == "fixed":
        assert return_big_buffers_on_free()
    from core.scan_capture import capture
    from core.scanning import ScanSettings
    from devices.scan_pipeline import ScanPipeline
    from devices.simulated_scanner import SimulatedScanner

    libc = ctypes.CDLL(ctypes.util.find_library("c"))
    page_bytes = os.sysconf("SC_PAGE_SIZE")

    def resident():
        libc.malloc_trim(0)
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * page_bytes

    scanner, sizes = SimulatedScanner(), []
    for number in range(6):
        settings = ScanSettings(dpi=300, colour=True) if number % 2 else ScanSettings(dpi=200)
        work = threading.Thread(target=capture, args=(scanner, ScanPipeline(), settings, 1))
        work.start()
        work.join()
        sizes.append(resident())
    print(json.dumps(sizes))
    """
)


def resident_after_each_page(mode: str) -> list[int]:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, mode], capture_output=True, text=True, check=True
    )
    sizes: list[int] = json.loads(done.stdout)
    return sizes


def test_by_default_a_freed_colour_page_stays_resident() -> None:
    # What the soak saw: glibc's dynamic threshold keeps a freed page's space in the heap.
    sizes = resident_after_each_page("default")
    assert max(sizes) - min(sizes) >= 16 * MB


def test_with_the_fix_every_page_leaves_with_the_resident() -> None:
    sizes = resident_after_each_page("fixed")
    assert max(sizes) - min(sizes) < 4 * MB, [size // MB for size in sizes]
