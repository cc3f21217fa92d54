"""What the news pages accept as uploads (checked by content, `uploads.check_upload`)."""

from django.utils.translation import gettext_lazy as _

from prongsai.uploads.limits import MB, UploadKind

NEWS_IMAGE = UploadKind(10 * MB, 1, ("jpeg", "png"), _("a JPG or PNG photo"))
NEWS_ATTACHMENT = UploadKind(20 * MB, 1, ("pdf", "docx", "xlsx"), "PDF, Word (DOCX), Excel (XLSX)")
