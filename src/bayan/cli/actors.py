"""``bayan actors``: list and show actors, add your own dictionaries, import PETRARCH ones.

Thin wrappers over ``bayan.actors`` (``user`` for the user's folder, ``petrarch`` for the
importer). A malformed dictionary prints one line, ``FILE:LINE: problem``, and exits 1.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import click

from bayan.cli import main
from bayan.errors import BayanError

TYPES = ("PER", "ORG", "LOC")
SHOWN_NOTES = 10  # import notes printed without --verbose
BIG_IMPORT = 5000  # actors; above this, suggest TSV


def _die(message: str) -> None:
    click.echo(message, err=True)
    sys.exit(1)


def _store():
    from bayan.actors.user import user_store

    try:
        return user_store()
    except BayanError as exc:  # one of the user's files went bad since it was added
        _die(str(exc))


def _short(ids: list[str], limit: int = 8) -> str:
    return ", ".join(ids[:limit]) + (f" ... ({len(ids) - limit} more)" if len(ids) > limit else "")


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{counts[t]} {t}" for t in TYPES if counts.get(t))


@main.group()
def actors() -> None:
    """Actor dictionaries: list and show actors, add your own, import PETRARCH files.

    Your dictionaries live in $BAYAN_HOME/actors (default ~/.local/share/bayan/actors) and
    override the bundled actors with the same id.
    """


# --- add / remove / files ---------------------------------------------------------------


def _report_duplicates(exc) -> None:
    for new, old in exc.report.duplicates:
        click.echo(f"{new.origin}: duplicate id '{new.id}' (already in {old.origin})", err=True)
    _die(f"bayan: {len(exc.report.duplicates)} duplicate id(s); nothing was added "
         "(--override lets the new file replace them)")


def _report_added(report, what: str) -> None:
    click.echo(f"{what}: {len(report.actors)} actors ({_counts(report.counts()) or 'none'}) -> {report.target}")
    if report.replaces_file is not None:
        click.echo(f"replaces your earlier copy {report.replaces_file.name}")
    if report.duplicates:
        ids = [new.id for new, _ in report.duplicates]
        click.echo(f"replaces {len(ids)} actor(s) of your other files: {_short(ids)}")
    if report.overrides_bundled:
        click.echo(f"overrides {len(report.overrides_bundled)} bundled actor(s): {_short(report.overrides_bundled)}")


@actors.command("add")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--override", is_flag=True, help="Let this file replace actors of your other files with the same id.")
def add(file, override) -> None:
    """Check a dictionary (.yaml, .yml or .tsv) and add it to yours."""
    from bayan.actors.user import DuplicateIdsError, add_file

    try:
        report = add_file(file, override=override)
    except DuplicateIdsError as exc:
        _report_duplicates(exc)
    except BayanError as exc:
        _die(str(exc))
    _report_added(report, f"added {Path(file).name}")


@actors.command("remove")
@click.argument("name")
def remove(name) -> None:
    """Remove one of your dictionaries (its name as `bayan actors files` shows it, or as added)."""
    from bayan.actors.user import remove_file

    try:
        path = remove_file(name)
    except BayanError as exc:
        _die(str(exc))
    click.echo(f"removed {path}")


@actors.command("files")
@click.option("--json", "as_json", is_flag=True, help="One JSON array.")
def files(as_json) -> None:
    """List your dictionaries in the order they are read (a later one wins)."""
    from bayan.actors import load_actor_file, load_bundled_actors
    from bayan.actors.user import actors_dir, user_actor_files

    bundled = {actor.id for actor in load_bundled_actors()}
    rows = []
    seen: dict[str, str] = {}
    for path in user_actor_files():
        try:
            loaded = load_actor_file(path)
        except BayanError as exc:
            rows.append({"file": str(path), "error": str(exc)})
            continue
        ids = [actor.id for actor in loaded]
        rows.append({
            "file": str(path), "actors": len(ids),
            "overrides_bundled": sorted(set(ids) & bundled),
            "overrides_earlier_files": sorted(i for i in ids if i in seen),
        })
        seen.update((i, str(path)) for i in ids)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        click.echo(f"no dictionaries of yours in {actors_dir()}")
    for row in rows:
        if "error" in row:
            click.echo(f"{Path(row['file']).name}: UNREADABLE: {row['error']}")
            continue
        line = f"{Path(row['file']).name}: {row['actors']} actors"
        if row["overrides_bundled"]:
            line += f"; overrides {len(row['overrides_bundled'])} bundled"
        if row["overrides_earlier_files"]:
            line += f"; overrides {len(row['overrides_earlier_files'])} of your earlier files"
        click.echo(line)


# --- import-petrarch ------------------------------------------------------------------------


@actors.command("import-petrarch")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--out", type=click.Path(dir_okay=False), metavar="OUT.yaml",
              help="Write here (.yaml, .yml or .tsv) instead of adding to your dictionaries.")
@click.option("--lang", type=click.Choice(["en", "ar"]), default="en", show_default=True,
              help="Language of the phrases: en (Phoenix) or ar (UniversalPetrarch Arabic).")
@click.option("--id-prefix", metavar="TEXT", default=None,
              help="Put before every id (default petrarch- for en, petrarch-ar- for ar; '' for none).")
@click.option("--format", "fmt", type=click.Choice(["yaml", "tsv"]), default="yaml", show_default=True,
              help="Format of the copy added to your dictionaries (TSV reads about ten times faster).")
@click.option("--override", is_flag=True, help="Let the import replace actors of your other files with the same id.")
@click.option("-v", "--verbose", is_flag=True, help=f"Print every note, not the first {SHOWN_NOTES}.")
def import_petrarch_command(files, out, lang, id_prefix, fmt, override, verbose) -> None:
    """Import PETRARCH/Phoenix actor dictionaries (several files are read as one, as PETRARCH does)."""
    from bayan.actors.loader import SUFFIXES
    from bayan.actors.petrarch import import_petrarch
    from bayan.actors.user import (
        DuplicateIdsError,
        add_actors,
        check_actors,
        dump_actors,
    )

    if out and not out.lower().endswith(SUFFIXES):
        _die(f"bayan: {out}: the output name must end in .yaml, .yml or .tsv")
    started = time.monotonic()
    try:
        result = import_petrarch(list(files), lang=lang, id_prefix=id_prefix)
        check_actors(result.actors)
    except BayanError as exc:
        _die(str(exc))
    shown = result.notes if verbose else result.notes[:SHOWN_NOTES]
    for note in shown:
        click.echo(f"note: {note}", err=True)
    if len(result.notes) > len(shown):
        click.echo(f"note: ... and {len(result.notes) - len(shown)} more notes (-v shows them all)", err=True)
    names = ", ".join(Path(f).name for f in files)
    header = (f"Imported by `bayan actors import-petrarch --lang {lang}` from {names}.\n"
              "Regenerate rather than edit: see docs/actor-dictionaries.md.")
    summary = (f"{result.entries} entries read, {result.merged} merged into an entry with the same phrase, "
               f"{result.skipped} skipped, {len(result.notes)} note(s)")
    name = f"{Path(files[0]).stem}.{fmt}"
    try:
        if out:
            Path(out).write_text(dump_actors(result.actors, out, header), encoding="utf-8")
            click.echo(f"imported {names}: {len(result.actors)} actors ({_counts(result.counts())}) -> {out}")
        else:
            report = add_actors(result.actors, name, override=override, header=header)
            _report_added(report, f"imported {names}")
    except DuplicateIdsError as exc:
        _report_duplicates(exc)
    except (BayanError, OSError) as exc:
        _die(f"bayan: {exc}")
    click.echo(f"{summary}; {time.monotonic() - started:.1f}s")
    written = out or name
    if len(result.actors) > BIG_IMPORT and not written.lower().endswith(".tsv"):
        click.echo(f"hint: {len(result.actors)} actors in YAML take seconds to read at every start; "
                   "--format tsv (or --out X.tsv) reads about ten times faster", err=True)


# --- list / show ---------------------------------------------------------------------------


def _record(actor, store) -> dict:
    out = actor.to_dict()
    out["source"] = actor.origin
    replaced = [old for old, new in store.replaced if new is actor]
    if replaced:
        out["overrides"] = replaced[-1].origin
    return out


@actors.command("list")
@click.option("--type", "type_", type=click.Choice(TYPES), help="Only actors of this type.")
@click.option("--lang", metavar="LANG", help="Only actors with names in LANG (ur, fa, ar, en ...), shown in it.")
@click.option("--grep", metavar="TEXT", help="Only actors whose id or a name contains TEXT (in any script, folded).")
@click.option("--json", "as_json", is_flag=True, help="One JSON array of actors.")
def list_actors(type_, lang, grep, as_json) -> None:
    """List the actors in use: the bundled ones and yours."""
    from bayan.script import fold

    store = _store()
    needle = " ".join(fold(grep).split()) if grep else None
    chosen = []
    for actor in store:
        if type_ and actor.type != type_:
            continue
        if lang and lang != "en" and lang not in actor.names:
            continue
        if needle and needle not in actor.id and not any(needle in " ".join(fold(n).split()) for _, n in actor.all_names()):
            continue
        chosen.append(actor)
    if as_json:
        click.echo(json.dumps([_record(actor, store) for actor in chosen], ensure_ascii=False, indent=2))
        return
    for actor in chosen:
        name = (actor.preferred(lang) or actor.name) if lang else actor.name
        click.echo(f"{actor.id}\t{actor.type}\t{actor.country or '-'}\t{name}\t{Path(actor.source).name}")
    click.echo(f"{len(chosen)} of {len(store)} actors", err=True)


def _find(store, name: str) -> list:
    from bayan.script import fold

    actor = store.get(name)
    if actor is not None:
        return [actor]
    key = " ".join(fold(name).split())
    return [a for a in store if any(" ".join(fold(n).split()) == key for _, n in a.all_names())]


def _role_line(role) -> str:
    from bayan.actors.petrarch import describe_code

    dates = "" if role.start is None and role.end is None else f"  {role.start or ''}..{role.end or ''}"
    gloss = describe_code(role.title) if role.title.isupper() and role.title.isalnum() else role.title
    return f"{role.title}{dates}" + (f"  ({gloss})" if gloss != role.title else "")


@actors.command("show")
@click.argument("name")
@click.option("--json", "as_json", is_flag=True, help="One JSON array (a name can belong to several actors).")
def show(name, as_json) -> None:
    """Show an actor by id, or by any of its names in any script."""
    store = _store()
    found = _find(store, name)
    if not found:
        _die(f"bayan: no actor has the id or name {name!r} (try: bayan actors list --grep ...)")
    if as_json:
        click.echo(json.dumps([_record(actor, store) for actor in found], ensure_ascii=False, indent=2))
        return
    for index, actor in enumerate(found):
        record = _record(actor, store)
        if index:
            click.echo()
        click.echo(f"{actor.id}  {actor.type}  {actor.name}")
        click.echo("  names:")
        for lang, spellings in record.get("names", {"en": [actor.name]}).items():
            click.echo(f"    {lang}: " + " · ".join(spellings))
        for key in ("country", "kind", "wikidata"):
            if key in record:
                click.echo(f"  {key}: {record[key]}")
        if actor.roles:
            click.echo("  roles:")
            for role in actor.roles:
                click.echo(f"    {_role_line(role)}")
        click.echo(f"  defined in: {record['source']}")
        if "overrides" in record:
            click.echo(f"  overrides: {record['overrides']}")
