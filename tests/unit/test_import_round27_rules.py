"""Rules of the importer that round 27 showed were missing, each in wording none of the
fixtures uses."""

from __future__ import annotations

from aidmodel import Money, reconcile
from aidmodel.importers import parse_plan


def _text(*lines: str) -> str:
    return "\n".join(lines)


def test_parts_by_source_with_their_money_a_category_share_and_a_part_of_duties() -> None:
    # Parts named by the fund that pays them, each with （N个，M万元）; 基础设施类资金…，占…%
    # is a share of the plan, no source; 三、项目管理's (一)(二) are duties, no projects.
    result = parse_plan(
        _text(
            "丙县2026年东西部协作项目安排",
            "　　2026年，甲市乙区安排丙县东西部协作资金500万元，其中甲市财政资金400万元、"
            "乙区区级资金100万元，安排项目3个。基础设施类资金300万元，占比60%。",
            "一、项目明细",
            "（一）甲市财政资金项目（2个，400万元）",
            "1.丁镇道路硬化项目，安排资金300万元。",
            "2.戊村茶园项目，安排资金100万元。",
            "（二）乙区区级资金项目（1个，100万元）",
            "3.己乡培训项目，安排资金100万元。",
            "三、项目管理",
            "（一）项目资金实行专账核算。",
            "（二）项目实施单位按月报送进度。",
        )
    )
    (programme,) = result.programmes
    assert [s.label for s in programme.fund_sources] == ["甲市财政资金", "乙区区级资金"]
    assert [p.name for p in programme.projects] == [
        "丁镇道路硬化项目",
        "戊村茶园项目",
        "己乡培训项目",
    ]
    parts = [(s.title, s.declared_count, s.declared_amount) for s in programme.walk_sections()]
    assert ("甲市财政资金项目", 2, Money.from_wan(400)) in parts
    assert ("乙区区级资金项目", 1, Money.from_wan(100)) in parts
    assert len(programme.mechanisms) == 2
    assert reconcile(programme) == ()


def test_a_table_with_a_description_line_under_each_project() -> None:
    # Each project row is followed by a line whose one cell, merged across, describes it
    # (主要建设内容：…); the category row 二 after such a line starts a row of its own.
    result = parse_plan(
        _text(
            "2024年甲市对口支援乙县项目计划表",
            "单位：万元",
            "序号\t项目名称\t实施地点\t援助资金\t责任单位",
            "合计\t3个\t\t450\t",
            "一\t产业类（2个）\t\t350\t",
            "1\t丙乡牦牛养殖项目\t丙乡\t200\t乙县农牧局",
            "\t主要建设内容：新建暖棚10座",
            "2\t丁镇青稞加工项目\t丁镇\t150\t丁镇人民政府",
            "\t主要建设内容：购置加工设备5台（套）",
            "二\t民生类（1个）\t\t100\t",
            "3\t戊村饮水项目\t戊村\t100\t乙县水利局",
            "\t主要建设内容：铺设管道6公里",
        )
    )
    (programme,) = result.programmes
    got = [(p.name, p.amount, p.content) for p in programme.projects]
    assert got == [
        ("丙乡牦牛养殖项目", Money.from_wan(200), "主要建设内容：新建暖棚10座"),
        ("丁镇青稞加工项目", Money.from_wan(150), "主要建设内容：购置加工设备5台（套）"),
        ("戊村饮水项目", Money.from_wan(100), "主要建设内容：铺设管道6公里"),
    ]
    parts = [(s.title, s.declared_amount) for s in programme.walk_sections()]
    assert ("民生类", Money.from_wan(100)) in parts
    assert reconcile(programme) == ()


def test_a_table_drawn_with_borders_whose_cells_wrap_inside_them() -> None:
    # A .doc table printed with | borders: each wrapped line repeats every border with the
    # rest of the cells (a name, a unit) and an empty 序号; the unit of 金额 is on the header's
    # second line.
    result = parse_plan(
        _text(
            "甲县2025年乙市对口帮扶项目计划",
            "　　2025年乙市安排甲县帮扶资金500万元，安排项目2个。",
            "|序号|项目名称          |帮扶资金|责任单位          |",
            "|    |                  |（万元）|                  |",
            "|1   |丙乡高山蔬菜基地提|300     |丙乡人民政府      |",
            "|    |升项目            |        |                  |",
            "|2   |甲县乡村振兴人才培|200     |中共甲县县委      |",
            "|    |训项目            |        |宣传部            |",
            "|合计|                  |500     |                  |",
        )
    )
    (programme,) = result.programmes
    got = [(p.name, p.amount, p.units) for p in programme.projects]
    assert got == [
        ("丙乡高山蔬菜基地提升项目", Money.from_wan(300), ("丙乡人民政府",)),
        ("甲县乡村振兴人才培训项目", Money.from_wan(200), ("中共甲县县委宣传部",)),
    ]
    assert reconcile(programme) == ()


