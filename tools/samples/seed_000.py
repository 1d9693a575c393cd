"""Seed 000: 乐山市市中区结对帮扶峨边彝族自治县2025年项目实施方案 (省内结对帮扶).

Encoded by hand from ``tests/fixtures/seeds/000_0f28deae22cd1722.txt``, kept as the
document writes it; nothing is corrected. Line numbers in :class:`Provenance` are
1-based lines of that file.

Decisions
---------
- Header: 峨边府办函〔2025〕1号, issued by 峨边彝族自治县人民政府办公室 on 2025年2月9日
  (the covering notice, lines 1-11); genre 实施方案 (the plan it publishes).
- Fund sources (line 19): 帮扶资金750万元 (key ``current``, provider 市中区, as the
  sentence says 市中区计划投入) and 上年结余16万 (key ``carry_over``; written without
  元; no year or provider given, so none recorded). Declared total 766万元, uppercase
  柒佰陆拾陆万元整, 16 projects declared.
- Sections are flat. Ids ``"1"``-``"6"`` are the six categories of the totals
  paragraph (line 19); their ``declared_count`` and ``declared_amount`` come from that
  paragraph, their number, title and text from the heading paragraphs, and their
  provenance spans the heading and the items below it (the figures on line 19 are
  outside that range: one Provenance holds one range). ``"7"`` is （七）健全帮扶机制
  (mechanism tasks 1.-5.) and ``"8"`` is 三、工作保障 (tasks （一）-（三））; neither
  declares a count or amount. 一、总体要求 has no items: its paragraph is in ``notes``.
  The headings print （1） and （6） with Arabic digits among （二）...（七）: kept so.
- Projects: ``text`` is the project's own paragraph (the line with its number and
  name); 实施地点/责任单位/挂联责任人/完成时限 are the structured fields, and
  ``provenance`` covers the whole block. ``content`` is the description after the
  name (and after the amount clause, when there is one). Item 1 says 继续参与, so its
  status is CONTINUED; no other item states new or continued. No 业主单位, 确权,
  保底分红 or 运营主体 is written anywhere in this document, so those fields are empty.
- Amounts: item 4 (就业帮扶项目) and item 5 (干部人才顶岗锻炼项目) have no amount of their
  own (``None``). 劳务协作's 22万元 is given for the section only (line 36, and line
  19), so it is on Section ``"2"``, not on item 4.
- Units are split at 、 and ，, except where a 、 joins two names that share the
  following noun: 峨边彝族自治县委、市中区委组织部 (items 5, 6), 市中区、峨边彝族自治县有关职能部门
  (task 1) and 市中区、峨边彝族自治县两地民政局、工商联、经济和信息化局、商务局 (task 4)
  stay whole, since splitting would name other units (峨边彝族自治县委, 市中区) than meant.
  区政府政府办公室 (task 1) is kept with its doubled 政府.
- Commitments: every quantified target, on the project or task it belongs to, with
  ``text`` an exact substring of the document. 年内 is period 年. 3个病区 is read as
  3个 with the hospital's wards as scope.

Inconsistencies of the document (kept, not fixed)
-------------------------------------------------
- 实施结对帮扶项目16个, but the per-category counts add to 3+1+3+2+4+2 = 15; 16 are listed.
- 人才交流项目3个 declared, four listed (items 5-8).
- Sum of project amounts 744万元 against the declared 766万元: the 22万元 of 劳务协作 is
  on no project. Per category the listed amounts match the declared ones
  (378, 50, 18, 220, 78), except 劳务协作 (0 listed against 22).

Every money figure of the text is represented (checked with tests/sample_support.py).
The attachment 附件：峨边彝族自治县2025年市中区援彝项目资金计划表 (line 121) is named but its
table is not in the text; its name is kept in ``notes``.
"""

from __future__ import annotations

