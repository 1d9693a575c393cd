"""The prose importer on text as PDF extraction gives it, in wordings no fixture uses: page
numbers between the lines, sentences hard-wrapped in the middle of a word, labels spaced out
letter by letter, full-width digits, and 第一部分 … 第三部分 parts with 一、 restarting under each;
and conditions (…3个月以上的脱贫劳动力) that are not targets."""

from __future__ import annotations

import pytest

from aidmodel import extract_commitments
from aidmodel.importers import parse_plan
from aidmodel.importers._lines import is_chrome, split_lines
from aidmodel.importers._sections import outline, read_heading, reading_lines
from import_support import one as _one

# Indented paragraphs wrapped at 30 wide characters, as a PDF page prints them.
_PDF = """甲县２０２４年东西部协作项目实施方案

　　依托浙江省乙市丙区优势，巩固拓展脱贫攻坚成果同乡村振兴有效衔接，结
合本县实际，制定本方案。

第一章　总体要求

　　坚持需求导向，以项目为抓手，推动东西部协作提质增效，确保不发生规
模性返贫，全面完成年度协作任务。

第二章　资金和项目安排

　　２０２４年安排东西部协作资金 ５００ 万元，其中省级财政衔
接资金 ４２０ 万元、丙区区级资金 ８０ 万元，共实施项目２个。

一、产业发展（项目２个）

１．茶叶加工厂建设项目
　　计划投资 ３００ 万元，新建茶叶加工生产线２条，带动周边茶农
- 2 -
增收，吸纳当地群众就业５０人以上，全年加工茶叶３００吨以上。
　　建 设 地 点：丁镇
　　牵 头 单 位：县农业农村局
　　完 成 时 间：２０２４年１１月
２．劳务协作稳岗项目
　　计划投资 ２００ 万元，对连续务工６个月以上的农村劳动力给予每人３
００元稳岗补贴，全年帮助农村劳动力转移就业６００人以上，其中
第 3 页
到丙区就业不少于１００人。
　　建 设 地 点：全县

第三章　保障措施

一、强化资金监管。严格执行东西部协作资金管理办法，确保项目资金
专款专用，年底前资金支出进度达到９５％以上。
二、加强督导调度。县协作办每月至少调度１次项目进展，及时通报
3/12
滞后项目，确保项目按期完工。
"""


@pytest.mark.parametrize(
    ("text", "chrome"),
    [
        ("— 4 —", True),
        ("－ １２ －", True),
        ("- 3 -", True),
        ("第 3 页", True),
        ("第3页 共12页", True),
        ("共12页 第3页", True),
        ("3/12", True),
        ("Page 2 of 9", True),
        ("12/3", False),  # a page cannot come after the last
        ("3", False),  # a figure alone: a cell of a table flattened one cell per line
        ("480", False),
        ("第三部分　保障措施", False),
        ("1/2 以上", False),
    ],
)
def test_page_numbers_are_chrome_and_figures_alone_are_not(text: str, chrome: bool) -> None:
    assert is_chrome(split_lines(text)[0]) is chrome


def test_hard_wrapped_lines_are_read_as_one_with_their_line_numbers_kept() -> None:
    lines = reading_lines(split_lines(_PDF))
    by_first = {line.number: line for line in lines}
    totals = by_first[13]
    assert (totals.last, totals.number_at(totals.text.index("接资金"))) == (14, 14)
    assert "省级财政衔接资金 ４２０ 万元" in totals.text
    # Across the page number (- 2 -), which is dropped; the label lines stay apart.
    first = by_first[19]
    assert first.last == 21
    assert "带动周边茶农增收" in first.text
    assert [by_first[n].text for n in (22, 23, 24)] == [
        "建设地点：丁镇",
        "牵头单位：县农业农村局",
        "完成时间：２０２４年１１月",
    ]
    assert all(line.number != 20 and "- 2 -" not in line.text for line in lines)
    # A heading is never joined to the line below it, nor the line above to it.
    assert by_first[18].text == "１．茶叶加工厂建设项目"
    assert by_first[16].text == "一、产业发展（项目２个）"


def test_text_with_one_paragraph_per_line_is_read_as_it_is() -> None:
    text = "\n".join(
        [
            "一、产业协作",
            "依托东部市场优势，推动产业梯度转移，发展特色种养殖业和农产品加工业，带动",
            "群众增收",
            "二、劳务协作",
        ]
    )
    lines = split_lines(text)
    assert reading_lines(lines) == list(lines)


