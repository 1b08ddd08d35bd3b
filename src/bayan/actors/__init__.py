"""The actor dictionary: canonical people, organisations and places, and their names.

``model`` holds the data classes, ``loader`` reads and checks dictionary files and
layers a user's files over the bundled ones. The matcher builds on ``ActorStore``.
"""

from bayan.actors.loader import (
    ActorStore,
    dump_tsv,
    dump_yaml,
    load_actor_file,
    load_bundled_actors,
    parse_actors,
)
from bayan.actors.model import ACTOR_TYPES, Actor, Role

__all__ = [
    "ACTOR_TYPES",
    "Actor",
    "ActorStore",
    "Role",
    "dump_tsv",
    "dump_yaml",
    "load_actor_file",
    "load_bundled_actors",
    "parse_actors",
]
