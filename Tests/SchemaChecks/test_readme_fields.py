"""README.md documents every key of the desired-state file that the JSON Schema defines."""

import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "schemas" / "warden.schema.json").read_text())
README = (ROOT / "README.md").read_text()


def keys(properties):
    for key, prop in properties.items():
        yield key
        nested = prop.get("items", prop)
        yield from keys(nested.get("properties", {}))


def test_every_key_is_in_the_readme():
    documented = set()
    for properties in [SCHEMA["properties"]] + [definition["properties"] for definition in SCHEMA["$defs"].values()]:
        documented.update(keys(properties))
    missing = sorted(key for key in documented if f"`{key}`" not in README and f".{key}`" not in README)
    assert missing == []
