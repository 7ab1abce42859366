"""Image derivatives and fixity: what ItemImage.save() derives from the master file."""

import hashlib
from io import BytesIO
from pathlib import PurePosixPath

from django.core.files.base import ContentFile
from PIL import Image, ImageOps

THUMBNAIL_SIZE = (400, 400)


def sha256_of(file) -> str:
    digest = hashlib.sha256()
    file.seek(0)
    for chunk in iter(lambda: file.read(1024 * 1024), b""):
        digest.update(chunk)
    file.seek(0)
    return digest.hexdigest()


def make_thumbnail(file) -> ContentFile:
    file.seek(0)
    with Image.open(file) as img:
        img = ImageOps.exif_transpose(img)
        img.thumbnail(THUMBNAIL_SIZE)
        if img.mode not in ("RGB", "L"):
            img = img.convert("RGB")
        out = BytesIO()
        img.save(out, format="JPEG", quality=82, optimize=True)
    file.seek(0)
    return ContentFile(out.getvalue())


def derive_image_fields(image) -> None:
    """Checksum and thumbnail for a new or replaced master file."""
    field_file = image.image
    if not field_file or (getattr(field_file, "_committed", True) and image.sha256):
        return
    image.sha256 = sha256_of(field_file)
    save_thumbnail(field_file, image.thumbnail)


def save_thumbnail(source, target) -> None:
    """Derive ``target`` (an ImageField's file, not yet saved) from the ``source`` file."""
    stem = PurePosixPath(source.name).stem
    target.save(f"{stem}.jpg", make_thumbnail(source), save=False)
