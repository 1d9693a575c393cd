"""Seed 004 by hand: 2018年滨江区·建始县东西部扶贫协作工作要点 (建政发〔2018〕7号).

The document (``tests/fixtures/seeds/004_3fc65bc917bdb9e4.txt``) is the notice of
建始县人民政府 that issues the 工作要点 (lines 3-17), the 工作要点 itself
(一、指导思想 to 四、保障措施, lines 19-75) and two attachment tables: 附件1, the
财政资金援建项目计划表 (lines 80-106), and 附件2, the 招商项目需求表 (lines
108-136). It is PDF text: typesetting spaces inside words and around numbers
(``后三溪村发展民宿旅 游业``, ``2018 年 5 月``, ``需资金 450 万元``) are kept as
written in every text field; only surrounding white space is stripped.

Encoding decisions
------------------

Narrative. 一、 to 四、 are sections ``"1"`` to ``"4"``; the （一）-（五） of 三、主要内容
are subsections ``"3.1"`` to ``"3.5"``. Every numbered duty (``1.``, ``2.`` ...) and
the two unnumbered paragraphs of （三）夯实项目建设 and （五）强化劳务协作 are
MechanismTasks of their subsection; the （一）-（五） of 四、保障措施 are
MechanismTasks of section ``"4"`` numbered ``"（一）"`` ...  A task's ``text`` is its
paragraph without the printed number, 责任单位 included; its ``units`` are the
（责任单位：…） list split at 、 and ，, verbatim (``县政府办公室等县直相关单位``).
Two paragraphs run over a page break (lines 39/41 and 69/71): their halves are
joined with nothing between them (在建始 + 县内设立子公司). The document writes no
deadlines and no 牵头单位 for its duties.

Commitments. Every quantified target of the narrative: the 2018 targets of
二、工作目标 (19个贫困村出列, 20897名 ... 脱贫) are Programme.commitments; the
others belong to their task. 年度内 ... 至少安排1次 is not one phrase
parse_quantity reads (安排 sits between 至少 and 1次), so its Quantity is parsed
from 至少1次 and given the text as written (至少安排1次). In the tables, figures
that describe the scale or the benefit of a project (10 户, 300户, 16公里 ...)
stay in ``content``/``benefits``; only two rows write a target: 附件1 row 2
(提供就业岗位不少于 50 个) and 附件2 row 14 (将完成 35 万平方米 ..., 其中 three
yearly parts, which add up: 10 + 14 + 11 = 35).

附件1. Section ``"attachment-1"`` carries the 合计 row (line 86): 8 个, 总投资
5005, 合计 5005, 财政帮扶资金 2000, 自筹资金 2705. 2000 + 2705 = 4705, not
5005: kept as written. The category rows are subsections ``attachment-1.1``
(一、产业发展), ``attachment-1.2`` (二、基础设施) with ``attachment-1.2.1``
((一) 安全饮水) and ``attachment-1.2.2`` ((二) 村级公路), and ``attachment-1.3``
(三、社会事业); each carries its 小计 row. The 小计 rows of 二、基础设施 and its
two sub-categories (lines 94, 96, 99) have one extra empty cell before the
figures, so the four figures sit one column to the right (合计, 财政, 自筹, 开工
时间). They are read as 总投资/合计/财政/自筹, like the 小计 of 一、产业发展
(line 88): 3800 3800 1450 2350, 300 300 50 250, 3500 3500 1400 2100 then equal
the sums of their rows column by column; read by position, 财政 would equal
合计 (3800 against rows summing to 1450) and 自筹 would sit in 开工时间.
The 小计 of 三、社会事业 (line 105) writes only 1个 and no figures: no declared
amounts. Row 8 (长梁镇下坝中心小学综合楼工程) writes 530 / 530 against
财政 150 + 自筹 80 = 230: kept as written (its content says 尚缺资金150万元). The
牵头单位 column goes to ``lead_units`` as written, though its entries are
recipient-side units, and row 3 names a person there (刘克友); 开工时间 is
``start`` and 验收时间 is ``deadline``. 项目总投资 is ``total_investment`` and
the 合计 column is ``amount``.

附件2. Section ``"attachment-2"`` carries the 合计 row (line 114), whose three
figures sit in the 合计, 企业投资或社会帮扶 and 自筹资金 columns with the 项目总投资
cell empty: declared_amount 39242 and declared funding 31292 + 7950 (= 39242);
no declared_total_investment. The 备注 column (产业合作, 公共服务, 经济文化) is
``remarks`` as its header says; the table has no category column. 建设期限 is a
DateSpan; a single year (2018) is the span 2018/2018.

Lost cells in 附件2. Rows 1, 2, 4 and 5 (lines 115, 116, 118, 119) hold three
figures where the table has four columns (项目总投资, 合计, 企业投资或社会帮扶,
自筹资金) and an empty last cell. Each is read as total / 企业 / 自筹:

- row 1 (马铃薯基地): 500 / 200 / 300, since 200 + 300 = 500; read by position
  (总投资 500, 合计 200, 企业 300) the row would not add up.
- row 2 (富硒猕猴桃): 3000 / 2000 / 1000, since 2000 + 1000 = 3000.
- row 4 (寄宿制小学): 1105 / 1105 / 0. By position (总投资 1105, 合计 1105,
  企业 0) the row would add up too; the column totals decide: with rows 1, 2, 4
  and 5 read as total / 企业 / 自筹 the 企业 column sums to 31292 and the 自筹
  column to 7950, exactly the 合计 row; read by position the 企业 column sums to
  27830. The row's content agrees: 共需帮扶资金 1105 万元.
- row 5 (寄宿制初中): 1457 / 1457 / 0, for the same reasons (共需帮扶资金 1457 万元).

The one total figure of those rows is the project's ``amount``; which of the
two total cells (项目总投资 or 合计) was lost cannot be told, so
``total_investment`` stays ``None`` for them rather than copying the figure.
Rows 3, 10, 11, 12 and 14 write no figures at all: no amount, no funding.

Money written in the text. Rows 4 and 5 of 附件2 split their 帮扶资金 in their
content: 450 + 425 + 230 = 1105 (征地, 宿舍楼, 食堂) and 650 + 374 + 433 = 1457.
The split is by purpose, which FundingShare has no field for (it splits by
source, year or unit); it is kept as the ``parts`` of the 企业投资或社会帮扶
share, each part with its phrase as ``text`` and no source. The other figures of
the text are amounts of the table: 尚缺资金150万元 (附件1 row 8, the 财政 150),
共需资助金约 750 万元 (附件2 row 6), 缺口资金 2000 万元 (附件2 row 9).

Fund sources. The four columns are fund sources scoped to their attachment
(``a1-fiscal``, ``a1-self``, ``a2-enterprise``, ``a2-self``) with the 合计 row's
figures as amounts. The header of 附件1 writes 财政帮 扶资金 with a layout space;
the label is 财政帮扶资金.

The programme declares no overall total (the two tables have their own 合计,
with different fund sources), so ``declared_total`` is ``None``.
"""

