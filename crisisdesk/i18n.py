"""Translations shared by the Qt layer and the Qt-free layers.

One catalogue serves the whole program: ``resources/i18n/crisisdesk_<lang>.ts``.
The Qt layer installs the compiled ``.qm`` with a QTranslator; the command line and
the reports (which must not import Qt) read the same ``.ts`` here. Source strings are
English; Dutch is the default language.

Mark strings with ``translate("Context", "Source text")`` — pyside6-lupdate picks up
that call by name — or with ``QT_TRANSLATE_NOOP`` for tables built at import time.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache

from crisisdesk.resources import resource_path

DEFAULT_LANGUAGE = "nl"
LANGUAGES = ("nl", "en")

_language = DEFAULT_LANGUAGE


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's name, for lupdate
    """Marks ``text`` for translation without translating it (lupdate reads this)."""
    return text


@cache
def _catalogue(language: str) -> dict[tuple[str, str], str]:
    if language == "en":
        return {}
    path = resource_path("i18n", f"crisisdesk_{language}.ts")
    if not path.exists():
        return {}
    catalogue: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if translation.text:
                catalogue[(name, source)] = translation.text
    return catalogue


def set_language(language: str) -> None:
    global _language
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}; choose one of {LANGUAGES}")
    _language = language


def current_language() -> str:
    return _language


def translate(context: str, text: str) -> str:
    """Returns ``text`` in the current language (the source text when untranslated)."""
    return _catalogue(_language).get((context, text), text)
