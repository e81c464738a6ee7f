"""The Dutch catalogue: complete, current, compiled, and actually used by both layers."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import ast
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from crisisdesk import i18n
from crisisdesk.ui.shell import translations

TS_FILE = translations.catalogue("nl")
QM_FILE = TS_FILE.with_suffix(".qm")
FORMS = sorted((translations.ROOT / "forms").glob("*.ui"))

PLACEHOLDER = re.compile(r"\{[a-z_]+(?:![rsa])?(?::[^{}]*)?\}")
ACCELERATOR = re.compile(r"&(?=[^&\s])")
BAD_TYPES = ("unfinished", "obsolete", "vanished")


def messages(ts_file: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts_file).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def key(context: str, message: ET.Element) -> tuple[str, str, str]:
    return context, message.findtext("source") or "", message.findtext("comment") or ""


def texts(message: ET.Element) -> list[str]:
    """The translated text(s): one, or one per numerus form."""
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def unfinished(ts_file: Path) -> list[tuple[str, str, str]]:
    return [
        key(context, message)
        for context, message in messages(ts_file)
        if message.find("translation").get("type") in BAD_TYPES or not all(texts(message))
    ]


def have_tool(name: str) -> bool:
    try:
        translations.tool(name)
    except FileNotFoundError:
        return False
    return True


# --- the catalogue itself ------------------------------------------------------------------


def test_catalogue_is_complete():
    found = messages(TS_FILE)
    assert len(found) > 200
    assert unfinished(TS_FILE) == []
    for context, message in found:
        translation = message.find("translation")
        assert translation.get("type") is None, key(context, message)
        if message.get("numerus") == "yes":
            assert len(texts(message)) == 2, key(context, message)  # Dutch: één / meer


def test_catalogue_is_current(tmp_path):
    """lupdate over today's code finds nothing new and drops nothing."""
    if not have_tool("pyside6-lupdate"):
        pytest.skip("pyside6-lupdate is not installed")
    copy = tmp_path / TS_FILE.name
    shutil.copyfile(TS_FILE, copy)
    translations.update(copy)
    assert [k for k in unfinished(copy) if k not in numerus_only(copy)] == [], \
        "untranslated strings: run python -m crisisdesk.ui.shell.translations and translate"
    assert sorted(key(c, m) for c, m in messages(copy)) == sorted(key(c, m) for c, m in messages(TS_FILE))


