"""Seed 002: 脱贫攻坚简报2019年第2期, two summary programmes (衢江→平武, 青白江→九龙).

Source: tests/fixtures/seeds/002_e215cf59153c62fe.txt, a web page of the
Sichuan government site. The page text is there twice: lines 43-80 repeat
lines 3-41 (without the "【字体:" line and with extra indentation of the title
line). It is encoded once; every Provenance points at the first occurrence
(衢江—平武: lines 10-20, 青白江—九龙: lines 22-38).

Decisions:

- Year 2018 for both. The bulletin is dated 2019年1月15日 (line 8) and
  reviews the work done up to then: the figures it dates are 2018 ones
  (2018年确定…扶贫协作项目20个, 2018年区级财政预算, 2018年度实施方案,
  安乐乡2018年…, 飞龙乡2018年…); the others are cumulative "since the pairing
  began" (衢江, under the 2018—2020 plan) or "截至目前" (青白江). The 2019 of
  the bulletin's number is the publication year, not the year of the results.
  Every Achievement carries reported=2019-01-15.
- Scheme: 衢江→平武 is 东西部扶贫协作 (line 12): Scheme.EAST_WEST. 青白江→九龙
  is written "对口帮扶" (Scheme.from_label would give COUNTERPART), but both are
  in Sichuan (成都市 → 甘孜州): 省内对口帮扶, Scheme.IN_PROVINCE_PAIRING.
- 青白江's part also reports its 对口帮扶 of 简阳市飞龙乡 and 安乐乡, which a
  Programme with one recipient cannot hold apart: those results are kept in
  the 九龙 programme, each with a scope naming 简阳市/飞龙乡/安乐乡/协义村, and the
  200万元 for 简阳 is a separate Project.
- Amounts written with 亿 but no 元 (近60亿, 50亿, 12亿, 1—2亿, 一亿) are
  amounts of yuan (总投资, 年产值, 税收, 协作帮扶规模): their Quantity gets unit
  "元" while its text stays as written.
- Budgeted and received money is both an Achievement (the reported result) and
  a FundSource or Project amount: 衢江 社会帮扶资金534万元 (FundSource SOCIAL);
  青白江 1250万元 区级财政预算 (FundSource FISCAL_AID) split into the Project of
  1050万元 (九龙县, 26个帮扶项目) and the Project of 200万元 (简阳市).
- Hedged money cannot be a FundSource amount (Money is exact): 青白江's 社会帮扶
  (约170余万元, 21万余元) is a FundSource with amount None; the figures are
  Achievements with their bounds.
- 衢江's 20 projects of 2018 (总投资3600万元) are not listed one by one: they
  are one Project standing for the batch, with start 2018-09 (9月底前全面开工)
  and deadline 2018-11 (11月底基本完工); the counts by category are
  Achievements. The projected 年产值12亿 and 税收1—2亿 of the 通恒 project are
  its Commitments (projections, not results).
- The subsidy standards (1000元/月, 1500元/年) are Commitments of a
  MechanismTask (专项补贴保障就业质量).

Money figures of tests/sample_support.figures() not represented as money:

- "1万" (lines 16 and 55): part of 受助人员1万余人次, a count of people, kept
  as an Achievement in 人次, not money.

Inconsistencies and oddities kept as written:

- "1经济薄弱村" (line 28) lacks its measure word (个); its Quantity has no unit.
- "解决贫困户适龄儿童解决入学问题" (line 30) repeats 解决.
- "约170余万元" (line 38) hedges twice; parse_quantity reads it as ABOUT.
- 援藏干部人才148人次 = 56名 + 92人次 (line 36) adds up, with mixed units.
"""

from __future__ import annotations

import attrs

