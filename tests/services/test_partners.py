"""The partner registry: seeded once from resources, searched, edited, with contacts."""

from __future__ import annotations

import pytest

from crisisdesk.domain.checklists.records import ContactRecord, PartnerDraft
from crisisdesk.domain.scenarios.rules import Discipline
from crisisdesk.services.errors import ValidationFailed
from crisisdesk.services.checklists.partners import PartnerService, load_seed


@pytest.fixture
def partners(database, fixed_now):
    return PartnerService(database.factory, clock=lambda: fixed_now, user="tester")


def test_seeding_is_idempotent_and_brings_the_utrecht_organisations(partners):
    seed = load_seed()
    assert partners.seed_defaults() == len(seed)
    assert partners.seed_defaults() == 0
    names = {p.name for p in partners.list()}
    for part in ("Politie", "Veiligheidsregio Utrecht", "Openbaar Ministerie", "THOR", "Stadsbedrijven",
                 "Jongerenwerk Utrecht", "Koninklijke Horeca Nederland", "Zorg- en Veiligheidshuis", "RIEC",
                 "Rijkswaterstaat", "ProRail", "NCTV", "Defensie"):
        assert any(part in name for name in names), part
    assert all(not p.contacts for p in partners.list())  # organisations only, no people shipped


def test_a_renamed_seeded_partner_is_not_seeded_again(partners):
    partners.seed_defaults()
    police = partners.match("Politie")[0]
    partners.save(PartnerDraft(name="Politie Utrecht", discipline=Discipline.POLICE), police.id)
    assert partners.seed_defaults() == 0
    assert partners.get(police.id).key == "politie"


def test_add_edit_contacts_and_search(partners):
    partners.seed_defaults()
    created = partners.save(PartnerDraft(
        name="Stichting Evenementenveiligheid", role="Crowd management",
        contacts=(ContactRecord(None, "A. Voorbeeld", "Coördinator", "030-0000000", "06-00000000", "a@example.nl"),),
    ))
    assert created.key == "stichting-evenementenveiligheid" and created.contacts[0].id is not None
    assert [p.id for p in partners.list("coordinator crowd")] == [created.id]  # accents and case ignored
    assert [p.id for p in partners.list("crowd stichting")] == [created.id]
    edited = partners.save(PartnerDraft(
        name=created.name, contacts=(created.contacts[0], ContactRecord(None, "B. Tweede", "Piket")),
    ), created.id)
    assert [c.name for c in edited.contacts] == ["A. Voorbeeld", "B. Tweede"]
    assert edited.contacts[0].id == created.contacts[0].id
    edited = partners.save(PartnerDraft(name=created.name, contacts=(edited.contacts[1],)), created.id)
    assert [c.name for c in edited.contacts] == ["B. Tweede"]


def test_bad_input_is_refused_and_nothing_saved(partners):
    partners.seed_defaults()
    before = len(partners.list())
    for draft in (PartnerDraft(name=" "), PartnerDraft(name="X", email="geen-adres"),
                  PartnerDraft(name="X", contacts=(ContactRecord(None, ""),)), PartnerDraft(name="prorail")):
        with pytest.raises(ValidationFailed):
            partners.save(draft)
    assert len(partners.list()) == before


def test_match_takes_a_unique_part_and_an_exact_name_wins(partners):
    partners.seed_defaults()
    assert [p.key for p in partners.match("Politie")] == ["politie"]
    assert [p.key for p in partners.match("politie midden")] == ["politie"]
    assert len(partners.match("Gemeente Utrecht")) > 1
    assert [p.key for p in partners.match("ProRail")] == ["prorail"]
    assert partners.match("Brandweer Amsterdam") == []


def test_a_stale_save_from_a_second_desk_is_refused_and_loses_nothing(database, fixed_now):
    """Finding 3: desk B saved over desk A's new contact without noticing (last save won)."""
    from dataclasses import replace

    from crisisdesk.services.errors import ConcurrentEdit
    from crisisdesk.services.checklists.partners import draft_from_partner

    desk_a = PartnerService(database.factory, clock=lambda: fixed_now, user="anna")
    desk_b = PartnerService(database.factory, clock=lambda: fixed_now, user="bert")
    created = desk_a.save(PartnerDraft("Stadsbedrijven", contacts=(ContactRecord(None, "Piet", phone="030 111"),)))
    assert created.version == 1
    opened_by_b = desk_b.get(created.id)
    opened_by_a = desk_a.get(created.id)
    with_new_contact = replace(draft_from_partner(opened_by_a), contacts=(*opened_by_a.contacts, ContactRecord(None, "Anna", phone="06 123")))
    saved = desk_a.save(with_new_contact, created.id, expected_version=opened_by_a.version)
    assert saved.version == 2 and saved.updated_by == "anna"  # a change of contacts only is a new version
    stale = replace(draft_from_partner(opened_by_b), phone="030 999")
    with pytest.raises(ConcurrentEdit) as caught:
        desk_b.save(stale, created.id, expected_version=opened_by_b.version)
    assert (caught.value.expected, caught.value.actual) == (1, 2)
    now = desk_b.get(created.id)
    assert [c.name for c in now.contacts] == ["Piet", "Anna"] and now.phone == "" and now.version == 2
    # Overwriting knowingly: B edits the version it has now seen.
    overwritten = desk_b.save(replace(draft_from_partner(now), phone="030 999"), created.id, expected_version=now.version)
    assert overwritten.version == 3 and [c.name for c in overwritten.contacts] == ["Piet", "Anna"]
