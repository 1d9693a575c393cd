"""A 下达/分配资金 notice the recipient county issues (plan q of tests/fixtures/genre): the
notice's own title, 我县 for the issuer's county, one project per line with its 项目名称 as a
field, 总投资 beside the aid, a total naming one fund. Wordings differ from plan q's."""

from __future__ import annotations

from aidmodel import Money, Programme
from aidmodel.importers import parse_plan
from aidmodel.importers._header import region_units

NOTICE = "\n".join(
    [
        "松阳县财政局",
        "",
        "松财农〔2025〕8号",
        "",
        "关于分配2025年山海协作结对帮扶资金的通知",
        "",
        "各乡镇人民政府，县级有关单位：",
        "　　按照杭州市余杭区与我县山海协作工作安排，余杭区2025年安排我县山海协作资金300万元。"
        "现将资金分配如下：",
        "　　一、资金安排",
        "　　（1）项目名称：大东坝镇茶叶加工厂改造项目；总投资：260万元；帮扶资金：180万元；"
        "实施单位：大东坝镇人民政府；完成时限：2025年10月。",
        "　　（2）项目名称：象溪镇民宿提升项目；建设内容：改造民宿10幢；帮扶资金：120万元；"
        "实施单位：象溪镇人民政府；完成时限：2025年11月。",
        "",
        "松阳县财政局",
        "2025年4月2日",
    ]
)


def _programme(text: str = NOTICE) -> Programme:
    (programme,) = parse_plan(text).programmes
    return programme


def test_a_notice_with_no_plan_title_of_its_own_is_titled_by_the_notice() -> None:
    p = _programme()
    assert (p.title, p.year, p.scheme.value) == (
        "关于分配2025年山海协作结对帮扶资金的通知",
        2025,
        "in_province_pairing",
    )
    assert (p.document_number, p.issuer, str(p.issue_date)) == (
        "松财农〔2025〕8号",
        "松阳县财政局",
        "2025-04-02",
    )


def test_our_county_is_the_issuers_and_the_donor_is_named_beside_it() -> None:
    p = _programme()
    assert (p.donor.name, p.donor.full_name) == ("余杭区", "杭州市余杭区")
    assert p.recipient.name == "松阳县"


def test_our_county_of_another_kind_than_the_issuers_gives_no_parties() -> None:
    """我区 in a notice of a 县's office: no guess; the programme leaves its parties empty."""
    text = NOTICE.replace("与我县", "与我区").replace("安排我县", "安排我区")
    result = parse_plan(text)
    (programme,) = result.programmes
    assert (programme.donor, programme.recipient) == (None, None)
    stated = [w.message for w in result.warnings if w.code.value == "not_stated"]
    assert [m.split(" name no ")[1].split(" ")[0] for m in stated] == ["donor", "recipient"]


def test_the_name_is_the_project_name_field_and_the_aid_is_the_amount() -> None:
    projects = _programme().projects
    assert [(x.name, x.amount, x.total_investment) for x in projects] == [
        ("大东坝镇茶叶加工厂改造项目", Money.from_wan(180), Money.from_wan(260)),
        ("象溪镇民宿提升项目", Money.from_wan(120), None),
    ]
    assert [x.units for x in projects] == [("大东坝镇人民政府",), ("象溪镇人民政府",)]


def test_a_split_inside_the_total_investments_brackets_is_no_aid() -> None:
    text = NOTICE.replace(
        "总投资：260万元；帮扶资金：180万元", "总投资260万元（其中帮扶资金180万元）"
    )
    project = _programme(text).projects[0]
    assert (project.amount, project.total_investment) == (Money.from_wan(260), None)


def test_a_total_naming_one_fund_is_the_fund_source_without_provider_year_or_verb() -> None:
    p = _programme()
    assert [(s.label, s.amount) for s in p.fund_sources] == [("山海协作资金", Money.from_wan(300))]


