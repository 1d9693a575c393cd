"""Commitments read from text (目标任务): 转移就业40名以上, 每半年至少1次.

Plans state their targets inside sentences, often several in one:
“转移…就业40名以上；对…进行就业技能培训50名以上；到…开展送岗下乡2场以上。”
:func:`extract_commitments` finds every one of them, :func:`find_commitments`
also says where each one is in the text, and :func:`parse_commitment` reads a
phrase that holds exactly one.

How a commitment is read:

- **The figure** is a number (Arabic or Chinese: 50, 1,000, 一个) followed by a
  unit of :data:`aidmodel.units.UNITS` (名, 人次, 场, ㎡ ...), with its bound
  markers before or after (不少于 50 个, 40名以上), a range (2—3个, 1~2个; a
  hedged one too: 约500—600立方米 and 2至3个以上 are the ranges, see
  :func:`~aidmodel.quantity.parse_quantity`), a period (每半年至少1次, 100人次/年) and 万/亿 scaling (34.5万元 is
  345000 元). A figure scaled by 万 or 亿 may go without a unit (年产值12亿);
  any other figure without a unit (a year, an item number) is not a target.
  Ordinals (第1例) are not targets either. A figure that cannot be read as a
  quantity is skipped; it costs none of the other commitments of its text.
- **The bound** may stand away from the figure (年内至少召开1次座谈会).
- **The period** (周期) comes from the figure (每年2次, /年) or from the clause:
  每年, 年内, 全年 and 一年 give 年; 每半年 gives 半年; a year or a span of
  years (2018年, 2018-2020年) is kept as written.
- **The metric** (指标) is the clause around the figure, without fillers
  (积极, 力争, 累计, 达到 …) and without the bound and period words; a clause
  “对X进行Y”, “到X开展Y” or “为X提供Y” gives the metric Y and the scope (范围) X.
- **Parts** written with 其中 right after the figure (1500人次（其中电商、文旅100人次）以上)
  become :attr:`~aidmodel.Commitment.parts`, with the parent's metric and the
  words before their figure as their scope.
- **A rate** (3%) followed in its clause by another figure qualifies that figure
  (每年按照投资3%保底分红34.5万元 is one commitment of 34.5万元 a year, scope 按照投资3%).
- **Conditions** are not targets: a bounded figure that qualifies people or bodies with 的
  (对稳定就业3个月以上的脱贫劳动力给予每人500元交通补助) says who qualifies; it is the
  scope of the target that follows (the subsidy of 500元).
- **Money of the plan itself** (拟投入资金100万元, 总投资7000万元, 资助500万元) is
  not a commitment: :func:`extract_commitments` leaves out amounts in 元 whose
  clause names them as funds (资金, 投资, 投入, 资助, 补助 …); investment the plan
  is to attract or raise (引进投资1亿元, 争取社会帮扶资金500万元) stays a target. :func:`parse_commitment`
  reads whatever it is given.

>>> [(c.metric, str(c.target.value) + c.target.unit, c.target.bound.value)
...  for c in extract_commitments("转移就业40名以上；开展送岗下乡2场以上。")]
[('转移就业', '40名', 'at_least'), ('送岗下乡', '2场', 'at_least')]

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from aidmodel._commitment_scan import CommitmentSpan, scan
from aidmodel._wording import N_
from aidmodel.errors import NumeralError
from aidmodel.model import Commitment

__all__ = ["CommitmentSpan", "extract_commitments", "find_commitments", "parse_commitment"]


def find_commitments(text: str) -> tuple[CommitmentSpan, ...]:
    """Every commitment in a sentence or paragraph, with where it is (目标任务及位置).

    Like :func:`extract_commitments`, keeping each commitment's span:
    ``text[span.start:span.end] == span.commitment.text``.

    Raises:
        InvalidTypeError: when ``text`` is not a str.

    >>> text = "对峨边彝族自治县农村劳动力进行就业技能培训50名以上；到峨边彝族自治县开展送岗下乡2场以上。"
    >>> for span in find_commitments(text):
    ...     c = span.commitment
    ...     print(span.start, span.end, c.metric, c.scope, c.target.value, c.target.unit)
    0 26 就业技能培训 峨边彝族自治县农村劳动力 50 名
    27 45 送岗下乡 峨边彝族自治县 2 场
    """
    return tuple(scan(text, "find_commitments", funding=True))


def extract_commitments(text: str) -> tuple[Commitment, ...]:
    """Every commitment in a sentence or paragraph (目标任务), in text order.

    Text without a commitment gives ``()``. Amounts the text names as the plan's
    own funds (拟投入资金100万元) are left out; see the module documentation for
    how figures, bounds, periods, metrics and scopes are read.

    Raises:
        InvalidTypeError: when ``text`` is not a str.

    >>> for c in extract_commitments(
    ...     "组织干部人才培训1500人次（其中电商、文旅100人次）以上，组织干部人才交流4人次以上。"
    ... ):
    ...     print(c.metric, c.target.value, c.target.unit, c.target.bound.value, [p.scope for p in c.parts])
    组织干部人才培训 1500 人次 at_least ['电商、文旅']
    组织干部人才交流 4 人次 at_least []
    >>> extract_commitments("拟投入资金100万元，完成时限：2025年11月。")
    ()
    """
    return tuple(span.commitment for span in scan(text, "extract_commitments", funding=True))


def parse_commitment(text: str) -> Commitment:
    """Read one commitment (目标任务): 转移就业40名以上, 每半年至少1次.

    The phrase must hold exactly one target figure (sub-targets in 其中 brackets
    and a rate qualifying the figure are part of it). Amounts in 元 are read
    too, whatever the words around them.

    Raises:
        NumeralError: when the text holds no target figure, or several (use
            :func:`extract_commitments` for those), quoting the text.
        InvalidTypeError: when ``text`` is not a str.

    >>> c = parse_commitment("转移就业40名以上")
    >>> c.metric, c.target.value, c.target.unit, c.target.bound.value
    ('转移就业', Decimal('40'), '名', 'at_least')
    >>> c = parse_commitment("双方党委常委会、政府常务会专题研究结对帮扶工作每半年至少1次")
    >>> c.period, c.target.per, c.target.bound.value
    ('半年', '半年', 'at_least')
    >>> c = parse_commitment("每年按照投资3%保底分红34.5万元")
    >>> c.metric, c.scope, c.target.value, c.target.unit, c.period
    ('保底分红', '按照投资3%', Decimal('345000'), '元', '年')
    >>> parse_commitment("加强组织领导")
    Traceback (most recent call last):
    ...
    aidmodel.errors.NumeralError: parse_commitment: no target figure; expected a figure with a unit such as 40名以上 or 每半年至少1次, got '加强组织领导'
    """
    found = scan(text, "parse_commitment", funding=False)
    if not found:
        raise NumeralError(
            "parse_commitment",
            str(text),
            None,
            N_("no target figure"),
            expected=N_("a figure with a unit such as 40名以上 or 每半年至少1次"),
        )
    if len(found) > 1:
        second = found[1]
        raise NumeralError(
            "parse_commitment",
            str(text),
            second.start,
            N_("%(count)s commitments (%(values)s)"),
            expected=N_("one (extract_commitments reads several)"),
            params={
                "count": len(found),
                "values": "; ".join(s.commitment.text or "" for s in found),
            },
        )
    return found[0].commitment
