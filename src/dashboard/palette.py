"""The app's colours: the Okabe–Ito palette, distinguishable for colour-blind viewers."""

from __future__ import annotations

# Okabe & Ito (2008), "Color Universal Design". Black is left out: it is the text colour.
OKABE_ITO = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#D55E00",  # vermillion
    "#F0E442",  # yellow
)

# Word-cloud colours: the palette's darker hues. Cloud words are large type, for which WCAG asks
# 3:1 against white; all reach it (the smallest words are listed in the table beside the cloud).
TEXT_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#000000")


def _relative_luminance(hex_colour: str) -> float:
    """WCAG 2.1 relative luminance of an '#RRGGBB' colour."""
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def label_colour_on(background: str) -> str:
    """Black or white, whichever contrasts more with `background` (for labels on bars)."""
    luminance = _relative_luminance(background)
    return "#000000" if (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) else "#FFFFFF"
