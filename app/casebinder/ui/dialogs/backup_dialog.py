"""Vault ▸ Backups: where the automatic backups go, how often, how many to keep, and the ones there are."""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QWidget,
)

from casebinder import APP_NAME
from casebinder.ui.i18n import phrase_text, shown_moment, shown_number, tr

if TYPE_CHECKING:
    from casebinder.usecases.backups import BackupStatus

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class BackupsDialog(QDialog):
    """The backup settings and the list of copies; Back up now and Restore act on what is shown."""

    def __init__(
        self,
        folder: Path | None,
        keep: int,
        every_hours: int,
        status: "BackupStatus",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("{APP_NAME} — Backups").format(APP_NAME=APP_NAME))
        self.resize(620, 480)
        form = QFormLayout(self)
        intro = QLabel(
            tr(
                "Casebinder copies the whole vault to this folder on a schedule. A USB stick or a "
                "cloud-synced folder is fine: the copies are encrypted, and open with the same passphrase "
                "and recovery key."
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        row = QHBoxLayout()
        self.folder = QLineEdit(str(folder) if folder else "")
        self.folder.setPlaceholderText(tr("Choose a folder, ideally on another drive"))
        self.folder.setAccessibleName(tr("Backup folder"))
        self.folder.setObjectName("backup_folder")
        browse = QPushButton(tr("&Choose…"))
        browse.clicked.connect(self._on_browse_clicked)
        row.addWidget(self.folder)
        row.addWidget(browse)
        form.addRow(tr("Folder"), row)
        self.every = QSpinBox()
        self.every.setRange(1, 24 * 14)
        self.every.setSuffix(tr(" hours"))
        self.every.setValue(every_hours)
        self.every.setAccessibleName(tr("Back up every"))
        form.addRow(tr("Back up every"), self.every)
        self.keep = QSpinBox()
        self.keep.setRange(1, 100)
        self.keep.setSuffix(tr(" newest copies"))
        self.keep.setValue(keep)
        self.keep.setAccessibleName(tr("Keep"))
        form.addRow(tr("Keep"), self.keep)
        self.state = QLabel(phrase_text(status.said()))
        self.state.setObjectName("backup_state")
        self.state.setWordWrap(True)
        form.addRow(self.state)
        self.copies = QListWidget()
        self.copies.setAccessibleName(tr("Backups, newest first"))
        self.copies.setObjectName("backup_list")
        form.addRow(self.copies)
        self.show_status(status)
        actions = QHBoxLayout()
        self.back_up_now = QPushButton(tr("&Back up now"))
        self.back_up_now.setObjectName("back_up_now")
        self.restore = QPushButton(tr("&Restore the selected copy…"))
        self.restore.setObjectName("restore_backup")
        self.restore.setEnabled(False)
        self.copies.currentItemChanged.connect(lambda item, _old: self.restore.setEnabled(item is not None))
        actions.addWidget(self.back_up_now)
        actions.addWidget(self.restore)
        actions.addStretch()
        form.addRow(actions)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def show_status(self, status: "BackupStatus") -> None:
        self.state.setText(phrase_text(status.said()))
        self.copies.clear()
        for copy in status.copies:
            item = QListWidgetItem(
                tr("{taken_at}    {size} MB    {name}").format(
                    taken_at=shown_moment(copy.taken_at),
                    size=shown_number(copy.size / 1e6, 1),
                    name=copy.path.name,
                )
            )
            item.setData(PATH_ROLE, str(copy.path))
            self.copies.addItem(item)

    def chosen_folder(self) -> Path | None:
        text = self.folder.text().strip()
        return Path(text).expanduser() if text else None

    def selected_backup(self) -> Path | None:
        item: QListWidgetItem | None = self.copies.currentItem()  # None when nothing is selected
        return Path(item.data(PATH_ROLE)) if item else None

    def _on_browse_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, tr("Backup folder"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)