def test_a_district_named_after_a_zhou_keeps_its_qu() -> None:
    assert region_units("宁波市鄞州区") == ["宁波市", "鄞州区"]
    assert region_units("甘孜州区域") == ["甘孜州"]
    assert region_units("湖州市吴兴区") == ["湖州市", "吴兴区"]


def test_money_handed_down_to_places_in_one_sentence_with_a_project_table() -> None:
    # One sentence gives each county its amount and count; the attachment lists their
    # projects with a merged 县 cell and the paired district of each (结对区).
    text = "\n".join(
        [
            "甲市协作办关于下达2026年第二批东西部协作资金的通知",
            "各县协作办：",
            "　　现将2026年第二批东西部协作资金900万元分配到丙县、丁县，其中：丙县500万元，"
            "实施项目2个；丁县400万元，实施项目1个。上述资金均为乙省财政援助资金。",
            "　　请确保10月底前资金支出进度达到80%以上。",
            "",
            "附件",
            "序号\t县别\t结对区\t项目名称\t资金（万元）",
            "1\t丙县\t乙市戊区\t丙县茶厂项目\t300",
            "2\t\t\t丙县道路项目\t200",
            "3\t丁县\t乙市己区\t丁县冷库项目\t400",
            "合计\t\t\t\t900",
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
            [(s.label, s.amount) for s in p.fund_sources],
        )
        for p in result.programmes
    ]
    assert got == [
        (
            "丙县",
            "乙市戊区",
            Money.from_wan(500),
            2,
            ["丙县茶厂项目", "丙县道路项目"],
            [("乙省财政援助资金", Money.from_wan(500))],
        ),
        (
            "丁县",
            "乙市己区",
            Money.from_wan(400),
            1,
            ["丁县冷库项目"],
            [("乙省财政援助资金", Money.from_wan(400))],
        ),
    ]
    ((commitment,),) = {p.commitments for p in result.programmes}  # the notice's, each place's
    assert commitment.text is not None
    assert commitment.text.endswith("确保10月底前资金支出进度达到80%以上")


def test_a_table_one_cell_a_line_keyed_by_the_places_it_hands_money_to() -> None:
    # A portal page: the table lost its tabs, one cell a line, its first label the place's
    # column, an empty cell an empty line (the 合计 row); the notice's title says 提前下达,
    # and its requirements follow the table.
    text = "\n".join(
        [
            "甲市财政局",
            "首页　　政务公开　　财政资金",
            "甲市财政局关于提前下达2027年东西部协作财政援助资金的通知",
            "发布日期：2026-12-01　　　浏览次数：52",
            "甲财农〔2026〕9号",
            "丙县、丁县财政局：",
            "　　现将2027年东西部协作财政援助资金提前下达你们。分配情况如下（单位：万元）：",
            "县（区）",
            "结对地区",
            "下达资金",
            "省级财政援助资金",
            "丙县",
            "乙市戊区",
            "600",
            "500",
            "丁县",
            "乙市己区",
            "400",
            "300",
            "合计",
            "",
            "1000",
            "800",
            "　　一、请于2027年3月底前确定具体项目。",
            "　　二、确保9月底前资金支出进度达到75%以上。",
        ]
    )
    result = parse_plan(text)
    got = [
        (
            p.recipient.name if p.recipient else None,
            p.donor.name if p.donor else None,
            p.declared_total,
            [(s.label, s.amount) for s in p.fund_sources],
            [c.text for c in p.commitments],
        )
        for p in result.programmes
    ]
    assert got == [
        (
            "丙县",
            "乙市戊区",
            Money.from_wan(600),
            [("省级财政援助资金", Money.from_wan(500))],
            ["确保9月底前资金支出进度达到75%以上"],
        ),
        (
            "丁县",
            "乙市己区",
            Money.from_wan(400),
            [("省级财政援助资金", Money.from_wan(300))],
            ["确保9月底前资金支出进度达到75%以上"],
        ),
    ]
