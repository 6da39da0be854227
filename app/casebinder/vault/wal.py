"""Reading a write-ahead log's frame headers, to tell a damaged log from a healthy one.

SQLite recovers a WAL by replaying frames until the first whose checksum fails, and silently ignores every
frame after it, committed or not: by design, since a torn last write looks just like that. So damage in the
middle of a log left by a crash drops committed changes without a word. Casebinder keeps committed data out
of the log (a checkpoint after every import and on close) and, when a crash did leave a log, reads it here
first: frames of this log's generation (same salts) that follow a bad checksum and end in a commit are
changes that were committed and will be lost. The page data is ciphertext; only SQLite's frame headers and
checksums are read (https://www.sqlite.org/fileformat2.html#walformat).
"""

import struct
from dataclasses import dataclass
from pathlib import Path

_HEADER = 32
_FRAME_HEADER = 24
_MAGIC = (0x377F0682, 0x377F0683)


@dataclass(frozen=True)
class WalState:
    frames: int  # whole frames in the file
    valid: int  # frames SQLite replays (up to the last commit before the first bad checksum)
    lost_frames: int  # frames of this log's generation after a bad checksum
    lost_commits: int  # committed transactions among them: changes SQLite will drop
    header_ok: bool = True

    @property
    def damaged(self) -> bool:
        return not self.header_ok or self.lost_commits > 0

    def describe(self) -> str:
        if not self.header_ok:
            return "the write-ahead log's header is damaged: every change still in it is lost"
        if self.lost_commits:
            return (
                f"{self.lost_commits} committed change(s) after frame {self.valid} of the write-ahead log "
                "fail "
                "their checksums and cannot be recovered"
            )
        return f"{self.valid} of {self.frames} frames replay cleanly"


def _checksum(data: bytes, big_endian: bool, s0: int = 0, s1: int = 0) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def read_wal(path: Path) -> WalState | None:
    """The state of the log at ``path``; None when there is none (or it is empty: nothing to lose)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    if len(data) < _HEADER:
        return None if not data else WalState(0, 0, 0, 0, header_ok=False)
    magic, _version, page_size, _sequence, salt1, salt2, c1, c2 = struct.unpack(">8I", data[:_HEADER])
    big_endian = magic == _MAGIC[1]
    if magic not in _MAGIC or _checksum(data[:24], big_endian) != (c1, c2) or page_size < 512:
        return WalState(0, 0, 0, 0, header_ok=False)
    frame_size = _FRAME_HEADER + page_size
    frames = (len(data) - _HEADER) // frame_size
    s0, s1 = c1, c2
    valid = last_commit = 0
    bad_at: int | None = None
    lost_frames = lost_commits = 0
    for index in range(frames):
        start = _HEADER + index * frame_size
        head = data[start : start + _FRAME_HEADER]
        _page, commit_size, f_salt1, f_salt2, f1, f2 = struct.unpack(">6I", head)
        if (f_salt1, f_salt2) != (salt1, salt2):
            if bad_at is None:
                break  # an older generation's frames: the log ends here, cleanly
            continue
        if bad_at is None:
            s0, s1 = _checksum(head[:8], big_endian, s0, s1)
            s0, s1 = _checksum(data[start + _FRAME_HEADER : start + frame_size], big_endian, s0, s1)
            if (s0, s1) == (f1, f2):
                if commit_size:
                    last_commit = index + 1
                continue
            bad_at = index
        lost_frames += 1
        lost_commits += bool(commit_size)
    valid = last_commit
    return WalState(frames, valid, lost_frames, lost_commits)