def qm_translations(qm_file: Path) -> list[tuple[tuple[str, str, str], list[str]]]:
    """What a compiled catalogue answers for every message of the .ts (one and many for
    plurals): compared instead of the bytes, which differ between Qt versions' lrelease."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(qm_file)), qm_file
    answers = []
    for context, message in messages(TS_FILE):
        context_, source, comment = key(context, message)
        counts = (1, 2) if message.get("numerus") == "yes" else (-1,)
        answers.append(((context_, source, comment), [translator.translate(context_, source, comment or None, n) for n in counts]))
    return answers


def numerus_only(updated: Path) -> set[tuple[str, str, str]]:
    """Messages another PySide6's lupdate only read differently as plural or not — e.g. 6.12
    sees QCoreApplication.translate(ctx, text, "", n) as plural where 6.11 does not — with
    the committed translation kept as its first form: the same string, not a new one."""
    committed = {key(c, m): (m.get("numerus"), texts(m)) for c, m in messages(TS_FILE)}
    found = set()
    for context, message in messages(updated):
        was = committed.get(key(context, message))
        if was and was[0] != message.get("numerus") and all(was[1]) and texts(message)[0] == was[1][0]:
            found.add(key(context, message))
    return found


def test_compiled_catalogue_matches(tmp_path, qapp):
    if not have_tool("pyside6-lrelease"):
        pytest.skip("pyside6-lrelease is not installed")
    fresh = tmp_path / QM_FILE.name
    translations.release(TS_FILE, fresh)
    committed = qm_translations(QM_FILE)
    assert committed == qm_translations(fresh), "stale .qm: run python -m crisisdesk.ui.shell.translations"
    assert all(all(texts) for _key, texts in committed)  # every message answers with a translation


def test_translations_keep_placeholders():
    for context, message in messages(TS_FILE):
        source = message.findtext("source") or ""
        for text in texts(message):
            if not text:
                continue  # untranslated: test_catalogue_is_complete reports it
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), key(context, message)
            assert text.count("%n") == source.count("%n"), key(context, message)
            if ACCELERATOR.search(source):
                assert len(ACCELERATOR.findall(text)) == 1, key(context, message)


def test_legal_wording():
    catalogue = {(c, m.findtext("source")): texts(m)[0] for c, m in messages(TS_FILE)}
    late = "Not on time — shortening the term or a ban is possible (Wom art. 5 par. 2 sub a)"
    assert catalogue[("Labels", late)] == "Niet tijdig — termijn verkorten of verbod mogelijk (art. 5 lid 2 sub a Wom)"
    for (context, source), text in catalogue.items():
        assert "par." not in text, (context, source)
        assert "Wom art." not in text, (context, source)


def test_every_context_is_a_real_one():
    """A class or a named context; never '' or 'window' (what lupdate makes of an alias or obj.tr)."""
    contexts = {context for context, _ in messages(TS_FILE)}
    assert all(context.isidentifier() and context.lstrip("_")[:1].isupper() for context in contexts), sorted(contexts)


# --- code that hides strings from lupdate ------------------------------------------------------

PACKAGE = translations.ROOT / "crisisdesk"
TRANSLATING = {"translate", "tr", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


def python_sources() -> list[Path]:
    return [p for p in sorted(PACKAGE.rglob("*.py")) if "forms" not in p.relative_to(PACKAGE).parts]


def _names_a_translator(node: ast.AST) -> bool:
    """``translate``, ``tr``, ``QCoreApplication.translate``, ``self.tr``, ``i18n.translate``…"""
    return (isinstance(node, ast.Name) and node.id in TRANSLATING) or (
        isinstance(node, ast.Attribute) and node.attr in TRANSLATING
    )


def translator_aliases(tree: ast.AST) -> list[tuple[int, str]]:
    """Assignments like ``t = translate`` or ``tr = QCoreApplication.translate``, imports like
    ``from crisisdesk.i18n import translate as t``, and one-line wrappers like
    ``def t(text): return translate("Ctx", text)``: lupdate reads calls by name, so the strings
    passed to such a name never reach the catalogue."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign, ast.NamedExpr)) and node.value is not None:
            if _names_a_translator(node.value):
                found.append((node.lineno, ast.unparse(node)))
        elif isinstance(node, ast.ImportFrom):
            found += [(node.lineno, ast.unparse(node)) for a in node.names if a.name in TRANSLATING and a.asname not in (None, a.name)]
        elif isinstance(node, (ast.FunctionDef, ast.Lambda)):
            body = node.body
            if isinstance(body, list):
                body = body[-1].value if len(body) == 1 and isinstance(body[0], ast.Return) else None
            params = {a.arg for a in node.args.args}
            if (isinstance(body, ast.Call) and _names_a_translator(body.func)
                    and any(isinstance(arg, ast.Name) and arg.id in params for arg in body.args[:2])):
                found.append((node.lineno, f"{getattr(node, 'name', 'lambda')} wraps {ast.unparse(body)}"))
    return sorted(found)


def foreign_tr_calls(tree: ast.AST) -> list[tuple[int, str]]:
    """``window.tr("…")``, ``self.window.tr("…")``: lupdate files these under the context
    'window' / 'self.window', but at run time they look up the other object's class."""
    return sorted(
        (node.lineno, ast.unparse(node.func))
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "tr"
        and not (isinstance(node.func.value, ast.Name) and node.func.value.id in ("self", "cls"))
    )


