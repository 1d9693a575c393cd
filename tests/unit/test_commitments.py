"""Commitments read from text: the issue's phrases, the seeds' sentences, junk."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from aidmodel import (
    AidModelError,
    Bound,
    Commitment,
    InvalidTypeError,
    NumeralError,
    Programme,
    extract_commitments,
    find_commitments,
    parse_commitment,
    samples,
)

GOLDEN = Path(__file__).parent.parent / "golden" / "commitments"
SEEDS = Path(__file__).parent.parent / "fixtures" / "seeds"

# text -> metric, value, unit, bound, high, per, period, scope
PHRASES: list[tuple[str, str, str, str, Bound, str | None, str | None, str | None, str | None]] = [
    ("转移就业40名以上", "转移就业", "40", "名", Bound.AT_LEAST, None, None, None, None),
    (
        "对峨边彝族自治县农村劳动力进行就业技能培训50名以上",
        "就业技能培训",
        "50",
        "名",
        Bound.AT_LEAST,
        None,
        None,
        None,
        "峨边彝族自治县农村劳动力",
    ),
    ("开展送岗下乡2场以上", "送岗下乡", "2", "场", Bound.AT_LEAST, None, None, None, None),
    (
        "选派峨边彝族自治县干部人才到市中区顶岗锻炼或短期培训20人次以上",
        "选派峨边彝族自治县干部人才到市中区顶岗锻炼或短期培训",
        "20",
        "人次",
        Bound.AT_LEAST,
        None,
        None,
        None,
        None,
    ),
    ("培训农村劳动力200人", "培训", "200", "人", Bound.EXACT, None, None, None, "农村劳动力"),
    (
        "帮助转移就业农村劳动力1000人以上",
        "转移就业",
        "1000",
        "人",
        Bound.AT_LEAST,
        None,
        None,
        None,
        "农村劳动力",
    ),
    (
        "组织干部人才培训1500人次（其中电商、文旅100人次）以上",
        "组织干部人才培训",
        "1500",
        "人次",
        Bound.AT_LEAST,
        None,
        None,
        None,
        None,
    ),
    (
        "形成林竹特色产业生产加工销售基地15000㎡以上",
        "形成林竹特色产业生产加工销售基地",
        "15000",
        "㎡",
        Bound.AT_LEAST,
        None,
        None,
        None,
        None,
    ),
    (
        "每年按照投资3%保底分红34.5万元",
        "保底分红",
        "345000",
        "元",
        Bound.EXACT,
        None,
        None,
        "年",
        "按照投资3%",
    ),
    (
        "双方党委常委会、政府常务会专题研究结对帮扶工作每半年至少1次",
        "双方党委常委会、政府常务会专题研究结对帮扶工作",
        "1",
        "次",
        Bound.AT_LEAST,
        None,
        "半年",
        "半年",
        None,
    ),
    ("不低于100人次/年", "人次", "100", "人次", Bound.AT_LEAST, None, "年", "年", None),
    ("积极推荐2—3个优质项目", "推荐优质项目", "2", "个", Bound.RANGE, "3", None, None, None),
    (
        "组织两江新区企业到彭水自治县考察至少1次",
        "组织两江新区企业到彭水自治县考察",
        "1",
        "次",
        Bound.AT_LEAST,
        None,
        None,
        None,
        None,
    ),
    (
        "帮助重点建设1~2个特色专科",
        "重点建设特色专科",
        "1",
        "个",
        Bound.RANGE,
        "2",
        None,
        None,
        None,
    ),
    (
        "开展学术讲座或举办业务培训班累计不少于5次",
        "学术讲座或举办业务培训班",
        "5",
        "次",
        Bound.AT_LEAST,
        None,
        None,
        None,
        None,
    ),
    (
        "力争全年接受1000人次以上滨江职工（劳模）到建始开展疗休养",
        "接受滨江职工（劳模）到建始开展疗休养",
        "1000",
        "人次",
        Bound.AT_LEAST,
        None,
        None,
        "年",
        None,
    ),
    (
        "年内至少召开1次帮扶干部人才交流座谈会",
        "召开帮扶干部人才交流座谈会",
        "1",
        "次",
        Bound.AT_LEAST,
        None,
        None,
        "年",
        None,
    ),
    (
        "帮助10余名残疾儿童就近康复训练",
        "残疾儿童就近康复训练",
        "10",
        "名",
        Bound.MORE_THAN,
        None,
        None,
        None,
        None,
    ),
    (
        "建设科技转化中心约2000㎡",
        "建设科技转化中心",
        "2000",
        "㎡",
        Bound.ABOUT,
        None,
        None,
        None,
        None,
    ),
    ("改造配套管网20千米", "改造配套管网", "20", "公里", Bound.EXACT, None, None, None, None),
    ("新建一条果袋生产线", "新建果袋生产线", "1", "条", Bound.EXACT, None, None, None, None),
    ("每年开展２次集中营销", "集中营销", "2", "次", Bound.EXACT, None, None, "年", None),
    ("超过100户", "个数", "100", "户", Bound.MORE_THAN, None, None, None, None),
    ("年产值将达12亿", "年产值", "1200000000", None, Bound.EXACT, None, None, None, None),
]


@pytest.mark.parametrize(
    ("text", "metric", "value", "unit", "bound", "high", "per", "period", "scope"),
    PHRASES,
    ids=[p[0][:20] for p in PHRASES],
)
def test_parse_commitment_reads_the_phrases_plans_write(
    text: str,
    metric: str,
    value: str,
    unit: str | None,
    bound: Bound,
    high: str | None,
    per: str | None,
    period: str | None,
    scope: str | None,
) -> None:
    c = parse_commitment(text)
    assert (c.metric, c.target.value, c.target.unit, c.target.bound) == (
        metric,
        Decimal(value),
        unit,
        bound,
    )
    assert c.target.high == (None if high is None else Decimal(high))
    assert (c.target.per, c.period, c.scope) == (per, period, scope)
    assert c.text == text


def test_parts_written_with_qizhong_keep_the_parent_metric() -> None:
    c = parse_commitment("组织干部人才培训1500人次（其中电商、文旅100人次）以上")
    assert c.target.text == "1500人次以上"
    (part,) = c.parts
    assert (part.metric, part.scope, part.target.value, part.target.unit, part.target.bound) == (
        "组织干部人才培训",
        "电商、文旅",
        Decimal(100),
        "人次",
        Bound.EXACT,
    )
    assert part.text == "其中电商、文旅100人次"


def test_extract_finds_every_commitment_of_a_sentence_with_its_span() -> None:
    text = (
        "转移峨边彝族自治县劳动力到县域外实现就业40名以上；"
        "对峨边彝族自治县农村劳动力进行就业技能培训50名以上；"
        "到峨边彝族自治县开展送岗下乡2场以上。"
    )
    spans = find_commitments(text)
    assert [s.commitment.target.value for s in spans] == [40, 50, 2]
    assert [s.commitment.target.unit for s in spans] == ["名", "名", "场"]
    assert [text[s.start : s.end] for s in spans] == [s.commitment.text for s in spans]
    assert spans[0].commitment.text == "转移峨边彝族自治县劳动力到县域外实现就业40名以上"
    assert extract_commitments(text) == tuple(s.commitment for s in spans)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "加强组织领导，压实工作责任。",
        "拟投入资金100万元，完成时限：2025年11月。",
        "190（县委组织部90万、县司法局50万、县卫生健康委50万）",
        "第1例手术",
        "严格落实“四个不摘”要求，一户一策，一次性补助",
        "2018-2020年",
        "（1）产业合作",
    ],
)
def test_text_without_a_commitment_gives_nothing_and_parse_says_so(text: str) -> None:
    assert extract_commitments(text) == ()
    if "万" in text or "补助" in text:
        return  # parse_commitment reads amounts whatever the words (see below)
    with pytest.raises(NumeralError, match="no target figure") as info:
        parse_commitment(text)
    assert repr(text) in str(info.value)


def test_parse_reads_an_amount_extract_leaves_as_funds() -> None:
    assert extract_commitments("拟投入资金100万元") == ()
    c = parse_commitment("拟投入资金100万元")
    assert (c.metric, c.target.value, c.target.unit) == ("拟投入资金", Decimal(1000000), "元")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "力争引进企业不少于3家，完成投资1亿元",
            [("引进企业", "3", "家"), ("完成投资", "100000000", "元")],
        ),
        ("覆盖脱贫户300户1000人", [("覆盖脱贫户", "300", "户"), ("覆盖脱贫户", "1000", "人")]),
        ("消费帮扶金额达到3000万元以上", [("消费帮扶金额", "30000000", "元")]),
        ("争取社会帮扶资金不少于500万元", [("社会帮扶资金", "5000000", "元")]),
        (
            "结对帮扶村10对以上，硬化道路12.5千米",
            [("结对帮扶村", "10", "对"), ("硬化道路", "12.5", "公里")],
        ),
        ("吸纳脱贫劳动力就业30人左右", [("吸纳脱贫劳动力就业", "30", "人")]),
        (
            "组织开展乡村振兴培训班3期、培训150人次",
            [("组织开展乡村振兴培训班", "3", "期"), ("培训", "150", "人次")],
        ),
        ("资助贫困学生不少于200名，每人每年资助1000元", [("资助", "200", "名")]),
        ("实现脱贫人口稳定就业1.5万人", [("实现脱贫人口稳定就业", "15000", "人")]),
        (
            "维修路灯80盏，新打灌溉井4眼，整治沟渠2段",
            [("维修路灯", "80", "盏"), ("新打灌溉井", "4", "眼"), ("整治沟渠", "2", "段")],
        ),
        ("更换电杆30根，新建涵洞6孔", [("更换电杆", "30", "根"), ("新建涵洞", "6", "孔")]),
        # 每吸纳1人: the head a rate is paid per, no target of 1人.
        ("按每吸纳1人2000元标准给予奖补", [("按每吸纳1人标准给予奖补", "2000", "元")]),
    ],
)
def test_extract_reads_phrasings_beyond_the_seeds(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    found = [(c.metric, c.target.value, c.target.unit) for c in extract_commitments(text)]
    assert found == [(m, Decimal(v), u) for m, v, u in expected]


def test_numbering_navigation_and_structure_are_not_targets() -> None:
    text = "①组织企业考察不少于2批次；②引进企业投资项目2个以上。三是开展消费帮扶活动不少于4场。"
    assert [c.text for c in extract_commitments(text)] == [
        "组织企业考察不少于2批次",
        "引进企业投资项目2个以上",
        "开展消费帮扶活动不少于4场",
    ]
    assert extract_commitments("上一篇：关于印发方案的通知 下一篇：工作动态") == ()
    # Declared counts of the plan's own projects are its structure (Section.declared_count).
    assert extract_commitments("产业协作项目4个，计划投资1420万元；实施6类11个项目。") == ()


def test_a_qizhong_clause_is_a_part_of_the_target_before_it() -> None:
    (c,) = extract_commitments("帮助农村劳动力转移就业1000人以上，其中到江苏省就业不少于150人。")
    assert (c.metric, c.target.value, c.text) == (
        "农村劳动力转移就业",
        1000,
        "帮助农村劳动力转移就业1000人以上",
    )
    (part,) = c.parts
    assert (part.metric, part.scope, part.target.value, part.target.bound) == (
        "农村劳动力转移就业",
        "到江苏省就业",
        150,
        Bound.AT_LEAST,
    )
    assert part.text == "其中到江苏省就业不少于150人"


PLANS = Path(__file__).parent.parent / "fixtures" / "plans"


@pytest.mark.parametrize("path", sorted(PLANS.glob("*.txt")), ids=lambda p: p.stem)
def test_every_commitment_of_the_fixture_plans_is_found(path: Path) -> None:
    """Plans written for the importer (tests/fixtures/plans): unseen wording and layouts."""
    key = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    spans = find_commitments(path.read_text(encoding="utf-8"))
    texts = [s.commitment.text for s in spans] + [p.text for s in spans for p in s.commitment.parts]
    missing = [
        k
        for k in key["commitments"]
        if not any(t and t in k and 2 * len(t) >= len(k) for t in texts)
    ]
    assert not missing


def test_parse_refuses_several_commitments_and_names_them() -> None:
    with pytest.raises(NumeralError, match=r"2 commitments \(转移就业40名以上; 培训50名以上\)"):
        parse_commitment("转移就业40名以上；培训50名以上")


@pytest.mark.parametrize("bad", [None, 40, b"40", ["40名"]])
def test_non_text_is_a_type_error(bad: object) -> None:
    for function in (parse_commitment, extract_commitments, find_commitments):
        with pytest.raises(InvalidTypeError, match="is not text"):
            function(bad)  # type: ignore[arg-type]


# -- the seeds ---------------------------------------------------------------------------------

# Sample commitments whose figure the text writes without a unit (12亿, 一亿): the
# hand-made sample reads them as 元; extract keeps the unit the text gives (none).
NO_UNIT_IN_TEXT = {"一期投产后,年产值将达12亿", "税收1—2亿", "3年一亿"}


def _hosts(plan: Programme) -> list[tuple[str, str, tuple[Commitment, ...]]]:
    hosts: list[tuple[str, str, tuple[Commitment, ...]]] = []
    for i, project in enumerate(plan.projects):
        # The paragraph as written, or for a table row its content and benefits cells.
        cells = (project.content, project.benefits)
        text = project.text or "\n".join(t for t in cells if t)
        hosts.append((f"projects[{i}]", text, project.commitments))
    for i, task in enumerate(plan.mechanisms):
        hosts.append((f"mechanisms[{i}]", task.text or "", task.commitments))
    for i, c in enumerate(plan.commitments):
        hosts.append((f"commitments[{i}]", c.text or "", (c,)))
    return hosts


def _key(c: Commitment) -> tuple[object, ...]:
    t = c.target
    return (t.value, t.unit, t.bound, t.high, t.per)


@pytest.mark.parametrize("name", samples.names())
def test_every_commitment_of_the_seeds_is_found_in_its_text(name: str) -> None:
    plan = samples.load(name)
    checked = 0
    for where, text, commitments in _hosts(plan):
        found = extract_commitments(text)
        for c in commitments:
            checked += 1
            key = _key(c)
            if any(t in (c.text or "") for t in NO_UNIT_IN_TEXT):
                key = (key[0], None, *key[2:])
            assert key in [_key(f) for f in found], (where, c.text, found)
    assert checked == sum(len(cs) for _, _, cs in _hosts(plan))


def _table(name: str) -> str:
    """One line per commitment extract finds in the seed sample's texts."""
    lines = ["where\tmetric\tvalue\tunit\tbound\thigh\tper\tperiod\tscope\tparts\ttext"]
    for where, text, _ in _hosts(samples.load(name)):
        for c in extract_commitments(text):
            t = c.target
            parts = "; ".join(f"{p.scope}:{p.target.value}{p.target.unit}" for p in c.parts)
            row = [where, c.metric, t.value, t.unit, t.bound.value, t.high, t.per, c.period]
            row += [c.scope, parts, c.text]
            lines.append("\t".join("" if v is None else str(v).replace("\n", "⏎") for v in row))
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("name", samples.names())
def test_commitment_table_of_each_seed_golden(name: str, request: pytest.FixtureRequest) -> None:
    path = GOLDEN / f"{name}.tsv"
    table = _table(name)
    if request.config.getoption("--update-golden"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(table, encoding="utf-8")
    assert table == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_spans_point_into_whole_seed_documents(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    spans = find_commitments(text)
    assert spans
    for span in spans:
        assert text[span.start : span.end] == span.commitment.text
        assert span.commitment.metric.strip()
    assert [s.start for s in spans] == sorted(s.start for s in spans)


def test_errors_are_aidmodel_errors() -> None:
    with pytest.raises(AidModelError):
        parse_commitment("   ")


def test_allotments_and_item_numbers_are_no_targets() -> None:
    """Issue 14, kind 9: money allotted to a place (乐都区819万元) and an item number glued to
    项目 (1项目实施地点) are not commitments; a figure of a target beside them still is."""
    text = "其中：乐都区819万元、平安区612万元；转移就业40名以上。1项目实施地点：甲镇。"
    assert [c.text for c in extract_commitments(text)] == ["转移就业40名以上"]


@pytest.mark.parametrize(
    ("text", "metric", "low", "high", "unit"),
    [
        # An approximate range is a range: 约 is a hedge on it.
        ("建设冷库约500—600立方米", "建设冷库", "500", "600", "立方米"),
        # 以上 on a range leaves the range (met from its low end, as every range is).
        ("带动就业2至3个以上", "带动就业", "2", "3", "个"),
        ("吸纳就业约20—30人", "吸纳就业", "20", "30", "人"),
    ],
)
def test_a_hedged_range_is_read_as_the_range(
    text: str, metric: str, low: str, high: str, unit: str
) -> None:
    (c,) = extract_commitments(text)
    assert (c.metric, c.target.bound, c.target.unit) == (metric, Bound.RANGE, unit)
    assert (c.target.low, c.target.high) == (Decimal(low), Decimal(high))
    assert c.text == text
    assert parse_commitment(text) == c


def test_one_figure_the_model_refuses_costs_only_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    """A figure that cannot become a commitment loses no other commitment of the paragraph."""
    text = "建设冷库约500—600立方米，带动就业20人；开展培训2场以上。"
    assert [c.text for c in extract_commitments(text)] == [
        "建设冷库约500—600立方米",
        "带动就业20人",
        "开展培训2场以上",
    ]
    import aidmodel._commitment_scan as module  # the scanner builds the commitments
    from aidmodel.errors import InvalidValueError

    real = module.Commitment

    def refusing(**fields: object) -> Commitment:
        if fields["metric"] == "带动就业":
            raise InvalidValueError("Commitment.metric (指标)", "refused", expected="x", got="")
        return real(**fields)  # type: ignore[arg-type]

    monkeypatch.setattr(module, "Commitment", refusing)
    assert [c.text for c in extract_commitments(text)] == [
        "建设冷库约500—600立方米",
        "开展培训2场以上",
    ]


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        (
            "全年招引企业3家以上，实际到位资金6000万元以上。",
            ["全年招引企业3家以上", "实际到位资金6000万元以上"],
        ),
        ("截至目前，累计到位资金300万元。", []),
        (
            "引进企业在本县落地投资项目2个以上，到位资金5000万元以上。",
            ["引进企业在本县落地投资项目2个以上", "到位资金5000万元以上"],
        ),
    ],
)
def test_money_actually_in_place_is_a_target_of_attraction(text: str, targets: list[str]) -> None:
    # 实际到位资金…以上: money the plan is to attract; 累计到位资金 is money already in, no target.
    assert [c.text for c in extract_commitments(text)] == targets


def test_a_run_of_place_like_names_is_read_in_linear_time() -> None:
    # The fuzz run's reproducer: 舟曲县东 repeated before an amount took seconds, doubling
    # with each repeat (a regular expression backtracking); it is read in one pass now.
    assert extract_commitments("舟曲县东" * 60 + "部协作资金2480万元") == ()
    assert [
        c.text for c in extract_commitments("其中：乐都区819万元、平安区612万元，培训农民200人")
    ] == ["培训农民200人"]


def test_the_second_fuzz_runs_reproducers() -> None:
    # 万 repeated past any figure raised decimal.InvalidOperation; 至 then a long run of
    # spaces cost the cube of the run (optional spaces twice in a row in one pattern).
    assert [
        c.text for c in extract_commitments("帮扶贫困户60户，捐款约170余" + "万" * 100 + "元")
    ] == ["帮扶贫困户60户"]
    assert extract_commitments("至" + " " * 5000 + "2021年3月26日") == ()
