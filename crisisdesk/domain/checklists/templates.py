"""Checklist templates: reading and checking the TOML files, writing an edited one.

A template file (``resources/checklists/*.toml``) looks like::

    name = "Betoging — hoog risico"
    applies_to = "notification"          # notification | event | scenario
    scenario_kind = "flooding"           # optional, scenarios only: suggested for this kind
    description = "…"

    [[item]]
    text = "Risicoanalyse politie"
    responsible = "politie"              # a partner key from resources/partners.toml
    due = "72 uur voor"                  # see crisisdesk.domain.checklists.rules.parse_offset
    required = true                      # optional, default true

A file that cannot be read gives :class:`TemplateError` objects naming the file and
the line (tomllib reports the line of a syntax error; for a bad field the line of that
field, or of its ``[[item]]`` header, is looked up in the text). Such a file is skipped.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field

from crisisdesk.domain.checklists.rules import ChecklistRecordType, Offset, OffsetError, parse_offset
from crisisdesk.i18n import translate


@dataclass(frozen=True)
class TemplateItem:
    text: str
    responsible: str  # partner key; "" for nobody yet
    due: str  # the offset as written, e.g. "14 dagen voor"
    required: bool = True

    @property
    def offset(self) -> Offset:
        return parse_offset(self.due)


@dataclass(frozen=True)
class Template:
    key: str  # the file's stem; unique
    name: str
    applies_to: ChecklistRecordType
    items: tuple[TemplateItem, ...]
    description: str = ""
    scenario_kind: str = ""
    source: str = ""  # the file it was read from
    user: bool = False  # saved by an advisor (data folder), not shipped


@dataclass(frozen=True)
class TemplateError:
    source: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = translate("Templates", "{file}, line {line}").format(file=self.source, line=self.line) if self.line else self.source
        return f"{where}: {self.message}"


@dataclass
class _Lines:
    """Finds the line of the n-th ``[[item]]`` header and of a key after it."""

    text: str
    headers: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.lines = self.text.splitlines()
        self.headers = [n for n, line in enumerate(self.lines, start=1) if re.match(r"\s*\[\[\s*item\s*\]\]", line)]

    def of(self, index: int | None, key: str | None = None) -> int | None:
        if index is None:
            start, end = 1, (self.headers[0] if self.headers else len(self.lines) + 1)
        else:
            if index >= len(self.headers):
                return None
            start = self.headers[index]
            end = self.headers[index + 1] if index + 1 < len(self.headers) else len(self.lines) + 1
        if key is None:
            return start
        for number in range(start, end):
            if re.match(rf"\s*{re.escape(key)}\s*=", self.lines[number - 1]):
                return number
        return start


def parse_template(text: str, source: str, key: str, partner_keys: set[str] | None = None,
                   user: bool = False) -> tuple[Template | None, list[TemplateError]]:
    """The template in ``text``, or None and the reasons (with lines) it cannot be used."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        return None, [TemplateError(source, int(match.group(1)) if match else None, translate("Templates", "not valid TOML: {error}").format(error=exc))]
    lines = _Lines(text)
    errors: list[TemplateError] = []

    def fail(message: str, index: int | None = None, name: str | None = None) -> None:
        errors.append(TemplateError(source, lines.of(index, name), message))

    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        fail(translate("Templates", "'name' is missing or empty"), None, "name")
    try:
        applies_to = ChecklistRecordType(data.get("applies_to", ""))
    except ValueError:
        applies_to = None
        fail(translate("Templates", "'applies_to' must be notification, event or scenario"), None, "applies_to")
    raw_items = data.get("item", [])
    if not isinstance(raw_items, list) or not raw_items:
        fail(translate("Templates", "the file has no [[item]]"), None)
        raw_items = []
    items = []
    for index, raw in enumerate(raw_items):
        number = index + 1
        text_value = raw.get("text") if isinstance(raw, dict) else None
        if not isinstance(text_value, str) or not text_value.strip():
            fail(translate("Templates", "item {number}: 'text' is missing or empty").format(number=number), index, "text")
            continue
        responsible = raw.get("responsible", "")
        if not isinstance(responsible, str):
            fail(translate("Templates", "item {number}: 'responsible' must be text").format(number=number), index, "responsible")
            continue
        if responsible and partner_keys is not None and responsible not in partner_keys:
            fail(translate("Templates", "item {number}: unknown partner '{key}' (see partners.toml)").format(number=number, key=responsible), index, "responsible")
            continue
        due = raw.get("due")
        try:
            if not isinstance(due, str):
                raise OffsetError(translate("Templates", "'due' is missing"))
            parse_offset(due)
        except OffsetError as exc:
            fail(translate("Templates", "item {number}, due: {error}").format(number=number, error=exc), index, "due")
            continue
        required = raw.get("required", True)
        if not isinstance(required, bool):
            fail(translate("Templates", "item {number}: 'required' must be true or false").format(number=number), index, "required")
            continue
        items.append(TemplateItem(text_value.strip(), responsible, due.strip(), required))
    if errors or not isinstance(name, str) or applies_to is None:
        return None, errors
    return Template(
        key=key, name=name.strip(), applies_to=applies_to, items=tuple(items),
        description=str(data.get("description", "")).strip(), scenario_kind=str(data.get("scenario_kind", "")),
        source=source, user=user,
    ), []


def _quoted(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{escaped}"'


def template_to_toml(template: Template) -> str:
    """The file text of ``template`` (same layout as the shipped files; parse round-trips)."""
    lines = [f"name = {_quoted(template.name)}", f"applies_to = {_quoted(template.applies_to.value)}"]
    if template.scenario_kind:
        lines.append(f"scenario_kind = {_quoted(template.scenario_kind)}")
    lines += [f"description = {_quoted(template.description)}", ""]
    for item in template.items:
        lines += [
            "[[item]]", f"text = {_quoted(item.text)}", f"responsible = {_quoted(item.responsible)}",
            f"due = {_quoted(item.due)}", f"required = {'true' if item.required else 'false'}", "",
        ]
    return "\n".join(lines)
