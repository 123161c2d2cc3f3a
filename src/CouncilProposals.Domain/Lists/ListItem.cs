using CouncilProposals.Domain.Common;

namespace CouncilProposals.Domain.Lists;

/// <summary>An entry in one of the council's own lists. Lists are data so that a council can change them.</summary>
public abstract class ListItem : IVersioned
{
    protected ListItem()
    {
        Name = string.Empty;
    }

    protected ListItem(string name, int sortOrder)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("Enter a name.");
        }

        Name = name.Trim();
        SortOrder = sortOrder;
        IsActive = true;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public int SortOrder { get; private set; }

    /// <summary>Retired entries stay on the proposals that use them but are not offered for new ones.</summary>
    public bool IsActive { get; private set; }

    public Guid Version { get; set; }

    public void Retire() => IsActive = false;
}

/// <summary>"Service transformation", "Income generation", ...</summary>
public sealed class SavingsType : ListItem
{
    private SavingsType()
    {
    }

    public SavingsType(string name, int sortOrder)
        : base(name, sortOrder)
    {
    }
}

/// <summary>A "Savings Service Area" such as "Public Health".</summary>
public sealed class ServiceArea : ListItem
{
    private ServiceArea()
    {
    }

    public ServiceArea(string name, int sortOrder, int? directorateId = null)
        : base(name, sortOrder)
    {
        DirectorateId = directorateId;
    }

    /// <summary>The directorate the area usually sits in; null when it is shared.</summary>
    public int? DirectorateId { get; private set; }
}

/// <summary>A numbered outcome of the council's Strategic Plan: "9. The Council is open and transparent ...".</summary>
public sealed class StrategicPriorityOutcome : ListItem
{
    private StrategicPriorityOutcome()
    {
    }

    public StrategicPriorityOutcome(int number, string name)
        : base(name, number)
    {
        if (number < 1)
        {
            throw new DomainException("An outcome number starts at 1.");
        }

        Number = number;
    }

    public int Number { get; private set; }

    public string DisplayName => $"{Number}. {Name}";
}
