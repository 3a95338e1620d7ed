<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Sourcedesk</source>
        <translation>Über Sourcedesk</translation>
    </message>
    <message>
        <source>Pages of the About box</source>
        <translation>Seiten des Fensters „Über Sourcedesk“</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>Hinweise zu Drittsoftware</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Which version of Qt Sourcedesk uses, and its licence</source>
        <translation>Welche Qt-Version Sourcedesk verwendet, und ihre Lizenz</translation>
    </message>
    <message>
        <source>Sourcedesk %1</source>
        <translation>Sourcedesk %1</translation>
    </message>
    <message>
        <source>Sourcedesk keeps a Fini workspace&apos;s knowledge in step with its sources. It shows every source of the workspace in one table, refreshes the ones you pick, shows which really changed and what changed in them, and has Fini write knowledge from them, as drafts for review by default. API keys stay in this computer&apos;s keychain.</source>
        <translation>Sourcedesk hält das Wissen eines Fini-Arbeitsbereichs mit seinen Quellen auf dem gleichen Stand. Es zeigt alle Quellen des Arbeitsbereichs in einer Tabelle, aktualisiert die von Ihnen ausgewählten, zeigt, welche sich wirklich geändert haben und was sich in ihnen geändert hat, und lässt Fini daraus Wissen schreiben – standardmäßig als Entwürfe zur Prüfung. API-Schlüssel bleiben im Schlüsselbund dieses Computers.</translation>
    </message>
    <message>
        <source>Copyright 2026 Sourcedesk. Proprietary software: see the %1. Sourcedesk uses Qt (LGPLv3), QtKeychain (BSD) and SQLite (public domain): see the %2.</source>
        <translation>Copyright 2026 Sourcedesk. Proprietäre Software: siehe %1. Sourcedesk verwendet Qt (LGPLv3), QtKeychain (BSD) und SQLite (gemeinfrei): siehe %2.</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>third-party notices</source>
        <translation>Hinweise zu Drittsoftware</translation>
    </message>
    <message>
        <source>How to use Sourcedesk: %1. Keyboard shortcuts: Help &gt; Keyboard shortcuts.</source>
        <translation>Wie Sie Sourcedesk verwenden, erklärt %1. Tastenkürzel: Hilfe &gt; Tastenkürzel.</translation>
    </message>
    <message>
        <source>the user guide</source>
        <translation>das Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Stopped watching</source>
        <translation>Nicht mehr verfolgt</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message numerus="yes">
        <source>Refresh of %Ln source(s)</source>
        <translation>
            <numerusform>Aktualisierung von %Ln Quelle</numerusform>
            <numerusform>Aktualisierung von %Ln Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generation from %Ln source(s)</source>
        <translation>
            <numerusform>Wissen aus %Ln Quelle erzeugen</numerusform>
            <numerusform>Wissen aus %Ln Quellen erzeugen</numerusform>
        </translation>
    </message>
    <message>
        <source>Source ID: %1</source>
        <translation>Quellen-ID: %1</translation>
    </message>
    <message>
        <source>Article ID: %1 (right-click to copy it)</source>
        <translation>Artikel-ID: %1 (Rechtsklick zum Kopieren)</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>&amp;Show in the table</source>
        <translation>In der &amp;Tabelle anzeigen</translation>
    </message>
    <message>
        <source>Copy &amp;article ID</source>
        <translation>&amp;Artikel-ID kopieren</translation>
    </message>
    <message>
        <source>Copied the article ID %1</source>
        <translation>Artikel-ID %1 kopiert</translation>
    </message>
    <message>
        <source>Copy &amp;source ID</source>
        <translation>&amp;Quellen-ID kopieren</translation>
    </message>
    <message>
        <source>Copied the source ID %1</source>
        <translation>Quellen-ID %1 kopiert</translation>
    </message>
    <message numerus="yes">
        <source>Adding %Ln source(s)</source>
        <translation>
            <numerusform>%Ln Quelle hinzugefügt</numerusform>
            <numerusform>%Ln Quellen hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removal of %Ln source(s)</source>
        <translation>
            <numerusform>Entfernen von %Ln Quelle</numerusform>
            <numerusform>Entfernen von %Ln Quellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Every refresh, generation and removal of this workspace, newest first. Enter shows an operation&apos;s sources in the table; the menu key copies IDs.</source>
        <translation>Jede Aktualisierung, Generierung und Entfernung in diesem Arbeitsbereich, die neueste zuerst. Die Eingabetaste zeigt die Quellen eines Vorgangs in der Tabelle; die Menütaste kopiert IDs.</translation>
    </message>
    <message>
        <source>A&amp;dd again…</source>
        <translation>Erneut &amp;hinzufügen…</translation>
    </message>
</context>
<context>
    <name>ActivityRecorder</name>
    <message>
        <source>%L1 queued, %L2 rejected, %L3 skipped, %L4 refreshed, %L5 failed, %L6 still running, %L7 changed</source>
        <translation>%L1 eingereiht, %L2 abgelehnt, %L3 übersprungen, %L4 aktualisiert, %L5 fehlgeschlagen, %L6 laufen noch, %L7 geändert</translation>
    </message>
    <message>
        <source>%L1 queued, %L2 rejected, %L3 written, %L4 no change, %L5 failed, %L6 still running</source>
        <translation>%L1 eingereiht, %L2 abgelehnt, %L3 geschrieben, %L4 ohne Änderung, %L5 fehlgeschlagen, %L6 laufen noch</translation>
    </message>
    <message>
        <source>Sourcedesk stopped before Fini answered: Fini may or may not have queued this source.</source>
        <translation>Sourcedesk wurde beendet, bevor Fini antwortete: Fini hat diese Quelle vielleicht eingereiht, vielleicht auch nicht.</translation>
    </message>
    <message>
        <source>Sourcedesk stopped while this ran.</source>
        <translation>Sourcedesk wurde beendet, während dies lief.</translation>
    </message>
    <message>
        <source>%L1 removed, %L2 not removed</source>
        <translation>%L1 entfernt, %L2 nicht entfernt</translation>
    </message>
    <message>
        <source>Sourcedesk stopped before Fini answered: this source may or may not have been removed. Reload the sources to see.</source>
        <translation>Sourcedesk wurde beendet, bevor Fini antwortete: Diese Quelle wurde vielleicht entfernt, vielleicht nicht. Laden Sie die Quellen neu, um es zu sehen.</translation>
    </message>
