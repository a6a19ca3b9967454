"""Printouts (tickets, slips, badges, receipts) rendered to PDF and ESC/POS, and printer backends.

Arrives with the printing issue; the package exists now so the layer contracts cover it.
"""
