// @npskit/render: the report renderer. HTML (templates, brand, charts) and PDF (browser, print, metadata).
// This file only re-exports; each area keeps its own block below.

// --- html: templates, Handlebars environment, brand, charts -------------------------------------------------

// --- pdf: browser resolution, rendering, PDF post-processing -----------------------------------------------
