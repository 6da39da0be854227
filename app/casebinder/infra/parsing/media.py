"""What a file is, from its first bytes (names lie; fax machines and phones name files badly)."""

import mimetypes

_MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"%PDF-", 0, "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"II*\x00", 0, "image/tiff"),
    (b"MM\x00*", 0, "image/tiff"),
    (b"GIF8", 0, "image/gif"),
)
_HEIF_BRANDS = (b"heic", b"heix", b"heim", b"heis", b"mif1", b"msf1", b"hevc", b"avif")
_EMAIL_HEADERS = (
    b"from:",
    b"to:",
    b"subject:",
    b"date:",
    b"received:",
    b"message-id:",
    b"mime-version:",
    b"return-path:",
    b"delivered-to:",
)


def sniff(head: bytes, name: str) -> str:
    """The media type of a file from its first 4 KiB and its name."""
    for magic, offset, media_type in _MAGIC:
        if head[offset : offset + len(magic)] == magic:
            return media_type
    if b"%PDF-" in head[:1024]:  # PDFs with junk before the header still open in every reader
        return "application/pdf"
    if head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS:
        return "image/heic"
    if _looks_like_email(head, name):
        return "message/rfc822"
    if _looks_like_text(head):
        return "text/plain"
    guessed, _ = mimetypes.guess_type(name)
    return guessed or "application/octet-stream"


def _looks_like_email(head: bytes, name: str) -> bool:
    if name.lower().endswith(".eml"):
        return True
    first_lines = head.lower().split(b"\n", 8)[:8]
    return sum(line.startswith(_EMAIL_HEADERS) for line in first_lines) >= 2


def _looks_like_text(head: bytes) -> bool:
    if not head or b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(head) - 4:  # a multi-byte character cut at the end of the sample is fine
            return False
    return True


_heif_registered = False


def register_heif() -> None:
    """Let Pillow open HEIC/HEIF (phone photos), once per process."""
    global _heif_registered
    if _heif_registered:
        return
    try:
        from pillow_heif import register_heif_opener

        register_heif_opener()
    except ImportError:  # HEIC photos are then refused as unreadable images, with a reason
        pass
    _heif_registered = True
