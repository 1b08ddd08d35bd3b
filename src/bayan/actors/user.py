"""The user's own actor dictionaries: where they live, and adding and removing them.

They live in ``$BAYAN_HOME/actors/`` (default ``$XDG_DATA_HOME/bayan/actors/``, that is
``~/.local/share/bayan/actors/``). Each file is one layer over the bundled dictionary,
read in the order the files were added: ``add`` puts a number in front of the copy's name
(``1-my-actors.yaml``, ``2-phoenix.yaml``), and files put there by hand come after the
numbered ones, by name. A later layer replaces an earlier layer's actor with the same id
(see ``ActorStore``); ``add`` refuses a file whose ids are already in another of the
user's files unless told to let it override them, so that nothing is replaced unnoticed.

Nothing here prints or exits: the CLI (``bayan actors``) turns the results and
``BayanError``s into messages.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bayan.actors.loader import (
    SUFFIXES,
    ActorStore,
    actor_from_record,
    dump_tsv,
    load_actor_file,
    load_bundled_actors,
)
from bayan.actors.model import Actor
from bayan.errors import BayanError, DictionaryError

ENV_HOME = "BAYAN_HOME"
_NUMBERED = re.compile(r"(?P<number>\d+)-(?P<name>.+)\Z")


def data_home() -> Path:
    """bayan's per-user data folder: ``$BAYAN_HOME``, else ``$XDG_DATA_HOME/bayan``, else ``~/.local/share/bayan``."""
    home = os.environ.get(ENV_HOME)
    if home:
        return Path(home).expanduser()
    xdg = os.environ.get("XDG_DATA_HOME")
    return (Path(xdg).expanduser() if xdg else Path.home() / ".local" / "share") / "bayan"


def actors_dir(home: str | os.PathLike[str] | None = None) -> Path:
    """Where the user's actor dictionaries live (it need not exist yet)."""
    return (Path(home) if home is not None else data_home()) / "actors"


def _order(path: Path) -> tuple[float, str]:
    match = _NUMBERED.match(path.name)
    return (int(match["number"]) if match else float("inf"), path.name)


def original_name(path: str | os.PathLike[str]) -> str:
    """The name a file had before ``add`` numbered it: ``3-my-actors.yaml`` -> ``my-actors.yaml``."""
    name = Path(path).name
    match = _NUMBERED.match(name)
    return match["name"] if match else name


def user_actor_files(home: str | os.PathLike[str] | None = None) -> list[Path]:
    """The user's dictionary files, in layer order; none when the folder does not exist."""
    folder = actors_dir(home)
    if not folder.is_dir():
        return []
    files = [p for p in folder.iterdir() if p.is_file() and p.name.lower().endswith(SUFFIXES)
             and not p.name.startswith(".")]
    return sorted(files, key=_order)


def find_user_file(name: str, home: str | os.PathLike[str] | None = None) -> Path | None:
    """A user file by its stored name (``2-phoenix.yaml``) or by the name it was added under."""
    files = user_actor_files(home)
    for path in files:
        if path.name == name:
            return path
    for path in files:
        if original_name(path) == name:
            return path
    return None


@dataclass
class AddReport:
    """What adding a dictionary does (or would do, when ``duplicates`` stopped it)."""

    target: Path
    actors: list[Actor]
    replaces_file: Path | None = None  # an earlier copy under the same name, removed
    overrides_bundled: list[str] = field(default_factory=list)  # bundled ids this file replaces
    duplicates: list[tuple[Actor, Actor]] = field(default_factory=list)  # (new, already in a user file)

    def counts(self) -> dict[str, int]:
        out = {"PER": 0, "ORG": 0, "LOC": 0}
        for actor in self.actors:
            out[actor.type] += 1
        return out


class DuplicateIdsError(BayanError):
    """Ids of a new dictionary are already in the user's other files (``report.duplicates``)."""

    def __init__(self, report: AddReport, source: str):
        self.report = report
        new, old = report.duplicates[0]
        more = len(report.duplicates) - 1
        extra = f" and {more} more" if more else ""
        super().__init__(f"{new.origin}: duplicate id '{new.id}' (already in {old.origin}){extra}; "
                         f"{source} was not added (--override lets it replace them)")


