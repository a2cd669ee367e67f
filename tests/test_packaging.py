"""`pip install .` (and so the Docker image) ships every package and data file bot/ needs."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETUPTOOLS = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
    "setuptools"
]


def test_every_package_under_bot_is_listed():
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "bot").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    listed = set(SETUPTOOLS["packages"])
    assert found | {"bot.defaults"} == listed
    assert SETUPTOOLS["package-dir"] == {"bot.defaults": "config"}


def test_every_data_file_under_bot_is_package_data():
    data = SETUPTOOLS["package-data"]
    for path in (ROOT / "bot").rglob("*"):
        if path.is_dir() or path.suffix in (".py", ".pyc") or "__pycache__" in path.parts:
            continue
        package = ".".join(path.parent.relative_to(ROOT).parts)
        patterns = data.get(package, [])
        assert any(fnmatch.fnmatch(path.name, p) for p in patterns), f"not shipped: {path}"
