"""Locale identifiers read once for formatting and messages (internal, shared)."""

from __future__ import annotations

from babel import Locale, UnknownLocaleError

from aidmodel._wording import N_
from aidmodel.errors import InvalidTypeError, InvalidValueError

__all__ = ["parse_locale"]


def parse_locale(locale: object, where: str) -> Locale:
    """A Babel Locale from an identifier such as 'zh_CN', 'zh-Hant-TW' or 'en'."""
    option = f"{where}(locale=...)"
    if isinstance(locale, Locale):
        return locale
    if not isinstance(locale, str):
        raise InvalidTypeError(
            option,
            N_("a %(type)s is not a locale"),
            expected=N_("a locale identifier such as 'zh_CN'"),
            got=locale,
            params={"type": type(locale).__name__},
        )
    try:
        return Locale.parse(locale, sep="-" if "-" in locale else "_")
    except (UnknownLocaleError, ValueError, TypeError):
        raise InvalidValueError(
            option,
            N_("unknown locale"),
            expected=N_("a locale known to Babel such as 'zh_CN', 'zh_Hant_TW' or 'en'"),
            got=locale,
        ) from None