from aidmodel import (
    Commitment,
    FundSource,
    FundSourceKind,
    MechanismTask,
    Money,
    PartialDate,
    Programme,
    Project,
    ProjectStatus,
    Provenance,
    Region,
    Scheme,
    Section,
    parse_quantity,
)

SOURCE = "000_0f28deae22cd1722.txt"
NAME = "shizhong-ebian-2025"

OCTOBER = PartialDate(2025, 10)
NOVEMBER = PartialDate(2025, 11)


def _at(line_start: int, line_end: int | None = None) -> Provenance:
    return Provenance(source=SOURCE, line_start=line_start, line_end=line_end)


def _wan(amount: str) -> Money:
    return Money.from_wan(amount)


def _commitment(
    metric: str,
    target: str,
    text: str,
    line: int,
    *,
    period: str | None = None,
    scope: str | None = None,
) -> Commitment:
    return Commitment(
        metric=metric,
        target=parse_quantity(target),
        period=period,
        scope=scope,
        text=text,
        provenance=_at(line),
    )


def _fund_sources() -> list[FundSource]:
    return [
        FundSource(
            key="current",
            kind=FundSourceKind.CURRENT,
            label="帮扶资金",
            year=2025,
            provider="市中区",
            amount=_wan("750"),
            provenance=_at(19),
        ),
        FundSource(
            key="carry_over",
            kind=FundSourceKind.CARRY_OVER,
            label="上年结余",
            amount=_wan("16"),
            provenance=_at(19),
        ),
    ]


def _sections() -> list[Section]:
    return [
        Section(
            id="1",
            number="（1）",
            title="深化产业合作",
            declared_count=3,
            declared_amount=_wan("378"),
            text=(
                "（1） 深化产业合作。以产业兴旺为着力点，通过资金、技术、人才等方面的合作和帮助，"
                "充分挖掘峨边彝族自治县优势产业资源，围绕园区建设、文旅融合等重要内容，"
                "大力引进和培育有特色、有亮点、有前景的产业项目，"
                "为峨边彝族自治县巩固拓展脱贫攻坚成果同乡村振兴有效衔接注入强大动力。"
            ),
            provenance=_at(20, 35),
        ),
        Section(
            id="2",
            number="（二）",
            title="加强劳务协作",
            declared_count=1,
            declared_amount=_wan("22"),
            text=(
                "（二）加强劳务协作。充分发挥市中区人力资源优势，投入资金22万元，"
                "通过就业培训、岗位推介、劳务输出等方式，不断拓宽峨边彝族自治县农民群众就业渠道，"
                "实现稳定就业增收，切实增强“造血”功能。"
            ),
            provenance=_at(36, 41),
        ),
        Section(
            id="3",
            number="（三）",
            title="强化人才培育",
            declared_count=3,
            declared_amount=_wan("50"),
            text=(
                "（三）强化人才培育。积极推动两地干部人才交流，促进观念互通、思路互动、技术互学、"
                "作风互鉴，投入资金50万元，立足峨边需求，针对性开展专业人才培育，"
                "选派专家学者、业务骨干等专业技术人才深入一线，加快峨边干部人才能力提升。"
            ),
            provenance=_at(42, 58),
        ),
        Section(
            id="4",
            number="（四）",
            title="落实片区任务",
            declared_count=2,
            declared_amount=_wan("18"),
            text=(
                "（四）落实片区任务。围绕片区任务投入帮扶资金18万元，"
                "着力解决部分农产品自我营销渠道缺乏、规模化程度不够、品牌市场竞争力不强等问题；"
                "推进移风易俗，改善山区不良陋习，宣传小凉山特色彝风彝俗文化旅游资源。"
            ),
            provenance=_at(59, 67),
        ),
        Section(
            id="5",
            number="（五）",
            title="大力改善民生",
            declared_count=4,
            declared_amount=_wan("220"),
            text=(
                "（五）大力改善民生。牢固树立“以人民为中心”的发展理念，"
                "把峨边彝族自治县人民群众的幸福感和满意度作为检验帮扶成效的重要指标，"
                "投入资金220万元，着力补齐教育、卫生、文化等方面短板，"
                "进一步提升峨边彝族自治县民生资源供给水平。"
            ),
            provenance=_at(68, 88),
        ),
        Section(
            id="6",
            number="（6）",
            title="补齐基础短板及拓展基层治理",
            declared_count=2,
            declared_amount=_wan("78"),
            text=(
                "（6） 补齐基础短板及拓展基层治理。投入资金78万元，"
                "助力峨边彝族自治县加快补齐干净饮水、安全住房等基础设施和公共服务方面短板，"
                "持续改善农村人居环境。"
            ),
            provenance=_at(89, 99),
        ),
        Section(
            id="7",
            number="（七）",
            title="健全帮扶机制",
            text=(
                "（七）健全帮扶机制。进一步完善市中区结对帮扶峨边工作队与峨边彝族自治县各单位的"
                "协调联动机制，加强沟通对接，充分发挥帮扶干部主观能动性，凝聚结对帮扶强大合力，"
                "推动各项目标任务按期圆满完成。"
            ),
            provenance=_at(100, 115),
        ),
        Section(
            id="8",
            number="三、",
            title="工作保障",
            provenance=_at(116, 119),
        ),
    ]