from __future__ import annotations

import attrs

from aidmodel import (
    Commitment,
    DateSpan,
    FundingShare,
    FundSource,
    FundSourceKind,
    MechanismTask,
    Money,
    PartialDate,
    Programme,
    Project,
    Provenance,
    Quantity,
    Region,
    Scheme,
    Section,
    parse_quantity,
)

SOURCE = "004_3fc65bc917bdb9e4.txt"
NAME = "binjiang-jianshi-2018"

A1 = "attachment-1"
A2 = "attachment-2"


def _at(start: int, end: int | None = None) -> Provenance:
    return Provenance(source=SOURCE, line_start=start, line_end=end)


def _wan(amount: str) -> Money:
    return Money.from_wan(amount)


def _share(amount: str, source: str, parts: tuple[FundingShare, ...] = ()) -> FundingShare:
    return FundingShare(amount=_wan(amount), source=source, text=amount, parts=parts)


def _quantity(text: str, written: str | None = None) -> Quantity:
    """parse_quantity(text), with the text as written when it cannot be parsed as such."""
    quantity = parse_quantity(text)
    return quantity if written is None else attrs.evolve(quantity, text=written)


def _units(paragraph: str) -> tuple[str, ...]:
    """The （责任单位：…） list at the end of a paragraph, split at 、 and ，."""
    marker = "（责任单位："
    listed = paragraph[paragraph.rindex(marker) + len(marker) :].removesuffix("）")
    return tuple(unit.strip() for unit in listed.replace("，", "、").split("、"))


# -- narrative ------------------------------------------------------------------------------------

GUIDING = (
    "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大精神，切实落实习总书记在银川"
    "东西部扶贫协作座谈会上的要求，站在“大战略”“大布局”“大举措”的高度，按照滨江区和建始县关于"
    "东西部扶贫协作的决策部署，抢抓机遇，聚焦贫困，真抓实干，确保实效，全力打好建始县精准脱贫"
    "攻坚战。"
)

GOALS = (
    "坚持“优势互补、长期合作、聚焦扶贫、实现共赢”的原则，深入研究两地“所需”“所能”，形成互惠"
    "互利、合作双赢的帮扶机制。通过双方协同发力，进一步健全体制机制，进一步谋细帮扶措施，进一步"
    "补齐工作短板，进一步动员社会力量，进一步加强两地交流，确保在现行国家扶贫标准下，2018年实现"
    "19个贫困村出列、20897名建档立卡贫困人口脱贫的目标，为建始县2019年如期“摘帽”打下坚实基础。"
)

NOTICE = (
    "《2018年滨江区·建始县东西部扶贫协作工作要点》已经县人民政府同意，现予印发，请结合实际认真"
    "抓好贯彻落实。"
)

BASIS = (
    "根据《杭州市对口帮扶湖北省恩施州“十三五”规划》和《滨江区·建始县东西部扶贫协作和对口帮扶"
    "合作框架协议》精神，经滨江区和建始县双方协商，制定2018年滨江区·建始县东西部扶贫协作工作"
    "要点。"
)


