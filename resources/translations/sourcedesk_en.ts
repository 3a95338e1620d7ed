<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActivityPanel</name>
    <message numerus="yes">
        <source>Refresh of %Ln source(s)</source>
        <translation>
            <numerusform>Refresh of %Ln source</numerusform><numerusform>Refresh of %Ln sources</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Generation from %Ln source(s)</source>
        <translation>
            <numerusform>Generation from %Ln source</numerusform><numerusform>Generation from %Ln sources</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Adding %Ln source(s)</source>
        <translation>
            <numerusform>Adding %Ln source</numerusform><numerusform>Adding %Ln sources</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Removal of %Ln source(s)</source>
        <translation>
            <numerusform>Removal of %Ln source</numerusform><numerusform>Removal of %Ln sources</numerusform></translation>
    </message>
</context>
<context>
    <name>AddPagesDialog</name>
    <message numerus="yes">
        <source>%Ln new web page(s)</source>
        <translation>
            <numerusform>%Ln new web page</numerusform><numerusform>%Ln new web pages</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in this workspace</source>
        <translation>
            <numerusform>%Ln already in this workspace</numerusform><numerusform>%Ln already in this workspace</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln given twice (counted once)</source>
        <translation>
            <numerusform>%Ln given twice (counted once)</numerusform><numerusform>%Ln given twice (counted once)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln not a web address (left out)</source>
        <translation>
            <numerusform>%Ln not a web address (left out)</numerusform><numerusform>%Ln not a web address (left out)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Refresh the %Ln page(s) already in this workspace instead</source>
        <translation>
            <numerusform>Refresh the %Ln page already in this workspace instead</numerusform><numerusform>Refresh the %Ln pages already in this workspace instead</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform><numerusform>… and %Ln more</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln web page(s)</source>
        <translation>
            <numerusform>Add %Ln web page</numerusform><numerusform>Add %Ln web pages</numerusform></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>Fini is receiving too many requests from this key. Try again in %Ln second(s).</source>
        <translation>
            <numerusform>Fini is receiving too many requests from this key. Try again in %Ln second.</numerusform><numerusform>Fini is receiving too many requests from this key. Try again in %Ln seconds.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Fini is receiving too many requests from this key and asks to wait about %Ln minute(s), which is too long to wait here. Try again later.</source>
        <translation>
            <numerusform>Fini is receiving too many requests from this key and asks to wait about %Ln minute, which is too long to wait here. Try again later.</numerusform><numerusform>Fini is receiving too many requests from this key and asks to wait about %Ln minutes, which is too long to wait here. Try again later.</numerusform></translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message numerus="yes">
        <source>Fini is busy or did not answer; trying again in %Ln second(s)…</source>
        <translation>
            <numerusform>Fini is busy or did not answer; trying again in %Ln second…</numerusform><numerusform>Fini is busy or did not answer; trying again in %Ln seconds…</numerusform></translation>
    </message>
</context>
<context>
    <name>CursorWalker</name>
    <message numerus="yes">
        <source>Fini still said there were more sources after %Ln page(s).</source>
        <translation>
            <numerusform>Fini still said there were more sources after %Ln page.</numerusform><numerusform>Fini still said there were more sources after %Ln pages.</numerusform></translation>
    </message>
</context>
<context>
    <name>DiscoverLinksDialog</name>
    <message numerus="yes">
        <source>Fini found %Ln page(s); %1 already in this workspace.</source>
        <translation>
            <numerusform>Fini found %Ln page; %1 already in this workspace.</numerusform><numerusform>Fini found %Ln pages; %1 already in this workspace.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln web page(s)</source>
        <translation>
            <numerusform>Add %Ln web page</numerusform><numerusform>Add %Ln web pages</numerusform></translation>
    </message>
</context>
<context>
    <name>FilterSidebar</name>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln source</numerusform><numerusform>%Ln sources</numerusform></translation>
    </message>
</context>
<context>
    <name>GenerateDialog</name>
    <message numerus="yes">
        <source>Fini reads the stored content of %Ln source(s) and writes knowledge from it.</source>
        <translation>
            <numerusform>Fini reads the stored content of %Ln source and writes knowledge from it.</numerusform><numerusform>Fini reads the stored content of %Ln sources and writes knowledge from it.</numerusform></translation>
    </message>
