"""crisisdesk.toml: machine file, then the user's, then the environment, then flags."""

from __future__ import annotations

from pathlib import Path

import pytest

from crisisdesk import config
from crisisdesk.cli import main, resolve_database_url


@pytest.fixture
def files(tmp_path, monkeypatch):
    machine = tmp_path / "machine" / "crisisdesk.toml"
    user = tmp_path / "user" / "crisisdesk.toml"
    machine.parent.mkdir()
    user.parent.mkdir()
    monkeypatch.setenv(config.ENV_MACHINE, str(machine))
    monkeypatch.setenv(config.ENV_USER, str(user))
    monkeypatch.delenv(config.ENV_HOME)
    monkeypatch.delenv(config.ENV_MAP_TILE_URL)  # the tests' closed port: these tests read the files alone
    return machine, user


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_later_sources_win_and_each_value_says_where_it_came_from(files, tmp_path, monkeypatch):
    machine, user = files
    write(machine, 'database_url = "postgresql+psycopg://desk@db.example.local/crisisdesk"\nlanguage = "en"\n'
                   f'data_folder = "{(tmp_path / "machine-data").as_posix()}"\nlog_level = "warning"\n')
    write(user, f'language = "nl"\ndata_folder = "{(tmp_path / "user-data").as_posix()}"\n')
    monkeypatch.setenv(config.ENV_HOME, str(tmp_path / "env-data"))

    found = config.resolve({"log_level": ("--log-level", "DEBUG"), "language": ("--lang", None)})

    assert found.settings["database_url"] == config.Setting("database_url", "postgresql+psycopg://desk@db.example.local/crisisdesk", "machine", str(machine))
    assert (found.language, found.settings["language"].source) == ("nl", "user")
    assert (found.data_folder, found.settings["data_folder"].source) == (tmp_path / "env-data", "environment")
    assert (found.log_level, found.settings["log_level"].origin) == ("DEBUG", "--log-level")
    assert found.settings["backup_folder"].source == "default"
    assert found.backup_folder == tmp_path / "env-data" / "backups"
    assert found.files == (("machine", machine, True), ("user", user, True))


def test_without_files_the_defaults(files):
    found = config.resolve()
    assert {key: s.source for key, s in found.settings.items()} == dict.fromkeys(config.KEYS, "default")
    assert (found.language, found.log_level, found.database_url) == ("nl", "INFO", None)


def test_configured_database_is_used_but_never_for_the_demo(files, tmp_path):
    machine, _user = files
    write(machine, 'database_url = "sqlite:////srv/team/crisisdesk.sqlite"\n')
    config.activate(config.resolve())

    class Args:
        db = None
        home = str(tmp_path / "home")
        demo = False

    assert resolve_database_url(Args) == "sqlite:////srv/team/crisisdesk.sqlite"
    Args.demo = True
    assert resolve_database_url(Args).endswith("demo/crisisdesk-demo.sqlite")
    Args.db = "sqlite:///given.sqlite"
    assert resolve_database_url(Args) == "sqlite:///given.sqlite"


def test_config_show_prints_values_and_sources(files, tmp_path, capsys):
    machine, user = files
    write(machine, 'database_url = "postgresql+psycopg://desk:geheim@db.example.local/crisisdesk"\nlanguage = "en"\n')
    write(user, f'backup_folder = "{(tmp_path / "elsewhere").as_posix()}"\n')

    assert main(["config", "show", "--home", str(tmp_path / "data")]) == 0
    out = capsys.readouterr().out
    assert "geheim" not in out  # the password never shows
    assert "postgresql+psycopg://desk:***@db.example.local/crisisdesk" in out
    lines = out.splitlines()
    assert lines[lines.index(next(line for line in lines if line.startswith("language"))) + 1].endswith(f"machine file ({machine})")
    assert f"{tmp_path / 'data'}" in out and "command line (--home)" in out
    assert f"user file ({user})" in out
    assert "log_level      INFO" in out


def test_a_broken_file_gets_a_dutch_line_not_a_traceback(files, capsys):
    machine, _user = files
    write(machine, 'language = "nl"\ndatabase_url = \n')
    assert main(["config", "show"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"crisisdesk: Het configuratiebestand {machine} is niet te lezen")
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('databank = "x"\n', "onbekende instellingen: databank"),
        ('language = "de"\n', "taal de"),
        ("log_level = 3\n", "log_level"),
        ('map_tile_url = "kaart.png"\n', "map_tile_url kaart.png is geen tegeladres"),
        ("map_cache_mb = -5\n", "map_cache_mb -5 is geen grootte"),
        ('geocoder_url = "api.pdok.nl/locatieserver"\n', "geocoder_url api.pdok.nl/locatieserver is geen webadres"),
    ],
)
def test_wrong_values_are_named(files, capsys, text, words):
    write(files[1], text)
    assert main(["deadline", "--list-rules"]) == 2
    assert words in capsys.readouterr().err


def test_backups_beside_the_database_are_refused(files, tmp_path, capsys):
    data = tmp_path / "data"
    write(files[1], f'data_folder = "{data.as_posix()}"\nbackup_folder = "{data.as_posix()}"\n')
    assert main(["config", "show"]) == 2
    assert "back-upmap" in capsys.readouterr().err


def test_configured_folders_are_used_for_data_and_backups(files, tmp_path):
    from crisisdesk.paths import backup_dir, home_dir

    write(files[1], f'data_folder = "{(tmp_path / "data").as_posix()}"\nbackup_folder = "{(tmp_path / "backups").as_posix()}"\n')
    config.activate(config.resolve())
    assert home_dir() == tmp_path / "data"
    assert backup_dir(home_dir()) == tmp_path / "backups"


def test_config_show_names_the_map_tiles_and_their_cache(files, tmp_path, capsys, monkeypatch):
    assert main(["config", "show", "--home", str(tmp_path / "data")]) == 0
    out = capsys.readouterr().out
    assert "map_tile_url   https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png" in out
    assert "map_cache_mb   200" in out
    write(files[1], 'map_tile_url = "https://kaart.example.nl/{z}/{x}/{y}.png"\nmap_cache_mb = 50\n')
    assert main(["config", "show"]) == 0
    out = capsys.readouterr().out
    assert "map_tile_url   https://kaart.example.nl/{z}/{x}/{y}.png" in out and "map_cache_mb   50" in out
    monkeypatch.setenv("CRISISDESK_MAP_TILE_URL", "http://127.0.0.1:8080/{z}/{x}/{y}.png")
    assert main(["config", "show"]) == 0
    assert "CRISISDESK_MAP_TILE_URL" in capsys.readouterr().out


def test_config_show_names_the_geocoder_and_the_desk_uses_the_configured_one(files, tmp_path, capsys):
    from crisisdesk.db.database import open_database
    from crisisdesk.desk import Desk

    assert main(["config", "show", "--home", str(tmp_path / "data")]) == 0
    assert "geocoder_url   https://api.pdok.nl/bzk/locatieserver/search/v3_1" in capsys.readouterr().out
    write(files[1], 'geocoder_url = "https://adressen.example.nl/locatieserver/"\n')
    assert main(["config", "show"]) == 0
    out = capsys.readouterr().out
    assert "geocoder_url   https://adressen.example.nl/locatieserver/" in out
    config.activate(config.resolve())
    database = open_database(f"sqlite:///{(tmp_path / 'desk.db').as_posix()}")
    try:
        assert Desk(database, user="tester").geocoder.base_url == "https://adressen.example.nl/locatieserver"
    finally:
        database.dispose()
