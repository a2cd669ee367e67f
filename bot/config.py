"""Settings from a TOML file plus secrets from the environment; errors name file, key, reason."""

from __future__ import annotations

import ipaddress
import os
import tomllib
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
)
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.detect.places import country_code
from bot.errors import ConfigError
from bot.models import EntryKind, Platform, Subscription, Target
from bot.shipped import shipped_file
from bot.sources.guard import Guard
from bot.targets import parse_target

DEFAULT_CONFIG = Path("config/beachhead.toml")


def _http_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{value!r} is not an http(s) URL")
    return value


HttpUrl = Annotated[str, AfterValidator(_http_url)]
CountryCode = Annotated[str, AfterValidator(country_code)]


class Section(BaseModel):
    """A config table: unknown keys are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class StorageSettings(Section):
    """[storage]"""

    path: Path = Path("data/beachhead.db")
    # Seconds to wait for a database another process has locked before giving up.
    lock_timeout: float = Field(default=10, gt=0, le=600)


class NetworkSettings(Section):
    """[network]"""

    allow_private_addresses: bool = False
    # Networks fetched despite the guard, e.g. ["10.20.0.5/32"] for one feed server inside
    # your network; narrower than allow_private_addresses, and meant for production.
    allowed_networks: list[str] = []
    timeout: float = Field(default=20, gt=0, le=300)
    max_feed_bytes: int = Field(default=10_000_000, ge=1_000, le=200_000_000)
    max_redirects: int = Field(default=5, ge=0, le=10)
    max_connections: int = Field(default=32, ge=1, le=1000)
    max_per_host: int = Field(default=2, ge=1, le=32)

    @field_validator("allowed_networks")
    @classmethod
    def _networks(cls, values: list[str]) -> list[str]:
        for value in values:
            try:
                ipaddress.ip_network(value, strict=False)
            except ValueError:
                raise ValueError(f"{value!r} is not a network like 10.0.0.5/32") from None
        return values

    @property
    def guard(self) -> Guard:
        """The address guard these settings describe."""
        return Guard.of(self.allow_private_addresses, self.allowed_networks)


class SchedulerSettings(Section):
    """[scheduler]"""

    interval: int = Field(default=600, ge=10, le=86_400)
    jitter: int = Field(default=30, ge=0, le=3_600)
    backfill_days: float = Field(default=3, ge=0, le=3_650)
    # An announcement and the opening it announced are often two to four weeks apart.
    cluster_days: int = Field(default=30, ge=1, le=365)
    # A failing source waits interval × 2^(failures-1), at most this long (also the cap on a
    # server's Retry-After and Cache-Control max-age).
    max_backoff: int = Field(default=21_600, ge=10, le=7 * 86_400)
    # A source failing for this long is paused (polled only every max_backoff) and reported.
    pause_after: int = Field(default=172_800, ge=60, le=90 * 86_400)


class HealthSettings(Section):
    """[health] the /healthz and /metrics endpoint."""

    # None: served by `beachhead run`, not by `run --once`; true or false: always or never.
    enabled: bool | None = None
    host: str = Field(default="127.0.0.1", min_length=1)
    port: int = Field(default=8080, ge=0, le=65_535)  # 0: any free port

    def serves(self, *, once: bool) -> bool:
        """Whether a run (one-shot or not) serves the endpoint."""
        return (not once) if self.enabled is None else self.enabled


class LoggingSettings(Section):
    """[logging]"""

    format: Literal["text", "json"] = "text"


class ChatSettings(Section):
    """[chat] delivery to Discord and Slack."""

    # The longest single wait (a 429's retry_after, a backoff) slept before retrying; a
    # longer one is written to the outbox as the delivery's next attempt time instead.
    max_wait: float = Field(default=30, ge=0, le=3_600)
    # Invalid requests (401, 403, 429) risked per 10 minutes before every Discord delivery
    # waits; Discord bans an address at 10,000.
    discord_invalid_budget: int = Field(default=500, ge=1, le=5_000)
    # API base URLs: change only for a proxy or a test server.
    discord_api_url: HttpUrl | None = None
    slack_api_url: HttpUrl = "https://slack.com/api/"


class DetectorSettings(Section):
    """[detector] knowledge files, relative to the config file."""

    companies: Path | None = None
    presences: Path | None = None


class CommandSettings(Section):
    """[commands] what chat commands may do, on every platform."""

    max_sources_per_server: int = Field(default=20, ge=0, le=1_000)
    page_size: int = Field(default=10, ge=1, le=10)


class DiscordSettings(Section):
    """[discord] the bot user and its slash commands (needs DISCORD_TOKEN)."""

    commands: bool = True
    # Sync commands to these servers only: instant, for testing. Empty = global sync.
    guild_ids: list[int] = []


class SlackSettings(Section):
    """[slack] the Bolt app and its /beachhead command (needs SLACK_BOT_TOKEN)."""

    commands: bool = True
    mode: Literal["http", "socket"] = "http"
    host: str = "0.0.0.0"  # noqa: S104 - Slack must reach the HTTP endpoint
    port: int = Field(default=3000, ge=1, le=65_535)
    path: str = Field(default="/slack/events", pattern=r"^/[\w/.-]*$")
    # Members of this user group (ID like S0123ABCD) may change settings besides workspace admins.
    admin_group: str | None = Field(default=None, pattern=r"^S[A-Z0-9]{6,}$")


class SourceSettings(Section):
    """One [[sources]] entry."""

    name: str = Field(min_length=1, max_length=200)
    url: HttpUrl
    interval: int | None = Field(default=None, ge=10, le=86_400)


class SubscriptionSettings(Section):
    """One [[subscriptions]] entry."""

    name: str = Field(min_length=1, max_length=100)
    target: str
    companies: list[str] = []
    countries: list[CountryCode] = []
    kinds: list[EntryKind] = []
    min_confidence: float = Field(default=0.5, ge=0, le=1)
    username: str | None = Field(default=None, max_length=80)
    avatar_url: HttpUrl | None = None

    @field_validator("target")
    @classmethod
    def _target(cls, value: str) -> str:
        parse_target(value)
        return value

    def to_subscription(self) -> Subscription:
        """The model the router and the store use."""
        return Subscription(
            name=self.name,
            target=self.target,
            companies=tuple(self.companies),
            countries=tuple(self.countries),
            kinds=tuple(self.kinds),
            min_confidence=self.min_confidence,
            username=self.username,
            avatar_url=self.avatar_url,
        )


class Secrets(BaseSettings):
    """Tokens come only from the environment, never from files."""

    model_config = SettingsConfigDict(extra="ignore", env_ignore_empty=True)

    discord_token: SecretStr | None = None
    slack_bot_token: SecretStr | None = None
    slack_signing_secret: SecretStr | None = None
    slack_app_token: SecretStr | None = None

    def values(self) -> list[str]:
        """Every secret value that is set, for log redaction."""
        fields = (
            self.discord_token,
            self.slack_bot_token,
            self.slack_signing_secret,
            self.slack_app_token,
        )
        return [f.get_secret_value() for f in fields if f is not None]


class Settings(Section):
    """The whole configuration."""

    storage: StorageSettings = StorageSettings()
    network: NetworkSettings = NetworkSettings()
    scheduler: SchedulerSettings = SchedulerSettings()
    detector: DetectorSettings = DetectorSettings()
    commands: CommandSettings = CommandSettings()
    discord: DiscordSettings = DiscordSettings()
    slack: SlackSettings = SlackSettings()
    health: HealthSettings = HealthSettings()
    logging: LoggingSettings = LoggingSettings()
    chat: ChatSettings = ChatSettings()
    sources: list[SourceSettings] = []
    subscriptions: list[SubscriptionSettings] = []
    # Where the file was read from; relative paths in it resolve against this folder.
    base_dir: Path = Field(default=Path("."), exclude=True)
    config_file: Path | None = Field(default=None, exclude=True)

    @field_validator("subscriptions")
    @classmethod
    def _unique_names(cls, subs: list[SubscriptionSettings]) -> list[SubscriptionSettings]:
        names = [s.name for s in subs]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise ValueError(f"subscription names must be unique, repeated: {duplicates}")
        return subs

    def resolve(self, path: Path) -> Path:
        """A path from the config file, resolved against the file's folder."""
        return path if path.is_absolute() else self.base_dir / path

    def knowledge_files(self) -> tuple[Path | None, Path | None]:
        """The companies and presences files the detector reads: as configured, else the ones
        beside the config file, else None (the shipped ones)."""

        def pick(configured: Path | None, name: str) -> Path | None:
            if configured is not None:
                return self.resolve(configured)
            beside = self.base_dir / name
            return beside if self.config_file and beside.exists() else None

        return (
            pick(self.detector.companies, "companies.toml"),
            pick(self.detector.presences, "presences.toml"),
        )

    @property
    def database(self) -> Path:
        """The SQLite file."""
        return self.resolve(self.storage.path)

    def webhook_urls(self) -> list[str]:
        """The webhook URLs in subscriptions: credentials, redacted from every log line."""
        webhooks = (Platform.DISCORD_WEBHOOK, Platform.SLACK_WEBHOOK)
        targets = [parse_target(s.target) for s in self.subscriptions]
        return [t.address for t in targets if t.platform in webhooks]

    def platforms(self) -> set[Platform]:
        """Chat platforms the subscriptions use."""
        return {parse_target(s.target).platform for s in self.subscriptions}

    def check_secrets(self, secrets: Secrets) -> None:
        """A subscription whose platform has no token is a start-up error naming it."""
        needs = {Platform.DISCORD: secrets.discord_token, Platform.SLACK: secrets.slack_bot_token}
        for sub in self.subscriptions:
            target: Target = parse_target(sub.target)
            if target.platform in needs and needs[target.platform] is None:
                env = "DISCORD_TOKEN" if target.platform is Platform.DISCORD else "SLACK_BOT_TOKEN"
                raise ConfigError(
                    f"{self.config_file or 'config'}: subscriptions '{sub.name}': "
                    f"target {target.platform} needs {env} in the environment"
                )


