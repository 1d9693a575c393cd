"""The fictional ledger of seed 000 (市中区 → 峨边 2025): made up for the worked example.

No county office wrote it. It follows the plan's 16 projects through 2025 the way an
office ledger does: money released (拨付) and spent (支出) by voucher, the milestones
(开工, 完工, 验收, 资产移交), one adjustment (调整); and, on purpose, one project that
spends more than it was given and one that never starts before its deadline, so that
the example has findings to show.
"""

from __future__ import annotations

from aidmodel import EventKind, Ledger, LedgerEvent, Money, PartialDate

NAME = "shizhong-ebian-2025"
TITLE = "乐山市市中区结对帮扶峨边彝族自治县2025年项目实施方案"
NOTE = "虚构示例台账（fictional）：为演示而编制，并非峨边彝族自治县的真实台账。"

# RELEASED, SPENT, STARTED, COMPLETED, ACCEPTED, HANDED_OVER, ADJUSTED, in the enum's order.
R, S, ST, CO, AC, HO, AD = EventKind


def _date(text: str) -> PartialDate:
    return PartialDate.fromisoformat(text)


# (project index, kind, date, 万元 or None, document, extra)
_ROWS: tuple[tuple[int, EventKind, str, str | None, str | None, str | None], ...] = (
    # 1. 五渡镇新茶村产业提升项目 (66万元): done and handed over to the village.
    (0, R, "2025-04-10", "33", "峨财农〔2025〕8号", None),
    (0, ST, "2025-04-18", None, None, None),
    (0, S, "2025-05", "20", "凭证2025-05-031", None),
    (0, R, "2025-06-20", "33", "峨财农〔2025〕15号", None),
    (0, S, "2025-07", "36.5", "凭证2025-07-012", None),
    (0, CO, "2025-08-28", None, None, None),
    (0, AC, "2025-09-12", None, "验收报告2025-09", None),
    (0, HO, "2025-09-20", None, None, "新茶村股份经济合作联合社"),
    # 2. 平等乡林业林竹生产服务道路 (212万元), cut to 200万元 by an adjustment.
    (1, AD, "2025-05-15", "200", "峨边府办函〔2025〕45号", "212"),
    (1, R, "2025-05-20", "120", "峨财农〔2025〕11号", None),
    (1, ST, "2025-05-26", None, None, None),
    (1, S, "2025-07", "80", "凭证2025-07-020", None),
    (1, S, "2025-09", "30", "凭证2025-09-004", None),
    (1, R, "2025-10-15", "80", "峨财农〔2025〕21号", None),
    # 3. 宜坪乡枇杷分选包装初加工 (100万元).
    (2, R, "2025-04-25", "60", "峨财农〔2025〕9号", None),
    (2, ST, "2025-05", None, None, None),
    (2, S, "2025-06", "45", "凭证2025-06-008", None),
    (2, S, "2025-08", "15", "凭证2025-08-017", None),
    (2, CO, "2025-09-25", None, None, None),
    # 4. 就业帮扶项目 (no amount in the plan): started, no money recorded.
    (3, ST, "2025-03", None, None, None),
    # 5. 干部人才顶岗锻炼项目: started.
    (4, ST, "2025-04", None, None, None),
    # 6. 干部培育提能 (10万元).
    (5, R, "2025-05-08", "10", "峨财农〔2025〕10号", None),
    (5, ST, "2025-05-12", None, None, None),
    (5, S, "2025-06", "6", "凭证2025-06-021", None),
    (5, S, "2025-09", "4", "凭证2025-09-011", None),
    (5, CO, "2025-09-26", None, None, None),
    # 7. 组团式帮扶（教育） (20万元).
    (6, R, "2025-03-30", "20", "峨财农〔2025〕6号", None),
    (6, ST, "2025-04", None, None, None),
    (6, S, "2025-06", "12", "凭证2025-06-030", None),
    # 8. 组团式帮扶（医疗） (20万元).
    (7, R, "2025-03-30", "20", "峨财农〔2025〕6号", None),
    (7, ST, "2025-04", None, None, None),
    (7, S, "2025-07", "9", "凭证2025-07-003", None),
    # 9. “四季文旅”消费帮扶 (15万元).
    (8, R, "2025-06-05", "15", "峨财农〔2025〕14号", None),
    (8, ST, "2025-06", None, None, None),
    (8, S, "2025-08", "15", "凭证2025-08-002", None),
    (8, CO, "2025-08-31", None, None, None),
    # 10. 移风易俗补助 (3万元): spends more than released, on purpose.
    (9, R, "2025-05-08", "2", "峨财农〔2025〕10号", None),
    (9, ST, "2025-05", None, None, None),
    (9, S, "2025-08", "3", "凭证2025-08-019", "补助发放一次到位"),
    # 11. 勒乌乡中心小学提升 (40万元).
    (10, R, "2025-05-28", "30", "峨财农〔2025〕12号", None),
    (10, ST, "2025-06-03", None, None, None),
    (10, S, "2025-08", "22", "凭证2025-08-025", None),
    # 12. 九年一贯制学校建设 (100万元).
    (11, R, "2025-05-28", "70", "峨财农〔2025〕12号", None),
    (11, ST, "2025-06-10", None, None, None),
    (11, S, "2025-08", "50", "凭证2025-08-026", None),
    (11, S, "2025-09", "15", "凭证2025-09-015", None),
    # 13. 县中医医院能力提升 (40万元).
    (12, R, "2025-07-01", "40", "峨财农〔2025〕16号", None),
    (12, ST, "2025-07", None, None, None),
    (12, S, "2025-09", "25", "凭证2025-09-020", None),
    # 14. 县人民医院特色专科 (40万元).
    (13, R, "2025-07-01", "30", "峨财农〔2025〕16号", None),
    (13, ST, "2025-07", None, None, None),
    (13, S, "2025-09", "18", "凭证2025-09-021", None),
    # 15. 新场乡城乡水网一体化 (20万元): never started; its deadline is 2025年10月.
    # 16. 农村危房改造 (58万元).
    (15, R, "2025-06-16", "58", "峨财农〔2025〕13号", None),
    (15, ST, "2025-06", None, None, None),
    (15, S, "2025-08", "30", "凭证2025-08-030", None),
    (15, S, "2025-10", "20", "凭证2025-10-002", None),
)


def _event(row: tuple[int, EventKind, str, str | None, str | None, str | None]) -> LedgerEvent:
    project, kind, date, wan, document, extra = row
    return LedgerEvent(
        project=project,
        kind=kind,
        date=_date(date),
        amount=None if wan is None else Money.from_wan(wan),
        previous=Money.from_wan(extra) if kind is AD and extra else None,
        recipient=extra if kind is HO else None,
        document=document,
        note=extra if kind not in (AD, HO) else None,
    )


def build() -> dict[str, Ledger]:
    """The fictional ledger of seed 000, by sample name."""
    return {NAME: Ledger(programme=TITLE, events=[_event(r) for r in _ROWS], notes=[NOTE])}
