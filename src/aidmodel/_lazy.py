"""Names of a package imported on first use (private): a fast ``import aidmodel``.

A package lists the names it defers in a table, name -> module, imports them under
``if TYPE_CHECKING:`` as well (so that type checkers see what they are), and
installs the two functions this module makes as its ``__getattr__`` and
``__dir__`` (PEP 562). A test checks that the table and the imports agree.

A function named like the submodule that defines it (``aidmodel.progress``, in
``aidmodel/progress.py``) needs one thing more: importing a submodule sets the
package's attribute of that name to the module, which would hide the function from
then on. :func:`keep_functions` makes the package keep the function instead (the
state an eager ``from aidmodel.progress import progress`` leaves).
"""

from __future__ import annotations

import importlib
import sys
import types
from collections.abc import Callable, Collection, Mapping
from typing import Any

__all__ = ["keep_functions", "lazy_names"]


def lazy_names(
    package: str,
    table: Mapping[str, str],
    namespace: dict[str, Any],
    *,
    unlisted: Mapping[str, str] | None = None,
) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for ``package``: a name of ``table`` is imported
    from its module when first asked for, then kept in the package's ``namespace``.

    The names of ``unlisted`` (name -> module too) are resolved the same way but left
    out of ``dir()``: names kept for old code that the package no longer lists.

    A name that is the last part of its module's name (``samples`` for
    ``aidmodel.samples``) is what importing the submodule sets it to: the module
    itself, or the function :func:`keep_functions` keeps.
    """

    every = {**(unlisted or {}), **table}

    def getattr_(name: str) -> object:
        module = every.get(name)
        if module is None:
            msg = f"module {package!r} has no attribute {name!r}"
            raise AttributeError(msg)
        imported = importlib.import_module(module)
        if name in namespace:  # set by the import of the submodule ``name`` (see the docstring)
            return namespace[name]
        value = getattr(imported, name)
        namespace[name] = value
        return value

    def dir_() -> list[str]:
        return sorted({*namespace, *table} - set(unlisted or ()))

    return getattr_, dir_


def keep_functions(package: str, names: Collection[str]) -> None:
    """Make ``package`` keep its functions ``names`` when their submodules are imported.

    The import system sets ``package.name`` to the submodule ``package.name`` once it is
    loaded; for these names the package stores the submodule's function of the same
    name instead (through the module's class, as the language reference's "Customizing
    module attribute access" shows).
    """
    kept = frozenset(names)

    class _Package(types.ModuleType):
        def __setattr__(self, name: str, value: object) -> None:
            if (
                name in kept
                and isinstance(value, types.ModuleType)
                and value.__name__ == f"{package}.{name}"
            ):
                value = getattr(value, name)
            super().__setattr__(name, value)

    sys.modules[package].__class__ = _Package