def test_a_pdf_table_whose_tall_rows_are_printed_centred() -> None:
    # PDF text of a table whose wrapped rows are centred: the first lines of the tall cells
    # (name, content) stand above the row's number and one-line cells, the rest below; the
    # unit of 资金 wraps, a row wraps only its 实施单位; the notice hands down a plan it cites.
    text = _text(
        "甲县人民政府办公室",
        "关于下达2026年东西部协作项目计划的通知",
        "各乡镇：",
        "    《乙区帮扶甲县2026年东西部协作项目计划》已经县领导小组研究同意，现下达给你们。",
        "    2026年乙区帮扶甲县东西部协作资金600万元，共安排项目3个。",
        "附件",
        "序号  项目名称                建设内容              资金      实施单位",
        "                                                    （万元）",
        "      丙镇高山茶叶加工        新建加工车间1200平方",
        "1                                                     300      丙镇人民政府",
        "      厂建设项目              米、购置设备10台",
        "2     丁乡饮水巩固项目        铺设管网9公里           180      甲县水利局",
        "      甲县劳务协作就业        组织转移就业200人，开            甲县人力资源和",
        "3                                                     120",
        "      帮扶项目                展技能培训300人次                社会保障局",
        "合计                                                  600",
    )
    (programme,) = parse_plan(text).programmes
    assert programme.title == "乙区帮扶甲县2026年东西部协作项目计划"
    got = [(p.name, p.amount, p.units) for p in programme.projects]
    assert got == [
        ("丙镇高山茶叶加工厂建设项目", Money.from_wan(300), ("丙镇人民政府",)),
        ("丁乡饮水巩固项目", Money.from_wan(180), ("甲县水利局",)),
        ("甲县劳务协作就业帮扶项目", Money.from_wan(120), ("甲县人力资源和社会保障局",)),
    ]
    assert programme.projects[0].content == "新建加工车间1200平方米、购置设备10台"
    assert reconcile(programme) == ()


def test_a_cell_wrapped_below_its_row_stays_with_it_before_a_row_without_that_cell() -> None:
    # 实施单位 wrapped below row 1, then row 2 with no 实施单位 of its own: the wrapped part is
    # row 1's (row 2 has no line below it going on in that column).
    text = _text(
        "甲县2026年东西部协作项目计划",
        "序号  项目名称            资金      实施单位",
        "1     丙镇茶园项目        300       甲县人力资源和",
        "                                    社会保障局",
        "2     丁乡道路项目        200",
        "3     戊村水厂项目        100       甲县水利局",
    )
    (programme,) = parse_plan(text).programmes
    got = [(p.name, p.units) for p in programme.projects]
    assert got == [
        ("丙镇茶园项目", ("甲县人力资源和社会保障局",)),
        ("丁乡道路项目", ()),
        ("戊村水厂项目", ("甲县水利局",)),
    ]


def test_a_table_with_a_row_per_source_of_a_project() -> None:
    # 资金来源 | 金额 with a second row for a project's second source (序号 and name empty):
    # the project's amount is both rows', each a share of the declared source it names.
    result = parse_plan(
        _text(
            "甲集团2025年定点帮扶乙县项目计划",
            "　　2025年甲集团投入乙县帮扶资金300万元，其中集团本部资金200万元、"
            "员工捐赠资金100万元，实施项目2个。",
            "单位：万元",
            "序号\t项目名称\t资金来源\t金额\t实施单位",
            "1\t丙村光伏电站项目\t集团本部\t150\t乙县发展和改革局",
            "\t\t员工捐赠\t80\t",
            "2\t丁镇助学项目\t集团本部\t50\t乙县教育局",
            "\t\t员工捐赠\t20\t",
            "合计\t\t\t300\t",
        )
    )
    (programme,) = result.programmes
    keys = {s.label: s.key for s in programme.fund_sources}
    got = [
        (p.name, p.amount, [(f.source, f.amount) for f in p.funding]) for p in programme.projects
    ]
    assert got == [
        (
            "丙村光伏电站项目",
            Money.from_wan(230),
            [
                (keys["集团本部资金"], Money.from_wan(150)),
                (keys["员工捐赠资金"], Money.from_wan(80)),
            ],
        ),
        (
            "丁镇助学项目",
            Money.from_wan(70),
            [
                (keys["集团本部资金"], Money.from_wan(50)),
                (keys["员工捐赠资金"], Money.from_wan(20)),
            ],
        ),
    ]
    assert reconcile(programme) == ()


