"""Sphinx configuration for the aidmodel documentation.

Build with warnings as errors::

    sphinx-build -W --keep-going -b html docs /tmp/docs-out

No extension here needs the network: intersphinx is deliberately not used.
"""

from __future__ import annotations

import re
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as _package_version

from docutils import nodes

from aidmodel import _KEPT as _MOVED  # old root names, in a submodule now

# -- Project -----------------------------------------------------------------------------------

project = "aidmodel"
author = "aidmodel developers"
copyright = "aidmodel developers"

try:
    release = _package_version("aidmodel")
except PackageNotFoundError:  # a source tree without an installed package
    release = "0+unknown"
version = ".".join(release.split(".")[:2])

language = "en"

# -- General -----------------------------------------------------------------------------------

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
]

source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]
# Every cross-reference must resolve: a broken link to an aidmodel name fails the build.
nitpicky = True
# Intersphinx is not used (no network), so the names of Python and of the libraries aidmodel
# works with cannot be linked: they are shown as written, without a warning.
nitpick_ignore_regex = [
    (
        r"py:(class|mod|func|data|exc|obj)",
        r"(builtins|collections|datetime|decimal|enum|os|pathlib|types|typing|gc)(\..+)?",
    ),
    (
        r"py:(class|mod|func|data|exc|obj)",
        r"(attrs|babel|cattrs|dateutil|pandas|polars|pyarrow|matplotlib|openpyxl)(\..+)?",
    ),
    (
        r"py:class",
        r"(Decimal|Locale|NullTranslations|Path|PathLike|Iterable|Iterator|Sequence|Mapping)",
    ),
    (r"py:(class|meth|func|obj)", r"(list|dict|tuple|set|str|int|object)(\..+)?"),
    (r"py:class", r"aidmodel\.(serialize|lenient)\.T"),  # type variables of the signatures
]

myst_enable_extensions = ["colon_fence"]
myst_heading_anchors = 3

# -- autodoc and napoleon ----------------------------------------------------------------------

# Type hints go in the signatures: "description" would list the attrs-generated
# parameters a second time and give every exception a "Return type: None".
autodoc_typehints = "signature"
autodoc_member_order = "bysource"
autodoc_default_options = {"show-inheritance": True}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
# ``Attributes:`` sections become attribute entries, so ``Quantity.unit`` can be linked.
napoleon_use_ivar = False

# -- HTML --------------------------------------------------------------------------------------

html_theme = "alabaster"
html_title = f"aidmodel {release}"
html_theme_options = {
    "description": "Exact money, Chinese numerals and 大写 amounts for paired-assistance plans",
    "fixed_sidebar": True,
}


def _hide_sentinel(app, what, name, obj, options, signature, return_annotation):
    """Show the "argument not given" sentinel of the error classes as ``<not given>``.

    ``AidModelError(..., got=_NOTHING)`` would otherwise render as ``got=<object object>``.
    """
    if signature and "<object object" in signature:
        signature = re.sub(r"<object object(?: at 0x[0-9a-f]+)?>", "<not given>", signature)
    return signature, return_annotation


def _link_public_name(app, env, node, contnode):
    """Resolve a short reference such as ``:func:`to_chinese``` to the public object.

    The API is documented under the package root (``aidmodel.to_chinese``) while the
    module docstrings refer to names in their own module; link the reference when
    exactly one documented aidmodel object has that name.
    """
    if node.get("refdomain") != "py":
        return None
    target = node["reftarget"].lstrip(".~")
    domain = env.get_domain("py")
    name, _, rest = target.removeprefix("aidmodel.").partition(".")
    if target.startswith("aidmodel.") and name in _MOVED:
        # An old root name (aidmodel.totals_by_year), documented in its module now.
        moved = f"{_MOVED[name]}.{name}" + (f".{rest}" if rest else "")
        return domain.resolve_xref(
            env, node["refdoc"], app.builder, node["reftype"], moved, node, contnode
        )
    if target.startswith("aidmodel.") and target not in domain.objects:
        # A name re-exported by the root (aidmodel.importers.parse_plan is aidmodel.parse_plan).
        root = "aidmodel." + target.rpartition(".")[2]
        if root in domain.objects:
            return domain.resolve_xref(
                env, node["refdoc"], app.builder, node["reftype"], root, node, contnode
            )
    matches = [
        name
        for name in domain.objects
        if name.startswith("aidmodel.")
        and name.endswith("." + target)
        and "._" not in name  # the canonical names autodoc records (aidmodel.model._project)
    ]
    if len(matches) != 1:
        return None
    return domain.resolve_xref(
        env, node["refdoc"], app.builder, node["reftype"], matches[0], node, contnode
    )


def _public_bases(app, name, obj, options, bases):
    """Show a private base class (``aidmodel._labelled.LabelledEnum``) as its public base."""
    for index, base in enumerate(bases):
        while getattr(base, "__module__", "").startswith("aidmodel._"):
            base = base.__bases__[0]
        bases[index] = base


def _strip_trailing_blank_lines(app, doctree):
    """Drop the blank line that ends each doctest in the Markdown pages.

    pytest runs the ``>>>`` examples of docs/*.md; the blank line before a closing fence
    ends an example's expected output there, but has no place in the rendered page.
    """
    for block in doctree.findall(nodes.literal_block):
        if len(block) == 1 and isinstance(block[0], nodes.Text):
            text = block.astext()
            if text != text.rstrip("\n"):
                block[0] = nodes.Text(text.rstrip("\n"))
                block.rawsource = block.rawsource.rstrip("\n")


def setup(app):
    app.connect("autodoc-process-signature", _hide_sentinel)
    app.connect("doctree-read", _strip_trailing_blank_lines)
    app.connect("missing-reference", _link_public_name)
    app.connect("autodoc-process-bases", _public_bases)
