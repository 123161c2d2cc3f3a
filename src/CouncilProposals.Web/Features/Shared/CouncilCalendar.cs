namespace CouncilProposals.Web.Features.Shared;

/// <summary>The council's today: the date in London, whatever the server's own time zone.</summary>
public static class CouncilCalendar
{
    private static readonly TimeZoneInfo London =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/London", out var london) ? london : TimeZoneInfo.Utc;

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), London).DateTime);
}
