from . import exhibitions, venues  # noqa: F401  (registers the admin classes)
