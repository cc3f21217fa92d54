"""Encryption at rest shared by every app: the Fernet keys (COMPLAINT_KEYS) and a text field
stored encrypted. It imports no app of this project, so any app (complaints, the outbox) can use it.
"""
