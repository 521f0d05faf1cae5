from datetime import date
from pathlib import Path

import pytest

from timeline.config import ConfigError, load_config


def config_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_a_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    config = load_config()
    assert config.paths == (Path("seeds"),) and config.languages == ("en", "sv")


def test_full_config(tmp_path):
    config = load_config(config_file(tmp_path, """
[corpus]
paths = ["news", "more"]
languages = ["sv"]
[articles."001"]
published = 2020-10-15
language = "sv"
[articles.abc]
published = "2020-10-16"
"""))
    assert config.paths == (tmp_path / "news", tmp_path / "more")
    assert config.languages == ("sv",)
    assert config.articles["001"].published == date(2020, 10, 15)
    assert config.articles["abc"].published == date(2020, 10, 16) and config.articles["abc"].language is None


@pytest.mark.parametrize("text, names", [
    ("[corpus\npaths = 1", "not valid TOML"),
    ("colour = 'red'", "colour: unknown key"),
    ("[corpus]\npath = ['x']", "corpus.path: unknown key"),
    ("[corpus]\npaths = 3", "corpus.paths: expected a non-empty list"),
    ("[corpus]\nlanguages = 'en'", "corpus.languages: expected a non-empty list"),
    ("[corpus]\nlanguages = ['xx']", "corpus.languages: unsupported language 'xx'"),
    ("[articles.a]\npublished = '2020-13-45'", "articles.a.published: expected a date"),
    ("[articles.a]\nwhen = 2020-01-01", "articles.a.when: unknown key"),
    ("[articles]\na = 3", "articles.a: expected a table"),
    ("[events]\nmerge_threshold = 1.5", "events.merge_threshold: expected a number from 0 to 1"),
    ("[events]\nstory_threshold = 'high'", "events.story_threshold: expected a number"),
    ("[events]\nthreshold = 0.1", "events.threshold: unknown key"),
    ("[dating]\nwindow_days = 2.5", "dating.window_days: expected a whole number"),
    ("[dating]\nwindow_days = -1", "dating.window_days: expected a whole number from 0 to 366"),
])
def test_bad_config_names_the_key(tmp_path, text, names):
    with pytest.raises(ConfigError) as error:
        load_config(config_file(tmp_path, text))
    assert names in str(error.value)
    assert "config.toml" in str(error.value)
    assert "\n" not in str(error.value).strip()


def test_the_shipped_config_is_valid():
    config = load_config(Path(__file__).resolve().parent.parent / "config.toml")
    assert config.paths[0].name == "seeds"

