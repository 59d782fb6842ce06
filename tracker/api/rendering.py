"""JSON out through pydantic-core's encoder (written in Rust): it writes dates, times, decimals and UUIDs
itself, where the standard library's encoder calls back into Python for every one of them."""

from ninja.renderers import BaseRenderer
from pydantic_core import to_json


class FastJSONRenderer(BaseRenderer):
    media_type = "application/json"

    def render(self, request, data, *, response_status):
        return to_json(data)
