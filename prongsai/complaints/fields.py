"""The encrypted text field now lives in prongsai.vault (the outbox uses it too); this name stays
because the complaints migrations import it from here."""

from prongsai.vault.fields import EncryptedTextField

__all__ = ["EncryptedTextField"]
