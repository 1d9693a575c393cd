"""Errors raised by aidmodel.

Every error a public function raises derives from :class:`AidModelError`, and
also from :class:`ValueError` or :class:`TypeError` where that fits, so callers
can catch either the library's base class or the builtin they expect::

    AidModelError (Exception)
    ├── InvalidTypeError (+ TypeError)      a value of the wrong type (a float for money)
    ├── MissingDependencyError (+ ImportError)  an optional library not installed (.extra)
    └── InvalidValueError (+ ValueError)    a value that cannot be represented
        ├── AmountError                     money finer than a fen (分), NaN, out of range
        ├── NumeralError                    malformed numeral or amount text (.text, .position)
        ├── SourceError                     malformed source document (.source, .line, .column)
        ├── NotFoundError (+ KeyError)      no section, fund source or project with this id
        └── SerializationError              malformed wire data (.problems, each a Problem)
            └── BuildError                  plain data that aidmodel.build cannot read

Every message reads ``<where>: <problem>; expected <expected>, got <input!r>``
and quotes the offending input verbatim:

>>> from aidmodel import Money
>>> Money.from_yuan("0.001")
Traceback (most recent call last):
...
aidmodel.errors.AmountError: Money.yuan (金额): finer than one fen (分); expected at most 2 decimal places, got '0.001'

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from aidmodel._wording import N_, ErrorText, quote

__all__ = [
    "AidModelError",
    "AmountError",
    "BuildError",
    "InvalidTypeError",
    "InvalidValueError",
    "MissingDependencyError",
    "NotFoundError",
    "NumeralError",
    "Problem",
    "SerializationError",
    "SourceError",
]


class _Nothing:
    """Marks an argument that was not given (``None`` may be the offending input)."""

    def __repr__(self) -> str:
        return "<not given>"


_NOTHING: object = _Nothing()


class AidModelError(Exception):
    """Base class of every error aidmodel raises.

    Args:
        where: Where the problem is: ``Class.field (中文)``, ``character 3``,
            ``line 19, column 7`` or a JSON path such as ``$.projects[2].amount``.
        problem: What is wrong, in plain words: a message of the catalogs (marked
            ``N_("...")``), with ``%(name)s`` placeholders filled from ``params``.
        expected: What would have been accepted, if that can be said; a message of the
            catalogs as ``problem`` is.
        got: The offending input, quoted verbatim in the message. Text, bytes and
            numbers are always quoted whole; the repr of any other object (a
            wrongly passed Programme, say) is cut after 120 characters and says
            how long it was, so one bad argument does not fill a screen.
            ``got`` keeps the object itself.
        params: The values of the placeholders of ``problem`` and ``expected``. Without
            them the messages are not ``%``-formatted.

    Attributes:
        problem_template: ``problem`` as given: a message of the catalogs.
        expected_template: ``expected`` as given.
        params: The values of their placeholders, as ``(name, value)`` pairs:
            :func:`aidmodel.messages.format_error` tells the error in another locale from
            these. (``problem`` and ``expected`` are the English messages, filled.)

    >>> err = AidModelError("Money.yuan (金额)", "not a number", expected="a decimal string", got="abc")
    >>> str(err)
    "Money.yuan (金额): not a number; expected a decimal string, got 'abc'"
    >>> err.where, err.problem, err.expected, err.got
    ('Money.yuan (金额)', 'not a number', 'a decimal string', 'abc')
    >>> err = AidModelError("f", "%(count)s digits", expected="at most %(most)s", params={"count": 3, "most": 2})
    >>> print(err)
    f: 3 digits; expected at most 2
    >>> err.problem_template, err.params
    ('%(count)s digits', (('count', 3), ('most', 2)))

    .. versionchanged:: 0.2.0 ``params``, and the messages kept as templates.
    """

    where: str
    problem: str
    expected: str | None
    got: object
    problem_template: str
    expected_template: str | None
    params: tuple[tuple[str, object], ...]

    def __init__(
        self,
        where: str,
        problem: str,
        *,
        expected: str | None = None,
        got: object = _NOTHING,
        params: Mapping[str, object] | None = None,
    ) -> None:
        values = dict(params or {})
        self.where = where
        self.problem_template = problem
        self.expected_template = expected
        self.params = tuple(values.items())
        self.problem = problem % values if values else problem
        self.expected = expected % values if values and expected is not None else expected
        self.got = None if got is _NOTHING else got
        self._quotes_got = got is not _NOTHING
        message = f"{where}: {self.problem}"
        tail = []
        if expected is not None:
            tail.append(f"expected {self.expected}")
        if got is not _NOTHING:
            tail.append(f"got {quote(got)}")
        if tail:
            message += "; " + ", ".join(tail)
        super().__init__(message)

    def __str__(self) -> str:
        """The English message; it keeps (a copy of) the error, to be told in another locale
        where only its text was kept (:func:`aidmodel.messages.format_warning`)."""
        text = BaseException.__str__(self)
        if isinstance(text, ErrorText):
            return text
        return ErrorText(text, detached(self))

    def __reduce__(self) -> tuple[object, ...]:
        # Keyword-only arguments do not survive the default exception pickling.
        return (_rebuild, (type(self), self.__dict__.copy(), BaseException.__str__(self)))


def detached(error: AidModelError) -> AidModelError:
    """A copy of an error without its traceback (nor cause), to be kept with a message."""
    rebuild, arguments = error.__reduce__()[:2]
    return rebuild(*arguments)  # type: ignore[operator,misc,no-any-return]


#: Where a problem of the wire format is (the path of a Problem says it).
_WIRE = "wire"


def _rebuild(cls: type[AidModelError], state: dict[str, object], message: str) -> AidModelError:
    err = cls.__new__(cls)
    Exception.__init__(err, message)
    err.__dict__.update(state)
    return err


class InvalidValueError(AidModelError, ValueError):
    """A value that cannot be represented (blank name, month 13, negative amount).

    >>> raise InvalidValueError("Project.name (项目名称)", "blank text", expected="a non-empty string", got=" ")
    Traceback (most recent call last):
    ...
    aidmodel.errors.InvalidValueError: Project.name (项目名称): blank text; expected a non-empty string, got ' '
    """


class InvalidTypeError(AidModelError, TypeError):
    """A value of the wrong type, such as a float where money is expected.

    >>> from aidmodel import Money
    >>> Money.from_wan(1.5)
    Traceback (most recent call last):
    ...
    aidmodel.errors.InvalidTypeError: Money.from_wan: floats are not exact; expected a decimal string, Decimal or int (pass '1.5' or Decimal('1.5')), got 1.5
    """


class MissingDependencyError(AidModelError, ImportError):
    """An optional library a function needs is not installed; the message names the extra.

    Attributes:
        module: The module that could not be imported (``"openpyxl"``).
        extra: The aidmodel extra that installs it (``"excel"``).

    >>> err = MissingDependencyError("to_xlsx", "openpyxl", "excel")
    >>> print(err)
    to_xlsx: openpyxl is not installed; expected pip install 'aidmodel[excel]', got 'openpyxl'
    >>> err.module, err.extra, isinstance(err, ImportError)
    ('openpyxl', 'excel', True)

    .. versionadded:: 0.1.0
    """

    module: str
    extra: str

    def __init__(self, where: str, module: str, extra: str) -> None:
        super().__init__(
            where,
            N_("%(module)s is not installed"),
            expected=N_("pip install 'aidmodel[%(extra)s]'"),
            got=module,
            params={"module": module, "extra": extra},
        )
        self.module = module
        self.extra = extra
        self.name = module  # ImportError's attribute

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.where, self.module, self.extra))


class AmountError(InvalidValueError):
    """Money that cannot be represented exactly: finer than a fen, NaN, infinite, too large.

    >>> from aidmodel import Money
    >>> Money.from_wan("0.0000001")
    Traceback (most recent call last):
    ...
    aidmodel.errors.AmountError: Money.from_wan: finer than one fen (分); expected at most 6 decimal places in 万元, got '0.0000001'
    """


class NumeralError(InvalidValueError):
    """Malformed numeral or amount text.

    Attributes:
        function: The function (or what else) that read the text.
        text: The whole input text.
        position: 0-based index of the offending character (the message counts from 1),
            or ``None`` when the problem is the text as a whole.

    >>> from aidmodel.numerals import parse_rmb_upper
    >>> try:
    ...     parse_rmb_upper("柒佰两拾万元整")
    ... except NumeralError as err:
    ...     print(err)
    ...     print(err.position, err.text[err.position])
    parse_rmb_upper, character 3: '两' is not an uppercase digit; expected 贰, got '柒佰两拾万元整'
    2 两
    """

    function: str
    text: str
    position: int | None

    def __init__(
        self,
        function: str,
        text: str,
        position: int | None,
        problem: str,
        *,
        expected: str | None = None,
        params: Mapping[str, object] | None = None,
    ) -> None:
        where = function if position is None else f"{function}, character {position + 1}"
        super().__init__(where, problem, expected=expected, got=text, params=params)
        self.function = function
        self.text = text
        self.position = position


class SourceError(InvalidValueError):
    """Malformed source document, located by line and column (both counted from 1).

    Attributes:
        source: Name of the source (a file name), or ``None``.
        line: 1-based line number, or ``None``.
        column: 1-based column number, or ``None``.

    >>> err = SourceError("plan.txt", 19, 7, "amount without a unit", expected="万元 or 元", got="拟投入资金66")
    >>> str(err)
    "plan.txt, line 19, column 7: amount without a unit; expected 万元 or 元, got '拟投入资金66'"
    """

    source: str | None
    line: int | None
    column: int | None

    def __init__(
        self,
        source: str | None,
        line: int | None,
        column: int | None,
        problem: str,
        *,
        expected: str | None = None,
        got: object = _NOTHING,
        params: Mapping[str, object] | None = None,
    ) -> None:
        parts = [source] if source else []
        if line is not None:
            parts.append(f"line {line}" + (f", column {column}" if column is not None else ""))
        where = ", ".join(parts) or "source"
        super().__init__(where, problem, expected=expected, got=got, params=params)
        self.source = source
        self.line = line
        self.column = column


class NotFoundError(InvalidValueError, KeyError):
    """A lookup by id, key or name that finds nothing: :meth:`Programme.section("9")
    <aidmodel.Programme.section>`, :meth:`~aidmodel.Programme.fund_source`, a project to
    replace or remove.

    It is a :class:`KeyError` too, as a miss in a mapping is, and an
    :class:`InvalidValueError` (so a :class:`ValueError`), as these misses were before
    0.2.0; its message is the library's, not a key's repr.

    >>> err = NotFoundError("Programme.section", "no section with this id", expected="one of ['1']", got="9")
    >>> isinstance(err, KeyError), isinstance(err, ValueError), err.got
    (True, True, '9')
    >>> str(err)
    "Programme.section: no section with this id; expected one of ['1'], got '9'"

    .. versionadded:: 0.2.0
    """


class Problem(str):
    """One problem of a document (:attr:`SerializationError.problems`): its line as text,
    ``"<message> @ <path>"``, with the parts as attributes, as pydantic's ``errors()`` gives
    them.

    A problem is a :class:`str`, the line that ``.problems`` held before 0.2.0, so code that
    prints, compares or searches the lines keeps working. It cannot be changed.

    Attributes:
        path: Where, as a JSON path from the document's root: ``"$.projects[2].amount"``.
        message: What is wrong, with what would have been accepted and the input quoted.
        input: The offending input itself: the value, the unknown key(s) of an object;
            ``None`` for a missing field or where the input is not known.
        error: The error the message tells, when it is one of aidmodel's (kept so that
            :func:`aidmodel.messages.format_error` tells the problem in another locale),
            else ``None`` (a message of cattrs).

    >>> problem = Problem("not a string; expected a JSON string, got 1", "$.title", 1)
    >>> problem
    Problem('not a string; expected a JSON string, got 1', path='$.title', input=1)
    >>> print(problem)
    not a string; expected a JSON string, got 1 @ $.title
    >>> problem.path, problem.input, "$.title" in problem
    ('$.title', 1, True)
    >>> Problem.from_line("missing required field 'name' @ $.projects[0]").path
    '$.projects[0]'

    .. versionadded:: 0.2.0
    """

    path: str
    message: str
    input: object
    error: AidModelError | None

    def __new__(
        cls, message: str, path: str = "$", got: object = None, error: AidModelError | None = None
    ) -> Problem:
        line = super().__new__(cls, f"{message} @ {path}")
        object.__setattr__(line, "message", message)
        object.__setattr__(line, "path", path)
        object.__setattr__(line, "input", got)
        object.__setattr__(line, "error", None if error is None else detached(error))
        return line

    @classmethod
    def of(
        cls,
        problem: str,
        path: str = "$",
        *,
        expected: str | None = None,
        params: Mapping[str, object] | None = None,
    ) -> Problem:
        """A problem told from a message of the catalogs, as an error is (its input not
        known): ``Problem.of(N_("repeated key %(key)r"), "$.a", params={"key": "b"})``.

        >>> Problem.of("missing format_version", "$.format_version", expected="1 or 2")
        Problem('missing format_version; expected 1 or 2', path='$.format_version', input=None)
        """
        error = InvalidValueError(_WIRE, problem, expected=expected, params=params)
        return cls(BaseException.__str__(error).removeprefix(f"{_WIRE}: "), path, None, error)

    @classmethod
    def from_line(cls, line: str, got: object = None) -> Problem:
        """The problem of a line ``"<message> @ <path>"`` (the path is ``"$"`` if none is
        given); ``got`` is its input. A Problem is returned as it is."""
        if isinstance(line, Problem):
            return line
        message, at, path = str(line).rpartition(" @ ")
        return cls(message, path, got) if at else cls(str(line), "$", got)

    def __setattr__(self, name: str, value: object) -> None:
        message = f"Problem is immutable; cannot set {name!r}"
        raise AttributeError(message)

    def __delattr__(self, name: str) -> None:
        message = f"Problem is immutable; cannot delete {name!r}"
        raise AttributeError(message)

    def __repr__(self) -> str:
        return f"Problem({self.message!r}, path={self.path!r}, input={quote(self.input)})"

    def __reduce__(self) -> tuple[object, ...]:
        return (Problem, (self.message, self.path, self.input, self.error))


class SerializationError(InvalidValueError):
    """Wire data that does not fit the model; one line per problem with its JSON path.

    Attributes:
        problems: Every problem, each a :class:`Problem`: the line ``"<message> @ $.path"``
            as text, with its ``path``, ``message`` and ``input``.

    >>> err = SerializationError("Programme", ["invalid value for type, expected str @ $.title"])
    >>> print(err)
    Programme: 1 problem in the data; expected data matching the wire format
      invalid value for type, expected str @ $.title
    >>> err.problems[0].path, err.problems[0].message
    ('$.title', 'invalid value for type, expected str')

    .. versionchanged:: 0.2.0 Each problem is a :class:`Problem`, a str with its parts.
    """

    problems: tuple[Problem, ...]
    #: What the data should have matched, in the message.
    _expected = N_("data matching the wire format")

    def __init__(self, what: str, problems: Sequence[str]) -> None:
        self.problems = tuple(map(Problem.from_line, problems))
        count = len(self.problems)
        super().__init__(
            what,
            N_("%(count)s problem in the data")
            if count == 1
            else N_("%(count)s problems in the data"),
            expected=self._expected,
            params={"count": count},
        )
        self.args = (str(self.args[0]) + "".join(f"\n  {p}" for p in self.problems),)


class BuildError(SerializationError):
    """Plain data that :func:`aidmodel.build` cannot make into the model: every problem at
    once, each a :class:`Problem` with its path.

    >>> err = BuildError("Project", [Problem("missing required field 'name'", "$")])
    >>> print(err)
    Project: 1 problem in the data; expected data aidmodel.build can read
      missing required field 'name' @ $

    .. versionadded:: 0.2.0
    """

    _expected = N_("data aidmodel.build can read")
