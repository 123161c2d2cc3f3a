using System.Globalization;
using System.Text.RegularExpressions;
using CouncilProposals.Domain.CabinetPacks;
using CouncilProposals.Pdf.Fluent;

namespace CouncilProposals.Web.Features.CabinetPacks;

/// <summary>
/// The covering report in the Tower Hamlets Cabinet template (seeds 001–003): the front sheet with the meeting and
/// its date, every heading of the template in its order and numbering whether or not it has text ("There are no
/// … implications" when empty), typed numbered paragraphs and bullets with hanging indents, and the unnumbered
/// "Linked Reports, Appendices and Background Documents" block that lists the appendices once.
/// </summary>
public sealed partial class CoveringReportPdf(CabinetPackViewModel pack, IReadOnlyList<string> appendices) : IComponent
{
    private const string Grey = "#EDEDED";
    private const string Rule = "#7F7F7F";

    public void Compose(IContainer container) => container.Column(col =>
    {
        col.Spacing(6);
        col.Item().Text(pack.MeetingName).FontSize(16).Bold();
        col.Item().Text(pack.MeetingDate.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture)).FontSize(12);
        col.Item().Text($"Classification: {pack.Classification}");
        col.Item().Text(pack.Title).FontSize(14).Bold();
        if (!pack.FrontSheet.IsEmpty)
        {
            col.Item().Element(FrontSheet);
        }

        var texts = pack.CoveringReport.ToDictionary(s => s.Part, s => s.Text);
        var number = 0;
        foreach (var part in ReportParts.All.Where(p => p != ReportPart.LinkedReportsAppendicesAndBackgroundDocuments))
        {
            var section = part.IsNumbered() ? ++number : (int?)null;
            var heading = section is { } n ? $"{n}. {part.Heading().ToUpper(CultureInfo.InvariantCulture)}" : part.Heading();
            col.Item().EnsureSpace(60).KeepWithNext().PaddingTop(6).Text(heading).FontSize(11).Bold();
            var text = texts.GetValueOrDefault(part);
            if (string.IsNullOrWhiteSpace(text))
            {
                Paragraph(col, section is { } s ? $"{s}.1 {WhenEmpty(part)}" : WhenEmpty(part));
                continue;
            }

            foreach (var paragraph in Paragraphs(text))
            {
                Paragraph(col, paragraph);
            }
        }

        LinkedDocuments(col, texts.GetValueOrDefault(ReportPart.LinkedReportsAppendicesAndBackgroundDocuments));
    });

    /// <summary>What the template prints under a heading the report leaves empty.</summary>
    public static string WhenEmpty(ReportPart part) => part switch
    {
        ReportPart.ChiefFinanceOfficerComments => "There are no financial implications arising from the recommendations in this report.",
        ReportPart.LegalComments => "There are no legal implications arising from the recommendations in this report.",
        ReportPart.OneTowerHamletsConsiderations => "There are no equalities implications arising from this report.",
        ReportPart.BestValueImplications => "There are no best value implications arising from this report.",
        ReportPart.SustainableActionForAGreenerEnvironment => "There are no specific implications with regard to sustainability arising from this report.",
        ReportPart.RiskManagementImplications => "There are no risk management implications arising from this report.",
        ReportPart.CrimeAndDisorderReductionImplications => "There are no specific implications for crime and disorder reduction arising from this report.",
        ReportPart.SafeguardingImplications => "There are no specific safeguarding implications arising from this report.",
        _ => "None.",
    };

    private void FrontSheet(IContainer container) => container.Table(t =>
    {
        t.ColumnsDefinition(cols =>
        {
            cols.ConstantColumn(150);
            cols.RelativeColumn();
        });
        var sheet = pack.FrontSheet;
        foreach (var (label, value) in new[]
                 {
                     ("Report of", sheet.ReportOf), ("Lead Member", sheet.LeadMember), ("Originating Officer(s)", sheet.OriginatingOfficers),
                     ("Wards affected", sheet.WardsAffected), ("Key Decision?", sheet.KeyDecision switch { true => "Yes", false => "No", null => null }),
                     ("Community Plan Theme", sheet.CommunityPlanTheme),
                 }.Where(r => r.Item2 is not null))
        {
            t.Cell().Border(0.5f, Rule).Background(Grey).Padding(4).Text(label).Bold();
            t.Cell().Border(0.5f, Rule).Padding(4).Text(value);
        }
    });

    private void LinkedDocuments(ColumnDescriptor col, string? text)
    {
        col.Item().EnsureSpace(80).KeepWithNext().PaddingTop(6).Text(ReportPart.LinkedReportsAppendicesAndBackgroundDocuments.Heading()).FontSize(11).Bold();
        if (!string.IsNullOrWhiteSpace(text))
        {
            foreach (var paragraph in Paragraphs(text))
            {
                Paragraph(col, paragraph);
            }
        }

        col.Item().KeepWithNext().PaddingTop(4).Text("Appendices").Bold();
        foreach (var appendix in appendices)
        {
            Paragraph(col, "• " + appendix);
        }
    }

    private static IEnumerable<string> Paragraphs(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);

    /// <summary>A paragraph; one typed with a number ("3.1", "5.3.1", "2.") or a bullet gets a hanging indent.</summary>
    private static void Paragraph(ColumnDescriptor col, string paragraph)
    {
        if (Marker().Match(paragraph) is not { Success: true } match)
        {
            col.Item().Text(paragraph);
            return;
        }

        var label = match.Groups["label"].Value;
        var isBullet = !char.IsAsciiDigit(label[0]);
        var depth = label.Count(c => c == '.') - (label.EndsWith('.') ? 1 : 0);
        col.Item().PaddingLeft(isBullet ? 12 : Math.Max(0, depth - 1) * 30).Row(row =>
        {
            row.ConstantItem(isBullet ? 12 : 30).Text(isBullet ? "•" : label);
            row.RelativeItem().Text(paragraph[match.Length..]);
        });
    }

    /// <summary>A paragraph's number ("3.1", "2.") or bullet ("-", "•"); the HTML edition sets paragraphs by the same rule.</summary>
    [GeneratedRegex(@"^(?<label>\d{1,2}(\.\d{1,2}){0,3}\.?|[-•*–])\s+")]
    internal static partial Regex Marker();
}
