"""Share tokens kept out of logs: every log line that would hold a share's address names the share by its
id instead (or says the token is hidden, for a token that opens nothing). No Django here: gunicorn's access
log uses it too."""

import re

SHARE_PATH = re.compile(r"/shared/[^/\s\"'?#]+")
SHARE_ID_KEY = "backtrack.share_id"  # set in the WSGI environ by the view that opened a share


def without_share_tokens(text, share_id=None):
    if "/shared/" not in text:
        return text
    replacement = f"/shared/[share {share_id}]" if share_id is not None else "/shared/[token hidden]"
    return SHARE_PATH.sub(replacement, text)
