<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en_US">
<context>
    <name></name>
    <message>
        <source>{APP_NAME} — Delete?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this milestone and the deadlines it set?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} - appeal packet.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casebinder deadlines.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines written to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a call with a follow-up date first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up listed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the call of {at} with {who}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its timeline lines go too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the record of “{what}” ({date})?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its documents stay in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} — Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the person whose cases you run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds {documents}, {calls} and {lines}. You can undo this until you lock the vault or delete something else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timeline line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the case “{title}” and everything in it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} — Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the case stands now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the contact “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls and letters with them keep what they say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can undo this until you lock the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{kind}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template&apos;s criterion is hidden for this case; Edit brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the criterion “{label}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The insurer&apos;s policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document that is the insurer&apos;s medical policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note each day, even a day without it (severity 0): a day not written down counts as missing. For {symptom}: {hint}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written in the diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the {symptom} entry of {day}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or select a case first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too large to preview here. Use “Save a copy as…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview for this kind of file. Use “Save a copy as…” to open it elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a copy to {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy to {written}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its timeline line and checklist links go with it; costs keep their line without the receipt. You can undo this until you lock the vault or delete something else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the document “{title}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted image {stamp}.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted text {stamp}.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “{title}” as a document of the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is the packet&apos;s first exhibit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the letter as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter was written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the costs as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The costs were written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} — Add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a note on the timeline to delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the note “{title}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {name}: every page and every stored file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} — Your new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed: the recovery key you just kept is the one that opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up to {folder}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {path} and checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} — Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casebinder will lock the vault, check {name} completely, put it in place and open it. The vault as it is now is kept beside it, under a “.replaced-” name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case (with its documents, calls, letters and deadlines) goes into one encrypted file. Choose a passphrase for it and tell it to the caregiver separately, not in the same e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose where to save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the shared case as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared case.casebinder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote {name}: %n document(s). Send its passphrase separately.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A shared case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casebinder files (*.casebinder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} — Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of {name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new: all of it was already here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Received {name}: %n new case(s), the rest matched.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This vault is no longer remembered on this computer: the passphrase will be asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was not remembered on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked. Unlock to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} — Open a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casebinder vaults (*.casebinder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the demo vault: two fictional cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} — Building the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking for the passphrase: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> It has been brought to the front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was replaced: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored. {error}: it opens with the passphrase it had then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault ▸ Backups… to choose the folder and see the copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} — Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casebinder copies the whole vault to this folder on a schedule. A USB stick or a cloud-synced folder is fine: the copies are encrypted, and open with the same passphrase and recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder, ideally on another drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> newest copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore the selected copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{taken_at}    {size} MB    {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} — Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casebinder hit a bug. Your vault is safe: every change is saved as it is made. The report below contains no case data; copy it into a bug report if you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crash report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} — Export a packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibits, in order (drag to reorder; untick to leave one out):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibits in the packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to black out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: names or numbers to black out, separated by ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every match is blacked out in the whole packet; PDF pages with one become pictures, so nothing lies under the box. Start with re: for a pattern (re:\d{3}-\d{2}-\d{4} finds SSN-shaped numbers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burn in the redaction boxes drawn on exhibit pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: protect the packet with a password (AES-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of protected exhibits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used to read them now, never stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out exhibits without their password</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Password of %n protected exhibit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save the packet as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packet is written outside the encrypted vault, where you choose: keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: no packet was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: {out} ({text})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} — User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the guide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} — Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} — Write a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What only you know (kept for this case&apos;s letters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What only you know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the letter still needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redraft from the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the letter again from the case and the fields: your edits are replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter&apos;s text (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it as a document of the case: it joins the packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still blank: {fields}. Fill them in the fields, or in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You edited the text: press Redraft to put the fields in (your edits are replaced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: read it through, then save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} — Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What has happened in the appeal. Deleting one takes away the deadlines it set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No milestone recorded yet (Case ▸ Record a milestone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} — Text of {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text {how}. Search finds these words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} — Check of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{name} is sound.&lt;/b&gt; Every page authenticates, the database is intact, and all {blobs_checked} stored files ({value:.1f} MB) match their checksums.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{name} is damaged.&lt;/b&gt; {len} of {len2} documents can still be read. Restore it from a backup; the damaged file is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable: {title} ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key changes with the passphrase: you will be shown the new one, and the old one stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical history entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. chronic migraine; dermatochalasis of both upper lids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition or diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as on your records, e.g. G43.709</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICD-10 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how it limits daily life; findings and measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect and findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the condition or diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a treatment tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. topiramate 50 mg; physical therapy; eyelid tape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why it stopped: no relief, side effects, contraindicated...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescribed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot stop before it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the treatment&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the dates: it cannot stop before it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed by the plan ($)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by the plan ($)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your share: deductible ($)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your share: copay ($)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your share: coinsurance ($)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your share: not covered ($)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. neurology visit copay; surgery estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who billed: the clinic, the hospital, the lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount ($)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as on the EOB; blank if not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt, bill, EOB or estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed ($)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the cost (what it was for).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the amount in dollars and cents, like 1234.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: write it in dollars and cents, like 80.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1500.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deductible ($)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deductible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 6000.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out-of-pocket maximum ($)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out-of-pocket maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both are in the plan&apos;s summary of benefits and coverage (SBC), for you alone or the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: write it in dollars and cents, like 1500.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the deductible, the out-of-pocket maximum, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the insurer&apos;s policy words it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy: its name, number and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the criterion as the policy says it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What on it meets the criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the document first: there is none in this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Evergreen, Appeals and Grievances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name, if there is one to ask for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where appeals are faxed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separate the lines with ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours, the department to ask for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For every case in this vault (the family&apos;s insurer, a navigator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the organization or the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form or approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a form or approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who it is with or for: the provider, the insurer, the representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With or for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the approval&apos;s reference number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what is approved: e.g. 155 units, 1 procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed form or approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMS-1696 is good for a year from signing, and a Botox authorization for its 12-week cycle: leave Good until empty to have it counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} — Edit the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} — Log a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I called them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They called me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. member services, appeals unit, Dr. Raman&apos;s office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep&apos;s ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask for it on every call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in their words: what, by when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} — Edit the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} — Log a letter, fax or message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent or received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To / from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tracking number, fax confirmation, portal message number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fax number, address or portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time sent or received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enclosed documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} — Document details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: check it against the paper; Save confirms it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} — Edit the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} — New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Eyelid surgery denied as cosmetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded (the most cautious figures apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some deadlines are set by each State (a Medicaid fair hearing window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the patient&apos;s name (a family member you act for, or yourself).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the case a title, such as what was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} — Record a milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It happened or arrived on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice is dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some deadlines count from the date printed on a notice, others from the day it arrived: give both when you have them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change takes effect on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicaid: the day a cut or end of a service takes effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent care (expedited clocks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not legal advice: deadlines are federal baselines. Check your plan documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} — Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-lock minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} — Check the denial letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Checked against {rules}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what your denial letter states.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Not legal advice: check your plan documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step: {next_step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your letter states everything a denial notice must.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Missing, and what that lets you ask for:&lt;/p&gt;&lt;ul&gt;{lines}&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} — Rescue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase or recovery key of {name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stem} (rescued).casebinder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rescued vault as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} — Rescued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything readable was copied into {name}; it verified, and opens with the same passphrase and recovery key. {name2} was not changed.

