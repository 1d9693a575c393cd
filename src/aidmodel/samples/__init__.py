"""The seed plans as bundled sample data (样例).

Five published documents encoded by hand as :class:`~aidmodel.Programme`
objects, kept as the documents write them, inconsistencies included:

======================================  =====================================================
name                                    document
======================================  =====================================================
``shizhong-ebian-2025``                 乐山市市中区结对帮扶峨边彝族自治县2025年项目实施方案 (省内结对帮扶)
``keqiao-ebian-2025``                   峨边彝族自治县2025年东西部协作项目实施方案 (东西部协作)
``qujiang-pingwu-2018``                 脱贫攻坚简报2019年第2期: 衢江区 → 平武县 (summary, results)
``qingbaijiang-jiulong-2018``           脱贫攻坚简报2019年第2期: 青白江区 → 九龙县 (summary, results)
``liangjiang-pengshui-2020``            2020年两江新区助推彭水自治县打赢脱贫攻坚战工作方案 (对口帮扶)
``binjiang-jianshi-2018``               2018年滨江区·建始县东西部扶贫协作工作要点, with both attachments
======================================  =====================================================

Seed 000 also has a ledger of its execution (:func:`ledger`), fictional and
marked as such in its :attr:`~aidmodel.model.Ledger.notes`, for the worked example of
:func:`~aidmodel.progress.progress`.

>>> from aidmodel import samples
>>> "shizhong-ebian-2025" in samples.names()
True
>>> samples.load("shizhong-ebian-2025").declared_total.to_wan()
Decimal('766')

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from importlib import resources

from aidmodel._wording import N_
from aidmodel.errors import InvalidValueError
from aidmodel.model import Ledger, Programme

__all__ = ["ledger", "load", "names", "text"]

_DATA = "data"


def names() -> tuple[str, ...]:
    """The names of the bundled samples, sorted.

    >>> names()[0]
    'binjiang-jianshi-2018'
    """
    folder = resources.files(__package__).joinpath(_DATA)
    return tuple(
        sorted(p.name.removesuffix(".json") for p in folder.iterdir() if p.name.endswith(".json"))
    )


def text(name: str) -> str:
    """The wire-format JSON of a sample, as bundled.

    >>> text("keqiao-ebian-2025").startswith('{\\n  "format_version": 1')
    True
    """
    if name not in names():
        raise InvalidValueError(
            "aidmodel.samples",
            N_("no sample of this name"),
            expected=N_("one of %(values)s"),
            got=name,
            params={"values": list(names())},
        )
    return (
        resources.files(__package__)
        .joinpath(_DATA)
        .joinpath(f"{name}.json")
        .read_text(encoding="utf-8")
    )


def load(name: str) -> Programme:
    """The sample of this name as a :class:`~aidmodel.Programme`.

    >>> load("liangjiang-pengshui-2020").recipient.name
    '彭水苗族土家族自治县'
    >>> load("nowhere")
    Traceback (most recent call last):
    ...
    aidmodel.errors.InvalidValueError: aidmodel.samples: no sample of this name; expected one of [...], got 'nowhere'
    """
    from aidmodel.serialize import from_json

    return from_json(text(name), Programme)


def ledger(name: str) -> Ledger:
    """The fictional ledger (台账) bundled for the sample of this name.

    Made up for the worked example of :func:`~aidmodel.progress.progress`; its notes say so.
    Only seed 000 (``shizhong-ebian-2025``) has one.

    >>> book = ledger("shizhong-ebian-2025")
    >>> len(book.events), book.notes[0][:6]
    (56, '虚构示例台账')
    >>> ledger("keqiao-ebian-2025")
    Traceback (most recent call last):
    ...
    aidmodel.errors.InvalidValueError: aidmodel.samples.ledger: no ledger for this sample; expected one of ['shizhong-ebian-2025'], got 'keqiao-ebian-2025'
    """
    from aidmodel.serialize import from_json

    folder = resources.files(__package__).joinpath(_DATA).joinpath("ledgers")
    known = sorted(
        p.name.removesuffix(".json") for p in folder.iterdir() if p.name.endswith(".json")
    )
    if name not in known:
        raise InvalidValueError(
            "aidmodel.samples.ledger",
            N_("no ledger for this sample"),
            expected=N_("one of %(known)s"),
            got=name,
            params={"known": known},
        )
    return from_json(folder.joinpath(f"{name}.json").read_text(encoding="utf-8"), Ledger)
