"""The importer's vocabulary, as data: each spelling written once.

The stages of :mod:`aidmodel.importers` read their words from here (field labels and
amount words in :mod:`~aidmodel.importers.lexicon.fields`); a new spelling is one line of
one table, not an edit to a regular expression.
"""
