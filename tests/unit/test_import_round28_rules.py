"""Rules of the importer that round 28 showed were missing, each in wording none of the
fixtures uses."""

from __future__ import annotations

from aidmodel import Money, reconcile
from aidmodel.importers import parse_plan


def _text(*lines: str) -> str:
    return "\n".join(lines)


def test_a_reply_that_adjusts_a_plan_with_words_in_its_money_cells() -> None:
    # A 批复 (not a 通知) adjusts the plan it names; 取消 stands where the money after the
    # change would (no figure), 新增 where the money before it would.
    result = parse_plan(
        _text(
            "甲县人民政府关于调整甲县2026年东西部协作项目计划的批复",
            "县乡村振兴局：",
            "　　调整后，项目仍为2个，资金总额300万元不变。",
            "附件",
            "单位：万元",
            "序号\t项目名称\t原计划资金\t调整后资金\t调整情况",
            "1\t乙村茶园项目\t200\t200\t不变",
            "2\t丙镇冷库项目\t100\t取消\t取消",
            "3\t丁乡水厂项目\t新增\t100\t新增",
            "合计\t2个\t300\t300\t",
        )
    )
    (programme,) = result.programmes
    assert programme.title == "甲县2026年东西部协作项目计划"
    assert [(p.name, p.amount) for p in programme.projects] == [
        ("乙村茶园项目", Money.from_wan(200)),
        ("丁乡水厂项目", Money.from_wan(100)),
    ]
    assert reconcile(programme) == ()


def test_a_table_whose_money_cells_write_their_unit() -> None:
    # No 单位 line and no unit in the headers: each figure writes its own (150万元), a dash
    # where there is none; the column of 配套 stays outside the aid.
    result = parse_plan(
        _text(
            "甲县2025年东西部协作项目计划",
            "　　2025年乙区安排甲县东西部协作资金400万元，安排项目2个。",
            "序号\t项目名称\t协作资金\t县级配套资金\t实施单位",
            "1\t丙村茶园项目\t250万元\t50万元\t丙村村委会",
            "2\t丁镇道路项目\t150万元\t—\t甲县交通运输局",
            "合计\t\t400万元\t50万元\t",
        )
    )
    (programme,) = result.programmes
    assert [(p.name, p.amount) for p in programme.projects] == [
        ("丙村茶园项目", Money.from_wan(250)),
        ("丁镇道路项目", Money.from_wan(150)),
    ]
    assert reconcile(programme) == ()


def test_a_list_aligned_by_ideographic_spaces_with_category_lines() -> None:
    # Columns set with full-width spaces (U+3000); a category line with its count and money
    # in a bracket between the rows; the second category's count is wrong (2 for 3).
    space = "\u3000"
    row = f"{space * 2}".join
    result = parse_plan(
        _text(
            "甲县2026年山海协作重点项目清单",
            "（单位：万元）",
            row(["序号", "项目名称" + space * 8, "帮扶资金", "责任单位" + space * 4, "完成时间"]),
            "一、产业项目（1个，200万元）",
            row(
                [
                    "1" + space,
                    "乙镇茶园提升项目" + space * 4,
                    "200" + space * 2,
                    "乙镇人民政府",
                    "2026年9月",
                ]
            ),
            "二、民生项目（2个，250万元）",
            row(
                [
                    "2" + space,
                    "丙村饮水项目" + space * 6,
                    "100" + space * 2,
                    "甲县水利局" + space,
                    "2026年10月",
                ]
            ),
            row(
                [
                    "3" + space,
                    "丁乡道路项目" + space * 6,
                    "80" + space * 3,
                    "甲县交通局" + space,
                    "2026年11月",
                ]
            ),
            row(
                [
                    "4" + space,
                    "戊村文化广场项目" + space * 4,
                    "70" + space * 3,
                    "戊村村委会" + space,
                    "2026年8月",
                ]
            ),
        )
    )
    (programme,) = result.programmes
    assert [(p.name, p.amount) for p in programme.projects] == [
        ("乙镇茶园提升项目", Money.from_wan(200)),
        ("丙村饮水项目", Money.from_wan(100)),
        ("丁乡道路项目", Money.from_wan(80)),
        ("戊村文化广场项目", Money.from_wan(70)),
    ]
    parts = {s.title: (s.declared_count, s.declared_amount) for s in programme.walk_sections()}
    assert parts["民生项目"] == (2, Money.from_wan(250))
    assert [f.kind.value for f in reconcile(programme)] == ["section_count"]
    assert all(m.used_as is not None for m in result.amounts if m.line in (4, 6))


def test_parts_lettered_and_items_coded_after_them() -> None:
    # 甲．… parts lettered A., B. with their count and money; items coded A1, B1 followed by a
    # space, each a sentence of labelled fields.
    result = parse_plan(
        _text(
            "某集团2026年定点帮扶乙县项目方案",
            "　　2026年某集团投入乙县帮扶资金300万元，实施项目3个。",
            "　　二、项目安排",
            "　　A．产业帮扶（2个项目，200万元）",
            "　　A1　丙镇香菇大棚项目。建设内容：新建大棚20座；帮扶资金：120万元；实施单位：丙镇人民政府。",
            "　　A2　丁村蜂蜜加工项目。建设内容：购置设备5台；帮扶资金：80万元；实施单位：丁村村委会。",
            "　　B．教育帮扶（1个项目，100万元）",
            "　　B1　戊乡学校食堂改造项目。帮扶资金：100万元；实施单位：乙县教育局。",
        )
    )
    (programme,) = result.programmes
    got = [(p.number, p.name, p.amount, p.units) for p in programme.projects]
    assert got == [
        ("A1", "丙镇香菇大棚项目", Money.from_wan(120), ("丙镇人民政府",)),
        ("A2", "丁村蜂蜜加工项目", Money.from_wan(80), ("丁村村委会",)),
        ("B1", "戊乡学校食堂改造项目", Money.from_wan(100), ("乙县教育局",)),
    ]
    parts = {s.title: (s.declared_count, s.declared_amount) for s in programme.walk_sections()}
    assert parts["产业帮扶"] == (2, Money.from_wan(200))
    assert reconcile(programme) == ()


