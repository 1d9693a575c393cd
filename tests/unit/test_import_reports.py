"""A progress report's figures are results (issue 14, kind 9): achievements, with the targets
of its look-ahead section kept as commitments; paid amounts are no fund source."""

from __future__ import annotations

from aidmodel import Money
from import_support import one as _one
from import_support import parse_lines as _import

_REPORT = (
    "甲县2024年东西部协作工作推进情况",
    "一、总体情况",
    "2024年，乙区安排我县协作资金500万元，实施项目2个。截至9月底，累计拨付资金320万元，"
    "资金使用率64%。",
    "二、工作成效",
    "（一）劳务协作。帮助农村劳动力转移就业860人，其中到东部省份就业120人。",
    "（二）消费协作。完成消费帮扶金额1200万元。",
    "三、下一步工作打算",
    "（一）加快项目建设。力争年底前帮助农村劳动力转移就业1000人以上。",
)


def test_a_reports_figures_are_achievements_and_its_plans_targets() -> None:
    programme = _one(_import(*_REPORT))
    assert programme.genre == "推进情况"
    achieved = [a.text for a in programme.achievements]
    assert "帮助农村劳动力转移就业860人" in achieved
    assert "其中到东部省份就业120人" in achieved  # its 其中 part, a result of its own
    assert "完成消费帮扶金额1200万元" in achieved
    targets = [
        c.text
        for c in (
            *programme.commitments,
            *(c for m in programme.mechanisms for c in m.commitments),
        )
    ]
    assert targets == ["力争年底前帮助农村劳动力转移就业1000人以上"]


def test_money_already_paid_is_no_fund_source() -> None:
    programme = _one(_import(*_REPORT))
    assert programme.declared_total == Money.from_wan(500)
    assert [s.amount for s in programme.fund_sources] in ([], [Money.from_wan(500)])


def test_the_amounts_of_achievements_are_used_there() -> None:
    from aidmodel.importers import parse_plan

    result = parse_plan("\n".join(_REPORT), source="t.txt")
    used = {m.text: m.used_as for m in result.amounts}
    assert used["1200万元"] is not None
    assert ".achievements[" in used["1200万元"]


_ADJUSTMENT = (
    "甲县财政局",
    "关于调整2024年东西部协作项目的通知",
    "各有关单位：",
    "2024年乙区安排我县协作资金300万元，实施项目3个。经研究，现调整如下：",
    "一、调增项目（1个）",
    "1.茶园提升项目，资金由100万元调增为140万元。",
    "二、调减项目（1个）",
    "1.冷库建设项目，资金由120万元调减为80万元。",
    "三、调整后情况",
    "调整后，我县协作项目共3个，资金总额300万元，具体见附件。",
    "附件",
    "调整后项目清单",
    "单位：万元",
    "序号\t项目名称\t原计划资金\t调整后资金\t调整情况",
    "1\t茶园提升项目\t100\t140\t调增40",
    "2\t冷库建设项目\t120\t80\t调减40",
    "3\t饮水巩固项目\t80\t80\t",
    "合计\t\t300\t300\t",
)


def test_an_adjustment_notice_gives_the_adjusted_programme() -> None:
    programme = _one(_import(*_ADJUSTMENT))
    assert programme.donor is not None
    assert programme.donor.name == "乙区"
    assert programme.declared_total == Money.from_wan(300)
    assert [(p.name, p.amount.to_wan() if p.amount else None) for p in programme.projects] == [
        ("茶园提升项目", 140),
        ("冷库建设项目", 80),
        ("饮水巩固项目", 80),
    ]
    assert any("调增为140万元" in note for note in programme.notes)


def test_the_changes_amounts_are_named_as_the_change() -> None:
    from aidmodel.importers import parse_plan

    result = parse_plan("\n".join(_ADJUSTMENT), source="t.txt")
    changes = [w.message for w in result.warnings if "amount of the change" in w.message]
    assert len(changes) == 4  # 100 → 140 and 120 → 80


