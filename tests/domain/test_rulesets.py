import json
from datetime import date, datetime, timedelta, UTC
from zoneinfo import ZoneInfo

import pytest

from crisisdesk.domain.register.deadlines import NoticeRule, check_notification, notice_deadline
from crisisdesk.domain.register.rulesets import (
    DEFAULT_RULE_SET,
    RuleSet,
    RuleSetCatalogue,
    RuleSetError,
    get_rule,
    load_rule_set,
    load_rule_sets,
    parse_rule_set,
    rule_for,
)
from crisisdesk.resources import resource_path

AMS = ZoneInfo("Europe/Amsterdam")

SHIPPED = {
    "Utrecht 48 uur",
    "Utrecht 24 uur",
    "Model-APV 48 uur (vrijdag 12:00)",
    "72 werkuren",
}


@pytest.fixture(scope="module")
def shipped():
    return load_rule_sets()


def write(folder, filename, data):
    path = folder / filename
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


# --- shipped data -------------------------------------------------------------------------


def test_shipped_rule_sets_load(shipped):
    assert isinstance(shipped, RuleSetCatalogue)
    assert set(shipped.names()) == SHIPPED
    assert len(shipped) == 4
    assert DEFAULT_RULE_SET == "Utrecht 48 uur"
    assert DEFAULT_RULE_SET in shipped
    assert all(isinstance(rs, RuleSet) and rs.path and rs.description for rs in shipped.rule_sets())
    assert all(isinstance(rule, NoticeRule) for rule in shipped.rules())


def test_catalogue_is_a_mapping_of_name_to_rule(shipped):
    assert sorted(shipped) == sorted(SHIPPED)
    assert isinstance(shipped["Utrecht 48 uur"], NoticeRule)
    assert shipped.get("Utrecht 48 uur") is shipped["Utrecht 48 uur"]
    assert dict(shipped)["72 werkuren"].hours == 72
    assert shipped.rule_set("Utrecht 48 uur").rule is shipped["Utrecht 48 uur"]
    assert shipped.rule_set("Utrecht 48 uur").path.name == "utrecht-48-uur.json"
    assert {rule.municipality for rule in shipped.values()} == {"Utrecht", "Model-APV", "Voorbeeld"}


def test_shipped_files_are_strict_json_with_all_fields():
    files = sorted(resource_path("rules").glob("*.json"))
    assert {p.name for p in files} >= {
        "utrecht-48-uur.json", "utrecht-24-uur.json", "model-apv-48-uur.json", "werkuren-72-uur.json",
    }  # fmt: skip
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        for field in ("name", "method", "hours", "days", "friday_noon", "good_friday", "source",
                      "valid_from", "valid_to", "extra_holidays", "municipality", "description"):  # fmt: skip
            assert field in data, (path.name, field)


def test_shipped_rule_contents(shipped):
    utrecht48 = get_rule("Utrecht 48 uur", shipped)
    assert (utrecht48.method, utrecht48.hours, utrecht48.friday_noon, utrecht48.good_friday) == (
        "working_day_noon", 48, True, True,
    )  # fmt: skip
    assert utrecht48.valid_from == date(2021, 7, 1) and utrecht48.valid_to is None
    assert "2:6 APV Utrecht" in utrecht48.source and "DUIC" in utrecht48.source and "2021" in utrecht48.source
    assert utrecht48.municipality == "Utrecht"
    # says plainly that the counting comes from a public description, not the APV text
    assert "niet uit de APV-tekst" in shipped.rule_set("Utrecht 48 uur").description

    utrecht24 = get_rule("Utrecht 24 uur", shipped)
    assert (utrecht24.method, utrecht24.hours, utrecht24.friday_noon) == ("working_day_noon", 24, False)
    assert "2:6 APV Utrecht 2010" in utrecht24.source and "productpagina" in utrecht24.source
    assert "niet uit de APV-tekst" in shipped.rule_set("Utrecht 24 uur").description
    assert (utrecht24.valid_from, utrecht24.valid_to) == (date(2010, 1, 1), date(2021, 6, 30))

    model = get_rule("Model-APV 48 uur (vrijdag 12:00)", shipped)
    assert (model.method, model.hours, model.friday_noon) == ("deadline_day", 48, True)
    assert model.valid_from is None and model.valid_to is None

    seventy_two = get_rule("72 werkuren", shipped)
    assert (seventy_two.method, seventy_two.hours) == ("working_hours", 72)


def test_worked_example_with_shipped_rules(shipped):
    start = datetime(2026, 3, 16, 10, 0, tzinfo=AMS)
    received = datetime(2026, 3, 14, 9, 0, tzinfo=AMS)
    rule = rule_for(received, shipped)
    assert rule.name == "Utrecht 48 uur"
    check = check_notification(start, received, rule)
    assert check.deadline == datetime(2026, 3, 12, 12, 0, tzinfo=AMS) and not check.on_time
    model = get_rule("Model-APV 48 uur (vrijdag 12:00)", shipped)
    assert notice_deadline(start, model) == datetime(2026, 3, 13, 12, 0, tzinfo=AMS)


