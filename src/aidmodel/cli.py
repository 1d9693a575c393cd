"""The ``aidmodel`` command.

``aidmodel`` alone reports the bundled sample of seed 000 (市中区 → 峨边 2025):
its header, fund sources, fund plan table (项目资金计划表) with sub-totals and
the uppercase total, its commitments and the reconciliation findings. The
other commands::

    aidmodel report plan.json            # the same report for a programme file
    aidmodel report --sample keqiao-ebian-2025 --locale en
    aidmodel import plan.docx -o plan.json  # a plan's text (.txt, .docx) to JSON
    aidmodel report plan.txt             # a plan's text is imported first
    aidmodel check plan.json ...         # findings; exit status 1 when there are any
    aidmodel convert plan.json --to csv  # json, txt, md, csv or xlsx (-o FILE)
    aidmodel portfolio a.json b.json     # totals across plans, by recipient and year
    aidmodel progress plan.json 台账.xlsx --as-of 2025-09-30  # the 进度表 (text, md, csv, xlsx)
    aidmodel commitments TEXT            # the commitments a sentence holds
    aidmodel upper 3952.310194万元        # 叁仟玖佰伍拾贰万叁仟壹佰零壹元玖角肆分
    aidmodel number 三千五百万             # 35000000
    aidmodel chinese 766 --upper          # 柒佰陆拾陆
    aidmodel quantity 170余万元            # value, unit, bound
    aidmodel demo                         # the declared totals of all samples

FILE is a programme in the wire format (``.json``: one programme, or a JSON
array of programmes as ``import`` writes for a bulletin), or a plan's text
(``.txt``, ``.text``, ``.md``, ``.docx``), which is imported first: the import
warnings go to standard error as ``FILE:LINE: code: message``. A file of
another type is refused with the suffixes read. ``--format json`` gives
machine-readable output; ``--locale`` (zh_CN, zh_Hant_TW, en ...) sets how
amounts and dates are written and the language of the messages; the help and
argparse's own words follow a ``--locale`` on the command line, else a Chinese
locale of the environment, else English (:func:`help_locale`). A missing file, a file that is not a programme,
a plan in which no programme is found or a bad amount prints one line naming
it and exits with status 2; ``check`` names each such file and still checks
the others (exit status 2 then, else 1 when there are findings, else 0).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, NoReturn, TextIO

from aidmodel import __version__, samples
from aidmodel.errors import AidModelError, Problem, SerializationError
from aidmodel.importers._filetypes import REFUSED, SUFFIXES
from aidmodel.messages import (
    N_,
    Nn_,
    format_error,
    format_finding,
    format_overdue,
    format_problem,
    format_warning,
    message_locale,
    term,
    translate,
)
from aidmodel.messages import catalog as translations_of
from aidmodel.model import Ledger, Programme
from aidmodel.money import Money
from aidmodel.numerals import parse_chinese_number, parse_rmb_upper, rmb_upper, to_chinese
from aidmodel.quantity import parse_quantity

if TYPE_CHECKING:
    from aidmodel.importers import ImportResult
    from aidmodel.progress import Progress

# The importer, the writers, babel's formatting and the wire format are imported by the
# commands that use them: a one-shot call such as ``aidmodel --help`` or ``aidmodel upper``
# does not load them (bench/bench_startup.py).

__all__ = ["help_locale", "main"]

_PLAIN_DECIMAL = re.compile(r"[+-]?\d+(?:\.\d+)?")
# The suffixes of a plan's text, as the importer reads them.
_PLAN_SUFFIXES: Final = ", ".join(SUFFIXES)

# Declared totals of the bundled sample plans (../shared/seeds), as written, with
# the parts the documents say they are made of. Seed 004's attachment 1 is
# inconsistent on purpose: the demo reports it, it does not fix it.
_DEMO: tuple[tuple[str, str, tuple[str, ...], str | None], ...] = (
    (
        "市中区→峨边 2025 (峨边府办函〔2025〕1号)",
        "766万元",
        ("750万元", "16万"),
        "柒佰陆拾陆万元整",
    ),
    ("柯桥区→峨边 2025 东西部协作", "3952.310194万元", ("3900万元", "52.310194万元"), None),
    ("两江新区→彭水 2020 对口帮扶", "5487万元", (), None),
    ("滨江区→建始 2018 附件1 合计", "5005万元", ("2000万元", "2705万元"), None),
    ("滨江区→建始 2018 附件2 合计", "39242万元", ("31292万元", "7950万元"), None),
)


def _amount(text: str) -> Money:
    """An amount from the command line: a plain decimal is yuan, anything else is parsed."""
    if _PLAIN_DECIMAL.fullmatch(text.strip()):
        return Money.from_yuan(text.strip())
    return Money.parse(text)


def _demo(out: TextIO) -> int:
    out.write(f"aidmodel {__version__}: declared totals of the bundled sample plans\n\n")
    for title, total_text, parts, declared_upper in _DEMO:
        total = Money.parse(total_text)
        upper = rmb_upper(total)
        out.write(f"{title}\n")
        out.write(f"  declared  {total_text:<18} = {total.yuan:>16,} 元\n")
        out.write(f"  大写      {upper}\n")
        if declared_upper is not None:
            verdict = "matches" if parse_rmb_upper(declared_upper) == total else "DIFFERS"
            out.write(f"  document  {declared_upper}  ({verdict})\n")
        if parts:
            computed = sum((Money.parse(p) for p in parts), Money.from_yuan(0))
            joined = " + ".join(parts)
            if computed == total:
                out.write(f"  parts     {joined} = {computed.to_wan()}万元 (adds up)\n")
            else:
                difference = total - computed
                out.write(
                    f"  parts     {joined} = {computed.to_wan()}万元, "
                    f"not {total.to_wan()}万元 (off by {difference.to_wan()}万元)\n"
                )
        out.write("\n")
    return 0


#: The sample ``aidmodel`` reports when given no file: seed 000.
DEFAULT_SAMPLE = "shizhong-ebian-2025"


class _InputError(Exception):
    """A one-line problem with a command's input (exit status 2): a message of the catalogs
    (``N_``-marked English) and its values, told in the command's ``--locale``; a value that
    is an error of aidmodel or a problem of a document is told in it too (its first line)."""

    def __init__(self, message: str, **values: object) -> None:
        super().__init__(message % _told_values(values, "en"))
        self.message = message
        self.values = values

    def told(self, locale: str) -> str:
        return translate(self.message, locale=locale, **_told_values(self.values, locale))


def _told_values(values: dict[str, object], locale: str) -> dict[str, object]:
    return {key: _told(value, locale) for key, value in values.items()}


def _told(value: object, locale: str) -> object:
    """An error or a problem in a locale, on one line; any other value as it is."""
    if isinstance(value, AidModelError):
        return format_error(value, locale=locale).splitlines()[0]
    if isinstance(value, Problem):
        return format_problem(value, locale=locale)
    return value


def _locale(args: argparse.Namespace) -> str:
    """The locale of a command's messages: its ``--locale``, else English."""
    return str(getattr(args, "locale", None) or "en")


