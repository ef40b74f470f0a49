"""Numbers as each language writes them, from the Unicode CLDR data Babel carries: in Danish
'15,2', '1.234' and '21 %'; in English '15.2', '1,234' and '21%'."""

from __future__ import annotations

import decimal

import pandas as pd
from babel.numbers import format_decimal, format_percent, get_decimal_symbol, get_group_symbol

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


def readable_table(frame: pd.DataFrame, lang: Language, digits: dict[str, int]) -> pd.DataFrame:
    """A copy of `frame` whose number columns are text as `lang` writes them: whole numbers
    with the thousands separator, the columns named in `digits` with that many decimals.

    A table's cells as text, because a grid's accessible cells carry the raw value (a screen
    reader would read '15.220700152207002' under a column showing '15,2')."""
    shown = frame.copy()
    for column in shown.columns:
        if column in digits:
            shown[column] = [decimal_number(v, lang, digits[column]) for v in shown[column]]
        elif pd.api.types.is_integer_dtype(shown[column]):
            shown[column] = [whole(v, lang) for v in shown[column]]
    return shown


def vega_number_locale(lang: Language) -> dict:
    """The language's number format for Vega-Lite charts (`config.locale.number`), from the
    same CLDR data: decimal and thousands separators, and the percent sign as written."""
    locale = LOCALES[lang]
    return {
        "decimal": get_decimal_symbol(locale),
        "thousands": get_group_symbol(locale),
        "grouping": [3],
        "currency": ["", ""],
        "percent": format_percent(0, locale=locale).removeprefix("0"),
    }