def test_get_rule_unknown_name(shipped):
    with pytest.raises(KeyError, match="Utrecht 48 uur"):
        get_rule("Amsterdam 48 uur", shipped)
    assert shipped.get("Amsterdam 48 uur") is None


# --- rule_for ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "received, expected",
    [
        (date(2020, 5, 1), "Utrecht 24 uur"),
        (date(2010, 1, 1), "Utrecht 24 uur"),
        (date(2021, 6, 30), "Utrecht 24 uur"),
        (date(2021, 7, 1), "Utrecht 48 uur"),
        (date(2023, 3, 1), "Utrecht 48 uur"),
        (date(2026, 3, 14), "Utrecht 48 uur"),
        (date(2005, 1, 1), "Utrecht 48 uur"),  # nothing valid then: the chosen rule
    ],
)
@pytest.mark.parametrize("preferred", [None, "Utrecht 48 uur", "Utrecht 24 uur"])
def test_rule_for_picks_the_rule_valid_on_the_received_date(shipped, received, expected, preferred):
    if received.year < 2010 and preferred == "Utrecht 24 uur":
        expected = "Utrecht 24 uur"  # fallback is the chosen rule itself
    assert rule_for(received, shipped, preferred).name == expected


def test_rule_for_other_families_are_not_mixed(shipped):
    for day in (date(2015, 1, 1), date(2023, 1, 1)):
        assert rule_for(day, shipped, "Model-APV 48 uur (vrijdag 12:00)").name == "Model-APV 48 uur (vrijdag 12:00)"
        assert rule_for(day, shipped, "72 werkuren").name == "72 werkuren"


def test_rule_for_aware_datetime_uses_the_amsterdam_date(shipped):
    # 23:30 UTC on 30 June 2021 is 01:30 on 1 July in Amsterdam
    assert rule_for(datetime(2021, 6, 30, 23, 30, tzinfo=UTC), shipped).name == "Utrecht 48 uur"
    assert rule_for(datetime(2021, 6, 30, 21, 30, tzinfo=UTC), shipped).name == "Utrecht 24 uur"
    with pytest.raises(ValueError):
        rule_for(datetime(2021, 6, 30, 12, 0), shipped)


def test_rule_for_unknown_preferred(shipped):
    with pytest.raises(KeyError):
        rule_for(date(2023, 1, 1), shipped, "Nergens 12 uur")


RULES = [
    NoticeRule("plain", 24, name="A 24", valid_from=date(2000, 1, 1), municipality="A"),
    NoticeRule("plain", 36, name="A 36", valid_from=date(2015, 1, 1), municipality="A"),
    NoticeRule("plain", 48, name="A 48", valid_from=date(2030, 1, 1), municipality="A"),
    NoticeRule("plain", 12, name="loose", valid_from=date(2030, 1, 1)),
    NoticeRule("plain", 13, name="loose 2"),
]


@pytest.mark.parametrize(
    "sets",
    [RULES, [RuleSet(rule) for rule in RULES], {rule.name: rule for rule in RULES}, RuleSetCatalogue(RULES)],
    ids=["rules", "rule-sets", "dict", "catalogue"],
)
def test_rule_for_accepts_lists_and_mappings_and_prefers_latest_valid_from(sets):
    assert get_rule("A 36", sets).hours == 36
    assert rule_for(date(2020, 1, 1), sets, "A 48").name == "A 36"
    assert rule_for(date(2010, 1, 1), sets, "A 48").name == "A 24"
    assert rule_for(date(2031, 1, 1), sets, "A 24").name == "A 24"  # the chosen one is valid
    # no municipality: no family, the chosen rule applies as it is
    assert rule_for(date(2020, 1, 1), sets, "loose").name == "loose"


# --- loading and errors ---------------------------------------------------------------------------

GOOD = {
    "name": "Test 24 uur",
    "municipality": "Test",
    "method": "plain",
    "hours": 24,
    "days": 0,
    "friday_noon": False,
    "good_friday": True,
    "source": "art. 1 APV Test",
    "valid_from": "2020-01-01",
    "valid_to": None,
    "extra_holidays": ["2026-05-15", "2026-01-02"],
    "description": "test",
}


def test_load_from_folder(tmp_path):
    write(tmp_path, "a.json", GOOD)
    write(tmp_path, "b.json", {"name": "Minimal", "method": "working_days", "days": 2})
    write(tmp_path, "notes.txt", "not a rule set")
    catalogue = load_rule_sets(tmp_path)
    assert catalogue.names() == ["Test 24 uur", "Minimal"]
    rule = catalogue["Test 24 uur"]
    assert rule.extra_holidays == (date(2026, 1, 2), date(2026, 5, 15))
    assert rule.valid_from == date(2020, 1, 1)
    assert rule.municipality == "Test"
    assert catalogue.rule_set("Test 24 uur").description == "test"
    minimal = catalogue.rule_set("Minimal")
    assert minimal.municipality == "" and minimal.rule.hours == 48 and minimal.rule.days == 2
    assert minimal.path == tmp_path / "b.json" and minimal.description == ""


