"""Reconciliation and aggregation: the seeds' real inconsistencies, each kind of finding, totals."""

from __future__ import annotations

from decimal import Decimal

import attrs
import pytest
from hypothesis import given, settings

from aidmodel import (
    Dividend,
    FindingKind,
    FundingShare,
    FundSource,
    FundSourceKind,
    Money,
    Programme,
    Project,
    Region,
    Scheme,
    Section,
    commitment_totals,
    portfolio,
    reconcile,
    samples,
    totals_by_deadline,
    totals_by_location,
    totals_by_section,
    totals_by_source,
    totals_by_status,
    totals_by_unit,
    totals_by_year,
)

from strategies import programmes

W = Money.from_wan

#: Every finding on every sample; each is a true inconsistency of its document.
EXPECTED = {
    "shizhong-ebian-2025": [
        # 人才交流项目3个, but four are listed (items 5-8); the counts by category
        # (3+1+3+2+4+2) add to 15 of the 16 listed for that one reason, told once.
        (FindingKind.SECTION_COUNT, "section '3'", 3, 4),
    ],
    "keqiao-ebian-2025": [(FindingKind.REPEATED_NUMBER, "section '6'", None, 2)],
    "liangjiang-pengshui-2020": [],
    "binjiang-jianshi-2018": [
        # 合计 5005 = 2000 + 2705, although 2000 + 2705 = 4705 ...
        (FindingKind.SECTION_SPLIT, "section 'attachment-1'", W(5005), W(4705)),
        # ... because item 8 has 530 against 150 + 80.
        (FindingKind.FUNDING_VS_AMOUNT, "projects[7] (8)", W(530), W(230)),
    ],
    "qujiang-pingwu-2018": [],
    "qingbaijiang-jiulong-2018": [],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_findings_on_the_samples(name: str) -> None:
    found = [(f.kind, f.where, f.declared, f.computed) for f in reconcile(samples.load(name))]
    assert found == EXPECTED[name]


def test_a_finding_says_what_where_and_by_how_much() -> None:
    (split, row) = reconcile(samples.load("binjiang-jianshi-2018"))
    assert split.difference == W(-300)
    assert row.difference == W(-300)
    assert "长梁镇下坝中心小学综合楼工程" in row.message
    assert "230万元" in row.message
    assert "530万元" in row.message
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        row.message = "x"  # type: ignore[misc]


def _plan(**changes: object) -> Programme:
    base = Programme(
        title="测试方案",
        scheme=Scheme.EAST_WEST,
        donor=Region(name="甲区"),
        recipient=Region(name="乙县"),
        year=2025,
    )
    return attrs.evolve(base, **changes)


def test_no_declared_figures_no_findings() -> None:
    plan = _plan(projects=[Project(name="项目一"), Project(name="项目二", amount=W(5))])
    assert reconcile(plan) == ()


def _kinds(plan: Programme) -> list[FindingKind]:
    return [f.kind for f in reconcile(plan)]


def test_each_kind_of_finding() -> None:
    sources = [
        FundSource(key="current", kind=FundSourceKind.CURRENT, amount=W(100)),
        FundSource(key="carry_over", kind=FundSourceKind.CARRY_OVER, amount=W(10)),
    ]
    assert _kinds(_plan(declared_total=W(100), fund_sources=sources)) == [
        FindingKind.SOURCES_VS_TOTAL
    ]
    assert _kinds(_plan(declared_total=W(100), projects=[Project(name="甲", amount=W(99))])) == [
        FindingKind.PROJECTS_VS_TOTAL
    ]
    assert _kinds(_plan(declared_project_count=2, projects=[Project(name="甲")])) == [
        FindingKind.PROJECT_COUNT
    ]
    assert _kinds(
        _plan(
            sections=[Section(id="1", title="产业", declared_amount=W(10))],
            projects=[Project(name="甲", section="1", amount=W(11))],
        )
    ) == [FindingKind.SECTION_AMOUNT]
    assert _kinds(_plan(projects=[Project(name="甲", total_investment=W(5), amount=W(6))])) == [
        FindingKind.EXCEEDS_TOTAL_INVESTMENT
    ]
    share = FundingShare(amount=W(10), parts=[FundingShare(amount=W(4), unit="县司法局")])
    assert _kinds(_plan(projects=[Project(name="甲", amount=W(10), funding=[share])])) == [
        FindingKind.PARTS_VS_SHARE
    ]
    dividend = Dividend(rate=Decimal("0.03"), amount=W("34"))
    assert _kinds(_plan(projects=[Project(name="甲", amount=W(1150), dividend=dividend)])) == [
        FindingKind.DIVIDEND
    ]
    right = attrs.evolve(dividend, amount=W("34.5"))
    assert _kinds(_plan(projects=[Project(name="甲", amount=W(1150), dividend=right)])) == []
    assert _kinds(_plan(declared_total=W(766), declared_total_upper="柒佰陆拾伍万元整")) == [
        FindingKind.UPPERCASE_VS_TOTAL
    ]
    assert _kinds(_plan(declared_total=W(766), declared_total_upper="七百六十六")) == [
        FindingKind.UPPERCASE_VS_TOTAL
    ]
    funded = [FundingShare(amount=W(50), source="current")]
    assert _kinds(
        _plan(fund_sources=sources[:1], projects=[Project(name="甲", amount=W(50), funding=funded)])
    ) == [FindingKind.SOURCE_VS_SHARES]


def test_a_notice_listing_some_projects_adds_up_nothing_of_the_whole_plan() -> None:
    # An adjustment notice of a plan of 15 projects and 3260万元 that lists the 2 it changes:
    # the plan's total, count and sources are not theirs to add up; their own section is.
    sources = [FundSource(key="current", kind=FundSourceKind.CURRENT, amount=W(3260))]
    changed = [
        Project(name=name, amount=W(n), funding=[FundingShare(amount=W(n), source="current")])
        for name, n in (("甲", 260), ("乙", 230))
    ]
    changed = [attrs.evolve(p, section="1") for p in changed]
    section = Section(id="1", title="调整项目", declared_amount=W(500))
    plan = _plan(
        declared_total=W(3260),
        declared_project_count=15,
        fund_sources=sources,
        sections=[section],
        projects=changed,
    )
    assert _kinds(plan) == [
        FindingKind.PROJECTS_VS_TOTAL,
        FindingKind.PROJECT_COUNT,
        FindingKind.SECTION_AMOUNT,
        FindingKind.SOURCE_VS_SHARES,
    ]
    assert _kinds(attrs.evolve(plan, lists_all_projects=False)) == [FindingKind.SECTION_AMOUNT]


def test_one_short_share_is_told_once_at_its_project() -> None:
    # Row 2 has 240 but splits 200 + 30: the province's column is 10 short in its section
    # and in the whole plan, the same error; a column 15 short is another one.
    sources = [
        FundSource(key="province", kind=FundSourceKind.FISCAL_AID, amount=W(500)),
        FundSource(key="district", kind=FundSourceKind.CURRENT, amount=W(60)),
    ]

    def split(province: int, district: int) -> list[FundingShare]:
        return [
            FundingShare(amount=W(province), source="province"),
            FundingShare(amount=W(district), source="district"),
        ]

    projects = [
        Project(name="甲", section="1", amount=W(320), funding=split(290, 30)),
        Project(name="乙", section="1", amount=W(240), funding=split(200, 30)),
    ]
    declared = [
        FundingShare(amount=W(500), source="province"),
        FundingShare(amount=W(60), source="district"),
    ]
    section = Section(id="1", title="产业", declared_amount=W(560), declared_funding=declared)
    plan = _plan(fund_sources=sources, sections=[section], projects=projects)
    assert _kinds(plan) == [FindingKind.FUNDING_VS_AMOUNT]
    off = [FundingShare(amount=W(505), source="province"), declared[1]]
    assert _kinds(
        attrs.evolve(
            plan,
            fund_sources=[attrs.evolve(sources[0], amount=W(505)), sources[1]],
            sections=[attrs.evolve(section, declared_amount=W(565), declared_funding=off)],
        )
    ) == [
        FindingKind.SECTION_AMOUNT,
        FindingKind.SECTION_SOURCE,
        FindingKind.SOURCE_VS_SHARES,
        FindingKind.FUNDING_VS_AMOUNT,
    ]


def test_unpriced_projects_are_compared_only_when_known_money_already_exceeds() -> None:
    section = Section(id="1", title="人才", declared_amount=W(50))
    under = [Project(name="甲", section="1"), Project(name="乙", section="1", amount=W(40))]
    over = [Project(name="甲", section="1"), Project(name="乙", section="1", amount=W(60))]
    assert _kinds(_plan(sections=[section], projects=under)) == []
    assert _kinds(_plan(sections=[section], projects=over)) == [FindingKind.SECTION_AMOUNT]


def test_repeated_numbers_count_within_a_part_only() -> None:
    parts = [Section(id="a1", title="附件1"), Section(id="a2", title="附件2")]
    apart = [
        Project(number="1", name="甲", section="a1"),
        Project(number="1", name="乙", section="a2"),
    ]
    assert _kinds(_plan(sections=parts, projects=apart)) == []
    together = [Project(number="1", name="甲"), Project(number="1", name="乙")]
    assert _kinds(_plan(projects=together)) == [FindingKind.REPEATED_NUMBER]


def test_items_numbered_in_chinese_start_again_in_each_article() -> None:
    # 第三章 holds 第五条 and 第六条, each with its items （一）（二）: no number is repeated;
    # （一）（一） inside one article is.
    chapter = Section(
        id="3",
        title="帮扶项目",
        subsections=[Section(id="3.1", title="产业帮扶"), Section(id="3.2", title="教育帮扶")],
    )
    items = [
        Project(number="（一）", name="甲", section="3.1"),
        Project(number="（二）", name="乙", section="3.1"),
        Project(number="（一）", name="丙", section="3.2"),
    ]
    assert _kinds(_plan(sections=[chapter], projects=items)) == []
    twice = [*items, Project(number="（一）", name="丁", section="3.2")]
    assert _kinds(_plan(sections=[chapter], projects=twice)) == [FindingKind.REPEATED_NUMBER]


def test_numbers_that_run_on_across_parts_count_across_the_programme() -> None:
    """1.-2. under （一）, 2.-3. under （二） as parts of their own: 2. is printed twice."""
    parts = [Section(id="1", title="产业协作"), Section(id="2", title="劳务协作")]
    run_on = [
        Project(number="1.", name="甲", section="1"),
        Project(number="2.", name="乙", section="1"),
        Project(number="2.", name="丙", section="2"),
        Project(number="3.", name="丁", section="2"),
    ]
    (finding,) = reconcile(_plan(sections=parts, projects=run_on))
    assert finding.kind is FindingKind.REPEATED_NUMBER
    assert finding.message == "item number '2.' is printed 2 times in the programme"


@settings(max_examples=25)
@given(programmes())
def test_reconcile_never_raises_and_findings_are_figures(programme: Programme) -> None:
    for finding in reconcile(programme):
        assert finding.message
        if finding.difference is not None:
            assert finding.difference == finding.computed - finding.declared  # type: ignore[operator]


# -- aggregation ---------------------------------------------------------------------------


def _planned(programme: Programme) -> Money:
    return sum((p.amount for p in programme.projects if p.amount), Money.from_yuan(0))


@settings(max_examples=25)
@given(programmes())
def test_groupings_keep_every_yuan_and_every_project(programme: Programme) -> None:
    for totals in (totals_by_location, totals_by_status, totals_by_deadline):
        groups = totals(programme)
        assert sum((g.amount for g in groups), Money.from_yuan(0)) == _planned(programme)
        assert sum(g.projects for g in groups) == len(programme.projects)
        assert len({(g.key, g.members) for g in groups}) == len(groups)
    top = [t for t in totals_by_section(programme) if t.depth == 0]
    placed = sum(t.projects for t in top)
    assert placed == sum(1 for p in programme.projects if p.section is not None)


def test_totals_by_section_roll_up_nested_sections() -> None:
    rows = totals_by_section(samples.load("binjiang-jianshi-2018"))
    table = {row.section: row for row in rows}
    assert table["attachment-1"].amount == W(5005)
    assert table["attachment-1"].projects == 8
    assert table["attachment-1.2"].amount == W(3800)
    assert table["attachment-1.2"].depth == 1
    assert table["attachment-2"].unpriced == 5


def test_by_unit_counts_a_split_per_unit_and_shares_the_rest() -> None:
    groups = {g.key: g for g in totals_by_unit(samples.load("liangjiang-pengshui-2020"))}
    assert groups["县委组织部"].amount == W(90 + 80)  # rows 5 and 8
    shared = _plan(projects=[Project(name="甲", amount=W(10), units=["县农业农村局", "县财政局"])])
    (row,) = totals_by_unit(shared)
    assert row.shared
    assert row.members == ("县农业农村局", "县财政局")
    assert row.amount == W(10)


def test_by_source_and_year() -> None:
    plan = samples.load("keqiao-ebian-2025")
    by_source = [(g.key, g.amount) for g in totals_by_source(plan)]
    # In the order the plan declares its sources (current, then carry_over), None last.
    assert [s.key for s in plan.fund_sources] == ["current", "carry_over"]
    assert by_source == [("current", W(910)), ("carry_over", W("52.310194")), (None, W(2990))]
    years = {g.key: g.amount for g in totals_by_year(samples.load("liangjiang-pengshui-2020"))}
    assert years["2020"] == W(5487)


def test_commitments_are_summed_only_in_one_unit_and_bound() -> None:
    from aidmodel import Commitment, parse_quantity

    plan = _plan(
        projects=[
            Project(
                name="甲",
                commitments=[
                    Commitment(metric="培训", target=parse_quantity("50名以上")),
                    Commitment(metric="培训", target=parse_quantity("100人次以上")),
                    Commitment(metric="培训", target=parse_quantity("30名以上")),
                    Commitment(metric="培训", target=parse_quantity("20名")),
                ],
            )
        ]
    )
    rows = {(r.unit, r.bound.value): (r.total, r.count) for r in commitment_totals(plan)}
    assert rows == {
        ("名", "at_least"): (Decimal(80), 2),
        ("人次", "at_least"): (Decimal(100), 1),
        ("名", "exact"): (Decimal(20), 1),
    }


def test_portfolio_of_ebian_2025() -> None:
    plans = [samples.load(n) for n in samples.names()]
    rows = {(r.key, r.year): r for r in portfolio(plans)}
    ebian = rows[("峨边彝族自治县", 2025)]
    assert ebian.amount == W("4718.310194")
    assert ebian.programmes == 2
    assert ebian.estimated == 0
    by_scheme = {(r.key, r.year): r.programmes for r in portfolio(plans, by="scheme")}
    assert by_scheme[("east_west", 2025)] == 1
    by_donor = {r.key for r in portfolio(plans, by="donor")}
    assert "柯桥区" in by_donor


@pytest.mark.parametrize(
    ("kind", "year", "total", "self_raised", "found"),
    [
        # 总投资 500 = 财政 300 + 自筹 150? No: 450.
        (FundSourceKind.SELF_RAISED, None, 500, 150, [FindingKind.FUNDING_VS_INVESTMENT]),
        (FundSourceKind.SELF_RAISED, None, 450, 150, []),
        (FundSourceKind.ENTERPRISE_OR_SOCIAL, None, 500, 150, [FindingKind.FUNDING_VS_INVESTMENT]),
        # A year's own aid outside the total does not complete an investment (seed 003's
        # 2019年援助资金 column) ...
        (FundSourceKind.ANNUAL_AID, 2019, 7000, 1500, []),
        # ... the aid of the years before, written without a year (以前年度已安排援疆资金), does.
        (FundSourceKind.ANNUAL_AID, None, 7000, 1500, [FindingKind.FUNDING_VS_INVESTMENT]),
        (FundSourceKind.ANNUAL_AID, None, 1800, 1500, []),
    ],
)
def test_aid_and_money_outside_the_total_make_up_the_total_investment(
    kind: FundSourceKind, year: int | None, total: int, self_raised: int, found: list[FindingKind]
) -> None:
    sources = [
        FundSource(key="aid", kind=FundSourceKind.FISCAL_AID, amount=W(300)),
        FundSource(key="own", kind=kind, amount=W(self_raised), in_total=False, year=year),
    ]
    project = Project(
        name="乐天溪镇移民产业路",
        amount=W(300),
        total_investment=W(total),
        funding=[FundingShare(amount=W(self_raised), source="own")],
    )
    findings = reconcile(_plan(fund_sources=sources, projects=[project]))
    assert [f.kind for f in findings if f.kind is not FindingKind.SOURCE_VS_SHARES] == found
    for finding in findings:
        if finding.kind is FindingKind.FUNDING_VS_INVESTMENT:
            assert (finding.declared, finding.computed) == (W(total), W(300 + self_raised))
            assert finding.message == (
                f"乐天溪镇移民产业路: the aid of 300万元 and {self_raised}万元 from other sources "
                f"make {300 + self_raised}万元, the total investment is {total}万元"
            )


def test_a_split_of_the_investment_with_money_outside_is_no_excess_of_aid() -> None:
    # 总投资420 = aid 350 + 配套 80 (430): the investment's split misses it; the aid (350) does
    # not exceed it.
    outside = FundSource(
        key="outside", kind=FundSourceKind.SELF_RAISED, amount=Money.from_wan(80), in_total=False
    )
    aid = FundSource(key="aid", kind=FundSourceKind.FISCAL_AID, amount=Money.from_wan(350))
    project = Project(
        name="乙县牛场项目",
        amount=Money.from_wan(350),
        total_investment=Money.from_wan(420),
        funding=[
            FundingShare(amount=Money.from_wan(350), source="aid"),
            FundingShare(amount=Money.from_wan(80), source="outside"),
        ],
    )
    programme = Programme(
        title="t",
        declared_total=Money.from_wan(350),
        fund_sources=[aid, outside],
        projects=[project],
    )
    assert [f.kind for f in reconcile(programme)] == [FindingKind.FUNDING_VS_INVESTMENT]


def _counted(section_id: str, declared: int) -> Section:
    return Section(id=section_id, title=f"部分{section_id}", declared_count=declared)


def test_the_sections_counts_against_the_list_are_told_once() -> None:
    # Every project in a counted section: the one section that lists one more is the finding,
    # not the sections' sum against the list as well.
    projects = [Project(name=f"项目{k}", section="1" if k < 3 else "2") for k in range(5)]
    inside = Programme(title="甲", sections=[_counted("1", 2), _counted("2", 2)], projects=projects)
    assert [f.kind for f in reconcile(inside)] == [FindingKind.SECTION_COUNT]
    # A project outside every counted section: the sum against the list says what no
    # section's own count does.
    outside = attrs.evolve(
        inside,
        sections=[_counted("1", 3), _counted("2", 2)],
        projects=[*projects, Project(name="项目5")],
    )
    assert [f.kind for f in reconcile(outside)] == [FindingKind.SECTION_COUNTS_VS_TOTAL]