def test_an_adjustment_with_a_table_of_changes_and_a_table_of_the_adjusted_plan() -> None:
    # 附件1 lists the changed rows (原安排 | 调整后), 附件2 the whole adjusted plan: the
    # projects are 附件2's, the changes are kept as notes.
    result = parse_plan(
        _text(
            "甲县乡村振兴局关于调整2026年乙市帮扶甲县项目计划的通知",
            "　　调整后，项目共3个，资金总额500万元不变。",
            "附件1",
            "调整项目对照表",
            "单位：万元",
            "序号\t项目名称\t原安排\t调整后",
            "1\t丙镇水厂项目\t250\t200",
            "2\t丁村道路项目\t100\t150",
            "附件2",
            "调整后项目计划表",
            "单位：万元",
            "序号\t项目名称\t帮扶资金\t完成时限",
            "1\t丙镇水厂项目\t200\t2026年10月",
            "2\t丁村道路项目\t150\t2026年11月",
            "3\t戊乡茶园项目\t150\t2026年9月",
            "合计\t\t500\t",
        )
    )
    (programme,) = result.programmes
    got = [(p.name, p.amount, p.deadline is not None) for p in programme.projects]
    assert got == [
        ("丙镇水厂项目", Money.from_wan(200), True),
        ("丁村道路项目", Money.from_wan(150), True),
        ("戊乡茶园项目", Money.from_wan(150), True),
    ]
    assert any("丙镇水厂项目 / 250 / 200" in note for note in programme.notes)
    assert reconcile(programme) == ()


def test_an_allocation_table_whose_places_are_rows_over_their_projects() -> None:
    # One table for both: a row per county in the name column (一 | 丙县 | 乙市甲区 | 2 | 500 |
    # 其中 300 | 200) with its paired district, its projects numbered below it; the line over
    # the header holds the first words of its labels (项目 / 个数, 下达 / 资金).
    text = _text(
        "甲州财政局关于下达2026年对口帮扶资金的通知",
        "丙县、丁县财政局：",
        "    现将2026年对口帮扶资金800万元下达给你们，共支持项目3个。",
        "附件",
        "                                        项目      下达      其中：",
        "序号  县及项目名称            结对区      个数      资金      省级      区级      实施单位",
        "合计                                        3       800       500       300",
        "一    丙县                    乙市甲区      2       500       300       200",
        "1     丙县茶园提升项目                              300                          丙县农业农村局",
        "2     丙县劳务协作项目                              200                          丙县人社局",
        "二    丁县                    乙市戊区      1       300       200       100",
        "1     丁县饮水巩固项目                              300                          丁县水利局",
    )
    result = parse_plan(text)
    got = [
        (
            p.recipient.name if p.recipient else None,
            p.donor.name if p.donor else None,
            p.declared_total,
            p.declared_project_count,
            sorted(s.amount for s in p.fund_sources if s.amount is not None),
            [(x.name, x.amount) for x in p.projects],
        )
        for p in result.programmes
    ]
    assert got == [
        (
            "丙县",
            "乙市甲区",
            Money.from_wan(500),
            2,
            [Money.from_wan(200), Money.from_wan(300)],
            [("丙县茶园提升项目", Money.from_wan(300)), ("丙县劳务协作项目", Money.from_wan(200))],
        ),
        (
            "丁县",
            "乙市戊区",
            Money.from_wan(300),
            1,
            [Money.from_wan(100), Money.from_wan(200)],
            [("丁县饮水巩固项目", Money.from_wan(300))],
        ),
    ]
    assert all(reconcile(p) == () for p in result.programmes)
