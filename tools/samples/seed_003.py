"""Seed 003, encoded by hand: 2020年两江新区助推彭水自治县打赢脱贫攻坚战工作方案.

Source: tests/fixtures/seeds/003_fd58fa26d02aec59.txt, a narrative (lines 1-33) and
its attachment, the project table 2020年两江新区助推彭水自治县脱贫攻坚项目计划表
(lines 35-272), flattened one cell per line.

Decisions
---------
Header. The title is lines 1-2 joined. The document prints no document number,
issuer, issue date, uppercase total or project count: those stay ``None``. The
declared total is 帮扶资金5487万元 (line 9), the same figure as the table's 合计 (line 270).
The preamble (line 4) and the attachment line (line 35) are kept in ``notes``.

Fund sources. The table's two aid columns: "2019" (2019年援助资金, line 45,
``in_total=False``, earlier aid shown for reference; the 合计 row leaves this
column empty, so ``amount`` is ``None`` -- the column sums to 2364.04万元, which
the document never writes) and "2020" (2020年援助资金, line 46, 5487万元 as
written in line 9 and in the 合计 row, ``in_total=True``). Both provenances point
at the column headers.

Sections. Ids follow the document's nesting, with 一、总体要求 as "1":
"1" 一、总体要求; "2" 二、重点帮扶任务 (declared 5487万元, line 9); "2.1" （1）改善基础设施
with items "2.1.1" 1.续建2019资助建设项目 (568.71万元, 5个), "2.1.2" 2.资助教育卫生建设项目,
"2.1.3" 3.改善深度贫困乡基础设施 and its clauses "2.1.3.1" 一是 (三义乡, 1383.48万元,
4个) and "2.1.3.2" 二是 (大垭乡塘口易地扶贫搬迁集中安置点, 924.83万元, 4个); "2.2"
（2）帮扶产业发展 with "2.2.1"-"2.2.3"; "2.3"-"2.7" （三）-（七）; "3" 三、保障措施. So the
brief's "1.1", "1.3.1", "1.3.2" are "2.1.1", "2.1.3.1", "2.1.3.2" here. The numbers are
kept as printed: the document switches from （1）（2） to （三）...（七）. The clauses 一是 and
二是 of item 3 have no heading; their titles are the place each names (三义乡,
大垭乡塘口易地扶贫搬迁集中安置点), their text the clause without its closing punctuation.
``declared_amount`` is set only where the text writes an amount for a group of
projects (2.1.1, 2.1.3.1, 2.1.3.2, and 2 for the whole plan). Amounts written for
one project (投资1689.98万元建设县城两江小学, 投资500万元建设县疾病预防控制中心, 资助20万元,
资助400万元) are that project's amount, not a section figure. 七个方面 counts
aspects, not projects, so section "2" has no ``declared_count``. A section's ``text``
is its paragraph as one line of the document (the run-in heading included); for
"1" the two paragraphs joined with a newline; headings without their own paragraph
("2.1", "2.2", "3") have none. No section is made for the table itself: its rows all
go into narrative sections and its only total (合计 5487) is the 2020 source's amount.

Projects. The 17 table rows, in order. Each row goes to the narrative item whose
text names it, a decision the text and the money both support: rows 1-5 (the three
roads, the reservoir and 太原镇区阳村便民服务中心 of 续建2019年资助的5个建设项目) -> 2.1.1;
rows 6 (县疾控中心) and 7 (县城两江小学) -> 2.1.2; rows 8-11 (三义乡) -> 2.1.3.1; rows
12-15 (大垭乡) -> 2.1.3.2; row 16 (贫困学生教育资助, 资助400万元) -> 2.5; row 17 (扶持电商
产业发展, 资助20万元) -> 2.2.1. ``amount`` is the 2020 cell, ``total_investment`` the 总投资
cell, ``funding`` one share per non-empty aid cell (source and year "2019"/2019 or
"2020"/2020); a 2020 cell split by unit, 190（县委组织部90万、…）, is one share with
``text`` the cell as written and ``parts`` by unit (each part with its unit and its
text such as 县委组织部90万). ``deadline`` is 完成时间（年） as a year. 备注 holds only 续建
or 新建: kept as ``remarks`` and read as ``status``. The table's 责任单位 column is empty
in every row, so ``lead_units`` (两江新区牵头单位) and ``units`` (彭水自治县责任单位) are
those of the narrative item the row belongs to, copied to each of its rows in the
order written (2.1.2 names 教育局、社发局 / 县教委、县卫生健康委 for both of its
projects without saying which is whose: both rows get both). A cell wrapped onto a
second line (lines 78, 91, 103, 140, 153, 190, 239, 252) is joined without a separator
(便民服务中心 + 建设 -> 便民服务中心建设). ``text`` is the row's 11 cells in column order,
one per line as the table is flattened, an empty cell as an empty line. ``provenance``
runs from the row's first cell to its last (the empty 备注 cells of rows 16 and 17 included).

Mechanism tasks. A paragraph of duties without money is one task: title its
heading, number ``None`` (the number is the section's), text the paragraph (2.2.2,
2.2.3, 2.3, 2.4, 2.6, 2.7). Where a paragraph mixes money and duties the duty clauses
are tasks of their own, numbered as printed: 2.2.1 一是实施线下采购, 二是鼓励线上采购
(its closing sentence 各单位消费扶贫目标任务另行分解下达 stays in the section text only);
2.5 二是 深化学校结对帮扶. Its 一是 (资助400万元, 500名) is project 16, which carries that
commitment. The five 保障措施 are tasks of section "3" numbered （一）-（五）; they name
no 牵头单位/责任单位 (党工委管委会, 办公室, 纪工委 act in （四） but are not labelled so),
so their units are empty. No task has a deadline.

Commitments. Every quantified target of the narrative, with ``text`` the exact
substring and ``target`` parsed from the figure inside it; 每年 gives period 年.
Not commitments: 日常用餐人数达到50人以上 (which canteens must buy, not a target),
两江新区8个街道办事处与彭水自治县8个贫困村 (the pairs; kept as the scope of 2.7's two
targets), and the counts 5个/4个 of projects (section ``declared_count``). No target
in the text is written with 不低于 or 人次/年. No commitment concerns the whole
programme: ``Programme.commitments`` is empty.

Money. All money reconciles as written: rows 1-17 sum to 5487 (2020 column);
rows 1-5 to 568.71, 8-11 to 1383.48, 12-15 to 924.83; rows 7, 6, 17, 16 equal the
1689.98, 500, 20 and 400 written for them; the unit parts of rows 5, 8, 12 sum to
190, 200 and 356. Every money figure the text writes is in the model.
"""

