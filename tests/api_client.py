"""A script's view of the API: a Django test client that sends a personal access token and JSON."""

import json

from django.test import Client

from tracker.api_tokens import create_token

V1 = "/api/v1"


class ApiClient:
    def __init__(self, user=None, read_only=False, secret=None):
        self.client = Client()
        if secret is None and user is not None:
            self.token, secret = create_token(user, "test script", read_only=read_only)
        self.headers = {"Authorization": f"Bearer {secret}"} if secret else {}

    def _send(self, method, path, body=None, **extra):
        data = json.dumps(body) if body is not None and not isinstance(body, str) else body
        send = getattr(self.client, method)
        return send(V1 + path, data=data, content_type="application/json", headers=self.headers, **extra)

    def get(self, path, params=None):
        return self.client.get(V1 + path, params or {}, headers=self.headers)

    def post(self, path, body=None):
        return self._send("post", path, body)

    def put(self, path, body=None):
        return self._send("put", path, body)

    def patch(self, path, body=None):
        return self._send("patch", path, body)

    def delete(self, path):
        return self.client.delete(V1 + path, headers=self.headers)

    def upload(self, path, files):
        return self.client.post(V1 + path, {"files": files}, headers=self.headers)
