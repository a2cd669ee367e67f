from pathlib import Path

import pytest

from bot.cli import main
from bot.config import Secrets, load_settings
from bot.errors import ConfigError

GOOD = """
[storage]
path = "data/x.db"
[[sources]]
name = "Korea desk"
url = "https://koreajoongangdaily.joins.com/rss"
[[subscriptions]]
name = "korea"
target = "console"
countries = ["kr", "Japan"]
kinds = ["office"]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "beachhead.toml"
    path.write_text(text)
    return path


def test_good_config_normalises_countries_and_resolves_paths(tmp_path: Path):
    settings = load_settings(str(write(tmp_path, GOOD)))
    assert settings.subscriptions[0].countries == ["KR", "JP"]
    assert settings.database == tmp_path / "data/x.db"
    assert settings.sources[0].interval is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[storage]\npaht = 'x'\n", "storage.paht: unknown key"),
        (
            "[[sources]]\nname = 'a'\nurl = 'ftp://x'\n",
            "sources[0] ('a').url: 'ftp://x' is not an http(s) URL",
        ),
        (
            GOOD.replace('"kr"', '"XX"'),
            "subscriptions[0] ('korea').countries[0]: 'XX' is not an ISO",
        ),
        (GOOD.replace('"console"', '"telegram:1"'), "target: unknown target 'telegram'"),
        (GOOD.replace('"console"', '"discord-webhook:https://evil.example/x"'), "needs a URL like"),
        (GOOD.replace('["office"]', '["shop"]'), "kinds[0]: 'shop' is not one of"),
        ("[network]\ntimeout = 0\n", "network.timeout: Input should be greater than 0"),
        ("[network\n", "not valid TOML"),
    ],
)
def test_bad_values_name_file_key_and_reason(tmp_path: Path, text: str, expected: str):
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_settings(str(path))
    message = str(caught.value)
    assert message.startswith(str(path)) and expected in message and "\n" not in message


def test_cli_exits_2_with_one_line_and_no_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    path = write(tmp_path, GOOD.replace('"kr"', '"XX"'))
    assert main(["run", "--once", "--config", str(path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("beachhead: error: ") and "countries[0]" in err[-1]
    assert not any("Traceback" in line for line in err)


def test_missing_named_config_is_an_error(tmp_path: Path):
    with pytest.raises(ConfigError, match="config file not found"):
        load_settings(str(tmp_path / "nope.toml"))


def test_bot_target_without_token_is_a_startup_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    settings = load_settings(str(write(tmp_path, GOOD.replace('"console"', '"slack:C0123456789"'))))
    with pytest.raises(ConfigError, match="needs SLACK_BOT_TOKEN"):
        settings.check_secrets(Secrets())
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
    settings.check_secrets(Secrets())


def test_config_from_environment_variable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("BEACHHEAD_CONFIG", str(write(tmp_path, GOOD)))
    assert load_settings(None).sources[0].name == "Korea desk"


def test_duplicate_subscription_names(tmp_path: Path):
    text = GOOD + '[[subscriptions]]\nname = "korea"\ntarget = "console"\n'
    with pytest.raises(ConfigError, match="unique"):
        load_settings(str(write(tmp_path, text)))
