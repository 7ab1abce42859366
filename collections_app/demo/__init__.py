"""The illustrative demo collection: facts in ``data``, writes in ``loader``."""
