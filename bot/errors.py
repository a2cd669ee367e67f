"""One exception root; every str() is one line a user can act on."""


class BeachheadError(Exception):
    """Root of every error Beachhead raises on purpose."""


class ConfigError(BeachheadError):
    """A configuration file or value is wrong; names the file, key and reason."""


class FetchError(BeachheadError):
    """A source could not be fetched; names the URL and the cause.

    `kind` is a short fixed word (timeout, connect, http_4xx, too_large, …) for metrics."""

    kind = "other"

    def __init__(self, message: str, *, kind: str | None = None) -> None:
        super().__init__(message)
        if kind is not None:
            self.kind = kind


class BlockedAddressError(FetchError):
    """A URL resolves to an address the network guard refuses."""

    kind = "blocked"


class FeedError(BeachheadError):
    """Fetched bytes are not a usable feed; names the source and the cause."""


class StoreError(BeachheadError):
    """The database cannot be opened or used."""


class DeliveryError(BeachheadError):
    """A chat target refused or failed a message."""

    def __init__(self, message: str, *, permanent: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent
