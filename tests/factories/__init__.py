import factory

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency, Membership, Unit
from prongsai.agencies.roles import Role

PASSWORD = "correct-horse-battery"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    first_name = "สมชาย"
    last_name = factory.Sequence(lambda n: f"ทดสอบ{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.com")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def save_password(self, create: bool, extracted: object, **kwargs: object) -> None:
        if create:
            self.save()


class AgencyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Agency

    slug = factory.Sequence(lambda n: f"school-{n}")
    name_th = factory.Sequence(lambda n: f"โรงเรียนทดสอบ {n}")
    name_en = factory.Sequence(lambda n: f"Test School {n}")
    kind = Agency.Kind.SCHOOL


class UnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Unit

    agency = factory.SubFactory(AgencyFactory)
    name_th = factory.Sequence(lambda n: f"งานทดสอบ {n}")
    kind = Unit.Kind.SECTION


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    agency = factory.SubFactory(AgencyFactory)
    role = Role.STAFF


def member(agency: Agency, *roles: str, username: str | None = None) -> User:
    """A user holding the given roles in the agency."""
    user = UserFactory(username=username) if username else UserFactory()
    for role in roles:
        MembershipFactory(user=user, agency=agency, role=role)
    return user
