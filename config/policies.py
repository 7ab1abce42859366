"""The Content-Security-Policy and Permissions-Policy of every response (docs/security.md)."""

import base64
import hashlib
from urllib.parse import urlsplit

from csp.constants import NONE, SELF, UNSAFE_HASHES

# Style attributes that third-party templates we do not fork still carry, allowed by the
# hash of their exact text: django-simple-history's history list (`<p class="paginator"
# style="border-top: 0">`). Nothing else may use a style attribute, and no inline <style>
# or <script> runs: the project's own CSS and JavaScript are static files.
ALLOWED_STYLE_ATTRIBUTES = ["border-top: 0"]


def source_hash(text: str) -> str:
    digest = hashlib.sha256(text.encode()).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


def _origin(url: str) -> str | None:
    parts = urlsplit(url)
    return f"{parts.scheme or 'https'}://{parts.netloc}" if parts.netloc else None


def content_security_policy(media_url: str) -> dict:
    """django-csp's setting: the site's own files only, and images from the media origin
    when uploads are served from elsewhere (object storage)."""
    images = [SELF]
    if media_origin := _origin(media_url):
        images.append(media_origin)
    return {
        "DIRECTIVES": {
            "default-src": [SELF],
            "script-src": [SELF],
            "style-src": [SELF],
            "style-src-attr": [UNSAFE_HASHES, *map(source_hash, ALLOWED_STYLE_ATTRIBUTES)],
            "img-src": images,
            "object-src": [NONE],
            "base-uri": [SELF],
            "frame-ancestors": [NONE],
            "form-action": [SELF],
        }
    }


# Browser features the site never uses, switched off for every page and anything it
# embeds. Only the "Copy citation" button needs one (the clipboard), for the site itself.
# Names are those Chromium on Linux knows (it logs an error for any other, and the browser
# tests fail on it): FLoC's retired interest-cohort is left out and its successor,
# browsing-topics, is off; bluetooth and web-share, unknown there, are left out too.
PERMISSIONS_POLICY_OFF = {
    **{
        feature: []
        for feature in (
            "accelerometer",
            "autoplay",
            "browsing-topics",
            "camera",
            "compute-pressure",
            "display-capture",
            "encrypted-media",
            "fullscreen",
            "gamepad",
            "geolocation",
            "gyroscope",
            "hid",
            "identity-credentials-get",
            "idle-detection",
            "local-fonts",
            "magnetometer",
            "microphone",
            "midi",
            "otp-credentials",
            "payment",
            "picture-in-picture",
            "publickey-credentials-create",
            "publickey-credentials-get",
            "screen-wake-lock",
            "serial",
            "storage-access",
            "usb",
            "window-management",
            "xr-spatial-tracking",
        )
    },
    "clipboard-write": ["self"],
}