def _sections() -> tuple[Section, ...]:
    attachment_1 = Section(
        id=A1,
        number="附件 1",
        title="2018 年东西部扶贫协作财政资金援建项目计划表",
        declared_count=8,
        declared_amount=_wan("5005"),
        declared_total_investment=_wan("5005"),
        declared_funding=[_share("2000", "a1-fiscal"), _share("2705", "a1-self")],
        subsections=[
            Section(
                id="attachment-1.1",
                number="一、",
                title="产业发展",
                declared_count=3,
                declared_amount=_wan("675"),
                declared_total_investment=_wan("675"),
                declared_funding=[_share("400", "a1-fiscal"), _share("275", "a1-self")],
                provenance=_at(87, 91),
            ),
            Section(
                id="attachment-1.2",
                number="二、",
                title="基础设施",
                declared_count=4,
                declared_amount=_wan("3800"),
                declared_total_investment=_wan("3800"),
                declared_funding=[_share("1450", "a1-fiscal"), _share("2350", "a1-self")],
                subsections=[
                    Section(
                        id="attachment-1.2.1",
                        number="(一)",
                        title="安全饮水",
                        declared_count=1,
                        declared_amount=_wan("300"),
                        declared_total_investment=_wan("300"),
                        declared_funding=[_share("50", "a1-fiscal"), _share("250", "a1-self")],
                        provenance=_at(95, 97),
                    ),
                    Section(
                        id="attachment-1.2.2",
                        number="(二)",
                        title="村级公路",
                        declared_count=3,
                        declared_amount=_wan("3500"),
                        declared_total_investment=_wan("3500"),
                        declared_funding=[
                            _share("1400", "a1-fiscal"),
                            _share("2100", "a1-self"),
                        ],
                        provenance=_at(98, 103),
                    ),
                ],
                provenance=_at(93, 103),
            ),
            Section(
                id="attachment-1.3",
                number="三、",
                title="社会事业",
                declared_count=1,
                provenance=_at(104, 106),
            ),
        ],
        provenance=_at(80, 106),
    )
    attachment_2 = Section(
        id=A2,
        number="附件 2",
        title="2018 年滨江区对口帮扶建始县招商项目需求表",
        declared_amount=_wan("39242"),
        declared_funding=[_share("31292", "a2-enterprise"), _share("7950", "a2-self")],
        provenance=_at(108, 136),
    )
    return (
        Section(id="1", number="一、", title="指导思想", text=GUIDING, provenance=_at(19, 21)),
        Section(id="2", number="二、", title="工作目标", text=GOALS, provenance=_at(23, 25)),
        Section(
            id="3",
            number="三、",
            title="主要内容",
            subsections=[
                Section(id="3.1", number="（一）", title="着力精准帮扶", provenance=_at(29, 35)),
                Section(id="3.2", number="（二）", title="深化产业协作", provenance=_at(37, 45)),
                Section(id="3.3", number="（三）", title="夯实项目建设", provenance=_at(47, 49)),
                Section(id="3.4", number="（四）", title="强化智力帮扶", provenance=_at(51, 57)),
                Section(id="3.5", number="（五）", title="强化劳务协作", provenance=_at(59, 61)),
            ],
            provenance=_at(27, 61),
        ),
        Section(id="4", number="四、", title="保障措施", provenance=_at(63, 75)),
        attachment_1,
        attachment_2,
    )


def _programme_commitments() -> tuple[Commitment, ...]:
    return (
        Commitment(
            metric="贫困村出列",
            target=_quantity("19个"),
            period="2018年",
            scope="建始县",
            text="19个贫困村出列",
            provenance=_at(25),
        ),
        Commitment(
            metric="建档立卡贫困人口脱贫",
            target=_quantity("20897名"),
            period="2018年",
            scope="建始县",
            text="20897名建档立卡贫困人口脱贫",
            provenance=_at(25),
        ),
    )


def _task(
    number: str | None,
    title: str,
    section: str,
    text: str,
    lines: tuple[int, int | None],
    commitments: tuple[Commitment, ...] = (),
) -> MechanismTask:
    return MechanismTask(
        number=number,
        title=title,
        section=section,
        text=text,
        units=_units(text),
        commitments=commitments,
        provenance=_at(*lines),
    )