def _warnings(path: str, result: ImportResult, locale: str) -> None:
    """The import warnings on stderr, compiler style: ``FILE:LINE: code: message``."""
    for warning in result.warnings:
        where = f"{path}:{warning.line}" if warning.line is not None else path
        message = " ".join(format_warning(warning, locale=locale).splitlines())
        sys.stderr.write(f"{where}: {warning.code.value}: {message}\n")


def _import(path: str, locale: str, source: str | None = None) -> list[Programme]:
    """The programmes of a plan's text file; warnings on stderr; none found is an error."""
    from aidmodel.importers import read_plan

    if not Path(path).exists():
        raise _InputError(N_("%(path)s: no such file"), path=path)
    try:
        result = read_plan(path, source=source)
    except AidModelError as err:
        raise _InputError("%(error)s", error=err) from None
    _warnings(path, result, locale)
    if not result.programmes:
        count = len(result.warnings)
        raise _InputError(
            N_("%(path)s: no programme found (warnings: %(count)s)"), path=path, count=count
        )
    return list(result.programmes)


def _load_array(data: bytes) -> list[Programme]:
    """A JSON array of programmes, as ``import`` writes a bulletin's; problems at ``$[i]``."""
    from aidmodel.serialize import from_dict
    from aidmodel.serialize._read import invalid_json

    try:
        items = json.loads(data.decode("utf-8-sig"))
    except (ValueError, UnicodeDecodeError) as err:
        raise SerializationError("Programme", [invalid_json(err)]) from None
    if not items:
        problem = Problem.of(
            N_("an empty array"), expected=N_("a programme or an array of programmes")
        )
        raise SerializationError("Programme", [problem])
    found = []
    for index, item in enumerate(items):
        try:
            found.append(from_dict(item, Programme))
        except SerializationError as err:
            problems = [p.replace(" @ $", f" @ $[{index}]", 1) for p in err.problems]
            raise SerializationError("Programme", problems) from None
    return found


def _load_json(path: str, data: bytes, _: str) -> list[Programme]:
    """The programmes of a wire-format file: one programme, or an array of them."""
    from aidmodel.serialize import from_json

    try:
        if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"["):
            return _load_array(data)
        return [from_json(data, Programme)]
    except SerializationError as err:
        first: object = err.problems[0] if err.problems else err
        if len(err.problems) > 1:
            raise _InputError(
                N_("%(path)s: not a programme: %(problem)s (and %(more)s more)"),
                path=path,
                problem=first,
                more=len(err.problems) - 1,
            ) from None
        raise _InputError(
            N_("%(path)s: not a programme: %(problem)s"), path=path, problem=first
        ) from None
    except AidModelError as err:
        raise _InputError(
            N_("%(path)s: not a programme: %(problem)s"), path=path, problem=err
        ) from None


