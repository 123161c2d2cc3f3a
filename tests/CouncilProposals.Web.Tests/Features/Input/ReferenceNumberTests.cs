using CouncilProposals.Domain.Access;
using CouncilProposals.Web.Features.Administration;
using CouncilProposals.Web.Features.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CouncilProposals.Web.Tests.Features.Input;

/// <summary>Reference numbers are permanent, so they must not run out, and one officer cannot use them up in a loop.</summary>
[Collection(WebCollection.Name)]
public sealed class ReferenceNumberTests(CouncilProposalsFactory factory)
{
    [Fact]
    public async Task Create_AfterNumber999_GivesAFourDigitReference()
    {
        var cycle = await factory.WithDbAsync(db => db.Cycles.Where(c => c.IsOpen).SingleAsync());
        var directorate = await factory.WithDbAsync(db => db.Directorates.SingleAsync(d => d.Code == "CHI"));
        await factory.WithDbAsync(async db =>
        {
            var counter = await db.ReferenceCounters.SingleOrDefaultAsync(c => c.CycleId == cycle.Id && c.DirectorateId == directorate.Id);
            if (counter is null)
            {
                db.ReferenceCounters.Add(new ReferenceCounter(cycle.Id, directorate.Id, lastNumber: 999));
            }
            else
            {
                db.Entry(counter).Property(c => c.LastNumber).CurrentValue = 999;
            }

            await db.SaveChangesAsync();
        });
        var client = await factory.CreateClientForAsync(await NewOfficerAsync("CHI"));

        var (id, page) = await ProposalEditorTests.CreateAsync(client, "CHI", "After the thousandth " + Unique.Word());

        Assert.Equal("SAV / CHI 1000 / 21-22", await factory.WithDbAsync(db => db.Proposals.Where(p => p.Id == id).Select(p => p.Reference).SingleAsync()));
        Assert.Contains("Its reference is SAV / CHI 1000 / 21-22", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_MoreTimesInAMinuteThanAllowed_IsRefusedWithAPageWhileAnotherOfficerCanCreate()
    {
        var limit = factory.Services.GetRequiredService<IOptions<CreateLimitOptions>>().Value.ProposalCreatesPerMinute;
        var busy = await NewOfficerAsync();
        var other = await NewOfficerAsync();
        var client = await factory.CreateClientForAsync(busy);
        var form = await client.GetPageAsync("/proposals/create");
        var directorate = DirectorateOf(form, "Resources");
        var title = "Looping " + Unique.Word();
        var fields = new Dictionary<string, string> { ["DirectorateId"] = directorate, ["Title"] = title };

        for (var i = 0; i < limit; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.SubmitAsync(form, fields)).Response.StatusCode);
        }

        var refused = await client.SubmitAsync(form, fields);
        var (_, created) = await ProposalEditorTests.CreateAsync(await factory.CreateClientForAsync(other), "RES", "Not held up " + Unique.Word());

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Response.StatusCode);
        Assert.Contains("Wait a minute, then try again", refused.Text, StringComparison.Ordinal);
        Assert.NotNull(refused.Find("header"));
        // Each create after the first started again in the officer's own empty draft, so one number was used.
        Assert.Equal(1, await factory.WithDbAsync(db => db.Proposals.CountAsync(p => p.Title == title)));
        Assert.Contains("Proposal created", created.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WhenTheOfficerLeftAnEmptyDraft_StartsInItAndUsesNoNewNumber()
    {
        var client = await factory.CreateClientForAsync(await NewOfficerAsync());
        var (abandoned, _) = await ProposalEditorTests.CreateAsync(client, "RES", "Abandoned " + Unique.Word());
        var counter = await LastNumberAsync("RES");

        var (started, page) = await ProposalEditorTests.CreateAsync(client, "RES", "Started again " + Unique.Word());

        Assert.Equal(abandoned, started);
        Assert.Equal(counter, await LastNumberAsync("RES"));
        Assert.Contains("You had an empty draft with this reference", page.Text, StringComparison.Ordinal);
        Assert.StartsWith("Started again", await factory.WithDbAsync(db => db.Proposals.Where(p => p.Id == started).Select(p => p.Title).SingleAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WhenTheOfficersDraftHasContent_TakesTheNextNumber()
    {
        var client = await factory.CreateClientForAsync(await NewOfficerAsync());
        var (written, _) = await ProposalEditorTests.CreateAsync(client, "RES", "Written " + Unique.Word());
        await client.SubmitAsync(await client.GetPageAsync($"/proposals/{written}/edit/resources"), new Dictionary<string, string> { ["ResourcesAndImplementation"] = "Two officers." });
        var counter = await LastNumberAsync("RES");

        var (next, page) = await ProposalEditorTests.CreateAsync(client, "RES", "Next " + Unique.Word());

        Assert.NotEqual(written, next);
        Assert.Equal(counter + 1, await LastNumberAsync("RES"));
        Assert.DoesNotContain("You had an empty draft", page.Text, StringComparison.Ordinal);
    }

    private Task<int> LastNumberAsync(string directorate) => factory.WithDbAsync(db =>
        db.ReferenceCounters.Where(c => db.Cycles.Any(y => y.Id == c.CycleId && y.IsOpen) && db.Directorates.Any(d => d.Id == c.DirectorateId && d.Code == directorate))
            .Select(c => c.LastNumber).SingleAsync());

    private async Task<string> NewOfficerAsync(string directorateCode = "RES")
    {
        var email = $"officer.{Unique.Word().ToLowerInvariant()}@{DemoData.EmailDomain}";
        await using var scope = factory.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        var directorate = await factory.WithDbAsync(db => db.Directorates.Where(d => d.Code == directorateCode).Select(d => d.Id).SingleAsync());
        var result = await accounts.CreateAsync(new NewAccount(email, "Test officer", DemoUsers.Password, [Roles.FinanceOfficer], [directorate]));
        Assert.True(result.Succeeded);
        return email;
    }

    /// <summary>The directorate's id on the create form: chosen from the list, or the only one an officer of one directorate has.</summary>
    private static string DirectorateOf(HtmlPage form, string name)
    {
        if (form.FindAll("#DirectorateId option") is { Count: > 0 } options)
        {
            return options.Single(o => o.TextContent == name).GetAttribute("value")!;
        }

        Assert.Contains($"Directorate {name}", form.TextOf("main form"), StringComparison.Ordinal);
        return form.Find("input[name=DirectorateId]")!.GetAttribute("value")!;
    }
}
