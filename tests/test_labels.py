"""Every code has its own words; codes shared by two enums never overwrite each other."""

from __future__ import annotations

from collections import Counter

import pytest

from crisisdesk import labels
from crisisdesk.domain.enums import Channel, Decision, DecisionGround, ManifestationKind, PlaceType, Risk, Status
from crisisdesk.i18n import set_language


@pytest.fixture
def english():
    set_language("en")
    yield
    set_language("nl")


def test_no_enum_member_is_labelled_twice():
    keys = Counter((type(member), member.value) for member, _text in labels._LABEL_PAIRS)
    assert [key for key, count in keys.items() if count > 1] == []


@pytest.mark.parametrize("enum", [ManifestationKind, PlaceType, Risk, Status, Decision, DecisionGround, Channel])
def test_every_register_code_has_a_label(enum, english):
    for member in enum:
        assert labels.label(member).strip()  # a KeyError here: a code without words


def test_same_code_in_two_enums_keeps_both_labels(english):
    shared = [
        (member, other)
        for member, _ in labels._LABEL_PAIRS
        for other, _ in labels._LABEL_PAIRS
        if member.value == other.value and type(member) is not type(other)
    ]
    for member, _other in shared:
        assert labels.label(member) == dict((m, t) for m, t in labels._LABEL_PAIRS if type(m) is type(member))[member]
    assert labels.label(Status.WITHDRAWN) == "Withdrawn"


def test_dutch_words_for_the_register(english):
    set_language("nl")
    assert labels.label(Status.WITHDRAWN) == "Ingetrokken"
    assert labels.label(Risk.UNKNOWN) == "Niet in te schatten"
    assert labels.label(ManifestationKind.DEMONSTRATION) == "Betoging"
    assert labels.term_label(False) == "Te laat"