#: How FILE is read, by suffix: the wire format, or a plan's text imported first.
_READERS: Final[dict[str, Callable[[str, bytes, str], list[Programme]]]] = {
    ".json": _load_json,
    **dict.fromkeys(SUFFIXES, lambda path, _, locale: _import(path, locale)),
}


def _load(path: str, locale: str) -> list[Programme]:
    """The programmes of a file, read by its suffix (:data:`_READERS`)."""
    file = Path(path)
    try:
        data = file.read_bytes()
    except FileNotFoundError:
        raise _InputError(N_("%(path)s: no such file"), path=path) from None
    except OSError as err:
        raise _InputError(
            N_("%(path)s: cannot be read (%(reason)s)"), path=path, reason=err.strerror
        ) from None
    suffix = file.suffix.lower()
    reader = _READERS.get(suffix)
    if reader is not None:
        return reader(path, data, locale)
    if suffix in REFUSED:  # the importer says what to do instead (save as .docx ...)
        return _import(path, locale)
    raise _InputError(
        N_("%(path)s: unknown file type %(suffix)s; expected a file ending in %(suffixes)s"),
        path=path,
        suffix=repr(suffix or "(no suffix)"),
        suffixes=", ".join(_READERS),
    )


def _each_programme(
    args: argparse.Namespace, *, unreadable: list[str] | None = None
) -> Iterator[tuple[str, Programme]]:
    """The programmes named on the command line, read one file at a time.

    Files first, then --sample names; seed 000 only when neither is named. A file
    holding several programmes (a bulletin) names them ``FILE[0]``, ``FILE[1]`` ...
    A file that cannot be read stops the command, unless ``unreadable`` is a list:
    then its one line goes to stderr at once, its path to the list, and the next
    file is read.
    """
    files = getattr(args, "files", None) or ()
    paths = [files] if isinstance(files, str) else list(files)
    names = getattr(args, "sample", None) or ()
    for path in paths:
        try:
            loaded = _load(path, _locale(args))
        except _InputError as err:
            if unreadable is None:
                raise
            sys.stderr.write(f"aidmodel {args.command}: {err.told(_locale(args))}\n")
            unreadable.append(path)
            continue
        if len(loaded) == 1:
            yield path, loaded[0]
        else:
            yield from ((f"{path}[{index}]", p) for index, p in enumerate(loaded))
    for name in names:
        yield f"sample:{name}", samples.load(name)
    if not paths and not names:
        yield f"sample:{DEFAULT_SAMPLE}", samples.load(DEFAULT_SAMPLE)


def _programmes(args: argparse.Namespace) -> list[tuple[str, Programme]]:
    """The programmes named on the command line; the first unreadable file stops the command."""
    return list(_each_programme(args))


def _import_command(args: argparse.Namespace, out: TextIO) -> int:
    from aidmodel.serialize import to_dict, to_json

    found = _import(args.file, args.locale, args.source)
    if len(found) == 1:
        data = to_json(found[0], indent=2) + "\n"
    else:  # a bulletin: a JSON array of programme documents, each with its format_version
        data = json.dumps([to_dict(p) for p in found], ensure_ascii=False, indent=2) + "\n"
    if args.output:
        Path(args.output).write_text(data, encoding="utf-8")
    else:
        out.write(data)
    return 0


def _json(out: TextIO, data: Any) -> None:
    out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _one_programme(args: argparse.Namespace, command: str) -> Programme:
    """The one programme a command reads; several (a bulletin's JSON array) are an error."""
    found = _programmes(args)
    (_, programme), *rest = found
    if rest:
        names = ", ".join(name for name, _ in found)
        raise _InputError(
            N_(
                "%(command)s takes one programme; expected one FILE or --sample NAME, got %(names)s"
            ),
            command=command,
            names=names,
        )
    return programme


def _report(args: argparse.Namespace, out: TextIO) -> int:
    from aidmodel._report import finding_dict, projects_total, render
    from aidmodel.reconcile import reconcile
    from aidmodel.serialize import to_dict

    programme = _one_programme(args, "report")
    if args.format == "json":
        computed = projects_total(programme)
        _json(
            out,
            {
                "programme": to_dict(programme),
                "projects_total": to_dict(computed),
                "projects_total_upper": None if computed is None else rmb_upper(computed),
                "findings": [finding_dict(f, locale=args.locale) for f in reconcile(programme)],
            },
        )
        return 0
    out.write(render(programme, locale=args.locale, width=args.width))
    return 0


