"""Path converters for the public URLs: each admits only what its field can hold, so an
address the database could not answer (too long, a number beyond its integers, a NUL)
is a 404 before any query."""

# The largest key either database stores (BigAutoField on PostgreSQL; SQLite's INTEGER).
MAX_KEY = 2**63 - 1


class AccessionNumberConverter:
    """An accession number as the model allows it: letters, digits, '.', '/', '_' and '-',
    starting with a letter or digit (so "PHO-2024-0001" and "F.5/12_a" both work), at most
    32 characters (the field's length)."""

    regex = r"[A-Za-z0-9][A-Za-z0-9./_-]{0,31}"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


class CountryCodeConverter:
    """An ISO 3166-1 alpha-2 code as countries store it: two capital letters."""

    regex = "[A-Z]{2}"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


class SlugConverter:
    """A slug as events and exhibitions store it (ASCII, at most 120 characters)."""

    regex = "[-a-zA-Z0-9_]{1,120}"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


class KeyConverter:
    """A primary key: a positive integer the database can hold; a larger one is no match
    (a 404), never an overflow."""

    regex = "[0-9]{1,19}"

    def to_python(self, value: str) -> int:
        number = int(value)
        if not 0 < number <= MAX_KEY:
            raise ValueError(value)  # the resolver treats it as no match
        return number

    def to_url(self, value) -> str:
        return str(value)
