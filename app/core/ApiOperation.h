#pragma once

// The Fini routes the client calls; errors are explained per operation.
enum class ApiOperation {
    ListSources,
    GetSource,
    RefreshSources,
    IngestSources,
    DeleteSources,
    CrawlLinks,
    ListResources,
    RegisterResources,
    BulkGenerate,
    CheckJobs,
};
