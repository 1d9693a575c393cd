"""Rules of the importer that round 35 showed were missing, each in wording none of the
fixtures uses."""

from __future__ import annotations

from aidmodel import Money, reconcile
from aidmodel.importers import parse_plan


def _text(*lines: str) -> str:
    return "\n".join(lines)


def test_what_a_places_money_is_spent_on_is_no_source() -> None:
    # 一、甲县300万元（丁区结对帮扶），其中省援助资金250万元、丁区帮扶资金50万元，用于X项目200
    # 万元、Y项目100万元: the amounts after 用于 are what it buys, not where it comes from.
    result = parse_plan(
        _text(
            "南充市财政局关于拨付2027年第一批东西部协作资金的通知",
            "仪陇县、营山县财政局：",
            "　　现拨付2027年第一批东西部协作资金500万元，具体如下：",
            "　　一、仪陇县300万元（金华市永康市结对帮扶），其中省援助资金250万元、永康市帮扶资金50万元，"
            "用于仪陇县茶园项目200万元、仪陇县道路项目100万元。",
            "　　二、营山县200万元（金华市东阳市结对帮扶），其中省援助资金180万元、东阳市帮扶资金20万元，"
            "用于营山县冷库项目200万元。",
        )
    )
    assert [[s.label for s in p.fund_sources] for p in result.programmes] == [
        ["省援助资金", "永康市帮扶资金"],
        ["省援助资金", "东阳市帮扶资金"],
    ]
    assert all(reconcile(p) == () for p in result.programmes)


def test_other_matters_are_duties_and_a_code_is_no_part_of_a_name() -> None:
    # 四、其他事项 / （三）…2026年援藏资金1,000,000.00元结余部分…: duties, no project; X项目
    # （项目编码：JX2027001）: the code is none of the name.
    result = parse_plan(
        _text(
            "甲县2027年乙市援藏项目实施方案",
            "　　一、资金规模",
            "　　2027年乙市安排甲县援藏资金1,000,000.00元，共安排项目1个。",
            "　　二、项目明细",
            "　　1.丙镇暖棚项目（项目编码：JX2027001）：新建暖棚10座，安排援藏资金1,000,000.00元。",
            "　　三、其他事项",
            "　　（一）援藏项目实行项目法人责任制。",
            "　　（二）乙市前期已安排的2026年援藏资金500,000.00元结余部分，按规定另行安排。",
        )
    )
    (programme,) = result.programmes
    assert [p.name for p in programme.projects] == ["丙镇暖棚项目"]
    assert reconcile(programme) == ()


def test_matching_money_beside_aid_that_makes_the_total_stays_outside_it() -> None:
    # …援疆资金1000万元，其中省援疆资金800万元、市援疆资金200万元；县级配套资金300万元: the aid
    # adds up to the total, the 配套 written beside it is outside it.
    result = parse_plan(
        _text(
            "甲县2027年乙市援疆项目计划",
            "　　2027年乙市安排甲县援疆资金1000万元，其中省援疆资金800万元、市援疆资金200万元，"
            "安排项目1个；县级配套资金300万元。",
            "　　1.丙镇厂房项目，安排援疆资金1000万元。",
        )
    )
    (programme,) = result.programmes
    assert [(s.label, s.in_total) for s in programme.fund_sources if s.in_total] == [
        ("省援疆资金", True),
        ("市援疆资金", True),
    ]
    assert programme.declared_total == Money.from_wan(1000)
    assert reconcile(programme) == ()


def test_raised_money_after_the_split_of_aid_that_does_not_add_up_stays_outside_it() -> None:
    # 援藏资金900万元，其中省级600万元、市级250万元；县级配套资金100万元: the split of the aid
    # does not add up (850 ≠ 900), and 配套 written after it is still money beside the total.
    result = parse_plan(
        _text(
            "甲县2027年乙市援藏项目计划",
            "　　2027年乙市安排甲县援藏资金900万元，其中省级援藏资金600万元、市级援藏资金250万元，"
            "安排项目1个；县级配套资金100万元。",
            "　　1.丙镇厂房项目，安排援藏资金900万元。",
        )
    )
    (programme,) = result.programmes
    assert [(s.label, s.in_total) for s in programme.fund_sources] == [
        ("省级援藏资金", True),
        ("市级援藏资金", True),
        ("县级配套资金", False),
    ]
    assert [f.kind.value for f in reconcile(programme)] == ["sources_vs_total"]


def test_raised_money_in_the_split_that_makes_the_total_is_part_of_it() -> None:
    # 帮扶资金500万元，其中财政援助资金400万元；自筹资金100万元: all of it makes the total.
    result = parse_plan(
        _text(
            "甲县2027年乙区东西部协作项目计划",
            "　　2027年共安排帮扶资金500万元，其中财政援助资金400万元；群众自筹资金100万元。",
            "　　1.丙镇厂房项目，安排资金500万元。",
        )
    )
    (programme,) = result.programmes
    assert all(s.in_total for s in programme.fund_sources)
    assert sum(
        (s.amount for s in programme.fund_sources if s.amount), Money.ZERO
    ) == Money.from_wan(500)


