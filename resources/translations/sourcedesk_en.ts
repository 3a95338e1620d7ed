<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActivityPanel</name>
    <message numerus="yes">
        <source>Refresh of %n source(s)</source>
        <translation>
            <numerusform>Refresh of %n source</numerusform><numerusform>Refresh of %n sources</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Generation from %n source(s)</source>
        <translation>
            <numerusform>Generation from %n source</numerusform><numerusform>Generation from %n sources</numerusform></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>Fini is receiving too many requests from this key. Try again in %n second(s).</source>
        <translation>
            <numerusform>Fini is receiving too many requests from this key. Try again in %n second.</numerusform><numerusform>Fini is receiving too many requests from this key. Try again in %n seconds.</numerusform></translation>
    </message>
</context>
<context>
    <name>FilterSidebar</name>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform><numerusform>%n sources</numerusform></translation>
    </message>
</context>
<context>
    <name>GenerateDialog</name>
    <message numerus="yes">
        <source>Fini reads the stored content of %n source(s) and writes knowledge from it.</source>
        <translation>
            <numerusform>Fini reads the stored content of %n source and writes knowledge from it.</numerusform><numerusform>Fini reads the stored content of %n sources and writes knowledge from it.</numerusform></translation>
    </message>
</context>
<context>
    <name>GuidedFlowDialog</name>
    <message numerus="yes">
        <source>Queueing %n source(s) for refresh…</source>
        <translation>
            <numerusform>Queueing %n source for refresh…</numerusform><numerusform>Queueing %n sources for refresh…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) changed. They are selected in the main window, where the details show what changed. Generate knowledge from them?</source>
        <translation>
            <numerusform>%n source changed. They are selected in the main window, where the details show what changed. Generate knowledge from them?</numerusform><numerusform>%n sources changed. They are selected in the main window, where the details show what changed. Generate knowledge from them?</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Fini asked Sourcedesk to slow down: trying again in %n s</source>
        <translation>
            <numerusform>Fini asked Sourcedesk to slow down: trying again in %n s</numerusform><numerusform>Fini asked Sourcedesk to slow down: trying again in %n s</numerusform></translation>
    </message>
</context>
<context>
    <name>OperationResultPresenter</name>
    <message numerus="yes">
        <source>Fini lists %n changed source(s); they are selected.</source>
        <translation>
            <numerusform>Fini lists %n changed source; it is selected.</numerusform><numerusform>Fini lists %n changed sources; they are selected.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n refreshed</source>
        <translation>
            <numerusform>%n refreshed</numerusform><numerusform>%n refreshed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform><numerusform>%n failed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform><numerusform>%n rejected</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n uploaded file(s) skipped</source>
        <translation>
            <numerusform>%n uploaded file skipped</numerusform><numerusform>%n uploaded files skipped</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n still running at Fini</source>
        <translation>
            <numerusform>%n still running at Fini</numerusform><numerusform>%n still running at Fini</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n of them changed and are selected below.</source>
        <translation>
            <numerusform>%n of them changed and is selected below.</numerusform><numerusform>%n of them changed and are selected below.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n of them changed.</source>
        <translation>
            <numerusform>%n of them changed.</numerusform><numerusform>%n of them changed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n written</source>
        <translation>
            <numerusform>%n written</numerusform><numerusform>%n written</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n needed no change</source>
        <translation>
            <numerusform>%n needed no change</numerusform><numerusform>%n needed no change</numerusform></translation>
    </message>
</context>
<context>
    <name>SourceCommands</name>
    <message numerus="yes">
        <source>

%n uploaded file(s) will be left out: Fini cannot refresh uploaded files. To update one, delete it in Fini and upload it again.</source>
        <translation>
            <numerusform>

%n uploaded file will be left out: Fini cannot refresh uploaded files. To update one, delete it in Fini and upload it again.</numerusform><numerusform>

%n uploaded files will be left out: Fini cannot refresh uploaded files. To update one, delete it in Fini and upload it again.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Refresh %n source(s)? Fini fetches them again and marks the ones whose content changed.</source>
        <translation>
            <numerusform>Refresh %n source? Fini fetches it again and marks it if its content changed.</numerusform><numerusform>Refresh %n sources? Fini fetches them again and marks the ones whose content changed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Refresh %n source(s)</source>
        <translation>
            <numerusform>Refresh %n source</numerusform><numerusform>Refresh %n sources</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No source is selected. Refresh all %n source(s) of this workspace?</source>
        <translation>
            <numerusform>No source is selected. Refresh all %n source of this workspace?</numerusform><numerusform>No source is selected. Refresh all %n sources of this workspace?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s)</source>
        <translation>
            <numerusform>Exported %n row</numerusform><numerusform>Exported %n rows</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n ID(s)</source>
        <translation>
            <numerusform>Copied %n ID</numerusform><numerusform>Copied %n IDs</numerusform></translation>
    </message>
</context>
<context>
    <name>WorkspaceSession</name>
    <message numerus="yes">
        <source>Queueing %n source(s) for refresh…</source>
        <translation>
            <numerusform>Queueing %n source for refresh…</numerusform><numerusform>Queueing %n sources for refresh…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Queueing knowledge generation for %n source(s)…</source>
        <translation>
            <numerusform>Queueing knowledge generation for %n source…</numerusform><numerusform>Queueing knowledge generation for %n sources…</numerusform></translation>
    </message>
</context>
</TS>