"""Which generated page answers an OIT item: the modules' manifests declare the Thai title
words of the items their pages answer (`agencies.evidence.key_for_title`)."""

from prongsai.agencies.evidence import key_for_title


def generator_for_title(title: str) -> str:
    return key_for_title(title)
