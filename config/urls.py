from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemaps
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from django.views.static import serve

from catalogue.sitemaps import SITEMAPS
from catalogue.views import robots_txt
from core.two_factor import StaffLoginForm, two_factor
from core.views import favicon, healthz

admin.site.site_header = _("Diplomatic collections")
admin.site.site_title = _("Diplomatic collections admin")
admin.site.index_title = _("Collection management")
admin.site.login_form = StaffLoginForm
admin.site.login_template = "admin/login_two_factor.html"

urlpatterns = [
    path("admin/two-factor/", admin.site.admin_view(two_factor), name="two_factor"),
    path("admin/", admin.site.urls),
    path("healthz", healthz, name="healthz"),
    path("i18n/", include("django.conf.urls.i18n")),
    path(
        "sitemap.xml",
        sitemaps.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        sitemaps.sitemap,
        {"sitemaps": SITEMAPS},
        name="sitemap_section",
    ),
    path("robots.txt", robots_txt, name="robots_txt"),
    # Browsers (and the admin, which links no icon) ask for /favicon.ico.
    path("favicon.ico", favicon, name="favicon"),
]

# The public site, under a language prefix: /kk/, /ru/, /en/. "/" and unprefixed public
# paths redirect to the visitor's language (LocaleMiddleware).
urlpatterns += i18n_patterns(path("", include("catalogue.urls")), prefix_default_language=True)

if settings.SERVE_MEDIA:
    # Local and single-machine use; production serves media from object storage or a proxy.
    urlpatterns += [
        path(
            f"{settings.MEDIA_URL.strip('/')}/<path:path>",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

if settings.BENCHMARK_VIEWS:
    # Reference pages for benchmarks/catalogue.py only; off unless BENCHMARK_VIEWS=1.
    urlpatterns += [path("_bench/", include("benchmarks.urls"))]
