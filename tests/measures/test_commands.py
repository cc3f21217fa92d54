import io

import pytest
from django.core.management import CommandError, call_command

from prongsai.measures.models import Plan
from prongsai.measures.textformat import normalise
from tests.measures.conftest import SEED

pytestmark = pytest.mark.django_db


def run(*args: str) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_import_then_export_txt_twice_is_lossless_and_stable(school, tmp_path):
    run("import_measures", str(SEED), "--agency", school.slug)
    assert Plan.objects.get(agency=school).fiscal_year == 2566  # read from the file
    first = tmp_path / "first.txt"
    run(
        "export_measures",
        "--agency",
        school.slug,
        "--year",
        "2566",
        "--format",
        "txt",
        "--output",
        str(first),
    )
    assert normalise(first.read_text(encoding="utf-8")) == normalise(
        SEED.read_text(encoding="utf-8")
    )
    run("import_measures", str(first), "--agency", school.slug, "--year", "2566", "--replace")
    second = tmp_path / "second.txt"
    run(
        "export_measures",
        "--agency",
        school.slug,
        "--year",
        "2566",
        "--format",
        "txt",
        "--output",
        str(second),
    )
    assert second.read_bytes() == first.read_bytes()


def test_import_refuses_to_overwrite_without_replace(school):
    run("import_measures", str(SEED), "--agency", school.slug)
    with pytest.raises(CommandError, match="2566"):
        run("import_measures", str(SEED), "--agency", school.slug)


def test_a_bad_file_names_the_line_and_saves_nothing(school, tmp_path):
    broken = tmp_path / "broken.txt"
    lines = SEED.read_text(encoding="utf-8").split("\n")
    lines[29] = lines[29].replace("\t", " ", 1)  # line 30 loses a cell
    broken.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(CommandError, match="บรรทัดที่ 30"):
        run("import_measures", str(broken), "--agency", school.slug)
    assert not Plan.objects.exists()


def test_unknown_agency_and_missing_file_are_clear(school, tmp_path):
    with pytest.raises(CommandError, match="ไม่พบหน่วยงาน"):
        run("import_measures", str(SEED), "--agency", "nowhere")
    with pytest.raises(CommandError, match="ไม่พบไฟล์"):
        run("import_measures", str(tmp_path / "none.txt"), "--agency", school.slug)


def test_export_half_year_and_html(school, tmp_path):
    run("import_measures", str(SEED), "--agency", school.slug)
    out = tmp_path / "half.html"
    run(
        "export_measures",
        "--agency",
        school.slug,
        "--year",
        "2566",
        "--format",
        "html",
        "--period",
        "half",
        "--output",
        str(out),
    )
    html = out.read_text(encoding="utf-8")
    assert "รอบ ๖ เดือน" in html
    assert "มาตรการด้านการเปิดเผยข้อมูล" in html
    with pytest.raises(CommandError, match="2570"):
        run(
            "export_measures",
            "--agency",
            school.slug,
            "--year",
            "2570",
            "--format",
            "txt",
            "--output",
            str(out),
        )
