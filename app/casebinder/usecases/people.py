"""The people whose cases are run: the user, or the family members a caregiver looks after."""

import datetime as dt

from sqlalchemy import func
from sqlmodel import Session, col, select

from casebinder.domain.models import Person
from casebinder.errors import InvalidInput
from casebinder.usecases.changes import Changes
from casebinder.usecases.parse import require_text
from casebinder.usecases.records import detached
from casebinder.usecases.registry import command, query
from casebinder.vault import Vault


@command("person.add")
def add_person(
    vault: Vault, name: str, *, relationship: str = "", date_of_birth: dt.date | None = None
) -> Changes:
    name = require_text(name, "a person's name")
    with vault.transaction() as session:
        if find_person(session, name) is not None:
            raise InvalidInput("{name!r} is already in this vault", name=name)
        person = Person(name=name, relationship=relationship.strip(), date_of_birth=date_of_birth)
        session.add(person)
        return Changes(person=True, record=detached(session, person))


def vault_owner(session: Session, patient: Person) -> Person | None:
    """The vault's owner (the person marked "self") when ``patient`` is someone they care for: who sends a
    caregiver's letters and packets. None when the patient is the owner or no owner is recorded."""
    if patient.relationship.strip().lower() in ("", "self", "me"):
        return None
    owner = session.exec(select(Person).where(col(Person.relationship).in_(("self", "Self", "me")))).first()
    return owner if owner is not None and owner.id != patient.id else None


def find_person(session: Session, name: str) -> Person | None:
    return session.exec(select(Person).where(func.lower(Person.name) == name.strip().lower())).first()


@query("person.list")
def list_people(vault: Vault) -> list[Person]:
    with vault.session() as session:
        return list(session.exec(select(Person).order_by(Person.name)))
