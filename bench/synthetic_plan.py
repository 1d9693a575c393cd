"""A synthetic prose plan (实施方案) of any size, for the import benchmark.

Deterministic: the same size and seed give the same text on every machine. The
text has what the seed plans have: a covering notice, the title, a totals
paragraph with its 大写 and the amount and count of each category, sections
numbered （一） （二） ..., and project paragraphs with 投入资金, 实施地点,
责任单位, 完成时限 and one or two targets; then 保障措施 with one duty. The
current importer reads every project and uses every amount of it.
"""

from __future__ import annotations

import random
from decimal import Decimal

from aidmodel import Money, rmb_upper

TOWNS = ("沙坪镇", "新林镇", "黑竹沟镇", "红花镇", "宜坪乡", "杨村乡", "白杨乡", "觉莫乡", "金岩乡")
VILLAGES = ("茶园村", "先锋村", "胜利村", "新场村", "团结村", "红旗村", "五渡村", "核桃村")
UNITS = ("县农业农村局", "县人社局", "县教育局", "县卫生健康局", "县文广旅局", "县商务局")
WORKS = ("茶叶加工厂房建设", "枇杷分选包装初加工", "乡村道路硬化", "安全饮水提升", "民宿改造")
SECTIONS = (
    ("（一）", "产业协作"),
    ("（二）", "劳务协作"),
    ("（三）", "人才交流"),
    ("（四）", "消费帮扶"),
    ("（五）", "社会事业"),
)
TARGETS = (
    ("新建生产线", "{n}条"),
    ("带动脱贫户就业", "{n}人以上"),
    ("开展技能培训", "{n}人次以上"),
    ("硬化道路", "{n}公里"),
)


def make_plan_text(projects: int = 20, *, seed: int = 0) -> str:
    """The text of a plan with ``projects`` projects in five sections."""
    rng = random.Random(seed)
    by_section: list[list[tuple[str, Decimal]]] = [[] for _ in SECTIONS]
    for index in range(projects):
        wan = Decimal(rng.randrange(500, 50_000)) / 10  # 50.0 .. 4999.9 万元
        town, village = rng.choice(TOWNS), rng.choice(VILLAGES)
        targets = rng.sample(TARGETS, rng.choice((1, 2)))
        shown = "，".join(m + p.format(n=rng.randrange(2, 500)) for m, p in targets)
        body = [
            f"{{n}}.{town}{village}{rng.choice(WORKS)}项目。投入资金{wan}万元，{shown}。",
            f"实施地点：{town}{village}",
            f"责任单位：{rng.choice(UNITS)}",
            f"完成时限：2026年{1 + index % 12}月",
        ]
        by_section[index % len(SECTIONS)].append(("\n".join(body), wan))
    total = sum((wan for items in by_section for _, wan in items), Decimal(0))
    parts = [
        f"{title}项目{len(items)}个，计划投资{sum(w for _, w in items)}万元"
        for (_, title), items in zip(SECTIONS, by_section, strict=True)
        if items
    ]
    lines = [
        "合成县人民政府办公室",
        "关于印发《合成县2026年东西部协作项目实施方案》的通知",
        "各乡镇人民政府，县级各部门：",
        "《合成县2026年东西部协作项目实施方案》已经县政府同意，现印发给你们，请认真贯彻执行。",
        "合成县人民政府办公室",
        "2026年2月9日",
        "",
        "合成县2026年东西部协作项目实施方案",
        "为深入推进东西部协作，依托浙江省宁波市北仑区帮扶优势，结合我县实际，制定本方案。",
        "一、总体要求",
        "坚持精准帮扶，聚焦产业协作、劳务协作和社会事业，助力乡村全面振兴。",
        "二、资金安排",
        f"2026年安排东西部协作财政援助资金{total}万元（大写：{rmb_upper(Money.from_wan(total))}），"
        f"实施项目{projects}个，其中：{'；'.join(parts)}。",
        "三、项目安排",
    ]
    number = 0
    for (heading, title), items in zip(SECTIONS, by_section, strict=True):
        if not items:
            continue
        lines.append(f"{heading}{title}")
        for body, _ in items:
            number += 1
            lines.append(body.format(n=number))
    lines += [
        "四、保障措施",
        "（一）加强组织领导。两地每年至少召开1次联席会议，研究协作重大事项。",
        "（二）强化资金监管。严格执行财政援助资金管理办法，确保资金安全。",
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":  # pragma: no cover
    print(make_plan_text(20), end="")