def _check(args: argparse.Namespace, out: TextIO) -> int:
    """The findings of every file that can be read, each file's as soon as it is read.

    Exit status 2 when a file could not be read, else 1 when there are findings, else 0.
    """
    from aidmodel._report import finding_dict
    from aidmodel.reconcile import reconcile

    unreadable: list[str] = []
    results = []
    for name, programme in _each_programme(args, unreadable=unreadable):
        found = reconcile(programme)
        results.append((name, found))
        if args.format == "json":
            continue
        if not found:
            none = translate(N_("no findings"), locale=args.locale)
            out.write(f"{name}: {none}\n")
        for finding in found:
            message = format_finding(finding, locale=args.locale)
            out.write(f"{name}: [{finding.kind.value}] {finding.where}: {message}\n")
        out.flush()  # before the next file's warnings or errors on stderr
    if args.format == "json":
        _json(
            out,
            {name: [finding_dict(f, locale=args.locale) for f in found] for name, found in results},
        )
    if unreadable:
        return 2
    return 1 if any(found for _, found in results) else 0


def _convert(args: argparse.Namespace, out: TextIO) -> int:
    from aidmodel.fundplan import fund_plan, to_csv, to_markdown, to_text, to_xlsx
    from aidmodel.serialize import to_json

    programme = _one_programme(args, "convert")
    data: str | bytes
    if args.to == "json":
        data = to_json(programme, indent=2) + "\n"
    else:
        plan = fund_plan(programme, locale=args.locale)
        if args.to == "txt":
            data = to_text(plan, locale=args.locale)
        elif args.to == "md":
            data = to_markdown(plan, locale=args.locale)
        elif args.to == "csv":
            data = to_csv(plan, locale=args.locale)
        else:
            data = to_xlsx(plan, locale=args.locale)
    _emit(args.output, out, data, xlsx=args.to == "xlsx")
    return 0


def _emit(output: str | None, out: TextIO, data: str | bytes, *, xlsx: bool) -> None:
    """A command's output to ``-o FILE``, else to the stream (an xlsx workbook only to a file)."""
    if output:
        Path(output).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    elif xlsx:
        raise _InputError(N_("an xlsx workbook is not text; expected -o FILE.xlsx"))
    elif isinstance(data, bytes):
        _write_bytes(out, data)  # CSV: the bytes of the file, byte order mark first
    else:
        out.write(data)


def _write_bytes(out: TextIO, data: bytes) -> None:
    """UTF-8 bytes to a text stream unchanged: to its binary buffer when it has one.

    Through the buffer, the bytes are those ``-o`` writes (a CSV's byte order mark
    and CRLF line ends), whatever the stream's encoding; a stream without one (a
    ``StringIO``) gets the decoded text, byte order mark included.
    """
    buffer = getattr(out, "buffer", None)
    if buffer is None:
        out.write(data.decode("utf-8"))
        return
    out.flush()  # what was written as text goes first
    buffer.write(data)
    buffer.flush()


def _once(found: Sequence[tuple[str, Programme]], locale: str) -> list[Programme]:
    """Each programme once, in order: the same title, donor, recipient and year is one programme.

    One given again is left out (the first is counted) and named in a warning on
    stderr with where it was given first.
    """
    first: dict[tuple[str | None, str | None, str | None, int | None], str] = {}
    kept = []
    for name, programme in found:
        donor = None if programme.donor is None else programme.donor.name
        recipient = None if programme.recipient is None else programme.recipient.name
        key = (programme.title, donor, recipient, programme.year)
        if key in first:
            said = translate(
                N_(
                    "%(name)s: the same programme as %(first)s (%(title)s, %(donor)s → "
                    "%(recipient)s, %(year)s); counted once"
                ),
                locale=locale,
                name=name,
                first=first[key],
                title=repr(programme.title),
                donor=donor or "?",
                recipient=recipient or "?",
                year=programme.year or "?",
            )
            sys.stderr.write(f"aidmodel portfolio: {said}\n")
            continue
        first[key] = name
        kept.append(programme)
    return kept


_PROGRAMMES: Final = Nn_("%(count)s programme", "%(count)s programmes")
_ESTIMATED: Final = N_(", %(count)s summed from projects")
_IN_WORDS: Final = N_("in words")


def _portfolio(args: argparse.Namespace, out: TextIO) -> int:
    from aidmodel.aggregate import portfolio
    from aidmodel.formatting import format_money
    from aidmodel.serialize import to_dict

    rows = portfolio(_once(_programmes(args), args.locale), by=args.by)
    if args.format == "json":
        _json(
            out,
            [
                {
                    "key": r.key,
                    "year": r.year,
                    "amount": to_dict(r.amount),
                    "programmes": r.programmes,
                    "estimated": r.estimated,
                    "titles": list(r.titles),
                }
                for r in rows
            ],
        )
        return 0
    for r in rows:
        catalog = translations_of(args.locale)
        count = catalog.ngettext(*_PROGRAMMES, r.programmes) % {"count": r.programmes}
        if r.estimated:
            count += catalog.gettext(_ESTIMATED) % {"count": r.estimated}
        out.write(
            f"{r.key or '?'}  {r.year or '?'}  {format_money(r.amount, locale=args.locale)}"
            f"  ({count})\n"
        )
        out.write(f"  {catalog.gettext(_IN_WORDS)} {rmb_upper(r.amount)}\n")
        for title in r.titles:
            out.write(f"  - {title}\n")
    return 0


