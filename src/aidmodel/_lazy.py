"""Names of a package imported on first use (private): a fast ``import aidmodel``.

A package lists the names it defers in a table, name -> module, imports them under
``if TYPE_CHECKING:`` as well (so that type checkers see what they are), and
installs the two functions this module makes as its ``__getattr__`` and
``__dir__`` (PEP 562). A test checks that the table and the imports agree.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["lazy_names"]


def lazy_names(
    package: str, table: Mapping[str, str], namespace: dict[str, Any]
) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for ``package``: a name of ``table`` is imported
    from its module when first asked for, then kept in the package's ``namespace``.

    A name that is the last part of its module's name (``samples`` for
    ``aidmodel.samples``) is the module itself.
    """

    def getattr_(name: str) -> object:
        module = table.get(name)
        if module is None:
            msg = f"module {package!r} has no attribute {name!r}"
            raise AttributeError(msg)
        imported = importlib.import_module(module)
        value = imported if module.endswith(f".{name}") else getattr(imported, name)
        namespace[name] = value
        return value

    def dir_() -> list[str]:
        return sorted({*namespace, *table})

    return getattr_, dir_