def test_an_aid_column_beside_investment_and_matching_money_is_the_amount() -> None:
    # 总投资 | 援助资金 | 县级配套 with a 合计 row: the aid is each project's amount, the
    # investment its total investment, the 配套 money beside the aid.
    result = parse_plan(
        _text(
            "甲县2027年乙市援疆项目计划",
            "　　2027年乙市援助甲县项目2个，见附表。",
            "附表",
            "单位：万元",
            "序号\t项目名称\t总投资\t援助资金\t县级配套\t实施单位",
            "1\t丙镇冷库项目\t600\t500\t100\t丙镇人民政府",
            "2\t丁乡道路项目\t350\t300\t50\t丁乡人民政府",
            "合计\t\t950\t800\t150\t",
        )
    )
    (programme,) = result.programmes
    assert [(p.amount, p.total_investment) for p in programme.projects] == [
        (Money.from_wan(500), Money.from_wan(600)),
        (Money.from_wan(300), Money.from_wan(350)),
    ]
    assert reconcile(programme) == ()


def test_a_plan_described_as_aid_to_our_county_is_named_by_the_notice() -> None:
    # 现将2027年X区对口帮扶我县…计划下达给你们: 我县 is the issuing county, no name of a
    # place; the sentence describes the plan and the notice's title names the programme.
    result = parse_plan(
        _text(
            "乙县人民政府办公室",
            "关于下达2027年东西部协作项目资金计划的通知",
            "各镇人民政府：",
            "　　现将2027年甲省丙市丁区对口帮扶我县东西部协作项目资金计划下达给你们。",
            "　　一、2027年丁区安排我县东西部协作资金500万元，共安排项目1个。",
            "　　二、戊镇茶园项目，安排资金500万元。",
            "乙县人民政府办公室",
            "2027年3月1日",
        )
    )
    (programme,) = result.programmes
    assert programme.title == "乙县人民政府办公室关于下达2027年东西部协作项目资金计划的通知"
    assert programme.recipient is not None
    assert programme.recipient.name == "乙县"
    assert programme.donor is not None
    assert programme.donor.name == "丁区"


def test_a_company_that_goes_on_helping_a_county_gives_and_the_county_is_not_the_giver() -> None:
    # 中国X集团有限公司（以下简称X）继续定点帮扶Y省Z市W自治县: the company gives; the county,
    # written in the title by its short name, is no giver however the body spells it.
    result = parse_plan(
        _text(
            "中国华电集团有限公司乡村振兴工作领导小组办公室",
            "关于印发《华电2027年定点帮扶贵州省务川县工作计划》的通知",
            "　　现将《华电2027年定点帮扶贵州省务川县工作计划》印发给你们。",
            "华电2027年定点帮扶贵州省务川县工作计划",
            "　　2027年，中国华电集团有限公司（以下简称华电）继续定点帮扶贵州省遵义市"
            "务川仡佬族苗族自治县。",
            "　　全年投入帮扶资金500万元，实施项目1个。",
            "　　1.丙镇茶园项目，投入500万元。",
        )
    )
    (programme,) = result.programmes
    assert programme.donor is not None
    assert programme.donor.name == "中国华电集团有限公司"
    assert programme.recipient is not None
    assert programme.recipient.full_name == "贵州省遵义市务川仡佬族苗族自治县"


def test_the_city_of_a_donor_province_is_found_before_the_recipients_full_name() -> None:
    # 甲县2027年X省援藏项目计划 / 2027年X省Y市对口支援Z区W市甲县…: the city gives.
    result = parse_plan(
        _text(
            "隆子县2027年江西省援藏项目计划",
            "　　2027年江西省赣州市对口支援西藏自治区山南市隆子县援藏资金500万元，共安排项目1个。",
            "　　1.丙镇暖棚项目，安排援藏资金500万元。",
        )
    )
    (programme,) = result.programmes
    assert programme.donor is not None
    assert (programme.donor.full_name or programme.donor.name) == "江西省赣州市"


