"""Database URLs as shown to people: every message, summary and traceback masks the password.

`postgresql://press:SECRET@host/db` is shown as `postgresql://press:***@host/db`; a
`password=` query parameter likewise. `mask_text` also hides the password where a driver
message quotes it (percent-encoded or decoded), so a driver's error can be passed on.
"""
from __future__ import annotations

import re
from urllib.parse import unquote

MASK = "***"
# scheme://user:PASSWORD@ - the password runs to the last @ before a space or quote
_USERINFO = re.compile(r"(?P<head>\b[A-Za-z][A-Za-z0-9+.-]*://[^:/?#@\s\"']*:)"
                       r"(?P<pw>[^\s\"']*)@")
_QUERY_PASSWORD = re.compile(r"(?P<head>[?&]password=)(?P<pw>[^&#\s\"']*)", re.IGNORECASE)


def passwords_in(url: str) -> list[str]:
    """The password(s) a URL carries, as written and percent-decoded (longest first)."""
    found = [m["pw"] for rx in (_USERINFO, _QUERY_PASSWORD) for m in rx.finditer(url)]
    forms = {form for pw in found if pw for form in (pw, unquote(pw))}
    return sorted(forms, key=len, reverse=True)


def mask_url(url: str) -> str:
    """The URL with its password replaced by ***."""
    url = _USERINFO.sub(lambda m: f"{m['head']}{MASK}@", url)
    return _QUERY_PASSWORD.sub(lambda m: f"{m['head']}{MASK}", url)


def mask_text(text: str, url: str | None = None) -> str:
    """Text (an error message) with every URL's password masked, and `url`'s password wherever
    it appears."""
    text = mask_url(text)
    for secret in passwords_in(url or ""):
        text = text.replace(secret, MASK)
    return text


def leaks(text: str, url: str) -> bool:
    """Whether text shows the password of url."""
    return any(secret in text for secret in passwords_in(url))
