"""The declarative base of every table, and how enums are stored."""

from __future__ import annotations

from enum import Enum as PyEnum

from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import DeclarativeBase


def code_enum(enum_cls: type[PyEnum]) -> SAEnum:
    """An enum stored as its code (VARCHAR), portable and readable in the database."""
    return SAEnum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda cls: [member.value for member in cls],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    pass