def _mechanisms() -> tuple[MechanismTask, ...]:
    return (
        _task(
            "1.",
            "抓党建促脱贫",
            "3.1",
            "抓党建促脱贫。探索异地置业扶贫，选择旅游资源基础较好的高坪镇石门村或龙坪乡店子坪村，"
            "从对口帮扶资金中出资建设、改造部分民宿，提升旅游景区接待能力，产权归建始县人民政府所有。"
            "通过运营、租赁等方式，组织党员带动贫困户就业，收益用于贫困村、贫困户脱贫致富。"
            "（责任单位：县委组织部、县扶贫开发办）",
            (31, None),
        ),
        _task(
            "2.",
            "开展社会扶贫",
            "3.1",
            "开展社会扶贫。针对因病、因学、因残致贫的特殊困难群体，列出需求“菜单”，滨江区动员企业、"
            "社会组织、个人积极参与精准对接，进行爱心捐助，成立助学助残基金。开展农产品定向认购活动，"
            "动员企业爱心职工、机关干部认购贫困村、贫困户生产的农产品，畅通农产品销售渠道，确保农户"
            "稳定增收。（责任单位：县扶贫开发办、县教育局（科技）局、县残联）",
            (33, None),
        ),
        _task(
            "3.",
            "深化携手帮扶",
            "3.1",
            "深化携手帮扶。鼓励结对街道（乡镇）、村（社区）开展更加广泛深入的结对活动。积极开展互访"
            "交流考察，在充分沟通协商的前提下，立足实际，重点围绕贫困村脱贫攻坚短板，找准协作点，明确"
            "共建内容，增强协作发展的时效性和针对性，确保帮扶实效。（责任单位：高坪镇人民政府、花坪镇"
            "人民政府、景阳镇人民政府）",
            (35, None),
        ),
        _task(
            "1.",
            "创新实施产业扶贫",
            "3.2",
            "创新实施产业扶贫。拓展产品销售渠道，借助滨江区艺福堂、万色城等电子商务平台，包装建始县"
            "农产品，运用专属渠道，一年开展2次集中营销。推动有意愿的电商平台在建始县内设立子公司，"
            "培养当地卖家“超级店长”。因势利导，打造“一县一品”，并强力推介，积极为建始县农产品进入"
            "全国市场牵线搭桥。滨江区积极帮助建始县引进明康汇、康恩贝等农业企业生产地外移，在建始县"
            "创办产业基地，推行标准化种植、养殖和管理，推动建始县特色产业提档升级。进一步推动“农超"
            "对接”，滨江区积极协调本地大型超市，设立更多的硒产品专柜，让更多的特色产品入馆展出，融入"
            "江浙大市场，形成线上线下联动。（责任单位：县扶贫开发办、县农业局、县供销社、县商务局）",
            (39, 41),
            (
                Commitment(
                    metric="集中营销",
                    target=_quantity("2次"),
                    period="年",
                    scope="建始县农产品",
                    text="一年开展2次集中营销",
                    provenance=_at(39),
                ),
            ),
        ),
        _task(
            "2.",
            "突出产业招商协作",
            "3.2",
            "突出产业招商协作。坚持两地产业合作、优势互补的原则，全力推进易地扶贫搬迁扶贫产业园建设。"
            "动员滨江区科研院所、推广机构与建始县农业龙头企业、专业合作社深入合作，增加农产品的附加值。"
            "（责任单位：县招商局、县经信局、建始工业园区管委会）",
            (43, None),
        ),
        _task(
            "3.",
            "推进旅游扶贫",
            "3.2",
            "推进旅游扶贫。积极指导建始县旅游品牌创建和智慧旅游体系建设，支持野三峡、石门河景区开展"
            "智慧旅游景区建设，支持建始县组团到杭州市开展以“醉美建始·最忆杭州”为主题的旅游宣传推介"
            "活动。做实滨江区职工（劳模）疗休养工作，邀请滨江区旅行商、旅游达人等走进建始开展采风踩线"
            "活动，并针对滨江市民，制定和落实旅游优惠政策，力争全年接受1000人次以上滨江职工（劳模）到"
            "建始开展疗休养。（责任单位：县旅游局、县总工会）",
            (45, None),
            (
                Commitment(
                    metric="接受职工（劳模）到建始开展疗休养",
                    target=_quantity("1000人次以上"),
                    period="年",
                    scope="滨江职工（劳模）",
                    text="力争全年接受1000人次以上滨江职工（劳模）到建始开展疗休养",
                    provenance=_at(45),
                ),
            ),
        ),
        _task(
            None,
            "强化基础设施建设",
            "3.3",
            "强化基础设施建设。围绕贫困村出列、贫困户脱贫短板，聚焦安全饮水、村级道路硬化、村级文化"
            "广场等重点项目，在偏远乡镇、贫困村建设一批惠及面广、效益持久的民生工程，改善生产生活条件。"
            "积极动员企业支持援建建始县七里坪小学、初中改造成寄宿制学校，解决进城务工人员子女读书困难"
            "问题。（责任单位：县教育局（科技）局、县文体新广局、县扶贫开发办）",
            (49, None),
        ),
        _task(
            "1.",
            "加强人才交流",
            "3.4",
            "加强人才交流。建始县选派 3 名干部到滨江区挂职锻炼，选派 10 名教师到滨江区跟班学习，"
            "滨江区派出 2 名干部到建始县挂职，选派各类专业技术人员 50 人到建始县开展累计 1 个月以上的"
            "技术援助或培训，促进观念互通、思路互动、技术互学、作风互鉴。（责任单位：县委组织部、"
            "县教育局（科技）局、县卫计局）",
            (53, None),
            (
                Commitment(
                    metric="选派干部到滨江区挂职锻炼",
                    target=_quantity("3 名"),
                    scope="建始县",
                    text="建始县选派 3 名干部到滨江区挂职锻炼",
                    provenance=_at(53),
                ),
                Commitment(
                    metric="选派教师到滨江区跟班学习",
                    target=_quantity("10 名"),
                    scope="建始县",
                    text="选派 10 名教师到滨江区跟班学习",
                    provenance=_at(53),
                ),
                Commitment(
                    metric="派出干部到建始县挂职",
                    target=_quantity("2 名"),
                    scope="滨江区",
                    text="滨江区派出 2 名干部到建始县挂职",
                    provenance=_at(53),
                ),
                Commitment(
                    metric="选派专业技术人员到建始县开展技术援助或培训",
                    target=_quantity("50 人"),
                    scope="滨江区各类专业技术人员",
                    text="选派各类专业技术人员 50 人到建始县开展累计 1 个月以上的技术援助或培训",
                    provenance=_at(53),
                ),
                Commitment(
                    metric="技术援助或培训累计时间",
                    target=_quantity("1 个月以上"),
                    scope="滨江区选派的专业技术人员",
                    text="累计 1 个月以上",
                    provenance=_at(53),
                ),
            ),
        ),
        _task(
            "2.",
            "组织技能培训",
            "3.4",
            "组织技能培训。强化职业技能培训，提升就业能力，结合滨江区用工实际，开展订单式技能培训。"
            "积极支持建始县开展精准扶贫技能培训，并对当地建档立卡贫困户给予培训资金支持。"
            "（责任单位：县委组织部、县就业局）",
            (55, None),
        ),
        _task(
            "3.",
            "开展“智慧+”建设",
            "3.4",
            "开展“智慧+”建设。积极支持建始县建设县、乡两级卫生信息平台，促进公共卫生、医疗服务、"
            "医疗保障等综合管理信息化，建立远程会诊系统。积极推进教育信息化，开通网易等信息平台网上"
            "优质课堂教学共享，实现多元化的教学。（责任单位：县教育局（科技）局、县卫计局、县旅游局）",
            (57, None),
        ),
        _task(
            None,
            "加大就业合作",
            "3.5",
            "加大就业合作。滨江区组织企业参加建始县举办的招聘活动，努力为建始贫困劳动力提供就业岗位，"
            "并协调企业优先使用建始籍贫困劳动力。协助建始县在滨江区设立劳务协作工作站，为建始籍就业"
            "人员提供服务。建立劳务输出人员数据库，动态掌握劳务输出人员信息，开展线下劳务合作，每年"
            "双方开展2次以上贫困人员劳务协作交流活动。建立维权机制，双方公开劳动保障投诉受理机构和"
            "投诉电话，及时处理劳务纠纷，保障务工人员合法权益。（责任单位：县人社局）",
            (61, None),
            (
                Commitment(
                    metric="贫困人员劳务协作交流活动",
                    target=_quantity("2次以上"),
                    period="年",
                    scope="滨江区和建始县双方",
                    text="每年双方开展2次以上贫困人员劳务协作交流活动",
                    provenance=_at(61),
                ),
            ),
        ),
        _task(
            "（一）",
            "加强组织领导",
            "4",
            "加强组织领导。持续推进两地互访，年度内两地党委政府领导至少安排1次互访活动，部署和推进"
            "年度对口帮扶工作。双方定期召开党委常委会和政府专题会等会议，研究部署东西部扶贫协作工作。"
            "（责任单位：县委办公室、县政府办公室等县直相关单位，有关乡镇）",
            (65, None),
            (
                Commitment(
                    metric="互访活动",
                    target=_quantity("至少1次", written="至少安排1次"),
                    period="年",
                    scope="两地党委政府领导",
                    text="年度内两地党委政府领导至少安排1次互访活动",
                    provenance=_at(65),
                ),
            ),
        ),
        _task(
            "（二）",
            "健全工作机制",
            "4",
            "健全工作机制。根据《东西部扶贫协作考核办法（试行）》精神，两地党委政府制定考核细则，对"
            "东西部扶贫协作领导小组成员单位、相关乡镇进行考核。将东西部扶贫协作工作纳入两地督查工作"
            "重点，确保两地协商谋划的各项工作及早落地、快速推进、成效明显。（责任单位：县扶贫开发办等"
            "县直相关单位，有关乡镇）",
            (67, None),
        ),
        _task(
            "（三）",
            "加大资金投入",
            "4",
            "加大资金投入。滨江区加大财政援助资金投入力度，投入资金精准用于贫困村出列、贫困户脱贫的"
            "目标任务。积极动员企业、社会组织和个人力量，募集社会资金，建设一批水电路、文教卫等民生"
            "工程，改善贫困村、贫困户生产生活条件。（责任单位：县扶贫开发办、县财政局等县直相关单位，"
            "有关乡镇）",
            (69, 71),
        ),
        _task(
            "（四）",
            "加强项目管理",
            "4",
            "加强项目管理。按照《杭州市对口帮扶湖北省恩施州项目资金管理办法》要求，建始县各职能管理"
            "部门要切实担负起项目与资金的监管责任，各乡镇人民政府要切实担负起项目与资金管理的主体责任，"
            "履行项目实施法人职责，确保项目顺利推进，提高资金使用效益。建始县扶贫开发办要加强项目资金"
            "跟踪管理，建立工作台帐，实行月统计制度，及时上报项目实施进度。（责任单位：县扶贫开发办等"
            "县直相关单位，有关乡镇）",
            (73, None),
        ),
        _task(
            "（五）",
            "加强宣传引导",
            "4",
            "加强宣传引导。各乡镇、各有关部门在实施东西部扶贫协作工作中，要善于发现身边的典型案例和"
            "经验方法，广泛宣传，树立标杆。（责任单位：县委宣传部）",
            (75, None),
        ),
    )


