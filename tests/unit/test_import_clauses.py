"""Projects written as clauses of a run-in heading's paragraph (一是投入资金…，实施X项目；二是…),
schemes named by the two provinces' short names (苏陕协作, 粤桂协作, 山海协作), a fund's verb
off its label, targets of the totals paragraph and subsidy standards (each rule with a
wording that none of the fixtures uses)."""

from __future__ import annotations

import pytest

from aidmodel import Money, reconcile
from aidmodel.importers import ImportResult, parse_plan

HEAD = "甲县2024年{scheme}项目实施方案"
TOTALS = "2024年安排东西部协作资金600万元，实施项目3个。"


def _plan(*lines: str, title: str = HEAD.format(scheme="东西部协作")) -> ImportResult:
    return parse_plan("\n".join([title, "依托浙江省乙市丙区优势，制定本方案。", *lines]))


def _clauses() -> ImportResult:
    return _plan(
        TOTALS,
        "一、主要任务",
        "（一）壮大特色产业。立足高山蔬菜产业，一是投入东西部协作资金300万元，建设甲村香菇"
        "大棚基地，新建大棚20个；二是投入资金200万元，实施乙镇中药材种植项目，种植中药材500亩；"
        "三是做好技术服务，开展培训5期以上。",
        "（二）补齐饮水短板。安排资金100万元，建设丙村集中供水工程，解决300户群众饮水问题。",
        "（三）动员社会力量。发动企业参与村企结对，新增结对10对以上。",
    )


def test_clauses_with_their_own_money_are_projects_of_their_heading() -> None:
    (programme,) = _clauses().programmes
    got = [
        (p.number, p.name, programme.section(p.section).number, p.amount)
        for p in programme.projects
        if p.section is not None
    ]
    assert got == [
        ("一是", "甲村香菇大棚基地", "（一）", Money.from_wan(300)),
        ("二是", "乙镇中药材种植项目", "（一）", Money.from_wan(200)),
        (None, "丙村集中供水工程", "（二）", Money.from_wan(100)),
    ]
    first = programme.projects[0]
    assert [c.text for c in first.commitments] == ["新建大棚20个"]


def test_clauses_without_money_are_duties_of_their_heading() -> None:
    (programme,) = _clauses().programmes
    got = [(m.number, m.title, programme.section(m.section).number) for m in programme.mechanisms]
    assert got == [("三是", "做好技术服务", "（一）"), (None, "动员社会力量", "（三）")]
    (heading,) = [s for s in programme.walk_sections() if s.number == "（一）"]
    assert heading.declared_amount is None  # its clauses' money is theirs


def test_clause_numbers_restart_in_each_heading_and_the_money_is_used() -> None:
    result = _clauses()
    (programme,) = result.programmes
    assert [f.kind.value for f in reconcile(programme)] == []
    assert all(m.used_as is not None for m in result.amounts)


def test_a_project_heading_keeps_its_clauses_as_its_own_parts() -> None:
    """一是/二是 inside a heading that names a project (…项目) are its parts, not projects."""
    (programme,) = _plan(
        "2024年安排东西部协作资金300万元，实施项目1个。",
        "一、项目安排",
        "（一）甲村产业园建设项目。一是投入资金200万元，建设厂房1栋；二是投入资金100万元，"
        "购置设备10台。",
    ).programmes
    assert [p.name for p in programme.projects] == ["甲村产业园建设项目"]


@pytest.mark.parametrize(
    ("scheme", "expected"),
    [
        ("粤桂协作", "east_west"),
        ("鲁渝协作", "east_west"),
        ("京蒙协作", "east_west"),
        ("山海协作", "in_province_pairing"),
    ],
)
def test_a_scheme_named_by_the_two_provinces_short_names(scheme: str, expected: str) -> None:
    (programme,) = _plan(TOTALS, title=HEAD.format(scheme=scheme)).programmes
    assert programme.scheme.value == expected


def test_a_passing_jieduibangfu_does_not_outweigh_the_schemes_named_in_the_text() -> None:
    """The title names no scheme; the preamble says 结对帮扶 once, beside 东西部协作."""
    (programme,) = parse_plan(
        "\n".join(
            [
                "丙区·甲县2024年帮扶项目实施方案",
                "按照东西部协作工作部署，深化浙江省乙市丙区与甲县结对帮扶，制定本方案。",
                "2024年安排沪滇协作资金100万元，实施项目1个。",
            ]
        )
    ).programmes
    assert programme.scheme.value == "east_west"


def test_a_fund_source_label_loses_its_verb() -> None:
    (programme,) = _plan(
        "2024年，安排东西部协作资金570万元，统筹安排往年结余资金30万元，共计600万元。"
    ).programmes
    assert [s.label for s in programme.fund_sources] == ["东西部协作资金", "往年结余资金"]


def test_targets_of_the_totals_paragraph_are_the_programmes() -> None:
    """The scope the paragraph declares (600万元, 项目3个, 2个乡镇) is no target."""
    (programme,) = _plan(
        "2024年安排东西部协作资金600万元，实施项目3个，涉及2个乡镇，力争带动脱贫人口增收800人以上。"
    ).programmes
    assert [c.text for c in programme.commitments] == ["力争带动脱贫人口增收800人以上"]


def test_a_subsidy_standard_is_named_in_a_warning_not_read_as_a_target() -> None:
    result = _plan(
        "2024年安排东西部协作资金100万元，实施项目1个。",
        "一、项目",
        "1.甲村养殖项目。投入资金100万元，对发展养殖的脱贫户给予每户2000元产业奖补，带动50户增收。",
    )
    (programme,) = result.programmes
    assert [c.text for c in programme.projects[0].commitments] == ["带动50户增收"]
    (mention,) = [m for m in result.amounts if m.text == "2000元"]
    assert mention.used_as is None
    assert any("subsidy standard" in w.message and w.line == 5 for w in result.warnings)
