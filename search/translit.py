"""Script- and spelling-tolerant keys for names.

Every text that is searched, and every query, is reduced to the same *skeleton*: Latin
letters, Cyrillic (Russian and Kazakh) transliterated, diacritics dropped, and the usual
spelling alternations folded (y/i, ye/e, kh/h, doubled letters). So Назарбаев, Nazarbayev
and Nazarbaev all become ``nazarbaev``; Сүлейменов, Suleymenov and Suleimenov become
``suleimenov``. A hyphenated or spaced name also yields its joined form (Nur-Sultan ->
``nursultan``), because people type it both ways.
"""

import re
import unicodedata
from functools import lru_cache

CYRILLIC_TO_LATIN = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e",
    "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "i", "к": "k", "қ": "k", "л": "l",
    "м": "m", "н": "n", "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ұ": "u", "ү": "u", "ф": "f", "х": "h", "һ": "h", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "", "ы": "i", "і": "i", "ь": "", "э": "e",
    "ю": "iu", "я": "ia",
}  # fmt: skip

# Latin spelling alternations, applied in order after transliteration.
_FOLDS = [
    (re.compile(r"ye"), "e"),
    (re.compile(r"yu"), "iu"),
    (re.compile(r"ya"), "ia"),
    (re.compile(r"y"), "i"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"j"), "zh"),
    (re.compile(r"q"), "k"),
    (re.compile(r"w"), "v"),
    (re.compile(r"ii"), "i"),
    (re.compile(r"([a-z])\1+"), r"\1"),
]
_WORD = re.compile(r"[a-z0-9]+")
# Hyphens and apostrophes join the parts of a name ("Nur-Sultan", "d’Estaing"). The
# modifier apostrophe counts as a letter for \w, so it is taken out of the parts.
_JOINERS = "-‐‑–’'ʼ"
_PART = re.compile(r"[^\W" + re.escape(_JOINERS) + "]+")


_TABLE = str.maketrans(CYRILLIC_TO_LATIN)


def _transliterate(text: str) -> str:
    text = text.lower().translate(_TABLE)
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@lru_cache(maxsize=100_000)
def fold_word(word: str) -> str:
    for pattern, replacement in _FOLDS:
        word = pattern.sub(replacement, word)
    return word


def skeleton_words(text: str) -> list[str]:
    """The searchable words of ``text``, in order, joined forms of hyphenated names added."""
    if not text:
        return []
    words = []
    for token in text.split():
        for joined in _joined_parts(token):
            words.append(fold_word("".join(_WORD.findall(_transliterate(joined)))))
        words += [fold_word(w) for w in _WORD.findall(_transliterate(token))]
    return [w for w in words if w]


def _joined_parts(token: str) -> list[str]:
    """The hyphenated names in ``token``, parts joined: "Nur-Sultan" -> "NurSultan". Parts
    next to each other across one joiner belong together; one pass over the token, as a
    backtracking expression took time in the square of an unbroken word's length."""
    names: list[str] = []
    parts: list[str] = []
    end = -1
    for match in _PART.finditer(token):
        start = match.start()
        if not (parts and start == end + 1 and token[end] in _JOINERS):
            if len(parts) > 1:
                names.append("".join(parts))
            parts = []
        parts.append(match.group())
        end = match.end()
    if len(parts) > 1:
        names.append("".join(parts))
    return names


def skeleton(text: str) -> str:
    return " ".join(skeleton_words(text))


def joined_forms(text: str) -> list[str]:
    """Multi-word names also as one word: "Nur Sultan" -> "nursultan"."""
    words = [fold_word("".join(_WORD.findall(_transliterate(t)))) for t in text.split()]
    words = [w for w in words if w]
    return ["".join(words)] if 1 < len(words) <= 3 else []