def plan_add(actors: Sequence[Actor], name: str, home: str | os.PathLike[str] | None = None) -> AddReport:
    """Where ``actors`` would go under ``name``, and which ids they share with other files."""
    files = user_actor_files(home)
    existing = next((path for path in files if original_name(path) == name), None)
    # Always last, so that the new file is the top layer (an old copy is removed).
    numbers = [int(m["number"]) for path in files if (m := _NUMBERED.match(path.name))]
    target = actors_dir(home) / f"{max(numbers, default=0) + 1}-{name}"
    report = AddReport(target, list(actors), replaces_file=existing)
    bundled = {actor.id for actor in load_bundled_actors()}
    report.overrides_bundled = sorted({a.id for a in actors} & bundled)
    new_ids = {actor.id: actor for actor in actors}
    for path in files:
        if path == existing:
            continue
        for old in load_actor_file(path):
            if old.id in new_ids:
                report.duplicates.append((new_ids[old.id], old))
    report.duplicates.sort(key=lambda pair: pair[0].line or 0)
    return report


def _check_name(name: str) -> str:
    base = Path(name).name
    if not base.lower().endswith(SUFFIXES):
        raise DictionaryError(name, None, "unknown dictionary format: the name must end in .yaml, .yml or .tsv")
    if base.startswith("."):
        raise BayanError(f"{name}: a dictionary name may not start with '.'")
    return base


def add_file(path: str | os.PathLike[str], *, override: bool = False,
             home: str | os.PathLike[str] | None = None) -> AddReport:
    """Check a dictionary file with the loader and copy it into the user's folder.

    Raises ``DictionaryError`` for a malformed file and ``DuplicateIdsError`` when its ids
    are in the user's other files (unless ``override``). Adding a file under a name
    already added replaces that copy; either way the new copy is read last.
    """
    source = os.fspath(path)
    name = _check_name(source)
    actors = load_actor_file(source)
    report = plan_add(actors, name, home)
    if report.duplicates and not override:
        raise DuplicateIdsError(report, source)
    _install(report, Path(source).read_bytes())
    return report


def add_actors(actors: Sequence[Actor], name: str, *, override: bool = False, header: str = "",
               home: str | os.PathLike[str] | None = None) -> AddReport:
    """Write ``actors`` into the user's folder as ``name`` (``.yaml`` or ``.tsv``), as ``add_file`` would."""
    name = _check_name(name)
    report = plan_add(actors, name, home)
    if report.duplicates and not override:
        raise DuplicateIdsError(report, name)
    _install(report, dump_actors(actors, name, header).encode("utf-8"))
    return report


def _install(report: AddReport, data: bytes) -> None:
    report.target.parent.mkdir(parents=True, exist_ok=True)
    _atomic_write(report.target, data)
    if report.replaces_file is not None and report.replaces_file != report.target:
        report.replaces_file.unlink(missing_ok=True)


def remove_file(name: str, home: str | os.PathLike[str] | None = None) -> Path:
    """Delete one of the user's dictionaries, by stored or original name; returns its path."""
    path = find_user_file(name, home)
    if path is None:
        names = ", ".join(p.name for p in user_actor_files(home)) or "none"
        raise BayanError(f"no dictionary named {name!r} in {actors_dir(home)} (yours: {names})")
    path.unlink()
    return path


def user_store(extra: Iterable[str | os.PathLike[str]] = (), home: str | os.PathLike[str] | None = None) -> ActorStore:
    """The bundled dictionary, the user's files, then ``extra`` files: what ``bayan analyze`` uses."""
    return ActorStore.with_user_files([*user_actor_files(home), *extra])


def check_actors(actors: Iterable[Actor]) -> None:
    """Run every actor through the loader's checks (as if read from a file); raises ``DictionaryError``."""
    from bayan.actors.loader import _Problem  # the loader's line-level problem

    for actor in actors:
        try:
            actor_from_record(actor.to_dict(), actor.line or 0, actor.source)
        except _Problem as problem:
            raise DictionaryError(actor.source, actor.line, f"{actor.id}: {problem.problem}") from None


def dump_actors(actors: Sequence[Actor], name: str, header: str = "") -> str:
    """Actors in the format ``name`` asks for (``.tsv``, else YAML), with ``header`` as # comments."""
    comment = "".join(f"# {line}".rstrip() + "\n" for line in header.splitlines())
    if name.lower().endswith(".tsv"):
        return comment + dump_tsv(actors)
    # libyaml's emitter when there is one: ten times faster than PyYAML's on big imports.
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    body = yaml.dump([actor.to_dict() for actor in actors], Dumper=dumper, allow_unicode=True,
                     sort_keys=False, default_flow_style=None, width=1000)
    return comment + (body if actors else "")


def _atomic_write(target: Path, data: bytes) -> None:
    # Write beside the target, then rename: a reader never sees half a dictionary, and the
    # temporary name (.NAME.PID.tmp) is one the folder listing ignores. open() rather than
    # mkstemp, so that the file gets the user's usual permissions.
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
