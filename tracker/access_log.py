"""gunicorn's access log without share tokens (named in gunicorn.conf.py): a share's address is its secret,
so the logged path names the share's id, which the view leaves in the WSGI environ, instead."""

from gunicorn.glogging import Logger

from tracker.share_paths import SHARE_ID_KEY, without_share_tokens


class AccessLogWithoutShareTokens(Logger):
    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        share_id = environ.get(SHARE_ID_KEY)
        for key in ("U", "r"):
            if isinstance(atoms.get(key), str):
                atoms[key] = without_share_tokens(atoms[key], share_id)
        return atoms
