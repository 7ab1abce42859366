"""Two-factor sign-in for staff: TOTP devices (django-otp) on the admin.

- The admin login asks for the code of anyone who has a confirmed device.
- The "Two-factor sign-in" page enrols a device (QR code, then a first code), or
  verifies this session with a code.
- With OTP_REQUIRED (DJANGO_OTP_REQUIRED), every admin page needs a verified session;
  staff without a device are sent to enrol.
See docs/security.md, "Login protection and two-factor".
"""

import logging
from base64 import b32encode
from urllib.parse import urlencode

import qrcode
import qrcode.image.svg
from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.signals import user_login_failed
from django.db import transaction
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from core.client_ip import client_ip

logger = logging.getLogger("security")

_TOKEN_WIDGET = forms.TextInput(
    attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "pattern": "[0-9]*"}
)


def confirmed_device(user) -> TOTPDevice | None:
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).order_by("pk").first()


def verify(device: TOTPDevice, token: str) -> bool:
    """Check ``token`` against ``device`` under a row lock, so a code is used once
    and the device's back-off after failures holds under concurrent attempts."""
    with transaction.atomic():
        locked = TOTPDevice.objects.select_for_update().get(pk=device.pk)
        ok = locked.verify_token(token)
    if ok:
        device.refresh_from_db()
    return ok


class StaffLoginForm(AdminAuthenticationForm):
    """The admin login with an authentication code, required of users with a device.
    A wrong code counts as a failed login for the throttling (django-axes)."""

    otp_token = forms.CharField(
        label=_("Authentication code"),
        required=False,
        max_length=8,
        widget=_TOKEN_WIDGET,
        help_text=_("Only if you use two-factor sign-in: the code from your authenticator app."),
    )

    error_messages = {
        **AdminAuthenticationForm.error_messages,
        "token_required": _("Enter the code from your authenticator app."),
        "invalid_token": _(
            "This authentication code is not correct, or it has been used already. "
            "Enter the current code."
        ),
    }

    def clean(self):
        cleaned_data = super().clean()
        user = self.get_user()
        device = confirmed_device(user) if user is not None else None
        if device is None:
            return cleaned_data
        token = (cleaned_data.get("otp_token") or "").strip()
        if not token:
            raise forms.ValidationError(
                self.error_messages["token_required"], code="token_required"
            )
        if not verify(device, token):
            user_login_failed.send(
                sender=__name__,
                credentials={"username": user.get_username()},
                request=self.request,
            )
            raise forms.ValidationError(self.error_messages["invalid_token"], code="invalid_token")
        # django_otp marks the session verified when the login completes.
        user.otp_device = device  # type: ignore[attr-defined]  # django_otp's attribute
        return cleaned_data


class TokenForm(forms.Form):
    otp_token = forms.CharField(label=_("Authentication code"), max_length=8, widget=_TOKEN_WIDGET)


def _qr_svg(device: TOTPDevice) -> str:
    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathFillImage)
    # The library's own SVG: paths only, no text from the user, no style attributes.
    return mark_safe(image.to_string(encoding="unicode"))  # noqa: S308


def _secret(device: TOTPDevice) -> str:
    key = b32encode(device.bin_key).decode()
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


def _next_url(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("admin:index")


def two_factor(request):
    """Enrol a TOTP device, or verify this session with a code from the enrolled one."""
    user = request.user
    device = confirmed_device(user)
    enrolling = device is None
    if device is None:
        unconfirmed = TOTPDevice.objects.devices_for_user(user, confirmed=False)
        device = unconfirmed.order_by("pk").first() or TOTPDevice.objects.create(
            user=user, name=gettext("Authenticator app"), confirmed=False
        )
    verified = not enrolling and user.is_verified()
    form = TokenForm(request.POST or None)
    if request.method == "POST" and not verified and form.is_valid():
        if verify(device, form.cleaned_data["otp_token"].strip()):
            if enrolling:
                device.confirmed = True
                device.save(update_fields=["confirmed"])
                messages.success(request, gettext("Two-factor sign-in is now on for your account."))
            otp_login(request, device)
            return redirect(_next_url(request))
        logger.warning(
            "two-factor code refused: user=%r address=%s",
            user.get_username(),
            client_ip(request),
            extra={"event": "otp_failed", "user": user.get_username(), "path": request.path},
        )
        form.add_error(
            "otp_token",
            gettext(
                "This authentication code is not correct, or it has been used already. "
                "Enter the current code."
            ),
        )
    context = {
        **admin.site.each_context(request),
        "title": gettext("Two-factor sign-in"),
        "form": form,
        "enrolling": enrolling,
        "verified": verified,
        "required": settings.OTP_REQUIRED,
        "next": _next_url(request),
    }
    if enrolling:
        context.update(qr_svg=_qr_svg(device), secret=_secret(device))
    return render(request, "admin/two_factor.html", context)


class TwoFactorRequiredMiddleware:
    """With OTP_REQUIRED, staff reach admin pages only from a session verified by a code."""

    _OPEN = {"login", "logout", "jsi18n"}

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not settings.OTP_REQUIRED:
            return None
        match = request.resolver_match
        if match is None or admin.site.name not in match.namespaces:
            return None
        if match.url_name in self._OPEN:
            return None
        user = request.user
        if not (user.is_authenticated and user.is_staff) or user.is_verified():
            return None
        return redirect(f"{reverse('two_factor')}?{urlencode({'next': request.get_full_path()})}")
