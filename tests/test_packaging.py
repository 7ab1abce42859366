"""The built wheel holds every app of ours, with its templates, static files, translations
and migrations, and the apps import from it alone: no source tree, no editable install."""

import json
import shutil
import subprocess
import sys
import sysconfig
import textwrap
import zipfile
from pathlib import Path

import pytest
from django.apps import AppConfig, apps
from django.conf import settings

ROOT = Path(settings.BASE_DIR)

# Local state a checkout may hold; none of it belongs in a build.
_NOT_SOURCE = {
    ".git",
    ".venv",
    "build",
    "dist",
    "media",
    "staticfiles",
    "db.sqlite3",
    "__pycache__",
    ".pytest_cache",
    ".ruff_cache",
    ".mypy_cache",
}
# Run output of the suite and the benchmarks: large, and never shipped.
_OUTPUT = {("tests", "artifacts"), ("benchmarks", "results")}


def _our_app_configs() -> list[AppConfig]:
    """INSTALLED_APPS that live in this repository (not Django's or a dependency's)."""
    environment = Path(sys.prefix).resolve()  # the virtualenv may sit inside the checkout
    return [
        config
        for config in apps.get_app_configs()
        if Path(config.path).resolve().is_relative_to(ROOT)
        and not Path(config.path).resolve().is_relative_to(environment)
    ]


def our_apps() -> list[str]:
    return [config.name for config in _our_app_configs()]


def some_templates() -> list[str]:
    """One template name from each templates folder (the project's, each app's, for
    Django's engine and for Jinja2's)."""
    folders = [Path(d) for template in settings.TEMPLATES for d in template["DIRS"]]
    folders += [
        Path(config.path) / folder
        for config in _our_app_configs()
        for folder in ("templates", "jinja2")
    ]
    names = []
    for folder in folders:
        found = sorted(p for p in folder.rglob("*.html") if "benchmarks" not in p.parts)
        if found:
            names.append(found[0].relative_to(folder).as_posix())
    return names


def data_dirs() -> list[Path]:
    """The project-wide folders settings.py reads beside the apps."""
    folders = [Path(d) for template in settings.TEMPLATES for d in template["DIRS"]]
    folders += [Path(d) for d in settings.STATICFILES_DIRS]
    folders += [Path(d) for d in settings.LOCALE_PATHS]
    return [folder.relative_to(ROOT) for folder in folders]


def source_files(folder: Path) -> set[str]:
    return {
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / folder).rglob("*")
        if path.is_file()
        and not _NOT_SOURCE.intersection(path.relative_to(ROOT).parts)
        and path.suffix != ".pyc"
        and not path.relative_to(ROOT).is_relative_to("templates/benchmarks")
    }


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """Build the wheel as a packager would, from a clean copy of the checkout (a stale
    build/ folder would hide a missing app): compile the translations, then build."""
    tmp = tmp_path_factory.mktemp("wheel")
    copy = tmp / "src"
    shutil.copytree(
        ROOT,
        copy,
        ignore=lambda folder, names: [
            n
            for n in names
            if n in _NOT_SOURCE
            or n.endswith((".egg-info", ".pyc"))
            or (Path(folder).name, n) in _OUTPUT
        ],
    )
    env = {"PATH": "/usr/bin:/bin", "DJANGO_DEBUG": "1", "HOME": str(tmp)}
    subprocess.run(
        [sys.executable, "manage.py", "compile_translations"],
        cwd=copy, env=env, check=True, capture_output=True,
    )  # fmt: skip
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(tmp / "dist"), str(copy)],
        cwd=tmp, env=env, check=True, capture_output=True,
    )  # fmt: skip
    (built,) = (tmp / "dist").glob("*.whl")
    return built


def test_the_wheel_holds_every_app_and_its_data(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = set()
    for name in our_apps():
        expected |= source_files(Path(name.split(".")[0]))
    for folder in data_dirs():
        expected |= source_files(folder)
    expected |= source_files(Path("config"))
    assert expected - names == set()
    # Translations ship compiled: Django reads only the .mo files.
    for po in (n for n in expected if n.endswith(".po")):
        assert po.removesuffix(".po") + ".mo" in names
    assert any("/templates/" in n for n in names)
    assert any("/migrations/0001_" in n for n in names)
    assert not any(n.startswith(("tests/", "docs/", "benchmarks/")) for n in names)


_IMPORT_CHECK = textwrap.dedent(
    """
    import importlib, importlib.util, json, sys
    from pathlib import Path

    site, names = Path(sys.argv[1]).resolve(), json.loads(sys.argv[2])
    templates = json.loads(sys.argv[3])

    def from_wheel(module):
        assert Path(module.__file__).resolve().is_relative_to(site), module.__file__

    import django
    django.setup()
    from django.apps import apps
    from django.core.management import call_command
    from django.template.loader import get_template

    for name in names:
        from_wheel(importlib.import_module(name))
        if importlib.util.find_spec(name + ".models"):
            from_wheel(importlib.import_module(name + ".models"))
    for config in apps.get_app_configs():
        if config.name in names and config.models_module:
            from_wheel(config.models_module)
    # URLs, views, admin and every system check load from the wheel too.
    call_command("check")
    for template in templates:
        assert Path(get_template(template).origin.name).resolve().is_relative_to(site)
    print("ok", len(names))
    """
)


def test_every_app_imports_from_the_wheel_alone(wheel, tmp_path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    names = our_apps()
    templates = ["base.html", *some_templates()]
    assert len(templates) > 3
    assert "bookings" in names and "backups" in names
    # -S: no site-packages processing, so no editable-install finder pointing back at the
    # checkout; the dependencies come from the virtualenv's site-packages, after the wheel.
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "PYTHONSAFEPATH": "1",
        "PYTHONPATH": f"{site}:{sysconfig.get_paths()['purelib']}",
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DJANGO_SECRET_KEY": "wheel-test",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }
    command = [sys.executable, "-S", "-c", _IMPORT_CHECK, str(site)]
    command += [json.dumps(names), json.dumps(templates)]
    result = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.split()[-2:] == ["ok", str(len(names))]
