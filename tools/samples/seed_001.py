"""Seed 001: 峨边彝族自治县2025年东西部协作项目实施方案 (柯桥区 → 峨边, 东西部协作).

Encoded by hand from tests/fixtures/seeds/001_542278ee28adf975.txt (line numbers
below are 1-based lines of that file). Everything is kept as written; nothing
is corrected.

Header
    The plan is published inside a cover notice (通知, lines 1-9) of the
    峨边彝族自治县人民政府办公室, dated 2025年2月25日 (line 9; 印发 line 104).
    The document prints no document number (文号): ``document_number`` is
    ``None``. ``genre`` is 实施方案, the genre of the plan itself; the cover
    notice, the preamble, 一、基本原则 and the 二、工作任务 paragraph are kept
    verbatim in ``notes``, with the attachment line (78: 附件：峨边2025年东西部协作项目资金计划表,
    the table itself is not in the text), 信息公开选项：不予公开 (102) and the
    印发 line (104). No uppercase total (大写) is written: ``declared_total_upper``
    is ``None``.

Fund sources (line 17)
    ``current``: 2025年规划资金3900万元; ``carry_over``: 往年结余资金52.310194万元.
    Total declared 3952.310194万元 = 3900 + 52.310194.

Sections
    The six categories ``"1"``-``"6"`` take their number and title from the
    headings (（1） 产业集群打造 ... （六）加大改善民生) and their declared count and
    amount from line 17, which names them differently (产业集群打造项目,
    特色产业提升项目, 劳务协作提升项目, 消费协作提升项目, 人才交流项目, 民生改善项目).
    A seventh section ``"safeguards"`` (三、组织保障) holds the three mechanism
    tasks. A section's provenance runs from its heading to its last line.

Projects
    Eleven projects, numbered 1.-10. with 10. printed twice (lines 65 and 69);
    both are kept with ``number="10."``. ``text`` is the project's paragraph;
    the 实施地点/责任单位/业主单位 lines follow it and are in the fields (the
    provenance covers them). ``content`` is the description of the work after
    the 规划投资 clause, ``benefits`` a trailing outcome sentence where there is
    one. ``assets_to`` lists the villages exactly as written (a township is
    written only before its first village). ``operator`` is 国有企业 (委托国有企业运营).
    The document gives no 完成时限, no 挂联责任人 and no 新建/续建 column:
    ``deadline`` is ``None`` and ``liaisons`` empty everywhere; ``status`` is
    续建 only for the school (line 69: 续建九年一贯制学校). Project 4's
    共建（续建）...载体5个 concerns the carriers, not the project: status ``None``.
    Project 7 has no 业主单位 line: ``owner`` is ``None``.

    The second 10. writes 规划投资962.310194万元（含结余资金52.310194万元）: its
    funding is a carry-over share of 52.310194万元 (text as written) and a
    current-year share of 910万元, which the document does not write (derived as
    962.310194 - 52.310194; ``text`` ``None``). No other project writes its
    sources, so their ``funding`` is empty; they are, by the totals, current-year
    money: 2990 + 910 = 3900万元.

Commitments
    Every quantified target of a project; 以上 in
    1500人次（其中电商、文旅100人次）以上 (project 7) is read as bounding the 1500,
    the 其中 part 100人次 is kept exact; the target's own ``text`` is therefore the
    reconstructed 1500人次以上, while ``Commitment.text`` is the exact substring.
    The plan has no quantified target of its own (``Programme.commitments`` is
    empty); 6类11个项目 is ``declared_project_count``. The only date besides the
    issue date is 确保在2025年完成建设任务 (line 74): the deadline of task （一）.

Reconciliation (all exact)
    Sections: 1650 = 1150 + 500; 300; 290 = 150 + 140; 200; 300;
    1212.310194 = 50 + 50 + 150 + 962.310194; counts 2, 1, 2, 1, 1, 4 = 11.
    Projects: 3952.310194万元 = declared total. Dividends: 1150 x 3% = 34.5,
    500 x 3% = 15.

Inconsistencies kept as written
    - item number 10. printed twice (11 projects, numbered to 10);
    - section numbers mix （1）（2） with （三）-（六）, and the headings differ from the
      category names of line 17;
    - 峨边中医医院 (project name, line 65) against 峨边中医院 (its location and
      owner, lines 62-68) and 县中医院 (line 75);
    - 县城投公司 (owner, line 72) against 县城市建设投资公司 (line 75);
    - line 75 lists 大渡河投资开发集团, which has no project, and leaves out 林业
      (县林业局 is responsible for project 1) and 黑竹沟运营集团 (owner of
      project 2); it writes 文体旅 for 县文广体旅局;
    - 浙江省绍兴市柯桥区 (line 19) and 浙江省柯桥区 (line 45);
    - carry-over named 往年结余资金 (line 17) and 结余资金 (line 69);
    - project 1 joins 五渡镇先锋村 to the 杨河乡 villages with 、, not ，;
    - project 3 vests assets in five villages but names no operator or dividend;
    - project 7 has no 业主单位;
    - the attachment announced on line 78 is not in the text.

Model limitations
    No field for the declared number of categories (6类), for the category
    names of line 17 next to the headings, or for the grouping level
    二、工作任务 above the six categories (the sections are flat, the heading
    and its paragraph are in ``notes``); a derived funding share can only say
    so by ``text=None``.

Figures not represented
    None: every money figure of the text is a Money of the model (the
    52.310194万元 of line 69 is the carry-over share of the second 10.).
"""