def _as_of(text: str) -> dt.date:
    """The date of ``--as-of``: ISO 8601, a day."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise _InputError(
            N_("--as-of: not a date; expected YYYY-MM-DD such as 2025-09-30, got %(text)s"),
            text=repr(text),
        ) from None


def _ledger(path: str, programme: Programme) -> Ledger:
    """The ledger of a file: the wire format (.json), or an office's .csv or .xlsx."""
    from aidmodel.importers import read_ledger
    from aidmodel.serialize import from_json

    if Path(path).suffix.lower() != ".json":
        return read_ledger(path, programme)
    try:
        data = Path(path).read_bytes()
    except OSError as err:
        raise _InputError(
            N_("%(path)s: cannot be read (%(reason)s)"), path=path, reason=err.strerror
        ) from None
    try:
        return from_json(data, Ledger)
    except SerializationError as err:
        if len(err.problems) > 1:
            raise _InputError(
                N_("%(path)s: not a ledger: %(problem)s (and %(more)s more)"),
                path=path,
                problem=err.problems[0],
                more=len(err.problems) - 1,
            ) from None
        raise _InputError(
            N_("%(path)s: not a ledger: %(problem)s"), path=path, problem=err.problems[0]
        ) from None


def _summary(report: Progress, item: str, locale: str) -> list[list[str]]:
    """What follows the table: the rates, what is overdue, the findings; each a heading and
    its items (after ``item``)."""
    from aidmodel.progress import format_rate

    total = report.total
    rates = [
        (N_("release rate %(rate)s"), total.release_rate),
        (N_("spending rate %(rate)s"), total.spend_rate),
        (N_("start rate %(rate)s"), total.start_rate),
        (N_("completion rate %(rate)s"), total.completion_rate),
    ]
    late = [
        f"{item}{o.where}{f' ({o.number})' if o.number else ''}: {format_overdue(o, locale=locale)}"
        for o in report.overdue
    ]
    found = [
        f"{item}[{f.kind.value}] {f.where}: {format_finding(f, locale=locale)}"
        for f in report.findings
    ]
    shown = [translate(name, locale=locale, rate=format_rate(rate) or "—") for name, rate in rates]
    return [
        [translate(N_(", "), locale=locale).join(shown)],
        [translate(N_("Overdue (%(count)s)"), locale=locale, count=len(report.overdue)), *late],
        [translate(N_("Findings (%(count)s)"), locale=locale, count=len(report.findings)), *found],
    ]


def _progress(args: argparse.Namespace, out: TextIO) -> int:
    from aidmodel.fundplan import to_csv, to_markdown, to_text, to_xlsx
    from aidmodel.progress import progress, progress_table

    as_of = _as_of(args.as_of)
    if args.sample is not None:
        if args.plan is not None:
            raise _InputError(
                N_("progress takes PLAN LEDGER or --sample NAME; expected one of them, got both")
            )
        programme, ledger = samples.load(args.sample), samples.ledger(args.sample)
    elif args.plan is None or args.ledger is None:
        raise _InputError(N_("progress needs PLAN and LEDGER; expected two files or --sample NAME"))
    else:
        files = argparse.Namespace(files=[args.plan], command="progress", locale=args.locale)
        programme = _one_programme(files, "progress")
        ledger = _ledger(args.ledger, programme)
    report = progress(programme, ledger, as_of=as_of)
    table = progress_table(report, locale=args.locale)
    data: str | bytes
    if args.format == "text":
        parts = ["\n".join(part) for part in _summary(report, "  ", args.locale)]
        data = to_text(table, locale=args.locale) + "\n" + "\n".join(parts) + "\n"
    elif args.format == "md":
        parts = ["\n".join(part) for part in _summary(report, "- ", args.locale)]
        data = to_markdown(table, locale=args.locale) + "\n" + "\n\n".join(parts) + "\n"
    elif args.format == "csv":
        data = to_csv(table, locale=args.locale)
    else:
        data = to_xlsx(table, locale=args.locale, sheet=term(N_("项目进度表"), locale=args.locale))
    if args.chart:
        from aidmodel.plot import write_chart

        write_chart(report, args.chart, locale=args.locale)
    _emit(args.output, out, data, xlsx=args.format == "xlsx")
    return 0