def config_path(explicit: str | None) -> tuple[Path, bool]:
    """The config file to read and whether the user named it (a named file must exist)."""
    if explicit:
        return Path(explicit), True
    if env := os.environ.get("BEACHHEAD_CONFIG"):
        return Path(env), True
    return DEFAULT_CONFIG, False


def load_settings(explicit: str | None = None) -> Settings:
    """Read and validate the configuration; raises ConfigError with one actionable line."""
    path, named = config_path(explicit)
    if not path.exists():
        if named:
            raise ConfigError(f"{path}: config file not found")
        # Outside a checkout: the shipped feed list, with the database under the current folder.
        shipped = parse_settings(
            tomllib.loads(shipped_file("beachhead.toml").read_text("utf-8")), path
        )
        return shipped.model_copy(update={"base_dir": Path.cwd()})
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None
    return parse_settings(data, path)


def parse_settings(data: dict[str, Any], path: Path) -> Settings:
    """Validate already-parsed TOML data that came from `path`."""
    try:
        settings = Settings.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(f"{path}: {describe_validation_error(exc, data)}") from None
    return settings.model_copy(update={"base_dir": path.parent, "config_file": path})


def describe_validation_error(exc: ValidationError, data: dict[str, Any]) -> str:
    """The first pydantic error as `key: reason`, with a count of the rest."""
    errors = exc.errors()
    first = errors[0]
    key = _key_path(first["loc"], data)
    reason = first["msg"].removeprefix("Value error, ")
    if first["type"] == "extra_forbidden":
        reason = "unknown key"
    elif first["type"] == "enum":
        reason = f"{first.get('input')!r} is not one of {first['ctx']['expected']}"
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return f"{key}: {reason}{more}"


def _key_path(loc: tuple[int | str, ...], data: Any) -> str:
    """Render a pydantic location like `subscriptions[1].countries[0]`, naming list items."""
    text = ""
    node = data
    for part in loc:
        if isinstance(part, int):
            name = (
                node[part].get("name")
                if isinstance(node, list) and isinstance(node[part], dict)
                else None
            )
            text += f"[{part}]" if name is None else f"[{part}] ('{name}')"
        else:
            text += f".{part}" if text else str(part)
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            node = None
    return text or "(top level)"