from __future__ import annotations

import re
from typing import Final

from aidmodel import (
    Commitment,
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

NAME: Final = "liangjiang-pengshui-2020"
SOURCE: Final = "003_fd58fa26d02aec59.txt"

#: The narrative lines used, by line number, as written (surrounding white space stripped).
LINES: Final[dict[int, str]] = {
    4: "为认真贯彻落实党中央国务院关于脱贫攻坚工作的决策部署，根据《中共重庆市委重庆市人民政府关于印发〈重庆市精准脱贫攻坚战实施方案〉的通知》（渝委发〔2018〕9号）、《重庆市人民政府办公厅关于优化区县对口帮扶机制的实施意见》（渝府办发〔2018〕46号）精神，按照《重庆两江新区管理委员会关于印发〈2018—2020年两江新区对口帮扶彭水自治县总体方案〉的通知》（渝两江管发〔2018〕17号）工作安排，制定本方案。",
    6: "以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的十九大和十九届二中、三中、四中全会精神，坚持以习近平总书记在决战决胜脱贫攻坚座谈会上重要讲话精神为引领，以中央脱贫攻坚专项巡视和国家脱贫攻坚成效考核等发现的问题整改工作为抓手，不忘初心、牢记使命，坚持目标导向、问题导向、结果导向，保持决战决胜姿态，尽锐出战、真抓实干，全面推动脱贫攻坚工作落地落细、走深走实。",
    7: "围绕“两不愁三保障”总体目标，统筹抓好“战疫”与“战贫”，瞄准薄弱环节攻坚克难，聚焦深度贫困乡镇持续发力，坚决克服新冠肺炎疫情影响，严格落实“四个不摘”要求，保持就业、产业和政策可持续性，将全面脱贫与乡村振兴有效衔接，以基础建设、产业合作、消费扶贫、劳务协作、人才支援等为重点推进对口帮扶协作，一鼓作气、用足全功，凝心聚力啃下硬骨头，真正兑现“全面小康一个也不能少”的诺言，助推2020年彭水自治县坚决打赢脱贫攻坚战。",
    9: "全年重点从七个方面帮扶彭水自治县，帮扶资金5487万元。",
    11: "1.续建2019资助建设项目。投资568.71万元，续建2019年资助的5个建设项目，包括太原镇区阳村便民服务中心建设、绍庆街道天台村水库加固及3条公路建设项目。（两江新区牵头单位：组织人事部、经济运行局；彭水自治县责任单位：县委组织部、县交通局、县水利局、县卫生健康委、县司法局）",
    12: "2.资助教育卫生建设项目。投资1689.98万元建设县城两江小学；投资500万元建设县疾病预防控制中心。（两江新区牵头单位：教育局、社发局；彭水自治县责任单位：县教委、县卫生健康委）",
    13: "3.改善深度贫困乡基础设施。一是投资1383.48万元，在三义乡实施公共服务大厅、五丰村运动广场、公路安保工程和场镇文化站及小坝村便民服务中心等4个项目；二是投资924.83万元，在大垭乡塘口易地扶贫搬迁集中安置点实施便民服务中心建设、边坡加固、公路安保工程和管网建设及附属工程等4个项目。（两江新区牵头单位：经济运行局；彭水自治县责任单位：县委组织部、县委政法委、县委宣传部、县交通局、县文化旅游委、县住房城乡建委、县林业局、县政务办）",
    15: "1.开展消费扶贫。一是实施线下采购。协助彭水自治县在两江新区举办各类农特产品展销活动。两江新区各街道办事处、机关事务中心、有独立食堂且日常用餐人数达到50人以上的事业单位（学校、医院除外）和驻区机构在彭水自治县定点采购特色农产品。二是鼓励线上采购。继续支持彭水自治县发展电商产业，动员机关干部职工、社会力量通过线上下单、订单认购等方式采购农特产品。三是资助20万元，用于开展线上线下产品营销活动等。各单位消费扶贫目标任务另行分解下达。（两江新区牵头单位：社发局、现服局、机关事务中心；彭水自治县责任单位：县商务委）",
    16: "2.协助招商引资。一是根据彭水自治县产业发展定位和需求，积极推荐2—3个优质项目，并在项目洽谈、落地等方面提供帮助。二是组织两江新区企业到彭水自治县考察至少1次。三是邀请彭水自治县相关招商人员参加两江新区招商引资相关培训。（两江新区牵头单位：招商集团、产业局、现服局、科创局、自贸办；彭水自治县责任单位：县招商服务中心）",
    17: "3.联合发展旅游。一是帮助彭水自治县培育一批生态游、乡村游、农业体验游、保健养身游等项目，引导两江新区和彭水自治县旅游单位抱团发展；二是加大两地旅游资源宣传，通过门票减免、食宿优惠等方式，鼓励两地市民开展互动旅游。（两江新区牵头单位：市场监管局；彭水自治县责任单位：县文化旅游委）",
    19: "一是建立招工信息长效对接机制，不定期在彭水自治县发布两江新区企业用工信息，同等条件下优先录用彭水籍劳务人员，适时举办各类招聘活动；二是安排彭水籍学生50人以上到两江新区企业定岗实习、就业；三是多方式资助彭水自治县开展就业培训300人次以上。（两江新区牵头单位：社保局；彭水自治县责任单位：县人力社保局、县教委、县职教中心）",
    21: "一是深化医院结对帮扶，两江新区医院组织专家团队到彭水自治县贫困乡镇开展义诊活动1场以上；二是强化医务人员交流培训，帮助彭水自治县培训医务人员5名以上；三是两江新区第一人民医院结对帮扶彭水一个乡镇卫生院，选派3名技术骨干组成支援团队进驻实地开展技术帮带，帮助重点建设1~2个特色专科，培育至少1项适宜技术；派驻懂业务会管理的人员挂职乡镇卫生院业务副院长，进行业务指导；开展学术讲座或举办业务培训班累计不少于5次，教学查房累计不少于20次。（两江新区牵头单位：社发局、区一院；彭水自治县责任单位：县卫生健康委）",
    23: "一是资助400万元，帮助彭水自治县生活困难学生或建卡贫困学生500名；二是进一步深化学校结对帮扶，在教师培训、远程教学、教师交流任教等方面开展合作，两地互派教师或教学管理人才5名以上。（两江新区牵头单位：教育局；彭水自治县责任单位：县教委）",
    25: "一是互派5名以上干部交流挂职或顶岗锻炼；二是帮助彭水自治县培训一批基层干部和贫困村致富带头人。（两江新区牵头单位：组织人事部；彭水自治县责任单位：县委组织部）",
    27: "两江新区8个街道办事处与彭水自治县8个贫困村进一步深化结对帮扶关系，在基层党建、环境整治、慰问帮扶困难群体等方面每年开展走访交流活动不少于2次，积极协助解决贫困村实际困难不少于3项。（两江新区牵头单位：各街道办事处；彭水自治县责任单位：相关乡镇）",
    29: "（一）加强组织领导。各单位（部门）务必将提高脱贫质量、巩固脱贫成效摆在更加突出的位置，各单位（部门）主要领导必须亲自研究部署脱贫攻坚工作事项，及时解决问题和矛盾，抓好任务落实。",
    30: "（二）抓好项目落实。各部门（单位）要切实按照扶贫同扶志、扶智、扶勤相结合的工作思路，认真谋划、精心组织，会同彭水自治县有关单位和部门，加快推进项目进度，提高项目质量，确保高质量完成帮扶任务。",
    31: "（三）加强资金监管。积极协调市财政局落实对口帮扶资金；与彭水自治县人民政府签订协议，加强项目资金监管，规范扶贫项目资金的统筹、拨付和使用，做到专款专用，严肃查处违纪违规行为，发挥资金最大效益。",
    32: "（四）强化监督考核。党工委管委会将脱贫攻坚帮扶工作纳入各单位（部门）年度督查考核内容。办公室适时开展督查。纪工委（监察室）对工作责任不落实、工作推进不力、违纪违法的单位或个人，严格监督执纪问责，依法依规进行处理。",
    33: "（五）营造良好氛围。编发脱贫攻坚工作动态，及时反映各单位（部门）工作情况。充分利用广播、电视、报纸、网络等媒体，宣传帮扶工作有效举措、主要成绩、成功经验、先进典型，做到帮扶人和受益人对帮扶效果“看得见、记得住”。",
    35: "附件：2020年两江新区助推彭水自治县脱贫攻坚项目计划表",
}

#: The donor-side 牵头单位 and recipient-side 责任单位 of each narrative item, as written.
UNITS: Final[dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    "2.1.1": (
        ("组织人事部", "经济运行局"),
        ("县委组织部", "县交通局", "县水利局", "县卫生健康委", "县司法局"),
    ),
    "2.1.2": (("教育局", "社发局"), ("县教委", "县卫生健康委")),
    "2.1.3": (
        ("经济运行局",),
        (
            "县委组织部",
            "县委政法委",
            "县委宣传部",
            "县交通局",
            "县文化旅游委",
            "县住房城乡建委",
            "县林业局",
            "县政务办",
        ),
    ),
    "2.2.1": (("社发局", "现服局", "机关事务中心"), ("县商务委",)),
    "2.2.2": (("招商集团", "产业局", "现服局", "科创局", "自贸办"), ("县招商服务中心",)),
    "2.2.3": (("市场监管局",), ("县文化旅游委",)),
    "2.3": (("社保局",), ("县人力社保局", "县教委", "县职教中心")),
    "2.4": (("社发局", "区一院"), ("县卫生健康委",)),
    "2.5": (("教育局",), ("县教委",)),
    "2.6": (("组织人事部",), ("县委组织部",)),
    "2.7": (("各街道办事处",), ("相关乡镇",)),
}

#: The table's rows: (first line, last line, narrative item, units key, the 11 cells).
#: Cells in column order: 序号, 类别, 项目名称, 项目地点, 项目内容及规划, 完成时间（年）,
#: 总投资（万元）, 2019年援助资金（万元）, 2020年援助资金（万元）, 责任单位, 备注.
ROWS: Final[tuple[tuple[int, int, str, str, tuple[str, ...]], ...]] = (
    (50, 60, "2.1.1", "2.1.1", ("1", "基础设施", "村组道路建设", "鞍子镇干田村", "通达路4.5公里", "2020", "333.15", "150", "183.15", "", "续建")),
    (62, 72, "2.1.1", "2.1.1", ("2", "基础设施", "村组道路建设", "龙射镇沿河村", "龙射镇沿河村通畅公路工程5公里", "2020", "338.31", "278", "60.31", "", "续建")),
    (74, 85, "2.1.1", "2.1.1", ("3", "基础设施", "村组道路建设", "绍庆街道天台村", "3、4组联接工程共3公里；4组花椒坪至摩围山观田堡7公里通达路", "2020", "236", "184.5", "51.5", "", "续建")),
    (87, 98, "2.1.1", "2.1.1", ("4", "基础设施", "水库建设", "绍庆街道天台村", "绍庆街道天台村水库堤坝加固、安装防护栏，水库面积10000平方米", "2020", "163.75", "80", "83.75", "", "续建")),
    (100, 111, "2.1.1", "2.1.1", ("5", "便民设施", "便民服务中心建设", "太原镇区阳村", "在太原镇区阳村新建便民服务中心", "2020", "361.54", "171.54", "190（县委组织部90万、县司法局50万、县卫生健康委50万）", "", "续建")),
    (113, 123, "2.1.2", "2.1.2", ("6", "基础设施", "县疾控中心异地迁建项目", "靛水街道", "总建设规模6000㎡，迁建综合楼和检验楼", "2021", "7000", "", "500", "", "新建")),
    (125, 135, "2.1.2", "2.1.2", ("7", "基础设施", "县城两江小学", "绍庆街道", "总占地面积约13200平方米，总建设面积约15525平方米", "2021", "7000", "1500", "1689.98", "", "续建")),
    (137, 148, "2.1.3.1", "2.1.3", ("8", "基础设施", "文化站及便民服务中心建设", "三义乡", "建设用地面积1438.08m2，总建筑面积1586.25m2，建筑层数为4层。", "2020", "439.32", "", "200（县委组织部80万、县委宣传部60万、县文化旅游委60万）", "", "续建")),
    (150, 161, "2.1.3.1", "2.1.3", ("9", "基础设施", "公共服务大厅建设", "三义乡", "建设用地面积443.72m2，总建筑面积956.61m2，建筑层数为3层，配建停车位12个", "2020", "511.2", "", "300", "", "续建")),
    (163, 173, "2.1.3.1", "2.1.3", ("10", "基础设施", "运动广场建设", "三义乡", "建设五丰村运动广场", "2020", "146", "", "46", "", "续建")),
    (175, 185, "2.1.3.1", "2.1.3", ("11", "基础设施", "公路安保工程", "三义乡", "安装波形护栏", "2020", "1322", "", "837.48", "", "续建")),
    (187, 198, "2.1.3.2", "2.1.3", ("12", "基础设施", "便民服务中心建设", "大垭乡", "建设便民服务中心（含林业站、综治中心、文化服务中心、讲习所），建筑面积2685.52平方米,建筑占地面积895.78平方米。", "2020", "578.72", "", "356（县委政法委100万、县林业局106万、县文化旅游委150万）", "", "续建")),
    (200, 210, "2.1.3.2", "2.1.3", ("13", "基础设施", "边坡加固工程", "大垭乡", "安置点、幼儿园、供销社、议事厅周边边坡加固，面积约6500平方米", "2020", "280", "", "170", "", "续建")),
    (212, 222, "2.1.3.2", "2.1.3", ("14", "基础设施", "公路安保工程", "大垭乡", "安装波形护栏", "2020", "1200", "", "168.83", "", "续建")),
    (224, 234, "2.1.3.2", "2.1.3", ("15", "基础设施", "安置点管网建设及附属工程", "大垭乡", "彭水至务川界碑标志、导游图更改、管网、梯坎、公厕、行道树、征地界桩等", "2020", "230", "", "230", "", "新建")),
    (236, 247, "2.5", "2.5", ("16", "教育资助", "贫困学生教育资助", "", "帮助贫困学生500名", "2020", "400", "", "400", "", "")),
    (249, 260, "2.2.1", "2.2.1", ("17", "产业资助", "扶持电商产业发展", "", "开展线上线下产业营销活动等", "2020", "20", "", "20", "", "")),
)  # fmt: skip

#: 备注 as 建设性质.
STATUS: Final = {"续建": ProjectStatus.CONTINUED, "新建": ProjectStatus.NEW}

_SPLIT: Final = re.compile(r"^([0-9.]+)（(.*)）$")
_PART: Final = re.compile(r"^(.+?)([0-9.]+)万$")


def _at(start: int, end: int | None = None) -> Provenance:
    """Lines ``start``..``end`` of the seed (one line when ``end`` is omitted)."""
    return Provenance(source=SOURCE, line_start=start, line_end=end)


def _clause(line: int, start: str, end: str) -> str:
    """The text of ``line`` from ``start`` up to (not including) ``end``."""
    text = LINES[line]
    first = text.index(start)
    return text[first : text.index(end, first)]


def _commitment(
    line: int,
    text: str,
    figure: str,
    metric: str,
    *,
    period: str | None = None,
    scope: str | None = None,
) -> Commitment:
    """A commitment written as ``text`` on ``line``, its target the ``figure`` inside it."""
    if text not in LINES[line] or figure not in text:
        message = f"not written on line {line}: {text}"
        raise ValueError(message)
    return Commitment(
        metric=metric,
        target=parse_quantity(figure),
        period=period,
        scope=scope,
        text=text,
        provenance=_at(line),
    )


def _wan(cell: str) -> Money:
    return Money.from_wan(cell)


def _share_2020(cell: str) -> FundingShare:
    """The 2020 cell: a bare amount, or an amount split by unit in brackets."""
    split = _SPLIT.match(cell)
    if split is None:
        return FundingShare(amount=_wan(cell), source="2020", year=2020)
    parts = []
    for piece in split.group(2).split("、"):
        part = _PART.match(piece)
        if part is None:
            message = f"not a unit share: {piece}"
            raise ValueError(message)
        parts.append(FundingShare(amount=_wan(part.group(2)), unit=part.group(1), text=piece))
    return FundingShare(
        amount=_wan(split.group(1)), source="2020", year=2020, parts=parts, text=cell
    )


def _project(start: int, end: int, section: str, units_key: str, cells: tuple[str, ...]) -> Project:
    number, category, name, location, content, year, total, aid_2019, aid_2020, units, remarks = (
        cells
    )
    share = _share_2020(aid_2020)
    funding = [share]
    if aid_2019:
        funding.insert(0, FundingShare(amount=_wan(aid_2019), source="2019", year=2019))
    lead_units, recipient_units = UNITS[units_key]
    commitments = []
    if number == "16":
        commitments.append(
            _commitment(
                23,
                "帮助彭水自治县生活困难学生或建卡贫困学生500名",
                "500名",
                "帮助困难学生",
                scope="彭水自治县生活困难学生或建卡贫困学生",
            )
        )
    return Project(
        number=number,
        name=name,
        section=section,
        category=category,
        amount=share.amount,
        total_investment=_wan(total) if total else None,
        funding=funding,
        locations=[location] if location else [],
        units=[units] if units else recipient_units,
        lead_units=lead_units,
        deadline=PartialDate(int(year)),
        status=STATUS.get(remarks),
        content=content or None,
        remarks=remarks or None,
        commitments=commitments,
        text="\n".join(cells),
        provenance=_at(start, end),
    )


def _task(
    section: str,
    title: str,
    text: str,
    line: int,
    *,
    number: str | None = None,
    commitments: tuple[Commitment, ...] = (),
    with_units: bool = True,
) -> MechanismTask:
    lead_units, units = UNITS[section] if with_units else ((), ())
    return MechanismTask(
        number=number,
        title=title,
        section=section,
        text=text,
        units=units,
        lead_units=lead_units,
        commitments=commitments,
        provenance=_at(line),
    )


def _mechanisms() -> list[MechanismTask]:
    tasks = [
        _task(
            "2.2.1",
            "实施线下采购",
            _clause(15, "一是实施线下采购", "。二是"),
            15,
            number="一是",
        ),
        _task(
            "2.2.1",
            "鼓励线上采购",
            _clause(15, "二是鼓励线上采购", "。三是"),
            15,
            number="二是",
        ),
        _task(
            "2.2.2",
            "协助招商引资",
            LINES[16],
            16,
            commitments=(
                _commitment(16, "积极推荐2—3个优质项目", "2—3个", "推荐优质项目"),
                _commitment(
                    16,
                    "组织两江新区企业到彭水自治县考察至少1次",
                    "至少1次",
                    "组织企业考察",
                    scope="两江新区企业",
                ),
            ),
        ),
        _task("2.2.3", "联合发展旅游", LINES[17], 17),
        _task(
            "2.3",
            "加强劳务协作",
            LINES[19],
            19,
            commitments=(
                _commitment(
                    19,
                    "安排彭水籍学生50人以上到两江新区企业定岗实习、就业",
                    "50人以上",
                    "定岗实习、就业",
                    scope="彭水籍学生",
                ),
                _commitment(
                    19,
                    "多方式资助彭水自治县开展就业培训300人次以上",
                    "300人次以上",
                    "就业培训",
                    scope="彭水自治县",
                ),
            ),
        ),
        _task(
            "2.4",
            "加强医疗帮扶",
            LINES[21],
            21,
            commitments=(
                _commitment(
                    21,
                    "两江新区医院组织专家团队到彭水自治县贫困乡镇开展义诊活动1场以上",
                    "1场以上",
                    "义诊活动",
                    scope="彭水自治县贫困乡镇",
                ),
                _commitment(
                    21,
                    "帮助彭水自治县培训医务人员5名以上",
                    "5名以上",
                    "培训医务人员",
                    scope="彭水自治县",
                ),
                _commitment(
                    21,
                    "两江新区第一人民医院结对帮扶彭水一个乡镇卫生院",
                    "一个",
                    "结对帮扶乡镇卫生院",
                    scope="两江新区第一人民医院",
                ),
                _commitment(
                    21,
                    "选派3名技术骨干组成支援团队进驻实地开展技术帮带",
                    "3名",
                    "选派技术骨干",
                ),
                _commitment(21, "帮助重点建设1~2个特色专科", "1~2个", "重点建设特色专科"),
                _commitment(21, "培育至少1项适宜技术", "至少1项", "培育适宜技术"),
                _commitment(
                    21,
                    "开展学术讲座或举办业务培训班累计不少于5次",
                    "不少于5次",
                    "学术讲座或业务培训班",
                ),
                _commitment(21, "教学查房累计不少于20次", "不少于20次", "教学查房"),
            ),
        ),
        _task(
            "2.5",
            "深化学校结对帮扶",
            _clause(23, "二是进一步深化学校结对帮扶", "。（"),
            23,
            number="二是",
            commitments=(
                _commitment(
                    23,
                    "两地互派教师或教学管理人才5名以上",
                    "5名以上",
                    "互派教师或教学管理人才",
                ),
            ),
        ),
        _task(
            "2.6",
            "加强干部交流",
            LINES[25],
            25,
            commitments=(
                _commitment(
                    25,
                    "互派5名以上干部交流挂职或顶岗锻炼",
                    "5名以上",
                    "互派干部交流挂职或顶岗锻炼",
                ),
            ),
        ),
        _task(
            "2.7",
            "深化街村结对",
            LINES[27],
            27,
            commitments=(
                _commitment(
                    27,
                    "每年开展走访交流活动不少于2次",
                    "不少于2次",
                    "走访交流活动",
                    period="年",
                    scope="两江新区8个街道办事处与彭水自治县8个贫困村",
                ),
                _commitment(
                    27,
                    "积极协助解决贫困村实际困难不少于3项",
                    "不少于3项",
                    "协助解决贫困村实际困难",
                    scope="两江新区8个街道办事处与彭水自治县8个贫困村",
                ),
            ),
        ),
    ]
    for line, number, title in (
        (29, "（一）", "加强组织领导"),
        (30, "（二）", "抓好项目落实"),
        (31, "（三）", "加强资金监管"),
        (32, "（四）", "强化监督考核"),
        (33, "（五）", "营造良好氛围"),
    ):
        tasks.append(_task("3", title, LINES[line], line, number=number, with_units=False))
    return tasks


def _sections() -> list[Section]:
    infrastructure = Section(
        id="2.1",
        number="（1）",
        title="改善基础设施",
        subsections=[
            Section(
                id="2.1.1",
                number="1.",
                title="续建2019资助建设项目",
                declared_count=5,
                declared_amount=Money.from_wan("568.71"),
                text=LINES[11],
                provenance=_at(11),
            ),
            Section(
                id="2.1.2",
                number="2.",
                title="资助教育卫生建设项目",
                text=LINES[12],
                provenance=_at(12),
            ),
            Section(
                id="2.1.3",
                number="3.",
                title="改善深度贫困乡基础设施",
                text=LINES[13],
                subsections=[
                    Section(
                        id="2.1.3.1",
                        number="一是",
                        title="三义乡",
                        declared_count=4,
                        declared_amount=Money.from_wan("1383.48"),
                        text=_clause(13, "一是投资", "；二是"),
                        provenance=_at(13),
                    ),
                    Section(
                        id="2.1.3.2",
                        number="二是",
                        title="大垭乡塘口易地扶贫搬迁集中安置点",
                        declared_count=4,
                        declared_amount=Money.from_wan("924.83"),
                        text=_clause(13, "二是投资", "。（"),
                        provenance=_at(13),
                    ),
                ],
                provenance=_at(13),
            ),
        ],
        provenance=_at(10, 13),
    )
    industry = Section(
        id="2.2",
        number="（2）",
        title="帮扶产业发展",
        subsections=[
            Section(
                id="2.2.1",
                number="1.",
                title="开展消费扶贫",
                text=LINES[15],
                provenance=_at(15),
            ),
            Section(
                id="2.2.2",
                number="2.",
                title="协助招商引资",
                text=LINES[16],
                provenance=_at(16),
            ),
            Section(
                id="2.2.3",
                number="3.",
                title="联合发展旅游",
                text=LINES[17],
                provenance=_at(17),
            ),
        ],
        provenance=_at(14, 17),
    )
    tasks = [
        Section(
            id=f"2.{index}",
            number=number,
            title=title,
            text=LINES[line + 1],
            provenance=_at(line, line + 1),
        )
        for index, number, title, line in (
            (3, "（三）", "加强劳务协作", 18),
            (4, "（四）", "加强医疗帮扶", 20),
            (5, "（五）", "加强教育帮扶", 22),
            (6, "（六）", "加强干部交流", 24),
            (7, "（七）", "深化街村结对", 26),
        )
    ]
    return [
        Section(
            id="1",
            number="一、",
            title="总体要求",
            text=f"{LINES[6]}\n{LINES[7]}",
            provenance=_at(5, 7),
        ),
        Section(
            id="2",
            number="二、",
            title="重点帮扶任务",
            declared_amount=Money.from_wan("5487"),
            text=LINES[9],
            subsections=[infrastructure, industry, *tasks],
            provenance=_at(8, 27),
        ),
        Section(id="3", number="三、", title="保障措施", provenance=_at(28, 33)),
    ]


def build() -> dict[str, Programme]:
    """The programme of seed 003, by sample name."""
    programme = Programme(
        title="2020年两江新区助推彭水自治县打赢脱贫攻坚战工作方案",
        scheme=Scheme.COUNTERPART,
        donor=Region(name="两江新区", full_name="重庆两江新区"),
        recipient=Region(name="彭水苗族土家族自治县"),
        year=2020,
        genre="工作方案",
        declared_total=Money.from_wan("5487"),
        fund_sources=[
            FundSource(
                key="2019",
                kind=FundSourceKind.ANNUAL_AID,
                label="2019年援助资金",
                year=2019,
                in_total=False,
                provenance=_at(45),
            ),
            FundSource(
                key="2020",
                kind=FundSourceKind.ANNUAL_AID,
                label="2020年援助资金",
                year=2020,
                amount=Money.from_wan("5487"),
                in_total=True,
                provenance=_at(46),
            ),
        ],
        sections=_sections(),
        projects=[_project(*row) for row in ROWS],
        mechanisms=_mechanisms(),
        notes=[LINES[4], LINES[35]],
        provenance=_at(1, 272),
    )
    return {NAME: programme}