from __future__ import annotations

from decimal import Decimal

from aidmodel import (
    Commitment,
    Dividend,
    FundingShare,
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

__all__ = ["build"]

SOURCE = "001_542278ee28adf975.txt"


def _at(start: int, end: int | None = None) -> Provenance:
    return Provenance(source=SOURCE, line_start=start, line_end=end)


def _wan(amount: str) -> Money:
    return Money.from_wan(amount)


def _target(
    metric: str,
    figure: str,
    text: str,
    line: int,
    *,
    scope: str | None = None,
    parts: tuple[Commitment, ...] = (),
) -> Commitment:
    return Commitment(
        metric=metric,
        target=parse_quantity(figure),
        scope=scope,
        parts=parts,
        text=text,
        provenance=_at(line),
    )


def _sections() -> list[Section]:
    return [
        Section(
            id="1",
            number="（1）",
            title="产业集群打造",
            declared_count=2,
            declared_amount=_wan("1650"),
            text="依托浙江省绍兴市柯桥区雄厚资金、技术、管理等优势，巩固拓展东西部协作成果，支持产业园区科技+提升建设，打造峨边林竹和粮药产业集群。",
            provenance=_at(18, 27),
        ),
        Section(
            id="2",
            number="（2）",
            title="特色产业提升",
            declared_count=1,
            declared_amount=_wan("300"),
            text="立足峨边实际，支持培育“高山果蔬、道地中药材和林竹”等特色产业，支持产业园区科技+提升建设，发展壮大乡村特色产业，进一步助农增收。",
            provenance=_at(28, 33),
        ),
        Section(
            id="3",
            number="（三）",
            title="强化劳务协作",
            declared_count=2,
            declared_amount=_wan("290"),
            text="聚焦劳务协作提升，积极探索劳务协作方式，促进脱贫劳动力、边缘易致贫户劳动力稳岗就业，优化劳务输出对接机制，落实供需对接、技能提升、稳岗拓岗等措施，加强就业服务保障，举办劳务协作培训班，开展订单、定岗、定向及异地培训，打造“乐在浙里”“蓝鹰工程”和“峨边绣娘”劳务协作品牌，帮助群众务工增收。",
            provenance=_at(34, 43),
        ),
        Section(
            id="4",
            number="（四）",
            title="深化消费协作",
            declared_count=1,
            declared_amount=_wan("200"),
            text="结合浙江省柯桥区“米袋子”“菜篮子”工程，主动对接农副产品需求，推介宣传峨边旅游、农副产品等资源，广泛开展各类消费促进活动，打造“越嘉有味”“峨岭云边”消费帮扶品牌，促进农特产品营销。",
            provenance=_at(44, 49),
        ),
        Section(
            id="5",
            number="（五）",
            title="促进人才协作",
            declared_count=1,
            declared_amount=_wan("300"),
            text="完善干部人才交流工作机制，持续加大交流力度，推动人才协作取得更大成果，围绕巩固拓展脱贫攻坚成果与推进乡村振兴有效衔接的需要，定期选派干部人才到浙江省挂职锻炼，做好服务保障，加强干部人才培训，不断提升干部人才综合素养，为峨边打造一支带不走的干部人才队伍。",
            provenance=_at(50, 54),
        ),
        Section(
            id="6",
            number="（六）",
            title="加大改善民生",
            declared_count=4,
            declared_amount=_wan("1212.310194"),
            text="突出改善人民群众生活质量、提高人民群众幸福指数，以发展的思路、惠民的措施、长效的机制来改善民生、保障民生，进一步完善教育卫生设施、改善农村残疾困难群众生活、提升群众幸福指数等。",
            provenance=_at(55, 72),
        ),
        Section(
            id="safeguards",
            number="三、",
            title="组织保障",
            provenance=_at(73, 76),
        ),
    ]


def _projects() -> list[Project]:
    return [
        Project(
            number="1.",
            name="毛坪林竹产业加工园区建设项目",
            section="1",
            amount=_wan("1150"),
            locations=["毛坪镇新华村"],
            units=["县林业局"],
            owner="毛坪镇人民政府",
            content="在毛坪镇建设竹笋加工园区，建设竹笋初加工、深加工、仓储物流、液氮冻库等设施设备和销售模块，配套建设园区道路，并完善相关配套设施，形成林竹特色产业生产加工销售基地15000㎡以上。",
            benefits="壮大村集体经济，为群众提供就业岗位。",
            assets_to=[
                "毛坪镇长梯村",
                "高山村",
                "凡山村",
                "等分村",
                "杨河乡仲子村",
                "垭垭村",
                "五渡镇先锋村",
                "胜利村",
                "新茶村",
                "平等乡光明村",
                "清溪村",
                "平等村",
            ],
            dividend=Dividend(
                rate=Decimal("0.03"),
                amount=_wan("34.5"),
                per="年",
                text="每年按照投资3%保底分红34.5万元",
            ),
            operator="国有企业",
            commitments=[
                _target(
                    "形成林竹特色产业生产加工销售基地",
                    "15000㎡以上",
                    "形成林竹特色产业生产加工销售基地15000㎡以上",
                    20,
                ),
            ],
            text="1.毛坪林竹产业加工园区建设项目。规划投资1150万元，在毛坪镇建设竹笋加工园区，建设竹笋初加工、深加工、仓储物流、液氮冻库等设施设备和销售模块，配套建设园区道路，并完善相关配套设施，形成林竹特色产业生产加工销售基地15000㎡以上。投资形成固定资产确权至毛坪镇长梯村、高山村、凡山村、等分村，杨河乡仲子村、垭垭村、五渡镇先锋村、胜利村、新茶村，平等乡光明村、清溪村、平等村。委托国有企业运营，运营后每年按照投资3%保底分红34.5万元，壮大村集体经济，为群众提供就业岗位。",
            provenance=_at(20, 23),
        ),
        Project(
            number="2.",
            name="峨边总部经济园科技创新平台建设项目",
            section="1",
            amount=_wan("500"),
            locations=["沙坪镇"],
            units=["县发改局"],
            owner="黑竹沟运营集团",
            content="建设科技转化、产业孵化和“峨岭云边”品牌营销中心约2000㎡。",
            benefits="壮大村集体经济，为群众提供就业岗位。",
            assets_to=[
                "勒乌乡柑子口村",
                "祖马村",
                "余坪村",
                "勒乌村",
                "大堡镇教场村",
                "集广村",
                "化林村",
            ],
            dividend=Dividend(
                rate=Decimal("0.03"),
                amount=_wan("15"),
                per="年",
                text="每年按照投资3%保底分红15万元",
            ),
            operator="国有企业",
            commitments=[
                _target(
                    "建设科技转化、产业孵化和品牌营销中心",
                    "约2000㎡",
                    "建设科技转化、产业孵化和“峨岭云边”品牌营销中心约2000㎡",
                    24,
                ),
            ],
            text="2.峨边总部经济园科技创新平台建设项目。规划投资500万元，建设科技转化、产业孵化和“峨岭云边”品牌营销中心约2000㎡。投资形成固定资产确权至勒乌乡柑子口村、祖马村、余坪村、勒乌村，大堡镇教场村、集广村、化林村。委托国有企业运营，运营后每年按照投资3%保底分红15万元，壮大村集体经济，为群众提供就业岗位。",
            provenance=_at(24, 27),
        ),
        Project(
            number="3.",
            name="新场“粮蔬”现代农业园区科技+提升项目",
            section="2",
            amount=_wan("300"),
            locations=["新场乡星星村"],
            units=["县农业农村局"],
            owner="新场乡人民政府",
            content="提升新场“粮蔬”现代农业园区，利用农事服务中心和育苗中心建设专家工作站，完善配套设施，开展玉米和辣椒等粮蔬育种选种等工作。",
            benefits="该项目主要是提升园区科技含量，选育适合的玉米和辣椒种子，带动种植群众增收。",
            assets_to=["新场乡星星村", "羊子岩村", "庞沟村", "长虹村", "新凤村"],
            text="3.新场“粮蔬”现代农业园区科技+提升项目。规划投资300万元，提升新场“粮蔬”现代农业园区，利用农事服务中心和育苗中心建设专家工作站，完善配套设施，开展玉米和辣椒等粮蔬育种选种等工作。投资形成固定资产确权至新场乡星星村、羊子岩村、庞沟村、长虹村、新凤村。该项目主要是提升园区科技含量，选育适合的玉米和辣椒种子，带动种植群众增收。",
            provenance=_at(30, 33),
        ),
        Project(
            number="4.",
            name="峨边“乐在浙里”就业帮扶项目",
            section="3",
            amount=_wan("150"),
            locations=["峨边"],
            units=["县人社局"],
            owner="县就业创业促进中心",
            content="开展招聘会3场，培训农村劳动力200人，共建（续建）东西部协作就业帮扶载体5个，帮助转移就业农村劳动力1000人以上。",
            commitments=[
                _target("开展招聘会", "3场", "开展招聘会3场", 36),
                _target("培训", "200人", "培训农村劳动力200人", 36, scope="农村劳动力"),
                _target(
                    "共建（续建）就业帮扶载体",
                    "5个",
                    "共建（续建）东西部协作就业帮扶载体5个",
                    36,
                ),
                _target(
                    "转移就业",
                    "1000人以上",
                    "帮助转移就业农村劳动力1000人以上",
                    36,
                    scope="农村劳动力",
                ),
            ],
            text="4.峨边“乐在浙里”就业帮扶项目。规划投资150万元，开展招聘会3场，培训农村劳动力200人，共建（续建）东西部协作就业帮扶载体5个，帮助转移就业农村劳动力1000人以上。",
            provenance=_at(36, 39),
        ),
        Project(
            number="5.",
            name="峨边“蓝鹰工程”人才共育项目",
            section="3",
            amount=_wan("140"),
            locations=["峨边", "东部地区"],
            units=["县教育局"],
            owner="县职教中心",
            content="支持培育3个特色专业，开展职业农民培训，配套相关设施。",
            benefits="培训特色专业人才100人以上，提升就业竞争力。",
            commitments=[
                _target("培育特色专业", "3个", "支持培育3个特色专业", 40),
                _target(
                    "培训",
                    "100人以上",
                    "培训特色专业人才100人以上",
                    40,
                    scope="特色专业人才",
                ),
            ],
            text="5.峨边“蓝鹰工程”人才共育项目。规划投资140万元，支持培育3个特色专业，开展职业农民培训，配套相关设施。培训特色专业人才100人以上，提升就业竞争力。",
            provenance=_at(40, 43),
        ),
        Project(
            number="6.",
            name="峨边“四季文旅”消费帮扶项目",
            section="4",
            amount=_wan("200"),
            locations=["四川", "东部地区"],
            units=["县文广体旅局"],
            owner="县文广体旅局",
            content="组织参加省市县各级农副产品推广展销活动和行业论坛展会3场次以上，结合峨边民族文化和特色农副产品开展阿依蒙格等小凉山非遗文化和文化走亲“四季文旅”活动3场次以上。",
            commitments=[
                _target(
                    "参加农副产品推广展销活动和行业论坛展会",
                    "3场次以上",
                    "组织参加省市县各级农副产品推广展销活动和行业论坛展会3场次以上",
                    46,
                ),
                _target(
                    "开展“四季文旅”活动",
                    "3场次以上",
                    "开展阿依蒙格等小凉山非遗文化和文化走亲“四季文旅”活动3场次以上",
                    46,
                ),
            ],
            text="6.峨边“四季文旅”消费帮扶项目。规划投资200万元，组织参加省市县各级农副产品推广展销活动和行业论坛展会3场次以上，结合峨边民族文化和特色农副产品开展阿依蒙格等小凉山非遗文化和文化走亲“四季文旅”活动3场次以上。",
            provenance=_at(46, 49),
        ),
        Project(
            number="7.",
            name="峨边干部人才交流培训项目",
            section="5",
            amount=_wan("300"),
            locations=["四川", "东部地区"],
            units=["县委组织部", "县委党校"],
            content="组织干部人才培训1500人次（其中电商、文旅100人次）以上，组织干部人才交流4人次以上。",
            benefits="提升干部人才综合素养，引领峨边巩固拓展脱贫攻坚成果，助推乡村振兴。",
            commitments=[
                _target(
                    "干部人才培训",
                    "1500人次以上",
                    "组织干部人才培训1500人次（其中电商、文旅100人次）以上",
                    52,
                    parts=(
                        _target(
                            "干部人才培训",
                            "100人次",
                            "其中电商、文旅100人次",
                            52,
                            scope="电商、文旅",
                        ),
                    ),
                ),
                _target("干部人才交流", "4人次以上", "组织干部人才交流4人次以上", 52),
            ],
            text="7.峨边干部人才交流培训项目。规划投资300万元，组织干部人才培训1500人次（其中电商、文旅100人次）以上，组织干部人才交流4人次以上。提升干部人才综合素养，引领峨边巩固拓展脱贫攻坚成果，助推乡村振兴。",
            provenance=_at(52, 54),
        ),
        Project(
            number="8.",
            name="峨边助残融爱项目",
            section="6",
            amount=_wan("50"),
            locations=["峨边"],
            units=["县残联"],
            owner="县残联",
            content="扶持残疾人就业创业。包括扶持200户农村困难残疾人，开展残疾人技术培训，助推残疾人事业发展。",
            commitments=[
                _target(
                    "扶持农村困难残疾人",
                    "200户",
                    "扶持200户农村困难残疾人",
                    57,
                    scope="农村困难残疾人",
                ),
            ],
            text="8.峨边助残融爱项目。规划投资50万元，扶持残疾人就业创业。包括扶持200户农村困难残疾人，开展残疾人技术培训，助推残疾人事业发展。",
            provenance=_at(57, 60),
        ),
        Project(
            number="9.",
            name="峨边残疾儿童康复中心提升项目",
            section="6",
            amount=_wan("50"),
            locations=["峨边中医院"],
            units=["县卫健局"],
            owner="峨边中医院",
            content="完善残疾儿童康复中心设施，配置经颅磁刺激仪，帮助10余名残疾儿童就近康复训练。",
            commitments=[
                _target(
                    "残疾儿童就近康复训练",
                    "10余名",
                    "帮助10余名残疾儿童就近康复训练",
                    61,
                    scope="残疾儿童",
                ),
            ],
            text="9.峨边残疾儿童康复中心提升项目。规划投资50万元，完善残疾儿童康复中心设施，配置经颅磁刺激仪，帮助10余名残疾儿童就近康复训练。",
            provenance=_at(61, 64),
        ),
        Project(
            number="10.",
            name="峨边中医医院特色专科打造项目",
            section="6",
            amount=_wan("150"),
            locations=["峨边中医院"],
            units=["县卫健局"],
            owner="峨边中医院",
            content="打造峨边中医医院省级特色-针康科。包括人才培育和配置肌骨彩超、经络检测仪、四诊仪、局部熏蒸仪、麻醉机、呼吸机、回路消毒机等设备。",
            benefits="打造1个特色专科，为有需求的患者提供便捷医疗服务。",
            commitments=[
                _target("打造特色专科", "1个", "打造1个特色专科", 65),
            ],
            text="10.峨边中医医院特色专科打造项目。规划投资150万元，打造峨边中医医院省级特色-针康科。包括人才培育和配置肌骨彩超、经络检测仪、四诊仪、局部熏蒸仪、麻醉机、呼吸机、回路消毒机等设备。打造1个特色专科，为有需求的患者提供便捷医疗服务。",
            provenance=_at(65, 68),
        ),
        Project(
            number="10.",
            name="峨边九年一贯制学校建设项目（“山海情”柯峨教育协作帮扶建设项目）",
            section="6",
            amount=_wan("962.310194"),
            funding=[
                FundingShare(
                    amount=_wan("52.310194"),
                    source="carry_over",
                    text="含结余资金52.310194万元",
                ),
                FundingShare(amount=_wan("910"), source="current"),
            ],
            locations=["峨边"],
            units=["县住建局", "县教育局"],
            owner="县城投公司",
            status=ProjectStatus.CONTINUED,
            content="续建九年一贯制学校，配套相关设施。",
            benefits="该校建成后，缓解城区就学压力，集中优势力量办学，提升教育质量。",
            text="10.峨边九年一贯制学校建设项目（“山海情”柯峨教育协作帮扶建设项目）。规划投资962.310194万元（含结余资金52.310194万元），续建九年一贯制学校，配套相关设施。该校建成后，缓解城区就学压力，集中优势力量办学，提升教育质量。",
            provenance=_at(69, 72),
        ),
    ]


def _mechanisms() -> list[MechanismTask]:
    return [
        MechanismTask(
            number="（一）",
            title="高度重视，加快推进",
            section="safeguards",
            text="（一）高度重视，加快推进。项目涉及部门和乡镇务必高度重视，将推进东西部协作项目作为当前的一项重中之重工作来抓，实行一把手负责制，具体负责项目的统筹推进工作。各项目实施主体要严格按照政府采购要求组织实施，正排工序、倒排工期，挂图作战，确保在2025年完成建设任务。",
            deadline=PartialDate(2025),
            provenance=_at(74),
        ),
        MechanismTask(
            number="（二）",
            title="强化协调，各司其职",
            section="safeguards",
            text="（二）强化协调，各司其职。东西部协作项目时间紧、任务重，涉及组织、发改、人社、教育、卫健、农业农村、住建、文体旅、残联、毛坪镇、新场乡、县中医院、县城市建设投资公司和大渡河投资开发集团等部门、乡镇和企事业单位，各主管部门要按照工作职责，加快建设进度，做到项目前期、施工、资金拨付、审计等各环节都有人指导、有人落实、有人督促。",
            units=[
                "组织",
                "发改",
                "人社",
                "教育",
                "卫健",
                "农业农村",
                "住建",
                "文体旅",
                "残联",
                "毛坪镇",
                "新场乡",
                "县中医院",
                "县城市建设投资公司",
                "大渡河投资开发集团",
            ],
            provenance=_at(75),
        ),
        MechanismTask(
            number="（三）",
            title="强化监督，确保支出",
            section="safeguards",
            text="（三）强化监督，确保支出。严格执行国家、省、市有关规定，做到专款专用，县财政局、县审计局要加强对项目资金的监管，发现问题及时纠正，确保资金支出规范合理。县发改局要加强项目建设工作指导，积极主动协调，确保项目按期完成建设。各主管部门要督促项目实施单位规范建设及时完善报账资料，严格审核把关，符合条件的及时送县财政局报账，确保完成资金支出任务。项目实施单位要按照项目档案管理要求做好归档工作。",
            units=["县财政局", "县审计局", "县发改局"],
            provenance=_at(76),
        ),
    ]


_NOTES = (
    "关于印发《峨边彝族自治县2025年东西部协作项目实施方案》的通知",
    "各乡镇人民政府、县级各部门：",
    "《峨边彝族自治县2025年东西部协作项目实施方案》已经县政府同意，现予印发，请遵照执行。",
    "为全面贯彻落实《中共中央 国务院关于实现巩固拓展脱贫攻坚成果同乡村振兴有效衔接的意见》精神，进一步做好我县东西部协作工作，加快推进县域经济发展步伐，不断夯实乡村振兴发展基础。根据2025年省市东西部协作资金项目计划联合会审精神和《浙川东西部协作资金和项目管理实施办法》要求，结合我县实际，特制定本实施方案。",
    "一、基本原则",
    "深化柯峨东西部协作，聚焦四项行动拓宽群众增收渠道，持续拓展产业、就业、人才等领域的交流合作，进一步擦亮“蓝鹰工程”“峨边绣娘”“峨岭云边”“峨边残疾儿童康复中心”等协作品牌。坚持“柯桥所愿、峨边所需”的原则，确保全县脱贫基础更加稳固、成效更可持续，群众收入明显增加，乡村产业规模化、现代化水平逐步提升，产业链条进一步延伸，产业质量效益和竞争力明显提高，农村基础设施和基本公共服务水平明显提升，基本形成区域协调发展、协同发展、共同发展的良好格局。",
    "二、工作任务",
    "2025年规划东西部协作资金3952.310194万元（其中2025年规划资金3900万元，往年结余资金52.310194万元），实施6类11个项目，其中：产业集群打造项目2个，规划资金1650万元；特色产业提升项目1个，规划资金300万元；劳务协作提升项目2个，规划资金290万元；消费协作提升项目1个，规划资金200万元；人才交流项目1个，规划资金300万元；民生改善项目4个，规划资金1212.310194万元。",
    "附件：峨边2025年东西部协作项目资金计划表",
    "信息公开选项：不予公开",
    "峨边彝族自治县人民政府办公室          2025年2月25日印发",
)


def build() -> dict[str, Programme]:
    """The programme of seed 001 under its sample name."""
    programme = Programme(
        title="峨边彝族自治县2025年东西部协作项目实施方案",
        scheme=Scheme.EAST_WEST,
        donor=Region(name="柯桥区", full_name="浙江省绍兴市柯桥区"),
        recipient=Region(name="峨边彝族自治县"),
        year=2025,
        genre="实施方案",
        document_number=None,
        issuer="峨边彝族自治县人民政府办公室",
        issue_date=PartialDate(2025, 2, 25),
        declared_total=_wan("3952.310194"),
        declared_total_upper=None,
        declared_project_count=11,
        fund_sources=[
            FundSource(
                key="current",
                kind=FundSourceKind.CURRENT,
                label="2025年规划资金",
                year=2025,
                amount=_wan("3900"),
                provenance=_at(17),
            ),
            FundSource(
                key="carry_over",
                kind=FundSourceKind.CARRY_OVER,
                label="往年结余资金",
                amount=_wan("52.310194"),
                provenance=_at(17),
            ),
        ],
        sections=_sections(),
        projects=_projects(),
        mechanisms=_mechanisms(),
        notes=_NOTES,
        provenance=_at(1, 105),
    )
    return {"keqiao-ebian-2025": programme}