_FUNDS_NOTICE = (
    "甲县财政局",
    "关于下达2025年第一批东西部协作资金的通知",
    "各乡镇：",
    "2025年乙区计划安排我县协作资金900万元。现将已到位的第一批资金500万元下达给你们，"
    "本次下达资金安排项目2个，具体如下：",
    "1、丙镇300万元，用于丙镇茶叶加工厂建设项目，新建厂房1栋。",
    "2、丁乡200万元，用于丁乡饮水巩固提升工程，铺设管网5公里。",
)


def test_a_funds_notice_declares_the_batch_it_hands_down() -> None:
    programme = _one(_import(*_FUNDS_NOTICE))
    assert programme.declared_total == Money.from_wan(500)
    assert [(s.label, s.amount) for s in programme.fund_sources] == [
        ("第一批资金", Money.from_wan(500))
    ]
    assert [(p.name, p.amount) for p in programme.projects] == [
        ("丙镇茶叶加工厂建设项目", Money.from_wan(300)),
        ("丁乡饮水巩固提升工程", Money.from_wan(200)),
    ]


def test_money_written_as_done_in_a_report_is_an_achievement() -> None:
    programme = _one(
        _import(
            "甲县2024年东西部协作项目推进情况",
            "发布时间：2024-10-12 09:31　来源：甲县农业农村局",
            "甲县2024年东西部协作项目推进情况",
            "一、总体进展",
            "2024年乙区共安排甲县协作资金300万元，实施项目1个。截至9月底，已支出120万元。",
            "二、分项目推进情况",
            "（1）茶园项目。计划资金300万元，已拨付150万元，已完工。",
        )
    )
    assert programme.donor is not None
    assert programme.donor.name == "乙区"
    assert (programme.issuer, str(programme.issue_date)) == ("甲县农业农村局", "2024-10-12")
    done = [(a.text, a.actual.value) for a in programme.achievements]
    assert ("已支出120万元", 1200000) in done
    assert ("已拨付150万元", 1500000) in done


def test_a_reports_title_with_its_period_between_year_and_donor() -> None:
    programme = _one(
        _import(
            "关于甲县2026年上半年乙市援藏项目进展情况的报告",
            "　　2026年，乙市安排甲县援藏资金500万元，实施援藏项目2个。截至6月30日，已开工项目2个。",
            "　　1.甲县牧场项目。安排援藏资金300万元。",
            "　　2.甲县学校项目。安排援藏资金200万元。",
        )
    )
    assert programme.donor is not None
    assert programme.recipient is not None
    assert (programme.donor.name, programme.recipient.name) == ("乙市", "甲县")


def test_an_acceptance_announcement_reports_achievements_not_targets() -> None:
    programme = _one(
        _import(
            "甲县2025年度东西部协作项目验收情况公告",
            "　　一、基本情况",
            "　　2025年，乙区安排甲县东西部协作资金500万元，实施项目2个，已全部通过验收。",
            "　　二、验收情况",
            "　　1.甲县茶厂项目：援助资金300万元；实施单位：县农业农村局；验收结论：合格。",
            "　　2.甲县道路项目：援助资金200万元；实施单位：县交通运输局；验收结论：合格。",
            "　　三、项目成效",
            "　　项目建成后，带动脱贫人口1200人增收，新增就业岗位90个。",
        )
    )
    assert [a.text for a in programme.achievements] == [
        "带动脱贫人口1200人增收",
        "新增就业岗位90个",
    ]
    assert programme.commitments == ()
    assert [p.amount for p in programme.projects] == [Money.from_wan(300), Money.from_wan(200)]


