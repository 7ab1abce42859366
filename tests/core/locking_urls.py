"""The project's addresses plus an admin site whose country list is editable in place
(list_editable), which no admin of the project uses yet, to test that it is protected."""

from django.contrib import admin
from django.urls import path

from authorities.models import Country
from config.urls import urlpatterns as project_urlpatterns
from core.admin_locking import VersionedAdmin


class EditableCountryAdmin(VersionedAdmin, admin.ModelAdmin):
    list_display = ("iso_code", "name_en", "name_ru")
    list_editable = ("name_ru",)
    ordering = ("iso_code",)


site = admin.AdminSite(name="locking_admin")
site.register(Country, EditableCountryAdmin)

urlpatterns = [path("locking-admin/", site.urls), *project_urlpatterns]
