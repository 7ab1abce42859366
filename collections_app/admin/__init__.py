from . import authorities, items  # noqa: F401  (registers the admin classes)
