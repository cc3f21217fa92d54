"""The child process of `pdf.print_isolated`: HTML on stdin, the PDF on stdout.

`python -m prongsai.exports.print_child <max_pages>`; exit code 3 when the document has more
pages than allowed, 1 on any other failure (the reason on stderr). It starts its own Chromium,
so the parent can kill the whole process group when printing takes too long.
"""

from __future__ import annotations

import sys


def main(argv: list[str]) -> int:
    from prongsai.exports.pdf import PrintRefused, html_to_pdf, shutdown

    max_pages = int(argv[1]) if len(argv) > 1 else None
    html = sys.stdin.buffer.read().decode("utf-8")
    try:
        pdf = html_to_pdf(html, max_pages=max_pages)
    except PrintRefused as refused:
        sys.stderr.write(str(refused))
        return 3
    finally:
        shutdown()
    sys.stdout.buffer.write(pdf)
    sys.stdout.buffer.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
