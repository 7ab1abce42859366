"""Path converters for the public URLs."""


class AccessionNumberConverter:
    """An accession number as the model allows it: letters, digits, '.', '/', '_' and '-',
    starting with a letter or digit (so "PHO-2024-0001" and "F.5/12_a" both work)."""

    regex = r"[A-Za-z0-9][A-Za-z0-9./_-]*"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value