# -- 附件1 ----------------------------------------------------------------------------------------


def _a1(
    number: str,
    line: int,
    section: str,
    location: str,
    name: str,
    content: str,
    benefits: str,
    figures: tuple[str, str, str, str],
    start: PartialDate,
    deadline: PartialDate,
    lead: str,
    commitments: tuple[Commitment, ...] = (),
) -> Project:
    """A row of 附件1; figures are (项目总投资, 合计, 财政帮扶资金, 自筹资金) as written."""
    investment, allocated, fiscal, own = figures
    return Project(
        number=number,
        name=name,
        section=section,
        amount=_wan(allocated),
        total_investment=_wan(investment),
        funding=[_share(fiscal, "a1-fiscal"), _share(own, "a1-self")],
        locations=[location],
        lead_units=[lead],
        start=start,
        deadline=deadline,
        content=content,
        benefits=benefits,
        commitments=commitments,
        provenance=_at(line),
    )


def _attachment_1() -> tuple[Project, ...]:
    return (
        _a1(
            "1",
            89,
            "attachment-1.1",
            "建始县 长梁镇",
            "后三溪村发展民宿旅 游业",
            "后三溪村发展民宿旅 游, 对现有院落、厨房、厕所及屋 顶、立面、门窗、装饰等设施实施 改造",
            "长梁镇后三溪村 10 户发展民宿旅 游, 对现有院落、厨房、厕所及屋 顶、立面、门窗、装饰等设施"
            "实施 改造",
            ("200", "200", "50", "150"),
            PartialDate(2018, 5),
            PartialDate(2018, 10),
            "长梁镇 政府",
        ),
        _a1(
            "2",
            90,
            "attachment-1.1",
            "建始县 高坪镇",
            "异地置业 扶贫",
            "高坪镇石门村 (贫困 村) 新建民宿客栈或改 造民居, 发展民宿旅 游, 其收益用于解决贫 困村的"
            "集体经济收入",
            "该项目建成后, 可直接帮助全村 80 户贫困户稳定脱贫, 可直接或间接 提供就业岗位不少于 50 个, "
            "同时还 可起到示范带动作用, 预计可辐射 带动石门、花石板、花园、大横坡 4 个村有投资能力和意向"
            "的村民开 办农家乐和民宿",
            ("175", "175", "150", "25"),
            PartialDate(2018, 6),
            PartialDate(2018, 10),
            "高坪镇 政府",
            (
                Commitment(
                    metric="提供就业岗位",
                    target=_quantity("不少于 50 个"),
                    scope="高坪镇石门村",
                    text="可直接或间接 提供就业岗位不少于 50 个",
                    provenance=_at(90),
                ),
            ),
        ),
        _a1(
            "3",
            91,
            "attachment-1.1",
            "建始县",
            "“一县一 品”特色品 牌扶持",
            "依托滨江区企业销售 平台, 对我县特色产业 进行扶持, 逐步完善冷 库、分炼厂等配套设施",
            "有效带动我县农特产业规范化、标 准化建设, 引领更多贫困户脱贫致 富。在官店、花坪、高坪、业州四"
            " 个乡镇修建 4 个冷库 (仓储) 及销 售场地设施",
            ("300", "300", "200", "100"),
            PartialDate(2018, 6),
            PartialDate(2018, 12),
            "刘克友",
        ),
        _a1(
            "4",
            97,
            "attachment-1.2.1",
            "建始县",
            "景阳镇社坛村安全饮水工程(深度贫困村)",
            "新修村级200方水池3个、100方水池2个,500方清水池1个,过滤池1个,管网20500米,厂房及配套设施",
            "该项目的建设可解决社坛村300户,1068人,其中贫困户175户,贫困人口629人的安全饮水问题",
            ("300", "300", "50", "250"),
            PartialDate(2018, 5),
            PartialDate(2018, 12),
            "景阳镇政府",
        ),
        _a1(
            "5",
            100,
            "attachment-1.2.2",
            "建始县官店镇",
            "鱼精坝村公路升级改造工程(深度贫困村)",
            "鱼精坝村许家湾至小垭公路建设4公里,路基宽4.5米,水泥路面宽3.5米,厚18厘米,含安保。徐家湾至"
            "白阴子洞公路建设3公里,宽4.5米,砂石路标准",
            "该项目的建设可解决鱼精坝村329户,1342人,其中贫困户128户,贫困人口382人的出行难的问题",
            ("300", "300", "200", "100"),
            PartialDate(2018, 5),
            PartialDate(2018, 12),
            "官店镇政府",
        ),
        _a1(
            "6",
            101,
            "attachment-1.2.2",
            "建始县官店镇",
            "五家河至野猫山村公路硬化",
            "16公里路基改造、路面硬化、安保工程",
            "解决3个深度贫困村(中岭村、鱼精坝村、金家湾村),1个贫困村(双茶村),3个非贫困村(新村村、"
            "王家坪村、野猫山村)村民出行问题,其中建档立卡贫困户609户2209人",
            ("1600", "1600", "700", "900"),
            PartialDate(2018, 6),
            PartialDate(2018, 12),
            "官店镇政府",
        ),
        _a1(
            "7",
            103,
            "attachment-1.2.2",
            "建始县 三里乡",
            "青马线旅游扶贫公路",
            "路基改扩建及路面硬化9.73公里",
            "惠及2个贫困村(扎鱼口村、窑场村), 3个非贫困村(马坡村、村坊村、龙飞村)等5个村村民, 其中"
            "建档立卡贫困户418户1413人",
            ("1600", "1600", "500", "1100"),
            PartialDate(2018, 5),
            PartialDate(2018, 12),
            "三里乡政府",
        ),
        _a1(
            "8",
            106,
            "attachment-1.3",
            "建始县 长梁镇",
            "长梁镇下坝中心小学综合楼工程",
            "新建综合楼4层, 总建筑面积2234.69平方米, 尚缺资金150万元",
            "改善设施后, 惠及长梁镇下坝社区、龙苑社区、百股水村、黄岩村、瓦子院等村, 以及全县县城易地"
            "扶贫集中安置小区, 将容纳更多的学生就近就读",
            ("530", "530", "150", "80"),
            PartialDate(2018, 5),
            PartialDate(2018, 12),
            "县教育局",
        ),
    )


