namespace CouncilProposals.Web.Features.Shared;

/// <summary>
/// The GOV.UK pagination component for a paged list: the first and last pages, the current page and its neighbours,
/// and an ellipsis for each gap, so a list of 251 pages prints a handful of links rather than all 251.
/// </summary>
public sealed record Pagination(int Page, int PageCount, Func<int, string> PageUrl, string Label = "Pagination")
{
    public bool IsShown => PageCount > 1;

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;

    /// <summary>The page numbers to link to, in order, with null where an ellipsis stands for the pages left out.</summary>
    public IReadOnlyList<int?> Items
    {
        get
        {
            var items = new List<int?>();
            if (!IsShown)
            {
                return items;
            }

            var shown = new SortedSet<int> { 1, PageCount };
            for (var p = Page - 1; p <= Page + 1; p++)
            {
                if (p >= 1 && p <= PageCount)
                {
                    shown.Add(p);
                }
            }

            var previous = 0;
            foreach (var p in shown)
            {
                if (p - previous == 2)
                {
                    // A gap of one page is shown as that page: an ellipsis would take as much room.
                    items.Add(p - 1);
                }
                else if (p - previous > 2)
                {
                    items.Add(null);
                }

                items.Add(p);
                previous = p;
            }

            return items;
        }
    }
}
