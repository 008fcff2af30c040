<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AttentionAction</name>
    <message>
        <source>Revoke certificate…</source>
        <translation>Zertifikat widerrufen…</translation>
    </message>
    <message>
        <source>Delete them from the device</source>
        <translation>Beide vom Gerät löschen</translation>
    </message>
    <message>
        <source>Delete it from the device</source>
        <translation>Vom Gerät löschen</translation>
    </message>
    <message>
        <source>Put the device back</source>
        <translation>Gerät zurückversetzen</translation>
    </message>
    <message>
        <source>Recover again</source>
        <translation>Erneut wiederherstellen</translation>
    </message>
    <message>
        <source>Done by hand…</source>
        <translation>Von Hand erledigt…</translation>
    </message>
    <message>
        <source>The station cannot do this itself: %1 Then mark it done by hand.</source>
        <translation>Die Station kann das nicht selbst tun: %1 Markieren Sie es dann als von Hand erledigt.</translation>
    </message>
    <message>
        <source>done by hand</source>
        <translation>von Hand erledigt</translation>
    </message>
    <message>
        <source>done by hand: %1</source>
        <translation>von Hand erledigt: %1</translation>
    </message>
    <message>
        <source>certificate %1 revoked (revoke job %2)</source>
        <translation>Zertifikat %1 widerrufen (Widerrufsauftrag %2)</translation>
    </message>
    <message>
        <source>Foundry no longer knows certificate %1, so nothing was left to revoke</source>
        <translation>Foundry kennt Zertifikat %1 nicht mehr, es blieb also nichts zu widerrufen</translation>
    </message>
    <message>
        <source>Certificate %1 is not revoked: %2 The item stays open; try again.</source>
        <translation>Zertifikat %1 ist nicht widerrufen: %2 Der Eintrag bleibt offen; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The device on %1 is in a lane on the bench, which holds its port. Provision it again into slot %2 there, which replaces what it holds, then mark this done by hand.</source>
        <translation>Das Gerät an %1 ist in einem Kanal des Arbeitsplatzes, der seinen Port belegt. Provisionieren Sie es dort erneut in Slot %2, was seinen Inhalt ersetzt, und markieren Sie dies dann als von Hand erledigt.</translation>
    </message>
    <message>
        <source>deleted from slot %1 on %2 by the station</source>
        <translation>von der Station aus Slot %1 an %2 gelöscht</translation>
    </message>
    <message>
        <source>The device is not on %1 (%2). Plug it in there and try again, or provision it again into slot %3 on any port, which replaces what it holds, and mark this done by hand.</source>
        <translation>Das Gerät ist nicht an %1 (%2). Stecken Sie es dort ein und versuchen Sie es erneut, oder provisionieren Sie es an einem beliebigen Port erneut in Slot %3, was seinen Inhalt ersetzt, und markieren Sie dies als von Hand erledigt.</translation>
    </message>
    <message>
        <source>The device on %1 did not delete it (%2: %3). Try again, or provision it again into slot %4, which replaces what it holds, and mark this done by hand.</source>
        <translation>Das Gerät an %1 hat es nicht gelöscht (%2: %3). Versuchen Sie es erneut, oder provisionieren Sie es erneut in Slot %4, was seinen Inhalt ersetzt, und markieren Sie dies als von Hand erledigt.</translation>
    </message>
    <message>
        <source>The device on %1 is in a lane on the bench, which holds its port. Restart the device, then mark this done by hand.</source>
        <translation>Das Gerät an %1 ist in einem Kanal des Arbeitsplatzes, der seinen Port belegt. Starten Sie das Gerät neu und markieren Sie dies dann als von Hand erledigt.</translation>
    </message>
    <message>
        <source>The device on %1 was not put back (%2: %3). Restart the device, or send %4 to it, then mark this done by hand.</source>
        <translation>Das Gerät an %1 wurde nicht zurückversetzt (%2: %3). Starten Sie das Gerät neu oder senden Sie %4 an es, und markieren Sie dies dann als von Hand erledigt.</translation>
    </message>
    <message>
        <source>the station sent %1 to the device on %2, which took it</source>
        <translation>die Station hat %1 an das Gerät an %2 gesendet, das es angenommen hat</translation>
    </message>
    <message>
        <source>It is done (%1), but the journal could not record it: %2</source>
        <translation>Es ist erledigt (%1), aber das Journal konnte es nicht aufzeichnen: %2</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Erledigt: %1.</translation>
    </message>
    <message>
        <source>The station could not read from the journal how the job spoke to the device: %1 Check that the journal can be reached, then try again; the item stays open.</source>
        <translation>Die Station konnte im Journal nicht lesen, wie der Auftrag mit dem Gerät gesprochen hat: %1 Stellen Sie sicher, dass das Journal erreichbar ist, und versuchen Sie es dann erneut; der Eintrag bleibt offen.</translation>
    </message>
    <message>
        <source>The station did not touch the device on %1: %2. Look at the device by hand, then mark this done by hand.</source>
        <translation>Die Station hat das Gerät an %1 nicht angefasst: %2. Prüfen Sie das Gerät von Hand und markieren Sie dies dann als von Hand erledigt.</translation>
    </message>
    <message>
        <source>The device was at station %1; this station cannot reach it. Do it at %1, then mark it done by hand.</source>
        <translation>Das Gerät war an Station %1; diese Station kann es nicht erreichen. Erledigen Sie es an %1 und markieren Sie es dann als von Hand erledigt.</translation>
    </message>
</context>
<context>
    <name>AttentionPanel</name>
    <message>
        <source>Needs &amp;attention</source>
        <translation>Braucht Au&amp;fmerksamkeit</translation>
    </message>
    <message>
        <source>Jobs that need attention</source>
        <translation>Aufträge, die Aufmerksamkeit brauchen</translation>
    </message>
    <message>
        <source>Jobs that ended leaving something for a person; Alt+A goes to the list</source>
        <translation>Aufträge, die etwas für einen Menschen hinterlassen haben; Alt+F führt zur Liste</translation>
    </message>
    <message>
        <source>Items jobs left for a person</source>
        <translation>Einträge, die Aufträge für einen Menschen hinterlassen haben</translation>
    </message>
    <message>
        <source>Each item says what a job left behind; choose one, then the button that finishes it</source>
        <translation>Jeder Eintrag sagt, was ein Auftrag hinterlassen hat; wählen Sie einen, dann den Knopf, der ihn erledigt</translation>
    </message>
    <message>
        <source>Finish the chosen item</source>
        <translation>Den gewählten Eintrag erledigen</translation>
    </message>
    <message>
        <source>Does what the chosen item asks: revoke its certificate, delete it from the device, put the device back, or recover again</source>
        <translation>Tut, was der gewählte Eintrag verlangt: sein Zertifikat widerrufen, es vom Gerät löschen, das Gerät zurückversetzen oder erneut wiederherstellen</translation>
    </message>
    <message>
        <source>Mark the chosen item done by hand</source>
        <translation>Den gewählten Eintrag als von Hand erledigt markieren</translation>
    </message>
    <message>
        <source>Asks what you did and records the chosen item as done, with your name, in the journal</source>
        <translation>Fragt, was Sie getan haben, und hält den gewählten Eintrag mit Ihrem Namen im Journal als erledigt fest</translation>
    </message>
    <message>
        <source>What became of the last item</source>
        <translation>Was aus dem letzten Eintrag wurde</translation>
    </message>
    <message>
        <source>Done by hand</source>
        <translation>Von Hand erledigt</translation>
    </message>
    <message>
        <source>What did you do? It goes into the journal with your name.

%1</source>
        <translation>Was haben Sie getan? Es kommt mit Ihrem Namen ins Journal.

%1</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>Was Sie getan haben</translation>
    </message>
    <message>
        <source>How the item was finished by hand, as the journal keeps it with your name</source>
        <translation>Wie der Eintrag von Hand erledigt wurde, wie das Journal es mit Ihrem Namen festhält</translation>
    </message>
    <message>
        <source>Working on it…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <source>The settings changed while an item was being finished; it stays open. Run recovery if it was a revoke, then try again.</source>
        <translation>Die Einstellungen haben sich geändert, während ein Eintrag erledigt wurde; er bleibt offen. Führen Sie die Wiederherstellung aus, wenn es ein Widerruf war, und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>Base64Text</name>
    <message>
        <source>character &apos;%1&apos; at position %2 is not base64</source>
        <translation>Zeichen „%1“ an Position %2 ist kein Base64</translation>
    </message>
    <message>
        <source>&apos;=&apos; padding appears in the middle, at position %1</source>
        <translation>Das Auffüllzeichen „=“ steht mitten im Text, an Position %1</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>es ist leer</translation>
    </message>
    <message>
        <source>it ends in %1 &apos;=&apos; signs; base64 has at most 2</source>
        <translation>es endet auf %1 „=“-Zeichen; Base64 hat höchstens 2</translation>
    </message>
    <message>
        <source>its length of %1 characters is not a multiple of 4, so characters were cut out or added</source>
        <translation>seine Länge von %1 Zeichen ist kein Vielfaches von 4, also wurden Zeichen abgeschnitten oder hinzugefügt</translation>
    </message>
</context>
<context>
    <name>BatchBar</name>
    <message>
        <source>Batch</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>The batch&apos;s and the shift&apos;s counts, the work order&apos;s cap, and the batch&apos;s evidence</source>
        <translation>Zähler der Charge und der Schicht, Obergrenze des Arbeitsauftrags und Nachweis der Charge</translation>
    </message>
    <message>
        <source>Work order cap:</source>
        <translation>Obergrenze Arbeitsauftrag:</translation>
    </message>
    <message>
        <source>Units in the work order</source>
        <translation>Einheiten im Arbeitsauftrag</translation>
    </message>
    <message>
        <source>No lane starts a new job once this many units of the batch are provisioned; none sets no cap</source>
        <translation>Kein Kanal startet einen neuen Auftrag mehr, sobald so viele Einheiten der Charge provisioniert sind; „keine“ setzt keine Obergrenze</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>New batch</source>
        <translation>Neue Charge</translation>
    </message>
    <message>
        <source>Start a new batch</source>
        <translation>Neue Charge beginnen</translation>
    </message>
    <message>
        <source>Start the batch&apos;s counts and its evidence from nothing</source>
        <translation>Zähler und Nachweis der Charge von vorn beginnen</translation>
    </message>
    <message>
        <source>New shift</source>
        <translation>Neue Schicht</translation>
    </message>
    <message>
        <source>Start a new shift</source>
        <translation>Neue Schicht beginnen</translation>
    </message>
    <message>
        <source>Start this shift&apos;s counts from nothing</source>
        <translation>Zähler dieser Schicht von vorn beginnen</translation>
    </message>
    <message>
        <source>Export evidence...</source>
        <translation>Nachweis exportieren…</translation>
    </message>
    <message>
        <source>Export the batch as evidence</source>
        <translation>Die Charge als Nachweis exportieren</translation>
    </message>
    <message>
        <source>Save the batch as a CSV file, with the lanes&apos; log beside it</source>
        <translation>Die Charge als CSV-Datei speichern, mit dem Protokoll der Kanäle daneben</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>This shift (since %1): %2 done, %3 failed</source>
        <translation>Diese Schicht (seit %1): %2 erledigt, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>evidence-%1.csv</source>
        <translation>nachweis-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) saved to %1, the lanes&apos; log to %2.</source>
        <translation>
            <numerusform>%n Auftrag gespeichert in %1, das Protokoll der Kanäle in %2.</numerusform>
            <numerusform>%n Aufträge gespeichert in %1, das Protokoll der Kanäle in %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchEvidence</name>
    <message>
        <source>The evidence could not be written to %1 (%2): choose another folder.</source>
        <translation>Der Nachweis konnte nicht nach %1 geschrieben werden (%2): Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The lanes&apos; log could not be written to %1 (%2): choose another folder.</source>
        <translation>Das Protokoll der Kanäle konnte nicht nach %1 geschrieben werden (%2): Wählen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>BenchPage</name>
    <message>
        <source>Product:</source>
        <translation>Produkt:</translation>
    </message>
    <message>
        <source>Product the bench provisions</source>
        <translation>Produkt, das der Arbeitsplatz provisioniert</translation>
    </message>
    <message>
        <source>Every job on the bench uses this product&apos;s device profile, slot and topics</source>
        <translation>Jeder Auftrag am Arbeitsplatz verwendet Geräteprofil, Slot und Topics dieses Produkts</translation>
    </message>
    <message>
        <source>Products...</source>
        <translation>Produkte…</translation>
    </message>
    <message>
        <source>Add, edit or remove product profiles</source>
        <translation>Produktprofile hinzufügen, bearbeiten oder entfernen</translation>
    </message>
    <message>
        <source>Opens the product profiles: device profile, slot, topics, baud rate, scanning and automatic start of each product</source>
        <translation>Öffnet die Produktprofile: Geräteprofil, Slot, Topics, Baudrate, Scannen und automatischer Start jedes Produkts</translation>
    </message>
    <message>
        <source>Device ID (scan the label):</source>
        <translation>Geräte-ID (Etikett scannen):</translation>
    </message>
    <message>
        <source>Scan a device ID label, or type it and press Enter</source>
        <translation>Etikett mit der Geräte-ID scannen oder ID eingeben und Eingabe drücken</translation>
    </message>
    <message>
        <source>Scanned device ID</source>
        <translation>Gescannte Geräte-ID</translation>
    </message>
    <message>
        <source>Scan a device&apos;s ID label here, or type the ID and press Enter: the lane waiting for a device takes it. Ctrl+Return then starts a lane that waits for Start</source>
        <translation>Scannen Sie hier das ID-Etikett eines Geräts oder geben Sie die ID ein und drücken Sie Eingabe: Der Kanal, der auf ein Gerät wartet, übernimmt sie. Strg+Eingabe startet dann einen Kanal, der auf Start wartet</translation>
    </message>
    <message>
        <source>Simulated device&apos;s port:</source>
        <translation>Port des simulierten Geräts:</translation>
    </message>
    <message>
        <source>Path of a port to add</source>
        <translation>Pfad eines hinzuzufügenden Ports</translation>
    </message>
    <message>
        <source>The path of a simulated device&apos;s port, such as /dev/pts/3; Enter opens a lane for it</source>
        <translation>Der Pfad des Ports eines simulierten Geräts, etwa /dev/pts/3; Eingabe öffnet einen Kanal dafür</translation>
    </message>
    <message>
        <source>Add port</source>
        <translation>Port hinzufügen</translation>
    </message>
    <message>
        <source>Add the port</source>
        <translation>Den Port hinzufügen</translation>
    </message>
    <message>
        <source>Opens a lane for the port typed beside it</source>
        <translation>Öffnet einen Kanal für den daneben eingegebenen Port</translation>
    </message>
    <message>
        <source>No device is plugged in. Plug one in; its lane appears here.</source>
        <translation>Kein Gerät ist eingesteckt. Stecken Sie eines ein; sein Kanal erscheint hier.</translation>
    </message>
    <message>
        <source>No job starts until the product can be used: %1. Press Products... to correct it.</source>
        <translation>Kein Auftrag startet, bis das Produkt verwendbar ist: %1. Drücken Sie „Produkte…“, um es zu korrigieren.</translation>
    </message>
    <message>
        <source>Provisioning %1: slot %2, topics %3.</source>
        <translation>%1 wird provisioniert: Slot %2, Topics %3.</translation>
    </message>
    <message>
        <source>%1 has its lane already.</source>
        <translation>%1 hat bereits einen Kanal.</translation>
    </message>
    <message>
        <source>The scan is refused: %1. Check that the scanner read the device ID label, then scan again.</source>
        <translation>Der Scan wird abgelehnt: %1. Prüfen Sie, ob der Scanner das Etikett mit der Geräte-ID gelesen hat, und scannen Sie erneut.</translation>
    </message>
    <message>
        <source>%1 cannot be provisioned while the chosen product cannot be used. Press Products... to correct it, then scan again.</source>
        <translation>%1 kann nicht provisioniert werden, solange das gewählte Produkt nicht verwendbar ist. Drücken Sie „Produkte…“, um es zu korrigieren, und scannen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The scan is refused: %1.</source>
        <translation>Der Scan wird abgelehnt: %1.</translation>
    </message>
    <message>
        <source>%1 waits for its device: plug it in; its job starts once the device is ready.</source>
        <translation>%1 wartet auf sein Gerät: Stecken Sie es ein; sein Auftrag startet, sobald das Gerät bereit ist.</translation>
    </message>
    <message>
        <source>No lane waits for a device ID: plug a device in, or wait until a lane says it is ready, then scan %1 again.</source>
        <translation>Kein Kanal wartet auf eine Geräte-ID: Stecken Sie ein Gerät ein oder warten Sie, bis ein Kanal bereit ist, und scannen Sie %1 dann erneut.</translation>
    </message>
    <message>
        <source>%1 waits on the lane on %2: press Start there.</source>
        <translation>%1 wartet am Kanal an %2: Drücken Sie dort auf Start.</translation>
    </message>
    <message>
        <source>This device cannot start on its own: %1. Scan the device ID label to start.</source>
        <translation>Dieses Gerät kann nicht von selbst starten: %1. Scannen Sie das Etikett mit der Geräte-ID, um zu starten.</translation>
    </message>
    <message>
        <source>Not started: %1.</source>
        <translation>Nicht gestartet: %1.</translation>
    </message>
    <message>
        <source>%1 waits while the lane on %2 reopens for %3.</source>
        <translation>%1 wartet, während der Kanal an %2 für %3 neu öffnet.</translation>
    </message>
    <message>
        <source>%1 goes to the lane on %2.</source>
        <translation>%1 geht an den Kanal an %2.</translation>
    </message>
    <message>
        <source>device %1 is being provisioned on the lane on %2 now</source>
        <translation>Gerät %1 wird gerade am Kanal an %2 provisioniert</translation>
    </message>
</context>
<context>
    <name>BoundedFile</name>
    <message>
        <source>cannot open %1: %2. Check the path.</source>
        <translation>%1 kann nicht geöffnet werden: %2. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the path of a file in it.</source>
        <translation>%1 ist ein Ordner; geben Sie den Pfad einer Datei darin an.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, pipe or socket); save the content to a file and give that file&apos;s path.</source>
        <translation>%1 ist keine normale Datei (ein Gerät, eine Pipe oder ein Socket); speichern Sie den Inhalt in einer Datei und geben Sie deren Pfad an.</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, more than the %3 bytes such a file can have. Is this the right file?</source>
        <translation>%1 ist %2 Bytes groß, mehr als die %3 Bytes, die eine solche Datei haben kann. Ist es die richtige Datei?</translation>
    </message>
    <message>
        <source>cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 grew past %2 bytes while it was being read, more than such a file can have. Is this the right file?</source>
        <translation>%1 ist während des Lesens über %2 Bytes gewachsen, mehr als eine solche Datei haben kann. Ist es die richtige Datei?</translation>
    </message>
</context>
<context>
    <name>BulkRevocationModel</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Certificate ID</source>
        <translation>Zertifikats-ID</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>Planned action</source>
        <translation>Geplante Aktion</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>BulkRevocationPlan</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is larger than %1 KiB; split it into smaller files.</source>
        <translation>Die Datei ist größer als %1 KiB; teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows; split it into smaller files.</source>
        <translation>Die Datei hat mehr als %1 Zeilen; teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>The file is empty. It needs the header %1 and then one certificate per row.</source>
        <translation>Die Datei ist leer. Sie braucht die Kopfzeile %1 und dann ein Zertifikat pro Zeile.</translation>
    </message>
    <message>
        <source>The first line is not the header this file needs: %1 (in either order), then one certificate per row. Fix the file and choose it again.</source>
        <translation>Die erste Zeile ist nicht die Kopfzeile, die diese Datei braucht: %1 (in beliebiger Reihenfolge), dann ein Zertifikat pro Zeile. Korrigieren Sie die Datei und wählen Sie sie erneut.</translation>
    </message>
    <message numerus="yes">
        <source>the row has %n field(s); a row has two, the certificate ID and the device ID</source>
        <translation>
            <numerusform>die Zeile hat %n Feld; eine Zeile hat zwei, die Zertifikats-ID und die Geräte-ID</numerusform>
            <numerusform>die Zeile hat %n Felder; eine Zeile hat zwei, die Zertifikats-ID und die Geräte-ID</numerusform>
        </translation>
    </message>
    <message>
        <source>the certificate ID is not 64 hexadecimal digits</source>
        <translation>die Zertifikats-ID besteht nicht aus 64 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>the same certificate as line %1</source>
        <translation>dasselbe Zertifikat wie Zeile %1</translation>
    </message>
    <message>
        <source>The journal cannot be read, so the rows cannot be checked against it: %1</source>
        <translation>Das Journal kann nicht gelesen werden, daher können die Zeilen nicht damit abgeglichen werden: %1</translation>
    </message>
    <message>
        <source>the journal shows it revoked already</source>
        <translation>laut Journal bereits widerrufen</translation>
    </message>
    <message>
        <source>its job ended %1, and a rollback may have revoked it already</source>
        <translation>sein Auftrag endete mit „%1“, und eine Rücknahme hat es vielleicht schon widerrufen</translation>
    </message>
    <message>
        <source>the journal has this certificate on device %1, not on this one; check the row</source>
        <translation>laut Journal gehört dieses Zertifikat zu Gerät %1, nicht zu diesem; prüfen Sie die Zeile</translation>
    </message>
    <message>
        <source>not in this station&apos;s journal; Foundry is asked to revoke it anyway</source>
        <translation>nicht im Journal dieser Station; Foundry wird trotzdem gebeten, es zu widerrufen</translation>
    </message>
    <message>
        <source>revoke</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>revoke (not in journal)</source>
        <translation>widerrufen (nicht im Journal)</translation>
    </message>
    <message>
        <source>skip: already revoked</source>
        <translation>überspringen: bereits widerrufen</translation>
    </message>
    <message>
        <source>skip: duplicate row</source>
        <translation>überspringen: doppelte Zeile</translation>
    </message>
    <message>
        <source>skip: other device in journal</source>
        <translation>überspringen: anderes Gerät im Journal</translation>
    </message>
    <message>
        <source>skip: malformed row</source>
        <translation>überspringen: fehlerhafte Zeile</translation>
    </message>
</context>
<context>
    <name>BulkRevocationRunner</name>
    <message>
        <source>The Foundry connection or the journal went away (the settings changed). Run the file again once the station is set up: rows already revoked are then skipped.</source>
        <translation>Die Foundry-Verbindung oder das Journal ist weggefallen (die Einstellungen haben sich geändert). Führen Sie die Datei erneut aus, sobald die Station eingerichtet ist: Bereits widerrufene Zeilen werden dann übersprungen.</translation>
    </message>
    <message>
        <source>Foundry refused the row on line %1 for a reason every row would meet: %2 The rows after it were not sent; fix this, then run the file again (rows already revoked are then skipped).</source>
        <translation>Foundry hat die Zeile %1 aus einem Grund abgelehnt, der jede Zeile träfe: %2 Die Zeilen danach wurden nicht gesendet; beheben Sie das und führen Sie die Datei dann erneut aus (bereits widerrufene Zeilen werden dann übersprungen).</translation>
    </message>
    <message>
        <source>not sent: the run was cancelled</source>
        <translation>nicht gesendet: der Lauf wurde abgebrochen</translation>
    </message>
    <message>
        <source>not sent: the run stopped</source>
        <translation>nicht gesendet: der Lauf wurde angehalten</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>unknown: may be revoked</source>
        <translation>unbekannt: vielleicht widerrufen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
