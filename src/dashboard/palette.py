"""The app's colours, one definition each for the pages (.streamlit/config.toml holds the same,
a test ties them), the charts and every export: its text, muted text, accent, rules and
background, and the Okabe–Ito palette, distinguishable for colour-blind viewers."""

from __future__ import annotations

TEXT = "#0B0D10"  # dark enough that Streamlit's lighter captions still reach 4.5:1 (WCAG AA)
MUTED = "#59636E"  # small print and sources: 6.1:1 on white
ACCENT = "#0072B2"  # Okabe–Ito blue: links, headings of a card's parts
RULE = "#D0D7DE"  # lines between sections and table cells
BACKGROUND = "#FFFFFF"

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

BACKGROUND = "#FFFFFF"
# Word-cloud colours. A coloured word leans clearly to one group or side (the first group gets
# the first colour, and so on); a grey word does not. Okabe–Ito's hues, darkened where needed so
# that every word, the smallest too, reaches WCAG's 4.5:1 for normal text against BACKGROUND.
LEAN_COLOURS = (
    "#0072B2",  # blue (Okabe–Ito's own, 5.2:1)
    "#B34700",  # vermillion, darkened from #D55E00 (5.5:1)
    "#007A5A",  # bluish green, darkened from #009E73 (5.3:1)
    "#A8477F",  # reddish purple, darkened from #CC79A7 (5.4:1)
    "#8A6100",  # orange, darkened from #E69F00 (5.5:1)
)
NEUTRAL_COLOUR = "#707070"  # grey: no clear lean (5.0:1)


def contrast_ratio(foreground: str, background: str = BACKGROUND) -> float:
    """WCAG 2.1 contrast ratio of two '#RRGGBB' colours (1 to 21)."""
    light, dark = sorted(map(_relative_luminance, (foreground, background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def rgb(hex_colour: str) -> tuple[int, int, int]:
    """'#0072B2' as (0, 114, 178)."""
    return tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]


def _relative_luminance(hex_colour: str) -> float:
    """WCAG 2.1 relative luminance of an '#RRGGBB' colour."""
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def label_colour_on(background: str) -> str:
    """Black or white, whichever contrasts more with `background` (for labels on bars)."""
    luminance = _relative_luminance(background)
    return "#000000" if (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) else "#FFFFFF"
