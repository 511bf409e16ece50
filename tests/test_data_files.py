"""The shipped data files' loaders: a broken file is a packaging bug, which fails loudly naming the
file rather than loading an empty index or lexicon (invented data)."""

import gzip
import json
from importlib import resources

import pytest

from eventwatch.annotate import actors
from eventwatch.annotate.places import Gazetteer


def test_a_broken_gazetteer_file_fails_loudly_naming_the_file(tmp_path):
    # a shipped data file short of a section or a column is a packaging bug, not an empty index
    good = "name\tfeature\n" + "\t".join(["Kelmo", "town", "KE", "KEN", "Kenya", "", "", "", "1", "2", "0", "x"])
    for name, text in (("no_sections.tsv.gz", good + "\n"),
                       ("short_row.tsv.gz", good + "\nKelmo\ttown\n#keys\n#skeletons\n#admin1\n")):
        path = tmp_path / name
        path.write_bytes(gzip.compress(text.encode("utf-8")))
        with pytest.raises(ValueError, match=name):
            Gazetteer(str(path))


def test_a_broken_actor_lexicon_fails_loudly_naming_the_file(tmp_path):
    path = tmp_path / "actors.json"
    path.write_text(json.dumps({"actors": [{"name": "Kelmo Front"}], "branches": []}), "utf-8")
    with pytest.raises(ValueError, match=r"actors\.json: no target_overrides, ethnic_militias, .*national_forces\.mil"):
        actors._data(path)


def test_an_actor_entry_short_of_a_key_fails_loudly_naming_the_file_and_entry(tmp_path):
    data = json.loads(resources.files("eventwatch").joinpath("data/actors.json").read_text("utf-8"))
    del data["actors"][3]["aliases"]
    path = tmp_path / "actors.json"
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(ValueError, match=r"actors\.json: no actors\[3\]\.aliases"):
        actors._data(path)
