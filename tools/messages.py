"""Find the sentences made below the UI: the templates translators get, and the ones they cannot.

A sentence a person reads that the use cases, rules or vault compose is a :class:`casebinder.phrases.Phrase`:
written as ``said("template {name}", name=value)`` or as the first argument of an error
(``raise InvalidInput("no case with id {case_id}", case_id=case_id)``). ``templates()`` lists the
literal ones for ``tools/translations.py``; ``unmarked()`` lists the places where an error is given a
sentence already composed (an f-string, ``+``, ``.format``, ``str()``), which no catalogue can translate (a
test fails on them).

Read by parsing the source, not importing it: the CLI and UI (which write their own words) are left out.
"""

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "app" / "casebinder"
OWN_WORDS = ("ui", "cli")  # they translate (ui) or print English (cli) themselves
ROOT_ERROR = "CasebinderError"
PHRASE_MAKERS = ("said", "marked", "Refused", "Refusal")  # a reader's refusal is a phrase too


@dataclass(frozen=True)
class Template:
    text: str
    plural: bool  # it holds %n: a numerus message


@dataclass(frozen=True)
class Unmarked:
    where: str  # "usecases/cases.py:42"
    what: str


def _sources(package: Path = PACKAGE) -> Iterator[tuple[str, ast.Module]]:
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(package)
        if relative.parts[0] in OWN_WORDS:
            continue
        yield relative.as_posix(), ast.parse(path.read_text(encoding="utf-8"))


def error_names(modules: list[tuple[str, ast.Module]]) -> set[str]:
    """``CasebinderError`` and every class derived from it, however deep, by name."""
    names = {ROOT_ERROR}
    classes = [
        (node.name, {base.id for base in node.bases if isinstance(base, ast.Name)})
        for _, tree in modules
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
    ]
    grown = True
    while grown:
        grown = False
        for name, bases in classes:
            if name not in names and bases & names:
                names.add(name)
                grown = True
    return names


def _calls(modules: list[tuple[str, ast.Module]]) -> Iterator[tuple[str, ast.Call, str]]:
    """Each call of a phrase maker (``said``, ``marked``, a reader's refusal) or an error class: (where,
    call, called name)."""
    errors = error_names(modules)
    for where, tree in modules:
        for node in ast.walk(tree):
            called = node.func.id if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) else ""
            if called in PHRASE_MAKERS or called in errors:
                assert isinstance(node, ast.Call)
                yield f"{where}:{node.lineno}", node, node.func.id


def templates(package: Path = PACKAGE) -> list[Template]:
    modules = list(_sources(package))
    found: dict[str, Template] = {}
    for _, call, _name in _calls(modules):
        if call.args and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str):
            text = call.args[0].value
            if text:
                found.setdefault(text, Template(text, "%n" in text))
    return list(found.values())


def _composed(node: ast.expr) -> bool:
    if isinstance(node, ast.JoinedStr | ast.BinOp):
        return True
    if isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in ("format", "join"):
            return True
        return isinstance(func, ast.Name) and func.id == "str"
    return False


def unmarked(package: Path = PACKAGE) -> list[Unmarked]:
    modules = list(_sources(package))
    return [
        Unmarked(where, ast.unparse(call.args[0])[:80])
        for where, call, _name in _calls(modules)
        if call.args and _composed(call.args[0])
    ]


if __name__ == "__main__":
    for problem in unmarked():
        print(f"{problem.where}: {problem.what}")
    print(f"{len(templates())} templates")
