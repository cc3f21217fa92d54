"""A module states the body limit of its upload URLs in its manifest; the middleware applies it
before the body is read (the asset register's import takes a 5 MB register)."""

from django.urls import reverse

from prongsai.assets.forms import ASSET_IMPORT
from prongsai.uploads.limits import DEFAULT_BODY_LIMIT, MB, body_limit


def test_the_asset_import_takes_the_limit_its_manifest_states():
    path = reverse("assets:staff_import", kwargs={"agency": "our-school"})
    assert body_limit(path) == ASSET_IMPORT.body_limit == 6 * MB
    assert body_limit(path) > DEFAULT_BODY_LIMIT


def test_other_asset_pages_keep_the_default():
    path = reverse("assets:staff_list", kwargs={"agency": "our-school"})
    assert body_limit(path) == DEFAULT_BODY_LIMIT
