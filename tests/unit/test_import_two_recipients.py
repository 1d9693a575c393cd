"""A plan of one donor for several recipients (plan o of tests/fixtures/genre): one
programme per recipient, each with its share of the total, its own sections and the shared
ones. Wordings differ from plan o's."""

from __future__ import annotations

from aidmodel import Money, reconcile
from aidmodel.importers import parse_plan

PLAN = "\n".join(
    [
        "余杭区2024年东西部协作帮扶剑河县和台江县项目计划",
        "一、资金安排",
        "2024年，余杭区安排东西部协作资金900万元，其中：支持剑河县600万元，共2个项目；"
        "支持台江县300万元，共1个项目。",
        "二、剑河县项目",
        "1.茶园提升项目。投入资金400万元，改造茶园500亩。",
        "2.冷库建设项目。投入资金200万元，新建冷库1座。",
        "三、台江县项目",
        "1.刺绣工坊项目。投入资金300万元，培训绣娘200人。",
        "四、工作要求",
        "（一）加强调度。每季度召开1次调度会。",
    ]
)


def test_each_recipient_is_a_programme_of_its_own() -> None:
    result = parse_plan(PLAN)
    got = [
        (p.recipient.name, p.declared_total, p.declared_project_count, [x.name for x in p.projects])
        for p in result.programmes
    ]
    assert got == [
        ("剑河县", Money.from_wan(600), 2, ["茶园提升项目", "冷库建设项目"]),
        ("台江县", Money.from_wan(300), 1, ["刺绣工坊项目"]),
    ]
    assert all(p.donor.name == "余杭区" for p in result.programmes)
    assert all(reconcile(p) == () for p in result.programmes)


def test_each_share_is_drawn_from_the_fund_the_total_names() -> None:
    result = parse_plan(PLAN)
    assert [[(s.label, s.amount) for s in p.fund_sources] for p in result.programmes] == [
        [("东西部协作资金", Money.from_wan(600))],
        [("东西部协作资金", Money.from_wan(300))],
    ]


def test_the_shared_sections_bind_every_recipient() -> None:
    result = parse_plan(PLAN)
    assert [[m.title for m in p.mechanisms] for p in result.programmes] == [["加强调度"]] * 2


def test_the_total_of_all_recipients_is_named_in_a_warning_and_paths_name_the_programme() -> None:
    result = parse_plan(PLAN)
    used = {(m.line, m.text): m.used_as for m in result.amounts}
    assert used[3, "900万元"] is None
    assert any("900万元" in w.message for w in result.warnings)
    assert used[3, "300万元"] == "programmes[1].fund_sources[0].amount"
    assert used[8, "300万元"] == "programmes[1].projects[0].amount"


def test_recipients_without_sections_of_their_own_give_one_programme_and_a_warning() -> None:
    text = PLAN.replace("二、剑河县项目", "二、项目安排").replace("三、台江县项目\n", "")
    result = parse_plan(text)
    assert [p.recipient.name for p in result.programmes] == ["剑河县"]
    assert any("2 recipients" in w.message for w in result.warnings)


def test_the_verb_before_a_single_recipient_is_not_its_name() -> None:
    text = "江宁区2024年东西部协作帮扶商南县项目实施方案\n2024年安排资金100万元。\n一、项目\n1.甲项目。投入资金100万元。"
    (programme,) = parse_plan(text).programmes
    assert programme.recipient.name == "商南县"


