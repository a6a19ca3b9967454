"""Writes the display board's chime (assets/sounds/chime.wav): two soft tones, under a second.

16-bit mono at 22050 Hz, made with the standard library only, so the sound is reproducible
and carries no licence of its own. Run: .venv/bin/python scripts/make_chime.py
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "assets" / "sounds" / "chime.wav"
RATE = 22050
# (frequency in Hz, seconds): a falling major third, like a shop-door ding-dong.
TONES = ((659.25, 0.32), (523.25, 0.48))
LOUDNESS = 0.35  # of full scale: soft enough for a quiet waiting area


def tone(frequency: float, seconds: float) -> list[int]:
    """One bell-like tone: a quick rise, then an exponential fade, with a quiet octave above."""
    count = int(RATE * seconds)
    samples = []
    for i in range(count):
        t = i / RATE
        envelope = min(1.0, t / 0.01) * math.exp(-4.5 * t / seconds)
        wave_value = math.sin(2 * math.pi * frequency * t) + 0.25 * math.sin(
            4 * math.pi * frequency * t
        )
        samples.append(int(32767 * LOUDNESS * envelope * wave_value / 1.25))
    return samples


def chime() -> bytes:
    """The whole chime as little-endian 16-bit samples."""
    samples: list[int] = []
    for frequency, seconds in TONES:
        samples.extend(tone(frequency, seconds))
    return struct.pack(f"<{len(samples)}h", *samples)


def main() -> None:
    """Write the WAV file."""
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(OUT), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(chime())
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
