namespace CouncilProposals.Web.Tests.Features.Security;

/// <summary>
/// Every role against every proposal action on the real endpoints, for a HAC proposal: in their own directorate
/// and in another. A refused request answers 404 (may not see it) or 403 (may see, may not act) and changes nothing.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class AuthorizationMatrixTests(CouncilProposalsFactory factory)
{
    private const int Ok = 200;
    private const int Done = 302;
    private const int Forbidden = 403;
    private const int Hidden = 404;

    private static readonly string[] Actions = ["view", "history", "edit", "submit", "approve", "return", "withdraw", "decision", "reopen"];

    // Expected answer per action, in the order of Actions.
    private static readonly Dictionary<string, int[]> Expected = new()
    {
        [DemoData.Officer("HAC")] = [Ok, Ok, Done, Done, Forbidden, Forbidden, Done, Forbidden, Forbidden],
        [DemoData.Director("HAC")] = [Ok, Ok, Forbidden, Forbidden, Done, Done, Done, Forbidden, Forbidden],
        [DemoData.Officer("CHI")] = [Hidden, Hidden, Hidden, Hidden, Hidden, Hidden, Hidden, Hidden, Hidden],
        [DemoData.Director("CHI")] = [Hidden, Hidden, Hidden, Hidden, Hidden, Hidden, Hidden, Hidden, Hidden],
        [DemoUsers.CorporateFinance] = [Ok, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Done, Done],
        [DemoUsers.Admin] = [Hidden, Hidden, Hidden, Hidden, Hidden, Hidden, Hidden, Hidden, Hidden],
    };

    public static TheoryData<string, string, int> Cases()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var (user, answers) in Expected)
        {
            for (var i = 0; i < Actions.Length; i++)
            {
                data.Add(user, Actions[i], answers[i]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Action_OnAHacProposal_AnswersByRoleAndDirectorate_AndChangesNothingWhenRefused(string user, string action, int expected)
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("HAC").Complete().InStatus(StatusFor(action)).BuildAsync(db));
        var client = await factory.CreateClientForAsync(user, followRedirects: false);
        var before = await SnapshotAsync(proposal.Id);

        var response = await RequestAsync(client, action, proposal.Id, before.Version);

        Assert.Equal(expected, (int)response.StatusCode);
        var after = await SnapshotAsync(proposal.Id);
        if (expected == Done)
        {
            Assert.NotEqual(before.Version, after.Version);
        }
        else
        {
            Assert.Equal(before, after);
        }
    }

    [Theory]
    [InlineData("/proposals/{0}")]
    [InlineData("/proposals/{0}/history")]
    [InlineData("/proposals/{0}/approve")]
    [InlineData("/proposals/{0}/edit")]
    public async Task Page_WhenNotSignedIn_GoesToSignIn(string path)
    {
        var proposal = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("HAC").BuildAsync(db));
        var client = factory.CreateClient(followRedirects: false);

        var response = await client.GetAsync(new Uri(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, proposal.Id), UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/sign-in?returnUrl=", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_ShowsOnlyTheUsersDirectorates()
    {
        var chi = await factory.WithDbAsync(db => new ProposalBuilder().InDirectorate("CHI").Titled("Only for Children and Culture").BuildAsync(db));
        var hacOfficer = await factory.CreateClientForAsync(DemoData.Officer("HAC"));
        var chiOfficer = await factory.CreateClientForAsync(DemoData.Officer("CHI"));

        var hacList = await hacOfficer.GetPageAsync("/proposals?q=Children+and+Culture");
        var chiList = await chiOfficer.GetPageAsync("/proposals?q=Children+and+Culture");
        var all = await hacOfficer.GetPageAsync("/proposals");

        Assert.DoesNotContain(chi.Reference, hacList.Text, StringComparison.Ordinal);
        Assert.Contains(chi.Reference, chiList.Text, StringComparison.Ordinal);
        Assert.All(all.FindAll("tbody tr:not(.app-totals-row) td:nth-child(1)"), cell => Assert.Contains("HAC", cell.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Create_InAnotherDirectorate_IsForbiddenAndCreatesNothing()
    {
        var chi = await factory.WithDbAsync(db => db.Directorates.Where(d => d.Code == "CHI").Select(d => d.Id).SingleAsync());
        var cycle = await factory.WithDbAsync(db => db.Cycles.Where(c => c.IsOpen).Select(c => c.Id).SingleAsync());
        var client = await factory.CreateClientForAsync(DemoData.Officer("HAC"), followRedirects: false);
        var count = await factory.WithDbAsync(db => db.Proposals.CountAsync());

        var response = await client.PostWithTokenAsync("/proposals/create", new Dictionary<string, string>
        {
            ["CycleId"] = cycle.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["DirectorateId"] = chi.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Title"] = "Not mine to write",
        });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(count, await factory.WithDbAsync(db => db.Proposals.CountAsync()));
    }

    private static ProposalStatus StatusFor(string action) => action switch
    {
        "approve" or "return" or "withdraw" => ProposalStatus.Submitted,
        "decision" or "reopen" => ProposalStatus.Approved,
        _ => ProposalStatus.Draft,
    };

    private static async Task<HttpResponseMessage> RequestAsync(HttpClient client, string action, int id, Guid version)
    {
        var v = version.ToString();
        return action switch
        {
            "view" => await client.GetAsync(new Uri($"/proposals/{id}", UriKind.Relative)),
            "history" => await client.GetAsync(new Uri($"/proposals/{id}/history", UriKind.Relative)),
            "edit" => await client.PostWithTokenAsync($"/proposals/{id}/edit/resources", new Dictionary<string, string> { ["Version"] = v, ["ResourcesAndImplementation"] = "Changed by " + action }),
            "submit" => await client.PostWithTokenAsync($"/proposals/{id}/submit", new Dictionary<string, string> { ["version"] = v }),
            "approve" => await client.PostWithTokenAsync($"/proposals/{id}/approve", new Dictionary<string, string> { ["Version"] = v }),
            "return" => await client.PostWithTokenAsync($"/proposals/{id}/return", new Dictionary<string, string> { ["Version"] = v, ["Reasons"] = "Please check." }),
            "withdraw" => await client.PostWithTokenAsync($"/proposals/{id}/withdraw", new Dictionary<string, string> { ["Version"] = v, ["Reason"] = "No longer needed." }),
            "decision" => await client.PostWithTokenAsync($"/proposals/{id}/decision", new Dictionary<string, string>(CabinetDecisionForm.Fields("agreed")) { ["Version"] = v }),
            "reopen" => await client.PostWithTokenAsync($"/proposals/{id}/reopen", new Dictionary<string, string> { ["Version"] = v, ["Reason"] = "Cabinet asked for changes." }),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
        };
    }

    private Task<Snapshot> SnapshotAsync(int id) => factory.WithDbAsync(async db =>
    {
        var proposal = await db.Proposals.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.Status, p.Version, p.ResourcesAndImplementation, p.ReturnReason })
            .SingleAsync();
        var audits = await db.AuditEntries.CountAsync(e => e.ProposalId == id);
        return new Snapshot(proposal.Status, proposal.Version, proposal.ResourcesAndImplementation, proposal.ReturnReason, audits);
    });

    private sealed record Snapshot(ProposalStatus Status, Guid Version, string? Resources, string? ReturnReason, int AuditEntries);
}
