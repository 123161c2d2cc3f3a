using CouncilProposals.Domain.Access;
using CouncilProposals.Web.Data.Notifications;
using CouncilProposals.Web.Features.Administration;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilProposals.Web.Tests.Features.Notifications;

/// <summary>The people who act next are e-mailed, through the outbox and the background sender into the pickup folder.</summary>
[Collection(WebCollection.Name)]
public sealed class NotificationEmailTests(CouncilProposalsFactory factory)
{
    [Fact]
    public async Task Submit_EmailsTheDirectorsALink_ButNotTheOfficerNorADirectorWhoSwitchedItOff()
    {
        var quietDirector = $"quiet.director.{Unique.Word()}@council.example".ToLowerInvariant();
        await CreateDirectorAsync(quietDirector, "GOV");
        var quiet = await factory.CreateClientForAsync(quietDirector);
        var settings = await quiet.GetPageAsync("/account/email-settings");
        Assert.NotNull(settings.Find("input[name=Wanted][value=SubmittedForApproval][checked]"));
        var saved = await quiet.PostFormAsync("/account/email-settings", [new("__RequestVerificationToken", settings.FormValues()["__RequestVerificationToken"]), new("Wanted", "Returned")]);
        Assert.Contains("Your e-mail settings have been saved", saved.Text, StringComparison.Ordinal);
        Assert.Null(saved.Find("input[name=Wanted][value=SubmittedForApproval][checked]"));
        Assert.NotNull(saved.Find("input[name=Wanted][value=Returned][checked]"));

        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("GOV").Complete().BuildAsync(db));
        var officer = await factory.CreateClientForAsync(DemoData.Officer("GOV"));
        var submitted = await officer.SubmitAsync(await officer.GetPageAsync($"/proposals/{proposal.Id}/check"));
        Assert.Contains("Proposal submitted for approval", submitted.Text, StringComparison.Ordinal);

        var email = await factory.Mail.WaitForAsync(DemoData.Director("GOV"), proposal.Reference);
        Assert.Equal($"Proposal submitted for your approval: {proposal.Reference}", email.Subject);
        Assert.Contains($"https://localhost/proposals/{proposal.Id}", email.TextBody, StringComparison.Ordinal);
        Assert.Contains(proposal.Title, email.TextBody, StringComparison.Ordinal);
        var queued = await factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.ProposalId == proposal.Id).Select(m => m.ToAddress).ToListAsync());
        Assert.Equal([DemoData.Director("GOV")], queued);
        Assert.Empty(factory.Mail.To(quietDirector, proposal.Reference));
        Assert.Empty(factory.Mail.To(DemoData.Officer("GOV"), proposal.Reference));
    }

    [Fact]
    public async Task Return_EmailsTheAuthorAndNotTheDirectorWhoReturnedIt()
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("HAC").InStatus(ProposalStatus.Submitted).BuildAsync(db));
        var director = await factory.CreateClientForAsync(DemoData.Director("HAC"));

        var returned = await director.SubmitAsync(await director.GetPageAsync($"/proposals/{proposal.Id}/return"), new Dictionary<string, string> { ["Reasons"] = "Confidential: the staffing figures are wrong." });
        Assert.Contains("Proposal returned to the officer", returned.Text, StringComparison.Ordinal);

        var email = await factory.Mail.WaitForAsync(DemoData.Officer("HAC"), proposal.Reference);
        Assert.Equal($"Proposal returned to you: {proposal.Reference}", email.Subject);
        Assert.Contains($"https://localhost/proposals/{proposal.Id}", email.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("staffing figures", email.TextBody, StringComparison.Ordinal);
        var recipients = await factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.ProposalId == proposal.Id).Select(m => new { m.ToAddress, m.Kind }).ToListAsync());
        Assert.Equal([new { ToAddress = DemoData.Officer("HAC"), Kind = NotificationKind.Returned }], recipients);
    }

    [Fact]
    public async Task SendsPage_ShowsAdministratorsWhatWasSent()
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("PLA").InStatus(ProposalStatus.Submitted).BuildAsync(db));
        var director = await factory.CreateClientForAsync(DemoData.Director("PLA"));
        await director.SubmitAsync(await director.GetPageAsync($"/proposals/{proposal.Id}/approve"));
        await factory.Mail.WaitForAsync(DemoUsers.CorporateFinance, proposal.Reference);

        var admin = await factory.CreateClientForAsync(DemoUsers.Admin);
        var page = await admin.GetPageAsync("/admin/emails");

        var row = page.FindAll("tbody tr").First(r => r.TextContent.Contains($"Proposal ready for Cabinet: {proposal.Reference}", StringComparison.Ordinal));
        Assert.Contains(DemoUsers.CorporateFinance, row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Sent", row.QuerySelector(".govuk-tag")!.TextContent, StringComparison.Ordinal);
        var officer = await factory.CreateClientForAsync(DemoData.Officer("PLA"));
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync(new Uri("/admin/emails", UriKind.Relative))).StatusCode);
    }

    private async Task CreateDirectorAsync(string email, string directorateCode)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CouncilProposals.Web.Data.AppDbContext>();
        var directorate = await db.Directorates.AsNoTracking().SingleAsync(d => d.Code == directorateCode);
        var result = await scope.ServiceProvider.GetRequiredService<UserAccounts>()
            .CreateAsync(new NewAccount(email, "Second director", DemoUsers.Password, [Roles.Director], [directorate.Id]));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
