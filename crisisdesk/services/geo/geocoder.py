"""A client for PDOK's Locatieserver: suggestions while typing, then the chosen one's point.

Plain ``urllib`` with short timeouts; the caller runs it off the GUI thread. Every
failure — no network, a refused connection, a timeout, an HTTP error, an answer that is
not the expected JSON — becomes ``GeocoderUnavailable`` with a ``reason`` code, so the
address field stays free text and says so quietly. Nothing typed is logged above DEBUG,
and even there only its length: an address can lead to a person.

The service URL is configuration (``geocoder_url``, default PDOK's v3.1 endpoint).
"""

from __future__ import annotations

import json
import logging
import socket
import urllib.error
import urllib.parse
import urllib.request

from crisisdesk.config import DEFAULT_GEOCODER_URL
from crisisdesk.domain.geo.locatieserver import Suggestion, UnreadableAnswer, looked_up_point, suggestions
from crisisdesk.domain.geo.points import GeoPoint

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT_S = 4.0
MAX_ANSWER_BYTES = 1_000_000  # a suggest answer is a few kilobytes; more is not a Locatieserver
MIN_QUERY_LENGTH = 3
SUGGEST_ROWS = 8
# What an advisor types for a demonstration's place: addresses, streets and squares.
SUGGEST_TYPES = "type:(adres OR weg OR postcode)"
LOOKUP_FIELDS = "id,type,weergavenaam,centroide_ll,centroide_rd,wijknaam,wijkcode,gemeentenaam"

# reasons
OFFLINE, TIMEOUT, HTTP_ERROR, BAD_ANSWER, NOT_FOUND = "offline", "timeout", "http_error", "bad_answer", "not_found"


class GeocoderUnavailable(Exception):
    """The address could not be looked up; ``reason`` is one of the codes above."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}".rstrip(": "))
        self.reason = reason
        self.detail = detail


class Geocoder:
    """Suggest and look up addresses in one municipality (``gemeentenaam`` filter)."""

    def __init__(self, base_url: str = DEFAULT_GEOCODER_URL, municipality: str = "Utrecht",
                 timeout: float = DEFAULT_TIMEOUT_S) -> None:
        self.base_url = base_url.rstrip("/")
        self.municipality = municipality
        self.timeout = timeout

    def suggest(self, text: str, rows: int = SUGGEST_ROWS) -> list[Suggestion]:
        """Suggestions for what was typed (none for fewer than three characters)."""
        text = " ".join(text.split())
        if len(text) < MIN_QUERY_LENGTH:
            return []
        params = [("q", text), ("rows", str(rows)), ("fq", SUGGEST_TYPES)]
        if self.municipality:
            params.append(("fq", f"gemeentenaam:{_quoted(self.municipality)}"))
        answer = self._get("suggest", params)
        try:
            return suggestions(answer)
        except UnreadableAnswer as exc:
            log.warning("Geocoder suggest answer not understood")
            raise GeocoderUnavailable(BAD_ANSWER, str(exc)) from None

    def lookup(self, ident: str) -> GeoPoint:
        """The point of a suggestion: address, WGS84 and RD New as returned, and the wijk."""
        answer = self._get("lookup", [("id", ident), ("fl", LOOKUP_FIELDS)])
        try:
            return looked_up_point(answer)
        except UnreadableAnswer as exc:
            reason = NOT_FOUND if "no document" in str(exc) else BAD_ANSWER
            log.warning("Geocoder lookup gave no usable point (%s)", reason)
            raise GeocoderUnavailable(reason, str(exc)) from None

    def _get(self, endpoint: str, params: list[tuple[str, str]]) -> object:
        url = f"{self.base_url}/{endpoint}?{urllib.parse.urlencode(params)}"
        request = urllib.request.Request(url, headers={"Accept": "application/json", "User-Agent": "crisisdesk"})
        log.debug("Geocoder %s: %d characters", endpoint, len(params[0][1]))
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                body = response.read(MAX_ANSWER_BYTES + 1)
        except urllib.error.HTTPError as exc:
            exc.close()  # it holds the response and its socket
            log.warning("Geocoder %s answered HTTP %s", endpoint, exc.code)
            raise GeocoderUnavailable(HTTP_ERROR, str(exc.code)) from None
        except TimeoutError as exc:
            log.warning("Geocoder %s timed out after %.1f s", endpoint, self.timeout)
            raise GeocoderUnavailable(TIMEOUT, str(exc)) from None
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, (TimeoutError, socket.timeout)):
                log.warning("Geocoder %s timed out after %.1f s", endpoint, self.timeout)
                raise GeocoderUnavailable(TIMEOUT, str(exc.reason)) from None
            log.warning("Geocoder %s unreachable (%s)", endpoint, type(exc.reason).__name__)
            raise GeocoderUnavailable(OFFLINE, str(exc.reason)) from None
        except (OSError, ValueError) as exc:  # a reset connection, or a URL that is not http(s)
            log.warning("Geocoder %s failed (%s)", endpoint, type(exc).__name__)
            raise GeocoderUnavailable(OFFLINE, type(exc).__name__) from None
        if len(body) > MAX_ANSWER_BYTES:
            raise GeocoderUnavailable(BAD_ANSWER, "answer too large")
        try:
            return json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            log.warning("Geocoder %s answered something that is not JSON", endpoint)
            raise GeocoderUnavailable(BAD_ANSWER, "not JSON") from None


def _quoted(value: str) -> str:
    """A Solr phrase for a filter value with spaces ("Stichtse Vecht")."""
    return f'"{value}"' if " " in value else value
