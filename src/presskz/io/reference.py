"""The reference date a caller gives (CLI option, API argument, serve request field), read one way."""
from __future__ import annotations

import datetime as dt


def parse_reference_date(value: str) -> dt.date:
    """The date of an ISO string; ValueError saying what is expected when it is not one."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value!r} is not a YYYY-MM-DD date") from None
