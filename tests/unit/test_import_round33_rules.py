"""Rules of the importer that round 33 showed were missing, each in wording none of the
fixtures uses."""

from __future__ import annotations

from aidmodel import Money
from aidmodel.importers import parse_plan


def _text(*lines: str) -> str:
    return "\n".join(lines)


def test_items_without_numbers_each_a_paragraph_opening_with_its_name() -> None:
    # （一）X类（2个，300万元） / 甲项目。…安排资金200万元，… / 乙项目。…: the numbers Word lost.
    result = parse_plan(
        _text(
            "甲县2026年东西部协作项目实施方案",
            "　　2026年乙区安排甲县协作资金300万元，实施项目2个。",
            "　　（一）产业类（2个，300万元）",
            "　　丙镇茶园提升项目。提升茶园800亩。安排协作资金200万元，由丙镇人民政府负责实施。",
            "　　丁村冷库建设项目。新建冷库1座。安排协作资金100万元，由甲县商务局负责实施。",
        )
    )
    (programme,) = result.programmes
    assert [(p.name, p.amount, p.units) for p in programme.projects] == [
        ("丙镇茶园提升项目", Money.from_wan(200), ("丙镇人民政府",)),
        ("丁村冷库建设项目", Money.from_wan(100), ("甲县商务局",)),
    ]


def test_a_pdf_table_with_grouped_money_columns_and_categories_centred_in_merged_cells() -> None:
    # A space-aligned table whose 协作资金 group stands over 合计 | 省级 | 区级 (合计 a little
    # left of the group's start); the 类别 of each merged cell printed on its middle row (乙类
    # on the upper of its two middle rows); a unit wrapped under where its cell starts; the
    # categories' money declared only in the prose.
    rows = [
        "序号   类别      项目名称          协作资金                      实施单位",
        "                                合计    省级资金    区级资金",
        "1               丙镇茶园项目      100     80          20      丙镇人民政府",
        "2      甲类     丁镇果园项目      100     80          20      丁镇人民政府",
        "3               戊镇菌菇项目      100     80          20      戊镇人民政府",
        "4               己村道路项目      50      40          10      甲县交通运输",
        "                                                              局",
        "5      乙类     庚村供水项目      50      40          10      甲县水利局",
        "6               辛村广场项目      50      40          10      辛村村民委员会",
        "7               壬村污水项目      50      40          10      甲县住房和城乡建设局",
    ]
    result = parse_plan(
        "\n".join(
            [
                "甲县2026年乙区东西部协作项目计划",
                "　　2026年乙区安排甲县协作资金500万元，其中省级资金400万元、区级资金100万元，"
                "实施项目7个。其中：甲类项目3个300万元，乙类项目4个200万元。",
                "附件",
                "                              单位：万元",
                *rows,
            ]
        )
    )
    (programme,) = result.programmes
    assert [p.category for p in programme.projects] == ["甲类"] * 3 + ["乙类"] * 4
    assert programme.projects[3].units == ("甲县交通运输局",)
    assert [[s.amount for s in p.funding] for p in programme.projects[:1]] == [
        [Money.from_wan(80), Money.from_wan(20)]
    ]
    sections = [s for s in programme.walk_sections() if s.title in ("甲类", "乙类")]
    assert [(s.declared_count, s.declared_amount) for s in sections] == [
        (3, Money.from_wan(300)),
        (4, Money.from_wan(200)),
    ]


def test_money_cells_in_a_spreadsheets_currency_format() -> None:
    # ¥4,200,000.00 under 援藏资金（元）: the sign of the sheet's format before the figure.
    result = parse_plan(
        _text(
            "甲县2026年乙市援藏项目计划表",
            "　　2026年乙市安排甲县援藏资金620万元，共安排项目2个。",
            "序号\t项目名称\t援藏资金（元）\t实施单位",
            "1\t丙镇暖棚项目\t¥4,200,000.00\t丙镇人民政府",
            "2\t丁镇供水项目\t￥2,000,000.00\t甲县水利局",
            "合计\t\t¥6,200,000.00\t",
        )
    )
    (programme,) = result.programmes
    assert [p.amount for p in programme.projects] == [Money.from_wan(420), Money.from_wan(200)]


def test_yi_shi_items_named_before_a_colon() -> None:
    # （一）X组（2个项目，300万元） / 一是丙项目：在…新建…，安排帮扶资金…: the name before the colon.
    result = parse_plan(
        _text(
            "乙区2026年挂钩帮扶甲县项目实施方案",
            "　　2026年，乙区安排挂钩帮扶资金300万元，实施项目2个。",
            "　　（一）丁镇—戊镇结对组（2个项目，300万元）",
            "　　一是戊镇蔬菜大棚项目：新建大棚15亩，安排帮扶资金200万元，由戊镇人民政府实施。",
            "　　二是戊镇道路提升项目：改造道路3公里，安排帮扶资金100万元，由戊镇人民政府实施。",
        )
    )
    (programme,) = result.programmes
    assert [(p.name, p.amount) for p in programme.projects] == [
        ("戊镇蔬菜大棚项目", Money.from_wan(200)),
        ("戊镇道路提升项目", Money.from_wan(100)),
    ]


