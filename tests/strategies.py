"""Hypothesis strategies: the one home of generated test data."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

from aidmodel import Money

#: Integers the numerals must handle: 0 to 10^16 inclusive, biased to zeros inside.
integers_to_1e16 = st.one_of(
    st.integers(min_value=0, max_value=10**16),
    # Numbers made of few non-zero digits exercise the 零 rules.
    st.lists(st.sampled_from("0000000123456789"), min_size=1, max_size=17).map(
        lambda ds: min(int("".join(ds)), 10**16)
    ),
)

#: Whole numbers across the full range the numerals accept (below 10^20 in magnitude).
integers_full_range = st.integers(min_value=-(10**20) + 1, max_value=10**20 - 1)

#: Amounts in fen from 0 to 10^16 yuan, with zero runs inside.
fen_amounts = st.one_of(
    st.integers(min_value=0, max_value=10**18),
    st.lists(st.sampled_from("000000012345678"), min_size=1, max_size=19).map(
        lambda ds: int("".join(ds))
    ),
)

#: Decimal amounts of yuan with exactly two decimal places.
yuan_amounts = fen_amounts.map(lambda fen: Decimal(fen).scaleb(-2))

#: Money, positive and negative.
money = st.builds(Money.from_fen, st.integers(min_value=-(10**21) + 1, max_value=10**21 - 1))

#: Finite decimals with up to 6 fraction digits (the precision of 万元 figures).
decimals_6 = st.decimals(
    min_value=Decimal("-1e15"), max_value=Decimal("1e15"), places=6, allow_nan=False
)
