"""Packaging details pyproject.toml cannot say: the top-level ``resources/`` folder is
shipped as the package data of ``crisisdesk.data``.

The source of truth stays in ``resources/`` (rule sets, templates, translations, fonts,
icons, the user guide); in a wheel it lands at ``crisisdesk/data/`` so every kind of
install (``pip install .``, ``pip install --user``, pipx, PyInstaller) finds it with
``importlib.resources``. Everything else is in pyproject.toml.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["crisisdesk", "crisisdesk.*"]), "crisisdesk.data"],
    package_dir={"crisisdesk.data": "resources"},
    package_data={
        "crisisdesk.db": ["migrations/*.mako", "migrations/versions/*.py"],
        "crisisdesk.data": [
            "*.json",
            "*.toml",
            "rules/*.json",
            "checklists/*.toml",
            "i18n/*.ts",
            "i18n/*.qm",
            "fonts/*",
            "icons/*",
            "help/*",
            "desktop/*",
            "samples/*",
        ],
    },
)
