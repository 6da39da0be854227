"""The read-only data shipped inside the package: appeal rules, checklists, the demo, icons.

Read with :mod:`importlib.resources` (see :mod:`casebinder.resources`), so a source checkout, an installed
wheel and a frozen app find them the same way.
"""
