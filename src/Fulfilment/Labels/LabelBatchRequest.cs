using FluentValidation;
using Fulfilment.Common;

namespace Fulfilment.Labels;

/// <summary>Labels of several logistics orders in one PDF, a page per id in the given order.</summary>
public sealed record LabelBatchRequest(IReadOnlyList<long>? LogisticsOrderIds)
{
    public const int MaxLabels = 500;
}

public sealed class LabelBatchRequestValidator : AbstractValidator<LabelBatchRequest>
{
    public LabelBatchRequestValidator() =>
        RuleFor(r => r.LogisticsOrderIds)
            .Satisfies(ids => ids is { Count: > 0 }, RuleFacts.Items(min: 1) with { Required = true }).WithMessage(_ => Text.Get("Select at least one logistics order."))
            .Satisfies(ids => ids is null || ids.Count <= LabelBatchRequest.MaxLabels, RuleFacts.Items(max: LabelBatchRequest.MaxLabels)).WithMessage(_ => Text.Format("At most {0} labels can be printed at once.", LabelBatchRequest.MaxLabels))
            .Satisfies(ids => ids is null || ids.Distinct().Count() == ids.Count, RuleFacts.Items(unique: true)).WithMessage(_ => Text.Get("Each logistics order can appear only once."));
}

/// <summary>A printed label file, ready to send.</summary>
public sealed record LabelFile(byte[] Content, string ContentType, string FileName, int Labels);
