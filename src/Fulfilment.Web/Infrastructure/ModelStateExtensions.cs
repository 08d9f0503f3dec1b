using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Fulfilment.Web.Infrastructure;

public static class ModelStateExtensions
{
    /// <summary>
    /// Shows a service's problem on the page: each field's messages next to that field (validators name fields as the
    /// request does, e.g. <c>Parcel.WeightGrams</c>, so they sit under <c>Input.Parcel.WeightGrams</c>), anything else
    /// at the top of the form.
    /// </summary>
    public static void AddProblem(this ModelStateDictionary modelState, Problem problem, string prefix = "Input")
    {
        if (problem.Errors is { Count: > 0 } errors)
        {
            foreach (var (field, messages) in errors)
            {
                foreach (var message in messages)
                {
                    modelState.AddModelError(string.IsNullOrEmpty(prefix) ? field : $"{prefix}.{field}", message);
                }
            }

            return;
        }

        modelState.AddModelError(string.Empty, problem.Message);
    }
}