def test_no_translator_aliases():
    found = [
        f"{path.relative_to(translations.ROOT)}:{line}: {text}"
        for path in python_sources()
        for line, text in translator_aliases(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert found == [], "call translate(\"Ctx\", \"…\") / self.tr(\"…\") literally; lupdate misses:\n" + "\n".join(found)


def test_no_tr_on_another_object():
    found = [
        f"{path.relative_to(translations.ROOT)}:{line}: {text}(…)"
        for path in python_sources()
        for line, text in foreign_tr_calls(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert found == [], "use QCoreApplication.translate(\"ClassName\", \"…\") instead:\n" + "\n".join(found)


def marked_strings(tree: ast.AST) -> list[tuple[int, str, str]]:
    """(line, context, source) of every literal ``translate``/``QT_TRANSLATE_NOOP``/``self.tr`` call;
    ``self.tr`` takes the enclosing class as its context, as lupdate does."""
    found = []

    def literal(node: ast.AST) -> str | None:
        return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None

    def visit(node: ast.AST, cls: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Call):
                func, args = child.func, child.args
                name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
                if name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2 and None not in (literal(args[0]), literal(args[1])):
                    found.append((child.lineno, literal(args[0]), literal(args[1])))
                elif (name == "tr" and isinstance(func.value, ast.Name) and func.value.id == "self" and args
                      and literal(args[0]) is not None):
                    found.append((child.lineno, cls, literal(args[0])))
            visit(child, child.name if isinstance(child, ast.ClassDef) else cls)

    visit(tree, "")
    return found


def test_every_marked_string_reaches_the_catalogue():
    """lupdate silently skips some calls it should read: inside an f-string's braces, or
    QCoreApplication.translate(…, n) with an expression such as len(x) as the count."""
    catalogue = {(c, m.findtext("source")) for c, m in messages(TS_FILE)}
    missed = [
        f"{path.relative_to(translations.ROOT)}:{line}: {context} / {source!r}"
        for path in python_sources()
        for line, context, source in marked_strings(ast.parse(path.read_text(encoding="utf-8")))
        if (context, source) not in catalogue
    ]
    assert missed == [], "not in the catalogue (after running the translations module):\n" + "\n".join(missed)


def test_alias_scan_finds_the_usual_forms():
    code = (
        "from crisisdesk.i18n import translate as _\n"
        "t = translate\n"
        "tr = QCoreApplication.translate\n"
        "def f(self):\n    t = self.tr\n    return window.tr('x')\n"
        "def t2(text):\n    return translate('Ctx', text)\n"
        "fine = translate('Ctx', 'literal')\n"
    )
    tree = ast.parse(code)
    assert [line for line, _ in translator_aliases(tree)] == [1, 2, 3, 5, 7]
    assert [line for line, _ in foreign_tr_calls(tree)] == [6]


# --- the Qt-free layer ---------------------------------------------------------------------


@pytest.fixture
def restore_language():
    before = i18n.current_language()
    try:
        yield
    finally:
        i18n.set_language(before)


def test_qt_free_translation(restore_language):
    i18n.set_language("nl")
    assert i18n.translate("Labels", "Late") == "Te laat"
    assert i18n.translate("Weekday", "Mon") == "ma"
    i18n.set_language("en")
    assert i18n.translate("Labels", "Late") == "Late"


# --- the Qt layer ----------------------------------------------------------------------------


@pytest.fixture
def dutch_app(qapp):
    from PySide6.QtCore import QLocale

    from crisisdesk.ui.shell.app import install_translators

    locale = QLocale()
    installed = install_translators(qapp, "nl")
    try:
        yield qapp
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
            translator.deleteLater()
        QLocale.setDefault(locale)


def test_qt_translators(dutch_app):
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("NotificationDialog", "Received at") == "Ontvangen op"
    assert QCoreApplication.translate("NotificationDialog", "Save") == "Opslaan"
    assert QCoreApplication.translate("MainWindow", "%n notification(s)", "", 1) == "1 kennisgeving"
    assert QCoreApplication.translate("MainWindow", "%n notification(s)", "", 380) == "380 kennisgevingen"


def test_dialog_speaks_dutch(dutch_app, qtbot, desk):
    from crisisdesk.ui.register.notification_dialog import NotificationDialog

    dialog = NotificationDialog(desk, None)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Nieuwe kennisgeving"
    assert dialog.save_button.text() == "Opslaan"
    tabs = [dialog.ui.tabs.tabText(i) for i in range(dialog.ui.tabs.count())]
    assert tabs == ["Manifestatie", "Tijd en plaats", "Kaart", "Ontvangst en behandeling", "Besluit", "Checklist"]


def test_translators_removed_afterwards(qapp):
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("NotificationDialog", "Received at") == "Received at"


# --- generated forms -------------------------------------------------------------------------


@pytest.mark.parametrize("form", FORMS, ids=lambda p: p.stem)
def test_generated_form_is_current(form):
    """The committed module is what pyside6-uic makes of the .ui today — compared as Python
    syntax trees, so the version comment and layout of another PySide6 release do not count."""
    if not have_tool("pyside6-uic"):
        pytest.skip("pyside6-uic is not installed")
    generated = translations.ROOT / "crisisdesk" / "ui" / "forms" / f"ui_{form.stem}.py"
    first, _, rest = generated.read_text(encoding="utf-8").partition("\n")
    assert first == f"# Generated from forms/{form.name} by pyside6-uic — do not edit."
    fresh = subprocess.run(
        [translations.tool("pyside6-uic"), f"forms/{form.name}"],
        cwd=translations.ROOT, capture_output=True, text=True, encoding="utf-8", check=True,
    ).stdout
    assert ast.dump(ast.parse(rest)) == ast.dump(ast.parse(fresh)), f"stale {generated.name}: regenerate it from {form.name}"
