"""Build a plan by hand, check it, show it, store it, change it; then build it again
from plain data. The app of docs/guide.md, as one script.

Run: python examples/build_a_plan.py
"""

from __future__ import annotations

from aidmodel import (
    FundingShare,
    FundSource,
    FundSourceKind,
    MechanismTask,
    Money,
    PartialDate,
    Programme,
    Project,
    ProjectStatus,
    Region,
    Scheme,
    Section,
    build,
    from_json,
    fund_plan,
    reconcile,
    rmb_upper,
    to_json,
)
from aidmodel.aggregate import totals_by_section, totals_by_source
from aidmodel.commitments import parse_commitment
from aidmodel.errors import MissingDependencyError
from aidmodel.frames import to_pandas
from aidmodel.fundplan import to_text


def share(source: str, wan: str) -> FundingShare:
    """A project's share of one fund source, in 万元."""
    return FundingShare(source=source, amount=Money.from_wan(wan))


# 1. The plan, by hand: 2 fund sources, 2 sections, 4 projects split by source, 2 duties.
plan = Programme(
    title="甲区结对帮扶乙县2025年项目实施方案",
    scheme=Scheme.IN_PROVINCE_PAIRING,
    donor=Region(name="甲区"),
    recipient=Region(name="乙县"),
    year=2025,
    declared_total=Money.from_wan(560),
    declared_total_upper="伍佰陆拾万元整",
    declared_project_count=4,
    fund_sources=[
        FundSource(key="current", kind=FundSourceKind.CURRENT, amount=Money.from_wan(500)),
        FundSource(key="carry_over", kind=FundSourceKind.CARRY_OVER, amount=Money.from_wan(60)),
    ],
    sections=[
        Section(id="1", number="（一）", title="产业合作", declared_count=2),
        Section(id="2", number="（二）", title="劳务协作", declared_count=2),
    ],
    projects=[
        Project(
            number="1.",
            name="茶叶加工厂建设项目",
            section="1",
            amount=Money.from_wan(300),
            funding=[share("current", "260"), share("carry_over", "40")],
            status=ProjectStatus.NEW,
            deadline=PartialDate(2025, 10),
            units=["县农业农村局"],
        ),
        Project(
            number="2.",
            name="蔬菜大棚提升项目",
            section="1",
            amount=Money.from_wan(120),
            funding=[share("current", "100"), share("carry_over", "20")],
            status=ProjectStatus.CONTINUED,
            deadline=PartialDate(2025, 11),
            units=["县农业农村局", "甲镇人民政府"],
        ),
        Project(
            number="3.",
            name="劳务技能培训",
            section="2",
            amount=Money.from_wan(80),
            funding=[share("current", "80")],
            deadline=PartialDate(2025, 11),
            units=["县人力资源社会保障局"],
            commitments=[parse_commitment("培训农村劳动力100人次以上")],
        ),
        Project(
            number="4.",
            name="稳岗就业补助",
            section="2",
            amount=Money.from_wan(60),
            funding=[share("current", "60")],
            deadline=PartialDate(2025, 12),
            units=["县人力资源社会保障局"],
            commitments=[parse_commitment("转移就业40名以上")],
        ),
    ],
    mechanisms=[
        MechanismTask(
            number="1.",
            title="促进互访会商",
            units=["县乡村振兴局"],
            commitments=[parse_commitment("双方主要领导互访会商每年至少1次")],
        ),
        MechanismTask(number="2.", title="加强组织领导", deadline=PartialDate(2025, 12)),
    ],
)

# 2. Check it: the sources, sections and projects agree with what the plan declares.
print("findings:", [f.message for f in reconcile(plan)])

# 3. Totals: by fund source in the plan's order, by section; the total in 大写.
for group in totals_by_source(plan):
    print(f"source {group.key}: {group.amount.to_wan()}万元, {group.projects} projects")
for row in totals_by_section(plan):
    print(f"section {row.section} {row.title}: {row.amount.to_wan()}万元")
total = plan.project_total()
print(f"total {total.to_wan()}万元, 大写 {rmb_upper(total)}")

# 4. The fund plan table (项目资金计划表), as text.
print(to_text(fund_plan(plan)), end="")

# 5. JSON round trip: the wire format gives back an equal programme.
text = to_json(plan)
print("JSON round trip equal:", from_json(text, Programme) == plan)

# 6. A data frame, one row per project (the pandas extra).
try:
    frame = to_pandas(plan)
except MissingDependencyError as err:
    print("no data frame:", err)
else:
    print("frame:", frame[["name", "amount"]].values.tolist())

# 7. Change one amount: the copy no longer adds up, and reconcile says where.
changed = plan.update_project("劳务技能培训", amount=Money.from_wan(90))
for finding in reconcile(changed):
    print(f"changed: {finding.kind.value} at {finding.where}: {finding.message}")

# 8. The same plan from plain data, as a form or a spreadsheet has it.
data = {
    "title": "甲区结对帮扶乙县2025年项目实施方案",
    "scheme": "省内结对帮扶",
    "donor": "甲区",
    "recipient": "乙县",
    "year": "2025年",
    "declared_total": "560万元",
    "declared_total_upper": "伍佰陆拾万元整",
    "declared_project_count": "4个",
    "fund_sources": [
        {"key": "current", "kind": "本年帮扶资金", "amount": "500万元"},
        {"key": "carry_over", "kind": "上年结余", "amount": "60万元"},
    ],
    "sections": [
        {"id": "1", "number": "（一）", "title": "产业合作", "declared_count": "2个"},
        {"id": "2", "number": "（二）", "title": "劳务协作", "declared_count": "2个"},
    ],
    "projects": [
        {"序号": "1.", "项目名称": "茶叶加工厂建设项目", "所属部分": "1", "拟投入资金": "300万元",
         "funding": [{"source": "current", "amount": "260万元"},
                     {"source": "carry_over", "amount": "40万元"}],
         "status": "新建", "deadline": "2025年10月", "units": "县农业农村局"},
        {"序号": "2.", "项目名称": "蔬菜大棚提升项目", "所属部分": "1", "拟投入资金": "120万元",
         "funding": [{"source": "current", "amount": "100万元"},
                     {"source": "carry_over", "amount": "20万元"}],
         "status": "续建", "deadline": "2025-11", "units": "县农业农村局、甲镇人民政府"},
        {"序号": "3.", "项目名称": "劳务技能培训", "所属部分": "2", "拟投入资金": "80万元",
         "funding": [{"source": "current", "amount": "80万元"}],
         "deadline": "2025-11", "units": "县人力资源社会保障局",
         "commitments": "培训农村劳动力100人次以上"},
        {"序号": "4.", "项目名称": "稳岗就业补助", "所属部分": "2", "拟投入资金": "60万元",
         "funding": [{"source": "current", "amount": "60万元"}],
         "deadline": "2025-12", "units": "县人力资源社会保障局",
         "commitments": "转移就业40名以上"},
    ],
    "mechanisms": [
        {"number": "1.", "title": "促进互访会商", "units": "县乡村振兴局",
         "commitments": "双方主要领导互访会商每年至少1次"},
        {"number": "2.", "title": "加强组织领导", "deadline": "2025-12"},
    ],
}  # fmt: skip
print("built from plain data equal:", build(data, Programme) == plan)
