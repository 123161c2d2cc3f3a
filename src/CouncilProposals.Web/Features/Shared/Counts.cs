using System.Globalization;

namespace CouncilProposals.Web.Features.Shared;

/// <summary>Counts as pages show them, with thousands separators: "5,014 proposals", "1 proposal".</summary>
public static class Counts
{
    public static string Number(int count) => count.ToString("N0", CultureInfo.InvariantCulture);

    public static string Of(int count, string singular, string plural) => $"{Number(count)} {(count == 1 ? singular : plural)}";
}
