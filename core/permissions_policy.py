"""The Permissions-Policy header: the browser features pages may use (PERMISSIONS_POLICY)."""

from django.conf import settings


def header_value(policy: dict[str, list[str]]) -> str:
    """``{"camera": [], "clipboard-write": ["self"]}`` -> ``camera=(), clipboard-write=(self)``."""
    return ", ".join(f"{feature}=({' '.join(allowed)})" for feature, allowed in policy.items())


class PermissionsPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        policy = getattr(settings, "PERMISSIONS_POLICY", None)
        if policy and "Permissions-Policy" not in response:
            response["Permissions-Policy"] = header_value(policy)
        return response
