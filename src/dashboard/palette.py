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

# Text-safe subset: dark enough for text on a white background (used by word clouds).
TEXT_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#000000")
