using System.Globalization;
using CouncilProposals.Domain.CabinetPacks;
using CouncilProposals.Web.Features.Proposals;
using Wording = CouncilProposals.Domain.Proposals.ProposalFormWording;

namespace CouncilProposals.Web.Features.CabinetPacks;

/// <summary>
/// The accessible HTML edition of a pack: the same <see cref="CabinetPackDocument"/> the PDF prints, in the PDF's
/// order and words (cover, contents, covering report, summary, appendices), without the PDF's page furniture.
/// </summary>
public sealed record EditionPage(CabinetPackDocument Document, string CouncilName)
{
    public CabinetPackViewModel Pack => Document.Pack;

    /// <summary>The full version, for members: marked "Not for publication", exempt appendices printed in full.</summary>
    public bool IsFull => Document.Version == PackVersion.Full;

    /// <summary>The PDF prints the covering report only when it has a front sheet or a part with text.</summary>
    public bool HasCoveringReport => Pack.CoveringReport.Count > 0 || !Pack.FrontSheet.IsEmpty;

    public IReadOnlyList<EditionAppendix> Appendices { get; } =
        Document.Appendices.Select(a => new EditionAppendix(a.Number, a)).ToList();

    /// <summary>The references of the proposals this version withholds: the equality appendix withholds their stated impacts.</summary>
    public IReadOnlySet<string> Withheld => Document.Appendices.Where(a => a.Withheld).Select(a => a.Reference).ToHashSet(StringComparer.Ordinal);

    public string CoveringReportDateText => Pack.MeetingDate.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The template's parts in order (less the linked documents, which close the report), each with its heading and paragraphs.</summary>
    public IReadOnlyList<EditionReportPart> ReportParts()
    {
        var texts = Pack.CoveringReport.ToDictionary(s => s.Part, s => s.Text);
        var number = 0;
        var parts = new List<EditionReportPart>();
        foreach (var part in Domain.CabinetPacks.ReportParts.All.Where(p => p != ReportPart.LinkedReportsAppendicesAndBackgroundDocuments))
        {
            var section = part.IsNumbered() ? ++number : (int?)null;
            var heading = section is { } n ? $"{n}. {part.Heading().ToUpper(CultureInfo.InvariantCulture)}" : part.Heading();
            var text = texts.GetValueOrDefault(part);
            var paragraphs = string.IsNullOrWhiteSpace(text)
                ? [EditionParagraph.Parse(section is { } s ? $"{s}.1 {CoveringReportPdf.WhenEmpty(part)}" : CoveringReportPdf.WhenEmpty(part))]
                : EditionParagraph.Split(text);
            parts.Add(new EditionReportPart(heading, paragraphs));
        }

        return parts;
    }

    public IReadOnlyList<EditionParagraph> LinkedDocuments() =>
        Pack.CoveringReport.FirstOrDefault(s => s.Part == ReportPart.LinkedReportsAppendicesAndBackgroundDocuments).Text is { } text
            ? EditionParagraph.Split(text)
            : [];

    /// <summary>The front sheet's rows the PDF prints, leaving out those not filled in.</summary>
    public IReadOnlyList<(string Label, string Value)> FrontSheetRows()
    {
        var sheet = Pack.FrontSheet;
        return new (string Label, string? Value)[]
            {
                ("Report of", sheet.ReportOf), ("Lead Member", sheet.LeadMember), ("Originating Officer(s)", sheet.OriginatingOfficers),
                ("Wards affected", sheet.WardsAffected), ("Key Decision?", sheet.KeyDecision switch { true => "Yes", false => "No", null => null }),
                ("Community Plan Theme", sheet.CommunityPlanTheme),
            }
            .Where(r => r.Value is not null)
            .Select(r => (r.Label, r.Value!))
            .ToList();
    }
}

/// <summary>One appendix of the pack; its id is the PDF's section name, so links read alike in both.</summary>
public sealed record EditionAppendix(int Number, PackAppendix Appendix)
{
    /// <summary>The proposal as the form prints it; an appendix withheld from this version has only its notice.</summary>
    public ProposalDocumentModel Proposal => Appendix.Proposal ?? throw new InvalidOperationException($"Appendix {Number} is withheld.");

    public string Id => $"appendix-{Number}";

    /// <summary>The id of the appendix's heading, which starts the name of each of its tables' scrolling boxes, so no two boxes share a name.</summary>
    public string HeadingId => $"{Id}-heading";