</context>
<context>
    <name>BulkRevokeDialog</name>
    <message>
        <source>Bulk revoke from a file</source>
        <translation>Sammelwiderruf aus einer Datei</translation>
    </message>
    <message>
        <source>Choose a CSV file with the header certificate_id,device_id and one certificate per row. Nothing is revoked before you confirm.</source>
        <translation>Wählen Sie eine CSV-Datei mit der Kopfzeile certificate_id,device_id und einem Zertifikat pro Zeile. Nichts wird widerrufen, bevor Sie bestätigen.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>Choose the CSV file of certificates to revoke</source>
        <translation>Die CSV-Datei mit den zu widerrufenden Zertifikaten wählen</translation>
    </message>
    <message>
        <source>Opens the file to read; every row is checked against the journal in a dry run, and nothing is revoked before you confirm</source>
        <translation>Öffnet die zu lesende Datei; jede Zeile wird in einem Probelauf mit dem Journal abgeglichen, und nichts wird widerrufen, bevor Sie bestätigen</translation>
    </message>
    <message>
        <source>Rows of the file, their planned action and result</source>
        <translation>Zeilen der Datei, ihre geplante Aktion und ihr Ergebnis</translation>
    </message>
    <message>
        <source>Each row of the file with its planned action: revoke, or skip and why; after the run, what became of it</source>
        <translation>Jede Zeile der Datei mit ihrer geplanten Aktion: widerrufen, oder überspringen und warum; nach dem Lauf, was aus ihr wurde</translation>
    </message>
    <message>
        <source>&amp;Reason (kept in the journal with each revoke):</source>
        <translation>&amp;Grund (wird bei jedem Widerruf im Journal festgehalten):</translation>
    </message>
    <message>
        <source>Reason for the revocations</source>
        <translation>Grund für die Widerrufe</translation>
    </message>
    <message>
        <source>Why the certificates are revoked; the journal keeps it with each revoke. Once it is filled in Enter revokes, until then Enter goes back to the dry run</source>
        <translation>Warum die Zertifikate widerrufen werden; das Journal hält ihn bei jedem Widerruf fest. Sobald er ausgefüllt ist, widerruft Eingabe; bis dahin führt Eingabe zurück zum Probelauf</translation>
    </message>
    <message>
        <source>For example: customer recall, key store exposed</source>
        <translation>Zum Beispiel: Kundenrückruf, Schlüsselspeicher offengelegt</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back to the dry run without revoking</source>
        <translation>Zurück zum Probelauf, ohne zu widerrufen</translation>
    </message>
    <message>
        <source>Goes back to the dry run; nothing is revoked</source>
        <translation>Führt zurück zum Probelauf; nichts wird widerrufen</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Confirm and revoke the certificates</source>
        <translation>Bestätigen und die Zertifikate widerrufen</translation>
    </message>
    <message>
        <source>Revokes the rows planned for it on Foundry, one after another; possible once a reason is typed. Revocation cannot be undone</source>
        <translation>Widerruft die dafür vorgesehenen Zeilen auf Foundry, eine nach der anderen; möglich, sobald ein Grund eingegeben ist. Ein Widerruf kann nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <source>Revocation progress</source>
        <translation>Fortschritt des Widerrufs</translation>
    </message>
    <message>
        <source>How many of the certificates to revoke Foundry has answered for</source>
        <translation>Für wie viele der zu widerrufenden Zertifikate Foundry geantwortet hat</translation>
    </message>
    <message>
        <source>While certificates are being revoked this dialog stays open: Escape and Close do nothing. Cancel run stops the run once the request in flight has its answer; then the dialog can be closed.</source>
        <translation>Während Zertifikate widerrufen werden, bleibt dieser Dialog offen: Esc und „Schließen“ bewirken nichts. „Lauf abbrechen“ hält den Lauf an, sobald die laufende Anfrage beantwortet ist; dann lässt sich der Dialog schließen.</translation>
    </message>
    <message>
        <source>&amp;Run…</source>
        <translation>&amp;Ausführen…</translation>
    </message>
    <message>
        <source>Run the bulk revoke, after a confirmation</source>
        <translation>Den Sammelwiderruf ausführen, nach einer Bestätigung</translation>
    </message>
    <message>
        <source>Asks for a confirmation and a reason before anything is revoked; possible once the dry run has rows to revoke</source>
        <translation>Fragt nach einer Bestätigung und einem Grund, bevor etwas widerrufen wird; möglich, sobald der Probelauf zu widerrufende Zeilen hat</translation>
    </message>
    <message>
        <source>C&amp;ancel run</source>
        <translation>Lauf a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel the bulk revoke once the request in flight has ended</source>
        <translation>Den Sammelwiderruf abbrechen, sobald die laufende Anfrage beendet ist</translation>
    </message>
    <message>
        <source>Stops the run once Foundry has answered the request in flight; the rows not sent yet are reported as not sent</source>
        <translation>Hält den Lauf an, sobald Foundry die laufende Anfrage beantwortet hat; die noch nicht gesendeten Zeilen werden als nicht gesendet gemeldet</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the report of every row as CSV</source>
        <translation>Den Bericht über jede Zeile als CSV exportieren</translation>
    </message>
    <message>
        <source>Writes every row with its planned action and its result to a CSV file</source>
        <translation>Schreibt jede Zeile mit ihrer geplanten Aktion und ihrem Ergebnis in eine CSV-Datei</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the bulk revoke</source>
        <translation>Den Sammelwiderruf schließen</translation>
    </message>
    <message>
        <source>Closes the dialog, as Escape does; not while certificates are being revoked: cancel the run first</source>
        <translation>Schließt den Dialog, wie Esc; nicht, während Zertifikate widerrufen werden: Brechen Sie zuerst den Lauf ab</translation>
    </message>
    <message>
        <source>Choose the certificates to revoke</source>
        <translation>Die zu widerrufenden Zertifikate wählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Dry run, nothing revoked yet: %n row(s).</source>
        <translation>
            <numerusform>Probelauf, noch nichts widerrufen: %n Zeile.</numerusform>
            <numerusform>Probelauf, noch nichts widerrufen: %n Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>To revoke: %1 found in the journal, %2 not in it. Skipped: %3 already revoked, %4 duplicate, %5 on another device in the journal, %6 malformed.</source>
        <translation>Zu widerrufen: %1 im Journal gefunden, %2 nicht darin. Übersprungen: %3 bereits widerrufen, %4 doppelt, %5 im Journal auf einem anderen Gerät, %6 fehlerhaft.</translation>
    </message>
    <message>
        <source>No row of this file would be revoked. Fix the rows marked malformed, or choose another file.</source>
        <translation>Keine Zeile dieser Datei würde widerrufen. Korrigieren Sie die als fehlerhaft markierten Zeilen oder wählen Sie eine andere Datei.</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n certificate(s) on Foundry? Revocation cannot be undone: those devices can no longer connect, and each needs a new certificate provisioned.</source>
        <translation>
            <numerusform>%n Zertifikat auf Foundry widerrufen? Ein Widerruf kann nicht rückgängig gemacht werden: Das Gerät kann sich nicht mehr verbinden und muss ein neues Zertifikat provisioniert bekommen.</numerusform>
            <numerusform>%n Zertifikate auf Foundry widerrufen? Ein Widerruf kann nicht rückgängig gemacht werden: Diese Geräte können sich nicht mehr verbinden, und jedes muss ein neues Zertifikat provisioniert bekommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them are not in this station&apos;s journal.</source>
        <translation>
            <numerusform>%n davon ist nicht im Journal dieser Station.</numerusform>
            <numerusform>%n davon sind nicht im Journal dieser Station.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n certificate(s)</source>
        <translation>
            <numerusform>%n Zertifikat widerrufen</numerusform>
            <numerusform>%n Zertifikate widerrufen</numerusform>
        </translation>
    </message>
    <message>
        <source>The Foundry connection is not set up: open Settings, then choose the file again.</source>
        <translation>Die Foundry-Verbindung ist nicht eingerichtet: Öffnen Sie die Einstellungen und wählen Sie dann die Datei erneut.</translation>
    </message>
    <message>
        <source>Revoking: %1 of %2 done.</source>
        <translation>Widerruf läuft: %1 von %2 erledigt.</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>%1 revoked, %2 failed, %3 with an unknown outcome, %4 skipped, %5 not sent. Export the report to keep it.</source>
        <translation>%1 widerrufen, %2 fehlgeschlagen, %3 mit unbekanntem Ausgang, %4 übersprungen, %5 nicht gesendet. Exportieren Sie den Bericht, um ihn aufzubewahren.</translation>
    </message>
    <message>
        <source>Foundry may or may not have revoked the rows marked unknown: run recovery, then search for them on the Certificates page.</source>
        <translation>Foundry hat die als unbekannt markierten Zeilen vielleicht widerrufen, vielleicht nicht: Führen Sie die Wiederherstellung aus und suchen Sie sie dann auf der Seite „Zertifikate“.</translation>
    </message>
    <message>
        <source>Export the bulk revoke report</source>
        <translation>Bericht des Sammelwiderrufs exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The report was not exported: %1. Choose another file or folder and try again.</source>
        <translation>Der Bericht wurde nicht exportiert: %1. Wählen Sie eine andere Datei oder einen anderen Ordner und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The report is exported to %1.</source>
        <translation>Der Bericht ist nach %1 exportiert.</translation>
    </message>
    <message>
        <source>The settings changed during the run; the certificate being revoked may or may not be revoked. Run recovery, then choose the file again: rows already revoked are skipped.</source>
        <translation>Die Einstellungen haben sich während des Laufs geändert; das Zertifikat, das gerade widerrufen wurde, ist vielleicht widerrufen, vielleicht nicht. Führen Sie die Wiederherstellung aus und wählen Sie dann die Datei erneut: Bereits widerrufene Zeilen werden übersprungen.</translation>
    </message>
    <message>
        <source>The settings changed: choose the file again.</source>
        <translation>Die Einstellungen haben sich geändert: Wählen Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>Cancelling: the request in flight is allowed to finish, then nothing more is sent.</source>
        <translation>Wird abgebrochen: Die laufende Anfrage darf zu Ende gehen, danach wird nichts mehr gesendet.</translation>
    </message>
    <message>
        <source>There is no journal to check the file against: open Settings and check the journal (a file, or the factory&apos;s postgresql:// address).</source>
        <translation>Es gibt kein Journal, mit dem die Datei abgeglichen werden kann: Öffnen Sie die Einstellungen und prüfen Sie das Journal (eine Datei oder die postgresql://-Adresse des Werks).</translation>
    </message>
</context>
<context>
    <name>CertificateBundle</name>
    <message>
        <source>the certificate&apos;s RSA public key cannot be read; the certificate is damaged.</source>
        <translation>Der öffentliche RSA-Schlüssel des Zertifikats kann nicht gelesen werden; das Zertifikat ist beschädigt.</translation>
    </message>
    <message>
        <source>the certificate&apos;s public key is of type %1, not RSA; the station supports RSA only. Ask Foundry for RSA certificates.</source>
        <translation>Der öffentliche Schlüssel des Zertifikats ist vom Typ %1, nicht RSA; die Station unterstützt nur RSA. Fordern Sie bei Foundry RSA-Zertifikate an.</translation>
    </message>
    <message>
        <source>the private key does not belong to the certificate, so a device holding both could not connect. The pair must not be installed; generate a new certificate.</source>
        <translation>Der private Schlüssel gehört nicht zum Zertifikat, ein Gerät mit beiden könnte sich also nicht verbinden. Das Paar darf nicht installiert werden; erzeugen Sie ein neues Zertifikat.</translation>
    </message>
    <message>
        <source>the certificate&apos;s validity dates cannot be read; the certificate is damaged.</source>
        <translation>Die Gültigkeitsdaten des Zertifikats können nicht gelesen werden; das Zertifikat ist beschädigt.</translation>
    </message>
    <message>
        <source>the certificate is valid only from %1, and this computer&apos;s clock says %2. Check the clock and time zone of this computer.</source>
        <translation>Das Zertifikat ist erst ab %1 gültig, und die Uhr dieses Computers zeigt %2. Prüfen Sie Uhrzeit und Zeitzone dieses Computers.</translation>
    </message>
    <message>
        <source>the certificate expired on %1 (this computer&apos;s clock says %2). Generate a new one, and check the clock if that date looks wrong.</source>
        <translation>Das Zertifikat ist am %1 abgelaufen (die Uhr dieses Computers zeigt %2). Erzeugen Sie ein neues und prüfen Sie die Uhr, falls das Datum falsch aussieht.</translation>
    </message>
    <message>
        <source>the certificate (&quot;cert&quot;) is not valid base64: %1. It was damaged on the way: do not install it, and ask Foundry for a new certificate.</source>
        <translation>Das Zertifikat („cert“) ist kein gültiges Base64: %1. Es wurde unterwegs beschädigt: Installieren Sie es nicht und fordern Sie bei Foundry ein neues Zertifikat an.</translation>
    </message>
    <message>
        <source>the decoded certificate is not usable: %1.</source>
        <translation>Das dekodierte Zertifikat ist nicht verwendbar: %1.</translation>
    </message>
    <message>
        <source>the decoded certificate holds a &quot;%1&quot; block instead of a CERTIFICATE.</source>
        <translation>Das dekodierte Zertifikat enthält einen „%1“-Block statt eines CERTIFICATE.</translation>
    </message>
    <message>
        <source>the base64 inside the certificate&apos;s PEM is damaged: %1.</source>
        <translation>Das Base64 im PEM des Zertifikats ist beschädigt: %1.</translation>
    </message>
    <message>
        <source>the certificate&apos;s content is not a sound X.509 certificate (its public key or one of its extensions does not decode); it is damaged: ask Foundry for a new certificate.</source>
        <translation>Der Inhalt des Zertifikats ist kein einwandfreies X.509-Zertifikat (sein öffentlicher Schlüssel oder eine seiner Erweiterungen lässt sich nicht dekodieren); es ist beschädigt: Fordern Sie bei Foundry ein neues Zertifikat an.</translation>
    </message>
    <message>
        <source>the certificate&apos;s PEM is well formed but its content is not an X.509 certificate; it is damaged: ask Foundry for a new certificate.</source>
        <translation>Das PEM des Zertifikats ist wohlgeformt, sein Inhalt aber kein X.509-Zertifikat; es ist beschädigt: Fordern Sie bei Foundry ein neues Zertifikat an.</translation>
    </message>
    <message>
        <source>the private key (&quot;private&quot;) is not valid base64: %1. It was damaged on the way: do not install it, and ask Foundry for a new certificate.</source>
        <translation>Der private Schlüssel („private“) ist kein gültiges Base64: %1. Er wurde unterwegs beschädigt: Installieren Sie ihn nicht und fordern Sie bei Foundry ein neues Zertifikat an.</translation>
    </message>
    <message>
        <source>the decoded private key is not usable: %1.</source>
        <translation>Der dekodierte private Schlüssel ist nicht verwendbar: %1.</translation>
    </message>
    <message>
        <source>the private key is an &quot;%1&quot; block, which the station cannot install; it needs an unencrypted RSA key. Ask Foundry for RSA keys.</source>
        <translation>Der private Schlüssel ist ein „%1“-Block, den die Station nicht installieren kann; sie braucht einen unverschlüsselten RSA-Schlüssel. Fordern Sie bei Foundry RSA-Schlüssel an.</translation>
    </message>
    <message>
        <source>the decoded private key holds a &quot;%1&quot; block instead of a private key.</source>
        <translation>Der dekodierte private Schlüssel enthält einen „%1“-Block statt eines privaten Schlüssels.</translation>
    </message>
    <message>
        <source>the base64 inside the private key&apos;s PEM is damaged: %1.</source>
        <translation>Das Base64 im PEM des privaten Schlüssels ist beschädigt: %1.</translation>
    </message>
    <message>
        <source>the private key&apos;s PEM is well formed but its content is not a PKCS#8 private key; it is damaged: ask Foundry for a new certificate.</source>
        <translation>Das PEM des privaten Schlüssels ist wohlgeformt, sein Inhalt aber kein privater PKCS#8-Schlüssel; er ist beschädigt: Fordern Sie bei Foundry ein neues Zertifikat an.</translation>
    </message>
    <message>
        <source>the private key is of type %1, which the station cannot install; it needs an RSA key. Ask Foundry for RSA keys.</source>
        <translation>Der private Schlüssel ist vom Typ %1, den die Station nicht installieren kann; sie braucht einen RSA-Schlüssel. Fordern Sie bei Foundry RSA-Schlüssel an.</translation>
    </message>
    <message>
        <source>the private key&apos;s PEM is well formed but its content is not a readable RSA key (PKCS#1 or PKCS#8); it is damaged: ask Foundry for a new certificate.</source>
        <translation>Das PEM des privaten Schlüssels ist wohlgeformt, sein Inhalt aber kein lesbarer RSA-Schlüssel (PKCS#1 oder PKCS#8); er ist beschädigt: Fordern Sie bei Foundry ein neues Zertifikat an.</translation>
    </message>
    <message>
        <source>the private key is not an RSA key; the station supports RSA only.</source>
        <translation>Der private Schlüssel ist kein RSA-Schlüssel; die Station unterstützt nur RSA.</translation>
    </message>
    <message>
        <source>the ARN &quot;%1&quot; does not have the form arn:aws:iot:&lt;region&gt;:&lt;account&gt;:cert/&lt;64 hex digits&gt;.</source>
        <translation>Die ARN „%1“ hat nicht die Form arn:aws:iot:&lt;region&gt;:&lt;account&gt;:cert/&lt;64 Hexadezimalziffern&gt;.</translation>
    </message>
    <message>
        <source>the ARN names certificate %1 but the id is %2; they must be the same.</source>
        <translation>Die ARN nennt Zertifikat %1, die ID ist aber %2; beide müssen gleich sein.</translation>
    </message>
    <message>
        <source>the id %1 is not this certificate&apos;s ID (the SHA-256 of its DER is %2), so Foundry would activate a different certificate than the device holds.</source>
        <translation>Die ID %1 ist nicht die ID dieses Zertifikats (der SHA-256 seines DER ist %2), Foundry würde also ein anderes Zertifikat aktivieren, als das Gerät enthält.</translation>
    </message>
</context>
<context>
    <name>CertificateRevocation</name>
    <message>
        <source>Revoking certificate %1 of device %2</source>
        <translation>Zertifikat %1 von Gerät %2 wird widerrufen</translation>
    </message>
    <message>
        <source>The journal could not record this revoke, so history does not show it: %1</source>
        <translation>Das Journal konnte diesen Widerruf nicht aufzeichnen, daher zeigt der Verlauf ihn nicht: %1</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>&amp;Device ID:</source>
        <translation>&amp;Geräte-ID:</translation>
    </message>
    <message>
        <source>Device ID to search for</source>
        <translation>Zu suchende Geräte-ID</translation>
    </message>
    <message>
        <source>Finds the jobs of the device with exactly this ID; Enter searches</source>
        <translation>Findet die Aufträge des Geräts mit genau dieser ID; Eingabe sucht</translation>
    </message>
    <message>
        <source>The whole device ID</source>
        <translation>Die ganze Geräte-ID</translation>
    </message>
    <message>
        <source>&amp;Certificate ID:</source>
        <translation>&amp;Zertifikats-ID:</translation>
    </message>
    <message>
        <source>Certificate ID or its beginning</source>
        <translation>Zertifikats-ID oder ihr Anfang</translation>
    </message>
    <message>
        <source>Finds the jobs whose certificate ID starts with this, in either case; Ctrl+F comes here, Enter searches</source>
        <translation>Findet die Aufträge, deren Zertifikats-ID damit beginnt, in beliebiger Schreibweise; Strg+F springt hierher, Eingabe sucht</translation>
    </message>
    <message>
        <source>The ID or its first characters</source>
        <translation>Die ID oder ihre ersten Zeichen</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Bediener:</translation>
    </message>
    <message>
        <source>Operator to search for</source>
        <translation>Zu suchender Bediener</translation>
    </message>
    <message>
        <source>Finds the jobs this operator ran; Enter searches</source>
        <translation>Findet die Aufträge, die dieser Bediener ausgeführt hat; Eingabe sucht</translation>
    </message>
    <message>
        <source>Station to search for</source>
        <translation>Zu suchende Station</translation>
    </message>
    <message>
        <source>Finds the jobs run on this station; Enter searches</source>
        <translation>Findet die Aufträge, die an dieser Station liefen; Eingabe sucht</translation>
    </message>
    <message>
        <source>Resul&amp;t:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>Result to search for</source>
        <translation>Zu suchendes Ergebnis</translation>
    </message>
    <message>
        <source>Finds the jobs that ended so, or whose certificate was revoked</source>
        <translation>Findet die Aufträge mit diesem Ausgang oder deren Zertifikat widerrufen wurde</translation>
    </message>
    <message>
        <source>Started &amp;between:</source>
        <translation>Begonnen zw&amp;ischen:</translation>
    </message>
    <message>
        <source>Search by the date the job started</source>
        <translation>Nach dem Startdatum des Auftrags suchen</translation>
    </message>
    <message>
        <source>When checked, finds only the jobs started between the two days beside it</source>
        <translation>Wenn angehakt, werden nur Aufträge gefunden, die zwischen den beiden Tagen daneben begonnen haben</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>The first day of the range, included</source>
        <translation>Der erste Tag des Zeitraums, eingeschlossen</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>The last day of the range, included</source>
        <translation>Der letzte Tag des Zeitraums, eingeschlossen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Shows the jobs that match every field filled in</source>
        <translation>Zeigt die Aufträge, die zu jedem ausgefüllten Feld passen</translation>
    </message>
    <message>
        <source>Show a&amp;ll</source>
        <translation>&amp;Alle zeigen</translation>
    </message>
    <message>
        <source>Show all jobs</source>
        <translation>Alle Aufträge zeigen</translation>
    </message>
    <message>
        <source>Empties the search fields and shows every job</source>
        <translation>Leert die Suchfelder und zeigt jeden Auftrag</translation>
    </message>
    <message>
        <source>Jobs in the journal</source>
        <translation>Aufträge im Journal</translation>
    </message>
    <message>
        <source>The jobs the search found, newest first; Delete asks to revoke the selected job&apos;s certificate</source>
        <translation>Die gefundenen Aufträge, die neuesten zuerst; Entf fragt, ob das Zertifikat des gewählten Auftrags widerrufen werden soll</translation>
    </message>
    <message>
        <source>Export the jobs as CSV</source>
        <translation>Die Aufträge als CSV exportieren</translation>
    </message>
    <message>
        <source>Writes every job the search finds to a CSV file</source>
        <translation>Schreibt jeden Auftrag, den die Suche findet, in eine CSV-Datei</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>Revoke the selected job&apos;s certificate</source>
        <translation>Das Zertifikat des gewählten Auftrags widerrufen</translation>
    </message>
    <message>
        <source>Revokes the selected job&apos;s certificate on Foundry, after a confirmation; Delete in the list does the same</source>
        <translation>Widerruft das Zertifikat des gewählten Auftrags auf Foundry, nach einer Bestätigung; Entf in der Liste tut dasselbe</translation>
    </message>
    <message>
        <source>Find a certificate</source>
        <translation>Ein Zertifikat finden</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>unvollendet</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>Der Verlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Showing the newest matches; scroll down for more.</source>
        <translation>Die neuesten Treffer werden gezeigt; scrollen Sie nach unten für mehr.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) found.</source>
        <translation>
            <numerusform>%n Auftrag gefunden.</numerusform>
            <numerusform>%n Aufträge gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoking certificate %1…</source>
        <translation>Zertifikat %1 wird widerrufen…</translation>
    </message>
    <message>
        <source>Foundry did not revoke the certificate: %1</source>
        <translation>Foundry hat das Zertifikat nicht widerrufen: %1</translation>
    </message>
    <message>
        <source> Foundry said: %1</source>
        <translation> Foundry meldete: %1</translation>
    </message>
    <message>
        <source> Check the connection in Settings and try again; the journal records the attempt.</source>
        <translation> Prüfen Sie die Verbindung in den Einstellungen und versuchen Sie es erneut; das Journal zeichnet den Versuch auf.</translation>
    </message>
    <message>
        <source>The certificate is revoked.</source>
        <translation>Das Zertifikat ist widerrufen.</translation>
    </message>
    <message>
        <source>The settings changed while a certificate was being revoked; it may or may not be revoked. Run recovery, then search for the certificate again.</source>
        <translation>Die Einstellungen haben sich geändert, während ein Zertifikat widerrufen wurde; es ist vielleicht widerrufen, vielleicht nicht. Führen Sie die Wiederherstellung aus und suchen Sie das Zertifikat dann erneut.</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The history was not exported: %1. Choose another file or folder and try again.</source>
        <translation>Der Verlauf wurde nicht exportiert: %1. Wählen Sie eine andere Datei oder einen anderen Ordner und versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) exported to %1.</source>
        <translation>
            <numerusform>%n Auftrag nach %1 exportiert.</numerusform>
            <numerusform>%n Aufträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the history to %1…</source>
        <translation>Verlauf wird nach %1 exportiert…</translation>
    </message>
    <message>
        <source>B&amp;ulk revoke…</source>
        <translation>Sa&amp;mmelwiderruf…</translation>
    </message>
    <message>
        <source>Bulk revoke from a CSV file</source>
        <translation>Sammelwiderruf aus einer CSV-Datei</translation>
    </message>
    <message>
        <source>Revokes the certificates a CSV file lists, after a dry run and a confirmation</source>
        <translation>Widerruft die Zertifikate, die eine CSV-Datei auflistet, nach einem Probelauf und einer Bestätigung</translation>
    </message>
    <message>
        <source>Read from dev&amp;ice…</source>
        <translation>Vom Gerät &amp;lesen…</translation>
    </message>
    <message>
        <source>Read the certificate a plugged-in device holds</source>
        <translation>Das Zertifikat lesen, das ein eingestecktes Gerät enthält</translation>
    </message>
    <message>
        <source>Finds the certificate a device holds in the history and offers to revoke it</source>
        <translation>Findet das Zertifikat, das ein Gerät enthält, im Verlauf und bietet an, es zu widerrufen</translation>
    </message>
    <message>
        <source>Bulk revoke needs the Foundry connection and the journal: open Settings and check them.</source>
        <translation>Der Sammelwiderruf braucht die Foundry-Verbindung und das Journal: Öffnen Sie die Einstellungen und prüfen Sie beide.</translation>
    </message>
    <message>
        <source>Statio&amp;n:</source>
        <translation>S&amp;tation:</translation>
    </message>
    <message>
        <source>S&amp;earch</source>
        <translation>S&amp;uchen</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Reading from a device needs the journal: open Settings and check the journal (a file, or the factory&apos;s postgresql:// address).</source>
        <translation>Das Lesen von einem Gerät braucht das Journal: Öffnen Sie die Einstellungen und prüfen Sie das Journal (eine Datei oder die postgresql://-Adresse des Werks).</translation>
    </message>
    <message>
        <source>There is no journal to export: open Settings and check the journal (a file, or the factory&apos;s postgresql:// address).</source>
        <translation>Es gibt kein Journal zum Exportieren: Öffnen Sie die Einstellungen und prüfen Sie das Journal (eine Datei oder die postgresql://-Adresse des Werks).</translation>
    </message>
    <message>
        <source>The history was not exported, because the journal cannot be read: %1</source>
        <translation>Der Verlauf wurde nicht exportiert, weil das Journal nicht gelesen werden kann: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>Asking %1 for a certificate...</source>
        <translation>%1 wird um ein Zertifikat gebeten …</translation>
    </message>
    <message>
        <source>Revoking test certificate %1...</source>
        <translation>Testzertifikat %1 wird widerrufen …</translation>
    </message>
</context>
<context>
    <name>CryptoSupport</name>
    <message>
        <source>QCA lacks %1, so certificates cannot be checked. Install QCA&apos;s OpenSSL provider (Debian: libqca-qt6-plugins). QCA says: %2</source>
        <translation>QCA fehlt %1, daher können Zertifikate nicht geprüft werden. Installieren Sie den OpenSSL-Provider von QCA (Debian: libqca-qt6-plugins). QCA meldet: %2</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a double quote stands inside a field that does not start with one</source>
        <translation>ein doppeltes Anführungszeichen steht in einem Feld, das nicht mit einem beginnt</translation>
    </message>
    <message>
        <source>text follows a closing double quote</source>
        <translation>auf ein schließendes doppeltes Anführungszeichen folgt Text</translation>
    </message>
    <message>
        <source>a double-quoted field is never closed</source>
        <translation>ein Feld in doppelten Anführungszeichen wird nie geschlossen</translation>
    </message>
</context>
<context>
    <name>DeviceAccess</name>
    <message>
        <source>the journal&apos;s record of how the job spoke to its device is not usable: %1</source>
        <translation>Was das Journal darüber festhält, wie der Auftrag mit seinem Gerät gesprochen hat, ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>it is longer than %1 characters</source>
        <translation>es ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>es ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>it holds &quot;%1&quot;, which this station does not write</source>
        <translation>es enthält „%1“, was diese Station nicht schreibt</translation>
    </message>
    <message>
        <source>it names the device profile &quot;%1&quot;, not a variant of the job&apos;s %2</source>
        <translation>es nennt das Geräteprofil „%1“, keine Variante von %2 des Auftrags</translation>
    </message>
    <message>
        <source>its baud rate is not a whole number</source>
        <translation>seine Baudrate ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>it names no file layout for the MCUmgr device</source>
        <translation>es nennt keine Dateianordnung für das MCUmgr-Gerät</translation>
    </message>
    <message>
        <source>it names a file layout for a device that is not an MCUmgr device</source>
        <translation>es nennt eine Dateianordnung für ein Gerät, das kein MCUmgr-Gerät ist</translation>
    </message>
    <message>
        <source>its file layout is not a JSON object</source>
        <translation>seine Dateianordnung ist kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>DeviceCertificateLookup</name>
    <message>
        <source>The device on %1 could not be read: %2 failed: %3. Check that it is plugged in and powered, then read it again.</source>
        <translation>Das Gerät an %1 konnte nicht gelesen werden: Schritt „%2“ fehlgeschlagen: %3. Prüfen Sie, ob es eingesteckt ist und Strom hat, und lesen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The journal went away (the settings changed): read the device again.</source>
        <translation>Das Journal ist weggefallen (die Einstellungen haben sich geändert): Lesen Sie das Gerät erneut.</translation>
    </message>
    <message>
        <source>The journal cannot be read: %1</source>
        <translation>Das Journal kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The %1 device on %2</source>
        <translation>Das %1-Gerät an %2</translation>
    </message>
    <message>
        <source>The %1 device %2 on %3</source>
        <translation>Das %1-Gerät %2 an %3</translation>
    </message>
    <message>
        <source>%1 holds no client certificate: there is nothing on it to revoke.</source>
        <translation>%1 enthält kein Client-Zertifikat: Darauf gibt es nichts zu widerrufen.</translation>
    </message>
    <message>
        <source>%1 holds a certificate in slot %2 but does not give it back, so its ID cannot be known from the device. Search this page by the device&apos;s ID or serial number instead.</source>
        <translation>%1 enthält ein Zertifikat in Slot %2, gibt es aber nicht heraus, daher lässt sich seine ID nicht vom Gerät erfahren. Suchen Sie auf dieser Seite stattdessen nach der ID oder der Seriennummer des Geräts.</translation>
    </message>
    <message>
        <source>%1 holds certificate %2 (slot %3), which this station&apos;s journal does not know: another station, or a person outside the station, provisioned it. Look it up in that station&apos;s history, or revoke it with: foundry-station-cli revoke --cert-id %2 --device-id DEVICE-ID (the device&apos;s ID on Foundry).</source>
        <translation>%1 enthält Zertifikat %2 (Slot %3), das das Journal dieser Station nicht kennt: Eine andere Station oder jemand außerhalb der Station hat es provisioniert. Suchen Sie es im Verlauf jener Station oder widerrufen Sie es mit: foundry-station-cli revoke --cert-id %2 --device-id DEVICE-ID (die ID des Geräts auf Foundry).</translation>
    </message>
    <message>
        <source>%1 holds certificate %2 (slot %3), which is revoked already: the device cannot connect with it. Provision it again to give it a new certificate.</source>
        <translation>%1 enthält Zertifikat %2 (Slot %3), das bereits widerrufen ist: Das Gerät kann sich damit nicht verbinden. Provisionieren Sie es erneut, um ihm ein neues Zertifikat zu geben.</translation>
    </message>
    <message>
        <source>%1 holds certificate %2 (slot %3) of device ID %4, provisioned on %5; it is selected in the history.</source>
        <translation>%1 enthält Zertifikat %2 (Slot %3) der Geräte-ID %4, provisioniert am %5; es ist im Verlauf ausgewählt.</translation>
    </message>
    <message>
        <source>The device on %1 could not be read where the journal&apos;s jobs put credentials: %2 failed: %3. Check that it is plugged in and powered, then read it again.</source>
        <translation>Das Gerät an %1 konnte dort, wo die Aufträge des Journals Zugangsdaten abgelegt haben, nicht gelesen werden: Schritt „%2“ fehlgeschlagen: %3. Prüfen Sie, ob es eingesteckt ist und Strom hat, und lesen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>DeviceCredential</name>
    <message>
        <source>certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>private key</source>
        <translation>Privatschlüssel</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
</context>
<context>
    <name>DeviceCredentialDelete</name>
    <message>
        <source>deleting from slot %1 on %2</source>
        <translation>wird aus Slot %1 an %2 gelöscht</translation>
    </message>
    <message>
        <source>the station has no device profile named %1. Check the product&apos;s device profile.</source>
        <translation>die Station hat kein Geräteprofil namens %1. Prüfen Sie das Geräteprofil des Produkts.</translation>
    </message>
</context>
<context>
    <name>DeviceId</name>
    <message>
        <source>the device ID is empty</source>
        <translation>Die Geräte-ID ist leer</translation>
    </message>
    <message>
        <source>the device ID is %1 characters long, more than the %2 a device ID may have</source>
        <translation>Die Geräte-ID ist %1 Zeichen lang, mehr als die %2, die eine Geräte-ID haben darf</translation>
    </message>
    <message>
        <source>the device ID &quot;%1&quot; holds &quot;%2&quot;, which a device ID may not: only letters, digits and - _ . : are allowed</source>
        <translation>Die Geräte-ID „%1“ enthält „%2“, was eine Geräte-ID nicht darf: Erlaubt sind nur Buchstaben, Ziffern und - _ . :</translation>
    </message>
    <message>
        <source>the device reports no serial number that could be its device ID</source>
        <translation>Das Gerät meldet keine Seriennummer, die seine Geräte-ID sein könnte</translation>
    </message>
    <message>
        <source>the device&apos;s serial number cannot be its device ID: %1</source>
        <translation>Die Seriennummer des Geräts kann nicht seine Geräte-ID sein: %1</translation>
    </message>
    <message>
        <source>the journal cannot tell whether device %1 was provisioned before (%2)</source>
        <translation>Das Journal kann nicht sagen, ob Gerät %1 schon provisioniert wurde (%2)</translation>
    </message>
    <message>
        <source>device %1 was provisioned already, with certificate %2 on %3; revoke that certificate first if the device is to get a new one</source>
        <translation>Gerät %1 wurde bereits provisioniert, mit Zertifikat %2 am %3; widerrufen Sie zuerst dieses Zertifikat, wenn das Gerät ein neues bekommen soll</translation>
    </message>
</context>
<context>
    <name>DeviceInspection</name>
    <message>
        <source>detecting the device profile</source>
        <translation>Geräteprofil wird erkannt</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
    <message>
        <source>Expecting a %1 device, as last time.</source>
        <translation>Ein %1-Gerät wird erwartet, wie beim letzten Mal.</translation>
    </message>
    <message>
        <source>choosing the device profile</source>
        <translation>Geräteprofil wird gewählt</translation>
    </message>
    <message>
        <source>there is no device profile &quot;%1&quot;; use one of: %2, or auto</source>
        <translation>Es gibt kein Geräteprofil „%1“; verwenden Sie eines von: %2 oder auto</translation>
    </message>
    <message>
        <source>no known device answered on %1 at %2 (tried %3).</source>
        <translation>Kein bekanntes Gerät hat auf %1 mit %2 geantwortet (versucht: %3).</translation>
    </message>
    <message>
        <source>Nothing at all came back, and something else may be reading the port: %1 has it open too, and a program that reads it takes the device&apos;s answers before the station sees them. Close it and try again.</source>
        <translation>Es kam gar nichts zurück, und möglicherweise liest etwas anderes den Port: %1 hat ihn ebenfalls geöffnet, und ein Programm, das ihn liest, nimmt die Antworten des Geräts, bevor die Station sie sieht. Schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Something else may be reading the port: %1 has it open too, and may have taken part of the device&apos;s answers. Close it and try again.</source>
        <translation>Möglicherweise liest etwas anderes den Port: %1 hat ihn ebenfalls geöffnet und hat vielleicht einen Teil der Antworten des Geräts genommen. Schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The device answers like a %1 device.</source>
        <translation>Das Gerät antwortet wie ein %1-Gerät.</translation>
    </message>
    <message>
        <source>Trying %1...</source>
        <translation>%1 wird versucht …</translation>
    </message>
    <message>
        <source>Check the baud rate and the cable, and that the device runs a Zephyr shell with the TLS credentials shell, an nRF91 modem in AT mode, an Espressif module running ESP-AT, a Zephyr device with MCUmgr over its shell console, or firmware that speaks the station protocol; then name the profile with --profile.</source>
        <translation>Prüfen Sie Baudrate und Kabel und ob auf dem Gerät eine Zephyr-Shell mit der TLS-Credentials-Shell läuft, ein nRF91-Modem im AT-Modus, ein Espressif-Modul mit ESP-AT, ein Zephyr-Gerät mit MCUmgr über seine Shell-Konsole oder eine Firmware, die das Stationsprotokoll spricht; nennen Sie dann das Profil mit --profile.</translation>
    </message>
</context>
<context>
    <name>DeviceProfile</name>
    <message>
        <source>the station started a device operation while another was running; this is a fault in the station, please report it</source>
        <translation>Die Station hat einen Gerätevorgang gestartet, während ein anderer lief; das ist ein Fehler der Station, bitte melden Sie ihn</translation>
    </message>
    <message>
        <source>writing the %1 into %2 %3</source>
        <translation>%1 wird in %2 %3 geschrieben</translation>
    </message>
    <message>
        <source>listing the credentials in %1 %2</source>
        <translation>Zugangsdaten in %1 %2 werden aufgelistet</translation>
    </message>
    <message>
        <source>listing the credentials</source>
        <translation>Zugangsdaten werden aufgelistet</translation>
    </message>
    <message>
        <source>deleting the %1 in %2 %3</source>
        <translation>%1 in %2 %3 wird gelöscht</translation>
    </message>
    <message>
        <source>verifying the %1 in %2 %3</source>
        <translation>%1 in %2 %3 wird geprüft</translation>
    </message>
    <message>
        <source>reading the %1 in %2 %3</source>
        <translation>%1 in %2 %3 wird gelesen</translation>
    </message>
    <message>
        <source>This left %1: send %2 to the device, or restart it.</source>
        <translation>Dies hat %1 hinterlassen: Senden Sie %2 an das Gerät oder starten Sie es neu.</translation>
    </message>
    <message>
        <source>the %1 profile does not recognise %2 as a command that puts a device back, so it was not sent</source>
        <translation>Das Profil %1 erkennt %2 nicht als Befehl, der ein Gerät zurücksetzt, daher wurde er nicht gesendet</translation>
    </message>
    <message>
        <source>the device printed %1 and then stopped answering. What it printed may say why; check that it is powered, that the cable is in, and that nothing else uses the port; then start again.</source>
        <translation>Das Gerät gab %1 aus und antwortete dann nicht mehr. Die Ausgabe nennt vielleicht den Grund; prüfen Sie, ob es Strom hat, das Kabel steckt und nichts anderes den Port benutzt; beginnen Sie dann erneut.</translation>
    </message>
    <message>
        <source>the device stopped answering. Check that it is powered, that the cable is in, and that nothing else uses the port; then start again.</source>
        <translation>Das Gerät antwortet nicht mehr. Prüfen Sie, ob es Strom hat, das Kabel steckt und nichts anderes den Port benutzt; beginnen Sie dann erneut.</translation>
    </message>
    <message>
        <source>private keys are never read back from a device</source>
        <translation>Private Schlüssel werden nie aus einem Gerät zurückgelesen</translation>
    </message>
    <message>
        <source>the %1 profile cannot read credentials back</source>
        <translation>Das Profil %1 kann Zugangsdaten nicht zurücklesen</translation>
    </message>
    <message>
        <source>the device does not list the %1 it was just given. It may have lost it (a reset, or storage that is not persistent); write it again.</source>
        <translation>Das Gerät listet %1 nicht auf, das es gerade bekommen hat. Es hat es vielleicht verloren (ein Reset oder nicht dauerhafter Speicher); schreiben Sie es erneut.</translation>
    </message>
    <message>
        <source>the device cannot compute a SHA-256 digest of what it stored, so the station cannot verify it. Enable SHA-256 support in the firmware.</source>
        <translation>Das Gerät kann keinen SHA-256-Hash des Gespeicherten berechnen, daher kann die Station es nicht prüfen. Aktivieren Sie SHA-256 in der Firmware.</translation>
    </message>
    <message>
        <source>the device holds something other than what was written (SHA-256 %1, expected %2): bytes were lost or changed on the way. Write it again; if it keeps failing, lower the baud rate or check the cable.</source>
        <translation>Das Gerät enthält etwas anderes als das Geschriebene (SHA-256 %1, erwartet %2): Bytes gingen unterwegs verloren oder wurden verändert. Schreiben Sie erneut; scheitert es weiter, senken Sie die Baudrate oder prüfen Sie das Kabel.</translation>
    </message>
    <message>
        <source>identifying the device</source>
        <translation>Gerät wird identifiziert</translation>
    </message>
    <message>
        <source>slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>putting the device back as it was</source>
        <translation>Gerät wird in den vorigen Zustand zurückversetzt</translation>
    </message>
</context>
<context>
    <name>DeviceStateRestore</name>
    <message>
        <source>putting the device on %1 back as it was</source>
        <translation>Gerät an %1 wird in den vorigen Zustand zurückversetzt</translation>
    </message>
    <message>
        <source>the %1 profile does not know %2 as a command that puts a device back, so it was not sent</source>
        <translation>Das Profil %1 kennt %2 nicht als Befehl, der ein Gerät zurücksetzt, daher wurde er nicht gesendet</translation>
    </message>
</context>
<context>
    <name>EspAtProfile</name>
    <message>
        <source>key &quot;%1&quot; of namespace &quot;%2&quot;</source>
        <translation>Schlüssel „%1“ des Namensraums „%2“</translation>
    </message>
    <message>
        <source>an ESP-AT module has no state the station changes</source>
        <translation>Ein ESP-AT-Modul hat keinen Zustand, den die Station ändert</translation>
    </message>
    <message>
        <source>the module announced %1 bytes for %2, more than a credential can be (%3 at most); it may not be an ESP-AT module, or its answer was damaged. Check the profile and the cable.</source>
        <translation>Das Modul kündigte %1 Bytes für %2 an, mehr als Zugangsdaten sein können (höchstens %3); es ist vielleicht kein ESP-AT-Modul, oder seine Antwort wurde beschädigt. Prüfen Sie Profil und Kabel.</translation>
    </message>
    <message>
        <source>the module answered &quot;busy&quot; %1 times in a row. Check that nothing else sends it commands, or restart it; then start again.</source>
        <translation>Das Modul hat %1-mal hintereinander „busy“ geantwortet. Prüfen Sie, ob nichts anderes ihm Befehle sendet, oder starten Sie es neu; beginnen Sie dann erneut.</translation>
    </message>
    <message>
        <source>the device answers AT with ERROR, so it is not an ESP-AT module. Check the profile and the baud rate.</source>
        <translation>Das Gerät beantwortet AT mit ERROR, es ist also kein ESP-AT-Modul. Prüfen Sie Profil und Baudrate.</translation>
    </message>
    <message>
        <source>SDK version</source>
        <translation>SDK-Version</translation>
    </message>
    <message>
        <source>Bin version</source>
        <translation>Bin-Version</translation>
    </message>
    <message>
        <source>the device answers AT, but AT+GMR does not name an ESP-AT version (%1), so it is not an ESP-AT module. Check the profile.</source>
        <translation>Das Gerät antwortet auf AT, aber AT+GMR nennt keine ESP-AT-Version (%1), es ist also kein ESP-AT-Modul. Prüfen Sie das Profil.</translation>
    </message>
    <message>
        <source>Station MAC</source>
        <translation>Station-MAC</translation>
    </message>
    <message>
        <source>the module refused to take the %1 into %2 (%3). Check that its firmware has this namespace (AT+SYSMFG? lists them) and that the product names the right namespaces.</source>
        <translation>Das Modul hat sich geweigert, %1 in %2 aufzunehmen (%3). Prüfen Sie, ob seine Firmware diesen Namensraum hat (AT+SYSMFG? listet sie auf) und ob das Produkt die richtigen Namensräume nennt.</translation>
    </message>
    <message>
        <source>the module did not store the %1 in %2 (%3): its manufacturing NVS partition may be full. Erase credentials it no longer needs (foundry-station-cli inspect lists them), then try again.</source>
        <translation>Das Modul hat %1 nicht in %2 gespeichert (%3): Seine NVS-Fertigungspartition ist vielleicht voll. Löschen Sie nicht mehr benötigte Zugangsdaten (foundry-station-cli inspect listet sie auf) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the module did not confirm the %1 it was sent, and %2 does not hold it. Check the cable and that the module is powered; then start again.</source>
        <translation>Das Modul hat %1, das es bekam, nicht bestätigt, und %2 enthält es nicht. Prüfen Sie das Kabel und ob das Modul Strom hat; beginnen Sie dann erneut.</translation>
    </message>
    <message>
        <source>the module refused to erase %1. Restart it and try again.</source>
        <translation>Das Modul hat sich geweigert, %1 zu löschen. Starten Sie es neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>identifying the ESP-AT module</source>
        <translation>ESP-AT-Modul wird identifiziert</translation>
    </message>
    <message>
        <source>the module holds no %1 in %2. Write one there first, or check that the product names the right namespaces.</source>
        <translation>Unter %2 ist im Modul kein %1 gespeichert. Schreiben Sie zuerst eines dorthin, oder prüfen Sie, ob das Produkt die richtigen Namensräume nennt.</translation>
    </message>
</context>
<context>
    <name>FailureSentence</name>
    <message>
        <source>Foundry could not be reached: check the network cable, then scan the device ID again.</source>
        <translation>Foundry war nicht erreichbar: Prüfen Sie das Netzwerkkabel und scannen Sie die Geräte-ID erneut.</translation>
    </message>
    <message>
        <source>Foundry refused the station&apos;s token: ask a supervisor to renew it in Settings, then scan the device ID again.</source>
        <translation>Foundry hat das Token der Station abgelehnt: Lassen Sie es von einer Aufsicht in den Einstellungen erneuern und scannen Sie die Geräte-ID erneut.</translation>
    </message>
    <message>
        <source>Foundry is busy or failing: wait a minute, then scan the device ID again.</source>
        <translation>Foundry ist ausgelastet oder gestört: Warten Sie eine Minute und scannen Sie die Geräte-ID erneut.</translation>
    </message>
    <message>
        <source>Foundry refused this device: check the ID on its label, then scan the device ID again.</source>
        <translation>Foundry hat dieses Gerät abgelehnt: Prüfen Sie die ID auf seinem Etikett und scannen Sie die Geräte-ID erneut.</translation>
    </message>
    <message>
        <source>Foundry&apos;s answer could not be used: ask a supervisor to check the Foundry settings, then scan the device ID again.</source>
        <translation>Die Antwort von Foundry war nicht verwendbar: Lassen Sie eine Aufsicht die Foundry-Einstellungen prüfen und scannen Sie die Geräte-ID erneut.</translation>
    </message>
    <message>
        <source>The device stopped answering: check its cable and power, then scan the device ID again.</source>
        <translation>Das Gerät antwortet nicht mehr: Prüfen Sie Kabel und Stromversorgung und scannen Sie die Geräte-ID erneut.</translation>
    </message>
    <message>
        <source>The device cannot take this certificate: check it is the right product and firmware, then scan the device ID again.</source>
        <translation>Das Gerät kann dieses Zertifikat nicht aufnehmen: Prüfen Sie, ob Produkt und Firmware stimmen, und scannen Sie die Geräte-ID erneut.</translation>
    </message>
    <message>
        <source>The device refused the certificate: scan the device ID again, and set the device aside if it fails twice.</source>
        <translation>Das Gerät hat das Zertifikat abgelehnt: Scannen Sie die Geräte-ID erneut und legen Sie das Gerät beiseite, wenn es zweimal scheitert.</translation>
    </message>
    <message>
        <source>Cancelled and rolled back: scan the device ID again to start over.</source>
        <translation>Abgebrochen und zurückgesetzt: Scannen Sie die Geräte-ID erneut, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>Failed, and the clean-up could not finish: set the device aside and call a supervisor, the log lists what is left.</source>
        <translation>Fehlgeschlagen, und das Aufräumen konnte nicht abgeschlossen werden: Legen Sie das Gerät beiseite und rufen Sie eine Aufsicht; das Protokoll nennt, was übrig ist.</translation>
    </message>
    <message>
        <source>The device stored something other than what was sent: scan the device ID again, and set the device aside if it fails twice.</source>
        <translation>Das Gerät hat etwas anderes gespeichert als gesendet wurde: Scannen Sie die Geräte-ID erneut und legen Sie das Gerät beiseite, wenn es zweimal scheitert.</translation>
    </message>
    <message>
        <source>Foundry&apos;s certificate failed the station&apos;s checks and was not written: scan the device ID again, and call a supervisor if it repeats.</source>
        <translation>Das Zertifikat von Foundry hat die Prüfungen der Station nicht bestanden und wurde nicht geschrieben: Scannen Sie die Geräte-ID erneut und rufen Sie eine Aufsicht, wenn es sich wiederholt.</translation>
    </message>
    <message>
        <source>The topics for this device could not be made: ask a supervisor to check the topics template, then scan the device ID again.</source>
        <translation>Die Topics für dieses Gerät konnten nicht gebildet werden: Lassen Sie eine Aufsicht die Topic-Vorlage prüfen und scannen Sie die Geräte-ID erneut.</translation>
    </message>
    <message>
        <source>The station could not write its journal: ask a supervisor to check the disk, then scan the device ID again.</source>
        <translation>Die Station konnte ihr Journal nicht schreiben: Lassen Sie eine Aufsicht den Datenträger prüfen und scannen Sie die Geräte-ID erneut.</translation>
    </message>
    <message>
        <source>The job failed and was rolled back: scan the device ID again.</source>
        <translation>Der Auftrag ist fehlgeschlagen und wurde zurückgesetzt: Scannen Sie die Geräte-ID erneut.</translation>
    </message>
    <message>
        <source>The device was unplugged: plug it in again and its lane comes back.</source>
        <translation>Das Gerät wurde abgesteckt: Stecken Sie es wieder ein, dann kommt sein Kanal zurück.</translation>
    </message>
    <message>
        <source>The device does not answer: check its cable and power, then unplug it and plug it in again.</source>
        <translation>Das Gerät antwortet nicht: Prüfen Sie Kabel und Stromversorgung, stecken Sie es dann ab und wieder ein.</translation>
    </message>
    <message>
        <source>The station cannot work with this device: check it is the right product, then unplug it and plug it in again.</source>
        <translation>Die Station kann mit diesem Gerät nicht arbeiten: Prüfen Sie, ob es das richtige Produkt ist, stecken Sie es dann ab und wieder ein.</translation>
    </message>
    <message>
        <source>The network dropped while Foundry was issuing the certificate: Foundry may have issued one, and the station could not hear its answer.</source>
        <translation>Das Netzwerk ist ausgefallen, während Foundry das Zertifikat ausstellte: Foundry hat vielleicht eines ausgestellt, und die Station konnte seine Antwort nicht hören.</translation>
    </message>
    <message>
        <source>The station could not trust its connection to Foundry, so no certificate was issued.</source>
        <translation>Die Station konnte ihrer Verbindung zu Foundry nicht vertrauen, daher wurde kein Zertifikat ausgestellt.</translation>
    </message>
    <message>
        <source>Foundry could not be reached to issue a certificate, so none was issued.</source>
        <translation>Foundry war nicht erreichbar, um ein Zertifikat auszustellen, daher wurde keines ausgestellt.</translation>
    </message>
    <message>
        <source>The network dropped while Foundry was activating the certificate: Foundry may have activated it, and the station could not hear its answer, even after asking again.</source>
        <translation>Das Netzwerk ist ausgefallen, während Foundry das Zertifikat aktivierte: Foundry hat es vielleicht aktiviert, und die Station konnte seine Antwort nicht hören, auch nicht nach erneuter Anfrage.</translation>
    </message>
    <message>
        <source>The station could not trust its connection to Foundry, so the certificate was not activated.</source>
        <translation>Die Station konnte ihrer Verbindung zu Foundry nicht vertrauen, daher wurde das Zertifikat nicht aktiviert.</translation>
    </message>
    <message>
        <source>Foundry could not be reached to activate the certificate, even after the station asked again.</source>
        <translation>Foundry war nicht erreichbar, um das Zertifikat zu aktivieren, auch nicht nach erneuter Anfrage der Station.</translation>
    </message>
    <message>
        <source>The network dropped while the rollback revoked the certificate: Foundry may still hold it. The station left it under Needs attention on the Certificates page: revoke it there once the network is back, and set the device aside.</source>
        <translation>Das Netzwerk ist ausgefallen, während die Rücknahme das Zertifikat widerrief: Foundry hat es vielleicht noch. Die Station hat es unter „Braucht Aufmerksamkeit“ auf der Seite „Zertifikate“ hinterlegt: Widerrufen Sie es dort, sobald das Netzwerk wieder da ist, und legen Sie das Gerät beiseite.</translation>
    </message>
    <message>
        <source>The station cannot revoke a certificate whose ID it never heard: it left it under Needs attention on the Certificates page for Foundry support to find. Scan the device ID again once the network is back.</source>
        <translation>Die Station kann kein Zertifikat widerrufen, dessen ID sie nie erfahren hat: Sie hat es unter „Braucht Aufmerksamkeit“ auf der Seite „Zertifikate“ hinterlegt, damit der Foundry-Support es findet. Scannen Sie die Geräte-ID erneut, sobald das Netzwerk wieder da ist.</translation>
    </message>
    <message>
        <source>Nothing was left to undo: scan the device ID again once the network is back.</source>
        <translation>Es blieb nichts rückgängig zu machen: Scannen Sie die Geräte-ID erneut, sobald das Netzwerk wieder da ist.</translation>
    </message>
    <message>
        <source>The station rolled the job back: it deleted the device&apos;s copy and revoked the certificate. Scan the device ID again once the network is back.</source>
        <translation>Die Station hat den Auftrag zurückgenommen: Sie hat die Kopie auf dem Gerät gelöscht und das Zertifikat widerrufen. Scannen Sie die Geräte-ID erneut, sobald das Netzwerk wieder da ist.</translation>
    </message>
    <message>
        <source>Provisioning failed: %1 The station asks Foundry again.</source>
        <translation>Die Provisionierung ist fehlgeschlagen: %1 Die Station fragt Foundry erneut.</translation>
    </message>
    <message>
        <source>The network dropped while Foundry was activating the certificate: Foundry may have activated it, and the station could not hear its answer. The station asks again, which does no harm.</source>
        <translation>Das Netzwerk ist ausgefallen, während Foundry das Zertifikat aktivierte: Foundry hat es vielleicht aktiviert, und die Station konnte seine Antwort nicht hören. Die Station fragt erneut, was nicht schadet.</translation>
    </message>
    <message>
        <source>Foundry could not be reached to activate the certificate: the station asks again.</source>
        <translation>Foundry war nicht erreichbar, um das Zertifikat zu aktivieren: Die Station fragt erneut.</translation>
    </message>
    <message>
        <source>The station could not verify that it was talking to Foundry: ask a supervisor to check the Foundry CA file in Settings and this computer&apos;s clock, then scan the device ID again.</source>
        <translation>Die Station konnte nicht prüfen, ob sie mit Foundry spricht: Bitten Sie eine Aufsicht, die Foundry-CA-Datei in den Einstellungen und die Uhr dieses Computers zu prüfen, und scannen Sie dann die Geräte-ID erneut.</translation>
    </message>
    <message>
        <source>Nothing was left to undo. Ask a supervisor to check the Foundry CA file in Settings and this computer&apos;s clock before scanning the device ID again.</source>
        <translation>Es blieb nichts rückgängig zu machen. Bitten Sie eine Aufsicht, die Foundry-CA-Datei in den Einstellungen und die Uhr dieses Computers zu prüfen, bevor Sie die Geräte-ID erneut scannen.</translation>
    </message>
    <message>
        <source>The station rolled the job back: it deleted the device&apos;s copy and revoked the certificate. Ask a supervisor to check the Foundry CA file in Settings and this computer&apos;s clock before scanning the device ID again.</source>
        <translation>Die Station hat den Auftrag zurückgenommen: Sie hat die Kopie auf dem Gerät gelöscht und das Zertifikat widerrufen. Bitten Sie eine Aufsicht, die Foundry-CA-Datei in den Einstellungen und die Uhr dieses Computers zu prüfen, bevor Sie die Geräte-ID erneut scannen.</translation>
    </message>
</context>
<context>
    <name>FoundryAnswer</name>
    <message>
        <source>no content type</source>
        <translation>kein Content-Type</translation>
    </message>
    <message>
        <source>content type &quot;%1&quot;</source>
        <translation>Content-Type „%1“</translation>
    </message>
    <message>
        <source>HTTP %1 instead of 200 with the certificate</source>
        <translation>HTTP %1 statt 200 mit dem Zertifikat</translation>
    </message>
    <message>
        <source>%1 instead of JSON; a proxy or login page may have answered for Foundry</source>
        <translation>%1 statt JSON; möglicherweise hat ein Proxy oder eine Anmeldeseite anstelle von Foundry geantwortet</translation>
    </message>
    <message>
        <source>HTTP %1, which is not an answer Foundry documents for this call</source>
        <translation>HTTP %1, keine Antwort, die Foundry für diesen Aufruf dokumentiert</translation>
    </message>
    <message>
        <source>%1 instead of Foundry&apos;s JSON; a proxy or login page may have answered for Foundry</source>
        <translation>%1 statt des JSON von Foundry; möglicherweise hat ein Proxy oder eine Anmeldeseite anstelle von Foundry geantwortet</translation>
    </message>
    <message>
        <source>the body is not a JSON object, as Foundry&apos;s answers are</source>
        <translation>Der Inhalt ist kein JSON-Objekt, wie es die Antworten von Foundry sind</translation>
    </message>
    <message>
        <source>HTTP %1 with a failure in the body</source>
        <translation>HTTP %1 mit einem Fehler im Inhalt</translation>
    </message>
    <message>
        <source>a redirect (HTTP %1) to %2; set the Foundry URL to the address it points at</source>
        <translation>Eine Weiterleitung (HTTP %1) nach %2; stellen Sie die Foundry-URL auf die Adresse ein, auf die sie zeigt</translation>
    </message>
    <message>
        <source>HTTP %1, which is not a final answer</source>
        <translation>HTTP %1, keine endgültige Antwort</translation>
    </message>
</context>
<context>
    <name>FoundryClient</name>
    <message>
        <source>the CA file cannot be used: %1</source>
        <translation>Die CA-Datei ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>the CA file %1 holds no PEM certificate</source>
        <translation>Die CA-Datei %1 enthält kein PEM-Zertifikat</translation>
    </message>
</context>
<context>
    <name>FoundryClientSettings</name>
    <message>
        <source>the Foundry URL &quot;%1&quot; is not a valid URL (expected e.g. https://foundry.example.com)</source>
        <translation>Die Foundry-URL „%1“ ist keine gültige URL (erwartet z. B. https://foundry.example.com)</translation>
    </message>
    <message>
        <source>plain http:// is only allowed to this computer (127.0.0.1, ::1, localhost); use https:// for %1</source>
        <translation>Unverschlüsseltes http:// ist nur zu diesem Computer erlaubt (127.0.0.1, ::1, localhost); verwenden Sie https:// für %1</translation>
    </message>
    <message>
        <source>the Foundry URL must start with https:// (got &quot;%1&quot;)</source>
        <translation>Die Foundry-URL muss mit https:// beginnen (erhalten: „%1“)</translation>
    </message>
    <message>
        <source>the CA file %1 does not exist or cannot be read</source>
        <translation>Die CA-Datei %1 existiert nicht oder ist nicht lesbar</translation>
    </message>
    <message>
        <source>the auth header name is empty</source>
        <translation>Der Name des Auth-Headers ist leer</translation>
    </message>
    <message>
        <source>the auth header name &quot;%1&quot; is not a valid HTTP header name (letters, digits and !#$%&amp;&apos;*+-.^_`|~ only, no spaces, colons or line breaks)</source>
        <translation>Der Name des Auth-Headers „%1“ ist kein gültiger HTTP-Headername (nur Buchstaben, Ziffern und !#$%&amp;&apos;*+-.^_`|~, keine Leerzeichen, Doppelpunkte oder Zeilenumbrüche)</translation>
    </message>
    <message>
        <source>the auth scheme &quot;%1&quot; is not a valid HTTP auth scheme (one word such as Bearer, no spaces or line breaks)</source>
        <translation>Das Auth-Schema „%1“ ist kein gültiges HTTP-Auth-Schema (ein Wort wie Bearer, keine Leerzeichen oder Zeilenumbrüche)</translation>
    </message>
    <message>
        <source>no access token; set FOUNDRY_TOKEN or enter it when asked</source>
        <translation>Kein Zugriffstoken; setzen Sie FOUNDRY_TOKEN oder geben Sie es bei Nachfrage ein</translation>
    </message>
    <message>
        <source>the access token contains a control character (such as a line break) at position %1; copy the token again as one line</source>
        <translation>Das Zugriffstoken enthält an Position %1 ein Steuerzeichen (etwa einen Zeilenumbruch); kopieren Sie das Token erneut als eine Zeile</translation>
    </message>
    <message>
        <source>the number of attempts must be at least 1</source>
        <translation>Die Anzahl der Versuche muss mindestens 1 sein</translation>
    </message>
</context>
<context>
    <name>FoundryError</name>
    <message>
        <source>The Foundry connection settings are not usable: %1.</source>
        <translation>Die Einstellungen für die Foundry-Verbindung sind nicht verwendbar: %1.</translation>
    </message>
    <message>
        <source>Foundry could not be reached (%1).</source>
        <translation>Foundry war nicht erreichbar (%1).</translation>
    </message>
    <message>
        <source>The connection to Foundry is not secure: %1.</source>
        <translation>Die Verbindung zu Foundry ist nicht sicher: %1.</translation>
    </message>
    <message>
        <source>Foundry refused the access token (HTTP %1).</source>
        <translation>Foundry hat das Zugriffstoken abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>Foundry does not know this certificate or device (HTTP 404).</source>
        <translation>Foundry kennt dieses Zertifikat oder Gerät nicht (HTTP 404).</translation>
    </message>
    <message>
        <source>Foundry refused the request (HTTP %1).</source>
        <translation>Foundry hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>Foundry is limiting the request rate (HTTP 429).</source>
        <translation>Foundry begrenzt die Anfragerate (HTTP 429).</translation>
    </message>
    <message>
        <source>Foundry is temporarily unavailable (HTTP 503).</source>
        <translation>Foundry ist vorübergehend nicht verfügbar (HTTP 503).</translation>
    </message>
    <message>
        <source>Foundry failed to handle the request (HTTP %1).</source>
        <translation>Foundry konnte die Anfrage nicht bearbeiten (HTTP %1).</translation>
    </message>
    <message>
        <source>Foundry answered with something the station does not understand: %1.</source>
        <translation>Foundry hat mit etwas geantwortet, das die Station nicht versteht: %1.</translation>
    </message>
    <message>
        <source>Correct the setting and try again.</source>
        <translation>Korrigieren Sie die Einstellung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Check the network connection and the Foundry URL, then try again.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und die Foundry-URL und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Check the Foundry URL and, for a private Foundry installation, pass its CA certificate with --ca-file. Do not continue on an untrusted connection.</source>
        <translation>Prüfen Sie die Foundry-URL und übergeben Sie bei einer privaten Foundry-Installation deren CA-Zertifikat mit --ca-file. Fahren Sie nicht über eine nicht vertrauenswürdige Verbindung fort.</translation>
    </message>
    <message>
        <source>Check that FOUNDRY_TOKEN holds a valid, unexpired token with certificate rights, and that the auth header setting matches your Foundry installation.</source>
        <translation>Prüfen Sie, ob FOUNDRY_TOKEN ein gültiges, nicht abgelaufenes Token mit Zertifikatsrechten enthält und die Auth-Header-Einstellung zu Ihrer Foundry-Installation passt.</translation>
    </message>
    <message>
        <source>Check the IDs; the certificate may already have been revoked.</source>
        <translation>Prüfen Sie die IDs; das Zertifikat wurde vielleicht schon widerrufen.</translation>
    </message>
    <message>
        <source>Check the certificate ID, device ID and topics.</source>
        <translation>Prüfen Sie Zertifikats-ID, Geräte-ID und Topics.</translation>
    </message>
    <message>
        <source>The station retried and gave up; wait a minute, then try again. If it keeps happening, run fewer lanes at once.</source>
        <translation>Die Station hat es erneut versucht und aufgegeben; warten Sie eine Minute und versuchen Sie es erneut. Wenn es weiter passiert, betreiben Sie weniger Kanäle gleichzeitig.</translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it keeps failing, contact Foundry support.</source>
        <translation>Versuchen Sie es in einigen Minuten erneut; scheitert es weiter, wenden Sie sich an den Foundry-Support.</translation>
    </message>
    <message>
        <source>Check that the Foundry URL points at the Foundry API, not at a proxy or a login page.</source>
        <translation>Prüfen Sie, ob die Foundry-URL auf die Foundry-API zeigt und nicht auf einen Proxy oder eine Anmeldeseite.</translation>
    </message>
    <message>
        <source> Foundry said: &quot;%1&quot;.</source>
        <translation> Foundry meldete: „%1“.</translation>
    </message>
</context>
<context>
    <name>FoundryReply</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>already revoked by an earlier attempt whose answer was lost</source>
        <translation>bereits durch einen früheren Versuch widerrufen, dessen Antwort verloren ging</translation>
    </message>
    <message>
        <source>Foundry may have created and activated a certificate at %1 whose ID never arrived. Nobody holds its private key, but ask Foundry support to delete certificates created at that time.</source>
        <translation>Foundry hat um %1 möglicherweise ein Zertifikat erstellt und aktiviert, dessen ID nie ankam. Niemand hat seinen privaten Schlüssel, bitten Sie aber den Foundry-Support, die zu dieser Zeit erstellten Zertifikate zu löschen.</translation>
    </message>
    <message>
        <source>Foundry may have created a certificate at %1 whose ID never arrived. It is INACTIVE and tied to no device, so it cannot be used to connect; ask Foundry support to delete INACTIVE certificates created at that time.</source>
        <translation>Foundry hat um %1 möglicherweise ein Zertifikat erstellt, dessen ID nie ankam. Es ist INAKTIV und keinem Gerät zugeordnet, kann also nicht zum Verbinden verwendet werden; bitten Sie den Foundry-Support, die zu dieser Zeit erstellten INAKTIVEN Zertifikate zu löschen.</translation>
    </message>
</context>
<context>
    <name>GenerateResponse</name>
    <message>
        <source>the response is not valid JSON (%1 at byte %2)</source>
        <translation>Die Antwort ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>the response is JSON but not an object</source>
        <translation>Die Antwort ist JSON, aber kein Objekt</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing</source>
        <translation>Feld „%1“ fehlt</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not a non-empty string</source>
        <translation>Feld „%1“ ist keine nicht leere Zeichenkette</translation>
    </message>
    <message>
        <source>field &quot;id&quot; is not a certificate ID (64 hexadecimal digits)</source>
        <translation>Feld „id“ ist keine Zertifikats-ID (64 Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>field &quot;private&quot; is missing</source>
        <translation>Feld „private“ fehlt</translation>
    </message>
    <message>
        <source>field &quot;private&quot; appears more than once</source>
        <translation>Feld „private“ kommt mehr als einmal vor</translation>
    </message>
    <message>
        <source>field &quot;private&quot; is not a non-empty string</source>
        <translation>Feld „private“ ist keine nicht leere Zeichenkette</translation>
    </message>
    <message>
        <source>the response does not have the documented shape: %1</source>
        <translation>Die Antwort hat nicht die dokumentierte Form: %1</translation>
    </message>
</context>
<context>
    <name>HttpExchange</name>
    <message>
        <source>no answer within %1 seconds</source>
        <translation>keine Antwort innerhalb von %1 Sekunden</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the server closed the connection before the request was sent</source>
        <translation>Der Server hat die Verbindung geschlossen, bevor die Anfrage gesendet wurde</translation>
    </message>
    <message>
        <source>the connection closed before the answer was complete</source>
        <translation>Die Verbindung wurde geschlossen, bevor die Antwort vollständig war</translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>the answer is larger than %1 bytes</source>
        <translation>Die Antwort ist größer als %1 Bytes</translation>
    </message>
    <message>
        <source>the answer&apos;s header lines are longer than %1 bytes</source>
        <translation>Die Kopfzeilen der Antwort sind länger als %1 Bytes</translation>
    </message>
    <message>
        <source>the answer&apos;s body is larger than %1 bytes</source>
        <translation>Der Inhalt der Antwort ist größer als %1 Bytes</translation>
    </message>
    <message>
        <source>a chunk of the answer is longer than its size says</source>
        <translation>Ein Chunk der Antwort ist länger als seine Größenangabe</translation>
    </message>
    <message>
        <source>the server did not answer in HTTP (it sent &quot;%1&quot;)</source>
        <translation>Der Server hat nicht per HTTP geantwortet (er sandte „%1“)</translation>
    </message>
    <message>
        <source>a malformed header line (&quot;%1&quot;)</source>
        <translation>eine fehlerhafte Kopfzeile („%1“)</translation>
    </message>
    <message>
        <source>an unsupported Transfer-Encoding &quot;%1&quot;</source>
        <translation>ein nicht unterstütztes Transfer-Encoding „%1“</translation>
    </message>
    <message>
        <source>Content-Length headers that disagree</source>
        <translation>Content-Length-Header, die sich widersprechen</translation>
    </message>
    <message>
        <source>an unusable Content-Length &quot;%1&quot;</source>
        <translation>eine unbrauchbare Content-Length „%1“</translation>
    </message>
    <message>
        <source>a malformed chunk size &quot;%1&quot; in the answer</source>
        <translation>eine fehlerhafte Chunk-Größe „%1“ in der Antwort</translation>
    </message>
</context>
<context>
    <name>JobHistoryModel</name>
    <message>
        <source>revocation done</source>
        <translation>Widerruf erledigt</translation>
    </message>
    <message>
        <source>revocation failed</source>
        <translation>Widerruf fehlgeschlagen</translation>
    </message>
    <message>
        <source>revocation unfinished</source>
        <translation>Widerruf unvollendet</translation>
    </message>
    <message>
        <source>revocation %1</source>
        <translation>Widerruf %1</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>unvollendet</translation>
    </message>
    <message>
        <source>Certificate revoked at %1</source>
        <translation>Zertifikat widerrufen am %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Started %1, finished %2</source>
        <translation>Begonnen %1, beendet %2</translation>
    </message>
    <message>
        <source>Started %1, not finished</source>
        <translation>Begonnen %1, nicht beendet</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>Certificate ID</source>
        <translation>Zertifikats-ID</translation>
    </message>
    <message>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
</context>
<context>
    <name>JobJournal</name>
    <message>
        <source>journal %1: %2: %3</source>
        <translation>Journal %1: %2: %3</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>Der Qt-SQLite-Treiber (QSQLITE) ist nicht installiert</translation>
    </message>
    <message>
        <source>there is no such file; check the path, which must name the journal the station writes</source>
        <translation>Diese Datei gibt es nicht; prüfen Sie den Pfad, der das Journal nennen muss, das die Station schreibt</translation>
    </message>
    <message>
        <source>creating the schema</source>
        <translation>Anlegen des Schemas</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>Lesen der Schemaversion</translation>
    </message>
    <message>
        <source>its schema version is missing; this is not a journal the station wrote</source>
        <translation>Die Schemaversion fehlt; dies ist kein Journal, das die Station geschrieben hat</translation>
    </message>
    <message>
        <source>updating the schema from version %1</source>
        <translation>Aktualisieren des Schemas von Version %1</translation>
    </message>
    <message>
        <source>recording a new job</source>
        <translation>Aufzeichnen eines neuen Auftrags</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>Der Ordner von %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation>%1 kann nicht gesperrt werden</translation>
    </message>
    <message>
        <source>%1 (process %2 on %3)</source>
        <translation>%1 (Prozess %2 auf %3)</translation>
    </message>
    <message>
        <source>not open</source>
        <translation>nicht geöffnet</translation>
    </message>
    <message>
        <source>%1. Make sure the journal&apos;s folder is writable and its disk has space.</source>
        <translation>%1. Stellen Sie sicher, dass der Ordner des Journals beschreibbar ist und sein Datenträger Platz hat.</translation>
    </message>
    <message>
        <source>no such row</source>
        <translation>keine solche Zeile</translation>
    </message>
    <message>
        <source>recording the device of job %1</source>
        <translation>Aufzeichnen des Geräts von Auftrag %1</translation>
    </message>
    <message>
        <source>recording certificate %1 for job %2</source>
        <translation>Aufzeichnen von Zertifikat %1 für Auftrag %2</translation>
    </message>
    <message>
        <source>recording step %1 of job %2</source>
        <translation>Aufzeichnen von Schritt %1 von Auftrag %2</translation>
    </message>
    <message>
        <source>recording the end of step %1</source>
        <translation>Aufzeichnen des Endes von Schritt %1</translation>
    </message>
    <message>
        <source>recording the end of job %1</source>
        <translation>Aufzeichnen des Endes von Auftrag %1</translation>
    </message>
    <message>
        <source>a job cannot end pending</source>
        <translation>Ein Auftrag kann nicht als ausstehend enden</translation>
    </message>
    <message>
        <source>its %1 &quot;%2&quot; is not one this program knows; the journal may have been written by a newer program</source>
        <translation>Der Wert „%2“ für %1 ist diesem Programm unbekannt; das Journal wurde vielleicht von einem neueren Programm geschrieben</translation>
    </message>
    <message>
        <source>searching jobs</source>
        <translation>Suchen von Aufträgen</translation>
    </message>
    <message>
        <source>reading job %1</source>
        <translation>Lesen von Auftrag %1</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>reading the steps of job %1</source>
        <translation>Lesen der Schritte von Auftrag %1</translation>
    </message>
    <message>
        <source>reading step %1 of job %2</source>
        <translation>Lesen von Schritt %1 von Auftrag %2</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>exporting to %1</source>
        <translation>Exportieren nach %1</translation>
    </message>
    <message>
        <source>recording item %1 as done</source>
        <translation>Eintrag %1 wird als erledigt aufgezeichnet</translation>
    </message>
    <message>
        <source>no such item</source>
        <translation>kein solcher Eintrag</translation>
    </message>
    <message>
        <source>reading what jobs left behind</source>
        <translation>Lesen dessen, was Aufträge hinterlassen haben</translation>
    </message>
    <message>
        <source>reading item %1 of job %2</source>
        <translation>Lesen von Eintrag %1 des Auftrags %2</translation>
    </message>
    <message>
        <source>action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>journal: %1</source>
        <translation>Journal: %1</translation>
    </message>
    <message>
        <source>the Qt PostgreSQL driver (QPSQL) is not installed; install the package libqt6sql6-psql</source>
        <translation>der PostgreSQL-Treiber von Qt (QPSQL) ist nicht installiert; installieren Sie das Paket libqt6sql6-psql</translation>
    </message>
    <message>
        <source>reading the run lease</source>
        <translation>Lesen der Lease des Laufs</translation>
    </message>
    <message>
        <source>written by a newer program (schema version %1, this program knows up to %2); update this station before it uses this journal</source>
        <translation>von einem neueren Programm geschrieben (Schemaversion %1, dieses Programm kennt bis %2); aktualisieren Sie diese Station, bevor sie dieses Journal verwendet</translation>
    </message>
    <message>
        <source>importing job %1</source>
        <translation>Importieren von Auftrag %1</translation>
    </message>
    <message>
        <source>taking over run %1</source>
        <translation>Übernehmen von Lauf %1</translation>
    </message>
    <message>
        <source>%1, whose last heartbeat was %2 s ago (its lease lasts %3 s)</source>
        <translation>%1, deren letztes Lebenszeichen %2 s zurückliegt (ihre Lease dauert %3 s)</translation>
    </message>
    <message>
        <source>another station recovered this station&apos;s jobs while this station could not reach the database</source>
        <translation>eine andere Station hat die Aufträge dieser Station wiederhergestellt, während diese Station die Datenbank nicht erreichen konnte</translation>
    </message>
    <message>
        <source>%1 took over this station&apos;s jobs while this station could not reach the database</source>
        <translation>%1 hat die Aufträge dieser Station übernommen, während diese Station die Datenbank nicht erreichen konnte</translation>
    </message>
    <message>
        <source>the connection to the journal&apos;s database is lost. Make sure its server is running and reachable.</source>
        <translation>die Verbindung zur Datenbank des Journals ist verloren. Stellen Sie sicher, dass ihr Server läuft und erreichbar ist.</translation>
    </message>
    <message>
        <source>%1. Make sure the journal&apos;s database server is running and reachable.</source>
        <translation>%1. Stellen Sie sicher, dass der Datenbankserver des Journals läuft und erreichbar ist.</translation>
    </message>
    <message>
        <source>the shared journal cannot be reached and %1</source>
        <translation>das gemeinsame Journal ist nicht erreichbar und %1</translation>
    </message>
    <message>
        <source>the database returned no ID</source>
        <translation>die Datenbank hat keine ID zurückgegeben</translation>
    </message>
    <message>
        <source>%1. Check that the database server is running and reachable, and that the station has the database&apos;s password. %2</source>
        <translation>%1. Prüfen Sie, ob der Datenbankserver läuft und erreichbar ist und ob die Station das Passwort der Datenbank hat. %2</translation>
    </message>
    <message>
        <source>reading the journal&apos;s identity</source>
        <translation>Lesen der Identität des Journals</translation>
    </message>
    <message>
        <source>%1; nothing more is recorded for them, and the rows this station kept in its local spool while the database was away stay there. Restart the station: the station that recovered the jobs owns them now.</source>
        <translation>%1; für sie wird nichts mehr aufgezeichnet, und die Zeilen, die diese Station in ihrem lokalen Zwischenspeicher behalten hat, während die Datenbank nicht erreichbar war, bleiben dort. Starten Sie die Station neu: Die Aufträge gehören jetzt der Station, die sie wiederhergestellt hat.</translation>
    </message>
    <message>
        <source>rows of running jobs wait in the local spool and cannot be handed to the shared journal: %1.</source>
        <translation>Zeilen laufender Aufträge warten im lokalen Zwischenspeicher und können dem gemeinsamen Journal nicht übergeben werden: %1.</translation>
    </message>
    <message>
        <source>the shared journal cannot be reached. Make sure the journal&apos;s database server is running and reachable</source>
        <translation>das gemeinsame Journal ist nicht erreichbar. Stellen Sie sicher, dass der Datenbankserver des Journals läuft und erreichbar ist</translation>
    </message>
    <message>
        <source>%1; they stay there</source>
        <translation>%1; sie bleiben dort</translation>
    </message>
    <message>
        <source>%1. Make sure the journal&apos;s database server is running and reachable</source>
        <translation>%1. Stellen Sie sicher, dass der Datenbankserver des Journals läuft und erreichbar ist</translation>
    </message>
    <message>
        <source>rows of running jobs wait in the local spool and cannot be handed to the shared journal (%1), and %2</source>
        <translation>Zeilen laufender Aufträge warten im lokalen Zwischenspeicher und können dem gemeinsamen Journal nicht übergeben werden (%1), und %2</translation>
    </message>
    <message>
        <source>already finished by %1 at %2; refresh the list</source>
        <translation>bereits von %1 um %2 abgeschlossen; aktualisieren Sie die Liste</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemandem</translation>
    </message>
    <message>
        <source>reading how jobs spoke to their devices</source>
        <translation>Lesen, wie Aufträge mit ihren Geräten gesprochen haben</translation>
    </message>
</context>
<context>
    <name>JournalDialect</name>
    <message>
        <source>setting synchronous_commit</source>
        <translation>Setzen von synchronous_commit</translation>
    </message>
    <message>
        <source>switching to WAL mode</source>
        <translation>Umstellen auf den WAL-Modus</translation>
    </message>
    <message>
        <source>setting synchronous=FULL</source>
        <translation>Setzen von synchronous=FULL</translation>
    </message>
    <message>
        <source>enabling foreign keys</source>
        <translation>Aktivieren von Fremdschlüsseln</translation>
    </message>
</context>
<context>
    <name>JournalLocation</name>
    <message>
        <source>the journal&apos;s location is empty; give a file or a postgresql:// URL</source>
        <translation>der Ort des Journals ist leer; geben Sie eine Datei oder eine postgresql://-URL an</translation>
    </message>
    <message>
        <source>the journal&apos;s location &quot;%1&quot; holds a control character; retype it on one line</source>
        <translation>der Ort des Journals „%1“ enthält ein Steuerzeichen; geben Sie ihn in einer Zeile neu ein</translation>
    </message>
    <message>
        <source>Write it as postgresql://USER@HOST:PORT/DATABASE?sslmode=verify-full&amp;sslrootcert=CA_FILE.</source>
        <translation>Schreiben Sie sie als postgresql://BENUTZER@HOST:PORT/DATENBANK?sslmode=verify-full&amp;sslrootcert=CA_DATEI.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL (%2). %3</source>
        <translation>„%1“ ist keine gültige URL (%2). %3</translation>
    </message>
    <message>
        <source>the journal&apos;s URL has a fragment (#...), which means nothing to a database. %1</source>
        <translation>die URL des Journals hat ein Fragment (#...), das für eine Datenbank nichts bedeutet. %1</translation>
    </message>
    <message>
        <source>the journal&apos;s URL names port %1, which does not exist. %2</source>
        <translation>die URL des Journals nennt den Port %1, den es nicht gibt. %2</translation>
    </message>
    <message>
        <source>the journal&apos;s URL must name one database after the host. %1</source>
        <translation>die URL des Journals muss nach dem Host genau eine Datenbank nennen. %1</translation>
    </message>
    <message>
        <source>the journal&apos;s URL holds a control character in &quot;%1&quot;</source>
        <translation>die URL des Journals enthält ein Steuerzeichen in „%1“</translation>
    </message>
    <message>
        <source>sslmode &quot;%1&quot; is not one the station takes: verify-full (or verify-ca, require, disable on this machine only)</source>
        <translation>sslmode „%1“ nimmt die Station nicht an: verify-full (oder verify-ca, require, disable nur auf diesem Rechner)</translation>
    </message>
    <message>
        <source>the CA file&apos;s name may not hold &apos;;&apos;; move the file or link it elsewhere</source>
        <translation>der Name der CA-Datei darf kein &apos;;&apos; enthalten; verschieben Sie die Datei oder verlinken Sie sie an einem anderen Ort</translation>
    </message>
    <message>
        <source>host= in the journal&apos;s URL is for a Unix socket&apos;s folder and must start with &apos;/&apos;; put a network host before the database name. %1</source>
        <translation>host= in der URL des Journals ist für den Ordner eines Unix-Sockets und muss mit &apos;/&apos; beginnen; setzen Sie einen Netzwerk-Host vor den Datenbanknamen. %1</translation>
    </message>
    <message>
        <source>the journal&apos;s URL has &quot;%1&quot;, which the station does not take; it takes sslmode, sslrootcert and host</source>
        <translation>die URL des Journals enthält „%1“, was die Station nicht annimmt; sie nimmt sslmode, sslrootcert und host an</translation>
    </message>
    <message>
        <source>the journal&apos;s URL names no host. %1</source>
        <translation>die URL des Journals nennt keinen Host. %1</translation>
    </message>
    <message>
        <source>a journal on another machine needs sslmode=verify-full (it has %1), so that the station checks the server&apos;s certificate and host name</source>
        <translation>ein Journal auf einem anderen Rechner braucht sslmode=verify-full (es hat %1), damit die Station das Zertifikat und den Hostnamen des Servers prüft</translation>
    </message>
    <message>
        <source>sslmode=%1 needs sslrootcert=CA_FILE, the CA that signed the database server&apos;s certificate</source>
        <translation>sslmode=%1 braucht sslrootcert=CA_DATEI, die CA, die das Zertifikat des Datenbankservers signiert hat</translation>
    </message>
    <message>
        <source>the journal&apos;s URL holds a password, where anyone who reads the settings sees it. Remove it from the URL. %1</source>
        <translation>die URL des Journals enthält ein Passwort, das jeder sieht, der die Einstellungen liest. Entfernen Sie es aus der URL. %1</translation>
    </message>
    <message>
        <source>In the window, enter the database&apos;s password in Settings (the station keeps it in the keychain); on the command line, put it in the file PGPASSFILE names.</source>
        <translation>Im Fenster geben Sie das Passwort der Datenbank in den Einstellungen ein (die Station bewahrt es im Schlüsselbund auf); auf der Kommandozeile legen Sie es in die Datei, die PGPASSFILE nennt.</translation>
    </message>
</context>
<context>
    <name>JournalRecovery</name>
    <message>
        <source>Recovery: sending %1 to the device on %2</source>
        <translation>Wiederherstellung: %1 wird an das Gerät an %2 gesendet</translation>
    </message>
    <message>
        <source>Recovery: provisioning certificate %1 to device %2 again</source>
        <translation>Wiederherstellung: Zertifikat %1 wird erneut für Gerät %2 provisioniert</translation>
    </message>
    <message>
        <source>Recovery: revoking certificate %1</source>
        <translation>Wiederherstellung: Zertifikat %1 wird widerrufen</translation>
    </message>
    <message>
        <source>%1 is still running in %2; left alone.</source>
        <translation>%1 läuft noch in %2; nicht angetastet.</translation>
    </message>
    <message>
        <source>another process</source>
        <translation>einem anderen Prozess</translation>
    </message>
    <message>
        <source>Foundry had confirmed the revoke; it is recorded as done.</source>
        <translation>Foundry hatte den Widerruf bestätigt; er ist als erledigt aufgezeichnet.</translation>
    </message>
    <message>
        <source>Foundry had confirmed the provision; the job is recorded as done.</source>
        <translation>Foundry hatte die Provisionierung bestätigt; der Auftrag ist als erledigt aufgezeichnet.</translation>
    </message>
    <message>
        <source>Nothing had been created on Foundry or on the device.</source>
        <translation>Weder auf Foundry noch auf dem Gerät war etwas angelegt worden.</translation>
    </message>
    <message>
        <source>The job&apos;s rollback had revoked certificate %1.</source>
        <translation>Die Rücknahme des Auftrags hatte Zertifikat %1 widerrufen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The device had confirmed its certificate and key, so recovery provisioned certificate %1 to device %2 with its topics.</source>
        <translation>Das Gerät hatte Zertifikat und Schlüssel bestätigt, daher hat die Wiederherstellung Zertifikat %1 mit seinen Topics für Gerät %2 provisioniert.</translation>
    </message>
    <message>
        <source>provisioning certificate %1 failed: %2</source>
        <translation>Provisionierung von Zertifikat %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>revoking certificate %1 failed: %2</source>
        <translation>Widerruf von Zertifikat %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Foundry answered that it does not know certificate %1, so there was nothing to revoke.</source>
        <translation>Foundry antwortete, dass es Zertifikat %1 nicht kennt; es gab also nichts zu widerrufen.</translation>
    </message>
    <message>
        <source>Recovery revoked certificate %1.</source>
        <translation>Die Wiederherstellung hat Zertifikat %1 widerrufen.</translation>
    </message>
    <message>
        <source>Foundry refused to provision it again (%1). </source>
        <translation>Foundry hat die erneute Provisionierung abgelehnt (%1). </translation>
    </message>
    <message>
        <source>%1 was interrupted at &quot;%2&quot; (%3).</source>
        <translation>%1 wurde bei „%2“ unterbrochen (%3).</translation>
    </message>
    <message>
        <source>its start</source>
        <translation>seinem Beginn</translation>
    </message>
    <message>
        <source>%1 could not be recovered now: %2. It stays unfinished until a later recovery finishes it.</source>
        <translation>%1 konnte jetzt nicht wiederhergestellt werden: %2. Es bleibt unvollendet, bis eine spätere Wiederherstellung es abschließt.</translation>
    </message>
    <message>
        <source>Job %1 (device %2, %3)</source>
        <translation>Auftrag %1 (Gerät %2, %3)</translation>
    </message>
    <message>
        <source>Job %1 (device %2, certificate %3)</source>
        <translation>Auftrag %1 (Gerät %2, Zertifikat %3)</translation>
    </message>
    <message>
        <source>%1 (serial %2)</source>
        <translation>%1 (Seriennummer %2)</translation>
    </message>
    <message>
        <source>The interrupted job may have left %1; recovery sent %2 to the device on %3, which took it.</source>
        <translation>Der unterbrochene Auftrag hat vielleicht %1 hinterlassen; die Wiederherstellung hat %2 an das Gerät an %3 gesendet, das es angenommen hat.</translation>
    </message>
    <message>
        <source>which is not revoked</source>
        <translation>das nicht widerrufen ist</translation>
    </message>
    <message>
        <source>which Foundry does not know</source>
        <translation>das Foundry nicht kennt</translation>
    </message>
    <message>
        <source>whether the process that ran it still runs cannot be told (%1). Make sure the journal&apos;s database server is running and reachable, then recover again</source>
        <translation>ob der Prozess, der ihn ausgeführt hat, noch läuft, lässt sich nicht feststellen (%1). Stellen Sie sicher, dass der Datenbankserver des Journals läuft und erreichbar ist, und stellen Sie ihn dann erneut wieder her</translation>
    </message>
</context>
<context>
    <name>JournalSpool</name>
    <message>
        <source>the local spool %1 cannot be opened: %2</source>
        <translation>der lokale Zwischenspeicher %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the local spool %1 cannot be written: %2</source>
        <translation>der lokale Zwischenspeicher %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the local spool %1 cannot be read: %2</source>
        <translation>der lokale Zwischenspeicher %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>entry %1 of the local spool names a step that is not in it</source>
        <translation>Eintrag %1 des lokalen Zwischenspeichers nennt einen Schritt, der nicht darin steht</translation>
    </message>
</context>
<context>
    <name>KeychainTokenStore</name>
    <message>
        <source>no Foundry access token for %1 in the keychain: enter it in Settings</source>
        <translation>Kein Foundry-Zugriffstoken für %1 im Schlüsselbund: Geben Sie es in den Einstellungen ein</translation>
    </message>
    <message>
        <source>the keychain did not give the access token for %1 (%2)</source>
        <translation>Der Schlüsselbund hat das Zugriffstoken für %1 nicht herausgegeben (%2)</translation>
    </message>
    <message>
        <source>the keychain did not keep the access token for %1 (%2)</source>
        <translation>Der Schlüsselbund hat das Zugriffstoken für %1 nicht gespeichert (%2)</translation>
    </message>
    <message>
        <source>the keychain did not forget the access token for %1 (%2)</source>
        <translation>Der Schlüsselbund hat das Zugriffstoken für %1 nicht vergessen (%2)</translation>
    </message>
    <message>
        <source>the keychain did not give the database password for %1 (%2); unlock the keychain, or enter the password in Settings again</source>
        <translation>Der Schlüsselbund hat das Datenbank-Passwort für %1 nicht herausgegeben (%2); entsperren Sie den Schlüsselbund, oder geben Sie das Passwort erneut in den Einstellungen ein</translation>
    </message>
    <message>
        <source>the keychain did not keep the database password for %1 (%2)</source>
        <translation>Der Schlüsselbund hat das Datenbank-Passwort für %1 nicht gespeichert (%2)</translation>
    </message>
    <message>
        <source>the keychain did not forget the database password for %1 (%2)</source>
        <translation>Der Schlüsselbund hat das Datenbank-Passwort für %1 nicht vergessen (%2)</translation>
    </message>
</context>
<context>
    <name>LaneWidget</name>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>USB serial number</source>
        <translation>USB-Seriennummer</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Progress of the write</source>
        <translation>Fortschritt des Schreibens</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Verdict symbol</source>
        <translation>Ergebnissymbol</translation>
    </message>
    <message>
        <source>Copy the full certificate ID</source>
        <translation>Die vollständige Zertifikats-ID kopieren</translation>
    </message>
    <message>
        <source>Copy certificate ID</source>
        <translation>Zertifikats-ID kopieren</translation>
    </message>
    <message>
        <source>Copies the full ID of the certificate the device now holds to the clipboard</source>
        <translation>Kopiert die vollständige ID des Zertifikats, das das Gerät jetzt enthält, in die Zwischenablage</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start this lane&apos;s job</source>
        <translation>Den Auftrag dieses Kanals starten</translation>
    </message>
    <message>
        <source>Provisions the scanned device ID on this lane&apos;s device. Shortcut: Ctrl+Return</source>
        <translation>Provisioniert die gescannte Geräte-ID auf dem Gerät dieses Kanals. Tastenkürzel: Strg+Eingabe</translation>
    </message>
    <message>
        <source>Provision the scanned device ID on this lane (Ctrl+Return)</source>
        <translation>Die gescannte Geräte-ID auf diesem Kanal provisionieren (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <comment>A key sequence, as Qt writes it</comment>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel this lane&apos;s job</source>
        <translation>Den Auftrag dieses Kanals abbrechen</translation>
    </message>
    <message>
        <source>Stops this lane&apos;s job and rolls back what it did. Shortcut: Ctrl+. (with several lanes busy, it moves between their Cancel buttons; Space presses the one that has the focus)</source>
        <translation>Hält den Auftrag dieses Kanals an und nimmt zurück, was er getan hat. Tastenkürzel: Strg+. (sind mehrere Kanäle beschäftigt, wechselt es zwischen ihren Abbrechen-Knöpfen; die Leertaste drückt den mit dem Fokus)</translation>
    </message>
    <message>
        <source>Stop this lane&apos;s job and roll it back (Ctrl+.)</source>
        <translation>Den Auftrag dieses Kanals anhalten und zurücknehmen (Strg+.)</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <comment>A key sequence, as Qt writes it</comment>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Show this lane&apos;s steps in the log: each call, each answer, how long each took</source>
        <translation>Die Schritte dieses Kanals im Protokoll zeigen: jeder Aufruf, jede Antwort, wie lange jeder dauerte</translation>
    </message>
    <message>
        <source>Show this lane&apos;s log</source>
        <translation>Das Protokoll dieses Kanals zeigen</translation>
    </message>
    <message>
        <source>Opens the log with this lane&apos;s steps: each call, each answer, and how long each took</source>
        <translation>Öffnet das Protokoll mit den Schritten dieses Kanals: jeder Aufruf, jede Antwort und wie lange jeder dauerte</translation>
    </message>
    <message>
        <source>serial %1</source>
        <translation>Seriennummer %1</translation>
    </message>
    <message>
        <source>firmware %1</source>
        <translation>Firmware %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>not detected yet</source>
        <translation>noch nicht erkannt</translation>
    </message>
    <message>
        <source>Lane %1</source>
        <translation>Kanal %1</translation>
    </message>
    <message>
        <source>Device ID %1: press Start to provision it.</source>
        <translation>Geräte-ID %1: Drücken Sie Start, um sie zu provisionieren.</translation>
    </message>
    <message>
        <source>Finishing what an earlier run left on this port...</source>
        <translation>Abschließen, was ein früherer Lauf an diesem Port hinterlassen hat…</translation>
    </message>
    <message>
        <source>Asking the device which language it speaks...</source>
        <translation>Das Gerät wird gefragt, welche Sprache es spricht…</translation>
    </message>
    <message>
        <source>Ready: scan the device ID label.</source>
        <translation>Bereit: Scannen Sie das Etikett mit der Geräte-ID.</translation>
    </message>
    <message>
        <source>Rolling back before the port closes...</source>
        <translation>Rücknahme, bevor der Port schließt…</translation>
    </message>
    <message>
        <source>Port closed.</source>
        <translation>Port geschlossen.</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>ABGEBROCHEN</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>Done: scan the next device ID label.</source>
        <translation>Fertig: Scannen Sie das nächste Etikett mit der Geräte-ID.</translation>
    </message>
    <message>
        <source>Device %1 holds its certificate, and Foundry has activated it.</source>
        <translation>Gerät %1 enthält sein Zertifikat, und Foundry hat es aktiviert.</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>Zertifikat %1</translation>
    </message>
    <message>
        <source>Topics: %1</source>
        <translation>Topics: %1</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>BESTANDEN</translation>
    </message>
    <message>
        <source>Pass: a tick in a circle</source>
        <translation>Bestanden: ein Haken in einem Kreis</translation>
    </message>
    <message>
        <source>SCAN REFUSED</source>
        <translation>SCAN ABGELEHNT</translation>
    </message>
    <message>
        <source>Fail: a cross in a square</source>
        <translation>Fehler: ein Kreuz in einem Quadrat</translation>
    </message>
</context>
<context>
    <name>LeftBehind</name>
    <message>
        <source>%1 (serial %2)</source>
        <translation>%1 (Seriennummer %2)</translation>
    </message>
    <message>
        <source>Certificate %1 is not revoked yet.</source>
        <translation>Zertifikat %1 ist noch nicht widerrufen.</translation>
    </message>
    <message>
        <source>Certificate %1 is still on Foundry%2. Revoke it (certificate %1, device %3).</source>
        <translation>Zertifikat %1 ist noch auf Foundry%2. Widerrufen Sie es (Zertifikat %1, Gerät %3).</translation>
    </message>
    <message>
        <source>The job asked Foundry for a certificate at or after %1, and the answer with its ID never reached the station: Foundry may hold a certificate whose ID nobody knows, which was never written to device %2. Ask Foundry support to revoke the certificates generated then that no device holds.</source>
        <translation>Der Auftrag hat Foundry um oder nach %1 um ein Zertifikat gebeten, und die Antwort mit dessen ID hat die Station nie erreicht: Foundry hat vielleicht ein Zertifikat, dessen ID niemand kennt und das nie auf Gerät %2 geschrieben wurde. Bitten Sie den Foundry-Support, die damals erzeugten Zertifikate zu widerrufen, die kein Gerät hat.</translation>
    </message>
    <message>
        <source>Foundry may hold a certificate this job never learnt the ID of (%1). Look for certificates generated just now and revoke them.</source>
        <translation>Foundry hat vielleicht ein Zertifikat, dessen ID dieser Auftrag nie erfahren hat (%1). Suchen Sie nach gerade erzeugten Zertifikaten und widerrufen Sie sie.</translation>
    </message>
    <message>
        <source>Certificate %1 may still be on Foundry: recovery could not revoke it.</source>
        <translation>Zertifikat %1 ist vielleicht noch auf Foundry: Die Wiederherstellung konnte es nicht widerrufen.</translation>
    </message>
    <message>
        <source>Certificate %1 may still be on Foundry%2: the revoke may have gone through, but its answer was lost or unreadable. If Foundry still lists it, revoke it (certificate %1, device %3).</source>
        <translation>Zertifikat %1 ist vielleicht noch auf Foundry%2: Der Widerruf ist vielleicht durchgegangen, aber seine Antwort ging verloren oder war unlesbar. Wenn Foundry es noch auflistet, widerrufen Sie es (Zertifikat %1, Gerät %3).</translation>
    </message>
    <message>
        <source>Certificate %1 is not revoked, and Foundry has not confirmed that it is provisioned to device %2.</source>
        <translation>Zertifikat %1 ist nicht widerrufen, und Foundry hat nicht bestätigt, dass es für Gerät %2 provisioniert ist.</translation>
    </message>
    <message>
        <source>the certificate and private key</source>
        <translation>das Zertifikat und den privaten Schlüssel</translation>
    </message>
    <message>
        <source>the private key</source>
        <translation>den privaten Schlüssel</translation>
    </message>
    <message>
        <source>the certificate</source>
        <translation>das Zertifikat</translation>
    </message>
    <message>
        <source>revoked certificate %1</source>
        <translation>widerrufenes Zertifikat %1</translation>
    </message>
    <message>
        <source>certificate %1</source>
        <translation>Zertifikat %1</translation>
    </message>
    <message>
        <source>certificate %1, %2,</source>
        <translation>Zertifikat %1, %2,</translation>
    </message>
    <message>
        <source>The device on %1 confirmed before the interruption that it holds %2 of %3 in slot %4.</source>
        <translation>Das Gerät an %1 hat vor der Unterbrechung bestätigt, dass es %2 von %3 in Slot %4 enthält.</translation>
    </message>
    <message>
        <source>The device on %1 may still hold %2 of %3 in slot %4.</source>
        <translation>Das Gerät an %1 enthält vielleicht noch %2 von %3 in Slot %4.</translation>
    </message>
    <message>
        <source>Delete them there, or provision the device again into that slot, which replaces them.</source>
        <translation>Löschen Sie sie dort, oder provisionieren Sie das Gerät erneut in diesen Slot, was sie ersetzt.</translation>
    </message>
    <message>
        <source>Delete it there, or provision the device again into that slot, which replaces it.</source>
        <translation>Löschen Sie es dort, oder provisionieren Sie das Gerät erneut in diesen Slot, was es ersetzt.</translation>
    </message>
    <message>
        <source>The journal says the interrupted job changed the device on %1 and recorded %2 to undo it, but recovery did not send it (%3). Check the device by hand.</source>
        <translation>Laut Journal hat der unterbrochene Auftrag das Gerät an %1 verändert und %2 zum Rückgängigmachen aufgezeichnet, aber die Wiederherstellung hat es nicht gesendet (%3). Prüfen Sie das Gerät von Hand.</translation>
    </message>
    <message>
        <source>The interrupted job may have left %1 on %2, and recovery could not put it back (%3). Send %4 to the device there, or restart it.</source>
        <translation>Der unterbrochene Auftrag hat vielleicht %1 auf %2 hinterlassen, und die Wiederherstellung konnte es nicht zurücksetzen (%3). Senden Sie %4 an das Gerät dort oder starten Sie es neu.</translation>
    </message>
    <message>
        <source>The job may have left %1 on %2: send %3 to the device there, or restart it.</source>
        <translation>Der Auftrag hat vielleicht %1 auf %2 hinterlassen: Senden Sie %3 an das Gerät dort oder starten Sie es neu.</translation>
    </message>
</context>
<context>
    <name>LogDock</name>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Station log</source>
        <translation>Stationsprotokoll</translation>
    </message>
    <message>
        <source>Lane:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>Show the log of this lane</source>
        <translation>Das Protokoll dieses Kanals zeigen</translation>
    </message>
    <message>
        <source>Shows only this lane&apos;s entries, or every lane&apos;s</source>
        <translation>Zeigt nur die Einträge dieses Kanals oder die aller Kanäle</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Stufe:</translation>
    </message>
    <message>
        <source>Show entries of this level and above</source>
        <translation>Einträge dieser Stufe und darüber zeigen</translation>
    </message>
    <message>
        <source>Everything, only warnings and errors, or only errors</source>
        <translation>Alles, nur Warnungen und Fehler oder nur Fehler</translation>
    </message>
    <message>
        <source>Log entries</source>
        <translation>Protokolleinträge</translation>
    </message>
    <message>
        <source>The station&apos;s steps, newest last: time, lane, level and what happened</source>
        <translation>Die Schritte der Station, die neuesten zuletzt: Zeit, Kanal, Stufe und was geschah</translation>
    </message>
    <message>
        <source>All lanes</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Foundry Provisioning Station</source>
        <translation>Foundry Provisioning Station</translation>
    </message>
    <message>
        <source>SANDBOX: emulated Foundry and simulated devices, for practice only. Nothing here reaches production.</source>
        <translation>SANDBOX: emuliertes Foundry und simulierte Geräte, nur zum Üben. Nichts hiervon erreicht die Produktion.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>The bench, where devices are provisioned, and the certificates, where support staff find and revoke them; Ctrl+Tab moves between them</source>
        <translation>Der Arbeitsplatz, an dem Geräte provisioniert werden, und die Zertifikate, die der Support dort findet und widerruft; Strg+Tab wechselt zwischen ihnen</translation>
    </message>
    <message>
        <source>&amp;Station</source>
        <translation>&amp;Station</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Foundry environments, journal, operator, station and language (Ctrl+,)</source>
        <translation>Foundry-Umgebungen, Journal, Bediener, Station und Sprache (Strg+,)</translation>
    </message>
    <message>
        <source>&amp;Export evidence...</source>
        <translation>Nachweis e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the batch as a CSV file, with the lanes&apos; log beside it</source>
        <translation>Die Charge als CSV-Datei speichern, mit dem Protokoll der Kanäle daneben</translation>
    </message>
    <message>
        <source>&amp;About Foundry Provisioning Station</source>
        <translation>&amp;Über Foundry Provisioning Station</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Bench</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>About Foundry Provisioning Station</source>
        <translation>Über Foundry Provisioning Station</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Foundry Provisioning Station&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPL-3.0) and QCA (LGPL-2.1).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Foundry Provisioning Station&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 (LGPL-3.0) und QCA (LGPL-2.1).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>SANDBOX - Foundry Provisioning Station</source>
        <translation>SANDBOX – Foundry Provisioning Station</translation>
    </message>
    <message>
        <source>The bench cannot start: %1</source>
        <translation>Der Arbeitsplatz kann nicht starten: %1</translation>
    </message>
    <message>
        <source>the journal cannot be opened (%1)</source>
        <translation>Das Journal kann nicht geöffnet werden (%1)</translation>
    </message>
    <message>
        <source>Starting the Sandbox: an emulated Foundry and simulated devices...</source>
        <translation>Die Sandbox startet: ein emuliertes Foundry und simulierte Geräte…</translation>
    </message>
    <message>
        <source>The bench cannot start: %1. Open Settings to fix it.</source>
        <translation>Der Arbeitsplatz kann nicht starten: %1. Öffnen Sie die Einstellungen, um es zu beheben.</translation>
    </message>
    <message>
        <source>Unfinished jobs</source>
        <translation>Unvollendete Aufträge</translation>
    </message>
    <message>
        <source>Jobs a station left unfinished when it stopped, and what recovering them did</source>
        <translation>Aufträge, die eine Station beim Anhalten unvollendet ließ, und was ihre Wiederherstellung bewirkt hat</translation>
    </message>
    <message>
        <source>Recovery progress</source>
        <translation>Fortschritt der Wiederherstellung</translation>
    </message>
    <message>
        <source>How many of the unfinished jobs recovery has finished or rolled back</source>
        <translation>Wie viele der unvollendeten Aufträge die Wiederherstellung abgeschlossen oder zurückgenommen hat</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>Wiede&amp;rherstellen</translation>
    </message>
    <message>
        <source>Recover the unfinished jobs</source>
        <translation>Die unvollendeten Aufträge wiederherstellen</translation>
    </message>
    <message>
        <source>Finishes or rolls back the jobs a station left unfinished, as the command line&apos;s recover does</source>
        <translation>Schließt die Aufträge, die eine Station unvollendet ließ, ab oder nimmt sie zurück, wie recover auf der Kommandozeile</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss the recovery outcome</source>
        <translation>Das Ergebnis der Wiederherstellung ausblenden</translation>
    </message>
    <message>
        <source>Hides what recovery did; what it left for a person stays under Needs attention on the Certificates page</source>
        <translation>Blendet aus, was die Wiederherstellung getan hat; was sie für einen Menschen hinterlassen hat, bleibt unter „Braucht Aufmerksamkeit“ auf der Seite „Zertifikate“</translation>
    </message>
</context>
<context>
    <name>McuMgrSmpProfile</name>
    <message>
        <source>the product&apos;s MCUmgr file layout cannot be used: %1.</source>
        <translation>Die MCUmgr-Dateianordnung des Produkts ist nicht verwendbar: %1.</translation>
    </message>
    <message>
        <source>the %1 could not be put into %2: %3</source>
        <translation>%1 konnte nicht in %2 umgewandelt werden: %3</translation>
    </message>
    <message>
        <source>an MCUmgr device has no state to put back</source>
        <translation>ein MCUmgr-Gerät hat keinen Zustand, der zurückzusetzen wäre</translation>
    </message>
    <message>
        <source>the device answers with shell text, not in SMP frames: MCUmgr&apos;s shell transport (CONFIG_MCUMGR_TRANSPORT_SHELL) is not in its firmware. Check the profile.</source>
        <translation>Das Gerät antwortet mit Shell-Text, nicht in SMP-Frames: Der Shell-Transport von MCUmgr (CONFIG_MCUMGR_TRANSPORT_SHELL) ist nicht in seiner Firmware. Prüfen Sie das Profil.</translation>
    </message>
    <message>
        <source>SMP buffer</source>
        <translation>SMP-Puffer</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>the device holds no %1 at %2</source>
        <translation>Das Gerät hat unter %2 nichts gespeichert (erwartet: %1)</translation>
    </message>
    <message>
        <source>the device has no buffer even for %1 bytes of a file (%2). Raise CONFIG_MCUMGR_TRANSPORT_NETBUF_SIZE in its firmware.</source>
        <translation>Das Gerät hat nicht einmal für %1 Bytes einer Datei Puffer (%2). Erhöhen Sie CONFIG_MCUMGR_TRANSPORT_NETBUF_SIZE in seiner Firmware.</translation>
    </message>
    <message>
        <source>the device kept asking for earlier parts of %1; the line may be losing data. Lower the baud rate or check the cable.</source>
        <translation>Das Gerät fragte immer wieder nach früheren Teilen von %1; die Leitung verliert vielleicht Daten. Senken Sie die Baudrate oder prüfen Sie das Kabel.</translation>
    </message>
    <message>
        <source>the device overwrote %1 with zeros but did not remove it: %2</source>
        <translation>Das Gerät hat %1 mit Nullen überschrieben, aber nicht entfernt: %2</translation>
    </message>
    <message>
        <source>SHA-256 of the read-back (the device hashes with CRC32 only)</source>
        <translation>SHA-256 des Zurückgelesenen (das Gerät hasht nur mit CRC32)</translation>
    </message>
    <message>
        <source>the device&apos;s SMP buffer of %1 bytes leaves no room for a file&apos;s data after the path %2. Raise CONFIG_MCUMGR_TRANSPORT_NETBUF_SIZE in its firmware, or choose a shorter path.</source>
        <translation>Der SMP-Puffer des Geräts von %1 Bytes lässt nach dem Pfad %2 keinen Platz für die Daten einer Datei. Erhöhen Sie CONFIG_MCUMGR_TRANSPORT_NETBUF_SIZE in seiner Firmware oder wählen Sie einen kürzeren Pfad.</translation>
    </message>
    <message>
        <source>an answer without the expected fields</source>
        <translation>eine Antwort ohne die erwarteten Felder</translation>
    </message>
    <message>
        <source>error %1 of group %2</source>
        <translation>Fehler %1 der Gruppe %2</translation>
    </message>
    <message>
        <source>MCUmgr error %1</source>
        <translation>MCUmgr-Fehler %1</translation>
    </message>
    <message>
        <source>the device refused to report its MCUmgr parameters: %1. Restart the device and try again; if it keeps refusing, check its MCUmgr configuration.</source>
        <translation>Das Gerät hat sich geweigert, seine MCUmgr-Parameter zu melden: %1. Starten Sie das Gerät neu und versuchen Sie es erneut; weigert es sich weiter, prüfen Sie seine MCUmgr-Konfiguration.</translation>
    </message>
    <message>
        <source>the device refused to give its OS information: %1. Restart the device and try again; if it keeps refusing, check its MCUmgr configuration.</source>
        <translation>Das Gerät hat sich geweigert, Angaben zu seinem Betriebssystem zu machen: %1. Starten Sie das Gerät neu und versuchen Sie es erneut; weigert es sich weiter, prüfen Sie seine MCUmgr-Konfiguration.</translation>
    </message>
    <message>
        <source>the device did not report %1: %2. Restart the device and try again; if it keeps failing, check that its file system is mounted at that path.</source>
        <translation>Das Gerät hat %1 nicht gemeldet: %2. Starten Sie das Gerät neu und versuchen Sie es erneut; scheitert es weiter, prüfen Sie, ob sein Dateisystem unter diesem Pfad eingehängt ist.</translation>
    </message>
    <message>
        <source>the device&apos;s SHA-256 of %1 cannot be read: %2. Check the cable and restart the device, then try again.</source>
        <translation>Der SHA-256 des Geräts für %1 ist nicht lesbar: %2. Prüfen Sie das Kabel und starten Sie das Gerät neu; versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>the device did not give %1 back: %2. Restart the device and try again; if it keeps failing, check that its file system is mounted at that path.</source>
        <translation>Das Gerät hat %1 nicht zurückgegeben: %2. Starten Sie das Gerät neu und versuchen Sie es erneut; scheitert es weiter, prüfen Sie, ob sein Dateisystem unter diesem Pfad eingehängt ist.</translation>
    </message>
    <message>
        <source>the device gave %1 back in pieces that do not fit together. Check the cable and restart the device, then try again.</source>
        <translation>Das Gerät hat %1 in Stücken zurückgegeben, die nicht zusammenpassen. Prüfen Sie das Kabel und starten Sie das Gerät neu; versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>the device refused to store %1: %2. Check that its file system is mounted at that path and has room, then try again.</source>
        <translation>Das Gerät hat sich geweigert, %1 zu speichern: %2. Prüfen Sie, ob sein Dateisystem unter diesem Pfad eingehängt ist und Platz hat; versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>the device reported offset %1 of a file of %2 bytes. Check the cable and restart the device, then try again.</source>
        <translation>Das Gerät meldete Offset %1 einer Datei von %2 Bytes. Prüfen Sie das Kabel und starten Sie das Gerät neu; versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>the device gave back %1 bytes of %2, but they are no certificate in DER. The file may be damaged, or hold PEM while the product says DER: check the product&apos;s smpEncoding, then write the certificate again.</source>
        <translation>Das Gerät hat %1 Bytes von %2 zurückgegeben, aber sie sind kein Zertifikat in DER. Die Datei ist vielleicht beschädigt oder enthält PEM, während das Produkt DER angibt: Prüfen Sie smpEncoding des Produkts und schreiben Sie das Zertifikat dann erneut.</translation>
    </message>
</context>
<context>
    <name>NeedsAttentionModel</name>
    <message>
        <source>At %1: %2</source>
        <translation>Bei %1: %2</translation>
    </message>
</context>
<context>
    <name>NrfModemProfile</name>
    <message>
        <source>the modem offline (AT+CFUN=4) instead of in functional mode %1</source>
        <translation>das Modem offline (AT+CFUN=4) statt im Funktionsmodus %1</translation>
    </message>
    <message>
        <source>the device answers AT with ERROR, so it is not an nRF91 modem in AT mode. Check the profile and the baud rate.</source>
        <translation>Das Gerät beantwortet AT mit ERROR, es ist also kein nRF91-Modem im AT-Modus. Prüfen Sie Profil und Baudrate.</translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>the modem did not report its functional mode (AT+CFUN?): %1</source>
        <translation>Das Modem hat seinen Funktionsmodus nicht gemeldet (AT+CFUN?): %1</translation>
    </message>
    <message>
        <source>the modem refused to go offline (AT+CFUN=4): %1. Check that no application on the device holds the modem.</source>
        <translation>Das Modem hat sich geweigert, offline zu gehen (AT+CFUN=4): %1. Prüfen Sie, ob keine Anwendung auf dem Gerät das Modem belegt.</translation>
    </message>
    <message>
        <source>the modem could not delete what sec_tag %1 held: %2</source>
        <translation>Das Modem konnte den Inhalt von sec_tag %1 nicht löschen: %2</translation>
    </message>
    <message>
        <source>the modem&apos;s credential storage is full (+CME ERROR: 515). Delete credentials it no longer needs (foundry-station-cli inspect lists them), then try again.</source>
        <translation>Der Zugangsdatenspeicher des Modems ist voll (+CME ERROR: 515). Löschen Sie nicht mehr benötigte Zugangsdaten (foundry-station-cli inspect listet sie auf) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the modem refused the %1 as invalid content (+CME ERROR: 527); it may be damaged or in a form this modem firmware does not take.</source>
        <translation>Das Modem hat %1 als ungültigen Inhalt abgelehnt (+CME ERROR: 527); es ist vielleicht beschädigt oder in einer Form, die diese Modem-Firmware nicht annimmt.</translation>
    </message>
    <message>
        <source>the modem refused the write because it is still online (+CME ERROR: 518). An application on the device may have switched it back on; stop it and try again.</source>
        <translation>Das Modem hat das Schreiben abgelehnt, weil es noch online ist (+CME ERROR: 518). Eine Anwendung auf dem Gerät hat es vielleicht wieder eingeschaltet; beenden Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the modem refused the %1: %2</source>
        <translation>Das Modem hat %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>the modem could not list its credentials: %1</source>
        <translation>Das Modem konnte seine Zugangsdaten nicht auflisten: %1</translation>
    </message>
    <message>
        <source>the modem did not give the %1 back: %2</source>
        <translation>Das Modem hat %1 nicht zurückgegeben: %2</translation>
    </message>
    <message>
        <source>The modem did not confirm %1 (%2).</source>
        <translation>Das Modem hat %1 nicht bestätigt (%2).</translation>
    </message>
    <message>
        <source>the modem refused %1: %2</source>
        <translation>Das Modem hat %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>the modem stopped answering. Check that it is powered and that nothing else uses the port; then start again.</source>
        <translation>Das Modem antwortet nicht mehr. Prüfen Sie, ob es Strom hat und nichts anderes den Port benutzt; beginnen Sie dann erneut.</translation>
    </message>
    <message>
        <source>identifying the modem</source>
        <translation>Modem wird identifiziert</translation>
    </message>
    <message>
        <source>the device answers AT but gives no IMEI (AT+CGSN: %1), so it is not an nRF91 modem. Check the profile.</source>
        <translation>Das Gerät antwortet auf AT, gibt aber keine IMEI an (AT+CGSN: %1), es ist also kein nRF91-Modem. Prüfen Sie das Profil.</translation>
    </message>
</context>
<context>
    <name>PemBlock</name>
    <message>
        <source>it has no &quot;-----BEGIN ...-----&quot; line, so it is not PEM text</source>
        <translation>Es hat keine Zeile „-----BEGIN ...-----“, ist also kein PEM-Text</translation>
    </message>
    <message>
        <source>its BEGIN line is damaged</source>
        <translation>Seine BEGIN-Zeile ist beschädigt</translation>
    </message>
    <message>
        <source>it has no &quot;-----END %1-----&quot; line, so the text is cut short or damaged</source>
        <translation>Es hat keine Zeile „-----END %1-----“, der Text ist also gekürzt oder beschädigt</translation>
    </message>
    <message>
        <source>it holds a second PEM block (%1) after the %2; exactly one is allowed</source>
        <translation>Es enthält nach %2 einen zweiten PEM-Block (%1); genau einer ist erlaubt</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>beschädigt</translation>
    </message>
    <message>
        <source>it holds other text before or after the %1 block; only whitespace is allowed there</source>
        <translation>Es enthält vor oder nach dem %1-Block anderen Text; dort sind nur Leerzeichen erlaubt</translation>
    </message>
</context>
<context>
    <name>ProductProfile</name>
    <message>
        <source>the product name &quot;%1&quot; is not usable; use letters, digits, blanks, dots, hyphens and underscores (at most 64), such as tracker-v2</source>
        <translation>Der Produktname „%1“ ist nicht verwendbar; verwenden Sie Buchstaben, Ziffern, Leerzeichen, Punkte, Bindestriche und Unterstriche (höchstens 64), etwa tracker-v2</translation>
    </message>
    <message>
        <source>there is no device profile &quot;%1&quot;; choose %2 or one of %3</source>
        <translation>Es gibt kein Geräteprofil „%1“; wählen Sie %2 oder eines von %3</translation>
    </message>
    <message>
        <source>the slot must be a whole number of 0 or more (1 is usual)</source>
        <translation>Der Slot muss eine ganze Zahl ab 0 sein (üblich ist 1)</translation>
    </message>
    <message>
        <source>the product has no topics; name at least one, such as devices/{deviceId}/telemetry</source>
        <translation>Das Produkt hat keine Topics; nennen Sie mindestens eines, etwa devices/{deviceId}/telemetry</translation>
    </message>
    <message>
        <source>the topic &quot;%1&quot; holds a control character; type it again without it</source>
        <translation>Das Topic „%1“ enthält ein Steuerzeichen; geben Sie es ohne dieses erneut ein</translation>
    </message>
    <message>
        <source>whether %1 is &quot;%2&quot;, neither true nor false; choose one in the product profiles</source>
        <translation>ob %1, ist „%2“, weder true noch false; wählen Sie eines in den Produktprofilen</translation>
    </message>
    <message>
        <source>a scanned device ID is required</source>
        <translation>eine gescannte Geräte-ID erforderlich ist</translation>
    </message>
    <message>
        <source>jobs start on their own</source>
        <translation>Aufträge von selbst starten</translation>
    </message>
    <message>
        <source>the MCUmgr file encoding is &quot;%1&quot;, neither pem nor der; choose one in the product profiles</source>
        <translation>Die MCUmgr-Dateikodierung ist „%1“, weder pem noch der; wählen Sie eine in den Produktprofilen</translation>
    </message>
</context>
<context>
    <name>ProductProfiles</name>
    <message>
        <source>the settings file %1 cannot be read; correct it or delete it to start from the defaults</source>
        <translation>Die Einstellungsdatei %1 kann nicht gelesen werden; korrigieren oder löschen Sie sie, um mit den Voreinstellungen zu beginnen</translation>
    </message>
    <message>
        <source>there is no product profile &quot;%1&quot;, and none is saved yet; add one with Products... on the station window&apos;s bench</source>
        <translation>Es gibt kein Produktprofil „%1“, und noch keines ist gespeichert; fügen Sie eines mit „Produkte…“ auf dem Arbeitsplatz des Stationsfensters hinzu</translation>
    </message>
    <message>
        <source>there is no product profile &quot;%1&quot;; choose one of %2</source>
        <translation>Es gibt kein Produktprofil „%1“; wählen Sie eines von %2</translation>
    </message>
    <message>
        <source>the product profile &quot;%1&quot; cannot be used: %2; correct it in the product profiles</source>
        <translation>Das Produktprofil „%1“ kann nicht verwendet werden: %2; korrigieren Sie es in den Produktprofilen</translation>
    </message>
</context>
<context>
    <name>ProductProfilesDialog</name>
    <message>
        <source>Product profiles</source>
        <translation>Produktprofile</translation>
    </message>
    <message>
        <source>The saved products; the one selected is shown beside the list</source>
        <translation>Die gespeicherten Produkte; das gewählte wird neben der Liste gezeigt</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a product profile</source>
        <translation>Ein Produktprofil hinzufügen</translation>
    </message>
    <message>
        <source>Adds a product with the usual values, to be named and edited beside the list</source>
        <translation>Fügt ein Produkt mit den üblichen Werten hinzu, das neben der Liste benannt und bearbeitet wird</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected product profile</source>
        <translation>Das gewählte Produktprofil entfernen</translation>
    </message>
    <message>
        <source>Removes the selected product when Save is pressed</source>
        <translation>Entfernt das gewählte Produkt beim Speichern</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The name the bench lists the product by</source>
        <translation>Der Name, unter dem der Arbeitsplatz das Produkt auflistet</translation>
    </message>
    <message>
        <source>Device profile</source>
        <translation>Geräteprofil</translation>
    </message>
    <message>
        <source>How the station talks to the product&apos;s devices, or detected on each device</source>
        <translation>Wie die Station mit den Geräten des Produkts spricht, oder an jedem Gerät erkannt</translation>
    </message>
    <message>
        <source>Baud rate</source>
        <translation>Baudrate</translation>
    </message>
    <message>
        <source>The serial line rate of the product&apos;s devices; 115200 is usual</source>
        <translation>Die serielle Übertragungsrate der Geräte des Produkts; üblich ist 115200</translation>
    </message>
    <message>
        <source>Slot (sec_tag)</source>
        <translation>Slot (sec_tag)</translation>
    </message>
    <message>
        <source>The slot or security tag (sec_tag) the certificate and key are written into</source>
        <translation>Der Slot oder Security-Tag (sec_tag), in den Zertifikat und Schlüssel geschrieben werden</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>The MQTT topics the certificate is for, comma-separated; {deviceId}, {serial}, {imei} and {firmware} are filled in per device</source>
        <translation>Die MQTT-Topics, für die das Zertifikat gilt, durch Kommas getrennt; {deviceId}, {serial}, {imei} und {firmware} werden je Gerät ausgefüllt</translation>
    </message>
    <message>
        <source>Comma-separated; {deviceId}, {serial}, {imei} and {firmware} are filled in per device.</source>
        <translation>Durch Kommas getrennt; {deviceId}, {serial}, {imei} und {firmware} werden je Gerät ausgefüllt.</translation>
    </message>
    <message>
        <source>On: each device&apos;s ID is scanned from its label. Off: a device&apos;s own serial number (IMEI) is its device ID</source>
        <translation>Ein: Die ID jedes Geräts wird von seinem Etikett gescannt. Aus: Die eigene Seriennummer (IMEI) eines Geräts ist seine Geräte-ID</translation>
    </message>
    <message>
        <source>Each device&apos;s ID is scanned from its label</source>
        <translation>Die ID jedes Geräts wird von seinem Etikett gescannt</translation>
    </message>
    <message>
        <source>Off: a device takes its own serial number (IMEI) as its device ID.</source>
        <translation>Aus: Ein Gerät nimmt seine eigene Seriennummer (IMEI) als Geräte-ID.</translation>
    </message>
    <message>
        <source>On: a job starts as soon as the device and its ID are there. Off: each job waits for Start</source>
        <translation>Ein: Ein Auftrag startet, sobald das Gerät und seine ID da sind. Aus: Jeder Auftrag wartet auf Start</translation>
    </message>
    <message>
        <source>Start the job as soon as the device and its ID are there</source>
        <translation>Den Auftrag starten, sobald das Gerät und seine ID da sind</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>%1: two products have this name; rename one</source>
        <translation>%1: Zwei Produkte haben diesen Namen; benennen Sie eines um</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the bench needs at least one product: add one</source>
        <translation>Der Arbeitsplatz braucht mindestens ein Produkt: Fügen Sie eines hinzu</translation>
    </message>
</context>
<context>
    <name>ProvisioningJob</name>
    <message>
        <source>Waiting to start</source>
        <translation>Wartet auf den Start</translation>
    </message>
    <message>
        <source>Identifying the device</source>
        <translation>Gerät wird identifiziert</translation>
    </message>
    <message>
        <source>Identifying the device while Foundry makes a certificate, active at once with its topics</source>
        <translation>Gerät wird identifiziert, während Foundry ein Zertifikat erstellt, sofort aktiv mit seinen Topics</translation>
    </message>
    <message>
        <source>Identifying the device while Foundry makes a certificate</source>
        <translation>Gerät wird identifiziert, während Foundry ein Zertifikat erstellt</translation>
    </message>
    <message>
        <source>Asking Foundry for a certificate, active at once with its topics</source>
        <translation>Foundry wird um ein Zertifikat gebeten, sofort aktiv mit seinen Topics</translation>
    </message>
    <message>
        <source>Asking Foundry for a certificate</source>
        <translation>Foundry wird um ein Zertifikat gebeten</translation>
    </message>
    <message>
        <source>Checking certificate %1 and its key</source>
        <translation>Zertifikat %1 und sein Schlüssel werden geprüft</translation>
    </message>
    <message>
        <source>Writing the certificate into slot %1</source>
        <translation>Zertifikat wird in Slot %1 geschrieben</translation>
    </message>
    <message>
        <source>Writing the private key into slot %1</source>
        <translation>Privater Schlüssel wird in Slot %1 geschrieben</translation>
    </message>
    <message>
        <source>Verifying the certificate the device holds</source>
        <translation>Das Zertifikat im Gerät wird geprüft</translation>
    </message>
    <message>
        <source>Verifying the private key the device holds</source>
        <translation>Der private Schlüssel im Gerät wird geprüft</translation>
    </message>
    <message>
        <source>Putting the device back as it was</source>
        <translation>Gerät wird in den vorigen Zustand zurückversetzt</translation>
    </message>
    <message>
        <source>Provisioning certificate %1 to device %2 (attempt %3 of %4)</source>
        <translation>Zertifikat %1 wird für Gerät %2 provisioniert (Versuch %3 von %4)</translation>
    </message>
    <message>
        <source>Waiting before provisioning again</source>
        <translation>Warten vor der erneuten Provisionierung</translation>
    </message>
    <message>
        <source>Rolling back: deleting the private key from slot %1</source>
        <translation>Rücknahme: Privater Schlüssel wird aus Slot %1 gelöscht</translation>
    </message>
    <message>
        <source>Rolling back: deleting the certificate from slot %1</source>
        <translation>Rücknahme: Zertifikat wird aus Slot %1 gelöscht</translation>
    </message>
    <message>
        <source>Rolling back: revoking certificate %1</source>
        <translation>Rücknahme: Zertifikat %1 wird widerrufen</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>Provisioniert</translation>
    </message>
    <message>
        <source>Failed; everything it created is rolled back</source>
        <translation>Fehlgeschlagen; alles, was er angelegt hat, ist zurückgenommen</translation>
    </message>
    <message>
        <source>Failed, and the rollback is incomplete: a person must act</source>
        <translation>Fehlgeschlagen, und die Rücknahme ist unvollständig: Eine Person muss eingreifen</translation>
    </message>
    <message>
        <source>Cancelled; everything it created is rolled back</source>
        <translation>Abgebrochen; alles, was er angelegt hat, ist zurückgenommen</translation>
    </message>
    <message>
        <source>no Foundry device ID given</source>
        <translation>keine Foundry-Geräte-ID angegeben</translation>
    </message>
    <message>
        <source>activating on generate needs topics</source>
        <translation>Aktivieren beim Erzeugen braucht Topics</translation>
    </message>
    <message>
        <source>cancelled by the operator</source>
        <translation>vom Bediener abgebrochen</translation>
    </message>
    <message>
        <source>the device profile is gone</source>
        <translation>das Geräteprofil ist weg</translation>
    </message>
    <message>
        <source>Provisioning will be tried again in %1 s.</source>
        <translation>Die Provisionierung wird in %1 s erneut versucht.</translation>
    </message>
    <message>
        <source>the topic template cannot be filled in: %1</source>
        <translation>Die Topic-Vorlage kann nicht ausgefüllt werden: %1</translation>
    </message>
    <message>
        <source>serial %1, firmware %2</source>
        <translation>Seriennummer %1, Firmware %2</translation>
    </message>
    <message>
        <source>generating the certificate failed: %1</source>
        <translation>Das Erzeugen des Zertifikats ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the certificate and key from Foundry failed their checks and were not written to the device: %1</source>
        <translation>Zertifikat und Schlüssel von Foundry haben ihre Prüfungen nicht bestanden und wurden nicht auf das Gerät geschrieben: %1</translation>
    </message>
    <message>
        <source>delete the private key from slot %1 on %2</source>
        <translation>den privaten Schlüssel aus Slot %1 auf %2 löschen</translation>
    </message>
    <message>
        <source>delete the certificate from slot %1 on %2</source>
        <translation>das Zertifikat aus Slot %1 auf %2 löschen</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>provisioning certificate %1 to device %2 failed after %n request(s): %3</source>
        <translation>
            <numerusform>Provisionierung von Zertifikat %1 für Gerät %2 nach %n Anfrage fehlgeschlagen: %3</numerusform>
            <numerusform>Provisionierung von Zertifikat %1 für Gerät %2 nach %n Anfragen fehlgeschlagen: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>revoke certificate %1</source>
        <translation>Zertifikat %1 widerrufen</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s (attempt %3).</source>
        <translation>%1 Neuer Versuch in %2 s (Versuch %3).</translation>
    </message>
    <message>
        <source>put the device on %1 back as it was</source>
        <translation>das Gerät an %1 in den vorigen Zustand zurückversetzen</translation>
    </message>
    <message>
        <source>none generated</source>
        <translation>keines erzeugt</translation>
    </message>
    <message>
        <source>unknown: the generate request may have reached Foundry, but no answer with an ID arrived</source>
        <translation>unbekannt: Die Erzeugungsanfrage hat Foundry vielleicht erreicht, aber keine Antwort mit einer ID kam an</translation>
    </message>
    <message>
        <source>inactive, tied to no device</source>
        <translation>inaktiv, keinem Gerät zugeordnet</translation>
    </message>
    <message>
        <source>active (generated with topics), tied to no device</source>
        <translation>aktiv (mit Topics erzeugt), keinem Gerät zugeordnet</translation>
    </message>
    <message>
        <source>possibly active and tied to device %1: a provision request may have reached Foundry</source>
        <translation>möglicherweise aktiv und Gerät %1 zugeordnet: Eine Provisionierungsanfrage hat Foundry vielleicht erreicht</translation>
    </message>
    <message>
        <source>active, tied to device %1</source>
        <translation>aktiv, Gerät %1 zugeordnet</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>the journal could not be written, so the job did not start: %1</source>
        <translation>Das Journal konnte nicht geschrieben werden, daher startete der Auftrag nicht: %1</translation>
    </message>
    <message>
        <source>The journal could not be written: %1</source>
        <translation>Das Journal konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>the journal could not be written, so the job stopped before &quot;%1&quot;: %2</source>
        <translation>Das Journal konnte nicht geschrieben werden, daher hielt der Auftrag vor „%1“ an: %2</translation>
    </message>
    <message>
        <source>the journal could not record the device, so the job stopped: %1</source>
        <translation>Das Journal konnte das Gerät nicht aufzeichnen, daher hielt der Auftrag an: %1</translation>
    </message>
    <message>
        <source>the journal could not record the device, so the job stopped before asking Foundry for a certificate: %1</source>
        <translation>Das Journal konnte das Gerät nicht aufzeichnen, daher hielt der Auftrag an, bevor Foundry um ein Zertifikat gebeten wurde: %1</translation>
    </message>
    <message>
        <source>certificate %1 was generated but the journal could not record it, so it is revoked: %2</source>
        <translation>Zertifikat %1 wurde erzeugt, aber das Journal konnte es nicht aufzeichnen, daher wird es widerrufen: %2</translation>
    </message>
    <message>
        <source>the journal could not record it first, so the station did not leave %1: %2</source>
        <translation>Das Journal konnte es nicht vorher aufzeichnen, daher hat die Station %1 nicht hinterlassen: %2</translation>
    </message>
    <message>
        <source>The journal could not record how this job ended: %1</source>
        <translation>Das Journal konnte nicht aufzeichnen, wie dieser Auftrag endete: %1</translation>
    </message>
</context>
<context>
    <name>ProvisioningLane</name>
    <message>
        <source>opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
    <message>
        <source>choosing the device profile</source>
        <translation>Geräteprofil wird gewählt</translation>
    </message>
    <message>
        <source>there is no device profile &quot;%1&quot;; use one of: %2, or %3</source>
        <translation>Es gibt kein Geräteprofil „%1“; verwenden Sie eines von: %2 oder %3</translation>
    </message>
    <message>
        <source>the device went away during the job</source>
        <translation>Das Gerät ist während des Auftrags verschwunden</translation>
    </message>
    <message>
        <source>waiting for the next job on %1</source>
        <translation>Warten auf den nächsten Auftrag an %1</translation>
    </message>
</context>
<context>
    <name>ReadFromDeviceDialog</name>
    <message>
        <source>Read the certificate from a device</source>
        <translation>Das Zertifikat von einem Gerät lesen</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <source>Device to read, by its serial port</source>
        <translation>Zu lesendes Gerät, nach seinem seriellen Port</translation>
    </message>
    <message>
        <source>The bench lanes&apos; ports and every other serial port the station sees; a busy lane&apos;s port can be read once its job has ended</source>
        <translation>Die Ports der Kanäle am Arbeitsplatz und jeder andere serielle Port, den die Station sieht; der Port eines beschäftigten Kanals lässt sich lesen, sobald sein Auftrag beendet ist</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Refresh the list of devices</source>
        <translation>Die Liste der Geräte aktualisieren</translation>
    </message>
    <message>
        <source>Lists the serial ports again, as after plugging a device in</source>
        <translation>Listet die seriellen Ports erneut auf, etwa nach dem Einstecken eines Geräts</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Lesen</translation>
    </message>
    <message>
        <source>Read the certificate from the chosen device</source>
        <translation>Das Zertifikat vom gewählten Gerät lesen</translation>
    </message>
    <message>
        <source>Reads which certificate the device holds and finds it in the journal; an idle lane on that port is paused for the read. Enter reads</source>
        <translation>Liest, welches Zertifikat das Gerät enthält, und findet es im Journal; ein untätiger Kanal an diesem Port wird für das Lesen pausiert. Eingabe liest</translation>
    </message>
    <message>
        <source>Re&amp;voke this certificate…</source>
        <translation>Dieses Zertifikat &amp;widerrufen…</translation>
    </message>
    <message>
        <source>Revoke the certificate the device holds, after a confirmation</source>
        <translation>Das Zertifikat, das das Gerät enthält, nach einer Bestätigung widerrufen</translation>
    </message>
    <message>
        <source>Asks for a reason and a confirmation, then revokes the certificate on Foundry; offered once the journal knows the certificate and has not seen it revoked</source>
        <translation>Fragt nach einem Grund und einer Bestätigung und widerruft dann das Zertifikat auf Foundry; angeboten, sobald das Journal das Zertifikat kennt und keinen Widerruf davon gesehen hat</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close reading from a device</source>
        <translation>Das Lesen vom Gerät schließen</translation>
    </message>
    <message>
        <source>Closes the dialog, as Escape does; a read under way stops, and a lane it paused opens again</source>
        <translation>Schließt den Dialog, wie Esc; ein laufendes Lesen endet, und ein dafür pausierter Kanal öffnet wieder</translation>
    </message>
    <message>
        <source>Its bench lane is provisioning a device. Wait until the lane shows its result, then read again.</source>
        <translation>Sein Kanal am Arbeitsplatz provisioniert gerade ein Gerät. Warten Sie, bis der Kanal sein Ergebnis zeigt, und lesen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Its bench lane is still opening the device. Wait until the lane is ready, then read again.</source>
        <translation>Sein Kanal am Arbeitsplatz öffnet das Gerät noch. Warten Sie, bis der Kanal bereit ist, und lesen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Its bench lane is rolling a job back. Wait until it has finished, then read again.</source>
        <translation>Sein Kanal am Arbeitsplatz nimmt gerade einen Auftrag zurück. Warten Sie, bis er fertig ist, und lesen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The station sees no device. Plug one in (or add its port on the Bench page), then press Refresh.</source>
        <translation>Die Station sieht kein Gerät. Stecken Sie eines ein (oder fügen Sie seinen Port auf der Seite „Arbeitsplatz“ hinzu) und drücken Sie dann „Aktualisieren“.</translation>
    </message>
    <message>
        <source>Its bench lane is idle: the lane is paused while the device is read, and opens again afterwards.</source>
        <translation>Sein Kanal am Arbeitsplatz ist untätig: Der Kanal wird pausiert, während das Gerät gelesen wird, und öffnet danach wieder.</translation>
    </message>
    <message>
        <source>No lane holds this port: the station opens it to read the device.</source>
        <translation>Kein Kanal belegt diesen Port: Die Station öffnet ihn, um das Gerät zu lesen.</translation>
    </message>
    <message>
        <source>Reading the device on %1…</source>
        <translation>Gerät an %1 wird gelesen…</translation>
    </message>
</context>
<context>
    <name>RevokeCertificateDialog</name>
    <message>
        <source>Revoke certificate</source>
        <translation>Zertifikat widerrufen</translation>
    </message>
    <message>
        <source>Revocation cannot be undone: the device can no longer connect with this certificate, and a new one must be provisioned to it.</source>
        <translation>Ein Widerruf kann nicht rückgängig gemacht werden: Das Gerät kann sich mit diesem Zertifikat nicht mehr verbinden, und es muss ein neues provisioniert bekommen.</translation>
    </message>
    <message>
        <source>&amp;Reason (kept in the journal):</source>
        <translation>&amp;Grund (wird im Journal festgehalten):</translation>
    </message>
    <message>
        <source>Reason for the revocation</source>
        <translation>Grund für den Widerruf</translation>
    </message>
    <message>
        <source>Why the certificate is revoked; the journal keeps it with the revoke. Revoke is possible once it is filled in</source>
        <translation>Warum das Zertifikat widerrufen wird; das Journal hält es beim Widerruf fest. Widerrufen ist möglich, sobald er ausgefüllt ist</translation>
    </message>
    <message>
        <source>For example: device returned, key exposed</source>
        <translation>Zum Beispiel: Gerät zurückgegeben, Schlüssel offengelegt</translation>
    </message>
    <message>
        <source>Revoke certificate %1 of device %2?</source>
        <translation>Zertifikat %1 von Gerät %2 widerrufen?</translation>
    </message>
    <message>
        <source>(no device ID recorded)</source>
        <translation>(keine Geräte-ID aufgezeichnet)</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
</context>
<context>
    <name>SandboxProcess</name>
    <message>
        <source>%1 did not say it was ready within %2 seconds</source>
        <translation>%1 hat nicht innerhalb von %2 Sekunden gemeldet, dass es bereit ist</translation>
    </message>
    <message>
        <source>%1 could not be started (%2)</source>
        <translation>%1 konnte nicht gestartet werden (%2)</translation>
    </message>
    <message>
        <source>%1 announced something unusable: %2</source>
        <translation>%1 hat etwas Unbrauchbares gemeldet: %2</translation>
    </message>
    <message>
        <source>%1 printed more than %2 bytes without saying it was ready</source>
        <translation>%1 hat mehr als %2 Bytes ausgegeben, ohne Bereitschaft zu melden</translation>
    </message>
    <message>
        <source>%1 ended before it was ready</source>
        <translation>%1 endete, bevor es bereit war</translation>
    </message>
    <message>
        <source>%1 ended</source>
        <translation>%1 endete</translation>
    </message>
    <message>
        <source>%1; its log ends: %2</source>
        <translation>%1; sein Protokoll endet mit: %2</translation>
    </message>
</context>
<context>
    <name>SandboxSession</name>
    <message>
        <source>the Sandbox has no folder for its files (%1); make room in %2 and try again</source>
        <translation>Die Sandbox hat keinen Ordner für ihre Dateien (%1); schaffen Sie Platz in %2 und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the Foundry emulator</source>
        <translation>der Foundry-Emulator</translation>
    </message>
    <message>
        <source>the Foundry emulator gave an unusable address</source>
        <translation>Der Foundry-Emulator hat eine unbrauchbare Adresse gemeldet</translation>
    </message>
    <message>
        <source>the simulated device %1</source>
        <translation>das simulierte Gerät %1</translation>
    </message>
    <message>
        <source>the Sandbox needs the program %1 beside the station, in %2, and it is not there; install the station&apos;s Sandbox programs with it (./dev build builds them), or choose another environment</source>
        <translation>Die Sandbox braucht das Programm %1 neben der Station, in %2, und es ist nicht da; installieren Sie die Sandbox-Programme der Station mit ihr (./dev build baut sie) oder wählen Sie eine andere Umgebung</translation>
    </message>
</context>
<context>
    <name>SerialLink</name>
    <message>
        <source>cannot set the control lines of %1: %2</source>
        <translation>Die Steuerleitungen von %1 können nicht gesetzt werden: %2</translation>
    </message>
    <message>
        <source>%1 does not exist. Is the device plugged in and powered? &quot;foundry-station-cli ports&quot; lists the serial ports this computer has.</source>
        <translation>%1 existiert nicht. Ist das Gerät eingesteckt und eingeschaltet? „foundry-station-cli ports“ listet die seriellen Ports dieses Computers auf.</translation>
    </message>
    <message>
        <source>no permission to open %1. Ask an administrator for access; serial ports usually belong to the dialout group.</source>
        <translation>Keine Berechtigung, %1 zu öffnen. Bitten Sie einen Administrator um Zugriff; serielle Ports gehören meist zur Gruppe dialout.</translation>
    </message>
    <message>
        <source>no permission to open %1, which belongs to the %2 group. Join it (sudo usermod -aG %2 $USER), then log out and in again.</source>
        <translation>Keine Berechtigung, %1 zu öffnen; der Port gehört zur Gruppe %2. Treten Sie ihr bei (sudo usermod -aG %2 $USER) und melden Sie sich dann ab und wieder an.</translation>
    </message>
    <message>
        <source>%1 is in use by another program: %2 has it open. Close it there and try again.</source>
        <translation>%1 wird von einem anderen Programm benutzt: %2 hat ihn geöffnet. Schließen Sie ihn dort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is in use by another program (a terminal such as screen, minicom or picocom, ModemManager, or another station). Close it and try again.</source>
        <translation>%1 wird von einem anderen Programm benutzt (einem Terminal wie screen, minicom oder picocom, ModemManager oder einer anderen Station). Schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 does not accept the settings %2: %3</source>
        <translation>%1 akzeptiert die Einstellungen %2 nicht: %3</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the device on %1 disconnected</source>
        <translation>Das Gerät an %1 wurde getrennt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot write to %1: %2</source>
        <translation>Auf %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>SerialPortLock</name>
    <message>
        <source>process %1</source>
        <translation>Prozess %1</translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1 (Prozess %2)</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1 is in use by another program%2, which holds the device under this or another name. Close it and try again.</source>
        <translation>%1 wird von einem anderen Programm%2 benutzt, das das Gerät unter diesem oder einem anderen Namen hält. Schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is in use by another program: %2 has the same device%3 open. Close it there and try again.</source>
        <translation>%1 wird von einem anderen Programm benutzt: %2 hat dasselbe Gerät%3 geöffnet. Schließen Sie es dort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>a process this system does not name</source>
        <translation>ein Prozess, den dieses System nicht benennt</translation>
    </message>
</context>
<context>
    <name>SerialSettings</name>
    <message>
        <source>no serial port given; run &quot;foundry-station-cli ports&quot; to list them</source>
        <translation>Kein serieller Port angegeben; „foundry-station-cli ports“ listet sie auf</translation>
    </message>
    <message>
        <source>the baud rate %1 is out of range (1 to %2; 115200 is usual)</source>
        <translation>Die Baudrate %1 liegt außerhalb des Bereichs (1 bis %2; üblich ist 115200)</translation>
    </message>
    <message>
        <source>%1 data bits is not possible; a serial port sends 5 to 8 (8 is usual)</source>
        <translation>%1 Datenbits sind nicht möglich; ein serieller Port sendet 5 bis 8 (üblich ist 8)</translation>
    </message>
    <message>
        <source>unknown parity setting %1</source>
        <translation>Unbekannte Paritätseinstellung %1</translation>
    </message>
    <message>
        <source>unknown stop bits setting %1</source>
        <translation>Unbekannte Stoppbit-Einstellung %1</translation>
    </message>
    <message>
        <source>unknown flow control setting %1</source>
        <translation>Unbekannte Flusskontroll-Einstellung %1</translation>
    </message>
    <message>
        <source>the pacing chunk size cannot be negative (0 turns pacing off)</source>
        <translation>Die Blockgröße für die Taktung kann nicht negativ sein (0 schaltet die Taktung ab)</translation>
    </message>
</context>
<context>
    <name>SessionTokenStore</name>
    <message>
        <source>no Foundry access token for %1 yet: enter it in Settings</source>
        <translation>Noch kein Foundry-Zugriffstoken für %1: Geben Sie es in den Einstellungen ein</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Foundry environment</source>
        <translation>Foundry-Umgebung</translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation>&amp;Umgebung</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>The Foundry environment shown below; the station works in the one shown when you save</source>
        <translation>Die unten gezeigte Foundry-Umgebung; die Station arbeitet in der, die beim Speichern gezeigt wird</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the environment</source>
        <translation>Die Umgebung entfernen</translation>
    </message>
    <message>
        <source>Removes the environment shown when you save</source>
        <translation>Entfernt die gezeigte Umgebung beim Speichern</translation>
    </message>
    <message>
        <source>New environment&apos;s name, such as staging</source>
        <translation>Name der neuen Umgebung, etwa staging</translation>
    </message>
    <message>
        <source>New environment&apos;s name</source>
        <translation>Name der neuen Umgebung</translation>
    </message>
    <message>
        <source>The name of an environment to add, such as staging; Add adds it</source>
        <translation>Der Name einer hinzuzufügenden Umgebung, etwa staging; „Hinzufügen“ fügt sie hinzu</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add the environment</source>
        <translation>Die Umgebung hinzufügen</translation>
    </message>
    <message>
        <source>Adds an environment with the name typed beside it</source>
        <translation>Fügt eine Umgebung mit dem daneben eingegebenen Namen hinzu</translation>
    </message>
    <message>
        <source>The station works in the environment shown here when you save.</source>
        <translation>Die Station arbeitet in der hier gezeigten Umgebung, wenn Sie speichern.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Kind of environment</source>
        <translation>Art der Umgebung</translation>
    </message>
    <message>
        <source>Production talks to a real Foundry; a Sandbox is for practice, marked in the window, with its own journal</source>
        <translation>Produktion spricht mit einem echten Foundry; eine Sandbox dient zum Üben, ist im Fenster markiert und hat ihr eigenes Journal</translation>
    </message>
    <message>
        <source>Production: a real Foundry</source>
        <translation>Produktion: ein echtes Foundry</translation>
    </message>
    <message>
        <source>Sandbox: practice, marked in the window, with its own journal</source>
        <translation>Sandbox: Üben, im Fenster markiert, mit eigenem Journal</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>API-URL</translation>
    </message>
    <message>
        <source>The address of the Foundry API; empty in a Sandbox that the station runs itself</source>
        <translation>Die Adresse der Foundry-API; leer in einer Sandbox, die die Station selbst betreibt</translation>
    </message>
    <message>
        <source>Auth header</source>
        <translation>Auth-Header</translation>
    </message>
    <message>
        <source>The HTTP header and scheme that carry the access token, such as Authorization: Bearer</source>
        <translation>Der HTTP-Header und das Schema, die das Zugriffstoken tragen, etwa Authorization: Bearer</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>A PEM file with the CA of a private Foundry installation; empty trusts the system&apos;s CAs</source>
        <translation>Eine PEM-Datei mit der CA einer privaten Foundry-Installation; leer vertraut den CAs des Systems</translation>
    </message>
    <message>
        <source>Only for a private CA; empty trusts the system&apos;s</source>
        <translation>Nur für eine private CA; leer vertraut denen des Systems</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>A new access token for this environment, kept in the keychain and never shown again; empty keeps the stored one</source>
        <translation>Ein neues Zugriffstoken für diese Umgebung, im Schlüsselbund gespeichert und nie wieder gezeigt; leer behält das gespeicherte</translation>
    </message>
    <message>
        <source>Kept in the keychain; type a new one to replace it</source>
        <translation>Im Schlüsselbund gespeichert; geben Sie ein neues ein, um es zu ersetzen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Asks Foundry for a certificate, checks it and revokes it again, as check-api does; the result is shown beside the button</source>
        <translation>Bittet Foundry um ein Zertifikat, prüft es und widerruft es wieder, wie check-api; das Ergebnis erscheint neben dem Knopf</translation>
    </message>
    <message>
        <source>Asks Foundry for a certificate, checks it and revokes it again, as check-api does</source>
        <translation>Bittet Foundry um ein Zertifikat, prüft es und widerruft es wieder, wie check-api</translation>
    </message>
    <message>
        <source>This station</source>
        <translation>Diese Station</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>The name recorded with each job as its operator; empty uses the one shown greyed out</source>
        <translation>Der Name, der bei jedem Auftrag als Bediener aufgezeichnet wird; leer verwendet den grau angezeigten</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>The name recorded with each job as its station; empty uses the one shown greyed out</source>
        <translation>Der Name, der bei jedem Auftrag als Station aufgezeichnet wird; leer verwendet den grau angezeigten</translation>
    </message>
    <message>
        <source>Topics template</source>
        <translation>Topic-Vorlage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of the window, from the next start; Automatic follows the system&apos;s language</source>
        <translation>Die Sprache des Fensters ab dem nächsten Start; „Automatisch“ folgt der Sprache des Systems</translation>
    </message>
    <message>
        <source>A new language takes effect when the station starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start der Station.</translation>
    </message>
    <message>
        <source>The MQTT topics of the standard product, comma-separated; {deviceId} and the other fields are filled in per device</source>
        <translation>Die MQTT-Topics des Standardprodukts, durch Kommas getrennt; {deviceId} und die anderen Felder werden je Gerät ausgefüllt</translation>
    </message>
    <message>
        <source>Empty: the station runs an emulated Foundry and simulated devices</source>
        <translation>Leer: Die Station betreibt ein emuliertes Foundry und simulierte Geräte</translation>
    </message>
    <message>
        <source>https://foundry.example.com</source>
        <translation>https://foundry.example.com</translation>
    </message>
    <message>
        <source>There is an environment named &quot;%1&quot; already; choose it above, or give the new one another name.</source>
        <translation>Es gibt bereits eine Umgebung namens „%1“; wählen Sie sie oben oder geben Sie der neuen einen anderen Namen.</translation>
    </message>
    <message>
        <source>the topics template is empty: name at least one topic, such as devices/{deviceId}/telemetry</source>
        <translation>Die Topic-Vorlage ist leer: Nennen Sie mindestens ein Topic, etwa devices/{deviceId}/telemetry</translation>
    </message>
    <message>
        <source>The settings are saved, but the token is not: %1</source>
        <translation>Die Einstellungen sind gespeichert, das Token aber nicht: %1</translation>
    </message>
    <message>
        <source>The station runs this Sandbox&apos;s Foundry itself while you work in it: there is nothing to test.</source>
        <translation>Die Station betreibt das Foundry dieser Sandbox selbst, während Sie darin arbeiten: Es gibt nichts zu testen.</translation>
    </message>
    <message>
        <source>Testing...</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Foundry works: URL, token and TLS are good; the test certificate passed every check and was revoked again.</source>
        <translation>Foundry funktioniert: URL, Token und TLS sind in Ordnung; das Testzertifikat hat jede Prüfung bestanden und wurde wieder widerrufen.</translation>
    </message>
    <message>
        <source>It does not work: %1</source>
        <translation>Es funktioniert nicht: %1</translation>
    </message>
    <message>
        <source>Revoking the test certificate failed (%1): %2</source>
        <translation>Widerruf des Testzertifikats fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <source>The journal that records every job: a file, or the factory&apos;s postgresql:// address; empty uses the one shown greyed out</source>
        <translation>Das Journal, das jeden Auftrag aufzeichnet: eine Datei oder die postgresql://-Adresse des Werks; leer verwendet das grau angezeigte</translation>
    </message>
    <message>
        <source>A journal file, or the factory&apos;s journal database as a postgresql:// address</source>
        <translation>Eine Journaldatei oder die Journal-Datenbank des Werks als postgresql://-Adresse</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Datenbank-Passwort</translation>
    </message>
    <message>
        <source>A new password for the shared journal&apos;s database account, kept in the keychain and never shown again; empty keeps the stored one. Only for a postgresql:// journal</source>
        <translation>Ein neues Passwort für das Datenbankkonto des gemeinsamen Journals, im Schlüsselbund gespeichert und nie wieder gezeigt; leer behält das gespeicherte. Nur für ein postgresql://-Journal</translation>
    </message>
    <message>
        <source>For a postgresql:// journal; kept in the keychain</source>
        <translation>Für ein postgresql://-Journal; im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>&amp;Database password</source>
        <translation>&amp;Datenbank-Passwort</translation>
    </message>
    <message>
        <source>The settings are saved, but the journal&apos;s password is not: %1</source>
        <translation>Die Einstellungen sind gespeichert, das Passwort des Journals aber nicht: %1</translation>
    </message>
</context>
<context>
    <name>SmpFileLayout</name>
    <message>
        <source>the file path %1 does not start with /; MCUmgr takes absolute paths only</source>
        <translation>Der Dateipfad %1 beginnt nicht mit /; MCUmgr nimmt nur absolute Pfade</translation>
    </message>
    <message>
        <source>the file path %1 is longer than the %2 bytes MCUmgr takes by default</source>
        <translation>Der Dateipfad %1 ist länger als die %2 Bytes, die MCUmgr standardmäßig nimmt</translation>
    </message>
    <message>
        <source>the file path %1 holds a control character</source>
        <translation>Der Dateipfad %1 enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>two credentials would share one file; give each its own path</source>
        <translation>Zwei Zugangsdaten würden sich eine Datei teilen; geben Sie jedem einen eigenen Pfad</translation>
    </message>
    <message>
        <source>the file layout holds &quot;%1&quot;, which is not a layout this station writes</source>
        <translation>Die Dateianordnung enthält „%1“, was keine Anordnung ist, die diese Station schreibt</translation>
    </message>
    <message>
        <source>the file layout does not name its encoding and all three paths</source>
        <translation>Die Dateianordnung nennt nicht ihre Kodierung und alle drei Pfade</translation>
    </message>
    <message>
        <source>the file encoding &quot;%1&quot; is neither pem nor der</source>
        <translation>Die Dateikodierung „%1“ ist weder pem noch der</translation>
    </message>
</context>
<context>
    <name>StationBatch</name>
    <message numerus="yes">
        <source>The work order&apos;s %n unit(s) are provisioned, so no lane starts a new job: start a new batch or raise the cap to go on.</source>
        <translation>
            <numerusform>Die %n Einheit des Arbeitsauftrags ist provisioniert, daher startet kein Kanal einen neuen Auftrag: Beginnen Sie eine neue Charge oder erhöhen Sie die Obergrenze, um weiterzumachen.</numerusform>
            <numerusform>Die %n Einheiten des Arbeitsauftrags sind provisioniert, daher startet kein Kanal einen neuen Auftrag: Beginnen Sie eine neue Charge oder erhöhen Sie die Obergrenze, um weiterzumachen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The work order&apos;s last units are being provisioned, so no lane starts a new job: wait for them, or raise the cap.</source>
        <translation>Die letzten Einheiten des Arbeitsauftrags werden gerade provisioniert, daher startet kein Kanal einen neuen Auftrag: Warten Sie auf sie oder erhöhen Sie die Obergrenze.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n unit(s) of the work order provisioned.</source>
        <translation>
            <numerusform>%1 von %n Einheit des Arbeitsauftrags provisioniert.</numerusform>
            <numerusform>%1 von %n Einheiten des Arbeitsauftrags provisioniert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StationLanguage</name>
    <message>
        <source>Automatic (the system&apos;s language)</source>
        <translation>Automatisch (Sprache des Systems)</translation>
    </message>
</context>
<context>
    <name>StationLog</name>
    <message>
        <source>Lane %1</source>
        <translation>Kanal %1</translation>
    </message>
    <message>
        <source>The device speaks the %1 profile</source>
        <translation>Das Gerät spricht das Profil %1</translation>
    </message>
    <message>
        <source>Recovered job %1: %2</source>
        <translation>Auftrag %1 wiederhergestellt: %2</translation>
    </message>
    <message>
        <source>The lane could not open: %1: %2</source>
        <translation>Der Kanal konnte nicht geöffnet werden: %1: %2</translation>
    </message>
    <message>
        <source>The device went away: %1: %2</source>
        <translation>Das Gerät ist verschwunden: %1: %2</translation>
    </message>
    <message>
        <source>Job for device %1 started, slot %2</source>
        <translation>Auftrag für Gerät %1 gestartet, Slot %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 done in %2 ms</source>
        <translation>%1 erledigt in %2 ms</translation>
    </message>
    <message>
        <source>%1 failed after %2 ms</source>
        <translation>%1 nach %2 ms fehlgeschlagen</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message numerus="yes">
        <source>Foundry %1: %2 in %3 ms, %n request(s)</source>
        <translation>
            <numerusform>Foundry %1: %2 in %3 ms, %n Anfrage</numerusform>
            <numerusform>Foundry %1: %2 in %3 ms, %n Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Foundry %1: %2 (%3) in %4 ms, %n request(s): %5</source>
        <translation>
            <numerusform>Foundry %1: %2 (%3) in %4 ms, %n Anfrage: %5</numerusform>
            <numerusform>Foundry %1: %2 (%3) in %4 ms, %n Anfragen: %5</numerusform>
        </translation>
    </message>
    <message>
        <source>Device answered %1: done</source>
        <translation>Gerät hat auf %1 geantwortet: erledigt</translation>
    </message>
    <message>
        <source>Device answered %1: done (%2)</source>
        <translation>Gerät hat auf %1 geantwortet: erledigt (%2)</translation>
    </message>
    <message>
        <source>Device answered %1: %2</source>
        <translation>Gerät hat auf %1 geantwortet: %2</translation>
    </message>
    <message>
        <source>Device %1 provisioned with certificate %2 (%3), topics %4; the device reported certificate digest %5 and key digest %6</source>
        <translation>Gerät %1 mit Zertifikat %2 (%3) provisioniert, Topics %4; das Gerät meldete den Zertifikats-Hash %5 und den Schlüssel-Hash %6</translation>
    </message>
    <message>
        <source>Job for device %1 ended %2 (%3): %4</source>
        <translation>Auftrag für Gerät %1 endete %2 (%3): %4</translation>
    </message>
    <message>
        <source>Rollback: %1: done</source>
        <translation>Rücknahme: %1: erledigt</translation>
    </message>
    <message>
        <source>Rollback: %1: failed: %2</source>
        <translation>Rücknahme: %1: fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
</context>
<context>
    <name>StationProtocolProfile</name>
    <message>
        <source>Protocol version</source>
        <translation>Protokollversion</translation>
    </message>
    <message>
        <source>Longest request line</source>
        <translation>Längste Anfragezeile</translation>
    </message>
    <message>
        <source>Largest chunk</source>
        <translation>Größter Block</translation>
    </message>
    <message>
        <source>Largest credential</source>
        <translation>Größte Zugangsdaten</translation>
    </message>
    <message>
        <source>Slots</source>
        <translation>Slots</translation>
    </message>
    <message>
        <source>Receive buffer</source>
        <translation>Empfangspuffer</translation>
    </message>
    <message>
        <source>Requests in flight during a write</source>
        <translation>Anfragen unterwegs während eines Schreibvorgangs</translation>
    </message>
    <message>
        <source>Credential types</source>
        <translation>Zugangsdatentypen</translation>
    </message>
    <message>
        <source>the device does not store a %1 (type %2); it takes %3. Use firmware that stores this type.</source>
        <translation>Das Gerät speichert kein %1 (Typ %2); es nimmt %3. Verwenden Sie eine Firmware, die diesen Typ speichert.</translation>
    </message>
    <message>
        <source>the device has %1 slots, numbered from 0, so there is no slot %2. Use a lower slot, or raise the number of slots in the firmware (slots in the C library&apos;s station_device_config).</source>
        <translation>Das Gerät hat %1 Slots, ab 0 nummeriert, es gibt also keinen Slot %2. Verwenden Sie einen niedrigeren Slot oder erhöhen Sie die Anzahl der Slots in der Firmware (slots in station_device_config der C-Bibliothek).</translation>
    </message>
    <message>
        <source>this %1 has %2 bytes, but the device takes credentials of at most %3 bytes (cred=%3 in its HELLO answer). Raise that limit in the firmware to at least %2 bytes (max_credential in the C library&apos;s station_device_config, and the staging area behind it), then flash it again.</source>
        <translation>Dieses %1 hat %2 Bytes, das Gerät nimmt aber Zugangsdaten von höchstens %3 Bytes (cred=%3 in seiner HELLO-Antwort). Erhöhen Sie diese Grenze in der Firmware auf mindestens %2 Bytes (max_credential in station_device_config der C-Bibliothek und der Zwischenspeicher dahinter) und flashen Sie sie erneut.</translation>
    </message>
    <message>
        <source>the device&apos;s receive buffer (rxbuf=%1 in its HELLO answer) cannot take even the shortest CHUNK line. Raise it in the firmware to at least 128 bytes (rx_buffer in the C library&apos;s station_device_config, and the UART buffer behind it).</source>
        <translation>Der Empfangspuffer des Geräts (rxbuf=%1 in seiner HELLO-Antwort) fasst nicht einmal die kürzeste CHUNK-Zeile. Erhöhen Sie ihn in der Firmware auf mindestens 128 Bytes (rx_buffer in station_device_config der C-Bibliothek und der UART-Puffer dahinter).</translation>
    </message>
    <message>
        <source>the device acknowledged the chunk at offset %1 with %2, where next=%3 was due. Its firmware does not follow station protocol version 1; please report it with the firmware version.</source>
        <translation>Das Gerät hat den Block bei Offset %1 mit %2 quittiert, wo next=%3 fällig war. Seine Firmware folgt nicht dem Stationsprotokoll Version 1; bitte melden Sie es mit der Firmware-Version.</translation>
    </message>
    <message>
        <source>the device accepted the %1, but now says slot %2 holds none. Its storage does not keep what it commits; set the device aside and report it.</source>
        <translation>Das Gerät hat %1 angenommen, sagt jetzt aber, Slot %2 enthalte keines. Sein Speicher behält nicht, was es festschreibt; legen Sie das Gerät beiseite und melden Sie es.</translation>
    </message>
    <message>
        <source>the device accepted the %1, but its slot now holds something else (SHA-256 %2, expected %3). Write it again; if it keeps happening, the device&apos;s storage is faulty.</source>
        <translation>Das Gerät hat %1 angenommen, sein Slot enthält jetzt aber etwas anderes (SHA-256 %2, erwartet %3). Schreiben Sie es erneut; passiert es weiter, ist der Speicher des Geräts fehlerhaft.</translation>
    </message>
    <message>
        <source>the device&apos;s list of credentials kept arriving incomplete (%1 after %2 items). Check the cable and the baud rate, or use a lower one.</source>
        <translation>Die Zugangsdatenliste des Geräts kam immer wieder unvollständig an (%1 nach %2 Einträgen). Prüfen Sie Kabel und Baudrate oder verwenden Sie eine niedrigere.</translation>
    </message>
    <message>
        <source>the device&apos;s answer to HELLO lacks what station protocol version 1 requires (proto=1, serial, fw, line, chunk, cred, slots, rxbuf): %1. Compare the firmware&apos;s HELLO with docs/station-protocol.md.</source>
        <translation>Der HELLO-Antwort des Geräts fehlt, was das Stationsprotokoll Version 1 verlangt (proto=1, serial, fw, line, chunk, cred, slots, rxbuf): %1. Vergleichen Sie das HELLO der Firmware mit docs/station-protocol.md.</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>nothing answered HELLO, %1 times. Check that the device runs firmware that speaks the station protocol, that it is powered and connected, and the baud rate; then start again.</source>
        <translation>Niemand hat auf HELLO geantwortet, %1 Mal. Prüfen Sie, ob auf dem Gerät eine Firmware mit dem Stationsprotokoll läuft, ob es Strom hat und angeschlossen ist, und die Baudrate; beginnen Sie dann erneut.</translation>
    </message>
    <message>
        <source>the device stopped answering: %1 went unanswered %2 times. Check that it is powered, that the cable is in, and that nothing else uses the port; then start again.</source>
        <translation>Das Gerät antwortet nicht mehr: %1 blieb %2 Mal unbeantwortet. Prüfen Sie, ob es Strom hat, das Kabel steckt und nichts anderes den Port benutzt; beginnen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Its last answer was damaged: %1.</source>
        <translation>Seine letzte Antwort war beschädigt: %1.</translation>
    </message>
    <message>
        <source>the device answered %1 with &quot;ERR %2 %3&quot;</source>
        <translation>Das Gerät hat %1 mit „ERR %2 %3“ beantwortet</translation>
    </message>
    <message>
        <source>%1, also when the request was sent again: requests arrive damaged. Check the cable and the baud rate, or use a lower one.</source>
        <translation>%1, auch als die Anfrage erneut gesendet wurde: Anfragen kommen beschädigt an. Prüfen Sie Kabel und Baudrate oder verwenden Sie eine niedrigere.</translation>
    </message>
    <message>
        <source>%1: the firmware does not implement all of station protocol version 1. Update the firmware.</source>
        <translation>%1: Die Firmware implementiert nicht das ganze Stationsprotokoll Version 1. Aktualisieren Sie die Firmware.</translation>
    </message>
    <message>
        <source>%1: the firmware and the station read station protocol version 1 differently. Please report it, with the firmware version.</source>
        <translation>%1: Firmware und Station lesen das Stationsprotokoll Version 1 unterschiedlich. Bitte melden Sie es mit der Firmware-Version.</translation>
    </message>
    <message>
        <source>%1: the firmware takes shorter request lines than its HELLO answer says. Make it report its real limit (in the C library, STATION_DEVICE_LINE_MAX).</source>
        <translation>%1: Die Firmware nimmt kürzere Anfragezeilen, als ihre HELLO-Antwort sagt. Lassen Sie sie ihre wirkliche Grenze melden (in der C-Bibliothek STATION_DEVICE_LINE_MAX).</translation>
    </message>
    <message>
        <source>%1 to the chunk at offset %2, also when it was sent again: bytes are damaged on the way to the device. Check the cable and the baud rate, or use a lower one.</source>
        <translation>%1 auf den Block bei Offset %2, auch beim erneuten Senden: Bytes werden auf dem Weg zum Gerät beschädigt. Prüfen Sie Kabel und Baudrate oder verwenden Sie eine niedrigere.</translation>
    </message>
    <message>
        <source>%1: the device and the station disagree about how much of the %2 has arrived. Start again; if it keeps happening, report it with the firmware version.</source>
        <translation>%1: Gerät und Station sind sich uneins, wie viel von %2 angekommen ist. Beginnen Sie erneut; passiert es weiter, melden Sie es mit der Firmware-Version.</translation>
    </message>
    <message>
        <source>%1: the device takes at most %2 bytes here, less than its HELLO answer says. Make the firmware report its real limits (cred and chunk), or raise them.</source>
        <translation>%1: Das Gerät nimmt hier höchstens %2 Bytes, weniger als seine HELLO-Antwort sagt. Lassen Sie die Firmware ihre wirklichen Grenzen melden (cred und chunk) oder erhöhen Sie sie.</translation>
    </message>
    <message>
        <source>%1: the device has %2 slots, numbered from 0, so there is no slot %3. Use a lower slot, or raise the number of slots in the firmware.</source>
        <translation>%1: Das Gerät hat %2 Slots, ab 0 nummeriert, es gibt also keinen Slot %3. Verwenden Sie einen niedrigeren Slot oder erhöhen Sie die Anzahl der Slots in der Firmware.</translation>
    </message>
    <message>
        <source>%1: slot %2 holds no %3.</source>
        <translation>%1: Slot %2 enthält kein %3.</translation>
    </message>
    <message>
        <source>%1, also when the %2 was written again: what the device stored differs from what the station sent (its SHA-256 is %3). Its storage may be faulty; set the device aside.</source>
        <translation>%1, auch als %2 erneut geschrieben wurde: Was das Gerät gespeichert hat, unterscheidet sich vom Gesendeten (sein SHA-256 ist %3). Sein Speicher ist vielleicht fehlerhaft; legen Sie das Gerät beiseite.</translation>
    </message>
    <message>
        <source>%1: the device&apos;s storage failed, and the slot keeps what it held before. Check the firmware&apos;s storage driver; if it keeps failing, set the device aside.</source>
        <translation>%1: Der Speicher des Geräts ist ausgefallen, und der Slot behält seinen vorigen Inhalt. Prüfen Sie den Speichertreiber der Firmware; scheitert es weiter, legen Sie das Gerät beiseite.</translation>
    </message>
    <message>
        <source>%1, even after the station ended the write that was open. Restart the device, then start again.</source>
        <translation>%1, auch nachdem die Station den offenen Schreibvorgang beendet hat. Starten Sie das Gerät neu und beginnen Sie erneut.</translation>
    </message>
    <message>
        <source>%1 twice: the device keeps forgetting the write in progress, as if it restarted. Check its power supply and its watchdog, then start again.</source>
        <translation>%1 zweimal: Das Gerät vergisst immer wieder den laufenden Schreibvorgang, als ob es neu startete. Prüfen Sie Stromversorgung und Watchdog und beginnen Sie erneut.</translation>
    </message>
    <message>
        <source>%1: the device speaks station protocol versions %2, this station speaks version %3. Update the station or the firmware.</source>
        <translation>%1: Das Gerät spricht die Stationsprotokoll-Versionen %2, diese Station spricht Version %3. Aktualisieren Sie die Station oder die Firmware.</translation>
    </message>
    <message>
        <source>%1 again: the device restarted twice while the station worked with it. Check its power supply and its watchdog, then start again.</source>
        <translation>%1 erneut: Das Gerät ist zweimal neu gestartet, während die Station mit ihm arbeitete. Prüfen Sie Stromversorgung und Watchdog und beginnen Sie erneut.</translation>
    </message>
    <message>
        <source>%1. Code %2 is not part of station protocol version 1; the firmware&apos;s documentation says what it means.</source>
        <translation>%1. Code %2 gehört nicht zum Stationsprotokoll Version 1; die Dokumentation der Firmware sagt, was er bedeutet.</translation>
    </message>
</context>
<context>
    <name>StationRecovery</name>
    <message numerus="yes">
        <source>%n unfinished job(s) from %1: a station stopped before they ended.</source>
        <translation>
            <numerusform>%n unvollendeter Auftrag vom %1: Eine Station hat angehalten, bevor er endete.</numerusform>
            <numerusform>%n unvollendete Aufträge vom %1: Eine Station hat angehalten, bevor sie endeten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovering the unfinished jobs: %1 of %2 done…</source>
        <translation>Die unvollendeten Aufträge werden wiederhergestellt: %1 von %2 erledigt…</translation>
    </message>
    <message>
        <source>Recovery found nothing left to do.</source>
        <translation>Die Wiederherstellung fand nichts mehr zu tun.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) finished.</source>
        <translation>
            <numerusform>%n Auftrag abgeschlossen.</numerusform>
            <numerusform>%n Aufträge abgeschlossen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) rolled back.</source>
        <translation>
            <numerusform>%n Auftrag zurückgenommen.</numerusform>
            <numerusform>%n Aufträge zurückgenommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) need a person: see Needs attention on the Certificates page.</source>
        <translation>
            <numerusform>%n Auftrag braucht einen Menschen: siehe „Braucht Aufmerksamkeit“ auf der Seite „Zertifikate“.</numerusform>
            <numerusform>%n Aufträge brauchen einen Menschen: siehe „Braucht Aufmerksamkeit“ auf der Seite „Zertifikate“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) could not be recovered now (Foundry or the device did not answer, or another station is on them): recover again later.</source>
        <translation>
            <numerusform>%n Auftrag konnte jetzt nicht wiederhergestellt werden (Foundry oder das Gerät hat nicht geantwortet, oder eine andere Station bearbeitet ihn): Stellen Sie später erneut wieder her.</numerusform>
            <numerusform>%n Aufträge konnten jetzt nicht wiederhergestellt werden (Foundry oder das Gerät hat nicht geantwortet, oder eine andere Station bearbeitet sie): Stellen Sie später erneut wieder her.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StationSettings</name>
    <message>
        <source>the settings file %1 cannot be read; correct it or delete it to start from the defaults</source>
        <translation>Die Einstellungsdatei %1 kann nicht gelesen werden; korrigieren oder löschen Sie sie, um mit den Voreinstellungen zu beginnen</translation>
    </message>
    <message>
        <source>the settings file cannot be used: %1</source>
        <translation>Die Einstellungsdatei ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>none is set up yet</source>
        <translation>noch keine ist eingerichtet</translation>
    </message>
    <message>
        <source>choose one of %1</source>
        <translation>wählen Sie eine von %1</translation>
    </message>
    <message>
        <source>there is no Foundry environment named &quot;%1&quot;; %2</source>
        <translation>Es gibt keine Foundry-Umgebung namens „%1“; %2</translation>
    </message>
    <message>
        <source>the time to wait for Foundry must be a positive number of seconds (30 is usual)</source>
        <translation>Die Wartezeit auf Foundry muss eine positive Zahl von Sekunden sein (üblich sind 30)</translation>
    </message>
    <message>
        <source>the journal %1 is a folder; give a file in it, such as %1/journal.sqlite</source>
        <translation>Das Journal %1 ist ein Ordner; geben Sie eine Datei darin an, etwa %1/journal.sqlite</translation>
    </message>
    <message>
        <source>the operator name &quot;%1&quot; contains control characters; type the name again without them</source>
        <translation>Der Bedienername „%1“ enthält Steuerzeichen; geben Sie den Namen ohne sie erneut ein</translation>
    </message>
    <message>
        <source>the station name &quot;%1&quot; contains control characters; type the name again without them</source>
        <translation>Der Stationsname „%1“ enthält Steuerzeichen; geben Sie den Namen ohne sie erneut ein</translation>
    </message>
    <message>
        <source>the environment name &quot;%1&quot; is not usable; use letters, digits, dots, hyphens and underscores, such as sandbox or production</source>
        <translation>Der Umgebungsname „%1“ ist nicht verwendbar; verwenden Sie Buchstaben, Ziffern, Punkte, Bindestriche und Unterstriche, etwa sandbox oder production</translation>
    </message>
    <message>
        <source>no Foundry URL is set for the environment &quot;%1&quot;; enter the API URL of your Foundry, such as https://foundry.example.com</source>
        <translation>Für die Umgebung „%1“ ist keine Foundry-URL eingestellt; geben Sie die API-URL Ihrer Foundry ein, etwa https://foundry.example.com</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>this station cannot keep the access token for %1; give it each time it is asked for</source>
        <translation>Diese Station kann das Zugriffstoken für %1 nicht speichern; geben Sie es jedes Mal ein, wenn danach gefragt wird</translation>
    </message>
    <message>
        <source>this station keeps no access token for %1, so there is none to forget</source>
        <translation>Diese Station speichert kein Zugriffstoken für %1, es gibt also keines zu vergessen</translation>
    </message>
    <message>
        <source>this station cannot keep the database password for %1; put it in the file PGPASSFILE names</source>
        <translation>diese Station kann das Datenbank-Passwort für %1 nicht aufbewahren; legen Sie es in die Datei, die PGPASSFILE nennt</translation>
    </message>
    <message>
        <source>this station keeps no database password for %1, so there is none to forget</source>
        <translation>diese Station bewahrt kein Datenbank-Passwort für %1 auf, es gibt also keines zu vergessen</translation>
    </message>
</context>
<context>
    <name>TopicRules</name>
    <message>
        <source>Topic %1 (&quot;%2&quot;)</source>
        <translation>Topic %1 („%2“)</translation>
    </message>
    <message>
        <source>Topic %1 is empty; remove it or fill it in.</source>
        <translation>Topic %1 ist leer; entfernen oder füllen Sie es.</translation>
    </message>
    <message>
        <source>%1 is %2 bytes long; AWS IoT allows at most %3. Shorten it.</source>
        <translation>%1 ist %2 Bytes lang; AWS IoT erlaubt höchstens %3. Kürzen Sie es.</translation>
    </message>
    <message>
        <source>%1 has %2 levels separated by &apos;/&apos;; AWS IoT allows at most %3 slashes. Use fewer levels.</source>
        <translation>%1 hat %2 durch „/“ getrennte Ebenen; AWS IoT erlaubt höchstens %3 Schrägstriche. Verwenden Sie weniger Ebenen.</translation>
    </message>
    <message>
        <source>%1 is listed twice; remove the duplicate.</source>
        <translation>%1 ist zweimal aufgeführt; entfernen Sie das Duplikat.</translation>
    </message>
    <message>
        <source>%1 has &apos;#&apos; before its end; in MQTT &apos;#&apos; is only valid as the last level.</source>
        <translation>%1 hat „#“ vor seinem Ende; in MQTT ist „#“ nur als letzte Ebene gültig.</translation>
    </message>
    <message>
        <source>%1 uses an MQTT wildcard (+ or #); AWS IoT policies take these literally unless Foundry translates them, so the device may be refused on real topics.</source>
        <translation>%1 verwendet einen MQTT-Platzhalter (+ oder #); AWS-IoT-Richtlinien nehmen diese wörtlich, sofern Foundry sie nicht übersetzt, daher wird das Gerät auf echten Topics vielleicht abgewiesen.</translation>
    </message>
</context>
<context>
    <name>TopicTemplate</name>
    <message>
        <source>&quot;%1&quot; has a &apos;}&apos; without its &apos;{&apos;.</source>
        <translation>„%1“ hat eine „}“ ohne ihre „{“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a &apos;{&apos; without its &apos;}&apos;.</source>
        <translation>„%1“ hat eine „{“ ohne ihre „}“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses {%2}; the fields are {%3}.</source>
        <translation>„%1“ verwendet {%2}; die Felder sind {%3}.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses {%2}, but the device did not report it.</source>
        <translation>„%1“ verwendet {%2}, aber das Gerät hat es nicht gemeldet.</translation>
    </message>
    <message>
        <source>{%1} is &quot;%2&quot;, which contains &apos;/&apos;, &apos;+&apos;, &apos;#&apos; or a control character; it cannot go into a topic.</source>
        <translation>{%1} ist „%2“, das „/“, „+“, „#“ oder ein Steuerzeichen enthält; es kann nicht in ein Topic.</translation>
    </message>
</context>
<context>
    <name>ZephyrShellProfile</name>
    <message>
        <source>the station streams credentials at the line rate in pieces of %1 bytes</source>
        <translation>Die Station überträgt Zugangsdaten im Leitungstakt in Stücken von %1 Bytes</translation>
    </message>
    <message>
        <source>the station sends lines of up to %1 bytes</source>
        <translation>Die Station sendet Zeilen von bis zu %1 Bytes</translation>
    </message>
    <message>
        <source>the device said %1: its serial receive buffer overflowed, and bytes the station sent were lost. Raise CONFIG_SHELL_BACKEND_SERIAL_RX_RING_BUFFER_SIZE in the firmware (64 bytes by default; %2), or use a lower baud rate on both ends, which gives the shell more time for each byte; then start again.</source>
        <translation>Das Gerät meldete %1: Sein serieller Empfangspuffer ist übergelaufen, und von der Station gesendete Bytes gingen verloren. Erhöhen Sie CONFIG_SHELL_BACKEND_SERIAL_RX_RING_BUFFER_SIZE in der Firmware (standardmäßig 64 Bytes; %2) oder verwenden Sie an beiden Enden eine niedrigere Baudrate, die der Shell mehr Zeit pro Byte gibt; beginnen Sie dann erneut.</translation>
    </message>
    <message>
        <source>the device could not delete the old credential: %1</source>
        <translation>Das Gerät konnte die alten Zugangsdaten nicht löschen: %1</translation>
    </message>
    <message>
        <source>the device did not store the %1 characters the station sent: %2. Bytes may have been lost on the line; start again, and lower the baud rate if it keeps happening.</source>
        <translation>Das Gerät hat die %1 Zeichen, die die Station sandte, nicht gespeichert: %2. Auf der Leitung gingen vielleicht Bytes verloren; beginnen Sie erneut und senken Sie die Baudrate, wenn es weiter passiert.</translation>
    </message>
    <message>
        <source>the device did not confirm a chunk: %1. Bytes may have been lost on the line; start again, and lower the baud rate if it keeps happening.</source>
        <translation>Das Gerät hat einen Block nicht bestätigt: %1. Auf der Leitung gingen vielleicht Bytes verloren; beginnen Sie erneut und senken Sie die Baudrate, wenn es weiter passiert.</translation>
    </message>
    <message>
        <source>the device kept %1 of a %2-character chunk after it had kept whole ones. Start again; if it keeps happening, the device&apos;s shell is not one the station knows.</source>
        <translation>Das Gerät hat %1 eines Blocks von %2 Zeichen behalten, nachdem es ganze behalten hatte. Beginnen Sie erneut; passiert es weiter, ist die Shell des Geräts keine, die die Station kennt.</translation>
    </message>
    <message>
        <source>the device has no room for another credential. Raise CONFIG_TLS_MAX_CREDENTIALS_NUMBER (and the heap, if credentials are copied to it) in the firmware, or delete credentials it no longer needs.</source>
        <translation>Das Gerät hat keinen Platz für weitere Zugangsdaten. Erhöhen Sie CONFIG_TLS_MAX_CREDENTIALS_NUMBER (und den Heap, falls Zugangsdaten dorthin kopiert werden) in der Firmware oder löschen Sie nicht mehr benötigte Zugangsdaten.</translation>
    </message>
    <message>
        <source>the device refused the credential: %1</source>
        <translation>Das Gerät hat die Zugangsdaten abgelehnt: %1</translation>
    </message>
    <message>
        <source>the device did not give the %1 back: %2</source>
        <translation>Das Gerät hat %1 nicht zurückgegeben: %2</translation>
    </message>
    <message>
        <source>the device&apos;s credential buffer is too small for this %1, which needs %2 bytes of base64 text. Raise CONFIG_TLS_CREDENTIALS_SHELL_CRED_BUF_SIZE to at least %3 in the firmware and flash it again.</source>
        <translation>Der Zugangsdatenpuffer des Geräts ist zu klein für dieses %1, das %2 Bytes Base64-Text braucht. Erhöhen Sie CONFIG_TLS_CREDENTIALS_SHELL_CRED_BUF_SIZE in der Firmware auf mindestens %3 und flashen Sie sie erneut.</translation>
    </message>
    <message>
        <source>the device&apos;s credential list did not end as a Zephyr shell&apos;s does: %1</source>
        <translation>Die Zugangsdatenliste des Geräts endete nicht wie die einer Zephyr-Shell: %1</translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation>(keine Ausgabe)</translation>
    </message>
</context>
</TS>
