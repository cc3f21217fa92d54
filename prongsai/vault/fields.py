"""A text field stored encrypted (Fernet); the database only ever sees ciphertext."""

from typing import Any

from django.db import models

from prongsai.vault import crypto


class EncryptedTextField(models.BinaryField):  # type: ignore[type-arg]  # stubs want (set, get) types; this field takes and gives str
    description = "Text encrypted at rest"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("editable", True)
        kwargs.setdefault("default", str)  # a callable: BinaryField refuses a str default
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def from_db_value(self, value: Any, expression: Any, connection: Any) -> str:
        if value is None or len(value) == 0:
            return ""
        return crypto.decrypt(bytes(value)).decode("utf-8")

    def to_python(self, value: Any) -> Any:
        return value

    def get_prep_value(self, value: Any) -> Any:
        if value is None:
            return None
        if isinstance(value, str):
            return crypto.encrypt(value.encode("utf-8"))
        return value

    def value_to_string(self, obj: Any) -> str:
        return "[encrypted]"
