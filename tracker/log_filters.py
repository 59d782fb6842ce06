"""A logging filter for Django's own log lines ("Not Found: /shared/...", runserver's request lines and the
error e-mails): a share's address is its secret, so it is replaced by the share's id, or hidden."""

import logging

from tracker.share_paths import SHARE_ID_KEY, without_share_tokens


class HideShareTokens(logging.Filter):
    def filter(self, record):
        message = record.getMessage()
        if "/shared/" not in message:
            return True
        request = getattr(record, "request", None)
        meta = getattr(request, "META", None)
        share_id = meta.get(SHARE_ID_KEY) if isinstance(meta, dict) else None
        record.msg, record.args = without_share_tokens(message, share_id), ()
        # The error e-mail would print the request's address and headers again: leave them out.
        if meta is not None:
            record.request = None
        return True
