"""Finds strings in the UI's source that a person would read but that skip Qt's translation functions.

A string counts as words a person reads when, with its HTML tags, entities and ``{placeholders}`` taken out,
it still has a word and either a space between words or a capital (a label, a sentence, a title), or when it
is the first argument of a setter that shows text (``setText("undated")``). It is fine inside ``tr()`` /
``QT_TR_NOOP()``, as a docstring, and where the text is an identifier rather than words: object names,
settings keys, style sheets, log messages, MIME types, comparisons and dictionary keys.
"""

import ast
import re
from dataclasses import dataclass
from pathlib import Path

TRANSLATED = {"tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP"}
NOT_SHOWN = {  # calls whose string arguments are identifiers, formats or machine text, never read as words
    "setObjectName",
    "objectName",
    "findChild",
    "findChildren",
    "setProperty",
    "property",
    "value",
    "setValue",
    "getattr",
    "hasattr",
    "setattr",
    "isinstance",
    "cast",
    "TypeVar",
    "ParamSpec",
    "startswith",
    "endswith",
    "split",
    "rsplit",
    "replace",
    "strip",
    "rstrip",
    "lstrip",
    "removeprefix",
    "removesuffix",
    "partition",
    "rpartition",
    "find",
    "rfind",
    "index",
    "lower",
    "upper",
    "encode",
    "decode",
    "setStyleSheet",
    "QColor",
    "QFont",
    "setFamily",
    "QKeySequence",
    "fromTheme",
    "QIcon",
    "QPixmap",
    "loadFromData",
    "save",
    "QSettings",
    "open",
    "Path",
    "joinpath",
    "with_suffix",
    "with_name",
    "glob",
    "rglob",
    "read_text",
    "files",
    "resource_bytes",
    "resource",
    "mkdtemp",
    "NamedTemporaryFile",
    "QByteArray",
    "setMimeData",
    "hasFormat",
    "data",
    "setData",
    "strftime",
    "strptime",
    "fromisoformat",
    "toString",
    "fromString",
    "setDisplayFormat",
    "compile",
    "match",
    "search",
    "sub",
    "fullmatch",
    "getLogger",
    "debug",
    "info",
    "exception",
    "critical",
    "connect",
    "Signal",
    "Slot",
    "Property",
    "uses",
    "setApplicationName",
    "setOrganizationName",
    "setDesktopFileName",
    "crash_report",
    "QUrl",
    "fromLocalFile",
    "environ",
    "get",
    "zfill",
    "escape",
    "plain_snippet",
    "setInterval",
}
SHOWS_TEXT = {  # calls whose string arguments a person reads
    "setText",
    "setToolTip",
    "setWindowTitle",
    "setPlaceholderText",
    "setStatusTip",
    "setWhatsThis",
    "setAccessibleName",
    "setAccessibleDescription",
    "addRow",
    "addTab",
    "setTabText",
    "addMenu",
    "addAction",
    "addItem",
    "addButton",
    "showMessage",
    "setHeaderLabels",
    "setLabelText",
    "setSuffix",
    "setPrefix",
    "setSpecialValueText",
    "setHtml",
    "setTitle",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QToolButton",
    "QListWidgetItem",
    "QTreeWidgetItem",
    "QStandardItem",
    "QMenu",
    "QProgressDialog",
    "information",
    "warning",
    "question",
    "critical",
    "about",
    "getText",
    "getMultiLineText",
    "getItem",
    "getOpenFileName",
    "getOpenFileNames",
    "getSaveFileName",
    "getExistingDirectory",
    "confirm",
    "show_problem",
    "show_message",
    "end",
}
LOGGERS = {"log", "logger", "logging"}
_MARKUP = re.compile(r"<[^>]*>|&[#\w]+;|\{[^{}]*\}")
_MACHINE = re.compile(r"^(\*?\.\w+|(Ctrl|Shift|Alt|Meta)\+\S*)$")  # "*.casebinder", ".pdf", "Ctrl+L"
_WORD = re.compile(r"[A-Za-z]{2,}")
_PROSE = re.compile(r"[A-Za-z][A-Za-z'’,.]*\s+[A-Za-z(“\"]|^\W*[A-Z][a-z]")


@dataclass(frozen=True)
class Untranslated:
    path: Path
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.text!r}"


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _logs(call: ast.Call) -> bool:
    func = call.func
    if not isinstance(func, ast.Attribute):
        return False
    receiver = func.value
    return (isinstance(receiver, ast.Name) and receiver.id in LOGGERS) or (
        isinstance(receiver, ast.Call) and _name(receiver) == "getLogger"
    )


def _words(node: ast.Constant | ast.JoinedStr) -> str:
    if isinstance(node, ast.Constant):
        return str(node.value)
    return "".join(str(part.value) for part in node.values if isinstance(part, ast.Constant))


def _verdict(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> str:
    """ "fine", "shown" (a direct argument of a call that shows text) or "words" (anywhere else)."""
    child, parent = node, parents.get(node)
    while parent is not None:
        if isinstance(parent, ast.arg) and child is parent.annotation:
            return "fine"
        if isinstance(parent, (ast.FunctionDef, ast.AsyncFunctionDef)) and child is parent.returns:
            return "fine"
        if isinstance(parent, ast.AnnAssign) and child is parent.annotation:
            return "fine"
        if isinstance(parent, ast.Expr) and isinstance(
            parents.get(parent), (ast.Module, ast.ClassDef, ast.FunctionDef)
        ):
            body = getattr(parents[parent], "body", [])
            if body and body[0] is parent:
                return "fine"  # a docstring
        if isinstance(parent, ast.Call):
            if child is parent.func:
                return "fine"
            name = _name(parent)
            if name in TRANSLATED or name in NOT_SHOWN or _logs(parent):
                return "fine"
            if name == "format" and child is getattr(parent.func, "value", None):
                return "fine"
            if name == "join":
                child, parent = parent, parents.get(parent)
                continue
            first = bool(parent.args) and child is parent.args[0]
            return "shown" if name in SHOWS_TEXT and name.startswith("set") and first else "words"
        if isinstance(parent, ast.keyword) and parent.arg in {"objectName", "sep", "encoding", "mode"}:
            return "fine"
        if isinstance(parent, ast.Subscript) and child is parent.slice:
            return "fine"
        if isinstance(parent, ast.Compare):
            return "fine"
        if isinstance(parent, ast.Dict) and child in parent.keys:
            return "fine"
        if isinstance(parent, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "__all__" for target in parent.targets
        ):
            return "fine"
        if isinstance(parent, ast.stmt):
            return "words"
        child, parent = parent, parents.get(parent)
    return "words"


def find_untranslated(source: str, path: Path = Path("<source>")) -> list[Untranslated]:
    tree = ast.parse(source)
    parents = {child: parent for parent in ast.walk(tree) for child in ast.iter_child_nodes(parent)}
    found: list[Untranslated] = []
    for node in ast.walk(tree):
        if not isinstance(node, (ast.Constant, ast.JoinedStr)):
            continue
        if isinstance(node, ast.Constant) and not isinstance(node.value, str):
            continue
        if isinstance(parents.get(node), (ast.JoinedStr, ast.FormattedValue)):
            continue
        if _MACHINE.match(_words(node)):
            continue
        words = _MARKUP.sub(" ", _words(node)).strip()
        if not _WORD.search(words):
            continue
        verdict = _verdict(node, parents)
        if verdict == "fine":
            continue
        if verdict == "words" and not _PROSE.search(words):
            continue
        found.append(Untranslated(path, node.lineno, _words(node)))
    return found
