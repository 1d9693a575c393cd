"""The ``aidmodel`` command.

``aidmodel`` alone (or ``aidmodel demo``) checks the declared totals of the
bundled sample plans: each figure is parsed exactly, written in uppercase
(大写) and compared with what the document says. The other commands expose
the library one function at a time::

    aidmodel upper 3952.310194万元      # 叁仟玖佰伍拾贰万叁仟壹佰零壹元玖角肆分
    aidmodel number 三千五百万           # 35000000
    aidmodel chinese 766 --upper        # 柒佰陆拾陆
    aidmodel quantity 170余万元          # value, unit, bound

Bad input prints one line naming the problem and exits with status 2.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from decimal import Decimal
from typing import TextIO

from aidmodel import __version__
from aidmodel.errors import AidModelError
from aidmodel.money import Money
from aidmodel.numerals import parse_chinese_number, parse_rmb_upper, rmb_upper, to_chinese
from aidmodel.quantity import parse_quantity

__all__ = ["main"]

_PLAIN_DECIMAL = re.compile(r"[+-]?\d+(?:\.\d+)?")

# Declared totals of the bundled sample plans (../shared/seeds), as written, with
# the parts the documents say they are made of. Seed 004's attachment 1 is
# inconsistent on purpose: the demo reports it, it does not fix it.
_DEMO: tuple[tuple[str, str, tuple[str, ...], str | None], ...] = (
    (
        "市中区→峨边 2025 (峨边府办函〔2025〕1号)",
        "766万元",
        ("750万元", "16万"),
        "柒佰陆拾陆万元整",
    ),
    ("柯桥区→峨边 2025 东西部协作", "3952.310194万元", ("3900万元", "52.310194万元"), None),
    ("两江新区→彭水 2020 对口帮扶", "5487万元", (), None),
    ("滨江区→建始 2018 附件1 合计", "5005万元", ("2000万元", "2705万元"), None),
    ("滨江区→建始 2018 附件2 合计", "39242万元", ("31292万元", "7950万元"), None),
)


def _amount(text: str) -> Money:
    """An amount from the command line: a plain decimal is yuan, anything else is parsed."""
    if _PLAIN_DECIMAL.fullmatch(text.strip()):
        return Money.from_yuan(text.strip())
    return Money.parse(text)


def _demo(out: TextIO) -> int:
    out.write(f"aidmodel {__version__}: declared totals of the bundled sample plans\n\n")
    for title, total_text, parts, declared_upper in _DEMO:
        total = Money.parse(total_text)
        upper = rmb_upper(total)
        out.write(f"{title}\n")
        out.write(f"  declared  {total_text:<18} = {total.yuan:>16,} 元\n")
        out.write(f"  大写      {upper}\n")
        if declared_upper is not None:
            verdict = "matches" if parse_rmb_upper(declared_upper) == total else "DIFFERS"
            out.write(f"  document  {declared_upper}  ({verdict})\n")
        if parts:
            computed = sum((Money.parse(p) for p in parts), Money.from_yuan(0))
            joined = " + ".join(parts)
            if computed == total:
                out.write(f"  parts     {joined} = {computed.to_wan()}万元 (adds up)\n")
            else:
                difference = total - computed
                out.write(
                    f"  parts     {joined} = {computed.to_wan()}万元, "
                    f"not {total.to_wan()}万元 (off by {difference.to_wan()}万元)\n"
                )
        out.write("\n")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="aidmodel",
        description="Exact money, Chinese numerals and 大写 amounts for paired-assistance plans.",
    )
    parser.add_argument("--version", action="version", version=f"aidmodel {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser(
        "demo", help="check the declared totals of the bundled sample plans (default)"
    )
    upper = commands.add_parser(
        "upper", help="write an amount in uppercase (大写): 766万元, 1409.02"
    )
    upper.add_argument(
        "amount", help="an amount: 766万元, 1.68亿元, 柒佰陆拾陆万元整, or plain yuan 1409.02"
    )
    number = commands.add_parser(
        "number", help="read a Chinese numeral: 三千五百万, 1.5万, 二〇二五"
    )
    number.add_argument("text")
    chinese = commands.add_parser(
        "chinese", help="write a number in Chinese numerals: 766 -> 七百六十六"
    )
    chinese.add_argument("number", help="an integer or decimal such as 766 or 3952.310194")
    chinese.add_argument("--upper", action="store_true", help="uppercase digits (壹贰叁)")
    quantity = commands.add_parser(
        "quantity", help="read a bounded figure: 40名以上, 170余万元, 2—3个"
    )
    quantity.add_argument("text")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``aidmodel`` command; returns the exit status.

    >>> main(["upper", "3952.310194万元"])
    叁仟玖佰伍拾贰万叁仟壹佰零壹元玖角肆分
    0
    >>> main(["number", "三千五百万"])
    35000000
    0
    """
    args = _parser().parse_args(argv)
    out = sys.stdout
    try:
        if args.command in (None, "demo"):
            return _demo(out)
        if args.command == "upper":
            out.write(rmb_upper(_amount(args.amount)) + "\n")
        elif args.command == "number":
            out.write(f"{parse_chinese_number(args.text)}\n")
        elif args.command == "chinese":
            text = args.number.strip()
            if not _PLAIN_DECIMAL.fullmatch(text):
                sys.stderr.write(f"aidmodel chinese: not a decimal number: {args.number!r}\n")
                return 2
            value = Decimal(text)
            out.write(to_chinese(int(value) if "." not in text else value, upper=args.upper) + "\n")
        elif args.command == "quantity":
            q = parse_quantity(args.text)
            fields = {
                "value": q.value,
                "high": q.high,
                "unit": q.unit,
                "bound": q.bound.value,
                "per": q.per,
            }
            out.write("  ".join(f"{k}={v}" for k, v in fields.items() if v is not None) + "\n")
    except AidModelError as err:
        sys.stderr.write(f"aidmodel {args.command}: {err}\n")
        return 2
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
