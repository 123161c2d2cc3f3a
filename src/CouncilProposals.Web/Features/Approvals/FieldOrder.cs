using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CouncilProposals.Web.Features.Approvals;

/// <summary>
/// Puts a form's errors in the order of its fields, so the error summary reads top to bottom: model binding
/// records only the fields a browser sent (an unticked radio sends nothing), so an error on one lands last.
/// </summary>
public static class FieldOrder
{
    public static void Arrange(ModelStateDictionary modelState, IReadOnlyList<string> fields)
    {
        var entries = modelState.Select(e => (e.Key, e.Value!.RawValue, e.Value.AttemptedValue, Errors: e.Value.Errors.Select(x => x.ErrorMessage).ToList())).ToList();
        var rank = fields.Select((field, index) => (field, index)).ToDictionary(f => f.field, f => f.index, StringComparer.Ordinal);
        modelState.Clear();
        foreach (var (key, raw, attempted, errors) in entries.OrderBy(e => rank.GetValueOrDefault(e.Key, int.MaxValue)))
        {
            modelState.SetModelValue(key, raw, attempted);
            foreach (var error in errors)
            {
                modelState.AddModelError(key, error);
            }
        }
    }
}
