"""Words of rates paid per head, shared by the commitment reader and the importer.

A standard (补助标准) is paid per unit of something: 每人500元, 每户2000元, and often per head
taken on or led: 每吸纳1人2000元, 每带动1户500元. The verbs of that second form are kept
here once, as a regular-expression alternation.

>>> import re
>>> bool(re.fullmatch(RATE_VERBS, "吸纳")), bool(re.fullmatch(RATE_VERBS, "完成"))
(True, False)
"""

from __future__ import annotations

from typing import Final

__all__ = ["RATE_VERBS"]

#: Verbs between 每 and the head a rate is paid per (每吸纳1人, 每带动1户), as an alternation.
RATE_VERBS: Final = "(?:吸纳|带动|安置|招用|培训|转移|新增|聘用)"
