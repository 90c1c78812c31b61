"""The registry pass (attribution/parsing/registry/build.py): build_registry over every sentence."""

from __future__ import annotations

from attribution.parsing import languages
from attribution.parsing.document import Document
from attribution.parsing.registry.build import build_registry
from attribution.parsing.text import share_tokens

from .helpers import registered


def test_a_surname_alone_later_counts_as_the_same_person():
    text = "Health Minister Karen Obi said the wards would reopen. Obi said staff were ready."
    people = registered(text)
    assert list(people) == ["Karen Obi"]
    assert len(people["Karen Obi"].positions) == 2 and people["Karen Obi"].is_person


def test_a_capitalised_place_alone_is_no_person():
    people = registered("Rescuers reached Harwick before dawn, the coastguard said.")
    assert all(e.name != "Harwick" or not e.is_person for e in people.values())


def test_scripts_without_case_find_names_after_titles():
    people = registered("विदेश मंत्री सर्गेई लावरोव ने कहा कि बातचीत जारी रहेगी।", "hi")
    assert list(people) == ["सर्गेई लावरोव"]
    assert people["सर्गेई लावरोव"].titles == {"foreign_minister"}


def test_build_registry_can_be_run_again_on_a_document():
    text = "Mayor Lena Ortiz opened the bridge. Ortiz said it was safe."
    try:
        doc = Document(text, languages.get("en"))
        again = build_registry(doc.text, doc.lang, doc.paras)
        assert [e.name for e in again.entities] == [e.name for e in doc.registry.entities] == ["Lena Ortiz"]
    finally:
        share_tokens(None)
