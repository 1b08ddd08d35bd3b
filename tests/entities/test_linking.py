"""Cross-script linking: one actor, four scripts; ambiguous skeletons link to nobody."""

from bayan.actors import Actor
from bayan.entities.linking import CrossScriptLinker, confidence
from bayan.script.skeleton import skeleton

ACTORS = [
    Actor(id="abbas-araghchi", type="PER", name="Abbas Araghchi", names={"fa": ("عباس عراقچی",)}),
    Actor(id="ali-khamenei", type="PER", name="Ali Khamenei", names={"fa": ("علی خامنه‌ای",)}),
    Actor(id="ruhollah-khomeini", type="PER", name="Ruhollah Khomeini", names={"en": ("Ali Khomeini",)}),
    Actor(id="karachi", type="LOC", name="Karachi", names={"ur": ("کراچی",)}),
]


def test_skeleton_meets_across_scripts():
    assert skeleton("Khamenei") == skeleton("خامنہ ای") == skeleton("خامنه‌ای") == skeleton("خامنئي") == "kmn"
    assert skeleton("Araghchi") == skeleton("عراقچی") == skeleton("عراقجي")
    assert skeleton("Pezeshkian") == skeleton("پزشکیان") == skeleton("بزشكيان")


def test_links_a_spelling_the_dictionary_lacks():
    linker = CrossScriptLinker(ACTORS)
    ref = linker.link("عباس عراقجي", "PER")
    assert ref.id == "abbas-araghchi" and 0.8 <= ref.score <= 1.0
    assert linker.link("Abbas Araghchi", "ORG") is None  # the type must agree


def test_ambiguous_skeleton_links_to_nobody():
    linker = CrossScriptLinker(ACTORS)
    assert linker.link("علي خامنئي", "PER") is None  # Khamenei and Khomeini share "l kmn"


def test_threshold_is_the_users():
    strict = CrossScriptLinker(ACTORS, threshold=0.99)
    assert strict.link("عباس عراقجي", "PER") is None
    assert confidence("bbs rkj") < confidence("mhmd bn slmn")


def test_pipeline_links_title_found_names():
    from bayan import analyze

    article = analyze("وقال وزير الخارجية الإيراني عباس عراقجي إن المحادثات مثمرة.", lang="ar", actor_files=())
    linked = [e for e in article.entities if e.actor and e.actor.id == "abbas-araghchi"]
    assert linked
