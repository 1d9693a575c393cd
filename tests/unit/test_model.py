"""The model classes: what they accept, what they refuse, and how they are navigated."""

from __future__ import annotations

import datetime as dt
import pickle
from decimal import Decimal

import attrs
import pytest

from aidmodel import (
    Achievement,
    Commitment,
    DateSpan,
    Dividend,
    FundingShare,
    FundSource,
    FundSourceKind,
    InvalidTypeError,
    InvalidValueError,
    MechanismTask,
    Money,
    PartialDate,
    Programme,
    Project,
    ProjectStatus,
    Provenance,
    Region,
    Scheme,
    Section,
    parse_quantity,
)


def programme(**changes: object) -> Programme:
    base = Programme(
        title="乐山市市中区结对帮扶峨边彝族自治县2025年项目实施方案",
        scheme=Scheme.IN_PROVINCE_PAIRING,
        donor=Region(name="市中区", full_name="乐山市市中区"),
        recipient=Region(name="峨边彝族自治县"),
        year=2025,
        fund_sources=[
            FundSource(key="current", kind=FundSourceKind.CURRENT, amount=Money.from_wan(750)),
            FundSource(key="carry_over", kind=FundSourceKind.CARRY_OVER, amount=Money.from_wan(16)),
        ],
        sections=[
            Section(id="1", title="深化产业合作", subsections=[Section(id="1.1", title="林竹")])
        ],
    )
    return attrs.evolve(base, **changes)


