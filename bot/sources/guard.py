"""May this address be fetched? Private, loopback and special ranges are refused; pure."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from bot.errors import BlockedAddressError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# Ranges Python's is_global lets through on some versions but that reach inside networks.
EXTRA_BLOCKED = tuple(
    ipaddress.ip_network(n)
    for n in ("100.64.0.0/10", "169.254.0.0/16", "64:ff9b::/96", "64:ff9b:1::/48", "2002::/16")
)


def address_allowed(address: IPAddress, *, allow_private: bool = False) -> bool:
    """True when fetching from `address` cannot reach into a private network."""
    if allow_private:
        return True
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    if any(address in net for net in EXTRA_BLOCKED if net.version == address.version):
        return False
    return address.is_global and not address.is_multicast


def check_url(url: str, *, allow_private: bool = False) -> None:
    """Refuse non-http(s) URLs and IP-literal hosts in blocked ranges (DNS names are checked
    at connect time by the resolver)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise BlockedAddressError(f"{url}: only http and https URLs can be fetched")
    try:
        literal = ipaddress.ip_address(parts.hostname)
    except ValueError:
        return
    if not address_allowed(literal, allow_private=allow_private):
        raise BlockedAddressError(
            f"{url}: {literal} is a private or reserved address "
            "(set network.allow_private_addresses = true only for local testing)"
        )