def _projects() -> list[Project]:
    return [
        Project(
            number="1.",
            name="五渡镇新茶村产业提升项目",
            section="1",
            amount=_wan("66"),
            locations=["峨边彝族自治县五渡镇"],
            units=["峨边彝族自治县林业局"],
            liaisons=["吕云峰", "朱泉霖", "周丽华"],
            deadline=NOVEMBER,
            status=ProjectStatus.CONTINUED,
            content="继续参与五渡镇新茶村产业提升项目中五渡镇林竹产业路建设。",
            text=(
                "1.五渡镇新茶村产业提升项目。拟投入资金66万元，"
                "继续参与五渡镇新茶村产业提升项目中五渡镇林竹产业路建设。"
            ),
            provenance=_at(21, 25),
        ),
        Project(
            number="2.",
            name="平等乡林业林竹生产服务道路建设项目",
            section="1",
            amount=_wan("212"),
            locations=["峨边彝族自治县平等乡"],
            units=["峨边彝族自治县林业局"],
            liaisons=["宋建莉", "岑驹炜", "鞠文君"],
            deadline=NOVEMBER,
            content="参与平等乡观慈村一组林竹产业路建设。",
            text=(
                "2.平等乡林业林竹生产服务道路建设项目。拟投入资金212万元，"
                "参与平等乡观慈村一组林竹产业路建设。"
            ),
            provenance=_at(26, 30),
        ),
        Project(
            number="3.",
            name="宜坪乡枇杷分选包装初加工建设项目",
            section="1",
            amount=_wan("100"),
            locations=["峨边彝族自治县宜坪乡"],
            units=["峨边彝族自治县农业农村局"],
            liaisons=["宋建莉", "岑驹炜", "刘华兵"],
            deadline=OCTOBER,
            content=(
                "盘活宜坪村集体资产，建设1条枇杷自动分选线，配套完善糖分检测、精准筛选等功能，"
                "新建一条枇杷等果类果袋、果套生产线。"
            ),
            commitments=[
                _commitment("建设枇杷自动分选线", "1条", "建设1条枇杷自动分选线", 31),
                _commitment(
                    "新建果袋、果套生产线", "一条", "新建一条枇杷等果类果袋、果套生产线", 31
                ),
            ],
            text=(
                "3.宜坪乡枇杷分选包装初加工建设项目。拟投入资金100万元，盘活宜坪村集体资产，"
                "建设1条枇杷自动分选线，配套完善糖分检测、精准筛选等功能，"
                "新建一条枇杷等果类果袋、果套生产线。"
            ),
            provenance=_at(31, 35),
        ),
        Project(
            number="4.",
            name="就业帮扶项目",
            section="2",
            amount=None,
            units=["峨边彝族自治县人力资源和社会保障局", "市中区人力资源和社会保障局"],
            liaisons=["唐率", "鞠文君", "胡敏洪"],
            deadline=NOVEMBER,
            content=(
                "转移峨边彝族自治县劳动力到县域外实现就业40名以上；"
                "对峨边彝族自治县农村劳动力进行就业技能培训50名以上；"
                "到峨边彝族自治县开展送岗下乡2场以上。"
            ),
            commitments=[
                _commitment(
                    "转移就业",
                    "40名以上",
                    "转移峨边彝族自治县劳动力到县域外实现就业40名以上",
                    37,
                    scope="峨边彝族自治县劳动力",
                ),
                _commitment(
                    "就业技能培训",
                    "50名以上",
                    "对峨边彝族自治县农村劳动力进行就业技能培训50名以上",
                    37,
                    scope="峨边彝族自治县农村劳动力",
                ),
                _commitment(
                    "送岗下乡",
                    "2场以上",
                    "到峨边彝族自治县开展送岗下乡2场以上",
                    37,
                    scope="峨边彝族自治县",
                ),
            ],
            text=(
                "4.就业帮扶项目。转移峨边彝族自治县劳动力到县域外实现就业40名以上；"
                "对峨边彝族自治县农村劳动力进行就业技能培训50名以上；"
                "到峨边彝族自治县开展送岗下乡2场以上。"
            ),
            provenance=_at(37, 41),
        ),
        Project(
            number="5.",
            name="干部人才顶岗锻炼项目",
            section="3",
            amount=None,
            units=["峨边彝族自治县委、市中区委组织部"],
            liaisons=["詹本金", "岑驹炜", "罗欢"],
            deadline=OCTOBER,
            content="选派峨边彝族自治县干部人才到市中区顶岗锻炼或短期培训20人次以上。",
            commitments=[
                _commitment(
                    "顶岗锻炼或短期培训",
                    "20人次以上",
                    "选派峨边彝族自治县干部人才到市中区顶岗锻炼或短期培训20人次以上",
                    43,
                    scope="峨边彝族自治县干部人才",
                ),
            ],
            text=(
                "5.干部人才顶岗锻炼项目。"
                "选派峨边彝族自治县干部人才到市中区顶岗锻炼或短期培训20人次以上。"
            ),
            provenance=_at(43, 46),
        ),
        Project(
            number="6.",
            name="峨边－市中区干部培育提能项目",
            section="3",
            amount=_wan("10"),
            units=["峨边彝族自治县委、市中区委组织部"],
            liaisons=["宋建莉", "岑驹炜", "曾龙"],
            deadline=OCTOBER,
            content="对峨边党政干部开展培训50人次以上。",
            commitments=[
                _commitment(
                    "开展培训",
                    "50人次以上",
                    "对峨边党政干部开展培训50人次以上",
                    47,
                    scope="峨边党政干部",
                ),
            ],
            text="6.峨边－市中区干部培育提能项目。投入资金10万元，对峨边党政干部开展培训50人次以上。",
            provenance=_at(47, 50),
        ),
        Project(
            number="7.",
            name="组团式帮扶（教育）项目",
            section="3",
            amount=_wan("20"),
            units=["峨边彝族自治县教育局"],
            liaisons=["文丽", "田莎", "徐平"],
            deadline=OCTOBER,
            content=(
                "用于开展课题研究、专题讲座、师生帮扶结对、家校共育活动，"
                "指导学生参加各类比赛等工作经费。"
            ),
            text=(
                "7.组团式帮扶（教育）项目。投入资金20万元，用于开展课题研究、专题讲座、"
                "师生帮扶结对、家校共育活动，指导学生参加各类比赛等工作经费。"
            ),
            provenance=_at(51, 54),
        ),
        Project(
            number="8.",
            name="组团式帮扶（医疗）项目",
            section="3",
            amount=_wan("20"),
            units=["峨边彝族自治县卫生健康局"],
            liaisons=["宋建莉", "陈建梅", "王峰"],
            deadline=NOVEMBER,
            content="用于医疗中层干部及后备干部培训，业务研讨和交流学习，乡村巡回诊疗等活动。",
            text=(
                "8.组团式帮扶（医疗）项目。投入资金20万元，用于医疗中层干部及后备干部培训，"
                "业务研讨和交流学习，乡村巡回诊疗等活动。"
            ),
            provenance=_at(55, 58),
        ),
        Project(
            number="9.",
            name="“四季文旅”消费帮扶项目",
            section="4",
            amount=_wan("15"),
            units=["峨边彝族自治县文化广播电视体育旅游局"],
            liaisons=["杨婍娟", "罗贤明", "张峰"],
            deadline=OCTOBER,
            content="帮扶峨边拓宽蔬果等农产品销售渠道，农产品推销展销宣传等。",
            text=(
                "9.“四季文旅”消费帮扶项目。投入资金15万元，"
                "帮扶峨边拓宽蔬果等农产品销售渠道，农产品推销展销宣传等。"
            ),
            provenance=_at(60, 63),
        ),
        Project(
            number="10.",
            name="参与移风易俗，改变彝区陋习补助项目",
            section="4",
            amount=_wan("3"),
            units=["峨边彝族自治县民族宗教事务局"],
            liaisons=["宋建莉", "黄瑞林", "岑驹炜"],
            deadline=OCTOBER,
            content="参与移风易俗宣传，帮助彝区打造集中办理红白喜事场地及所需餐具，规范陋习。",
            text=(
                "10.参与移风易俗，改变彝区陋习补助项目。投入资金3万元，参与移风易俗宣传，"
                "帮助彝区打造集中办理红白喜事场地及所需餐具，规范陋习。"
            ),
            provenance=_at(64, 67),
        ),
        Project(
            number="11.",
            name="勒乌乡中心小学提升项目",
            section="5",
            amount=_wan("40"),
            locations=["峨边彝族自治县勒乌乡"],
            units=["峨边彝族自治县教育局"],
            liaisons=["宋建莉", "岑驹炜", "文丽"],
            deadline=OCTOBER,
            content=(
                "对勒乌乡中心小学基础设施进行升级改造，修补操场塑胶，"
                "购置饮水机、洗澡室设备、中央空调等设施设备。"
            ),
            text=(
                "11.勒乌乡中心小学提升项目。投入资金40万元，对勒乌乡中心小学基础设施进行升级改造，"
                "修补操场塑胶，购置饮水机、洗澡室设备、中央空调等设施设备。"
            ),
            provenance=_at(69, 73),
        ),
        Project(
            number="12.",
            name="九年一贯制学校建设项目",
            section="5",
            amount=_wan("100"),
            locations=["峨边彝族自治县沙坪镇"],
            units=["峨边彝族自治县住房和城乡建设局"],
            liaisons=["徐平", "张峰", "文丽"],
            deadline=OCTOBER,
            content="与东西协作共同参与峨边彝族自治县九年一贯制学校相关设施配套。",
            text=(
                "12.九年一贯制学校建设项目。投入资金100万元，"
                "与东西协作共同参与峨边彝族自治县九年一贯制学校相关设施配套。"
            ),
            provenance=_at(74, 78),
        ),
        Project(
            number="13.",
            name="县中医医院能力提升项目",
            section="5",
            amount=_wan("40"),
            locations=["峨边彝族自治县中医医院"],
            units=["峨边彝族自治县卫生健康局"],
            liaisons=["宋建莉", "陈建梅", "王峰"],
            deadline=OCTOBER,
            content=(
                "提升县中医院住院部移动医护服务能力，"
                "完成峨边彝族自治县中医医院内科、康复、外科共3个病区的移动医护软硬件建设。"
            ),
            commitments=[
                _commitment(
                    "完成移动医护软硬件建设",
                    "3个",
                    "完成峨边彝族自治县中医医院内科、康复、外科共3个病区的移动医护软硬件建设",
                    79,
                    scope="峨边彝族自治县中医医院内科、康复、外科",
                ),
            ],
            text=(
                "13.县中医医院能力提升项目。投入资金40万元，提升县中医院住院部移动医护服务能力，"
                "完成峨边彝族自治县中医医院内科、康复、外科共3个病区的移动医护软硬件建设。"
            ),
            provenance=_at(79, 83),
        ),
        Project(
            number="14.",
            name="县人民医院特色专科建设项目",
            section="5",
            amount=_wan("40"),
            locations=["峨边彝族自治县人民医院"],
            units=["峨边彝族自治县卫生健康局"],
            liaisons=["宋建莉", "陈建梅", "王峰"],
            deadline=OCTOBER,
            content="建设县域内影像中心、检验中心、心电中心，配备相关的设施设备。",
            text=(
                "14.县人民医院特色专科建设项目。投入资金40万元，"
                "建设县域内影像中心、检验中心、心电中心，配备相关的设施设备。"
            ),
            provenance=_at(84, 88),
        ),
        Project(
            number="15.",
            name="新场乡城乡水网一体化建设项目",
            section="6",
            amount=_wan("20"),
            locations=["峨边彝族自治县新场乡"],
            units=["峨边彝族自治县水务局"],
            liaisons=["宋建莉", "岑驹炜", "鞠文君"],
            deadline=OCTOBER,
            content=(
                "参与改造配套管网改造20公里、增设一体化净化设备，对新场乡水源点进行升级改造。"
            ),
            commitments=[
                _commitment("改造配套管网", "20公里", "参与改造配套管网改造20公里", 90),
            ],
            text=(
                "15.新场乡城乡水网一体化建设项目。投入资金20万元，"
                "参与改造配套管网改造20公里、增设一体化净化设备，对新场乡水源点进行升级改造。"
            ),
            provenance=_at(90, 94),
        ),
        Project(
            number="16.",
            name="农村危房改造",
            section="6",
            amount=_wan("58"),
            locations=["峨边彝族自治县"],
            units=["峨边彝族自治县住房和城乡建设局"],
            liaisons=["唐率", "宋建莉", "祝华峰"],
            deadline=OCTOBER,
            content="参与峨边彝族自治县农村危房改造。",
            text="16.农村危房改造。投入资金58万元，参与峨边彝族自治县农村危房改造。",
            provenance=_at(95, 99),
        ),
    ]


