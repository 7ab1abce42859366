"""Apps depend one way: each may use the apps below it in ``APP_ORDER``, never one above.

Every Python module of every app is read with ``ast`` (migrations left out, since they
record history): its imports, at module level or inside functions, and the models it names
in strings (``ForeignKey("app.Model")``, ``through=``, ``apps.get_model(...)``,
``sender="app.Model"``). ``TOP`` packages may use any app; nothing uses them. A cross-app
import inside a function is refused whatever its direction: a lazy import hides a cycle,
and the way out is to move the code (docs/architecture.md, "App order").
"""

import ast
import re
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

ROOT = Path(__file__).resolve().parent.parent

# Lowest first. Written once here; docs/architecture.md draws it.
APP_ORDER = [
    "core",
    "authorities",
    "events",
    "collections_app",
    "bookings",
    "exhibitions",
    "search",
    "catalogue",
]
# Above every app: they may import anything, and nothing imports them.
TOP = ["config", "backups", "demo", "benchmarks"]

# Command-line scripts (and the benchmark module they import once Django is set up)
# configure Django before they can import a model.
SCRIPTS = {"benchmarks/catalogue.py", "benchmarks/reliability.py", "benchmarks/vocabulary.py"}

# (module, app it reaches) -> why it is allowed for now. Each must still occur: an exception
# that is no longer needed fails the test, so it is deleted with the code that needed it.
EXCEPTIONS: dict[tuple[str, str], str] = {}

MODEL_LABEL = re.compile(r"^(?P<app>[a-z_]+)\.[A-Z]\w*$")
RELATION_CALLS = {"ForeignKey", "OneToOneField", "ManyToManyField", "get_model"}
LABEL_KEYWORDS = {"to", "through", "sender"}


@dataclass(frozen=True)
class Use:
    module: str  # path from the repository root
    line: int
    app: str
    how: str
    in_function: bool = False

    def __str__(self) -> str:
        where = " inside a function" if self.in_function else ""
        return f"{self.module}:{self.line} uses {self.app} ({self.how}){where}"


def _rank(app: str) -> int:
    return len(APP_ORDER) if app in TOP else APP_ORDER.index(app)


def _known() -> list[str]:
    return APP_ORDER + TOP


def _app_of(dotted: str) -> str | None:
    head = dotted.split(".")[0]
    return head if head in _known() else None


def _label_app(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        match = MODEL_LABEL.match(node.value)
        if match and match["app"] in _known():
            return match["app"]
    return None


def _call_name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


class _Reader(ast.NodeVisitor):
    def __init__(self, module: str):
        self.module = module
        self.depth = 0
        self.uses: list[Use] = []

    def _add(self, node: ast.AST, app: str | None, how: str) -> None:
        if app:
            self.uses.append(Use(self.module, node.lineno, app, how, self.depth > 0))

    def _function(self, node):
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1

    visit_FunctionDef = visit_AsyncFunctionDef = visit_Lambda = _function

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self._add(node, _app_of(alias.name), f"import {alias.name}")

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.level == 0 and node.module:
            self._add(node, _app_of(node.module), f"from {node.module} import ...")

    def visit_Call(self, node: ast.Call) -> None:
        name = _call_name(node)
        if name in RELATION_CALLS:
            if name == "get_model" and len(node.args) == 2:
                first = node.args[0]
                if isinstance(first, ast.Constant) and first.value in _known():
                    self._add(node, first.value, f'get_model("{first.value}", ...)')
            elif node.args:
                self._add(node, _label_app(node.args[0]), f'{name}("{_text(node.args[0])}")')
        for keyword in node.keywords:
            if keyword.arg in LABEL_KEYWORDS:
                label = _label_app(keyword.value)
                self._add(node, label, f'{keyword.arg}="{_text(keyword.value)}"')
        self.generic_visit(node)


def _text(node: ast.AST) -> str:
    return node.value if isinstance(node, ast.Constant) else ""


def _modules(app: str):
    folder = ROOT / app
    if not folder.is_dir():  # an app in the order that this branch does not have yet
        return
    for path in sorted(folder.rglob("*.py")):
        relative = path.relative_to(ROOT)
        if "migrations" not in relative.parts:
            yield relative.as_posix(), path


def _uses() -> list[Use]:
    uses = []
    for app in _known():
        for module, path in _modules(app):
            reader = _Reader(module)
            reader.visit(ast.parse(path.read_text(), filename=module))
            uses += [use for use in reader.uses if use.app != app]
    return uses


def _owner(use: Use) -> str:
    return use.module.split("/")[0]


def _breaks_the_order(use: Use) -> bool:
    owner = _owner(use)
    if use.app in TOP:
        return True  # nothing imports the top, whoever it is
    return _rank(use.app) > _rank(owner)


def test_no_app_uses_an_app_above_it():
    wrong = [use for use in _uses() if _breaks_the_order(use)]
    unexplained = [str(u) for u in wrong if (u.module, u.app) not in EXCEPTIONS]
    assert not unexplained, "Upward dependencies:\n" + "\n".join(unexplained)


def test_every_listed_exception_is_still_needed():
    wrong = {(use.module, use.app) for use in _uses() if _breaks_the_order(use)}
    stale = [f"{module} -> {app}" for module, app in EXCEPTIONS if (module, app) not in wrong]
    assert not stale, "No longer needed; delete from EXCEPTIONS:\n" + "\n".join(stale)


def test_no_lazy_imports_between_apps():
    lazy = [
        str(use)
        for use in _uses()
        if use.in_function and use.how.startswith(("import", "from")) and use.module not in SCRIPTS
    ]
    advice = "Move the import to the top of the module, or the code up:\n"
    assert not lazy, advice + "\n".join(lazy)


def test_every_installed_app_of_the_project_has_a_place_in_the_order():
    ours = {
        name.split(".")[0]
        for name in settings.INSTALLED_APPS
        if (ROOT / name.split(".")[0]).is_dir()
    }
    assert ours - set(_known()) == set()


def test_the_reader_sees_imports_and_model_labels():
    """The checks above are only as good as what the reader finds: a planted module."""
    source = (
        "from catalogue.filters import X\n"
        "import search.services\n"
        "from . import sibling\n"
        "class A:\n"
        '    item = models.ForeignKey("exhibitions.Venue", on_delete=models.PROTECT)\n'
        '    tags = models.ManyToManyField("core.Tag", through="bookings.Booking")\n'
        "def f(apps):\n"
        "    from demo.loader import load_demo\n"
        '    apps.get_model("events.Event")\n'
        '    apps.get_model("backups", "Thing")\n'
        '    post_save.connect(handler, sender="collections_app.CollectionItem")\n'
    )
    reader = _Reader("events/planted.py")
    reader.visit(ast.parse(source))
    found = [(use.line, use.app, use.in_function, _breaks_the_order(use)) for use in reader.uses]
    assert found == [
        (1, "catalogue", False, True),
        (2, "search", False, True),
        (5, "exhibitions", False, True),
        (6, "core", False, False),
        (6, "bookings", False, True),
        (8, "demo", True, True),
        (9, "events", True, False),
        (10, "backups", True, True),
        (11, "collections_app", True, True),
    ]
