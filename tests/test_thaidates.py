"""Every date box reads and shows day/month/Buddhist-era year, with a Thai message when wrong."""

import importlib
import pkgutil
from datetime import date

import pytest
from django import forms
from django.utils import translation

import prongsai
from prongsai.thaidates import ThaiDateField


class Sample(forms.Form):
    when = ThaiDateField(label="วันที่")
    maybe = ThaiDateField(label="วันที่อื่น", required=False, help_text="ถ้ามี")


@pytest.mark.parametrize(
    "typed",
    ["25/11/2569", "๒๕/๑๑/๒๕๖๙", "25/11/2026", "25-11-69", "25112569", "25 พ.ย. 2569"],
)
def test_what_people_type_is_read(typed):
    form = Sample(data={"when": typed})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["when"] == date(2026, 11, 25)
    assert form.cleaned_data["maybe"] is None


@pytest.mark.parametrize("typed", ["31/02/2569", "31/04/2569", "29/02/2569", "๓๑/๐๒/๒๕๖๙"])
def test_a_day_that_does_not_exist_is_told_as_such(typed):
    with translation.override("th"):
        form = Sample(data={"when": typed})
        assert not form.is_valid()
        message = form.errors["when"][0]
    assert message == f"ไม่มีวันที่ {typed} ในปฏิทิน กรุณาตรวจสอบวันและเดือน"


@pytest.mark.parametrize("typed", ["11/25/2026", "abc", "2569", "45/13/2569"])
def test_anything_else_gets_a_thai_message_with_the_expected_form(typed):
    with translation.override("th"):
        form = Sample(data={"when": typed})
        assert not form.is_valid()
        message = form.errors["when"][0]
    assert "25/11/2569" in message
    assert "พ.ศ." in message
    assert "Enter a valid date" not in message


def test_the_box_shows_the_buddhist_era_and_is_not_the_browsers_picker():
    with translation.override("th"):
        html = str(Sample(initial={"when": date(2027, 1, 5)})["when"])
        help_text = str(Sample()["maybe"].help_text)
    assert 'value="05/01/2570"' in html
    assert 'type="date"' not in html
    assert 'type="text"' in html
    assert 'inputmode="numeric"' in html
    assert help_text.startswith("ถ้ามี ")
    assert "25/11/2569" in help_text


def test_what_was_typed_wrongly_is_kept():
    html = str(Sample(data={"when": "32/13/2569"})["when"])
    assert 'value="32/13/2569"' in html


def _form_classes():
    for module in pkgutil.walk_packages(prongsai.__path__, "prongsai."):
        if module.name.rsplit(".", 1)[-1].endswith("forms"):
            importlib.import_module(module.name)
    seen, stack = set(), [forms.BaseForm]
    while stack:
        for sub in stack.pop().__subclasses__():
            if sub not in seen:
                seen.add(sub)
                stack.append(sub)
    return [cls for cls in seen if cls.__module__.startswith("prongsai.")]


def test_every_date_field_of_every_form_is_a_thai_date_field():
    plain = [
        f"{cls.__module__}.{cls.__name__}.{name}"
        for cls in _form_classes()
        for name, field in getattr(cls, "base_fields", {}).items()
        if isinstance(field, forms.DateField) and not isinstance(field, ThaiDateField)
    ]
    assert plain == []
    assert len(_form_classes()) > 20  # the walk found the project's forms
