"""May this address be fetched? Private, loopback and special ranges are refused; pure.

Every URL the bot requests on someone's say-so (config sources, `/sources add`, webhook URLs)
goes through one `Guard`: the URL's scheme and any IP-literal host before each request and
each redirect hop (`check_url`), and every address a name resolves to at connect time
(`GuardedResolver` in fetch.py), so a DNS answer that changes between a check and the
connection (rebinding) is checked again where it is used.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from bot.errors import BlockedAddressError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

# Ranges Python's is_global lets through on some versions but that reach inside networks:
# carrier-grade NAT, link-local (cloud metadata at 169.254.169.254), NAT64 (which wraps any
# IPv4 address, private ones included) and 6to4 (likewise).
EXTRA_BLOCKED = tuple(
    ipaddress.ip_network(n)
    for n in ("100.64.0.0/10", "169.254.0.0/16", "64:ff9b::/96", "64:ff9b:1::/48", "2002::/16")
)
HINT = (
    "set network.allowed_networks for a feed server inside your network, or "
    "network.allow_private_addresses = true only for local testing"
)


def unwrap(address: IPAddress) -> IPAddress:
    """The IPv4 address inside an IPv4-mapped IPv6 address (::ffff:10.0.0.1), else itself."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        return address.ipv4_mapped
    return address


@dataclass(frozen=True)
class Guard:
    """Which addresses may be fetched: globally routable ones, plus `allowed` networks."""

    allow_private: bool = False
    allowed: tuple[IPNetwork, ...] = ()

    @classmethod
    def of(cls, allow_private: bool = False, allowed: Iterable[str] = ()) -> Guard:
        """A guard from settings values (`allowed` as CIDR strings)."""
        return cls(allow_private, tuple(ipaddress.ip_network(n, strict=False) for n in allowed))

    def allows(self, address: IPAddress) -> bool:
        """True when fetching from `address` cannot reach into a private network."""
        if self.allow_private:
            return True
        address = unwrap(address)
        if any(address in net for net in self.allowed if net.version == address.version):
            return True
        if any(address in net for net in EXTRA_BLOCKED if net.version == address.version):
            return False
        return address.is_global and not address.is_multicast

    def check_addresses(self, host: str, addresses: Iterable[str]) -> None:
        """Refuse a host unless every address it resolved to is allowed (one bad answer is
        enough: which of them a connection uses is not ours to choose)."""
        found = [ipaddress.ip_address(a.split("%", 1)[0]) for a in addresses]
        blocked = [a for a in found if not self.allows(a)]
        if blocked or not found:
            raise BlockedAddressError(
                f"{host} resolves to a private or reserved address "
                f"({', '.join(map(str, blocked)) or 'none'}); {HINT}"
            )

    def check_url(self, url: str) -> None:
        """Refuse non-http(s) URLs and IP-literal hosts in blocked ranges (names are checked
        at connect time by the resolver: an IP literal never reaches a resolver)."""
        parts = urlsplit(url)
        try:
            host = parts.hostname
        except ValueError:
            host = None
        if parts.scheme not in ("http", "https") or not host:
            raise BlockedAddressError(f"{url}: only http and https URLs can be fetched")
        try:
            literal = ipaddress.ip_address(host.split("%", 1)[0])
        except ValueError:
            return
        if not self.allows(literal):
            raise BlockedAddressError(f"{url}: {literal} is a private or reserved address; {HINT}")


def address_allowed(address: IPAddress, *, allow_private: bool = False) -> bool:
    """True when fetching from `address` cannot reach into a private network."""
    return Guard(allow_private).allows(address)


def check_url(url: str, *, allow_private: bool = False) -> None:
    """Refuse non-http(s) URLs and IP-literal hosts in blocked ranges."""
    Guard(allow_private).check_url(url)