    public string Name => Appendix.Heading;

    /// <summary>The identity grid's pairs after the title, row by row as the form reads.</summary>
    public IReadOnlyList<(string Label, string Value)> IdentityPairs() =>
    [
        (Wording.Reference, Proposal.Reference), (Wording.SavingsType, Proposal.SavingsType),
        (Wording.Directorate, Proposal.Directorate), (Wording.ServiceArea, Proposal.ServiceArea),
        (Wording.DirectorateService, Proposal.DirectorateService), (Wording.StrategicPriorityOutcome, Proposal.StrategicPriorityOutcome),
        (Wording.LeadOfficerAndPost, Proposal.LeadOfficerAndPost), (Wording.LeadMemberAndPortfolio, Proposal.LeadMemberAndPortfolio),
    ];

    public EditionFigures Financial() => new(
        HeadingId, $"{Id}-financial", Wording.Label(Wording.FinancialImpact), $"{Wording.CurrentBudget} {Proposal.BaseYear}", Wording.SavingsOrIncome,
        Wording.TotalSavingsOrIncome, Proposal.SavingsYears, Proposal.Budget);

    /// <summary>Staffing figures as the PDF prints them, with one or two decimal places.</summary>
    public EditionFigures Staffing() => new(
        HeadingId, $"{Id}-staffing", Wording.Label(Wording.StaffingImpact), $"{Wording.CurrentStaffing} {Proposal.BaseYear}", Wording.FteReductions,
        Wording.TotalFteReductions, Proposal.SavingsYears,
        Proposal.Staffing with
        {
            Current = PdfFigures.Fte(Proposal.Staffing.Current),
            Years = Proposal.Staffing.Years.Select(PdfFigures.Fte).ToList(),
            Total = PdfFigures.Fte(Proposal.Staffing.Total),
        });

    /// <summary>The screening rows in groups: a row that carries a group name starts a new group.</summary>
    public IReadOnlyList<(string? Group, IReadOnlyList<ScreeningRow> Rows)> ScreeningGroups()
    {
        var groups = new List<(string? Group, List<ScreeningRow> Rows)>();
        foreach (var row in Proposal.Screening)
        {
            if (row.Group is not null || groups.Count == 0)
            {
                groups.Add((row.Group, []));
            }

            groups[^1].Rows.Add(row);
        }

        return groups.Select(g => (g.Group, (IReadOnlyList<ScreeningRow>)g.Rows)).ToList();
    }
}

/// <summary>The Financial or Staffing Impact table of a proposal: its title, column labels and one row of figures.</summary>
public sealed record EditionFigures(string HeadingId, string Id, string Title, string Current, string YearLabel, string TotalLabel, IReadOnlyList<string> Years, FigureRow Row);

public sealed record EditionReportPart(string Heading, IReadOnlyList<EditionParagraph> Paragraphs);

/// <summary>
/// A paragraph of the covering report as the PDF sets it: a typed number ("3.1", "5.3.1", "2.") stays as text and
/// hangs the paragraph past it; a typed bullet ("-", "•", "*", "–") becomes an item of a list.
/// </summary>
public sealed record EditionParagraph(string? Number, bool IsBullet, int Depth, string Text)
{
    public static IReadOnlyList<EditionParagraph> Split(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Select(Parse).ToList();

    public static EditionParagraph Parse(string paragraph)
    {
        if (CoveringReportPdf.Marker().Match(paragraph) is not { Success: true } match)
        {
            return new EditionParagraph(null, false, 0, paragraph);
        }

        var label = match.Groups["label"].Value;
        var text = paragraph[match.Length..];
        if (!char.IsAsciiDigit(label[0]))
        {
            return new EditionParagraph(null, true, 0, text);
        }

        var depth = label.Count(c => c == '.') - (label.EndsWith('.') ? 1 : 0);
        return new EditionParagraph(label, false, Math.Clamp(depth - 1, 0, 3), text);
    }

    /// <summary>Consecutive bullets, grouped so that each run becomes one list.</summary>
    public static IEnumerable<IReadOnlyList<EditionParagraph>> Runs(IReadOnlyList<EditionParagraph> paragraphs)
    {
        var run = new List<EditionParagraph>();
        foreach (var paragraph in paragraphs)
        {
            if (run.Count > 0 && (!paragraph.IsBullet || !run[0].IsBullet))
            {
                yield return run;
                run = [];
            }

            run.Add(paragraph);
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }
}