def test_parts_numbered_chapter_by_chapter_are_above_their_headings() -> None:
    heading = read_heading(split_lines("第二章　资金和项目安排")[0])
    assert heading is not None
    assert (heading.level, heading.number, heading.title) == (-1, "第二章", "资金和项目安排")
    assert read_heading(split_lines("第一部分的内容如下")[0]) is None
    root = outline(reading_lines(split_lines(_PDF)))
    assert [child.heading.number for child in root.children if child.heading] == [
        "第一章",
        "第二章",
        "第三章",
    ]


def test_a_pdf_plan_is_read_whole() -> None:
    result = parse_plan(_PDF, source="pdf.txt")
    programme = _one(result)
    assert programme.declared_project_count == 2
    assert [(s.label, s.amount.to_wan() if s.amount else None) for s in programme.fund_sources] == [
        ("省级财政衔接资金", 420),
        ("丙区区级资金", 80),
    ]
    assert [(s.number, s.title, s.declared_count) for s in programme.walk_sections()] == [
        ("一、", "产业发展", 2),
        ("第三章", "保障措施", None),
    ]
    first, second = programme.projects
    # 牵头单位 with no 责任单位 beside it: the unit that answers for the project.
    assert (first.locations, first.units, first.lead_units, str(first.deadline)) == (
        ("丁镇",),
        ("县农业农村局",),
        (),
        "2024-11",
    )
    assert first.provenance is not None
    assert (first.provenance.line_start, first.provenance.line_end) == (18, 24)
    assert first.text is not None
    assert "带动周边茶农增收" in first.text
    assert "- 2 -" not in first.text
    assert second.locations == ("全县",)
    # The subsidy standard (给予每人３００元稳岗补贴) is no target: its amount is named in a
    # warning; the sentence cut by 第 3 页 goes on after it.
    assert [(c.text, c.scope) for c in second.commitments] == [
        ("全年帮助农村劳动力转移就业６００人以上", None),
    ]
    assert [p.text for p in second.commitments[0].parts] == ["其中到丙区就业不少于１００人"]
    assert any("subsidy standard" in w.message and "３００元" in w.message for w in result.warnings)
    assert [c.provenance.line_start for c in second.commitments if c.provenance] == [27]
    tasks = programme.mechanisms
    assert [(t.number, t.title, t.section) for t in tasks] == [
        ("一、", "强化资金监管", "2"),
        ("二、", "加强督导调度", "2"),
    ]
    assert [c.text for t in tasks for c in t.commitments] == [
        "年底前资金支出进度达到９５％以上",
        "县协作办每月至少调度１次项目进展",
    ]
    assert tasks[1].provenance is not None
    assert (tasks[1].provenance.line_start, tasks[1].provenance.line_end) == (36, 38)
    assert tasks[1].text is not None
    assert "3/12" not in tasks[1].text
    # Every amount is on the line where it is written (４２０ 万元 on 14, not on 13), and the
    # ３００元 broken over lines 26-27 is one amount.
    assert [(m.line, m.text, m.used_as is not None) for m in result.amounts] == [
        (13, "５００ 万元", True),
        (14, "４２０ 万元", True),
        (14, "８０ 万元", True),
        (19, "３００ 万元", True),
        (26, "２００ 万元", True),
        (26, "３００元", False),
    ]
    assert [(w.line, w.code.value) for w in result.warnings] == [(26, "amount_not_used")]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # A bounded figure qualifying people with 的 is who qualifies, not a target.
        ("对连续务工6个月以上的农村劳动力给予每人300元稳岗补贴", [("300", "元")]),
        ("对年收入5000元以下的农户开展技能培训300人次", [("300", "人次")]),
        ("对吸纳10人以上的企业开展用工对接2次以上", [("2", "次")]),
        # ... but not an undertaking: 1个月以上的驻村帮扶 is a target.
        ("选派医生5名开展1个月以上的驻村帮扶", [("5", "名"), ("1", "个月")]),
        ("培训致富带头人100人以上", [("100", "人")]),
    ],
)
def test_conditions_of_a_subsidy_are_not_targets(text: str, figures: list[tuple[str, str]]) -> None:
    found = extract_commitments(text)
    assert [(str(c.target.value), c.target.unit) for c in found] == figures


def test_the_condition_is_the_scope_of_the_subsidy() -> None:
    (subsidy,) = extract_commitments("对连续务工6个月以上的农村劳动力给予每人300元稳岗补贴")
    assert (subsidy.scope, subsidy.metric) == ("连续务工6个月以上的农村劳动力", "每人稳岗补贴")
