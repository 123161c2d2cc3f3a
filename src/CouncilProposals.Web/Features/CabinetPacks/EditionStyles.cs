using System.Security.Cryptography;
using System.Text;

namespace CouncilProposals.Web.Features.CabinetPacks;

/// <summary>
/// The HTML edition's own small style sheet, inlined so the page is one file that asks for nothing else: the system's
/// fonts, the PDF's greys and rules, tables that scroll inside their own box on a narrow screen, visible focus.
/// </summary>
public static class EditionStyles
{
    public const string Css = """

        *, *::before, *::after { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body { margin: 0; color: #0b0c0c; background: #fff; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 1rem; line-height: 1.5; overflow-wrap: break-word; }
        main { max-width: 62rem; margin: 0 auto; padding: 1rem 1rem 3rem; }
        h1, h2, h3, h4 { line-height: 1.25; margin: 1.5em 0 0.5em; }
        h1 { font-size: 2rem; margin-top: 0.5em; }
        h2 { font-size: 1.5rem; }
        h3 { font-size: 1.125rem; }
        h4 { font-size: 1rem; }
        p { margin: 0 0 0.75em; }
        a { color: #1d70b8; text-decoration: underline; text-underline-offset: 0.1em; }
        a:visited { color: #4c2c92; }
        a:hover { color: #003078; text-decoration-thickness: 3px; }
        a:focus, [tabindex]:focus { outline: 3px solid transparent; background: #fd0; color: #0b0c0c; box-shadow: 0 -2px #fd0, 0 4px #0b0c0c; text-decoration: none; }
        [tabindex]:focus { box-shadow: 0 0 0 3px #0b0c0c, 0 0 0 6px #fd0; background: none; }
        .visually-hidden { position: absolute !important; width: 1px !important; height: 1px !important; margin: 0 !important; padding: 0 !important; overflow: hidden !important; clip: rect(0 0 0 0) !important; clip-path: inset(50%) !important; border: 0 !important; white-space: nowrap !important; }
        .cover { border-bottom: 4px solid #0b0c0c; padding: 2rem 0 1.5rem; }
        .cover .council { font-size: 1.5rem; font-weight: 700; margin: 0; }
        .cover .meeting, .cover .strategy { font-size: 1.125rem; }
        .cover h1 { margin-top: 1.5rem; }
        .part { border-top: 2px solid #0b0c0c; margin-top: 3rem; }
        .contents ul { list-style: none; padding: 0; margin: 0; }
        .contents li { border-bottom: 1px solid #bfbfbf; padding: 0.35em 0; }
        .report-meeting { font-size: 1.5rem; font-weight: 700; margin-top: 1.5rem; }
        .text { white-space: pre-line; }
        .numbered { display: flex; gap: 0.5em; }
        .numbered .label { flex: 0 0 3em; }
        .depth-1 { margin-left: 3em; }
        .depth-2 { margin-left: 6em; }
        .depth-3 { margin-left: 9em; }
        dl.grid { display: grid; grid-template-columns: minmax(8rem, 1fr) 3fr; margin: 0 0 1rem; border-top: 1px solid #7f7f7f; border-left: 1px solid #7f7f7f; }
        dl.grid > dt, dl.grid > dd { margin: 0; padding: 0.4em 0.5em; border-right: 1px solid #7f7f7f; border-bottom: 1px solid #7f7f7f; }
        dl.grid > dt { background: #ededed; font-weight: 700; }
        dl.grid .question { display: block; font-weight: 400; font-size: 0.875rem; }
        dl.identity { grid-template-columns: minmax(7rem, 2fr) 3fr minmax(7rem, 2fr) 3fr; }
        dl.identity > dd.whole { grid-column: span 3; font-weight: 700; }
        .form-heading { text-align: center; font-size: 1.5rem; }
        .form-heading .appendix { display: block; text-align: left; font-size: 1rem; }
        .form-council { text-align: center; }
        .form-council strong { font-size: 1.125rem; }
        .form-section { border-bottom: 1px solid #7f7f7f; padding-bottom: 0.15em; }
        h4.question { font-style: italic; font-weight: 400; margin-top: 1em; }
        .table-box { overflow-x: auto; margin: 0 0 1.5rem; }
        table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
        caption { text-align: left; font-weight: 700; padding: 0 0 0.5em; max-width: calc(100vw - 2rem); }
        th, td { border: 1px solid #7f7f7f; padding: 0.35em 0.5em; text-align: left; vertical-align: top; }
        thead th, thead td, th.label { background: #ededed; }
        tbody th[scope="rowgroup"] { background: #f7f7f7; }
        .number { text-align: right; }
        td.number { white-space: nowrap; }
        tr:not(.total) > th[scope="row"]:not(.label) { font-weight: 400; }
        #summary thead th.number { white-space: nowrap; }
        .answer { text-align: center; font-weight: 700; }
        tr.total > * { font-weight: 700; }
        .not-for-publication { background: #0b0c0c; color: #fff; padding: 0.5rem 0.75rem; }
        .small { font-size: 0.875rem; }
        @media (max-width: 40rem) {
          main { padding: 0.5rem 0.75rem 2rem; }
          h1 { font-size: 1.5rem; }
          h2 { font-size: 1.25rem; }
          dl.grid, dl.identity { grid-template-columns: 1fr; }
          dl.identity > dd.whole { grid-column: auto; }
          dl.grid > dt { border-bottom: 0; }
          .depth-1, .depth-2, .depth-3 { margin-left: 1em; }
        }
        @media print {
          main { max-width: none; padding: 0; }
          .part { break-before: page; border-top: 0; }
          .table-box { overflow: visible; }
          a { color: inherit; }
        }

        """;

    /// <summary>
    /// The policy the page is served with: nothing may load, no script runs, and the one style element is allowed by
    /// its hash (the app's usual policy refuses inline styles).
    /// </summary>
    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Css)))}'; " +
        "img-src 'none'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";
}
