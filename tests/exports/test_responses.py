"""One Content-Disposition for every download (exports.responses.file_response)."""

from prongsai.exports.responses import CONTENT_TYPES, Rendered, file_response


def test_a_thai_file_name_is_sent_as_rfc_5987() -> None:
    response = file_response(Rendered(b"x", CONTENT_TYPES["xlsx"], "สถิติ 2568.xlsx"))
    header = response["Content-Disposition"]
    assert header.startswith("attachment; ")
    assert "filename*=utf-8''%E0%B8%AA" in header


def test_a_quote_in_a_name_cannot_break_the_header() -> None:
    response = file_response(Rendered(b"x", CONTENT_TYPES["csv"], 'a"b.csv'), inline=False)
    assert response["Content-Disposition"] == 'attachment; filename="a\\"b.csv"'


def test_pdf_and_text_show_in_the_browser_unless_asked_otherwise() -> None:
    pdf = Rendered(b"%PDF", CONTENT_TYPES["pdf"], "report.pdf")
    assert file_response(pdf)["Content-Disposition"] == 'inline; filename="report.pdf"'
    assert file_response(pdf, inline=False)["Content-Disposition"].startswith("attachment")
    assert file_response(pdf).content == b"%PDF"