def test_a_years_summary_and_next_years_plan_with_its_projects_reported() -> None:
    # 工作总结及…工作计划: a report of the year. Its 开展情况 part lists the year's projects
    # (name line, then money, unit and 完成情况); its 成效 part is what was achieved; next
    # year's plan holds the targets.
    programme = _one(
        _import(
            "甲县2026年东西部协作工作总结和2027年工作打算",
            "一、2026年工作开展情况",
            "　　（一）项目实施情况",
            "　　2026年，乙区安排我县协作资金500万元，实施项目2个。",
            "　　1.甲县茶厂项目",
            "　　帮扶资金300万元，已拨付300万元，实施单位：县农业农村局。完成情况：已完工，新建车间800平方米。",
            "　　2.甲县道路项目",
            "　　帮扶资金200万元，已拨付150万元，实施单位：县交通运输局。完成情况：在建。",
            "　　（二）主要成效",
            "　　帮助农村劳动力转移就业320人，销售农产品2600万元。",
            "二、2027年工作打算",
            "　　力争转移就业400人以上。",
        )
    )
    assert [(p.name, p.amount, p.units, p.remarks) for p in programme.projects] == [
        ("甲县茶厂项目", Money.from_wan(300), ("县农业农村局",), "已完工，新建车间800平方米"),
        ("甲县道路项目", Money.from_wan(200), ("县交通运输局",), "在建"),
    ]
    # (The money each project has had released is reported as done too.)
    assert [a.text for a in programme.achievements] == [
        "帮助农村劳动力转移就业320人",
        "销售农产品2600万元",
        "已拨付300万元",
        "已拨付150万元",
    ]
    assert [c.text for c in programme.commitments] == ["力争转移就业400人以上"]


def test_a_progress_notice_with_items_numbered_in_parenthesized_digits() -> None:
    # …进展情况的通报: a report; ⑴ ⑵ number its projects.
    programme = _one(
        _import(
            "甲县2026年1—6月东西部协作项目进展情况的通报",
            "　　一、总体进展",
            "　　2026年，乙区安排甲县协作资金500万元，实施项目2个。截至6月30日，已开工项目2个，开工率100%。",
            "　　二、项目进展",
            "　　⑴甲县茶厂项目：计划资金300万元，已拨付200万元，在建。",
            "　　⑵甲县道路项目：计划资金200万元，已拨付100万元，在建。",
        )
    )
    assert [(p.number, p.name, p.amount) for p in programme.projects] == [
        ("⑴", "甲县茶厂项目", Money.from_wan(300)),
        ("⑵", "甲县道路项目", Money.from_wan(200)),
    ]
    assert "开工率100%" in [a.text for a in programme.achievements]


def test_a_bulletin_by_unit_whose_place_is_the_issuers_and_given_in_the_body() -> None:
    # The title names no place; the issuer leads with its district and the body says who
    # gives to it (乙市安排甲区…); the projects stand under the office or township that runs
    # them, and name no unit of their own.
    programme = _one(
        _import(
            "甲区乡村振兴局",
            "关于2026年1—6月东西部协作项目进展情况的通报",
            "各镇人民政府，区级有关部门：",
            "　　一、总体情况",
            "　　2026年，乙市安排甲区协作资金600万元，实施项目3个。",
            "　　二、分单位进展",
            "　　（一）区农业农村局（项目2个，资金400万元）",
            "　　1.丙村茶园提升项目：计划资金250万元，已拨付200万元，已完工。",
            "　　2.丁村冷库建设项目：计划资金150万元，已拨付60万元，在建。",
            "　　（二）戊镇（项目1个，资金200万元）",
            "　　3.戊镇道路硬化项目：计划资金200万元，尚未拨付，未开工。",
        )
    )
    assert programme.donor is not None
    assert programme.donor.name == "乙市"
    assert programme.recipient is not None
    assert programme.recipient.name == "甲区"
    assert [(p.name, p.units) for p in programme.projects] == [
        ("丙村茶园提升项目", ("区农业农村局",)),
        ("丁村冷库建设项目", ("区农业农村局",)),
        ("戊镇道路硬化项目", ("戊镇",)),
    ]


