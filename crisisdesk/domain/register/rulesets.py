"""Rule sets for the notification term, kept as data in ``resources/rules/*.json``.

One file per rule set. Fields (``name`` and ``method`` required, the rest optional):

``name``            unique screen name, e.g. "Utrecht 48 uur"
``municipality``    the family the rule belongs to, e.g. "Utrecht", "Model-APV"
                    (kept on ``NoticeRule.municipality``)
``method``          "plain" | "deadline_day" | "working_hours" | "working_days" |
                    "working_day_noon" (hours a multiple of 24)
``hours``           whole hours (default 48; ignored by working_days)
``days``            working days (working_days only, default 0)
``friday_noon``     deadline_day and working_day_noon: a Friday after 12:00 also moves
                    (default false)
``good_friday``     count Good Friday as a holiday (default true)
``source``          legal source, e.g. "art. 2:6 APV Utrecht"
``valid_from``      ISO date or null (inclusive)
``valid_to``        ISO date or null (inclusive)
``extra_holidays``  list of ISO dates set by royal decree (default [])
``description``     free text for the settings screen
``comment``         free text for maintainers, ignored

Which rule applies: the advisor chooses a rule set by name in the settings (default
``DEFAULT_RULE_SET``). For a notification the applicable rule is the rule set *of the same
municipality* whose validity covers the received date; when the chosen set covers that
date it wins, when several others do the one with the latest ``valid_from`` wins, and when
none does the chosen set is used as it is. A rule set without a municipality has no
family: it always applies as it is. See ``rule_for``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from crisisdesk.domain.register.deadlines import AMSTERDAM, METHODS, NoticeRule

__all__ = [
    "DEFAULT_RULE_SET",
    "RuleSet",
    "RuleSetCatalogue",
    "RuleSetError",
    "Rules",
    "get_rule",
    "load_rule_set",
    "load_rule_sets",
    "parse_rule_set",
    "rule_for",
]

DEFAULT_RULE_SET = "Utrecht 48 uur"

_FIELDS = {
    "name",
    "municipality",
    "method",
    "hours",
    "days",
    "friday_noon",
    "good_friday",
    "source",
    "valid_from",
    "valid_to",
    "extra_holidays",
    "description",
    "comment",
}


class RuleSetError(ValueError):
    """A rule set file that cannot be used; ``path`` names the file."""

    def __init__(self, path: Path | None, message: str) -> None:
        self.path = path
        self.message = message
        super().__init__(f"{path.name}: {message}" if path is not None else message)


@dataclass(frozen=True)
class RuleSet:
    """A loaded rule set: the rule plus what only the settings screen needs."""

    rule: NoticeRule
    description: str = ""
    path: Path | None = None

    @property
    def name(self) -> str:
        return self.rule.name

    @property
    def municipality(self) -> str:
        return self.rule.municipality


class RuleSetCatalogue(Mapping[str, NoticeRule]):
    """The loaded rule sets in file-name order, as a read-only mapping name -> NoticeRule.

    ``catalogue[name]`` and ``catalogue.get(name)`` give the ``NoticeRule``; iterating gives
    the names. ``rule_set(name)`` gives the ``RuleSet`` (description, file).
    """

    def __init__(self, rule_sets: Iterable[RuleSet | NoticeRule] = ()) -> None:
        self._sets: dict[str, RuleSet] = {}
        for item in rule_sets:
            rule_set = item if isinstance(item, RuleSet) else RuleSet(item)
            if rule_set.name in self._sets:
                raise RuleSetError(rule_set.path, f"duplicate rule set name {rule_set.name!r}")
            self._sets[rule_set.name] = rule_set

    def __iter__(self) -> Iterator[str]:
        return iter(self._sets)

    def __len__(self) -> int:
        return len(self._sets)

    def __contains__(self, name: object) -> bool:
        return name in self._sets

    def __getitem__(self, name: str) -> NoticeRule:
        return self.rule_set(name).rule

    def rule_set(self, name: str) -> RuleSet:
        try:
            return self._sets[name]
        except KeyError:
            raise KeyError(f"no rule set named {name!r}; known: {', '.join(self._sets) or 'none'}") from None

    def rule_sets(self) -> list[RuleSet]:
        return list(self._sets.values())

    def names(self) -> list[str]:
        return list(self._sets)

    def rules(self) -> list[NoticeRule]:
        return [rule_set.rule for rule_set in self._sets.values()]

    def __repr__(self) -> str:
        return f"RuleSetCatalogue({self.names()!r})"


def _iso_date(value: Any, field: str) -> date | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"{field} must be an ISO date string (YYYY-MM-DD) or null, got {value!r}")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{field} is not an ISO date (YYYY-MM-DD): {value!r}") from None


def _text(data: dict[str, Any], field: str) -> str:
    value = data.get(field, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValueError(f"{field} must be a string, got {value!r}")
    return value


def parse_rule_set(data: Any, path: Path | None = None) -> RuleSet:
    """Builds a ``RuleSet`` from the decoded JSON of one file; raises ``RuleSetError``."""
    try:
        if not isinstance(data, dict):
            raise ValueError("the file must hold one JSON object")
        unknown = sorted(set(data) - _FIELDS)
        if unknown:
            raise ValueError(f"unknown field(s): {', '.join(unknown)}")
        for field in ("name", "method"):
            if field not in data:
                raise ValueError(f"missing field {field!r}")
        name = _text(data, "name").strip()
        if not name:
            raise ValueError("name must not be empty")
        method = data["method"]
        if method not in METHODS:
            raise ValueError(f"unknown method {method!r}; choose one of {', '.join(METHODS)}")
        extra = data.get("extra_holidays") or []
        if not isinstance(extra, list):
            raise ValueError("extra_holidays must be a list of ISO dates")
        rule = NoticeRule(
            method=method,
            hours=data.get("hours", 48),
            friday_noon=data.get("friday_noon", False),
            good_friday=data.get("good_friday", True),
            days=data.get("days", 0),
            name=name,
            source=_text(data, "source"),
            valid_from=_iso_date(data.get("valid_from"), "valid_from"),
            valid_to=_iso_date(data.get("valid_to"), "valid_to"),
            extra_holidays=tuple(day for item in extra if (day := _iso_date(item, "extra_holidays")) is not None),
            municipality=_text(data, "municipality").strip(),
        )
        return RuleSet(rule=rule, description=_text(data, "description"), path=path)
    except (ValueError, TypeError) as exc:
        if isinstance(exc, RuleSetError):
            raise
        raise RuleSetError(path, str(exc)) from exc


def load_rule_set(path: Path) -> RuleSet:
    """Reads one rule set file; raises ``RuleSetError`` naming the file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise RuleSetError(path, f"not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    except OSError as exc:
        raise RuleSetError(path, f"cannot be read: {exc.strerror or exc}") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RuleSetError(path, f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from exc
    return parse_rule_set(data, path)


def load_rule_sets(folder: Path | None = None, errors: list[RuleSetError] | None = None) -> RuleSetCatalogue:
    """Loads every ``*.json`` in ``folder`` (default: the shipped ``resources/rules``).

    Without ``errors`` the first bad file raises ``RuleSetError``. With a list, bad files
    (and later files repeating a name) are skipped and their errors appended to it.
    """
    if folder is None:
        from crisisdesk.resources import resource_path

        folder = resource_path("rules")
    folder = Path(folder)
    if not folder.is_dir():
        error = RuleSetError(None, f"rule set folder not found: {folder}")
        if errors is None:
            raise error
        errors.append(error)
        return RuleSetCatalogue()
    loaded: list[RuleSet] = []
    seen: dict[str, Path | None] = {}
    for path in sorted(folder.glob("*.json")):
        try:
            rule_set = load_rule_set(path)
            if rule_set.name in seen:
                other = seen[rule_set.name]
                raise RuleSetError(
                    path, f"duplicate rule set name {rule_set.name!r} (also in {other.name if other else '?'})"
                )
        except RuleSetError as exc:
            if errors is None:
                raise
            errors.append(exc)
            continue
        seen[rule_set.name] = path
        loaded.append(rule_set)
    return RuleSetCatalogue(loaded)


Rules = Mapping[str, NoticeRule] | Iterable[NoticeRule | RuleSet]


def _as_mapping(rules: Rules) -> Mapping[str, NoticeRule]:
    if isinstance(rules, Mapping):
        return rules
    return RuleSetCatalogue(rules)


def _lookup(name: str, rules: Mapping[str, NoticeRule]) -> NoticeRule:
    try:
        return rules[name]
    except KeyError:
        raise KeyError(f"no rule set named {name!r}; known: {', '.join(rules) or 'none'}") from None


def get_rule(name: str, rules: Rules) -> NoticeRule:
    """The rule of the rule set called ``name``; ``KeyError`` when there is none.

    ``rules``: a ``RuleSetCatalogue``, any mapping name -> NoticeRule, or an iterable of
    ``NoticeRule``/``RuleSet``.
    """
    return _lookup(name, _as_mapping(rules))


def rule_for(received: date | datetime, rules: Rules, preferred: str | None = None) -> NoticeRule:
    """The rule that applies to a notification received on ``received``.

    ``preferred`` is the rule set chosen in the settings (default ``DEFAULT_RULE_SET``).
    Among the rules of the same municipality (``NoticeRule.municipality``), the one whose
    validity covers the received date applies (the chosen one first, else the latest
    ``valid_from``); when none covers it, or the chosen rule has no municipality, the
    chosen rule applies. An aware datetime is taken at its Amsterdam date; a naive
    datetime is refused.
    """
    if isinstance(received, datetime):
        if received.tzinfo is None or received.utcoffset() is None:
            raise ValueError("received must be timezone-aware")
        received = received.astimezone(AMSTERDAM).date()
    mapping = _as_mapping(rules)
    chosen = _lookup(preferred or DEFAULT_RULE_SET, mapping)
    if chosen.applies_on(received) or not chosen.municipality:
        return chosen
    candidates = [
        rule for rule in mapping.values() if rule.municipality == chosen.municipality and rule.applies_on(received)
    ]
    if not candidates:
        return chosen
    return max(candidates, key=lambda rule: (rule.valid_from or date.min, rule.name))
