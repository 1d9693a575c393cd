"""A synthetic programme of any size, shaped like the seed plans, for the benchmarks;
and :func:`best`, the timer the model and reconcile benchmarks share.

Deterministic: the same size and seed give the same programme on every machine.
Each project has a number, a name, a section, an amount with one or two funding
shares, one or two locations and units, a deadline, a status, a content line
and about two commitments (between one and three).
"""

from __future__ import annotations

import argparse
import gc
import random
import time
from collections.abc import Callable
from decimal import Decimal

from aidmodel import (
    Commitment,
    FundingShare,
    FundSource,
    FundSourceKind,
    Money,
    PartialDate,
    Programme,
    Project,
    ProjectStatus,
    Region,
    Scheme,
    Section,
    parse_quantity,
)

TOWNS = ("沙坪镇", "新林镇", "黑竹沟镇", "红花镇", "宜坪乡", "杨村乡", "白杨乡", "觉莫乡", "金岩乡")
VILLAGES = ("茶园村", "先锋村", "胜利村", "新场村", "团结村", "红旗村", "五渡村", "核桃村")
UNITS = (
    "县农业农村局",
    "县人社局",
    "县教育局",
    "县卫生健康局",
    "县文广旅局",
    "县商务局",
    "县乡村振兴局",
)
WORKS = (
    "茶叶加工厂房建设",
    "枇杷分选包装初加工",
    "乡村道路硬化",
    "安全饮水提升",
    "民宿改造",
    "冷链仓储",
)
SECTIONS = (
    ("1", "（一）", "产业合作"),
    ("2", "（二）", "劳务协作"),
    ("3", "（三）", "人才交流"),
    ("4", "（四）", "消费帮扶"),
    ("5", "（五）", "基础设施"),
    ("6", "（六）", "社会事业"),
)
TARGETS = (
    ("转移就业", "{n}名以上"),
    ("就业技能培训", "{n}人次以上"),
    ("开展送岗下乡", "{n}场以上"),
    ("带动脱贫户", "{n}户"),
    ("建设基地", "{n}㎡以上"),
)


def make_programme(projects: int, *, seed: int = 0) -> Programme:
    """A programme with ``projects`` projects, six sections and two fund sources."""
    rng = random.Random(seed)
    items = []
    carry_over_total = Decimal(0)
    total = Decimal(0)
    for index in range(projects):
        section_id, _, category = SECTIONS[index % len(SECTIONS)]
        town = rng.choice(TOWNS)
        village = rng.choice(VILLAGES)
        fen = rng.randrange(100_000, 500_000_000)
        amount = Money.from_fen(fen)
        funding = [FundingShare(amount=amount, source="current")]
        if index % 7 == 0:
            carried = Money.from_fen(fen // 3)
            funding = [
                FundingShare(amount=carried, source="carry_over"),
                FundingShare(amount=amount - carried, source="current"),
            ]
            carry_over_total += carried.yuan
        total += amount.yuan
        commitments = []
        for _ in range(rng.choice((1, 2, 2, 3))):
            metric, pattern = rng.choice(TARGETS)
            figure = pattern.format(n=rng.randrange(2, 2000))
            commitments.append(
                Commitment(metric=metric, target=parse_quantity(figure), text=metric + figure)
            )
        items.append(
            Project(
                number=f"{index + 1}.",
                name=f"{town}{village}{rng.choice(WORKS)}项目",
                section=section_id,
                category=category,
                amount=amount,
                funding=funding,
                locations=(f"{town}{village}",) if index % 3 else (town, f"{town}{village}"),
                units=(rng.choice(UNITS),) if index % 4 else (rng.choice(UNITS), "县财政局"),
                deadline=PartialDate(2025, 1 + index % 12),
                status=ProjectStatus.NEW if index % 5 else ProjectStatus.CONTINUED,
                content=f"在{town}{village}实施{rng.choice(WORKS)}，资金用于设备购置及配套设施建设。",
                commitments=commitments,
            )
        )
    carry_over = Money.from_yuan(carry_over_total)
    return Programme(
        title=f"合成县{projects}个项目实施方案",
        scheme=Scheme.EAST_WEST,
        donor=Region(name="柯桥区", full_name="浙江省绍兴市柯桥区"),
        recipient=Region(name="峨边彝族自治县"),
        year=2025,
        document_number="合成府办函〔2025〕1号",
        declared_total=Money.from_yuan(total),
        declared_project_count=projects,
        fund_sources=[
            FundSource(
                key="current",
                kind=FundSourceKind.CURRENT,
                amount=Money.from_yuan(total) - carry_over,
            ),
            FundSource(key="carry_over", kind=FundSourceKind.CARRY_OVER, amount=carry_over),
        ],
        sections=[Section(id=i, number=n, title=t) for i, n, t in SECTIONS],
        projects=items,
    )


def timed(func: Callable[[], object], runs: int) -> list[float]:
    """The wall time of each of ``runs`` calls, in seconds, garbage collector on."""
    times = []
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return times


def best(func: Callable[[], object], runs: int) -> float:
    """The best wall time of ``runs`` calls, in seconds, garbage collector on."""
    return min(timed(func, runs))


def sizes(description: str, argv: list[str] | None) -> tuple[int, int]:
    """The number of projects and of runs a benchmark's command line asks for (--quick)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--quick", action="store_true", help="2,000 projects, one run")
    args = parser.parse_args(argv)
    return (2_000, 1) if args.quick else (100_000, 5)
