using CouncilProposals.Domain.Common;
using CouncilProposals.Pdf.Rendering;
using CouncilProposals.Web.Features.Proposals;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilProposals.Web.Tests.Features.Pdf;

[Collection(WebCollection.Name)]
public sealed class ProposalPdfTests(CouncilProposalsFactory factory)
{
    [Fact]
    public async Task GoldenSample_PdfHoldsEveryLabelAndValueInTheSeedsOrder()
    {
        var id = await factory.WithDbAsync(db => db.Proposals.Where(p => p.Reference == GoldenSample.Reference).Select(p => p.Id).SingleAsync());

        var response = await (await factory.CreateClientForAsync(DemoUsers.CorporateFinance)).GetAsync(new Uri($"/proposals/{id}/pdf", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("SAV-HAC-009-21-22.pdf", response.Content.Headers.ContentDisposition?.FileNameStar);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var pdf = PdfText.Read(bytes);
        TextAssert.InOrder(PdfText.Squash(pdf.All), GoldenSampleText.InOrder().Select(PdfText.Squash));
        Assert.True(bytes.Length <= 300 * 1024, $"{bytes.Length / 1024} KB: the fonts are not subset");
        Assert.Contains($"Page 1 of {pdf.Pages.Count}", pdf.Pages[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Proposal_WithVeryLongTexts_PaginatesWithNothingLostOrClipped()
    {
        var paragraphs = Enumerable.Range(1, 40).Select(i => $"Paragraph {i} of the summary. " + string.Join(' ', Enumerable.Repeat("The service will be redesigned around residents.", 8))).ToList();
        var risks = Enumerable.Range(1, 50).Select(i => ($"Risk number {i}: demand rises faster than planned in area {i}.", $"Mitigation number {i}: monthly monitoring of area {i}.")).ToList();
        var proposal = await factory.WithDbAsync(async db =>
        {
            var built = await new ProposalBuilder().Complete().BuildAsync(db);
            var loaded = await db.Proposals.Include(p => p.Cycle).Include(p => p.Risks).SingleAsync(p => p.Id == built.Id);
            loaded.UpdateSummary(string.Join("\n\n", paragraphs), new CouncilProposals.Domain.Proposals.StandardAnswers("1", "2", "3", "4", "5"), "officer.res@council.example");
            loaded.UpdateRisks(risks.Select(r => (r.Item1, (string?)r.Item2)), "officer.res@council.example");
            await db.SaveChangesAsync();
            return loaded;
        });

        var pdf = PdfText.Read(await RenderAsync(proposal.Id));

        Assert.True(pdf.Pages.Count > 5, $"{pdf.Pages.Count} pages");
        var body = PdfText.Squash(pdf.Body($"{proposal.Reference} {proposal.Title}"));
        TextAssert.InOrder(body, paragraphs.Select(PdfText.Squash));
        TextAssert.InOrder(body, risks.SelectMany((r, i) => new[] { $"Risk{i + 1}", PdfText.Squash(r.Item1), $"Mitigation{i + 1}", PdfText.Squash(r.Item2) }));
        for (var page = 1; page <= pdf.Pages.Count; page++)
        {
            Assert.Contains($"Page {page} of {pdf.Pages.Count}", pdf.Pages[page - 1], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Proposal_WithHostileText_RendersWithoutError()
    {
        const string hostile = "<script>alert(1)</script> \u0007\u0000 مرحبا שלום 😀 e\u0301 " + "averyveryverylongwordwithoutanyspaces";
        var proposal = await factory.WithDbAsync(async db =>
        {
            var built = await new ProposalBuilder().Complete().BuildAsync(db);
            var loaded = await db.Proposals.Include(p => p.Cycle).SingleAsync(p => p.Id == built.Id);
            loaded.UpdateResources(hostile + new string('x', 3000), "officer.res@council.example");
            await db.SaveChangesAsync();
            return loaded;
        });

        var pdf = PdfText.Read(await RenderAsync(proposal.Id));

        Assert.Contains("<script>alert(1)</script>", pdf.All, StringComparison.Ordinal);
        Assert.Contains(new string('x', 3000), PdfText.Squash(pdf.Body($"{proposal.Reference} {proposal.Title}")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Proposal_AgreedByCabinet_LosesTheDraftHeadingAndShowsTheRecordOfDecision()
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().InStatus(CouncilProposals.Domain.Proposals.ProposalStatus.AgreedByCabinet).BuildAsync(db));

        var pdf = PdfText.Read(await RenderAsync(proposal.Id));

        Assert.DoesNotContain("DRAFT", pdf.All, StringComparison.Ordinal);
        Assert.StartsWith("SAVINGS PROPOSAL", pdf.Pages[0], StringComparison.Ordinal);
        TextAssert.InOrder(pdf.All, ["Record of decision", "Decision Proposal agreed", "Decision maker Mayor in Cabinet", "Role Executive Mayor", "Date of decision 17 February 2021"]);
    }

    [Fact]
    public async Task Proposal_NotAgreedByCabinet_IsNoLongerADraft()
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().InStatus(CouncilProposals.Domain.Proposals.ProposalStatus.NotAgreedByCabinet).BuildAsync(db));

        var bytes = await RenderAsync(proposal.Id);

        Assert.DoesNotContain("DRAFT", PdfText.Read(bytes).All, StringComparison.Ordinal);
        using var document = UglyToad.PdfPig.PdfDocument.Open(bytes);
        Assert.All(document.GetPages(), page => Assert.DoesNotContain(
            page.Paths.SelectMany(path => path).SelectMany(subpath => subpath.Commands),
            command => command is UglyToad.PdfPig.Core.PdfSubpath.CubicBezierCurve or UglyToad.PdfPig.Core.PdfSubpath.QuadraticBezierCurve));
    }

    [Fact]
    public async Task Proposal_ShowsEachSavingsLineWithItsDescription_AndFteFiguresToTheSameDecimals()
    {
        var description = $"Close the {Unique.Word()} office";
        var proposal = await factory.WithDbAsync(async db =>
        {
            var built = await new ProposalBuilder().Complete().BuildAsync(db);
            var loaded = await db.Proposals.Include(p => p.Cycle).Include(p => p.SavingsLines).Include(p => p.FteReductions).SingleAsync(p => p.Id == built.Id);
            var years = loaded.Cycle.SavingsYears;
            loaded.UpdateFinancialImpact(Money.FromThousands(2000), [new SavingsLineInput(years[0], Money.FromThousands(150), SavingsKind.Saving, description)], "officer.res@council.example");
            loaded.UpdateStaffingImpact(
                Fte.From(20),
                new Dictionary<FinancialYear, Fte> { [years[0]] = Fte.From(8), [years[1]] = Fte.From(7.5m) },
                "officer.res@council.example");
            await db.SaveChangesAsync();
            return loaded;
        });

        var pdf = PdfText.Read(await RenderAsync(proposal.Id));

        Assert.Contains($"{proposal.Cycle.SavingsYears[0]} Saving (150) {description}", pdf.All, StringComparison.Ordinal);
        Assert.Contains(PdfText.Squash("Employees (FTE) or state N/A 20.0 8.0 7.5 - 15.5"), PdfText.Squash(pdf.All), StringComparison.Ordinal);
    }

    private async Task<byte[]> RenderAsync(int id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var model = await scope.ServiceProvider.GetRequiredService<ProposalDocumentQuery>().LoadAsync(id);
        return scope.ServiceProvider.GetRequiredService<IPdfRenderer>().Render(new ProposalPdfDocument(model!, factory.Time.GetUtcNow()));
    }
}
