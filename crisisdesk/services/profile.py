"""The municipality's profile, kept in the database's settings so a team shares it."""

from __future__ import annotations

import json

from sqlalchemy.orm import Session, sessionmaker

from crisisdesk.domain.documents.profile import MunicipalityProfile
from crisisdesk.services.settings import read_setting, write_setting

PROFILE = "municipality_profile"


def read_profile(session: Session) -> MunicipalityProfile:
    """The stored profile; an empty one when none was set (letters then say what is missing)."""
    text = read_setting(session, PROFILE)
    if not text:
        return MunicipalityProfile()
    try:
        return MunicipalityProfile.from_json(json.loads(text))
    except (ValueError, TypeError, AttributeError):
        return MunicipalityProfile()


def write_profile(session: Session, profile: MunicipalityProfile) -> None:
    write_setting(session, PROFILE, json.dumps(profile.to_json(), ensure_ascii=False))


def document_author(factory: sessionmaker) -> str:
    """Who a PDF says wrote it: the municipality and department (never the OS login)."""
    with factory() as session:
        return read_profile(session).author


class ProfileService:
    def __init__(self, factory: sessionmaker) -> None:
        self._factory = factory

    def get(self) -> MunicipalityProfile:
        with self._factory() as session:
            return read_profile(session)

    def save(self, profile: MunicipalityProfile) -> None:
        with self._factory.begin() as session:
            write_profile(session, profile)
