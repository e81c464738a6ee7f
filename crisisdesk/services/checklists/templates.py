"""Checklist templates: the shipped ones in ``resources/checklists`` and the advisors' own.

    catalogue = load_templates()                  # TemplateCatalogue: .templates, .errors
    catalogue.get(key) -> Template                # KeyError when unknown
    catalogue.for_record(ChecklistRecordType.EVENT) -> list[Template]
    save_user_template(template, catalogue) -> Template   # a new file in <home>/templates

A malformed file never stops the desk: it is skipped and its problem (file and line)
is in ``catalogue.errors`` for the screen and the log. An advisor's template is saved
under its own name and key; it never replaces a shipped one.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from pathlib import Path

from crisisdesk.domain.checklists.templates import Template, TemplateError, parse_template, template_to_toml
from crisisdesk.domain.checklists.rules import ChecklistRecordType
from crisisdesk.domain.checks import FieldError
from crisisdesk.i18n import translate
from crisisdesk.services.errors import ValidationFailed
from crisisdesk.services.checklists.partners import load_seed, slug

log = logging.getLogger(__name__)


def shipped_dir() -> Path:
    from crisisdesk.resources import resource_path

    return resource_path("checklists")


def user_dir() -> Path:
    from crisisdesk.paths import home_dir

    return home_dir() / "templates"


@dataclass(frozen=True)
class TemplateCatalogue:
    templates: tuple[Template, ...]
    errors: tuple[TemplateError, ...] = ()

    def get(self, key: str) -> Template:
        for template in self.templates:
            if template.key == key:
                return template
        raise KeyError(key)

    def for_record(self, record_type: ChecklistRecordType) -> list[Template]:
        return [t for t in self.templates if t.applies_to == record_type]

    def names(self) -> set[str]:
        return {t.name.casefold() for t in self.templates}


def _read_folder(folder: Path, partner_keys: set[str] | None, user: bool, templates: list, errors: list) -> None:
    if not folder.is_dir():
        return
    for path in sorted(folder.glob("*.toml")):
        key = ("user-" if user and not path.stem.startswith("user-") else "") + path.stem
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            errors.append(TemplateError(path.name, None, str(exc)))
            continue
        template, problems = parse_template(text, path.name, key, partner_keys, user=user)
        if template is None:
            errors.extend(problems)
            for problem in problems:
                log.warning("checklist template skipped: %s", problem)
        elif any(t.key == key or t.name.casefold() == template.name.casefold() for t in templates):
            errors.append(TemplateError(path.name, None, translate("Templates", "a template named '{name}' already exists; skipped").format(name=template.name)))
        else:
            templates.append(template)


def load_templates(shipped: Path | None = None, user: Path | None = None,
                   partner_keys: set[str] | None = None) -> TemplateCatalogue:
    """All readable templates (shipped first, then the advisors'), and what was skipped."""
    keys = partner_keys if partner_keys is not None else {p["key"] for p in load_seed()}
    templates: list[Template] = []
    errors: list[TemplateError] = []
    _read_folder(shipped or shipped_dir(), keys, False, templates, errors)
    _read_folder(user or user_dir(), None, True, templates, errors)
    return TemplateCatalogue(tuple(templates), tuple(errors))


def save_user_template(template: Template, catalogue: TemplateCatalogue, folder: Path | None = None) -> Template:
    """Writes ``template`` as a new file under its own name; refuses a name in use."""
    name = template.name.strip()
    if not name:
        raise ValidationFailed([FieldError("name", "required")])
    if name.casefold() in catalogue.names():
        raise ValidationFailed([FieldError("name", "template_name_taken", {"name": name})])
    if not template.items:
        raise ValidationFailed([FieldError("items", "required")])
    target_dir = folder or user_dir()
    target_dir.mkdir(parents=True, exist_ok=True)
    stem = "user-" + slug(name)
    path = target_dir / f"{stem}.toml"
    suffix = 2
    while path.exists():
        path = target_dir / f"{stem}-{suffix}.toml"
        suffix += 1
    saved = replace(template, name=name, key=path.stem, source=path.name, user=True)
    text = template_to_toml(saved)
    check, problems = parse_template(text, path.name, path.stem, None, user=True)
    if check is None:  # an offset typed wrongly in the editor
        raise ValidationFailed([FieldError("items", "template_invalid", {"problem": str(problems[0])})])
    temporary = path.with_suffix(".tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)
    return saved