class TestPartialDate:
    @pytest.mark.parametrize(
        ("date", "iso", "first", "last", "precision"),
        [
            (PartialDate(2025), "2025", dt.date(2025, 1, 1), dt.date(2025, 12, 31), "year"),
            (
                PartialDate(2025, 11),
                "2025-11",
                dt.date(2025, 11, 1),
                dt.date(2025, 11, 30),
                "month",
            ),
            (PartialDate(2024, 2), "2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29), "month"),
            (PartialDate(2025, 2), "2025-02", dt.date(2025, 2, 1), dt.date(2025, 2, 28), "month"),
            (
                PartialDate(2025, 2, 9),
                "2025-02-09",
                dt.date(2025, 2, 9),
                dt.date(2025, 2, 9),
                "day",
            ),
        ],
    )
    def test_precision_and_bounds(
        self, date: PartialDate, iso: str, first: dt.date, last: dt.date, precision: str
    ) -> None:
        assert date.isoformat() == iso == str(date)
        assert PartialDate.fromisoformat(iso) == date
        assert (date.first_day(), date.last_day(), date.precision) == (first, last, precision)

    @pytest.mark.parametrize(
        ("args", "message"),
        [
            (
                (2025, 13),
                "PartialDate.month (月): not a month; expected an int from 1 to 12, got 13",
            ),
            ((2025, 0), "not a month"),
            (
                (2025, 2, 30),
                "PartialDate.day (日): not a day of 2025-02; expected an int from 1 to 28, got 30",
            ),
            ((2024, 2, 30), "expected an int from 1 to 29"),
            ((1800,), "PartialDate.year (年): year out of range"),
            ((2025, None, 1), "a day without a month"),
        ],
    )
    def test_refuses_impossible_dates(self, args: tuple[int, ...], message: str) -> None:
        with pytest.raises(InvalidValueError) as info:
            PartialDate(*args)
        assert message in str(info.value)

    def test_refuses_non_int_year(self) -> None:
        with pytest.raises(InvalidTypeError, match="not a whole year"):
            PartialDate("2025")  # type: ignore[arg-type]

    @pytest.mark.parametrize("text", ["2025-1", "25", "2025/11", "2025-11-1", "", "2025年11月"])
    def test_fromisoformat_refuses(self, text: str) -> None:
        with pytest.raises(InvalidValueError, match="not an ISO 8601 date"):
            PartialDate.fromisoformat(text)

    def test_ordering(self) -> None:
        dates = [
            PartialDate(2025, 11),
            PartialDate(2025),
            PartialDate(2024, 12, 31),
            PartialDate(2025, 10),
        ]
        assert sorted(dates) == [
            PartialDate(2024, 12, 31),
            PartialDate(2025),
            PartialDate(2025, 10),
            PartialDate(2025, 11),
        ]

    def test_from_date(self) -> None:
        assert PartialDate.from_date(dt.date(2025, 2, 25)) == PartialDate(2025, 2, 25)


class TestDateSpan:
    def test_span(self) -> None:
        span = DateSpan.fromisoformat("2018/2019")
        assert span == DateSpan(PartialDate(2018), PartialDate(2019))
        assert (span.first_day(), span.last_day()) == (dt.date(2018, 1, 1), dt.date(2019, 12, 31))
        assert str(span) == "2018/2019"
        assert DateSpan(PartialDate(2018), PartialDate(2018)).isoformat() == "2018/2018"

    def test_refuses_backwards(self) -> None:
        with pytest.raises(InvalidValueError, match="a span that ends before it starts"):
            DateSpan(PartialDate(2019), PartialDate(2018))

    @pytest.mark.parametrize("text", ["2018", "2018-2019", "2018/2019/2020"])
    def test_fromisoformat_refuses(self, text: str) -> None:
        with pytest.raises(InvalidValueError):
            DateSpan.fromisoformat(text)


class TestValidation:
    @pytest.mark.parametrize(
        ("make", "message"),
        [
            (
                lambda: Project(name=" "),
                "Project.name (项目名称): blank text; expected a non-empty string, got ' '",
            ),
            (
                lambda: Project(name="x", amount=Money.from_wan(-1)),
                "Project.amount (拟投入资金): a negative amount",
            ),
            (
                lambda: Project(name="x", amount=Decimal(1)),
                "Project.amount (拟投入资金): a Decimal is not Money",
            ),
            (
                lambda: Project(name="x", amount=766),
                "Project.amount (拟投入资金): an int is not Money",
            ),
            (
                lambda: Project(name="x", units=["县林业局", ""]),
                "Project.units (责任单位)[1]: blank text",
            ),
            (
                lambda: Project(name="x", units="县林业局"),
                "Project.units (责任单位): a str is not a list; expected a list or tuple of strings"
                " (['县林业局'] for one), got '县林业局'",
            ),
            (
                lambda: Project(name="x", deadline="2025-11"),
                "Project.deadline (完成时限): a str is not a PartialDate",
            ),
            (
                lambda: Project(name="x", status="续建"),
                "Project.status (建设性质): a str is not a ProjectStatus",
            ),
            (
                lambda: Project(name="x", funding=[Money.from_wan(1)]),
                "Project.funding (资金构成)[0]: a Money is not a FundingShare",
            ),
            (
                lambda: FundingShare(amount=None),
                "FundingShare.amount (金额): None is not a Money",
            ),
            (
                lambda: FundingShare(amount="1"),
                "FundingShare.amount (金额): a str is not a Money; expected a Money, got '1'",
            ),
            (
                lambda: FundingShare(amount=-Money.from_wan(1)),
                "FundingShare.amount (金额): a negative amount; expected an amount of 0 or more",
            ),
            (
                lambda: FundingShare(amount=Money.from_wan(1), parts=[1]),
                "FundingShare.parts (构成)[0]: an int is not a FundingShare",
            ),
            (
                lambda: Dividend(rate=Decimal("3")),
                "Dividend.rate (分红比例): not a rate; expected a Decimal from 0 to 1 (3% is 0.03)",
            ),
            (
                lambda: Dividend(rate=0.03),
                "Dividend.rate (分红比例): a float is not an exact number",
            ),
            (
                lambda: Section(id="1", title="t", declared_count=-1),
                "Section.declared_count (项目个数): not a count",
            ),
            (lambda: Section(id="1", title="t", declared_count=True), "not a count"),
            (
                lambda: FundSource(key="k", kind="current"),
                "FundSource.kind (类型): a str is not a FundSourceKind",
            ),
            (
                lambda: FundSource(key="k", kind=FundSourceKind.CURRENT, year=25),
                "FundSource.year (资金年度): year out of range",
            ),
            (lambda: Provenance(line_start=0), "Provenance.line_start (起始行): not a line number"),
            (
                lambda: Provenance(line_start=5, line_end=4),
                "Provenance.line_end (结束行): ends before it starts",
            ),
            (
                lambda: Commitment(metric="培训", target="40名以上"),
                "Commitment.target (目标值): a str is not a Quantity",
            ),
            (
                lambda: Achievement(metric="", actual=parse_quantity("5场")),
                "Achievement.metric (指标): blank text",
            ),
            (
                lambda: MechanismTask(title="t", commitments=[None]),
                "MechanismTask.commitments (目标任务)[0]",
            ),
            (lambda: Region(name=""), "Region.name (名称): blank text"),
        ],
    )
    def test_refuses_what_cannot_be_represented(self, make: object, message: str) -> None:
        with pytest.raises((InvalidValueError, InvalidTypeError)) as info:
            make()  # type: ignore[operator]
        assert message in str(info.value)

    def test_keeps_what_documents_get_wrong(self) -> None:
        # A row whose sources do not add up, a count that differs, a repeated number: all kept.
        row = Project(
            number="8",
            name="长梁镇下坝中心小学综合楼工程",
            amount=Money.from_wan(530),
            funding=[
                FundingShare(amount=Money.from_wan(150)),
                FundingShare(amount=Money.from_wan(80)),
            ],
        )
        p = programme(
            declared_project_count=16,
            sections=[Section(id="3", title="强化人才培育", declared_count=3)],
            projects=[attrs.evolve(row, section="3"), attrs.evolve(row, section="3", number="8")],
        )
        assert len(p.projects) == 2
        assert p.section("3").declared_count == 3
        assert sum(s.amount for s in p.projects[0].funding) != p.projects[0].amount


class TestProgrammeReferences:
    def test_walk_and_lookup(self) -> None:
        p = programme()
        assert [s.id for s in p.walk_sections()] == ["1", "1.1"]
        assert p.section("1.1").title == "林竹"
        assert p.fund_source("carry_over").amount == Money.from_wan(16)
        with pytest.raises(
            InvalidValueError,
            match=r"no fund source with this key; expected one of \['current', 'carry_over'\], got 'x'",
        ):
            p.fund_source("x")

    @pytest.mark.parametrize(
        ("changes", "message"),
        [
            (
                {"sections": [Section(id="1", title="a"), Section(id="1", title="b")]},
                "a section id used twice",
            ),
            (
                {
                    "sections": [
                        Section(id="1", title="a", subsections=[Section(id="1", title="b")])
                    ]
                },
                "a section id used twice",
            ),
            (
                {
                    "fund_sources": [
                        FundSource(key="a", kind=FundSourceKind.CURRENT),
                        FundSource(key="a", kind=FundSourceKind.CURRENT),
                    ]
                },
                "Programme.fund_sources[1].key (标识): a fund source key used twice",
            ),
            (
                {"fund_sources": [FundSource(key="a", kind=FundSourceKind.CURRENT, section="9")]},
                "Programme.fund_sources[0].section (所属部分): no section",
            ),
            (
                {"projects": [Project(name="p", section="2")]},
                "Programme.projects[0].section (所属部分): no section with this id",
            ),
            (
                {"mechanisms": [MechanismTask(title="m", section="2")]},
                "Programme.mechanisms[0].section (所属部分)",
            ),
            (
                {
                    "projects": [
                        Project(
                            name="p",
                            funding=[FundingShare(amount=Money.from_wan(1), source="fiscal")],
                        )
                    ]
                },
                "Programme.projects[0].funding[0].source (资金来源): no fund source with this key",
            ),
            (
                {
                    "projects": [
                        Project(
                            name="p",
                            funding=[
                                FundingShare(
                                    amount=Money.from_wan(1),
                                    source="current",
                                    parts=[FundingShare(amount=Money.from_wan(1), source="x")],
                                )
                            ],
                        )
                    ]
                },
                "Programme.projects[0].funding[0].parts[0].source (资金来源)",
            ),
            (
                {
                    "sections": [
                        Section(
                            id="1",
                            title="a",
                            declared_funding=[
                                FundingShare(amount=Money.from_wan(1), source="current"),
                                FundingShare(amount=Money.from_wan(1), source="y"),
                            ],
                        )
                    ]
                },
                "Section '1'.declared_funding[1].source (资金来源): no fund source with this key",
            ),
            (  # the first failure in document order, sections before funding (as ever)
                {
                    "projects": [
                        Project(name="p"),
                        Project(
                            name="q",
                            funding=[FundingShare(amount=Money.from_wan(1), source="fiscal")],
                        ),
                        Project(name="r", section="8"),
                    ],
                    "mechanisms": [MechanismTask(title="m", section="9")],
                },
                "Programme.projects[2].section (所属部分): no section with this id; expected one"
                " of ['1', '1.1'], got '8'",
            ),
            (
                {
                    "projects": [
                        Project(name="p", funding=[FundingShare(amount=Money.from_wan(1))]),
                        Project(
                            name="q",
                            funding=[
                                FundingShare(amount=Money.from_wan(1), source="current"),
                                FundingShare(amount=Money.from_wan(1), source="z"),
                            ],
                        ),
                    ]
                },
                "Programme.projects[1].funding[1].source (资金来源): no fund source with this key",
            ),
            ({"year": 25}, "Programme.year (年度): year out of range"),
            ({"year": "2025"}, "Programme.year (年度): not a whole year"),
            ({"scheme": "east_west"}, "Programme.scheme (帮扶类型): a str is not a Scheme"),
        ],
    )
    def test_refuses_broken_references(self, changes: dict[str, object], message: str) -> None:
        with pytest.raises((InvalidValueError, InvalidTypeError)) as info:
            programme(**changes)
        assert message in str(info.value)


class TestCodes:
    @pytest.mark.parametrize(
        ("label", "member"),
        [
            ("东西部协作", Scheme.EAST_WEST),
            ("东西部扶贫协作", Scheme.EAST_WEST),
            ("对口帮扶", Scheme.COUNTERPART),
            ("省内结对帮扶", Scheme.IN_PROVINCE_PAIRING),
            ("上年结余", FundSourceKind.CARRY_OVER),
            ("往年结余资金", FundSourceKind.CARRY_OVER),
            ("财政帮扶资金", FundSourceKind.FISCAL_AID),
            ("自筹资金", FundSourceKind.SELF_RAISED),
            ("企业投资或社会帮扶", FundSourceKind.ENTERPRISE_OR_SOCIAL),
            ("续建", ProjectStatus.CONTINUED),
            ("新建", ProjectStatus.NEW),
        ],
    )
    def test_from_label(self, label: str, member: object) -> None:
        assert type(member).from_label(label) is member  # type: ignore[attr-defined]
        assert member.label  # type: ignore[attr-defined]

    def test_unknown_label(self) -> None:
        with pytest.raises(
            InvalidValueError,
            match=r"ProjectStatus\.from_label: unknown label; expected one of 新建, 续建, got '改建'",
        ):
            ProjectStatus.from_label("改建")

    def test_wire_values_are_stable(self) -> None:
        assert [m.value for m in Scheme] == [
            "east_west",
            "in_province_pairing",
            "counterpart",
            "designated",
            "other",
        ]
        assert [m.value for m in ProjectStatus] == ["new", "continued"]
        assert {m.value for m in FundSourceKind} == {
            "current",
            "carry_over",
            "annual_aid",
            "fiscal_aid",
            "self_raised",
            "enterprise_or_social",
            "social",
            "other",
        }


def test_frozen_hashable_picklable() -> None:
    p = programme(
        projects=[
            Project(
                name="x",
                commitments=[Commitment(metric="培训", target=parse_quantity("50人次以上"))],
            )
        ]
    )
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        p.title = "y"  # type: ignore[misc]
    assert hash(p) == hash(
        programme(
            projects=[
                Project(
                    name="x",
                    commitments=[Commitment(metric="培训", target=parse_quantity("50人次以上"))],
                )
            ]
        )
    )
    assert pickle.loads(pickle.dumps(p)) == p
