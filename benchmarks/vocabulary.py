"""The URLs visitors ask for, drawn from the collection's own words, filters and pages.

``collect`` reads them from the database once; ``Vocabulary`` draws URLs from them: the
mixed visitors of benchmarks/visitors.py (reliability) and the cold mixes of
benchmarks/catalogue.py, each URL asked once."""

import random
import re
from collections import Counter
from urllib.parse import urlencode

LANGUAGES = ("en", "ru", "kk")
LANGUAGE_WEIGHTS = (4, 4, 2)
SORTS = ("relevance", "date", "-date", "title", "accession")
# Browsing without a query: sorted by date or title, any page up to this one.
BROWSE_SORTS = ("date", "-date", "title")
BROWSE_PAGES = 400
# A word in more than this share of the titles is a connective ("from", "дар"), not
# something a visitor searches for; the most frequent words below it are the broad ones.
STOP_SHARE = 0.25
BROAD_WORDS = 12

_WORD = re.compile(r"[^\W\d_]{3,}")


def title_words(title: str) -> list[str]:
    """The words of a title a visitor might type, lower-cased, in order, each once."""
    return list(dict.fromkeys(w.lower() for w in _WORD.findall(title or "")))


def collect(seed: int, sample: int = 20_000) -> dict:
    """What visitors ask for, drawn from the collection: the words of published titles in
    each language (and the titles' own word lists, for queries of words that go together),
    the frequent ones, the filters' values, published objects and exhibitions."""
    from django.db.models import Max, Min
    from django.utils import translation

    from authorities.models import Country, Material, Person
    from catalogue.pagination import PER_PAGE
    from collections_app.models import CollectionItem, ItemType
    from events.models import Event
    from exhibitions.models import Exhibition

    rng = random.Random(seed)
    public = CollectionItem.objects.public()
    ids = list(public.order_by("pk").values_list("pk", flat=True))
    chosen = rng.sample(ids, min(sample, len(ids)))
    rows = public.filter(pk__in=chosen).order_by("pk")
    rows = rows.values_list("accession_number", "title_en", "title_ru", "title_kk")
    titles: dict[str, list[list[str]]] = {language: [] for language in LANGUAGES}
    objects = []
    with translation.override("en"):
        prefix = "/en/objects/"
        for number, *texts in rows:
            url = CollectionItem(accession_number=number).get_absolute_url()
            objects.append(url.removeprefix(prefix).rstrip("/"))
            for language, title in zip(LANGUAGES, texts, strict=True):
                if words := title_words(title):
                    titles[language].append(words)
    people = list(
        Person.objects.filter(items__status="published")
        .distinct()
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    years = public.aggregate(low=Min("date_earliest__year"), high=Max("date_earliest__year"))
    return {
        "words": {
            language: sorted({w for t in found for w in t}) for language, found in titles.items()
        },
        "titles": titles,
        "stop": {language: connectives(found) for language, found in titles.items()},
        "broad": {language: broad_words(found) for language, found in titles.items()},
        "types": list(ItemType.values),
        "countries": list(Country.objects.order_by("iso_code").values_list("iso_code", flat=True)),
        "materials": list(Material.objects.order_by("pk").values_list("pk", flat=True)),
        "people": rng.sample(people, min(2000, len(people))),
        "events": list(Event.objects.public().order_by("slug").values_list("slug", flat=True)),
        "years": [years["low"] or 1900, years["high"] or 2025],
        "pages": max(1, min(BROWSE_PAGES, -(-len(ids) // PER_PAGE))),
        "objects": objects,
        "exhibitions": list(
            Exhibition.objects.public().order_by("slug").values_list("slug", flat=True)
        ),
    }


def connectives(titles: list[list[str]]) -> list[str]:
    """Words in more than STOP_SHARE of the titles: what joins a title, not what is sought."""
    frequency = Counter(word for words in titles for word in words)
    return sorted(word for word, n in frequency.items() if n > STOP_SHARE * len(titles))


def broad_words(titles: list[list[str]], count: int = BROAD_WORDS) -> list[str]:
    """The words most titles share, short of connectives: what a broad search asks."""
    frequency = Counter(word for words in titles for word in words)
    stop = set(connectives(titles))
    common = [word for word, n in frequency.most_common() if word not in stop and n > 1]
    return sorted(common[:count])


class Vocabulary:
    """Draws the URLs visitors ask for; ``draw`` avoids URLs already asked for."""

    def __init__(self, data: dict, rng: random.Random, seen: set[str]):
        self.data = data
        self.rng = rng
        self.seen = seen

    def language(self) -> str:
        return self.rng.choices(LANGUAGES, LANGUAGE_WEIGHTS)[0]

    def filters(self, count: int) -> dict[str, str]:
        rng, data = self.rng, self.data
        options = {
            "type": lambda: rng.choice(data["types"]),
            "country": lambda: rng.choice(data["countries"]),
            "material": lambda: str(rng.choice(data["materials"])),
            "person": lambda: str(rng.choice(data["people"])),
            "event": lambda: rng.choice(data["events"]),
            "year_from": lambda: str(rng.randint(data["years"][0], data["years"][1])),
            "has_image": lambda: "yes",
        }
        chosen = rng.sample(sorted(options), count)
        params = {name: options[name]() for name in chosen}
        if "year_from" in params and rng.random() < 0.5:
            params["year_to"] = str(int(params["year_from"]) + rng.randint(0, 30))
        return params

    def search(self) -> str:
        rng = self.rng
        language = self.language()
        words = self.data["words"][language]
        count = min(len(words), rng.choice((1, 1, 2, 2, 3)))
        params = {"q": " ".join(rng.sample(words, count))}
        params.update(self.filters(rng.choice((0, 0, 0, 1, 1, 2))))
        if rng.random() < 0.3:
            params["page"] = str(rng.randint(2, 6))
        if rng.random() < 0.15:
            params["sort"] = rng.choice(SORTS)
        return f"/{language}/catalogue/?{urlencode(params)}"

    def browse(self) -> str:
        rng = self.rng
        params = self.filters(rng.choice((1, 1, 2, 3)))
        if rng.random() < 0.5:
            params["page"] = str(rng.randint(2, 40))
        if rng.random() < 0.3:
            params["sort"] = rng.choice(SORTS[1:])
        return f"/{self.language()}/catalogue/?{urlencode(params)}"

    def authority(self) -> str:
        rng, data = self.rng, self.data
        kind = rng.choice(("country", "person", "event"))
        path = {
            "country": lambda: f"countries/{rng.choice(data['countries'])}/",
            "person": lambda: f"people/{rng.choice(data['people'])}/",
            "event": lambda: f"events/{rng.choice(data['events'])}/",
        }[kind]()
        query = f"?page={rng.randint(2, 20)}" if rng.random() < 0.4 else ""
        return f"/{self.language()}/{path}{query}"

    def object(self) -> str:
        return f"/{self.language()}/objects/{self.rng.choice(self.data['objects'])}/"

    def exhibition(self) -> str:
        if self.rng.random() < 0.3:
            return f"/{self.language()}/exhibitions/"
        return f"/{self.language()}/exhibitions/{self.rng.choice(self.data['exhibitions'])}/"

    # The cold mixes of benchmarks/catalogue.py: one kind of page each.

    def two_words(self) -> str:
        """Two words of one of the collection's titles, in its language and in the title's
        order, leaving out connectives ("from", "дар")."""
        rng = self.rng
        language = rng.choice(LANGUAGES)
        stop = set(self.data["stop"][language])
        titles = self.data["titles"][language]
        for _ in range(100):
            words = [w for w in rng.choice(titles) if w not in stop]
            if len(words) >= 2:
                break
        else:
            raise ValueError(f"no title in {language} has two words that are not connectives")
        pair = sorted(rng.sample(range(len(words)), 2))
        query = " ".join(words[i] for i in pair)
        return f"/{language}/catalogue/?{urlencode({'q': query})}"

    def broad_with_years(self) -> str:
        """A word many titles share, within a range of years."""
        rng, low_high = self.rng, self.data["years"]
        language = rng.choice(LANGUAGES)
        start = rng.randint(low_high[0], low_high[1])
        end = min(low_high[1], start + rng.randint(0, 15))
        params = {
            "q": rng.choice(self.data["broad"][language]),
            "year_from": str(start),
            "year_to": str(end),
        }
        return f"/{language}/catalogue/?{urlencode(params)}"

    def browse_sorted(self) -> str:
        """Any page of the whole catalogue up to BROWSE_PAGES (or its last), sorted by date
        or title."""
        rng = self.rng
        pages = self.data.get("pages", BROWSE_PAGES)
        params = {"sort": rng.choice(BROWSE_SORTS), "page": str(rng.randint(1, pages))}
        return f"/{rng.choice(LANGUAGES)}/catalogue/?{urlencode(params)}"

    def any_object(self) -> str:
        return f"/{self.rng.choice(LANGUAGES)}/objects/{self.rng.choice(self.data['objects'])}/"

    def draw(self, kind: str, tries: int = 20) -> str:
        url = ""
        for _ in range(tries):
            url = getattr(self, kind)()
            if url not in self.seen:
                break
        self.seen.add(url)
        return url

    def distinct(self, kind: str, count: int) -> list[str]:
        """``count`` URLs of one kind, none asking what another asked in another language
        (the same page of the same sort, the same object): each a page no cache holds."""
        urls, keys = [], set()
        for _ in range(count * 50):
            url = getattr(self, kind)()
            key = url.split("/", 2)[2]
            if key in keys:
                continue
            keys.add(key)
            urls.append(url)
            if len(urls) == count:
                return urls
        raise ValueError(f"the collection offers fewer than {count} distinct {kind} URLs")
