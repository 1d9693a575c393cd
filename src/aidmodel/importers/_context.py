"""The state of one import (private): warnings so far and where each amount went.

One :class:`Context` lives for one call of :func:`~aidmodel.importers.parse_plan`;
nothing is kept between calls.
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from aidmodel.importers._lines import Line, Mention
from aidmodel.importers._result import ImportWarning, WarningCode
from aidmodel.model import Provenance

__all__ = ["Context"]


@attrs.define
class Context:
    """Warnings and amount uses collected while one text is read."""

    source: str | None
    warnings: list[ImportWarning] = attrs.field(factory=list)
    uses: dict[tuple[int, int], str] = attrs.field(factory=dict)
    named: set[tuple[int, int]] = attrs.field(factory=set)
    #: Lines read otherwise than the source has them (hard-wrapped lines joined, labels
    #: closed up): amounts on them are keyed by where they are in these.
    joined: list[Line] = attrs.field(factory=list)

    def warn(
        self,
        line: int | None,
        code: WarningCode,
        message: str,
        *,
        names: tuple[Mention, ...] = (),
        params: Mapping[str, str | int] | None = None,
    ) -> None:
        """Add a warning; ``names`` are amounts it names (they need no other warning).

        With ``params``, ``message`` is a message of the catalogs (marked ``N_``) and
        ``params`` its values: the warning keeps both, to be told in any locale.
        """
        if params is None:
            warning = ImportWarning(line=line, code=code, message=message)
        else:
            warning = ImportWarning(
                line=line,
                code=code,
                message=message % params,
                template=message,
                params=tuple(params.items()),
            )
        self.warnings.append(warning)
        self.named.update((m.line, m.start) for m in names)

    def use(self, mention: Mention | None, path: str) -> None:
        """Record that an amount is in the programme at ``path`` (the first use counts)."""
        if mention is not None:
            self.uses.setdefault((mention.line, mention.start), path)

    def used(self, mention: Mention) -> bool:
        """Whether an amount is in the programme already."""
        return (mention.line, mention.start) in self.uses

    def at(self, start: int, end: int | None = None) -> Provenance:
        """A provenance in this source; a one-line range is written as its start alone."""
        return Provenance(
            source=self.source, line_start=start, line_end=None if end in (None, start) else end
        )

    def forget(self, prefix: str) -> None:
        """Drop the uses recorded under a path (an element that could not be built)."""
        for key in [
            k for k, path in self.uses.items() if path == prefix or path.startswith(prefix + ".")
        ]:
            del self.uses[key]