def _mechanisms() -> list[MechanismTask]:
    team = "市中区结对帮扶峨边工作队"
    return [
        MechanismTask(
            number="1.",
            title="促进互访会商",
            section="7",
            text=(
                "1.促进互访会商。市中区、峨边彝族自治县两地党委或政府主要负责同志"
                "年内到对方实地对接会商至少1次，双方党委常委会、政府常务会专题研究结对帮扶工作"
                "每半年至少1次。市中区、峨边彝族自治县要健全结对帮扶工作机制，组织、统战、"
                "乡村振兴等牵头部门加强联系沟通，深化交流合作，共同推动工作。"
            ),
            units=[
                "市中区委办公室",
                "区政府政府办公室",
                "峨边彝族自治县委办公室",
                "县政府办公室",
                "市中区、峨边彝族自治县有关职能部门",
                team,
            ],
            deadline=OCTOBER,
            commitments=[
                _commitment(
                    "实地对接会商",
                    "至少1次",
                    "市中区、峨边彝族自治县两地党委或政府主要负责同志年内到对方实地对接会商至少1次",
                    101,
                    period="年",
                    scope="市中区、峨边彝族自治县两地党委或政府主要负责同志",
                ),
                _commitment(
                    "专题研究结对帮扶工作",
                    "每半年至少1次",
                    "双方党委常委会、政府常务会专题研究结对帮扶工作每半年至少1次",
                    101,
                    period="半年",
                    scope="双方党委常委会、政府常务会",
                ),
            ],
            provenance=_at(101, 103),
        ),
        MechanismTask(
            number="2.",
            title="深化全域结对",
            section="7",
            text=(
                "2.深化全域结对。市中区要制定2025年度结对帮扶全域结对实施方案；"
                "组织各乡镇（街道）到峨边彝族自治县相关乡镇开展“一对一”结对帮扶；"
                "重点职能部门要与峨边彝族自治县相关部门加强对接，通过“组团式”“小分队”等方式"
                "提供专业技术帮扶；组织学校、医院，结合“校联体”“医联体”建设，加强资源共享、"
                "人才共育、专业共建、合作共赢，卫健系统及教育系统需完成对峨边彝族自治县卫生人员"
                "及教师培训人次不低于100人次/年。两地参与全域结对的部门（单位）做好结对期间相关"
                "资料的收集、整理、发布、存档等，做好备检迎检工作。"
            ),
            units=[
                "市中区委组织部",
                "峨边彝族自治县委组织部",
                "市中区各乡镇（街道）",
                "市中区有关职能部门",
                team,
            ],
            deadline=OCTOBER,
            commitments=[
                _commitment(
                    "培训",
                    "不低于100人次/年",
                    "卫健系统及教育系统需完成对峨边彝族自治县卫生人员及教师培训人次不低于100人次/年",
                    104,
                    period="年",
                    scope="峨边彝族自治县卫生人员及教师",
                ),
            ],
            provenance=_at(104, 106),
        ),
        MechanismTask(
            number="3.",
            title="加强日常管理",
            section="7",
            text=(
                "3.加强日常管理。市中区、峨边彝族自治县要严格按省内结对帮扶干部人才选派管理办法，"
                "认真履行管理责任、完善管理制度、落实待遇保障、强化考核激励，充分激发工作积极性。"
                "市中区要定期掌握帮扶干部人才现实表现，明确跟踪培养方案，"
                "年内至少赴峨边彝族自治县走访慰问1次。峨边彝族自治县要将帮扶干部人才纳入本地"
                "干部队伍统一管理，注重关心关爱，加强教育监督，"
                "年内至少召开1次帮扶干部人才交流座谈会。"
            ),
            units=["市中区委组织部", "峨边彝族自治县委组织部", team],
            deadline=OCTOBER,
            commitments=[
                _commitment(
                    "走访慰问",
                    "至少1次",
                    "年内至少赴峨边彝族自治县走访慰问1次",
                    107,
                    period="年",
                ),
                _commitment(
                    "召开帮扶干部人才交流座谈会",
                    "至少1次",
                    "年内至少召开1次帮扶干部人才交流座谈会",
                    107,
                    period="年",
                ),
            ],
            provenance=_at(107, 109),
        ),
        MechanismTask(
            number="4.",
            title="形成帮扶合力",
            section="7",
            text=(
                "4.形成帮扶合力。峨边彝族自治县要全面梳理各类帮扶力量情况，"
                "立足省内结对帮扶力量及项目资金基本盘，加强与中省单位定点帮扶、浙川东西部协作和"
                "支教支医等帮扶力量的沟通对接，整合力量形成合力。市中区要广泛动员本地民营企业、"
                "群团组织、爱心人士等社会力量积极参与、主动投入结对帮扶峨边经济社会发展中来。"
            ),
            units=[
                "市中区、峨边彝族自治县两地民政局、工商联、经济和信息化局、商务局",
                team,
            ],
            deadline=OCTOBER,
            provenance=_at(110, 112),
        ),
        MechanismTask(
            number="5.",
            title="注重示范引领",
            section="7",
            text=(
                "5.注重示范引领。市中区结对帮扶峨边工作队要认真总结，"
                "及时提炼促共同富裕的工作经验和项目成果成效，积极对接两地宣传部门和融媒体中心，"
                "力争更多中央省市主流媒体宣传报道，特别是中央电视台、人民日报等，"
                "充分营造活力满满、热气腾腾的结对帮扶舆论氛围。"
            ),
            units=["市中区委宣传部", "峨边彝族自治县委宣传部", team],
            deadline=OCTOBER,
            provenance=_at(113, 115),
        ),
        MechanismTask(
            number="（一）",
            title="加强领导，强化组织保障",
            section="8",
            text=(
                "（一）加强领导，强化组织保障。援彝工作领导小组各成员单位要进一步提高思想认识，"
                "高度重视结对帮扶工作，主要领导要亲自抓，分管领导具体抓，层层落实工作责任。"
                "要进一步加大工作力度，积极与峨边彝族自治县、援彝工作领导小组前线指挥部沟通对接，"
                "保证结对帮扶各项目顺利推进，结对帮扶任务按时完成。"
            ),
            provenance=_at(117),
        ),
        MechanismTask(
            number="（二）",
            title="明确责任，强化要素保障",
            section="8",
            text=(
                "（二）明确责任，强化要素保障。区级各部门要制定2025年结对帮扶和全域结对"
                "峨边彝族自治县工作计划，有帮扶财政资金投入的项目，不得作为全域结对项目；"
                "细化工作具体内容，高标准、高效率推进结对帮扶和全域结对峨边彝族自治县各项工作，"
                "按要求及时将档案资料报送援彝工作领导小组前线指挥部。"
            ),
            provenance=_at(118),
        ),
        MechanismTask(
            number="（三）",
            title="严格考评，强化人才保障",
            section="8",
            text=(
                "（三）严格考评，强化人才保障。加强对帮扶工作督查考核和检查评估，区援彝办牵头，"
                "在年中要对帮扶工作推进情况开展中期评估，年底对各成员单位开展结对帮扶和全域结对"
                "工作进行考评，考核结果纳入部门年终绩效目标。对帮扶实绩突出的，大力表扬激励；"
                "对落实结对帮扶和全域结对工作不主动、不配合、造成严重影响的，严肃追责问责。"
            ),
            provenance=_at(119),
        ),
    ]


