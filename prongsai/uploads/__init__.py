"""Upload limits and checks (finding 7 of issue 10): the largest body each URL accepts
(`limits`, enforced by `middleware.UploadLimitMiddleware` before the body is read), each kind
of file's size, count and allowed contents (`limits.UploadKind`), contents checked by their
bytes rather than their name, and DOCX/XLSX unpacked only within a size and ratio cap
(`checks`). See docs/security.md."""