</context>
<context>
    <name>GuidedFlowDialog</name>
    <message numerus="yes">
        <source>Queueing %Ln source(s) for refresh…</source>
        <translation>
            <numerusform>Queueing %Ln source for refresh…</numerusform><numerusform>Queueing %Ln sources for refresh…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s) changed. Uncheck the ones to leave out; pick one to see what changed in the main window's details. Then generate knowledge from the checked ones.</source>
        <translation>
            <numerusform>%Ln source changed. Uncheck the ones to leave out; pick one to see what changed in the main window's details. Then generate knowledge from the checked ones.</numerusform><numerusform>%Ln sources changed. Uncheck the ones to leave out; pick one to see what changed in the main window's details. Then generate knowledge from the checked ones.</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%Ln checked; %1 already in the workspace, refreshed.</source>
        <translation>
            <numerusform>%Ln checked; %1 already in the workspace, refreshed.</numerusform><numerusform>%Ln checked; %1 already in the workspace, refreshed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln checked.</source>
        <translation>
            <numerusform>%Ln checked.</numerusform><numerusform>%Ln checked.</numerusform></translation>
    </message>
</context>
<context>
    <name>OperationResultPresenter</name>
    <message numerus="yes">
        <source>Fini lists %Ln changed source(s); they are selected.</source>
        <translation>
            <numerusform>Fini lists %Ln changed source; it is selected.</numerusform><numerusform>Fini lists %Ln changed sources; they are selected.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln refreshed</source>
        <translation>
            <numerusform>%Ln refreshed</numerusform><numerusform>%Ln refreshed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln failed</numerusform><numerusform>%Ln failed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <translation>
            <numerusform>%Ln rejected</numerusform><numerusform>%Ln rejected</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln uploaded file(s) skipped</source>
        <translation>
            <numerusform>%Ln uploaded file skipped</numerusform><numerusform>%Ln uploaded files skipped</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln still running at Fini</source>
        <translation>
            <numerusform>%Ln still running at Fini</numerusform><numerusform>%Ln still running at Fini</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them changed.</source>
        <translation>
            <numerusform>%Ln of them changed.</numerusform><numerusform>%Ln of them changed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them changed and are selected below.</source>
        <translation>
            <numerusform>%Ln of them changed and is selected below.</numerusform><numerusform>%Ln of them changed and are selected below.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln written</source>
        <translation>
            <numerusform>%Ln written</numerusform><numerusform>%Ln written</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln needed no change</source>
        <translation>
            <numerusform>%Ln needed no change</numerusform><numerusform>%Ln needed no change</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln without an answer from Fini</source>
        <translation>
            <numerusform>%Ln without an answer from Fini</numerusform><numerusform>%Ln without an answer from Fini</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln source(s) and the knowledge articles written from them.</source>
        <translation>
            <numerusform>Removed %Ln source and the knowledge articles written from them.</numerusform><numerusform>Removed %Ln sources and the knowledge articles written from them.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln source(s) from the workspace.</source>
        <translation>
            <numerusform>Removed %Ln source from the workspace.</numerusform><numerusform>Removed %Ln sources from the workspace.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s) could not be removed and are selected below; the details say why.</source>
        <translation>
            <numerusform>%Ln source could not be removed and is selected below; the details say why.</numerusform><numerusform>%Ln sources could not be removed and are selected below; the details say why.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln ready</source>
        <translation>
            <numerusform>%Ln ready</numerusform><numerusform>%Ln ready</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Stopped watching the %Ln web page(s) Fini is reading: %1.</source>
        <translation>
            <numerusform>Stopped watching the %Ln web page Fini is reading: %1.</numerusform><numerusform>Stopped watching the %Ln web pages Fini is reading: %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Fini has read the %Ln web page(s): %1.</source>
        <translation>
            <numerusform>Fini has read the %Ln web page: %1.</numerusform><numerusform>Fini has read the %Ln web pages: %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln address(es) were not added; the details say why.</source>
        <translation>
            <numerusform>%Ln address was not added; the details say why.</numerusform><numerusform>%Ln addresses were not added; the details say why.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) were not imported; the details say why.</source>
        <translation>
            <numerusform>%Ln item was not imported; the details say why.</numerusform><numerusform>%Ln items were not imported; the details say why.</numerusform></translation>
    </message>
