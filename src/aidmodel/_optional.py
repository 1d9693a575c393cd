"""Optional libraries (private): import one, or say which extra installs it."""

from __future__ import annotations

import importlib
from typing import Any

from aidmodel.errors import MissingDependencyError

__all__ = ["require"]


def require(module: str, extra: str, where: str) -> Any:
    """The module, imported; :class:`~aidmodel.errors.MissingDependencyError` if it is missing.

    The module is typed ``Any``: pandas, pyarrow and openpyxl ship no type
    information, and aidmodel's types must not depend on what is installed.
    """
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingDependencyError(where, module, extra) from None