def test_a_summary_signed_by_the_county_office_and_the_donors_team() -> None:
    # The signature line names the county's office and the donor's team in the county.
    programme = _one(
        _import(
            "甲县2026年东西部协作工作总结",
            "　　2026年乙区安排我县协作资金300万元，实施项目2个。",
            "",
            "甲县乡村振兴局　　　　乙区驻甲县帮扶工作队",
            "　　　　　　　　2027年1月10日",
        )
    )
    assert (programme.issuer, programme.co_issuers) == ("甲县乡村振兴局", ("乙区驻甲县帮扶工作队",))


def test_a_summarys_projects_run_into_its_paragraph_with_what_was_paid() -> None:
    # 其中，X项目（安排资金…，已拨付…）由…实施，…；Y项目（…）由…实施，…: each named project with
    # its money first in its bracket and its unit after it.
    programme = _one(
        _import(
            "甲县2026年乙区对口帮扶工作总结",
            "　　一、资金项目实施情况",
            "　　2026年，乙区安排我县对口帮扶资金500万元，实施项目2个。",
            "　　（一）产业发展方面。实施项目2个，安排资金500万元。其中，丙村茶厂项目（安排资金300万元，"
            "已拨付280万元）由县农业农村局实施，已完工；丁镇冷库项目（安排资金200万元，已拨付200万元）"
            "由丁镇人民政府实施，已建成投用。",
        )
    )
    assert [(p.name, p.amount, p.units) for p in programme.projects] == [
        ("丙村茶厂项目", Money.from_wan(300), ("县农业农村局",)),
        ("丁镇冷库项目", Money.from_wan(200), ("丁镇人民政府",)),
    ]


def test_a_payment_notice_is_the_batch_it_pays_with_its_split() -> None:
    # 本次拨付…资金300万元，其中A 200万元、B 100万元；加上第一批…，全年共计800万元: the batch,
    # split in its own sentence, not the year's 共计.
    programme = _one(
        _import(
            "甲县财政局关于拨付2026年第二批东西部协作资金的通知",
            "　　一、拨付资金情况",
            "　　本次拨付乙区对口帮扶我县第二批东西部协作资金300万元，其中省级财政援助资金200万元、乙区"
            "区级帮扶资金100万元，用于2个项目。加上第一批已拨付的500万元，2026年我县协作资金共计800万元。",
            "　　二、分项目拨付金额",
            "　　（一）县农业农村局：拨付资金200万元，用于丙村茶厂项目。",
            "　　（二）县水利局：拨付资金100万元，用于丁镇饮水项目。",
        )
    )
    assert programme.declared_total == Money.from_wan(300)
    assert [(s.label, s.amount) for s in programme.fund_sources] == [
        ("省级财政援助资金", Money.from_wan(200)),
        ("乙区区级帮扶资金", Money.from_wan(100)),
    ]


def test_an_adjustment_whose_closing_paragraph_moves_money_before_the_total() -> None:
    # 调整后，调出资金100万元（…）全部用于…，项目总数仍为2个，总资金仍为300万元（其中…）: the
    # money moved is the change's; the total and its split are the adjusted plan's.
    programme = _one(
        _import(
            "甲县农业农村局关于调整2026年乙区东西部协作项目的通知",
            "　　（一）丙村茶厂项目：原安排200万元，调整为100万元（调减100万元）。",
            "　　（二）丁镇冷库项目：原安排100万元，调整为200万元（调增100万元）。",
            "　　调整后，调出资金100万元全部用于第（二）项，项目总数仍为2个，总资金仍为300万元"
            "（其中省级财政帮扶资金250万元、乙区区级帮扶资金50万元）。",
        )
    )
    assert (programme.declared_total, programme.declared_project_count) == (
        Money.from_wan(300),
        2,
    )
    assert [s.amount for s in programme.fund_sources] == [Money.from_wan(250), Money.from_wan(50)]
