using CouncilProposals.Domain.Access;
using CouncilProposals.Web.Features.Administration;

namespace CouncilProposals.Web.Hosting;

/// <summary>
/// <c>create-admin --email someone@council.gov.uk --password-from-stdin [--name "Their Name"]</c>: creates the
/// first administrator of a new installation, which has no default accounts. The password is read from standard
/// input so that it never appears in the process list or shell history.
/// </summary>
public static class CreateAdminCommand
{
    public const string Name = "create-admin";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output)
    {
        var email = ValueOf(args, "--email");
        if (string.IsNullOrWhiteSpace(email) || !args.Contains("--password-from-stdin"))
        {
            await output.WriteLineAsync("Usage: create-admin --email <address> --password-from-stdin [--name <display name>]");
            return 2;
        }

        var password = (await input.ReadLineAsync())?.TrimEnd('\r', '\n');
        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        if (await accounts.ExistsAsync(email))
        {
            await output.WriteLineAsync($"An account for {email} already exists.");
            return 1;
        }

        var result = await accounts.CreateAsync(new NewAccount(email, ValueOf(args, "--name") ?? "Administrator", password ?? string.Empty, [Roles.Administrator], []));
        if (!result.Succeeded)
        {
            await output.WriteLineAsync(string.Join(Environment.NewLine, result.Errors.Select(e => e.Description)));
            return 1;
        }

        await output.WriteLineAsync($"Administrator {email} created.");
        return 0;
    }

    private static string? ValueOf(string[] args, string option)
    {
        var index = Array.IndexOf(args, option);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