from aidmodel import (
    Achievement,
    Commitment,
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

SOURCE = "002_e215cf59153c62fe.txt"
BULLETIN = "脱贫攻坚简报2019年第2期"
ISSUER = "四川省脱贫攻坚领导小组办公室"
ISSUED = PartialDate(2019, 1, 15)
YEAR = 2018

PAGE_NOTES = (
    "2019年02月28日 14时50分",
    "来源: 省扶贫开发局",
    "责任编辑: 雷晓琦",
    "Encoding note: the page text is repeated in the source (lines 43-80 repeat "
    "lines 3-41); encoded once, provenance points at the first occurrence.",
)


def _at(line: int, end: int | None = None) -> Provenance:
    return Provenance(source=SOURCE, line_start=line, line_end=end)


def _yuan(figure: str) -> Quantity:
    """A figure written with 亿 but no 元 (近60亿): an amount of yuan."""
    return attrs.evolve(parse_quantity(figure), unit="元")


def _ach(
    line: int,
    metric: str,
    figure: str | Quantity,
    text: str,
    scope: str | None = None,
) -> Achievement:
    actual = parse_quantity(figure) if isinstance(figure, str) else figure
    assert actual.text is not None
    assert actual.text in text, (actual.text, text)
    return Achievement(
        metric=metric,
        actual=actual,
        reported=ISSUED,
        scope=scope,
        text=text,
        provenance=_at(line),
    )


def _section(
    id: str, number: str, title: str, line: int, subsections: tuple[Section, ...] = ()
) -> Section:
    return Section(id=id, number=number, title=title, subsections=subsections, provenance=_at(line))


# -- 衢江区 → 平武县 ----------------------------------------------------------------------------


def _qujiang_sections() -> tuple[Section, ...]:
    def subs(n: int, line: int, titles: tuple[str, str, str]) -> tuple[Section, ...]:
        return tuple(
            _section(f"{n}.{i}", number, title, line)
            for i, (number, title) in enumerate(
                zip(("一是", "二是", "三是"), titles, strict=True), 1
            )
        )

    return (
        _section(
            "1",
            "一、",
            "坚持项目为“先”,统筹设施与产业同步提升",
            14,
            subs(1, 14, ("统筹谋划项目", "精准规划项目", "精细对接项目")),
        ),
        _section(
            "2",
            "二、",
            "坚持民生为“本”,统筹技术与服务深度融合",
            16,
            subs(
                2,
                16,
                ("建立“长效机制”盘活资源", "注重“传帮带”强化能力", "强化“平台搭建”服务民生"),
            ),
        ),
        _section(
            "3",
            "三、",
            "坚持就业为“重”,统筹造血与输血互补并重",
            18,
            subs(
                3,
                18,
                ("精准对接优化岗位匹配", "因需培训强化就业能力", "专项补贴保障就业质量"),
            ),
        ),
        _section(
            "4",
            "四、",
            "坚持机制为“要”,统筹治标与治本协调兼顾",
            20,
            subs(4, 20, ("完善领导机制", "完善协作机制", "建立结对共建机制")),
        ),
    )


def _qujiang_projects() -> tuple[Project, ...]:
    return (
        Project(
            name="再生资源回收加工利用",
            section="1.1",
            owner="浙江通恒公司",
            total_investment=Money.from_yi(50),
            commitments=(
                Commitment(
                    metric="年产值",
                    target=_yuan("12亿"),
                    text="一期投产后,年产值将达12亿",
                    provenance=_at(14),
                ),
                Commitment(
                    metric="税收",
                    target=_yuan("1—2亿"),
                    text="税收1—2亿",
                    provenance=_at(14),
                ),
            ),
            text=(
                "浙江通恒公司与平武县签订总投资50亿的“再生资源回收加工利用”项目,"
                "一期投产后,年产值将达12亿,税收1—2亿。"
            ),
            provenance=_at(14),
        ),
        Project(
            name="扶贫协作项目",
            section="1.2",
            total_investment=Money.from_wan(3600),
            start=PartialDate(2018, 9),
            deadline=PartialDate(2018, 11),
            content=(
                "其中改善农牧民生产生活条件类项目10个、教育及就业帮扶类项目2个、"
                "特色优势产业发展类项目7个、生态建设和环境保护类项目1个"
            ),
            text=(
                "2018年确定总投资3600万元的扶贫协作项目20个,其中改善农牧民生产生活条件类项目10个、"
                "教育及就业帮扶类项目2个、特色优势产业发展类项目7个、生态建设和环境保护类项目1个,"
                "当年9月底前全面开工,11月底基本完工。"
            ),
            provenance=_at(14),
        ),
    )


def _qujiang_mechanisms() -> tuple[MechanismTask, ...]:
    eligible = "依法签订一年以上劳动合同并连续依法缴纳社会保险费3个月及以上的平武建档立卡贫困人口"
    return (
        MechanismTask(
            number="一是",
            title="建立“长效机制”盘活资源",
            section="2.1",
            text=(
                "针对平武县医疗、教育等民生短板,签订医疗、教育等对口帮扶协议,盘活专业技术人才资源。"
                "建立人才培养协作、人才项目合作、劳务协作援助等机制,打造异地人才联络服务站,"
                "深化两地人才交流和对接。"
            ),
            provenance=_at(16),
        ),
        MechanismTask(
            number="三是",
            title="专项补贴保障就业质量",
            section="3.3",
            text=(
                "衢江区研究出台扶持政策,提供财政资金支持,保障平武赴衢就业人员待遇。"
                "对到衢江区就业,依法签订一年以上劳动合同并连续依法缴纳社会保险费3个月及以上的"
                "平武建档立卡贫困人口,给予每人1000元/月的就业补贴,每人1500元/年的交通补贴;"
                "6个月及以上的,给予1500元/年的探亲补贴。"
            ),
            commitments=(
                Commitment(
                    metric="就业补贴",
                    target=parse_quantity("1000元/月"),
                    scope=eligible,
                    text="给予每人1000元/月的就业补贴",
                    provenance=_at(18),
                ),
                Commitment(
                    metric="交通补贴",
                    target=parse_quantity("1500元/年"),
                    scope=eligible,
                    text="每人1500元/年的交通补贴",
                    provenance=_at(18),
                ),
                Commitment(
                    metric="探亲补贴",
                    target=parse_quantity("1500元/年"),
                    scope="6个月及以上的",
                    text="6个月及以上的,给予1500元/年的探亲补贴",
                    provenance=_at(18),
                ),
            ),
            provenance=_at(18),
        ),
        MechanismTask(
            number="一是",
            title="完善领导机制",
            section="4.1",
            text=(
                "两地出台《东西部扶贫协作帮扶工作实施方案》,成立领导小组,党政主要负责同志担任组长,"
                "亲自研究谋划、带队对接协调。党政干部双向挂职,在项目资金落实、需求对接、"
                "沟通协调等工作中充分发挥了桥梁纽带作用。"
            ),
            provenance=_at(20),
        ),
        MechanismTask(
            number="二是",
            title="完善协作机制",
            section="4.2",
            text=(
                "两地坚持“优势互补、发展互促”,签订《东西部扶贫协作框架协议》,建立定期互访、"
                "联席会议、信息交流等机制,及时互通信息、反馈情况,确保对接到位。"
            ),
            provenance=_at(20),
        ),
        MechanismTask(
            number="三是",
            title="建立结对共建机制",
            section="4.3",
            text="进一步延伸协作关系,两地建立“点对点”协作机制",
            provenance=_at(20),
        ),
    )


def _qujiang_achievements() -> tuple[Achievement, ...]:
    projects = "2018年确定总投资3600万元的扶贫协作项目20个"
    jobs = "先后组织24家企业提供1400余个门槛低、收入高的工作岗位"
    trained = "组织培训2批次79名群众(其中建档立卡贫困人口60名),在衢江实现稳定转移就业"
    moved = "组织培训并在衢江实现稳定转移就业"
    cadres_in = "平武选派1名县级干部、1名科级干部到衢江区挂职学习"
    cadres_out = "衢江选派1名副县级干部、1名正科级干部到平武挂职"
    visits = "互访15批133人次"
    pairs = (
        ("部门结对", "6对"),
        ("镇镇结对", "5对"),
        ("村村结对", "5对"),
        ("医院结对", "28对"),
        ("学校结对", "49对"),
        ("村企结对", "39对"),
    )
    return (
        # 一、坚持项目为“先”
        _ach(14, "引进省外企业", "9家", "成功引进省外9家企业"),
        _ach(14, "引进企业协议总投资", _yuan("近60亿"), "协议总投资近60亿"),
        _ach(14, "确定扶贫协作项目", "20个", projects),
        _ach(14, "扶贫协作项目总投资", "3600万元", projects),
        _ach(
            14,
            "改善农牧民生产生活条件类项目",
            "10个",
            "改善农牧民生产生活条件类项目10个",
            "扶贫协作项目",
        ),
        _ach(14, "教育及就业帮扶类项目", "2个", "教育及就业帮扶类项目2个", "扶贫协作项目"),
        _ach(14, "特色优势产业发展类项目", "7个", "特色优势产业发展类项目7个", "扶贫协作项目"),
        _ach(14, "生态建设和环境保护类项目", "1个", "生态建设和环境保护类项目1个", "扶贫协作项目"),
        _ach(14, "落地浙江企业", "6家", "在绵阳成功落地浙江企业6家", "绵阳"),
        _ach(14, "完成投资", "3.3亿元", "完成投资3.3亿元", "浙江企业"),
        # 二、坚持民生为“本”
        _ach(
            16,
            "选派专业技术骨干赴平武开展对口帮扶",
            "41名",
            "衢江选派医疗、教育、农技等41名专业技术骨干赴平武开展对口帮扶",
            "衢江",
        ),
        _ach(
            16, "选派医疗骨干赴衢江区挂职学习", "3名", "平武选派3名医疗骨干赴衢江区挂职学习", "平武"
        ),
        _ach(16, "开展辅导讲座", "10次", "先后开展辅导讲座10次", "衢江专家团队"),
        _ach(16, "带教查房", "130余次", "带教查房130余次", "衢江专家团队"),
        _ach(
            16,
            "在衢州职业技术学院完成培训",
            "65名",
            "65名县级部门干部及贫困村第一书记、村党支部书记在衢州职业技术学院完成培训",
            "县级部门干部及贫困村第一书记、村党支部书记",
        ),
        _ach(
            16,
            "参与健康扶贫义诊活动",
            "9次",
            "衢江区帮扶专家共参与健康扶贫义诊活动9次",
            "衢江区帮扶专家",
        ),
        _ach(16, "义诊受助人员", "1万余人次", "受助人员1万余人次"),
        _ach(
            16,
            "开展各种疑难病例治疗、危重病例抢救",
            "60余次",
            "开展各种疑难病例治疗、危重病例抢救60余次",
        ),
        _ach(
            16,
            "完成平武历史上第1例的各类手术治疗",
            "8台次",
            "完成平武历史上第1例的各类手术治疗8台次",
        ),
        # 三、坚持就业为“重”
        _ach(18, "举办劳务招聘会", "5场", "衢江在平武举办5场劳务招聘会", "平武"),
        _ach(18, "组织企业提供工作岗位", "24家", jobs),
        _ach(18, "提供工作岗位", "1400余个", jobs),
        _ach(18, "组织培训", "2批次", trained),
        _ach(18, moved, "79名", trained),
        _ach(18, moved, "60名", trained, "建档立卡贫困人口"),
        _ach(18, "月均工资", "3500元以上", "在衢江实现稳定转移就业,月均工资3500元以上"),
        _ach(
            18,
            "培训致富能手、产业带头人及“田秀才”“土专家”",
            "120余名",
            "培训致富能手、产业带头人及“田秀才”“土专家”120余名",
        ),
        _ach(18, "举办就业培训", "4期", "两地人社部门在平武举办就业培训4期1860名", "平武"),
        _ach(18, "就业培训人数", "1860名", "两地人社部门在平武举办就业培训4期1860名", "平武"),
        _ach(18, "举办致富带头人培训", "2期", "举办致富带头人培训2期120名"),
        _ach(18, "致富带头人培训人数", "120名", "举办致富带头人培训2期120名"),
        # 四、坚持机制为“要”
        _ach(20, "选派县级干部到衢江区挂职学习", parse_quantity("1名"), cadres_in, "平武"),
        _ach(20, "选派科级干部到衢江区挂职学习", parse_quantity("1名"), cadres_in, "平武"),
        _ach(20, "选派副县级干部到平武挂职", parse_quantity("1名"), cadres_out, "衢江"),
        _ach(20, "选派正科级干部到平武挂职", parse_quantity("1名"), cadres_out, "衢江"),
        _ach(20, "召开联席会议", "5次", "召开联席会议5次"),
        _ach(20, "互访批次", "15批", visits),
        _ach(20, "互访人次", "133人次", visits),
        *(_ach(20, metric, figure, metric + figure) for metric, figure in pairs),
        _ach(20, "落实社会帮扶资金", "534万元", "落实社会帮扶资金534万元"),
    )


def _qujiang() -> Programme:
    return Programme(
        title=f"{BULLETIN}：衢江平武“无问西东”铺就协作“康庄大道”",
        scheme=Scheme.EAST_WEST,
        donor=Region(name="衢江区", full_name="浙江省衢州市衢江区"),
        recipient=Region(name="平武县", full_name="四川省绵阳市平武县"),
        year=YEAR,
        genre="简报",
        issuer=ISSUER,
        issue_date=ISSUED,
        fund_sources=(
            FundSource(
                key="social",
                kind=FundSourceKind.SOCIAL,
                label="社会帮扶资金",
                amount=Money.from_wan(534),
                provenance=_at(20),
            ),
        ),
        sections=_qujiang_sections(),
        projects=_qujiang_projects(),
        mechanisms=_qujiang_mechanisms(),
        commitments=(
            Commitment(
                metric="协作帮扶规模",
                target=_yuan("一亿"),
                period="3年",
                text="制定《2018—2020年协作帮扶规划》,明确“3年一亿”的协作帮扶规模",
                provenance=_at(14),
            ),
        ),
        achievements=_qujiang_achievements(),
        notes=PAGE_NOTES,
        provenance=_at(10, 20),
    )


# -- 青白江区 → 九龙县 ---------------------------------------------------------------------------

JIULONG = "九龙县"
JIANYANG = "简阳市飞龙乡和安乐乡"
BUDGET = "district-budget-2018"


def _qingbaijiang_sections() -> tuple[Section, ...]:
    titles = (
        ("一是", "工作目标精准,明确工作职责", 26),
        ("二是", "预算资金精准,保障财政投入", 28),
        ("三是", "基础项目精准,夯实发展基础", 30),
        ("四是", "产业定位精准,提升造血功能", 32),
        ("五是", "科技支撑精准,激发内生动力", 34),
        ("六是", "组织领导精准,增强发展活力", 36),
        ("七是", "社会参与精准,彰显温暖合力", 38),
    )
    return tuple(
        _section(str(i), number, title, line) for i, (number, title, line) in enumerate(titles, 1)
    )


def _qingbaijiang_projects() -> tuple[Project, ...]:
    return (
        Project(
            name="围绕脱贫攻坚“两不愁、三保障”和“四个好”目标制定的26个帮扶项目",
            section="2",
            amount=Money.from_wan(1050),
            funding=(FundingShare(amount=Money.from_wan(1050), source=BUDGET, year=2018),),
            locations=("甘孜州九龙县",),
            text=(
                "安排1050万元,用于帮助甘孜州九龙县围绕脱贫攻坚“两不愁、三保障”和“四个好”"
                "目标制定的26个帮扶项目"
            ),
            provenance=_at(28),
        ),
        Project(
            name="加快推动“一村一品”产业发展",
            section="2",
            amount=Money.from_wan(200),
            funding=(FundingShare(amount=Money.from_wan(200), source=BUDGET, year=2018),),
            locations=("简阳市飞龙乡", "安乐乡"),
            text=(
                "安排200万元,用于支持简阳市飞龙乡和安乐乡的1经济薄弱村、6个已脱贫省定贫困村"
                "加快推动“一村一品”产业发展"
            ),
            provenance=_at(28),
        ),
    )


def _qingbaijiang_achievements() -> tuple[Achievement, ...]:
    budget = "在2018年区级财政预算中,安排1250万元用于对口帮扶甘孜州九龙县、简阳市飞龙乡和安乐乡"
    to_jianyang = (
        "安排200万元,用于支持简阳市飞龙乡和安乐乡的1经济薄弱村、6个已脱贫省定贫困村"
        "加快推动“一村一品”产业发展"
    )
    herbs = "种植黄芪600余亩、白芨100余亩"
    aid = "帮扶贫困户60户、贫困人口200人"
    gifts = "送去慰问金2400元和价值5000元的慰问物资"
    experts = (
        "组织省农科院、省中医研究院等科研院的专家学者10余人次,赴九龙县开展种养殖技术、"
        "产品营销、品牌打造等专业指导和技术培训"
    )
    return (
        # 二是预算资金精准
        _ach(28, "安排区级财政预算资金", "1250万元", budget, "甘孜州九龙县、简阳市飞龙乡和安乐乡"),
        _ach(
            28,
            "安排资金",
            "1050万元",
            "安排1050万元,用于帮助甘孜州九龙县围绕脱贫攻坚“两不愁、三保障”和“四个好”"
            "目标制定的26个帮扶项目",
            "甘孜州九龙县",
        ),
        _ach(28, "安排资金", "200万元", to_jianyang, JIANYANG),
        _ach(28, "支持经济薄弱村", "1", to_jianyang, JIANYANG),
        _ach(28, "支持已脱贫省定贫困村", "6个", to_jianyang, JIANYANG),
        # 三是基础项目精准
        _ach(
            30,
            "实施帮扶项目",
            "26个",
            "实施住房改造、公共基础设施配套、义务教育和基本医疗保障、村容环境整治等帮扶项目26个",
            JIULONG,
        ),
        _ach(30, "村道改建", "10.486公里", "2018年村道改建10.486公里", "简阳市"),
        _ach(30, "新建生产便道", "2.945公里", "新建生产便道2.945公里", "简阳市"),
        _ach(30, "蓄水池", "15口", "蓄水池15口", "简阳市"),
        _ach(30, "整治山坪塘", "2口", "整治山坪塘2口", "简阳市"),
        _ach(30, "囤水田埂(堰埂)整治", "1.635千米", "囤水田埂(堰埂)整治1.635千米", "简阳市"),
        _ach(30, "整治水渠", "5.821千米", "整治水渠5.821千米", "简阳市"),
        _ach(30, "机井", "53口", "机井53口", "简阳市"),
        _ach(30, "土地整理", "25亩", "土地整理25亩", "简阳市"),
        # 四是产业定位精准
        _ach(32, "实施产业发展类项目", "6个", "实施产业发展类项目6个", JIULONG),
        _ach(32, "组织召开推介会", "2次", "组织召开推介会2次", JIULONG),
        _ach(
            32,
            "盘活资金",
            "2000万元",
            "帮助组建四川省九龙县隆之汇农业发展有限公司(九龙县属农业平台公司),盘活资金2000万元",
            "四川省九龙县隆之汇农业发展有限公司",
        ),
        _ach(
            32,
            "建设中藏药仓储及科研基地",
            "3500平方米",
            "建设3500平方米中藏药仓储及科研基地",
            JIULONG,
        ),
        _ach(32, "种植黄芪", "600余亩", herbs, JIULONG),
        _ach(32, "种植白芨", "100余亩", herbs, JIULONG),
        _ach(32, "发展建成黑毛驴养殖基地", "3个", "发展建成黑毛驴养殖基地3个", JIULONG),
        _ach(32, "养殖黑毛驴规模", "2000头以上", "养殖黑毛驴规模达到2000头以上", JIULONG),
        _ach(
            32,
            "新发展柑橘等特色水果产业",
            "1000余亩",
            "安乐乡2018年新发展柑橘等特色水果产业1000余亩",
            "安乐乡",
        ),
        _ach(32, "稻虾综合种养", "600余亩", "稻虾综合种养600余亩", "安乐乡"),
        _ach(32, "种植中药材枳壳", "400余亩", "种植中药材枳壳400余亩", "安乐乡"),
        _ach(32, "特色蔬菜", "200余亩", "特色蔬菜200余亩", "安乐乡"),
        _ach(32, "特色食用菌", "50亩", "特色食用菌50亩", "安乐乡"),
        _ach(
            32,
            "建成现代化生态观光农业产业园",
            "1000亩",
            "飞龙乡2018年建成1000亩现代化生态观光农业产业园",
            "飞龙乡",
        ),
        _ach(32, "发展休闲体验农业", "1800亩", "发展休闲体验农业1800亩", "飞龙乡"),
        _ach(32, "水产养殖扩面", "330亩", "水产养殖扩面330亩", "飞龙乡"),
        _ach(
            32,
            "建成粮食烘干中心日产",
            attrs.evolve(parse_quantity("40吨"), per="日"),
            "在协义村建成日产40吨的粮食烘干中心",
            "协义村",
        ),
        # 五是科技支撑精准
        _ach(34, "组织专家学者赴九龙县开展专业指导和技术培训", "10余人次", experts, JIULONG),
        _ach(
            34,
            "开展培训",
            "16期",
            "开展旅游服务礼仪、黑毛驴养殖加工技术、花椒种植加工技术、机关干部等培训16期",
            JIULONG,
        ),
        _ach(34, "参加培训", "700余人次", "参加培训700余人次", JIULONG),
        _ach(
            34,
            "赴青白江区开展党建、产业对标学习",
            "60余人",
            "组织飞龙乡、安乐乡干部、贫困户代表共60余人赴青白江区开展党建、产业对标学习",
            "飞龙乡、安乐乡干部、贫困户代表",
        ),
        # 六是组织领导精准
        _ach(
            36,
            "举办培训",
            "5期",
            "举办“优秀年轻后备干部人才培训班”“乡村基层干部人才培训班”“紧缺专业技术人才培训班”"
            "等5期培训",
            "九龙县干部培训工作、简阳市脱贫攻坚培训",
        ),
        _ach(
            36,
            "参训人员",
            "300余人次",
            "参训人员达300余人次",
            "九龙县干部培训工作、简阳市脱贫攻坚培训",
        ),
        _ach(
            36,
            "选派援藏干部人才赴九龙县开展帮扶",
            "148人次",
            "先后选派援藏干部人才148人次赴九龙县开展帮扶",
            JIULONG,
        ),
        _ach(
            36,
            "派遣第四批、第五批援藏干部人才",
            "56名",
            "在派遣第四批、第五批56名援藏干部人才的基础上",
            JIULONG,
        ),
        _ach(
            36,
            "增派支医支教、援藏警察、深度贫困乡镇挂职党委副书记、企业管理干部、驻村干部",
            "92人次",
            "增派支医支教、援藏警察、深度贫困乡镇挂职党委副书记、企业管理干部、驻村干部共92人次"
            "赴九龙县",
            JIULONG,
        ),
        # 七是社会参与精准 (截至目前)
        _ach(38, "开展帮扶济困活动", "6场次", "开展帮扶济困活动6场次"),
        _ach(38, "帮扶贫困户", "60户", aid),
        _ach(38, "帮扶贫困人口", "200人", aid),
        _ach(
            38,
            "吸引社会帮扶,捐款捐物价值",
            "约170余万元",
            "吸引社会帮扶,捐款捐物价值约170余万元",
        ),
        _ach(38, "走访慰问贫困户", "25户", "走访慰问25户贫困户"),
        _ach(38, "送去慰问金", "2400元", gifts),
        _ach(38, "慰问物资价值", "5000元", gifts),
        _ach(38, "“扶贫日”活动捐赠款物", "21万余元", "组织开展“扶贫日”活动,捐赠款物21万余元"),
    )


def _qingbaijiang() -> Programme:
    return Programme(
        title=f"{BULLETIN}：青白江区“七个精准”助力对口帮扶",
        scheme=Scheme.IN_PROVINCE_PAIRING,
        donor=Region(name="青白江区", full_name="四川省成都市青白江区"),
        recipient=Region(name="九龙县", full_name="四川省甘孜藏族自治州九龙县"),
        year=YEAR,
        genre="简报",
        issuer=ISSUER,
        issue_date=ISSUED,
        fund_sources=(
            FundSource(
                key=BUDGET,
                kind=FundSourceKind.FISCAL_AID,
                label="2018年区级财政预算",
                year=2018,
                provider="青白江区",
                amount=Money.from_wan(1250),
                provenance=_at(28),
            ),
            FundSource(
                key="social",
                kind=FundSourceKind.SOCIAL,
                label="社会帮扶",
                amount=None,
                in_total=False,
                provenance=_at(38),
            ),
        ),
        sections=_qingbaijiang_sections(),
        projects=_qingbaijiang_projects(),
        mechanisms=(
            MechanismTask(
                number="七是",
                title="实施“青白江-九龙全域帮扶”行动",
                section="7",
                text=(
                    "实施“青白江-九龙全域帮扶”行动,进一步抓实“双联系双结对”工作机制,"
                    "制定社会力量广泛参与的结对帮扶机制,动员引导全区社会爱心人士、"
                    "群团组织等积极参与帮扶。"
                ),
                provenance=_at(38),
            ),
        ),
        commitments=tuple(
            Commitment(
                metric=metric,
                target=parse_quantity(figure),
                scope=JIULONG,
                text="聚焦九龙县7个贫困村、635户贫困家庭、2355名贫困人员",
                provenance=_at(26),
            )
            for metric, figure in (
                ("聚焦贫困村", "7个"),
                ("聚焦贫困家庭", "635户"),
                ("聚焦贫困人员", "2355名"),
            )
        ),
        achievements=_qingbaijiang_achievements(),
        notes=(
            *PAGE_NOTES,
            "Encoding note: this part also reports 青白江区's 对口帮扶 of 简阳市飞龙乡和安乐乡; "
            "those results are kept here with a scope naming 简阳市, 飞龙乡, 安乐乡 or 协义村, "
            "and the 1250万元 fund source covers both recipients.",
            "Encoding note: 社会帮扶 is written only as hedged figures (约170余万元, 21万余元), "
            "so its FundSource has no amount; see the achievements of line 38.",
        ),
        provenance=_at(22, 38),
    )


def build() -> dict[str, Programme]:
    """The two summary programmes of 脱贫攻坚简报2019年第2期."""
    return {
        "qujiang-pingwu-2018": _qujiang(),
        "qingbaijiang-jiulong-2018": _qingbaijiang(),
    }