</context>
<context>
    <name>ProviderResource</name>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform><numerusform>%Ln articles</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform><numerusform>%Ln pages</numerusform></translation>
    </message>
</context>
<context>
    <name>RemoveDialog</name>
    <message numerus="yes">
        <source>Remove %Ln source(s) from this workspace? Fini deletes them and no longer uses their content.</source>
        <translation>
            <numerusform>Remove %Ln source from this workspace? Fini deletes them and no longer uses their content.</numerusform><numerusform>Remove %Ln sources from this workspace? Fini deletes them and no longer uses their content.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform><numerusform>… and %Ln more</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them have knowledge articles written from them.</source>
        <translation>
            <numerusform>%Ln of them have knowledge articles written from them.</numerusform><numerusform>%Ln of them have knowledge articles written from them.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln source(s)</source>
        <translation>
            <numerusform>Remove %Ln source</numerusform><numerusform>Remove %Ln sources</numerusform></translation>
    </message>
</context>
<context>
    <name>ResourceTreeModel</name>
    <message numerus="yes">
        <source>%Ln to import</source>
        <translation>
            <numerusform>%Ln to import</numerusform><numerusform>%Ln to import</numerusform></translation>
    </message>
</context>
<context>
    <name>SourceCommands</name>
    <message numerus="yes">
        <source>

%Ln uploaded file(s) will be left out: Fini cannot refresh uploaded files. To update one, delete it in Fini and upload it again.</source>
        <translation>
            <numerusform>

%Ln uploaded file will be left out: Fini cannot refresh uploaded files. To update one, delete it in Fini and upload it again.</numerusform><numerusform>

%Ln uploaded files will be left out: Fini cannot refresh uploaded files. To update one, delete it in Fini and upload it again.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Refresh %Ln source(s)? Fini fetches them again and marks the ones whose content changed.</source>
        <translation>
            <numerusform>Refresh %Ln source? Fini fetches it again and marks it if its content changed.</numerusform><numerusform>Refresh %Ln sources? Fini fetches them again and marks the ones whose content changed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Refresh %Ln source(s)</source>
        <translation>
            <numerusform>Refresh %Ln source</numerusform><numerusform>Refresh %Ln sources</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln ID(s)</source>
        <translation>
            <numerusform>Copied %Ln ID</numerusform><numerusform>Copied %Ln IDs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln row to %1</numerusform><numerusform>Exported %Ln rows to %1</numerusform></translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message numerus="yes">
        <source>Fini asked Sourcedesk to slow down: trying again in %Ln s</source>
        <translation>
            <numerusform>Fini asked Sourcedesk to slow down: trying again in %Ln s</numerusform><numerusform>Fini asked Sourcedesk to slow down: trying again in %Ln s</numerusform></translation>
    </message>
</context>
<context>
    <name>WorkspaceSession</name>
    <message numerus="yes">
        <source>Queueing %Ln source(s) for refresh…</source>
        <translation>
            <numerusform>Queueing %Ln source for refresh…</numerusform><numerusform>Queueing %Ln sources for refresh…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Queueing knowledge generation for %Ln source(s)…</source>
        <translation>
            <numerusform>Queueing knowledge generation for %Ln source…</numerusform><numerusform>Queueing knowledge generation for %Ln sources…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>“%1”: Fini is refreshing %Ln source(s); %2 finished so far.</source>
        <translation>
            <numerusform>“%1”: Fini is refreshing %Ln source; %2 finished so far.</numerusform><numerusform>“%1”: Fini is refreshing %Ln sources; %2 finished so far.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>“%1”: Fini is generating knowledge from %Ln source(s); %2 finished so far.</source>
        <translation>
            <numerusform>“%1”: Fini is generating knowledge from %Ln source; %2 finished so far.</numerusform><numerusform>“%1”: Fini is generating knowledge from %Ln sources; %2 finished so far.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Removing %Ln source(s) from the workspace…</source>
        <translation>
            <numerusform>Removing %Ln source from the workspace…</numerusform><numerusform>Removing %Ln sources from the workspace…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Sending %Ln web page(s) to Fini…</source>
        <translation>
            <numerusform>Sending %Ln web page to Fini…</numerusform><numerusform>Sending %Ln web pages to Fini…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln web page(s)</source>
        <translation>
            <numerusform>%Ln web page</numerusform><numerusform>%Ln web pages</numerusform></translation>
    </message>
</context>
</TS>