{lost}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No page opens with that passphrase or recovery key. If it is right, page 1 (which holds the vault&apos;s ID) may be damaged: type the Vault ID from your recovery-key sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} — Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} checked out completely and is now {name2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The damaged vault is kept as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} — Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} — Unlock {stem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescue what is readable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember on this computer (in {name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase or recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something went wrong; see the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use four or more unrelated words, or at least 12 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short: at least {MIN_PASSPHRASE} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a few more words would make it strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>easy to guess; longer is better than clever.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} — Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to {APP_NAME}&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep every paper, call and deadline of a fight with your health insurer in one encrypted vault on this computer. Nothing leaves it; there is no account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start keeping your own case, or a family member&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open an existing vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .casebinder file you already have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explore the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A caregiver&apos;s two fictional cases, to look around.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;small&gt;Casebinder is not legal advice: check your plan documents.&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} — Create a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember on this computer — unavailable: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong; see the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} — Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Your new passphrase gives a new recovery key.&lt;/b&gt; The passphrase changes only once you confirm you kept this key; then the old key stops working. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the only time this key is shown.&lt;/b&gt; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It opens your vault if you forget your passphrase. Print it or save it as a PDF, and keep it somewhere safe — not on this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault ID: {vault_id} — not secret; keep it with the key (it helps rescue a damaged vault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the key; the clipboard is cleared after a minute if it still holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;I have printed or saved my recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} — Skip the recovery key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not confirmed that you kept your recovery key, and it will not be shown again. Without it, a forgotten passphrase means this vault can never be opened.

Continue without it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># {APP_NAME} recovery key

Vault: **{vault_name}**

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key opens the vault if the passphrase is forgotten. Keep it somewhere safe. If you change the passphrase, a new recovery key replaces this one.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Vault ID: `{vault_id}` (not secret: it helps rescue a damaged vault)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in a minute: paste it somewhere safe now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} recovery key - {vault_name}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}. Print it, or copy it to a USB stick kept apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} — PDF password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}
{value}.

