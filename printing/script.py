"""What both printing renderers share about scripts: right-to-left ordering and missing fonts.

``bidi_levels`` is a small Unicode bidi (UAX #9) resolver for one paragraph, without explicit
embeddings; ReportLab's own needs rlbidi, and Pillow's raqm orders only within one font run.
"""

from __future__ import annotations

import unicodedata

_RAISED_IN_RTL = {"L", "EN", "AN"}
_EXPLICIT = {"LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI", ""}
_NEUTRAL = {"B", "S", "WS", "ON"}


class FontMissing(RuntimeError):
    """A font the printout needs is not installed; it cannot be drawn right (Debian:
    fonts-noto-core, fonts-noto-cjk, fonts-wqy-microhei)."""


def bidi_levels(text: str, rtl: bool) -> list[int]:
    """Embedding levels of one paragraph (UAX #9 rules W1-W7, N1-N2, I1-I2, L1)."""
    base = 1 if rtl else 0
    sos = "R" if rtl else "L"
    original = ["BN" if (t := unicodedata.bidirectional(ch)) in _EXPLICIT else t for ch in text]
    types = list(original)
    prev = sos
    for i, t in enumerate(types):  # W1 (joiners are treated as marks, to stay in their run)
        if t in {"NSM", "BN"}:
            types[i] = prev
        prev = types[i]
    strong = sos
    for i, t in enumerate(types):  # W2, W3
        if t == "EN" and strong == "AL":
            types[i] = "AN"
        if t in {"L", "R", "AL"}:
            strong = t
        if t == "AL":
            types[i] = "R"
    for i in range(1, len(types) - 1):  # W4
        left, mid, right = types[i - 1], types[i], types[i + 1]
        if left == right == "EN" and mid in {"ES", "CS"}:
            types[i] = "EN"
        elif left == right == "AN" and mid == "CS":
            types[i] = "AN"
    for i, t in enumerate(types):  # W5
        if t == "EN":
            for step in (-1, 1):
                k = i + step
                while 0 <= k < len(types) and types[k] == "ET":
                    types[k] = "EN"
                    k += step
    types = ["ON" if t in {"ES", "ET", "CS"} else t for t in types]  # W6
    strong = sos
    for i, t in enumerate(types):  # W7
        if t in {"L", "R"}:
            strong = t
        elif t == "EN" and strong == "L":
            types[i] = "L"
    direction = ["R" if t in {"R", "EN", "AN"} else t for t in types]
    i = 0
    while i < len(types):  # N1, N2
        if types[i] not in _NEUTRAL:
            i += 1
            continue
        j = i
        while j < len(types) and types[j] in _NEUTRAL:
            j += 1
        before = direction[i - 1] if i > 0 else sos
        after = direction[j] if j < len(types) else sos
        resolved = before if before == after else sos
        types[i:j] = [resolved] * (j - i)
        i = j
    levels = []
    for t in types:  # I1, I2
        if base == 0:
            levels.append({"R": 1, "EN": 2, "AN": 2}.get(t, 0))
        else:
            levels.append(2 if t in _RAISED_IN_RTL else 1)
    k = len(text)
    while k > 0 and original[k - 1] in {"WS", "BN", "S", "B"}:  # L1: trailing space
        k -= 1
        levels[k] = base
    return levels
