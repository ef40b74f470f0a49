"""Numbers as each language writes them, from the Unicode CLDR data Babel carries: in Danish
'15,2', '1.234' and '21 %'; in English '15.2', '1,234' and '21%'."""

from __future__ import annotations

import decimal

from babel.numbers import format_decimal, format_percent

from dashboard.i18n import Language

LOCALES: dict[Language, str] = {"da": "da_DK", "en": "en_GB"}


def _formatted(value: float, pattern: str, lang: Language) -> str:
    # Babel rounds in a decimal context of 28 digits; a count someone typed may be longer.
    with decimal.localcontext(prec=max(28, len(str(value)) + 4)):
        return format_decimal(value, format=pattern, locale=LOCALES[lang])


def decimal_number(value: float, lang: Language, digits: int = 1) -> str:
    """`value` with exactly `digits` decimals and the language's separators."""
    return _formatted(value, "#,##0" + ("." + "0" * digits if digits else ""), lang)


def whole(value: int, lang: Language) -> str:
    """A count with the language's thousands separator: '1.234' / '1,234'."""
    return _formatted(value, "#,##0", lang)


def percent(share: float, lang: Language) -> str:
    """A share (0–1) as a whole percentage: '21 %' (a space that does not break) / '21%'."""
    return format_percent(share, locale=LOCALES[lang])  # CLDR's own pattern: whole percent
