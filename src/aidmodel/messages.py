"""Messages in the reader's language (提示语): findings told as a county office writes them.

A :class:`~aidmodel.Finding` keeps its structured data (kind, where, declared,
computed and :attr:`~aidmodel.Finding.details`); :func:`format_finding` tells it
in 简体中文 (``zh_CN``), 繁體中文 (``zh_Hant_TW``) or English (``en``), with the
document's own names and every digit of its figures (:mod:`aidmodel.formatting`).

The sentences are gettext messages: English in the code (the source language),
translated in the catalogs ``aidmodel/locale/<locale>/LC_MESSAGES/aidmodel.po``,
compiled to ``.mo`` files shipped in the wheel and read with
:class:`babel.support.Translations` on first use, once per locale.
``tools/update_catalogs.py`` extracts, updates and compiles them
(docs/messages.md says how to change a message).

>>> from aidmodel import reconcile, samples
>>> finding = reconcile(samples.load("shizhong-ebian-2025"))[0]
>>> format_finding(finding)
'第（三）部分“强化人才培育”声明项目3个，实际列出4个'
>>> format_finding(finding, locale="zh_Hant_TW")
'第（三）部分「强化人才培育」聲明項目3個，實際列出4個'
>>> format_finding(finding, locale="en")
'part （三） “强化人才培育” declares 3 projects and lists 4'

Locales other than Chinese and English have no messages:

>>> format_finding(finding, locale="fr")
Traceback (most recent call last):
...
aidmodel.errors.InvalidValueError: format_finding(locale=...): no messages in this language; expected a Chinese or English locale (zh_CN, zh_Hant_TW, en), got 'fr'

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Final, Literal

from aidmodel._validators import checked
from aidmodel._wording import N_
from aidmodel.errors import AidModelError, InvalidValueError
from aidmodel.model import PartialDate
from aidmodel.money import Money

if TYPE_CHECKING:
    from babel import Locale
    from babel.support import NullTranslations

    from aidmodel.errors import Problem
    from aidmodel.importers import ImportWarning
    from aidmodel.reconcile import Detail, Finding
    from aidmodel.tracking import Evaluation, Overdue

__all__ = [
    "LOCALES",
    "N_",
    "Nn_",
    "catalog",
    "format_error",
    "format_evaluation",
    "format_finding",
    "format_overdue",
    "format_problem",
    "format_warning",
    "message_locale",
    "term",
    "translate",
]

#: The locales with a message catalog; ``en`` is the source language.
LOCALES: Final = ("zh_CN", "zh_Hant_TW", "en")

#: Where the catalogs are: ``locale/<locale>/LC_MESSAGES/aidmodel.mo`` beside this module.
CATALOGS: Final = Path(__file__).parent / "locale"
DOMAIN: Final = "aidmodel"

_MessageLocale = Literal["zh_CN", "zh_Hant_TW", "en"]


def Nn_(singular: str, plural: str) -> tuple[str, str]:  # noqa: N802 - as N_, for ngettext
    """Mark a message with a plural (``pybabel extract -k Nn_:1,2``).

    >>> Nn_("%(count)s project", "%(count)s projects")
    ('%(count)s project', '%(count)s projects')
    """
    return singular, plural


def message_locale(locale: str | Locale = "zh_CN", *, where: str = "message_locale") -> str:
    """The catalog a locale reads (提示语言): ``zh_CN``, ``zh_Hant_TW`` or ``en``.

    Traditional Chinese (a ``Hant`` script, or Taiwan, Hong Kong and Macao) reads
    ``zh_Hant_TW``, other Chinese ``zh_CN``, every English locale ``en``; other
    languages have no messages and are an error.

    >>> message_locale("zh_CN"), message_locale("zh-TW"), message_locale("en_GB")
    ('zh_CN', 'zh_Hant_TW', 'en')
    >>> message_locale("zh_Hant_HK"), message_locale("zh_Hans_SG")
    ('zh_Hant_TW', 'zh_CN')
    """
    from aidmodel._locales import parse_locale

    parsed = parse_locale(locale, where)
    if parsed.language == "zh":
        traditional = parsed.script == "Hant" or (
            parsed.script is None and parsed.territory in ("TW", "HK", "MO")
        )
        return "zh_Hant_TW" if traditional else "zh_CN"
    if parsed.language == "en":
        return "en"
    option = f"{where}(locale=...)"
    raise InvalidValueError(
        option,
        N_("no messages in this language"),
        expected=N_("a Chinese or English locale (zh_CN, zh_Hant_TW, en)"),
        got=str(parsed),
    )


@functools.cache
def translations(locale: _MessageLocale) -> NullTranslations:
    """The compiled catalog of a message locale, read once (a missing file is an error)."""
    from babel.support import Translations

    path = CATALOGS / locale / "LC_MESSAGES" / f"{DOMAIN}.mo"
    try:
        with path.open("rb") as file:
            return Translations(file, domain=DOMAIN)
    except OSError as err:  # a broken install: say so, never fall back to English
        raise InvalidValueError(
            "aidmodel.messages",
            N_("the message catalog cannot be read (%(strerror)s)"),
            expected=N_("the file %(path)s"),
            got=locale,
            params={"strerror": err.strerror, "path": path},
        ) from None


def catalog(locale: str | Locale = "zh_CN", *, where: str = "catalog") -> NullTranslations:
    """The translations of a locale's catalog (``gettext``, ``ngettext``), read once.

    >>> catalog("zh_TW").gettext("Findings (%(count)s)") % {"count": 2}
    '核對結果 (2)'
    """
    name = message_locale(locale, where=where)
    if name == "zh_Hant_TW":
        return translations("zh_Hant_TW")
    return translations("zh_CN") if name == "zh_CN" else translations("en")


def translate(message: str, *, locale: str | Locale = "zh_CN", **values: object) -> str:
    """One of aidmodel's messages (an English ``msgid`` of its catalogs) in a locale.

    ``values`` fill its ``%(name)s`` placeholders. A text that is not one of
    aidmodel's messages comes back as it is (gettext's rule).

    >>> translate("%(path)s: no such file", path="plan.json")
    'plan.json：文件不存在'
    >>> translate("%(path)s: no such file", locale="en", path="plan.json")
    'plan.json: no such file'
    """
    text = catalog(locale, where="translate").gettext(message)
    return text % values if values else text


# -- findings ---------------------------------------------------------------------------------

# How a message names a part of the plan: by its number as printed and its title.
_SECTION: Final = N_("part %(number)s “%(title)s”")
_SECTION_UNNUMBERED: Final = N_("part “%(title)s”")
_ATTACHMENT: Final = N_("%(number)s “%(title)s”")

# One message a kind of finding (FindingKind's value); a kind told two ways has a second key.
_FINDINGS: Final[Mapping[str, str]] = {
    "uppercase_vs_total": N_(
        "the uppercase total “%(upper)s” says %(computed)s, the figure %(declared)s"
    ),
    "uppercase_vs_total/unreadable": N_(
        "the uppercase total “%(upper)s” cannot be read as an amount (the figure is %(declared)s)"
    ),
    "sources_vs_total": N_(
        "the fund sources add up to %(computed)s, the declared total is %(declared)s"
    ),
    "projects_vs_total": N_(
        "the projects add up to %(computed)s, the declared total is %(declared)s"
    ),
    "project_count": N_("the plan declares %(declared)s projects and lists %(computed)s"),
    "section_counts_vs_total": N_(
        "the parts declare %(declared)s projects in all, the plan lists %(computed)s"
    ),
    "section_count": N_("%(section)s declares %(declared)s projects and lists %(computed)s"),
    "section_amount": N_(
        "the projects of %(section)s add up to %(computed)s, it declares %(declared)s"
    ),
    "section_amount/at_least": N_(
        "the projects of %(section)s add up to %(computed)s or more, it declares %(declared)s"
    ),
    "section_total_investment": N_(
        "the total investment of the projects of %(section)s adds up to %(computed)s, "
        "it declares %(declared)s"
    ),
    "section_split": N_(
        "%(section)s declares %(declared)s, its split by source adds up to %(computed)s"
    ),
    "section_source": N_(
        "the projects of %(section)s take %(computed)s from “%(source)s”, it declares %(declared)s"
    ),
    "source_vs_shares": N_(
        "the projects take %(computed)s from “%(source)s”, which declares %(declared)s"
    ),
    "funding_vs_amount": N_(
        "“%(name)s”: the sources add up to %(computed)s, the project has %(declared)s"
    ),
    "parts_vs_share": N_("“%(name)s”: the parts of a share of %(declared)s add up to %(computed)s"),
    "exceeds_total_investment": N_(
        "“%(name)s”: %(computed)s of aid exceeds the total investment of %(declared)s"
    ),
    "funding_vs_investment": N_(
        "“%(name)s”: the aid of %(aid)s and %(other)s from other sources make %(computed)s, "
        "the total investment is %(declared)s"
    ),
    "repeated_number": N_("item number “%(number)s” is printed %(computed)s times in %(section)s"),
    "repeated_number/programme": N_(
        "item number “%(number)s” is printed %(computed)s times in the plan"
    ),
    "dividend": N_(
        "“%(name)s”: %(rate)s%% of %(base)s is %(computed)s, the plan promises %(declared)s"
    ),
    "spent_over_released": N_(
        "“%(name)s”: spent %(computed)s, more than the %(declared)s released"
    ),
    "released_over_planned": N_(
        "“%(name)s”: released %(computed)s, more than the %(declared)s planned"
    ),
    "completed_before_started": N_(
        "“%(name)s”: completed %(later)s, before it was started %(earlier)s"
    ),
    "accepted_before_completed": N_(
        "“%(name)s”: accepted %(later)s, before it was completed %(earlier)s"
    ),
    "not_started_past_deadline": N_(
        "“%(name)s”: not started, and its deadline %(deadline)s has passed"
    ),
}


def _finding_key(finding: Finding, details: Mapping[str, Detail]) -> str:
    kind = finding.kind.value
    if kind == "uppercase_vs_total" and finding.computed is None:
        return "uppercase_vs_total/unreadable"
    if kind == "section_amount" and "at_least" in details:
        return "section_amount/at_least"
    if kind == "repeated_number" and "section_title" not in details:
        return "repeated_number/programme"
    return kind


def _figure(value: Detail | None, locale: str | Locale) -> str:
    """A figure of a message: every digit (the formatting module's rules)."""
    from aidmodel.formatting import format_date, format_money

    if isinstance(value, Money):
        return format_money(value, locale=locale)
    if isinstance(value, PartialDate):
        return format_date(value, locale=locale)
    if isinstance(value, Decimal):  # a rate, as a percentage: 0.06 is 6
        return f"{(value * 100).normalize():f}"
    return "" if value is None else str(value)


def _section(details: Mapping[str, Detail], texts: NullTranslations) -> str:
    title = str(details.get("section_title", ""))
    number = details.get("section_number")
    if number is None:
        return texts.gettext(_SECTION_UNNUMBERED) % {"title": title}
    printed = str(number).strip()
    if printed.startswith("附件"):
        return texts.gettext(_ATTACHMENT) % {"number": printed, "title": title}
    # 一、 1. 一是 name the part by their figure; （三） (1) keep their brackets.
    bare = printed.rstrip("、.\uff0e是 ")
    return texts.gettext(_SECTION) % {"number": bare or printed, "title": title}


def format_finding(finding: Finding, *, locale: str | Locale = "zh_CN") -> str:
    """A finding (差异) in a reader's language, from its kind, figures and details.

    Args:
        finding: A :class:`~aidmodel.Finding` of :func:`~aidmodel.reconcile` or
            :func:`~aidmodel.progress.progress`.
        locale: ``"zh_CN"`` (the default), ``"zh_Hant_TW"``, ``"en"`` or another
            Chinese or English locale (:func:`message_locale`).

    Raises:
        InvalidTypeError: when ``finding`` is not a Finding, or ``locale`` not a locale.
        InvalidValueError: for a locale without messages.

    >>> from aidmodel import reconcile, samples
    >>> for f in reconcile(samples.load("binjiang-jianshi-2018")):
    ...     print(format_finding(f))
    附件 1“2018 年东西部扶贫协作财政资金援建项目计划表”声明资金5,005万元，按资金来源拆分合计4,705万元
    “长梁镇下坝中心小学综合楼工程”各资金来源合计230万元，项目资金为530万元
    """
    from aidmodel.reconcile import Finding

    finding = checked(finding, Finding, "format_finding", "an aidmodel.Finding", noun="a finding")
    texts = catalog(locale, where="format_finding")
    details = dict(finding.details)
    values = {name: _figure(value, locale) for name, value in details.items()}
    values["declared"] = _figure(finding.declared, locale)
    values["computed"] = _figure(finding.computed, locale)
    if "section_title" in details:
        values["section"] = _section(details, texts)
    template = texts.gettext(_FINDINGS[_finding_key(finding, details)])
    try:
        return template % values
    except KeyError as err:  # a finding built by hand without the details its kind names
        raise InvalidValueError(
            "format_finding",
            N_("a %(kind)s finding without the detail %(detail)r"),
            expected=N_("the details reconcile() and progress() give it"),
            got=finding.details,
            params={"kind": finding.kind.value, "detail": err.args[0]},
        ) from None


# -- deadlines --------------------------------------------------------------------------------

_OVERDUE: Final = Nn_(
    "“%(name)s”: deadline %(deadline)s, passed %(days)s day ago",
    "“%(name)s”: deadline %(deadline)s, passed %(days)s days ago",
)


def format_overdue(late: Overdue, *, locale: str | Locale = "zh_CN") -> str:
    """A project or task past its deadline (逾期), from :func:`~aidmodel.tracking.overdue`'s record.

    Raises:
        InvalidTypeError: when ``late`` is not an Overdue.
        InvalidValueError: for a locale without messages.

    >>> import datetime as dt
    >>> from aidmodel import samples
    >>> from aidmodel.tracking import overdue
    >>> late = overdue(samples.load("shizhong-ebian-2025"), as_of=dt.date(2025, 12, 1))[0]
    >>> format_overdue(late)
    '“五渡镇新茶村产业提升项目”完成时限2025年11月，已逾期1天'
    >>> format_overdue(late, locale="en")
    '“五渡镇新茶村产业提升项目”: deadline Nov 2025, passed 1 day ago'
    """
    from aidmodel.formatting import format_date
    from aidmodel.tracking import Overdue

    late = checked(late, Overdue, "format_overdue", "an aidmodel.Overdue", noun="an Overdue")
    texts = catalog(locale, where="format_overdue")
    deadline = format_date(late.deadline, locale=locale)
    text = texts.ngettext(*_OVERDUE, late.days)
    return text % {"name": late.name, "deadline": deadline, "days": late.days}


# -- evaluations ------------------------------------------------------------------------------

# Why a commitment was met or not (Evaluation.why); "…/about" when the target says 约.
_EVALUATIONS: Final[Mapping[str, str]] = {
    "units_differ": N_(
        "units differ: the target counts %(target_unit)s, the result %(actual_unit)s"
    ),
    "periods_differ": N_(
        "periods differ: the target is per %(target_per)s, the result per %(actual_per)s"
    ),
    "approximate": N_("%(actual)s is approximate (约) and proves no bound against %(target)s"),
    "meets": N_("%(actual)s meets the target %(target)s"),
    "meets/about": N_("%(actual)s meets the target %(target)s (约 read as a floor)"),
    "falls_short": N_("%(actual)s falls short of the target %(target)s"),
    "falls_short/about": N_("%(actual)s falls short of the target %(target)s (约 read as a floor)"),
    "between": N_(
        "%(actual)s allows a result below and a result at or above the target %(target)s"
    ),
    "between/ceiling": N_(
        "%(actual)s allows a result above and a result at or below the target %(target)s"
    ),
}
_NO_UNIT: Final = N_("no unit")


def format_evaluation(evaluation: Evaluation, *, locale: str | Locale = "zh_CN") -> str:
    """Why a commitment was met, not met or cannot be told (考核结果), in a reader's language.

    The figures are quoted as the document writes them.

    Raises:
        InvalidTypeError: when ``evaluation`` is not an Evaluation.
        InvalidValueError: for a locale without messages, or an evaluation built by hand
            without :attr:`~aidmodel.tracking.Evaluation.why`.

    >>> from aidmodel import Achievement
    >>> from aidmodel.tracking import evaluate
    >>> from aidmodel.commitments import parse_commitment
    >>> from aidmodel.quantity import parse_quantity
    >>> target = parse_commitment("转移就业40名以上")
    >>> e = evaluate(target, Achievement(metric="转移就业", actual=parse_quantity("近40名")))
    >>> format_evaluation(e)
    '结果“近40名”可能低于也可能达到目标“40名以上”，无法判断'
    >>> format_evaluation(e, locale="en")
    '近40名 allows a result below and a result at or above the target 40名以上'
    """
    from aidmodel._written import written
    from aidmodel.quantity import Bound
    from aidmodel.tracking import Evaluation

    evaluation = checked(
        evaluation, Evaluation, "format_evaluation", "an aidmodel.Evaluation", noun="an Evaluation"
    )
    why = evaluation.why
    if why is None or why not in _EVALUATIONS:
        raise InvalidValueError(
            "format_evaluation",
            N_("an evaluation without its why"),
            expected=N_("one of evaluate()'s: %(whys)s"),
            got=why,
            params={"whys": ", ".join(k for k in _EVALUATIONS if "/" not in k)},
        )
    target, actual = evaluation.commitment.target, evaluation.achievement.actual
    texts = catalog(locale, where="format_evaluation")
    key = why
    if why in ("meets", "falls_short") and target.bound is Bound.ABOUT:
        key = f"{why}/about"
    elif why == "between" and target.bound in (Bound.AT_MOST, Bound.LESS_THAN):
        key = "between/ceiling"
    none = texts.gettext(_NO_UNIT)
    values = {
        "target": written(target),
        "actual": written(actual),
        "target_unit": target.unit or none,
        "actual_unit": actual.unit or none,
        "target_per": target.per or none,
        "actual_per": actual.per or none,
    }
    return texts.gettext(_EVALUATIONS[key]) % values


# -- import warnings --------------------------------------------------------------------------


class _Simplified(str):
    """A text of the document quoted as 简体 quotes it: ``%r`` gives “text”."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"“{self}”"


class _Traditional(str):
    """A text of the document quoted as 繁體 quotes it: ``%r`` gives 「text」."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"「{self}」"


# A warning's %(name)r quotes what the document writes: 'text' in English (Python's repr,
# the English message as the importer writes it), “text” in 简体 and 「text」 in 繁體.
_QUOTED: Final[Mapping[str, type[str]]] = {"zh_CN": _Simplified, "zh_Hant_TW": _Traditional}


def _warning_value(value: str | int, name: str, quoted: type[str] | None) -> object:
    """A value of a warning's message: an error's text (``%(error)s``) is the error told in
    the locale, other text quoted as the locale quotes it (``%(name)r``)."""
    error = getattr(value, "error", None)
    if isinstance(error, AidModelError) and name != "en":
        return " ".join(format_error(error, locale=name).splitlines())
    if quoted is not None and isinstance(value, str):
        return quoted(value)
    return value


def format_warning(warning: ImportWarning, *, locale: str | Locale = "zh_CN") -> str:
    r"""An import warning (导入提示) in a reader's language, from its template and params.

    A warning the importer writes without a template (:attr:`ImportWarning.template <aidmodel.importers.ImportWarning.template>` is ``None``: not every warning is in the catalogs
    yet) is its English :attr:`~aidmodel.importers.ImportWarning.message`.

    Raises:
        InvalidTypeError: when ``warning`` is not an ImportWarning.
        InvalidValueError: for a locale without messages.

    >>> from aidmodel import parse_plan
    >>> result = parse_plan(
    ...     "乙区—甲县东西部协作项目实施方案\n乙区人民政府办公室\n2025年2月9日\n"
    ...     "安排东西部协作资金100万元（大写：壹佰伍拾万元整），实施项目1个。\n"
    ...     "（一）产业协作\n1.茶叶加工项目。投入资金100万元。")
    >>> for warning in result.warnings:
    ...     print(format_warning(warning))
    标题“乙区—甲县东西部协作项目实施方案”未写明年度，采用印发日期的年份2025
    合计大写“壹佰伍拾万元整”为150万元，与小写金额“100万元”不符
    >>> print(format_warning(result.warnings[1], locale="zh_Hant_TW"))
    合計大寫「壹佰伍拾万元整」為150萬元，與小寫金額「100万元」不符
    >>> print(format_warning(result.warnings[1], locale="en"))
    the uppercase total '壹佰伍拾万元整' says 150万元, the figure '100万元'
    """
    from aidmodel.importers import ImportWarning

    warning = checked(
        warning, ImportWarning, "format_warning", "an aidmodel.ImportWarning", noun="a warning"
    )
    if warning.template is None:
        return warning.message
    name = message_locale(locale, where="format_warning")
    texts = catalog(name, where="format_warning")
    quoted = _QUOTED.get(name)
    values = {key: _warning_value(value, name, quoted) for key, value in warning.params}
    try:
        return texts.gettext(warning.template) % values
    except (KeyError, TypeError, ValueError):
        raise InvalidValueError(
            "format_warning",
            N_("a template its params do not fill"),
            expected=N_("values for %(template)r"),
            got=warning.params,
            params={"template": warning.template},
        ) from None


# -- errors -----------------------------------------------------------------------------------

# How an error reads: "<where>: <problem>; expected <expected>, got <got>" (errors.py), each
# piece a message of the catalogs.
_ERROR: Final = N_("%(where)s: %(problem)s")
_ERROR_TAIL: Final = N_("%(message)s; %(tail)s")
_ERROR_EXPECTED: Final = N_("expected %(expected)s")
_ERROR_GOT: Final = N_("got %(got)s")
_ERROR_PROBLEM: Final = N_("%(problem)s @ %(path)s")
# Where a NumeralError or a SourceError is: its character, line and column counted from 1.
_CHARACTER: Final = N_("%(where)s, character %(position)s")
_LINE: Final = N_("line %(line)s")
_LINE_COLUMN: Final = N_("line %(line)s, column %(column)s")
_SOURCE: Final = N_("source")
_SEPARATOR: Final = N_(", ")


def _error_where(error: AidModelError, texts: NullTranslations) -> str:
    """Where an error is, told: a NumeralError's character and a SourceError's line and
    column in the locale's words; field labels (``Money.yuan (金额)``), function names and
    JSON paths as they are."""
    from aidmodel.errors import NumeralError, SourceError

    if isinstance(error, NumeralError) and error.position is not None:
        where = texts.gettext(_CHARACTER)
        return where % {"where": error.function, "position": error.position + 1}
    if isinstance(error, SourceError):
        parts = [error.source] if error.source else []
        if error.line is not None:
            at = {"line": error.line, "column": error.column}
            parts.append(texts.gettext(_LINE if error.column is None else _LINE_COLUMN) % at)
        return texts.gettext(_SEPARATOR).join(parts) or texts.gettext(_SOURCE)
    return error.where


def _error_value(value: object, name: str, texts: NullTranslations) -> object:
    """A value of an error's message, as the locale tells it: a message of the catalogs in
    it (:func:`~aidmodel.errors.phrase`), a class by its name alone, text quoted as it quotes."""
    from aidmodel._wording import Phrase, Phrases, TypeName

    if isinstance(value, Phrase):
        told = texts.gettext(value.template)
        if not value.params:
            return told
        return told % {key: _error_value(item, name, texts) for key, item in value.params}
    if isinstance(value, Phrases):
        parts = [str(_error_value(part, name, texts)) for part in value.parts]
        return texts.gettext(_SEPARATOR).join(parts)
    if name == "en":
        return value
    if isinstance(value, TypeName):
        return value.name
    quoted = _QUOTED.get(name)
    if quoted is not None and isinstance(value, str) and value.isprintable():
        return quoted(value)
    return value


def _error_line(error: AidModelError, name: str, texts: NullTranslations, *, where: bool) -> str:
    """One error's line (without the problems of a SerializationError)."""
    from aidmodel._wording import Phrase, TypeName, quote

    values = {key: _error_value(value, name, texts) for key, value in error.params}

    def told(message: str) -> str:
        if isinstance(message, TypeName | Phrase):  # a value in place of a message
            return str(_error_value(message, name, texts))
        text = texts.gettext(message)
        return text % values if values else text

    problem = told(error.problem_template)
    message = texts.gettext(_ERROR) % {"where": _error_where(error, texts), "problem": problem}
    if not where:
        message = problem
    tail = []
    if error.expected_template is not None:
        tail.append(texts.gettext(_ERROR_EXPECTED) % {"expected": told(error.expected_template)})
    if getattr(error, "_quotes_got", False):
        got = _error_value(error.got, name, texts)
        shown = repr(got) if got is not error.got else quote(error.got)
        tail.append(texts.gettext(_ERROR_GOT) % {"got": shown})
    if tail:
        joined = texts.gettext(_SEPARATOR).join(tail)
        message = texts.gettext(_ERROR_TAIL) % {"message": message, "tail": joined}
    return message


def format_error(error: AidModelError, *, locale: str | Locale = "zh_CN") -> str:
    """An error of aidmodel (错误) in a reader's language: ``where: problem; expected …, got …``.

    The pieces of the error (:class:`~aidmodel.AidModelError`'s ``problem_template``,
    ``expected_template`` and ``params``) are told from the catalogs; ``where`` keeps its
    field label (``Money.yuan (金额)``), function name or JSON path, with a character, line
    and column in the locale's words. The input is quoted as the locale quotes text. A
    :class:`~aidmodel.SerializationError` lists its problems, one a line. In English the
    message is ``str(error)``.

    Raises:
        InvalidTypeError: when ``error`` is not an AidModelError.
        InvalidValueError: for a locale without messages.

    >>> from aidmodel import Money
    >>> try:
    ...     Money.from_yuan("0.001")
    ... except AidModelError as err:
    ...     print(format_error(err))
    ...     print(format_error(err, locale="zh_Hant_TW"))
    ...     print(format_error(err, locale="en"))
    Money.yuan (金额)：金额精确到分以下；应为最多2位小数，实际为“0.001”
    Money.yuan (金额)：金額精確到分以下；應為最多2位小數，實際為「0.001」
    Money.yuan (金额): finer than one fen (分); expected at most 2 decimal places, got '0.001'
    >>> from aidmodel.numerals import parse_rmb_upper
    >>> try:
    ...     parse_rmb_upper("柒佰两拾万元整")
    ... except AidModelError as err:
    ...     print(format_error(err))
    parse_rmb_upper，第3个字符：“两”不是大写数字；应为贰，实际为“柒佰两拾万元整”

    .. versionadded:: 0.2.0
    """
    from aidmodel.errors import SerializationError

    error = checked(error, AidModelError, "format_error", "an aidmodel.AidModelError")
    name = message_locale(locale, where="format_error")
    if name == "en":
        return str(BaseException.__str__(error))
    texts = catalog(name, where="format_error")
    lines = [_error_line(error, name, texts, where=True)]
    if isinstance(error, SerializationError):
        lines += ["  " + _problem_line(problem, name, texts) for problem in error.problems]
    return "\n".join(lines)


def _problem_line(problem: Problem, name: str, texts: NullTranslations) -> str:
    inner = problem.error
    if inner is None:  # a message of cattrs
        told = problem.message
    else:
        where = problem.message.startswith(f"{inner.where}: ")
        told = _error_line(inner, name, texts, where=where)
    return texts.gettext(_ERROR_PROBLEM) % {"problem": told, "path": problem.path}


def format_problem(problem: Problem, *, locale: str | Locale = "zh_CN") -> str:
    """One problem of a document (:class:`~aidmodel.errors.Problem`, of a
    :class:`~aidmodel.SerializationError`) in a reader's language: ``<problem> @ <path>``.

    A message of cattrs itself (not one of aidmodel's) is told as cattrs gives it.

    Raises:
        InvalidTypeError: when ``problem`` is not a Problem.
        InvalidValueError: for a locale without messages.

    >>> from aidmodel import Project
    >>> from aidmodel.serialize import from_dict
    >>> try:
    ...     from_dict({"name": " "}, Project)
    ... except AidModelError as err:
    ...     print(format_problem(err.problems[0]))
    ...     print(format_problem(err.problems[0], locale="en"))
    Project.name (项目名称)：空白文本；应为非空字符串，实际为“ ”（位于$）
    Project.name (项目名称): blank text; expected a non-empty string, got ' ' @ $

    .. versionadded:: 0.2.0
    """
    from aidmodel.errors import Problem

    problem = checked(problem, Problem, "format_problem", "an aidmodel.errors.Problem")
    name = message_locale(locale, where="format_problem")
    if name == "en":
        return str.__str__(problem)
    return _problem_line(problem, name, catalog(name, where="format_problem"))


# -- the library's own Chinese terms ----------------------------------------------------------


def term(text: str, *, locale: str | Locale = "zh_CN") -> str:
    """One of the library's own Chinese terms in a locale's script: an enum's label
    (:attr:`Scheme.label <aidmodel.Scheme>`), a heading or word of the fund plan table.

    The terms are messages of the catalogs written in Chinese (a report in any language
    writes them, as the documents do): 简体 and English keep them, 繁體 writes them in its
    own script. A text that is no term of the library (a document's own name) comes back
    as it is.

    >>> from aidmodel import Scheme
    >>> term(Scheme.EAST_WEST.label, locale="zh_Hant_TW"), term("项目名称", locale="zh_TW")
    ('東西部協作', '項目名稱')
    >>> term("项目名称"), term("项目名称", locale="en"), term("柯桥区", locale="zh_Hant_TW")
    ('项目名称', '项目名称', '柯桥区')

    .. versionadded:: 0.2.0
    """
    return catalog(locale, where="term").gettext(text)