_NOTES = (
    "为全面贯彻落实党中央和省委、市委关于实现巩固拓展脱贫攻坚成果同乡村振兴有效衔接的决策部署，"
    "高质量开展2025年市中区结对帮扶峨边工作，扎实推进系列援建项目落地生根，"
    "现结合两地实际，制定具体项目实施方案如下。",
    "一、总体要求",
    "坚决贯彻落实党中央和省委、市委决策部署，按照“只高不低”原则，强化帮扶资金保障，"
    "确保各帮扶项目顺利推进、落地增效，助力峨边进一步巩固脱贫攻坚成果、培育特色优势产业、"
    "补齐基础设施短板、深化拓展基层治理，加速推进乡村全面振兴、经济社会发展质量和水平稳定提升。",
    "附件：峨边彝族自治县2025年市中区援彝项目资金计划表",
)


def build() -> dict[str, Programme]:
    """The programme of seed 000, by sample name."""
    programme = Programme(
        title="乐山市市中区结对帮扶峨边彝族自治县2025年项目实施方案",
        scheme=Scheme.IN_PROVINCE_PAIRING,
        donor=Region(name="市中区", full_name="乐山市市中区"),
        recipient=Region(name="峨边彝族自治县"),
        year=2025,
        genre="实施方案",
        document_number="峨边府办函〔2025〕1号",
        issuer="峨边彝族自治县人民政府办公室",
        issue_date=PartialDate(2025, 2, 9),
        declared_total=_wan("766"),
        declared_total_upper="柒佰陆拾陆万元整",
        declared_project_count=16,
        fund_sources=_fund_sources(),
        sections=_sections(),
        projects=_projects(),
        mechanisms=_mechanisms(),
        notes=_NOTES,
        provenance=_at(1, 122),
    )
    return {NAME: programme}
