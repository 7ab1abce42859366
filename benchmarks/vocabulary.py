"""The URLs visitors ask for, drawn from the collection's own words, filters and pages
(benchmarks/visitors.py; the data come from reliability.write_vocabulary)."""

import random
from urllib.parse import urlencode

LANGUAGES = ("en", "ru", "kk")
LANGUAGE_WEIGHTS = (4, 4, 2)
SORTS = ("relevance", "date", "-date", "title", "accession")


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

    def draw(self, kind: str, tries: int = 20) -> str:
        url = ""
        for _ in range(tries):
            url = getattr(self, kind)()
            if url not in self.seen:
                break
        self.seen.add(url)
        return url
