namespace CouncilProposals.Domain.Equality;

/// <summary>
/// The nine protected characteristics of the Equality Act 2010, in the Act's order, and socio-economic
/// disadvantage, which the council considers as well. Stored nowhere: found in the screening's impact text.
/// </summary>
public enum ProtectedCharacteristic
{
    Age,
    Disability,
    GenderReassignment,
    MarriageAndCivilPartnership,
    PregnancyAndMaternity,
    Race,
    ReligionOrBelief,
    Sex,
    SexualOrientation,
    SocioEconomic,
}

public static class ProtectedCharacteristics
{
    public static IReadOnlyList<ProtectedCharacteristic> All { get; } = Enum.GetValues<ProtectedCharacteristic>();

    /// <summary>The Act's nine, which "all protected characteristics" means.</summary>
    public static IReadOnlyList<ProtectedCharacteristic> EqualityAct { get; } = All.Where(c => c != ProtectedCharacteristic.SocioEconomic).ToList();

    public static string DisplayName(this ProtectedCharacteristic characteristic) => characteristic switch
    {
        ProtectedCharacteristic.Age => "Age",
        ProtectedCharacteristic.Disability => "Disability",
        ProtectedCharacteristic.GenderReassignment => "Gender reassignment",
        ProtectedCharacteristic.MarriageAndCivilPartnership => "Marriage and civil partnership",
        ProtectedCharacteristic.PregnancyAndMaternity => "Pregnancy and maternity",
        ProtectedCharacteristic.Race => "Race",
        ProtectedCharacteristic.ReligionOrBelief => "Religion or belief",
        ProtectedCharacteristic.Sex => "Sex",
        ProtectedCharacteristic.SexualOrientation => "Sexual orientation",
        ProtectedCharacteristic.SocioEconomic => "Socio-economic disadvantage",
        _ => characteristic.ToString(),
    };
}
