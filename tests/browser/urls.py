"""The project's addresses plus uploaded media, for the browser tests.

config/urls.py adds the media route only when ``SERVE_MEDIA`` is on as it is first
imported, and the test settings are loaded (with it off) before any conftest can set
``DJANGO_SERVE_MEDIA``. This route comes first and reads ``MEDIA_ROOT`` on every request,
so it follows the temporary media folder the demo's images are written to.
"""

from django.conf import settings
from django.urls import path
from django.views.static import serve

from config.urls import urlpatterns as project_urlpatterns


def media(request, path):
    return serve(request, path, document_root=settings.MEDIA_ROOT)


urlpatterns = [
    path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", media),
    *project_urlpatterns,
]
