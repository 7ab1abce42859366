from . import items  # noqa: F401  (registers the admin classes)
