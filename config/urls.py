from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from django.views.static import serve

from core.views import healthz

admin.site.site_header = "Diplomatic collections"
admin.site.site_title = "Diplomatic collections admin"
admin.site.index_title = "Collection management"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("healthz", healthz, name="healthz"),
    path("i18n/", include("django.conf.urls.i18n")),
]

if settings.SERVE_MEDIA:
    # Local and single-machine use; production serves media from object storage or a proxy.
    urlpatterns += [
        path(
            f"{settings.MEDIA_URL.strip('/')}/<path:path>",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]
