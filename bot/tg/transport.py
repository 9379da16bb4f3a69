"""The HTTP client that carries the bot's Bot API requests: aiohttp behind PTB's ``BaseRequest``.

Why not PTB's default (httpx): under load its connection pool re-checks every open connection, and
counts all of them again for each idle one, on every request — its cost grows with the square of the
requests in flight. With 200 people at once that was most of the bot's CPU time per update, and the
reason p99 latency missed its target (``docs/benchmarks.md`` has the figures). aiohttp's pool
hands out connections in constant time and parses HTTP in C: about a fifth of the CPU time per request.

Behaviour is PTB's: the same timeouts (read, write, connect, pool; media uploads get longer), the same
errors (``TimedOut``, ``NetworkError``; Telegram's answers are judged by PTB), proxies from the usual
environment variables (read once per host, not per request), files as multipart form data.

Two things differ on purpose, for outages: a proxy's HTML error page ("502 Bad Gateway") is handed to PTB
as a short Bot API error instead of the page (PTB would log the whole page), and :class:`Outages` logs one
WARNING when the server stops answering and one when it answers again, instead of one per failed request.
"""

from __future__ import annotations

import asyncio
import json
import logging
import ssl
import time
import urllib.request
from http import HTTPStatus
from typing import IO, Callable, Mapping
from urllib.parse import urlencode, urlsplit

import aiohttp
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

log = logging.getLogger(__name__)

#: the type of PTB's "not given" marker (BaseRequest.DEFAULT_NONE), without importing PTB internals
_NotGiven = type(BaseRequest.DEFAULT_NONE)
#: a request's files: part name -> (file name, content, MIME type), as PTB's RequestData gives them
Files = Mapping[str, tuple[str, bytes | IO[bytes], str]]

DEFAULT_TIMEOUT = 5.0        # seconds, as HTTPXRequest: read, write, connect
DEFAULT_POOL_TIMEOUT = 1.0   # waiting for a free connection
MEDIA_WRITE_TIMEOUT = 20.0   # sending a file


def _chosen(value: object, default: float | None) -> float | None:
    """A timeout PTB passed: seconds, None (no limit), or its "not given" marker (then ``default``)."""
    if isinstance(value, _NotGiven):
        return default
    if value is None or isinstance(value, (int, float)):
        return value
    raise TypeError(f"a timeout is a number of seconds or None, not {type(value).__name__}")


class Outages:
    """Logs an outage of the Bot API server once when it starts and once when it ends (with its length),
    whatever the number of failed requests in between. Shared by the bot's HTTP clients. ``logger=None``:
    silent (the start-up check says what went wrong in its own sentence)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic, logger: logging.Logger | None = log) -> None:
        self._clock = clock
        self._log = logger
        self.since: float | None = None
        self.failed_requests = 0

    def failed(self, reason: str) -> None:
        self.failed_requests += 1
        if self.since is None:
            self.since = self._clock()
            if self._log is not None:
                self._log.warning("the Bot API server does not answer (%s): the bot keeps trying and says when "
                                  "it is back", reason)

    def answered(self) -> None:
        if self.since is not None:
            if self._log is not None:
                self._log.warning("the Bot API server answers again after %.0f s (%d failed requests)",
                                  self._clock() - self.since, self.failed_requests)
            self.since, self.failed_requests = None, 0


def _short_error(status: int, payload: bytes) -> bytes:
    """A non-JSON error answer (a proxy's HTML page) as a Bot API error, so PTB neither logs nor quotes it."""
    if payload.lstrip()[:1] == b"{":
        return payload
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = "HTTP error"
    return json.dumps({"ok": False, "error_code": status, "description": f"{phrase} ({status})"}).encode()


class AiohttpRequest(BaseRequest):
    """``connection_pool_size`` connections at most; ``ssl_context`` for Telegram's certificate;
    ``outages`` to log outages once (each client logs its own when none is given)."""

    def __init__(self, connection_pool_size: int = 256, *, ssl_context: ssl.SSLContext | None = None,
                 read_timeout: float | None = DEFAULT_TIMEOUT, outages: Outages | None = None) -> None:
        self.outages = outages or Outages()
        self._pool_size = connection_pool_size
        self._ssl = ssl_context
        self._read_timeout = read_timeout
        self._session: aiohttp.ClientSession | None = None
        self._proxies: dict[str, str | None] = {}

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self._pool_size, ssl=self._ssl if self._ssl else True)
            # not trust_env: aiohttp would then read ~/.netrc in a thread on every request
            self._session = aiohttp.ClientSession(connector=connector)

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None

    # a timeout is what PTB passes: seconds, None (no limit) or its "not given" marker; _chosen tells them apart
    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         read_timeout: object = BaseRequest.DEFAULT_NONE,
                         write_timeout: object = BaseRequest.DEFAULT_NONE,
                         connect_timeout: object = BaseRequest.DEFAULT_NONE,
                         pool_timeout: object = BaseRequest.DEFAULT_NONE) -> tuple[int, bytes]:
        if self._session is None or self._session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        files = request_data.multipart_data if request_data else None
        connect = _chosen(connect_timeout, DEFAULT_TIMEOUT)
        pool = _chosen(pool_timeout, DEFAULT_POOL_TIMEOUT)
        write = _chosen(write_timeout, MEDIA_WRITE_TIMEOUT if files else DEFAULT_TIMEOUT)
        read = _chosen(read_timeout, self._read_timeout)
        # aiohttp has no write timeout of its own: a request may take write + read in all
        total = None if write is None or read is None else write + read + (connect or 0) + (pool or 0)
        timeout = aiohttp.ClientTimeout(total=total, sock_read=read, sock_connect=connect,
                                        connect=None if connect is None or pool is None else connect + pool)
        headers = {"User-Agent": self.USER_AGENT}
        data = self._body(request_data, files, headers)
        try:
            async with self._session.request(method, url, data=data, timeout=timeout, headers=headers,
                                             proxy=self._proxy(url)) as response:
                status, payload = response.status, await response.read()
        except asyncio.TimeoutError as err:
            self.outages.failed("no answer in time")
            raise TimedOut from err
        except aiohttp.ClientError as err:
            self.outages.failed(type(err).__name__)
            # the class name helps when the message is empty, as PTB does for httpx
            raise NetworkError(f"aiohttp.{type(err).__name__}: {err}") from err
        if status >= 500:
            payload = _short_error(status, payload)
            self.outages.failed(json.loads(payload).get("description") or str(status))
        else:
            self.outages.answered()
        return status, payload

    def _proxy(self, url: str) -> str | None:
        """HTTPS_PROXY / HTTP_PROXY / NO_PROXY from the environment, as PTB's default client honours them."""
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}"
        if key not in self._proxies:
            bypass = parts.hostname is None or urllib.request.proxy_bypass(parts.hostname)
            self._proxies[key] = None if bypass else urllib.request.getproxies().get(parts.scheme)
        return self._proxies[key]

    @staticmethod
    def _body(request_data: RequestData | None, files: Files | None,
              headers: dict[str, str]) -> aiohttp.FormData | bytes | None:
        if request_data is None:
            return None
        if not files:
            # form-encoded, as PTB sends it; encoded here because aiohttp's FormData builds a multipart
            # writer for every request even when it is not needed
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            return urlencode(request_data.json_parameters).encode()
        form = aiohttp.FormData()
        for name, value in request_data.json_parameters.items():
            form.add_field(name, value)
        for name, (filename, content, mimetype) in files.items():
            form.add_field(name, content, filename=filename, content_type=mimetype)
        return form
