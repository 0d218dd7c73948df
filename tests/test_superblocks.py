"""The superblock rule: a block editor's superblocks (SiYuan's kramdown export) holding a question and its answer."""

from __future__ import annotations

from tests.helpers import extract_text

CHEMIE = """\
# Organische Chemie
{: id="20230105090000-aaaaaaa" type="doc"}

Siehe auch ((20230104080000-bbbbbbb "Bindungen")).
{: id="20230105090100-ccccccc"}

## Alkane
{: id="20230105090200-ddddddd"}

{{{row
Was ist die allgemeine Summenformel der Alkane?
{: id="20230105090300-eeeeeee"}

$C_nH_{2n+2}$, wie in ((20230104080000-bbbbbbb "Bindungen")) hergeleitet.
{: id="20230105090400-fffffff"}
}}}
{: id="20230105090250-ggggggg" custom-riff-decks="chem"}

{{{col
¿Qué reacción es típica de los alcanos?
{: id="20230105090500-hhhhhhh"}

* {: id="20230105090600-iiiiiii"}La sustitución radicalaria
* {: id="20230105090700-jjjjjjj"}La combustión
{: id="20230105090800-kkkkkkk"}
}}}
{: id="20230105090450-lllllll"}

{{{row
Isomerie
{: id="20230105090900-mmmmmmm"}

Gleiche Summenformel, verschiedene Struktur.
{: id="20230105091000-nnnnnnn"}
}}}
{: id="20230105090850-ooooooo"}

{{{row
Warum sind Alkane reaktionsträge?
{: id="20230105091100-ppppppp"}

TODO
{: id="20230105091200-qqqqqqq"}
}}}
{: id="20230105091050-rrrrrrr"}

{{{row
Pourquoi le méthane est-il un gaz à température ambiante ?
{: id="20230105091300-sssssss"}
}}}
{: id="20230105091250-ttttttt"}
"""


def test_superblocks_are_cards_with_their_sides_and_the_markup_dropped() -> None:
    extraction, _ = extract_text(CHEMIE)
    cards = {d.question: d for d in extraction.drafts}
    assert {d.convention for d in extraction.drafts} == {"superblock"}
    assert set(cards) == {
        "Was ist die allgemeine Summenformel der Alkane?",
        "¿Qué reacción es típica de los alcanos?",
        "Isomerie",
    }
    assert cards["Was ist die allgemeine Summenformel der Alkane?"].answer == "$C_nH_{2n+2}$, wie in Bindungen hergeleitet."
    assert cards["¿Qué reacción es típica de los alcanos?"].answer == "* La sustitución radicalaria\n* La combustión"
    assert cards["Isomerie"].answer == "Gleiche Summenformel, verschiedene Struktur."
    assert cards["Isomerie"].context == ("Alkane",)
    assert not any("{:" in d.question + d.answer for d in extraction.drafts)


def test_a_placeholder_back_and_a_lone_question_are_unanswered() -> None:
    extraction, diagnostics = extract_text(CHEMIE)
    unanswered = sorted(d.question or "" for d in diagnostics if d.kind == "unanswered")
    assert unanswered == ["Pourquoi le méthane est-il un gaz à température ambiante ?", "Warum sind Alkane reaktionsträge?"]
    assert extraction.unanswered == 2
    assert not any(d.kind == "unclassified" and "{{{" in d.message for d in diagnostics)


LAYOUT = """\
# Reisebericht

{{{col
![Der Hafen](assets/hafen.png)
{: id="20230105090300-eeeeeee"}

Der Hafen am Morgen.
{: id="20230105090400-fffffff"}
}}}
{: id="20230105090250-ggggggg"}

{{{row
¿Dónde comimos?
{: id="20230105090500-hhhhhhh"}

En el mercado.
{: id="20230105090600-iiiiiii"}
}}}
{: id="20230105090450-lllllll"}

```text
{{{row
Was steht hier?

Nur Code.
}}}
```
"""


def test_superblocks_of_a_page_layout_are_left_alone() -> None:
    extraction, _ = extract_text(LAYOUT)
    assert not any(d.convention == "superblock" for d in extraction.drafts)
