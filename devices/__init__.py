"""Qt-free device drivers: scanner (SANE), smart-card reader (PC/SC), QR decoding.

Arrives with the scanning and staff sign-in issues; the package exists now so the
layer contracts cover it.
"""