def test_a_places_paragraph_lists_its_projects_after_yongyu_without_brackets() -> None:
    # 一、甲县500万元（X区结对帮扶），其中…，用于A项目300万元、B项目200万元，共2个项目: the
    # place's projects, each with its money; the place's part declares the 500.
    result = parse_plan(
        _text(
            "广元市财政局关于拨付2027年东西部协作资金的通知",
            "苍溪县、剑阁县财政局：",
            "　　现拨付2027年东西部协作资金800万元，其中省财政援助资金700万元、结对区帮扶资金100万元，具体如下：",
            "　　一、苍溪县500万元（湖州市吴兴区结对帮扶），其中省财政援助资金440万元、吴兴区帮扶资金60万元，"
            "用于苍溪县猕猴桃冷链项目300万元、歧坪镇道路提升项目200万元，共2个项目。",
            "　　二、剑阁县300万元（湖州市南浔区结对帮扶），其中省财政援助资金260万元、南浔区帮扶资金40万元，"
            "用于剑阁县茶叶加工项目180万元和普安镇产业路项目120万元，共2个项目。",
        )
    )
    assert [[(p.name, p.amount) for p in g.projects] for g in result.programmes] == [
        [
            ("苍溪县猕猴桃冷链项目", Money.from_wan(300)),
            ("歧坪镇道路提升项目", Money.from_wan(200)),
        ],
        [("剑阁县茶叶加工项目", Money.from_wan(180)), ("普安镇产业路项目", Money.from_wan(120))],
    ]
    assert all(reconcile(p) == () for p in result.programmes)


def test_parts_of_money_named_like_projects_without_yongyu_are_no_list() -> None:
    # 其中产业项目300万元、就业项目100万元: parts of the money, not a list of projects.
    result = parse_plan(
        _text(
            "甲县2027年乙区东西部协作项目实施方案",
            "　　一、资金安排",
            "　　2027年乙区安排甲县东西部协作资金400万元，其中产业项目300万元、就业项目100万元，共安排项目2个。",
            "　　二、项目安排",
            "　　1.丙镇茶园项目，安排资金300万元。",
            "　　2.劳务协作项目，安排资金100万元。",
        )
    )
    (programme,) = result.programmes
    assert [p.name for p in programme.projects] == ["丙镇茶园项目", "劳务协作项目"]


def test_the_sentence_after_a_paragraphs_clauses_gives_all_of_them_their_deadline() -> None:
    # （一）教育帮扶。一是X项目，投入200万元…；二是Y项目，投入100万元…。由A局负责实施，
    # 2027年10月底前完工。: the deadline of both projects, not only of the last.
    result = parse_plan(
        _text(
            "甲县2027年乙区东西部协作项目实施方案",
            "　　2027年乙区安排甲县东西部协作资金300万元。",
            "　　（一）教育帮扶。安排资金300万元。一是丙镇中学食堂改造项目，投入200万元，改造食堂1栋；"
            "二是丁乡小学操场项目，投入100万元，新建操场1个。由甲县教育局负责实施，2027年10月底前完工。",
        )
    )
    (programme,) = result.programmes
    assert [(p.name, str(p.deadline)) for p in programme.projects] == [
        ("丙镇中学食堂改造项目", "2027-10"),
        ("丁乡小学操场项目", "2027-10"),
    ]


def _targets(programme: object) -> list[str]:
    found: list[str] = []
    for task in getattr(programme, "mechanisms", ()):
        found += [c.text or "" for c in task.commitments]
    return found


def test_a_task_written_as_one_sentence_states_its_targets() -> None:
    # 三、其他帮扶 / （一）组织培训村干部300人次、致富带头人150人次。: the task's one sentence
    # holds its targets, without a word of aiming (以上, 不少于).
    result = parse_plan(
        _text(
            "甲县2027年乙区东西部协作项目实施方案",
            "　　2027年乙区安排甲县东西部协作资金100万元。",
            "　　一、项目安排",
            "　　1.丙镇茶园项目，安排资金100万元。",
            "　　二、其他帮扶",
            "　　（一）组织培训村干部300人次、致富带头人150人次。",
            "　　（二）选派2名教师到甲县支教、3名医生到甲县医院坐诊。",
        )
    )
    (programme,) = result.programmes
    assert _targets(programme) == [
        "组织培训村干部300人次",
        "致富带头人150人次",
        "选派2名教师到甲县支教",
        "3名医生到甲县医院坐诊",
    ]


def test_parts_of_duties_beside_a_part_of_listed_projects_keep_their_targets() -> None:
    # 二、重点任务 / （一）实施项目 with ①② projects / （二）深化劳务协作。建立工作站3个…: the
    # parts without money are duties whose targets are read, not dropped.
    result = parse_plan(
        _text(
            "甲县2027年乙区东西部协作工作要点",
            "　　一、总体目标",
            "　　2027年乙区安排甲县东西部协作资金300万元。",
            "　　二、重点任务",
            "　　（一）实施协作项目。安排以下项目：",
            "　　①丙镇茶园项目，安排资金200万元，新建茶园500亩；",
            "　　②丁乡冷库项目，安排资金100万元，新建冷库1座。",
            "　　（二）深化劳务协作。建立劳务工作站3个，全年帮助脱贫劳动力就业不少于200人。",
            "　　（三）推进消费协作。组织甲县企业参加展销活动6场次以上。",
        )
    )
    (programme,) = result.programmes
    assert [p.name for p in programme.projects] == ["丙镇茶园项目", "丁乡冷库项目"]
    assert _targets(programme) == [
        "建立劳务工作站3个",
        "全年帮助脱贫劳动力就业不少于200人",
        "组织甲县企业参加展销活动6场次以上",
    ]