# -- 附件2 ----------------------------------------------------------------------------------------


def _span(start: int, end: int) -> DateSpan:
    return DateSpan(PartialDate(start), PartialDate(end))


def _a2(
    number: str,
    line: int,
    name: str,
    content: str,
    span: DateSpan,
    remarks: str,
    figures: tuple[str | None, str, str, str] | None = None,
    enterprise_parts: tuple[FundingShare, ...] = (),
    commitments: tuple[Commitment, ...] = (),
) -> Project:
    """A row of 附件2; figures are (项目总投资 or None, 合计, 企业投资或社会帮扶, 自筹资金).

    项目总投资 is None for the rows that lost a cell (see the module docstring):
    their one total figure is the amount.
    """
    amount: Money | None = None
    investment: Money | None = None
    funding: tuple[FundingShare, ...] = ()
    if figures is not None:
        written_investment, allocated, enterprise, own = figures
        amount = _wan(allocated)
        investment = None if written_investment is None else _wan(written_investment)
        funding = (
            _share(enterprise, "a2-enterprise", enterprise_parts),
            _share(own, "a2-self"),
        )
    return Project(
        number=number,
        name=name,
        section=A2,
        amount=amount,
        total_investment=investment,
        funding=funding,
        locations=["建始县"],
        span=span,
        content=content,
        remarks=remarks,
        commitments=commitments,
        provenance=_at(line),
    )