def _commitments(args: argparse.Namespace, out: TextIO) -> int:
    from aidmodel.commitments import find_commitments
    from aidmodel.serialize import to_dict

    spans = find_commitments(args.text)
    if args.format == "json":
        _json(
            out,
            [{"start": s.start, "end": s.end, "commitment": to_dict(s.commitment)} for s in spans],
        )
        return 0
    for span in spans:
        c, t = span.commitment, span.commitment.target
        fields = {
            "metric": c.metric,
            "value": t.value,
            "high": t.high,
            "unit": t.unit,
            "bound": t.bound.value,
            "period": c.period,
            "scope": c.scope,
        }
        shown = "  ".join(f"{k}={v}" for k, v in fields.items() if v is not None)
        out.write(f"{span.start}-{span.end}  {shown}\n")
    return 0


# -- the parser: its help and argparse's own words in the command's locale ---------------------

#: Says a message of the catalogs in the help's locale (``str`` itself for English).
_Say = Callable[[str], str]

# argparse's own words (its gettext domain, which Python ships in English only), as messages
# of our catalogs: the help's frame and the errors of parsing that the command can give.
_USAGE: Final = N_("usage: ")
_ERROR: Final = N_("%(prog)s: error: %(message)s\n")
_ARGPARSE_ERRORS: Final = (
    N_("argument %(argument_name)s: %(message)s"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("expected one argument"),
    N_("expected at least one argument"),
    N_("expected at most one argument"),
    N_("invalid %(type)s value: %(value)r"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("ignored explicit argument %r"),
    N_("not allowed with argument %s"),
)
_PLACEHOLDER = re.compile(r"%(?:\((\w+)\))?[sr]")


def _pattern(template: str) -> re.Pattern[str]:
    """A regular expression that matches what ``template`` gives, each value a group."""
    parts, end, index = [], 0, 0
    for found in _PLACEHOLDER.finditer(template):
        parts.append(re.escape(template[end : found.start()]))
        parts.append(f"(?P<{found.group(1) or f'_{index}'}>.+?)")
        index += 0 if found.group(1) else 1
        end = found.end()
    parts.append(re.escape(template[end:]))
    return re.compile("".join(parts), re.DOTALL)


def _argparse_message(message: str, say: _Say) -> str:
    """One of argparse's error messages in the locale: matched against its English
    template, told with the same values (an argument's message within it too); another
    is left as argparse gives it."""
    for template in _ARGPARSE_ERRORS:
        found = _pattern(template).fullmatch(message)
        if found is None:
            continue
        values = found.groupdict()
        if "message" in values:
            values["message"] = _argparse_message(values["message"], say)
        return _filled(say(template), values)
    return message


def _filled(template: str, values: dict[str, str]) -> str:
    """A template's placeholders replaced by the texts found for them (``%s`` in order)."""
    positional = iter(value for key, value in values.items() if key.startswith("_"))

    def value(found: re.Match[str]) -> str:
        return values[found.group(1)] if found.group(1) else next(positional)

    return _PLACEHOLDER.sub(value, template)


class _Formatter(argparse.HelpFormatter):
    """argparse's help formatter, with its ``usage:`` in the help's locale."""

    def __init__(self, prog: str, *, usage: str = "usage: ") -> None:
        super().__init__(prog)
        self._usage = usage

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, self._usage if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """argparse's parser, telling its own words (usage, section titles, ``-h``, its errors)
    in the help's locale: ``say`` gives a message of the catalogs in it."""

    def __init__(self, *args: Any, say: _Say = str, **kwargs: Any) -> None:
        kwargs["formatter_class"] = functools.partial(_Formatter, usage=say(_USAGE))
        kwargs["add_help"] = False  # -h is added below, its help in the locale
        super().__init__(*args, **kwargs)
        self.say = say
        self._positionals.title = say(N_("positional arguments"))
        self._optionals.title = say(N_("options"))
        self.add_argument(
            "-h",
            "--help",
            action="help",
            default=argparse.SUPPRESS,
            help=say(N_("show this help message and exit")),
        )

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        told = _argparse_message(message, self.say)
        self.exit(2, self.say(_ERROR) % {"prog": self.prog, "message": told})


def help_locale(argv: Sequence[str], environ: Mapping[str, str]) -> str:
    """The locale of the help and of argparse's messages, known before the arguments are
    parsed: a ``--locale`` on the command line (a valid one), else the environment's
    (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``: the first one set) when it is
    Chinese, else English. The commands' own messages follow ``--locale`` (zh_CN by default).

    >>> help_locale(["check", "--locale", "zh_TW"], {})
    'zh_Hant_TW'
    >>> help_locale(["--help"], {"LANG": "zh_CN.UTF-8"}), help_locale(["--help"], {"LANG": "C"})
    ('zh_CN', 'en')
    >>> help_locale(["--help"], {"LANGUAGE": "zh_TW:en", "LANG": "en_US.UTF-8"})
    'zh_Hant_TW'

    .. versionadded:: 0.2.0
    """
    for index, word in enumerate(argv):
        given = None
        if word == "--locale" and index + 1 < len(argv):
            given = argv[index + 1]
        elif word.startswith("--locale="):
            given = word.partition("=")[2]
        if given:
            try:
                return message_locale(given, where="--locale")
            except AidModelError:
                break  # the command says so once its arguments are parsed
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "").split(":")[0]
        if value:
            if not value.lower().startswith("zh"):
                return "en"
            traditional = ("hant", "_tw", "_hk", "_mo", "-tw", "-hk", "-mo")
            return "zh_Hant_TW" if any(t in value.lower() for t in traditional) else "zh_CN"
    return "en"


def _say(locale: str) -> _Say:
    """How the help says a message: English as written (no catalog read), else translated."""
    if locale == "en":
        return str
    return translations_of(locale).gettext


def _add_input(command: argparse.ArgumentParser, say: _Say, *, many: bool) -> None:
    command.add_argument(
        "files",
        nargs="*" if many else "?",
        metavar="FILE",
        help=say(
            N_(
                "programme JSON file(s) (the wire format), or a plan's text (%(suffixes)s) to import"
            )
        )
        % {"suffixes": _PLAN_SUFFIXES},
    )
    command.add_argument(
        "--sample",
        action="append",
        metavar="NAME",
        choices=samples.names(),
        help=say(N_("a bundled sample instead of a file: %(names)s"))
        % {"names": ", ".join(samples.names())},
    )


def _add_output(command: argparse.ArgumentParser, say: _Say, *, json_format: bool = True) -> None:
    command.add_argument(
        "--locale",
        default="zh_CN",
        help=say(N_("how amounts, dates and messages are written (zh_CN, zh_Hant_TW, en)")),
    )
    if json_format:
        command.add_argument("--format", choices=("text", "json"), default="text")


def _add_messages(command: argparse.ArgumentParser, say: _Say) -> None:
    """``--locale`` of a command whose only prose is its messages (an error's frame)."""
    command.add_argument(
        "--locale",
        default="zh_CN",
        help=say(N_("the language of the command's messages (zh_CN, zh_Hant_TW, en)")),
    )


def _parser(say: _Say = str) -> argparse.ArgumentParser:
    parser = _Parser(
        prog="aidmodel",
        description=say(
            N_("Exact money, Chinese numerals and 大写 amounts for paired-assistance plans.")
        ),
        say=say,
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"aidmodel {__version__}",
        help=say(N_("show program's version number and exit")),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help: str) -> argparse.ArgumentParser:
        return commands.add_parser(name, help=help, say=say)

    report = command(
        "report",
        help=say(
            N_("report a programme: fund plan table, totals, commitments, findings (default)")
        ),
    )
    _add_input(report, say, many=False)
    _add_output(report, say)
    report.add_argument(
        "--width", type=int, default=None, help=say(N_("fit the table to this many columns"))
    )
    check = command(
        "check",
        help=say(N_("print the reconciliation findings; exit status 1 when there are any")),
    )
    _add_input(check, say, many=True)
    _add_output(check, say)
    convert = command("convert", help=say(N_("write a programme as json, txt, md, csv or xlsx")))
    _add_input(convert, say, many=False)
    _add_output(convert, say, json_format=False)
    convert.add_argument("--to", required=True, choices=("json", "txt", "md", "csv", "xlsx"))
    convert.add_argument(
        "-o", "--output", metavar="FILE", help=say(N_("write here instead of stdout"))
    )
    imported = command(
        "import",
        help=say(N_("read a plan's text (%(suffixes)s) and write its programme as JSON"))
        % {"suffixes": _PLAN_SUFFIXES},
    )
    *texts, last = SUFFIXES
    imported.add_argument(
        "file",
        metavar="FILE",
        help=say(N_("the plan: %(suffixes)s or %(last)s (text in UTF-8 or GB18030)"))
        % {"suffixes": ", ".join(texts), "last": last},
    )
    imported.add_argument(
        "-o", "--output", metavar="OUT", help=say(N_("write here instead of stdout"))
    )
    imported.add_argument(
        "--source",
        metavar="NAME",
        help=say(N_("the source name in the provenance (default: file name)")),
    )
    imported.add_argument(
        "--locale",
        default="zh_CN",
        help=say(N_("the language of the warnings (zh_CN, zh_Hant_TW, en)")),
    )
    folio = command("portfolio", help=say(N_("totals across programmes by recipient and year")))
    _add_input(folio, say, many=True)
    _add_output(folio, say)
    folio.add_argument("--by", choices=("recipient", "donor", "scheme"), default="recipient")
    follow = command(
        "progress",
        help=say(N_("the progress table (进度表) of a plan from its ledger, as of a date")),
    )
    follow.add_argument(
        "plan", nargs="?", metavar="PLAN", help=say(N_("the programme: JSON or a plan's text"))
    )
    follow.add_argument(
        "ledger",
        nargs="?",
        metavar="LEDGER",
        help=say(N_("its ledger: .json (the wire format), .csv or .xlsx")),
    )
    follow.add_argument(
        "--sample",
        metavar="NAME",
        choices=["shizhong-ebian-2025"],
        help=say(N_("a bundled sample and its fictional ledger instead: %(name)s"))
        % {"name": "shizhong-ebian-2025"},
    )
    follow.add_argument(
        "--as-of",
        required=True,
        metavar="DATE",
        help=say(N_("the date, YYYY-MM-DD: later events are left out")),
    )
    follow.add_argument("--format", choices=("text", "md", "csv", "xlsx"), default="text")
    follow.add_argument(
        "--chart",
        metavar="FILE",
        help=say(N_("also draw the chart: FILE.png or FILE.svg (plot extra)")),
    )
    follow.add_argument(
        "-o", "--output", metavar="FILE", help=say(N_("write here instead of stdout"))
    )
    follow.add_argument(
        "--locale",
        default="zh_CN",
        help=say(N_("how amounts, dates and messages are written (zh_CN, zh_Hant_TW, en)")),
    )
    found = command(
        "commitments",
        help=say(N_("find the commitments of a sentence: 转移就业40名以上；培训50名以上")),
    )
    found.add_argument("text")
    found.add_argument("--format", choices=("text", "json"), default="text")
    _add_messages(found, say)
    command("demo", help=say(N_("check the declared totals of the bundled sample plans")))
    upper = command("upper", help=say(N_("write an amount in uppercase (大写): 766万元, 1409.02")))
    upper.add_argument(
        "amount",
        help=say(N_("an amount: 766万元, 1.68亿元, 柒佰陆拾陆万元整, or plain yuan 1409.02")),
    )
    _add_messages(upper, say)
    number = command("number", help=say(N_("read a Chinese numeral: 三千五百万, 1.5万, 二〇二五")))
    number.add_argument("text")
    _add_messages(number, say)
    chinese = command(
        "chinese", help=say(N_("write a number in Chinese numerals: 766 -> 七百六十六"))
    )
    chinese.add_argument("number", help=say(N_("an integer or decimal such as 766 or 3952.310194")))
    chinese.add_argument("--upper", action="store_true", help=say(N_("uppercase digits (壹贰叁)")))
    _add_messages(chinese, say)
    quantity = command(
        "quantity", help=say(N_("read a bounded figure: 40名以上, 170余万元, 2—3个"))
    )
    quantity.add_argument("text")
    _add_messages(quantity, say)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``aidmodel`` command; returns the exit status.

    >>> main(["upper", "3952.310194万元"])
    叁仟玖佰伍拾贰万叁仟壹佰零壹元玖角肆分
    0
    >>> main(["number", "三千五百万"])
    35000000
    0
    """
    words = list(sys.argv[1:] if argv is None else argv)
    parser = _parser(_say(help_locale(words, os.environ)))
    args = parser.parse_args(words)
    out = sys.stdout
    if args.command is None:
        args = parser.parse_args(["report", *words])
    handlers = {
        "report": _report,
        "check": _check,
        "convert": _convert,
        "portfolio": _portfolio,
        "commitments": _commitments,
        "import": _import_command,
        "progress": _progress,
    }
    try:
        if getattr(args, "locale", None) is not None:
            message_locale(args.locale, where="--locale")
    except AidModelError as err:
        sys.stderr.write(f"aidmodel {args.command}: {err}\n")
        return 2
    try:
        if args.command == "demo":
            return _demo(out)
        if args.command in handlers:
            return handlers[args.command](args, out)
        if args.command == "upper":
            out.write(rmb_upper(_amount(args.amount)) + "\n")
        elif args.command == "number":
            out.write(f"{parse_chinese_number(args.text)}\n")
        elif args.command == "chinese":
            text = args.number.strip()
            if not _PLAIN_DECIMAL.fullmatch(text):
                raise _InputError(N_("not a decimal number: %(text)r"), text=args.number)
            value = Decimal(text)
            out.write(to_chinese(int(value) if "." not in text else value, upper=args.upper) + "\n")
        elif args.command == "quantity":
            q = parse_quantity(args.text)
            fields = {
                "value": q.value,
                "high": q.high,
                "unit": q.unit,
                "bound": q.bound.value,
                "per": q.per,
            }
            out.write("  ".join(f"{k}={v}" for k, v in fields.items() if v is not None) + "\n")
    except _InputError as err:
        sys.stderr.write(f"aidmodel {args.command}: {err.told(_locale(args))}\n")
        return 2
    except AidModelError as err:
        first = format_error(err, locale=_locale(args)).splitlines()[0]
        sys.stderr.write(f"aidmodel {args.command}: {first}\n")
        return 2
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
