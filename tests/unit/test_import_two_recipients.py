"""A plan of one donor for several recipients (plan o of tests/fixtures/genre): one
programme per recipient, each with its share of the total, its own sections and the shared
ones. Wordings differ from plan o's."""

from __future__ import annotations

from aidmodel import Money, reconcile
from aidmodel.importers import parse_plan

PLAN = "\n".join(
    [
        "余杭区2024年东西部协作帮扶剑河县和台江县项目计划",
        "一、资金安排",
        "2024年，余杭区安排东西部协作资金900万元，其中：支持剑河县600万元，共2个项目；"
        "支持台江县300万元，共1个项目。",
        "二、剑河县项目",
        "1.茶园提升项目。投入资金400万元，改造茶园500亩。",
        "2.冷库建设项目。投入资金200万元，新建冷库1座。",
        "三、台江县项目",
        "1.刺绣工坊项目。投入资金300万元，培训绣娘200人。",
        "四、工作要求",
        "（一）加强调度。每季度召开1次调度会。",
    ]
)


def test_each_recipient_is_a_programme_of_its_own() -> None:
    result = parse_plan(PLAN)
    got = [
        (p.recipient.name, p.declared_total, p.declared_project_count, [x.name for x in p.projects])
        for p in result.programmes
    ]
    assert got == [
        ("剑河县", Money.from_wan(600), 2, ["茶园提升项目", "冷库建设项目"]),
        ("台江县", Money.from_wan(300), 1, ["刺绣工坊项目"]),
    ]
    assert all(p.donor.name == "余杭区" for p in result.programmes)
    assert all(reconcile(p) == () for p in result.programmes)


def test_each_share_is_drawn_from_the_fund_the_total_names() -> None:
    result = parse_plan(PLAN)
    assert [[(s.label, s.amount) for s in p.fund_sources] for p in result.programmes] == [
        [("东西部协作资金", Money.from_wan(600))],
        [("东西部协作资金", Money.from_wan(300))],
    ]


def test_the_shared_sections_bind_every_recipient() -> None:
    result = parse_plan(PLAN)
    assert [[m.title for m in p.mechanisms] for p in result.programmes] == [["加强调度"]] * 2


def test_the_total_of_all_recipients_is_named_in_a_warning_and_paths_name_the_programme() -> None:
    result = parse_plan(PLAN)
    used = {(m.line, m.text): m.used_as for m in result.amounts}
    assert used[3, "900万元"] is None
    assert any("900万元" in w.message for w in result.warnings)
    assert used[3, "300万元"] == "programmes[1].fund_sources[0].amount"
    assert used[8, "300万元"] == "programmes[1].projects[0].amount"


def test_recipients_without_sections_of_their_own_give_one_programme_and_a_warning() -> None:
    text = PLAN.replace("二、剑河县项目", "二、项目安排").replace("三、台江县项目\n", "")
    result = parse_plan(text)
    assert [p.recipient.name for p in result.programmes] == ["剑河县"]
    assert any("2 recipients" in w.message for w in result.warnings)


def test_the_verb_before_a_single_recipient_is_not_its_name() -> None:
    text = "江宁区2024年东西部协作帮扶商南县项目实施方案\n2024年安排资金100万元。\n一、项目\n1.甲项目。投入资金100万元。"
    (programme,) = parse_plan(text).programmes
    assert programme.recipient.name == "商南县"
