"""The font titles and captions are drawn in, shipped with promptcut so text renders the same
on every machine, even one with no fonts installed.

DejaVu Sans Bold 2.37 (Debian's fonts-dejavu-core), under the Bitstream Vera license: see
LICENSE beside this file. Its wide Unicode coverage (Latin, Greek, Cyrillic, many symbols)
draws most titles people type.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["TEXT_FONT"]

# In a folder of its own: libass loads every file of the folder it is given as a font.
TEXT_FONT = Path(__file__).resolve().parent / "ttf" / "DejaVuSans-Bold.ttf"
