"""Production start-up rules, checked in a fresh interpreter as a server would start."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

ROOT = Path(__file__).resolve().parent.parent


def manage(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {
        k: v
        for k, v in os.environ.items()
        if k
        not in {
            "SECRET_KEY",
            "DEBUG",
            "ALLOWED_HOSTS",
            "DJANGO_ALLOW_ASYNC_UNSAFE",
            "DJANGO_SETTINGS_MODULE",  # pytest's is the development one; a server's is not
        }
    }
    return subprocess.run(  # noqa: S603 -- fixed argv, no shell
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_production_refuses_to_start_without_secret_key():
    result = manage("check", DEBUG="0", ALLOWED_HOSTS="school.example")
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = manage("check", DEBUG="0", SECRET_KEY="x" * 60)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr


def test_deploy_check_is_clean_in_production_configuration():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DEBUG="0",
        SECRET_KEY="a-long-random-production-secret-" + "k3y" * 20,
        ALLOWED_HOSTS="school.example",
        DATABASE_URL="sqlite:////tmp/prongsai-deploy-check.sqlite3",
        COMPLAINT_KEYS="smvq6xEU-gBbWb2qLmecSR43_JECBtHmcTFRTTtTDac=",
        COMPLAINT_RECEIPT_SALT="receipt-salt-" + "s4lt" * 10,
        EMAIL_HOST="smtp.school.example",
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_deploy_check_refuses_production_without_complaint_keys():
    result = manage(
        "check",
        "--deploy",
        DEBUG="0",
        SECRET_KEY="a-long-random-production-secret-" + "k3y" * 20,
        ALLOWED_HOSTS="school.example",
        DATABASE_URL="sqlite:////tmp/prongsai-deploy-check.sqlite3",
        COMPLAINT_KEYS="",
        COMPLAINT_RECEIPT_SALT="receipt-salt-" + "s4lt" * 10,
    )
    assert result.returncode != 0
    assert "COMPLAINT_KEYS" in result.stdout + result.stderr


def test_secret_may_come_from_a_file(tmp_path):
    secret = tmp_path / "secret"
    secret.write_text("from-a-file-" + "s" * 50 + "\n")
    result = manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.SECRET_KEY)",
        DEBUG="0",
        SECRET_KEY_FILE=str(secret),
        ALLOWED_HOSTS="school.example",
        COMPLAINT_RECEIPT_SALT="receipt-salt-" + "s4lt" * 10,
    )
    assert result.stdout.strip().splitlines()[-1] == "from-a-file-" + "s" * 50


PRODUCTION = {
    "SECRET_KEY": "a-long-random-production-secret-" + "k3y" * 20,
    "ALLOWED_HOSTS": "school.example",
    "DATABASE_URL": "sqlite:////tmp/prongsai-deploy-check.sqlite3",
    "COMPLAINT_KEYS": "smvq6xEU-gBbWb2qLmecSR43_JECBtHmcTFRTTtTDac=",
    "COMPLAINT_RECEIPT_SALT": "receipt-salt-" + "s4lt" * 10,
}


def test_production_is_the_default_and_refuses_the_development_key():
    # DEBUG unset: production settings, so no SECRET_KEY means no start (never the repo's key).
    result = manage("check", ALLOWED_HOSTS="school.example")
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_production_refuses_to_start_without_a_receipt_salt():
    env = {**PRODUCTION, "DEBUG": "0"}
    del env["COMPLAINT_RECEIPT_SALT"]
    result = manage("check", **env)
    assert result.returncode != 0
    assert "COMPLAINT_RECEIPT_SALT" in result.stderr


def test_deploy_check_refuses_a_receipt_salt_equal_to_the_secret_key():
    env = {**PRODUCTION, "DEBUG": "0", "EMAIL_HOST": "smtp.school.example"}
    env["COMPLAINT_RECEIPT_SALT"] = env["SECRET_KEY"]
    result = manage("check", "--deploy", **env)
    assert result.returncode != 0
    assert "prongsai.E002" in result.stdout + result.stderr


def test_production_without_a_mail_server_holds_mail_and_says_so():
    result = manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.EMAIL_HOLD, settings.EMAIL_BACKEND)",
        DEBUG="0",
        **PRODUCTION,
    )
    last_line = result.stdout.strip().splitlines()[-1]
    assert last_line.split() == ["True", "django.core.mail.backends.smtp.EmailBackend"]
    check = manage("check", "--deploy", "--fail-level", "WARNING", DEBUG="0", **PRODUCTION)
    assert check.returncode != 0
    assert "prongsai.W010" in check.stdout + check.stderr


def test_receipts_survive_a_new_secret_key(settings):
    from prongsai.complaints.crypto import receipt_hash

    before = receipt_hash("1234567812345678")
    settings.SECRET_KEY = "a-rotated-secret-key-" + "r" * 40
    assert receipt_hash("1234567812345678") == before


@pytest.mark.django_db
def test_models_and_migrations_agree():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)