def test_items_written_name_double_dash_money_and_office_in_a_bracket() -> None:
    # （1）X项目——320万元（县农业农村局）: the name, a double dash, the money, the office in a
    # bracket; a single dash inside a name joins two places (乙区—甲县).
    result = parse_plan(
        _text(
            "甲县2026年东西部协作项目计划",
            "　　2026年乙区安排甲县协作资金500万元，支持项目3个。",
            "一、项目明细",
            "（1）丙镇核桃加工项目——200万元（甲县林业局）",
            "（2）丁村道路硬化项目——180万元（丁村村民委员会）",
            "（3）乙区—甲县劳务协作项目——120万元（甲县人力资源和社会保障局）",
        )
    )
    (programme,) = result.programmes
    got = [(p.name, p.amount, p.units) for p in programme.projects]
    assert got == [
        ("丙镇核桃加工项目", Money.from_wan(200), ("甲县林业局",)),
        ("丁村道路硬化项目", Money.from_wan(180), ("丁村村民委员会",)),
        ("乙区—甲县劳务协作项目", Money.from_wan(120), ("甲县人力资源和社会保障局",)),
    ]
    assert reconcile(programme) == ()


def test_a_progress_report_lists_each_project_with_its_plan_and_payment_set_off_by_spaces() -> None:
    # A report's part on progress, by township, each line X项目　计划N万元　拨付M万元　status:
    # the projects of the plan with their planned money.
    result = parse_plan(
        _text(
            "甲县发展和改革委员会",
            "关于甲县2025年1—6月对口支援项目实施进展情况的报告",
            "　　一、总体情况",
            "　　2025年乙市安排我县对口支援资金500万元，实施项目3个。截至6月30日，已开工3个。",
            "　　二、项目进展情况",
            "　　（一）丙镇：项目2个，资金300万元。",
            "　　1．丙镇污水管网项目　计划200万元　拨付120万元　在建",
            "　　2．丙镇卫生院改造工程　计划100万元　拨付100万元　已完工",
            "　　（二）县直项目：项目1个，资金200万元。",
            "　　3．乙市—甲县人才交流项目　计划200万元　拨付80万元　实施中",
        )
    )
    (programme,) = result.programmes
    assert [(p.name, p.amount) for p in programme.projects] == [
        ("丙镇污水管网项目", Money.from_wan(200)),
        ("丙镇卫生院改造工程", Money.from_wan(100)),
        ("乙市—甲县人才交流项目", Money.from_wan(200)),
    ]
    assert reconcile(programme) == ()


def test_each_projects_content_on_a_line_of_its_own_apart_from_the_table() -> None:
    # The table lists the projects and their money; a second attachment writes each one's
    # content by its name (1.X项目：…), whose targets are the project's.
    result = parse_plan(
        _text(
            "甲县2025年协作项目计划表",
            "单位：万元",
            "序号\t项目名称\t协作资金\t实施单位",
            "1\t乙村温室项目\t200\t乙村村委会",
            "2\t丙镇水厂项目\t100\t甲县水务局",
            "合计\t\t300\t",
            "附件2",
            "甲县2025年协作项目建设内容",
            "1.乙村温室项目：新建日光温室30座，铺设滴灌管网5公里。",
            "2.丙镇水厂项目：新建净水厂1座。",
        )
    )
    (programme,) = result.programmes
    got = [(p.name, p.content, [c.text for c in p.commitments]) for p in programme.projects]
    assert got == [
        (
            "乙村温室项目",
            "新建日光温室30座，铺设滴灌管网5公里。",
            ["新建日光温室30座", "铺设滴灌管网5公里"],
        ),
        ("丙镇水厂项目", "新建净水厂1座。", ["新建净水厂1座"]),
    ]
    assert not any("乙村温室项目：" in note for note in programme.notes)


def test_a_table_of_sources_beside_a_table_of_projects_that_names_each_ones_source() -> None:
    # 表一 lists the sources (序号 | 资金来源 | 金额), 表二 the projects with the source of each:
    # the sources are the plan's, each project a share of the one it names.
    result = parse_plan(
        _text(
            "甲县2026年东西部协作资金计划表",
            "单位：万元",
            "表一　资金来源表",
            "序号\t资金来源\t金额",
            "1\t乙省财政援助资金\t250",
            "2\t丙市帮扶资金\t50",
            "合计\t\t300",
            "表二　项目资金计划表",
            "序号\t项目名称\t资金来源\t计划资金\t实施单位",
            "1\t丁村茶园项目\t乙省财政援助资金\t250\t丁村村委会",
            "2\t戊镇培训项目\t丙市帮扶资金\t50\t甲县人社局",
            "合计\t\t\t300\t",
        )
    )
    (programme,) = result.programmes
    sources = {s.label: (s.key, s.amount) for s in programme.fund_sources}
    assert sources == {
        "乙省财政援助资金": (sources["乙省财政援助资金"][0], Money.from_wan(250)),
        "丙市帮扶资金": (sources["丙市帮扶资金"][0], Money.from_wan(50)),
    }
    shares = [[(f.source, f.amount) for f in p.funding] for p in programme.projects]
    assert shares == [
        [(sources["乙省财政援助资金"][0], Money.from_wan(250))],
        [(sources["丙市帮扶资金"][0], Money.from_wan(50))],
    ]
    assert reconcile(programme) == ()
