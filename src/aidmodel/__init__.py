"""aidmodel: the typed, exact data model of Chinese paired-assistance aid programmes.

Money in yuan exact to the fen, Chinese numerals and uppercase amounts (大写),
and bounded figures such as 40名以上. Re-exports only; see the modules.

>>> import aidmodel
>>> aidmodel.rmb_upper(aidmodel.Money.parse("766万元"))
'柒佰陆拾陆万元整'
"""

from importlib.metadata import PackageNotFoundError, version

from aidmodel.errors import (
    AidModelError,
    AmountError,
    InvalidTypeError,
    InvalidValueError,
    NumeralError,
    SerializationError,
    SourceError,
)
from aidmodel.money import Money
from aidmodel.numerals import parse_chinese_number, parse_rmb_upper, rmb_upper, to_chinese
from aidmodel.quantity import Bound, Quantity, parse_quantity

try:
    __version__ = version("aidmodel")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0+unknown"

__all__ = [
    "AidModelError",
    "AmountError",
    "Bound",
    "InvalidTypeError",
    "InvalidValueError",
    "Money",
    "NumeralError",
    "Quantity",
    "SerializationError",
    "SourceError",
    "__version__",
    "parse_chinese_number",
    "parse_quantity",
    "parse_rmb_upper",
    "rmb_upper",
    "to_chinese",
]