</context>
<context>
    <name>AddPagesDialog</name>
    <message>
        <source>Add web pages</source>
        <translation>Webseiten hinzufügen</translation>
    </message>
    <message>
        <source>Paste the addresses of the web pages Fini should learn from, one per line, or load them from a text file. Fini fetches each page and keeps it up to date when you refresh it.</source>
        <translation>Fügen Sie die Adressen der Webseiten ein, aus denen Fini lernen soll, eine pro Zeile, oder laden Sie sie aus einer Textdatei. Fini ruft jede Seite ab und hält sie aktuell, wenn Sie sie aktualisieren.</translation>
    </message>
    <message>
        <source>https://help.example.com/articles/returns</source>
        <translation>https://hilfe.example.com/artikel/ruecksendungen</translation>
    </message>
    <message>
        <source>Web addresses</source>
        <translation>Webadressen</translation>
    </message>
    <message>
        <source>&amp;Load from file…</source>
        <translation>Aus &amp;Datei laden…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Load web addresses</source>
        <translation>Webadressen laden</translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv);;All files (*)</source>
        <translation>Textdateien (*.txt *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The file could not be read</source>
        <translation>Die Datei konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Sourcedesk could not read %1: %2</source>
        <translation>Sourcedesk konnte %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>The file is too large</source>
        <translation>Die Datei ist zu groß</translation>
    </message>
    <message>
        <source>%1 is too large for a list of web addresses. Choose a text file with one address per line.</source>
        <translation>%1 ist zu groß für eine Liste von Webadressen. Wählen Sie eine Textdatei mit einer Adresse pro Zeile.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new web page(s)</source>
        <translation>
            <numerusform>%Ln neue Webseite</numerusform>
            <numerusform>%Ln neue Webseiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in this workspace</source>
        <translation>
            <numerusform>%Ln schon in diesem Arbeitsbereich</numerusform>
            <numerusform>%Ln schon in diesem Arbeitsbereich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln given twice (counted once)</source>
        <translation>
            <numerusform>%Ln doppelt angegeben (einmal gezählt)</numerusform>
            <numerusform>%Ln doppelt angegeben (einmal gezählt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not a web address (left out)</source>
        <translation>
            <numerusform>%Ln keine Webadresse (ausgelassen)</numerusform>
            <numerusform>%Ln keine Webadressen (ausgelassen)</numerusform>
        </translation>
    </message>
    <message>
        <source>No web address yet.</source>
        <translation>Noch keine Webadresse.</translation>
    </message>
    <message numerus="yes">
        <source>Refresh the %Ln page(s) already in this workspace instead</source>
        <translation>
            <numerusform>Stattdessen die %Ln Seite aktualisieren, die schon in diesem Arbeitsbereich ist</numerusform>
            <numerusform>Stattdessen die %Ln Seiten aktualisieren, die schon in diesem Arbeitsbereich sind</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1, “%2”: %3</source>
        <translation>Zeile %1, „%2“: %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… und %Ln weitere</numerusform>
            <numerusform>… und %Ln weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln web page(s)</source>
        <translation>
            <numerusform>%Ln Webseite hinzufügen</numerusform>
            <numerusform>%Ln Webseiten hinzufügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message>
        <source>Redirect to %1 not followed</source>
        <translation>Weiterleitung nach %1 nicht gefolgt</translation>
    </message>
    <message>
        <source>No data for %1 ms</source>
        <translation>%1 ms lang keine Daten</translation>
    </message>
    <message>
        <source>No complete answer within %1 ms</source>
        <translation>Keine vollständige Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>Answer larger than %1 bytes</source>
        <translation>Antwort größer als %1 Byte</translation>
    </message>
    <message>
        <source>the answer is not valid JSON (%1 at byte %2)</source>
        <translation>die Antwort ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Fini refused it and said: “%1”.</source>
        <translation>Fini hat es abgelehnt und sagt: „%1“.</translation>
    </message>
    <message>
        <source>Loading the sources</source>
        <translation>Das Laden der Quellen</translation>
    </message>
    <message>
        <source>Loading the source</source>
        <translation>Das Laden der Quelle</translation>
    </message>
    <message>
        <source>Refreshing the sources</source>
        <translation>Das Aktualisieren der Quellen</translation>
    </message>
    <message>
        <source>Adding the sources</source>
        <translation>Das Hinzufügen der Quellen</translation>
    </message>
    <message>
        <source>Deleting the sources</source>
        <translation>Das Löschen der Quellen</translation>
    </message>
    <message>
        <source>Generating knowledge</source>
        <translation>Das Erzeugen von Wissen</translation>
    </message>
    <message>
        <source>Checking the knowledge jobs</source>
        <translation>Das Prüfen der Wissensaufträge</translation>
    </message>
    <message>
        <source>Fini said: “%1”.</source>
        <translation>Fini sagt: „%1“.</translation>
    </message>
    <message>
        <source>Fini refused to refresh these sources. Some may no longer exist or be uploaded files, which cannot be refreshed: delete and upload them again.</source>
        <translation>Fini hat es abgelehnt, diese Quellen zu aktualisieren. Manche gibt es vielleicht nicht mehr, oder es sind hochgeladene Dateien, die sich nicht aktualisieren lassen: Löschen Sie sie und laden Sie sie neu hoch.</translation>
    </message>
    <message>
        <source>Fini refused to generate knowledge for these sources. Some may no longer exist; reload the list and try again.</source>
        <translation>Fini hat es abgelehnt, aus diesen Quellen Wissen zu erzeugen. Manche gibt es vielleicht nicht mehr; laden Sie die Liste neu und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Fini refused to delete these sources. Some may already be deleted; reload the list.</source>
        <translation>Fini hat es abgelehnt, diese Quellen zu löschen. Manche sind vielleicht schon gelöscht; laden Sie die Liste neu.</translation>
    </message>
    <message>
        <source>%1 failed because Fini did not accept the request. Reload and try again; if it keeps failing, copy the details for your Fini administrator.</source>
        <translation>%1 ist fehlgeschlagen, weil Fini die Anfrage nicht angenommen hat. Laden Sie neu und versuchen Sie es noch einmal; wenn es weiter fehlschlägt, kopieren Sie die Details für Ihre Fini-Administration.</translation>
    </message>
    <message>
        <source>Fini did not accept the API key: it is missing, mistyped or was revoked. Enter a valid key for this workspace (Fini: Deploy → API Keys).</source>
        <translation>Fini hat den API-Schlüssel nicht angenommen: Er fehlt, ist falsch geschrieben oder wurde widerrufen. Geben Sie einen gültigen Schlüssel für diesen Arbeitsbereich ein (Fini: Deploy → API Keys).</translation>
    </message>
    <message>
        <source>This API key can read but not change sources, or the sources belong to another workspace. Create a key with the write scope in Fini (Deploy → API Keys) and use it for this workspace.</source>
        <translation>Dieser API-Schlüssel darf Quellen lesen, aber nicht ändern, oder die Quellen gehören zu einem anderen Arbeitsbereich. Erstellen Sie in Fini einen Schlüssel mit Schreibrecht (Deploy → API Keys) und verwenden Sie ihn für diesen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>This API key may not read this workspace&apos;s sources, or the source belongs to another workspace. Check that the key has the read scope and belongs to this workspace.</source>
        <translation>Dieser API-Schlüssel darf die Quellen dieses Arbeitsbereichs nicht lesen, oder die Quelle gehört zu einem anderen Arbeitsbereich. Prüfen Sie, ob der Schlüssel Leserecht hat und zu diesem Arbeitsbereich gehört.</translation>
    </message>
    <message>
        <source>Fini does not know one of these knowledge jobs in this workspace. It may belong to another workspace or be too old.</source>
        <translation>Fini kennt einen dieser Wissensaufträge in diesem Arbeitsbereich nicht. Er gehört vielleicht zu einem anderen Arbeitsbereich oder ist zu alt.</translation>
    </message>
    <message>
        <source>Fini has no such source in this workspace. It may have been deleted; reload the list.</source>
        <translation>Fini hat keine solche Quelle in diesem Arbeitsbereich. Sie wurde vielleicht gelöscht; laden Sie die Liste neu.</translation>
    </message>
    <message>
        <source>Fini is receiving too many requests from this key. Wait a minute and try again.</source>
        <translation>Fini erhält zu viele Anfragen mit diesem Schlüssel. Warten Sie eine Minute und versuchen Sie es noch einmal.</translation>
    </message>
    <message numerus="yes">
        <source>Fini is receiving too many requests from this key. Try again in %Ln second(s).</source>
        <translation>
            <numerusform>Fini erhält zu viele Anfragen mit diesem Schlüssel. Versuchen Sie es in %Ln Sekunde noch einmal.</numerusform>
            <numerusform>Fini erhält zu viele Anfragen mit diesem Schlüssel. Versuchen Sie es in %Ln Sekunden noch einmal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fini is receiving too many requests from this key and asks to wait about %Ln minute(s), which is too long to wait here. Try again later.</source>
        <translation>
            <numerusform>Fini erhält zu viele Anfragen mit diesem Schlüssel und bittet, etwa %Ln Minute zu warten – zu lange, um hier zu warten. Versuchen Sie es später noch einmal.</numerusform>
            <numerusform>Fini erhält zu viele Anfragen mit diesem Schlüssel und bittet, etwa %Ln Minuten zu warten – zu lange, um hier zu warten. Versuchen Sie es später noch einmal.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed because of a problem at Fini (HTTP %2). Nothing on your side is wrong; try again in a few minutes.</source>
        <translation>%1 ist wegen eines Problems bei Fini fehlgeschlagen (HTTP %2). Auf Ihrer Seite ist alles in Ordnung; versuchen Sie es in ein paar Minuten noch einmal.</translation>
    </message>
    <message>
        <source>%1 took too long: Fini did not answer in time. Check your connection and try again.</source>
        <translation>%1 hat zu lange gedauert: Fini hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Verbindung und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>%1: the connection to Fini was dropped before its answer arrived, so Fini may have done it anyway. Check in Fini (Review and Approvals, or the sources list) before trying again.</source>
        <translation>%1: Die Verbindung zu Fini brach ab, bevor die Antwort ankam – Fini hat es also vielleicht trotzdem ausgeführt. Sehen Sie in Fini nach (Review and Approvals oder die Quellenliste), bevor Sie es noch einmal versuchen.</translation>
    </message>
    <message>
        <source>%1 failed: the connection to Fini could not be made or was dropped. Check your internet connection or proxy and try again.</source>
        <translation>%1 ist fehlgeschlagen: Die Verbindung zu Fini kam nicht zustande oder brach ab. Prüfen Sie Ihre Internetverbindung oder Ihren Proxy und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The secure connection to Fini could not be verified, so nothing was sent. Your network may intercept secure connections; ask your IT team.</source>
        <translation>Die sichere Verbindung zu Fini ließ sich nicht überprüfen, deshalb wurde nichts gesendet. Vielleicht fängt Ihr Netzwerk sichere Verbindungen ab; fragen Sie Ihre IT-Abteilung.</translation>
    </message>
    <message>
        <source>%1 failed: Fini&apos;s answer could not be read (it was incomplete or not in the expected format). Try again.</source>
        <translation>%1 ist fehlgeschlagen: Finis Antwort ließ sich nicht lesen (sie war unvollständig oder nicht im erwarteten Format). Versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The workspace address must start with https:// (plain http:// is only allowed for this computer). Nothing was sent.</source>
        <translation>Die Adresse des Arbeitsbereichs muss mit https:// beginnen (einfaches http:// ist nur für diesen Computer erlaubt). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Fini did not confirm this source in its answer, so it was probably not queued. Try again.</source>
        <translation>Fini hat diese Quelle in seiner Antwort nicht bestätigt, sie wurde also wahrscheinlich nicht eingereiht. Versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>%1 stopped: Fini&apos;s answer was far larger than any answer should be, so Sourcedesk stopped reading it. Try again later; if it keeps happening, copy the details for your Fini administrator.</source>
        <translation>%1 wurde angehalten: Finis Antwort war weit größer, als eine Antwort sein sollte, deshalb hat Sourcedesk aufgehört, sie zu lesen. Versuchen Sie es später noch einmal; wenn es wieder passiert, kopieren Sie die Details für Ihre Fini-Administration.</translation>
    </message>
    <message>
        <source>%1 stopped: the workspace address sent Sourcedesk to another server, and Sourcedesk does not follow that so that your API key stays private. Check the workspace address; it may have moved.</source>
        <translation>%1 wurde angehalten: Die Adresse des Arbeitsbereichs hat Sourcedesk an einen anderen Server verwiesen, und Sourcedesk folgt dem nicht, damit Ihr API-Schlüssel geheim bleibt. Prüfen Sie die Adresse des Arbeitsbereichs; sie hat sich vielleicht geändert.</translation>
    </message>
    <message>
        <source>%1 stopped: Fini kept sending pages without end, so Sourcedesk stopped reading. Try again later; if it keeps happening, copy the details for your Fini administrator.</source>
        <translation>%1 wurde angehalten: Fini hat endlos weitere Seiten geschickt, deshalb hat Sourcedesk aufgehört zu lesen. Versuchen Sie es später noch einmal; wenn es wieder passiert, kopieren Sie die Details für Ihre Fini-Administration.</translation>
    </message>
    <message>
        <source>Discovering links</source>
        <translation>Das Suchen von Links</translation>
    </message>
    <message>
        <source>Listing what the provider offers</source>
        <translation>Das Auflisten des Angebots des Anbieters</translation>
    </message>
    <message>
        <source>Registering the provider&apos;s pages</source>
        <translation>Das Registrieren der Seiten des Anbieters</translation>
    </message>
    <message>
        <source>Fini did not list this provider&apos;s pages: the provider is not connected to this workspace. Connect it in Fini&apos;s dashboard, then try again.</source>
        <translation>Fini hat die Seiten dieses Anbieters nicht aufgelistet: Der Anbieter ist mit diesem Arbeitsbereich nicht verbunden. Verbinden Sie ihn im Dashboard von Fini und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Demo workspace</source>
        <translation>Demo-Arbeitsbereich</translation>
    </message>
    <message>
        <source>The demo workspace could not start on this computer.</source>
        <translation>Der Demo-Arbeitsbereich konnte auf diesem Computer nicht starten.</translation>
    </message>
    <message>
        <source>No API key is stored for “%1” on this computer.</source>
        <translation>Für „%1“ ist auf diesem Computer kein API-Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>Sourcedesk could not read the API key of “%1” from the keychain. %2</source>
        <translation>Sourcedesk konnte den API-Schlüssel von „%1“ nicht aus dem Schlüsselbund lesen. %2</translation>
    </message>
    <message>
        <source>API key needed</source>
        <translation>API-Schlüssel nötig</translation>
    </message>
    <message>
        <source>Enter the key now?</source>
        <translation>Den Schlüssel jetzt eingeben?</translation>
    </message>
    <message>
        <source>Enter the key…</source>
        <translation>Schlüssel eingeben…</translation>
    </message>
    <message>
        <source>The key could not be stored</source>
        <translation>Der Schlüssel konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Use this key for this session only? Sourcedesk will ask for it again next time.</source>
        <translation>Diesen Schlüssel nur für diese Sitzung verwenden? Sourcedesk fragt beim nächsten Mal wieder danach.</translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation>Nur für diese Sitzung verwenden</translation>
    </message>
    <message>
        <source>Remove “%1” from Sourcedesk? Its API key is deleted from this computer&apos;s keychain. Nothing changes at Fini.</source>
        <translation>„%1“ aus Sourcedesk entfernen? Sein API-Schlüssel wird aus dem Schlüsselbund dieses Computers gelöscht. Bei Fini ändert sich nichts.</translation>
    </message>
    <message>
        <source>Fini goes on with this work, but Sourcedesk stops following it.</source>
        <translation>Fini setzt diese Arbeit fort, aber Sourcedesk verfolgt sie nicht mehr.</translation>
    </message>
    <message>
        <source>Remove workspace</source>
        <translation>Arbeitsbereich entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Fini did not accept the API key of “%1”: it may have been revoked.</source>
        <translation>Fini hat den API-Schlüssel von „%1“ nicht angenommen: Er wurde vielleicht widerrufen.</translation>
    </message>
    <message>
        <source>This API key can only read. Create a key with the write scope in Fini (Deploy → API Keys) to refresh sources or generate knowledge.</source>
        <translation>Dieser API-Schlüssel darf nur lesen. Erstellen Sie in Fini einen Schlüssel mit Schreibrecht (Deploy → API Keys), um Quellen zu aktualisieren oder Wissen zu erzeugen.</translation>
    </message>
    <message>
        <source>Add workspace…</source>
        <translation>Arbeitsbereich hinzufügen…</translation>
    </message>
    <message>
        <source>Edit this workspace…</source>
        <translation>Diesen Arbeitsbereich bearbeiten…</translation>
    </message>
    <message>
        <source>Remove this workspace…</source>
        <translation>Diesen Arbeitsbereich entfernen…</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message numerus="yes">
        <source>Fini is busy or did not answer; trying again in %Ln second(s)…</source>
        <translation>
            <numerusform>Fini ist ausgelastet oder hat nicht geantwortet; neuer Versuch in %Ln Sekunde…</numerusform>
            <numerusform>Fini ist ausgelastet oder hat nicht geantwortet; neuer Versuch in %Ln Sekunden…</numerusform>
        </translation>
    </message>
    <message>
        <source>Never pass an API key on the command line: it would end up in your shell history and in process lists. Set FINI_API_KEY instead.</source>
        <translation>Geben Sie nie einen API-Schlüssel auf der Befehlszeile an: Er landet sonst in Ihrem Shell-Verlauf und in Prozesslisten. Setzen Sie stattdessen FINI_API_KEY.</translation>
    </message>
    <message>
        <source>Sourcedesk for scripts and schedules.</source>
        <translation>Sourcedesk für Skripte und Zeitpläne.</translation>
    </message>
    <message>
        <source>--format takes table, json or csv.</source>
        <translation>--format nimmt table, json oder csv.</translation>
    </message>
    <message>
        <source>--poll-ms takes a number of milliseconds from %1 to %2.</source>
        <translation>--poll-ms nimmt eine Anzahl Millisekunden von %1 bis %2.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
    <message>
        <source>No workspace named “%1” is saved in Sourcedesk. Add it in the app, or use --base-url with FINI_API_KEY.</source>
        <translation>In Sourcedesk ist kein Arbeitsbereich namens „%1“ gespeichert. Fügen Sie ihn in der App hinzu oder verwenden Sie --base-url mit FINI_API_KEY.</translation>
    </message>
    <message>
        <source>The API key of “%1” could not be read from the keychain. %2</source>
        <translation>Der API-Schlüssel von „%1“ konnte nicht aus dem Schlüsselbund gelesen werden. %2</translation>
    </message>
    <message>
        <source>Set FINI_API_KEY to the workspace&apos;s API key (Fini: Deploy → API Keys).</source>
        <translation>Setzen Sie FINI_API_KEY auf den API-Schlüssel des Arbeitsbereichs (Fini: Deploy → API Keys).</translation>
    </message>
    <message>
        <source>The API address must start with https:// (plain http:// only to this computer): %1</source>
        <translation>Die API-Adresse muss mit https:// beginnen (einfaches http:// nur zu diesem Computer): %1</translation>
    </message>
    <message>
        <source>Refreshing: %1 of %2 sources finished</source>
        <translation>Aktualisierung: %1 von %2 Quellen fertig</translation>
    </message>
    <message>
        <source>Generating: %1 of %2 knowledge jobs finished</source>
        <translation>Erzeugung: %1 von %2 Wissensaufträgen fertig</translation>
    </message>
    <message>
        <source>%1 sources listed</source>
        <translation>%1 Quellen aufgelistet</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB. Give one source ID a line, at most %3 IDs.</source>
        <translation>%1 ist größer als %2 MB. Geben Sie eine Quellen-ID pro Zeile an, höchstens %3 IDs.</translation>
    </message>
    <message>
        <source>Standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Name at most %1 source IDs in one run; split the list.</source>
        <translation>Nennen Sie höchstens %1 Quellen-IDs in einem Lauf; teilen Sie die Liste auf.</translation>
    </message>
    <message>
        <source>Name the IDs: as arguments, with --from-file FILE, or on standard input with -.</source>
        <translation>Nennen Sie die IDs: als Argumente, mit --from-file DATEI oder mit - auf der Standardeingabe.</translation>
    </message>
    <message>
        <source>%1 queued, %2 rejected, %3 refreshed, %4 failed, %5 still running; %6 changed</source>
        <translation>%1 eingereiht, %2 abgelehnt, %3 aktualisiert, %4 fehlgeschlagen, %5 laufen noch; %6 geändert</translation>
    </message>
    <message>
        <source>--ops takes update, add and nothing, separated by commas.</source>
        <translation>--ops nimmt update, add und nothing, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>%1 queued, %2 rejected, %3 written, %4 no change, %5 failed, %6 still running</source>
        <translation>%1 eingereiht, %2 abgelehnt, %3 geschrieben, %4 ohne Änderung, %5 fehlgeschlagen, %6 laufen noch</translation>
    </message>
    <message>
        <source>No knowledge jobs of an earlier generate are left to follow.</source>
        <translation>Es sind keine Wissensaufträge eines früheren generate mehr zu verfolgen.</translation>
    </message>
    <message>
        <source>The activity history could not be opened; this run is not recorded. %1</source>
        <translation>Der Aktivitätsverlauf konnte nicht geöffnet werden; dieser Lauf wird nicht aufgezeichnet. %1</translation>
    </message>
    <message>
        <source>Name the knowledge job IDs.</source>
        <translation>Nennen Sie die IDs der Wissensaufträge.</translation>
    </message>
    <message>
        <source>Refresh: %1 queued, %2 rejected, %3 uploaded files skipped, %4 refreshed, %5 failed, %6 still running.</source>
        <translation>Aktualisierung: %1 eingereiht, %2 abgelehnt, %3 hochgeladene Dateien übersprungen, %4 aktualisiert, %5 fehlgeschlagen, %6 laufen noch.</translation>
    </message>
    <message>
        <source>Changed: %1 sources.</source>
        <translation>Geändert: %1 Quellen.</translation>
    </message>
    <message>
        <source>Generate: %1 queued, %2 rejected, %3 drafts written, %4 no change needed, %5 failed.</source>
        <translation>Erzeugung: %1 eingereiht, %2 abgelehnt, %3 Entwürfe geschrieben, %4 ohne nötige Änderung, %5 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>No usable copy of this workspace&apos;s sources is saved on this computer. Open the workspace in Sourcedesk once, or leave out --cached to ask Fini.</source>
        <translation>Auf diesem Computer ist keine brauchbare Kopie der Quellen dieses Arbeitsbereichs gespeichert. Öffnen Sie den Arbeitsbereich einmal in Sourcedesk, oder lassen Sie --cached weg, um Fini zu fragen.</translation>
    </message>
    <message>
        <source>%1 sources as saved on this computer at %2; Fini was not asked.</source>
        <translation>%1 Quellen, wie auf diesem Computer am %2 gespeichert; Fini wurde nicht gefragt.</translation>
    </message>
    <message>
        <source>--cached lists what Sourcedesk saved for a workspace: use it with list or changed and --workspace NAME.</source>
        <translation>--cached listet, was Sourcedesk für einen Arbeitsbereich gespeichert hat: verwenden Sie es mit list oder changed und --workspace NAME.</translation>
    </message>
    <message>
        <source>%1 removed, %2 not removed</source>
        <translation>%1 entfernt, %2 nicht entfernt</translation>
    </message>
    <message>
        <source>Not added, %1: %2</source>
        <translation>Nicht hinzugefügt, %1: %2</translation>
    </message>
    <message>
        <source>Nothing was sent. Give web addresses that start with https:// or http://.</source>
        <translation>Es wurde nichts gesendet. Geben Sie Webadressen an, die mit https:// oder http:// beginnen.</translation>
    </message>
    <message>
        <source>%1 queued, %2 ready, %3 failed, %4 still running</source>
        <translation>%1 eingereiht, %2 bereit, %3 fehlgeschlagen, %4 laufen noch</translation>
    </message>
    <message>
        <source>crawl takes one or more web addresses (https://…) and --limit N, a number from 1.</source>
        <translation>crawl nimmt eine oder mehrere Webadressen (https://…) und --limit N, eine Zahl ab 1.</translation>
    </message>
    <message>
        <source>Usage: sourcedesk-cli COMMAND [options]

Commands:
  list [--source TYPE] [--changed] [--title TEXT] [--url TEXT] [--status STATUS]
       [--format table|json|csv]      every source, page by page
       [--cached]                      what the app saved for --workspace, without asking Fini
  changed                              the sources Fini marks as changed
  refresh ID... | --all | --from-file FILE | -
       [--no-wait]                     queue a refresh, then wait until every source is final
  generate ID... | --from-file FILE | -
       [--ops update,add,nothing] [--instructions TEXT] [--agent ID] [--publish]
                                       generate knowledge (drafts unless --publish), wait for the jobs
  add URL... | --from-file FILE | -    add web pages, then wait until Fini has read each
       [--no-wait]
  remove ID... | --from-file FILE | -  delete sources at Fini
       [--delete-articles]             and the knowledge articles written from them
  crawl URL... [--limit N]             the pages Fini finds from these addresses (adds nothing)
  import PROVIDER --list               what Notion, Zendesk or Confluence offers for import
  import PROVIDER ID... | --all        register those (a category or space: all under it) and
       [--no-wait]                     queue them, then wait until Fini has read each
  jobs JOBID...                        state of knowledge jobs
  jobs --resume                        follow the knowledge jobs of a generate that was stopped
                                       before its jobs ended (from the activity history)
  workflow [--source TYPE] [--generate]
                                       refresh, wait, find what changed, and generate drafts
  sandbox [--port N] [--sources N] [fault options]
                                       run fini-sandbox (see fini-sandbox --help)

Connection:
  --workspace NAME   a workspace saved in the app: its address, and its key from the keychain
  --base-url URL     Fini API address (default https://api-prod.usefini.com, or FINI_BASE_URL)
  FINI_API_KEY       the workspace&apos;s API key, from the environment only; --key is refused
                     because a key on the command line leaks into shell history and process lists

Output:
  --json             machine-readable output (list: one JSON object per line)
  --poll-ms N        first interval between progress checks (default 2000, growing to 10000)
  Progress goes to stderr when stderr is a terminal.

Exit codes:
  0 success   2 usage   3 authentication (401)   4 permission (403)
  5 bad request (400, including rejected IDs)   6 server or network failure after retries
  7 partial: some sources failed or were rejected
  workflow exits 0 when it ran to the end; failed sources are counted in its summary, and it
  exits 7 when Fini rejected sources or some were still running at the deadline.
</source>
        <translation>Aufruf: sourcedesk-cli BEFEHL [Optionen]

Befehle:
  list [--source TYP] [--changed] [--title TEXT] [--url TEXT] [--status STATUS]
       [--format table|json|csv]      alle Quellen, Seite für Seite
       [--cached]                      was die App für --workspace gespeichert hat, ohne Fini zu fragen
  changed                              die Quellen, die Fini als geändert markiert
  refresh ID... | --all | --from-file DATEI | -
       [--no-wait]                     Aktualisierung einreihen, dann warten, bis jede Quelle fertig ist
  generate ID... | --from-file DATEI | -
       [--ops update,add,nothing] [--instructions TEXT] [--agent ID] [--publish]
                                       Wissen erzeugen (Entwürfe, außer mit --publish), auf die Aufträge warten
  add URL... | --from-file DATEI | -   Webseiten hinzufügen, dann warten, bis Fini jede gelesen hat
       [--no-wait]
  remove ID... | --from-file DATEI | - Quellen bei Fini löschen
       [--delete-articles]             und die daraus geschriebenen Wissensartikel
  crawl URL... [--limit N]             die Seiten, die Fini von diesen Adressen aus findet (fügt nichts hinzu)
  import ANBIETER --list               was Notion, Zendesk oder Confluence zum Import anbietet
  import ANBIETER ID... | --all        diese registrieren (eine Kategorie oder ein Bereich: alles darunter),
       [--no-wait]                     einreihen, dann warten, bis Fini jedes gelesen hat
  jobs AUFTRAGSID...                   Stand von Wissensaufträgen
  jobs --resume                        die Wissensaufträge eines generate verfolgen, das angehalten wurde,
                                       bevor seine Aufträge endeten (aus dem Aktivitätsverlauf)
  workflow [--source TYP] [--generate]
                                       aktualisieren, warten, Änderungen finden und Entwürfe erzeugen
  sandbox [--port N] [--sources N] [Fehleroptionen]
                                       fini-sandbox starten (siehe fini-sandbox --help)

Verbindung:
  --workspace NAME   ein in der App gespeicherter Arbeitsbereich: seine Adresse und sein Schlüssel aus dem Schlüsselbund
  --base-url URL     Adresse der Fini-API (Standard https://api-prod.usefini.com oder FINI_BASE_URL)
  FINI_API_KEY       der API-Schlüssel des Arbeitsbereichs, nur aus der Umgebung; --key wird abgelehnt,
                     weil ein Schlüssel auf der Befehlszeile in Shell-Verlauf und Prozesslisten landet

Ausgabe:
  --json             maschinenlesbare Ausgabe (list: ein JSON-Objekt pro Zeile)
  --poll-ms N        erster Abstand zwischen Fortschrittsabfragen (Standard 2000, wachsend bis 10000)
  Der Fortschritt geht nach stderr, wenn stderr ein Terminal ist.

Exit-Codes:
  0 Erfolg   2 Aufruf   3 Anmeldung (401)   4 Berechtigung (403)
  5 ungültige Anfrage (400, auch abgelehnte IDs)   6 Server- oder Netzwerkfehler nach Wiederholungen
  7 teilweise: manche Quellen sind fehlgeschlagen oder wurden abgelehnt
  workflow endet mit 0, wenn es bis zum Ende lief; fehlgeschlagene Quellen zählt seine Zusammenfassung,
  und es endet mit 7, wenn Fini Quellen abgelehnt hat oder manche zur Frist noch liefen.
</translation>
    </message>
    <message>
        <source>import takes a provider (notion, zendesk or confluence), then --list, --all or the IDs to import.</source>
        <translation>import nimmt einen Anbieter (notion, zendesk oder confluence), dann --list, --all oder die zu importierenden IDs.</translation>
    </message>
    <message>
        <source>%1 does not offer “%2” for import: it may be imported already or not exist. `import %3 --list` shows what it offers.</source>
        <translation>%1 bietet „%2“ nicht zum Import an: Es ist vielleicht schon importiert oder existiert nicht. `import %3 --list` zeigt, was angeboten wird.</translation>
    </message>
    <message>
        <source>%1 offers nothing more to import.</source>
        <translation>%1 bietet nichts mehr zum Import an.</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>Connected: this key can read the sources. Whether it can change them could not be checked.</source>
        <translation>Verbunden: Dieser Schlüssel darf die Quellen lesen. Ob er sie ändern darf, ließ sich nicht prüfen.</translation>
    </message>
    <message>
        <source>Connected: this key can read and change sources.</source>
        <translation>Verbunden: Dieser Schlüssel darf Quellen lesen und ändern.</translation>
    </message>
    <message>
        <source>Connected, read only: this key can read the sources but not refresh them or generate knowledge.</source>
        <translation>Verbunden, nur lesend: Dieser Schlüssel darf die Quellen lesen, aber weder aktualisieren noch Wissen daraus erzeugen.</translation>
    </message>
</context>
<context>
    <name>CursorWalker</name>
    <message>
        <source>Fini sent the page after source %1 again.</source>
        <translation>Fini hat die Seite nach Quelle %1 noch einmal geschickt.</translation>
    </message>
    <message numerus="yes">
        <source>Fini still said there were more sources after %Ln page(s).</source>
        <translation>
            <numerusform>Fini meldete nach %Ln Seite immer noch weitere Quellen.</numerusform>
            <numerusform>Fini meldete nach %Ln Seiten immer noch weitere Quellen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiffHtml</name>
    <message>
        <source>Added:</source>
        <translation>Hinzugefügt:</translation>
    </message>
    <message>
        <source>Removed:</source>
        <translation>Entfernt:</translation>
    </message>
    <message>
        <source>Edited:</source>
        <translation>Bearbeitet:</translation>
    </message>
</context>
<context>
    <name>DiscoverLinksDialog</name>
    <message>
        <source>&amp;Discover</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Discover links</source>
        <translation>Links suchen</translation>
    </message>
    <message>
        <source>Fini reads the pages at this address and lists the pages they link to. Nothing is added until you choose.</source>
        <translation>Fini liest die Seiten unter dieser Adresse und listet die Seiten auf, auf die sie verweisen. Hinzugefügt wird erst, was Sie auswählen.</translation>
    </message>
    <message>
        <source>https://help.example.com</source>
        <translation>https://hilfe.example.com</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Fini lists at most this many pages.</source>
        <translation>Fini listet höchstens so viele Seiten auf.</translation>
    </message>
    <message>
        <source>At &amp;most:</source>
        <translation>&amp;Höchstens:</translation>
    </message>
    <message>
        <source>Pages found</source>
        <translation>Gefundene Seiten</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Enter the address of a help centre or website.</source>
        <translation>Geben Sie die Adresse eines Hilfe-Centers oder einer Website ein.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>Fini is reading the pages…</source>
        <translation>Fini liest die Seiten…</translation>
    </message>
    <message>
        <source>%1 (already a source)</source>
        <translation>%1 (schon eine Quelle)</translation>
    </message>
    <message numerus="yes">
        <source>Fini found %Ln page(s); %1 already in this workspace.</source>
        <translation>
            <numerusform>Fini hat %Ln Seite gefunden; %1 schon in diesem Arbeitsbereich.</numerusform>
            <numerusform>Fini hat %Ln Seiten gefunden; %1 schon in diesem Arbeitsbereich.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is the limit: raise it to see more.</source>
        <translation>Das ist die Obergrenze: Erhöhen Sie sie, um mehr zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln web page(s)</source>
        <translation>
            <numerusform>%Ln Webseite hinzufügen</numerusform>
            <numerusform>%Ln Webseiten hinzufügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter by linked knowledge operation</source>
        <translation>Nach verknüpftem Wissensvorgang filtern</translation>
    </message>
    <message>
        <source>Any operation</source>
        <translation>Jeder Vorgang</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Nicht verknüpft</translation>
    </message>
    <message>
        <source>Add article to folder</source>
        <translation>Artikel in Ordner anlegen</translation>
    </message>
    <message>
        <source>Update article</source>
        <translation>Artikel aktualisieren</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Keine Änderung</translation>
    </message>
    <message>
        <source>Filter by language processing</source>
        <translation>Nach Sprachverarbeitung filtern</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Jede Sprache</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Search title, URL or ID</source>
        <translation>Titel, URL oder ID suchen</translation>
    </message>
    <message>
        <source>Linked operation filter</source>
        <translation>Filter nach verknüpftem Vorgang</translation>
    </message>
    <message>
        <source>Language filter</source>
        <translation>Sprachfilter</translation>
    </message>
    <message>
        <source>Search sources</source>
        <translation>Quellen durchsuchen</translation>
    </message>
</context>
<context>
    <name>FilterSidebar</name>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Source types</source>
        <translation>Quellentypen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln Quelle</numerusform>
            <numerusform>%Ln Quellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Which sources the table shows, with how many each view has: all, changed, in progress, failed, or one type of source.</source>
        <translation>Welche Quellen die Tabelle zeigt, jeweils mit ihrer Anzahl: alle, geänderte, in Arbeit, fehlgeschlagene oder ein Quellentyp.</translation>
    </message>
</context>
<context>
    <name>FiniClient</name>
    <message>
        <source>the answer is not a source</source>
        <translation>die Antwort ist keine Quelle</translation>
    </message>
    <message>
        <source>the answer is not a list of source IDs</source>
        <translation>die Antwort ist keine Liste von Quellen-IDs</translation>
    </message>
    <message>
        <source>the answer does not list the deleted sources</source>
        <translation>die Antwort nennt die gelöschten Quellen nicht</translation>
    </message>
    <message>
        <source>the answer does not list the queued jobs</source>
        <translation>die Antwort nennt die eingereihten Aufträge nicht</translation>
    </message>
    <message>
        <source>the answer does not list the jobs</source>
        <translation>die Antwort nennt die Aufträge nicht</translation>
    </message>
    <message>
        <source>the answer does not list the pages found</source>
        <translation>die Antwort listet die gefundenen Seiten nicht auf</translation>
    </message>
</context>
<context>
    <name>GenerateDialog</name>
    <message>
        <source>Generate knowledge</source>
        <translation>Wissen erzeugen</translation>
    </message>
    <message numerus="yes">
        <source>Fini reads the stored content of %Ln source(s) and writes knowledge from it.</source>
        <translation>
            <numerusform>Fini liest den gespeicherten Inhalt von %Ln Quelle und schreibt daraus Wissen.</numerusform>
            <numerusform>Fini liest den gespeicherten Inhalt von %Ln Quellen und schreibt daraus Wissen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
</context>
<context>
    <name>GenerateOptionsForm</name>
    <message>
        <source>Fini may</source>
        <translation>Fini darf</translation>
    </message>
    <message>
        <source>Update the matching article</source>
        <translation>Den passenden Artikel aktualisieren</translation>
    </message>
    <message>
        <source>Rewrite the existing article that best matches the source.</source>
        <translation>Den vorhandenen Artikel neu schreiben, der am besten zur Quelle passt.</translation>
    </message>
    <message>
        <source>Add a new article to a folder</source>
        <translation>Einen neuen Artikel in einem Ordner anlegen</translation>
    </message>
    <message>
        <source>Create an article in an existing folder when none matches.</source>
        <translation>Einen Artikel in einem vorhandenen Ordner anlegen, wenn keiner passt.</translation>
    </message>
    <message>
        <source>Leave the knowledge as it is</source>
        <translation>Das Wissen lassen, wie es ist</translation>
    </message>
    <message>
        <source>Decide that nothing needs to change.</source>
        <translation>Entscheiden, dass sich nichts ändern muss.</translation>
    </message>
    <message>
        <source>Optional, e.g. &quot;Keep answers under 150 words.&quot;</source>
        <translation>Optional, z. B. „Antworten unter 150 Wörtern halten.“</translation>
    </message>
    <message>
        <source>Optional agent ID</source>
        <translation>Optionale Agent-ID</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Save as drafts for review</source>
        <translation>Als Entwürfe zur Prüfung speichern</translation>
    </message>
    <message>
        <source>Drafts wait in Fini&apos;s Review and Approvals until someone publishes them.</source>
        <translation>Entwürfe warten in Finis „Review and Approvals“, bis jemand sie veröffentlicht.</translation>
    </message>
    <message>
        <source>Publish without review?</source>
        <translation>Ohne Prüfung veröffentlichen?</translation>
    </message>
    <message>
        <source>Without drafts, Fini changes the knowledge your customers read right away, with no review. Publish directly?</source>
        <translation>Ohne Entwürfe ändert Fini das Wissen, das Ihre Kundschaft liest, sofort und ungeprüft. Direkt veröffentlichen?</translation>
    </message>
    <message>
        <source>Publish directly</source>
        <translation>Direkt veröffentlichen</translation>
    </message>
    <message>
        <source>Optional instructions for Fini</source>
        <translation>Optionale Anweisungen für Fini</translation>
    </message>
</context>
<context>
    <name>GenerateWorkflow</name>
    <message>
        <source>Fini says: %1</source>
        <translation>Fini sagt: %1</translation>
    </message>
    <message>
        <source>Fini no longer knows this knowledge job. Check Review and Approvals in Fini, or generate again.</source>
        <translation>Fini kennt diesen Wissensauftrag nicht mehr. Sehen Sie in Fini unter „Review and Approvals“ nach oder erzeugen Sie das Wissen neu.</translation>
    </message>
    <message>
        <source>The knowledge job had not finished when Sourcedesk stopped waiting.</source>
        <translation>Der Wissensauftrag war noch nicht fertig, als Sourcedesk aufhörte zu warten.</translation>
    </message>
    <message>
        <source>Fini goes on with this knowledge job; check it again later.</source>
        <translation>Fini arbeitet weiter an diesem Wissensauftrag; sehen Sie später wieder nach.</translation>
    </message>
    <message>
        <source>Fini could not generate knowledge from this source. Fini says: %1</source>
        <translation>Fini konnte aus dieser Quelle kein Wissen erzeugen. Fini sagt: %1</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>Zeitpunkt unbekannt</translation>
    </message>
    <message>
        <source>Fini could not generate knowledge from this source and gave no reason (knowledge job %1, failed at %2). Generate again; if it fails again, send the job&apos;s ID to Fini&apos;s support.</source>
        <translation>Fini konnte aus dieser Quelle kein Wissen erzeugen und hat keinen Grund genannt (Wissensauftrag %1, fehlgeschlagen: %2). Erzeugen Sie das Wissen noch einmal; schlägt es wieder fehl, senden Sie die ID des Auftrags an den Support von Fini.</translation>
    </message>
</context>
<context>
    <name>GuidedFlowDialog</name>
    <message>
        <source>Refresh and regenerate</source>
        <translation>Aktualisieren und neu erzeugen</translation>
    </message>
    <message>
        <source>1. Refresh</source>
        <translation>1. Aktualisieren</translation>
    </message>
    <message>
        <source>2. Wait for Fini</source>
        <translation>2. Auf Fini warten</translation>
    </message>
    <message>
        <source>3. Review changes</source>
        <translation>3. Änderungen prüfen</translation>
    </message>
    <message>
        <source>4. Generate knowledge</source>
        <translation>4. Wissen erzeugen</translation>
    </message>
    <message>
        <source>5. Follow the jobs</source>
        <translation>5. Aufträge verfolgen</translation>
    </message>
    <message>
        <source>6. Report</source>
        <translation>6. Bericht</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Bericht kopieren</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Bericht speichern…</translation>
    </message>
    <message>
        <source>Generate knowledge…</source>
        <translation>Wissen erzeugen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Fini is refreshing the sources. Sourcedesk checks every few seconds.</source>
        <translation>Fini aktualisiert die Quellen. Sourcedesk sieht alle paar Sekunden nach.</translation>
    </message>
    <message>
        <source>Fini is writing knowledge. Sourcedesk follows each job.</source>
        <translation>Fini schreibt Wissen. Sourcedesk verfolgt jeden Auftrag.</translation>
    </message>
    <message numerus="yes">
        <source>Queueing %Ln source(s) for refresh…</source>
        <translation>
            <numerusform>%Ln Quelle wird zur Aktualisierung eingereiht…</numerusform>
            <numerusform>%Ln Quellen werden zur Aktualisierung eingereiht…</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh: %L1 queued, %L2 rejected, %L3 uploaded files skipped, %L4 refreshed, %L5 failed, %L6 still running; %L7 changed.</source>
        <translation>Aktualisierung: %L1 eingereiht, %L2 abgelehnt, %L3 hochgeladene Dateien übersprungen, %L4 aktualisiert, %L5 fehlgeschlagen, %L6 laufen noch; %L7 geändert.</translation>
    </message>
    <message>
        <source>The flow was cancelled.</source>
        <translation>Der Ablauf wurde abgebrochen.</translation>
    </message>
    <message>
        <source>No source changed: there is nothing to regenerate.</source>
        <translation>Keine Quelle hat sich geändert: Es gibt nichts neu zu erzeugen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Queueing knowledge generation…</source>
        <translation>Wissenserzeugung wird eingereiht…</translation>
    </message>
    <message>
        <source>Generate: %L1 queued, %L2 rejected, %L3 written, %L4 no change needed, %L5 failed, %L6 still running.</source>
        <translation>Erzeugung: %L1 eingereiht, %L2 abgelehnt, %L3 geschrieben, %L4 ohne nötige Änderung, %L5 fehlgeschlagen, %L6 laufen noch.</translation>
    </message>
    <message>
        <source>Done. Drafts wait in Fini&apos;s Review and Approvals.</source>
        <translation>Fertig. Entwürfe warten in Finis „Review and Approvals“.</translation>
    </message>
    <message>
        <source>Sourcedesk: refresh and regenerate, %1</source>
        <translation>Sourcedesk: aktualisieren und neu erzeugen, %1</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>sourcedesk-report.txt</source>
        <translation>sourcedesk-bericht.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s) changed. Uncheck the ones to leave out; pick one to see what changed in the main window&apos;s details. Then generate knowledge from the checked ones.</source>
        <translation>
            <numerusform>%Ln Quelle hat sich geändert. Entfernen Sie ihr Häkchen, um sie auszulassen; wählen Sie sie aus, um in den Details des Hauptfensters zu sehen, was sich geändert hat. Erzeugen Sie dann Wissen aus ihr, wenn sie angehakt ist.</numerusform>
            <numerusform>%Ln Quellen haben sich geändert. Entfernen Sie das Häkchen bei denen, die ausgelassen werden sollen; wählen Sie eine aus, um in den Details des Hauptfensters zu sehen, was sich geändert hat. Erzeugen Sie dann Wissen aus den angehakten.</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled) %1</source>
        <translation>(ohne Titel) %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>  • %1 — %2</source>
        <translation>  • %1 — %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Aktueller Schritt</translation>
    </message>
    <message>
        <source>Still to come</source>
        <translation>Steht noch aus</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Import from a provider</source>
        <translation>Von einem Anbieter importieren</translation>
    </message>
    <message>
        <source>Pick what Fini should import from a provider connected to this workspace. Items that are sources already are read again.</source>
        <translation>Wählen Sie, was Fini von einem mit diesem Arbeitsbereich verbundenen Anbieter importieren soll. Einträge, die schon Quellen sind, werden erneut gelesen.</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>Type to show only matching titles</source>
        <translation>Tippen, um nur passende Titel zu zeigen</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>What the provider offers</source>
        <translation>Was der Anbieter anbietet</translation>
    </message>
    <message>
        <source>&amp;Check all shown</source>
        <translation>Alle angezeigten an&amp;haken</translation>
    </message>
    <message>
        <source>&amp;Uncheck all</source>
        <translation>Alle a&amp;bwählen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Asking Fini what %1 offers…</source>
        <translation>Fini wird gefragt, was %1 anbietet…</translation>
    </message>
    <message>
        <source>%1 offers nothing more to import: Fini leaves out what it has imported already.</source>
        <translation>%1 bietet nichts mehr zum Import an: Fini lässt weg, was es schon importiert hat.</translation>
    </message>
    <message>
        <source>%1 offers %2; %3 of them already in this workspace.</source>
        <translation>%1 bietet %2 an; davon %3 schon in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message numerus="yes">
        <source>%Ln checked; %1 already in the workspace, refreshed.</source>
        <translation>
            <numerusform>%Ln angehakt; %1 schon im Arbeitsbereich, werden aktualisiert.</numerusform>
            <numerusform>%Ln angehakt; %1 schon im Arbeitsbereich, werden aktualisiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln checked.</source>
        <translation>
            <numerusform>%Ln angehakt.</numerusform>
            <numerusform>%Ln angehakt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IngestResult</name>
    <message>
        <source>the answer names no added or updated sources</source>
        <translation>die Antwort nennt keine hinzugefügten oder aktualisierten Quellen</translation>
    </message>
</context>
<context>
    <name>JournalWriter</name>
    <message>
        <source>The disk is full. Free some space; Sourcedesk goes on trying.</source>
        <translation>Der Datenträger ist voll. Geben Sie Speicherplatz frei; Sourcedesk versucht es weiter.</translation>
    </message>
    <message>
        <source>The file or its folder is read-only. Make it writable; Sourcedesk goes on trying.</source>
        <translation>Die Datei oder ihr Ordner ist schreibgeschützt. Machen Sie sie beschreibbar; Sourcedesk versucht es weiter.</translation>
    </message>
    <message>
        <source>The file is damaged. Close Sourcedesk and move the file aside; a new one is made on the next start.</source>
        <translation>Die Datei ist beschädigt. Schließen Sie Sourcedesk und legen Sie die Datei beiseite; beim nächsten Start wird eine neue angelegt.</translation>
    </message>
    <message>
        <source>Another program holds the file. Sourcedesk goes on trying.</source>
        <translation>Ein anderes Programm hält die Datei. Sourcedesk versucht es weiter.</translation>
    </message>
    <message>
        <source>The disk reported an error. Sourcedesk goes on trying.</source>
        <translation>Der Datenträger hat einen Fehler gemeldet. Sourcedesk versucht es weiter.</translation>
    </message>
    <message>
        <source>Sourcedesk goes on trying.</source>
        <translation>Sourcedesk versucht es weiter.</translation>
    </message>
    <message>
        <source>The activity history could not be saved: operations go on, but are not recorded yet. %1 (%2)</source>
        <translation>Der Aktivitätsverlauf konnte nicht gespeichert werden: Die Vorgänge laufen weiter, werden aber noch nicht aufgezeichnet. %1 (%2)</translation>
    </message>
    <message>
        <source>The file is damaged and could not be moved aside.</source>
        <translation>Die Datei ist beschädigt und konnte nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>The activity history was damaged. It was moved aside to %1 and a new one was started; earlier operations are not shown.</source>
        <translation>Der Aktivitätsverlauf war beschädigt. Er wurde nach %1 verschoben und ein neuer begonnen; frühere Vorgänge werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>The file was written by a newer Sourcedesk (history version %1). Update Sourcedesk to record operations again.</source>
        <translation>Die Datei wurde von einer neueren Sourcedesk-Version geschrieben (Verlaufsversion %1). Aktualisieren Sie Sourcedesk, um Vorgänge wieder aufzuzeichnen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Demo workspace — Sourcedesk</source>
        <translation>Demo-Arbeitsbereich — Sourcedesk</translation>
    </message>
    <message>
        <source>%1 — Sourcedesk</source>
        <translation>%1 — Sourcedesk</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>The activity history could not be opened; operations run but are not recorded. %1</source>
        <translation>Der Aktivitätsverlauf konnte nicht geöffnet werden; Vorgänge laufen, werden aber nicht aufgezeichnet. %1</translation>
    </message>
    <message>
        <source>Quit Sourcedesk?</source>
        <translation>Sourcedesk beenden?</translation>
    </message>
    <message>
        <source>Fini goes on with this work whether or not Sourcedesk is open. Sourcedesk follows it again the next time you open the workspace.</source>
        <translation>Fini setzt diese Arbeit fort, ob Sourcedesk geöffnet ist oder nicht. Sourcedesk verfolgt sie wieder, wenn Sie den Arbeitsbereich das nächste Mal öffnen.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Change the key…</source>
        <translation>Schlüssel ändern…</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>MessageBoxPrompter</name>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
</context>
<context>
    <name>OperationBar</name>
    <message>
        <source>How long this has been running</source>
        <translation>Wie lange dies schon läuft</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop asking Fini; nothing changes at Fini.</source>
        <translation>Nicht mehr bei Fini nachfragen; bei Fini ändert sich nichts.</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>Nicht mehr verfolgen</translation>
    </message>
    <message>
        <source>Stop following this operation here. Work already queued at Fini goes on.</source>
        <translation>Diesen Vorgang hier nicht mehr verfolgen. Was bei Fini schon eingereiht ist, läuft weiter.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
</context>
<context>
    <name>OperationResultPresenter</name>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <translation>
            <numerusform>%Ln abgelehnt</numerusform>
            <numerusform>%Ln abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without an answer from Fini</source>
        <translation>
            <numerusform>%Ln ohne Antwort von Fini</numerusform>
            <numerusform>%Ln ohne Antwort von Fini</numerusform>
        </translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Noch einmal versuchen</translation>
    </message>
    <message>
        <source>Sourcedesk could not check on Fini&apos;s progress this time and keeps trying. %1</source>
        <translation>Sourcedesk konnte diesmal nicht nach Finis Fortschritt sehen und versucht es weiter. %1</translation>
    </message>
    <message>
        <source>Not every source could be loaded. %1</source>
        <translation>Nicht alle Quellen konnten geladen werden. %1</translation>
    </message>
    <message numerus="yes">
        <source>Fini lists %Ln changed source(s); they are selected.</source>
        <translation>
            <numerusform>Fini nennt %Ln geänderte Quelle; sie ist ausgewählt.</numerusform>
            <numerusform>Fini nennt %Ln geänderte Quellen; sie sind ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The refresh did not start</source>
        <translation>Die Aktualisierung hat nicht begonnen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln refreshed</source>
        <translation>
            <numerusform>%Ln aktualisiert</numerusform>
            <numerusform>%Ln aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln fehlgeschlagen</numerusform>
            <numerusform>%Ln fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln uploaded file(s) skipped</source>
        <translation>
            <numerusform>%Ln hochgeladene Datei übersprungen</numerusform>
            <numerusform>%Ln hochgeladene Dateien übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln still running at Fini</source>
        <translation>
            <numerusform>%Ln läuft noch bei Fini</numerusform>
            <numerusform>%Ln laufen noch bei Fini</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped watching the refresh: %1.</source>
        <translation>Aktualisierung nicht mehr verfolgt: %1.</translation>
    </message>
    <message>
        <source>Refresh finished: %1.</source>
        <translation>Aktualisierung beendet: %1.</translation>
    </message>
    <message>
        <source>None of them changed.</source>
        <translation>Keine davon hat sich geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them changed.</source>
        <translation>
            <numerusform>%Ln davon hat sich geändert.</numerusform>
            <numerusform>%Ln davon haben sich geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them changed and are selected below.</source>
        <translation>
            <numerusform>%Ln davon hat sich geändert und ist unten ausgewählt.</numerusform>
            <numerusform>%Ln davon haben sich geändert und sind unten ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generate knowledge…</source>
        <translation>Wissen erzeugen…</translation>
    </message>
    <message>
        <source>Knowledge generation did not start</source>
        <translation>Die Wissenserzeugung hat nicht begonnen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln written</source>
        <translation>
            <numerusform>%Ln geschrieben</numerusform>
            <numerusform>%Ln geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln needed no change</source>
        <translation>
            <numerusform>%Ln brauchte keine Änderung</numerusform>
            <numerusform>%Ln brauchten keine Änderung</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped watching knowledge generation: %1.</source>
        <translation>Wissenserzeugung nicht mehr verfolgt: %1.</translation>
    </message>
    <message>
        <source>Knowledge generation finished: %1. Drafts wait in Fini&apos;s Review and Approvals.</source>
        <translation>Wissenserzeugung beendet: %1. Entwürfe warten in Finis „Review and Approvals“.</translation>
    </message>
    <message>
        <source>The sources were not removed</source>
        <translation>Die Quellen wurden nicht entfernt</translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln source(s) and the knowledge articles written from them.</source>
        <translation>
            <numerusform>%Ln Quelle und die daraus geschriebenen Wissensartikel entfernt.</numerusform>
            <numerusform>%Ln Quellen und die daraus geschriebenen Wissensartikel entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln source(s) from the workspace.</source>
        <translation>
            <numerusform>%Ln Quelle aus dem Arbeitsbereich entfernt.</numerusform>
            <numerusform>%Ln Quellen aus dem Arbeitsbereich entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s) could not be removed and are selected below; the details say why.</source>
        <translation>
            <numerusform>%Ln Quelle konnte nicht entfernt werden und ist unten ausgewählt; die Details nennen den Grund.</numerusform>
            <numerusform>%Ln Quellen konnten nicht entfernt werden und sind unten ausgewählt; die Details nennen den Grund.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fini refused these web pages:</source>
        <translation>Fini hat diese Webseiten abgelehnt:</translation>
    </message>
    <message>
        <source>The web pages were not added</source>
        <translation>Die Webseiten wurden nicht hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln ready</source>
        <translation>
            <numerusform>%Ln bereit</numerusform>
            <numerusform>%Ln bereit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped watching the %Ln web page(s) Fini is reading: %1.</source>
        <translation>
            <numerusform>Die %Ln Webseite, die Fini liest, wird nicht mehr beobachtet: %1.</numerusform>
            <numerusform>Die %Ln Webseiten, die Fini liest, werden nicht mehr beobachtet: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fini has read the %Ln web page(s): %1.</source>
        <translation>
            <numerusform>Fini hat die %Ln Webseite gelesen: %1.</numerusform>
            <numerusform>Fini hat die %Ln Webseiten gelesen: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln address(es) were not added; the details say why.</source>
        <translation>
            <numerusform>%Ln Adresse wurde nicht hinzugefügt; die Details nennen den Grund.</numerusform>
            <numerusform>%Ln Adressen wurden nicht hinzugefügt; die Details nennen den Grund.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fini refused these items:</source>
        <translation>Fini hat diese Einträge abgelehnt:</translation>
    </message>
    <message>
        <source>Nothing was imported from %1</source>
        <translation>Von %1 wurde nichts importiert</translation>
    </message>
    <message>
        <source>Stopped watching the %1 from %2 that Fini is reading: %3.</source>
        <translation>Die %1 von %2, die Fini liest, werden nicht mehr beobachtet: %3.</translation>
    </message>
    <message>
        <source>Fini has read the %1 imported from %2: %3.</source>
        <translation>Fini hat die %1 gelesen, die von %2 importiert wurden: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) were not imported; the details say why.</source>
        <translation>
            <numerusform>%Ln Eintrag wurde nicht importiert; die Details sagen, warum.</numerusform>
            <numerusform>%Ln Einträge wurden nicht importiert; die Details sagen, warum.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>&quot;Generate knowledge…&quot; starts with these options. You can still change them each time.</source>
        <translation>„Wissen erzeugen…“ beginnt mit diesen Optionen. Sie können sie jedes Mal noch ändern.</translation>
    </message>
    <message>
        <source>Generate knowledge</source>
        <translation>Wissen erzeugen</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Systemeinstellung verwenden</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;First check after:</source>
        <translation>&amp;Erste Nachfrage nach:</translation>
    </message>
    <message>
        <source>L&amp;ongest wait between checks:</source>
        <translation>L&amp;ängste Wartezeit zwischen Nachfragen:</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>While Fini refreshes sources or generates knowledge, Sourcedesk asks it how far it got: first after the first wait, then less and less often, up to the longest wait. Shorter waits show results sooner but send Fini more requests. A change applies from the next check on.</source>
        <translation>Während Fini Quellen aktualisiert oder Wissen erzeugt, fragt Sourcedesk nach, wie weit es ist: zuerst nach der ersten Wartezeit, dann immer seltener, bis zur längsten Wartezeit. Kürzere Wartezeiten zeigen Ergebnisse früher, schicken Fini aber mehr Anfragen. Eine Änderung gilt ab der nächsten Nachfrage.</translation>
    </message>
</context>
<context>
    <name>ProviderResource</name>
    <message>
        <source>the answer does not list the provider&apos;s pages</source>
        <translation>die Antwort listet die Seiten des Anbieters nicht auf</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln Artikel</numerusform>
            <numerusform>%Ln Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln Seite</numerusform>
            <numerusform>%Ln Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not connected to this workspace. Connect it in Fini&apos;s dashboard, where the workspace&apos;s integrations are set up, then try again.</source>
        <translation>%1 ist mit diesem Arbeitsbereich nicht verbunden. Verbinden Sie es im Dashboard von Fini, wo die Integrationen des Arbeitsbereichs eingerichtet werden, und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>RefreshWorkflow</name>
    <message>
        <source>Fini no longer has this source: it was deleted while it was being refreshed.</source>
        <translation>Fini hat diese Quelle nicht mehr: Sie wurde gelöscht, während sie aktualisiert wurde.</translation>
    </message>
    <message>
        <source>Fini cannot refresh uploaded files: delete the file in Fini and upload it again.</source>
        <translation>Fini kann hochgeladene Dateien nicht aktualisieren: Löschen Sie die Datei in Fini und laden Sie sie neu hoch.</translation>
    </message>
    <message>
        <source>Fini had not finished when Sourcedesk stopped waiting. Reload later to see the result.</source>
        <translation>Fini war noch nicht fertig, als Sourcedesk aufhörte zu warten. Laden Sie später neu, um das Ergebnis zu sehen.</translation>
    </message>
    <message>
        <source>Fini goes on refreshing this source; reload later to see the result.</source>
        <translation>Fini aktualisiert diese Quelle weiter; laden Sie später neu, um das Ergebnis zu sehen.</translation>
    </message>
</context>
<context>
    <name>RemoveDialog</name>
    <message>
        <source>Also delete the knowledge articles written from them</source>
        <translation>Auch die daraus geschriebenen Wissensartikel löschen</translation>
    </message>
    <message>
        <source>Remove sources</source>
        <translation>Quellen entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln source(s) from this workspace? Fini deletes them and no longer uses their content.</source>
        <translation>
            <numerusform>%Ln Quelle aus diesem Arbeitsbereich entfernen? Fini löscht sie und verwendet ihren Inhalt nicht mehr.</numerusform>
            <numerusform>%Ln Quellen aus diesem Arbeitsbereich entfernen? Fini löscht sie und verwendet ihren Inhalt nicht mehr.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… und %Ln weitere</numerusform>
            <numerusform>… und %Ln weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them have knowledge articles written from them.</source>
        <translation>
            <numerusform>Aus %Ln davon wurden Wissensartikel geschrieben.</numerusform>
            <numerusform>Aus %Ln davon wurden Wissensartikel geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your customers read these articles. Leave this off to keep them: they stay in Fini as they are. Turn it on only if the articles must go too; Sourcedesk cannot bring them back.</source>
        <translation>Ihre Kunden lesen diese Artikel. Lassen Sie dies aus, um sie zu behalten: Sie bleiben in Fini, wie sie sind. Schalten Sie es nur ein, wenn auch die Artikel wegmüssen; Sourcedesk kann sie nicht zurückholen.</translation>
    </message>
    <message>
        <source>A removed web page can be added again from the Activity panel.</source>
        <translation>Eine entfernte Webseite kann im Bereich „Aktivität“ erneut hinzugefügt werden.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln source(s)</source>
        <translation>
            <numerusform>%Ln Quelle entfernen</numerusform>
            <numerusform>%Ln Quellen entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResourceTreeModel</name>
    <message>
        <source>Already a source: refreshed</source>
        <translation>Schon eine Quelle: wird aktualisiert</translation>
    </message>
    <message numerus="yes">
        <source>%Ln to import</source>
        <translation>
            <numerusform>%Ln zu importieren</numerusform>
            <numerusform>%Ln zu importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No API key is stored for this workspace yet.</source>
        <translation>Für diesen Arbeitsbereich ist noch kein API-Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>This computer has no keychain service that Sourcedesk can use, so the API key cannot be stored safely.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund-Dienst, den Sourcedesk verwenden kann, deshalb lässt sich der API-Schlüssel nicht sicher speichern.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access. Unlock it (or allow Sourcedesk) and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert. Entsperren Sie ihn (oder erlauben Sie Sourcedesk den Zugriff) und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The keychain could not be used.</source>
        <translation>Der Schlüsselbund konnte nicht verwendet werden.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Tab and Shift+Tab move from one part of the window to the next. The arrow keys move inside the table and the lists; Shift or Ctrl with them extends the selection.</source>
        <translation>Tab und Umschalt+Tab wechseln von einem Bereich des Fensters zum nächsten. Die Pfeiltasten bewegen sich in der Tabelle und in den Listen; zusammen mit Umschalt oder Strg erweitern sie die Auswahl.</translation>
    </message>
</context>
<context>
    <name>SourceCommands</name>
    <message>
        <source>Nothing to refresh</source>
        <translation>Nichts zu aktualisieren</translation>
    </message>
    <message>
        <source>Only uploaded files are selected, and Fini cannot refresh uploaded files. To update one, delete it in Fini and upload it again.</source>
        <translation>Es sind nur hochgeladene Dateien ausgewählt, und Fini kann hochgeladene Dateien nicht aktualisieren. Um eine zu erneuern, löschen Sie sie in Fini und laden Sie sie neu hoch.</translation>
    </message>
    <message numerus="yes">
        <source>

%Ln uploaded file(s) will be left out: Fini cannot refresh uploaded files. To update one, delete it in Fini and upload it again.</source>
        <translation>
            <numerusform>

%Ln hochgeladene Datei wird ausgelassen: Fini kann hochgeladene Dateien nicht aktualisieren. Um eine zu erneuern, löschen Sie sie in Fini und laden Sie sie neu hoch.</numerusform>
            <numerusform>

%Ln hochgeladene Dateien werden ausgelassen: Fini kann hochgeladene Dateien nicht aktualisieren. Um eine zu erneuern, löschen Sie sie in Fini und laden Sie sie neu hoch.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh sources</source>
        <translation>Quellen aktualisieren</translation>
    </message>
    <message numerus="yes">
        <source>Refresh %Ln source(s)? Fini fetches them again and marks the ones whose content changed.</source>
        <translation>
            <numerusform>%Ln Quelle aktualisieren? Fini ruft sie neu ab und markiert sie, wenn sich ihr Inhalt geändert hat.</numerusform>
            <numerusform>%Ln Quellen aktualisieren? Fini ruft sie neu ab und markiert die, deren Inhalt sich geändert hat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refresh %Ln source(s)</source>
        <translation>
            <numerusform>%Ln Quelle aktualisieren</numerusform>
            <numerusform>%Ln Quellen aktualisieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh and regenerate</source>
        <translation>Aktualisieren und neu erzeugen</translation>
    </message>
    <message>
        <source>Export visible rows</source>
        <translation>Sichtbare Zeilen exportieren</translation>
    </message>
    <message>
        <source>sources.csv</source>
        <translation>quellen.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1</source>
        <translation>
            <numerusform>%Ln Zeile nach %1 exportiert</numerusform>
            <numerusform>%Ln Zeilen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln ID(s)</source>
        <translation>
            <numerusform>%Ln ID kopiert</numerusform>
            <numerusform>%Ln IDs kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>No browser opened</source>
        <translation>Kein Browser geöffnet</translation>
    </message>
    <message>
        <source>Sourcedesk could not open a web browser on this computer. Copy the address and open it yourself:

%1</source>
        <translation>Sourcedesk konnte auf diesem Computer keinen Webbrowser öffnen. Kopieren Sie die Adresse und öffnen Sie sie selbst:

%1</translation>
    </message>
    <message>
        <source>This key can only read</source>
        <translation>Dieser Schlüssel darf nur lesen</translation>
    </message>
    <message>
        <source>No source is selected, so the flow takes every source of this workspace.</source>
        <translation>Keine Quelle ist ausgewählt, daher nimmt der Ablauf alle Quellen dieses Arbeitsbereichs.</translation>
    </message>
</context>
<context>
    <name>SourceDetailsPane</name>
    <message>
        <source>Select a source to see its details.</source>
        <translation>Wählen Sie eine Quelle aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Linked operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Linked article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Yes, since the last knowledge generation</source>
        <translation>Ja, seit Wissen zuletzt erzeugt wurde</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Loading the content…</source>
        <translation>Inhalt wird geladen…</translation>
    </message>
    <message>
        <source>Fini has no content for this source yet.</source>
        <translation>Fini hat noch keinen Inhalt für diese Quelle.</translation>
    </message>
    <message>
        <source>What changed in the last refresh</source>
        <translation>Was sich bei der letzten Aktualisierung geändert hat</translation>
    </message>
    <message>
        <source>Open the current source&apos;s address in the web browser</source>
        <translation>Die Adresse der aktuellen Quelle im Webbrowser öffnen</translation>
    </message>
    <message>
        <source>Copy the current source&apos;s ID</source>
        <translation>Die ID der aktuellen Quelle kopieren</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Letzte Aktion</translation>
    </message>
    <message>
        <source>Content of the current source</source>
        <translation>Inhalt der aktuellen Quelle</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SourceLabels</name>
    <message>
        <source>Web page</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>Zendesk</source>
        <translation>Zendesk</translation>
    </message>
    <message>
        <source>Notion</source>
        <translation>Notion</translation>
    </message>
    <message>
        <source>Confluence</source>
        <translation>Confluence</translation>
    </message>
    <message>
        <source>Google Drive</source>
        <translation>Google Drive</translation>
    </message>
    <message>
        <source>Uploaded file</source>
        <translation>Hochgeladene Datei</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Refreshing</source>
        <translation>Wird aktualisiert</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Nicht verknüpft</translation>
    </message>
    <message>
        <source>Add article to folder</source>
        <translation>Artikel in Ordner anlegen</translation>
    </message>
    <message>
        <source>Update article</source>
        <translation>Artikel aktualisieren</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Keine Änderung</translation>
    </message>
    <message>
        <source>Create folder and article</source>
        <translation>Ordner und Artikel anlegen</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
</context>
<context>
    <name>SourceOutcome</name>
    <message>
        <source>Skipped: uploaded file</source>
        <translation>Übersprungen: hochgeladene Datei</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>No answer from Fini</source>
        <translation>Keine Antwort von Fini</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Still running at Fini</source>
        <translation>Läuft noch bei Fini</translation>
    </message>
    <message>
        <source>No longer watched</source>
        <translation>Nicht mehr verfolgt</translation>
    </message>
    <message>
        <source>Draft created</source>
        <translation>Entwurf erstellt</translation>
    </message>
    <message>
        <source>Article updated</source>
        <translation>Artikel aktualisiert</translation>
    </message>
    <message>
        <source>No change needed</source>
        <translation>Keine Änderung nötig</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <source>the answer has no list of sources</source>
        <translation>die Antwort hat keine Liste von Quellen</translation>
    </message>
</context>
<context>
    <name>SourceTableModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Letzte Aktion</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Linked operation</source>
        <translation>Verknüpfter Vorgang</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Zuletzt aktualisiert</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
</context>
<context>
    <name>SourceTableView</name>
    <message>
        <source>Reset columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>The sources of the view chosen on the left. The arrow keys move between rows, Shift and Ctrl extend the selection, Tab goes on to the details.</source>
        <translation>Die Quellen der links gewählten Ansicht. Die Pfeiltasten wechseln zwischen den Zeilen, Umschalt und Strg erweitern die Auswahl, Tab geht weiter zu den Details.</translation>
    </message>
</context>
<context>
    <name>StatePage</name>
    <message>
        <source>Loading the sources…</source>
        <translation>Quellen werden geladen…</translation>
    </message>
    <message>
        <source>Sourcedesk is reading this workspace&apos;s sources from Fini.</source>
        <translation>Sourcedesk liest die Quellen dieses Arbeitsbereichs aus Fini.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>This workspace has no sources yet</source>
        <translation>Dieser Arbeitsbereich hat noch keine Quellen</translation>
    </message>
    <message>
        <source>Add web pages, help-centre articles or documents in Fini first; they will show up here. &lt;a href=&quot;https://docs.usefini.com/en/api-reference/sources&quot;&gt;How to add sources&lt;/a&gt;</source>
        <translation>Fügen Sie zuerst in Fini Webseiten, Hilfe-Center-Artikel oder Dokumente hinzu; sie erscheinen dann hier. &lt;a href=&quot;https://docs.usefini.com/en/api-reference/sources&quot;&gt;So fügen Sie Quellen hinzu&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>The sources could not be loaded</source>
        <translation>Die Quellen konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Noch einmal versuchen</translation>
    </message>
    <message>
        <source>Loading was stopped</source>
        <translation>Das Laden wurde angehalten</translation>
    </message>
    <message>
        <source>Fini may be slow or out of reach right now. Reload to try again.</source>
        <translation>Fini ist gerade vielleicht langsam oder nicht erreichbar. Laden Sie neu, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <source>No sources match</source>
        <translation>Keine Quellen passen</translation>
    </message>
    <message>
        <source>No source matches the search and filters you chose.</source>
        <translation>Keine Quelle passt zu der gewählten Suche und den Filtern.</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Suche und Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Change the key…</source>
        <translation>Schlüssel ändern…</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>%1 sources · %2 shown · %3 selected · %4 changed · %5 in progress</source>
        <translation>%1 Quellen · %2 angezeigt · %3 ausgewählt · %4 geändert · %5 in Arbeit</translation>
    </message>
    <message>
        <source>Loading stopped: %1 sources loaded</source>
        <translation>Laden angehalten: %1 Quellen geladen</translation>
    </message>
    <message>
        <source>Loaded %1 sources (incomplete)</source>
        <translation>%1 Quellen geladen (unvollständig)</translation>
    </message>
    <message>
        <source>Loaded %1 sources in %2 s</source>
        <translation>%1 Quellen in %2 s geladen</translation>
    </message>
    <message>
        <source>Loading sources… %1 loaded · %2</source>
        <translation>Quellen werden geladen… %1 geladen · %2</translation>
    </message>
    <message numerus="yes">
        <source>Fini asked Sourcedesk to slow down: trying again in %Ln s</source>
        <translation>
            <numerusform>Fini hat Sourcedesk gebeten, langsamer zu machen: neuer Versuch in %Ln s</numerusform>
            <numerusform>Fini hat Sourcedesk gebeten, langsamer zu machen: neuer Versuch in %Ln s</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources from %1, checking for changes…</source>
        <translation>Quellen vom %1, Änderungen werden gesucht…</translation>
    </message>
    <message>
        <source>Opening the sources saved on this computer…</source>
        <translation>Die auf diesem Computer gespeicherten Quellen werden geöffnet…</translation>
    </message>
    <message>
        <source>Up to date; looking for deleted sources… %1 checked</source>
        <translation>Aktuell; gelöschte Quellen werden gesucht… %1 geprüft</translation>
    </message>
</context>
<context>
    <name>WebPageList</name>
    <message>
        <source>not a web address: it must start with https:// or http://</source>
        <translation>keine Webadresse: Sie muss mit https:// oder http:// beginnen</translation>
    </message>
    <message>
        <source>not a complete web address: the name of the site is missing</source>
        <translation>keine vollständige Webadresse: Der Name der Website fehlt</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome — Sourcedesk</source>
        <translation>Willkommen — Sourcedesk</translation>
    </message>
    <message>
        <source>Welcome to Sourcedesk</source>
        <translation>Willkommen bei Sourcedesk</translation>
    </message>
    <message>
        <source>Keep your Fini workspace&apos;s knowledge in step with its sources: refresh them, see what changed, and generate knowledge.</source>
        <translation>Halten Sie das Wissen Ihres Fini-Arbeitsbereichs mit seinen Quellen auf dem gleichen Stand: Aktualisieren Sie sie, sehen Sie, was sich geändert hat, und erzeugen Sie Wissen.</translation>
    </message>
    <message>
        <source>Connect a Fini workspace</source>
        <translation>Fini-Arbeitsbereich verbinden</translation>
    </message>
    <message>
        <source>Explore the demo workspace</source>
        <translation>Demo-Arbeitsbereich ansehen</translation>
    </message>
    <message>
        <source>Enter the address and the API key of a Fini workspace</source>
        <translation>Geben Sie die Adresse und den API-Schlüssel eines Fini-Arbeitsbereichs ein</translation>
    </message>
    <message>
        <source>Try Sourcedesk on a made-up workspace on this computer; nothing reaches Fini</source>
        <translation>Sourcedesk mit einem erfundenen Arbeitsbereich auf diesem Computer ausprobieren; nichts gelangt zu Fini</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Add workspace…</source>
        <translation>Arbeitsbereich &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>&amp;Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Sourcedesk</source>
        <translation>Ü&amp;ber Sourcedesk</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Reload</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Stop loading</source>
        <translation>Laden an&amp;halten</translation>
    </message>
    <message>
        <source>Stop reading the sources from Fini; Reload starts again</source>
        <translation>Das Lesen der Quellen aus Fini anhalten; „Neu laden“ beginnt von vorn</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Re&amp;fresh selected</source>
        <translation>Ausgewählte &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Have Fini fetch the selected sources again and find out which changed</source>
        <translation>Fini die ausgewählten Quellen neu abrufen lassen und herausfinden, welche sich geändert haben</translation>
    </message>
    <message>
        <source>&amp;Generate knowledge…</source>
        <translation>&amp;Wissen erzeugen…</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Have Fini write knowledge from the selected sources</source>
        <translation>Fini aus den ausgewählten Quellen Wissen schreiben lassen</translation>
    </message>
    <message>
        <source>Refresh and re&amp;generate…</source>
        <translation>Aktualisieren und neu &amp;erzeugen…</translation>
    </message>
    <message>
        <source>Refresh, wait, review what changed and generate knowledge, step by step</source>
        <translation>Aktualisieren, warten, Änderungen prüfen und Wissen erzeugen, Schritt für Schritt</translation>
    </message>
    <message>
        <source>Select all &amp;changed</source>
        <translation>Alle &amp;geänderten auswählen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Copy IDs</source>
        <translation>IDs &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>&amp;URL kopieren</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <source>&amp;Export visible rows to CSV…</source>
        <translation>Sichtbare Zeilen als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Ask Fini for &amp;changed sources</source>
        <translation>Fini nach &amp;geänderten Quellen fragen</translation>
    </message>
    <message>
        <source>Fini&apos;s own list of sources whose content changed since knowledge was generated</source>
        <translation>Finis eigene Liste der Quellen, deren Inhalt sich seit der letzten Wissenserzeugung geändert hat</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>&amp;Details anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Reset &amp;columns</source>
        <translation>&amp;Spalten zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;About Sourcedesk</source>
        <translation>Ü&amp;ber Sourcedesk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Ask Fini for changed</source>
        <translation>Geänderte erfragen</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <source>Select changed</source>
        <translation>Geänderte auswählen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>Arbeitsbe&amp;reich</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Quellen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Fini documentation on sources</source>
        <translation>Fini-Dokumentation zu Quellen</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Sourcedesk &amp;user guide</source>
        <translation>Sourcedesk-Benutzer&amp;handbuch</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Re&amp;move from workspace…</source>
        <translation>Aus dem Arbeitsbereich &amp;entfernen…</translation>
    </message>
    <message>
        <source>Delete the selected sources at Fini; asks first</source>
        <translation>Die ausgewählten Quellen bei Fini löschen; fragt vorher</translation>
    </message>
    <message>
        <source>&amp;Add web pages…</source>
        <translation>Webseiten &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Have Fini learn from more web pages: paste their addresses</source>
        <translation>Fini aus weiteren Webseiten lernen lassen: ihre Adressen einfügen</translation>
    </message>
    <message>
        <source>&amp;Discover links…</source>
        <translation>Links &amp;suchen…</translation>
    </message>
    <message>
        <source>List the pages a help centre links to, and pick the ones to add</source>
        <translation>Die Seiten auflisten, auf die ein Hilfe-Center verweist, und die hinzuzufügenden auswählen</translation>
    </message>
    <message>
        <source>&amp;Import from Notion, Zendesk or Confluence…</source>
        <translation>Aus Notion, Zendesk oder Confluence &amp;importieren…</translation>
    </message>
    <message>
        <source>Pick pages or articles of a provider connected in Fini, and have Fini read them</source>
        <translation>Seiten oder Artikel eines in Fini verbundenen Anbieters auswählen und von Fini lesen lassen</translation>
    </message>
</context>
<context>
    <name>WorkspaceDialog</name>
    <message>
        <source>Connect a Fini workspace</source>
        <translation>Fini-Arbeitsbereich verbinden</translation>
    </message>
    <message>
        <source>Edit workspace</source>
        <translation>Arbeitsbereich bearbeiten</translation>
    </message>
    <message>
        <source>Create an API key in Fini under Deploy → API Keys. Sourcedesk keeps it in this computer&apos;s keychain, never in a file.</source>
        <translation>Erstellen Sie in Fini unter Deploy → API Keys einen API-Schlüssel. Sourcedesk bewahrt ihn im Schlüsselbund dieses Computers auf, nie in einer Datei.</translation>
    </message>
    <message>
        <source>e.g. Acme support</source>
        <translation>z. B. Acme-Support</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation>Leer lassen, um den gespeicherten Schlüssel zu behalten</translation>
    </message>
    <message>
        <source>fini_…</source>
        <translation>fini_…</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Hide the key</source>
        <translation>Schlüssel verbergen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Give the workspace a name.</source>
        <translation>Geben Sie dem Arbeitsbereich einen Namen.</translation>
    </message>
    <message>
        <source>Enter the API address, e.g. https://api-prod.usefini.com.</source>
        <translation>Geben Sie die API-Adresse ein, z. B. https://api-prod.usefini.com.</translation>
    </message>
    <message>
        <source>The API address must start with https://. Plain http:// would send the key unencrypted, so it is only allowed for this computer.</source>
        <translation>Die API-Adresse muss mit https:// beginnen. Einfaches http:// würde den Schlüssel unverschlüsselt senden und ist deshalb nur für diesen Computer erlaubt.</translation>
    </message>
    <message>
        <source>Paste the workspace&apos;s API key.</source>
        <translation>Fügen Sie den API-Schlüssel des Arbeitsbereichs ein.</translation>
    </message>
    <message>
        <source>Paste the key to test it.</source>
        <translation>Fügen Sie den Schlüssel ein, um ihn zu testen.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Workspace name</source>
        <translation>Name des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Where Fini&apos;s API answers; change it only for another region or a proxy</source>
        <translation>Wo Finis API antwortet; nur für eine andere Region oder einen Proxy ändern</translation>
    </message>
    <message>
        <source>Ask Fini what this key may do, without saving it</source>
        <translation>Fini fragen, was dieser Schlüssel darf, ohne ihn zu speichern</translation>
    </message>
    <message>
        <source>The connection test failed with this key: %1
Correct the key or the address and test again, or choose Save anyway to keep them.</source>
        <translation>Der Verbindungstest mit diesem Schlüssel ist fehlgeschlagen: %1
Korrigieren Sie den Schlüssel oder die Adresse und testen Sie noch einmal, oder wählen Sie „Trotzdem speichern“, um beides zu behalten.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
</context>
<context>
    <name>WorkspaceSession</name>
    <message>
        <source>Asking Fini which sources changed… %1 so far</source>
        <translation>Fini wird gefragt, welche Quellen sich geändert haben… bisher %1</translation>
    </message>
    <message>
        <source>Following the operation that was running when Sourcedesk stopped…</source>
        <translation>Der Vorgang, der lief, als Sourcedesk beendet wurde, wird weiter verfolgt…</translation>
    </message>
    <message>
        <source>Refreshing %1 sources at Fini: %2 finished</source>
        <translation>%1 Quellen werden bei Fini aktualisiert: %2 fertig</translation>
    </message>
    <message>
        <source>Generating knowledge from %1 sources: %2 finished</source>
        <translation>Wissen aus %1 Quellen wird erzeugt: %2 fertig</translation>
    </message>
    <message numerus="yes">
        <source>Queueing %Ln source(s) for refresh…</source>
        <translation>
            <numerusform>%Ln Quelle wird zur Aktualisierung eingereiht…</numerusform>
            <numerusform>%Ln Quellen werden zur Aktualisierung eingereiht…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queueing knowledge generation for %Ln source(s)…</source>
        <translation>
            <numerusform>Wissenserzeugung für %Ln Quelle wird eingereiht…</numerusform>
            <numerusform>Wissenserzeugung für %Ln Quellen wird eingereiht…</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking Fini which sources changed…</source>
        <translation>Fini wird gefragt, welche Quellen sich geändert haben…</translation>
    </message>
    <message>
        <source>“%1”: sources are being queued for refresh at Fini.</source>
        <translation>„%1“: Quellen werden bei Fini zur Aktualisierung eingereiht.</translation>
    </message>
    <message>
        <source>“%1”: knowledge generation is being queued at Fini.</source>
        <translation>„%1“: Die Wissenserzeugung wird bei Fini eingereiht.</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: Fini is refreshing %Ln source(s); %2 finished so far.</source>
        <translation>
            <numerusform>„%1“: Fini aktualisiert %Ln Quelle; bisher %2 fertig.</numerusform>
            <numerusform>„%1“: Fini aktualisiert %Ln Quellen; bisher %2 fertig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”: Fini is generating knowledge from %Ln source(s); %2 finished so far.</source>
        <translation>
            <numerusform>„%1“: Fini erzeugt Wissen aus %Ln Quelle; bisher %2 fertig.</numerusform>
            <numerusform>„%1“: Fini erzeugt Wissen aus %Ln Quellen; bisher %2 fertig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing %Ln source(s) from the workspace…</source>
        <translation>
            <numerusform>%Ln Quelle wird aus dem Arbeitsbereich entfernt…</numerusform>
            <numerusform>%Ln Quellen werden aus dem Arbeitsbereich entfernt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %Ln web page(s) to Fini…</source>
        <translation>
            <numerusform>%Ln Webseite wird an Fini gesendet…</numerusform>
            <numerusform>%Ln Webseiten werden an Fini gesendet…</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”: sources are being removed at Fini.</source>
        <translation>„%1“: Quellen werden bei Fini entfernt.</translation>
    </message>
    <message>
        <source>“%1”: Fini is reading new web pages.</source>
        <translation>„%1“: Fini liest neue Webseiten.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln web page(s)</source>
        <translation>
            <numerusform>%Ln Webseite</numerusform>
            <numerusform>%Ln Webseiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Fini is reading %1: %2 finished</source>
        <translation>Fini liest %1: %2 fertig</translation>
    </message>
    <message>
        <source>Registering %1 from %2 with Fini…</source>
        <translation>%1 von %2 werden bei Fini registriert…</translation>
    </message>
    <message>
        <source>Queueing %1 for Fini to read…</source>
        <translation>%1 werden für Fini zum Lesen eingereiht…</translation>
    </message>
    <message>
        <source>“%1”: Fini is reading what was imported from %2.</source>
        <translation>„%1“: Fini liest, was von %2 importiert wurde.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Keep a Fini workspace&apos;s knowledge in step with its sources.</source>
        <translation>Das Wissen eines Fini-Arbeitsbereichs mit seinen Quellen auf dem gleichen Stand halten.</translation>
    </message>
    <message>
        <source>Open the demo workspace.</source>
        <translation>Den Demo-Arbeitsbereich öffnen.</translation>
    </message>
    <message>
        <source>Number of sources in the demo workspace.</source>
        <translation>Anzahl der Quellen im Demo-Arbeitsbereich.</translation>
    </message>
</context>
</TS>
