/**
 * The plan pages and the committee documents on the web: the plan's own pages, the document download
 * page with its checks, and the documents API ({@code /api/v1/plans/{id}/documents/{type}.{format}}).
 */
@org.jspecify.annotations.NullMarked
package dk.pejling.report.web;
