"""Pictures for the web: read with Pillow (a file that is not a picture is refused), turned
upright by its EXIF orientation, then stored as JPEG at most WEB_SIZE and THUMB_SIZE pixels
on the long side, with no EXIF at all (the camera's GPS location included)."""

import io
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

WEB_SIZE = 1600
THUMB_SIZE = 480
MAX_PIXELS = 60_000_000  # a 60-megapixel photo at most (decompression bombs refused)
QUALITY = 82


@dataclass(frozen=True)
class Resized:
    web: bytes
    thumb: bytes
    width: int
    height: int


def _jpeg(picture: Image.Image, size: int) -> bytes:
    copy = picture.copy()
    copy.thumbnail((size, size), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    copy.save(out, "JPEG", quality=QUALITY, optimize=True, progressive=True)  # no exif= given
    return out.getvalue()


def resize(source: bytes, name: str = "") -> Resized:
    """The web and thumbnail JPEGs of `source`; ValidationError (Thai) when it is no picture."""
    refuse = ValidationError(
        _("“%(name)s” could not be read as a picture. Upload a JPG or PNG photo.")
        % {"name": name or _("The file")}
    )
    try:
        with Image.open(io.BytesIO(source)) as opened:
            if opened.width * opened.height > MAX_PIXELS:
                raise ValidationError(
                    _("“%(name)s” is too large in pixels. Upload a photo of at most 60 megapixels.")
                    % {"name": name or _("The file")}
                )
            if opened.format == "JPEG":
                opened.draft("RGB", (WEB_SIZE * 2, WEB_SIZE * 2))  # decode at a smaller scale
            upright = ImageOps.exif_transpose(opened)
            picture = upright.convert("RGB")
    except ValidationError:
        raise
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as error:
        raise refuse from error
    web = _jpeg(picture, WEB_SIZE)
    with Image.open(io.BytesIO(web)) as stored:
        width, height = stored.size
    return Resized(web=web, thumb=_jpeg(picture, THUMB_SIZE), width=width, height=height)