def test_malformed_json_names_file_line_and_column(tmp_path):
    write(tmp_path, "good.json", GOOD)
    write(tmp_path, "broken-rule.json", '{\n  "name": "Kapot",\n  "method": "plain",,\n}\n')
    with pytest.raises(RuleSetError) as info:
        load_rule_sets(tmp_path)
    message = str(info.value)
    assert "broken-rule.json" in message
    assert "line 3" in message and "column" in message
    assert info.value.path == tmp_path / "broken-rule.json"


def test_errors_list_collects_and_skips_bad_files(tmp_path):
    write(tmp_path, "1-good.json", GOOD)
    write(tmp_path, "2-syntax.json", "{ not json")
    write(tmp_path, "3-method.json", {**GOOD, "name": "X", "method": "elapsed"})
    write(tmp_path, "4-duplicate.json", GOOD)
    (tmp_path / "5-binary.json").write_bytes(b"\xff\xfe\x00garbage")
    errors = []
    catalogue = load_rule_sets(tmp_path, errors=errors)
    assert catalogue.names() == ["Test 24 uur"]
    assert [e.path.name for e in errors] == ["2-syntax.json", "3-method.json", "4-duplicate.json", "5-binary.json"]
    assert "elapsed" in str(errors[1])
    assert "duplicate" in str(errors[2]) and "1-good.json" in str(errors[2])


@pytest.mark.parametrize(
    "change, fragment",
    [
        ({"method": "elapsed"}, "unknown method"),
        ({"hours": -24}, "negative"),
        ({"hours": "48"}, "hours"),
        ({"hours": 24.5}, "hours"),
        ({"valid_from": "01-07-2021"}, "valid_from"),
        ({"valid_to": 2021}, "valid_to"),
        ({"valid_from": "2022-01-01", "valid_to": "2021-01-01"}, "after"),
        ({"extra_holidays": "2026-05-15"}, "extra_holidays"),
        ({"extra_holidays": ["15-05-2026"]}, "extra_holidays"),
        ({"friday_noon": "true"}, "friday_noon"),
        ({"friday_noon": True}, "friday_noon"),  # not with method plain
        ({"frday_noon": True}, "unknown field"),
        ({"name": ""}, "name"),
        ({"name": 12}, "name"),
        ({"source": ["x"]}, "source"),
    ],
)
def test_invalid_fields_raise_rule_set_error_naming_the_file(tmp_path, change, fragment):
    write(tmp_path, "bad.json", {**GOOD, **change})
    with pytest.raises(RuleSetError) as info:
        load_rule_sets(tmp_path)
    assert str(info.value).startswith("bad.json: ")
    assert fragment in str(info.value)


@pytest.mark.parametrize("data, fragment", [([GOOD], "one JSON object"), ({"name": "X"}, "method"), ({"method": "plain"}, "name")])
def test_structure_errors(tmp_path, data, fragment):
    path = write(tmp_path, "odd.json", data)
    with pytest.raises(RuleSetError, match=fragment):
        load_rule_set(path)


def test_missing_folder(tmp_path):
    with pytest.raises(RuleSetError, match="not found"):
        load_rule_sets(tmp_path / "nope")
    errors = []
    assert len(load_rule_sets(tmp_path / "nope", errors=errors)) == 0
    assert len(errors) == 1


def test_empty_folder_gives_empty_catalogue(tmp_path):
    assert len(load_rule_sets(tmp_path)) == 0


def test_parse_rule_set_without_file():
    rule_set = parse_rule_set({"name": "Los", "method": "working_hours", "hours": 72})
    assert rule_set.path is None and rule_set.rule.hours == 72
    with pytest.raises(RuleSetError, match="unknown method"):
        parse_rule_set({"name": "Los", "method": "nope"})


def test_catalogue_refuses_duplicate_names():
    rule = NoticeRule("plain", name="Twice")
    with pytest.raises(RuleSetError, match="duplicate"):
        RuleSetCatalogue([rule, RuleSet(rule)])


def test_deadline_from_loaded_rule_with_extra_holiday(tmp_path):
    write(tmp_path, "x.json", {**GOOD, "method": "working_hours", "hours": 48, "extra_holidays": ["2026-05-15"]})
    rule = load_rule_sets(tmp_path)["Test 24 uur"]
    start = datetime(2026, 5, 18, 10, 0, tzinfo=AMS)
    assert notice_deadline(start, rule) == datetime(2026, 5, 12, 10, 0, tzinfo=AMS)
    assert notice_deadline(start, rule).astimezone(UTC) == datetime(2026, 5, 12, 8, 0, tzinfo=UTC)
    assert timedelta(0) == notice_deadline(start, rule) - datetime(2026, 5, 12, 10, 0, tzinfo=AMS)
