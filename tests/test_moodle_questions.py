"""The moodle-question rule: a Moodle XML question bank in a code fence, one card per question."""

from __future__ import annotations

from tests.helpers import cards_and_unanswered

BANK = """\
# Biologie cellulaire — banque de questions

Importer dans Moodle : *Banque de questions* › *Importer* › **Format XML Moodle**.

## Semaine 2 : la cellule

```xml
<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="category">
    <category><text>$course$/top/BIO1/Semaine 2</text></category>
  </question>

  <question type="description">
    <name><text>Consignes</text></name>
    <questiontext format="html"><text><![CDATA[<p>Répondez à toutes les questions. Prêts ?</p>]]></text></questiontext>
  </question>

  <question type="multichoice">
    <name><text>Q1</text></name>
    <questiontext format="html">
      <text><![CDATA[<p>Quel organite produit l'essentiel de l'<b>ATP</b> ?</p>]]></text>
    </questiontext>
    <answer fraction="0"><text>Le ribosome</text></answer>
    <answer fraction="100"><text>La mitochondrie</text>
      <feedback><text>La phosphorylation oxydative a lieu sur sa membrane interne.</text></feedback>
    </answer>
  </question>

  <question type="truefalse">
    <name><text>Q2</text></name>
    <questiontext format="html"><text>Les cellules procaryotes ont un noyau.</text></questiontext>
    <answer fraction="100"><text>false</text></answer>
    <answer fraction="0"><text>true</text></answer>
  </question>

  <question type="shortanswer">
    <name><text>Q3</text></name>
    <questiontext format="html"><text><![CDATA[Combien de chromosomes a une cellule <i>humaine</i> diploïde ?]]></text></questiontext>
    <answer fraction="100"><text>46</text></answer>
    <answer fraction="100"><text>quarante-six</text></answer>
  </question>

  <question type="numerical">
    <name><text>Q4</text></name>
    <questiontext format="html"><text>Diamètre moyen d'un globule rouge, en µm ?</text></questiontext>
    <answer fraction="100"><text>7.5</text><tolerance>0.5</tolerance></answer>
  </question>

  <question type="essay">
    <name><text>Q5</text></name>
    <questiontext format="html"><text>Décrivez le cycle de Krebs.</text></questiontext>
    <graderinfo format="html"><text></text></graderinfo>
  </question>

  <question type="multichoice">
    <name><text>Q6</text></name>
    <questiontext format="html"><text>Quelle est la fonction du ribosome ?</text></questiontext>
    <answer fraction="0"><text>La respiration</text></answer>
    <answer fraction="0"><text>La digestion</text></answer>
  </question>
</quiz>
```
"""


def test_each_question_of_the_bank_is_a_card_and_unanswered_ones_are_reported() -> None:
    cards, unanswered = cards_and_unanswered(BANK)
    assert [(line, rule, q, a) for line, rule, q, a in cards] == [
        (
            19,
            "moodle-question",
            "Quel organite produit l'essentiel de l'ATP ?",
            "La mitochondrie\n\nLa phosphorylation oxydative a lieu sur sa membrane interne.",
        ),
        (30, "moodle-question", "Les cellules procaryotes ont un noyau.", "false"),
        (37, "moodle-question", "Combien de chromosomes a une cellule humaine diploïde ?", "46 / quarante-six"),
        (44, "moodle-question", "Diamètre moyen d'un globule rouge, en µm ?", "7.5 ± 0.5"),
    ]
    assert unanswered == [(50, "Décrivez le cycle de Krebs."), (56, "Quelle est la fonction du ribosome ?")]


def test_an_essay_with_grader_information_and_a_matching_question_in_portuguese() -> None:
    text = """\
# Redes — banco

```xml
<quiz>
  <question type="essay">
    <questiontext format="html"><text>Explique o handshake de três vias do TCP.</text></questiontext>
    <graderinfo format="html"><text><![CDATA[<p>SYN, SYN-ACK, ACK.</p><p>O servidor reserva recursos após o SYN.</p>]]></text></graderinfo>
  </question>
  <question type="matching">
    <questiontext format="html"><text>Associe cada protocolo à sua porta.</text></questiontext>
    <subquestion format="html"><text>HTTP</text><answer><text>80</text></answer></subquestion>
    <subquestion format="html"><text>DNS</text><answer><text>53</text></answer></subquestion>
  </question>
</quiz>
```
"""
    cards, unanswered = cards_and_unanswered(text)
    assert [(q, a) for _, rule, q, a in cards if rule == "moodle-question"] == [
        ("Explique o handshake de três vias do TCP.", "SYN, SYN-ACK, ACK.\nO servidor reserva recursos após o SYN."),
        ("Associe cada protocolo à sua porta.", "- HTTP → 80\n- DNS → 53"),
    ]
    assert unanswered == []


def test_other_xml_and_a_bank_that_does_not_parse_are_left_alone() -> None:
    text = """\
# Maven

```xml
<project>
  <modelVersion>4.0.0</modelVersion>
  <question>not a quiz</question>
</project>
```

```xml
<quiz>
  <question type="shortanswer">
    <questiontext><text>Broken bank</text></questiontext>
    <answer fraction="100"><text>yes</answer>
  </question>
</quiz>
```
"""
    cards, unanswered = cards_and_unanswered(text)
    assert not any(rule == "moodle-question" for _, rule, _, _ in cards)
    assert unanswered == []
