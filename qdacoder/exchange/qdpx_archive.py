"""Reading a .qdpx safely: the ZIP in memory with caps, and the texts of its sources decoded
the way every qdacoder import does.

Design rules (why):
- A .qdpx comes from anywhere. The archive is read from bytes in memory; member names are
  only ever looked up, never used as paths on disk, so a name like ``../../x`` can do no harm
  and needs no refusal. Only the members the project needs are unpacked (project.qde and the
  texts), each capped in size and in how much more it unpacks to than it takes in the archive
  (a ZIP bomb packs gigabytes of zeros into kilobytes), and all of them together are capped.
  Members qdacoder skips (pictures, audio, video, PDF originals) are never unpacked, so a
  project with a large video is not refused for it.
- project.qde is unpacked as a stream (``open``) while it is parsed, never held whole: with two
  million codings it is a gigabyte of XML. Its caps are those of a whole project; the checks
  are made on the sizes the archive declares, which zipfile never lets a member exceed.
- Texts are UTF-8 as REFI requires, with or without a BOM (the BOM is not text and does not
  count); anything else is refused with the byte where it goes wrong, never guessed: a wrong
  guess would shift every position after it.
- Line ends become ``\\n`` as in every qdacoder document; ``qdpx_positions`` maps the
  positions of the file as written to that text.
"""

from __future__ import annotations

import io
import zipfile
import zlib

from qdacoder.exchange.qdpx_common import DAMAGED, NOT_QDPX, TOO_LARGE, QdpxFileError
from qdacoder.importers.archive import keeps_to_size

MAX_MEMBERS = 100_000
MAX_TOTAL = 8 * 1024 * 1024 * 1024  # all unpacked members together
MAX_MEMBER = 200 * 1024 * 1024  # one text
MAX_STREAMED = 6 * 1024 * 1024 * 1024  # project.qde, read as a stream
MAX_RATIO = 200  # deflate reaches ~1000 on zeros; texts and XML stay far below 100
_RATIO_FROM = 1024 * 1024  # tiny members may have odd ratios and cannot hurt


class Archive:
    def __init__(self, data: bytes, file: str) -> None:
        self.file = file
        self.read_total = 0
        self.data = data
        try:
            if not zipfile.is_zipfile(io.BytesIO(data)):
                raise QdpxFileError(NOT_QDPX, file=file)
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            members = self.zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, RuntimeError,
                ValueError, EOFError, OSError):
            raise QdpxFileError(NOT_QDPX, file=file) from None
        if len(members) > MAX_MEMBERS:
            raise QdpxFileError(TOO_LARGE, file=file, limit=MAX_TOTAL // 2**20, member=len(members))
        self.members = {info.filename: info for info in members}
        # Tools differ in the case of file names ("…8F0252BACB30.TXT" for "….txt").
        self.folded = {name.casefold(): info for name, info in reversed(self.members.items())}

    def find(self, name: str) -> zipfile.ZipInfo | None:
        return self.members.get(name) or self.folded.get(name.casefold())

    def read(self, info: zipfile.ZipInfo) -> bytes:
        self._check(info, MAX_MEMBER)
        try:  # zipfile never returns more than the declared size and checks the CRC
            return self.zip.read(info)
        except _DAMAGED:
            raise QdpxFileError(DAMAGED, file=self.file, member=info.filename) from None

    def open(self, info: zipfile.ZipInfo) -> io.RawIOBase:
        """The member as a stream (see the module docstring); reading it raises the same
        ``QdpxFileError`` as ``read`` when it is damaged."""
        self._check(info, MAX_STREAMED)
        try:
            return _Stream(self.zip.open(info), self.file, info.filename)
        except _DAMAGED:
            raise QdpxFileError(DAMAGED, file=self.file, member=info.filename) from None

    def _check(self, info: zipfile.ZipInfo, limit: int) -> None:
        size = info.file_size
        self.read_total += size
        if (size > limit or self.read_total > MAX_TOTAL
                or (size > _RATIO_FROM and size > MAX_RATIO * max(info.compress_size, 1))):
            raise QdpxFileError(TOO_LARGE, file=self.file, limit=MAX_TOTAL // 2**20, member=info.filename)
        try:  # a bzip2 or LZMA member may unpack to far more than its headers say
            lying = not keeps_to_size(self.data, info)
        except ValueError:
            raise QdpxFileError(DAMAGED, file=self.file, member=info.filename) from None
        if lying:
            raise QdpxFileError(TOO_LARGE, file=self.file, limit=MAX_TOTAL // 2**20, member=info.filename)


_DAMAGED = (zipfile.BadZipFile, NotImplementedError, RuntimeError, ValueError, EOFError, OSError, zlib.error)


class _Stream(io.RawIOBase):
    """A member being unpacked, with damage reported as ``QdpxFileError``."""

    def __init__(self, member, file: str, name: str) -> None:
        super().__init__()
        self.member, self.file, self.name = member, file, name

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        try:
            data = self.member.read(len(buffer))
        except _DAMAGED:
            raise QdpxFileError(DAMAGED, file=self.file, member=self.name) from None
        buffer[:len(data)] = data
        return len(data)

    def read(self, size: int = -1) -> bytes:
        try:
            return self.member.read(size)
        except _DAMAGED:
            raise QdpxFileError(DAMAGED, file=self.file, member=self.name) from None


def decode(data: bytes) -> str | int:
    """The text, or the byte offset where it stops being UTF-8."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return error.start