def test_a_county_and_a_corps_regiment_each_get_their_programme() -> None:
    # 兵团: a regiment of a division (第七师一二三团) is paired like a county; each part's
    # heading figures (2个，500万元) stand above its 一是/二是 clauses.
    result = parse_plan(
        "\n".join(
            [
                "乙市对口支援甲县和第七师一二三团2026年援疆项目计划",
                "　　一、总体安排",
                "　　2026年，乙市安排援疆资金800万元。其中，甲县500万元，实施项目2个；"
                "第七师一二三团300万元，实施项目1个。",
                "　　二、甲县项目",
                "　　（一）改善民生（2个，500万元）",
                "　　一是甲县供水项目，安排援疆资金300万元，由甲县水利局实施。",
                "　　二是甲县学校项目，安排援疆资金180万元，由甲县教育局实施。",
                "　　三、第七师一二三团项目",
                "　　（一）产业发展（1个，300万元）",
                "　　一是一二三团棉花加工项目，安排援疆资金300万元，由一二三团农业发展服务中心实施。",
            ]
        )
    )
    county, regiment = result.programmes
    assert county.recipient is not None
    assert regiment.recipient is not None
    assert (county.recipient.name, regiment.recipient.name) == ("甲县", "一二三团")
    assert (county.declared_total, regiment.declared_total) == (
        Money.from_wan(500),
        Money.from_wan(300),
    )
    assert [p.name for p in regiment.projects] == ["一二三团棉花加工项目"]
    (part,) = county.sections[0].subsections
    assert (part.declared_count, part.declared_amount) == (2, Money.from_wan(500))
    # (480 listed against 500: told once, for the whole programme the part is.)
    assert [f.kind.value for f in reconcile(county)] == ["projects_vs_total"]


def test_two_recipient_counties_written_on_without_a_mark_between() -> None:
    # 对口帮扶泸溪县保靖县 (known counties): two counties, not the second inside the first.
    result = parse_plan(
        "\n".join(
            [
                "乙区2026年对口帮扶泸溪县保靖县工作方案",
                "　　一、总体安排",
                "　　2026年，乙区安排对口帮扶资金500万元，其中泸溪县300万元、保靖县200万元。",
                "　　二、泸溪县帮扶项目",
                "　　1.泸溪县茶厂项目，帮扶资金300万元。",
                "　　三、保靖县帮扶项目",
                "　　1.保靖县道路项目，帮扶资金200万元。",
            ]
        )
    )
    got = [(p.recipient.name if p.recipient else None, p.declared_total) for p in result.programmes]
    assert got == [("泸溪县", Money.from_wan(300)), ("保靖县", Money.from_wan(200))]


def test_the_header_names_both_counties_written_on() -> None:
    from aidmodel.importers._header import read_header
    from aidmodel.importers._lines import split_lines

    header = read_header(split_lines("乙区2026年对口帮扶泸溪县保靖县工作方案\n　　正文。"))
    assert [r.name for r in header.recipients] == ["泸溪县", "保靖县"]


def test_parts_that_give_their_donor_amount_and_count_as_fields_over_their_own_table() -> None:
    # A notice handing one batch down to two counties: each part opens with its fields
    # (结对区县：…；分配资金：…；项目个数：…) over a table of its own projects.
    text = "\n".join(
        [
            "定西市财政局关于下达2026年天津市对口帮扶资金（第二批）的通知",
            "通渭县、岷县财政局：",
            "　　现将2026年天津市对口帮扶资金（第二批）500万元下达给你们。",
            "　　（一）通渭县",
            "　　结对区县：天津市河北区；分配资金：300万元；项目个数：2个。",
            "序号\t项目名称\t分配资金（万元）\t实施单位",
            "1\t通渭县茶厂项目\t200\t通渭县农业农村局",
            "2\t通渭县道路项目\t100\t通渭县交通运输局",
            "　　（二）岷县",
            "　　结对区县：天津市红桥区；分配资金：200万元；项目个数：1个。",
            "序号\t项目名称\t分配资金（万元）\t实施单位",
            "1\t岷县冷库项目\t200\t岷县商务局",
            "　　请及时拨付资金，确保9月底前资金支出进度达到75%以上。",
        ]
    )
    result = parse_plan(text)
    got = [
        (
            p.recipient.name if p.recipient else None,
            p.donor.name if p.donor else None,
            p.declared_total,
            p.declared_project_count,
            [x.name for x in p.projects],
            [s.amount for s in p.fund_sources],
        )
        for p in result.programmes
    ]
    assert got == [
        (
            "通渭县",
            "天津市河北区",
            Money.from_wan(300),
            2,
            ["通渭县茶厂项目", "通渭县道路项目"],
            [Money.from_wan(300)],
        ),
        ("岷县", "天津市红桥区", Money.from_wan(200), 1, ["岷县冷库项目"], [Money.from_wan(200)]),
    ]
    assert all(reconcile(p) == () for p in result.programmes)
    # The requirement after the last part is every county's.
    assert [[c.text for c in p.commitments] for p in result.programmes] == [
        ["确保9月底前资金支出进度达到75%以上"]
    ] * 2


