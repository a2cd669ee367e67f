"""The data that flows between stages; pure, no I/O."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class Frozen(BaseModel):
    """Immutable model base: stages hand these on, never edit them."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class EntryKind(StrEnum):
    """How a company enters a market (DESIGN §1), most specific first."""

    OFFICE = "office"
    ENTITY = "entity"
    DATACENTER = "datacenter"
    LAUNCH = "launch"
    HIRING = "hiring"
    PARTNERSHIP = "partnership"
    EXPANSION = "expansion"


class Article(Frozen):
    """One feed item, as plain text."""

    key: str = Field(description="stable identity: guid, else canonical link, else hash")
    url: str
    title: str
    summary: str = ""
    published: datetime | None = None
    lang: str | None = None
    source: str = ""

    @property
    def text(self) -> str:
        """Headline and summary as one text for detection."""
        return f"{self.title}. {self.summary}" if self.summary else self.title


class MarketEntry(Frozen):
    """What the detector found in one article."""

    company: str
    company_listed: bool = True
    country: str = Field(description="ISO 3166-1 alpha-2 of the target market, or a region code")
    city: str | None = None
    also: tuple[str, ...] = Field(
        default=(), description='countries listed with the target: "in the UK and Germany"'
    )
    kind: EntryKind
    kinds: tuple[EntryKind, ...] = ()
    confidence: float = Field(ge=0.0, le=1.0)
    evidence: str
    headline: str
    planned: bool = Field(default=False, description="announced or reported, not yet done")

    @property
    def markets(self) -> tuple[str, ...]:
        """The target and the countries listed with it."""
        return (self.country, *self.also)


class Report(Frozen):
    """One outlet's article attached to an event."""

    url: str
    title: str
    source: str
    published: datetime | None = None


class Event(Frozen):
    """One real-world market entry with every report of it."""

    id: int
    entry: MarketEntry
    summary: str
    first_seen: datetime
    reports: tuple[Report, ...] = ()


class EventQuery(Frozen):
    """A filter over stored events; one meaning on every surface."""

    company: str | None = None
    country: str | None = None
    kind: EntryKind | None = None
    since: datetime | None = None
    limit: int = 50
    offset: int = 0


class Subscription(Frozen):
    """Where matching alerts go."""

    id: int | None = None
    name: str
    target: str
    companies: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    kinds: tuple[EntryKind, ...] = ()
    min_confidence: float = 0.5
    username: str | None = None
    avatar_url: str | None = None
    origin: str = Field(default="config", description="'config' (the file) or 'chat' (a command)")
    created_by: str | None = None


class DeliveryStatus(StrEnum):
    """Lifecycle of one (event, subscription) message."""

    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"


class Delivery(Frozen):
    """One row of the outbox: a message to post, or a posted message to edit."""

    id: int
    event_id: int
    subscription_id: int
    target: str
    status: DeliveryStatus
    attempts: int = 0
    message_id: str | None = None
    channel_id: str | None = None
    last_error: str | None = None
    shown_reports: int = 0
    edit_pending: bool = False
    claimed_at: datetime | None = Field(
        default=None, description="set just before a request, cleared when its outcome is known"
    )
    first_claimed_at: datetime | None = Field(
        default=None, description="when the first request started; never cleared"
    )
    uncertain: int = Field(
        default=0, description="earlier attempts whose outcome is unknown (killed or timed out)"
    )
    created_at: datetime | None = None

    @property
    def is_edit(self) -> bool:
        """A posted message that must be edited to show reports that arrived later."""
        return self.status is DeliveryStatus.SENT and self.edit_pending

    @property
    def interrupted(self) -> bool:
        """The last attempt was cut off mid-request: it may or may not have been posted."""
        return self.claimed_at is not None and self.status is DeliveryStatus.PENDING


class SourceState(Frozen):
    """A source and what we remember about fetching it."""

    id: int
    name: str
    url: str
    interval: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    first_polled: datetime | None = None
    last_success: datetime | None = None
    last_error: str | None = None
    failures: int = 0
    next_poll: datetime | None = Field(
        default=None, description="not polled before this (backoff, Retry-After, max-age)"
    )
    failing_since: datetime | None = None
    paused_at: datetime | None = Field(
        default=None, description="failing too long: polled only at the longest backoff"
    )
    origin: str = Field(default="config", description="'config' (the file) or 'chat' (a command)")
    added_by: str | None = None
    scope: str | None = Field(default=None, description="the server or workspace that added it")


class Stats(Frozen):
    """Counts for the status command."""

    sources: int = 0
    sources_polled: int = 0
    sources_failing: int = 0
    events: int = 0
    deliveries_pending: int = 0
    deliveries_failed: int = 0
    deliveries_sent: int = 0


class Platform(StrEnum):
    """Chat platforms a subscription can target."""

    CONSOLE = "console"
    DISCORD = "discord"
    DISCORD_WEBHOOK = "discord-webhook"
    SLACK = "slack"
    SLACK_WEBHOOK = "slack-webhook"


class Target(Frozen):
    """A parsed subscription target such as `discord:123` or `slack-webhook:https://…`."""

    platform: Platform
    address: str = ""

    def __str__(self) -> str:
        return self.platform.value if not self.address else f"{self.platform}:{self.address}"

    @property
    def redacted(self) -> str:
        """The target as it may appear in logs: webhook URLs are credentials."""
        if self.platform in (Platform.DISCORD_WEBHOOK, Platform.SLACK_WEBHOOK):
            return f"{self.platform}:<secret>"
        return str(self)
