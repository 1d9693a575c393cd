"""What a Chinese message may keep in Latin letters (test_messages, test_error_messages)."""

from __future__ import annotations

import re

# Placeholders, options, code and names: what a translation keeps in Latin letters.
CODE = re.compile(
    r"%\(\w+\)[sr]"  # placeholders
    r"|“[^”]*”|「[^」]*」"  # the document's own words, quoted
    r"|--[a-z-]+"  # options
    r"|'[^']*'"  # Python values: 'zh_CN', ['number', 'name']
    r"|[A-Za-z0-9_.]+\([^()]*\)"  # calls: Money.parse('766万元'), evaluate()
    r"|[A-Za-z]+ ?>?="  # keyword arguments, comparisons: unit='万元', high >= value
    r"|[A-Za-z0-9]*[_.][A-Za-z0-9_.]+"  # dotted and underscored names: datetime.date, .xlsx
    r"|(?<![A-Za-z])[A-Z][A-Za-z0-9-]*"  # class and proper names: Decimal, JSON, UTF-8, FILE
    r"|(?<![A-Za-z])(?:int|str|bytes|bool|datetime|true|false|pip install|iconv|progress"
    r"|aidmodel|bound|value|why|json|txt|xlsx|csv|docx|ttf|otf|png|svg)(?![A-Za-z])"
)


def without_code(text: str) -> str:
    """A message without what stays Latin in any language (:data:`CODE`)."""
    return CODE.sub("", text)


def has_english(text: str) -> bool:
    """Whether a message has an English word left once code is taken out."""
    return re.search(r"[A-Za-z]{3,}", without_code(text)) is not None
