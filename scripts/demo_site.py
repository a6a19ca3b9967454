"""Writes the demo site's appointment list (assets/demo/appointments.json).

The residents are fictional; three are named after the case studies in Barking and
Dagenham's Customer Access Strategy. Only the salted hash of surname and date of birth is
written, as the central service would send it; the names stay in this script.
Run: .venv/bin/python scripts/demo_site.py
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.appointments import person_key

SALT = "idea-store-whitechapel/demo-salt-2026"
# reference, service, time, minutes, surname, date of birth, booked as a priority visit
DEMO = [
    ("TH-4K7Q2", "housing", "09:30", 30, "Hart", "1991-04-12", True),  # Lucy: at risk of eviction
    ("TH-7MZ3C", "waste-environment", "09:40", 15, "Palmer", "1968-09-03", False),  # Geoff
    ("TH-9QX4R", "council-tax-benefits", "10:00", 20, "Suksawat", "1979-01-25", False),  # Rasnee
    ("TH-3HB8N", "registrars", "10:20", 20, "Begum", "1985-06-30", False),
    ("TH-5WD2K", "housing", "10:40", 30, "Uddin", "1952-11-08", True),
    ("TH-8RT6M", "council-tax-benefits", "11:00", 20, "Nowak", "1988-02-17", False),
    ("TH-2CV9P", "parking", "11:20", 15, "Chen", "1996-07-04", False),
    ("TH-6NJ4S", "housing", "11:40", 30, "Warsame", "1983-03-21", False),
    ("TH-4PG7T", "general-enquiries", "12:00", 15, "Ahmed", "1975-12-02", False),
    ("TH-7YK2V", "council-tax-benefits", "13:00", 20, "O'Brien", "1962-05-15", True),
    ("TH-3FM8W", "registrars", "13:20", 20, "Kowalska", "1993-10-09", False),
    ("TH-9BS5X", "housing", "13:40", 30, "Rahman", "1990-08-27", False),
    ("TH-5HQ3Y", "libraries", "14:00", 15, "Okafor", "2001-01-19", False),
    ("TH-8DN6Z", "parking", "14:20", 15, "Miah", "1970-04-04", False),
    ("TH-2KT9A", "housing", "14:40", 30, "Nguyễn", "1987-09-13", True),
    ("TH-6VR4B", "council-tax-benefits", "15:00", 20, "Hussain", "1958-02-28", False),
    ("TH-4XC7C", "waste-environment", "15:20", 15, "Smith", "1999-11-30", False),
    ("TH-7GW2D", "registrars", "15:40", 20, "Islam", "1994-06-06", False),
    ("TH-3MP8E", "general-enquiries", "16:00", 15, "Farah", "1980-07-22", False),
    ("TH-9ZH5F", "housing", "16:20", 30, "Wiśniewski", "1977-03-03", False),
]


def main() -> None:
    rows = [
        {
            "reference": ref,
            "service": service,
            "time": time,
            "minutes": minutes,
            "person": person_key(surname, date.fromisoformat(born), SALT),
            "priority": priority,
        }
        for ref, service, time, minutes, surname, born, priority in DEMO
    ]
    out = Path(__file__).resolve().parent.parent / "assets" / "demo" / "appointments.json"
    out.write_text(
        json.dumps({"salt": SALT, "appointments": rows}, indent=1, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