def test_one_line_parts_over_a_list_by_place_in_an_attachment() -> None:
    # Each county's part is one line (its donor in a bracket, its amount, sources and count);
    # the requirement below the parts is theirs all; the attachment's 清单 lists the projects
    # by place with a 小计 row each, and its title is not the notice's.
    text = "\n".join(
        [
            "江苏省对口支援新疆克州前方指挥部",
            "关于下达2026年第一批江苏省援疆资金项目计划的通知",
            "阿图什市、乌恰县发展和改革委员会：",
            "　　现将2026年第一批江苏省援疆资金项目计划下达你们。本批共下达援疆资金500万元。",
            "　　（一）阿图什市（江苏省常州市对口支援）300万元，其中江苏省援疆资金250万元、"
            "常州市援疆资金50万元，安排项目2个。",
            "　　（二）乌恰县（江苏省镇江市对口支援）200万元，其中江苏省援疆资金160万元、"
            "镇江市援疆资金40万元，安排项目1个。",
            "　　请及时拨付资金，11月底前援疆资金支出进度达到90%以上。",
            "",
            "附件",
            "2026年第一批江苏省援疆资金项目清单",
            "单位：万元",
            "序号\t区县\t结对市\t项目名称\t下达资金",
            "1\t阿图什市\t常州市\t阿图什市无花果加工项目\t200",
            "2\t\t\t阿图什市饮水项目\t100",
            "\t小计\t\t\t300",
            "3\t乌恰县\t镇江市\t乌恰县牧民定居点项目\t200",
            "\t小计\t\t\t200",
            "合计\t\t\t\t500",
        ]
    )
    result = parse_plan(text)
    got = [
        (
            p.recipient.name if p.recipient else None,
            p.donor.name if p.donor else None,
            p.declared_total,
            p.declared_project_count,
            [x.name for x in p.projects],
            [c.text for c in p.commitments],
        )
        for p in result.programmes
    ]
    target = ["11月底前援疆资金支出进度达到90%以上"]
    assert got == [
        (
            "阿图什市",
            "江苏省常州市",
            Money.from_wan(300),
            2,
            ["阿图什市无花果加工项目", "阿图什市饮水项目"],
            target,
        ),
        ("乌恰县", "江苏省镇江市", Money.from_wan(200), 1, ["乌恰县牧民定居点项目"], target),
    ]
    assert all(
        (p.title or "").endswith("关于下达2026年第一批江苏省援疆资金项目计划的通知")
        for p in result.programmes
    )


def test_one_line_parts_that_hand_down_money_with_the_donor_after_it() -> None:
    # （一）X县：下达N万元（…市结对帮扶），其中…，用于A项目（…万元）和B项目（…万元）。: the part
    # hands down its money (下达, no 资金 before it), its donor in the bracket after it.
    text = "\n".join(
        [
            "巴中市财政局关于下达2026年第一批浙川东西部协作资金的通知",
            "通江县、南江县财政局：",
            "　　现下达你们2026年第一批浙川东西部协作资金500万元。",
            "　　（一）通江县：下达300万元（浙江省台州市临海市结对帮扶），用于通江银耳项目（200万元）"
            "和诺水河镇民宿项目（100万元）。",
            "　　（二）南江县：下达200万元（浙江省台州市玉环市结对帮扶），用于南江黄羊项目（200万元）。",
        ]
    )
    result = parse_plan(text)
    got = [
        (p.recipient.name if p.recipient else None, p.donor.name if p.donor else None)
        for p in result.programmes
    ]
    assert got == [("通江县", "浙江省台州市临海市"), ("南江县", "浙江省台州市玉环市")]
    assert all(reconcile(p) == () for p in result.programmes)