def test_a_sheet_of_tasks_whose_rows_with_money_are_projects_and_with_a_dash_duties() -> None:
    # 序号 | 重点任务 | 帮扶资金（万元） | 责任单位 | 完成时限: rows with money are projects,
    # rows with — are duties (MechanismTask) with their unit and deadline.
    result = parse_plan(
        _text(
            "甲大学2026年定点帮扶乙县工作要点",
            "　　2026年，学校计划向乙县直接投入帮扶资金200万元，实施项目2个。",
            "序号\t重点任务\t帮扶资金（万元）\t责任单位\t完成时限",
            "1\t乙县中学教学能力提升项目\t120\t甲大学教务处\t2026年12月",
            "2\t选派研究生支教团成员10名赴乙县支教\t—\t甲大学团委\t2026年9月",
            "3\t乙县医院远程诊疗中心建设项目\t80\t甲大学附属医院\t2026年11月",
        )
    )
    (programme,) = result.programmes
    assert [p.name for p in programme.projects] == [
        "乙县中学教学能力提升项目",
        "乙县医院远程诊疗中心建设项目",
    ]
    (duty,) = [m for m in programme.mechanisms if m.title.startswith("选派")]
    assert (duty.units, str(duty.deadline)) == (("甲大学团委",), "2026-09")


def test_a_list_of_projects_by_place_whose_header_opens_with_the_place() -> None:
    # 县别 | 序号 | 项目名称 | … with the place written once on its first row (a merged cell):
    # each place's projects, the first row of each place among them.
    tab = "\t"
    result = parse_plan(
        _text(
            "丙州财政局关于下达2026年省内对口帮扶资金的通知",
            "甲县、乙县财政局：",
            "　　现将2026年省内对口帮扶资金下达给你们，具体见附件。",
            "附件1",
            "单位：万元",
            tab.join(["序号", "受援县", "结对帮扶区", "下达金额", "项目个数"]),
            tab.join(["1", "甲县", "丁区", "300", "2"]),
            tab.join(["2", "乙县", "戊区", "100", "1"]),
            tab.join(["合计", "", "", "400", "3"]),
            "附件2",
            "单位：万元",
            tab.join(["县别", "序号", "项目名称", "帮扶资金", "实施单位"]),
            tab.join(["甲县", "1", "甲县茶园项目", "200", "甲县农业农村局"]),
            tab.join(["", "2", "甲县道路项目", "100", "甲县交通运输局"]),
            tab.join(["乙县", "1", "乙县冷库项目", "100", "乙县商务局"]),
            tab.join(["合计", "", "", "400", ""]),
        )
    )
    assert [[p.name for p in programme.projects] for programme in result.programmes] == [
        ["甲县茶园项目", "甲县道路项目"],
        ["乙县冷库项目"],
    ]


def test_joint_issuers_are_the_lead_and_the_others() -> None:
    # 甲县财政局 / 甲县发展和改革委员会 over the number (联合行文): the lead is the first.
    result = parse_plan(
        _text(
            "甲县财政局",
            "甲县发展和改革委员会",
            "甲财发〔2026〕3号",
            "甲县财政局　甲县发展和改革委员会",
            "关于下达2026年乙市援藏资金项目计划的通知",
            "各乡（镇）：",
            "　　2026年乙市安排我县援藏资金100万元，共安排项目1个：丙镇暖棚项目100万元。",
            "甲县财政局　　　　甲县发展和改革委员会",
            "2026年4月8日",
        )
    )
    (programme,) = result.programmes
    assert (programme.issuer, programme.co_issuers) == ("甲县财政局", ("甲县发展和改革委员会",))


def test_a_notice_of_changes_published_as_a_gongshi_is_the_adjusted_plan() -> None:
    # 甲县2026年东西部协作项目调整公示 citing 《甲县2026年东西部协作项目实施方案》: the plan
    # adjusted is the programme, by its own name.
    result = parse_plan(
        _text(
            "甲县2026年东西部协作项目调整公示",
            "　　根据《甲县2026年东西部协作项目实施方案》，经研究，对部分项目调整如下：",
            "　　一、调整内容",
            "　　（一）调整前：丙镇项目，协作资金200万元。调整后：协作资金150万元。",
            "　　二、调整后总体情况",
            "　　调整后，2026年东西部协作项目仍为2个，资金总额300万元不变。",
            "　　1.丙镇项目，协作资金150万元。",
            "　　2.丁镇项目，协作资金150万元。",
        )
    )
    assert [p.title for p in result.programmes] == ["甲县2026年东西部协作项目实施方案"]