def _part(amount: str, text: str) -> FundingShare:
    return FundingShare(amount=_wan(amount), text=text)


def _attachment_2() -> tuple[Project, ...]:
    return (
        _a2(
            "1",
            115,
            "马铃薯基地建设及销售项目",
            "引进滨江区电商企业与建始县联合组建马铃薯生产技术团队,抓好基地建设,引进马铃薯销售企业,"
            "解决我县 35 万亩共计 40 万吨鲜土豆的销售问题",
            _span(2018, 2019),
            "产业合作",
            (None, "500", "200", "300"),
        ),
        _a2(
            "2",
            116,
            "富硒猕猴桃规范化发展",
            "引进滨江区电商企业与建始县联合组建猕猴桃生产技术团队,抓好基地建设,引进猕猴桃销售企业,"
            "解决我县 1 万亩共计 5000 吨猕猴桃鲜果销售问题",
            _span(2018, 2019),
            "产业合作",
            (None, "3000", "2000", "1000"),
        ),
        _a2(
            "3",
            117,
            "建始县富硒特色农产品销售",
            "与滨江区供销社和区农业局合作,分批在滨江区供销社下属的 5 家超市销售富硒农产品",
            _span(2018, 2019),
            "产业合作",
        ),
        _a2(
            "4",
            118,
            "进城务工人员子女寄宿制小学改建项目",
            "县城内无公办寄宿制小学,据测算,进城务工人员子女在县城学校就读的小学生约 1000 人,有寄宿需求"
            "的约 500 人,将七里坪小学进行改建为寄宿制小学,征地 45 亩,需资金 450 万元,建学生宿舍楼 1 栋"
            " 2500 平方,需资金 425 万元,建学生食堂一栋 1400 平方米,需资金 230 万元,共需帮扶资金 1105 万元",
            _span(2018, 2020),
            "公共服务",
            (None, "1105", "1105", "0"),
            (
                _part("450", "征地 45 亩,需资金 450 万元"),
                _part("425", "建学生宿舍楼 1 栋 2500 平方,需资金 425 万元"),
                _part("230", "建学生食堂一栋 1400 平方米,需资金 230 万元"),
            ),
        ),
        _a2(
            "5",
            119,
            "进城务工人员子女寄宿制初中改建项目",
            "县城内无公办寄宿制初中,据测算,进城务工人员子女在县城学校就读的初中生约 500 人,有寄宿需求"
            "的约 400 人,将七里坪初中进行改建为寄宿制初中,征地 65 亩,需资金 650 万元,建学生宿舍楼 1 栋"
            " 2200 平方,需资金 374 万元,建学生食堂一栋 2550 平方米,需资金 433 万元,共需帮扶资金 1457 万元",
            _span(2018, 2020),
            "公共服务",
            (None, "1457", "1457", "0"),
            (
                _part("650", "征地 65 亩,需资金 650 万元"),
                _part("374", "建学生宿舍楼 1 栋 2200 平方,需资金 374 万元"),
                _part("433", "建学生食堂一栋 2550 平方米,需资金 433 万元"),
            ),
        ),
        _a2(
            "6",
            121,
            "农村学校教师办公电脑购置项目",
            "全县共有在职教师 3800 名, 由于经费短缺, 约有 40% 的教师无法配备办公电脑, 教育信息化推进"
            "缓慢, 因此需一次性配齐教师办公电脑, 经测算, 需添置 1500 台, 共需资助金约 750 万元",
            _span(2018, 2018),
            "公共服务",
            ("750", "750", "750", "0"),
        ),
        _a2(
            "7",
            122,
            "智慧景区建设",
            "启动智慧景区建设, 争取滨江区在人财物等方面支持建始野三峡、石门河等景区的智慧旅游建设",
            _span(2018, 2019),
            "公共服务",
            ("2000", "2000", "2000", "0"),
        ),
        _a2(
            "8",
            123,
            "医疗卫生信息化建设",
            "支持我县建设县、乡、村 3 级卫生信息平台, 促进公共卫生、医疗服务、医疗保障、基本药物制度和"
            "综合管理信息化, 建立远程会诊系统, 实现县乡医疗机构之间、县级医疗机构与县外三甲医院之间"
            "远程会诊",
            _span(2018, 2019),
            "公共服务",
            ("3000", "3000", "3000", "0"),
        ),
        _a2(
            "9",
            124,
            "支持儿童医院建设",
            "县儿童医院和县妇幼保健院是两块牌子一个单位, 条件简陋、人才短缺, 已启动搬迁建设, 缺口资金"
            " 2000 万元",
            _span(2018, 2019),
            "公共服务",
            ("2000", "2000", "1000", "1000"),
        ),
        _a2(
            "10",
            125,
            "品牌创建",
            "一是请求滨江区派专家团队来我县指导小西湖省级旅游度假区的创建工作。二是支持野三峡创建"
            " 5A 景区",
            _span(2018, 2019),
            "经济文化",
        ),
        _a2(
            "11",
            126,
            "宣传营销",
            "一是组织景区到滨江区联合开展精准而全方位的旅游宣传推介, 拓展旅游市场, 提升建始影响力, "
            "吸引滨江区市民来我县旅游度假。二是请求滨江区派专家团队来我县指导宣传营销工作, 提高我县"
            "旅游宣传营销的水平 and 影响力",
            _span(2018, 2020),
            "经济文化",
        ),
        _a2(
            "12",
            127,
            "采风踩线",
            "邀请滨江区旅行社、旅游达人等走进建始, 开展旅游采风踩线活动",
            _span(2018, 2020),
            "经济文化",
        ),
        _a2(
            "13",
            128,
            "村级文体广场建设",
            "全县 10 个乡镇建设 20 个文体广场",
            _span(2018, 2018),
            "公共服务",
            ("1000", "1000", "600", "400"),
        ),
        _a2(
            "14",
            129,
            "建始县易地扶贫搬迁配套产业园招商引资",
            "2018-2020 年配套产业园将完成 35 万平方米的标准厂房建设, 其中 2018 年 10 万平方米、2019 年"
            " 14 万平方米、2020 年 11 万平方米。重点招商药品、食品等企业入驻",
            _span(2018, 2020),
            "产业合作",
            commitments=(
                Commitment(
                    metric="标准厂房建设",
                    target=_quantity("35 万平方米"),
                    period="2018-2020年",
                    scope="建始县易地扶贫搬迁配套产业园",
                    parts=[
                        Commitment(
                            metric="标准厂房建设",
                            target=_quantity(figure),
                            period=year,
                            text=text,
                            provenance=_at(129),
                        )
                        for figure, year, text in (
                            ("10 万平方米", "2018年", "2018 年 10 万平方米"),
                            ("14 万平方米", "2019年", "2019 年 14 万平方米"),
                            ("11 万平方米", "2020年", "2020 年 11 万平方米"),
                        )
                    ],
                    text="2018-2020 年配套产业园将完成 35 万平方米的标准厂房建设",
                    provenance=_at(129),
                ),
            ),
        ),
        _a2(
            "15",
            130,
            "体育运动场建设项目",
            "建设面积 25000 平方米, 固定坐席 10000 座",
            _span(2018, 2020),
            "经济文化",
            ("10000", "10000", "8000", "2000"),
        ),
        _a2(
            "16",
            131,
            "体育馆建设项目",
            "建设面积 16042 平方米, 观众席 3000 座",
            _span(2018, 2020),
            "经济文化",
            ("6400", "6400", "5000", "1400"),
        ),
        _a2(
            "17",
            133,
            "文化中心 建设项目",
            "建设面积 10000 平方米，共中文化馆（含演艺厅、舞蹈教室、声乐教室、乐器教室、美术教室、书法"
            "教室、中老年活动中心、展览厅等）建筑面积 3000 平方米；黄四姐剧场和综合排练场及非物质文化"
            "遗产保护传承展示馆建筑面积 7000 平方米",
            _span(2018, 2020),
            "经济文化",
            ("5300", "5300", "4200", "1100"),
        ),
        _a2(
            "18",
            134,
            "图书馆建设项目",
            "建筑面积 4500 平方米，含综合外借处、少儿室、书包库、一般阅览室、综合阅览室、古籍特藏室、"
            "共享工程电子阅览室、多功能报告厅与会议室等",
            _span(2018, 2020),
            "经济文化",
            ("2000", "2000", "1600", "400"),
        ),
        _a2(
            "19",
            135,
            "古籍保护",
            "配备恒温设备、防火设备、干湿机、古籍特藏室书架",
            _span(2018, 2019),
            "经济文化",
            ("100", "100", "80", "20"),
        ),
        _a2(
            "20",
            136,
            "五阳书院专题博物馆 馆展陈利用项目",
            "五阳书院布展 1200 平方米",
            _span(2018, 2018),
            "经济文化",
            ("630", "630", "300", "330"),
        ),
    )


