"""Lists come a page at a time, newest first; the page numbers and sizes a client may ask for are bounded, so
no request asks the database for an offset past what it can count."""

from ninja import Field, Schema
from ninja.pagination import PageNumberPagination

PAGE_SIZE = 50
MAX_PAGE_SIZE = 200
MAX_PAGE = 1_000_000


class Pages(PageNumberPagination):
    class Input(Schema):
        page: int = Field(1, ge=1, le=MAX_PAGE)
        page_size: int | None = Field(None, ge=1, le=MAX_PAGE_SIZE)

    def __init__(self, **kwargs):
        super().__init__(page_size=PAGE_SIZE, max_page_size=MAX_PAGE_SIZE, **kwargs)
