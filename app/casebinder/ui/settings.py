"""The app's settings, each declared once with its type and default (after Picard's config).

Stored with QSettings as an INI file in the platform's config folder (``CASEBINDER_HOME`` moves it, for tests
and portable use). Only paths and preferences live here, never case data.
"""

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from casebinder.infra.paths import config_dir


class Settings:
    def __init__(self, path: Path | None = None) -> None:
        path = path or config_dir() / "settings.ini"
        path.parent.mkdir(parents=True, exist_ok=True)
        self._store = QSettings(str(path), QSettings.Format.IniFormat)

    def _get(self, key: str, default: str) -> str:
        value = self._store.value(key, default)
        return str(value) if value is not None else default

    def _get_int(self, key: str, default: int) -> int:
        try:
            return int(str(self._store.value(key, default)))
        except (TypeError, ValueError):
            return default

    @property
    def last_vault(self) -> Path | None:
        value = self._get("vault/last", "")
        return Path(value) if value else None

    @last_vault.setter
    def last_vault(self, path: Path | None) -> None:
        self._store.setValue("vault/last", str(path) if path else "")

    RECENT = 6

    @property
    def recent_vaults(self) -> list[Path]:
        """The vaults opened here, the latest first (Vault ▸ Recent vaults): a caregiver's, a parent's own."""
        value = self._store.value("vault/recent", [])
        paths: list[object] = (
            [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []
        )
        return [Path(str(path)) for path in paths if str(path)]

    def remember_recent(self, path: Path) -> None:
        paths = [path, *(p for p in self.recent_vaults if p != path)][: self.RECENT]
        self._store.setValue("vault/recent", [str(p) for p in paths])

    @property
    def auto_lock_minutes(self) -> int:
        """Lock after this many idle minutes; 0 turns auto-lock off."""
        return self._get_int("security/auto_lock_minutes", 10)

    @auto_lock_minutes.setter
    def auto_lock_minutes(self, minutes: int) -> None:
        self._store.setValue("security/auto_lock_minutes", int(minutes))

    @property
    def backup_folder(self) -> Path | None:
        """Where automatic backups go (a USB stick, a cloud folder: they are ciphertext); None: not chosen."""
        value = self._get("backup/folder", "")
        return Path(value) if value else None

    @backup_folder.setter
    def backup_folder(self, folder: Path | None) -> None:
        self._store.setValue("backup/folder", str(folder) if folder else "")

    @property
    def backup_keep(self) -> int:
        return max(1, self._get_int("backup/keep", 10))

    @backup_keep.setter
    def backup_keep(self, count: int) -> None:
        self._store.setValue("backup/keep", int(count))

    @property
    def backup_every_hours(self) -> int:
        return max(1, self._get_int("backup/every_hours", 24))

    @backup_every_hours.setter
    def backup_every_hours(self, hours: int) -> None:
        self._store.setValue("backup/every_hours", int(hours))

    @property
    def window_geometry(self) -> QByteArray:
        value = self._store.value("window/geometry", QByteArray())
        return value if isinstance(value, QByteArray) else QByteArray()

    @window_geometry.setter
    def window_geometry(self, geometry: QByteArray) -> None:
        self._store.setValue("window/geometry", geometry)

    @property
    def remind_days(self) -> int:
        """Desktop notifications and calendar reminders this many days before a deadline."""
        return self._get_int("reminders/days_before", 7)

    @remind_days.setter
    def remind_days(self, days: int) -> None:
        self._store.setValue("reminders/days_before", int(days))

    def place(self, vault: Path) -> tuple[int | None, int, int | None]:
        """Where the user was in this vault: the case, the tab, the selected document (ids only)."""
        key = _place_key(vault)
        case = self._store.value(f"{key}/case")
        document = self._store.value(f"{key}/document")
        return (
            int(case) if case not in (None, "") else None,
            self._get_int(f"{key}/tab", 0),
            int(document) if document not in (None, "") else None,
        )

    def set_place(self, vault: Path, case_id: int | None, tab: int, document_id: int | None) -> None:
        key = _place_key(vault)
        self._store.setValue(f"{key}/case", "" if case_id is None else case_id)
        self._store.setValue(f"{key}/tab", int(tab))
        self._store.setValue(f"{key}/document", "" if document_id is None else document_id)

    def column_widths(self, table: str) -> list[int]:
        """A table's column widths as the user left them (empty: fitted to their text)."""
        value = self._store.value(f"columns/{table}", "")
        try:
            return [int(part) for part in str(value).split(",") if part.strip()]
        except ValueError:
            return []

    def set_column_widths(self, table: str, widths: list[int]) -> None:
        self._store.setValue(f"columns/{table}", ",".join(str(int(w)) for w in widths))

    @property
    def theme(self) -> str:
        """system (the desktop's look), light or dark."""
        value = str(self._store.value("appearance/theme", "system"))
        return value if value in ("system", "light", "dark") else "system"

    @theme.setter
    def theme(self, theme: str) -> None:
        self._store.setValue("appearance/theme", theme)

    @property
    def paper(self) -> str:
        """Letter in the US and Canada, A4 elsewhere (from the system locale), unless chosen."""
        from PySide6.QtCore import QLocale

        country = QLocale.system().territory()
        default = "letter" if country in (QLocale.Country.UnitedStates, QLocale.Country.Canada) else "a4"
        return self._get("export/paper", default)

    @property
    def debug_log(self) -> bool:
        """Write the redacted log to a file (Help ▸ Write a debug log); off unless the user turns it on."""
        return str(self._store.value("diagnostics/debug_log", "false")).lower() == "true"

    @debug_log.setter
    def debug_log(self, enabled: bool) -> None:
        self._store.setValue("diagnostics/debug_log", "true" if enabled else "false")

    def sync(self) -> None:
        self._store.sync()


def _place_key(vault: Path) -> str:
    """A key per vault that does not spell its path out (the settings file already names the last one)."""
    import hashlib

    return "place/" + hashlib.sha256(str(vault.expanduser().resolve()).encode()).hexdigest()[:16]
