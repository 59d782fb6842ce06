"""The address a request really came from, for the login lockout.

Behind reverse proxies every request arrives from the nearest proxy, so the lockout would count one address
for everybody. Each proxy appends the address it was reached from to X-Forwarded-For, so with N trusted
proxies in front the client is the N-th entry from the right; anything further left was written by the client
and may be forged. With no proxies configured the header is ignored altogether.
"""

import ipaddress

from django.conf import settings


def client_address(request):
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = settings.PROXY_COUNT
    if proxies <= 0:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [part for part in forwarded if part]
    if len(forwarded) < proxies:
        # Fewer entries than proxies: the request skipped some of them, so the header vouches for nothing.
        return remote
    return _address(forwarded[-proxies]) or remote


def _address(text):
    """The IP address in an X-Forwarded-For entry, which some proxies write with a port; None if not one."""
    candidates = [text]
    if text.startswith("[") and "]" in text:
        candidates.append(text[1 : text.index("]")])  # [2001:db8::1]:443
    elif text.count(":") == 1:
        candidates.append(text.split(":", 1)[0])  # 203.0.113.7:51234
    for candidate in candidates:
        try:
            return str(ipaddress.ip_address(candidate))
        except ValueError:
            continue
    return None