def _fund_sources() -> tuple[FundSource, ...]:
    return (
        FundSource(
            key="a1-fiscal",
            kind=FundSourceKind.FISCAL_AID,
            label="财政帮扶资金",
            amount=_wan("2000"),
            section=A1,
            provenance=_at(84, 86),
        ),
        FundSource(
            key="a1-self",
            kind=FundSourceKind.SELF_RAISED,
            label="自筹资金",
            amount=_wan("2705"),
            section=A1,
            provenance=_at(84, 86),
        ),
        FundSource(
            key="a2-enterprise",
            kind=FundSourceKind.ENTERPRISE_OR_SOCIAL,
            label="企业投资或社会帮扶",
            amount=_wan("31292"),
            section=A2,
            provenance=_at(112, 114),
        ),
        FundSource(
            key="a2-self",
            kind=FundSourceKind.SELF_RAISED,
            label="自筹资金",
            amount=_wan("7950"),
            section=A2,
            provenance=_at(112, 114),
        ),
    )


def build() -> dict[str, Programme]:
    """The programme of seed 004, by its sample name."""
    programme = Programme(
        title="2018年滨江区·建始县东西部扶贫协作工作要点",
        scheme=Scheme.EAST_WEST,
        donor=Region(name="滨江区", full_name="浙江省杭州市滨江区"),
        recipient=Region(name="建始县", full_name="湖北省恩施州建始县"),
        year=2018,
        genre="工作要点",
        document_number="建政发〔2018〕7号",
        issuer="建始县人民政府",
        issue_date=PartialDate(2018, 6, 19),
        fund_sources=_fund_sources(),
        sections=_sections(),
        projects=_attachment_1() + _attachment_2(),
        mechanisms=_mechanisms(),
        commitments=_programme_commitments(),
        notes=[NOTICE, BASIS],
        provenance=_at(3, 140),
    )
    return {NAME: programme}


__all__ = ["build"]
