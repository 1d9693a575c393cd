"""The importer on a 项目计划 whose money is declared in a numbered heading's sentence and
whose table splits each project's money into 总投资, the aid and 自筹, with a 项目类别 column
and a 小计 row after each category (no category rows). Wordings none of the seeds or genre
plans uses."""

from __future__ import annotations

from aidmodel import FindingKind, Money, reconcile
from import_support import one as _one
from import_support import parse_lines as _import


def _plan(
    *, subtotal: str = "115", total: str = "100", header: str = "帮扶资金（万元）"
) -> list[str]:
    return [
        "吴江区—沿河县2024年东西部协作项目计划",
        "一、资金安排。2024年，吴江区投入沿河县东西部协作帮扶资金100万元，实施项目3个，项目总投资125万元。",
        "二、工作要求。项目完工后1个月内完成验收。",
        "",
        "附表",
        "沿河县2024年东西部协作项目计划表",
        f"序号\t项目类别\t项目名称\t总投资（万元）\t{header}\t自筹（万元）\t实施单位",
        "1\t产业就业\t茶园提升项目\t50\t40\t10\t县农业农村局",
        "2\t产业就业\t技能培训项目\t20\t20\t0\t县人社局",
        f"小计\t\t2个\t{subtotal}\t60\t10\t",
        "3\t乡村建设\t村道硬化项目\t55\t40\t15\t县交通局",
        "小计\t\t1个\t55\t40\t15\t",
        f"总计\t\t3个\t125\t{total}\t25\t",
    ]


def test_the_totals_written_in_a_money_headings_sentence() -> None:
    programme = _one(_import(*_plan()))
    assert (programme.declared_total, programme.declared_project_count) == (
        Money.from_wan(100),
        3,
    )


def test_the_total_is_the_fund_the_aid_column_draws_on() -> None:
    result = _import(*_plan())
    programme = _one(result)
    sources = [(s.label, s.amount, s.in_total) for s in programme.fund_sources]
    assert sources == [
        ("东西部协作帮扶资金", Money.from_wan(100), True),
        ("自筹", Money.from_wan(25), False),
    ]
    first = programme.projects[0]
    assert (first.amount, first.total_investment) == (Money.from_wan(40), Money.from_wan(50))
    assert [(f.amount, f.source) for f in first.funding] == [
        (Money.from_wan(40), programme.fund_sources[0].key),
        (Money.from_wan(10), programme.fund_sources[1].key),
    ]
    used = {m.text: m.used_as for m in result.amounts}
    assert used["100万元"] is not None
    assert used["125万元"] is None  # 项目总投资: named in a warning, no field holds it


def test_a_total_the_table_does_not_draw_on_is_no_source() -> None:
    programme = _one(_import(*_plan(total="90")))
    assert "东西部协作帮扶资金" not in [s.label for s in programme.fund_sources]


def test_each_run_of_a_category_closed_by_its_subtotal_is_a_section() -> None:
    programme = _one(_import(*_plan()))
    by_id = {s.id: s for s in programme.walk_sections()}
    held = [(by_id[p.section or ""].title, p.name) for p in programme.projects]
    assert held == [
        ("产业就业", "茶园提升项目"),
        ("产业就业", "技能培训项目"),
        ("乡村建设", "村道硬化项目"),
    ]
    figures = [
        (s.title, s.declared_count, s.declared_amount, s.declared_total_investment)
        for s in programme.walk_sections()
        if s.number is None and not s.subsections
    ]
    assert figures == [
        ("产业就业", 2, Money.from_wan(60), Money.from_wan(115)),
        ("乡村建设", 1, Money.from_wan(40), Money.from_wan(55)),
    ]


def test_a_wrong_subtotal_is_the_only_finding() -> None:
    kinds = [f.kind for f in reconcile(_one(_import(*_plan())))]
    assert kinds == [FindingKind.SECTION_TOTAL_INVESTMENT]
    assert reconcile(_one(_import(*_plan(subtotal="70")))) == ()
