"""Messages in the reader's language: the catalogs are complete and current, every kind of
finding is told in every locale, and none falls back to English."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from aidmodel import Finding, FindingKind, InvalidTypeError, InvalidValueError, Money, reconcile
from aidmodel import messages as aidmessages
from aidmodel.messages import LOCALES, format_finding, message_locale
from aidmodel.model import PartialDate
from aidmodel.reconcile import Detail
from aidmodel.tracking import Evaluation
from message_support import has_english

SRC = Path(aidmessages.__file__).parent
GOLDEN = Path(__file__).parent.parent / "golden" / "messages"


def _code_messages() -> set[str | tuple[str, ...]]:
    """The messages the code marks (what ``pybabel extract -k N_ -k Nn_:1,2`` finds); a
    message with a plural is the pair of its forms."""
    found = extract_from_dir(
        str(SRC),
        method_map=[("**.py", "python")],
        keywords={"N_": None, "Nn_": (1, 2)},
        comment_tags=(),
    )
    return {message for _, _, message, _, _ in found}


def _catalog(locale: str):  # type: ignore[no-untyped-def]
    with (SRC / "locale" / locale / "LC_MESSAGES" / "aidmodel.po").open("rb") as file:
        return read_po(file, locale=locale)


def _key(text: str | list[str] | tuple[str, ...]) -> str | tuple[str, ...]:
    return text if isinstance(text, str) else tuple(text)


def _forms(text: str | tuple[str, ...]) -> tuple[str, ...]:
    return text if isinstance(text, tuple) else (text,)


CODE = _code_messages()
# The library's own Chinese terms (an enum's label, a word of the fund plan table): messages
# written in Chinese, with no English word nor ASCII punctuation (aidmodel.messages.term).
TERMS = {
    m
    for m in CODE
    if isinstance(m, str)
    and re.search(r"[\u4e00-\u9fff]", m)
    and not re.search(r"[A-Za-z,:;.]", re.sub(r"%\(\w+\)[sr]", "", m))
}


def test_terms_are_written_in_traditional_characters() -> None:
    assert len(TERMS) >= 30
    simplified = {m.id: m.string for m in _catalog("zh_CN") if m.id in TERMS}
    traditional = {m.id: m.string for m in _catalog("zh_Hant_TW") if m.id in TERMS}
    assert simplified == {term: term for term in TERMS}
    assert traditional["项目名称"] == "項目名稱"
    assert traditional["东西部协作"] == "東西部協作"
    # Most differ; some are written alike (其他, 在建, 已支出 ...).
    assert sum(traditional[t] != t for t in TERMS) >= len(TERMS) * 3 // 4


def test_the_code_has_messages() -> None:
    assert len(CODE) >= len(FindingKind)


@pytest.mark.parametrize("locale", LOCALES)
def test_every_message_of_the_code_is_translated_in_every_catalog(locale: str) -> None:
    catalog = _catalog(locale)
    entries = {m.id: m for m in catalog if m.id}
    missing = sorted(str(i) for i in CODE - set(entries))
    assert not missing, f"{locale}: not in the catalog (run tools/update_catalogs.py): {missing}"
    untranslated = sorted(str(i) for i in CODE if not all(_forms(entries[i].string)))
    assert not untranslated, f"{locale}: untranslated: {untranslated}"
    fuzzy = sorted(str(i) for i in CODE if entries[i].fuzzy)
    assert not fuzzy, f"{locale}: fuzzy: {fuzzy}"
    stale = sorted(str(i) for i in set(entries) - CODE)
    assert not stale, f"{locale}: no longer in the code: {stale}"
    # Babel's checks: a translation keeps every %(name)s placeholder of its message.
    problems = [(m.id, [str(e) for e in errors]) for m, errors in catalog.check()]
    assert not problems


@pytest.mark.parametrize("locale", ["zh_CN", "zh_Hant_TW"])
def test_chinese_catalogs_translate_every_message(locale: str) -> None:
    entries = {m.id: m.string for m in _catalog(locale) if m.id}
    for msgid in CODE:
        if msgid in TERMS:  # written in Chinese: 简体 keeps it, 繁體 writes it in its script
            continue
        for form in _forms(entries[msgid]):
            assert form not in _forms(msgid), f"{locale}: left in English: {msgid}"
            # Only our placeholders, the command's own words (FILE, --sample) and code (class
            # and function names, Python values, file types, a command) stay Latin.
            assert not has_english(form), (locale, form)


@pytest.mark.parametrize("locale", LOCALES)
def test_compiled_catalogs_are_current(locale: str) -> None:
    # What the shipped .mo holds is what its .po says (the bytes differ between Babel versions).
    with (SRC / "locale" / locale / "LC_MESSAGES" / "aidmodel.mo").open("rb") as file:
        shipped = {_key(m.id): _key(m.string) for m in read_mo(file) if m.id}
    written = {_key(m.id): _key(m.string) for m in _catalog(locale) if m.id and not m.fuzzy}
    assert shipped == written, f"{locale}: run tools/update_catalogs.py"


# One finding of every kind, and of every way a kind is told, with the details reconcile()
# and progress() give it.
_SECTION = (("section_number", "（三）"), ("section_title", "强化人才培育"))
_NAME = (("name", "宜坪乡枇杷分选包装初加工建设项目"),)
_W = Money.from_wan
_D = PartialDate


def _f(
    kind: FindingKind,
    declared: Money | int | None,
    computed: Money | int | None,
    *details: tuple[str, Detail],
) -> Finding:
    return Finding(
        kind=kind, where="-", declared=declared, computed=computed, message="-", details=details
    )


K = FindingKind
EXAMPLES: list[tuple[str, Finding]] = [
    (
        "uppercase_vs_total",
        _f(K.UPPERCASE_VS_TOTAL, _W(766), _W(756), ("upper", "柒佰伍拾陆万元整")),
    ),
    (
        "uppercase_vs_total/unreadable",
        _f(K.UPPERCASE_VS_TOTAL, _W(766), None, ("upper", "柒佰两拾万元整")),
    ),
    ("sources_vs_total", _f(K.SOURCES_VS_TOTAL, _W("3952.310194"), _W(3900))),
    ("projects_vs_total", _f(K.PROJECTS_VS_TOTAL, _W(100), _W(120))),
    ("project_count", _f(K.PROJECT_COUNT, 11, 12)),
    ("section_counts_vs_total", _f(K.SECTION_COUNTS_VS_TOTAL, 15, 16)),
    ("section_count", _f(K.SECTION_COUNT, 3, 4, *_SECTION)),
    ("section_amount", _f(K.SECTION_AMOUNT, _W(378), _W(388), *_SECTION)),
    (
        "section_amount/at_least",
        _f(K.SECTION_AMOUNT, _W(378), _W(400), *_SECTION, ("at_least", "yes")),
    ),
    (
        "section_total_investment",
        _f(
            K.SECTION_TOTAL_INVESTMENT,
            _W(600),
            _W(650),
            ("section_number", "二、"),
            ("section_title", "基础设施"),
        ),
    ),
    (
        "section_split",
        _f(
            K.SECTION_SPLIT,
            _W(5005),
            _W(4705),
            ("section_number", "附件 1"),
            ("section_title", "财政资金援建项目计划表"),
        ),
    ),
    (
        "section_source",
        _f(
            K.SECTION_SOURCE,
            _W(200),
            _W(180),
            ("section_title", "产业发展"),
            ("source", "财政帮扶资金"),
        ),
    ),
    (
        "source_vs_shares",
        _f(K.SOURCE_VS_SHARES, _W(3900), _W(3800), ("source", "2025年东西部协作资金")),
    ),
    ("funding_vs_amount", _f(K.FUNDING_VS_AMOUNT, _W(530), _W(230), *_NAME)),
    ("parts_vs_share", _f(K.PARTS_VS_SHARE, _W(100), _W(90), *_NAME)),
    ("exceeds_total_investment", _f(K.EXCEEDS_TOTAL_INVESTMENT, _W(400), _W(500), *_NAME)),
    (
        "funding_vs_investment",
        _f(K.FUNDING_VS_INVESTMENT, _W(500), _W(450), *_NAME, ("aid", _W(300)), ("other", _W(150))),
    ),
    (
        "repeated_number",
        _f(
            K.REPEATED_NUMBER,
            None,
            2,
            ("section_number", "（六）"),
            ("section_title", "加大改善民生"),
            ("number", "10."),
        ),
    ),
    ("repeated_number/programme", _f(K.REPEATED_NUMBER, None, 3, ("number", "（1）"))),
    (
        "dividend",
        _f(K.DIVIDEND, _W(5), _W(6), *_NAME, ("rate", Decimal("0.06")), ("base", _W(100))),
    ),
    ("spent_over_released", _f(K.SPENT_OVER_RELEASED, _W(2), _W(3), *_NAME)),
    ("released_over_planned", _f(K.RELEASED_OVER_PLANNED, _W(66), _W(70), *_NAME)),
    (
        "completed_before_started",
        _f(
            K.COMPLETED_BEFORE_STARTED,
            None,
            None,
            *_NAME,
            ("earlier", _D(2025, 6, 1)),
            ("later", _D(2025, 5)),
        ),
    ),
    (
        "accepted_before_completed",
        _f(
            K.ACCEPTED_BEFORE_COMPLETED,
            None,
            None,
            *_NAME,
            ("earlier", _D(2025, 9)),
            ("later", _D(2025, 8, 20)),
        ),
    ),
    (
        "not_started_past_deadline",
        _f(K.NOT_STARTED_PAST_DEADLINE, None, None, *_NAME, ("deadline", _D(2025, 10))),
    ),
]


def test_every_kind_and_way_of_telling_it_has_an_example() -> None:
    keys = [key for key, _ in EXAMPLES]
    assert sorted(keys) == sorted(aidmessages._FINDINGS)
    assert {key.split("/")[0] for key in keys} == {kind.value for kind in FindingKind}
    for key, finding in EXAMPLES:
        assert aidmessages._finding_key(finding, dict(finding.details)) == key


def test_every_finding_in_every_locale_matches_golden(request: pytest.FixtureRequest) -> None:
    lines = []
    for key, finding in EXAMPLES:
        lines.append(f"[{key}]")
        lines += [f"  {locale}: {format_finding(finding, locale=locale)}" for locale in LOCALES]
    text = "\n".join(lines) + "\n"
    path = GOLDEN / "findings.txt"
    if request.config.getoption("--update-golden"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize(("key", "finding"), EXAMPLES, ids=[k for k, _ in EXAMPLES])
@pytest.mark.parametrize("locale", ["zh_CN", "zh_Hant_TW"])
def test_no_finding_falls_back_to_english(key: str, finding: Finding, locale: str) -> None:
    text = format_finding(finding, locale=locale)
    assert text != format_finding(finding, locale="en")
    # Only the document's own words are left: names, item numbers, figures and units.
    assert not re.search(r"[A-Za-z]{3,}", text), text
    assert "%(" not in text


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        (
            "zh_CN",
            "“宜坪乡枇杷分选包装初加工建设项目”按100万元的6%计算应为6万元，方案承诺分红5万元",
        ),
        (
            "zh_Hant_TW",
            "「宜坪乡枇杷分选包装初加工建设项目」按100萬元的6%計算應為6萬元，方案承諾分紅5萬元",
        ),
        (
            "en",
            "“宜坪乡枇杷分选包装初加工建设项目”: 6% of 100 × 10,000 yuan is 6 × 10,000 yuan,"
            " the plan promises 5 × 10,000 yuan",
        ),
    ],
)
def test_a_dividend_keeps_its_rate_and_every_digit(locale: str, expected: str) -> None:
    (finding,) = [f for key, f in EXAMPLES if key == "dividend"]
    assert format_finding(finding, locale=locale) == expected
    exact = _f(K.SOURCES_VS_TOTAL, _W("3952.310194"), Money.from_yuan("0.01"))
    assert "3,952.310194" in format_finding(exact, locale=locale)


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("（三）", "第（三）部分“强化人才培育”"),
        ("一、", "第一部分“强化人才培育”"),
        ("1.", "第1部分“强化人才培育”"),
        ("二是", "第二部分“强化人才培育”"),
        ("附件 1", "附件 1“强化人才培育”"),
        (None, "“强化人才培育”部分"),
    ],
)
def test_a_part_is_named_by_its_number_as_printed_and_its_title(
    number: str | None, expected: str
) -> None:
    details = (("section_title", "强化人才培育"),)
    if number is not None:
        details = (("section_number", number), *details)
    assert (
        format_finding(_f(K.SECTION_COUNT, 3, 4, *details)) == f"{expected}声明项目3个，实际列出4个"
    )


def test_reconcile_gives_the_details_its_messages_name() -> None:
    from aidmodel import samples

    found = reconcile(samples.load("keqiao-ebian-2025"))
    assert [dict(f.details) for f in found] == [
        {"section_number": "（六）", "section_title": "加大改善民生", "number": "10."}
    ]


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("zh_CN", "zh_CN"),
        ("zh", "zh_CN"),
        ("zh-Hans-SG", "zh_CN"),
        ("zh_Hant_TW", "zh_Hant_TW"),
        ("zh-TW", "zh_Hant_TW"),
        ("zh_HK", "zh_Hant_TW"),
        ("en", "en"),
        ("en_GB", "en"),
    ],
)
def test_message_locale(locale: str, expected: str) -> None:
    assert message_locale(locale) == expected


@pytest.mark.parametrize(
    ("value", "error", "match"),
    [
        ("fr", InvalidValueError, r"no messages in this language.*got 'fr'"),
        ("xx_YY", InvalidValueError, r"unknown locale.*got 'xx_YY'"),
        ("", InvalidValueError, r"unknown locale.*got ''"),
        (None, InvalidTypeError, r"a NoneType is not a locale"),
    ],
)
def test_a_locale_without_messages_is_an_error(
    value: object, error: type[Exception], match: str
) -> None:
    with pytest.raises(error, match=match):
        format_finding(EXAMPLES[0][1], locale=value)  # type: ignore[arg-type]


def test_a_finding_without_its_details_or_not_a_finding_is_an_error() -> None:
    bare = Finding(kind=FindingKind.FUNDING_VS_AMOUNT, where="x", message="-")
    with pytest.raises(
        InvalidValueError, match=r"funding_vs_amount finding without the detail 'name'"
    ):
        format_finding(bare)
    with pytest.raises(InvalidTypeError, match=r"a str is not a finding; expected an aidmodel"):
        format_finding("section_count")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("days", "locale", "expected"),
    [
        (1, "zh_CN", "“农村危房改造”完成时限2025年10月，已逾期1天"),
        (30, "zh_Hant_TW", "「农村危房改造」完成時限2025年10月，已逾期30天"),
        (1, "en", "“农村危房改造”: deadline Oct 2025, passed 1 day ago"),
        (30, "en", "“农村危房改造”: deadline Oct 2025, passed 30 days ago"),
    ],
)
def test_overdue_in_every_locale(days: int, locale: str, expected: str) -> None:
    from aidmodel import Overdue
    from aidmodel.messages import format_overdue

    late = Overdue(
        where="projects[15]", number="16.", name="农村危房改造", deadline=_D(2025, 10), days=days
    )
    assert format_overdue(late, locale=locale) == expected
    with pytest.raises(InvalidTypeError, match=r"a Finding is not an Overdue"):
        format_overdue(EXAMPLES[0][1], locale=locale)  # type: ignore[arg-type]


# One evaluation of every way a verdict is told: (target, result).
EVALUATIONS = [
    ("units_differ", "转移就业40名以上", "40人次"),
    ("periods_differ", "培训100人次/年", "50人次/月"),
    ("approximate", "转移就业40名以上", "约40名"),
    ("meets", "转移就业40名以上", "52名"),
    ("meets/about", "建设厂房约2000平方米", "2100平方米"),
    ("falls_short", "转移就业40名以上", "30名"),
    ("falls_short/about", "建设厂房约2000平方米", "1500平方米"),
    ("between", "转移就业40名以上", "近40名"),
    ("between/ceiling", "派出人员不超过10人", "8—12人"),
]


def _evaluation(target: str, result: str) -> Evaluation:
    from aidmodel import Achievement, evaluate, parse_commitment, parse_quantity

    commitment = parse_commitment(target)
    return evaluate(
        commitment, Achievement(metric=commitment.metric, actual=parse_quantity(result))
    )


def test_every_way_of_telling_a_verdict_in_every_locale_matches_golden(
    request: pytest.FixtureRequest,
) -> None:
    from aidmodel.messages import format_evaluation

    assert sorted(key for key, _, _ in EVALUATIONS) == sorted(aidmessages._EVALUATIONS)
    lines = []
    for key, target, result in EVALUATIONS:
        evaluation = _evaluation(target, result)
        assert evaluation.why == key.split("/")[0]
        lines.append(f"[{key}] {target} ← {result}")
        for locale in LOCALES:
            text = format_evaluation(evaluation, locale=locale)
            lines.append(f"  {locale}: {text}")
            if locale == "en":
                assert text == evaluation.reason  # the log's sentence, from the same data
            else:
                assert not re.search(r"[A-Za-z]{3,}", text), text
    text = "\n".join(lines) + "\n"
    path = GOLDEN / "evaluations.txt"
    if request.config.getoption("--update-golden"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


def test_an_evaluation_without_its_why_is_an_error() -> None:
    import attrs

    from aidmodel.messages import format_evaluation

    bare = attrs.evolve(_evaluation("转移就业40名以上", "52名"), why=None)
    with pytest.raises(InvalidValueError, match=r"an evaluation without its why; expected one"):
        format_evaluation(bare)
    with pytest.raises(InvalidTypeError, match=r"a Finding is not an Evaluation"):
        format_evaluation(EXAMPLES[0][1])  # type: ignore[arg-type]


_PLAN = (
    "乙区—甲县东西部协作项目实施方案\n乙区人民政府办公室\n2025年2月9日\n"
    "安排东西部协作资金100万元（大写：{upper}），实施项目1个。\n"
    "（一）产业协作\n1.茶叶加工项目。投入资金100万元。"
)


@pytest.mark.parametrize(
    ("upper", "locale", "expected"),
    [
        (
            "壹佰伍拾万元整",
            "zh_CN",
            [
                "标题“乙区—甲县东西部协作项目实施方案”未写明年度，采用印发日期的年份2025",
                "合计大写“壹佰伍拾万元整”为150万元，与小写金额“100万元”不符",
            ],
        ),
        (
            "壹佰两拾万元整",
            "zh_Hant_TW",
            [
                "標題「乙区—甲县东西部协作项目实施方案」未寫明年度，採用印發日期的年份2025",
                "合計大寫「壹佰两拾万元整」無法識別為金額",
            ],
        ),
        (
            "壹佰两拾万元整",
            "en",
            [
                "the title '乙区—甲县东西部协作项目实施方案' names no year; the year of the issue"
                " date, 2025, is used",
                "the uppercase total '壹佰两拾万元整' cannot be read as an amount",
            ],
        ),
    ],
)
def test_templated_import_warnings_in_every_locale(
    upper: str, locale: str, expected: list[str]
) -> None:
    from aidmodel import parse_plan
    from aidmodel.messages import format_warning

    warnings = parse_plan(_PLAN.format(upper=upper)).warnings
    assert [format_warning(w, locale=locale) for w in warnings] == expected
    # The English message is the template filled with the same params.
    assert [format_warning(w, locale="en") for w in warnings] == [w.message for w in warnings]


def test_a_warning_without_a_template_is_its_english_message() -> None:
    from aidmodel import ImportWarning, WarningCode
    from aidmodel.messages import format_warning

    plain = ImportWarning(line=19, code=WarningCode.AMOUNT_NOT_USED, message="'16万' is not used")
    assert format_warning(plain) == "'16万' is not used"
    broken = ImportWarning(
        code=WarningCode.INFERRED, message="x", template="%(year)s is used", params=()
    )
    with pytest.raises(InvalidValueError, match=r"a template its params do not fill"):
        format_warning(broken)
    with pytest.raises(InvalidTypeError, match=r"a str is not a warning"):
        format_warning("x")  # type: ignore[arg-type]