Password (used to read it, never stored):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %n item(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing: {done} of {total} stored — {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{imported} imported, {duplicates} already here, {len} refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (cancelled: the rest was not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical &amp;&amp; costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts &amp;&amp; forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search everything (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked. Not legal advice: check your plan documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appeal rules data has problems; deadlines may be incomplete:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} — Open another vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other vault opened here yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a &amp;packet (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;deadlines to a calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste as document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit the case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the &amp;stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete the case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a &amp;call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up &amp;done (the selected call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a &amp;letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write a letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected n&amp;ote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a &amp;milestone (denial, appeal, decision)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;ilestones…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the denial le&amp;tter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget it on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open another vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent &amp;vaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a &amp;new vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bac&amp;kups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rescue a damaged vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share this case with a caregiver…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rece&amp;ive a shared case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a &amp;debug log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About {APP_NAME}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {days} d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}
Next: {label}, {day} ({when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No case yet&lt;/h3&gt;Create one with Case ▸ New case (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>From your call log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a milestone (Case ▸ Record a milestone) to see the deadlines it sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2 style=&apos;margin:0&apos;&gt;{escape}&lt;/h2&gt;&lt;table&gt;&lt;tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I don&apos;t know: the earliest deadlines of any plan are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading the words of %n scan(s) and photo(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The words of %n scan(s) and photo(s) are searchable now.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo: delete {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {describe}. Edit ▸ Undo (Ctrl+Z) puts it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{app}: %n due within {days} days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{APP_NAME} — Debug log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME} now writes a debug log to
{path}

It records what the app does and how long it takes, never names, dates, notes or file contents. Attach it to a bug report; turn it off in the Help menu when you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {APP_NAME}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;{APP_NAME} {version__}&lt;/h3&gt;&lt;p&gt;Keeps every paper, call and deadline of a fight with a health insurer in one encrypted vault on this computer. Nothing leaves it: no account, no network.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Not legal advice.&lt;/b&gt; Check your plan documents; deadlines cite their sources.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value:.1f} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{max} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped you doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicine taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent / received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (every case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address, e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} (a year from signing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renew soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the previewer gave no page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault was locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this lane has stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the documents the checklist suggests for the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlink its documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a document to link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a document to link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link to the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the document chosen on the right to the checklist item selected on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (double-click or drag one onto an item):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not legal advice: insurers&apos; criteria vary. Check your plan&apos;s medical policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{round}% complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggested: {suggested}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPIRED on {day}: get a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires on {day}: renew it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms and approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a form or approval…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative forms, HIPAA authorizations, CMS-1696 (a year from signing), powers of attorney and prior authorizations: each warns in Next steps before it lapses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free help in your State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the case&apos;s State (Case ▸ Edit the case) to see its insurance department and free help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No public help is recorded for {state} yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public data checked {day}; numbers change, so check before you rely on one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria and their evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a criterion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The insurer&apos;s policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which document is the insurer&apos;s own medical policy: the packet and the appeal cite it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worded as in the insurer&apos;s policy: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No policy document recorded: import the insurer&apos;s medical policy, then choose it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{met} of {count} criteria met. Link each to the page that meets it; word them as the insurer&apos;s own policy does (Edit), and add what its policy asks that is not here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No criteria for this procedure yet: add the insurer&apos;s, from its medical policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, page {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}”{page}{note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Rule {id}: {source} (effective {effective})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Not legal advice: check your plan documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming deadlines and follow-ups across all your cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Missed: mark it done in the Calls tab when it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Days with the symptom, per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month}: {present} days with it, {free} without, {missing} not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No diary entries yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> /10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity, 0 (none that day) to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0: none that day (a day written down); 10: the worst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many hours it lasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it stopped you doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ 4 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months of the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptom shown in the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last six months of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(missing days have no entry: they are not counted as free of it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a condition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatments tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a treatment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a cost…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan limits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s deductible and out-of-pocket maximum for a year, to see how far you have gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billed &lt;b&gt;{amount}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan paid &lt;b&gt;{amount}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your share &lt;b&gt;{amount}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you paid &lt;b&gt;{amount}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimates &lt;b&gt;{amount}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deductible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out-of-pocket maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: &lt;b&gt;{reached}&lt;/b&gt; of {limit} ({percent}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All my cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same list for every case: for a caregiver running several</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, and what settles it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to another day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link a document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What to do next, and by when&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do right now. Record a denial (Case ▸ Record a milestone) to see your deadlines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a document to preview it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw redaction boxes (drag over the page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the redaction boxes on this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be shown here: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} Use “Save a copy as…” to open it elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {value} of {page_count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter {lower}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the words are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ ↓ to move, Enter to open (a document at the page where the words are), Esc to go back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} result{value} for “{escape}”&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No matches for “{escape}”&lt;/b&gt;: try fewer words, or a word&apos;s start with *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (p. {page})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rowCount} events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — double-click to open the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;&lt;small&gt;{when} · {label}{link}&lt;/small&gt;&lt;p&gt;{detail}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthorizationKind</name>
    <message>
        <source>Authorized-representative form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HIPAA authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMS-1696 (Medicare appointment of representative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prior authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-authorization</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistStatus</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactRole</name>
    <message>
        <source>Insurer: appeals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurer: member services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurer: utilization management (prior authorization)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurer representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider (doctor, clinic, hospital)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider billing office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrespondenceMethod</name>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostKind</name>
    <message>
        <source>Billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid out of pocket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EOB line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateSource</name>
    <message>
        <source>Given by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the letter&apos;s date line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the e-mail&apos;s Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the photo (EXIF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the file name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineStatus</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <source>Denial letter or EOB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurer letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter of medical necessity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt or invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy or benefits booklet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prior-authorization request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicalKind</name>
    <message>
        <source>Medical history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestoneKind</name>
    <message>
        <source>Prior authorization requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prior-authorization decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denial received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External review requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External review decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint filed with the regulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked to extend ongoing treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan asked for more information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent the information the plan asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan said it needs more time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denial upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denial overturned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacketSection</name>
    <message>
        <source>Cover sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index with page numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatments tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanType</name>
    <message>
        <source>ACA individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer (fully insured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer self-funded (ERISA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicare A/B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicare Advantage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicare Part D (drug plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You bought it yourself: HealthCare.gov, a State marketplace or an insurer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through a job; an insurance company carries the risk (it is on the card).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through a job, and the employer pays the claims; an insurer only runs them. Ask HR: &quot;is our plan self-funded?&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original Medicare: the red, white and blue card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private plan instead of Original Medicare (Part C), often a network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Medicare drug plan: for a medication the plan will not cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your State&apos;s Medicaid, or a Medicaid managed-care plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else (TRICARE, VA, a student plan...): the private-insurance rules are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure? The earliest deadlines of any plan type are shown until you set it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Service</name>
    <message>
        <source>Before the care (pre-service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the care (post-service, a claim)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Medicare Part B drug</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Pre authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal appeal 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal appeal 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulator complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial determination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redetermination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconsideration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALJ hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeals council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Federal court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization determination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan reconsideration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independent review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State fair hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage determination</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreatmentKind</name>
    <message>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsState</name>
    <message>
        <source>Alabama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alaska</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arizona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arkansas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>California</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colorado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecticut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delaware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District of Columbia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Florida</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hawaii</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idaho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illinois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iowa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kansas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kentucky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Louisiana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maryland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Massachusetts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Michigan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minnesota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mississippi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missouri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Montana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nebraska</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nevada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Hampshire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Jersey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Mexico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New York</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North Carolina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North Dakota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ohio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oklahoma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oregon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pennsylvania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rhode Island</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South Carolina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South Dakota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tennessee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vermont</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virginia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Washington</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>West Virginia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wisconsin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wyoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northern Mariana Islands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U.S. Virgin Islands</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data</name>
    <message>
        <source>The pages of your benefits booklet or Evidence of Coverage that cover this service (exclusions and their exceptions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The insurer&apos;s medical (clinical) policy for this procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prior-authorization request your doctor sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A letter of medical necessity from your doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevant clinical notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A written estimate of your costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The denial letter or EOB you are appealing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your appeal letter (what you ask for, the claim or authorization number, why the denial is wrong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A letter of medical necessity from your doctor answering the denial&apos;s reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevant clinical records and test results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the cheaper treatments tried and why they failed (step therapy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your request for the claim file (free: everything the insurer relied on, including its criteria)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof you sent it (fax confirmation, tracking number, portal receipt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An authorized-representative form signed by the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The final internal denial (the letter that ended the plan&apos;s appeal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The external review (or hearing) request form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you sent in the internal appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An updated letter of medical necessity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof you sent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your complaint, with a timeline of what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every denial letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your call log with reference numbers (Casebinder&apos;s packet includes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of what you sent and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper-eyelid blepharoplasty / ptosis repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visual field test with lids taped and untaped, showing the gain in the superior field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External photographs, front and side, showing the lid margin at or near the pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor&apos;s note of your complaints (reading, driving, head tilting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visual field test with the lids taped and untaped, showing the upper field regained when taped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photographs from the front (and the side) showing the lids over the lashes or the pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints of the lids blocking vision (reading, driving) recorded by the doctor and in a diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Botox for cervical dystonia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis of cervical dystonia by a neurologist or movement-disorder specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity scale (e.g. TWSTRS) and how symptoms limit daily life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response to earlier injections, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis of cervical dystonia by a neurologist (or another specialist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sustained neck muscle contractions, an abnormal head position and pain, recorded over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity measured on a scale (for example TWSTRS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Botox for severe primary axillary hyperhidrosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topical treatments tried (e.g. prescription aluminium chloride) and failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity documented (HDSS score or gravimetric test) and its effect on daily life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dermatologist&apos;s diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis of severe primary axillary hyperhidrosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topical treatment (for example aluminum chloride) tried and failed or not tolerated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the sweating disrupts daily life, recorded over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Botox (onabotulinumtoxinA) for chronic migraine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headache diary showing 15 or more headache days a month (8 or more with migraine features) for at least 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least two preventive drug classes tried (about 60 days each) and failed or not tolerated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis of chronic migraine by the treating neurologist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If coverage is refused in the end: the manufacturer&apos;s savings or assistance program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headache on 15 or more days a month, for at least 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headaches lasting 4 hours a day or longer on those days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features of migraine on 8 or more days a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least two preventive drug classes tried, about 60 days each, failed or not tolerated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduction mammaplasty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months of neck, back or shoulder pain, grooving or rashes, documented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conservative treatment tried and failed (physical therapy, support garments, medication)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned tissue removal against the body-surface (Schnur) table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neck, back or shoulder pain, grooving or rashes for at least 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conservative treatment tried and failed (physical therapy, supportive bras, pain medicine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned tissue removal meeting the body-surface table (for example the Schnur scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconstruction after mastectomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of the mastectomy the plan covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your letter citing the Women&apos;s Health and Cancer Rights Act: reconstruction, symmetry surgery and prostheses must be covered — a &apos;cosmetic&apos; denial is itself the error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The surgeon&apos;s reconstruction plan (including surgery on the other breast for symmetry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mastectomy, documented (operative or pathology report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The surgeon&apos;s plan: reconstruction, symmetry surgery on the other breast, prostheses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconstruction after trauma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records of the injury (emergency care, imaging)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentation of the functional loss the surgery corrects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records of the injury (emergency, operative or imaging reports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss of function the reconstruction restores, documented by the doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Septoplasty / functional rhinoplasty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documented nasal obstruction symptoms and how long they have lasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trial of medical therapy (e.g. nasal steroids for about 4 weeks) that failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam (endoscopy) or imaging showing the deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nasal obstruction symptoms (blocked breathing, mouth breathing, poor sleep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trial of medical therapy (for example nasal steroids for about 4 weeks) that failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exam or imaging showing the deviated septum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private insurance (ACA individual, employer insured, employer self-funded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prior authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second internal appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint to the regulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan missed its deadline. Under the claims-procedure rules a plan that does not follow them is treated as having denied the claim (deemed exhaustion): you may go straight to external review, and for employer plans to court. Say so in writing, citing 29 CFR 2560.503-1(l) and 45 CFR 147.136(b)(2)(ii)(F).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan decided after its deadline. A plan that does not follow the claims-procedure rules is treated as having denied the claim, unless the lapse was minor, caused you no harm, had good cause or was beyond the plan&apos;s control and came in an ongoing good-faith exchange (the de minimis exception): you may treat the internal appeal as exhausted and go to external review, and for employer plans to court. Keep the dates as proof.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original Medicare (Parts A and B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial determination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redetermination (Medicare contractor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconsideration (QIC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALJ hearing (OMHA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicare Appeals Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Federal district court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reviewer missed its deadline. At the QIC, ALJ and Council levels you may ask to escalate the appeal to the next level instead of waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contractor decided after its deadline. While it was late you could have asked to move the appeal to the next level (escalation); its decision now stands, and the next window counts from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicare Advantage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization determination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan reconsideration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independent review entity (IRE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan missed its deadline: it must forward your case to the independent review entity. Call 1-800-MEDICARE or complain to the plan and CMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan decided after its deadline. A plan that misses its reconsideration deadline must send your case to the Independent Review Entity itself; if it did not, ask it to in writing and tell 1-800-MEDICARE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicare Part D (prescription drugs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage determination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redetermination by the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independent Review Entity (IRE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALJ hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan missed its deadline. That counts as a denial, and the plan must send your request to the Independent Review Entity within 24 hours; ask it to in writing and tell 1-800-MEDICARE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan decided after its deadline; it should have sent your request to the Independent Review Entity when its time ran out. Tell 1-800-MEDICARE, and keep the dates as proof.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicaid managed care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State fair hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan missed its deadline: you are deemed to have exhausted the plan&apos;s appeal and may ask for a state fair hearing now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan decided after its deadline. A plan that misses the appeal deadline is treated as having upheld its denial: you may go straight to a State fair hearing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan decides an urgent prior authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An urgent request must be decided within 72 hours of the plan getting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the plan needs more information it must say so within 24 hours; it then decides within 48 hours of getting your answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan tells you if the urgent request is missing anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If an urgent request is incomplete, the plan must say what is missing within 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the information the plan asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have at least 48 hours to send what the urgent request lacked; send it sooner if you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan must give you at least 48 hours; its notice may give more. Counted from when you got the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan decides the urgent request after getting the information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once the plan has your answer, it decides within 48 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>48 hours from the earlier of the plan getting the information or the end of the time it gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan decides the urgent request to extend ongoing treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked at least 24 hours before approved treatment ends, an urgent extension is decided within 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when you asked at least 24 hours before the approved treatment ends; a later request is decided on the 72-hour urgent clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan decides the request to extend ongoing treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request to extend treatment that is not urgent is decided like a new prior authorization, within 15 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan decides the prior authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prior authorization that is not urgent is decided within 15 days of the plan getting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan may extend once by 15 days, with a notice before the first 15 days end saying why and when it expects to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan decides the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A claim for care already received is decided within 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan may extend once by 15 days, with a notice before the first 30 days end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File the internal appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have 180 days from getting the denial to appeal to the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from the day you received the denial. Your plan may allow longer; never less for group health plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File the second-level internal appeal (check your plan&apos;s deadline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer plans may have a second level; its window is in the plan&apos;s decision letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regulation does not fix this window; 60 days is a common plan term and a cautious default. Your decision letter must state the real one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan decides the urgent appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An urgent appeal is decided within 72 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may ask for expedited external review now, alongside the urgent appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With an urgent appeal you need not wait for the plan: you may ask for expedited external review at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: shown for as long as the urgent appeal&apos;s own 72-hour clock runs. After an upheld decision, the usual external review deadline applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan decides the pre-service appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pre-service appeal is decided within 30 days of the plan getting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan decides this level of the pre-service appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With two levels, each level of a pre-service appeal is decided within 15 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With two levels, each level has half the time: 15 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan decides the post-service appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A post-service appeal is decided within 60 days of the plan getting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan decides this level of the post-service appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With two levels, each level of a post-service appeal is decided within 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With two levels, each level has half the time: 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request external review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the plan&apos;s final denial you have four months to ask for an independent review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four months from receipt of the final internal denial; if that date does not exist, the first day of the fifth month; if it falls on a Saturday, Sunday or federal holiday, the next day that is none of them. A State external review process must allow at least four months too (45 CFR 147.136(c); NAIC Model Act §8), so four months is safe under both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan finishes the preliminary review of your external review request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within 5 business days the plan checks that your request can go to an independent reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan tells you in writing whether the request is complete and eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One business day after the preliminary review, the plan must tell you its result in writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 business day after the preliminary review, which has 5: at most 6 business days after your request. If something is missing, you may complete it within the four months or within 48 hours of the notice, whichever is later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External reviewer decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The independent reviewer decides within 45 days of getting the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External reviewer decides the expedited review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An expedited external review is decided within 72 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request a redetermination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have 120 days from getting the Medicare Summary Notice or denial to ask for a redetermination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>120 calendar days from receipt of the notice; receipt is presumed 5 days after the date on the notice unless there is evidence otherwise. Medicare&apos;s rules do not move a deadline that falls on a weekend or holiday, so the date shown is not moved later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contractor decides the redetermination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Medicare contractor decides within 60 days of getting your request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request a reconsideration (QIC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have 180 days from getting the redetermination to ask the QIC for a reconsideration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicare&apos;s rules do not move a deadline that falls on a weekend or holiday, so the date shown is not moved later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QIC decides the reconsideration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QIC decides within 60 days of getting your request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request an ALJ hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have 60 days from getting the QIC&apos;s decision to ask for a hearing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount still in dispute must be at least $200 for requests filed in 2026 (CMS-4209-N, 90 FR 55869, December 4, 2025). Medicare&apos;s rules do not move a deadline that falls on a weekend or holiday, so the date shown is not moved later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALJ decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The judge decides within 90 days of getting a timely request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request Medicare Appeals Council review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have 60 days from getting the ALJ&apos;s decision to ask the Council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Council decides within 90 days of getting the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File in federal district court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have 60 days from getting the Council&apos;s decision to go to court.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount still in dispute must be at least $1,960 for cases filed in 2026 (CMS-4209-N, 90 FR 55869, December 4, 2025). Medicare&apos;s rules do not move a deadline that falls on a weekend or holiday, so the date shown is not moved later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan decides the coverage request (organization determination)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before 2026, a standard request for a service was decided within 14 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan decides the prior authorization (organization determination)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From 2026, a standard prior authorization is decided within 7 days of the plan getting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan may extend by up to 14 days if you ask or it shows it needs more information and that the delay is in your interest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan decides the expedited request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An expedited request is decided within 72 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan decides the Part B drug request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A standard request for a Part B drug is decided within 72 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan decides the expedited Part B drug request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An expedited request for a Part B drug is decided within 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan decides the payment request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request to pay for care already received is decided within 60 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the plan for a reconsideration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before 2025 you had 60 days from getting the notice to ask the plan to reconsider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have 65 days from the date on the notice to ask the plan to reconsider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>65 calendar days from the date ON the notice (not the day it arrived): CMS extended the window from 60 days effective January 1, 2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan decides the expedited reconsideration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An expedited reconsideration is decided within 72 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan decides the reconsideration (service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A standard reconsideration for a service is decided within 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan decides the reconsideration (payment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A standard reconsideration of a payment is decided within 60 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan decides the reconsideration (Part B drug)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A standard reconsideration for a Part B drug is decided within 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have 60 days from getting the independent reviewer&apos;s decision to ask for a hearing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan that upholds its denial must send the case to the IRE itself (42 CFR 422.592); the ALJ step follows the IRE&apos;s decision. The amount still in dispute must be at least $200 in 2026 (90 FR 55869). Medicare&apos;s rules do not move a deadline that falls on a weekend or holiday, so the date shown is not moved later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan decides the drug coverage request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A standard request for a drug is decided within 72 hours of the plan getting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For an exception request, the 72 hours count from the plan getting your prescriber&apos;s supporting statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan decides the expedited drug coverage request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An expedited request for a drug is decided within 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan decides the request to pay you back for a drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request to be paid back for a drug is decided within 14 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the plan for a redetermination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have 60 days from the date on the notice to ask the drug plan to look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from the date ON the notice. Medicare Advantage moved to 65 days in 2025 (42 CFR 422.582(b)); sources differ on whether Part D did too, so the earlier figure, 60 days, is shown. If your notice gives 65, you still have until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan decides the redetermination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A standard redetermination of a drug request is decided within 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan decides the redetermination of a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A redetermination of a payment request is decided within 14 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan decides the expedited redetermination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An expedited redetermination is decided within 72 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the Independent Review Entity for a reconsideration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have 60 days from the date of the plan&apos;s redetermination to ask the IRE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from the date of the redetermination notice. Unlike Medicare Advantage, a Part D plan does not send your case on by itself: you must ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IRE decides the reconsideration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IRE decides a standard drug request within 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IRE decides the reconsideration of a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IRE decides a payment request within 14 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IRE decides the expedited reconsideration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IRE decides an expedited request within 72 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have 60 days from getting the IRE&apos;s decision to ask for a hearing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount still in dispute must be at least $200 in 2026 (90 FR 55869). Medicare&apos;s rules do not move a deadline that falls on a weekend or holiday, so the date shown is not moved later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The judge decides a standard request within 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALJ decides the expedited hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An expedited hearing is decided within 10 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Council decides within 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount still in dispute must be at least $1,960 in 2026 (90 FR 55869). Medicare&apos;s rules do not move a deadline that falls on a weekend or holiday, so the date shown is not moved later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File the plan appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have 60 days from the date on the notice to appeal to the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>60 calendar days from the date ON the notice of adverse benefit determination, not the day it arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal within 10 days (or before the change takes effect) to keep the service during the appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To keep getting a service the plan is cutting or ending while you appeal, appeal and ask for it to continue by this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when an authorized service is being reduced, suspended or ended. The later of 10 days from the notice being sent (its date) and the day the change takes effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan decides the appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan decides a standard appeal within 30 days of getting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan may extend by up to 14 days if you ask, or if it shows it needs more information and the delay is in your interest; it must tell you in writing within 2 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan decides the expedited appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An expedited appeal is decided within 72 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request a State fair hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the plan&apos;s appeal decision, you may ask the State for a fair hearing; the State sets the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from the date of the plan&apos;s notice of appeal resolution. Each State sets between 90 and 120 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File an internal appeal with the plan within 180 days of receiving the denial; after its final denial, ask for external review within four months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The specific reason for the denial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask in writing for the specific reason; a notice without one does not meet the rules and may let you treat the claim as denied and move on (deemed exhaustion).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan provision the denial is based on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the exact plan provision, and request the plan document itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What additional information would change the decision, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask what information they need to approve it; send it with your appeal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a medical-necessity or experimental denial: the scientific or clinical judgment, or an offer to provide it free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the clinical rationale and the criteria (medical policy) applied, free of charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any internal rule, guideline or protocol relied on, or an offer to provide it free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the guideline or criteria used, free of charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to appeal, and the time limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the appeal procedure and deadline, the notice is defective: note it in your appeal; deadlines may not be enforceable against you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your right to external review and how to ask for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the external review process; your state&apos;s consumer assistance program can help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact for your state&apos;s consumer assistance program or ombudsman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find your State&apos;s consumer assistance program or insurance department and ask them for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enough to identify the claim: date of service, provider, amount, and that diagnosis and treatment codes are available on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the diagnosis and treatment codes and their meanings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For employer (ERISA) plans: your right to sue under ERISA section 502(a) after the appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice must state your right to bring a civil action; note the omission in your appeal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the plan for a reconsideration within 65 days of the date on the notice (72 hours if your health can&apos;t wait: ask for a fast appeal). If the plan upholds its denial it must send your case to the Independent Review Entity itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The specific reasons for the denial, in plain language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the plan in writing for the specific reasons; a notice without them is defective, and say so in your reconsideration request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your right to a reconsideration, and the deadline to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You still have the right: ask for a reconsideration within 65 days of the notice&apos;s date, and point out the omission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How standard and expedited (fast) reconsideration work, and how to ask for a fast one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call 1-800-MEDICARE to ask how to file; a doctor&apos;s statement that waiting could seriously harm you gets a 72-hour decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the CMS notice form (Notice of Denial of Medical Coverage or Payment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan must use the CMS-approved notice: note that it did not when you ask for the reconsideration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for a redetermination within 120 days of receiving the Medicare Summary Notice (receipt is presumed 5 days after its date), using the form or the steps on the notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reasons for the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the Medicare contractor named on the notice for the reason, and for the Medicare policy applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to get more information about the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call 1-800-MEDICARE or the contractor on the notice and ask for the claim file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your right to a redetermination, how to ask and the 120-day limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You still have 120 days from receiving the notice to ask for a redetermination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the drug plan for a redetermination within 60 days of the date on the notice (ask for a fast one if waiting could harm you); your prescriber can ask for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The specific reasons for the denial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the plan in writing for its reasons and the coverage rule it applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your right to a redetermination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You still have the right: ask for a redetermination, and point out the omission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How standard and expedited redetermination work, and how to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call 1-800-MEDICARE to ask how to file; a prescriber&apos;s statement that waiting could seriously harm you gets a 72-hour decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File the plan appeal within 60 days of the date on the notice; to keep a service the plan is cutting while you appeal, file within 10 days of the notice or before the change takes effect. After the plan&apos;s decision you may ask for a State fair hearing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision and the reasons for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the plan in writing for its reasons; a notice without them is defective.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your right to free copies of everything the plan used to decide, including its criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for your case file and the criteria used, free of charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your right to appeal to the plan, and to a State fair hearing afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You still have 60 days from the notice&apos;s date to appeal; say the notice left this out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the plan&apos;s member services how to file, and file in writing as well as by phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When an appeal can be expedited, and how to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If waiting could seriously harm you, ask for an expedited appeal: it is decided within 72 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your right to keep the service during the appeal, how to ask, and when you might have to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To keep a service being cut or ended, appeal within 10 days of the notice (or before the change takes effect) and ask for it to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find out your plan type (your card, the plan documents, HR or the plan&apos;s member services). Until you know it, file an appeal within 60 days of the notice&apos;s date: the shortest time any plan type gives (42 CFR 438.402(c)(2)(ii); 42 CFR 423.582(b)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the State&apos;s statutory consumer health insurance office (215 ILCS 134/90)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the regulator&apos;s Managed Health Care Bureau; 1-855-4-ASK-OSI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the regulator&apos;s managed-care ombudsman (HMO and PPO plans)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the regulator&apos;s own consumer protection hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicaid State fair hearing window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s appeal decision must state your State&apos;s window: if it gives more time, you have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Botox for chronic migraine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Botox for hyperhidrosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconstruction after mastectomy (WHCRA)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>The plan type is not known, so 60 days is used: the shortest time to file an appeal of any plan type (Medicaid managed care, 42 CFR 438.402(c)(2)(ii); Medicare Part D, 42 CFR 423.582(b)). It may be later for your plan: set the plan type to see its own date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date on the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day it was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the presumed day of receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{period} from {which}, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{basis}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>because the case has no State recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: the State sets {low} to {high} {unit}; {default} is used {where}, the most cautious figure ({source}). {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The date printed on the notice was not entered, so this counts from the day it arrived, which can be later than the law counts. Enter the notice&apos;s date to be sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day it arrived was not entered, so this counts from the date on the notice: the earlier, safe date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Receipt is presumed %n day(s) after the notice&apos;s date unless shown otherwise: it arrived earlier, so that day counts.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No time of day was entered, so the clock starts at the beginning of that day, the earliest it can have started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state} sets {figure} {unit} ({source}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended by {period} from {due} by the plan&apos;s notice of {notice} ({source}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Receipt is presumed %n day(s) after the notice&apos;s date unless shown otherwise (the day it arrived, which is later, would need proof).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receipt is presumed %n day(s) after the notice&apos;s date unless shown otherwise.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The plan&apos;s extension notice of {notice} came after this deadline, so it does not extend it ({source}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the change takes effect was not entered: if it is later, that day is yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change takes effect on {day}, which is later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder {folder} does not exist: choose an existing folder (nothing was written or created)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full: {destination} was not written (nothing was left behind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write into {parent}: the folder is read-only or not yours; choose another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than {max_pages} pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image larger than {max_megapixels} megapixels ({megapixels})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged image: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged image (page {page}): {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no picture of this kind of file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than {megabytes} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no text: install Tesseract to read text in photos and scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable e-mail message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs more than {memory_mb} MB of memory to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged file: its structure nests without end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password-protected PDF: give its password to import it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong password for this PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged PDF: {structure}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged PDF: a compressed stream expands beyond {limit} MB (decompression bomb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no words to read in this kind of file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged image: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable by PDFium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file ({strerror})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it became a link after it was chosen: not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file crashed the reader (exit code {code}); it is probably damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs more than {memory_mb} MB of memory to read (the reader was stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read the file ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file reader could not start (exit code {exitcode})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took longer than {seconds} s to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reader did not start within {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page could not be drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this PDF cannot be read to redact it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot show it: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this PDF cannot be read to redact it (it needs its password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page {page} could not be drawn to redact it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this PDF needs its password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the appeal rules data is invalid: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link to {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link to the folder {target}: choose the folder itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link inside a folder: not followed (import its target itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file (a pipe, a device or a socket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link to a file that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a linked folder inside a folder: not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{some} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} ({stage})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (decided late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (filed late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {plan_type} plan has at most {allowed} internal appeal level(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage: {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline — {who} {rule}{state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the milestone “{kind}” of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stage!r} is not a stage of a {plan_type} case (choose from {choices})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the day it happened or arrived (--on), the date printed on the notice (--dated) or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notice is dated {dated}, after the day it arrived ({on}): check the two dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurer or reviewer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice dated {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day received not entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>takes effect {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up on call with {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} ({source})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an authorization cannot end before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document {document_id} is not part of case {case_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No backups yet: choose a folder for them (Vault ▸ Backups…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder {folder} is not there (a drive unplugged?): no backup was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n minute(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n hour(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised: {promised}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the call of {at} with {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a call cannot last a negative number of minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call with {who} (ref {ref})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call from {who} (ref {ref})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call with {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call from {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that call has no follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no case with id {case_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no person named {person_name!r}; add them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no item {item_id!r} in the {stage} checklist (items: {ids})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no checklist for stage {stage!r} (choose from {choices})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a contact needs a name or an organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contact “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact {contact_id} is not one of case {case_id}&apos;s (casebinder contact list --case {case_id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent {how}: {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent {how} to {whom}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent {how}: {subject} to {whom}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received {how}: {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received {how} from {whom}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received {how}: {subject} from {whom}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the letter “{subject}” of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proof: {proof}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof: {proof}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no criterion {key!r} in case {case_id} (choose from {choices})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a criterion needs its wording (as the insurer&apos;s policy says it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the criterion “{label}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” has {count} page(s): there is no page {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no evidence link {link_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo document {name} was refused: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown notice element(s): {unknown} (choose from {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a diary entry needs the symptom (for example: headache)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity goes from 0 (none that day) to 10 (the worst), not {severity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a day has 24 hours: {hours} is not a duration for one day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a diary entry is for a day that has come: {day} is ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {symptom} entry of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--months goes from 1 to 60, not {months}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{destination} is a folder; give a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Received e-mail: {subject} from {sender}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same bytes as a document of another case: linked here, stored once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in this case; to change its date or title: doc edit {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no letter template {id!r}; there are: {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a letter has no field {names} to set; these are written by you: {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the letter still has blank required fields: {fields}. Fill them in (in the letter&apos;s form, or in the text over each [missing: …]) and save again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the letter is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this letter, word for word, is already saved (document {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the letter could not be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a medical history entry needs the condition or diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an amount: {text!r} (write it like 1234.50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} is not a plan year (write it like 2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a treatment needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a treatment cannot end before it started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cost needs a description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an amount cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed, plan paid and the patient&apos;s share are figures of an EOB line (kind eob)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan allowed more than was billed: check the amounts on the EOB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan&apos;s payment and the patient&apos;s share add up to more than was billed: check the EOB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document you have may be it: check it and accept the suggestion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the doctor&apos;s office for it, then import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import it when you have it, or mark it not applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back if what was promised has not happened; mark it done, or move it to a new date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for a new one now (a signed form, or the doctor&apos;s request for a re-authorization), then record it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} ({party})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew before it lapses: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({source})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The insurer is late: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was good until {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is good until {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no note with id {note_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown section(s) {unknown} (choose from {choices})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{out} is a folder; give a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document(s) {missing} are not part of case {case_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no documents are linked to the {stage} checklist yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exhibit {number} could not be redacted ({reason}); nothing was written. Leave it out of the packet or redact it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exhibit {number}, “{title}”, is password-protected: give its password, or leave it out (--skip-locked; in the app, “Leave out exhibits without their password”). Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} {text!r} is not a date like 2026-03-14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} {text!r} is not a date-time like 2026-03-14T10:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown {what}: {text!r} (choose from {choices})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown State: {text!r} (choose from a two-letter code such as CA, NY, DC or PR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name!r} is already in this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no {record} with id {record_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the redaction box on page {page} of “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page {page} is not a page of this document (pages {pages})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a box is given in fractions of the page, each from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the box is too small to cover anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--redact needs some text (or re: and a pattern)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--redact {term!r} is not a pattern Casebinder can read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type at least one word to search for</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timeline line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medical history record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n treatment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cost(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checklist link(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checklist mark(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enclosure(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{what}, with {listed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reader gave no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enclosed: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enclosed: {title} (dated {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter received {date}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter sent {date}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice: {title} (dated {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged: its first page (which holds the vault&apos;s ID) fails its check, but your passphrase is right. Rescue what is readable (Vault ▸ Rescue, or “casebinder vault rescue”), or restore the newest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose at least one case to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the share file did not verify: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase is needed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} is not a vault ID (it looks like 8-4-4-4-12 letters and digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong passphrase for the share file {share_file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} already exists: choose another name, or a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backup cannot replace the vault it is a copy of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backup at {backup_path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup and the vault to restore are the same file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong passphrase or recovery key for the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup {path} is damaged, so nothing was replaced: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup did not verify, so it was not kept: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} appeared while the backup was written; nothing was replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} already exists; nothing was replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{translated}: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file changed while it was being imported; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stored bytes with id {blob_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored bytes {blob_id} are missing part {seq}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged: it was truncated (its size is not a whole number of pages). Run “casebinder vault verify” to see what can still be read, and restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong passphrase or recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is an empty file, not a Casebinder vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is an unencrypted SQLite database, not a Casebinder vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is too short to be a Casebinder vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged: the key is right but the database inside cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no vault at {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a Casebinder vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no vault at {path}: {parent} is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read: permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged: the key is right but page {page} fails its integrity check. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remember this vault: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remember this vault: the keychain is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remember this vault: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file is not a Casebinder vault (unknown key-derivation profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vault_path} has {links} names on this disk (hard links). Opening it through more than one name would damage it: remove the other links (or copy the file) and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this vault is open in another running copy of Casebinder{who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{out} already exists: choose another name for the rescued vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no page of this vault opens with that passphrase or recovery key. If they are right, page 1&apos;s vault ID may be damaged: give the vault ID from your recovery-key sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rescued copy did not verify: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page 1 of {damaged}, which holds the vault&apos;s table of contents, is damaged: nothing can be read through it. Restore the newest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this encrypted database is not a Casebinder vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this vault was made by a newer Casebinder (schema {found}); this copy reads up to {known}. Install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk holding {path} is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged ({original}). Run “casebinder vault verify” to see what can still be read, and restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk holding {path} failed to read or write ({original}); if it is a USB stick or a network drive, check that it is still connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be written: the file or its folder is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a passphrase needs at least {minimum} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk holding {path} is too full to change the passphrase: it needs about {needed} MB free and has {free} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged ({message}). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists; choose another name or open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the confirmed recovery key is not the new passphrase&apos;s: nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} appeared meanwhile; choose another name or open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error}: the passphrase was not changed, and the vault still opens with your current passphrase and recovery key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
