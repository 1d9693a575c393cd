"""How aidmodel's messages are worded (private): the pieces an error's message is made of,
shared by :mod:`aidmodel.errors`, which writes them in English, and :mod:`aidmodel.messages`,
which tells them in a reader's language.

A value of a message may say more than its text: a phrase of the catalogs (:func:`phrase`),
phrases in a row (:func:`phrases`), a class named with its English article (:func:`a_type`).
Each is a ``str`` (its English text) that keeps what another language needs.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

__all__ = [
    "N_",
    "UNTITLED",
    "ErrorText",
    "Phrase",
    "Phrases",
    "TypeName",
    "a_type",
    "phrase",
    "phrases",
    "quote",
]


def N_(message: str) -> str:  # noqa: N802 - gettext's name: marked here, translated when told
    """Mark a message for ``pybabel extract -k N_``; it is translated when it is told
    (:mod:`aidmodel.messages`, which gives this function as ``aidmodel.messages.N_``).

    >>> N_("Fund sources")
    'Fund sources'
    """
    return message


#: What a report writes in place of a programme's title when the document gave none.
UNTITLED = N_("（无标题）")


class ErrorText(str):
    """``str(err)``: the English message of an error, which keeps a copy of the error
    (without its traceback), so that a text kept in place of the error (an import
    warning's ``%(error)s``) can be told in another locale."""

    error: Exception  # an AidModelError (this module is inner to aidmodel.errors)

    def __new__(cls, text: str, error: Exception) -> ErrorText:
        told = super().__new__(cls, text)
        told.error = error
        return told

    def __reduce__(self) -> tuple[object, ...]:
        return (ErrorText, (str.__str__(self), self.error))


class Phrase(str):
    """A value of an error's message that is itself a message of the catalogs (``N_``),
    with its own values, told in the locale of the error (:func:`phrase`)."""

    template: str
    params: tuple[tuple[str, object], ...]

    def __new__(cls, template: str, params: tuple[tuple[str, object], ...] = ()) -> Phrase:
        told = super().__new__(cls, template % dict(params) if params else template)
        told.template = template
        told.params = params
        return told

    def __reduce__(self) -> tuple[object, ...]:
        return (Phrase, (self.template, self.params))


class Phrases(str):
    """Phrases in a row, ``", "`` between them (:func:`phrases`)."""

    parts: tuple[str, ...]

    def __new__(cls, parts: tuple[str, ...]) -> Phrases:
        told = super().__new__(cls, ", ".join(parts))
        told.parts = parts
        return told

    def __reduce__(self) -> tuple[object, ...]:
        return (Phrases, (self.parts,))


def phrase(message: str, **params: object) -> str:
    """A value of a message that is a message of the catalogs too (``"count"`` in ``not a
    %(noun)s``), with its own values: :func:`aidmodel.messages.format_error` tells it
    in the locale of the message.

    >>> phrase("count"), phrase("line %(line)s", line=2)
    ('count', 'line 2')
    """
    return Phrase(message, tuple(params.items()))


def phrases(parts: Iterable[str]) -> str:
    """Values of a message in a row, ``", "`` between them (``"，"`` in Chinese).

    >>> phrases([phrase("line %(line)s", line=2), "x"])
    'line 2, x'
    """
    return Phrases(tuple(parts))


class TypeName(str):
    """A class named with its English article (``an int``, ``a Programme``), told as the
    bare name in another language (:func:`a_type`)."""

    name: str

    def __new__(cls, name: str) -> TypeName:
        article = "" if name == "None" else "an " if name[:1].lower() in "aeiou" else "a "
        words = super().__new__(cls, article + name)
        words.name = name
        return words

    def __reduce__(self) -> tuple[object, ...]:
        return (TypeName, (self.name,))


def a_type(name: str) -> str:
    """A class's name with its English article, for a message: ``an int``, ``a Programme``,
    ``None``; another language names the class alone.

    >>> a_type("int"), a_type("Programme"), a_type("None")
    ('an int', 'a Programme', 'None')
    """
    return TypeName(name)


#: Reprs of objects other than text and numbers longer than this are cut in messages.
REPR_LIMIT = 120


def quote(got: object) -> str:
    """``repr(got)``, cut after :data:`REPR_LIMIT` characters unless it is text or a number.

    >>> quote("甲" * 200) == repr("甲" * 200)
    True
    >>> quote(list(range(100)))[-40:]
    '… (a list whose repr has 390 characters)'
    >>> quote(10**5000)
    '(an int of about 5001 digits)'
    """
    try:
        text = repr(got)
    except (RecursionError, ValueError):  # nested too deeply; an int beyond repr's 4300 digits
        if isinstance(got, int):
            return f"(an int of about {int(got.bit_length() * 0.30103) + 1} digits)"
        return f"(a {type(got).__name__} nested too deeply to show)"
    if len(text) <= REPR_LIMIT or isinstance(got, str | bytes | int | float | Decimal):
        return text
    return f"{text[:REPR_LIMIT]}… (a {type(got).__name__} whose repr has {len(text)} characters)"
