"""What the plan import takes: a .xlsx or .csv sheet of at most 5 MB."""

from prongsai.uploads.limits import MB, UploadKind

PLAN_IMPORT = UploadKind(5 * MB, 1, ("text", "xlsx"), ".xlsx, .csv")
