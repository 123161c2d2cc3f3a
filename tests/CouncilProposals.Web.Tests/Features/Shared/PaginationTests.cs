using CouncilProposals.Web.Features.Shared;

namespace CouncilProposals.Web.Tests.Features.Shared;

public class PaginationTests
{
    [Theory]
    [InlineData(126, 251, "1 … 125 126 127 … 251")]
    [InlineData(1, 251, "1 2 … 251")]
    [InlineData(251, 251, "1 … 250 251")]
    [InlineData(3, 10, "1 2 3 4 … 10")]
    [InlineData(4, 7, "1 2 3 4 5 6 7")]
    [InlineData(1, 2, "1 2")]
    [InlineData(5, 9, "1 … 4 5 6 … 9")]
    public void Items_ShowFirstLastAndNeighboursWithEllipses(int page, int pageCount, string expected)
    {
        var pagination = new Pagination(page, pageCount, p => $"?page={p}");

        var text = string.Join(' ', pagination.Items.Select(i => i?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "…"));

        Assert.Equal(expected, text);
    }

    [Fact]
    public void Items_WhenOnePage_ShowsNothing()
    {
        var pagination = new Pagination(1, 1, p => $"?page={p}");

        Assert.False(pagination.IsShown);
        Assert.Empty(pagination.Items);
    }

    [Fact]
    public void PreviousAndNext_OnlyWhereThereIsSuchAPage()
    {
        Assert.False(new Pagination(1, 3, p => "").HasPrevious);
        Assert.True(new Pagination(1, 3, p => "").HasNext);
        Assert.True(new Pagination(3, 3, p => "").HasPrevious);
        Assert.False(new Pagination(3, 3, p => "").HasNext);
    }

    [Theory]
    [InlineData(0, "0 proposals")]
    [InlineData(1, "1 proposal")]
    [InlineData(5014, "5,014 proposals")]
    [InlineData(1234567, "1,234,567 proposals")]
    public void Counts_HaveThousandsSeparators(int count, string expected) =>
        Assert.Equal(expected, Counts.Of(count, "proposal", "proposals"));
}
