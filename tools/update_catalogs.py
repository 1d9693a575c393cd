"""Extract, update and compile aidmodel's message catalogs (gettext, through Babel).

Run it after changing a message (a string marked ``N_("...")`` in ``src/aidmodel``):

    .venv/bin/python tools/update_catalogs.py

1. ``pybabel extract`` writes ``src/aidmodel/locale/aidmodel.pot`` from the code
   (``tools/babel.cfg``);
2. ``pybabel update`` brings every ``<locale>/LC_MESSAGES/aidmodel.po`` up to it: a new
   message arrives untranslated, a removed one becomes obsolete (``#~``) and is dropped;
3. ``en`` is the source language: its entries are the messages themselves;
4. ``pybabel compile`` writes the ``.mo`` files the wheel ships.

Then translate the new entries of ``zh_CN`` and ``zh_Hant_TW`` (the empty ``msgstr``) and
run it again. ``tests/unit/test_messages.py`` fails while a message of the code is missing
from a catalog, untranslated or fuzzy, or a ``.mo`` is older than its ``.po``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.frontend import CommandLineInterface
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
LOCALE_DIR = ROOT / "src" / "aidmodel" / "locale"
TEMPLATE = LOCALE_DIR / "aidmodel.pot"
LOCALES = ("zh_CN", "zh_Hant_TW", "en")
WIDTH = "100"


def _pybabel(*args: str) -> None:
    CommandLineInterface().run(["pybabel", "-q", *args])


def extract() -> None:
    """``pybabel extract``: the messages of the code into the template."""
    LOCALE_DIR.mkdir(exist_ok=True)
    _pybabel(
        "extract",
        "-F",
        str(ROOT / "tools" / "babel.cfg"),
        "-k",
        "N_",
        "-k",
        "Nn_:1,2",
        "--no-location",
        "--sort-output",
        "-w",
        WIDTH,
        "--project",
        "aidmodel",
        "--copyright-holder",
        "aidmodel developers",
        "-o",
        str(TEMPLATE),
        str(ROOT / "src" / "aidmodel"),
    )


def update() -> None:
    """``pybabel update`` each catalog (``init`` where there is none yet); ``en`` filled."""
    for locale in LOCALES:
        po = LOCALE_DIR / locale / "LC_MESSAGES" / "aidmodel.po"
        po.parent.mkdir(parents=True, exist_ok=True)
        action = "update" if po.exists() else "init"
        extra = ["--no-fuzzy-matching", "--ignore-obsolete"] if action == "update" else []
        _pybabel(action, "-i", str(TEMPLATE), "-o", str(po), "-l", locale, "-w", WIDTH, *extra)
        if locale == "en":  # the source language: each message is its own translation
            with po.open("rb") as file:
                catalog = read_po(file, locale=locale)
            for message in catalog:
                if message.id and not any(message.string):  # a plural has a tuple of forms
                    message.string = message.id
            with po.open("wb") as file:
                write_po(file, catalog, width=int(WIDTH), omit_header=False)


def compile_all() -> None:
    """``pybabel compile``: the ``.mo`` files beside the ``.po`` files."""
    _pybabel("compile", "-d", str(LOCALE_DIR), "-D", "aidmodel", "--statistics")


def main() -> int:
    extract()
    update()
    compile_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
